"""Virtual fans with a speed."""

from __future__ import annotations

from typing import Any

from homeassistant.components.fan import FanEntity, FanEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Fans of the home."""
    add_virtual_entities(entry, "fan", VirtualFan, async_add_entities)


class VirtualFan(VirtualEntity, FanEntity):
    """A fan: off, or on at a percentage."""

    _attr_supported_features = (
        FanEntityFeature.TURN_ON | FanEntityFeature.TURN_OFF | FanEntityFeature.SET_SPEED
    )

    def load(self, values: dict[str, Any]) -> None:
        """state on/off, percentage."""
        on = values.get("state", "off") == "on"
        self._attr_percentage = int(values.get("percentage", 50)) if on else 0

    async def async_turn_on(
        self, percentage: int | None = None, preset_mode: str | None = None, **kwargs: Any
    ) -> None:
        """On at the given (or a medium) speed."""
        self._attr_percentage = percentage or 50
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Off."""
        self._attr_percentage = 0
        self.async_write_ha_state()

    async def async_set_percentage(self, percentage: int) -> None:
        """Speed (0 is off)."""
        self._attr_percentage = percentage
        self.async_write_ha_state()
