"""Readings of a request from HA's own sentence data (no model, no hass: pure logic).

The words of every language come from `home-assistant-intents`; the homes here are
small lists of exposed entities, named in the user's language as a user would.
"""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.local_slm.agent.decisions import (
    Act,
    ActAll,
    AnswerAbout,
    Ask,
    NotUnderstood,
    Pending,
    Request,
)
from custom_components.local_slm.agent.lexical import leaves_out_how_far, lexical
from custom_components.local_slm.agent.model_rank import _only_choice_that_acts, spoken_label
from custom_components.local_slm.agent.two_commands import coordinated, split_commands
from custom_components.local_slm.assist.numbers import with_digits
from custom_components.local_slm.assist.targets import EntityTarget
from custom_components.local_slm.assist.tool_specs import ToolSpec
from custom_components.local_slm.assist.understanding import (
    Candidate,
    OfferedTool,
    answer_candidates,
    candidates,
    may_be_asked_about,
    names_another_device,
    says_anothers_own_word,
    unknown_words,
)
from custom_components.local_slm.assist.vocabulary import (
    load_vocabulary,
    same_name_word,
    same_word,
)

TEXT: dict[str, Any] = {"type": "string"}
TARGET: dict[str, Any] = {
    "name": TEXT,
    "area": TEXT,
    "floor": TEXT,
    "domain": {"type": "array", "items": TEXT},
}
ON_OFF = frozenset({"light", "switch", "fan", "cover", "lock", "valve", "media_player"})


def _tool(
    name: str,
    domains: frozenset[str],
    extra: dict[str, Any] | None = None,
    required: tuple[str, ...] = (),
) -> OfferedTool:
    properties = {**TARGET, **(extra or {})}
    spec = ToolSpec(
        name, "", {"type": "object", "properties": properties, "required": list(required)}
    )
    return OfferedTool(name, name.rpartition("__")[2], spec, domains)


TOOLS = [
    _tool("intent__HassTurnOn", ON_OFF),
    _tool("intent__HassTurnOff", ON_OFF),
    _tool(
        "light__HassLightSet",
        frozenset({"light"}),
        {"brightness": {"type": "integer"}, "color": TEXT},
    ),
    _tool("vacuum__HassVacuumStart", frozenset({"vacuum"})),
    _tool("vacuum__HassVacuumReturnToBase", frozenset({"vacuum"})),
    _tool("media_player__HassMediaPause", frozenset({"media_player"})),
    _tool("media_player__HassMediaUnpause", frozenset({"media_player"})),
    _tool("todo__HassListAddItem", frozenset({"todo"}), {"item": TEXT}, ("item", "name")),
]


def _entity(entity_id: str, name: str, area: str | None = None) -> EntityTarget:
    return EntityTarget(entity_id, entity_id.split(".")[0], (name,), (area,) if area else ())


HOMES = {
    "en": [
        _entity("light.garden", "Garden Light", "Garden"),
        _entity("valve.irrigation", "Garden Irrigation", "Garden"),
        _entity("vacuum.robo", "Robo", "Living Room"),
        _entity("binary_sensor.motion", "Hall Motion", "Hall"),
        _entity("lock.front", "Front Door", "Hall"),
        _entity("lock.back", "Back Door", "Kitchen"),
        _entity("light.ceiling", "Ceiling Light", "Living Room"),
        _entity("light.entrance", "Entrance Color + White Lights", "Hall"),
        _entity("media_player.speaker", "Kitchen Speaker", "Kitchen"),
        _entity("todo.shopping", "Shopping List"),
    ],
    "fr": [
        _entity("light.plafonnier", "Plafonnier", "Salon"),
        _entity("lock.entree", "Porte d'entrée", "Entrée"),
        _entity("lock.garage", "Porte du garage", "Garage"),
        _entity("vacuum.robot", "Robot", "Salon"),
    ],
    "de": [
        _entity("light.stehlampe", "Stehlampe", "Wohnzimmer"),
        _entity("light.kueche", "Deckenlicht", "Küche"),
        _entity("lock.haustuer", "Haustür", "Flur"),
    ],
}


def _decide(text: str, language: str = "en") -> Any:
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    return lexical(Request(text, language, vocabulary, HOMES[language], TOOLS))


def test_inflections_are_the_same_word() -> None:
    """No per-language stemmer: a shared stem is enough, short words must be equal."""
    assert same_word("vacuuming", "vacuum")
    assert same_word("lumieres", "lumiere")
    assert not same_word("on", "one")
    assert not same_word("start", "state")


def test_a_long_stem_takes_a_four_letter_ending_in_the_vocabulary_only() -> None:
    """Polish 'ustawione' (set, of a thermostat) is HA's 'ustaw'; a name word keeps the
    three-letter ending, so Dutch 'badkamer' does not name the 'Badkamerraam'."""
    polish = load_vocabulary("pl")
    assert polish is not None
    assert "ustaw" in polish.known("ustawione")
    assert not same_word("ustawione", "ustaw")
    assert not same_name_word("badkamer", "badkamerraam")


def test_a_long_stem_may_differ_in_its_last_two_letters() -> None:
    """Portuguese 'destranque' (unlock, said as a wish) is HA's 'destranca': a shared
    stem of six letters or more lets the shorter word differ in two letters, a shorter
    stem in one."""
    assert same_word("destranque", "destranca")
    assert not same_word("schalte", "schalen")


def test_a_verb_in_another_mood_acts_as_ha_s_own() -> None:
    """ "destranque a porta da frente" unlocks it, as "destranca a porta da frente" does."""
    portuguese = load_vocabulary("pt-BR")
    assert portuguese is not None
    front_door = [EntityTarget("lock.front_door", "lock", ("Porta da frente",), ("Sala",))]
    decision = lexical(
        Request("Por favor, destranque a porta da frente", "pt-BR", portuguese, front_door, TOOLS)
    )
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == ("intent__HassTurnOff", "Porta da frente")


def test_vacuuming_reaches_the_vacuum_only() -> None:
    decision = _decide("start vacuuming")
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == ("vacuum__HassVacuumStart", "Robo")


def test_stop_vacuuming_is_not_read_as_start() -> None:
    """'stop' is a telling word no start-vacuum reading explains: not acted on alone."""
    assert not isinstance(_decide("stop vacuuming"), Act)


def test_lock_with_two_locks_asks_which_one() -> None:
    decision = _decide("lock the door")
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Front Door", "Back Door"}


def test_the_area_picks_the_lock() -> None:
    decision = _decide("lock the kitchen door")
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOn"
    assert (
        decision.arguments.get("name") == "Back Door" or decision.arguments.get("area") == "Kitchen"
    )


def test_brightness_is_a_slot_not_an_on() -> None:
    decision = _decide("set the ceiling light to 40 percent")
    assert isinstance(decision, Act)
    assert decision.tool == "light__HassLightSet"
    assert decision.arguments["brightness"] == 40


def test_resume_is_unpause() -> None:
    decision = _decide("resume the music")
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == (
        "media_player__HassMediaUnpause",
        "Kitchen Speaker",
    )


def test_the_item_is_the_words_left_over() -> None:
    decision = _decide("put apples on the shopping list")
    assert isinstance(decision, Act)
    assert decision.tool == "todo__HassListAddItem"
    assert (decision.arguments["name"], decision.arguments["item"]) == ("Shopping List", "apples")


def test_no_free_text_goes_to_an_unnamed_list() -> None:
    """Words nobody understood are never written to a list the user did not name."""
    decision = _decide("the weather is lovely in the garden today")
    assert not (isinstance(decision, Act) and decision.tool == "todo__HassListAddItem")


def test_a_state_question_is_answered_not_acted_on() -> None:
    assert _decide("is the front door locked") == AnswerAbout(("lock.front",), "answer")


@pytest.mark.parametrize(
    ("text", "language", "tool", "name"),
    [
        ("verrouille la porte d'entrée", "fr", "intent__HassTurnOn", "Porte d'entrée"),
        ("allume le plafonnier", "fr", "intent__HassTurnOn", "Plafonnier"),
        ("schalte die Stehlampe aus", "de", "intent__HassTurnOff", "Stehlampe"),
        ("schließ die Haustür ab", "de", "intent__HassTurnOn", "Haustür"),
    ],
)
def test_french_and_german_words_come_from_ha_data(
    text: str, language: str, tool: str, name: str
) -> None:
    decision = _decide(text, language)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == (tool, name)


def test_two_commands_in_one_sentence() -> None:
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    request = Request(
        "allume le plafonnier et verrouille la porte d'entrée", "fr", vocabulary, HOMES["fr"], TOOLS
    )
    decision = split_commands(request)
    assert isinstance(decision, ActAll)
    assert [(a.tool, a.arguments["name"]) for a in decision.acts] == [
        ("intent__HassTurnOn", "Plafonnier"),
        ("intent__HassTurnOn", "Porte d'entrée"),
    ]


SOGGIORNO = [
    EntityTarget("cover.tapparella", "cover", ("Tapparella del soggiorno",), ("Soggiorno",)),
    EntityTarget("cover.camera", "cover", ("Tapparella della camera",), ("Camera",)),
    EntityTarget("light.lampadario", "light", ("Lampadario del soggiorno",), ("Soggiorno",)),
    EntityTarget("light.piantana", "light", ("Piantana",), ("Studio",)),
    EntityTarget("light.scrivania", "light", ("Lampada della scrivania",), ("Studio",)),
]


def test_a_half_that_asks_which_device_is_answered_by_the_whole_sentence() -> None:
    """'spegni il lampadario' alone asks which light; the whole sentence says the
    living room's ('soggiorno'), and both commands are carried out."""
    italian = load_vocabulary("it")
    assert italian is not None
    request = Request(
        "apri la tapparella del soggiorno e spegni il lampadario", "it", italian, SOGGIORNO, TOOLS
    )
    decision = split_commands(request, lexical(request))
    assert isinstance(decision, ActAll)
    assert [(a.tool, a.arguments["name"]) for a in decision.acts] == [
        ("intent__HassTurnOn", "Tapparella del soggiorno"),
        ("intent__HassTurnOff", "Lampadario del soggiorno"),
    ]


STUDY = [
    EntityTarget("switch.heater_plug", "switch", ("Heater plug",), ("Study",)),
    EntityTarget("light.desk_lamp", "light", ("Desk lamp",), ("Study",)),
    EntityTarget("light.ceiling", "light", ("Ceiling light",), ("Study",)),
]
WASHROOM = [
    EntityTarget("switch.wasmachine", "switch", ("Stekker wasmachine",), ("Berging",)),
    EntityTarget("switch.droogkast", "switch", ("Stekker droogkast",), ("Berging",)),
    EntityTarget("light.staande_lamp", "light", ("Staande lamp",), ("Woonkamer",)),
    EntityTarget("media_player.tv", "media_player", ("Tv",), ("Woonkamer",)),
]


