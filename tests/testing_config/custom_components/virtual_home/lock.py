"""Virtual locks (lock and unlock at once)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.lock import LockEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Locks of the home."""
    add_virtual_entities(entry, "lock", VirtualLock, async_add_entities)


class VirtualLock(VirtualEntity, LockEntity):
    """A door lock."""

    def load(self, values: dict[str, Any]) -> None:
        """state locked/unlocked."""
        self._attr_is_locked = values.get("state", "locked") == "locked"

    async def async_lock(self, **kwargs: Any) -> None:
        """Lock."""
        self._attr_is_locked = True
        self.async_write_ha_state()

    async def async_unlock(self, **kwargs: Any) -> None:
        """Unlock."""
        self._attr_is_locked = False
        self.async_write_ha_state()
