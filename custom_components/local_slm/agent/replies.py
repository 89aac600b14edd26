"""What the agent says after acting or when it cannot act (English and French).

These sentences are written by code from what actually happened, so a tiny model
never gets to misreport an action.
"""

from __future__ import annotations

from collections.abc import Sequence

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "on": "Turned on {names}.",
        "off": "Turned off {names}.",
        "open": "Opened {names}.",
        "close": "Closed {names}.",
        "lock": "Locked {names}.",
        "unlock": "Unlocked {names}.",
        "done": "Done: {names}.",
        "failed": "I could not do that: {error}",
        "no_target": "I could not tell which device you mean.",
        "and": "and",
    },
    "fr": {
        "on": "J'ai allumé {names}.",
        "off": "J'ai éteint {names}.",
        "open": "J'ai ouvert {names}.",
        "close": "J'ai fermé {names}.",
        "lock": "J'ai verrouillé {names}.",
        "unlock": "J'ai déverrouillé {names}.",
        "done": "C'est fait : {names}.",
        "failed": "Je n'ai pas pu le faire : {error}",
        "no_target": "Je n'ai pas compris de quel appareil il s'agit.",
        "and": "et",
    },
}


def language_of(language: str | None) -> str:
    """The reply language we have texts for ('en' otherwise)."""
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return base if base in _TEXTS else "en"


def join_names(names: Sequence[str], language: str | None) -> str:
    """'A', 'A and B', 'A, B and C' (or 'et')."""
    words = _TEXTS[language_of(language)]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {words['and']} {names[-1]}"


# What turning on or off means for a domain, in words.
_VERB_BY_DOMAIN: dict[tuple[str, str], str] = {
    ("cover", "on"): "open",
    ("cover", "off"): "close",
    ("valve", "on"): "open",
    ("valve", "off"): "close",
    ("lock", "on"): "lock",
    ("lock", "off"): "unlock",
}


def action_key(direction: str, domain: str | None) -> str:
    """The reply key for turning a device of `domain` on or off."""
    return _VERB_BY_DOMAIN.get((domain or "", direction), direction)


def reply(key: str, language: str | None, **values: str) -> str:
    """A sentence from the table."""
    return _TEXTS[language_of(language)][key].format(**values)
