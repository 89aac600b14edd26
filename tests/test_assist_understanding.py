"""The agent understands the home through HA's own sentence data, with the real model.

Each test builds a small home from HA's demo entities (only the listed ones exposed to
Assist, some renamed in the user's language) and talks to the agent on the built-in
model. Checks are on what HA did (states, to-do items) and on what was said.
"""

from __future__ import annotations

from collections.abc import Iterable
import math
from typing import Any

from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.components.intent import (
    TimerEventType,
    TimerInfo,
    async_register_timer_handler,
)
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.agent.answers import foreign_words
from custom_components.local_slm.agent.decisions import Act, AnswerAbout, NotUnderstood, Request
from custom_components.local_slm.agent.model_rank import model_answer, model_rank
from custom_components.local_slm.assist.targets import EntityTarget
from custom_components.local_slm.assist.understanding import Candidate
from custom_components.local_slm.assist.vocabulary import load_vocabulary
from custom_components.local_slm.engine.client import EngineClient

from .homes.build import async_build_home
from .homes.mieszkanie import MIESZKANIE
from .homes.model import (
    Area,
    Home,
    climate,
    cover,
    fan,
    light,
    lock,
    media,
    sensor,
    todo,
    vacuum,
    valve,
)

AGENT = "conversation.local_slm_conversation"

pytestmark = pytest.mark.usefixtures("demo_home")


def _entity_id(hass: HomeAssistant, domain: str, name: str) -> str:
    return next(s.entity_id for s in hass.states.async_all(domain) if s.name == name)


async def _home(
    hass: HomeAssistant, keep: Iterable[str], names: dict[str, str] | None = None
) -> None:
    """Expose only `keep` to Assist; give some entities another name (user's language)."""
    wanted = set(keep)
    for state in hass.states.async_all():
        async_expose_entity(hass, conversation.DOMAIN, state.entity_id, state.entity_id in wanted)
    registry = er.async_get(hass)
    for entity_id, name in (names or {}).items():
        if registry.async_get(entity_id) is not None:
            registry.async_update_entity(entity_id, name=name)
    await hass.async_block_till_done()


async def _say(hass: HomeAssistant, text: str, language: str = "en") -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=AGENT
    )
    await hass.async_block_till_done()
    return str(result.response.speech.get("plain", {}).get("speech", ""))


