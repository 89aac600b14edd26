"""The Assist agent on the built-in model, in a demo home with areas."""

from __future__ import annotations

from typing import Any

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import area_registry as ar, chat_session, intent
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import CONF_N_CTX

AGENT = "conversation.local_slm_conversation"

pytestmark = pytest.mark.usefixtures("demo_home")


async def _converse(
    hass: HomeAssistant, text: str, language: str = "en", conversation_id: str | None = None
) -> conversation.ConversationResult:
    return await conversation.async_converse(
        hass, text, conversation_id, Context(), language=language, agent_id=AGENT
    )


def _speech(result: conversation.ConversationResult) -> str:
    return str(result.response.speech["plain"]["speech"])


def _french_area_names(hass: HomeAssistant) -> None:
    """A French user's names for the demo's areas (aliases, as the UI sets them)."""
    areas = ar.async_get(hass)
    for name, alias in (("Kitchen", "Cuisine"), ("Living Room", "Salon")):
        if (area := areas.async_get_area_by_name(name)) is not None:
            areas.async_update(area.id, aliases={alias})


async def _set(hass: HomeAssistant, entity_id: str, on: bool) -> None:
    service = "turn_on" if on else "turn_off"
    await hass.services.async_call(
        "homeassistant", service, {"entity_id": entity_id}, blocking=True
    )


