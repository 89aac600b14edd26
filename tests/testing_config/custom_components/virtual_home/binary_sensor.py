"""Virtual binary sensors: doors, windows, motion, moisture."""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Binary sensors of the home."""
    add_virtual_entities(entry, "binary_sensor", VirtualBinarySensor, async_add_entities)


class VirtualBinarySensor(VirtualEntity, BinarySensorEntity):
    """On (open, motion, wet) or off; options.device_class says which."""

    def load(self, values: dict[str, Any]) -> None:
        """state on/off."""
        self._attr_is_on = values.get("state", "off") == "on"
