"""The config flow validates the model by loading it for real before creating the entry."""

from __future__ import annotations

from pathlib import Path

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_LLM_HASS_API,
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    CONF_N_BATCH,
    CONF_N_CTX,
    CONF_N_THREADS,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
    SUBENTRY_AI_TASK,
    SUBENTRY_CONVERSATION,
)

pytestmark = pytest.mark.usefixtures("ha_core")


async def _start(hass: HomeAssistant, source: str = MODEL_SOURCE_FILE) -> str:
    """A new flow, past the menu of model sources, on `source`'s form."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": source}
    )
    assert result["type"] is FlowResultType.FORM
    return str(result["flow_id"])


async def test_builtin_model_creates_entry_with_default_agent(hass: HomeAssistant) -> None:
    """Accepting every default gives a working Assist agent and an AI task."""
    assert await async_setup_component(hass, "homeassistant", {})
    flow_id = await _start(hass, MODEL_SOURCE_BUILTIN)
    result = await hass.config_entries.flow.async_configure(flow_id, {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    entry = result["result"]
    assert entry.unique_id == MODEL_SOURCE_BUILTIN
    assert entry.data == {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}
    types = sorted(s.subentry_type for s in entry.subentries.values())
    assert types == [SUBENTRY_AI_TASK, SUBENTRY_CONVERSATION]
    agent = next(s for s in entry.subentries.values() if s.subentry_type == SUBENTRY_CONVERSATION)
    assert agent.data[CONF_LLM_HASS_API] == [llm.LLM_API_ASSIST]
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(entry.entry_id)


async def test_model_file_path_creates_entry(hass: HomeAssistant, model_path: Path) -> None:
    """A GGUF file on the host is accepted and titled after its name."""
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_MODEL_PATH: str(model_path)}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "SmolLM2-135M-Instruct.Q4_1"
    assert result["result"].unique_id == str(model_path)
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)


@pytest.mark.parametrize(
    ("make_file", "error"),
    [
        pytest.param(lambda d: d / "missing.gguf", "file_not_found", id="missing"),
        pytest.param(lambda d: d, "not_a_file", id="folder"),
        pytest.param(
            lambda d: (d / "notes.gguf", (d / "notes.gguf").write_text("hello"))[0],
            "not_gguf",
            id="not-gguf",
        ),
        pytest.param(
            lambda d: (d / "v99.gguf", (d / "v99.gguf").write_bytes(b"GGUF" + bytes([99]) * 20))[0],
            "not_gguf",
            id="unknown-gguf-version",
        ),
        # A real file whose first bytes cannot be read: this process's memory at address 0.
        pytest.param(lambda d: Path("/proc/self/mem"), "file_unreadable", id="unreadable"),
    ],
)
async def test_unusable_path_gives_form_error(
    hass: HomeAssistant, tmp_path: Path, make_file: object, error: str
) -> None:
    """Missing files, folders and non-GGUF files are form errors, not exceptions."""
    path = make_file(tmp_path)  # type: ignore[operator]
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(flow_id, {CONF_MODEL_PATH: str(path)})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": error}


async def test_truncated_gguf_fails_to_load(
    hass: HomeAssistant, tmp_path: Path, model_path: Path
) -> None:
    """A GGUF header with its tensors cut off is caught by loading it for real."""
    truncated = tmp_path / "truncated.gguf"
    with model_path.open("rb") as src:
        truncated.write_bytes(src.read(4 * 1024 * 1024))
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_MODEL_PATH: str(truncated)}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "model_load_failed"}


async def test_empty_path_asks_for_one(hass: HomeAssistant) -> None:
    """Choosing a file without giving a path is a form error."""
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(flow_id, {CONF_MODEL_PATH: "  "})
    assert result["errors"] == {"base": "path_required"}


async def test_a_form_error_can_be_corrected(hass: HomeAssistant, model_path: Path) -> None:
    """After an error the same form accepts a good path."""
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_MODEL_PATH: "/nonexistent.gguf"}
    )
    assert result["errors"] == {"base": "file_not_found"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_MODEL_PATH: str(model_path)}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)


async def test_same_model_twice_aborts(hass: HomeAssistant) -> None:
    """One entry per model file."""
    MockConfigEntry(
        domain=DOMAIN, unique_id=MODEL_SOURCE_BUILTIN, data={CONF_MODEL_SOURCE: "builtin"}
    ).add_to_hass(hass)
    flow_id = await _start(hass, MODEL_SOURCE_BUILTIN)
    result = await hass.config_entries.flow.async_configure(flow_id, {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_options_reject_out_of_range_values(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Engine options outside their ranges are refused, and nothing is saved."""
    result = await hass.config_entries.options.async_init(loaded_entry.entry_id)
    with pytest.raises(InvalidData) as err:
        await hass.config_entries.options.async_configure(
            result["flow_id"], {CONF_N_CTX: 100, CONF_N_THREADS: 0, CONF_N_BATCH: 4}
        )
    assert set(err.value.schema_errors) == {CONF_N_CTX, CONF_N_THREADS, CONF_N_BATCH}
    assert loaded_entry.options[CONF_N_CTX] == 4096


