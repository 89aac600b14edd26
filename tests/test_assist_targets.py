"""What `exposed_entity_targets` collects from the registries and exposure settings."""

from __future__ import annotations

from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.assist.targets import (
    EntityTarget,
    async_with_open_items,
    exposed_entity_targets,
)

from .homes.build import async_build_home
from .homes.model import Home, todo

ASSISTANT = "conversation"


@pytest.fixture
async def home(hass: HomeAssistant) -> HomeAssistant:
    """A home with a floor, two areas, and entities exposed or not."""
    assert await async_setup_component(hass, "homeassistant", {})
    floor = fr.async_get(hass).async_create("Rez-de-chaussée", aliases={"Ground floor"})
    areas = ar.async_get(hass)
    kitchen = areas.async_create("Cuisine", aliases={"Kitchen"}, floor_id=floor.floor_id)
    salon = areas.async_create("Salon")
    entities = er.async_get(hass)

    # An entity with its own area and an alias.
    entry = entities.async_get_or_create("light", "test", "ceiling")
    entities.async_update_entity(
        entry.entity_id, area_id=kitchen.id, aliases=[er.COMPUTED_NAME, "Plafonnier"]
    )
    hass.states.async_set(entry.entity_id, "on", {"friendly_name": "Lumière cuisine"})
    async_expose_entity(hass, ASSISTANT, entry.entity_id, True)

    # An entity whose area comes from its device.
    config_entry = MockConfigEntry(domain="test")
    config_entry.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=config_entry.entry_id, identifiers={("test", "shutter")}
    )
    dr.async_get(hass).async_update_device(device.id, area_id=salon.id)
    cover = entities.async_get_or_create("cover", "test", "shutter", device_id=device.id)
    hass.states.async_set(
        cover.entity_id, "open", {"friendly_name": "Volet", "device_class": "shutter"}
    )
    async_expose_entity(hass, ASSISTANT, cover.entity_id, True)

    # Not exposed.
    hass.states.async_set("switch.secret", "off", {"friendly_name": "Secret switch"})
    async_expose_entity(hass, ASSISTANT, "switch.secret", False)
    return hass


async def test_only_exposed_entities_are_targets(home: HomeAssistant) -> None:
    targets = exposed_entity_targets(home, ASSISTANT)

    assert {t.name for t in targets} == {"Lumière cuisine", "Volet"}


async def test_names_include_friendly_names_and_aliases(home: HomeAssistant) -> None:
    by_name = {t.name: t for t in exposed_entity_targets(home, ASSISTANT)}

    assert by_name["Lumière cuisine"].names == ("Lumière cuisine", "Plafonnier")
    assert by_name["Volet"].names[0] == "Volet"


async def test_areas_come_from_the_entity_or_its_device(home: HomeAssistant) -> None:
    by_name = {t.name: t for t in exposed_entity_targets(home, ASSISTANT)}

    assert by_name["Lumière cuisine"].areas == ("Cuisine", "Kitchen")
    assert by_name["Volet"].areas == ("Salon",)


async def test_floors_and_device_classes_are_collected(home: HomeAssistant) -> None:
    by_name = {t.name: t for t in exposed_entity_targets(home, ASSISTANT)}

    assert by_name["Lumière cuisine"].floors == ("Rez-de-chaussée", "Ground floor")
    assert by_name["Lumière cuisine"].device_class is None
    assert by_name["Volet"].floors == ()
    assert by_name["Volet"].device_class == "shutter"


def _list_target(entity_id: str) -> EntityTarget:
    return EntityTarget(entity_id, "todo", ("Groceries",))


async def test_a_lists_open_items_are_read(hass: HomeAssistant) -> None:
    """A to-do list's items still to do, not the done ones, as HA's todo.get_items gives."""
    await async_build_home(
        hass, Home("lists", "en", (), (), (todo("groceries", "Groceries", "Tea", done=("Milk",)),))
    )
    (target,) = await async_with_open_items(hass, [_list_target("todo.groceries")])
    assert target.open_items == ("Tea",)


async def test_a_list_gone_since_keeps_its_items_unknown(hass: HomeAssistant) -> None:
    """A list HA no longer has leaves its items unknown, never empty; the others are read."""
    await async_build_home(
        hass, Home("lists", "en", (), (), (todo("groceries", "Groceries", "Tea"),))
    )
    targets = await async_with_open_items(
        hass, [_list_target("todo.groceries"), _list_target("todo.gone")]
    )
    assert [t.open_items for t in targets] == [("Tea",), None]


async def test_lists_are_unknown_when_the_todo_action_is_missing(hass: HomeAssistant) -> None:
    """Without HA's to-do integration the call fails: the items stay unknown, no error."""
    (target,) = await async_with_open_items(hass, [_list_target("todo.groceries")])
    assert target.open_items is None
