"""Diagnostics of a loaded entry: model, engine, worker health; no prompts or user text."""

from __future__ import annotations

import asyncio
import json

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion
from syrupy.filters import props

from custom_components.local_slm.diagnostics import quantization_name
from custom_components.local_slm.engine.bundle import host_platform
from custom_components.local_slm.engine.client import GenerationRequest

#: Differ from run to run or machine to machine.
# Machine-dependent: the engine build and CPU variant differ between x86_64 and aarch64 hosts.
VOLATILE = (
    "path",
    "worker_pid",
    "load_seconds",
    "rss_bytes",
    "last_crash",
    "n_threads",
    "engine_build",
    "cpu_backend",
)


async def test_diagnostics_snapshot(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    loaded_entry: MockConfigEntry,
    snapshot: SnapshotAssertion,
) -> None:
    """Through HA's diagnostics API: the model, its settings and the counters.

    The worker's own counters depend on what ran since setup (the agent warms its
    prompts up): only their names are part of the snapshot.
    """
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    stats = diagnostics.pop("worker_stats")
    assert isinstance(stats, dict)
    assert {"stat_names": sorted(stats), **diagnostics} == snapshot(exclude=props(*VOLATILE))


async def test_diagnostics_name_the_quantization_and_library(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, loaded_entry: MockConfigEntry
) -> None:
    """The built-in file is Q4_1; the library and its version are named."""
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    model = diagnostics["model"]
    engine = diagnostics["engine"]
    assert isinstance(model, dict) and isinstance(engine, dict)
    assert model["quantization"] == "Q4_1"
    assert model["size_bytes"] == loaded_entry.runtime_data.model.size_bytes
    assert engine["library"] == "llama-cpp-python"
    assert engine["library_version"]
    assert engine["n_ctx"] == 4096
    assert engine["engine_build"] == host_platform().target
    assert engine["cpu_backend"]


async def test_diagnostics_count_crashes_and_restarts(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, loaded_entry: MockConfigEntry
) -> None:
    """A real crash shows in the worker's health counters."""
    engine = loaded_entry.runtime_data.engine
    await engine.async_crash_for_test()
    for _ in range(600):  # the restart takes a second or two
        if engine.restarts == 1 and engine.available:
            break
        await asyncio.sleep(0.05)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    health = diagnostics["worker_health"]
    assert isinstance(health, dict)
    assert health["crashes"] == 1
    assert health["restarts"] == 1
    assert health["recent_crashes"] == 1
    assert "exited with code" in str(health["last_error"])


async def test_diagnostics_redact_instructions_and_user_text(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, loaded_entry: MockConfigEntry
) -> None:
    """The agent's instructions are redacted and nothing a user said appears."""
    secret = "my alarm code is 4711"
    engine = loaded_entry.runtime_data.engine
    await engine.async_generate(GenerationRequest(prompt=secret, max_tokens=2))
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    dumped = json.dumps(diagnostics)
    assert "4711" not in dumped
    entry = diagnostics["entry"]
    assert isinstance(entry, dict)
    subentries = entry["subentries"]
    assert isinstance(subentries, list)
    agent = next(s for s in subentries if isinstance(s, dict) and s["type"] == "conversation")
    assert isinstance(agent, dict)
    assert agent["data"]["prompt"] == "**REDACTED**"


def test_quantization_names() -> None:
    """GGUF file types map to the usual names; unknown and missing ones do not crash."""
    assert quantization_name("3") == "Q4_1"
    assert quantization_name(15) == "Q4_K_M"
    assert quantization_name(999) == "type 999"
    assert quantization_name(None) is None
