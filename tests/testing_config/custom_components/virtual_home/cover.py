"""Virtual covers: blinds, shutters, curtains with a position; garage doors without."""

from __future__ import annotations

from typing import Any

from homeassistant.components.cover import ATTR_POSITION, CoverEntity, CoverEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Covers of the home."""
    add_virtual_entities(entry, "cover", VirtualCover, async_add_entities)


class VirtualCover(VirtualEntity, CoverEntity):
    """A cover that moves at once; options.position (default true) adds set-position."""

    def __init__(self, spec: dict[str, Any]) -> None:
        """Features from the options."""
        features = CoverEntityFeature.OPEN | CoverEntityFeature.CLOSE | CoverEntityFeature.STOP
        self._has_position = bool(spec.get("options", {}).get("position", True))
        if self._has_position:
            features |= CoverEntityFeature.SET_POSITION
        self._attr_supported_features = features
        super().__init__(spec)

    def load(self, values: dict[str, Any]) -> None:
        """state open/closed, or current_position."""
        default = 100 if values.get("state", "closed") == "open" else 0
        self._set_position(int(values.get("current_position", default)))

    def _set_position(self, position: int) -> None:
        self._attr_current_cover_position = position if self._has_position else None
        self._attr_is_closed = position == 0

    def _move(self, position: int) -> None:
        self._set_position(position)
        self.async_write_ha_state()

    async def async_open_cover(self, **kwargs: Any) -> None:
        """Open fully."""
        self._move(100)

    async def async_close_cover(self, **kwargs: Any) -> None:
        """Close."""
        self._move(0)

    async def async_set_cover_position(self, **kwargs: Any) -> None:
        """To a position."""
        self._move(int(kwargs[ATTR_POSITION]))

    async def async_stop_cover(self, **kwargs: Any) -> None:
        """Nothing moves over time: nothing to stop."""