@pytest.mark.parametrize(
    ("language", "home", "text", "acts"),
    [
        pytest.param(
            "en",
            STUDY,
            "switch off the heater and the desk lamp",
            [("intent__HassTurnOff", "Heater plug"), ("intent__HassTurnOff", "Desk lamp")],
            id="verb-first",
        ),
        pytest.param(
            "nl",
            WASHROOM,
            "zet de staande lamp en de tv uit",
            [("intent__HassTurnOff", "Staande lamp"), ("intent__HassTurnOff", "Tv")],
            id="verb-last",
        ),
    ],
)
def test_one_verb_for_two_devices_acts_on_both(
    language: str, home: list[EntityTarget], text: str, acts: list[tuple[str, str]]
) -> None:
    """The half that only names a device ("the desk lamp", "zet de staande lamp") takes
    the other half's verb; "heater" names the "Heater plug" only in part."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    decision = split_commands(Request(text, language, vocabulary, home, TOOLS))
    assert isinstance(decision, ActAll)
    assert [(a.tool, a.arguments["name"]) for a in decision.acts] == acts


def test_a_verb_between_the_halves_is_not_lost_to_the_other_ones() -> None:
    """Flemish "zet de wasmachine af en de droogkast aan" ('af': off, not in HA's
    Dutch): the washing machine does not take 'aan' of the dryer's half."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    request = Request("zet de wasmachine af en de droogkast aan", "nl", dutch, WASHROOM, TOOLS)
    assert split_commands(request, lexical(request)) is None


def test_a_rare_name_word_picks_the_device() -> None:
    """'entrance' names one light; 'lights' names them all."""
    decision = _decide("shut off the entrance lights")
    assert isinstance(decision, Act)
    assert decision.arguments["name"] == "Entrance Color + White Lights"


def test_the_light_among_many_asks_which_one() -> None:
    """No name, no area, several lights: HA would ask, so the agent asks."""
    decision = _decide("turn off the light")
    assert isinstance(decision, Ask)
    assert {"Garden Light", "Ceiling Light"} <= set(decision.names)


def test_it_means_the_device_of_the_last_action() -> None:
    """Nothing named, several devices fit: the conversation's last device is meant."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    request = Request("turn it off", "en", vocabulary, HOMES["en"], TOOLS, "Garden Light")
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == ("intent__HassTurnOff", "Garden Light")


def test_alternatives_inside_a_word_are_words_of_the_language() -> None:
    """HA writes "abr(a|e|ir)": "abre" is a Spanish word of opening, not "abr" + "e"."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    assert "abre" in vocabulary.known("abre")
    assert "abr" not in vocabulary.weight


def test_a_state_word_of_one_question_does_not_make_a_command_a_question() -> None:
    """'prise' (plug) is in HA's French state questions, but it is no question word."""
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    assert "prise" not in vocabulary.question_words
    assert "combien" in vocabulary.question_words


def test_a_question_word_asks_only_beside_the_words_its_questions_put_with_it() -> None:
    """Spanish 'marcha' asks in "cómo marcha" (how is it going); "pon en marcha"
    (start) is a command."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    assert "marcha" in vocabulary.question_words
    assert vocabulary.asking_words(["como", "marcha", "la", "tele"]) == ["como", "marcha"]
    assert vocabulary.asking_words(["pon", "en", "marcha", "el", "robot"]) == []


def test_a_word_that_only_begins_like_a_name_does_not_name_it() -> None:
    """'roomba' is not the 'room' of "Living room"; 'lamps' is the 'lamp' of a name."""
    assert not same_name_word("roomba", "room")
    assert same_name_word("lamps", "lamp")
    assert same_name_word("lumieres", "lumiere")


def test_a_command_asked_politely_is_carried_out() -> None:
    """'Peux-tu éteindre le plafonnier ?' ends with a question mark but asks for an action."""
    decision = _decide("Peux-tu éteindre le plafonnier ?", "fr")
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == ("intent__HassTurnOff", "Plafonnier")


def test_a_written_question_no_answer_fits_is_a_command_in_unknown_words() -> None:
    """ "dá pra ligar o ventilador do quarto?" (can you turn the bedroom fan on?) says
    'dá pra' in words HA's sentences lack; nothing about the fan's state is asked."""
    vocabulary = load_vocabulary("pt-BR")
    assert vocabulary is not None
    home = [EntityTarget("fan.teto", "fan", ("Ventilador de teto", "ventilador do quarto"))]
    request = Request("dá pra ligar o ventilador do quarto?", "pt-BR", vocabulary, home, TOOLS)
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == (
        "intent__HassTurnOn",
        "Ventilador de teto",
    )


def test_a_question_in_words_only_state_questions_use_does_nothing() -> None:
    """'who' is a word of HA's "who is home" and of no command: "who turned off the
    ceiling light?" asks, though 'turned off' and the light's name read as a command."""
    decision = _decide("who turned off the ceiling light?")
    assert not isinstance(decision, Act)


PLAYERS = [
    EntityTarget("media_player.kitchen", "media_player", ("Kitchen Radio",), state="idle"),
    EntityTarget("media_player.lounge", "media_player", ("Lounge Speaker",), state="playing"),
]
MEDIA_TOOLS = [
    OfferedTool(
        tool.name,
        tool.intent,
        tool.spec,
        tool.domains,
        frozenset({"playing"}) if tool.intent == "HassMediaPause" else frozenset(),
    )
    for tool in TOOLS
]


def test_pausing_without_a_name_pauses_the_player_that_plays() -> None:
    """As HA's own handler does: pause acts on what is playing, not on every player."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    decision = lexical(Request("pause the music", "en", vocabulary, PLAYERS, MEDIA_TOOLS))
    assert isinstance(decision, Act)
    assert decision.arguments["name"] == "Lounge Speaker"


def test_a_timer_tool_never_takes_a_named_device() -> None:
    """'stop vacuuming' names the vacuum: cancelling a timer is no reading of it."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    cancel = _tool("intent__HassCancelTimer", frozenset())
    cancel = OfferedTool(cancel.name, "HassCancelTimer", ToolSpec(cancel.name, "", {}), None)
    readings = candidates("stop vacuuming", vocabulary, HOMES["en"], [*TOOLS, cancel])
    assert all(r.intent != "HassCancelTimer" or r.score < readings[0].score for r in readings)
    assert not isinstance(
        lexical(Request("stop vacuuming", "en", vocabulary, HOMES["en"], [*TOOLS, cancel])), Act
    )


def test_a_reading_without_a_required_argument_is_no_reading() -> None:
    """Cleaning an area needs the area: "vacuum the house" is a plain start."""
    clean_area = _tool("vacuum__HassVacuumCleanArea", frozenset({"vacuum"}), required=("area",))
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    readings = candidates("vacuum the house", vocabulary, HOMES["en"], [*TOOLS, clean_area])
    assert readings
    assert all(r.intent != "HassVacuumCleanArea" for r in readings)


def test_one_verb_for_two_devices_named_in_full_acts_on_both() -> None:
    """'Schalte die Stehlampe und das Deckenlicht aus': two devices, one command."""
    vocabulary = load_vocabulary("de")
    assert vocabulary is not None
    text = "Schalte die Stehlampe und das Deckenlicht aus"
    request = Request(text, "de", vocabulary, HOMES["de"], TOOLS)
    decision = coordinated(candidates(text, vocabulary, HOMES["de"], TOOLS), request)
    assert isinstance(decision, ActAll)
    assert sorted((a.tool, a.arguments["name"]) for a in decision.acts) == [
        ("intent__HassTurnOff", "Deckenlicht"),
        ("intent__HassTurnOff", "Stehlampe"),
    ]


def test_one_verb_for_a_short_name_and_a_long_one_acts_on_both() -> None:
    """ "éteins le lampadaire et la télé de la chambre": the lamp's one-word name is said
    in full beside the TV's longer one, and 'éteins' reads as pausing the TV as much as
    turning it off; turning off is what both take."""
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    home = [
        EntityTarget("light.lampadaire", "light", ("Lampadaire",), ("Salon",)),
        EntityTarget(
            "media_player.tele", "media_player", ("Télé de la chambre",), ("Chambre",), state="on"
        ),
    ]
    text = "éteins le lampadaire et la télé de la chambre"
    request = Request(text, "fr", vocabulary, home, MEDIA_TOOLS)
    decision = coordinated(candidates(text, vocabulary, home, MEDIA_TOOLS), request)
    assert isinstance(decision, ActAll)
    assert sorted((a.tool, a.arguments["name"]) for a in decision.acts) == [
        ("intent__HassTurnOff", "Lampadaire"),
        ("intent__HassTurnOff", "Télé de la chambre"),
    ]


def test_two_verbs_for_two_devices_are_not_one_verb_for_both() -> None:
    """'close the living room blinds and turn on the floor lamp': the lamp has a verb of
    its own, so the close is not done to both (both readings explain 'turn on')."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    home = [
        EntityTarget("cover.blinds", "cover", ("Living room blinds",), ("Living Room",)),
        EntityTarget("light.floor", "light", ("Floor lamp",), ("Living Room",)),
    ]
    text = "close the living room blinds and turn on the floor lamp"
    request = Request(text, "en", vocabulary, home, TOOLS)
    assert coordinated(candidates(text, vocabulary, home, TOOLS), request) is None


def test_a_floor_names_the_devices_on_it() -> None:
    """'all the lights upstairs': the floor's lights, through HA's floor argument."""
    home = [
        EntityTarget("light.desk", "light", ("Desk Lamp",), ("Office",), ("Upstairs",)),
        EntityTarget("light.bed", "light", ("Bed Lamp",), ("Bedroom",), ("Upstairs",)),
        EntityTarget("light.hall", "light", ("Hall Light",), ("Hall",), ("Ground floor",)),
    ]
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    decision = lexical(Request("turn off the lights upstairs", "en", vocabulary, home, TOOLS))
    assert isinstance(decision, Act)
    assert decision.arguments == {"floor": "Upstairs", "domain": ["light"]}


def test_a_number_the_reading_would_drop_keeps_it_from_acting() -> None:
    """'bring the ceiling light down to 30 percent' is no plain turn-off: 30 is a value."""
    decision = _decide("bring the ceiling light down to 30 percent")
    assert not (isinstance(decision, Act) and decision.tool == "intent__HassTurnOff")


def test_the_list_said_by_the_intents_own_word_is_no_list_named() -> None:
    """'add salt to the list' with two lists: 'list' names none of them, so it asks."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    home = [*HOMES["en"], _entity("todo.chores", "Chores")]
    decision = lexical(Request("add salt to the list", "en", vocabulary, home, TOOLS))
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Shopping List", "Chores"}


