"""Setting up an entry starts the worker with the model; unloading stops it."""

from __future__ import annotations

import os
from pathlib import Path

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    DOMAIN,
    MODEL_SOURCE_FILE,
    model_issue_id,
)
from custom_components.local_slm.model_files import ModelFileError, builtin_model_path

pytestmark = pytest.mark.usefixtures("ha_core")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is gone when /proc says so or it is reaped.
    try:
        return Path(f"/proc/{pid}/status").read_text().find("State:\tZ") == -1
    except FileNotFoundError:
        return False


async def test_setup_loads_the_model_in_a_worker_process(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The model runs in its own process, not in Home Assistant's."""
    engine = loaded_entry.runtime_data.engine
    assert loaded_entry.state is ConfigEntryState.LOADED
    assert engine.available
    assert engine.pid is not None
    assert engine.pid != os.getpid()
    assert engine.info["architecture"] == "llama"
    assert hass.states.get("conversation.local_slm_conversation") is not None
    assert hass.states.get("ai_task.local_slm_ai_task") is not None


async def test_unload_stops_the_worker(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """After unload the worker process is gone."""
    pid = loaded_entry.runtime_data.engine.pid
    assert pid is not None and _alive(pid)
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert loaded_entry.state is ConfigEntryState.NOT_LOADED
    assert not _alive(pid)


async def test_missing_model_file_is_a_setup_error_with_a_repair(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    """A model file that disappeared leaves the entry in setup error, with a fixable issue."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(tmp_path / "gone.gguf")},
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    issue = ir.async_get(hass).async_get_issue(DOMAIN, model_issue_id(entry.entry_id))
    assert issue is not None
    assert issue.is_fixable
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["reason"] == "file_not_found"


async def test_corrupt_model_file_is_a_setup_error(
    hass: HomeAssistant, tmp_path: Path, model_path: Path
) -> None:
    """A truncated GGUF fails in the worker, and Home Assistant carries on."""
    truncated = tmp_path / "cut.gguf"
    with model_path.open("rb") as src:
        truncated.write_bytes(src.read(2 * 1024 * 1024))
    entry = MockConfigEntry(
        domain=DOMAIN, data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(truncated)}
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.reason is not None
    assert "llama.cpp could not load" in entry.reason


def test_platforms_leave_queueing_to_the_engine() -> None:
    """HA does not throttle the entities: the engine's own bounded queue orders requests."""
    from custom_components.local_slm import ai_task, conversation

    assert ai_task.PARALLEL_UPDATES == 0
    assert conversation.PARALLEL_UPDATES == 0


def test_a_package_without_the_builtin_model_says_so(tmp_path: Path) -> None:
    """An install whose `models` folder lacks the built-in model names what is missing."""
    with pytest.raises(ModelFileError) as err:
        builtin_model_path(tmp_path)
    assert err.value.reason == "builtin_missing"
