"""Text normalisation shared by the parser and the shortlist."""

from __future__ import annotations

from functools import cache
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CLAUSE_BREAK = re.compile(r";|[,:](?!\d)|(?<!\d)[,:]")


def fold(text: str) -> str:
    """Return `text` case- and accent-folded, with punctuation runs turned into spaces.

    `fold("Lumière du Salon!") == "lumiere du salon"`; `fold("L'entrée") == "l entree"`.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(_base_letter(char) for char in decomposed if not unicodedata.combining(char))
    stripped = stripped.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NON_WORD.sub(" ", stripped).strip()


@cache
def _base_letter(char: str) -> str:
    """The letter without the stroke that no decomposition takes off: Polish 'ł' is
    typed 'l' without a Polish keyboard ("wylacz pralke"), Danish 'ø' is 'o'."""
    if char.isascii():
        return char
    name = unicodedata.name(char, "")
    base, found, _ = name.partition(" WITH ")
    if not found:
        return char
    try:
        return unicodedata.lookup(base)
    except KeyError:
        return char


def words(text: str) -> list[str]:
    """Return the folded words of `text`."""
    return fold(text).split()


def clauses(text: str) -> list[str]:
    """Return the clauses of `text`, split where a comma, semicolon or colon stands; not
    the comma of a number ('22,5') nor the colon of a time ('10:30')."""
    return _CLAUSE_BREAK.split(text)
