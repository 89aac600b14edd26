"""Setup retried for lack of memory: a repair issue once it has lasted a while.

Too little free memory is often transient (a backup, an add-on starting), so setup
raises ConfigEntryNotReady and HA retries. When `PERSISTENT_FAILURES` setups in a
row still fail, the `insufficient_memory` issue tells the user; the next setup that
gets past the memory check clears it.
"""

from __future__ import annotations

from typing import Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN

PERSISTENT_FAILURES: Final = 3
_FAILURES: HassKey[dict[str, int]] = HassKey(f"{DOMAIN}_memory_failures")


def memory_issue_id(entry_id: str) -> str:
    """Repair issue raised while an entry keeps lacking memory to load."""
    return f"insufficient_memory_{entry_id}"


@callback
def async_failed(hass: HomeAssistant, entry: ConfigEntry, detail: str) -> None:
    """A setup found too little memory; raise the issue when it keeps happening."""
    failures = hass.data.setdefault(_FAILURES, {})
    count = failures[entry.entry_id] = failures.get(entry.entry_id, 0) + 1
    if count < PERSISTENT_FAILURES:
        return
    ir.async_create_issue(
        hass,
        DOMAIN,
        memory_issue_id(entry.entry_id),
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="insufficient_memory",
        translation_placeholders={"title": entry.title, "detail": detail},
    )


@callback
def async_cleared(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """The memory check passed (or the entry is gone): forget the failures and the issue."""
    hass.data.get(_FAILURES, {}).pop(entry.entry_id, None)
    ir.async_delete_issue(hass, DOMAIN, memory_issue_id(entry.entry_id))