def test_a_word_for_a_kind_of_device_does_not_name_the_one_aliased_with_it() -> None:
    """'Mach das Licht aus' says a light: the "Deckenlicht" is one as much as the light
    aliased "Licht in der Küche", so it asks which one."""
    home = [
        EntityTarget("light.kueche", "light", ("Küchenlicht", "Licht in der Küche"), ("Küche",)),
        EntityTarget("light.decke", "light", ("Deckenlicht",), ("Wohnzimmer",)),
        EntityTarget("light.stehlampe", "light", ("Stehlampe",), ("Wohnzimmer",)),
    ]
    vocabulary = load_vocabulary("de")
    assert vocabulary is not None
    decision = lexical(Request("Mach das Licht aus", "de", vocabulary, home, TOOLS))
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Küchenlicht", "Deckenlicht"}


def test_a_word_for_a_kind_that_one_name_holds_names_that_device() -> None:
    """'doe de screens dicht': 'screens' is a Dutch word of every cover in HA's data, but
    only the "Screens woonkamer" is called so; the shutter is not."""
    home = [
        EntityTarget("cover.screens", "cover", ("Screens woonkamer",), ("Woonkamer",)),
        EntityTarget("cover.rolluik", "cover", ("Rolluik slaapkamer",), ("Slaapkamer",)),
    ]
    vocabulary = load_vocabulary("nl")
    assert vocabulary is not None
    decision = lexical(Request("doe de screens dicht", "nl", vocabulary, home, TOOLS))
    assert isinstance(decision, Act)
    assert decision.arguments["name"] == "Screens woonkamer"


def test_a_device_class_word_picks_the_only_device_of_that_class() -> None:
    """'open the garage': one cover is a garage door, the other a shade."""
    cover_tools = [_tool("intent__HassTurnOn", frozenset({"cover"}))]
    home = [
        EntityTarget("cover.garage", "cover", ("Garage door",), device_class="garage"),
        EntityTarget("cover.shades", "cover", ("Bedroom shades",), device_class="shade"),
    ]
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    decision = lexical(Request("open the garage", "en", vocabulary, home, cover_tools))
    assert isinstance(decision, Act)
    assert decision.arguments["name"] == "Garage door"


def test_a_number_said_in_words_is_a_value() -> None:
    """'fifty percent' is 50, spelled by CLDR's rules for the language, not a list of ours."""
    decision = _decide("set the ceiling light to fifty percent")
    assert isinstance(decision, Act)
    assert decision.tool == "light__HassLightSet"
    assert decision.arguments["brightness"] == 50


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "set it to twenty-one degrees", "set it to 21 degrees"),
        ("fr", "mets la lampe à cinquante pour cent", "mets la lampe à 50 pour cent"),
        ("de", "Stelle die Heizung auf einundzwanzig Grad", "Stelle die Heizung auf 21 Grad"),
        ("es", "pon la luz al cincuenta por ciento", "pon la luz al 50 por ciento"),
        ("nl", "zet de lamp op vijftig procent", "zet de lamp op 50 procent"),
        ("fr", "allume une lampe", "allume une lampe"),
    ],
)
def test_numbers_in_words_become_digits_in_any_language(
    language: str, text: str, expected: str
) -> None:
    """Articles ('une', 'een', 'a') stay words, and so does the 'cent' of 'pour cent'."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    assert with_digits(text, vocabulary.number_words, vocabulary.weight.keys()) == expected


TIMER = OfferedTool(
    "intent__HassStartTimer",
    "HassStartTimer",
    ToolSpec(
        "intent__HassStartTimer",
        "",
        {
            "type": "object",
            "properties": {
                "name": TEXT,
                "hours": {"type": "integer"},
                "minutes": {"type": "integer"},
                "seconds": {"type": "integer"},
            },
        },
    ),
    None,
)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "lance un minuteur de 10 minutes", {"minutes": 10}),
        ("en", "countdown for 45 seconds", {"seconds": 45}),
        ("de", "Stell einen Timer auf 2 Stunden", {"hours": 2}),
    ],
)
def test_the_unit_after_a_number_says_which_slot_it_fills(
    language: str, text: str, expected: dict[str, int]
) -> None:
    """Hours, minutes and seconds are all numbers: the word HA's sentences put after
    each slot places the number, in any language; a timer names no device."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    decision = lexical(Request(text, language, vocabulary, HOMES[language], [*TOOLS, TIMER]))
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments) == ("intent__HassStartTimer", expected)


@pytest.mark.parametrize(
    ("language", "joiners"),
    [("pt-BR", {"e"}), ("fr", {"et"}), ("es", {"y"}), ("en", set()), ("de", set())],
)
def test_the_words_joining_a_spelled_number_come_from_cldr(
    language: str, joiners: set[str]
) -> None:
    """'e' of "vinte e um" joins two numbers and spells none alone; English and German
    spell 21 without one."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    assert vocabulary.number_joiners == joiners


def test_an_amount_going_on_in_an_unknown_word_starts_no_timer() -> None:
    """ "um minuto e meio" is a minute and a half: 'meio' is no word of HA's Portuguese,
    and a timer of one minute would be a wrong one."""
    portuguese = load_vocabulary("pt-BR")
    assert portuguese is not None
    request = Request(
        "marca um timer de um minuto e meio", "pt-BR", portuguese, HOMES["en"], [TIMER]
    )
    assert lexical(request) == NotUnderstood("amount-goes-on")


def test_an_amount_going_on_in_a_number_is_read_whole() -> None:
    """The 'e' of "um minuto e trinta segundos" joins a number: one minute and thirty
    seconds."""
    portuguese = load_vocabulary("pt-BR")
    assert portuguese is not None
    request = Request(
        "marca um timer de um minuto e trinta segundos",
        "pt-BR",
        portuguese,
        HOMES["en"],
        [TIMER],
    )
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert decision.arguments == {"minutes": 1, "seconds": 30}


def test_a_percent_sign_places_the_number_in_the_brightness() -> None:
    """A light tool takes a brightness and a colour temperature: '70%' is a brightness."""
    light_set = _tool(
        "light__HassLightSet",
        frozenset({"light"}),
        {"brightness": {"type": "integer"}, "temperature": {"type": "integer"}},
    )
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    request = Request(
        "règle la luminosité du plafonnier sur 70%", "fr", vocabulary, HOMES["fr"], [light_set]
    )
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert decision.arguments["brightness"] == 70
    assert "temperature" not in decision.arguments


def test_a_place_said_alone_does_not_name_the_device_called_after_it() -> None:
    """'abre la terraza': the terrace holds an awning and the "Riego de la terraza"
    valve; the place's word in the valve's name does not make it the one meant."""
    home = [
        EntityTarget("cover.toldo", "cover", ("Toldo",), ("Terraza",), device_class="awning"),
        EntityTarget("valve.riego", "valve", ("Riego de la terraza",), ("Terraza",)),
    ]
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    decision = lexical(Request("abre la terraza", "es", vocabulary, home, TOOLS))
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Toldo", "Riego de la terraza"}


def test_a_colour_left_out_weighs_as_much_as_the_colour_word_tells() -> None:
    """'rot' is a value of HA's colour list, used by few of HassLightSet's sentences:
    leaving it out ('mach … an') weighs its whole weight, so the colour reading leads."""
    vocabulary = load_vocabulary("de")
    assert vocabulary is not None
    readings = candidates("Mach die Stehlampe rot", vocabulary, HOMES["de"], TOOLS)
    assert readings[0].intent == "HassLightSet"
    assert readings[0].arguments["color"] == "red"
    turn_on = next(r for r in readings if r.intent == "HassTurnOn")
    assert turn_on.conflict == pytest.approx(vocabulary.weight["rot"])


def test_a_yes_no_its_handler_fills_is_no_value_the_request_must_set() -> None:
    """HA's mute tool takes an untyped 'is_volume_muted' its handler sets itself: "coupe le
    son de l'enceinte" mutes the speaker, where it was once no reading at all."""
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    mute = _tool(
        "media_player__HassMediaPlayerMute",
        frozenset({"media_player"}),
        {"is_volume_muted": {"description": "Whether the media player should be muted"}},
    )
    home = [*HOMES["fr"], _entity("media_player.salon", "Salon", "Salon")]
    decision = lexical(
        Request("coupe le son de l'enceinte", "fr", vocabulary, home, [*TOOLS, mute])
    )
    assert isinstance(decision, Act)
    assert decision.tool == "media_player__HassMediaPlayerMute"
    assert decision.arguments["name"] == "Salon"


POSITION = _tool(
    "intent__HassSetPosition",
    frozenset({"cover", "valve"}),
    {"position": {"type": "integer", "minimum": 0, "maximum": 100}},
    ("position",),
)


def test_an_on_off_with_a_word_nobody_knows_does_not_act() -> None:
    """'moitié' is in no HA sentence and no name, and a shutter takes a position: opening
    it fully would be a wrong action, so the agent does not act on its own."""
    vocabulary = load_vocabulary("fr")
    assert vocabulary is not None
    home = [*HOMES["fr"], _entity("cover.volet", "Volet du salon", "Salon")]
    tools = [*TOOLS, POSITION]
    said = Request("ouvre le volet du salon à moitié", "fr", vocabulary, home, tools)
    assert lexical(said) == NotUnderstood("unknown-words")
    plain = lexical(Request("ouvre le volet du salon", "fr", vocabulary, home, tools))
    assert isinstance(plain, Act)
    assert plain.tool == "intent__HassTurnOn"


def test_hass_words_for_an_amount_are_words_no_on_off_uses() -> None:
    """'half' (of a half hour) and 'helft' (half brightness) say an amount in HA's Dutch;
    'een' spells the number one, and 'licht' is a colour temperature and a light."""
    vocabulary = load_vocabulary("nl")
    assert vocabulary is not None
    assert {"half", "helft", "maximum"} <= vocabulary.amount_words
    assert not {"een", "licht", "aan", "uit"} & vocabulary.amount_words


def test_an_on_off_that_leaves_out_how_far_does_not_act() -> None:
    """'halfweg' is HA's 'half': opening the awning fully would drop how far it goes,
    whichever reading the words or the model pick; "doe de zonnetent uit" may open it."""
    vocabulary = load_vocabulary("nl")
    assert vocabulary is not None
    home = [_entity("cover.zonnetent", "Zonnetent", "Terras")]
    tools = [*TOOLS, POSITION]
    halfway = Request("doe de zonnetent halfweg uit", "nl", vocabulary, home, tools)
    opening = next(c for c in candidates(halfway.text, vocabulary, home, tools))
    assert opening.intent in ("HassTurnOn", "HassTurnOff")
    assert leaves_out_how_far(opening, halfway, unknown_too=False)
    plain = Request("doe de zonnetent uit", "nl", vocabulary, home, tools)
    assert not leaves_out_how_far(opening, plain, unknown_too=False)


def test_names_and_numbers_are_no_unknown_words() -> None:
    """Only words that neither HA's data nor the home know count; elisions do not."""
    vocabulary = load_vocabulary("en")
    assert vocabulary is not None
    home = [_entity("cover.awning", "Awning", "Deck")]
    assert unknown_words("open the awning on the deck to 40", vocabulary, home) == []
    assert unknown_words("we're winding the awning", vocabulary, home) == ["winding"]


