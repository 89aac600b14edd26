"""What the agent says itself, in English, French and German.

HA's own sentences come first (`responses`: after an intent, for its errors); these are
the ones HA has none for: asking which device is meant, nothing matching, a failure.

They are written by code from what actually happened, so a tiny model never gets to
misreport an action.
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
        "no_fact": "I have no fact that answers that.",
        "which_one": "Which one do you mean: {options}?",
        "not_found": "I could not find {name}.",
        "nothing_matches": "I found no device matching that.",
        "engine_error": "The language model is not available right now.",
        "state_unavailable": "unavailable",
        "state_unknown": "unknown",
        "and": "and",
        "or": "or",
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
        "no_fact": "Je n'ai aucune donnée qui réponde à cela.",
        "which_one": "Lequel voulez-vous dire : {options} ?",
        "not_found": "Je n'ai pas trouvé {name}.",
        "nothing_matches": "Je n'ai trouvé aucun appareil correspondant.",
        "engine_error": "Le modèle de langage n'est pas disponible pour le moment.",
        "state_unavailable": "indisponible",
        "state_unknown": "inconnu",
        "and": "et",
        "or": "ou",
    },
    "de": {
        "on": "{names} eingeschaltet.",
        "off": "{names} ausgeschaltet.",
        "open": "{names} geöffnet.",
        "close": "{names} geschlossen.",
        "lock": "{names} abgeschlossen.",
        "unlock": "{names} aufgeschlossen.",
        "done": "Erledigt: {names}.",
        "failed": "Das konnte ich nicht tun: {error}",
        "no_target": "Ich weiß nicht, welches Gerät du meinst.",
        "no_fact": "Dazu habe ich keine Angabe.",
        "which_one": "Welches meinst du: {options}?",
        "not_found": "Ich habe {name} nicht gefunden.",
        "nothing_matches": "Ich habe kein passendes Gerät gefunden.",
        "engine_error": "Das Sprachmodell ist gerade nicht verfügbar.",
        "state_unavailable": "nicht verfügbar",
        "state_unknown": "unbekannt",
        "and": "und",
        "or": "oder",
    },
}


def _base(language: str | None) -> str:
    """'fr' of 'fr-CA' or 'fr_CA'; 'en' when no language is given."""
    return (language or "en").split("-")[0].split("_")[0].lower()


def speaks(language: str | None) -> bool:
    """Whether we have reply texts of our own in this language."""
    return _base(language) in _TEXTS


def language_of(language: str | None) -> str:
    """The reply language we have texts for ('en' otherwise)."""
    return _base(language) if speaks(language) else "en"


def join_names(names: Sequence[str], language: str | None, *, conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' ('et', 'und'; or 'or', 'ou', 'oder').

    In a language we have no words for, 'A, B, C': no English word in a Spanish question.
    """
    if len(names) <= 1:
        return "".join(names)
    if not speaks(language):
        return ", ".join(names)
    return f"{', '.join(names[:-1])} {_TEXTS[language_of(language)][conjunction]} {names[-1]}"


def which_one(names: Sequence[str], language: str | None) -> str:
    """ "Which one do you mean: Front Door or Back Door?" in the user's language."""
    return reply("which_one", language, options=join_names(names, language, conjunction="or"))


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
