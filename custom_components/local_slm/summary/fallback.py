"""A deterministic summary written from the digest alone.

Shown whenever the model's text is rejected by the guard, or there is no model, so it
must read well: critical facts first, the rest grouped by area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal

from .digest import Digest, Fact
from .lang import (
    Lang,
    capitalize,
    count_words,
    join_list,
    mid_sentence,
    more_phrase,
    not_shown_phrase,
    separator,
)

type SummaryStyle = Literal["sentence", "bullets", "headline"]

_CLAUSES_PER_SENTENCE: Final = 3
_HEADLINE_FACTS: Final = 2


def fallback_summary(
    digest: Digest,
    *,
    style: SummaryStyle = "sentence",
    max_words: int | None = None,
    language: str | None = None,
) -> str:
    """Summarise the digest without a model.

    The facts are worded in `digest.language`, so the glue words follow it too
    (`language` is accepted for symmetry with the prompt and otherwise unused).
    With `max_words`, the least important non-critical facts are dropped and counted
    in "and N more"; critical facts are always kept, even past `max_words`.
    """
    del language
    lang = digest.language
    if not digest.facts:
        text = "Nothing to report." if lang == "en" else "Rien à signaler."
        return f"{text} {not_shown_phrase(digest.omitted, lang)}" if digest.omitted else text
    if style == "headline":
        return _headline(digest, lang, max_words)
    render = _bullets if style == "bullets" else _sentences
    return _fit(digest, lang, max_words, render)


type _Render = Callable[[list[Fact], Lang, int, int], str]


def _fit(digest: Digest, lang: Lang, max_words: int | None, render: _Render) -> str:
    """Render the most facts that fit in max_words, dropping from the least important."""
    others = [i for i, fact in enumerate(digest.facts) if not fact.critical]
    text = ""
    for keep in range(len(others), -1, -1):
        dropped = set(others[keep:])
        chosen = [fact for i, fact in enumerate(digest.facts) if i not in dropped]
        more = len(dropped) + digest.omitted if dropped else 0
        text = render(chosen, lang, more, 0 if dropped else digest.omitted)
        if max_words is None or count_words(text) <= max_words:
            break
    return text


# --- bullets -------------------------------------------------------------------------


def _label(fact: Fact) -> str:
    if fact.area and fact.area.casefold() not in fact.name.casefold():
        return f"{fact.name} ({fact.area})"
    return fact.name


def _bullets(facts: list[Fact], lang: Lang, more: int, not_shown: int) -> str:
    sep = separator(lang)
    lines = [f"- {_label(fact)}{sep}{fact.detail}" for fact in facts]
    if more:
        lines.append(f"- {more_phrase(more, lang)}")
    elif not_shown:
        lines.append(not_shown_phrase(not_shown, lang))
    return "\n".join(lines)


# --- sentences -----------------------------------------------------------------------


def _sentences(facts: list[Fact], lang: Lang, more: int, not_shown: int) -> str:
    sentences = [_standalone(fact, lang) for fact in facts if fact.critical]
    groups: dict[str | None, list[Fact]] = {}
    for fact in facts:
        if not fact.critical:
            groups.setdefault(fact.area, []).append(fact)
    for area, group in groups.items():
        joinable = [fact for fact in group if _joinable(fact, lang)]
        prefix = area if area and any(not _has_area(fact) for fact in joinable) else None
        for start in range(0, len(joinable), _CLAUSES_PER_SENTENCE):
            chunk = joinable[start : start + _CLAUSES_PER_SENTENCE]
            initial = prefix is None
            clauses = [
                _clause(fact, lang, initial=initial and i == 0) for i, fact in enumerate(chunk)
            ]
            body = join_list(clauses, lang)
            if prefix:
                body = f"{prefix}{separator(lang)}{body}"
            sentences.append(f"{capitalize(body)}.")
        sentences.extend(_standalone(fact, lang) for fact in group if not _joinable(fact, lang))
    if more:
        sentences.append(f"{capitalize(more_phrase(more, lang))}.")
    elif not_shown:
        sentences.append(not_shown_phrase(not_shown, lang))
    return " ".join(sentences)


def _has_area(fact: Fact) -> bool:
    return fact.area is not None and fact.area.casefold() in fact.name.casefold()


def _joinable(fact: Fact, lang: Lang) -> bool:
    """Whether a fact reads as "Name is state", so it can share a sentence."""
    if fact.kind in ("adjective", "measure"):
        return True
    return fact.kind == "raw" and lang == "en"


def _subject(fact: Fact, lang: Lang, *, initial: bool) -> str:
    subject = mid_sentence(fact.name, lang)
    return capitalize(subject) if initial else subject


def _clause(fact: Fact, lang: Lang, *, initial: bool) -> str:
    """ "kitchen light is off", "la porte est ouverte depuis 3 min"."""
    subject = _subject(fact, lang, initial=initial)
    state = fact.state_text
    if fact.kind == "measure" and lang == "fr":
        unitless = not state.endswith(("°C", "°F", "%"))
        clause = f"{subject} est {'de' if unitless else 'à'} {state}"
    elif fact.since and fact.kind == "adjective":
        clause = (
            f"{subject} has been {state} for {fact.since}"
            if lang == "en"
            else f"{subject} est {state} depuis {fact.since}"
        )
    else:
        clause = f"{subject} {'is' if lang == 'en' else 'est'} {state}"
        if fact.ago:
            clause += f" ({fact.ago})"
    if fact.extra:
        clause += f" ({fact.extra})"
    return clause


def _standalone(fact: Fact, lang: Lang) -> str:
    """One fact as a sentence of its own."""
    if _joinable(fact, lang):
        text = _clause(fact, lang, initial=True)
        if fact.area and not _has_area(fact):
            text = f"{fact.area}{separator(lang)}{_clause(fact, lang, initial=False)}"
        return f"{capitalize(text)}."
    # "Smoke detector reports smoke detected", "Le thermostat indique : mode chauffage".
    verb = " reports " if lang == "en" else " indique : "
    text = f"{capitalize(mid_sentence(fact.name, lang))}{verb}{fact.detail}."
    if fact.area and not _has_area(fact):
        text = f"{fact.area}{separator(lang)}{mid_sentence(fact.name, lang)}{verb}{fact.detail}."
    return capitalize(text)


# --- headline ------------------------------------------------------------------------


def _short(fact: Fact, lang: Lang) -> str:
    """ "Front door open", "Porte d'entrée ouverte", "Smoke detector: smoke detected"."""
    if fact.kind in ("adjective", "measure"):
        return f"{fact.name} {fact.state_text}"
    return f"{fact.name}{separator(lang)}{fact.state_text}"


def _headline(digest: Digest, lang: Lang, max_words: int | None) -> str:
    critical = [fact for fact in digest.facts if fact.critical]
    pool = critical or list(digest.facts[:1])
    text = ""
    for shown in range(min(_HEADLINE_FACTS, len(pool)), 0, -1):
        parts = [_short(fact, lang) for fact in pool[:shown]]
        text = capitalize(", ".join(parts))
        if len(critical) > shown:
            text += f" {more_phrase(len(critical) - shown, lang)}"
        if max_words is None or count_words(text) <= max_words:
            break
    return text
