"""The engine options form: empty means automatic, and saving it pins nothing unchosen."""

from __future__ import annotations

import json
from pathlib import Path
import re
import threading
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm import engine_setup
from custom_components.local_slm.const import (
    CONF_AUTO_N_CTX,
    CONF_N_BATCH,
    CONF_N_CTX,
    CONF_N_THREADS,
)
from custom_components.local_slm.engine_setup import default_threads, engine_config
from custom_components.local_slm.model_files import builtin_model_path, inspect_model_file

PACKAGE = Path(__file__).parents[1] / "custom_components" / "local_slm"
pytestmark = pytest.mark.usefixtures("ha_core")


@pytest.fixture
def grown_entry(config_entry: MockConfigEntry, hass: HomeAssistant) -> MockConfigEntry:
    """An entry whose context grew to 8192 for its prompt, with no option chosen."""
    hass.config_entries.async_update_entry(
        config_entry, options={}, data={**config_entry.data, CONF_AUTO_N_CTX: 8192}
    )
    return config_entry


async def _save_options(hass: HomeAssistant, entry: MockConfigEntry, form: dict[str, Any]) -> None:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_saving_the_form_without_a_context_size_keeps_the_grown_one(
    hass: HomeAssistant, grown_entry: MockConfigEntry
) -> None:
    """An empty context size is automatic: the size grown for the prompt stays."""
    await _save_options(hass, grown_entry, {CONF_N_BATCH: 128})
    assert CONF_N_CTX not in grown_entry.options
    info = inspect_model_file(builtin_model_path())
    assert engine_config(info, grown_entry.options, grown_entry.data).n_ctx == 8192


async def test_saving_an_empty_form_pins_no_thread_count(
    hass: HomeAssistant, grown_entry: MockConfigEntry
) -> None:
    """Threads and batch left empty are not saved: the defaults keep applying."""
    await _save_options(hass, grown_entry, {})
    assert CONF_N_THREADS not in grown_entry.options
    assert CONF_N_BATCH not in grown_entry.options


async def test_a_chosen_context_size_is_saved(
    hass: HomeAssistant, grown_entry: MockConfigEntry
) -> None:
    """A value the user types is what the engine gets."""
    await _save_options(hass, grown_entry, {CONF_N_CTX: 2048, CONF_N_THREADS: 1})
    assert grown_entry.options == {CONF_N_CTX: 2048, CONF_N_THREADS: 1}


async def test_opening_the_form_reads_sys_off_the_event_loop(
    hass: HomeAssistant, config_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The physical-core count (from /sys) is read in the executor, never in the loop."""
    default_threads.cache_clear()
    readers: list[threading.Thread] = []
    real_open = open

    def spying_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        readers.append(threading.current_thread())
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(engine_setup, "open", spying_open, raising=False)
    result = await hass.config_entries.options.async_init(config_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert readers
    assert threading.main_thread() not in readers


def test_every_error_the_options_form_can_show_is_translated() -> None:
    """Each reason a model file can be refused for has a sentence in every language."""
    sources = "".join(p.read_text() for p in PACKAGE.glob("*.py"))
    reasons = set(re.findall(r'ModelFileError\(\s*"(\w+)"', sources))
    assert "insufficient_memory" in reasons
    for translation in (PACKAGE / "translations").glob("*.json"):
        errors = json.loads(translation.read_text())["options"]["error"]
        assert reasons <= set(errors), translation.name
