"""Config flow: choose the model, tune the engine, add agents and AI tasks."""

from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any, override

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlowResult,
    ConfigSubentryFlow,
    OptionsFlow,
    SubentryFlowResult,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import llm
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TemplateSelector,
    TextSelector,
)
import probatio

from .const import (
    BUILTIN_MODEL_TITLE,
    CONF_LLM_HASS_API,
    CONF_MAX_HISTORY,
    CONF_MAX_TOKENS,
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    CONF_N_BATCH,
    CONF_N_CTX,
    CONF_N_THREADS,
    CONF_PROMPT,
    CONF_TEMPERATURE,
    DEFAULT_AI_TASK_NAME,
    DEFAULT_CONVERSATION_NAME,
    DEFAULT_MAX_HISTORY,
    DEFAULT_MAX_TOKENS,
    DEFAULT_N_BATCH,
    DEFAULT_N_CTX,
    DEFAULT_TEMPERATURE,
    DOMAIN,
    MAX_N_CTX,
    MIN_N_CTX,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
    MODEL_SOURCE_REMOTE,
    SUBENTRY_AI_TASK,
    SUBENTRY_CONVERSATION,
)
from .engine.base import EngineError
from .engine_setup import async_resolve_model, default_threads, new_engine
from .model_files import ModelFileError, ModelFileInfo
from .remote_flow import RemoteServerSteps
from .remote_source import is_remote

_LOGGER = logging.getLogger(__name__)

VALIDATION_N_CTX = 512
NEW_ENTRY_SOURCES = (MODEL_SOURCE_BUILTIN, MODEL_SOURCE_FILE, MODEL_SOURCE_REMOTE)


def model_schema(
    defaults: Mapping[str, Any],
    sources: tuple[str, ...] = (MODEL_SOURCE_BUILTIN, MODEL_SOURCE_FILE),
) -> probatio.Schema:
    """The model form: built-in model or a GGUF path (or, for a new entry, a server)."""
    return probatio.Schema(
        {
            probatio.Required(
                CONF_MODEL_SOURCE,
                default=defaults.get(CONF_MODEL_SOURCE, MODEL_SOURCE_BUILTIN),
            ): SelectSelector(
                SelectSelectorConfig(
                    options=list(sources),
                    translation_key=CONF_MODEL_SOURCE,
                    mode=SelectSelectorMode.LIST,
                )
            ),
            probatio.Optional(
                CONF_MODEL_PATH,
                description={"suggested_value": defaults.get(CONF_MODEL_PATH)},
            ): TextSelector(),
        }
    )


