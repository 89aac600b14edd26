"""What the agent remembers between turns of one conversation: the last target."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from homeassistant.helpers import intent

MAX_CONVERSATIONS = 64


class TargetMemory:
    """Last acted-on target per conversation, for 'turn it off' (bounded, LRU)."""

    def __init__(self) -> None:
        """Start empty."""
        self._last: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        """The arguments of the last call in this conversation."""
        return self._last.get(conversation_id)

    def remember(self, conversation_id: str, arguments: dict[str, Any]) -> None:
        """Keep these arguments as the conversation's last target."""
        self._last[conversation_id] = dict(arguments)
        self._last.move_to_end(conversation_id)
        while len(self._last) > MAX_CONVERSATIONS:
            self._last.popitem(last=False)

    def remember_response(self, conversation_id: str, response: intent.IntentResponse) -> None:
        """Keep the entities HA's own matcher acted on."""
        names = [
            t.name
            for t in response.success_results
            if t.type is intent.IntentResponseTargetType.ENTITY
        ]
        if len(names) == 1:
            self.remember(conversation_id, {"name": names[0]})
