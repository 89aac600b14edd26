"""Judge one case: success, failure, or wrong action (a change nobody asked for)."""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Any

from .case import CHANGED, Case
from .observe import Observation

TOLERANCE = {"brightness_pct": 1, "volume_pct": 1, "current_position": 1, "percentage": 1}
"""Percent rounding between HA's 0-255 scales and what was asked."""
STATE_ALTERNATIVES = {"returning": ("returning", "docked")}
"""A vacuum sent home may already be home."""
ARTICLES = re.compile(
    r"^(?:(?:the|a|an|some|du|de la|des|le|la|les|un|une|den|die|das|ein|eine|einen"
    r"|el|los|las|unos|unas|de|het|een|il|lo|i|gli|del|dello|della|dei|degli|delle|uno)\s+"
    r"|de l'|l'|dell'|un')"
)
"""Articles people put before a to-do item ('add some apples'): not part of the item."""


def _item(text: str) -> str:
    return ARTICLES.sub("", text.strip().lower())


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one case."""

    ok: bool
    wrong_action: bool
    reasons: tuple[str, ...]


def _value_matches(key: str, expected: Any, seen: Any, before: Any) -> bool:
    if expected == CHANGED:
        return bool(seen != before)
    if key == "items":
        items = {_item(summary): status for summary, status in seen.items()}
        return all(items.get(_item(item)) == status for item, status in expected.items())
    if isinstance(expected, tuple):
        return seen in expected
    if key == "state" and isinstance(expected, str):
        return seen in STATE_ALTERNATIVES.get(expected, (expected,))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return seen is not None and abs(float(seen) - expected) <= TOLERANCE.get(key, 0.01)
    return bool(seen == expected)


def _matches(expected: dict[str, Any], seen: dict[str, Any], before: dict[str, Any]) -> list[str]:
    """The expected keys that do not hold."""
    return [
        f"{key}={seen.get(key)!r} (want {value!r})"
        for key, value in expected.items()
        if not _value_matches(key, value, seen.get(key), before.get(key))
    ]


def normalize(text: str) -> str:
    """Lower case, plain spaces, decimal commas as points (21,5 -> 21.5)."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-").lower()
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def contains(text: str, word: str) -> bool:
    """Whether the word is in the text, not as part of a longer word or number."""
    word = normalize(word)
    before = r"(?<![\w.])" if re.match(r"[\w]", word) else ""
    after = r"(?![\w])" if re.search(r"\w$", word) else ""
    if re.match(r"\d", word):
        after = r"(?![\d]|\.\d)"
    return re.search(before + re.escape(word) + after, normalize(text)) is not None


def judge(
    case: Case,
    before: Observation,
    after: Observation,
    speech: str,
    called: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
    timers_started: tuple[int, ...] = (),
) -> Verdict:
    """Compare the home before and after, and the answer, with what the case expects.

    `called` holds the (entity id, service) pairs of the services run during the turn: a
    service run on an entity the case does not expect to change is a wrong action even
    when it changes nothing visible (start on a vacuum already cleaning).
    `timers_started` holds the durations of the timers started during the turn.
    """
    reasons: list[str] = [f"{e} is not in the home" for e in case.changes if e not in after]
    wrong = False
    acted_on = {entity_id for entity_id, _ in called}
    for entity_id, seen in after.items():
        was = before.get(entity_id, {})
        changed = seen != was
        expected = case.changes.get(entity_id)
        if expected is None:
            if changed:
                wrong = True
                reasons.append(f"unexpected change of {entity_id}: {was} -> {seen}")
            continue
        misses = _matches(dict(expected), seen, was)
        if misses:
            reasons.append(f"{entity_id}: " + ", ".join(misses))
            if changed or entity_id in acted_on:
                wrong = True  # it acted on the right device, but not as asked
    for entity_id, service in sorted(called):
        if entity_id not in case.changes and not any(entity_id in r for r in reasons):
            wrong = True
            reasons.append(f"{service} called on {entity_id}")
    if case.timer_seconds is None and timers_started:
        wrong = True
        reasons.append(f"timer started: {timers_started}")
    elif case.timer_seconds is not None and list(timers_started) != [case.timer_seconds]:
        wrong = wrong or bool(timers_started)
        reasons.append(f"timers started {list(timers_started)} (want [{case.timer_seconds}])")
    for group in case.answer:
        if not any(contains(speech, alternative) for alternative in group):
            reasons.append(f"answer lacks one of {group}")
    for word in case.answer_not:
        if contains(speech, word):
            reasons.append(f"answer says {word!r}")
    if case.asks_back and "?" not in speech:
        reasons.append("no question back")
    return Verdict(ok=not reasons, wrong_action=wrong, reasons=tuple(reasons))
