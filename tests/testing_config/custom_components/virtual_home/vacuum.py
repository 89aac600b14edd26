"""Virtual robot vacuums."""

from __future__ import annotations

from typing import Any

from homeassistant.components.vacuum import (
    StateVacuumEntity,
    VacuumActivity,
    VacuumEntityFeature,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Vacuums of the home."""
    add_virtual_entities(entry, "vacuum", VirtualVacuum, async_add_entities)


class VirtualVacuum(VirtualEntity, StateVacuumEntity):
    """A vacuum that starts, pauses, stops and goes back to its dock."""

    _attr_supported_features = (
        VacuumEntityFeature.START
        | VacuumEntityFeature.PAUSE
        | VacuumEntityFeature.STOP
        | VacuumEntityFeature.RETURN_HOME
        | VacuumEntityFeature.STATE
    )

    def load(self, values: dict[str, Any]) -> None:
        """state: docked, cleaning, paused, idle, returning."""
        self._attr_activity = VacuumActivity(values.get("state", "docked"))

    def _set(self, activity: VacuumActivity) -> None:
        self._attr_activity = activity
        self.async_write_ha_state()

    async def async_start(self) -> None:
        """Clean."""
        self._set(VacuumActivity.CLEANING)

    async def async_pause(self) -> None:
        """Pause."""
        self._set(VacuumActivity.PAUSED)

    async def async_stop(self, **kwargs: Any) -> None:
        """Stop where it is."""
        self._set(VacuumActivity.IDLE)

    async def async_return_to_base(self, **kwargs: Any) -> None:
        """Head back to the dock."""
        self._set(VacuumActivity.RETURNING)
