"""Virtual lights: on/off, dimmable (brightness) or color (RGB and brightness)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.light import (
    ATTR_BRIGHTNESS,
    ATTR_RGB_COLOR,
    ColorMode,
    LightEntity,
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
    """Lights of the home."""
    add_virtual_entities(entry, "light", VirtualLight, async_add_entities)


class VirtualLight(VirtualEntity, LightEntity):
    """A light; options.kind is onoff, dimmable or color."""

    def __init__(self, spec: dict[str, Any]) -> None:
        """Color modes from the kind."""
        kind = spec.get("options", {}).get("kind", "dimmable")
        mode = {"onoff": ColorMode.ONOFF, "dimmable": ColorMode.BRIGHTNESS}.get(kind, ColorMode.RGB)
        self._attr_supported_color_modes = {mode}
        self._attr_color_mode = mode
        super().__init__(spec)

    def load(self, values: dict[str, Any]) -> None:
        """state on/off, brightness 0-255, rgb_color."""
        self._attr_is_on = values.get("state", "off") == "on"
        dims = self._attr_color_mode != ColorMode.ONOFF
        self._attr_brightness = int(values.get("brightness", 255)) if dims else None
        rgb = values.get("rgb_color", (255, 255, 255))
        self._attr_rgb_color = tuple(rgb) if self._attr_color_mode == ColorMode.RGB else None

    async def async_turn_on(self, **kwargs: Any) -> None:
        """On, with the brightness and color asked for."""
        self._attr_is_on = True
        if ATTR_BRIGHTNESS in kwargs and self._attr_color_mode != ColorMode.ONOFF:
            self._attr_brightness = kwargs[ATTR_BRIGHTNESS]
        if ATTR_RGB_COLOR in kwargs and self._attr_color_mode == ColorMode.RGB:
            self._attr_rgb_color = kwargs[ATTR_RGB_COLOR]
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Off."""
        self._attr_is_on = False
        self.async_write_ha_state()
