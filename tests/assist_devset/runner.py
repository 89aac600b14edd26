"""Send the development set's cases to an agent in a real HA and judge each turn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import time

from homeassistant.components import conversation
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Context, Event, HomeAssistant, callback

from .case import Case
from .harness import TestHome
from .judge import Verdict, judge
from .observe import observe

LOCAL_SLM_AGENT = "conversation.local_slm_conversation"
BUILTIN_AGENT = conversation.HOME_ASSISTANT_AGENT
BUILTIN_LAYER = "builtin"
READ_ONLY_PREFIX = "get_"
"""Services that only read (todo.get_items): calling them is not acting."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case sent to one agent."""

    case: Case
    agent_id: str
    verdict: Verdict
    speech: str
    seconds: float
    layer: str | None
    """The layer that decided (local_slm's `last_decision`; 'builtin' for HA's agent)."""


async def async_run_case(hass: HomeAssistant, home: TestHome, agent_id: str, case: Case) -> Outcome:
    """Reset the home (with the case's start values), send the text, judge the result.

    Timer requests come from the home's voice satellite; the others from no device (so
    no area is implied).
    """
    entities = home.entry.runtime_data.entities
    home.reset({entity_id: dict(values) for entity_id, values in case.setup.items()})
    await hass.async_block_till_done()
    agent = hass.data[conversation.DOMAIN].get_entity(agent_id)
    decides = hasattr(agent, "last_decision")
    if decides:
        agent.last_decision = None
    before = observe(hass, entities)
    called: set[tuple[str, str]] = set()

    @callback
    def _record(event: Event) -> None:
        service = f"{event.data['domain']}.{event.data['service']}"
        if event.data["service"].startswith(READ_ONLY_PREFIX):
            return
        ids = event.data.get("service_data", {}).get("entity_id", [])
        called.update(
            (entity_id, service) for entity_id in ([ids] if isinstance(ids, str) else ids)
        )

    unsubscribe = hass.bus.async_listen(EVENT_CALL_SERVICE, _record)
    started = time.monotonic()
    try:
        result = await conversation.async_converse(
            hass,
            case.text,
            None,
            Context(),
            language=case.language,
            agent_id=agent_id,
            device_id=home.satellite_id if case.timer_seconds is not None else None,
        )
        seconds = time.monotonic() - started
        await hass.async_block_till_done()
    finally:
        unsubscribe()
    speech = result.response.speech.get("plain", {}).get("speech", "")
    after = observe(hass, entities)
    layer = agent.last_decision if decides else BUILTIN_LAYER
    home_calls = {(e, service) for e, service in called if e in entities}
    verdict = judge(case, before, after, speech, home_calls, tuple(home.timers_started))
    return Outcome(case, agent_id, verdict, speech, seconds, layer)


async def async_run_cases(
    hass: HomeAssistant, home: TestHome, agent_id: str, cases: Iterable[Case]
) -> list[Outcome]:
    """Run cases one after the other, each in a fresh conversation; cancel timers after."""
    outcomes = [await async_run_case(hass, home, agent_id, case) for case in cases]
    home.reset()
    return outcomes
