"""One conversation turn: decide between answering and acting, then do it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.components import conversation

from ..const import CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY
from .chat import async_build_chat_prompt, async_stream_reply

if TYPE_CHECKING:
    from ..conversation import LocalSlmConversationEntity


async def async_run_turn(
    entity: LocalSlmConversationEntity,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
) -> None:
    """Answer the newest request of the chat log."""
    engine = entity.engine
    max_history = int(entity.settings.get(CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY))
    prompt = await async_build_chat_prompt(
        engine, chat_log, max_history=max_history, max_tokens=entity.max_tokens
    )
    await async_stream_reply(
        engine,
        chat_log,
        entity.entity_id,
        prompt,
        temperature=entity.temperature,
        max_tokens=entity.max_tokens,
    )
