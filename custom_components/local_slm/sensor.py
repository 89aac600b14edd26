"""Diagnostic sensors of an entry (disabled by default): the loaded model, the last turn."""

from __future__ import annotations

from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorStateClass,
)
from homeassistant.const import EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import turn_signal
from .diagnostics import quantization_name
from .entity import LocalSlmEntryEntity
from .runtime import LocalSlmConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    config_entry: LocalSlmConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """The model sensor and the turn latency sensor of the entry."""
    async_add_entities([LocalSlmModelSensor(config_entry), LocalSlmTurnLatencySensor(config_entry)])


class LocalSlmModelSensor(LocalSlmEntryEntity, SensorEntity):
    """The loaded model's name; size, quantization and context as attributes."""

    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_entity_registry_enabled_default = False

    def __init__(self, entry: LocalSlmConfigEntry) -> None:
        """The model of this entry."""
        super().__init__(entry, "model")

    @property
    def native_value(self) -> str:
        """The name in the GGUF metadata, else the file name."""
        runtime = self.entry.runtime_data
        name = runtime.engine.info.get("name")
        return str(name) if name else runtime.engine.model_name

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """File size, parameters, quantization, context."""
        runtime = self.entry.runtime_data
        info = runtime.engine.info
        return {
            "file": runtime.engine.model_name,
            "size_bytes": runtime.model.size_bytes if runtime.model is not None else None,
            "parameters": runtime.n_params,
            "size_class": runtime.size_class,
            "architecture": info.get("architecture"),
            "quantization": quantization_name(info.get("file_type")),
            "context": info.get("n_ctx"),
            "context_trained": info.get("n_ctx_train"),
        }


class LocalSlmTurnLatencySensor(LocalSlmEntryEntity, SensorEntity):
    """How long the last conversation turn took, from request to answer."""

    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_entity_registry_enabled_default = False
    _attr_device_class = SensorDeviceClass.DURATION
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = UnitOfTime.SECONDS
    _attr_suggested_display_precision = 2

    def __init__(self, entry: LocalSlmConfigEntry) -> None:
        """The turns of this entry's agents."""
        super().__init__(entry, "turn_latency")

    @property
    def native_value(self) -> float | None:
        """Seconds; unknown until a turn ran since the model was loaded."""
        return self.entry.runtime_data.last_turn_seconds

    async def async_added_to_hass(self) -> None:
        """Update after each turn."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, turn_signal(self.entry.entry_id), self._async_changed
            )
        )
