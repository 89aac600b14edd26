"""Diagnostic sensors of an entry: the loaded model, and the last turn's latency.

Both are disabled by default (diagnostics, not something to put on a dashboard).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

from homeassistant.components import conversation
from homeassistant.const import STATE_UNKNOWN, EntityCategory
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.engine.client import EngineClient, EngineConfig
from custom_components.local_slm.model_files import ModelFileInfo
from custom_components.local_slm.runtime import LocalSlmRuntime

KEYS = ("model", "turn_latency")


def _entity_id(hass: HomeAssistant, entry: MockConfigEntry, key: str) -> str:
    entity_id = er.async_get(hass).async_get_entity_id("sensor", DOMAIN, f"{entry.entry_id}_{key}")
    assert entity_id is not None
    return entity_id


@pytest.fixture
async def sensors_enabled(
    hass: HomeAssistant, ha_core: None, config_entry: MockConfigEntry
) -> AsyncGenerator[MockConfigEntry]:
    """The entry loaded with its two sensors enabled, as a user would enable them."""
    registry = er.async_get(hass)
    for key in KEYS:
        registry.async_get_or_create(
            "sensor", DOMAIN, f"{config_entry.entry_id}_{key}", config_entry=config_entry
        )
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    yield config_entry
    await hass.config_entries.async_unload(config_entry.entry_id)
    await hass.async_block_till_done()


async def test_the_sensors_are_diagnostic_and_disabled_by_default(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Registered per entry, off until the user enables them."""
    registry = er.async_get(hass)
    for key in KEYS:
        reg = registry.async_get(_entity_id(hass, loaded_entry, key))
        assert reg is not None
        assert reg.disabled_by is er.RegistryEntryDisabler.INTEGRATION
        assert reg.entity_category is EntityCategory.DIAGNOSTIC
        assert hass.states.get(reg.entity_id) is None


async def test_the_model_sensor_describes_the_loaded_model(
    hass: HomeAssistant, sensors_enabled: MockConfigEntry
) -> None:
    """Name from the GGUF metadata; size, parameters, quantization and context."""
    runtime = sensors_enabled.runtime_data
    state = hass.states.get(_entity_id(hass, sensors_enabled, "model"))
    assert state is not None
    assert state.state == runtime.engine.info["name"]
    assert state.attributes["file"] == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert state.attributes["size_bytes"] == runtime.model.size_bytes
    assert 100_000_000 < state.attributes["parameters"] < 200_000_000
    assert state.attributes["size_class"] == "small"
    assert state.attributes["quantization"] == "Q4_1"
    assert state.attributes["context"] == 4096


async def test_the_latency_sensor_reports_the_last_turn(
    hass: HomeAssistant, sensors_enabled: MockConfigEntry
) -> None:
    """Unknown until a turn ran; then the seconds it took."""
    entity_id = _entity_id(hass, sensors_enabled, "turn_latency")
    assert hass.states.get(entity_id).state == STATE_UNKNOWN  # type: ignore[union-attr]
    await conversation.async_converse(
        hass,
        "turn on the kitchen light",
        None,
        Context(),
        agent_id="conversation.local_slm_conversation",
    )
    await hass.async_block_till_done()
    state = hass.states.get(entity_id)
    assert state is not None
    assert state.attributes["unit_of_measurement"] == "s"
    assert float(state.state) > 0
    assert float(state.state) == pytest.approx(sensors_enabled.runtime_data.last_turn_seconds)


@pytest.mark.parametrize(
    ("info", "size_class"),
    [
        pytest.param({"n_params": 134_515_008}, "small", id="135M"),
        pytest.param({"n_params": 1_720_000_000}, "large", id="1.7B"),
        pytest.param({}, "small", id="unknown"),
    ],
)
def test_the_size_class_the_agent_reads(info: dict[str, int], size_class: str) -> None:
    """From 1B parameters up a model is `large` (the agent may offer it more tools)."""
    engine = EngineClient(EngineConfig("model.gguf"))
    engine.info = dict(info)
    runtime = LocalSlmRuntime(engine=engine, model=ModelFileInfo("model.gguf", 1, 3, 1))
    assert runtime.size_class == size_class
