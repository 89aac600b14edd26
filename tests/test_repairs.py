"""The `model_unusable` repair flow: pick another file or the built-in model, for real.

Every model offered to the flow is loaded in a real worker before it is accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
    model_issue_id,
)

pytestmark = pytest.mark.usefixtures("ha_core")


@pytest.fixture
async def broken_entry(hass: HomeAssistant, tmp_path: Path) -> MockConfigEntry:
    """An entry whose model file has gone: set up fails, the fixable issue is raised."""
    assert await async_setup_component(hass, "repairs", {})
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Gone",
        unique_id=str(tmp_path / "gone.gguf"),
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(tmp_path / "gone.gguf")},
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    return entry


async def _start_fix(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    manager = repairs_flow_manager(hass)
    assert manager is not None
    result = await manager.async_init(DOMAIN, context={"issue_id": model_issue_id(entry.entry_id)})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "init"
    return dict(result)


async def _submit(hass: HomeAssistant, flow_id: str, user_input: dict[str, Any]) -> dict[str, Any]:
    manager = repairs_flow_manager(hass)
    assert manager is not None
    return dict(await manager.async_configure(flow_id, user_input))


async def test_fix_flow_describes_the_problem(
    hass: HomeAssistant, broken_entry: MockConfigEntry
) -> None:
    """The form names the entry and why its model cannot be used."""
    result = await _start_fix(hass, broken_entry)
    assert result["description_placeholders"] == {"title": "Gone", "reason": "file_not_found"}


async def test_fix_flow_to_the_builtin_model_reloads_the_entry(
    hass: HomeAssistant, broken_entry: MockConfigEntry
) -> None:
    """Choosing the built-in model loads it for real, saves it and reloads: LOADED."""
    result = await _start_fix(hass, broken_entry)
    result = await _submit(hass, result["flow_id"], {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert broken_entry.state is ConfigEntryState.LOADED
    assert broken_entry.data == {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}
    assert ir.async_get(hass).async_get_issue(DOMAIN, model_issue_id(broken_entry.entry_id)) is None
    assert broken_entry.runtime_data.engine.available
    await hass.config_entries.async_unload(broken_entry.entry_id)


async def test_fix_flow_to_a_new_file_reloads_the_entry(
    hass: HomeAssistant, broken_entry: MockConfigEntry, tmp_path: Path, model_path: Path
) -> None:
    """The model file moved: pointing the flow at its new place brings the entry back."""
    moved = tmp_path / "moved" / "model.gguf"
    moved.parent.mkdir()
    moved.symlink_to(model_path)
    result = await _start_fix(hass, broken_entry)
    result = await _submit(
        hass,
        result["flow_id"],
        {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(moved)},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert broken_entry.state is ConfigEntryState.LOADED
    assert broken_entry.data[CONF_MODEL_PATH] == str(moved)
    await hass.config_entries.async_unload(broken_entry.entry_id)


async def test_fix_flow_refuses_a_file_that_is_not_a_model(
    hass: HomeAssistant, broken_entry: MockConfigEntry, tmp_path: Path
) -> None:
    """Another unusable file is refused on the form; the entry and issue stay as they were."""
    text = tmp_path / "notes.gguf"
    text.write_text("not a model at all, just some notes that are long enough\n" * 10)
    result = await _start_fix(hass, broken_entry)
    result = await _submit(
        hass,
        result["flow_id"],
        {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(text)},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "not_gguf"}
    assert broken_entry.state is ConfigEntryState.SETUP_ERROR
    assert broken_entry.data[CONF_MODEL_PATH].endswith("gone.gguf")
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, model_issue_id(broken_entry.entry_id))
        is not None
    )


async def test_fix_flow_refuses_a_truncated_model(
    hass: HomeAssistant, broken_entry: MockConfigEntry, tmp_path: Path, model_path: Path
) -> None:
    """A GGUF cut short passes the header check but fails the real load: refused."""
    truncated = tmp_path / "cut.gguf"
    with model_path.open("rb") as src:
        truncated.write_bytes(src.read(2 * 1024 * 1024))
    result = await _start_fix(hass, broken_entry)
    result = await _submit(
        hass,
        result["flow_id"],
        {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(truncated)},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "model_load_failed"}
    assert broken_entry.state is ConfigEntryState.SETUP_ERROR


async def test_fix_flow_refuses_a_model_another_entry_serves(
    hass: HomeAssistant, broken_entry: MockConfigEntry
) -> None:
    """One entry per model file: the built-in model is taken by another entry."""
    MockConfigEntry(
        domain=DOMAIN, unique_id=MODEL_SOURCE_BUILTIN, data={CONF_MODEL_SOURCE: "builtin"}
    ).add_to_hass(hass)
    result = await _start_fix(hass, broken_entry)
    result = await _submit(hass, result["flow_id"], {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "already_configured"}
    assert broken_entry.data[CONF_MODEL_SOURCE] == MODEL_SOURCE_FILE


async def test_fix_flow_of_an_entry_deleted_meanwhile_ends(
    hass: HomeAssistant, broken_entry: MockConfigEntry
) -> None:
    """The entry is deleted (another tab) while its fix flow is open: the flow says so."""
    result = await _start_fix(hass, broken_entry)
    assert await hass.config_entries.async_remove(broken_entry.entry_id)
    result = await _submit(hass, result["flow_id"], {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "entry_not_found"
    assert ir.async_get(hass).async_get_issue(DOMAIN, model_issue_id(broken_entry.entry_id)) is None
