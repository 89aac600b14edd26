"""Is a model's summary faithful to the digest it was given?

Checks are lexical, sound but practical: every number and state word must come from
the facts, with the unit the facts give it (54 ppm is not "54 %"), a clause naming
exactly one fact must agree with it, every critical fact must be told, no room may
appear that the facts do not mention, and the text must be non-empty, not looping and
not far longer than asked. `told_facts` says which facts a text tells, so the result
can count the ones it leaves out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
import re
from typing import Final

from .digest import Digest, Fact
from .lang import count_words, normalize, number_tokens, unit_pairs, words

# Surface form (normalized: lower case, no accents) -> the state it tells.
STATE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(["open", "opened", "ouvert", "ouverte", "ouverts", "ouvertes"], "open"),
    **dict.fromkeys(["closed", "shut", "ferme", "fermee", "fermes", "fermees"], "closed"),
    **dict.fromkeys(["allume", "allumee", "allumes", "allumees"], "on"),
    **dict.fromkeys(["active", "activee", "actives", "activees"], "on"),
    **dict.fromkeys(["eteint", "eteinte", "eteints", "eteintes"], "off"),
    **dict.fromkeys(["desactive", "desactivee", "desactives", "desactivees"], "off"),
    **dict.fromkeys(["locked", "verrouille", "verrouillee", "verrouilles"], "locked"),
    **dict.fromkeys(["unlocked", "deverrouille", "deverrouillee", "deverrouilles"], "unlocked"),
    **dict.fromkeys(["jammed", "bloque", "bloquee", "bloques", "bloquees"], "jammed"),
    **dict.fromkeys(
        ["unavailable", "offline", "unreachable", "indisponible", "indisponibles"],
        "unavailable",
    ),
    **dict.fromkeys(["unknown", "inconnu", "inconnue", "inconnus", "inconnues"], "unknown"),
    **dict.fromkeys(["triggered", "declenche", "declenchee", "declenches"], "triggered"),
    **dict.fromkeys(["disarmed", "desarme", "desarmee", "desarmes"], "disarmed"),
    **dict.fromkeys(["armed", "arme", "armee", "armes", "armees"], "armed"),
    **dict.fromkeys(["detected", "detecte", "detectee", "detectes", "detectees"], "detected"),
    **dict.fromkeys(["leak", "leaks", "leaking", "fuite", "fuites"], "leak"),
    **dict.fromkeys(["away", "absent", "absente", "absents", "absentes"], "away"),
    **dict.fromkeys(["low", "faible", "faibles"], "low"),
}
_NEGATIONS: Final = frozenset({"not", "no", "t", "never", "non", "pas", "aucun", "aucune"})
# "on"/"off" are prepositions too: they only tell a state after one of these words, or
# at the end of a clause.
_ON_OFF_AFTER: Final = frozenset(
    {"is", "are", "was", "were", "turned", "switched", "still", "now", "remains", "stays"}
)

# Closed list of room words (en, fr), normalized; the text may only use those the
# digest's names or areas use.
ROOM_WORDS: Final = (
    "attic", "balcony", "basement", "bathroom", "bedroom", "cellar", "dining room",
    "entrance", "entryway", "garage", "garden", "guest room", "hall", "hallway",
    "kitchen", "laundry room", "laundry", "living room", "lounge", "master bedroom",
    "nursery", "office", "pantry", "patio", "playroom", "porch", "staircase", "terrace",
    "toilet", "utility room", "balcon", "buanderie", "bureau", "cave", "cellier",
    "chambre", "couloir", "cuisine", "entree", "garage", "grenier", "jardin",
    "salle a manger", "salle de bain", "salle de bains", "salle d'eau", "salon",
    "sejour", "sous-sol", "terrasse", "toilettes", "veranda", "wc",
)  # fmt: skip

# Words that do not identify a device by themselves.
_GENERIC: Final = frozenset(
    {
        "a", "an", "and", "at", "au", "aux", "d", "de", "des", "du", "en", "et", "in",
        "l", "la", "le", "les", "of", "on", "the", "sensor", "capteur", "detector",
        "detecteur", "contact", "state", "status", "etat", "battery", "batterie",
    }
)  # fmt: skip
_TIME_WORDS: Final = frozenset(
    {"ago", "min", "h", "day", "days", "just", "now", "il", "y", "a", "jour", "jours"}
)
# State words that belong to one language only: a summary in the other one is rejected.
_ONLY_IN: Final = {
    "en": frozenset({"open", "closed", "locked", "unlocked", "detected", "switched"}),
    "fr": frozenset(
        {
            "ouvert",
            "ouverte",
            "ouverts",
            "ouvertes",
            "ferme",
            "fermee",
            "fermes",
            "fermees",
            "verrouille",
            "verrouillee",
            "deverrouille",
            "deverrouillee",
            "allume",
            "allumee",
            "allumes",
            "allumees",
            "eteint",
            "eteinte",
            "eteints",
            "eteintes",
            "detecte",
            "detectee",
        }
    ),
}
_CLAUSE_SPLIT: Final = re.compile(r"[.!?;](?=\s|$)|\n|\s(?:and|et|but|mais)\s")
_SENTENCE_SPLIT: Final = re.compile(r"[.!?](?=\s|$)|\n")
_COUNT_RE: Final = re.compile(r"\b(\d+)\s+(?:more|others?|autres?)\b")
_LOOP_NGRAM: Final = 8


@dataclass(slots=True)
class GuardVerdict:
    """Whether a text may be shown, and why not."""

    ok: bool
    problems: list[str] = field(default_factory=list)


def check_faithful(
    text: str,
    digest: Digest,
    *,
    max_words: int | None = None,
    critical_limit: int | None = None,
) -> GuardVerdict:
    """Check a summary against the digest it was written from.

    `max_words` is the length asked for; the text may exceed it by a margin (a
    quarter, at least 5 words) since a small model rarely counts exactly.
    `critical_limit` only requires the first N critical facts (a headline names one or
    two); by default every critical fact must be told.
    """
    if not text.strip():
        return GuardVerdict(ok=False, problems=["empty text"])
    problems: list[str] = []
    if _loops(text):
        problems.append("the text repeats itself")
    if max_words is not None:
        limit = max_words + max(5, round(max_words * 0.25))
        if (count := count_words(text)) > limit:
            problems.append(f"{count} words, more than {max_words} asked")
    names = _NameIndex(digest.facts)
    allowed_numbers = _digest_numbers(digest)
    allowed_numbers.update(_counts(text, len(digest.facts) + digest.omitted))
    all_states = {c for fact in digest.facts for c in _fact_states(fact)}
    for number in dict.fromkeys(number_tokens(text)):
        if number not in allowed_numbers:
            problems.append(f"number {number} is not in the facts")
    for state in dict.fromkeys(_states(text)):
        if state not in all_states:
            problems.append(f"state '{state}' is not in the facts")
    problems.extend(_unit_problems(text, _units_of(digest.facts), "the facts say"))
    problems.extend(_clause_problems(text, names, allowed_numbers - _fact_numbers_all(digest)))
    problems.extend(_room_problems(text, digest))
    problems.extend(_language_problems(text, digest.language))
    problems.extend(_critical_problems(text, digest, names, critical_limit))
    return GuardVerdict(ok=not problems, problems=problems)


def _language_problems(text: str, language: str) -> list[str]:
    """State words of the other language: an English sentence in a French summary."""
    told = set(words(normalize(text)))
    return [
        f"'{word}' is not {language}"
        for other, vocabulary in _ONLY_IN.items()
        if other != language
        for word in sorted(told & vocabulary)
    ]


# --- states and numbers --------------------------------------------------------------


def _states(text: str, *, strict: bool = True) -> list[str]:
    """States told by a text: "open", "not detected", ... in reading order.

    With `strict`, "on"/"off" count only where they cannot be prepositions.
    """
    found: list[str] = []
    for clause in _CLAUSE_SPLIT.split(normalize(text)):
        tokens = words(clause)
        for i, word in enumerate(tokens):
            previous = tokens[i - 1] if i else ""
            if word in ("on", "off"):
                last = i == len(tokens) - 1
                state = word if (not strict or last or previous in _ON_OFF_AFTER) else None
            else:
                state = STATE_WORDS.get(word)
            if state is None:
                continue
            found.append(f"not {state}" if previous in _NEGATIONS else state)
    return found


def _fact_states(fact: Fact) -> set[str]:
    return set(_states(fact.detail, strict=False))


def _fact_numbers(fact: Fact) -> set[str]:
    return set(number_tokens(" ".join(fact.values)))


def _fact_numbers_all(digest: Digest) -> set[str]:
    return {n for fact in digest.facts for n in _fact_numbers(fact)}


def _digest_numbers(digest: Digest) -> set[str]:
    numbers = _fact_numbers_all(digest)
    for fact in digest.facts:
        numbers.update(number_tokens(f"{fact.name} {fact.area or ''}"))
    if digest.omitted:
        numbers.add(str(digest.omitted))
    return numbers


def _counts(text: str, total: int) -> set[str]:
    """Numbers of "and 3 more" / "et 3 autres" phrases no larger than the fact count."""
    return {m.group(1) for m in _COUNT_RE.finditer(normalize(text)) if int(m.group(1)) <= total}


def _units_of(facts: tuple[Fact, ...] | list[Fact]) -> dict[str, set[str]]:
    """Number -> the units the facts write it with ("" when written bare)."""
    units: dict[str, set[str]] = {}
    for fact in facts:
        detail = fact.detail or fact.text
        paired = unit_pairs(detail)
        for number, unit in paired:
            units.setdefault(number, set()).add(unit)
        with_unit = {number for number, _ in paired}
        for number in number_tokens(detail):
            if number not in with_unit:
                units.setdefault(number, set()).add("")
    return units


def _same_unit(written: str, known: str) -> bool:
    """ "21°" tells 21 °C; otherwise units must match exactly."""
    return written == known or (written == "°" and known.startswith("°"))


def _unit_problems(text: str, units: dict[str, set[str]], whose: str) -> list[str]:
    """A number written with a unit the facts do not give it: "54 %" for 54 ppm."""
    problems = []
    for number, unit in dict.fromkeys(unit_pairs(text)):
        known = units.get(number)
        if known is not None and not any(_same_unit(unit, k) for k in known):
            said = " or ".join(f"{number} {k}".strip() for k in sorted(known))
            problems.append(f"{number} {unit}: {whose} {said}")
    return problems


# --- names ---------------------------------------------------------------------------


class _NameIndex:
    """Word sequences that identify each fact: its name, or a part no other name has."""

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        self.facts = facts
        padded = [f" {' '.join(words(fact.name))} " for fact in facts]
        self.phrases: list[list[tuple[str, ...]]] = []
        for index, fact in enumerate(facts):
            name = tuple(words(fact.name))
            phrases = {name} if name else set()
            for size in range(1, len(name)):
                for start in range(len(name) - size + 1):
                    gram = name[start : start + size]
                    if all(w in _GENERIC or w.isdigit() for w in gram):
                        continue
                    needle = f" {' '.join(gram)} "
                    if not any(needle in other for j, other in enumerate(padded) if j != index):
                        phrases.add(gram)
            self.phrases.append(sorted(phrases))

    def mentioned(self, tokens: list[str]) -> set[int]:
        """Facts a clause names, ignoring a name found inside a longer one."""
        spans: list[tuple[int, int, int]] = []
        for index, phrases in enumerate(self.phrases):
            for phrase in phrases:
                size = len(phrase)
                for start in range(len(tokens) - size + 1):
                    if tuple(tokens[start : start + size]) == phrase:
                        spans.append((start, start + size, index))
        return {
            index
            for start, end, index in spans
            if not any(
                s <= start and end <= e and (e - s) > (end - start) and i != index
                for s, e, i in spans
            )
        }


def _clause_problems(text: str, names: _NameIndex, free_numbers: set[str]) -> list[str]:
    """A clause naming exactly one fact must give that fact's numbers and states."""
    problems: list[str] = []
    for clause in _CLAUSE_SPLIT.split(text):
        mentioned = names.mentioned(words(clause))
        if len(mentioned) != 1:
            continue
        fact = names.facts[mentioned.pop()]
        own_numbers = _fact_numbers(fact) | set(number_tokens(f"{fact.name} {fact.area}"))
        for number in number_tokens(clause):
            if number not in own_numbers and number not in free_numbers:
                problems.append(f"number {number} does not belong to {fact.name}")
        own_states = _fact_states(fact)
        for state in _states(clause):
            if state not in own_states:
                problems.append(f"state '{state}' does not belong to {fact.name}")
        problems.extend(_unit_problems(clause, _units_of([fact]), f"{fact.name} is"))
    return problems


