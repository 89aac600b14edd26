"""The short prompt after which the small model ranks readings of a request.

The model only continues this prompt with each candidate's words (a log-probability
per candidate, see `EngineClient.async_score`); it never writes a call itself. The
system text never changes, so its evaluated prefix is reused from one request to the
next; the request comes last.
"""

from __future__ import annotations

from .chat_format import ChatMessage

_SYSTEM = (
    "You run a smart home. Reply with the action the request asks for, as a few words: "
    "the action, then the device, then any value."
)
_EXAMPLE = ("turn the desk lamp off please", "turn off Desk Lamp")


def build_ranking_messages(request: str, language: str) -> list[ChatMessage]:
    """System text and one example (static), then the request (volatile).

    `language` is accepted for symmetry with the other prompts: the instruction is
    read by the model, the user's words stay in the user's language.
    """
    del language
    return [
        {"role": "system", "content": _SYSTEM},
        {"role": "user", "content": _EXAMPLE[0]},
        {"role": "assistant", "content": _EXAMPLE[1]},
        {"role": "user", "content": request},
    ]
