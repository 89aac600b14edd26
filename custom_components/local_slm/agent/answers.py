"""Answers to state questions, quoted from the state machine, in the user's language.

The sentence is HA's own (`HassGetState` responses of `home-assistant-intents`), the
value is the state exactly as HA shows it (number and unit; state words as HA's
translations of entity states say them), and a yes/no question ("is the front door
locked?") is answered yes or no when it names a state, with the words users say for
states taken from the same package's lists. A model may phrase an answer only if every
number and state it writes is in the facts (the summary guard checks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
import re
from typing import Any, Final, TypeGuard

from hassil.parse_expression import parse_sentence
from hassil.sample import sample_expression
from homeassistant.components.sensor import async_rounded_state
from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant, State
from homeassistant.generated.languages import LANGUAGES
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.translation import async_get_translations

from ..assist.targets import TODO_DOMAIN, async_open_items
from ..assist.text import fold
from ..assist.understanding import says_rather
from ..assist.vocabulary import Vocabulary, load_vocabulary, same_word
from ..summary.digest import build_digest
from ..summary.guard import check_faithful
from ..summary.lang import words
from .replies import join_names, reply
from .responses import (
    LanguageResponses,
    async_language_responses,
    render_response,
    template_variables,
)

# Which of the intents' state lists a question about an entity may use.
_OPEN_CLASSES: Final = frozenset({"door", "window", "garage_door", "opening"})
_OCCUPANCY_CLASSES: Final = frozenset({"occupancy", "motion", "presence"})
_ON_OFF: Final = frozenset({"on", "off"})
MAX_ITEMS_SAID: Final = 12
"""A longer list is said in part, with how many more it holds."""
_NEGATIONS: Final = frozenset({"not", "pas", "nicht", "kein", "keine", "no", "non"})


def translation_language(language: str) -> str:
    """The tag of HA's translation files for a language ("fr-FR" -> "fr")."""
    tag = language.replace("_", "-")
    if tag in LANGUAGES:
        return tag
    base = tag.split("-")[0].lower()
    return base if base in LANGUAGES else "en"


async def async_state_translations(
    hass: HomeAssistant, language: str, states: Iterable[State]
) -> dict[str, str]:
    """HA's translations of the entity states of these entities' domains and platforms."""
    domains = {state.domain for state in states}
    ent_reg = er.async_get(hass)
    platforms = {
        entry.platform
        for state in states
        if (entry := ent_reg.async_get(state.entity_id)) is not None
    }
    tag = translation_language(language)
    found = dict(await async_get_translations(hass, tag, "entity_component", domains))
    if platforms:
        found.update(await async_get_translations(hass, tag, "entity", platforms))
    return found


def _translation_keys(hass: HomeAssistant, state: State, value: str) -> list[str]:
    """Keys of a state value's translation, most specific first (as HA looks them up)."""
    keys = []
    entry = er.async_get(hass).async_get(state.entity_id)
    if entry is not None and entry.translation_key:
        keys.append(
            f"component.{entry.platform}.entity.{state.domain}"
            f".{entry.translation_key}.state.{value}"
        )
    if isinstance(device_class := state.attributes.get("device_class"), str):
        keys.append(f"component.{state.domain}.entity_component.{device_class}.state.{value}")
    keys.append(f"component.{state.domain}.entity_component._.state.{value}")
    return keys


def state_word(
    hass: HomeAssistant, state: State, translations: Mapping[str, str], language: str
) -> str:
    """A state's value as HA's translations word it ("Verrouillé" -> "verrouillé")."""
    if state.state == STATE_UNAVAILABLE:
        return reply("state_unavailable", language)
    if state.state == STATE_UNKNOWN:
        return reply("state_unknown", language)
    for key in _translation_keys(hass, state, state.state):
        if key in translations:
            word = translations[key]
            return word[:1].lower() + word[1:]
    return state.state.replace("_", " ")


def state_with_unit(hass: HomeAssistant, state: State) -> str | None:
    """A numeric state with its unit, as HA's templates show it ("13 %"), else None."""
    value = state.state
    if state.domain == "sensor":
        value = async_rounded_state(hass, state.entity_id, state)
    try:
        float(value)
    except ValueError:
        return None
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
    return f"{value} {unit}" if unit else value


_SETPOINT_DOMAINS: Final = frozenset({"climate", "water_heater"})


