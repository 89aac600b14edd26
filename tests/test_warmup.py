"""A voice pipeline about to ask warms only what is cold, behind nothing, reloading nothing."""

from __future__ import annotations

import asyncio
import os
import signal

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.engine.client import EngineClient, GenerationRequest

from .test_robustness import _wait_until

AGENT = "conversation.local_slm_conversation"


async def _restarted_cold(entry: MockConfigEntry) -> EngineClient:
    """Kill the entry's worker (SIGKILL) and wait for the restarted one, which holds nothing."""
    engine: EngineClient = entry.runtime_data.engine
    assert engine.pid is not None
    os.kill(engine.pid, signal.SIGKILL)
    await _wait_until(lambda: engine.crashes == 1 and engine.available)
    return engine


async def test_preparing_a_warm_agent_generates_nothing(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """After the setup warm-up, each pipeline's prepare only checks: no generation queued."""
    engine = loaded_entry.runtime_data.engine
    before = (await engine.async_stats())["requests"]
    for _ in range(3):
        await hass.data["conversation"].get_entity(AGENT).async_prepare("en")
    assert (await engine.async_stats())["requests"] == before


async def test_preparing_after_a_worker_restart_warms_the_lost_prefixes(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A restarted worker holds nothing: prepare evaluates the prefixes again, once."""
    engine = await _restarted_cold(loaded_entry)
    agent = hass.data["conversation"].get_entity(AGENT)
    await agent.async_prepare("en")
    warmed = (await engine.async_stats())["requests"]
    assert warmed >= 2  # the decision and chat prefixes
    await agent.async_prepare("en")
    assert (await engine.async_stats())["requests"] == warmed


async def test_prepare_never_queues_ahead_of_a_waiting_request(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """While a request is being served, prepare returns at once instead of queueing."""
    engine = await _restarted_cold(loaded_entry)  # there would be work to do
    busy = asyncio.create_task(
        engine.async_generate(GenerationRequest(prompt="Once upon a time", max_tokens=200))
    )
    await _wait_until(lambda: engine.waiting > 0)
    await hass.data["conversation"].get_entity(AGENT).async_prepare("en")
    assert not busy.done()
    assert engine.waiting == 1  # only the request being served: prepare queued nothing
    await busy


async def test_prepare_never_reloads_the_entry(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A prompt that outgrew the context is left to the background warm-up: no reload here."""
    hass.config_entries.async_update_entry(loaded_entry, options={})
    await hass.async_block_till_done()
    engine = loaded_entry.runtime_data.engine
    pid = engine.pid
    for i in range(250):
        hass.states.async_set(f"light.hall_lamp_{i}", "off", {"friendly_name": f"Hall Lamp {i}"})
    await hass.data["conversation"].get_entity(AGENT).async_prepare("en")
    await hass.async_block_till_done()
    assert loaded_entry.state is ConfigEntryState.LOADED
    assert loaded_entry.runtime_data.engine.pid == pid
