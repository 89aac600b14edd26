"""Rank exposed entities by how well they match a request (English and French).

Both the request and each entity (names, aliases, domain, device class, area) are
reduced to "concepts": accent-folded, crudely stemmed words, where home words of
either language map to one English concept (`lumière`, `lampe` → `light`). Entities
sharing rare concepts with the request rank first; area words boost the entities in
that area.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
import math
import re
from typing import Literal

from .targets import EntityTarget
from .text import fold

# Multi-word phrases first (matched on folded text), then single words (stemmed).
_PHRASES: dict[str, str] = {
    "living room": "living_room",
    "salle de sejour": "living_room",
    "salle de bain": "bathroom",
    "salle de bains": "bathroom",
    "salle d eau": "bathroom",
    "salle a manger": "dining_room",
    "dining room": "dining_room",
    "rez de chaussee": "ground_floor",
    "ground floor": "ground_floor",
    "first floor": "first_floor",
    "premier etage": "first_floor",
    "sous sol": "basement",
    "garage door": "garage",
    "porte de garage": "garage",
    "porte d entree": "front_door",
    "front door": "front_door",
    "air conditioning": "climate",
    "media player": "media_player",
    "media_player": "media_player",
    "binary_sensor": "sensor",
    "input_boolean": "switch",
}
_LEXICON: dict[str, tuple[str, ...]] = {
    # lights
    "lumiere": ("light",),
    "lampe": ("light",),
    "lamp": ("light",),
    "eclairage": ("light",),
    "lighting": ("light",),
    "ampoule": ("light",),
    "bulb": ("light",),
    "plafonnier": ("light", "ceiling"),
    "lampadaire": ("light",),
    "spot": ("light",),
    "led": ("light",),
    "light": ("light",),
    "plafond": ("ceiling",),
    # covers, doors, windows
    "volet": ("cover", "shutter"),
    "shutter": ("cover", "shutter"),
    "store": ("cover", "blind"),
    "blind": ("cover", "blind"),
    "rideau": ("cover", "curtain"),
    "curtain": ("cover", "curtain"),
    "cover": ("cover",),
    "porte": ("door",),
    "door": ("door",),
    "portail": ("gate",),
    "gate": ("gate",),
    "fenetre": ("window",),
    "window": ("window",),
    "garage": ("garage",),
    # locks
    "serrure": ("lock",),
    "verrou": ("lock",),
    "lock": ("lock",),
    "verrouille": ("lock",),
    "deverrouille": ("lock",),
    "unlock": ("lock",),
    # climate, fans
    "chauffage": ("climate", "heating"),
    "heating": ("climate", "heating"),
    "heater": ("climate", "heating"),
    "radiateur": ("climate", "heating"),
    "thermostat": ("climate",),
    "clim": ("climate", "ac"),
    "climatisation": ("climate", "ac"),
    "ac": ("climate",),
    "climate": ("climate",),
    "ventilateur": ("fan",),
    "ventilo": ("fan",),
    "fan": ("fan",),
    # switches, outlets
    "prise": ("switch", "outlet"),
    "plug": ("switch", "outlet"),
    "outlet": ("switch", "outlet"),
    "socket": ("switch", "outlet"),
    "interrupteur": ("switch",),
    "switch": ("switch",),
    # media, appliances
    "tele": ("media_player", "tv"),
    "television": ("media_player", "tv"),
    "tv": ("media_player", "tv"),
    "enceinte": ("media_player", "speaker"),
    "speaker": ("media_player", "speaker"),
    "musique": ("media_player", "music"),
    "music": ("media_player", "music"),
    "aspirateur": ("vacuum",),
    "vacuum": ("vacuum",),
    "tondeuse": ("lawn_mower",),
    "mower": ("lawn_mower",),
    "humidificateur": ("humidifier",),
    "humidifier": ("humidifier",),
    "capteur": ("sensor",),
    "sensor": ("sensor",),
    "temperature": ("temperature",),
    "humidite": ("humidity",),
    "humidity": ("humidity",),
    # rooms
    "cuisine": ("kitchen",),
    "kitchen": ("kitchen",),
    "salon": ("living_room",),
    "sejour": ("living_room",),
    "lounge": ("living_room",),
    "chambre": ("bedroom",),
    "bedroom": ("bedroom",),
    "bureau": ("office",),
    "office": ("office",),
    "study": ("office",),
    "jardin": ("garden",),
    "garden": ("garden",),
    "yard": ("garden",),
    "couloir": ("hallway",),
    "hallway": ("hallway",),
    "hall": ("hallway",),
    "entree": ("entrance",),
    "entrance": ("entrance",),
    "toilette": ("toilet",),
    "wc": ("toilet",),
    "toilet": ("toilet",),
    "bathroom": ("bathroom",),
    "cave": ("basement",),
    "basement": ("basement",),
    "cellar": ("basement",),
    "grenier": ("attic",),
    "attic": ("attic",),
    "buanderie": ("laundry",),
    "laundry": ("laundry",),
    "terrasse": ("terrace",),
    "terrace": ("terrace",),
    "patio": ("terrace",),
    "balcon": ("balcony",),
    "balcony": ("balcony",),
    "escalier": ("stairs",),
    "stair": ("stairs",),
    "etage": ("upstairs",),
    "upstair": ("upstairs",),
    "downstair": ("ground_floor",),
    "enfant": ("kids",),
    "kid": ("kids",),
    "child": ("kids",),
    "children": ("kids",),
    "parent": ("parents",),
    "exterieur": ("outside",),
    "dehor": ("outside",),
    "outside": ("outside",),
    "outdoor": ("outside",),
    "avant": ("front",),
    "front": ("front",),
    "arriere": ("back",),
    "back": ("back",),
}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "is",
        "it",
        "my",
        "me",
        "please",
        "can",
        "could",
        "would",
        "you",
        "turn",
        "switch",
        "set",
        "make",
        "put",
        "what",
        "s",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "d",
        "dans",
        "sur",
        "au",
        "aux",
        "et",
        "ou",
        "est",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "je",
        "tu",
        "il",
        "elle",
        "vous",
        "nous",
        "moi",
        "toi",
        "peux",
        "pouvez",
        "stp",
        "svp",
        "plait",
        "merci",
        "thanks",
        "thank",
        "allume",
        "allumer",
        "eteins",
        "eteindre",
        "eteint",
        "ouvre",
        "ouvrir",
        "ferme",
        "fermer",
        "mets",
        "mettre",
        "met",
        "coupe",
        "couper",
        "active",
        "activer",
        "desactive",
        "desactiver",
        "off",
        "up",
        "down",
        "open",
        "close",
        "start",
        "stop",
    ]
)

_DOMAIN_WEIGHT = 1.5
_AREA_WEIGHT = 2.0
_NAME_WEIGHT = 3.0
_FUZZY_RATIO = 0.84


def stem(word: str) -> str:
    """Return a crude FR/EN stem: plural and a few inflection endings removed."""
    for suffix in ("ies", "ches", "shes", "xes"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else suffix[:-2])
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def concepts(text: str) -> set[str]:
    """Return the concepts of `text`: stemmed words plus their lexicon translations."""
    folded = f" {fold(text)} "
    found: set[str] = set()
    for phrase, concept in _PHRASES.items():
        if f" {phrase} " in folded:
            found.add(concept)
            folded = folded.replace(f" {phrase} ", " ")
    for word in folded.split():
        if word in _STOPWORDS:
            continue
        stemmed = stem(word)
        found.add(stemmed)
        found.update(_LEXICON.get(stemmed, _LEXICON.get(word, ())))
    return found


@dataclass(frozen=True, slots=True)
class ScoredTarget:
    """An entity and how well it matches the request (higher is better)."""

    target: EntityTarget
    score: float


@dataclass(frozen=True, slots=True)
class _Profile:
    target: EntityTarget
    name: set[str]
    kind: set[str]
    area: set[str]
    folded_names: tuple[str, ...]


def _profile(target: EntityTarget) -> _Profile:
    kind = concepts(target.domain.replace("_", " ")) | {target.domain}
    if target.device_class:
        kind |= concepts(target.device_class) | {target.device_class}
    return _Profile(
        target=target,
        name=set().union(*(concepts(name) for name in target.names)),
        kind=kind,
        area=set().union(set(), *(concepts(area) for area in (*target.areas, *target.floors))),
        folded_names=tuple(fold(name) for name in target.names),
    )


def shortlist(
    request_text: str,
    targets_with_metadata: Sequence[EntityTarget],
    language: str | None = None,
    k: int = 5,
) -> list[ScoredTarget]:
    """Return up to `k` entities matching `request_text`, best first.

    Entities that share nothing with the request are left out, so the result may be
    empty (e.g. "what time is it?"). `language` is accepted for future lexicons;
    English and French words are understood whatever it is.
    """
    del language  # both lexicons always apply; mixed-language homes are common
    request = concepts(request_text)
    folded_request = f" {fold(request_text)} "
    request_words = [w for w in folded_request.split() if w not in _STOPWORDS and len(w) > 3]
    profiles = [_profile(target) for target in targets_with_metadata]
    # Rare concepts (few entities carry them) say more than common ones.
    document_frequency = Counter(c for p in profiles for c in p.name | p.kind | p.area)
    total = max(len(profiles), 1)

    def idf(concept: str) -> float:
        return 1.0 + math.log(total / (1 + document_frequency[concept]) + 1.0)

    scored: list[ScoredTarget] = []
    for profile in profiles:
        score = sum(_NAME_WEIGHT * idf(c) for c in request & profile.name)
        score += sum(_DOMAIN_WEIGHT * idf(c) for c in request & profile.kind)
        score += sum(_AREA_WEIGHT * idf(c) for c in request & profile.area)
        score += _fuzzy_bonus(request_words, profile.name - request)
        if any(f" {name} " in folded_request for name in profile.folded_names if name):
            score += 2 * _NAME_WEIGHT  # the full name, as written
        if score > 0:
            scored.append(ScoredTarget(profile.target, round(score, 3)))
    scored.sort(key=lambda s: (-s.score, s.target.name.casefold(), s.target.entity_id))
    return scored[:k]


def _fuzzy_bonus(request_words: Iterable[str], name_concepts: Iterable[str]) -> float:
    """Reward near-misses (typos, unknown inflections) between request and name words."""
    bonus = 0.0
    candidates = [c for c in name_concepts if len(c) > 3 and "_" not in c]
    for word in request_words:
        best = max((SequenceMatcher(None, word, c).ratio() for c in candidates), default=0.0)
        if best >= _FUZZY_RATIO:
            bonus += _NAME_WEIGHT * 0.7 * best
    return bonus


_ON_OFF_PATTERNS: tuple[tuple[Literal["on", "off"], str], ...] = (
    ("on", r"\b(?:turn|switch|power)\s+on\b"),
    ("off", r"\b(?:turn|switch|power|shut)\s+off\b"),
    ("on", r"\b(?:turn|switch|power)\s+(?:\S+\s+){1,5}?on\b"),
    ("off", r"\b(?:turn|switch|power|shut)\s+(?:\S+\s+){1,5}?off\b"),
    ("off", r"\bshut\s+down\b"),
    ("on", r"\b(?:allum\w*|mets|mettre|met|ouvr\w*|open\w*|activ\w*|enable\w*|start\w*)\b"),
    ("on", r"\b(?:demarr\w*|lance\w*|unlock\w*|deverrouill\w*)\b"),
    ("off", r"\b(?:etein\w*|eteign\w*|coup\w*|arret\w*|ferm\w*|clos\w*|shut)\b"),
    ("off", r"\b(?:desactiv\w*|disable\w*|stop\w*|lock|locks|locked|verrouill\w*)\b"),
)


def detect_on_off(request_text: str) -> Literal["on", "off"] | None:
    """Return "on"/"off" when the request clearly asks to turn something on or off.

    Follows HA's HassTurnOn/HassTurnOff: "on" is turn on / open / activate / start /
    lock (allume, mets, ouvre, démarre, verrouille); "off" is turn off / close /
    deactivate / stop / unlock (éteins, coupe, ferme, arrête, déverrouille).
    Returns None when nothing, or both directions, are asked for.
    """
    folded = fold(request_text)
    found: set[str] = set()
    consumed: list[tuple[int, int]] = []
    for polarity, pattern in _ON_OFF_PATTERNS:
        for match in re.finditer(pattern, folded):
            if any(start <= match.start() < end for start, end in consumed):
                continue
            consumed.append(match.span())
            found.add(_lock_polarity(match.group(0)) or polarity)
    if len(found) != 1:
        return None
    return "on" if "on" in found else "off"


def _lock_polarity(verb: str) -> Literal["on", "off"] | None:
    """HA's HassTurnOn locks a lock and HassTurnOff unlocks it."""
    if verb.startswith(("unlock", "deverrouill")):
        return "off"
    if verb.startswith(("lock", "verrouill")):
        return "on"
    return None
