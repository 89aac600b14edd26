"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from homeassistant.config_entries import ConfigEntry

from .engine.base import Engine
from .model_files import ModelFileInfo


@dataclass(slots=True)
class LocalSlmRuntime:
    """The engine serving the entry's model, and what we know of the file (None: remote)."""

    engine: Engine
    model: ModelFileInfo | None
    summary_cache: dict[Any, Any] = field(default_factory=dict)


type LocalSlmConfigEntry = ConfigEntry[LocalSlmRuntime]