def test_the_item_runs_up_to_the_word_that_follows_it_in_has_sentences() -> None:
    """'a' follows the item in HA's Spanish sentences: the item is "revisar la caldera"
    with its own 'la', and 'mis' leads to the list's name."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    home = [_entity("todo.tareas", "Tareas"), _entity("todo.compra", "Lista de la compra")]
    said = Request("añade revisar la caldera a mis tareas", "es", vocabulary, home, TOOLS)
    decision = lexical(said)
    assert isinstance(decision, Act)
    assert decision.tool == "todo__HassListAddItem"
    assert decision.arguments["name"] == "Tareas"
    assert decision.arguments["item"] == "revisar la caldera"


def test_the_item_ends_at_a_small_word_one_letter_from_one_of_has() -> None:
    """HA's Portuguese puts 'na' after the item; 'nas' (plural, before "tarefas") ends the
    item too, and is no part of it."""
    vocabulary = load_vocabulary("pt-BR")
    assert vocabulary is not None
    home = [_entity("todo.tarefas", "Tarefas de casa"), _entity("todo.compras", "Compras")]
    text = "adiciona consertar o chuveiro nas tarefas de casa"
    readings = candidates(text, vocabulary, home, TOOLS)
    added = next(c for c in readings if c.intent == "HassListAddItem")
    assert added.arguments["name"] == "Tarefas de casa"
    assert added.arguments["item"] == "consertar o chuveiro"


def test_a_name_said_in_part_then_a_word_nobody_knows_names_another_device() -> None:
    """'lounge heater' is not the "Lounge room" player; the small 'de' of "Lámpara de pie"
    followed by a floor ('abajo') is no other device."""
    english = load_vocabulary("en")
    spanish = load_vocabulary("es")
    assert english is not None and spanish is not None
    player = [_entity("media_player.lounge", "Lounge room", "Lounge")]
    assert names_another_device(
        "turn the lounge heater up to 22", english, player, ["media_player.lounge"]
    )
    lamp = [EntityTarget("light.pie", "light", ("Lámpara de pie",), ("Salón",), ("Abajo",))]
    assert not names_another_device("apaga todas las luces de abajo", spanish, lamp, ["light.pie"])


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("is the back door open", "binary_sensor.back_door"),
        ("Is the back door locked?", "lock.back_door"),
        ("la porte de derrière est-elle ouverte ?", "binary_sensor.back_door"),
        ("la porte de derrière est-elle verrouillée ?", "lock.back_door"),
    ],
)
def test_a_question_is_about_the_device_whose_states_it_names(question: str, about: str) -> None:
    """A lock and a door sensor both named "Back door": 'open' asks the sensor, 'locked'
    the lock ('door' is a word of lock questions, but here it is the name's word)."""
    language = "fr" if "porte" in question else "en"
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    name = "Porte de derrière" if language == "fr" else "Back door"
    home = [
        EntityTarget("lock.back_door", "lock", (name,), ("Kitchen",)),
        EntityTarget("binary_sensor.back_door", "binary_sensor", (name,), ("Kitchen",), "door"),
    ]
    best = answer_candidates(question, vocabulary, home)[0]
    assert best.entity_ids == (about,)


LIST_TOOLS = [
    _tool("todo__HassListAddItem", frozenset({"todo"}), {"item": TEXT}, ("item", "name")),
    _tool("todo__HassListCompleteItem", frozenset({"todo"}), {"item": TEXT}, ("item", "name")),
]


def _list(items: tuple[str, ...] | None) -> EntityTarget:
    return EntityTarget("todo.groceries", "todo", ("Groceries",), open_items=items)


def _list_readings(text: str, items: tuple[str, ...] | None, intent: str) -> list[Candidate]:
    """The readings of `intent` for a list "Groceries" holding `items` open."""
    en = load_vocabulary("en")
    assert en is not None
    return [c for c in candidates(text, en, [_list(items)], LIST_TOOLS) if c.intent == intent]


def test_completing_names_the_open_item_as_the_list_spells_it() -> None:
    """'tick off tea on groceries' completes the list's own "Tea"."""
    completing = _list_readings(
        "tick off tea on groceries", ("Tea", "Biscuits"), "HassListCompleteItem"
    )
    assert [c.arguments["item"] for c in completing] == ["Tea"]


def test_an_item_not_on_the_list_cannot_be_completed() -> None:
    """Nothing open is said: there is nothing to complete."""
    assert not _list_readings("check off tea on groceries", ("Biscuits",), "HassListCompleteItem")


def test_with_unknown_items_completing_takes_the_words_said() -> None:
    """A list whose items could not be read keeps the reading of the words."""
    assert _list_readings("check off tea on groceries", None, "HassListCompleteItem")


def test_a_new_item_needs_a_word_that_says_to_add() -> None:
    """'stick bin bags on the groceries list': 'on the … list' says completing as much as
    adding, and 'stick' is no word of HA's; no new item 'stick bin bags'."""
    assert not _list_readings("stick bin bags on the groceries list", ("Tea",), "HassListAddItem")


def test_a_new_item_may_hold_an_open_one() -> None:
    """'add oat milk to groceries' adds "oat milk", though "Milk" is open."""
    en = load_vocabulary("en")
    assert en is not None
    decision = lexical(
        Request("add oat milk to groceries", "en", en, [_list(("Milk",))], LIST_TOOLS)
    )
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["item"]) == ("todo__HassListAddItem", "oat milk")


def test_a_name_said_whole_is_not_another_devices_name_said_in_part() -> None:
    """'hoover the flat' names the "Hoover" in full; the "Hoover plug" only by the same
    word, which HA's matcher would not take for it either."""
    en = load_vocabulary("en")
    assert en is not None
    home = [_entity("vacuum.hoover", "Hoover"), _entity("switch.hoover_plug", "Hoover plug")]
    readings = candidates("hoover the flat", en, home, TOOLS)
    assert readings
    assert {e for c in readings for e in c.entity_ids} == {"vacuum.hoover"}


def test_a_places_reading_names_its_devices_to_the_model() -> None:
    """'turn on Garden' would sound the same for the light and the sprinkler there."""
    reading = Candidate(
        "intent__HassTurnOn",
        "HassTurnOn",
        {"area": "Garden", "domain": ["valve"]},
        ("valve.garden",),
        "HassTurnOn Garden valve",
        1.0,
        1.0,
        ("Garden",),
    )
    assert spoken_label(reading, {"valve.garden": "Garden sprinkler"}) == ("open Garden sprinkler")


@pytest.mark.parametrize(
    ("intent", "domain", "label"),
    [
        ("HassTurnOn", "cover", "open Awning"),
        ("HassTurnOff", "cover", "close Awning"),
        ("HassTurnOn", "light", "turn on Awning"),
    ],
)
def test_the_model_hears_what_on_and_off_do_to_a_cover(
    intent: str, domain: str, label: str
) -> None:
    """HA's handler opens a cover on HassTurnOn: "despliega el toldo" is weighed against
    opening and closing it, not against turning it on and off."""
    reading = Candidate(
        f"intent__{intent}",
        intent,
        {"name": "Awning", "domain": [domain]},
        (),
        "",
        1.0,
        1.0,
        ("Awning",),
    )
    assert spoken_label(reading) == label


def test_an_alias_said_in_part_names_no_other_device_when_a_name_is_said_whole() -> None:
    """'get the hoover going' says the "Hoover" whole; its alias 'robot hoover' said in
    part, before a word HA's sentences lack, is no other device."""
    en = load_vocabulary("en")
    assert en is not None
    hoover = [EntityTarget("vacuum.hoover", "vacuum", ("Hoover", "robot hoover"))]
    assert not names_another_device("get the hoover going", en, hoover, ["vacuum.hoover"])


def test_a_polite_lead_in_is_no_part_of_the_item() -> None:
    """'could you' stands before the verb in no sentence of HA's for adding, yet both
    are words HA's sentences know: the item is what follows the verb."""
    adding = _list_readings("could you add coffee to groceries", None, "HassListAddItem")
    assert adding
    assert adding[0].arguments["item"] == "coffee"


def test_an_item_named_in_a_clause_before_the_command_is_that_clauses_word() -> None:
    """ "we've run out of coffee, add it to groceries": 'it' stands for the item the
    first clause names, in words HA's sentences never use ('coffee'), not for 'it' nor
    the whole clause."""
    readings = _list_readings(
        "we've run out of coffee, add it to groceries", None, "HassListAddItem"
    )
    assert [r.arguments["item"] for r in readings] == ["coffee"]


def test_an_item_named_before_the_command_in_the_same_clause_is_not_guessed() -> None:
    assert not _list_readings(
        "we've run out of coffee so add it to groceries", None, "HassListAddItem"
    )


def test_a_command_that_names_its_item_does_not_take_one_from_an_earlier_clause() -> None:
    readings = _list_readings(
        "we've run out of coffee, add oat milk to groceries", None, "HassListAddItem"
    )
    assert [r.arguments["item"] for r in readings] == ["oat milk"]


def test_an_item_with_no_word_of_ha_before_it_is_not_guessed() -> None:
    """ "pop biscuits on groceries": 'pop' is a verb HA's sentences lack, so nothing
    tells where the item starts; "pop biscuits" would be a wrong item."""
    assert not _list_readings("pop biscuits on groceries", None, "HassListAddItem")


def test_an_item_ends_where_the_lists_name_starts_with_a_function_word() -> None:
    """A list named "To do" is named by 'do' ('to' names nothing alone), yet its name
    starts at 'to': the item of "add ring mum to my to do list" is "ring mum"."""
    en = load_vocabulary("en")
    assert en is not None
    to_do = [EntityTarget("todo.to_do", "todo", ("To do",))]
    readings = candidates("add ring mum to my to do list", en, to_do, LIST_TOOLS)
    adding = [r for r in readings if r.intent == "HassListAddItem"]
    assert [r.arguments["item"] for r in adding] == ["ring mum"]


def test_one_unknown_word_after_the_verb_is_neither_item_guessed() -> None:
    """ "we're out of milk, add eggs to groceries" names its own item and "…, add them to
    groceries" a pronoun; HA's sentences use neither 'eggs' nor 'them', so neither
    'milk' nor the word is added."""
    for text in (
        "we're out of milk, add eggs to groceries",
        "we're out of milk, add them to groceries",
    ):
        assert not _list_readings(text, None, "HassListAddItem"), text


def test_no_item_runs_across_a_comma() -> None:
    """Dutch 'zet' is in most of HA's Dutch sentences, so no verb ends the first clause
    of "de koffie is op, zet die op de boodschappenlijst": the words up to the list's
    name are no item."""
    nl = load_vocabulary("nl")
    assert nl is not None
    lists = [EntityTarget("todo.boodschappen", "todo", ("Boodschappenlijst",))]
    readings = candidates("de koffie is op, zet die op de boodschappenlijst", nl, lists, LIST_TOOLS)
    assert not [r for r in readings if r.intent == "HassListAddItem"]


