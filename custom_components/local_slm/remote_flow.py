"""Config flow steps of the "remote server" model source, and its reauth flow.

The user gives the server's URL and an optional API key; the models come from the
server's `/v1/models`; the chosen one is checked with a real request (a one-token
completion) before the entry is made. One entry per server and model.
"""

from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any

from homeassistant.config_entries import SOURCE_RECONFIGURE, ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_API_KEY, CONF_MODEL, CONF_URL
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    SelectSelector,
    SelectSelectorConfig,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

from .const import CONF_MODEL_SOURCE, DOMAIN, MODEL_SOURCE_REMOTE
from .engine.base import EngineError, GenerationRequest
from .engine.remote import RemoteConfig, async_list_models, normalize_url
from .remote_source import new_remote_engine, remote_config, remote_title, remote_unique_id

_LOGGER = logging.getLogger(__name__)

#: Engine error codes shown as they are on the form; anything else is "request_failed".
_FORM_ERRORS = frozenset(
    {"server_unreachable", "invalid_auth", "not_openai_compatible", "model_not_served"}
)


def _form_error(err: EngineError) -> str:
    return err.code if err.code in _FORM_ERRORS else "request_failed"


def server_schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    """URL and optional API key of the server."""
    return probatio.Schema(
        {
            probatio.Required(CONF_URL, default=defaults.get(CONF_URL, "")): TextSelector(
                TextSelectorConfig(type=TextSelectorType.URL)
            ),
            probatio.Optional(
                CONF_API_KEY, description={"suggested_value": defaults.get(CONF_API_KEY)}
            ): TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD)),
        }
    )


def key_schema() -> probatio.Schema:
    """Only the API key (reauth)."""
    return probatio.Schema(
        {
            probatio.Optional(CONF_API_KEY): TextSelector(
                TextSelectorConfig(type=TextSelectorType.PASSWORD)
            )
        }
    )


async def async_check_model(flow: ConfigFlow, config: RemoteConfig) -> str | None:
    """Serve one real token with this model; None when it worked, else a form error."""
    engine = new_remote_engine(flow.hass, config)
    try:
        await engine.async_start()
        await engine.async_generate(
            GenerationRequest(prompt="Hello", max_tokens=1, temperature=0.0)
        )
    except EngineError as err:
        _LOGGER.info("The model %s at %s failed a test request: %s", config.model, config.url, err)
        return _form_error(err)
    finally:
        await engine.async_stop()
    return None


class RemoteServerSteps(ConfigFlow):
    """The steps that configure a model on a remote server (mixed into the config flow)."""

    _server: RemoteConfig | None = None
    _models: list[str]

    def remote_entry_chosen(self, data: dict[str, Any], title: str) -> ConfigFlowResult:
        """Create the entry (the config flow adds its agents)."""
        raise NotImplementedError

    async def async_step_remote(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The server's URL and API key, checked by listing its models."""
        errors: dict[str, str] = {}
        if user_input is not None:
            try:
                url = normalize_url(str(user_input[CONF_URL]))
            except ValueError:
                errors[CONF_URL] = "invalid_url"
            else:
                server = RemoteConfig(url, "", user_input.get(CONF_API_KEY) or None)
                try:
                    self._models = await async_list_models(
                        async_get_clientsession(self.hass), server
                    )
                except EngineError as err:
                    errors["base"] = _form_error(err)
                else:
                    if not self._models:
                        errors["base"] = "no_models"
                    else:
                        self._server = server
                        return await self.async_step_remote_model()
        defaults: Mapping[str, Any] = user_input or {}
        if not defaults and self.source == SOURCE_RECONFIGURE:
            defaults = self._get_reconfigure_entry().data
        return self.async_show_form(
            step_id="remote", data_schema=server_schema(defaults), errors=errors
        )

    async def async_step_remote_model(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which of the server's models; it must answer a real request."""
        assert self._server is not None
        errors: dict[str, str] = {}
        if user_input is not None:
            server = self._server
            config = RemoteConfig(server.url, str(user_input[CONF_MODEL]), server.api_key)
            if (error := await async_check_model(self, config)) is not None:
                errors["base"] = error
            else:
                data = {
                    CONF_MODEL_SOURCE: MODEL_SOURCE_REMOTE,
                    CONF_URL: config.url,
                    CONF_MODEL: config.model,
                    CONF_API_KEY: config.api_key or "",
                }
                unique_id = remote_unique_id(config)
                if self.source == SOURCE_RECONFIGURE:
                    entry = self._get_reconfigure_entry()
                    other = self.hass.config_entries.async_entry_for_domain_unique_id(
                        DOMAIN, unique_id
                    )
                    if other is not None and other.entry_id != entry.entry_id:
                        return self.async_abort(reason="already_configured")
                    return self.async_update_reload_and_abort(
                        entry, unique_id=unique_id, title=remote_title(config), data=data
                    )
                await self.async_set_unique_id(unique_id)
                self._abort_if_unique_id_configured()
                return self.remote_entry_chosen(data, remote_title(config))
        return self.async_show_form(
            step_id="remote_model",
            data_schema=probatio.Schema(
                {
                    probatio.Required(CONF_MODEL, default=self._models[0]): SelectSelector(
                        SelectSelectorConfig(options=self._models)
                    )
                }
            ),
            description_placeholders={"url": self._server.url},
            errors=errors,
        )

    async def async_step_reauth(self, entry_data: Mapping[str, Any]) -> ConfigFlowResult:
        """The server refused the key: ask for the new one."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Check the new key against the server, then reload the entry with it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            key = str(user_input.get(CONF_API_KEY) or "")
            config = remote_config({**entry.data, CONF_API_KEY: key})
            try:
                await async_list_models(async_get_clientsession(self.hass), config)
            except EngineError as err:
                errors["base"] = _form_error(err)
            else:
                return self.async_update_reload_and_abort(entry, data_updates={CONF_API_KEY: key})
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=key_schema(),
            description_placeholders={"url": str(entry.data.get(CONF_URL))},
            errors=errors,
        )
