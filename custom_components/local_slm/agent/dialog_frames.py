"""Give HA's websocket a moment to deliver "subscribed" before an instant answer.

HA's websocket sends the messages queued in one event-loop pass as one frame. The Assist
dialog of HA's frontend stops its `assist_pipeline/run` subscription on `intent-end` with
the function that the subscription's confirmation returns; when the confirmation and
`intent-end` arrive in the same frame (an answer ready at once), that function is not
assigned yet: "ReferenceError: Cannot access 'i' before initialization", the rest of the
frame is lost and the chat stops scrolling. A short pause at the start of a turn, before
anything of the answer is queued, lets the confirmation leave in a frame of its own.
"""

from __future__ import annotations

import asyncio
from typing import Final

# Long enough for the websocket writer's coalescing passes, short next to any answer.
DELIVERY_PAUSE_SECONDS: Final = 0.05


async def async_let_subscription_confirm() -> None:
    """Yield to the event loop so queued websocket messages go out before the answer."""
    await asyncio.sleep(DELIVERY_PAUSE_SECONDS)
