"""A plain chat reply: the prompt laid out for prefix reuse, streamed into the chat log."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
import re

from homeassistant.components import conversation

from ..assist.text import fold
from ..engine.base import Engine, GenerationRequest
from ..prompting.chat_format import ChatMessage, render_chat, stop_strings
from ..prompting.entity_list import keep_entities, relevance_by_words
from ..prompting.layout import split_volatile
from .history import chat_log_messages, fit_history, keep_last_turns

SLOT_CHAT = "chat"
REPLY_MARGIN = 16
RECITED_WORDS = 6
"""Words in a row a reply may share with its instructions; more is the model reciting
them ("When a user asks to turn on all devices of a specific type, ask…"), not replying."""
_SENTENCE_END = re.compile(r"[.!?…]+\s+|\n+")


def instructions_of(chat_log: conversation.ChatLog) -> str:
    """The system prompt the chat log starts with ("" without one)."""
    first = chat_log.content[0] if chat_log.content else None
    return first.content if isinstance(first, conversation.SystemContent) else ""


async def async_build_chat_prompt(
    engine: Engine,
    chat_log: conversation.ChatLog,
    *,
    max_history: int,
    max_tokens: int,
    extra_static: str = "",
) -> str:
    """The chat log as one prompt that fits the context, static parts first."""
    template = await engine.async_chat_template()
    static, volatile = split_volatile(instructions_of(chat_log))
    if extra_static:
        static = f"{static}\n\n{extra_static}"
    turns = keep_last_turns(chat_log_messages(chat_log.content[1:]), max_history)
    if volatile and turns:
        # Live facts go right before the newest user words, never in the prefix.
        last_user = max(i for i, m in enumerate(turns) if m["role"] == "user")
        turns[last_user] = {
            "role": "user",
            "content": f"({volatile})\n{turns[last_user]['content']}",
        }

    def render(msgs: list[ChatMessage]) -> str:
        return render_chat(
            [{"role": "system", "content": static}, *msgs], template.template, eos=template.eos
        )

    async def measure(msgs: list[ChatMessage]) -> int:
        return await engine.async_count_tokens(render(msgs))

    budget = int(engine.info.get("n_ctx", 2048)) - max_tokens - REPLY_MARGIN
    kept = await fit_history(turns, measure, budget)
    if await measure(kept) <= budget:
        return render(kept)
    # Even the newest request alone does not fit: list fewer entities, most relevant
    # to the request first, down to none; then shorten the request itself.
    request_words = fold(kept[-1]["content"] if kept else "").split()
    full = static
    for keep in (50, 20, 8, 0):
        static = keep_entities(full, relevance_by_words(request_words), keep)
        if await measure(kept) <= budget:
            return render(kept)
    return render(await _shorten_last(kept, measure, budget))


async def _shorten_last(
    msgs: list[ChatMessage], measure: Callable[[list[ChatMessage]], Awaitable[int]], budget: int
) -> list[ChatMessage]:
    """Cut the middle of an over-long last message until the prompt fits."""
    if not msgs:
        return msgs
    last = msgs[-1]
    text = last["content"]
    while len(text) > 40 and await measure([*msgs[:-1], {**last, "content": text}]) > budget:
        cut = len(text) // 4
        middle = len(text) // 2
        text = text[: middle - cut // 2] + " … " + text[middle + cut // 2 :]
    return [*msgs[:-1], {**last, "content": text}]


async def async_generate_reply(
    engine: Engine, prompt: str, *, temperature: float, max_tokens: int
) -> str:
    """Generate a plain answer whole (to check it before anyone hears it)."""
    request = await _chat_request(engine, prompt, temperature, max_tokens)
    return (await engine.async_generate(request)).text.strip()


async def _chat_request(
    engine: Engine, prompt: str, temperature: float, max_tokens: int
) -> GenerationRequest:
    """A plain answer's generation, stopped where the model's chat template ends a turn."""
    template = await engine.async_chat_template()
    return GenerationRequest(
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
        stop=stop_strings(template.template, template.eos),
        slot=SLOT_CHAT,
    )


def recites(text: str, instructions: str) -> bool:
    """Whether `text` copies more than RECITED_WORDS - 1 words in a row from
    `instructions`."""
    given = fold(instructions).split()
    runs = {tuple(given[i : i + RECITED_WORDS]) for i in range(len(given) - RECITED_WORDS + 1)}
    said = fold(text).split()
    return any(
        tuple(said[i : i + RECITED_WORDS]) in runs for i in range(len(said) - RECITED_WORDS + 1)
    )


async def sentences(deltas: AsyncIterator[str]) -> AsyncGenerator[str]:
    """The streamed text a sentence at a time, each with the space after its end; the
    last may have no end. Closing them closes the text they come from (a generation
    stops the model there)."""
    held = ""
    try:
        async for delta in deltas:
            held += delta
            while end := _SENTENCE_END.search(held):
                yield held[: end.end()]
                held = held[end.end() :]
        if held:
            yield held
    finally:
        if isinstance(deltas, AsyncGenerator):
            await deltas.aclose()


async def async_stream_reply(
    engine: Engine,
    chat_log: conversation.ChatLog,
    agent_id: str,
    prompt: str,
    *,
    temperature: float,
    max_tokens: int,
    keeps: Callable[[str], bool] = lambda _sentence: True,
    instead: str = "",
) -> None:
    """Generate a plain answer and stream it into the chat log, a sentence at a time.

    The reply ends before the first sentence `keeps` refuses, and the model stops
    there; a reply refused from its first sentence says `instead`.
    """
    request = await _chat_request(engine, prompt, temperature, max_tokens)

    async def deltas() -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        yield {"role": "assistant"}
        said = False
        async with aclosing(sentences(aiter(engine.stream(request)))) as replies:
            async for sentence in replies:
                if not keeps(sentence):
                    break
                said = True
                yield {"content": sentence}
        if not said:
            yield {"content": instead}

    async for _ in chat_log.async_add_delta_content_stream(agent_id, deltas()):
        pass
