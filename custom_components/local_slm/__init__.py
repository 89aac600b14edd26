"""Local SLM: a small language model running on the Home Assistant host."""

from __future__ import annotations

from collections.abc import Callable
import logging

from homeassistant.const import EVENT_HOMEASSISTANT_STOP, Platform
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import (
    ConfigEntryAuthFailed,
    ConfigEntryError,
    ConfigEntryNotReady,
)
from homeassistant.helpers import config_validation as cv, issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.typing import ConfigType

from . import memory_retries
from .const import DOMAIN, availability_signal, model_issue_id
from .engine.base import Engine, EngineError
from .engine.client import EngineClient
from .engine.remote import RemoteEngine, ServerAuthFailed
from .engine_setup import async_resolve_model, engine_config, new_engine
from .model_files import ModelFileError, ModelFileInfo
from .remote_source import is_remote, new_remote_engine, remote_config
from .repairs import CrashWatch
from .runtime import LocalSlmConfigEntry, LocalSlmRuntime
from .services import async_setup_services

_LOGGER = logging.getLogger(__name__)

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)
PLATFORMS = (Platform.AI_TASK, Platform.CONVERSATION, Platform.SENSOR)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the integration's actions."""
    async_setup_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: LocalSlmConfigEntry) -> bool:
    """Load the entry's model in its worker process, or reach the server that serves it."""
    watch = CrashWatch(hass, entry.entry_id, entry.title)

    @callback
    def _availability(available: bool) -> None:
        watch.availability(available)
        async_dispatcher_send(hass, availability_signal(entry.entry_id), available)

    engine: Engine
    info: ModelFileInfo | None = None
    if is_remote(entry.data):
        engine = await _async_start_remote(hass, entry, _availability)
    else:
        engine, info = await _async_start_worker(hass, entry, watch, _availability)

    ir.async_delete_issue(hass, DOMAIN, model_issue_id(entry.entry_id))
    memory_retries.async_cleared(hass, entry)
    entry.runtime_data = LocalSlmRuntime(engine=engine, model=info)
    entry.async_on_unload(entry.add_update_listener(_async_update_listener))
    entry.async_on_unload(watch.close)

    async def _stop_worker(_event: Event) -> None:
        await engine.async_stop()

    # HA stopping does not unload entries: free the worker's memory ourselves.
    entry.async_on_unload(hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _stop_worker))
    try:
        await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    except Exception:
        await engine.async_stop()
        watch.close()
        raise
    _LOGGER.debug("Loaded %s: %s", engine.model_name, engine.info)
    return True


async def _async_start_worker(
    hass: HomeAssistant,
    entry: LocalSlmConfigEntry,
    watch: CrashWatch,
    on_availability: Callable[[bool], None],
) -> tuple[EngineClient, ModelFileInfo]:
    """Check the model file and load it in a worker process."""
    try:
        info = await async_resolve_model(hass, entry.data, entry.options)
    except ModelFileError as err:
        if err.reason == "insufficient_memory":
            # Memory comes back (a backup ends, an add-on stops): retry the setup,
            # and tell the user only when it lasts.
            memory_retries.async_failed(hass, entry, str(err))
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key=err.reason,
                translation_placeholders={"detail": str(err)},
            ) from err
        _async_raise_model_issue(hass, entry, err.reason)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders={"detail": str(err)},
        ) from err

    engine = new_engine(info, entry.options, on_availability, watch.crashed, data=entry.data)
    watch.engine = engine
    try:
        await engine.async_start()
    except EngineError as err:
        await engine.async_stop()
        _async_raise_model_issue(hass, entry, "model_load_failed")
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="model_load_failed",
            translation_placeholders={"detail": str(err)},
        ) from err
    except (OSError, TimeoutError) as err:
        await engine.async_stop()
        raise ConfigEntryNotReady(str(err)) from err
    return engine, info


async def _async_start_remote(
    hass: HomeAssistant, entry: LocalSlmConfigEntry, on_availability: Callable[[bool], None]
) -> RemoteEngine:
    """Reach the server; a refused key asks for a new one, anything else retries later."""
    engine = new_remote_engine(hass, remote_config(entry.data), on_availability)
    try:
        await engine.async_start()
    except ServerAuthFailed as err:
        raise ConfigEntryAuthFailed(
            translation_domain=DOMAIN,
            translation_key=err.code,
            translation_placeholders={"detail": str(err)},
        ) from err
    except EngineError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key=err.code,
            translation_placeholders={"detail": str(err)},
        ) from err
    return engine


async def async_unload_entry(hass: HomeAssistant, entry: LocalSlmConfigEntry) -> bool:
    """Stop the worker and free its memory (or stop following the server)."""
    if not await hass.config_entries.async_unload_platforms(entry, PLATFORMS):
        return False
    await entry.runtime_data.engine.async_stop()
    return True


async def async_remove_entry(hass: HomeAssistant, entry: LocalSlmConfigEntry) -> None:
    """Forget the entry's repair issues."""
    ir.async_delete_issue(hass, DOMAIN, model_issue_id(entry.entry_id))
    memory_retries.async_cleared(hass, entry)


async def _async_update_listener(hass: HomeAssistant, entry: LocalSlmConfigEntry) -> None:
    """Apply a change: engine settings reload the model, agent edits only the entities.

    Every option is an engine setting, so comparing the engine's config with the one
    the entry now asks for (options, and the context sized to the prompt) is enough.
    """
    runtime = entry.runtime_data
    wanted: object = (
        remote_config(entry.data)
        if runtime.model is None
        else engine_config(runtime.model, entry.options, entry.data)
    )
    if wanted != runtime.engine.config:
        await hass.config_entries.async_reload(entry.entry_id)
        return
    # A subentry was added, edited or removed: rebuild the entities, keep the model.
    if await hass.config_entries.async_unload_platforms(entry, PLATFORMS):
        await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)


@callback
def _async_raise_model_issue(hass: HomeAssistant, entry: LocalSlmConfigEntry, reason: str) -> None:
    ir.async_create_issue(
        hass,
        DOMAIN,
        model_issue_id(entry.entry_id),
        is_fixable=True,
        is_persistent=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key="model_unusable",
        translation_placeholders={"title": entry.title, "reason": reason},
        data={"entry_id": entry.entry_id},
    )
