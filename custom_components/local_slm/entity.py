"""The base entity shared by the conversation agent and the AI task."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigSubentry
from homeassistant.core import callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity

from .const import (
    CONF_MAX_TOKENS,
    CONF_TEMPERATURE,
    DEFAULT_MAX_TOKENS,
    DEFAULT_TEMPERATURE,
    DOMAIN,
    availability_signal,
)
from .engine.base import Engine
from .runtime import LocalSlmConfigEntry


class LocalSlmEntryEntity(Entity):
    """An entity about the entry's model itself (the diagnostic sensors).

    Its device is the entry's model; unavailable while the worker is down.
    """

    _attr_has_entity_name = True

    def __init__(self, entry: LocalSlmConfigEntry, key: str) -> None:
        """Bind the entity to its entry."""
        self.entry = entry
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_translation_key = key
        self._attr_device_info = dr.DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer="Local SLM",
            model=entry.runtime_data.engine.model_name,
            entry_type=dr.DeviceEntryType.SERVICE,
        )

    @property
    def available(self) -> bool:
        """Available while the worker runs with the model loaded."""
        return self.entry.runtime_data.engine.available

    async def async_added_to_hass(self) -> None:
        """Follow the worker's availability."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, availability_signal(self.entry.entry_id), self._async_changed
            )
        )

    @callback
    def _async_changed(self, *_args: object) -> None:
        self.async_write_ha_state()


class LocalSlmBaseLLMEntity(Entity):
    """An entity served by the entry's model; unavailable while its worker is down."""

    _attr_has_entity_name = True
    _attr_name = None

    def __init__(self, entry: LocalSlmConfigEntry, subentry: ConfigSubentry) -> None:
        """Bind the entity to its entry and subentry."""
        self.entry = entry
        self.subentry = subentry
        self._attr_unique_id = subentry.subentry_id
        runtime = entry.runtime_data
        self._attr_device_info = dr.DeviceInfo(
            identifiers={(DOMAIN, subentry.subentry_id)},
            name=subentry.title,
            manufacturer="Local SLM",
            model=runtime.engine.model_name,
            sw_version=runtime.engine.software,
            entry_type=dr.DeviceEntryType.SERVICE,
        )

    @property
    def engine(self) -> Engine:
        """The engine of the entry."""
        return self.entry.runtime_data.engine

    @property
    def settings(self) -> dict[str, Any]:
        """The subentry's options."""
        return dict(self.subentry.data)

    @property
    def temperature(self) -> float:
        """Sampling temperature from the options."""
        return float(self.settings.get(CONF_TEMPERATURE, DEFAULT_TEMPERATURE))

    @property
    def max_tokens(self) -> int:
        """Longest reply from the options."""
        return int(self.settings.get(CONF_MAX_TOKENS, DEFAULT_MAX_TOKENS))

    @property
    def available(self) -> bool:
        """Available while the engine can serve (worker running, server reachable)."""
        return self.engine.available

    async def async_added_to_hass(self) -> None:
        """Follow the worker's availability."""
        await super().async_added_to_hass()

        @callback
        def _changed(_available: bool) -> None:
            self.async_write_ha_state()

        self.async_on_remove(
            async_dispatcher_connect(self.hass, availability_signal(self.entry.entry_id), _changed)
        )
