"""One conversation turn: decide between answering and acting, then do it."""

from __future__ import annotations

from collections.abc import AsyncGenerator
import logging
from typing import TYPE_CHECKING, Any

from homeassistant.components import conversation
from homeassistant.helpers import intent, llm

from ..assist.targets import Targets, exposed_entity_targets
from ..assist.tool_specs import tool_specs_from_api
from ..const import CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY, MAX_TOOL_ITERATIONS
from ..summary.digest import build_digest
from ..summary.fallback import fallback_summary
from .chat import async_build_chat_prompt, async_stream_reply
from .decide import (
    Act,
    AnswerAbout,
    Chat,
    Decision,
    Request,
    Say,
    lexical_decision,
    model_choice,
    model_grammar,
)
from .replies import action_key, join_names, language_of, reply

if TYPE_CHECKING:
    from ..conversation import LocalSlmConversationEntity

_LOGGER = logging.getLogger(__name__)


async def async_run_turn(
    entity: LocalSlmConversationEntity,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
) -> None:
    """Answer the newest request of the chat log."""
    if chat_log.llm_api is not None and await _async_try_ha_intents(entity, user_input, chat_log):
        return
    decision: Decision = Chat("no-api")
    request: Request | None = None
    if chat_log.llm_api is not None:
        request = _request(entity, user_input, chat_log, chat_log.llm_api)
        decision = await _async_decide(entity, request)
    language = language_of(user_input.language)
    # HA runs each tool; a failed call the model made goes back to it, with the error,
    # for another try (at most MAX_TOOL_ITERATIONS calls in one turn).
    for iteration in range(1, MAX_TOOL_ITERATIONS + 1):
        _LOGGER.debug("Decision %s for %r: %s", iteration, user_input.text, decision)
        entity.last_decision = decision.via
        chat_log.async_trace({"local_slm_decision": repr(decision)})
        if not isinstance(decision, Act):
            break
        error = await _async_act(entity, chat_log, decision.tool, decision.arguments, language)
        if error is None or request is None or not decision.via.startswith("model"):
            return
        if iteration == MAX_TOOL_ITERATIONS:
            return
        request.feedback = error
        decision = await model_grammar(
            entity.engine, request, Targets.from_entities(request.entities), temperature=0.0
        )
    match decision:
        case Act():
            pass  # handled in the loop above
        case Say(text=text):
            _say(entity, chat_log, text)
        case AnswerAbout(entity_ids=entity_ids):
            digest = build_digest(entity.hass, entity_ids, language)
            _say(entity, chat_log, fallback_summary(digest, style="sentence"))
        case Chat():
            await _async_chat(entity, chat_log)


async def _async_try_ha_intents(
    entity: LocalSlmConversationEntity,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
) -> bool:
    """Let HA's own sentence matching answer when it recognises the request exactly."""
    response = await conversation.async_handle_intents(entity.hass, user_input, chat_log)
    if response is None or response.response_type is intent.IntentResponseType.ERROR:
        return False
    speech = response.speech.get("plain", {}).get("speech", "")
    if not speech:
        return False
    entity.memory.remember_response(chat_log.conversation_id, response)
    entity.last_decision = "ha-intents"
    chat_log.async_trace({"local_slm_decision": "ha-intents"})
    _say(entity, chat_log, speech)
    return True


def _request(
    entity: LocalSlmConversationEntity,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    api: llm.APIInstance,
) -> Request:
    return Request(
        text=user_input.text,
        language=language_of(user_input.language),
        entities=exposed_entity_targets(entity.hass, conversation.DOMAIN),
        specs=tool_specs_from_api(api),
        previous_call=entity.memory.get(chat_log.conversation_id),
    )


async def _async_decide(entity: LocalSlmConversationEntity, request: Request) -> Decision:
    if (decision := lexical_decision(request)) is not None:
        return decision
    if (decision := await model_choice(entity.engine, request)) is not None:
        return decision
    return await model_grammar(
        entity.engine, request, Targets.from_entities(request.entities), temperature=0.0
    )


def _say(entity: LocalSlmConversationEntity, chat_log: conversation.ChatLog, text: str) -> None:
    chat_log.async_add_assistant_content_without_tools(
        conversation.AssistantContent(agent_id=entity.entity_id, content=text)
    )


async def _async_act(
    entity: LocalSlmConversationEntity,
    chat_log: conversation.ChatLog,
    tool: str,
    arguments: dict[str, Any],
    language: str,
) -> str | None:
    """Hand the call to HA, which runs the tool, then report what happened.

    Returns the error when the call failed, None when it succeeded.
    """
    call = llm.ToolInput(tool_name=tool, tool_args=arguments)

    async def deltas() -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        yield {"role": "assistant", "tool_calls": [call]}

    results: list[conversation.ToolResultContent] = [
        content
        async for content in chat_log.async_add_delta_content_stream(entity.entity_id, deltas())
        if isinstance(content, conversation.ToolResultContent)
    ]
    text, failed = _report(tool, arguments, results, language)
    if not failed:
        entity.memory.remember(chat_log.conversation_id, arguments)
    chat_log.async_add_assistant_content_without_tools(
        conversation.AssistantContent(agent_id=entity.entity_id, content=text)
    )
    return text if failed else None


def _report(
    tool: str,
    arguments: dict[str, Any],
    results: list[conversation.ToolResultContent],
    language: str,
) -> tuple[str, bool]:
    """A sentence from the tool's result (what was actually done, or why not), and failed."""
    if not results:
        return reply("failed", language, error="no result"), True
    data: dict[str, Any] = dict(results[0].tool_result)
    if "error" in data and "response_type" not in data:
        return reply("failed", language, error=str(data.get("error_text") or data["error"])), True
    if data.get("response_type") == "error":
        speech = data.get("speech", {}).get("plain", {}).get("speech")
        code = data.get("data", {}).get("code", "error")
        return reply("failed", language, error=str(speech or code)), True
    success = [t for t in data.get("data", {}).get("success", []) if t.get("type") == "entity"]
    names = [str(t.get("name")) for t in success]
    text_names = (
        join_names(names, language)
        if names
        else str(arguments.get("name") or arguments.get("area") or "")
    )
    direction = {"intent__HassTurnOn": "on", "intent__HassTurnOff": "off"}.get(tool)
    if direction is None:
        return reply("done", language, names=text_names), False
    domains = {str(t.get("id", "")).partition(".")[0] for t in success}
    domain = domains.pop() if len(domains) == 1 else None
    return reply(action_key(direction, domain), language, names=text_names), False


async def _async_chat(entity: LocalSlmConversationEntity, chat_log: conversation.ChatLog) -> None:
    """A free answer from the model, streamed."""
    max_history = int(entity.settings.get(CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY))
    prompt = await async_build_chat_prompt(
        entity.engine, chat_log, max_history=max_history, max_tokens=entity.max_tokens
    )
    await async_stream_reply(
        entity.engine,
        chat_log,
        entity.entity_id,
        prompt,
        temperature=entity.temperature,
        max_tokens=entity.max_tokens,
    )