def test_a_list_named_in_full_by_an_intent_word_is_named() -> None:
    """HA's Dutch sentences say 'boodschappenlijst' after a list's name; said alone, it
    is the whole name of the "Boodschappenlijst", not a word naming no list (the other
    list ties it, and the agent asked which)."""
    nl = load_vocabulary("nl")
    assert nl is not None
    lists = [
        EntityTarget("todo.boodschappen", "todo", ("Boodschappenlijst",)),
        EntityTarget("todo.klusjes", "todo", ("Klusjes",)),
    ]
    readings = candidates("zet koffie op de boodschappenlijst", nl, lists, LIST_TOOLS)
    adding = [r for r in readings if r.intent == "HassListAddItem"]
    assert [(r.entity_ids, r.arguments["item"]) for r in adding] == [
        (("todo.boodschappen",), "koffie")
    ]


def test_a_room_said_whole_is_no_name_of_a_device_elsewhere() -> None:
    """'chambre' of "mets la chambre parentale à 50 %" is a word of the room said whole,
    not a name of the "Température chambre Léa" in another room: the readings are of
    the room's devices."""
    fr = load_vocabulary("fr")
    assert fr is not None
    room = ("Chambre parentale",)
    home = [
        EntityTarget("cover.volet", "cover", ("Volet de la chambre",), room),
        EntityTarget("fan.ventilateur", "fan", ("Ventilateur",), room),
        EntityTarget(
            "sensor.temperature_lea", "sensor", ("Température chambre Léa",), ("Chambre de Léa",)
        ),
    ]
    tools = [
        _tool("intent__HassSetPosition", frozenset({"cover"}), {"position": {"type": "integer"}}),
        _tool("fan__HassFanSetSpeed", frozenset({"fan"}), {"percentage": {"type": "integer"}}),
    ]
    readings = candidates("mets la chambre parentale à 50 %", fr, home, tools)
    assert {c.intent for c in readings} == {"HassSetPosition", "HassFanSetSpeed"}
    assert readings[0].arguments["area"] == "Chambre parentale"


def test_a_listed_value_fills_the_slot_its_unit_says() -> None:
    """HA's Italian timers say half an hour and half a minute with one list ('mezz' →
    30): the word after it ('ora') makes it 30 minutes, never 30 seconds too."""
    italian = load_vocabulary("it")
    assert italian is not None
    decision = lexical(Request("avvia un timer per mezz'ora", "it", italian, [], [TIMER]))
    assert isinstance(decision, Act)
    assert decision.arguments == {"minutes": 30}


STEP: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "enum": ["up", "down"]},
        {"type": "integer", "minimum": -100, "maximum": 100},
    ]
}
VOLUME_TOOLS = [
    _tool(
        "media_player__HassSetVolumeRelative",
        frozenset({"media_player"}),
        {"volume_step": STEP},
        ("volume_step",),
    ),
    _tool(
        "media_player__HassSetVolume",
        frozenset({"media_player"}),
        {"volume_level": {"type": "integer"}},
        ("volume_level",),
    ),
    _tool("media_player__HassMediaPlayerUnmute", frozenset({"media_player"})),
]
RADIO = [EntityTarget("media_player.radio", "media_player", ("Küchenradio", "Radio"))]


def test_louder_turns_the_volume_up() -> None:
    """'lauter' is a value of HA's German volume steps (up), not an inflection of the
    'laut' of unmuting: the radio's volume goes up."""
    german = load_vocabulary("de")
    assert german is not None
    decision = lexical(Request("Mach das Küchenradio lauter", "de", german, RADIO, VOLUME_TOOLS))
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["volume_step"]) == (
        "media_player__HassSetVolumeRelative",
        "up",
    )


def test_a_reading_that_drops_the_number_said_does_not_act() -> None:
    """ "leiser auf 20 Prozent" reads best as a step down, which leaves the 20 out while
    setting the volume to 20 is a reading of the same radio: neither acts on words alone."""
    german = load_vocabulary("de")
    assert german is not None
    decision = lexical(
        Request("Mach das Radio leiser auf 20 Prozent", "de", german, RADIO, VOLUME_TOOLS)
    )
    assert decision == NotUnderstood("number-dropped")


def test_the_state_a_command_leaves_says_the_command() -> None:
    """HA's French words for a lock's states ('fermé à clé' → locked) say locking,
    which HA's turn-on does to a lock; 'ferme' alone reads as turning it off, which
    would unlock it."""
    french = load_vocabulary("fr")
    assert french is not None
    door = [EntityTarget("lock.door", "lock", ("Porte du garage",))]
    decision = lexical(Request("ferme la porte du garage à clé", "fr", french, door, TOOLS))
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOn"


def test_closing_a_lock_is_never_read_as_unlocking_it() -> None:
    """HA locks a lock on turn-on; 'close' is a word of a cover's turn-off, which said
    of a lock would unlock it. Words of other kinds of device say nothing of a lock."""
    english = load_vocabulary("en")
    assert english is not None
    door = [EntityTarget("lock.back_door", "lock", ("Back door",))]
    decision = lexical(Request("close the back door", "en", english, door, TOOLS))
    assert not (isinstance(decision, Act) and decision.tool == "intent__HassTurnOff")


def test_the_words_of_a_state_name_no_device() -> None:
    """'op slot' (locked) of "doe de deur op slot" is no name of the "Slot voordeur":
    both doors are named alike by 'deur', and the agent asks which."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    doors = [
        EntityTarget("lock.voordeur", "lock", ("Slot voordeur",)),
        EntityTarget("lock.schuurdeur", "lock", ("Schuurdeur",)),
    ]
    decision = lexical(Request("doe de deur op slot", "nl", dutch, doors, TOOLS))
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Slot voordeur", "Schuurdeur"}


def test_a_value_has_blocks_fix_is_read_from_their_words() -> None:
    """HA's Spanish sentences fix the volume step per block ('sube' → up): "sube un poco
    el volumen del altavoz" turns the speaker up."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    speaker = [EntityTarget("media_player.altavoz", "media_player", ("Altavoz",))]
    decision = lexical(
        Request("sube un poco el volumen del altavoz", "es", spanish, speaker, VOLUME_TOOLS)
    )
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["volume_step"]) == (
        "media_player__HassSetVolumeRelative",
        "up",
    )


def test_has_words_for_a_percentage_set_any_percentage() -> None:
    """'de helft' is 50 in HA's Dutch brightness words; said of a shutter it sets the
    position to 50, not open or closed."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    shutter = [EntityTarget("cover.rolluik", "cover", ("Rolluik",))]
    decision = lexical(
        Request("zet het rolluik op de helft", "nl", dutch, shutter, [*TOOLS, POSITION])
    )
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["position"]) == ("intent__HassSetPosition", 50)


def test_a_lock_is_never_unlocked_because_locking_it_would_change_nothing() -> None:
    """Locking and unlocking tie for "close the back door"; said to a locked door, the
    reading that changes something would unlock it, so neither is chosen by that."""
    english = load_vocabulary("en")
    assert english is not None
    door = [EntityTarget("lock.back_door", "lock", ("Back door",), state="locked")]
    readings = [
        c
        for c in candidates("close the back door", english, door, TOOLS)
        if c.intent in ("HassTurnOn", "HassTurnOff")
    ]
    unlocking = next(c for c in readings if c.intent == "HassTurnOff")
    request = Request("close the back door", "en", english, door, TOOLS)
    assert not _only_choice_that_acts(unlocking, {"HassTurnOn"}, readings, request)


def test_a_question_word_in_a_clear_command_asks_nothing() -> None:
    """Dutch 'wat' is 'what' and 'a bit': "zet de speaker wat harder", with no question
    mark, says turning the speaker up far better than any question, and does it."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    speaker = [EntityTarget("media_player.speaker", "media_player", ("Speaker",))]
    decision = lexical(Request("zet de speaker wat harder", "nl", dutch, speaker, VOLUME_TOOLS))
    assert isinstance(decision, Act)
    assert decision.arguments["volume_step"] == "up"


def test_a_timer_without_a_duration_is_no_reading() -> None:
    """HA's handler fails a timer without hours, minutes or seconds: "pon un temporizador
    para la pasta" says no duration, so it starts nothing."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    readings = candidates("pon un temporizador para la pasta", spanish, [], [TIMER])
    assert not [r for r in readings if r.intent == "HassStartTimer"]


def test_a_word_nobody_knows_says_no_amount_to_a_switch() -> None:
    """Dutch 'eens' is in no HA sentence; a coffee machine takes no amount it could say,
    so "Zet de koffiemachine eens aan" turns it on."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    machine = [EntityTarget("switch.koffie", "switch", ("Koffiemachine",))]
    decision = lexical(
        Request("Zet de koffiemachine eens aan", "nl", dutch, machine, [*TOOLS, POSITION])
    )
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOn"