def _climate_text(hass: HomeAssistant, state: State, word: str) -> str:
    current = state.attributes.get("current_temperature")
    if isinstance(current, int | float) and not isinstance(current, bool):
        shown = int(current) if float(current).is_integer() else current
        return f"{word}, {shown} {hass.config.units.temperature_unit}"
    return word


def _answer_state(
    hass: HomeAssistant, state: State, translations: Mapping[str, str], language: str
) -> dict[str, Any]:
    """The `state` a response template sees, with HA's wording of the value."""
    numeric = state_with_unit(hass, state)
    if numeric is not None:
        value, shown = numeric.split(" ")[0], numeric
    else:
        value = shown = state_word(hass, state, translations, language)
        if state.domain in ("climate", "water_heater"):
            shown = _climate_text(hass, state, value)
    return {
        "entity_id": state.entity_id,
        "domain": state.domain,
        "name": state.name,
        "state": value,
        "state_with_unit": shown,
        "attributes": dict(state.attributes),
    }


# --- the states a question names ------------------------------------------------------


@lru_cache(maxsize=256)
def _phrases(expression: str) -> tuple[str, ...]:
    """Every way of saying a list value ("verrouill[e][é][s]" -> "verrouille", …)."""
    sampled = sample_expression(parse_sentence(expression).expression)
    return tuple(dict.fromkeys(" ".join(words(text)) for text in sampled if words(text)))


def _lists_for(state: State) -> tuple[str, ...]:
    device_class = state.attributes.get("device_class")
    if state.domain == "lock":
        return ("lock_states",)
    if state.domain in ("cover", "valve"):
        return ("cover_states",)
    if state.domain == "binary_sensor" and device_class in _OPEN_CLASSES:
        return ("bs_open_states", "on_off_states")
    if state.domain == "binary_sensor" and device_class in _OCCUPANCY_CLASSES:
        return ("bs_occupancy_states", "on_off_states")
    return ("on_off_states",)


def _said_states(
    hass: HomeAssistant,
    state: State,
    responses: LanguageResponses | None,
    translations: Mapping[str, str],
) -> dict[str, str]:
    """Spoken phrase (normalized) -> the state value it names, for one entity."""
    said: dict[str, str] = {}
    for list_name in _lists_for(state):
        values = (responses.lists.get(list_name, {}) if responses else {}).get("values", [])
        for item in values:
            if not isinstance(item, Mapping) or "in" not in item:
                continue
            out = str(item.get("out", item["in"]))
            if list_name == "on_off_states" and out in _ON_OFF and state.state not in _ON_OFF:
                continue
            for phrase in _phrases(str(item["in"])):
                said.setdefault(phrase, out)
    prefix = f"component.{state.domain}.entity_component."
    device_class = state.attributes.get("device_class")
    for key, word in translations.items():
        if not key.startswith(prefix) or ".state." not in key:
            continue
        group, _, value = key.removeprefix(prefix).partition(".state.")
        if value in _ON_OFF and state.state not in _ON_OFF:
            # A sensor's translations word 'on' too; "what's the battery on the front
            # door" asks no yes/no of a battery at 35 %.
            continue
        if group in ("_", device_class) and (phrase := " ".join(words(word))):
            said.setdefault(phrase, value)
    return said


def asked_state(
    hass: HomeAssistant,
    question: str,
    state: State,
    responses: LanguageResponses | None,
    translations: Mapping[str, str],
) -> str | None:
    """The state value a yes/no question names for an entity ("locked"), if any.

    The entity's own name is taken out of the question first ("Open Window sensor"
    names no state); the longest phrase wins ("nicht entriegelt" over "entriegelt"),
    and a phrase said as written wins over a one-word state said in another form
    (Portuguese 'aberta' of a window HA calls 'Aberto').
    """
    spoken = f" {' '.join(words(question))} "
    name = " ".join(words(state.name))
    if name:
        spoken = spoken.replace(f" {name} ", " ")
    best: tuple[bool, int, str] | None = None
    for phrase, value in _said_states(hass, state, responses, translations).items():
        if (found := _phrase_said(phrase, spoken)) is None:
            continue
        start, exact = found
        before = spoken[:start].split()
        if before and before[-1] in _NEGATIONS and not phrase.startswith(before[-1]):
            continue  # "not locked" is not asked as "locked"
        if best is None or (exact, len(phrase)) > best[:2]:
            best = (exact, len(phrase), value)
    return best[2] if best else None