async def test_options_change_reloads_the_model(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """New engine options restart the worker with them."""
    old_pid = loaded_entry.runtime_data.engine.pid
    result = await hass.config_entries.options.async_init(loaded_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_N_CTX: 2048, CONF_N_THREADS: 1, CONF_N_BATCH: 128}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    engine = loaded_entry.runtime_data.engine
    assert engine.info["n_ctx"] == 2048
    assert engine.info["n_threads"] == 1
    assert engine.pid != old_pid


async def test_subentry_reconfigure_keeps_the_model_loaded(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Editing an agent updates it without reloading the model."""
    pid = loaded_entry.runtime_data.engine.pid
    subentry = next(
        s for s in loaded_entry.subentries.values() if s.subentry_type == SUBENTRY_CONVERSATION
    )
    result = await loaded_entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {CONF_LLM_HASS_API: [], "temperature": 0.7, "max_tokens": 50}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert loaded_entry.subentries[subentry.subentry_id].data["temperature"] == 0.7
    assert loaded_entry.runtime_data.engine.pid == pid
    state = hass.states.get("conversation.local_slm_conversation")
    assert state is not None
    assert state.attributes.get("supported_features", 0) == 0


async def test_subentry_rejects_invalid_temperature(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A new agent with an out-of-range temperature is refused."""
    result = await hass.config_entries.subentries.async_init(
        (loaded_entry.entry_id, SUBENTRY_CONVERSATION),
        context={"source": config_entries.SOURCE_USER},
    )
    with pytest.raises(InvalidData) as err:
        await hass.config_entries.subentries.async_configure(
            result["flow_id"], {"name": "Hot", "temperature": 5.0}
        )
    assert set(err.value.schema_errors) == {"temperature"}
    assert len(loaded_entry.subentries) == 2


async def test_new_ai_task_subentry_adds_an_entity(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Adding an AI task subentry creates its entity."""
    result = await hass.config_entries.subentries.async_init(
        (loaded_entry.entry_id, SUBENTRY_AI_TASK),
        context={"source": config_entries.SOURCE_USER},
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Second task"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert hass.states.get("ai_task.second_task") is not None


async def test_reconfigure_points_the_entry_at_another_file(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, model_path: Path
) -> None:
    """Reconfigure loads the new file for real, saves it and reloads the entry."""
    result = await loaded_entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": MODEL_SOURCE_FILE}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_MODEL_PATH: str(model_path)},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert loaded_entry.unique_id == str(model_path)
    assert loaded_entry.data[CONF_MODEL_PATH] == str(model_path)
    assert loaded_entry.runtime_data.engine.available


async def test_reconfigure_to_a_model_another_entry_serves_aborts(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, model_path: Path
) -> None:
    """One entry per model file: reconfigure cannot take another entry's file."""
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=str(model_path),
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(model_path)},
    ).add_to_hass(hass)
    result = await loaded_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": MODEL_SOURCE_FILE}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_MODEL_PATH: str(model_path)},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert loaded_entry.data == {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}


async def test_options_of_an_entry_whose_file_is_gone_say_so(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    """The engine options are not saved while the model file is missing; the form says why."""
    missing = tmp_path / "gone.gguf"
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=str(missing),
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(missing)},
    )
    entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_N_THREADS: 2}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "file_not_found"}
    assert entry.options == {}


async def test_an_agent_saved_with_no_api_ticked_stops_controlling_the_home(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """The frontend leaves an emptied multi-select out of the form: no API is kept."""
    subentry = next(
        s for s in config_entry.subentries.values() if s.subentry_type == SUBENTRY_CONVERSATION
    )
    assert subentry.data[CONF_LLM_HASS_API] == [llm.LLM_API_ASSIST]
    result = await config_entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"temperature": 0.2}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert config_entry.subentries[subentry.subentry_id].data[CONF_LLM_HASS_API] == []
    assert config_entry.subentries[subentry.subentry_id].data["temperature"] == 0.2
