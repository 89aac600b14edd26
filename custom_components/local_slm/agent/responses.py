"""Home Assistant's own response sentences, in the user's language.

The `home-assistant-intents` package holds, per language, the sentence HA's built-in
agent says after each intent ("Verrouillé", "Licht eingeschaltet", "Added apples")
and its error sentences ("Sorry, I am not aware of any area called …"). We render them
the way `conversation/default_agent.py` does: a template over `slots`, `state` (the
first matched state) and `query` (matched and unmatched states), whitespace squeezed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
import logging
from typing import Any, Final

from home_assistant_intents import get_intents, get_languages
from homeassistant.core import HomeAssistant, State
from homeassistant.exceptions import TemplateError
from homeassistant.helpers import template
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN

_LOGGER = logging.getLogger(__name__)

_CACHE: HassKey[dict[str, LanguageResponses | None]] = HassKey(f"{DOMAIN}_responses")

# Response keys that name the domain of the targets (HassTurnOn "lock": "Locking").
_AREA_KEYS: Final = {"light": ("lights_area",), "fan": ("fans_area", "fans")}
_LIGHT_SET_KEYS: Final = ("brightness", "color", "temperature")


@dataclass(frozen=True, slots=True)
class LanguageResponses:
    """One language's response templates and the state words users say."""

    language: str
    intents: Mapping[str, Mapping[str, str]]
    errors: Mapping[str, str]
    lists: Mapping[str, Any]


def intents_language(language: str) -> str | None:
    """The `home-assistant-intents` language for a HA language tag ("fr-CA" -> "fr")."""
    known = {tag.casefold(): tag for tag in get_languages()}
    tag = language.replace("_", "-").casefold()
    return known.get(tag) or known.get(tag.split("-")[0])


async def async_language_responses(hass: HomeAssistant, language: str) -> LanguageResponses | None:
    """The response data for a language (loaded once, off the event loop)."""
    cache = hass.data.setdefault(_CACHE, {})
    if language in cache:
        return cache[language]
    found: LanguageResponses | None = None
    if (tag := intents_language(language)) is not None:
        data = await hass.async_add_executor_job(get_intents, tag)
        if data is not None:
            responses = data.get("responses", {})
            found = LanguageResponses(
                language=tag,
                intents=responses.get("intents", {}),
                errors=responses.get("errors", {}),
                lists=data.get("lists", {}),
            )
    cache[language] = found
    return found


def render_response(hass: HomeAssistant, source: str, variables: Mapping[str, Any]) -> str:
    """Render a response template as HA's default agent does; "" when it fails."""
    try:
        rendered = template.Template(source, hass).async_render(variables, parse_result=False)
    except TemplateError as err:
        _LOGGER.debug("Response template failed (%s): %r", err, source)
        return ""
    return " ".join(str(rendered).strip().split())


def template_variables(
    hass: HomeAssistant,
    slots: Mapping[str, Any],
    matched: Sequence[State],
    unmatched: Sequence[State] = (),
) -> dict[str, Any]:
    """`slots`, `state` and `query`, exactly as HA's default agent passes them."""
    first = matched[0] if matched else (unmatched[0] if unmatched else None)
    return {
        "slots": dict(slots),
        "state": template.TemplateState(hass, first) if first is not None else None,
        "query": {
            "matched": [template.TemplateState(hass, state) for state in matched],
            "unmatched": [template.TemplateState(hass, state) for state in unmatched],
        },
    }


def response_key(
    intent_type: str,
    keys: Sequence[str],
    domains: set[str],
    slots: Mapping[str, Any],
) -> str | None:
    """Which of an intent's responses HA's sentences would pick for this call."""
    if intent_type == "HassLightSet":
        return next((key for key in _LIGHT_SET_KEYS if key in slots and key in keys), None)
    domain = next(iter(domains)) if len(domains) == 1 else None
    if domain is not None and (slots.get("area") or slots.get("floor")):
        area_keys = [key for key in _AREA_KEYS.get(domain, ()) if key in keys]
        if area_keys:
            return area_keys[0]
    if domain is not None and domain in keys:
        return domain
    if "default" in keys:
        return "default"
    return keys[0] if len(keys) == 1 else None


async def async_action_speech(
    hass: HomeAssistant,
    intent_type: str,
    language: str,
    tool_result: Mapping[str, Any],
    *,
    slots: Mapping[str, Any] | None = None,
) -> str | None:
    """HA's own sentence for an intent that ran, in `language`, or None.

    `intent_type` is the intent ("HassTurnOn") or its LLM tool name
    ("intent__HassTurnOn"); `tool_result` is what the tool returned (an intent
    response as a dict); `slots` are the call's arguments (item, temperature, name…),
    which the templates quote. None for an error result, or when the language has no
    sentence for this intent.
    """
    intent_type = intent_type.rpartition("__")[2]
    if tool_result.get("response_type") not in ("action_done", "query_answer"):
        return None
    if speech := tool_result.get("speech", {}).get("plain", {}).get("speech"):
        return str(speech)  # the intent handler wrote its own sentence, as HA keeps it
    responses = await async_language_responses(hass, language)
    if responses is None or not (templates := responses.intents.get(intent_type)):
        return None
    success = [
        target
        for target in tool_result.get("data", {}).get("success", [])
        if target.get("type") == "entity"
    ]
    states = [state for t in success if (state := hass.states.get(str(t.get("id"))))]
    call_slots: dict[str, Any] = {**(slots or {}), **tool_result.get("speech_slots", {})}
    if "name" not in call_slots and success:
        call_slots["name"] = ", ".join(str(t.get("name")) for t in success)
    domains = {state.domain for state in states}
    key = response_key(intent_type, list(templates), domains, call_slots)
    if key is None:
        return None
    speech = render_response(hass, templates[key], template_variables(hass, call_slots, states))
    return speech or None


async def async_error_speech(
    hass: HomeAssistant, language: str, error_key: str, **arguments: Any
) -> str | None:
    """HA's own error sentence ("no_entity", "no_area"…) in `language`, or None.

    Like HA, a key the language has not translated yet falls back to its `no_intent`.
    """
    responses = await async_language_responses(hass, language)
    if responses is None:
        return None
    source = responses.errors.get(error_key) or responses.errors.get("no_intent")
    if not source:
        return None
    return render_response(hass, source, arguments) or None
