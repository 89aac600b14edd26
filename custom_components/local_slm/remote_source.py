"""Entries whose model runs on an OpenAI-compatible server elsewhere in the house."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from homeassistant.const import CONF_API_KEY, CONF_MODEL, CONF_URL
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .const import (
    CONF_MODEL_SOURCE,
    DEFAULT_QUEUE_SIZE,
    DEFAULT_REQUEST_TIMEOUT,
    MODEL_SOURCE_REMOTE,
)
from .engine.remote import RemoteConfig, RemoteEngine


def is_remote(data: Mapping[str, Any]) -> bool:
    """Whether the entry's model is served by a remote server."""
    return data.get(CONF_MODEL_SOURCE) == MODEL_SOURCE_REMOTE


def remote_config(data: Mapping[str, Any]) -> RemoteConfig:
    """The server, model and key an entry's data names."""
    return RemoteConfig(
        url=str(data[CONF_URL]), model=str(data[CONF_MODEL]), api_key=data.get(CONF_API_KEY) or None
    )


def remote_unique_id(config: RemoteConfig) -> str:
    """One entry per server and model."""
    return f"{config.url}#{config.model}"


def remote_title(config: RemoteConfig) -> str:
    """The entry's title: the model, and where it runs."""
    return f"{config.model} ({config.url.split('://', 1)[-1]})"


def new_remote_engine(
    hass: HomeAssistant,
    config: RemoteConfig,
    on_availability: Callable[[bool], None] | None = None,
) -> RemoteEngine:
    """An engine for this server, on Home Assistant's shared HTTP session (not started)."""
    return RemoteEngine(
        config,
        async_get_clientsession(hass),
        queue_size=DEFAULT_QUEUE_SIZE,
        request_timeout=DEFAULT_REQUEST_TIMEOUT,
        on_availability=on_availability,
    )