def _phrase_said(phrase: str, spoken: str) -> tuple[int, bool] | None:
    """Where a state phrase is said, and whether as written: a one-word phrase may be
    said inflected ('aberta', 'aberto'), of the same length."""
    if match := re.search(rf"(?<= ){re.escape(phrase)}(?= )", spoken):
        return match.start(), True
    if " " in phrase:
        return None
    for match in re.finditer(r"\S+", spoken):
        word = match.group()
        if len(word) == len(phrase) and same_word(word, phrase):
            return match.start(), False
    return None


# --- the answer ---------------------------------------------------------------------------


async def async_answer_from_states(
    hass: HomeAssistant,
    entity_ids: Sequence[str],
    language: str,
    question: str,
    *,
    request: str | None = None,
) -> str:
    """Answer a state question from the live states, in `language`.

    One entity: "Front door is unlocked" / "Porte d'entrée est verrouillé" (HA's
    `HassGetState` sentence, value and unit exactly as HA shows them). A yes/no
    question naming a state gets HA's yes/no sentence ("No, unlocked"); several
    entities get one sentence each, or HA's "all" answer to a yes/no question.
    Unknown entities are skipped; when none is left, the answer says nothing matches.
    `request` is what was said when it is not read as a yes/no `question` (HA read it):
    it still tells whether a thermostat's setpoint is asked.
    """
    states = [s for entity_id in dict.fromkeys(entity_ids) if (s := hass.states.get(entity_id))]
    if not states:
        return reply("nothing_matches", language)
    responses = await async_language_responses(hass, language)
    translations = await async_state_translations(hass, language, states)
    templates: Mapping[str, str] = responses.intents.get("HassGetState", {}) if responses else {}
    asked = {
        state.entity_id: value
        for state in states
        if (value := asked_state(hass, question, state, responses, translations)) is not None
    }
    if asked and len(asked) == len(states):
        matched = [s for s in states if s.state == asked[s.entity_id]]
        unmatched = [s for s in states if s.state != asked[s.entity_id]]
        key = "one_yesno" if len(states) == 1 else "all"
        if (source := templates.get(key)) and (
            text := _render(
                hass, source, states[0].name, matched, unmatched, translations, language
            )
        ):
            # Some languages answer a bare "No": then say what the state is.
            told = [
                _one(hass, state, templates, translations, language)
                for state in unmatched
                if state_word(hass, state, translations, language).casefold() not in text.casefold()
            ]
            setpoint = (responses.intents if responses else {}).get("HassClimateSetTemperature", {})
            details = "".join(_details(hass, s, setpoint.get("default")) for s in states)
            return " ".join([_sentence(text), *told]) + details
    if await _async_asks_setpoint(hass, request or question, language, states):
        # "what is the thermostat set to?": the setpoint, not the room's temperature
        # beside it (19.5 said first reads as the answer).
        states = [_without_current_temperature(s) for s in states]
    items = await async_open_items(hass, [s.entity_id for s in states if s.domain == TODO_DOMAIN])
    return " ".join(_sentences(hass, states, responses, translations, language, items))


async def _async_asks_setpoint(
    hass: HomeAssistant, question: str, language: str, states: Sequence[State]
) -> bool:
    """Whether a question about a thermostat asks what it is set to, in HA's words."""
    if not question or not any(s.domain in _SETPOINT_DOMAINS for s in states):
        return False
    vocabulary = await hass.async_add_executor_job(load_vocabulary, language)
    return vocabulary is not None and says_rather(
        question, vocabulary, "HassClimateSetTemperature", "HassClimateGetTemperature", "climate"
    )


def _without_current_temperature(state: State) -> State:
    """The state as its answer sees it when only the setpoint is asked."""
    if state.domain not in _SETPOINT_DOMAINS:
        return state
    attributes = {k: v for k, v in state.attributes.items() if k != "current_temperature"}
    return State(state.entity_id, state.state, attributes, state.last_changed, state.last_updated)


async def async_state_sentences(
    hass: HomeAssistant, entity_ids: Sequence[str], language: str
) -> list[str]:
    """One sentence per entity with a state, in order: HA's wording, in `language`."""
    states = [s for entity_id in dict.fromkeys(entity_ids) if (s := hass.states.get(entity_id))]
    responses = await async_language_responses(hass, language)
    translations = await async_state_translations(hass, language, states)
    return _sentences(hass, states, responses, translations, language)


