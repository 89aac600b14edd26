"""The context is sized to the prompt when the user has not chosen its size."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import CONF_AUTO_N_CTX, CONF_N_CTX
from custom_components.local_slm.engine_setup import context_for_prefix


def test_context_sizes_are_powers_of_two_with_headroom() -> None:
    """Room for the prefix plus a request and a reply, in steps the engine likes."""
    assert context_for_prefix(500) == 4096
    assert context_for_prefix(3500) == 8192
    assert context_for_prefix(9000) == 16384
    assert context_for_prefix(100_000) == 16384


@pytest.mark.usefixtures("demo_home")
async def test_many_exposed_entities_grow_the_context(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """With 250 more exposed lights the static prompt outgrows 4096 tokens: it grows."""
    hass.config_entries.async_update_entry(config_entry, options={})
    for i in range(250):
        hass.states.async_set(f"light.hall_lamp_{i}", "off", {"friendly_name": f"Hall Lamp {i}"})
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    for _ in range(3):  # warm-up, then the reload it asks for, then the new warm-up
        await hass.async_block_till_done(wait_background_tasks=True)
    assert config_entry.data[CONF_AUTO_N_CTX] == 8192
    assert config_entry.runtime_data.engine.info["n_ctx"] == 8192
    await hass.config_entries.async_unload(config_entry.entry_id)


@pytest.mark.usefixtures("demo_home")
async def test_a_context_size_chosen_by_the_user_is_kept(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """The user's choice wins: the long prompt is trimmed instead."""
    hass.config_entries.async_update_entry(config_entry, options={CONF_N_CTX: 2048})
    for i in range(250):
        hass.states.async_set(f"light.hall_lamp_{i}", "off", {"friendly_name": f"Hall Lamp {i}"})
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert CONF_AUTO_N_CTX not in config_entry.data
    assert config_entry.runtime_data.engine.info["n_ctx"] == 2048
    await hass.config_entries.async_unload(config_entry.entry_id)
