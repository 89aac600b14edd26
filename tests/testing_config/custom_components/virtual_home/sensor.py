"""Virtual sensors: temperature, humidity, battery..."""

from __future__ import annotations

from typing import Any

from homeassistant.components.sensor import SensorEntity, SensorStateClass
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Sensors of the home."""
    add_virtual_entities(entry, "sensor", VirtualSensor, async_add_entities)


class VirtualSensor(VirtualEntity, SensorEntity):
    """A measurement: options.device_class and options.unit; start value: state."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, spec: dict[str, Any]) -> None:
        """Unit from the options."""
        self._attr_native_unit_of_measurement = spec.get("options", {}).get("unit")
        super().__init__(spec)

    def load(self, values: dict[str, Any]) -> None:
        """The value."""
        self._attr_native_value = values.get("state")