def _state(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None
    return state.state


def _layer(hass: HomeAssistant) -> str | None:
    agent: Any = hass.data["conversation"].get_entity(AGENT)
    return agent.last_decision  # type: ignore[no-any-return]


async def test_start_vacuuming_starts_the_vacuum_and_nothing_else(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'start vacuuming' reaches the vacuum, never the light or the motion sensor."""
    vacuum = "vacuum.demo_vacuum_0_ground_floor"
    await _home(hass, [vacuum, "light.kitchen_lights", "binary_sensor.movement_backyard"])
    light_before = _state(hass, "light.kitchen_lights")
    await _say(hass, "start vacuuming")
    assert _state(hass, vacuum) == "cleaning"
    assert _state(hass, "light.kitchen_lights") == light_before


async def test_open_a_valve_by_name(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """A valve is opened, not a light of the same place."""
    orchard = _entity_id(hass, "valve", "Orchard")
    await _home(hass, [orchard, "light.kitchen_lights", "lock.front_door"])
    assert _state(hass, orchard) == "closed"
    await _say(hass, "please open the orchard valve now")
    assert _state(hass, orchard) in ("open", "opening")


async def test_lock_the_door_with_two_locks_asks_which_one(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Two locks and no name: the agent asks, naming both, and locks nothing."""
    await _home(hass, ["lock.front_door", "lock.kitchen_door", "light.kitchen_lights"])
    before = {e: _state(hass, e) for e in ("lock.front_door", "lock.kitchen_door")}
    speech = await _say(hass, "lock the door")
    assert {e: _state(hass, e) for e in before} == before
    assert "Front Door" in speech
    assert "Kitchen Door" in speech


async def test_brightness_is_set_not_just_turned_on(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'… to 30 percent' sets the brightness."""
    await _home(hass, ["light.ceiling_lights", "light.kitchen_lights"])
    await _say(hass, "ceiling lights brightness to 30 percent")
    state = hass.states.get("light.ceiling_lights")
    assert state is not None
    assert state.state == "on"
    assert round(state.attributes["brightness"] * 100 / 255) == 30


async def test_resume_the_music_resumes_the_player(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'resume the music' unpauses the only player; it never turns it off."""
    player = "media_player.walkman"
    await _home(hass, [player, "light.kitchen_lights"])
    await hass.services.async_call(
        "media_player", "media_pause", {"entity_id": player}, blocking=True
    )
    await hass.async_block_till_done()  # the demo player writes its state on the next pass
    assert _state(hass, player) == "paused"
    await _say(hass, "resume the music")
    assert _state(hass, player) == "playing"


async def test_an_unknown_intent_falls_through_to_our_layers(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's sentence names an intent nothing handles here: ours answer, not 'Unknown intent'.

    Without the shopping_list integration, HA still recognises its sentence
    (HassShoppingListAddItem) but has no handler for it.
    """
    await _home(hass, ["light.kitchen_lights", "lock.front_door"])
    speech = await _say(hass, "add apples to my shopping list")
    assert _layer(hass) != "ha-intents"
    assert "Unknown intent" not in speech


async def test_an_item_is_added_to_the_named_list(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'put apples on the shopping list' adds apples, it never switches the list off."""
    await async_build_home(
        hass,
        Home("todo", "en", (), (), (todo("shopping", "Shopping List", "tea"),)),
    )
    await _home(hass, ["todo.shopping", "light.kitchen_lights"])
    await _say(hass, "put apples on the shopping list")
    items = await hass.services.async_call(
        "todo", "get_items", {"entity_id": "todo.shopping"}, blocking=True, return_response=True
    )
    summaries = [i["summary"].casefold() for i in items["todo.shopping"]["items"]]  # type: ignore[index,union-attr,call-overload]
    assert summaries == ["tea", "apples"]


async def test_asked_what_a_heater_is_set_to_the_agent_says_the_setpoint(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's matcher reads "what's the lounge heater set to" as a state question; the
    answer is the 21 it is set to, not the 19 of the room beside it."""
    await async_build_home(
        hass,
        Home(
            "heat",
            "en",
            (),
            (),
            (climate("heater", "Lounge heater", None, target=21, current=19),),
        ),
    )
    await _home(hass, ["climate.heater", "light.kitchen_lights"])
    speech = await _say(hass, "what's the lounge heater set to")
    assert "21" in speech
    assert "19" not in speech


async def test_the_model_tells_which_device_of_a_place_the_words_fit(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A place said and no device, and no word of HA's for the verb: the model hears
    'water' in the sprinkler's name, not the lamp's, and opens it; the lamp stays off."""
    await async_build_home(
        hass,
        Home(
            "yard",
            "en",
            (),
            (Area("Backyard"),),
            (
                valve("sprinkler", "Backyard sprinkler", "Backyard"),
                light("lamp", "Backyard lamp", "Backyard"),
            ),
        ),
    )
    await _home(hass, ["valve.sprinkler", "light.lamp"])
    await _say(hass, "water the backyard")
    assert _state(hass, "valve.sprinkler") == "open"
    assert _state(hass, "light.lamp") == "off"
    assert _layer(hass) == "model-rank"


async def test_a_device_named_in_full_with_words_ha_lacks_is_left_to_the_model(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'dock' and 'back' are in none of HA's sentences for returning a vacuum, and every
    reading leaves them unexplained; the vacuum is named in full, so the model ranks what
    it can do and, ruling out starting it, sends it home."""
    await async_build_home(
        hass,
        Home(
            "robot",
            "en",
            (),
            (),
            (vacuum("robot", "Robot vacuum", None, state="cleaning"), light("lamp", "Lamp", None)),
        ),
    )
    await _home(hass, ["vacuum.robot", "light.lamp"])
    await _say(hass, "robot vacuum back to the dock please")
    assert _state(hass, "vacuum.robot") == "returning"
    assert _state(hass, "light.lamp") == "off"
    assert _layer(hass) == "model-rank"


async def _two_thermometers(hass: HomeAssistant, at_3_5: str, at_21: str) -> None:
    """A home with two temperature sensors, named so, at 3.5 °C and 21 °C."""
    await async_build_home(
        hass,
        Home(
            "thermometers",
            "en",
            (),
            (),
            (
                sensor("first", at_3_5, None, 3.5, "°C", "temperature"),
                sensor("second", at_21, None, 21, "°C", "temperature"),
            ),
        ),
    )
    await _home(hass, ["sensor.first", "sensor.second"])


async def test_a_question_naming_no_device_is_answered_from_the_reading_the_model_picks(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'out there' names no sensor; the model hears the question in the outdoor sensor's
    name, and the answer quotes that sensor's state, never a number of its own."""
    await _two_thermometers(hass, "Outdoor temperature", "Bedroom temperature")
    speech = await _say(hass, "how cold is it out there?")
    assert "3.5" in speech
    assert "21" not in speech
    assert _layer(hass) == "model-answer"


async def test_a_question_the_model_cannot_place_picks_no_reading(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Two sensors the words cannot tell apart ("Probe 1", "Probe 2"): the model has no
    clear preference, and no sensor is quoted as if it were the one asked about."""
    await _two_thermometers(hass, "Probe 1", "Probe 2")
    await _say(hass, "how cold is it out there?")
    assert _layer(hass) == "question"


async def test_a_temperature_asked_of_a_room_without_one_quotes_no_other_room(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "quelle est la température dans le salon ?" where only the terrace has a
    thermometer: its 15.5 °C is not the salon's, and no reading quotes it."""
    await async_build_home(
        hass,
        Home(
            "salon",
            "fr",
            (),
            (Area("Salon"), Area("Terrasse")),
            (
                light("salon", "Lampe", "Salon"),
                sensor("dehors", "Température terrasse", "Terrasse", 15.5, "°C", "temperature"),
            ),
        ),
    )
    await _home(hass, ["light.salon", "sensor.dehors"])
    speech = await _say(hass, "quelle est la température dans le salon ?", "fr")
    assert "15" not in speech, speech


async def _doors(hass: HomeAssistant) -> None:
    """An unlocked "Front door" lock, a closed "Garage door" and "Blinds"."""
    await async_build_home(
        hass,
        Home(
            "doors",
            "en",
            (),
            (Area("Hall"), Area("Driveway"), Area("Lounge")),
            (
                lock("front", "Front door", "Hall", locked=False),
                cover("garage", "Garage door", "Driveway", device_class="garage", position=None),
                cover("blinds", "Blinds", "Lounge", device_class="blind"),
            ),
        ),
    )
    await _home(hass, ["lock.front", "cover.garage", "cover.blinds"])


async def test_a_locks_own_word_opens_no_garage_door(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA locks on turn-on and opens a cover on it: "lock the front door and the garage
    door" read as turning the garage door on would open it. 'lock' is a word of locks
    only; the garage door stays closed."""
    await _doors(hass)
    await _say(hass, "lock the front door and the garage door")
    assert _state(hass, "cover.garage") == "closed"


async def test_a_name_word_between_two_commands_is_not_dropped(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "close the blinds and the front door": split between 'front' and 'door', 'door'
    alone would borrow 'close' for the garage door; the garage door is not touched."""
    await _doors(hass)
    await _say(hass, "close the blinds and the front door")
    assert _state(hass, "cover.garage") == "closed"


async def _dutch_thermostat(hass: HomeAssistant) -> None:
    """A Dutch home with one thermostat ("Thermostaat", set to 19), exposed."""
    await async_build_home(
        hass,
        Home(
            "thermo",
            "nl",
            (),
            (Area("Woonkamer"),),
            (climate("thermo", "Thermostaat", "Woonkamer", target=19.0, current=18.0),),
        ),
    )
    await _home(hass, ["climate.thermo"])


async def test_a_decimal_comma_sets_the_temperature_and_says_so(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's Dutch sentence keeps '20,5' as text and its response fails on it after the
    intent ran (the user heard a template error); ours reads 20.5 and says it in Dutch."""
    await _dutch_thermostat(hass)
    speech = await _say(hass, "zet de thermostaat op 20,5 graden", "nl")
    thermostat = hass.states.get("climate.thermo")
    assert thermostat is not None
    assert thermostat.attributes["temperature"] == 20.5
    assert speech.startswith("Temperatuur ingesteld op 20")
    assert "Error" not in speech


async def _items(hass: HomeAssistant, entity_id: str) -> dict[str, str]:
    """The list's items, summary (folded) → status."""
    found = await hass.services.async_call(
        "todo", "get_items", {"entity_id": entity_id}, blocking=True, return_response=True
    )
    return {i["summary"].casefold(): i["status"] for i in found[entity_id]["items"]}  # type: ignore[index,union-attr,call-overload]


@pytest.mark.parametrize(
    ("language", "list_name", "text", "item"),
    [
        # HA's English sentences lack 'tick off': the model ranks completing "Tea" above
        # removing it, and no word says to add.
        pytest.param("en", "Groceries", "tick off tea on groceries", "tea", id="en-model"),
        # HA's French sentence reads the item 'le pain', which no list holds.
        pytest.param(
            "fr", "Liste de courses", "coche le pain sur la liste de courses", "pain", id="fr"
        ),
    ],
)
async def test_an_item_is_completed_by_the_name_it_has_on_the_list(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    language: str,
    list_name: str,
    text: str,
    item: str,
) -> None:
    """Completing reads the list's own open items: the item said is one of them."""
    await async_build_home(
        hass, Home("todo", language, (), (), (todo("groceries", list_name, "Tea", "Pain"),))
    )
    await _home(hass, ["todo.groceries", "light.kitchen_lights"])
    await _say(hass, text, language)
    items = await _items(hass, "todo.groceries")
    assert items == {"tea": "needs_action", "pain": "needs_action"} | {item: "completed"}


async def test_words_around_an_unknown_verb_are_not_added_as_an_item(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'stick bin bags on the groceries list': no word says to add, so where the item
    starts is a guess; 'stick bin bags' is never added."""
    await async_build_home(
        hass, Home("todo", "en", (), (), (todo("groceries", "Groceries", "tea"),))
    )
    await _home(hass, ["todo.groceries", "light.kitchen_lights"])
    await _say(hass, "stick bin bags on the groceries list")
    assert await _items(hass, "todo.groceries") == {"tea": "needs_action"}


async def test_a_command_read_as_an_item_of_no_named_list_is_not_added(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "mets un minuteur d'une demi-heure": HA's French has no half hour, so no timer
    reading; adding "un minuteur" to the only list on 'mets' alone, no list named, would
    be a wrong action whatever the model likes."""
    await async_build_home(
        hass, Home("todo", "fr", (), (), (todo("courses", "Liste de courses", "Pain"),))
    )
    await _home(hass, ["todo.courses", "light.kitchen_lights"])
    await _say(hass, "mets un minuteur d'une demi-heure", "fr")
    assert await _items(hass, "todo.courses") == {"pain": "needs_action"}


@pytest.mark.parametrize(
    ("language", "list_name", "text", "added"),
    [
        # HA's Spanish sentences read the item "tomates a l": it ends in a cut word.
        pytest.param(
            "es",
            "Lista de la compra",
            "añade tomates a la lista de la compra",
            "tomates",
            id="cut-short",
        ),
        # HA's German sentences read "Fenster putzen zu meinen": 'zu' follows the item in
        # HA's sentences, so the item ran past its end.
        pytest.param(
            "de",
            "Aufgaben",
            "Füge Fenster putzen zu meinen Aufgaben hinzu",
            "fenster putzen",
            id="ran-past-its-end",
        ),
    ],
)
async def test_an_item_ha_read_wrong_is_read_again(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    language: str,
    list_name: str,
    text: str,
    added: str,
) -> None:
    """A free text HA's sentences took too little or too much of is not HA's to act on;
    ours adds the item the user said."""
    await async_build_home(
        hass, Home("todo", language, (), (), (todo("tasks", list_name, "first"),))
    )
    await _home(hass, ["todo.tasks", "light.kitchen_lights"])
    await _say(hass, text, language)
    items = await hass.services.async_call(
        "todo", "get_items", {"entity_id": "todo.tasks"}, blocking=True, return_response=True
    )
    summaries = [i["summary"].casefold() for i in items["todo.tasks"]["items"]]  # type: ignore[index,union-attr,call-overload]
    assert summaries == ["first", added]


async def test_two_commands_in_one_french_sentence_run_both(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'allume le plafonnier et verrouille la porte d'entrée' does both."""
    await _home(
        hass,
        ["light.ceiling_lights", "lock.front_door", "light.kitchen_lights"],
        {"light.ceiling_lights": "Plafonnier", "light.kitchen_lights": "Lampe de la cuisine"},
    )
    await hass.services.async_call(
        "light", "turn_off", {"entity_id": "light.ceiling_lights"}, blocking=True
    )
    await hass.services.async_call(
        "lock", "unlock", {"entity_id": "lock.front_door"}, blocking=True
    )
    hass.states.async_set("lock.front_door", "unlocked", {"friendly_name": "Porte d'entrée"})
    await _say(hass, "allume le plafonnier puis verrouille la porte d'entrée", "fr")
    assert _state(hass, "light.ceiling_lights") == "on"
    assert _state(hass, "lock.front_door") in ("locked", "locking")


async def test_german_ambiguity_is_asked_in_german(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The question 'which one?' uses HA's own German sentence."""
    await _home(hass, ["lock.front_door", "lock.kitchen_door"])
    hass.states.async_set("lock.front_door", "unlocked", {"friendly_name": "Haustür"})
    hass.states.async_set("lock.kitchen_door", "unlocked", {"friendly_name": "Küchentür"})
    speech = await _say(hass, "bitte die tür zusperren", "de")
    assert _state(hass, "lock.front_door") == "unlocked"
    assert _state(hass, "lock.kitchen_door") == "unlocked"
    assert "Gerät" in speech or "verstanden" in speech


async def test_french_question_is_answered_in_french(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A French state question gets the state, in French, and changes nothing."""
    await _home(hass, ["lock.front_door", "light.kitchen_lights"])
    hass.states.async_set("lock.front_door", "locked", {"friendly_name": "Porte d'entrée"})
    speech = await _say(hass, "la porte d'entrée est-elle verrouillée ?", "fr")
    assert _state(hass, "lock.front_door") == "locked"
    assert any(word in speech.casefold() for word in ("oui", "verrouill"))


async def test_ha_answer_about_one_device_says_the_state_in_the_users_language(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's Dutch sentence matcher answers "Nee, die is unlocked": the agent keeps HA's
    sentence and says the state as HA's Dutch translations word it."""
    await _home(hass, ["lock.front_door"])
    hass.states.async_set("lock.front_door", "unlocked", {"friendly_name": "Voordeur"})
    speech = await _say(hass, "zit de voordeur op slot?", "nl")
    assert _state(hass, "lock.front_door") == "unlocked"
    assert "ontgrendeld" in speech
    assert "unlocked" not in speech


async def test_no_action_when_every_model_score_is_minus_infinity(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model's scores are all -inf (a fault injected, as a full context would give):
    nothing is done, whatever the words looked like."""

    async def all_inf(
        self: EngineClient, prompt: str, options: list[str], *, slot: str | None = None
    ) -> list[float]:
        return [-math.inf] * len(options)

    monkeypatch.setattr(EngineClient, "async_score", all_inf)
    await _home(hass, ["light.kitchen_lights", "light.ceiling_lights"])
    engine = loaded_entry.runtime_data.engine
    request = Request(
        "kitchen lights",
        "en",
        None,
        [],
        [],  # type: ignore[arg-type]
    )
    cands = [
        Candidate(
            "intent__HassTurnOn",
            "HassTurnOn",
            {"name": "Kitchen Lights"},
            ("light.kitchen_lights",),
            "on",
            1.0,
            1.0,
            ("Kitchen Lights",),
        ),
        Candidate(
            "intent__HassTurnOff",
            "HassTurnOff",
            {"name": "Kitchen Lights"},
            ("light.kitchen_lights",),
            "off",
            1.0,
            1.0,
            ("Kitchen Lights",),
        ),
    ]
    decision = await model_rank(engine, request, cands)
    assert isinstance(decision, NotUnderstood)


ROBOT = EntityTarget("vacuum.robot", "vacuum", ("Robot",), state="cleaning")


def _robot_reading(intent: str, words: float, conflict: float = 0.0) -> Candidate:
    return Candidate(
        f"intent__{intent}",
        intent,
        {"name": "Robot"},
        (ROBOT.entity_id,),
        intent,
        words - conflict,
        1.0,
        ("Robot",),
        evidence=words,
        conflict=conflict,
    )


async def _robot_request(hass: HomeAssistant, text: str) -> Request:
    await _home(hass, ["vacuum.demo_vacuum_0_ground_floor"])
    vocabulary = await hass.async_add_executor_job(load_vocabulary, "en")
    return Request(text, "en", vocabulary, [ROBOT], [])


async def test_the_model_ranks_a_reading_by_how_likely_the_request_says_it(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The request is scored after each reading (log P(request | reading)), so the longer
    label "vacuum return to base" is not penalised for its length: "send the robot back
    to its dock" returns it to base (the label scored after the request chose "start")."""
    request = await _robot_request(hass, "send the robot back to its dock")
    close = [_robot_reading("HassVacuumStart", 1.6), _robot_reading("HassVacuumReturnToBase", 2.0)]
    decision = await model_rank(loaded_entry.runtime_data.engine, request, close)
    assert decision == Act("intent__HassVacuumReturnToBase", {"name": "Robot"}, "model-rank")


async def test_a_reading_with_unexplained_words_acts_when_the_model_rules_out_the_rest(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'back' is a word of "previous track", unexplained by returning to base; the model
    still prefers returning to starting the robot by more than its margin: it returns."""
    request = await _robot_request(hass, "send the robot back to its base")
    chosen = _robot_reading("HassVacuumReturnToBase", 5.0, conflict=3.0)
    readings = [chosen, _robot_reading("HassVacuumStart", 1.0, conflict=3.0)]
    engine = loaded_entry.runtime_data.engine
    decision = await model_rank(engine, request, [chosen], readings)
    assert decision == Act("intent__HassVacuumReturnToBase", {"name": "Robot"}, "model-rank")


async def test_a_reading_with_unexplained_words_and_nothing_to_rule_out_does_not_act(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'stop vacuuming' reads only as starting the robot ('stop' unexplained): with no
    other reading of the robot for the model to rule out, nothing is done."""
    request = await _robot_request(hass, "stop vacuuming")
    chosen = _robot_reading("HassVacuumStart", 3.0, conflict=2.4)
    engine = loaded_entry.runtime_data.engine
    decision = await model_rank(engine, request, [chosen], [chosen])
    assert decision == NotUnderstood("model-conflict")


FLOOR_LAMP = EntityTarget("light.floor_lamp", "light", ("Floor lamp",), state="off")
ODKURZACZ = EntityTarget("vacuum.odkurzacz", "vacuum", ("Odkurzacz",), state="docked")


def _named_reading(
    target: EntityTarget,
    tool: str,
    intent: str,
    words: float,
    named_by: frozenset[str] = frozenset(),
) -> Candidate:
    """A reading of `intent` on the target named by its first name (with its domain)."""
    name = target.names[0]
    return Candidate(
        tool,
        intent,
        {"name": name, "domain": [target.domain]},
        (target.entity_id,),
        intent,
        words,
        3.0,
        (name,),
        evidence=3.0,
        named_by=named_by,
    )


async def _model_decision(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    text: str,
    language: str,
    target: EntityTarget,
    close: list[Candidate],
) -> object:
    """The model's part for a request whose close readings (its only ones) are `close`."""
    vocabulary = await hass.async_add_executor_job(load_vocabulary, language)
    request = Request(text, language, vocabulary, [target], [])
    return await model_rank(entry.runtime_data.engine, request, close, close)


async def _lamp_decision(hass: HomeAssistant, entry: MockConfigEntry, text: str) -> object:
    """The model's part for a request the words read as turning the lamp on or off alike."""
    close = [
        _named_reading(FLOOR_LAMP, f"intent__{intent}", intent, 5.5)
        for intent in ("HassTurnOff", "HassTurnOn")
    ]
    return await _model_decision(hass, entry, text, "en", FLOOR_LAMP, close)


async def test_a_remark_about_an_off_lamp_does_not_turn_it_on(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "I love the new floor lamp" says nothing to do: turning the lamp off would change
    nothing, yet two words HA's sentences lack ('love', 'new') are no verb it lacks."""
    decision = await _lamp_decision(hass, loaded_entry, "I love the new floor lamp")
    assert decision == NotUnderstood("unknown-words")


async def test_one_verb_ha_lacks_turns_an_off_lamp_on(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "fire up the floor lamp": 'fire' is the one word HA's sentences lack, and of on and
    off only turning it on changes the lamp."""
    decision = await _lamp_decision(hass, loaded_entry, "fire up the floor lamp")
    assert decision == Act(
        "intent__HassTurnOn", {"name": "Floor lamp", "domain": ["light"]}, "model-rank"
    )


async def _vacuum_decision(hass: HomeAssistant, entry: MockConfigEntry, text: str) -> object:
    """The model's part for a Polish request read only as starting the vacuum."""
    start = _named_reading(
        ODKURZACZ,
        "vacuum__HassVacuumStart",
        "HassVacuumStart",
        5.5,
        named_by=frozenset({"odkurzacz"}),
    )
    return await _model_decision(hass, entry, text, "pl", ODKURZACZ, [start])


async def test_the_one_reading_of_a_remark_naming_a_device_is_not_acted_on(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "Odkurzacz znowu utknął pod kanapą" (stuck under the sofa again) reads only as
    starting the vacuum, by its name: with nothing for the model to weigh it against,
    three words HA's sentences lack leave it a guess, and nothing starts."""
    decision = await _vacuum_decision(hass, loaded_entry, "Odkurzacz znowu utknął pod kanapą")
    assert decision == NotUnderstood("unknown-words")


async def test_the_one_reading_with_one_verb_ha_lacks_acts(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "odpal odkurzacz" (fire up the vacuum): 'odpal' is the one word HA's Polish lacks."""
    decision = await _vacuum_decision(hass, loaded_entry, "odpal odkurzacz")
    assert decision == Act(
        "vacuum__HassVacuumStart", {"name": "Odkurzacz", "domain": ["vacuum"]}, "model-rank"
    )


TV_DA_SALA = EntityTarget("media_player.tv_sala", "media_player", ("TV da sala",), state="on")


async def test_a_reading_that_leaves_out_the_number_said_is_no_rival(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "abaixa o volume da TV pra 15": the words' best reading steps the volume down
    ('abaixa'), and leaves the 15 out; the model prefers setting it to 15, which the
    words nearly tie: the volume is set to 15."""
    name = TV_DA_SALA.names[0]
    step = Candidate(
        "media_player__HassSetVolumeRelative",
        "HassSetVolumeRelative",
        {"name": name, "volume_step": "down"},
        (TV_DA_SALA.entity_id,),
        "step",
        8.15,
        3.0,
        (name,),
        evidence=6.97,
    )
    level = Candidate(
        "media_player__HassSetVolume",
        "HassSetVolume",
        {"name": name, "domain": ["media_player"], "volume_level": 15},
        (TV_DA_SALA.entity_id,),
        "level",
        7.61,
        3.0,
        (name,),
        evidence=6.28,
    )
    decision = await _model_decision(
        hass, loaded_entry, "abaixa o volume da TV pra 15", "pt-BR", TV_DA_SALA, [step, level]
    )
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["volume_level"]) == (
        "media_player__HassSetVolume",
        15,
    )


async def test_a_question_in_a_temperatures_words_is_answered_by_a_temperature(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "Hoe warm is het buiten?" names no device ('buiten' is not the whole of
    "Buitentemperatuur"); the model likes the outside temperature best, and the door
    lock's battery nearly as well, which cannot say how warm it is: the outside
    temperature answers."""
    vocabulary = await hass.async_add_executor_job(load_vocabulary, "nl")
    home = [
        EntityTarget(
            "sensor.buitentemperatuur",
            "sensor",
            ("Buitentemperatuur",),
            ("Tuin",),
            (),
            "temperature",
        ),
        EntityTarget(
            "sensor.batterij_voordeur", "sensor", ("Batterij voordeur",), ("Hal",), (), "battery"
        ),
        EntityTarget(
            "sensor.temperatuur_kinderkamer",
            "sensor",
            ("Temperatuur kinderkamer",),
            ("Kinderkamer",),
            (),
            "temperature",
        ),
    ]
    request = Request("Hoe warm is het buiten?", "nl", vocabulary, home, [])
    decision = await model_answer(loaded_entry.runtime_data.engine, request)
    assert decision == AnswerAbout(("sensor.buitentemperatuur",), "model-answer")


KITCHEN_LIGHT = EntityTarget("light.kitchen_light", "light", ("Kitchen light",), state="on")


async def test_a_remark_the_model_reads_as_turning_a_light_off_is_not_acted_on(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "the kitchen light was so bright last night": the words tie turning the light on
    and off, and the model prefers off by more than its margin; reading it so leaves
    'was', 'so', 'bright', 'last' and 'night' unexplained, a remark: nothing is done."""
    close = [
        Candidate(
            f"intent__{intent}",
            intent,
            {"name": "Kitchen light", "domain": ["light"]},
            (KITCHEN_LIGHT.entity_id,),
            intent,
            words,
            4.16,
            ("Kitchen light",),
            evidence=evidence,
            conflict=3.39,
            named_by=frozenset({"kitchen", "light"}),
        )
        for intent, words, evidence in (("HassTurnOff", 3.95, 2.5), ("HassTurnOn", 3.88, 2.43))
    ]
    decision = await _model_decision(
        hass,
        loaded_entry,
        "the kitchen light was so bright last night",
        "en",
        KITCHEN_LIGHT,
        close,
    )
    assert decision == NotUnderstood("remark")


async def test_a_sentence_ha_ran_and_failed_is_not_acted_on_again(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA recognised the sentence and its intent failed: that is HA's answer, no retry.

    Fault injection: the light's turn_on service is replaced by one that fails, since a
    demo light cannot be made to fail for real.
    """
    await _home(hass, ["light.kitchen_lights", "light.ceiling_lights"])
    calls: list[Any] = []

    async def broken(call: Any) -> None:
        calls.append(call)
        raise HomeAssistantError("the bulb does not answer")

    hass.services.async_register("light", "turn_on", broken)
    await _say(hass, "turn on the kitchen lights")
    assert _layer(hass) == "ha-intents"
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("cleaning", "acts"),
    [
        pytest.param(False, True, id="docked-starts"),
        pytest.param(True, False, id="cleaning-is-never-sent-home"),
    ],
)
async def test_a_word_of_both_vacuum_intents_acts_only_where_the_models_choice_changes_something(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, cleaning: bool, acts: bool
) -> None:
    """'staubsaugen' is in HA's German sentences for starting and for returning to base;
    the model prefers starting. Docked, returning would change nothing: it starts.
    Cleaning, starting changes nothing and the words do not say 'return': no action."""
    vacuum = "vacuum.demo_vacuum_0_ground_floor"
    await _home(hass, [vacuum, "light.kitchen_lights"], {vacuum: "Staubsauger"})
    assert _state(hass, vacuum) == "docked"
    if cleaning:
        await hass.services.async_call("vacuum", "start", {"entity_id": vacuum}, blocking=True)
    await _say(hass, "Bitte staubsaugen", "de")
    assert _state(hass, vacuum) == "cleaning"
    # Not acting is the model being unsure or the words not agreeing with it, as the
    # CPU's rounding of the scores has it: either way the model did not act.
    assert (_layer(hass) == "model-rank") is acts
    assert _layer(hass).startswith("model-")


async def test_a_fuzzy_reading_that_leaves_a_device_word_out_does_not_act(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's gazetteer reads "turn the lounge heater up to 22" as the lounge's volume,
    leaving 'heater' out: the TV keeps its volume and the heater is set to 22."""
    home = Home(
        "lounge",
        "en",
        (),
        (Area("Lounge"),),
        (
            climate("lounge_heater", "Lounge heater", "Lounge", target=21.0, current=19.0),
            media("lounge_tv", "Lounge TV", "Lounge", state="on", volume=0.3, tv=True),
        ),
    )
    await async_build_home(hass, home)
    await _say(hass, "turn the lounge heater up to 22")
    heater = hass.states.get("climate.lounge_heater")
    tv = hass.states.get("media_player.lounge_tv")
    assert heater is not None and tv is not None
    assert tv.attributes["volume_level"] == pytest.approx(0.3)
    assert heater.attributes["temperature"] == 22
    assert _layer(hass) != "ha-fuzzy"


async def test_a_device_the_home_does_not_have_is_not_taken_for_one_it_has(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """No heater in the lounge (HA's demo has water heaters elsewhere): 'lounge heater'
    does not name the "Lounge room" player, whose volume would otherwise be set to 22."""
    player = "media_player.lounge_room"
    await _home(hass, [s.entity_id for s in hass.states.async_all()])
    before = hass.states.get(player)
    await _say(hass, "turn the lounge heater up to 22")
    after = hass.states.get(player)
    assert before is not None and after is not None
    assert after.attributes.get("volume_level") == before.attributes.get("volume_level")
    assert _layer(hass) == "another-device"


def _bedroom(language: str, room: str, lamp: str, blind: str, ceiling_fan: str) -> Home:
    """A bedroom with a dimmable lamp, a blind with a position and a fan."""
    return Home(
        "bedroom",
        language,
        (),
        (Area(room),),
        (
            light("lamp", lamp, room),
            cover("blind", blind, room, position=0),
            fan("fan", ceiling_fan, room),
        ),
    )


async def test_a_bare_percentage_for_a_room_of_several_kinds_asks_which_device(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's sentences read "zet de slaapkamer op 50 procent" as the room's brightness;
    the room also has a blind and a fan, and no word says lights: the agent asks which
    one, and nothing changes."""
    await async_build_home(
        hass, _bedroom("nl", "Slaapkamer", "Leeslamp", "Rolluik slaapkamer", "Plafondventilator")
    )
    before = {e: hass.states.get(e) for e in ("light.lamp", "cover.blind", "fan.fan")}
    speech = await _say(hass, "zet de slaapkamer op 50 procent", "nl")
    assert {e: hass.states.get(e) for e in before} == before
    assert _layer(hass) == "ask"
    assert "Rolluik slaapkamer" in speech


async def test_a_room_percentage_that_says_lights_sets_their_brightness(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The word for lights ('lights') says what a room's percentage is for: HA's
    matching (its fuzzy matcher, here) sets the lamp's brightness; the blind and the
    fan stay as they were."""
    await async_build_home(
        hass, _bedroom("en", "Guest room", "Bedside lamp", "Guest room blind", "Ceiling fan")
    )
    await _say(hass, "set the guest room lights to 50 percent")
    lamp = hass.states.get("light.lamp")
    assert lamp is not None and lamp.state == "on"
    assert round(lamp.attributes["brightness"] * 100 / 255) == 50
    assert _state(hass, "fan.fan") == "off"
    assert _layer(hass) in ("ha-intents", "ha-fuzzy")


async def test_an_item_said_in_the_clause_before_the_command_is_added_alone(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's wildcard takes "Der Kaffee ist alle, setz ihn" whole as the item of "… auf
    die Einkaufsliste"; a verb of the intent inside it says it ran past the item. 'ihn'
    stands for the item the first clause names: "Kaffee" is added, not the clause."""
    await async_build_home(
        hass,
        Home("liste", "de", (), (), (todo("einkauf", "Einkaufsliste", "Milch"),)),
    )
    await _say(hass, "Der Kaffee ist alle, setz ihn auf die Einkaufsliste", "de")
    items = await hass.services.async_call(
        "todo", "get_items", {"entity_id": "todo.einkauf"}, blocking=True, return_response=True
    )
    summaries = [i["summary"] for i in items["todo.einkauf"]["items"]]  # type: ignore[index,union-attr,call-overload]
    assert summaries == ["Milch", "Kaffee"]


async def _timers_started(
    hass: HomeAssistant, entry: MockConfigEntry, text: str, language: str
) -> list[int]:
    """The seconds of each timer `text`, said to a satellite that runs timers, starts."""
    assert await async_setup_component(hass, "intent", {})
    satellite = dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id,
        identifiers={("local_slm", "satellite")},
        name="Kitchen satellite",
    )
    started: list[int] = []

    def on_timer(event: TimerEventType, timer: TimerInfo) -> None:
        if event is TimerEventType.STARTED:
            started.append(timer.seconds)

    async_register_timer_handler(hass, satellite.id, on_timer)
    await _home(hass, ["light.kitchen_lights"])
    await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=AGENT, device_id=satellite.id
    )
    await hass.async_block_till_done()
    return started


async def test_a_timer_asked_for_in_other_words_is_started(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "can you time 3 minutes for my tea" fits starting a timer and adding 3 minutes to
    one alike; with no timer running only starting one is a reading, and it starts."""
    started = await _timers_started(hass, loaded_entry, "can you time 3 minutes for my tea", "en")
    assert started == [180]


async def test_half_an_hour_in_dutch_is_thirty_minutes(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's Dutch sentence for "1 en een half uur" reads the article of "een half uur"
    as one hour (an hour and a half); the half hour asked for is started."""
    started = await _timers_started(hass, loaded_entry, "start een timer voor een half uur", "nl")
    assert started == [1800]


async def test_a_timer_to_be_told_when_it_ends_is_a_plain_timer(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's Spanish "{conversation_command} dentro de … minutos" reads 'avísame' (tell
    me) as a command to run in 20 minutes; no sentence of HA's has it, so the 20-minute
    timer asked for is started."""
    started = await _timers_started(hass, loaded_entry, "avísame dentro de 20 minutos", "es")
    assert started == [1200]


async def test_two_italian_commands_joined_by_e_are_both_carried_out(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Italian 'e' (and) folds to 'è' (is), a word of HA's questions; two clear commands
    and no question mark are carried out, not answered as a state question."""
    await async_build_home(
        hass,
        Home(
            "casa",
            "it",
            (),
            (),
            (
                light("scrivania", "Lampada della scrivania", None),
                cover("tapparella", "Tapparella della camera", None, position=100),
            ),
        ),
    )
    await _say(hass, "accendi la lampada della scrivania e chiudi la tapparella della camera", "it")
    assert _state(hass, "light.scrivania") == "on"
    assert _state(hass, "cover.tapparella") in ("closing", "closed")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("don't turn off the kitchen lights, I'm still cooking", "en"),
        ("please do not switch the kitchen lights off", "en"),
        ("n'éteins pas les lumières de la cuisine", "fr"),
        ("Schalte die Küchenlichter bitte nicht aus", "de"),
        ("don't turn off the light", "en"),
    ],
)
async def test_a_command_said_not_to_be_done_is_not_done(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, text: str, language: str
) -> None:
    """The rest of the words read as turning the light off; the user said not to, and
    there is no device to ask about for it ("which one?" of two lights)."""
    await _home(hass, ["light.kitchen_lights", "light.ceiling_lights"])
    assert _state(hass, "light.kitchen_lights") == "on"
    speech = await _say(hass, text, language)
    assert _state(hass, "light.kitchen_lights") == "on"
    assert "Ceiling" not in speech


async def test_a_question_about_a_devices_battery_is_answered_by_the_battery(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """HA's gazetteer reads "what's the battery on the front door" as asking about the
    lock and leaves 'battery' out; that word names the "Front door battery" sensor."""
    await async_build_home(
        hass,
        Home(
            "door",
            "en",
            (),
            (),
            (
                lock("house_door", "Front door", None),
                sensor("front_door_battery", "Front door battery", None, 35, "%", "battery"),
            ),
        ),
    )
    await _home(hass, ["lock.house_door", "sensor.front_door_battery"])
    speech = await _say(hass, "what's the battery on the front door")
    assert "35" in speech
    assert "locked" not in speech.lower()


async def test_a_command_with_its_reason_in_another_clause_is_carried_out(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "ventilo aan, het is hier veel te warm": the reason is said in words of the
    heating ('warm'), which read as a question about it; the first clause alone is a
    clear command, and the other names nothing of the home. The fan turns on."""
    await async_build_home(
        hass,
        Home(
            "woning",
            "nl",
            (),
            (Area("Woonkamer"),),
            (
                fan("ventilator", "Ventilator", "Woonkamer", "ventilo"),
                climate("thermo", "Thermostaat", "Woonkamer", target=19.0, current=23.0),
            ),
        ),
    )
    await _home(hass, ["fan.ventilator", "climate.thermo"])
    await _say(hass, "ventilo aan, het is hier veel te warm", "nl")
    assert _state(hass, "fan.ventilator") == "on"


async def test_a_number_with_a_decimal_comma_is_no_clause_break(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "het is hier fris, doe de thermostaat maar naar 22,5": the comma of '22,5' joins
    the number; read as a break, the command clause would set 22 degrees."""
    await _dutch_thermostat(hass)
    await _say(hass, "het is hier fris, doe de thermostaat maar naar 22,5", "nl")
    thermostat = hass.states.get("climate.thermo")
    assert thermostat is not None
    assert thermostat.attributes["temperature"] == 22.5


async def test_a_free_reply_never_recites_the_instructions_to_a_polish_user(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "Zakręć nawadnianie" (turn the watering off) is no sentence HA's Polish reads, and
    the model's free reply recited HA's English instructions ("When a user asks to turn
    on all devices of a specific type…"). Such a sentence is held back, and Polish is
    said instead."""
    await async_build_home(hass, MIESZKANIE)
    await _home(hass, [device.entity_id for device in MIESZKANIE.devices])
    speech = await _say(hass, "Zakręć nawadnianie", "pl")
    polish, english = load_vocabulary("pl"), load_vocabulary("en")
    assert polish is not None
    assert english is not None
    assert speech
    assert _layer(hass) == "chat"
    assert foreign_words(speech, polish, english) == []


async def test_a_lamp_said_to_be_pretty_is_not_switched(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """ "Lampa w salonie jest bardzo ładna" (the living room lamp is very pretty): the
    model read it as turning the lamp off. The name is followed by 'jest', a word HA's
    Polish uses only in questions about states, with no question word before it: a
    remark, and the lamp stays on."""
    await async_build_home(hass, MIESZKANIE)
    await _home(hass, [device.entity_id for device in MIESZKANIE.devices])
    await _say(hass, "Lampa w salonie jest bardzo ładna", "pl")
    assert _state(hass, "light.lampa_salon") == "on"
    assert _layer(hass) == "remark"
