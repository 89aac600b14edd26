"""Virtual scenes: activating one records the time as its state, as HA's scenes do."""

from __future__ import annotations

from typing import Any

from homeassistant.components.scene import Scene
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Scenes of the home."""
    add_virtual_entities(entry, "scene", VirtualScene, async_add_entities)


class VirtualScene(VirtualEntity, Scene):
    """A scene; HA's scene base class keeps the last activation time as the state."""

    async def async_activate(self, **kwargs: Any) -> None:
        """Nothing else to do: the state (last activation) is the observable effect."""