def model_data(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Entry data from the model form."""
    source = user_input[CONF_MODEL_SOURCE]
    if source == MODEL_SOURCE_BUILTIN:
        return {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}
    return {
        CONF_MODEL_SOURCE: MODEL_SOURCE_FILE,
        CONF_MODEL_PATH: str(user_input.get(CONF_MODEL_PATH) or "").strip(),
    }


async def async_validate_model(
    hass: HomeAssistant, data: Mapping[str, Any], options: Mapping[str, Any]
) -> tuple[ModelFileInfo | None, dict[str, str]]:
    """Check the file, then load the model for real in a throwaway worker."""
    try:
        info = await async_resolve_model(hass, data, options)
    except ModelFileError as err:
        return None, {"base": err.reason}
    engine = new_engine(info, {**options, CONF_N_CTX: VALIDATION_N_CTX})
    try:
        await engine.async_start()
    except EngineError as err:
        _LOGGER.info("Model %s failed to load: %s", info.path, err)
        return None, {"base": "model_load_failed"}
    except (OSError, TimeoutError):
        _LOGGER.exception("Could not start the inference worker")
        return None, {"base": "worker_failed"}
    finally:
        await engine.async_stop()
    return info, {}


def entry_unique_id(data: Mapping[str, Any], info: ModelFileInfo) -> str:
    """One entry per model file: the built-in model, or the file's path."""
    if data[CONF_MODEL_SOURCE] == MODEL_SOURCE_BUILTIN:
        return MODEL_SOURCE_BUILTIN
    return info.path


def entry_title(data: Mapping[str, Any], info: ModelFileInfo) -> str:
    """The entry's title: the model's name."""
    if data[CONF_MODEL_SOURCE] == MODEL_SOURCE_BUILTIN:
        return BUILTIN_MODEL_TITLE
    return info.path.rsplit("/", 1)[-1].removesuffix(".gguf")


def unique_id_taken(hass: HomeAssistant, unique_id: str, entry_id: str) -> bool:
    """Whether another (not ignored) entry already serves this model file."""
    return any(
        other.unique_id == unique_id and other.entry_id != entry_id
        for other in hass.config_entries.async_entries(DOMAIN, include_ignore=False)
    )


def default_conversation_data(hass: HomeAssistant) -> dict[str, Any]:
    """Options of the agent a new entry comes with: Assist control when available."""
    apis = [api.id for api in llm.async_get_apis(hass)]
    return {
        CONF_PROMPT: llm.DEFAULT_INSTRUCTIONS_PROMPT,
        CONF_LLM_HASS_API: [llm.LLM_API_ASSIST] if llm.LLM_API_ASSIST in apis else [],
        CONF_MAX_HISTORY: DEFAULT_MAX_HISTORY,
        CONF_TEMPERATURE: DEFAULT_TEMPERATURE,
        CONF_MAX_TOKENS: DEFAULT_MAX_TOKENS,
    }


def default_ai_task_data() -> dict[str, Any]:
    """Options of the AI task a new entry comes with."""
    return {CONF_TEMPERATURE: DEFAULT_TEMPERATURE, CONF_MAX_TOKENS: 256}


class LocalSlmConfigFlow(RemoteServerSteps, domain=DOMAIN):
    """Pick the model the entry serves."""

    VERSION = 1

    @override
    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Choose the built-in model, a GGUF file on this host, or a server."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if user_input[CONF_MODEL_SOURCE] == MODEL_SOURCE_REMOTE:
                return await self.async_step_remote()
            data = model_data(user_input)
            info, errors = await async_validate_model(self.hass, data, {})
            if info is not None:
                await self.async_set_unique_id(entry_unique_id(data, info))
                self._abort_if_unique_id_configured()
                return self._async_create_model_entry(entry_title(data, info), data)
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                model_schema({}, NEW_ENTRY_SOURCES), user_input or {}
            ),
            errors=errors,
        )

    @override
    def remote_entry_chosen(self, data: dict[str, Any], title: str) -> ConfigFlowResult:
        """A model on a server was chosen and answered."""
        return self._async_create_model_entry(title, data)

    @callback
    def _async_create_model_entry(self, title: str, data: dict[str, Any]) -> ConfigFlowResult:
        """The entry, with the conversation agent and the AI task it comes with."""
        return self.async_create_entry(
            title=title,
            data=data,
            subentries=[
                {
                    "subentry_type": SUBENTRY_CONVERSATION,
                    "data": default_conversation_data(self.hass),
                    "title": DEFAULT_CONVERSATION_NAME,
                    "unique_id": None,
                },
                {
                    "subentry_type": SUBENTRY_AI_TASK,
                    "data": default_ai_task_data(),
                    "title": DEFAULT_AI_TASK_NAME,
                    "unique_id": None,
                },
            ],
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Point the entry at another model file (also how a moved file is fixed)."""
        entry = self._get_reconfigure_entry()
        if is_remote(entry.data):
            return await self.async_step_remote()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = model_data(user_input)
            info, errors = await async_validate_model(self.hass, data, entry.options)
            if info is not None:
                if unique_id_taken(self.hass, entry_unique_id(data, info), entry.entry_id):
                    return self.async_abort(reason="already_configured")
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=entry_unique_id(data, info),
                    title=entry_title(data, info),
                    data=data,
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=model_schema(user_input or entry.data),
            errors=errors,
        )

    @staticmethod
    @callback
    @override
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        """Engine settings."""
        return LocalSlmOptionsFlow()

    @classmethod
    @callback
    @override
    def async_supports_options_flow(cls, config_entry: ConfigEntry) -> bool:
        """Engine settings exist only for a model run here (a server has its own)."""
        return not is_remote(config_entry.data)

    @classmethod
    @callback
    @override
    def async_get_supported_subentry_types(
        cls, config_entry: ConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """Conversation agents and AI tasks served by this model."""
        return {
            SUBENTRY_CONVERSATION: ConversationSubentryFlow,
            SUBENTRY_AI_TASK: AITaskSubentryFlow,
        }


def options_schema(options: Mapping[str, Any]) -> probatio.Schema:
    """Engine options: context size, threads, batch size."""
    return probatio.Schema(
        {
            probatio.Required(
                CONF_N_CTX, default=int(options.get(CONF_N_CTX, DEFAULT_N_CTX))
            ): NumberSelector(
                NumberSelectorConfig(
                    min=MIN_N_CTX, max=MAX_N_CTX, step=256, mode=NumberSelectorMode.BOX
                )
            ),
            probatio.Required(
                CONF_N_THREADS, default=int(options.get(CONF_N_THREADS) or default_threads())
            ): NumberSelector(
                NumberSelectorConfig(min=1, max=64, step=1, mode=NumberSelectorMode.BOX)
            ),
            probatio.Required(
                CONF_N_BATCH, default=int(options.get(CONF_N_BATCH, DEFAULT_N_BATCH))
            ): NumberSelector(
                NumberSelectorConfig(min=16, max=2048, step=16, mode=NumberSelectorMode.BOX)
            ),
        }
    )


class LocalSlmOptionsFlow(OptionsFlow):
    """Engine settings; changing them reloads the model."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show and validate the engine options."""
        errors: dict[str, str] = {}
        if user_input is not None:  # ranges are enforced by the selectors
            options = {
                CONF_N_CTX: int(user_input[CONF_N_CTX]),
                CONF_N_THREADS: int(user_input[CONF_N_THREADS]),
                CONF_N_BATCH: int(user_input[CONF_N_BATCH]),
            }
            try:
                await async_resolve_model(self.hass, self.config_entry.data, options)
            except ModelFileError as err:
                errors = {"base": err.reason}
            else:
                return self.async_create_entry(data=options)
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(self.config_entry.options), user_input or {}
            ),
            errors=errors,
        )


