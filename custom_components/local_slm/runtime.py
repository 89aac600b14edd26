"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send

from .const import LARGE_MODEL_PARAMS, turn_signal
from .engine.base import Engine
from .model_files import ModelFileInfo

type ModelSizeClass = Literal["small", "large"]


@dataclass(slots=True)
class LocalSlmRuntime:
    """The engine serving the entry's model, and what we know of the file (None: remote)."""

    engine: Engine
    model: ModelFileInfo | None
    summary_cache: dict[Any, Any] = field(default_factory=dict)
    decision_counts: Counter[str] = field(default_factory=Counter)
    """Assist turns decided by each layer (ha-intents, lexical, model-rank, ask...)."""
    last_turn_seconds: float | None = None
    """How long the last conversation turn took, from request to answer."""

    @property
    def n_params(self) -> int | None:
        """The model's parameter count, as llama.cpp reports it once loaded."""
        value = self.engine.info.get("n_params")
        return int(value) if value else None

    @property
    def size_class(self) -> ModelSizeClass:
        """`large` from 1B parameters up (may be offered more tools), else `small`."""
        params = self.n_params
        return "large" if params is not None and params >= LARGE_MODEL_PARAMS else "small"


type LocalSlmConfigEntry = ConfigEntry[LocalSlmRuntime]


@callback
def async_record_turn(hass: HomeAssistant, entry: LocalSlmConfigEntry, seconds: float) -> None:
    """Remember the last turn's latency and tell the sensor."""
    entry.runtime_data.last_turn_seconds = seconds
    async_dispatcher_send(hass, turn_signal(entry.entry_id))
