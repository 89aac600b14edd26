"""State answers: quoted from the state machine, in the user's language, never invented.

The sentences are Home Assistant's own (`HassGetState` responses of
home-assistant-intents) and the state words HA's own translations of entity states.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
import pytest

from custom_components.local_slm.agent.answers import (
    answer_problems,
    async_answer_from_states,
    foreign_words,
)
from custom_components.local_slm.assist.vocabulary import load_vocabulary

from .homes.build import async_build_home
from .homes.model import Home, todo

BATTERY = {"friendly_name": "Phone battery", "device_class": "battery", "unit_of_measurement": "%"}
OUTSIDE = {
    "friendly_name": "Outside temperature",
    "device_class": "temperature",
    "unit_of_measurement": "°C",
}


@pytest.fixture
def home(hass: HomeAssistant) -> None:
    """A battery at 13 %, 30 °C outside, an unlocked lock, a light that is on."""
    states: dict[str, tuple[str, dict[str, Any]]] = {
        "sensor.phone_battery": ("13", BATTERY),
        "sensor.outside_temperature": ("30", OUTSIDE),
        "lock.front_door": ("unlocked", {"friendly_name": "Front Door"}),
        "light.kitchen": ("on", {"friendly_name": "Kitchen light"}),
        "switch.open_window_alarm": ("off", {"friendly_name": "Open window alarm"}),
    }
    for entity_id, (state, attributes) in states.items():
        hass.states.async_set(entity_id, state, attributes)


pytestmark = pytest.mark.usefixtures("home")


async def test_a_value_is_quoted_exactly_with_its_unit(hass: HomeAssistant) -> None:
    answer = await async_answer_from_states(
        hass, ["sensor.phone_battery", "sensor.outside_temperature"], "en", "battery and outside?"
    )
    assert answer == "Phone battery is 13 %. Outside temperature is 30 °C."


@pytest.mark.parametrize(
    ("entity_id", "language", "question", "expected"),
    [
        pytest.param(
            "light.kitchen", "fr", "et la cuisine ?", "Kitchen light est allumé.", id="fr"
        ),
        # HA's German sentence says "Grad" for °C.
        pytest.param(
            "sensor.outside_temperature",
            "de",
            "Wie warm ist es draußen?",
            "Outside temperature ist 30 Grad.",
            id="de",
        ),
    ],
)
async def test_a_state_is_said_in_the_users_language(
    hass: HomeAssistant, entity_id: str, language: str, question: str, expected: str
) -> None:
    """HA's sentence and HA's translation of the state, in the language asked."""
    assert await async_answer_from_states(hass, [entity_id], language, question) == expected


@pytest.mark.parametrize(
    ("entity_id", "language", "question", "expected"),
    [
        pytest.param(
            "lock.front_door", "en", "is the front door locked?", "No, unlocked.", id="en-no"
        ),
        pytest.param("light.kitchen", "en", "is the kitchen light on?", "Yes.", id="en-yes"),
        # HA's French yes/no answer is a bare "Non": the state sentence follows it.
        pytest.param(
            "lock.front_door",
            "fr",
            "La porte d'entrée est-elle verrouillée ?",
            "Non. Front door est déverrouillé.",
            id="fr-no",
        ),
        # "abgeschlossen" is one of the words home-assistant-intents lists for locked.
        pytest.param(
            "lock.front_door",
            "de",
            "Ist die Haustür abgeschlossen?",
            "Nein, entriegelt.",
            id="de-no",
        ),
    ],
)
async def test_a_yes_no_question_naming_a_state_is_answered_yes_or_no(
    hass: HomeAssistant, entity_id: str, language: str, question: str, expected: str
) -> None:
    assert await async_answer_from_states(hass, [entity_id], language, question) == expected


async def test_a_state_said_in_another_gender_is_still_asked(hass: HomeAssistant) -> None:
    """HA words an open window 'Aberto'; "tá aberta?" (of 'a janela') asks that state."""
    hass.states.async_set(
        "binary_sensor.janela",
        "on",
        {"friendly_name": "Janela do quarto", "device_class": "window"},
    )
    answer = await async_answer_from_states(
        hass, ["binary_sensor.janela"], "pt-BR", "A janela do quarto tá aberta?"
    )
    assert answer == "Sim."


async def test_a_state_word_inside_a_name_is_not_a_question(hass: HomeAssistant) -> None:
    answer = await async_answer_from_states(
        hass, ["switch.open_window_alarm"], "en", "what about the open window alarm?"
    )
    assert answer == "Open window alarm is off."


async def test_on_said_of_a_reading_asks_no_yes_no(hass: HomeAssistant) -> None:
    """'on' of "what's the battery on my phone" is no state of a sensor at 13 %."""
    answer = await async_answer_from_states(
        hass, ["sensor.phone_battery"], "en", "what's the battery on my phone"
    )
    assert answer == "Phone battery is 13 %."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "I found no device matching that."),
        ("fr", "Je n'ai trouvé aucun appareil correspondant."),
        ("de", "Ich habe kein passendes Gerät gefunden."),
    ],
)
async def test_nothing_matches_is_said_in_the_language(
    hass: HomeAssistant, language: str, expected: str
) -> None:
    answer = await async_answer_from_states(hass, ["sensor.nowhere"], language, "?")
    assert answer == expected


async def test_a_model_answer_with_an_invented_number_is_not_said(hass: HomeAssistant) -> None:
    """The battery is at 13 %: a model saying 0 % is not believed."""
    problems = answer_problems(hass, ["sensor.phone_battery"], "en", "The phone battery is 0 %.")
    assert "number 0 is not in the facts" in problems


async def test_a_model_answer_with_a_wrong_state_is_not_said(hass: HomeAssistant) -> None:
    """The front door is unlocked: 'locked' is a state the facts do not hold."""
    assert answer_problems(hass, ["lock.front_door"], "en", "The front door is locked.")


async def test_a_faithful_model_answer_may_be_said(hass: HomeAssistant) -> None:
    text = "The phone battery is at 13%."
    assert answer_problems(hass, ["sensor.phone_battery"], "en", text) == []


async def test_a_free_answer_may_not_hold_a_number_no_state_holds(hass: HomeAssistant) -> None:
    """'It is 21.6 °C outside' when the sensor says 30: the invented number is caught."""
    exposed = ["sensor.outside_temperature", "sensor.phone_battery"]
    assert answer_problems(hass, exposed, "en", "It is 21.6 °C outside.")
    assert answer_problems(hass, exposed, "en", "It is 30 °C outside.") == []


@pytest.mark.parametrize(
    ("language", "text", "foreign"),
    [
        ("de", "The temperature outside is 30 degrees.", True),
        ("de", "Draußen ist es 30 Grad warm.", False),
        ("es", "The kitchen light is on.", True),
        ("es", "La luz de la cocina está encendida.", False),
    ],
)
async def test_a_free_answer_in_the_models_language_is_not_the_users(
    language: str, text: str, foreign: bool
) -> None:
    """The words of both languages come from HA's sentence data, for any language."""
    mine, english = load_vocabulary(language), load_vocabulary("en")
    assert mine is not None and english is not None
    assert bool(foreign_words(text, mine, english)) is foreign


