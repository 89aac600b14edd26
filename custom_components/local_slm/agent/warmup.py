"""Warm start: evaluate the static prefixes of an agent's prompts before anyone asks.

The worker keeps one evaluated prefix per slot, so after warming, the first request
only reads what follows the prefix (the request itself and live facts).

Two entry points:
* `async_warm` (background: setup, exposed entities changed) evaluates every prefix
  and may grow the context, which reloads the entry.
* `async_warm_cold` (a voice pipeline is about to ask) evaluates only the prefixes the
  worker no longer holds (after a restart, or another agent's request), never queues
  ahead of a request already waiting, and never reloads anything.

Depends on `WarmAgent`, a protocol the conversation entity satisfies, not on the
entity's module (no import cycle).
"""

from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any, Protocol

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import chat_session, llm

from ..const import CONF_AUTO_N_CTX, CONF_LLM_HASS_API, CONF_N_CTX, CONF_PROMPT, DOMAIN
from ..engine.base import Engine, EngineError, GenerationRequest
from ..engine_setup import context_for_prefix
from ..prompting.assist_prompt import ranking_prefix
from ..prompting.chat_format import render_chat
from ..prompting.layout import split_volatile
from ..runtime import LocalSlmConfigEntry
from .chat import SLOT_CHAT, instructions_of
from .model_rank import SLOT_ASSIST

_LOGGER = logging.getLogger(__name__)


class WarmAgent(Protocol):
    """What warming needs of an agent: its entry, engine and settings."""

    hass: HomeAssistant
    entry: LocalSlmConfigEntry

    @property
    def engine(self) -> Engine:
        """The engine serving the agent."""

    @property
    def settings(self) -> Mapping[str, Any]:
        """The agent's options (prompt, LLM APIs)."""


async def async_static_prefixes(entity: WarmAgent, language: str) -> dict[str, str]:
    """The prompt text every request of each slot starts with."""
    engine = entity.engine
    template = await engine.async_chat_template()
    prefixes: dict[str, str] = {}
    api_ids = entity.settings.get(CONF_LLM_HASS_API)
    with (
        chat_session.async_get_chat_session(entity.hass) as session,
        conversation.async_get_chat_log(entity.hass, session) as chat_log,
    ):
        await chat_log.async_provide_llm_data(
            llm.LLMContext(
                platform=DOMAIN,
                context=Context(),
                language=language,
                assistant=conversation.DOMAIN,
                device_id=None,
            ),
            api_ids,
            entity.settings.get(CONF_PROMPT),
            None,
        )
        static, _volatile = split_volatile(instructions_of(chat_log))
        prefixes[SLOT_CHAT] = render_chat(
            [{"role": "system", "content": static}],
            template.template,
            eos=template.eos,
            add_generation_prompt=False,
        )
        if chat_log.llm_api is not None:
            prefixes[SLOT_ASSIST] = render_chat(
                ranking_prefix(), template.template, eos=template.eos, add_generation_prompt=False
            )
    return prefixes


def _language(entity: WarmAgent, language: str | None) -> str:
    return (language or entity.hass.config.language).split("-")[0]


async def _async_evaluate(engine: Engine, slot: str, prefix: str) -> None:
    result = await engine.async_generate(
        GenerationRequest(prompt=prefix, max_tokens=1, temperature=0.0, slot=slot)
    )
    _LOGGER.debug(
        "Warmed slot %s: %s tokens (%s reused)",
        slot,
        result.stats.get("prompt_tokens"),
        result.stats.get("prompt_tokens_reused"),
    )


async def async_warm(entity: WarmAgent, language: str | None = None) -> None:
    """Evaluate the agent's static prefixes in the worker (one token generated each)."""
    engine: Engine = entity.engine
    if not engine.available:
        return
    try:
        prefixes = await async_static_prefixes(entity, _language(entity, language))
        if await _async_resize_context(entity, prefixes.get(SLOT_CHAT, "")):
            return  # the entry reloads with a larger context, and warms again
        # Decision prefix first, chat last (it stays active); the second pass costs
        # a slot switch each, paying llama.cpp's one-time state-copy cost now rather
        # than in the first user request.
        ordered = sorted(prefixes.items(), key=lambda item: item[0] == SLOT_CHAT)
        for slot, prefix in ordered * (2 if len(ordered) > 1 else 1):
            await _async_evaluate(engine, slot, prefix)
    except EngineError as err:
        _LOGGER.debug("Warm-up skipped: %s", err)


async def async_warm_cold(entity: WarmAgent, language: str | None = None) -> None:
    """Evaluate only the prefixes the worker lost, and only while nothing else waits.

    For a pipeline about to send a request: a warm worker costs one tokenization per
    slot; a request already queued is never delayed by a warm-up, and the context is
    never resized here (that reloads the entry, mid-request).
    """
    engine: Engine = entity.engine
    if not engine.available or engine.waiting:
        return
    try:
        prefixes = await async_static_prefixes(entity, _language(entity, language))
        ordered = sorted(prefixes.items(), key=lambda item: item[0] == SLOT_CHAT)
        for slot, prefix in ordered:
            if engine.waiting:
                return  # a request is queued: it goes first
            if not await engine.async_is_warm(prefix, slot=slot) and not engine.waiting:
                await _async_evaluate(engine, slot, prefix)
    except EngineError as err:
        _LOGGER.debug("Warm-up skipped: %s", err)


async def _async_resize_context(entity: WarmAgent, chat_prefix: str) -> bool:
    """Grow the context to fit the static prompt, unless the user chose its size.

    Returns True when the entry was asked to reload with a larger context (never for
    a server, whose context was set when it started). Grow-only
    and capped, so several agents of one entry cannot make it reload back and forth.
    """
    entry = entity.entry
    if CONF_N_CTX in entry.options or not chat_prefix or not entity.engine.owns_context:
        return False
    current = int(entity.engine.info.get("n_ctx", 0))
    needed = context_for_prefix(await entity.engine.async_count_tokens(chat_prefix))
    if needed <= current:
        return False
    _LOGGER.info("Growing the context of %s from %s to %s tokens", entry.title, current, needed)
    entity.hass.config_entries.async_update_entry(
        entry, data={**entry.data, CONF_AUTO_N_CTX: needed}
    )
    return True