async def test_turn_on_the_kitchen_light(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A plain English command switches the light on."""
    await _set(hass, "light.kitchen_lights", False)
    result = await _converse(hass, "Turn on the kitchen light")
    assert result.response.response_type is intent.IntentResponseType.ACTION_DONE
    assert hass.states.get("light.kitchen_lights").state == "on"  # type: ignore[union-attr]


async def test_all_lights_of_an_area(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """'All the lights in the living room' acts on that area's lights, not its fans."""
    for entity_id in ("light.ceiling_lights", "light.living_room_rgbww_lights", "fan.ceiling_fan"):
        await _set(hass, entity_id, True)
    await _converse(hass, "turn off all the lights in the living room")
    assert hass.states.get("light.ceiling_lights").state == "off"  # type: ignore[union-attr]
    assert hass.states.get("light.living_room_rgbww_lights").state == "off"  # type: ignore[union-attr]
    assert hass.states.get("fan.ceiling_fan").state == "on"  # type: ignore[union-attr]


async def test_french_area_request_goes_through_our_layers(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'Éteins toutes les lumières du salon': Salon is the Living Room's French name."""
    _french_area_names(hass)
    for entity_id in ("light.ceiling_lights", "light.living_room_rgbww_lights"):
        await _set(hass, entity_id, True)
    await _converse(hass, "Éteins toutes les lumières du salon", "fr")
    assert hass.states.get("light.ceiling_lights").state == "off"  # type: ignore[union-attr]
    assert hass.states.get("light.living_room_rgbww_lights").state == "off"  # type: ignore[union-attr]


async def test_state_question_is_answered_without_a_tool_call(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'Is the front door locked?' answers from the live state and changes nothing."""
    before = hass.states.get("lock.front_door").state  # type: ignore[union-attr]
    with chat_session.async_get_chat_session(hass) as session:
        result = await _converse(
            hass, "Is the front door locked?", conversation_id=session.conversation_id
        )
        with conversation.async_get_chat_log(hass, session) as chat_log:
            model_calls = [
                call
                for c in chat_log.content
                if isinstance(c, conversation.AssistantContent)
                for call in c.tool_calls or []
                if not call.external  # HA's own sentence matcher records its intent as external
            ]
    assert not model_calls
    assert hass.states.get("lock.front_door").state == before  # type: ignore[union-attr]
    assert any(w in _speech(result).lower() for w in ("locked", "yes"))


async def test_french_question_is_answered_from_facts(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A French state question gets a French answer with the real value.

    The value is quoted as HA's own French answer quotes it (15.6 °C); 15,6 is fine too.
    """
    result = await _converse(hass, "Quelle est la température extérieure ?", "fr")
    speech = _speech(result)
    assert "15.6" in speech or "15,6" in speech
    assert " est " in speech


async def test_french_command(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """'Allume la lumière de la cuisine' switches the Kitchen's light on."""
    _french_area_names(hass)
    await _set(hass, "light.kitchen_lights", False)
    await _converse(hass, "allume la lumière de la cuisine", "fr")
    assert hass.states.get("light.kitchen_lights").state == "on"  # type: ignore[union-attr]


async def test_three_turns_keep_their_context(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """'Turn it off' and 'rallume-la' refer to the device of the first turn."""
    await _set(hass, "light.bed_light", False)
    first = await _converse(hass, "Turn on the bed light")
    cid = first.conversation_id
    assert hass.states.get("light.bed_light").state == "on"  # type: ignore[union-attr]
    await _converse(hass, "now turn it off", conversation_id=cid)
    assert hass.states.get("light.bed_light").state == "off"  # type: ignore[union-attr]
    await _converse(hass, "turn it on again please", conversation_id=cid)
    assert hass.states.get("light.bed_light").state == "on"  # type: ignore[union-attr]


async def test_a_free_answer_is_streamed_in_several_deltas(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Chat requests stream from the model as they are generated."""
    deltas: list[dict[str, Any]] = []
    agent = hass.data["conversation"].get_entity(AGENT)
    user_input = conversation.ConversationInput(
        text="Tell me a short story about a cat.",
        context=Context(),
        conversation_id=None,
        device_id=None,
        satellite_id=None,
        language="en",
        agent_id=AGENT,
    )
    with (
        chat_session.async_get_chat_session(hass) as session,
        conversation.async_get_chat_log(
            hass, session, user_input, chat_log_delta_listener=lambda _log, d: deltas.append(d)
        ) as chat_log,
    ):
        await agent._async_handle_message(user_input, chat_log)
    text_deltas = [d["content"] for d in deltas if d.get("content")]
    assert len(text_deltas) > 3
    assert chat_log.content[-1].content == "".join(text_deltas)  # type: ignore[union-attr]


async def test_a_conversation_longer_than_the_context_still_answers(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Old turns are dropped to fit; the newest request always gets an answer."""
    hass.config_entries.async_update_entry(loaded_entry, options={CONF_N_CTX: 1024})
    await hass.async_block_till_done()
    assert loaded_entry.runtime_data.engine.info["n_ctx"] == 1024
    cid: str | None = None
    padding = "Here is a long story about my day at the office. " * 12
    for turn in range(8):
        result = await _converse(
            hass, f"{padding} Tell me something, turn {turn}.", conversation_id=cid
        )
        cid = result.conversation_id
        assert result.response.response_type is not intent.IntentResponseType.ERROR
        assert _speech(result).strip()


async def test_engine_failure_becomes_a_spoken_answer(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """With the worker stopped, the user hears why instead of a stack trace."""
    await loaded_entry.runtime_data.engine.async_stop()
    result = await _converse(hass, "Tell me a joke about robots.")
    assert "not running" in _speech(result)


async def test_setup_warms_the_prompt_prefixes(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """After setup the worker already holds the chat and decision prefixes."""
    await hass.async_block_till_done(wait_background_tasks=True)
    stats = await loaded_entry.runtime_data.engine.async_stats()
    assert stats["requests"] >= 2
    assert {"assist", "chat"} <= {*stats["slots"], stats["active_slot"]}


async def test_a_warm_chat_request_reuses_the_prefix(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The first free question after warm-up reads only its own words."""
    await hass.async_block_till_done(wait_background_tasks=True)
    engine = loaded_entry.runtime_data.engine
    before = await engine.async_stats()
    await _converse(hass, "Tell me a joke about robots.")
    after = await engine.async_stats()
    prompt = after["prompt_tokens"] - before["prompt_tokens"]
    reused = after["prompt_tokens_reused"] - before["prompt_tokens_reused"]
    assert prompt > 0
    assert reused / prompt > 0.8


async def test_hundreds_of_entities_in_a_small_context_still_answer(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The entity list is trimmed by relevance when the prompt cannot fit the context."""
    for i in range(200):
        hass.states.async_set(f"light.extra_lamp_{i}", "off", {"friendly_name": f"Extra Lamp {i}"})
    hass.config_entries.async_update_entry(loaded_entry, options={CONF_N_CTX: 1024})
    await hass.async_block_till_done()
    result = await _converse(hass, "Tell me a fun fact about owls.")
    assert result.response.response_type is not intent.IntentResponseType.ERROR
    assert _speech(result).strip()
    assert "refused" not in _speech(result)
