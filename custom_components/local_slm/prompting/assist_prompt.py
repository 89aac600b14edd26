"""The short prompt under which the small model ranks readings of a request.

The model never writes a call. Each candidate reading is put as a command ("vacuum
return to base Hoover"), and the model scores the user's own words as what a person
would say for it: log P(request | reading), the "noisy channel" direction. Every
reading is scored on the same words, so a longer label costs nothing, where scoring
the label after the request (P(reading | request)) preferred the shortest label: on
the development set that direct ranking chose the right intent 6 times out of 18,
the channel ranking 13 times.

The system text and the example never change, so their evaluated prefix is reused from
one request to the next; the reading and the request come last.
"""

from __future__ import annotations

from .chat_format import ChatMessage

_SYSTEM = "You run a smart home. Given a command, write how a person in the home might say it."
_EXAMPLE = ("turn off Desk Lamp", "turn the desk lamp off please")


def ranking_prefix() -> list[ChatMessage]:
    """The static part: the instruction and one example (warmed once)."""
    return [
        {"role": "system", "content": _SYSTEM},
        {"role": "user", "content": _EXAMPLE[0]},
        {"role": "assistant", "content": _EXAMPLE[1]},
    ]


def build_ranking_messages(reading: str) -> list[ChatMessage]:
    """The static part, then one reading; the request is scored as the reply to it."""
    return [*ranking_prefix(), {"role": "user", "content": reading}]
