"""The repair issue raised when no engine build fits this machine."""

from __future__ import annotations

from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN
from .engine.bundle import EngineUnsupported

ENGINE_ISSUE_ID: Final = "engine_unsupported"


def engine_placeholders(err: EngineUnsupported) -> dict[str, str]:
    """What the messages say about this machine."""
    return {"machine": err.machine, "libc": err.libc}


@callback
def async_raise_engine_issue(hass: HomeAssistant, err: EngineUnsupported) -> None:
    """Say in Repairs that the model cannot run on this machine, and what to use instead."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        ENGINE_ISSUE_ID,
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=ENGINE_ISSUE_ID,
        translation_placeholders=engine_placeholders(err),
    )
