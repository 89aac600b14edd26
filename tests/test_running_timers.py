"""Timer commands are read only where the device has a timer they could change.

Real HA timer manager (the `intent` integration) and a real device; no model.
"""

from __future__ import annotations

from homeassistant.components.intent import async_register_timer_handler
from homeassistant.components.intent.const import TIMER_DATA
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.agent.running_timers import (
    without_timer_commands_that_find_nothing,
)

from .test_assist_readings import _tool

TOOLS = [
    _tool("intent__HassStartTimer", frozenset()),
    _tool("intent__HassIncreaseTimer", frozenset()),
    _tool("intent__HassCancelTimer", frozenset()),
    _tool("intent__HassCancelAllTimers", frozenset()),
    _tool("intent__HassTurnOn", frozenset({"light"})),
]


async def _satellites(hass: HomeAssistant, *names: str) -> list[str]:
    """Timer-capable devices, by id."""
    assert await async_setup_component(hass, "intent", {})
    entry = MockConfigEntry(domain="test")
    entry.add_to_hass(hass)
    ids = []
    for name in names:
        device = dr.async_get(hass).async_get_or_create(
            config_entry_id=entry.entry_id, identifiers={("test", name)}, name=name
        )
        async_register_timer_handler(hass, device.id, lambda event, timer: None)
        ids.append(device.id)
    return ids


def _intents(hass: HomeAssistant) -> set[str]:
    return {t.intent for t in without_timer_commands_that_find_nothing(hass, TOOLS)}


async def test_with_no_timer_only_starting_one_is_read(hass: HomeAssistant) -> None:
    """No timer runs: "can you time 3 minutes" cannot add 3 minutes to one; starting a
    timer and the home's devices stay readings."""
    await _satellites(hass, "kitchen")
    assert _intents(hass) == {"HassStartTimer", "HassTurnOn"}


async def test_a_running_timer_keeps_the_commands_that_change_it(hass: HomeAssistant) -> None:
    """A timer running on the device: adding to it or cancelling it may be meant."""
    (kitchen,) = await _satellites(hass, "kitchen")
    hass.data[TIMER_DATA].start_timer(kitchen, None, 5, None, "en")
    assert _intents(hass) == {t.intent for t in TOOLS}


async def test_another_devices_timer_may_be_the_one_meant(hass: HomeAssistant) -> None:
    """HA's handlers find a timer by its area or name too: "cancel the kitchen timer"
    said to the bedroom satellite cancels the kitchen's, so it stays a reading."""
    _, bedroom = await _satellites(hass, "kitchen", "bedroom")
    hass.data[TIMER_DATA].start_timer(bedroom, None, 5, None, "en")
    assert "HassCancelTimer" in _intents(hass)
