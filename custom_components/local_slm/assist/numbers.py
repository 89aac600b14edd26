"""Numbers said in words ("fifty percent", "vingt et un degrés"), for any language.

The words come from the Unicode CLDR spell-out rules (`unicode-rbnf`, the library HA's
sentence matcher `hassil` uses for the same purpose), not from a list of our own.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
import logging
import re

from unicode_rbnf import RbnfEngine

from .text import fold

_LOGGER = logging.getLogger(__name__)

LOWEST = 2
"""Numbers below are articles as often as numbers ('une lampe', 'een timer', 'a light')."""
HIGHEST = 100
"""Percentages, degrees and minutes a request gives stay within this."""
MAX_NUMBER_WORDS = 4


def number_words(
    language: str, lowest: int = LOWEST, highest: int = HIGHEST
) -> dict[tuple[str, ...], int]:
    """Every way CLDR spells `lowest`..`highest` in `language`, as folded words.

    Blocking (it reads the CLDR rules from disk): `load_vocabulary` calls it in the
    executor and keeps the result in the language's `Vocabulary`.
    """
    engine = _engine(language)
    if engine is None:
        return {}
    found: dict[tuple[str, ...], int] = {}
    for number in range(lowest, highest + 1):
        try:
            spelled = engine.format_number(number).text_by_ruleset.values()
        except Exception:
            _LOGGER.debug("No spell-out of %s in %s", number, language)
            continue
        for text in spelled:
            words = tuple(fold(text.replace("-", " ").replace("\u00ad", "")).split())
            if words and len(words) <= MAX_NUMBER_WORDS:
                found.setdefault(words, number)
    return found


def _engine(language: str) -> RbnfEngine | None:
    for tag in (language.replace("-", "_"), language.split("-")[0].split("_")[0]):
        try:
            return RbnfEngine.for_language(tag)
        except Exception:
            continue
    return None


_TOKEN = re.compile(r"\S+")
_TRAILING = re.compile(r"[^\w]+$")


def with_digits(
    text: str, spelled: Mapping[tuple[str, ...], int], sentence_words: Container[str] = ()
) -> str:
    """`text` with the numbers said in words written in digits ('fifty percent' → '50 percent').

    The longest run of words that spells a number wins ('twenty one' is 21, not 20 and 1).
    A single word HA's sentences use otherwise stays a word: the 'cent' of 'pour cent'.
    """
    if not spelled:
        return text
    tokens = _TOKEN.findall(text)
    folded = [fold(token.replace("-", " ")).split() for token in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for width in range(min(MAX_NUMBER_WORDS, len(tokens) - i), 0, -1):
            words = tuple(w for part in folded[i : i + width] for w in part)
            if words in spelled and not (width == 1 and words[0] in sentence_words):
                # The run's last word keeps what follows it ('fifty%', 'twenty?').
                tail = _TRAILING.search(tokens[i + width - 1])
                out.append(str(spelled[words]) + (tail.group(0) if tail else ""))
                i += width
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)
