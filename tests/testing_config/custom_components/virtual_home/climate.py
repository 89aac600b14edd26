"""Virtual thermostats and heaters (Celsius)."""

from __future__ import annotations

from typing import Any, ClassVar

from homeassistant.components.climate import (
    ATTR_TEMPERATURE,
    ClimateEntity,
    ClimateEntityFeature,
    HVACMode,
)
from homeassistant.const import UnitOfTemperature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Thermostats of the home."""
    add_virtual_entities(entry, "climate", VirtualClimate, async_add_entities)


class VirtualClimate(VirtualEntity, ClimateEntity):
    """Heat or off, with a target and a measured temperature."""

    _attr_temperature_unit = UnitOfTemperature.CELSIUS
    _attr_target_temperature_step = 0.5
    _attr_hvac_modes: ClassVar[list[HVACMode]] = [HVACMode.OFF, HVACMode.HEAT]
    _attr_supported_features = (
        ClimateEntityFeature.TARGET_TEMPERATURE
        | ClimateEntityFeature.TURN_ON
        | ClimateEntityFeature.TURN_OFF
    )

    def load(self, values: dict[str, Any]) -> None:
        """state (heat/off), temperature (target), current_temperature."""
        self._attr_hvac_mode = HVACMode(values.get("state", "heat"))
        self._attr_target_temperature = float(values.get("temperature", 20))
        self._attr_current_temperature = float(values.get("current_temperature", 19.5))

    async def async_set_temperature(self, **kwargs: Any) -> None:
        """New target."""
        if ATTR_TEMPERATURE in kwargs:
            self._attr_target_temperature = float(kwargs[ATTR_TEMPERATURE])
        self.async_write_ha_state()

    async def async_set_hvac_mode(self, hvac_mode: HVACMode) -> None:
        """Heat or off."""
        self._attr_hvac_mode = hvac_mode
        self.async_write_ha_state()

    async def async_turn_on(self) -> None:
        """Heat."""
        await self.async_set_hvac_mode(HVACMode.HEAT)

    async def async_turn_off(self) -> None:
        """Off."""
        await self.async_set_hvac_mode(HVACMode.OFF)
