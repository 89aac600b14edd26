"""The Assist conversation agent platform."""

from __future__ import annotations

from typing import Literal, override

from homeassistant.components import conversation
from homeassistant.components.conversation.models import AbstractConversationAgent
from homeassistant.config_entries import ConfigSubentry
from homeassistant.const import MATCH_ALL
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .agent.memory import TargetMemory
from .agent.turn import async_run_turn
from .const import CONF_LLM_HASS_API, CONF_PROMPT, DOMAIN, SUBENTRY_CONVERSATION
from .engine.client import EngineError
from .entity import LocalSlmBaseLLMEntity
from .errors import async_spoken_error
from .runtime import LocalSlmConfigEntry


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
        """Which layer decided the last turn (ha-intents, lexical, model-choice...)."""
        if subentry.data.get(CONF_LLM_HASS_API):
            self._attr_supported_features = conversation.ConversationEntityFeature.CONTROL

    @property
    @override
    def supported_languages(self) -> list[str] | Literal["*"]:
        """Any language the model can read."""
        return MATCH_ALL

    @override
    async def async_added_to_hass(self) -> None:
        """Register as an agent."""
        await super().async_added_to_hass()
        conversation.async_set_agent(self.hass, self.entry, self)

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

        try:
            await async_run_turn(self, user_input, chat_log)
        except EngineError as err:
            text = await async_spoken_error(self.hass, user_input.language, err.code)
            chat_log.async_add_assistant_content_without_tools(
                conversation.AssistantContent(agent_id=self.entity_id, content=text)
            )
        return conversation.async_get_result_from_chat_log(user_input, chat_log)
