"""Switching an entry to another model, and the models already on the host.

Reconfigure offers the same sources as a new entry. The entry keeps its agents and AI
tasks (subentries); a previous file of the models folder is kept unless the user asks
to delete it.
"""

from __future__ import annotations

from pathlib import Path
import shutil

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
)

from .conftest import conversation_subentry
from .test_second_model import GEMMA

pytestmark = pytest.mark.usefixtures("ha_core")


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A config folder of the test's own, with an empty models folder."""
    (Path(hass_tmp_config_dir) / "local_slm" / "models").mkdir(parents=True)
    return hass_tmp_config_dir


def _file_entry(hass: HomeAssistant, path: Path) -> MockConfigEntry:
    """An entry (with one agent) on the model file at `path`, not set up."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=path.stem,
        unique_id=str(path),
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(path)},
        subentries_data=[conversation_subentry()],
    )
    entry.add_to_hass(hass)
    return entry


async def _reconfigure_to(
    hass: HomeAssistant, entry: MockConfigEntry, source: str, user_input: dict[str, str]
) -> config_entries.ConfigFlowResult:
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": source}
    )
    return await hass.config_entries.flow.async_configure(result["flow_id"], user_input)


async def test_switching_to_gemma_keeps_the_agents_and_tasks(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The entry now runs Gemma 3 270M; its subentries are the same ones."""
    assert GEMMA.is_file(), "run ./scripts/setup: it assembles the Gemma test model"
    subentries = dict(loaded_entry.subentries)
    result = await _reconfigure_to(
        hass, loaded_entry, MODEL_SOURCE_FILE, {CONF_MODEL_PATH: str(GEMMA)}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert loaded_entry.title == "gemma-3-270m-q4_k_m"
    assert loaded_entry.runtime_data.engine.info["architecture"] == "gemma3"
    assert loaded_entry.subentries == subentries
    assert hass.states.get("conversation.local_slm_conversation") is not None
    assert hass.states.get("ai_task.local_slm_ai_task") is not None


async def test_leaving_a_downloaded_model_can_delete_its_file(
    hass: HomeAssistant, model_path: Path
) -> None:
    """Switching away from a file of the models folder asks; deleting is opt-in."""
    old = Path(hass.config.path("local_slm", "models", "old.gguf"))
    shutil.copyfile(model_path, old)
    entry = _file_entry(hass, old)
    result = await _reconfigure_to(hass, entry, MODEL_SOURCE_BUILTIN, {})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "old_model"
    assert result["description_placeholders"]["old"] == "old.gguf"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"delete_old_model": True}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert not old.exists()
    assert entry.data == {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}
    assert len(entry.subentries) == 1
    await hass.config_entries.async_unload(entry.entry_id)


async def test_the_file_form_offers_the_models_folder_and_takes_relative_paths(
    hass: HomeAssistant, model_path: Path
) -> None:
    """Files of <config>/local_slm/models are listed; a relative path is the config's."""
    local = Path(hass.config.path("local_slm", "models", "mine.gguf"))
    shutil.copyfile(model_path, local)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": MODEL_SOURCE_FILE}
    )
    selector = result["data_schema"].schema[CONF_MODEL_PATH]
    assert selector.config["options"] == [
        {"value": "local_slm/models/mine.gguf", "label": "mine.gguf"}
    ]
    assert selector.config["custom_value"] is True
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_MODEL_PATH: "local_slm/models/mine.gguf"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["result"].unique_id == str(local)
    assert result["title"] == "mine"
    await hass.async_block_till_done()
    assert result["result"].runtime_data.model.path == str(local)
    await hass.config_entries.async_unload(result["result"].entry_id)


async def test_a_file_outside_the_models_folder_is_never_offered_for_deletion(
    hass: HomeAssistant, model_path: Path, tmp_path: Path
) -> None:
    """A model the user keeps elsewhere on the host is theirs: the switch does not ask."""
    elsewhere = tmp_path / "mine.gguf"
    shutil.copyfile(model_path, elsewhere)
    entry = _file_entry(hass, elsewhere)
    result = await _reconfigure_to(hass, entry, MODEL_SOURCE_BUILTIN, {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert elsewhere.is_file()
    assert entry.data == {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}
    await hass.config_entries.async_unload(entry.entry_id)
