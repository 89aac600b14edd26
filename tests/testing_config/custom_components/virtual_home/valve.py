"""Virtual valves (irrigation, water) that report their position."""

from __future__ import annotations

from typing import Any

from homeassistant.components.valve import ValveEntity, ValveEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Valves of the home."""
    add_virtual_entities(entry, "valve", VirtualValve, async_add_entities)


class VirtualValve(VirtualEntity, ValveEntity):
    """A valve with a position (0 closed, 100 fully open)."""

    _attr_reports_position = True
    _attr_is_opening = False
    _attr_is_closing = False
    _attr_supported_features = (
        ValveEntityFeature.OPEN
        | ValveEntityFeature.CLOSE
        | ValveEntityFeature.SET_POSITION
        | ValveEntityFeature.STOP
    )

    def load(self, values: dict[str, Any]) -> None:
        """state open/closed, or current_position."""
        default = 100 if values.get("state", "closed") == "open" else 0
        self._attr_current_valve_position = int(values.get("current_position", default))

    async def async_set_valve_position(self, position: int) -> None:
        """Move at once (open and close come here too)."""
        self._attr_current_valve_position = position
        self.async_write_ha_state()

    async def async_stop_valve(self) -> None:
        """Nothing moves over time: nothing to stop."""
