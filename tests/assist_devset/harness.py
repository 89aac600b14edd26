"""A real HA with one test home, a voice satellite that keeps timers, and the agents."""

from __future__ import annotations

from dataclasses import dataclass, field

from homeassistant.components import conversation
from homeassistant.components.intent import (
    TimerEventType,
    TimerInfo,
    async_register_timer_handler,
)
from homeassistant.components.intent.const import TIMER_DATA
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from tests.homes.build import async_build_home
from tests.homes.model import Home


@dataclass
class TestHome:
    """A built home: its virtual entities, and the satellite requests may come from."""

    __test__ = False  # not a pytest test class

    hass: HomeAssistant
    entry: MockConfigEntry
    satellite_id: str
    """Device id of a voice satellite (no area) that can run timers."""
    timers_started: list[int] = field(default_factory=list)
    """Durations (seconds) of the timers started on the satellite since the last reset."""

    @callback
    def on_timer(self, event: TimerEventType, timer: TimerInfo) -> None:
        """The satellite's timer handler: record what was started."""
        if event is TimerEventType.STARTED:
            self.timers_started.append(timer.created_seconds)

    def reset(self, overrides: dict[str, dict[str, object]] | None = None) -> None:
        """Every entity back to its start values; every timer cancelled."""
        self.entry.runtime_data.reset(overrides)
        manager = self.hass.data[TIMER_DATA]
        for timer_id in list(manager.timers):
            manager.cancel_timer(timer_id)
        self.timers_started.clear()


async def async_build_test_home(hass: HomeAssistant, home: Home) -> TestHome:
    """Build the home and its timer-capable satellite (needs the `ha_core` fixture)."""
    assert await async_setup_component(hass, "intent", {})
    entry = await async_build_home(hass, home)
    satellite = dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id,
        identifiers={(entry.domain, "satellite")},
        name="Voice satellite",
    )
    test_home = TestHome(hass, entry, satellite.id)
    entry.async_on_unload(async_register_timer_handler(hass, satellite.id, test_home.on_timer))
    return test_home


async def async_set_up_home(
    hass: HomeAssistant, home: Home, agent_entry: MockConfigEntry
) -> TestHome:
    """Build the home, then set up local_slm (so its warm-up sees the home's entities)."""
    test_home = await async_build_test_home(hass, home)
    assert await hass.config_entries.async_setup(agent_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return test_home


async def async_warm_turn(hass: HomeAssistant, agent_id: str, text: str, language: str) -> None:
    """One untimed turn, so the measured turns are warm (model pages, prompt prefix)."""
    await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=agent_id
    )
    await hass.async_block_till_done()
