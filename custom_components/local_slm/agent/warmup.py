"""Warm start: evaluate the static prefixes of an agent's prompts before anyone asks.

The worker keeps one evaluated prefix per slot, so after warming, the first request
only reads what follows the prefix (the request itself and live facts).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from homeassistant.components import conversation
from homeassistant.core import Context
from homeassistant.helpers import chat_session, llm

from ..const import CONF_AUTO_N_CTX, CONF_LLM_HASS_API, CONF_N_CTX, CONF_PROMPT, DOMAIN
from ..engine.client import EngineClient, EngineError, GenerationRequest
from ..engine_setup import context_for_prefix
from ..prompting.assist_prompt import build_ranking_messages
from ..prompting.chat_format import render_chat
from ..prompting.layout import split_volatile
from .chat import SLOT_CHAT
from .decide import SLOT_ASSIST

if TYPE_CHECKING:
    from ..conversation import LocalSlmConversationEntity

_LOGGER = logging.getLogger(__name__)


async def async_static_prefixes(
    entity: LocalSlmConversationEntity, language: str
) -> dict[str, str]:
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
        first = chat_log.content[0]
        system = first.content if isinstance(first, conversation.SystemContent) else ""
        static, _volatile = split_volatile(system)
        prefixes[SLOT_CHAT] = render_chat(
            [{"role": "system", "content": static}],
            template.template,
            eos=template.eos,
            add_generation_prompt=False,
        )
        if chat_log.llm_api is not None:
            messages = build_ranking_messages("", language)
            prefixes[SLOT_ASSIST] = render_chat(
                messages[:-1], template.template, eos=template.eos, add_generation_prompt=False
            )
    return prefixes


async def async_warm(entity: LocalSlmConversationEntity, language: str | None = None) -> None:
    """Evaluate the agent's static prefixes in the worker (one token generated each)."""
    engine: EngineClient = entity.engine
    if not engine.available:
        return
    lang = (language or entity.hass.config.language).split("-")[0]
    try:
        prefixes = await async_static_prefixes(entity, lang)
        if await _async_resize_context(entity, prefixes.get(SLOT_CHAT, "")):
            return  # the entry reloads with a larger context, and warms again
        # Decision prefix first, chat last (it stays active); the second pass costs
        # a slot switch each, paying llama.cpp's one-time state-copy cost now rather
        # than in the first user request.
        ordered = sorted(prefixes.items(), key=lambda item: item[0] == SLOT_CHAT)
        for slot, prefix in ordered * (2 if len(ordered) > 1 else 1):
            result = await engine.async_generate(
                GenerationRequest(prompt=prefix, max_tokens=1, temperature=0.0, slot=slot)
            )
            _LOGGER.debug(
                "Warmed slot %s: %s tokens (%s reused)",
                slot,
                result.stats.get("prompt_tokens"),
                result.stats.get("prompt_tokens_reused"),
            )
    except EngineError as err:
        _LOGGER.debug("Warm-up skipped: %s", err)


async def _async_resize_context(entity: LocalSlmConversationEntity, chat_prefix: str) -> bool:
    """Grow the context to fit the static prompt, unless the user chose its size.

    Returns True when the entry was asked to reload with a larger context. Grow-only
    and capped, so several agents of one entry cannot make it reload back and forth.
    """
    entry = entity.entry
    if CONF_N_CTX in entry.options or not chat_prefix:
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
