"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from homeassistant.config_entries import ConfigEntry

from .engine.client import EngineClient
from .model_files import ModelFileInfo


@dataclass(slots=True)
class LocalSlmRuntime:
    """The engine serving one model file, and what we know of the file."""

    engine: EngineClient
    model: ModelFileInfo
    summary_cache: dict[Any, Any] = field(default_factory=dict)
    decision_counts: Counter[str] = field(default_factory=Counter)
    """Assist turns decided by each layer (ha-intents, lexical, model-rank, ask...)."""


type LocalSlmConfigEntry = ConfigEntry[LocalSlmRuntime]
