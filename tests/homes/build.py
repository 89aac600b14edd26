"""Put a described home into a running HA: registries, virtual entities, exposure."""

from __future__ import annotations

from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    entity_registry as er,
    floor_registry as fr,
)
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .model import Home

VIRTUAL_HOME = "virtual_home"


async def async_build_home(hass: HomeAssistant, home: Home) -> MockConfigEntry:
    """Create the floors, areas and entities of the home; every entity exposed to Assist.

    Needs HA's `homeassistant` integration set up (for exposure). Returns the virtual
    home's config entry; `entry.runtime_data.reset()` puts every entity back in its
    start state.
    """
    floors = fr.async_get(hass)
    areas = ar.async_get(hass)
    entities = er.async_get(hass)
    floor_ids = {
        floor.name: floors.async_create(
            floor.name, aliases=set(floor.aliases), level=floor.level
        ).floor_id
        for floor in home.floors
    }
    area_ids = {
        area.name: areas.async_create(
            area.name,
            aliases=set(area.aliases),
            floor_id=floor_ids[area.floor] if area.floor else None,
        ).id
        for area in home.areas
    }
    entry = MockConfigEntry(
        domain=VIRTUAL_HOME,
        title=home.name,
        data={"entities": [device.spec() for device in home.devices]},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for device in home.devices:
        entities.async_update_entity(
            device.entity_id,
            area_id=area_ids[device.area] if device.area else None,
            # The name stays a name, next to its aliases (as HA's UI keeps it).
            aliases=[er.COMPUTED_NAME, *device.aliases],
        )
        async_expose_entity(hass, "conversation", device.entity_id, True)
    await hass.async_block_till_done()
    return entry
