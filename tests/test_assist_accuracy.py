"""The built-in model's agent reaches the success target on the command list.

The target (issue: at least 80 % in English and in French) is a property of the
product as users get it: HA's sentence matcher, our readings, then the model.
bench/assist_accuracy.py prints the per-command table for the issue notes.

The agent keeps no word list of its own: the French user's home has French area and
device names (as aliases here, on the demo's English names), as a French user gives them.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .assist_commands import COMMANDS
from .assist_eval import async_run_command

AGENT = "conversation.local_slm_conversation"
TARGET = 0.8
FRENCH_AREA_NAMES = {
    "Kitchen": {"Cuisine"},
    "Living Room": {"Salon"},
    "Bedroom": {"Chambre"},
    "Office": {"Bureau"},
    "Hallway": {"Couloir", "Entrée"},
    "Outside": {"Extérieur"},
}


FRENCH_ENTITY_NAMES = {
    "light.bed_light": "Lampe de chevet",
    "light.kitchen_lights": "Lumières de la cuisine",
    "light.ceiling_lights": "Plafonnier",
    "switch.decorative_lights": "Lumières décoratives",
    "switch.ac": "Climatisation",
    "fan.ceiling_fan": "Ventilateur de plafond",
    "fan.living_room_fan": "Ventilateur du salon",
    "cover.garage_door": "Porte du garage",
    "cover.hall_window": "Fenêtre du couloir",
    "cover.kitchen_window": "Fenêtre de la cuisine",
    "lock.kitchen_door": "Porte de la cuisine",
    "lock.front_door": "Porte d'entrée",
    "sensor.outside_temperature": "Température extérieure",
}


@pytest.mark.usefixtures("demo_home")
@pytest.mark.parametrize("language", ["en", "fr"])
async def test_success_rate_reaches_the_target(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, language: str
) -> None:
    """At least 80 % of the commands in each language do what they ask."""
    if language == "fr":
        areas = ar.async_get(hass)
        for name, aliases in FRENCH_AREA_NAMES.items():
            if (area := areas.async_get_area_by_name(name)) is not None:
                areas.async_update(area.id, aliases=aliases)
        entities = er.async_get(hass)
        for entity_id, alias in FRENCH_ENTITY_NAMES.items():
            if entities.async_get(entity_id) is not None:
                entities.async_update_entity(entity_id, aliases={alias})
    commands = [c for c in COMMANDS if c.language == language]
    assert len(commands) >= 15
    outcomes = [await async_run_command(hass, AGENT, c) for c in commands]
    failed = [(o.command.text, o.speech) for o in outcomes if not o.ok]
    rate = 1 - len(failed) / len(outcomes)
    assert rate >= TARGET, failed
