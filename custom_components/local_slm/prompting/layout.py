"""Prompt layout for KV prefix reuse: static first, volatile last.

HA's system prompt carries the current time (to the second) between the instructions
and the tool guidance, which would change the prefix every turn. We lift it out and
place it, with other live facts, just before the user's words.
"""

from __future__ import annotations

import re

_DATE_TIME = re.compile(
    r"Current time is \d{1,2}:\d{2}(?::\d{2})?\. Today's date is \d{4}-\d{2}-\d{2}\.\n?"
)


def split_volatile(system_prompt: str) -> tuple[str, str]:
    """Return (static part, volatile part) of an HA system prompt."""
    volatile = " ".join(m.group(0).strip() for m in _DATE_TIME.finditer(system_prompt))
    static = _DATE_TIME.sub("", system_prompt)
    static = re.sub(r"\n{3,}", "\n\n", static).strip()
    return static, volatile
