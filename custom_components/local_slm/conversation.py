"""The Assist conversation agent platform."""

from __future__ import annotations

import logging
import time
from typing import Literal, override

from homeassistant.components import conversation
from homeassistant.components.conversation.models import AbstractConversationAgent
from homeassistant.components.homeassistant.exposed_entities import (
    async_listen_entity_updates,
)
from homeassistant.config_entries import ConfigSubentry
from homeassistant.const import MATCH_ALL
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .agent.dialog_frames import async_let_subscription_confirm
from .agent.memory import TargetMemory
from .agent.turn import async_run_turn
from .agent.warmup import async_warm, async_warm_cold
from .const import CONF_LLM_HASS_API, CONF_PROMPT, DOMAIN, SUBENTRY_CONVERSATION
from .engine.base import EngineError
from .entity import LocalSlmBaseLLMEntity
from .errors import async_spoken_error
from .runtime import LocalSlmConfigEntry, async_record_turn

_LOGGER = logging.getLogger(__name__)
WARM_DEBOUNCE_SECONDS = 10.0
PARALLEL_UPDATES = 0
"""No limit here: the engine queues requests itself (bounded, in order)."""


async def async_setup_entry(
    hass: HomeAssistant,
    config_entry: LocalSlmConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """One agent per conversation subentry."""
    for subentry in config_entry.subentries.values():
        if subentry.subentry_type == SUBENTRY_CONVERSATION:
            async_add_entities(
                [LocalSlmConversationEntity(config_entry, subentry)],
                config_subentry_id=subentry.subentry_id,
            )


class LocalSlmConversationEntity(
    conversation.ConversationEntity,
    AbstractConversationAgent,
    LocalSlmBaseLLMEntity,
):
    """An Assist agent answering with the local model."""

    _attr_supports_streaming = True

    def __init__(self, entry: LocalSlmConfigEntry, subentry: ConfigSubentry) -> None:
        """Declare device control when an LLM API is selected."""
        super().__init__(entry, subentry)
        self.memory = TargetMemory()
        self.last_decision: str | None = None
        """Which layer decided the last turn (ha-intents, lexical, model-rank...)."""
        self.decision_counts = entry.runtime_data.decision_counts
        if subentry.data.get(CONF_LLM_HASS_API):
            self._attr_supported_features = conversation.ConversationEntityFeature.CONTROL

    @property
    @override
    def supported_languages(self) -> list[str] | Literal["*"]:
        """Any language the model can read."""
        return MATCH_ALL

    @override
    async def async_added_to_hass(self) -> None:
        """Register as an agent, and warm the prompt prefixes in the background."""
        await super().async_added_to_hass()
        conversation.async_set_agent(self.hass, self.entry, self)
        self._warm_debouncer = Debouncer(
            self.hass,
            _LOGGER,
            cooldown=WARM_DEBOUNCE_SECONDS,
            immediate=False,
            function=self._async_schedule_warm,
            background=True,
        )
        # A renamed, newly exposed or moved entity changes the chat prefix: re-warm.
        self.async_on_remove(
            async_listen_entity_updates(
                self.hass, conversation.DOMAIN, self._warm_debouncer.async_schedule_call
            )
        )
        self.async_on_remove(
            self.hass.bus.async_listen(
                er.EVENT_ENTITY_REGISTRY_UPDATED, self._async_registry_updated
            )
        )
        self.async_on_remove(self._warm_debouncer.async_shutdown)
        self._async_schedule_warm()

    @callback
    def _async_registry_updated(self, _event: Event[er.EventEntityRegistryUpdatedData]) -> None:
        self._warm_debouncer.async_schedule_call()

    @callback
    def _async_schedule_warm(self) -> None:
        self.entry.async_create_background_task(
            self.hass, async_warm(self), f"{DOMAIN} warm {self.entity_id}"
        )

    @override
    async def async_prepare(self, language: str | None = None) -> None:
        """A pipeline is about to use us: evaluate the prefixes the worker lost, if any."""
        await async_warm_cold(self, language)

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Unregister as an agent."""
        conversation.async_unset_agent(self.hass, self.entry)
        await super().async_will_remove_from_hass()

    @override
    async def _async_handle_message(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
    ) -> conversation.ConversationResult:
        """Answer one request; engine failures become a spoken answer."""
        started = time.monotonic()
        settings = self.settings
        try:
            await chat_log.async_provide_llm_data(
                user_input.as_llm_context(DOMAIN),
                settings.get(CONF_LLM_HASS_API),
                settings.get(CONF_PROMPT),
                user_input.extra_system_prompt,
            )
        except conversation.ConverseError as err:
            return err.as_conversation_result()

        # Before an answer that may be ready at once: see agent/dialog_frames.py.
        await async_let_subscription_confirm()
        try:
            await async_run_turn(self, user_input, chat_log)
        except EngineError as err:
            text = await async_spoken_error(self.hass, user_input.language, err.code)
            chat_log.async_add_assistant_content_without_tools(
                conversation.AssistantContent(agent_id=self.entity_id, content=text)
            )
        async_record_turn(self.hass, self.entry, time.monotonic() - started)
        return conversation.async_get_result_from_chat_log(user_input, chat_log)
