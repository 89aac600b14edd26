"""What a home shows after a request: per entity, the values the cases speak about."""

from __future__ import annotations

from collections.abc import Iterable
import colorsys
from typing import Any

from homeassistant.core import HomeAssistant

type Observation = dict[str, dict[str, Any]]
"""entity id -> observed values (state, brightness_pct, color, items...)."""


def color_name(rgb: Iterable[float]) -> str:
    """The plain color word for an RGB color ('red', 'blue'...), as a person would say it."""
    red, green, blue = (c / 255 for c in rgb)
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.25 or lightness > 0.9:
        return "white"
    degrees = hue * 360
    for limit, name in (
        (15, "red"),
        (45, "orange"),
        (70, "yellow"),
        (165, "green"),
        (200, "cyan"),
        (260, "blue"),
        (330, "purple"),
        (355, "pink"),
    ):
        if degrees < limit:
            return name
    return "red"


def _pct(value: Any, scale: float) -> int | None:
    return None if value is None else round(float(value) * 100 / scale)


def observe(hass: HomeAssistant, entities: dict[str, Any]) -> Observation:
    """Read the state machine (and the to-do items) of the home's entities."""
    seen: Observation = {}
    for entity_id, entity in entities.items():
        state = hass.states.get(entity_id)
        if state is None:
            seen[entity_id] = {"state": None}
            continue
        attrs = state.attributes
        values: dict[str, Any] = {"state": state.state}
        match state.domain:
            case "light" if state.state == "on":
                values["brightness_pct"] = _pct(attrs.get("brightness"), 255)
                if (rgb := attrs.get("rgb_color")) is not None:
                    values["color"] = color_name(rgb)
            case "fan":
                values["percentage"] = attrs.get("percentage")
            case "cover" | "valve":
                values["current_position"] = attrs.get("current_position")
            case "media_player":
                values["volume_pct"] = _pct(attrs.get("volume_level"), 1)
                values["is_volume_muted"] = attrs.get("is_volume_muted")
                values["media_title"] = attrs.get("media_title")
            case "climate":
                values["temperature"] = attrs.get("temperature")
            case "todo":
                values["items"] = {
                    (item.summary or "").strip().lower(): str(item.status)
                    for item in entity.todo_items or []
                }
        seen[entity_id] = values
    return seen
