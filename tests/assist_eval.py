"""Run one Assist command against the real agent and judge the outcome."""

from __future__ import annotations

from dataclasses import dataclass
import time

from homeassistant.components import conversation
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Context, Event, HomeAssistant, callback

from .assist_commands import OPPOSITE, REACHED, SERVICES, Command


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened for one command."""

    command: Command
    ok: bool
    speech: str
    seconds: float
    layer: str | None


async def async_preset(hass: HomeAssistant, command: Command) -> None:
    """Put the command's entities in the opposite state, so success is a real change."""
    if command.state is None:
        return
    start_state, domain, service = OPPOSITE[command.state]
    for entity_id in command.entity_ids:
        if entity_id.startswith("cover."):
            # Demo covers move over seconds: set the starting state directly.
            hass.states.async_set(entity_id, start_state, hass.states.get(entity_id).attributes)  # type: ignore[union-attr]
            continue
        await hass.services.async_call(domain, service, {"entity_id": entity_id}, blocking=True)
    await hass.async_block_till_done()


async def async_run_command(hass: HomeAssistant, agent_id: str, command: Command) -> Outcome:
    """Preset, ask the agent in a fresh conversation, then check the result."""
    await async_preset(hass, command)
    before = {s.entity_id: s.state for s in hass.states.async_all()}
    targeted: set[tuple[str, str]] = set()

    @callback
    def _record(event: Event) -> None:
        ids = event.data.get("service_data", {}).get("entity_id", [])
        for entity_id in [ids] if isinstance(ids, str) else ids:
            targeted.add((entity_id, event.data["service"]))

    unsub = hass.bus.async_listen(EVENT_CALL_SERVICE, _record)
    started = time.monotonic()
    try:
        result = await conversation.async_converse(
            hass, command.text, None, Context(), language=command.language, agent_id=agent_id
        )
        seconds = time.monotonic() - started
        await hass.async_block_till_done()
    finally:
        unsub()
    speech = result.response.speech.get("plain", {}).get("speech", "")
    if command.state is not None:
        reached = REACHED[command.state]
        services = SERVICES[command.state]
        ok = all(
            ((state := hass.states.get(e)) is not None and state.state in reached)
            or any((e, s) in targeted for s in services)
            for e in command.entity_ids
        )
    else:
        changed = [
            s.entity_id
            for s in hass.states.async_all()
            if before.get(s.entity_id) not in (None, s.state)
            and s.domain in ("light", "switch", "fan", "cover", "lock")
        ]
        ok = not changed and _answer_is_right(hass, command, speech)
    agent = hass.data["conversation"].get_entity(agent_id)
    return Outcome(command, ok, speech, seconds, agent.last_decision)


_YES = ("yes", "oui")
_NO = ("no", "non")


def _answer_is_right(hass: HomeAssistant, command: Command, speech: str) -> bool:
    """A yes/no answer must match the real state; otherwise the expected words must appear."""
    words = speech.lower().replace(",", " ").replace(".", " ").split()
    if command.yes_if is not None and words and words[0] in _YES + _NO:
        entity_id, yes_states = command.yes_if
        state = hass.states.get(entity_id)
        truth = state is not None and state.state in yes_states
        return (words[0] in _YES) == truth
    return any(w.lower() in speech.lower() for w in command.answer_has)
