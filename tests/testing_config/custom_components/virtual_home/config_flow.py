"""Virtual homes are created by the tests (a config entry with the entities), never by a user."""

from __future__ import annotations

from homeassistant.config_entries import ConfigFlow

from . import DOMAIN


class VirtualHomeConfigFlow(ConfigFlow, domain=DOMAIN):
    """No user steps: HA needs the class to set up an entry."""

    VERSION = 1
