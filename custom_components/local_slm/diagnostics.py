"""Diagnostics: what model runs, how, and how the worker fares; no prompts, no user text."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_API_KEY
from homeassistant.core import HomeAssistant

from .const import CONF_PROMPT
from .engine.base import EngineError
from .engine.client import CRASH_WINDOW, EngineClient
from .engine.remote import RemoteEngine
from .runtime import LocalSlmConfigEntry

#: Anything that may hold instructions or what a user said.
TO_REDACT: Final = {
    CONF_PROMPT,
    CONF_API_KEY,
    "prompt",
    "instructions",
    "text",
    "user_text",
    "messages",
}

#: llama.cpp's `llama_ftype` (GGUF `general.file_type`) as the usual quantization names.
FILE_TYPES: Final = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    36: "TQ1_0",
    37: "TQ2_0",
    38: "MXFP4_MOE",
}


def quantization_name(file_type: Any) -> str | None:
    """The quantization named by GGUF `general.file_type` (a number, maybe as text)."""
    try:
        code = int(file_type)
    except TypeError, ValueError:
        return None
    return FILE_TYPES.get(code, f"type {code}")


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: LocalSlmConfigEntry
) -> dict[str, Any]:
    """Model, engine settings, worker health and counters of a loaded entry."""
    runtime = entry.runtime_data
    engine = runtime.engine
    info = dict(engine.info)
    try:
        stats: dict[str, Any] = await engine.async_stats()
    except EngineError as err:
        stats = {"error": type(err).__name__}
    about_entry = {
        "title": entry.title,
        "data": async_redact_data(dict(entry.data), TO_REDACT),
        "options": dict(entry.options),
        "subentries": [
            {
                "type": sub.subentry_type,
                "title": sub.title,
                "data": async_redact_data(dict(sub.data), TO_REDACT),
            }
            for sub in entry.subentries.values()
        ],
    }
    if isinstance(engine, RemoteEngine):
        return {
            "entry": about_entry,
            "server": {
                **info,
                "url": engine.config.url,
                "llama_server": engine.llama_server,
                "available": engine.available,
                "queue_size": engine.queue_size,
                "request_timeout": engine.request_timeout,
            },
            "server_health": {
                "recoveries": engine.restarts,
                "lost": engine.crashes,
                "last_lost": engine.last_crash,
                "last_error": engine.last_error,
            },
            "stats": async_redact_data(stats, TO_REDACT),
        }
    assert isinstance(engine, EngineClient) and runtime.model is not None
    return {
        "entry": about_entry,
        "model": {
            "path": runtime.model.path,
            "size_bytes": runtime.model.size_bytes,
            "gguf_version": runtime.model.gguf_version,
            "tensor_count": runtime.model.tensor_count,
            "architecture": info.get("architecture"),
            "name": info.get("name"),
            "size_label": info.get("size_label"),
            "file_type": info.get("file_type"),
            "quantization": quantization_name(info.get("file_type")),
            "n_ctx_train": info.get("n_ctx_train"),
            "n_vocab": info.get("n_vocab"),
        },
        "engine": {
            "library": "llama-cpp-python",
            "library_version": info.get("library_version"),
            "available": engine.available,
            "n_ctx": info.get("n_ctx", engine.config.n_ctx),
            "n_threads": info.get("n_threads", engine.config.n_threads),
            "n_batch": engine.config.n_batch,
            "queue_size": engine.queue_size,
            "request_timeout": engine.request_timeout,
            "load_seconds": info.get("load_seconds"),
            "worker_pid": engine.pid,
        },
        "worker_health": {
            "restarts": engine.restarts,
            "crashes": engine.crashes,
            "recent_crashes": engine.recent_crashes(CRASH_WINDOW),
            "last_crash": engine.last_crash,
            "last_error": engine.last_error,
        },
        "worker_stats": async_redact_data(stats, TO_REDACT),
        "assist_decisions": dict(sorted(runtime.decision_counts.items())),
    }
