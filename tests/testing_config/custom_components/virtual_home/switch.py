"""Virtual switches and plugs."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Switches of the home."""
    add_virtual_entities(entry, "switch", VirtualSwitch, async_add_entities)


class VirtualSwitch(VirtualEntity, SwitchEntity):
    """A switch or plug (options.device_class outlet or switch)."""

    def load(self, values: dict[str, Any]) -> None:
        """state on/off."""
        self._attr_is_on = values.get("state", "off") == "on"

    async def async_turn_on(self, **kwargs: Any) -> None:
        """On."""
        self._attr_is_on = True
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Off."""
        self._attr_is_on = False
        self.async_write_ha_state()
