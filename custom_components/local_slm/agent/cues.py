"""Cheap lexical cues read from the user's words (English and French)."""

from __future__ import annotations

import re

from ..assist.text import fold

_QUESTION_START = re.compile(
    r"^(is|are|was|were|what|what's|whats|which|how|how's|hows|when|where|who|does|do|did|can|"
    r"est ce|est-ce|quel|quelle|quels|quelles|combien|comment|ou|quand|qui|"
    r"la .* est elle|le .* est il|y a t il)\b"
)
_ALL_WORDS = re.compile(r"\b(all|every|everything|tout|toute|toutes|tous)\b")
_PRONOUNS = re.compile(r"\b(it|them|that|those|this|le|la|les|l)\b")


def is_question(text: str) -> bool:
    """A request that asks about something rather than asking to act."""
    folded = fold(text).strip()
    return text.strip().endswith("?") or bool(_QUESTION_START.match(folded))


_POLITE_REQUEST = re.compile(
    r"^(can|could|would|will) you\b|^(please )?(peux|pourrais|pouvez|pourriez)[ -](tu|vous)\b"
)


def is_polite_request(text: str) -> bool:
    """'Can you turn on the light?' asks to act, though it ends with '?'."""
    return bool(_POLITE_REQUEST.match(fold(text).strip()))


def wants_all(text: str) -> bool:
    """'all the lights', 'toutes les lumières'."""
    return bool(_ALL_WORDS.search(fold(text)))


def refers_back(text: str) -> bool:
    """'turn it off', 'éteins-la': the target is the previous one."""
    return bool(_PRONOUNS.search(fold(text).replace("-", " ").replace("'", " ")))