async def test_a_free_answer_that_echoes_the_question_is_in_the_language_around_it() -> None:
    """The German words a reply copies from the question make it no German reply."""
    german, english = load_vocabulary("de"), load_vocabulary("en")
    assert german is not None and english is not None
    question = "Wie warm ist es draußen?"
    echo = f'The user should say "{question}"'
    assert foreign_words(echo, german, english, question)
    assert not foreign_words("Draußen ist es 30 Grad warm.", german, english, question)


def _thermostat(hass: HomeAssistant) -> None:
    """19.5 °C in the room, set to 21."""
    hass.states.async_set(
        "climate.living_room",
        "heat",
        {"friendly_name": "Thermostat", "current_temperature": 19.5, "temperature": 21},
    )


async def test_a_thermostat_answer_says_its_setpoint_in_the_users_language(
    hass: HomeAssistant,
) -> None:
    """The state sentence says 19.5 °C now; HA's own sentence adds the 21 it is set to."""
    _thermostat(hass)
    answer = await async_answer_from_states(
        hass, ["climate.living_room"], "fr", "Quelle est la température du thermostat ?"
    )
    assert "19.5" in answer or "19,5" in answer
    assert "Température réglée sur 21 degrés" in answer


@pytest.mark.parametrize(
    ("language", "question", "setpoint"),
    [
        pytest.param("en", "what is the thermostat set to?", "Temperature set to 21", id="en"),
        pytest.param(
            "fr", "À combien est réglé le thermostat ?", "Température réglée sur 21", id="fr"
        ),
        # 'ustawione' is an inflection of HA's 'ustaw', four letters longer
        pytest.param("pl", "Na ile stopni jest ustawione ogrzewanie?", "21", id="pl"),
    ],
)
async def test_asked_what_a_thermostat_is_set_to_the_answer_is_the_setpoint(
    hass: HomeAssistant, language: str, question: str, setpoint: str
) -> None:
    """'set to' / 'réglé' are words of HA's set-temperature sentences: the 19.5 of the
    room is not said beside the 21 it is set to (said first, it reads as the answer)."""
    _thermostat(hass)
    answer = await async_answer_from_states(hass, ["climate.living_room"], language, question)
    assert setpoint in answer
    assert "19" not in answer


async def test_a_player_answer_names_what_it_plays(hass: HomeAssistant) -> None:
    """'What is playing?': the title and artist the player reports, quoted."""
    hass.states.async_set(
        "media_player.sonos",
        "playing",
        {"friendly_name": "Sonos", "media_title": "Down Under", "media_artist": "Men at Work"},
    )
    answer = await async_answer_from_states(
        hass, ["media_player.sonos"], "en", "what's playing on the Sonos?"
    )
    assert "«Down Under», Men at Work" in answer


async def test_a_list_answer_says_its_open_items(hass: HomeAssistant, ha_core: None) -> None:
    """'What's on the shopping list?': the list's open items as it spells them, not
    only how many; a ticked-off item is not said."""
    await async_build_home(
        hass,
        Home("list", "en", (), (), (todo("shopping", "Shopping", "Milk", "eggs", done=("tea",)),)),
    )
    answer = await async_answer_from_states(
        hass, ["todo.shopping"], "en", "what's on the shopping list?"
    )
    assert "Milk" in answer
    assert "eggs" in answer
    assert "tea" not in answer
