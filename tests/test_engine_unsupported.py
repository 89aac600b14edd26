"""A machine no engine build fits (armv7, i386, an unknown C library): plain words, no 500.

Fault injection: this machine has a build, so these tests make `engine.bundle.host_platform`
report a 32-bit ARM board (the real lookup then finds no build for it). Nothing else is faked.
"""

from __future__ import annotations

from collections.abc import Generator
from unittest.mock import patch

from homeassistant import config_entries
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.engine.bundle import HostPlatform
from custom_components.local_slm.engine_issue import ENGINE_ISSUE_ID
from custom_components.local_slm.engine_setup import engine_build
from custom_components.local_slm.model_source_flow import STEP_REMOTE

ARMV7 = HostPlatform("linux", "armv7l", "gnu")


@pytest.fixture
def armv7_board() -> Generator[None]:
    """This process believes it runs on a 32-bit ARM board with glibc."""
    engine_build.cache_clear()
    with patch("custom_components.local_slm.engine.bundle.host_platform", return_value=ARMV7):
        yield
    engine_build.cache_clear()


def _engine_issue(hass: HomeAssistant) -> ir.IssueEntry:
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ENGINE_ISSUE_ID)
    assert issue is not None
    return issue


@pytest.mark.usefixtures("ha_core", "armv7_board")
async def test_adding_the_integration_offers_only_a_server_elsewhere(hass: HomeAssistant) -> None:
    """No local model on this machine: the flow offers the remote server, Repairs says why."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == [STEP_REMOTE]
    issue = _engine_issue(hass)
    assert not issue.is_fixable
    assert issue.translation_placeholders == {"machine": "armv7l", "libc": "gnu"}


@pytest.mark.usefixtures("ha_core", "armv7_board")
async def test_an_entry_moved_to_an_unsupported_machine_is_a_setup_error(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """A restored backup on an armv7 board: setup error and a repair issue, no traceback."""
    assert not await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_ERROR
    assert config_entry.reason is not None
    assert "armv7l" in config_entry.reason
    assert _engine_issue(hass).severity is ir.IssueSeverity.ERROR


@pytest.mark.usefixtures("ha_core")
async def test_the_issue_goes_once_the_engine_runs(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """Back on a supported machine, the entry loads and the issue is deleted."""
    engine_build.cache_clear()
    with patch("custom_components.local_slm.engine.bundle.host_platform", return_value=ARMV7):
        assert not await hass.config_entries.async_setup(config_entry.entry_id)
    engine_build.cache_clear()
    _engine_issue(hass)
    await hass.config_entries.async_reload(config_entry.entry_id)
    await hass.async_block_till_done()
    assert config_entry.state is ConfigEntryState.LOADED
    assert ir.async_get(hass).async_get_issue(DOMAIN, ENGINE_ISSUE_ID) is None
    assert await hass.config_entries.async_unload(config_entry.entry_id)


@pytest.mark.usefixtures("ha_core", "armv7_board")
async def test_switching_an_entry_to_a_local_model_here_says_why_it_cannot(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """Reconfigure still offers the local models; choosing one is a form error, not a 500."""
    result = await config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "builtin"}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "engine_unsupported"}
    assert _engine_issue(hass).translation_placeholders == {"machine": "armv7l", "libc": "gnu"}
