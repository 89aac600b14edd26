"""Resolve an entry's model file and start its engine (setup and config flow share this)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
import logging
import os
from typing import Any

from homeassistant.core import HomeAssistant

from .const import (
    AUTO_N_CTX_HEADROOM,
    AUTO_N_CTX_MAX,
    CONF_AUTO_N_CTX,
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    CONF_N_BATCH,
    CONF_N_CTX,
    CONF_N_THREADS,
    DEFAULT_N_BATCH,
    DEFAULT_N_CTX,
    DEFAULT_QUEUE_SIZE,
    DEFAULT_REQUEST_TIMEOUT,
    MODEL_SOURCE_BUILTIN,
)
from .engine.base import EngineError
from .engine.client import EngineClient, EngineConfig
from .model_files import (
    ModelFileError,
    ModelFileInfo,
    absolute_model_path,
    builtin_model_path,
    check_memory,
    inspect_model_file,
)

_LOGGER = logging.getLogger(__name__)

# Validation only proves the file loads: the smallest context is enough.
VALIDATION_N_CTX = 512


@cache
def default_threads() -> int:
    """Physical cores, as llama.cpp runs best with one thread per core.

    Reads /sys once; `resolve_model` (in the executor) calls it first, so the event
    loop only ever sees the cached value.
    """
    logical = os.cpu_count() or 1
    try:
        with open("/sys/devices/system/cpu/smt/active", encoding="ascii") as f:  # noqa: PTH123
            smt = f.read().strip() == "1"
    except OSError:
        smt = False
    return max(1, logical // 2 if smt and logical > 1 else logical)


def resolve_model(
    data: Mapping[str, Any], n_ctx: int, config_dir: str | None = None
) -> ModelFileInfo:
    """Find and check the model file of an entry (blocking: run in the executor).

    A relative path is taken from the config folder (`config_dir`).
    """
    default_threads()  # warm the cache off the event loop
    if data.get(CONF_MODEL_SOURCE, MODEL_SOURCE_BUILTIN) == MODEL_SOURCE_BUILTIN:
        path: str = str(builtin_model_path())
    else:
        path = str(data.get(CONF_MODEL_PATH) or "").strip()
        if not path:
            raise ModelFileError("path_required")
        if config_dir is not None:
            path = str(absolute_model_path(path, config_dir))
    info = inspect_model_file(path)
    check_memory(info, n_ctx)
    return info


def effective_n_ctx(options: Mapping[str, Any], data: Mapping[str, Any] | None = None) -> int:
    """The user's context size, else the one sized to the prompt, else the default."""
    return int(options.get(CONF_N_CTX) or (data or {}).get(CONF_AUTO_N_CTX) or DEFAULT_N_CTX)


def context_for_prefix(prefix_tokens: int) -> int:
    """A context that holds the static prefix plus headroom: a power of two, capped."""
    need = prefix_tokens + AUTO_N_CTX_HEADROOM
    size = DEFAULT_N_CTX
    while size < need and size < AUTO_N_CTX_MAX:
        size *= 2
    return size


def engine_config(
    info: ModelFileInfo, options: Mapping[str, Any], data: Mapping[str, Any] | None = None
) -> EngineConfig:
    """Engine settings from the entry's options, with right-sized defaults."""
    return EngineConfig(
        model_path=info.path,
        n_ctx=effective_n_ctx(options, data),
        n_threads=int(options.get(CONF_N_THREADS) or default_threads()),
        n_batch=int(options.get(CONF_N_BATCH) or DEFAULT_N_BATCH),
    )


async def async_resolve_model(
    hass: HomeAssistant, data: Mapping[str, Any], options: Mapping[str, Any]
) -> ModelFileInfo:
    """Find and check an entry's model file without blocking the loop."""
    n_ctx = effective_n_ctx(options, data)
    return await hass.async_add_executor_job(resolve_model, data, n_ctx, hass.config.config_dir)


def new_engine(
    info: ModelFileInfo,
    options: Mapping[str, Any],
    on_availability: Callable[[bool], None] | None = None,
    on_crash: Callable[[], None] | None = None,
    data: Mapping[str, Any] | None = None,
) -> EngineClient:
    """An engine for this model (not started)."""
    return EngineClient(
        engine_config(info, options, data),
        queue_size=DEFAULT_QUEUE_SIZE,
        request_timeout=DEFAULT_REQUEST_TIMEOUT,
        on_availability=on_availability,
        on_crash=on_crash,
    )


async def async_validate_model(
    hass: HomeAssistant, data: Mapping[str, Any], options: Mapping[str, Any]
) -> tuple[ModelFileInfo | None, dict[str, str]]:
    """Check the file, then load the model for real in a throwaway worker.

    Returns the file's info, or form errors (translation keys) when it cannot be used.
    """
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
