"""Language helpers shared by the summary modules: wording, numbers, words.

Only English and French are written out; every other language falls back to English.
"""

from __future__ import annotations

from enum import StrEnum
import re
from typing import Final, Literal
import unicodedata

from homeassistant import const as ha_const

type Lang = Literal["en", "fr"]

# Wording of a state: (English, French masculine, French feminine).
type Wording = tuple[str, str, str]


def lang_key(language: str | None) -> Lang:
    """Return the wording language for a HA language tag ("fr-CA" -> "fr")."""
    if language and language.replace("_", "-").split("-")[0].lower() == "fr":
        return "fr"
    return "en"


def normalize(text: str) -> str:
    """Casefold, strip accents and unify apostrophes, for comparisons only."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_WORD_RE: Final = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Normalized words of a text (accents stripped, apostrophes split)."""
    return _WORD_RE.findall(normalize(text))


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated, punctuation-only ignored."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def pick(wording: Wording, lang: Lang, *, feminine: bool = False) -> str:
    """Return the wording for a language (and grammatical gender in French)."""
    if lang == "en":
        return wording[0]
    return wording[2] if feminine else wording[1]


def separator(lang: Lang) -> str:
    """Return the label separator: "Name: value" or French "Nom : valeur"."""
    return " : " if lang == "fr" else ": "


# --- numbers -------------------------------------------------------------------------

_NUMERIC_RE: Final = re.compile(r"^-?\d+(?:\.\d+)?$")


def parse_number(value: object) -> float | None:
    """Return a float for a numeric state or attribute, else None (bools excluded)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMERIC_RE.match(value.strip()):
        return float(value.strip())
    return None


def format_number(value: float | str, lang: Lang, precision: int | None = None) -> str:
    """Format a number for display ("21.5" / "21,5"), keeping a state's own digits."""
    if precision is not None:
        text = f"{float(value):.{precision}f}"
    elif isinstance(value, str):
        text = value.strip()
    elif float(value).is_integer():
        text = str(int(value))
    else:
        text = repr(round(float(value), 2))
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text.replace(".", ",") if lang == "fr" else text


def with_unit(number: str, unit: str | None, lang: Lang) -> str:
    """Attach a unit: "85%" / "85 %", "90°", "21.5 °C"."""
    if not unit:
        return number
    if unit == "°" or (unit == "%" and lang == "en"):
        return f"{number}{unit}"
    return f"{number} {unit}"


# --- relative times ------------------------------------------------------------------