def test_a_polite_question_mark_around_a_clear_command_is_a_command() -> None:
    """ "¿Puede encender la tele del dormitorio?": a question mark, and 'puede' outside
    the command's words; the words say turning the TV on far better than a question."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    tv = [EntityTarget("media_player.tele", "media_player", ("Tele del dormitorio",))]
    decision = lexical(Request("¿Puede encender la tele del dormitorio?", "es", spanish, tv, TOOLS))
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOn"


NAMESAKES = [
    _entity("light.bedside_bedroom", "Bedside lamp", "Bedroom"),
    _entity("light.bedside_spare", "Bedside lamp", "Spare room"),
]


def test_a_name_two_devices_share_is_sent_with_the_area_that_tells_them_apart() -> None:
    """HA's handler matches "Bedside lamp" alone to both lamps and fails; the area said
    picks one, and the call names that area too."""
    en = load_vocabulary("en")
    assert en is not None
    decision = lexical(
        Request("turn on the bedside lamp in the bedroom", "en", en, NAMESAKES, TOOLS)
    )
    assert isinstance(decision, Act)
    assert decision.arguments["name"] == "Bedside lamp"
    assert decision.arguments["area"] == "Bedroom"


def test_a_name_of_its_own_is_sent_alone() -> None:
    """No other device is called "Ceiling Light": the name alone finds it."""
    decision = _decide("turn on the ceiling light")
    assert isinstance(decision, Act)
    assert "area" not in decision.arguments


def test_asking_between_namesakes_names_their_rooms() -> None:
    """ "Bedside lamp or Bedside lamp?" asks nothing: the rooms tell them apart."""
    en = load_vocabulary("en")
    assert en is not None
    decision = lexical(Request("turn on the bedside lamp", "en", en, NAMESAKES, TOOLS))
    assert isinstance(decision, Ask)
    assert set(decision.names) == {"Bedside lamp (Bedroom)", "Bedside lamp (Spare room)"}


CLIMATE_TOOLS = [
    *TOOLS,
    _tool(
        "climate__HassClimateSetTemperature",
        frozenset({"climate"}),
        {"temperature": {"type": "number"}},
    ),
]
THERMOSTAT = [_entity("climate.thermostat", "Thermostat", "Hall")]


def _climate_decision(text: str) -> Any:
    en = load_vocabulary("en")
    assert en is not None
    return lexical(Request(text, "en", en, THERMOSTAT, CLIMATE_TOOLS))


def test_an_amount_said_with_chatter_is_a_command() -> None:
    """The talk around "turn the thermostat down to 17" is no question about it."""
    decision = _climate_decision("turn the thermostat down to 17, it's roasting in here")
    assert not isinstance(decision, AnswerAbout)


def test_a_question_about_an_amount_is_answered() -> None:
    """ "Is the thermostat set to 20?" asks; it sets nothing."""
    decision = _climate_decision("is the thermostat set to 20?")
    assert isinstance(decision, AnswerAbout)


def test_a_timers_duration_is_no_item_for_a_list() -> None:
    """'12 minutes' has the unit of a timer's slot: "put a timer on for 12 minutes" adds
    nothing to a list, while "add 12 eggs to groceries" does."""
    en = load_vocabulary("en")
    assert en is not None
    tools = [*LIST_TOOLS, TIMER]
    timer = candidates("put a timer on for 12 minutes", en, [_list(None)], tools)
    assert not [c for c in timer if c.intent == "HassListAddItem"]
    eggs = candidates("add 12 eggs to groceries", en, [_list(None)], tools)
    assert [c.arguments["item"] for c in eggs if c.intent == "HassListAddItem"] == ["12 eggs"]


MUTE_TOOLS = [
    _tool("media_player__HassMediaPlayerMute", frozenset({"media_player"})),
    _tool("media_player__HassMediaPlayerUnmute", frozenset({"media_player"})),
]
CASSA = [
    EntityTarget("media_player.cassa", "media_player", ("Cassa del soggiorno",), ("Soggiorno",))
]


def test_a_word_is_known_with_the_words_has_sentences_say_beside_it() -> None:
    """Italian unmutes with "togli il muto" and "riattiva l'audio": 'togli' comes with
    'muto', and 'audio' with 'riattiva'; 'smuta' says it alone."""
    italian = load_vocabulary("it")
    assert italian is not None
    unmute = next(
        g for g in italian.groups if (g.intent, g.domain) == ("HassMediaPlayerUnmute", None)
    )
    assert unmute.said_with("togli", {"togli", "muto"})
    assert not unmute.said_with("togli", {"togli", "audio"})
    assert not unmute.said_with("audio", {"togli", "audio"})
    assert unmute.said_with("smuta", {"smuta"})


def test_words_lifted_out_of_has_sentences_do_not_act_alone() -> None:
    """ "togli l'audio" mutes, yet its two words are unmute's ('togli' of "togli il muto",
    'audio' of "riattiva l'audio"), neither with its neighbour: the words alone do not
    unmute the speaker; the model weighs the readings."""
    italian = load_vocabulary("it")
    assert italian is not None
    decision = lexical(
        Request("togli l'audio alla cassa del soggiorno", "it", italian, CASSA, MUTE_TOOLS)
    )
    assert isinstance(decision, Pending)
    assert decision.close[0].intent == "HassMediaPlayerUnmute"


def test_words_with_their_neighbours_act_alone() -> None:
    italian = load_vocabulary("it")
    assert italian is not None
    decision = lexical(
        Request("togli il muto alla cassa del soggiorno", "it", italian, CASSA, MUTE_TOOLS)
    )
    assert isinstance(decision, Act)
    assert decision.tool == "media_player__HassMediaPlayerUnmute"


def test_a_word_another_intent_says_of_the_device_does_not_come_from_other_devices() -> None:
    """Spanish 'sube' raises a cover (HassTurnOn) and a media player's volume: said of
    a speaker, it is not the cover's turn-on."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    speaker = [EntityTarget("media_player.bocina", "media_player", ("Bocina de la cocina",))]
    readings = candidates(
        "súbele a la bocina de la cocina", spanish, speaker, [*TOOLS, *VOLUME_TOOLS]
    )
    assert (readings[0].intent, readings[0].arguments["volume_step"]) == (
        "HassSetVolumeRelative",
        "up",
    )


BACK_DOOR = [
    EntityTarget("lock.back_door", "lock", ("Back door lock",), ("Kitchen",)),
    EntityTarget(
        "binary_sensor.back_door",
        "binary_sensor",
        ("Back door",),
        ("Kitchen",),
        device_class="door",
    ),
]


def test_a_state_only_a_lock_has_asks_about_the_lock_the_name_says_in_part() -> None:
    """ "the back door" names the contact sensor in full; 'locked' is a state of locks
    only, so the question is about the "Back door lock"."""
    english = load_vocabulary("en")
    assert english is not None
    readings = answer_candidates("have I locked the back door?", english, BACK_DOOR)
    assert readings[0].entity_ids == ("lock.back_door",)


def test_a_state_both_could_have_asks_about_the_device_named_in_full() -> None:
    english = load_vocabulary("en")
    assert english is not None
    readings = answer_candidates("is the back door open?", english, BACK_DOOR)
    assert readings[0].entity_ids == ("binary_sensor.back_door",)
    assert "lock.back_door" not in {e for c in readings for e in c.entity_ids}


def _guest_room(room: tuple[str, ...], blind: tuple[str, ...]) -> list[EntityTarget]:
    """A window sensor named "Ventana de invitados" and a blind named `blind`."""
    return [
        EntityTarget(
            "binary_sensor.ventana",
            "binary_sensor",
            ("Ventana de invitados",),
            room,
            device_class="window",
        ),
        EntityTarget("cover.persiana", "cover", blind, room),
    ]


def test_a_state_word_both_kinds_use_asks_about_the_device_named_in_full() -> None:
    """'abierta' is an open cover and an open window sensor alike: the question stays
    with the "Ventana de invitados" named in full."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    home = _guest_room(("Dormitorio de invitados",), ("Persiana de invitados",))
    readings = answer_candidates("¿Está abierta la ventana de invitados?", spanish, home)
    assert {e for c in readings for e in c.entity_ids} == {"binary_sensor.ventana"}


def test_a_device_named_in_part_leaves_the_question_to_the_one_named_in_full() -> None:
    """The blind's alias "Persiana del cuarto de invitados" shares 'cuarto' and
    'invitados' with the question; only the "Ventana de invitados" is named whole."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    home = _guest_room(
        ("Dormitorio de invitados", "cuarto de invitados"),
        ("Persiana de invitados", "persiana del cuarto de invitados"),
    )
    question = "¿Dejé abierta la ventana del cuarto de invitados?"
    readings = answer_candidates(question, spanish, home)
    assert readings[0].entity_ids == ("binary_sensor.ventana",)


def test_a_name_sharing_only_a_word_with_the_name_said_is_not_asked_about() -> None:
    """ "a janela do quarto" names the "Janela do quarto" whole; the "Cortina do quarto"
    shares 'quarto' only, so a state of covers ('aberta') does not make it the one asked
    about, as it would a "Janela do quarto trava" whose name holds the whole said."""
    portuguese = load_vocabulary("pt-BR")
    assert portuguese is not None
    home = [
        EntityTarget(
            "binary_sensor.janela",
            "binary_sensor",
            ("Janela do quarto",),
            ("Quarto do casal",),
            device_class="window",
        ),
        EntityTarget("cover.cortina", "cover", ("Cortina do quarto",), ("Quarto do casal",)),
    ]
    readings = answer_candidates("A janela do quarto tá aberta?", portuguese, home)
    assert {e for c in readings for e in c.entity_ids} == {"binary_sensor.janela"}


HALL = [
    EntityTarget("light.hall", "light", ("Hall light",), ("Hall",)),
    EntityTarget("climate.thermostat", "climate", ("Thermostat",), ("Hall",)),
    EntityTarget(
        "sensor.lounge_temperature",
        "sensor",
        ("Lounge temperature",),
        ("Lounge",),
        device_class="temperature",
    ),
]


def test_a_temperature_asked_of_a_place_is_its_thermostats() -> None:
    """ "what temperature is it in the hall": the "Hall light" is named only by the
    place's word and the "Lounge temperature" is elsewhere; the hall's thermostat
    answers."""
    english = load_vocabulary("en")
    assert english is not None
    readings = answer_candidates("what temperature is it in the hall", english, HALL)
    assert [c.entity_ids for c in readings] == [("climate.thermostat",)]


def test_a_temperature_asked_of_a_place_without_one_is_not_read_from_elsewhere() -> None:
    """ "what is the temperature in the hall" with the hall's thermostat gone: the
    "Lounge temperature", named only in part and in another room, is not the answer."""
    english = load_vocabulary("en")
    assert english is not None
    no_thermostat = [e for e in HALL if e.domain != "climate"]
    assert not answer_candidates("what is the temperature in the hall", english, no_thermostat)


def test_a_device_named_in_full_in_the_place_is_what_is_asked_about() -> None:
    english = load_vocabulary("en")
    assert english is not None
    readings = answer_candidates("is the hall light on", english, HALL)
    assert readings[0].entity_ids == ("light.hall",)


TVS = [EntityTarget("media_player.tv", "media_player", ("Tv slaapkamer",), ("Slaapkamer",))]


def test_an_intent_whose_words_come_without_their_neighbours_loses_a_tie() -> None:
    """ "zet de tv aan" says turning on's 'zet … aan' as its sentences do; unmuting has
    the same words only beside 'geluid' ("zet het geluid aan"), which is not said."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    decision = lexical(Request("zet de tv aan", "nl", dutch, TVS, [*TOOLS, *MUTE_TOOLS]))
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOn"


def test_a_tie_with_nothing_said_but_the_name_stays_with_the_model() -> None:
    """ "the desk lamp" says no command: its 'lamp' is in turning on's sentences, yet
    it is the lamp's name, and the name says nothing to do with it."""
    english = load_vocabulary("en")
    assert english is not None
    lamp = [EntityTarget("light.desk", "light", ("Desk lamp",), ("Loft",))]
    decision = lexical(Request("the desk lamp", "en", english, lamp, TOOLS))
    assert not isinstance(decision, Act)


