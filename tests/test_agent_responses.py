"""After an action, Home Assistant's own sentence in the user's language.

Each intent really runs (HA's intent handlers on the demo home); its response is the
dict the LLM tool returns, and the sentence is rendered from home-assistant-intents
the way HA's default agent renders it.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent, llm
import pytest

from custom_components.local_slm.agent.decisions import Act
from custom_components.local_slm.agent.responses import async_action_speech, async_error_speech
from custom_components.local_slm.agent.turn import report

pytestmark = pytest.mark.usefixtures("demo_home")


async def _run(
    hass: HomeAssistant, intent_type: str, slots: dict[str, Any], language: str
) -> dict[str, Any]:
    """Run an intent as the Assist API's tool does, and return the tool's result."""
    response = await intent.async_handle(
        hass,
        "test",
        intent_type,
        {key: {"value": value} for key, value in slots.items()},
        language=language,
    )
    await hass.async_block_till_done()
    return dict(llm.IntentResponseDict(response))


async def _speech(
    hass: HomeAssistant, intent_type: str, slots: dict[str, Any], language: str
) -> str | None:
    result = await _run(hass, intent_type, slots, language)
    return await async_action_speech(hass, f"intent__{intent_type}", language, result, slots=slots)


async def test_locking_is_said_as_locking_not_turning_on(hass: HomeAssistant) -> None:
    assert await _speech(hass, "HassTurnOn", {"name": "Front Door"}, "en") == "Locking"


async def test_a_french_action_gets_the_french_sentence(hass: HomeAssistant) -> None:
    assert await _speech(hass, "HassTurnOn", {"name": "Front Door"}, "fr") == "Verrouillé"


async def test_a_german_action_gets_the_german_sentence(hass: HomeAssistant) -> None:
    speech = await _speech(hass, "HassTurnOn", {"name": "Ceiling Lights"}, "de")
    assert speech == "Licht eingeschaltet"


async def test_the_sentence_follows_the_slots_of_the_call(hass: HomeAssistant) -> None:
    """HassLightSet with a brightness answers with HA's "brightness" response."""
    slots = {"name": "Ceiling Lights", "brightness": 50}
    assert await _speech(hass, "HassLightSet", slots, "fr") == "Luminosité réglée"


async def test_an_area_wide_call_gets_the_area_sentence(hass: HomeAssistant) -> None:
    slots = {"area": "Living Room", "domain": ["light"]}
    assert await _speech(hass, "HassTurnOff", slots, "en") == "Turned off the lights"


async def test_an_error_result_has_no_action_sentence(hass: HomeAssistant) -> None:
    result = {"response_type": "error", "data": {"code": "no_valid_targets"}, "speech": {}}
    assert await async_action_speech(hass, "HassTurnOn", "de", result) is None


async def test_a_language_without_intents_data_has_no_sentence(hass: HomeAssistant) -> None:
    result = await _run(hass, "HassTurnOn", {"name": "Ceiling Lights"}, "en")
    assert await async_action_speech(hass, "HassTurnOn", "tlh", result) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Sorry, I am not aware of any area called Garden"),
        ("fr", "Désolé, je ne connais pas la pièce Garden"),
        ("de", "Kein Bereich mit dem Namen Garden vorhanden"),
    ],
)
async def test_errors_are_ha_sentences_in_the_language(
    hass: HomeAssistant, language: str, expected: str
) -> None:
    assert await async_error_speech(hass, language, "no_area", area="Garden") == expected


FAILED_CALL = {"error": "HomeAssistantError", "error_text": "Received invalid slot info"}
TIMER_ACT = Act("intent__HassStartTimer", {}, "lexical")


def test_a_failure_in_a_language_without_our_sentences_is_has_own() -> None:
    """Our failure sentence is English, French or German; in Spanish the user hears
    HA's own words for a failed command, not English."""
    spoken, failed = report(TIMER_ACT, FAILED_CALL, "es", "Se ha producido un error")
    assert (spoken, failed) == ("Se ha producido un error", True)


def test_a_failure_in_english_says_what_failed() -> None:
    """In a language we speak, the failure says what HA reported."""
    spoken, failed = report(TIMER_ACT, FAILED_CALL, "en", "An unexpected error occurred")
    assert failed
    assert "Received invalid slot info" in spoken