def relative_time(seconds: float, lang: Lang) -> tuple[str, str | None]:
    """Return (ago, since): ("10 min ago", "10 min") / ("il y a 10 min", "10 min").

    `since` is None under a minute, where only "just now" / "à l'instant" is said.
    """
    seconds = max(seconds, 0.0)
    if seconds < 60:
        return ("just now" if lang == "en" else "à l'instant"), None
    if seconds < 3600:
        since = f"{int(seconds // 60)} min"
    elif seconds < 86400:
        since = f"{int(seconds // 3600)} h"
    else:
        days = int(seconds // 86400)
        if lang == "en":
            since = f"{days} day" if days == 1 else f"{days} days"
        else:
            since = f"{days} jour" if days == 1 else f"{days} jours"
    return (f"{since} ago" if lang == "en" else f"il y a {since}"), since


# --- French grammar ------------------------------------------------------------------

# Head nouns of common device names, to pick "le"/"la"/"l'" and agree adjectives.
FEMININE_NOUNS: Final = frozenset(
    {
        "alarme", "ampoule", "applique", "baie", "batterie", "box", "camera",
        "chaudiere", "clim", "climatisation", "consommation", "enceinte", "fenetre",
        "guirlande", "humidite", "lampe", "lumiere", "machine", "piscine", "pompe",
        "porte", "porte-fenetre", "prise", "puissance", "serrure", "sirene", "sonnette",
        "suspension", "tele", "television", "temperature", "vanne", "veilleuse",
    }
)  # fmt: skip
MASCULINE_NOUNS: Final = frozenset(
    {
        "aspirateur", "boitier", "bouton", "capteur", "chauffage", "chauffe-eau",
        "climatiseur", "compteur", "congelateur", "detecteur", "deshumidificateur",
        "eclairage", "ecran", "four", "frigo", "humidificateur", "interrupteur",
        "lave-linge", "lave-vaisselle", "lustre", "moteur", "ordinateur", "plafonnier",
        "portail", "purificateur", "radiateur", "refrigerateur", "robot", "routeur",
        "seche-linge", "spot", "store", "telephone", "thermometre", "thermostat",
        "ventilateur", "verrou", "volet",
    }
)  # fmt: skip
_MUTE_H: Final = frozenset({"humidite", "humidificateur"})


def _head_noun(name: str) -> str:
    parts = name.split()
    return normalize(parts[0]).strip(".,;:!?'\"()") if parts else ""


def fr_feminine(name: str) -> bool:
    """Guess whether a French device name is feminine ("Porte d'entrée")."""
    return _head_noun(name) in FEMININE_NOUNS


def fr_with_article(name: str) -> str | None:
    """Return "la porte d'entrée" / "l'alarme" for a known common noun, else None."""
    head = _head_noun(name)
    if head not in FEMININE_NOUNS and head not in MASCULINE_NOUNS:
        return None
    lowered = name[0].lower() + name[1:]
    if head[0] in "aeiouy" or head in _MUTE_H:
        return f"l'{lowered}"
    return f"{'la' if head in FEMININE_NOUNS else 'le'} {lowered}"


# English words a device name may start with that read fine in lower case mid-sentence.
_EN_COMMON: Final = frozenset(
    {
        "attic", "back", "basement", "bathroom", "bedroom", "ceiling", "dining", "door",
        "downstairs", "entrance", "fan", "front", "garage", "garden", "guest", "hall",
        "hallway", "heater", "humidity", "kitchen", "lamp", "laundry", "light",
        "living", "main", "office", "outdoor", "outside", "patio", "porch", "side",
        "smoke", "temperature", "thermostat", "upstairs", "washing", "water", "window",
    }
)  # fmt: skip


def mid_sentence(name: str, lang: Lang) -> str:
    """Return a name as written after a comma or colon ("kitchen light", "la lampe")."""
    if lang == "fr":
        return fr_with_article(name) or name
    head = name.split()[0] if name.split() else ""
    if head[:1].isupper() and head[1:].islower() and normalize(head) in _EN_COMMON:
        return name[0].lower() + name[1:]
    return name


def capitalize(text: str) -> str:
    """Upper-case the first letter only ("la porte" -> "La porte"; "iPhone" stays)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].upper() + text[1:]


def join_list(items: list[str], lang: Lang) -> str:
    """Return "a, b and c" / "a, b et c"."""
    if len(items) <= 1:
        return "".join(items)
    conj = " and " if lang == "en" else " et "
    return ", ".join(items[:-1]) + conj + items[-1]


def more_phrase(count: int, lang: Lang) -> str:
    """Return "and 3 more" / "et 3 autres"."""
    if lang == "en":
        return f"and {count} more"
    return f"et {count} autre" if count == 1 else f"et {count} autres"


def not_shown_phrase(count: int, lang: Lang) -> str:
    """Return "(3 more not shown)" / "(3 autres non affichés)"."""
    if lang == "en":
        return f"({count} more not shown)"
    return f"({count} autre non affiché)" if count == 1 else f"({count} autres non affichés)"


# --- units ---------------------------------------------------------------------------


def _ha_units() -> frozenset[str]:
    """Every unit Home Assistant defines (UnitOf… enums, %, ppm, lx…)."""
    units: set[str] = set()
    for name, value in vars(ha_const).items():  # not dir(): deprecated names warn
        if name.startswith("UnitOf") and isinstance(value, type) and issubclass(value, StrEnum):
            units.update(member.value for member in value)
        elif isinstance(value, str) and name.startswith(_UNIT_CONSTANT_PREFIXES):
            units.add(value)
    return frozenset(units)


_UNIT_CONSTANT_PREFIXES: Final = (
    "PERCENTAGE",
    "LIGHT_LUX",
    "DEGREE",
    "SIGNAL_STRENGTH_",
    "REVOLUTIONS_PER_MINUTE",
)
# Units that are also everyday words or letters: "54 in the kitchen", "3 s'", "l'".
_WORD_LIKE_UNITS: Final = frozenset({"in", "ac", "ha", "st", "mi", "y", "d", "s", "w", "g", "l"})
_UNITS: Final = sorted(_ha_units() - _WORD_LIKE_UNITS, key=len, reverse=True)
_UNIT_RE: Final = re.compile(
    r"(?<![\w.,])(-?\d+(?:[.,]\d+)?)\s?("
    + "|".join(re.escape(unit) for unit in _UNITS)
    + r")(?![\w/²³])"
)


def unit_pairs(text: str) -> list[tuple[str, str]]:
    """(number, unit) pairs in a text: "54 ppm" -> ("54", "ppm"), "21,5 °C" -> ("21.5", "°C")."""
    text = text.replace("−", "-").replace("\u202f", " ").replace("\xa0", " ")
    return [(number_tokens(m.group(1))[0], m.group(2)) for m in _UNIT_RE.finditer(text)]


# --- number tokens -------------------------------------------------------------------

_DATE_RE: Final = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_TIME_RE: Final = re.compile(r"\b(\d{1,2})[:h](\d{2})\b")
_NUMBER_RE: Final = re.compile(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w])")


def number_tokens(text: str) -> list[str]:
    """Dates, clock times and numbers written in a text, in canonical form.

    "2026-10-14" stays as is, "10h30" and "10:30" become "10:30", "21,5" and "21.50"
    become "21.5", "085" becomes "85": equal values give equal tokens.
    """
    text = text.replace("−", "-").replace("\u202f", " ").replace("\xa0", " ")
    tokens: list[str] = []
    for match in _DATE_RE.finditer(text):
        tokens.append(match.group(0))
    text = _DATE_RE.sub(" ", text)
    for match in _TIME_RE.finditer(text):
        tokens.append(f"{int(match.group(1))}:{match.group(2)}")
    text = _TIME_RE.sub(" ", text)
    for match in _NUMBER_RE.finditer(text):
        value = float(match.group(0).replace(",", ".")) + 0.0  # -0.0 -> 0.0
        tokens.append(str(int(value)) if value.is_integer() else repr(value))
    return tokens
