"""A synthetic but realistic home for the speed benchmark: areas, devices, exposure."""

from __future__ import annotations

from dataclasses import dataclass
import random
from typing import Any

from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er

AREAS: tuple[str, ...] = (
    "Kitchen",
    "Living Room",
    "Master Bedroom",
    "Kids Room",
    "Office",
    "Bathroom",
    "Hallway",
    "Garage",
    "Garden",
    "Basement",
    "Dining Room",
    "Laundry Room",
)

# (domain, name suffix, state, attributes)
KINDS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("light", "Ceiling Light", "on", {"brightness": 180}),
    ("light", "Lamp", "off", {}),
    ("light", "LED Strip", "off", {}),
    ("switch", "Smart Plug", "off", {}),
    ("switch", "Heater", "off", {}),
    (
        "sensor",
        "Temperature",
        "21.3",
        {"device_class": "temperature", "unit_of_measurement": "°C"},
    ),
    ("sensor", "Humidity", "46", {"device_class": "humidity", "unit_of_measurement": "%"}),
    ("sensor", "Power", "37.5", {"device_class": "power", "unit_of_measurement": "W"}),
    ("sensor", "Illuminance", "220", {"device_class": "illuminance", "unit_of_measurement": "lx"}),
    ("binary_sensor", "Motion", "off", {"device_class": "motion"}),
    ("binary_sensor", "Window", "off", {"device_class": "window"}),
    ("binary_sensor", "Door", "off", {"device_class": "door"}),
    ("cover", "Blinds", "open", {"current_position": 100}),
    ("climate", "Thermostat", "heat", {"temperature": 20.5, "current_temperature": 20.1}),
    ("fan", "Fan", "off", {}),
    ("media_player", "Speaker", "idle", {}),
    ("lock", "Door Lock", "locked", {}),
)


@dataclass(frozen=True, slots=True)
class BenchEntity:
    """One created entity."""

    entity_id: str
    name: str
    area: str
    domain: str


def build_home(hass: HomeAssistant, count: int, *, seed: int = 5) -> list[BenchEntity]:
    """Create `count` entities with registry entries, areas and states, none exposed.

    The order is a seeded shuffle, so the first N of the list are a mix of areas and
    kinds for every N.
    """
    areas = ar.async_get(hass)
    registry = er.async_get(hass)
    area_ids = {name: areas.async_get_or_create(name).id for name in AREAS}
    specs = [(area, kind) for area in AREAS for kind in KINDS]
    random.Random(seed).shuffle(specs)
    if count > len(specs):
        raise ValueError(f"at most {len(specs)} entities")
    created: list[BenchEntity] = []
    for index, (area, (domain, suffix, state, attributes)) in enumerate(specs[:count]):
        name = f"{area} {suffix}"
        entry = registry.async_get_or_create(
            domain,
            "bench",
            f"bench_{index:03}",
            suggested_object_id=name.lower().replace(" ", "_"),
            original_name=name,
        )
        registry.async_update_entity(entry.entity_id, area_id=area_ids[area])
        hass.states.async_set(entry.entity_id, state, {"friendly_name": name, **attributes})
        async_expose_entity(hass, "conversation", entry.entity_id, False)
        created.append(BenchEntity(entry.entity_id, name, area, domain))
    return created


def expose_first(hass: HomeAssistant, home: list[BenchEntity], count: int) -> None:
    """Expose exactly the first `count` entities of the home to Assist."""
    for index, entity in enumerate(home):
        async_expose_entity(hass, "conversation", entity.entity_id, index < count)


def sensors_for_summary(hass: HomeAssistant, count: int, *, offset: float = 0.0) -> list[str]:
    """`count` sensors (temperature, humidity, power) for the summarize action.

    `offset` shifts every value so that a later call is not served from the cache.
    """
    areas = ar.async_get(hass)
    ids: list[str] = []
    kinds = (
        ("Temperature", "temperature", "°C", 20.0),
        ("Humidity", "humidity", "%", 45.0),
        ("Power", "power", "W", 60.0),
    )
    for index in range(count):
        area = AREAS[index % len(AREAS)]
        suffix, device_class, unit, base = kinds[index % len(kinds)]
        entity_id = f"sensor.summary_{index:02}_{suffix.lower()}"
        value = round(base + index * 0.7 + offset, 1)
        hass.states.async_set(
            entity_id,
            str(value),
            {
                "friendly_name": f"{area} {suffix} {index // len(AREAS) + 1}",
                "device_class": device_class,
                "unit_of_measurement": unit,
            },
        )
        areas.async_get_or_create(area)
        ids.append(entity_id)
    return ids
