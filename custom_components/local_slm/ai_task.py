"""The AI Task platform: free text, or data that always matches the requested structure."""

from __future__ import annotations

import json
import logging
from typing import Any, override

from homeassistant.components import ai_task, conversation
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import llm
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
import probatio

from .agent.chat import async_build_chat_prompt
from .assist.grammar import build_json_grammar
from .const import DOMAIN, SUBENTRY_AI_TASK
from .engine.base import EngineError, GenerationRequest
from .entity import LocalSlmBaseLLMEntity
from .errors import as_ha_error
from .prompting.chat_format import stop_strings
from .runtime import LocalSlmConfigEntry

_LOGGER = logging.getLogger(__name__)
SLOT_TASK = "task"
PARALLEL_UPDATES = 0
"""No limit here: the engine queues requests itself (bounded, in order)."""


async def async_setup_entry(
    hass: HomeAssistant,
    config_entry: LocalSlmConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """One AI Task entity per ai_task_data subentry."""
    for subentry in config_entry.subentries.values():
        if subentry.subentry_type == SUBENTRY_AI_TASK:
            async_add_entities(
                [LocalSlmTaskEntity(config_entry, subentry)],
                config_subentry_id=subentry.subentry_id,
            )


def structure_json_schema(structure: probatio.Schema) -> dict[str, Any]:
    """The task's structure as JSON schema, with HA's own converter."""
    schema: dict[str, Any] = probatio.to_openapi(
        structure, custom_serializer=llm.selector_serializer, openapi_version="3.1.0"
    )
    return schema


class LocalSlmTaskEntity(ai_task.AITaskEntity, LocalSlmBaseLLMEntity):
    """Generates text or structured data with the local model."""

    _attr_supported_features = ai_task.AITaskEntityFeature.GENERATE_DATA

    @override
    async def _async_generate_data(
        self,
        task: ai_task.GenDataTask,
        chat_log: conversation.ChatLog,
    ) -> ai_task.GenDataTaskResult:
        """Generate; with a structure, under a grammar so the output always parses."""
        engine = self.engine
        grammar: str | None = None
        schema: dict[str, Any] | None = None
        extra = ""
        if task.structure:
            schema = structure_json_schema(task.structure)
            try:
                grammar = build_json_grammar(schema)
            except ValueError as err:  # no JSON value can match (say, a select with no option)
                raise ServiceValidationError(
                    translation_domain=DOMAIN,
                    translation_key="structure_unsatisfiable",
                    translation_placeholders={"detail": str(err)},
                ) from err
            extra = "Reply with JSON only, matching this schema: " + json.dumps(
                schema, ensure_ascii=False, separators=(",", ":")
            )
        try:
            prompt = await async_build_chat_prompt(
                engine, chat_log, max_history=0, max_tokens=self.max_tokens, extra_static=extra
            )
            template = await engine.async_chat_template()
            result = await engine.async_generate(
                GenerationRequest(
                    prompt=prompt,
                    max_tokens=self.max_tokens,
                    temperature=self.temperature,
                    grammar=grammar,
                    stop=() if grammar else stop_strings(template.template, template.eos),
                    slot=SLOT_TASK,
                    json_schema=schema,
                )
            )
        except EngineError as err:
            raise as_ha_error(err) from err

        text = result.text.strip()
        chat_log.async_add_assistant_content_without_tools(
            conversation.AssistantContent(agent_id=self.entity_id, content=text)
        )
        if not task.structure:
            return ai_task.GenDataTaskResult(conversation_id=chat_log.conversation_id, data=text)
        try:
            data = task.structure(json.loads(text))
        except (json.JSONDecodeError, probatio.Invalid) as err:
            # A grammar-constrained reply cut short by the token limit ends here.
            _LOGGER.warning("Structured output did not validate: %s (%r)", err, text[:200])
            raise HomeAssistantError(
                translation_domain=DOMAIN, translation_key="structured_output_invalid"
            ) from err
        return ai_task.GenDataTaskResult(conversation_id=chat_log.conversation_id, data=data)
