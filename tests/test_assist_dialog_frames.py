"""An instant answer reaches the Assist dialog after the dialog's subscription is confirmed.

HA's websocket puts the messages queued in one event-loop pass into one frame. The Assist
dialog of HA's frontend (20260930) stops its `assist_pipeline/run` subscription when
`intent-end` arrives, with the function that the subscription's confirmation returns: if
the confirmation and `intent-end` share a frame, that function is not assigned yet
("ReferenceError: Cannot access 'i' before initialization"), the rest of the frame is
dropped and the chat stops scrolling. Read here as the browser reads it: coalesced frames.
"""

from __future__ import annotations

import json
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator


def _events(frame: list[dict[str, Any]]) -> list[str]:
    return [m["event"]["type"] for m in frame if m.get("type") == "event"]


async def test_instant_answer_ends_the_run_in_a_later_frame_than_the_confirmation(
    hass: HomeAssistant,
    demo_home: None,
    loaded_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A state question answered at once: `intent-end` never rides with the confirmation."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "supported_features", "features": {"coalesce_messages": 1}}
    )
    assert (await client.receive_json())["success"]

    await client.send_json_auto_id(
        {
            "type": "assist_pipeline/run",
            "start_stage": "intent",
            "end_stage": "intent",
            "input": {"text": "what is the temperature outside?"},
            "pipeline": "conversation.local_slm_conversation",  # its own pipeline
        }
    )
    frames: list[list[dict[str, Any]]] = []
    while not any("run-end" in _events(frame) for frame in frames):
        decoded = json.loads(await client.receive_str(timeout=120))
        frames.append(decoded if isinstance(decoded, list) else [decoded])

    confirmation = next(f for f in frames if any(m.get("type") == "result" for m in f))
    assert "intent-end" not in _events(confirmation), frames
    speech = next(
        m["event"]["data"]["intent_output"]["response"]["speech"]["plain"]["speech"]
        for frame in frames
        for m in frame
        if m.get("type") == "event" and m["event"]["type"] == "intent-end"
    )
    assert "outside temperature" in speech.lower()
