"""Repairs: pick a usable model when the entry's file is broken; warn of a crashing worker.

Two issues:
* `model_unusable` (fixable): the model file is missing, moved, corrupt or too big.
  Its fix flow asks for another file or the built-in model, loads it for real in a
  throwaway worker, then updates the entry and reloads it.
* `worker_crashing`: the worker died `CRASH_ISSUE_THRESHOLD` times within
  `CRASH_WINDOW`; cleared after `STABLE_PERIOD` without a crash, or on reload.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final

from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.event import async_call_later

from .config_flow import (
    entry_title,
    entry_unique_id,
    model_data,
    model_schema,
    unique_id_taken,
)
from .const import CONF_MODEL_SOURCE, DOMAIN, model_issue_id
from .engine.base import Engine
from .engine.client import CRASH_WINDOW
from .engine_setup import async_validate_model

CRASH_ISSUE_THRESHOLD: Final = 3
STABLE_PERIOD: Final = timedelta(minutes=10)


def crash_issue_id(entry_id: str) -> str:
    """Repair issue raised when an entry's worker keeps crashing."""
    return f"worker_crashing_{entry_id}"


class CrashWatch:
    """Raises the `worker_crashing` issue on repeated crashes and clears it once stable."""

    def __init__(self, hass: HomeAssistant, entry_id: str, title: str) -> None:
        """Watch the worker of one entry."""
        self.hass = hass
        self.entry_id = entry_id
        self.title = title
        self.engine: Engine | None = None
        self._clear_later: CALLBACK_TYPE | None = None

    @callback
    def crashed(self) -> None:
        """The worker died: raise the issue when it keeps happening."""
        self._cancel_clear()
        if self.engine is None:
            return
        count = self.engine.recent_crashes(CRASH_WINDOW)
        if count < CRASH_ISSUE_THRESHOLD:
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            crash_issue_id(self.entry_id),
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="worker_crashing",
            translation_placeholders={"title": self.title, "count": str(count)},
        )

    @callback
    def availability(self, available: bool) -> None:
        """Back up: clear the issue if it stays up for `STABLE_PERIOD`."""
        if not available:
            return
        self._cancel_clear()
        self._clear_later = async_call_later(self.hass, STABLE_PERIOD, self._stable)

    @callback
    def _stable(self, _now: Any) -> None:
        self._clear_later = None
        ir.async_delete_issue(self.hass, DOMAIN, crash_issue_id(self.entry_id))

    @callback
    def close(self) -> None:
        """The entry unloads: forget the crashes, and their issue."""
        self._cancel_clear()
        ir.async_delete_issue(self.hass, DOMAIN, crash_issue_id(self.entry_id))

    def _cancel_clear(self) -> None:
        if self._clear_later is not None:
            self._clear_later()
            self._clear_later = None


class ModelRepairFlow(RepairsFlow):
    """Choose another model file (or the built-in one), validated by loading it."""

    def __init__(self, entry_id: str) -> None:
        """Fix the model of this entry."""
        self.entry_id = entry_id

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> RepairsFlowResult:
        """Ask for the model; load it for real before saving it."""
        entry = self.hass.config_entries.async_get_entry(self.entry_id)
        if entry is None:
            return self.async_abort(reason="entry_not_found")
        errors: dict[str, str] = {}
        if user_input is not None and CONF_MODEL_SOURCE not in user_input:
            user_input = None  # the manager's first call carries only {"issue_id": ...}
        if user_input is not None:
            data = model_data(user_input)
            info, errors = await async_validate_model(self.hass, data, entry.options)
            if info is not None:
                unique_id = entry_unique_id(data, info)
                if unique_id_taken(self.hass, unique_id, entry.entry_id):
                    errors = {"base": "already_configured"}
                else:
                    self.hass.config_entries.async_update_entry(
                        entry, data=data, unique_id=unique_id, title=entry_title(data, info)
                    )
                    self.hass.config_entries.async_schedule_reload(entry.entry_id)
                    return self.async_create_entry(data={})
        issue = ir.async_get(self.hass).async_get_issue(DOMAIN, model_issue_id(self.entry_id))
        placeholders = dict(issue.translation_placeholders or {}) if issue else {}
        placeholders.setdefault("title", entry.title)
        placeholders.setdefault("reason", "")
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                model_schema(entry.data), user_input or {}
            ),
            errors=errors,
            description_placeholders=placeholders,
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, str | int | float | None] | None
) -> RepairsFlow:
    """The fix flow of `model_unusable`, the only fixable issue (raised with its entry id)."""
    return ModelRepairFlow(str((data or {})["entry_id"]))
