"""The validation homes, by name (built like tests/homes, by the same virtual home)."""

from __future__ import annotations

from tests.homes.model import Home

from .gracht import GRACHT
from .olivo import OLIVO
from .wattle import WATTLE

VALIDATION_HOMES: dict[str, Home] = {home.name: home for home in (WATTLE, OLIVO, GRACHT)}