def _api_options(hass: HomeAssistant) -> list[SelectOptionDict]:
    return [SelectOptionDict(label=api.name, value=api.id) for api in llm.async_get_apis(hass)]


class _AgentSubentryFlow(ConfigSubentryFlow):
    """Shared create/reconfigure logic of the subentry flows."""

    default_name: str

    def _schema(self, options: Mapping[str, Any], is_new: bool) -> dict[Any, Any]:
        raise NotImplementedError

    def _defaults(self) -> dict[str, Any]:
        raise NotImplementedError

    async def async_step_set_options(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Create or edit the subentry."""
        is_new = self.source == "user"
        current = self._defaults() if is_new else dict(self._get_reconfigure_subentry().data)
        if user_input is not None:  # ranges are enforced by the selectors
            if is_new:
                title = user_input.pop(CONF_NAME, self.default_name)
                return self.async_create_entry(title=title, data={**current, **user_input})
            if CONF_LLM_HASS_API in current and CONF_LLM_HASS_API not in user_input:
                user_input[CONF_LLM_HASS_API] = []
            return self.async_update_and_abort(
                self._get_entry(),
                self._get_reconfigure_subentry(),
                data={**current, **user_input},
            )
        schema = self._schema(current, is_new)
        return self.async_show_form(
            step_id="set_options",
            data_schema=self.add_suggested_values_to_schema(
                probatio.Schema(schema), user_input or {}
            ),
        )

    async_step_user = async_step_set_options
    async_step_reconfigure = async_step_set_options


def _common_fields(options: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Optional(
            CONF_TEMPERATURE,
            description={"suggested_value": options.get(CONF_TEMPERATURE, DEFAULT_TEMPERATURE)},
        ): NumberSelector(NumberSelectorConfig(min=0, max=2, step=0.05)),
        probatio.Optional(
            CONF_MAX_TOKENS,
            description={"suggested_value": options.get(CONF_MAX_TOKENS, DEFAULT_MAX_TOKENS)},
        ): NumberSelector(
            NumberSelectorConfig(min=1, max=4096, step=1, mode=NumberSelectorMode.BOX)
        ),
    }


class ConversationSubentryFlow(_AgentSubentryFlow):
    """An Assist conversation agent."""

    default_name = DEFAULT_CONVERSATION_NAME

    @override
    def _defaults(self) -> dict[str, Any]:
        return default_conversation_data(self.hass)

    @override
    def _schema(self, options: Mapping[str, Any], is_new: bool) -> dict[Any, Any]:
        schema: dict[Any, Any] = {}
        if is_new:
            schema[probatio.Required(CONF_NAME, default=self.default_name)] = str
        valid_apis = {api.id for api in llm.async_get_apis(self.hass)}
        selected = [a for a in options.get(CONF_LLM_HASS_API, []) if a in valid_apis]
        schema.update(
            {
                probatio.Optional(
                    CONF_PROMPT,
                    description={
                        "suggested_value": options.get(CONF_PROMPT, llm.DEFAULT_INSTRUCTIONS_PROMPT)
                    },
                ): TemplateSelector(),
                probatio.Optional(
                    CONF_LLM_HASS_API, description={"suggested_value": selected}
                ): SelectSelector(
                    SelectSelectorConfig(options=_api_options(self.hass), multiple=True)
                ),
                probatio.Optional(
                    CONF_MAX_HISTORY,
                    description={
                        "suggested_value": options.get(CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY)
                    },
                ): NumberSelector(
                    NumberSelectorConfig(min=0, max=50, step=1, mode=NumberSelectorMode.BOX)
                ),
            }
        )
        schema.update(_common_fields(options))
        return schema


class AITaskSubentryFlow(_AgentSubentryFlow):
    """An AI Task entity."""

    default_name = DEFAULT_AI_TASK_NAME

    @override
    def _defaults(self) -> dict[str, Any]:
        return default_ai_task_data()

    @override
    def _schema(self, options: Mapping[str, Any], is_new: bool) -> dict[Any, Any]:
        schema: dict[Any, Any] = {}
        if is_new:
            schema[probatio.Required(CONF_NAME, default=self.default_name)] = str
        schema.update(_common_fields(options))
        return schema
