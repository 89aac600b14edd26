"""Which timer commands can apply: HA's timer manager knows the running timers."""

from __future__ import annotations

from collections.abc import Sequence

from homeassistant.components.intent.const import TIMER_DATA
from homeassistant.core import HomeAssistant, callback

from ..assist.understanding import OfferedTool

#: Intents that act on a timer already running (or paused) on the device.
ON_A_RUNNING_TIMER = frozenset(
    {
        "HassCancelTimer",
        "HassCancelAllTimers",
        "HassIncreaseTimer",
        "HassDecreaseTimer",
        "HassPauseTimer",
        "HassUnpauseTimer",
    }
)


@callback
def without_timer_commands_that_find_nothing(
    hass: HomeAssistant, tools: Sequence[OfferedTool]
) -> list[OfferedTool]:
    """The tools, less those that change a timer when no timer runs: "can you time 3
    minutes for my tea" starts one; adding 3 minutes to a timer that does not exist is
    no reading of it. HA's handlers would only answer that no timer matched."""
    manager = hass.data.get(TIMER_DATA)
    timers = getattr(manager, "timers", None)
    if not isinstance(timers, dict):
        return list(tools)
    if timers:
        # HA's handlers find a timer by its name or area too ("cancel the kitchen
        # timer" said to the bedroom satellite): any timer may be the one meant.
        return list(tools)
    return [tool for tool in tools if tool.intent not in ON_A_RUNNING_TIMER]
