"""What a loaded config entry holds while it runs."""

from __future__ import annotations

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


type LocalSlmConfigEntry = ConfigEntry[LocalSlmRuntime]