def test_a_word_said_without_its_sentences_neighbours_counts_less_against_a_reading() -> None:
    """ "doe het sterrenlampje maar uit": 'maar' (just) is in HA's Dutch sentences only
    beside words not said here; it weighs too little against turning off to send the
    request to the model."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    lamp = [EntityTarget("light.sterren", "light", ("Sterrenlampje",), ("Kinderkamer",))]
    decision = lexical(Request("doe het sterrenlampje maar uit", "nl", dutch, lamp, TOOLS))
    assert isinstance(decision, Act)
    assert decision.tool == "intent__HassTurnOff"


def test_a_word_said_without_its_neighbours_still_counts_against_a_reading() -> None:
    """ "geef de tuin eens water" (water the garden) names the garden's devices only by
    their place; 'geef' (give) is in HA's Dutch sentences beside words not said here,
    yet no reading of the garden's devices explains it, and it still speaks against
    each of them."""
    dutch = load_vocabulary("nl")
    assert dutch is not None
    garden = [
        EntityTarget("light.tuin", "light", ("Tuinverlichting",), ("Tuin",)),
        EntityTarget("valve.besproeiing", "valve", ("Besproeiing",), ("Tuin",)),
    ]
    readings = candidates("geef de tuin eens water", dutch, garden, TOOLS)
    assert readings
    assert all(c.conflict > 0 for c in readings)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "ponme un timer de media hora"),
        ("nl", "start een timer voor een half uur"),
        ("de", "stell einen Timer auf eine halbe Stunde"),
    ],
)
def test_half_an_hour_is_thirty_minutes(language: str, text: str) -> None:
    """Every list of words HA's sentences give the minutes counts: Spanish 'media' (of
    the halves) as well as 'una' (of the words for one); German 'eine halbe Stunde' says
    each of its words, and is no 'eine viertel Stunde'."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    readings = candidates(text, vocabulary, [], [TIMER])
    assert readings[0].arguments == {"minutes": 30}


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("pon un temporizador de un minuto", {"minutes": 1}),
        ("pon un temporizador de 5 minutos", {"minutes": 5}),
    ],
)
def test_a_word_for_one_is_a_duration_only_before_its_unit(
    text: str, duration: dict[str, int]
) -> None:
    """Spanish 'un' is one minute in "un minuto", and no duration in "un temporizador"."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    assert candidates(text, spanish, [], [TIMER])[0].arguments == duration


PLAYER_TOOLS = [
    _tool("media_player__HassMediaPrevious", frozenset({"media_player"})),
    _tool("media_player__HassMediaUnpause", frozenset({"media_player"})),
]
LOFT_SPEAKER = [
    EntityTarget("media_player.loft", "media_player", ("Loft speaker",), ("Loft",), state="paused")
]


def test_a_reading_whose_telling_words_all_lack_their_neighbours_does_not_act() -> None:
    """ "carry on playing in the loft": previous track's 'play' comes with 'previous' or
    'last' ("play the previous song"), and only function words ('on', 'in') say it
    besides; going back a track would be a wrong action."""
    english = load_vocabulary("en")
    assert english is not None
    decision = lexical(
        Request("carry on playing in the loft", "en", english, LOFT_SPEAKER, PLAYER_TOOLS)
    )
    assert not isinstance(decision, Act)


def test_a_telling_word_with_its_neighbour_acts() -> None:
    english = load_vocabulary("en")
    assert english is not None
    decision = lexical(
        Request("play the previous song in the loft", "en", english, LOFT_SPEAKER, PLAYER_TOOLS)
    )
    assert isinstance(decision, Act)
    assert decision.tool == "media_player__HassMediaPrevious"


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "remets la chanson précédente"), ("es", "vuelve a poner la canción anterior")],
)
def test_the_only_player_goes_back_a_track_despite_a_word_left_over(
    language: str, text: str
) -> None:
    """No player named, and one word HA's sentences for going back do not use ('remets',
    'poner'): the words still say going back far more than they say anything else, and
    the home has one player to do it."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    player = [EntityTarget("media_player.salon", "media_player", ("Enceinte",), state="playing")]
    decision = lexical(Request(text, language, vocabulary, player, PLAYER_TOOLS))
    assert isinstance(decision, Act)
    assert decision.tool == "media_player__HassMediaPrevious"


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "zet een timer van 1 en een half uur"), ("en", "timer for 1 and a half hours")],
)
def test_a_number_before_and_a_half_counts_the_unit_said_after_the_half(
    language: str, text: str
) -> None:
    """'en'/'and' follows hours and minutes alike in HA's sentences: the unit after the
    half ('uur', 'hours') says the 1 is an hour."""
    vocabulary = load_vocabulary(language)
    assert vocabulary is not None
    assert candidates(text, vocabulary, [], [TIMER])[0].arguments == {"hours": 1, "minutes": 30}


LIGHT_SET = _tool(
    "light__HassLightSet",
    frozenset({"light"}),
    {
        "color": TEXT,
        "temperature": {"type": "integer", "minimum": 0},
        "brightness": {"type": "integer", "minimum": 0, "maximum": 100},
    },
)


def test_a_bare_number_for_a_light_is_its_brightness() -> None:
    """HA's light setter takes a colour temperature and a brightness, both numbers; no
    unit follows the 20 of "take it down to 20", and of the two only the brightness is a
    level (0 to 100)."""
    english = load_vocabulary("en")
    assert english is not None
    lamp = [EntityTarget("light.fan", "light", ("Fan light",), ("Lounge",))]
    readings = candidates("take the fan light down to 20", english, lamp, [LIGHT_SET])
    assert readings[0].arguments["brightness"] == 20
    assert "temperature" not in readings[0].arguments


def test_a_bare_number_fills_no_timer_slot() -> None:
    """A timer's hours, minutes and seconds are no levels: "a timer for 12" says none."""
    english = load_vocabulary("en")
    assert english is not None
    assert not candidates("set a timer for 12", english, [], [TIMER])


LIVING_ROOM = [
    EntityTarget("media_player.living_room", "media_player", ("Living Room",), ("Living Room",)),
    EntityTarget("light.ceiling", "light", ("Ceiling Lights",), ("Living Room",)),
]


@pytest.mark.parametrize(
    "text", ["what is the temperature in the living room", "how warm is it in the living room"]
)
def test_a_temperature_is_not_asked_of_a_device_without_one(text: str) -> None:
    """A media player named "Living Room" has no temperature: HA's demo answered "what
    is the temperature in the living room" with what it was playing."""
    english = load_vocabulary("en")
    assert english is not None
    assert answer_candidates(text, english, LIVING_ROOM) == []


GARAGE = [
    EntityTarget("sensor.outside", "sensor", ("Outside temperature",), device_class="temperature"),
    EntityTarget("cover.garage_door", "cover", ("Garage door",), device_class="garage"),
]


def test_a_temperature_asked_of_a_device_without_one_is_not_read_from_another() -> None:
    """ "what is the temperature in the garage?" names the "Garage door", which has no
    temperature; the "Outside temperature", named only by 'temperature', is not it."""
    english = load_vocabulary("en")
    assert english is not None
    assert not answer_candidates("what is the temperature in the garage?", english, GARAGE)
    outside = answer_candidates("what is the outside temperature?", english, GARAGE)
    assert outside[0].entity_ids == ("sensor.outside",)


def test_a_state_is_still_asked_of_a_device_named_like_its_room() -> None:
    english = load_vocabulary("en")
    assert english is not None
    readings = answer_candidates("what is playing in the living room", english, LIVING_ROOM)
    assert readings[0].entity_ids == ("media_player.living_room",)


def test_a_reading_that_drops_a_value_another_sets_does_not_act() -> None:
    """ "activa el sonido de la tele y bájale" says unmuting in its own words ('activa el
    sonido') and a step down in 'baja' (HA's Spanish volume sentences fix 'down' with
    it): unmuting alone would leave the 'down' out, and neither acts on words alone."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    tele = [EntityTarget("media_player.tele", "media_player", ("Tele de la sala",), ("Sala",))]
    request = Request(
        "activa el sonido de la tele y bájale", "es", spanish, tele, VOLUME_TOOLS + MUTE_TOOLS
    )
    assert lexical(request) == NotUnderstood("value-dropped")


def test_a_name_word_of_the_home_names_no_word_with_another_ending() -> None:
    """'heater' is the word two heaters are named by; the "heated towel rail" differs
    from it in its last letter, and turning the towel rail on is no reading of "turn
    the heater on"."""
    en = load_vocabulary("en")
    assert en is not None
    home = [
        EntityTarget("climate.lounge", "climate", ("Lounge heater",), ("Lounge",)),
        EntityTarget("climate.bedroom", "climate", ("Bedroom heater",), ("Bedroom",)),
        EntityTarget("switch.towel_rail", "switch", ("Towel rail", "heated towel rail")),
    ]
    readings = candidates("turn the heater on", en, home, TOOLS)
    assert "switch.towel_rail" not in {e for c in readings for e in c.entity_ids}


def test_the_one_device_named_in_full_beats_one_named_by_a_word_of_the_item() -> None:
    """ "agrega comprar pilas a mis tareas" names the list "Tareas" whole; 'comprar' of
    the item is a word of the "Lista de la compra" too, which is no reason to ask."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    lists = [
        EntityTarget("todo.compra", "todo", ("Lista de la compra",)),
        EntityTarget("todo.tareas", "todo", ("Tareas",)),
    ]
    decision = lexical(
        Request("agrega comprar pilas a mis tareas", "es", spanish, lists, LIST_TOOLS)
    )
    assert isinstance(decision, Act)
    assert (decision.arguments["name"], decision.arguments["item"]) == ("Tareas", "comprar pilas")


def test_a_verb_of_ha_sentences_names_no_device_whose_name_extends_it() -> None:
    """'make' is a word of HA's sentences, 'maker' is not: "make it 22 degrees in here"
    names no "Coffee maker", and sets the home's one thermostat."""
    en = load_vocabulary("en")
    assert en is not None
    home = [*THERMOSTAT, _entity("switch.coffee_maker", "Coffee maker", "Kitchen")]
    decision = lexical(Request("make it 22 degrees in here", "en", en, home, CLIMATE_TOOLS))
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments.get("temperature")) == (
        "climate__HassClimateSetTemperature",
        22,
    )


def test_a_sensor_named_in_full_without_a_question_word_is_asked_about() -> None:
    """Spanish 'cuánta' is in no question sentence of HA's; "cuánta humedad hay en el
    baño" names the "Humedad del baño" whole, and no command acts on a sensor."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    home = [
        EntityTarget("sensor.humedad", "sensor", ("Humedad del baño",), ("Baño",), (), "humidity"),
        EntityTarget("light.espejo", "light", ("Luz del espejo",), ("Baño",)),
    ]
    decision = lexical(Request("cuánta humedad hay en el baño", "es", spanish, home, TOOLS))
    assert decision == AnswerAbout(("sensor.humedad",), "answer")


def test_a_word_a_cover_may_say_is_no_locks_own_word() -> None:
    """Spanish 'cierra' closes a blind; that it looks like 'cierres', a word only HA's lock
    sentences use, makes it no word of locking."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    assert not says_anothers_own_word(
        "cierra la persiana del dormitorio", vocabulary, "HassTurnOff", "cover"
    )
    assert says_anothers_own_word("echa la llave al portón", vocabulary, "HassTurnOn", "cover")