def told_facts(text: str, digest: Digest) -> tuple[Fact, ...]:
    """The facts a text names (by their name or a part of it no other name has)."""
    tokens = words(text)
    names = _NameIndex(digest.facts)
    return tuple(
        fact
        for index, fact in enumerate(digest.facts)
        if _named_anywhere(tokens, names.phrases[index])
    )


# --- rooms ---------------------------------------------------------------------------


def _room_problems(text: str, digest: Digest) -> list[str]:
    known = (
        " "
        + " ".join(" ".join(words(f"{fact.name} {fact.area or ''}")) for fact in digest.facts)
        + " "
    )
    spoken = " " + " ".join(words(text)) + " "
    problems = []
    for room in dict.fromkeys(ROOM_WORDS):
        key = " ".join(words(room))
        if not re.search(rf" {re.escape(key)}s? ", spoken):
            continue
        variants = {key, f"{key}s", key.removesuffix("s"), key.removesuffix(" room")}
        if not any(f" {variant} " in known for variant in variants):
            problems.append(f"room '{room}' is not in the facts")
    return problems


# --- critical facts ------------------------------------------------------------------


def _critical_problems(
    text: str, digest: Digest, names: _NameIndex, limit: int | None
) -> list[str]:
    tokens = words(text)
    spoken = set(tokens) | set(_states(text))
    numbers = set(number_tokens(text))
    mentioned = names.mentioned(tokens)
    critical = [i for i, fact in enumerate(digest.facts) if fact.critical]
    problems = []
    for index in critical[:limit]:
        fact = digest.facts[index]
        if index not in mentioned and not _named_anywhere(tokens, names.phrases[index]):
            problems.append(f"critical fact left out: {fact.text}")
            continue
        told = f"{fact.state_text} {fact.extra or ''}"
        required = (set(_states(told, strict=False)) | set(words(told))) - _GENERIC - _TIME_WORDS
        required = {w for w in required if not w.isdigit()}
        if not (required & spoken or set(number_tokens(told)) & numbers):
            problems.append(f"critical fact told without its state: {fact.text}")
    return problems


def _named_anywhere(tokens: list[str], phrases: list[tuple[str, ...]]) -> bool:
    return any(
        tuple(tokens[start : start + len(phrase)]) == phrase
        for phrase in phrases
        for start in range(len(tokens) - len(phrase) + 1)
    )


# --- loops ---------------------------------------------------------------------------


def _loops(text: str) -> bool:
    sentences = [" ".join(words(s)) for s in _SENTENCE_SPLIT.split(text) if len(words(s)) >= 4]
    if any(count > 1 for count in Counter(sentences).values()):
        return True
    tokens = words(text)
    grams = Counter(
        tuple(tokens[i : i + _LOOP_NGRAM]) for i in range(len(tokens) - _LOOP_NGRAM + 1)
    )
    return any(count >= 3 for count in grams.values())
