"""A real HA with one test home and the local_slm agent on the built-in model."""

from __future__ import annotations

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from tests.homes.build import async_build_home
from tests.homes.model import Home


async def async_set_up_home(
    hass: HomeAssistant, home: Home, agent_entry: MockConfigEntry
) -> MockConfigEntry:
    """Build the home, then set up local_slm (so its warm-up sees the home's entities).

    Returns the virtual home's entry. Needs HA's core integration (the `ha_core` fixture).
    """
    home_entry = await async_build_home(hass, home)
    assert await hass.config_entries.async_setup(agent_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return home_entry


async def async_warm_turn(hass: HomeAssistant, agent_id: str, text: str, language: str) -> None:
    """One untimed turn, so the measured turns are warm (model pages, prompt prefix)."""
    await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=agent_id
    )
    await hass.async_block_till_done()
