"""What no answer in the validation set may say, in any case of a home."""

from __future__ import annotations

ERROR_DUMP = ("Traceback", "ValueError", "Template error", "invalid slot")
"""A program's error read out to the user is no answer."""
ENGLISH = ("I could not", "couldn't", "the user", "Turned on", "Turned off")
"""English sentences: a Spanish or Dutch home hears its own language."""


def never_say(language: str) -> tuple[str, ...]:
    """The words no answer in a home of that language may hold."""
    return ERROR_DUMP if language == "en" else (*ERROR_DUMP, *ENGLISH)