def _sentences(
    hass: HomeAssistant,
    states: Sequence[State],
    responses: LanguageResponses | None,
    translations: Mapping[str, str],
    language: str,
    items: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """`items`: the open items of to-do lists, said after the list's count."""
    intents = responses.intents if responses else {}
    templates: Mapping[str, str] = intents.get("HassGetState", {})
    weather = intents.get("HassGetWeather", {}).get("default")
    setpoint = intents.get("HassClimateSetTemperature", {}).get("default")
    return [
        _weather(hass, state, weather)
        if state.domain == "weather" and weather
        else _one(hass, state, templates, translations, language)
        + _details(hass, state, setpoint)
        + _items_said((items or {}).get(state.entity_id), language)
        for state in states
    ]


def _items_said(items: Sequence[str] | None, language: str) -> str:
    """A to-do list's open items, as the list spells them ("milk, eggs and bread")."""
    if not items:
        return ""
    shown = list(items[:MAX_ITEMS_SAID])
    more = len(items) - len(shown)
    return f" {join_names(shown, language)}{f' (+{more})' if more else ''}."


def _details(hass: HomeAssistant, state: State, setpoint_source: str | None) -> str:
    """What the state sentence leaves out: a thermostat's setpoint, a player's title.

    The setpoint is said with HA's own "temperature set to" sentence where it carries the
    number, else as "→ 21 °C"; the title is quoted as the player reports it.
    """
    target = state.attributes.get("temperature")
    if state.domain in ("climate", "water_heater") and _is_number(target):
        shown = f"{int(target) if float(target).is_integer() else target}"
        if setpoint_source and shown in (
            said := render_response(
                hass, setpoint_source, template_variables(hass, {"temperature": shown}, [state])
            )
        ):
            return f" {_sentence(said)}"
        return f" → {shown} {hass.config.units.temperature_unit}."
    title = state.attributes.get("media_title")
    if state.domain == "media_player" and isinstance(title, str) and title:
        artist = state.attributes.get("media_artist")
        return f" «{title}»{f', {artist}' if isinstance(artist, str) and artist else ''}."
    return ""


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _render(
    hass: HomeAssistant,
    source: str,
    name: str,
    matched: Sequence[State],
    unmatched: Sequence[State],
    translations: Mapping[str, str],
    language: str,
) -> str:
    variables = template_variables(hass, {"name": name}, matched, unmatched)
    first = (matched or unmatched)[0]
    variables["state"] = _answer_state(hass, first, translations, language)
    return render_response(hass, source, variables)


def _one(
    hass: HomeAssistant,
    state: State,
    templates: Mapping[str, str],
    translations: Mapping[str, str],
    language: str,
) -> str:
    """One entity's state as HA's sentence ("Outside temperature is 30 °C")."""
    source = templates.get("one")
    text = _render(hass, source, state.name, [state], [], translations, language) if source else ""
    if not text:
        text = (
            f"{state.name}: {_answer_state(hass, state, translations, language)['state_with_unit']}"
        )
    return _sentence(text)


def _sentence(text: str) -> str:
    """A text ending like a sentence."""
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _weather(hass: HomeAssistant, state: State, source: str) -> str:
    """HA's weather sentence ("Sunny and 22 degrees"), with HA's own state object."""
    variables = template_variables(hass, {"name": state.name}, [state])
    return _sentence(render_response(hass, source, variables))


# --- a model's answer -----------------------------------------------------------------------


def answer_problems(
    hass: HomeAssistant, entity_ids: Sequence[str], language: str, text: str
) -> list[str]:
    """Why a model's answer may not be said: what in it the facts do not hold.

    The summary guard checks the text against the digest of these entities: every
    number, state word and unit must be in the facts, each clause must fit the entity
    it names, and no state word may be of another language than the user's.
    """
    entity_ids = list(dict.fromkeys(entity_ids))
    digest = build_digest(hass, entity_ids, language, max_facts=len(entity_ids))
    return list(check_faithful(text, digest, critical_limit=0).problems)


def foreign_words(
    text: str, vocabulary: Vocabulary, other: Vocabulary, question: str = ""
) -> list[str]:
    """The words of `text` that only `other`'s language has, when they outnumber the
    user's own: an English reply to "Wie warm ist es draußen?".

    Words the reply copies from the question speak no language of its own ('The user
    should say "Wie warm ist es draußen?"' is English). Both vocabularies are HA's
    sentence data, so this needs no word list of its own and works for every language
    HA speaks.
    """
    echoed = set(fold(question).split())
    said = fold(text).split()
    mine = [w for w in said if vocabulary.known(w) and w not in echoed]
    theirs = [w for w in said if other.known(w) and not vocabulary.known(w)]
    return theirs if len(theirs) > len(mine) else []
