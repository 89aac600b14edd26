"""Whether a request says not to do something: "don't turn the heater off".

HA's sentence data cannot tell: its sentences are all commands to carry out, so a
negation is simply a word they lack, and a reading of the rest would do the very thing
the user asked not to be done. Negation is a closed class of a few words per language;
these are they, for the languages whose words stand apart (a language not listed has
no guard, as before).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .text import clauses, words

NEGATIONS: Final[Mapping[str, frozenset[tuple[str, ...]]]] = {
    "en": frozenset({("don", "t"), ("dont",), ("do", "not"), ("not",), ("never",), ("doesn", "t")}),
    "fr": frozenset({("ne",), ("n",), ("pas",), ("jamais",)}),
    "de": frozenset({("nicht",), ("kein",), ("keine",), ("keinen",), ("nie",), ("niemals",)}),
    "es": frozenset({("no",), ("nunca",), ("jamas",)}),
    "it": frozenset({("non",), ("mai",)}),
    "nl": frozenset({("niet",), ("geen",), ("nooit",)}),
    "pt": frozenset({("nao",), ("nunca",)}),
    "ca": frozenset({("no",), ("mai",)}),
    "da": frozenset({("ikke",), ("aldrig",)}),
    "nb": frozenset({("ikke",), ("aldri",)}),
    "sv": frozenset({("inte",), ("aldrig",)}),
    "pl": frozenset({("nie",), ("nigdy",)}),
}


def negated(text: str, language: str, *, item: str | None = None) -> bool:
    """Whether `text` holds a word of `language` that says not to.

    A clause that names the `item` the command adds says what is missing, not what not
    to do: "on n'a plus de café, ajoute-le à la liste" adds coffee.
    """
    phrases = NEGATIONS.get(language.split("-")[0].lower())
    if not phrases:
        return False
    for clause in clauses(text):
        said = words(clause)
        if item and _holds(said, words(item)):
            continue
        if any(_holds(said, list(phrase)) for phrase in phrases):
            return True
    return False


def _holds(said: list[str], run: list[str]) -> bool:
    return bool(run) and any(said[i : i + len(run)] == run for i in range(len(said) - len(run) + 1))