SOBRADO = [
    EntityTarget("lock.porta_frente", "lock", ("Porta da frente",), ("Sala",)),
    EntityTarget("lock.porta_cozinha", "lock", ("Porta da cozinha",), ("Cozinha",)),
    EntityTarget("cover.portao", "cover", ("Portão da garagem", "portão"), ("Garagem",)),
    EntityTarget("light.luz_cozinha", "light", ("Luz da cozinha",), ("Cozinha",)),
]


def test_a_half_that_says_a_locks_word_opens_no_gate() -> None:
    """ "tranca a porta | da frente e apaga …" reads its first half as opening the
    "Portão" (a cover; 'porta' is a form of 'portão'), on a word only locks use: the
    request is split where each half says its own command."""
    vocabulary = load_vocabulary("pt-BR")
    assert vocabulary is not None
    text = "tranca a porta da frente e apaga a luz da cozinha"
    decision = split_commands(Request(text, "pt-BR", vocabulary, SOBRADO, TOOLS))
    assert decision is not None
    assert [(a.tool, a.arguments["name"]) for a in decision.acts] == [
        ("intent__HassTurnOn", "Porta da frente"),
        ("intent__HassTurnOff", "Luz da cozinha"),
    ]


def test_a_verb_that_is_also_a_level_word_sets_no_level() -> None:
    """Portuguese 'baixa' lowers a curtain and is HA's 'baixa' (lowest brightness) too;
    said as the verb it sets no position of 1 %. 'no máximo' says 100."""
    vocabulary = load_vocabulary("pt-BR")
    assert vocabulary is not None
    assert not vocabulary.says_an_amount("baixa")
    assert vocabulary.says_an_amount("baixo")
    curtain = [_entity("cover.cortina", "Cortina do quarto", "Quarto")]
    tools = [*TOOLS, POSITION]
    lowered = candidates("baixa a cortina do quarto até a metade", vocabulary, curtain, tools)
    assert all(c.arguments.get("position") != 1 for c in lowered)


def test_a_device_named_by_its_kinds_word_is_no_command_to_it() -> None:
    """The Polish vacuum is named "Odkurzacz", a word of HA's own vacuum sentences: said
    in "Odkurzacz znowu utknął pod kanapą" (stuck under the sofa again) it names the
    device and says nothing to do, so the words alone start nothing."""
    vocabulary = load_vocabulary("pl")
    assert vocabulary is not None
    home = [_entity("vacuum.odkurzacz", "Odkurzacz", "Salon")]
    stuck = lexical(Request("Odkurzacz znowu utknął pod kanapą", "pl", vocabulary, home, TOOLS))
    assert not isinstance(stuck, Act)
    started = lexical(Request("uruchom odkurzacz", "pl", vocabulary, home, TOOLS))
    assert isinstance(started, Act)
    assert started.tool == "vacuum__HassVacuumStart"


TIMER_STATUS = OfferedTool(
    "intent__HassTimerStatus",
    "HassTimerStatus",
    ToolSpec(
        "intent__HassTimerStatus",
        "",
        {"type": "object", "properties": {"start_minutes": {"type": "integer"}}},
    ),
    None,
)


def test_a_timer_said_without_asking_is_started_not_asked_about() -> None:
    """Every word of "minutnik na 3 minuty" is in HA's Polish timer-status sentences and
    in its start-timer ones: said without a question, it starts a 3-minute timer."""
    vocabulary = load_vocabulary("pl")
    assert vocabulary is not None
    request = Request(
        "minutnik na 3 minuty, gotuję jajka", "pl", vocabulary, [], [TIMER, TIMER_STATUS]
    )
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments) == ("intent__HassStartTimer", {"minutes": 3})


def test_a_verb_like_a_state_word_asks_nothing() -> None:
    """Portuguese 'ligar' (turn on) looks like 'ligado' (on) of HA's state questions: "você
    pode ligar a cafeteira?" asks politely for the coffee maker to be turned on, while
    "a cafeteira está ligada?" asks whether it is on."""
    vocabulary = load_vocabulary("pt-BR")
    assert vocabulary is not None
    home = [_entity("switch.cafeteira", "Cafeteira", "Cozinha")]
    polite = lexical(Request("você pode ligar a cafeteira?", "pt-BR", vocabulary, home, TOOLS))
    assert isinstance(polite, Act)
    assert polite.tool == "intent__HassTurnOn"
    asked = lexical(Request("a cafeteira está ligada?", "pt-BR", vocabulary, home, TOOLS))
    assert isinstance(asked, AnswerAbout)


def test_the_device_named_in_more_words_than_its_rooms_others_is_acted_on() -> None:
    """ "apágame la tele del cuarto principal" says the TV ('tele') and its room by the
    room's alias; the room's fan is said by the room alone: the TV is turned off, and
    nobody is asked which one."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    room = ("Dormitorio principal", "recámara", "cuarto principal", "mi cuarto")
    guests = ("Dormitorio de invitados", "cuarto de invitados")
    home = [
        EntityTarget(
            "media_player.tele_dormitorio",
            "media_player",
            ("Tele del dormitorio", "tele de la recámara"),
            room,
        ),
        EntityTarget(
            "media_player.tele_sala",
            "media_player",
            ("Tele de la sala", "televisión de la sala"),
            ("Sala",),
        ),
        EntityTarget("fan.ventilador", "fan", ("Ventilador", "abanico"), room),
        EntityTarget(
            "cover.persiana",
            "cover",
            ("Persiana de invitados", "persiana del cuarto de invitados"),
            guests,
        ),
    ]
    request = Request("apágame la tele del cuarto principal", "es", vocabulary, home, TOOLS)
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == (
        "intent__HassTurnOff",
        "Tele del dormitorio",
    )


def test_two_devices_named_in_the_same_words_are_asked_about() -> None:
    """ "apaga la tele" names both TVs in one word each: which one is asked."""
    vocabulary = load_vocabulary("es")
    assert vocabulary is not None
    home = [
        EntityTarget("media_player.tele_dormitorio", "media_player", ("Tele del dormitorio",)),
        EntityTarget("media_player.tele_sala", "media_player", ("Tele de la sala",)),
    ]
    decision = lexical(Request("apaga la tele", "es", vocabulary, home, TOOLS))
    assert isinstance(decision, Ask)


def test_a_reading_that_says_its_value_outweighs_one_that_says_nothing_of_its_own() -> None:
    """ "bájale el volumen a la tele de la sala" says the step down in 'baja' (HA's
    Spanish volume sentences fix 'down' with it); unmuting is read only from 'el volumen
    a la', none of it unmuting's own: the volume goes down."""
    spanish = load_vocabulary("es")
    assert spanish is not None
    tv = [
        EntityTarget(
            "media_player.tele_sala",
            "media_player",
            ("Tele de la sala", "televisión de la sala"),
            ("Sala", "salón"),
        )
    ]
    request = Request(
        "bájale el volumen a la tele de la sala", "es", spanish, tv, [*TOOLS, *VOLUME_TOOLS]
    )
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["volume_step"]) == (
        "media_player__HassSetVolumeRelative",
        "down",
    )


OUTSIDE = [
    EntityTarget(
        "sensor.temperature", "sensor", ("Outside temperature",), device_class="temperature"
    ),
    EntityTarget("sensor.humidity", "sensor", ("Outside humidity",), device_class="humidity"),
]


def test_a_question_in_a_temperatures_own_words_is_about_a_temperature() -> None:
    """'hot' is a word of HA's temperature questions alone: only a temperature may
    answer "how hot is it outside"."""
    english = load_vocabulary("en")
    assert english is not None
    about = may_be_asked_about("how hot is it outside", english, OUTSIDE)
    assert [e.entity_id for e in about] == ["sensor.temperature"]


def test_a_word_of_commands_too_asks_no_temperature() -> None:
    """'it' of "how hot is it" is in "turn it on" too: "how humid is it outside" may be
    about the humidity."""
    english = load_vocabulary("en")
    assert english is not None
    about = may_be_asked_about("how humid is it outside", english, OUTSIDE)
    assert [e.entity_id for e in about] == ["sensor.temperature", "sensor.humidity"]


def test_a_request_typed_without_its_letters_strokes_is_understood() -> None:
    """ "wylacz pralke" is HA's Polish 'wyłącz' (turn off) typed without a Polish
    keyboard: 'ł' is 'l' as 'ą' is 'a'. The washing machine is turned off."""
    polish = load_vocabulary("pl")
    assert polish is not None
    home = [_entity("switch.pralka", "Pralka", "Łazienka")]
    decision = lexical(Request("wylacz pralke", "pl", polish, home, TOOLS))
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["name"]) == ("intent__HassTurnOff", "Pralka")


def test_a_device_elsewhere_said_in_the_places_words_and_its_kinds_is_not_named() -> None:
    """ "muda a temperatura do quarto do casal para 21,5 graus" says the children's
    room's "Temperatura quarto das crianças" only in the couple's room's word 'quarto'
    and 'temperatura', a word for its kind: it names no device, and the couple's room's
    air conditioner is set to 21.5."""
    portuguese = load_vocabulary("pt-BR")
    assert portuguese is not None
    home = [
        EntityTarget(
            "climate.ar", "climate", ("Ar-condicionado do quarto", "ar"), ("Quarto do casal",)
        ),
        EntityTarget("light.teto", "light", ("Luz do teto",), ("Quarto do casal",)),
        EntityTarget(
            "sensor.temperatura_criancas",
            "sensor",
            ("Temperatura quarto das crianças",),
            ("Quarto das crianças",),
            device_class="temperature",
        ),
    ]
    request = Request(
        "muda a temperatura do quarto do casal para 21,5 graus",
        "pt-BR",
        portuguese,
        home,
        CLIMATE_TOOLS,
    )
    decision = lexical(request)
    assert isinstance(decision, Act)
    assert (decision.tool, decision.arguments["temperature"]) == (
        "climate__HassClimateSetTemperature",
        21.5,
    )


def test_a_question_asks_about_the_list_named_in_more_of_its_own_words() -> None:
    """ "what's on the christmas shopping list" says the "Christmas shopping" whole by
    'christmas' and 'shopping', and the "Shopping list" whole by 'shopping' and 'list',
    a word for every list: it asks about the Christmas shopping."""
    english = load_vocabulary("en")
    assert english is not None
    lists = [
        _entity("todo.shopping_list", "Shopping list"),
        _entity("todo.christmas_shopping", "Christmas shopping"),
    ]
    readings = answer_candidates("what's on the christmas shopping list", english, lists)
    assert {e for c in readings for e in c.entity_ids} == {"todo.christmas_shopping"}


def test_a_verb_that_resumes_a_timer_resumes_the_music() -> None:
    """HA's English says 'continue' only of resuming a timer; said of the music, it
    resumes the music ('playing' of "stop playing" notwithstanding)."""
    english = load_vocabulary("en")
    assert english is not None
    radio = [_entity("media_player.radio", "Kitchen radio", "Kitchen")]
    readings = candidates("continue playing the music in the kitchen", english, radio, TOOLS)
    assert readings[0].intent == "HassMediaUnpause"
