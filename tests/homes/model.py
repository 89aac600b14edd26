"""How a test home is described: floors, areas (with aliases) and devices.

A device becomes a real entity of the test-only `virtual_home` integration
(tests/testing_config/custom_components/virtual_home); `build.py` creates it, puts it
in its area, gives it its aliases and exposes it to Assist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Floor:
    """A floor of the home."""

    name: str
    aliases: tuple[str, ...] = ()
    level: int = 0


@dataclass(frozen=True, slots=True)
class Area:
    """A room (or outdoor place) of the home."""

    name: str
    aliases: tuple[str, ...] = ()
    floor: str | None = None


@dataclass(frozen=True, slots=True)
class Device:
    """One entity: its domain and key make the entity id (`light.kitchen_ceiling`)."""

    domain: str
    key: str
    name: str
    area: str | None = None
    aliases: tuple[str, ...] = ()
    start: dict[str, Any] = field(default_factory=dict)
    """Start values (state and attributes) the entity is reset to before each case."""
    options: dict[str, Any] = field(default_factory=dict)
    """Fixed traits: light kind, device_class, unit, cover position support, tracks."""

    @property
    def entity_id(self) -> str:
        """The entity id the virtual home gives it."""
        return f"{self.domain}.{self.key}"

    def spec(self) -> dict[str, Any]:
        """What the virtual_home integration reads from its config entry."""
        return {
            "domain": self.domain,
            "key": self.key,
            "name": self.name,
            "start": dict(self.start),
            "options": dict(self.options),
        }


@dataclass(frozen=True, slots=True)
class Home:
    """A home layout, in one language."""

    name: str
    language: str
    floors: tuple[Floor, ...]
    areas: tuple[Area, ...]
    devices: tuple[Device, ...]

    def device(self, entity_id: str) -> Device:
        """The device with that entity id."""
        for device in self.devices:
            if device.entity_id == entity_id:
                return device
        raise KeyError(entity_id)


# Short constructors, so a home reads like an inventory.


def light(
    key: str,
    name: str,
    area: str | None,
    *aliases: str,
    kind: str = "dimmable",
    on: bool = False,
    brightness: int = 255,
) -> Device:
    """A light: kind onoff, dimmable or color."""
    start: dict[str, Any] = {"state": "on" if on else "off", "brightness": brightness}
    return Device("light", key, name, area, aliases, start, {"kind": kind})


def switch(
    key: str, name: str, area: str | None, *aliases: str, on: bool = False, plug: bool = True
) -> Device:
    """A switch or smart plug."""
    options = {"device_class": "outlet" if plug else "switch"}
    return Device("switch", key, name, area, aliases, {"state": "on" if on else "off"}, options)


def lock(key: str, name: str, area: str | None, *aliases: str, locked: bool = True) -> Device:
    """A door lock."""
    return Device("lock", key, name, area, aliases, {"state": "locked" if locked else "unlocked"})


def valve(key: str, name: str, area: str | None, *aliases: str) -> Device:
    """An irrigation (water) valve, closed."""
    return Device("valve", key, name, area, aliases, {"state": "closed"}, {"device_class": "water"})


def vacuum(key: str, name: str, area: str | None, *aliases: str, state: str = "docked") -> Device:
    """A robot vacuum."""
    return Device("vacuum", key, name, area, aliases, {"state": state})


def media(
    key: str,
    name: str,
    area: str | None,
    *aliases: str,
    state: str = "playing",
    volume: float = 0.3,
    tv: bool = False,
    tracks: tuple[str, ...] = ("Track 1", "Track 2", "Track 3", "Track 4"),
) -> Device:
    """A speaker (or TV), playing the second track of its list by default."""
    options: dict[str, Any] = {"device_class": "tv" if tv else "speaker", "tracks": list(tracks)}
    start = {"state": state, "volume_level": volume, "track": 1}
    return Device("media_player", key, name, area, aliases, start, options)


def todo(key: str, name: str, *items: str, done: tuple[str, ...] = ()) -> Device:
    """A to-do list with open items (and completed ones)."""
    entries = [[i, "needs_action"] for i in items] + [[i, "completed"] for i in done]
    return Device("todo", key, name, None, (), {"items": entries})


def fan(key: str, name: str, area: str | None, *aliases: str, on: bool = False) -> Device:
    """A fan with a speed."""
    return Device("fan", key, name, area, aliases, {"state": "on" if on else "off"})


def climate(
    key: str, name: str, area: str | None, *aliases: str, target: float, current: float
) -> Device:
    """A heating thermostat (°C)."""
    start = {"state": "heat", "temperature": target, "current_temperature": current}
    return Device("climate", key, name, area, aliases, start)


def cover(
    key: str,
    name: str,
    area: str | None,
    *aliases: str,
    device_class: str = "blind",
    position: int | None = 0,
) -> Device:
    """A cover; position None makes one without set-position (a garage door), closed."""
    options: dict[str, Any] = {"device_class": device_class, "position": position is not None}
    return Device("cover", key, name, area, aliases, {"current_position": position or 0}, options)


def sensor(
    key: str, name: str, area: str | None, value: float | str, unit: str | None, device_class: str
) -> Device:
    """A measurement."""
    options = {"device_class": device_class, "unit": unit}
    return Device("sensor", key, name, area, (), {"state": value}, options)


def binary(key: str, name: str, area: str | None, device_class: str, *, on: bool) -> Device:
    """A door/window/motion/moisture sensor."""
    options = {"device_class": device_class}
    return Device("binary_sensor", key, name, area, (), {"state": "on" if on else "off"}, options)


def scene(key: str, name: str, *aliases: str) -> Device:
    """A scene."""
    return Device("scene", key, name, None, aliases)
