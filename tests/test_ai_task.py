"""The AI Task entity through HA's `ai_task.generate_data`, on the real built-in model."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import DOMAIN, SUBENTRY_AI_TASK


def task_entity_id(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """The entity of the entry's ai_task_data subentry."""
    subentry_id = next(
        s.subentry_id for s in entry.subentries.values() if s.subentry_type == SUBENTRY_AI_TASK
    )
    entities = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
    return next(e.entity_id for e in entities if e.config_subentry_id == subentry_id)


async def generate(hass: HomeAssistant, entity_id: str, **data: Any) -> dict[str, Any]:
    """Call ai_task.generate_data and return its response."""
    response = await hass.services.async_call(
        "ai_task",
        "generate_data",
        {"task_name": "test", "entity_id": entity_id, **data},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def test_structure_gives_data_that_validates(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_id = task_entity_id(hass, loaded_entry)

    response = await generate(
        hass,
        entity_id,
        instructions="Invent a pet: its name and how many legs it has.",
        structure={
            "name": {"selector": {"text": {}}, "required": True},
            "legs": {
                "selector": {"number": {"min": 0, "max": 8, "step": 1, "mode": "box"}},
                "required": True,
            },
        },
    )

    data = response["data"]
    assert set(data) == {"name", "legs"}
    assert isinstance(data["name"], str)
    assert isinstance(data["legs"], int | float)
    assert 0 <= data["legs"] <= 8


async def test_free_text_gives_a_string(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    entity_id = task_entity_id(hass, loaded_entry)

    response = await generate(hass, entity_id, instructions="Say hello to the family.")

    assert isinstance(response["data"], str)
    assert response["data"].strip()


async def test_stopped_engine_gives_a_translated_error(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_id = task_entity_id(hass, loaded_entry)
    await loaded_entry.runtime_data.engine.async_stop()  # a real stop, not a mock

    with pytest.raises(HomeAssistantError) as err:
        await generate(hass, entity_id, instructions="Say hello.")

    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "engine_stopped"


async def test_a_structure_no_data_can_match_gives_a_translated_error(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A select with no option cannot be answered: a clear error, not a crash."""
    entity_id = task_entity_id(hass, loaded_entry)

    with pytest.raises(HomeAssistantError) as err:
        await generate(
            hass,
            entity_id,
            instructions="Pick a colour.",
            structure={"colour": {"selector": {"select": {"options": []}}, "required": True}},
        )

    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "structure_unsatisfiable"
