"""Config flow: choose the model, tune the engine, add agents and AI tasks."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
import logging
from pathlib import Path
from typing import Any, Final, override

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
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
    BooleanSelector,
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
    DEFAULT_TEMPERATURE,
    DOMAIN,
    MAX_N_CTX,
    MIN_N_CTX,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
    SUBENTRY_AI_TASK,
    SUBENTRY_CONVERSATION,
)
from .engine.bundle import EngineUnsupported
from .engine_issue import async_raise_engine_issue
from .engine_setup import async_resolve_model, default_threads, effective_n_ctx, engine_build
from .model_files import ModelFileError, ModelFileInfo, absolute_model_path, models_folder
from .model_source_flow import STEP_REMOTE, ModelSourceSteps
from .remote_flow import RemoteServerSteps
from .remote_source import is_remote

_LOGGER = logging.getLogger(__name__)

CONF_DELETE_OLD_MODEL = "delete_old_model"


def model_schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    """The model form: built-in model or a GGUF path."""
    return probatio.Schema(
        {
            probatio.Required(
                CONF_MODEL_SOURCE,
                default=defaults.get(CONF_MODEL_SOURCE, MODEL_SOURCE_BUILTIN),
            ): SelectSelector(
                SelectSelectorConfig(
                    options=[MODEL_SOURCE_BUILTIN, MODEL_SOURCE_FILE],
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


def deletable_old_file(config_dir: str, old_data: Mapping[str, Any], new_path: str) -> Path | None:
    """The entry's current file, if it is one the user may delete when switching.

    Only files inside the models folder are offered (never the built-in model, never a
    file elsewhere on the host), and only when the new model is another file.
    """
    if old_data.get(CONF_MODEL_SOURCE) != MODEL_SOURCE_FILE:
        return None
    # Both paths are absolute, so resolve() (not strict) never raises.
    old = absolute_model_path(str(old_data.get(CONF_MODEL_PATH) or ""), config_dir).resolve()
    folder = models_folder(config_dir).resolve()
    if old.parent != folder or not old.is_file() or old == Path(new_path).resolve():
        return None
    return old


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


class LocalSlmConfigFlow(ModelSourceSteps, RemoteServerSteps, domain=DOMAIN):
    """Pick the model the entry serves; later, switch it (reconfigure)."""

    VERSION = 1

    _switch: tuple[dict[str, Any], ModelFileInfo, Path] | None = None

    @override
    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Where the model comes from: built-in, a file on this host, or a download.

        On a machine no engine build fits, only a llama.cpp server on another machine is
        offered, and Repairs says why.
        """
        try:
            await self.hass.async_add_executor_job(engine_build)
        except EngineUnsupported as err:
            async_raise_engine_issue(self.hass, err)
            return self.async_show_menu(step_id="user", menu_options=[STEP_REMOTE])
        return self.async_show_model_menu("user")

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Switch the entry to another model (also how a moved file is fixed)."""
        return self.async_show_model_menu("reconfigure")

    @override
    async def async_model_chosen(
        self, data: dict[str, Any], info: ModelFileInfo
    ) -> ConfigFlowResult:
        """Create the entry with its agent and AI task, or switch the reconfigured one."""
        unique_id = entry_unique_id(data, info)
        if self.source == SOURCE_RECONFIGURE:
            entry = self._get_reconfigure_entry()
            if unique_id_taken(self.hass, unique_id, entry.entry_id):
                return self.async_abort(reason="already_configured")
            old = await self.hass.async_add_executor_job(
                deletable_old_file, self.hass.config.config_dir, entry.data, info.path
            )
            if old is None:
                return self._async_switch(data, info)
            self._switch = (data, info, old)
            return await self.async_step_old_model()
        await self.async_set_unique_id(unique_id)
        self._abort_if_unique_id_configured()
        return self._async_create_model_entry(entry_title(data, info), data)

    @override
    def remote_entry_chosen(self, data: dict[str, Any], title: str) -> ConfigFlowResult:
        """A model on a server was chosen and answered a request."""
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

    async def async_step_old_model(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The previous model was downloaded here: keep it (default) or delete it."""
        assert self._switch is not None
        data, info, old = self._switch
        if user_input is None:
            return self.async_show_form(
                step_id="old_model",
                data_schema=probatio.Schema(
                    {probatio.Optional(CONF_DELETE_OLD_MODEL, default=False): BooleanSelector()}
                ),
                description_placeholders={"old": old.name, "new": info.path},
            )
        result = self._async_switch(data, info)
        if user_input.get(CONF_DELETE_OLD_MODEL):
            await self.hass.async_add_executor_job(partial(old.unlink, missing_ok=True))
            _LOGGER.info("Deleted the previous model file %s", old)
        return result

    @callback
    def _async_switch(self, data: dict[str, Any], info: ModelFileInfo) -> ConfigFlowResult:
        """Point the entry at the new model and reload it; its subentries stay."""
        return self.async_update_reload_and_abort(
            self._get_reconfigure_entry(),
            unique_id=entry_unique_id(data, info),
            title=entry_title(data, info),
            data=data,
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
    """Engine options; each left empty means automatic, and is not saved.

    An empty context size keeps the size grown to fit the prompt; empty threads follow
    the free cores. Nothing here has a default: a saved form must not pin a value the
    user never chose.
    """

    def field(key: str) -> probatio.Optional:
        return probatio.Optional(key, description={"suggested_value": options.get(key)})

    return probatio.Schema(
        {
            field(CONF_N_CTX): NumberSelector(
                NumberSelectorConfig(
                    min=MIN_N_CTX, max=MAX_N_CTX, step=256, mode=NumberSelectorMode.BOX
                )
            ),
            field(CONF_N_THREADS): NumberSelector(
                NumberSelectorConfig(min=1, max=64, step=1, mode=NumberSelectorMode.BOX)
            ),
            field(CONF_N_BATCH): NumberSelector(
                NumberSelectorConfig(min=16, max=2048, step=16, mode=NumberSelectorMode.BOX)
            ),
        }
    )


ENGINE_OPTIONS: Final = (CONF_N_CTX, CONF_N_THREADS, CONF_N_BATCH)


class LocalSlmOptionsFlow(OptionsFlow):
    """Engine settings; changing them reloads the model."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show and validate the engine options."""
        errors: dict[str, str] = {}
        if user_input is not None:  # ranges are enforced by the selectors
            options = {key: int(user_input[key]) for key in ENGINE_OPTIONS if user_input.get(key)}
            try:
                await async_resolve_model(self.hass, self.config_entry.data, options)
            except ModelFileError as err:
                errors = {"base": err.reason}
            else:
                return self.async_create_entry(data=options)
        entry = self.config_entry
        threads = await self.hass.async_add_executor_job(default_threads)
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(entry.options), user_input or {}
            ),
            errors=errors,
            description_placeholders={
                "auto_n_ctx": str(effective_n_ctx({}, entry.data)),
                "threads": str(threads),
                "n_batch": str(DEFAULT_N_BATCH),
            },
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
