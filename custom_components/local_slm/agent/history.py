"""HA's chat log as chat messages, trimmed to what fits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
import json

from homeassistant.components import conversation

from ..prompting.chat_format import ChatMessage


def chat_log_messages(content: Sequence[conversation.Content]) -> list[ChatMessage]:
    """Turns of the chat log after the system prompt, as plain messages.

    Tool calls and results are rendered as short text: a small model reads them
    as context, and HA has already acted on them.
    """
    messages: list[ChatMessage] = []
    for item in content:
        if isinstance(item, conversation.UserContent):
            messages.append({"role": "user", "content": item.content})
        elif isinstance(item, conversation.AssistantContent):
            parts: list[str] = []
            if item.tool_calls:
                parts.extend(
                    json.dumps({"name": c.tool_name, "arguments": c.tool_args}, ensure_ascii=False)
                    for c in item.tool_calls
                )
            if item.content:
                parts.append(item.content)
            if parts:
                messages.append({"role": "assistant", "content": "\n".join(parts)})
        elif isinstance(item, conversation.ToolResultContent):
            messages.append(
                {
                    "role": "tool",
                    "content": json.dumps(item.result.data, ensure_ascii=False, default=str)[:1500],
                }
            )
    return messages


def keep_last_turns(messages: list[ChatMessage], max_turns: int) -> list[ChatMessage]:
    """Keep the last `max_turns` earlier user turns and everything after them."""
    max_turns = max(0, max_turns)  # 0 keeps only the current request
    user_idx = [i for i, m in enumerate(messages) if m["role"] == "user"]
    if len(user_idx) <= max_turns + 1:
        return messages
    start = user_idx[-(max_turns + 1)]
    return messages[start:]


async def fit_history(
    messages: list[ChatMessage],
    render: Callable[[list[ChatMessage]], Awaitable[int]],
    budget: int,
) -> list[ChatMessage]:
    """Drop the oldest turns until the rendered prompt fits `budget` tokens.

    The current request (the last user turn and what follows it) is never dropped.
    """
    kept = list(messages)
    while await render(kept) > budget:
        user_idx = [i for i, m in enumerate(kept) if m["role"] == "user"]
        if len(user_idx) <= 1:
            break
        kept = kept[user_idx[1] :]
    return kept
