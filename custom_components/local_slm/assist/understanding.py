"""Candidate readings of a request: intent x target x slots, scored from HA's own words.

A request's words are compared with the sentences HA's intents are written with (see
`vocabulary`), and with the names, aliases and areas of the exposed entities. Each
offered tool is paired only with targets of a domain it can act on, so a vacuum request
never reaches a light. Every candidate records which words it explains; a telling word
that belongs to another intent and that the candidate leaves unexplained ("stop"
in "stop vacuuming" for a start-vacuum candidate) counts against it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
import functools
import math
import os
from types import MappingProxyType
from typing import Any

from .numbers import with_digits
from .outcomes import outcome
from .slots import TEXT_SLOTS, fill_slots, holds_a_deviceless_value
from .targets import TODO_DOMAIN, EntityTarget
from .text import fold
from .tool_specs import ToolSpec
from .vocabulary import (
    FUNCTION_WORD_WEIGHT,
    MIN_PREFIX,
    TARGET_KEYS,
    Vocabulary,
    same_name_word,
)

#: Intents that read the state rather than change it: answered from the state machine.
ANSWER_INTENTS = frozenset({"HassGetState", "HassClimateGetTemperature"})
TEMPERATURE_DOMAINS = frozenset({"climate", "water_heater", "weather"})
"""What has a temperature to give, besides a temperature sensor."""
_NO_TEMPERATURE = frozenset({"HassGetState", "HassTurnOn", "HassTurnOff"})
"""Intents whose words ask no temperature, though HA's temperature questions use some."""
READ_ONLY_DOMAINS = frozenset({"sensor", "binary_sensor", "weather"})
"""Domains no intent acts on: naming one of them can only ask about it."""
#: Domains whose turn-on and turn-off words are their own: HA locks on turn-on, so the
#: 'close' of a cover's turn-off would unlock a door, and 'open' would lock it.
OWN_WORDS_ONLY = frozenset({"lock"})
#: Intents whose item is one already on the list (HA's handlers look it up by its text).
OPEN_ITEM_INTENTS = frozenset({"HassListCompleteItem", "HassListRemoveItem"})
AREA_WEIGHT = 0.6
MIN_TEMPERATURE_EVIDENCE = 1.5
"""How much a question must sound like HA's temperature questions to ask a place's."""
DOMAIN_WEIGHT = 0.25
NAME_WEIGHT = 2.0
CONFLICT_WEIGHT = 0.8
OTHER_DOMAIN_SHARE = 0.5
"""What an intent's word for another domain counts ('schalte … ein' said of a valve)."""
ALONE_SHARE = 0.5
"""What a word counts against a reading said without the words its sentences have
beside it."""
NUMBER_WEIGHT = 2.0
"""The conflict a number weighs when a reading would drop it ('down to 30 percent')."""
MAX_ENDING = 3
"""Letters an inflection adds to a stem ('lights', 'lampen'), as `same_word` allows."""
MIN_UNKNOWN_LETTERS = 3
"""Shorter unknown words are elisions and contractions ('l', 're'), not modifiers."""


@dataclass(frozen=True, slots=True)
class OfferedTool:
    """A tool of the Assist API this turn, with the entity domains it may act on."""

    name: str
    intent: str
    spec: ToolSpec
    domains: frozenset[str] | None
    """None when the tool takes no entity target."""
    required_states: frozenset[str] = frozenset()
    """States HA's handler acts on (pause: 'playing'); empty when any state will do."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of the request: call `tool` with `arguments` (or answer about it)."""

    tool: str
    intent: str
    arguments: dict[str, Any]
    entity_ids: tuple[str, ...]
    label: str
    score: float
    target_score: float
    targets: tuple[str, ...] = field(default=())
    """Names of the entities this reading acts on (for 'which one?')."""
    evidence: float = 0.0
    """How much the words sound like this intent."""
    conflict: float = 0.0
    """Weight of the telling words this reading leaves unexplained."""
    named_by: frozenset[str] = frozenset()
    """The request's words that say the target's whole name (empty: not said in full)."""
    unnamed: bool = False
    """The request names no device: the target is every one the intent may act on."""


@dataclass(frozen=True, slots=True)
class Words:
    """The request's folded words, skip words ('please') removed."""

    all: tuple[str, ...]

    @classmethod
    def of(cls, text: str, vocabulary: Vocabulary) -> Words:
        """Fold and drop the language's skip phrases."""
        said = fold(text).split()
        for phrase in sorted(vocabulary.skip_words, key=len, reverse=True):
            n = len(phrase)
            i = 0
            while i + n <= len(said):
                if tuple(said[i : i + n]) == phrase:
                    del said[i : i + n]
                else:
                    i += 1
        return cls(tuple(said))


def _name_words(target: EntityTarget) -> tuple[tuple[str, ...], ...]:
    return _folded_names(target.names)


@functools.lru_cache(maxsize=4096)
def _folded_names(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(name).split()) for name in names)


@functools.lru_cache(maxsize=16)
def _name_rarity(word_sets: tuple[frozenset[str], ...]) -> Mapping[str, float]:
    """How rare each name word is among the home's entities (an inflection counts: light,
    lights). It depends on the names alone, and is read for every split point of a long
    request: kept for the home's last few sets of names."""

    def naming(word: str) -> int:
        return sum(any(same_name_word(word, other) for other in ws) for ws in word_sets)

    every_word = frozenset().union(*word_sets)
    return MappingProxyType(
        {word: math.log(1 + len(word_sets) / naming(word)) for word in every_word}
    )


def _said_name_words(
    name: Sequence[str],
    said: Sequence[str],
    rarity: Mapping[str, float],
    function_words: frozenset[str] = frozenset(),
    sentence_words: Set[str] = frozenset(),
) -> tuple[float, set[str], bool]:
    """Weight of a name's words the request says (rare words weigh more), which, and
    whether it says them all.

    A function word of the language ('to' of a list named "To do") names nothing by
    itself: "set the heating to 21" does not name that list. A said word that is itself
    a word of the home's names (`rarity`'s keys) names another word only as its
    inflection, never by another last letter: the 'heater' of two "… heater" names no
    "heated towel rail" (while 'stofzuigen', no name word, names a "Robotstofzuiger").
    A word of HA's sentences (`sentence_words`) names no longer name word they lack:
    the 'make' of "make it 22 degrees in here" is no "Coffee maker".
    """
    used: set[str] = set()
    weight = 0.0
    said_all = True
    if any(word not in function_words for word in name):
        name = [word for word in name if word not in function_words]
    for word in name:
        match = next(
            (
                w
                for w in said
                if same_name_word(w, word)
                and not (w in rarity and _another_ending(w, word))
                and not (
                    w != word
                    and word.startswith(w)
                    and w in sentence_words
                    and word not in sentence_words
                )
            ),
            None,
        )
        if match is not None:
            weight += rarity.get(word, 1.0)
            used.add(match)
        else:
            said_all = False
    return weight, used, said_all


def _another_ending(said: str, name_word: str) -> bool:
    """Whether two words part where both go on ('heater', 'heated'), not where one ends."""
    common = len(os.path.commonprefix((said, name_word)))
    return min(len(said), len(name_word)) > common


@dataclass(slots=True)
class _EntityMatch:
    target: EntityTarget
    name_share: float
    """1.0 for the entity whose name the request says most of (rare words count more)."""
    area_hit: bool
    used: set[str]
    named_by: frozenset[str] = frozenset()
    """The words that say one of its names in full (empty when none is said whole)."""
    floor_hit: bool = False
    kinds_said: frozenset[str] = frozenset()
    """The name words said, when each is a word for a kind of device and the name is not
    said whole: "das Licht" of a light aliased "Licht in der Küche" says a light, not
    that one."""
    name_used: frozenset[str] = frozenset()
    """The request's words that match its name (its place's words not included)."""
    place_used: frozenset[str] = frozenset()
    """The request's words that say its area or floor."""
    shadowed: bool = False
    """Its name is said only by words of another device's name said in full, all of
    them ("Back door lock" in "the back door", which names the "Back door")."""


def _entity_matches(
    said: Sequence[str],
    entities: Sequence[EntityTarget],
    vocabulary: Vocabulary,
    kind_words: Mapping[str, Kind] | None = None,
) -> list[_EntityMatch]:
    """How each entity's names and places are said; `kind_words` when the caller has
    them already (`_kind_words` of the same words)."""
    names = {target.entity_id: _name_words(target) for target in entities}
    # How many entities a name word (or an inflection of it: light, lights) refers to.
    rarity = _name_rarity(
        tuple(frozenset(w for name in names[t.entity_id] for w in name) for t in entities)
    )
    function_words = frozenset(word for word in rarity if is_function_word(word, vocabulary))
    if kind_words is None:
        kind_words = _kind_words(said, vocabulary)
    found: list[_EntityMatch] = []
    for target in entities:
        weight, used = 0.0, set[str]()
        named_by: frozenset[str] = frozenset()
        for name in names[target.entity_id]:
            w, u, whole = _said_name_words(
                name, said, rarity, function_words, vocabulary.weight.keys()
            )
            if w > weight:
                weight, used = w, u
            if whole and u and len(u) > len(named_by):
                named_by = frozenset(u)
        # Said in part, and only by words for kinds of device: a kind is meant, not this
        # device ('turn off the light' does not name the "Christmas tree light" switch).
        kinds_said = frozenset(used) if used <= kind_words.keys() and not named_by else frozenset()
        area_hit, area_words = _place_said(target.areas, said)
        floor_hit, floor_words = _place_said(target.floors, said)
        found.append(
            _EntityMatch(
                target,
                weight,  # made a share of the best below
                area_hit,
                used | area_words | floor_words,
                named_by,
                floor_hit,
                kinds_said,
                frozenset(used),
                frozenset(area_words | floor_words),
            )
        )
    # "hoover the flat" names the "Hoover" in full, and the "Hoover plug" only by the
    # same word: the words say the one, as HA's matcher would read them.
    said_whole = [m.named_by for m in found if m.named_by]
    for m in found:
        if not m.named_by and m.name_used and any(m.name_used <= words for words in said_whole):
            m.name_share = 0.0
            m.used -= m.name_used
            # Its name holds the other's whole: "Back door lock" of the "Back door" is
            # still a device the words may mean; the "Cortina do quarto" of "a janela do
            # quarto" (the "Janela do quarto") is not.
            m.shadowed = m.name_used in said_whole
    best = max((m.name_share for m in found), default=0.0)
    for m in found:
        m.name_share = m.name_share / best if best else 0.0
    return found


@dataclass(frozen=True, slots=True)
class Kind:
    """The devices a word of HA's sentences stands for: a domain's, or a device class's."""

    domains: frozenset[str] = frozenset()
    device_classes: frozenset[str] = frozenset()


def _kind_words(said: Sequence[str], vocabulary: Vocabulary) -> dict[str, Kind]:
    """The request's words that HA's sentences use for a kind of device.

    A device-class value ('garage' of the cover classes) stands for that class; another
    word of the blocks bound to a domain ('Licht', 'lamp', 'ventilator') for the domain.
    Function words ('de', 'the') stand for no kind.
    """
    classes: dict[str, set[str]] = {}
    for value in vocabulary.slot_values.get("device_class", ()):
        for word in value.words:
            classes.setdefault(word, set()).add(value.value)
    found: dict[str, Kind] = {}
    for word in said:
        for known in vocabulary.known(word):
            if vocabulary.weight[known] < FUNCTION_WORD_WEIGHT:
                continue
            if known in classes:
                found[word] = Kind(device_classes=frozenset(classes[known]))
                break
            if domains := vocabulary.word_domains.get(known):
                found[word] = Kind(domains=domains)
                break
    return found


def is_of_kind(target: EntityTarget, word: str, kind: Kind) -> bool:
    """Whether a device is one of the kind a word says: its name holds the word, even
    inside a compound ('Licht' of "Deckenlicht", 'lamp' of "Booglamp"), or its device
    class is the one the word stands for ('garage': a garage door named "Main gate").

    A word for a whole domain ('screens', a Dutch word of every cover) does not make
    every cover one: only the names say which are.
    """
    if kind.device_classes and target.device_class in kind.device_classes:
        return True
    names = [fold(name).split() for name in target.names]
    if any(same_name_word(word, part) for name in names for part in name):
        return True
    # The word, or its stem ('lights' → 'light', 'lampen' → 'lamp'), inside a compound;
    # a short word ('out' of "Blockout blind") is no part of one.
    stems = {
        word[: len(word) - cut] for cut in range(MAX_ENDING + 1) if len(word) - cut >= MIN_PREFIX
    }
    return any(stem in "".join(name) for stem in stems for name in names)


def _place_said(names: tuple[str, ...], said: Sequence[str]) -> tuple[bool, set[str]]:
    """Whether the request says one of an area's (or a floor's) names whole, and its words."""
    for words in _folded_names(names):
        hit = {w for w in said if any(same_name_word(w, p) for p in words)}
        if words and len(hit) >= len(words):
            return True, hit
    return False, set()


def _domain_evidence(said: Sequence[str], vocabulary: Vocabulary) -> dict[str, float]:
    evidence: dict[str, float] = {}
    for word in said:
        for known in vocabulary.known(word):
            domains = vocabulary.word_domains.get(known, frozenset())
            for domain in domains:
                share = vocabulary.weight[known] / len(domains)
                evidence[domain] = max(evidence.get(domain, 0.0), 0.0) + share
            if domains:
                break
    return evidence


def _intent_evidence(
    said: Sequence[str],
    vocabulary: Vocabulary,
    intent: str,
    domain: str | None,
    *,
    other_domains: bool = True,
    backed_only: bool = False,
) -> tuple[float, set[str]]:
    """How much the request sounds like `intent` for `domain`, and the words that say so.

    With `other_domains`, the intent's words for other domains count for less; without,
    they do not count at all (a question's 'open' is no state of a lock). With
    `backed_only`, a word counts only with a word its sentences say beside it.
    """
    mine = [g for g in vocabulary.groups if g.intent == intent]
    groups = [g for g in mine if g.domain in (domain, None)]
    score = 0.0
    used: set[str] = set()
    said_known = {k for w in said for k in vocabulary.known(w)} if backed_only else set()
    for word in said:
        # A word that says a slot's value is that word, not another's inflection:
        # 'lauter' (louder, volume up) is no 'laut' of unmuting.
        known = [word] if word in vocabulary.value_words else vocabulary.known(word)
        # Nor does a word of HA's sentences say a list's value by being like it:
        # Portuguese 'ligar' (turn on) of "você pode ligar a cafeteira?" is no 'ligado'
        # (on) of the state questions.
        forms = vocabulary.value_forms(word)
        best = max(
            (
                vocabulary.weight[k] * typical(g.words[k])
                for k in known
                for g in groups
                if k in g.words
                and (not backed_only or g.said_with(k, said_known))
                and (k not in g.slot_words or k in forms)
            ),
            default=0.0,
        )
        if not best and other_domains and domain not in OWN_WORDS_ONLY:
            # The intent's words for another domain ('schalte … ein' of lights said of a
            # valve) say the intent, less surely, and are no conflict; unless HA's
            # sentences for this domain give the word to another intent.
            borrowed = [
                k for k in known if not _another_intents_word(vocabulary, k, intent, domain)
            ]
            best = OTHER_DOMAIN_SHARE * max(
                (
                    vocabulary.weight[k] * typical(g.words[k])
                    for k in borrowed
                    for g in mine
                    if k in g.words and (not backed_only or g.said_with(k, said_known))
                ),
                default=0.0,
            )
        score += best
        if best:
            used.add(word)
    if domain is not None and (ends := outcome(intent, domain)):
        # HA's words for the state the command leaves the device in say the command:
        # "ferme la porte à clé" says 'fermé à clé' (locked), which locking does; the
        # words for the other state ('op slot' said to unlock) speak against it.
        for value, words in _states_said(said, vocabulary, domain):
            if value in ends:
                score += sum(vocabulary.weight_of(w) for w in words - used)
                used |= words
            else:
                score -= sum(vocabulary.weight_of(w) for w in words)
    return score, used


def _another_intents_word(
    vocabulary: Vocabulary, word: str, intent: str, domain: str | None
) -> bool:
    """Whether a telling word of `intent` for other domains says, for `domain`, another
    intent: Spanish 'sube' turns a cover on (raises it) and a media player's volume up."""
    return (
        domain is not None
        and vocabulary.weight[word] >= FUNCTION_WORD_WEIGHT
        and bool(vocabulary.intents_of.get((domain, word), frozenset()) - {intent})
    )


def _state_phrase_words(said: Sequence[str], vocabulary: Vocabulary) -> set[str]:
    """The words of the states of several words the request says in HA's words."""
    found: set[str] = set()
    for value, _ in vocabulary.state_values:
        if len(value.words) > 1 and (words := value.said_in(said)) is not None:
            found |= words
    return found


def _states_said(
    said: Sequence[str], vocabulary: Vocabulary, domain: str
) -> list[tuple[str, set[str]]]:
    """The states of `domain` the request says in HA's words, each with its words; a
    longer wording wins over one inside it ('niet op slot' over 'op slot')."""
    found: list[tuple[str, set[str]]] = []
    for value, domains in vocabulary.state_values:
        if domain in domains and (words := value.said_in(said)):
            found.append((value.value, words))
    return [(value, words) for value, words in found if not any(words < o for _, o in found)]


def _asks_a_state_of(
    said: Sequence[str], vocabulary: Vocabulary, domain: str, others: set[str]
) -> bool:
    """Whether the request says a state of `domain` in words no state of the `others`
    domains uses: 'locked' of a lock, not of a door sensor; 'abierta' is an open cover
    and an open window sensor alike. A state said only in function words ('on' of "on
    the balcony") is no such state."""
    mine = {
        word
        for _, words in _states_said(said, vocabulary, domain)
        if max(map(vocabulary.weight_of, words)) >= FUNCTION_WORD_WEIGHT
        for word in words
    }
    theirs = {
        word
        for other in others
        for _, words in _states_said(said, vocabulary, other)
        for word in words
    }
    return bool(mine - theirs)


def _telling_words(said: Sequence[str], vocabulary: Vocabulary) -> dict[str, float]:
    """Request words that belong to some intent's sentences, with their weight; a word
    said without the words its sentences have beside it weighs less ('maar' of "doe het
    sterrenlampje maar uit" is HA's only beside words not said)."""
    telling: dict[str, float] = {}
    known = {word: vocabulary.known(word) for word in said}
    said_known = {k for words in known.values() for k in words}
    for group in vocabulary.groups:
        for word, words in known.items():
            for k in words:
                if k in group.words:
                    # A value of a slot list ('rot' of the colours) says what it says
                    # however few of the intent's sentences take that slot.
                    share = 1.0 if k in group.slot_words else group.words[k]
                    weight = vocabulary.weight[k] * typical(share)
                    if not group.said_with(k, said_known):
                        weight *= ALONE_SHARE
                    telling[word] = max(telling.get(word, 0.0), weight)
    return telling


def typical(share: float) -> float:
    """How much a word used in `share` of an intent's sentence blocks speaks for it."""
    return 0.1 + 0.9 * share


def _new_item(tool: OfferedTool, args: Mapping[str, Any]) -> bool:
    """Whether the reading adds a new item to a list (an item slot not of an open item)."""
    return tool.intent not in OPEN_ITEM_INTENTS and isinstance(args.get("item"), str)


def _target_arguments(spec: ToolSpec, **values: Any) -> dict[str, Any]:
    props = spec.properties
    return {k: v for k, v in values.items() if k in props and v is not None}


def candidates(
    text: str,
    vocabulary: Vocabulary,
    entities: Sequence[EntityTarget],
    tools: Sequence[OfferedTool],
) -> list[Candidate]:
    """Every type-compatible reading of the request, best first."""
    # "fifty percent" gives a slot 50.
    text = with_digits(text, vocabulary.number_words, vocabulary.weight.keys())
    said = Words.of(text, vocabulary).all
    if not said:
        return []
    kinds = _kind_words(said, vocabulary)
    # "doe de deur op slot": 'op slot' says a state (locked), and its 'slot' names no
    # "Slot schuurdeur"; the doors are named alike by 'deur', and the agent asks.
    in_states = _state_phrase_words(said, vocabulary)
    matches = _entity_matches(
        tuple(w for w in said if w not in in_states), entities, vocabulary, kinds
    )
    # "Mach das Licht aus" says a light, not the one aliased "Licht in der Küche": when
    # words for kinds of device are all that names anything, every device of that kind
    # is named alike (one acts, several ask). A device named by another word ('kitchen'
    # of "lock the kitchen door") keeps the reading as it was.
    if all(m.kinds_said for m in matches if m.name_share > 0):
        kind_nouns = {w for m in matches for w in m.kinds_said}
        for m in matches:
            said_kind = {w for w in kind_nouns if is_of_kind(m.target, w, kinds[w])}
            m.name_share = 1.0 if said_kind else 0.0
            m.used |= said_kind
    domain_evidence = _domain_evidence(said, vocabulary)
    telling = _telling_words(said, vocabulary)
    # 'chambre' of "la télé de la chambre" says that TV's whole name; it is no place
    # that the request's other devices must be in (the "Lampadaire" of the salon).
    in_names = frozenset().union(*(m.named_by for m in matches))
    placed = [m for m in matches if not m.place_used <= in_names]
    areas_said = {m.target.areas[0] for m in placed if m.area_hit}
    # Sorted: readings that tie keep one order whatever the process's string hashing.
    places_said = [("area", area) for area in sorted(areas_said)] + [
        ("floor", floor) for floor in sorted({m.target.floors[0] for m in placed if m.floor_hit})
    ]
    if places_said:
        # 'the lights upstairs' does not name the "Hall Light" downstairs; the "Kitchen
        # radio" of the living room is named by its own name's place word.
        place_words = {w for _, place in places_said for w in fold(place).split()}
        for m in matches:
            if (
                (m.target.areas or m.target.floors)
                and not (m.area_hit or m.floor_hit)
                and not any(place_words & set(fold(n).split()) for n in m.target.names)
            ):
                m.name_share = 0.0
        # "abre la terraza" says the place, not the "Riego de la terraza" in it: a device
        # of the place, named only by the place's words, is not named; nor is one
        # elsewhere ('chambre' of "mets la chambre parentale à 50 %" is no name of the
        # "Température chambre Léa").
        place_said = {w for m in matches for w in m.place_used}
        for m in matches:
            if (
                (m.area_hit or m.floor_hit or m.name_used)
                and not m.named_by
                and m.name_used <= place_said
            ):
                m.name_share = 0.0
            elif (
                not (m.area_hit or m.floor_hit)
                and not m.named_by
                and m.name_used & place_said
                and m.name_used - place_said <= kinds.keys()
            ):
                # Nor is one elsewhere named by the place's words and a word for its kind:
                # "muda a temperatura do quarto do casal" does not name the children's
                # room's "Temperatura quarto das crianças".
                m.name_share = 0.0
    named = [m for m in matches if m.name_share > 0]
    best_share = max((m.name_share for m in named), default=0.0)
    named_words = set().union(*(m.used for m in named if m.name_share >= best_share))
    found: list[Candidate] = []
    # The words that say completing or removing an item; only read where a list's open
    # items are known (candidates() runs for every half a split tries).
    open_item_words: set[str] = set()
    if any(e.open_items is not None for e in entities):
        open_item_words = set().union(
            *(
                _intent_evidence(said, vocabulary, tool.intent, TODO_DOMAIN)[1]
                for tool in tools
                if tool.intent in OPEN_ITEM_INTENTS
            )
        )

    numbers_said = {w for w in said if any(ch.isdigit() for ch in w)}
    # Every word of each entity's names, function words included (where an item ends).
    name_words = {
        m.target.entity_id: frozenset(w for name in _name_words(m.target) for w in name)
        for m in matches
    }

    def conflict_of(intent_used: set[str], target_used: set[str]) -> float:
        # A number the reading does not use is a value the user gave and it would drop
        # ("down to 30 percent" is no plain turn-off).
        return sum(
            weight
            for word, weight in telling.items()
            if word not in intent_used and word not in target_used
        ) + NUMBER_WEIGHT * len(numbers_said - intent_used - target_used)

    for tool in tools:
        if tool.domains is None:
            intent_score, intent_used = _intent_evidence(said, vocabulary, tool.intent, None)
            if intent_score <= 0:
                continue
            filled = fill_slots(tool, text, said, intent_used, vocabulary)
            if filled is None:
                continue
            args, slot_used = filled
            # A device the request names is one this tool cannot act on ('stop vacuuming'
            # is not about timers).
            unexplained_name = NAME_WEIGHT * best_share if named_words - intent_used else 0.0
            found.append(
                Candidate(
                    tool.name,
                    tool.intent,
                    args,
                    (),
                    tool.intent,
                    intent_score
                    - CONFLICT_WEIGHT * (c := conflict_of(intent_used | slot_used, set()))
                    - unexplained_name,
                    0.0,
                    evidence=intent_score,
                    conflict=c,
                )
            )
            continue
        usable = [m for m in matches if m.target.domain in tool.domains]
        # Entity targets: the named ones, or, when nothing is named, every usable one.
        # A device named in full by words of its own is named too, however short its
        # name: the "Lampadaire" of "éteins le lampadaire et la télé de la chambre".
        pool = [
            m
            for m in usable
            if m.name_share > 0
            and (m.name_share >= best_share - 0.34 or (m.named_by and not m.named_by & named_words))
        ]
        # Nothing named: every usable target (the item of "add milk to the list" goes to
        # the only list, or the agent asks which one).
        unnamed = not pool and best_share == 0
        if unnamed:
            pool = [m for m in usable if not areas_said or m.area_hit]
            if tool.required_states:
                # 'pause the music': the players that are playing, as HA's handler does.
                pool = [m for m in pool if m.target.state in tool.required_states]
        if "name" not in tool.spec.properties:
            pool = []  # a tool that takes only an area names no single device
        elif TEXT_SLOTS & tool.spec.properties.keys() and len(usable) > 1 and pool:
            # "add salt to the list": 'list' is the intent's own word, naming no list. A
            # list it names in full is named ("zet koffie op de boodschappenlijst" of a
            # "Boodschappenlijst": HA's Dutch sentences say 'boodschappenlijst' too).
            _, tool_words = _intent_evidence(said, vocabulary, tool.intent, None)
            if all(m.used <= tool_words and not m.named_by for m in pool):
                pool, unnamed = list(usable), True
        for match in pool:
            domain = match.target.domain
            intent_score, intent_used = _intent_evidence(said, vocabulary, tool.intent, domain)
            if intent_score <= 0:
                continue
            target_used = match.used
            filled = fill_slots(
                tool,
                text,
                said,
                intent_used | target_used,
                vocabulary,
                target_used,
                match.target.open_items if tool.intent in OPEN_ITEM_INTENTS else None,
                name_words[match.target.entity_id],
            )
            if filled is None or (
                match.target.open_items is not None
                and intent_used <= open_item_words
                and _new_item(tool, filled[0])
            ):
                # No word says to add: the list's words ('on the … list') say completing
                # one of its items alike. The words around the item are then verbs HA's
                # sentences lack ('stick' of "stick bin bags on the groceries list",
                # 'mark … as done' of an open item), and where the item starts is a guess.
                continue
            args, slot_used = filled
            if holds_a_deviceless_value(args, tools, vocabulary):
                continue
            target_score = (
                NAME_WEIGHT * (0.0 if unnamed else match.name_share)
                + (AREA_WEIGHT if match.area_hit else 0.0)
                + DOMAIN_WEIGHT * domain_evidence.get(domain, 0.0)
            )
            found.append(
                Candidate(
                    tool.name,
                    tool.intent,
                    {
                        **_target_arguments(tool.spec, name=match.target.name, domain=[domain]),
                        **args,
                    },
                    (match.target.entity_id,),
                    f"{tool.intent} {match.target.name}",
                    intent_score
                    - CONFLICT_WEIGHT * (c := conflict_of(intent_used | slot_used, target_used))
                    + target_score,
                    target_score,
                    (match.target.name,),
                    evidence=intent_score,
                    conflict=c,
                    named_by=match.named_by,
                    unnamed=unnamed,
                )
            )
        # Area and floor targets: 'the lights in the kitchen', 'alle lampen op zolder'
        # name a place and a kind of device.
        for place_kind, place in places_said:
            if best_share >= 1.0 or place_kind not in tool.spec.properties:
                continue
            here = [
                m
                for m in usable
                if place in (m.target.areas if place_kind == "area" else m.target.floors)
            ]
            for domain in sorted({m.target.domain for m in here}):
                if domain_evidence.get(domain, 0.0) <= 0:
                    continue
                in_area = [m for m in here if m.target.domain == domain]
                intent_score, intent_used = _intent_evidence(said, vocabulary, tool.intent, domain)
                if not in_area or intent_score <= 0:
                    continue
                target_used = set().union(*(m.used for m in in_area))
                filled = fill_slots(tool, text, said, intent_used | target_used, vocabulary)
                if filled is None:
                    continue
                args, slot_used = filled
                target_score = AREA_WEIGHT + DOMAIN_WEIGHT * domain_evidence[domain] + 1.0
                found.append(
                    Candidate(
                        tool.name,
                        tool.intent,
                        {
                            **_target_arguments(tool.spec, **{place_kind: place}, domain=[domain]),
                            **args,
                        },
                        tuple(m.target.entity_id for m in in_area),
                        f"{tool.intent} {place} {domain}",
                        intent_score
                        - CONFLICT_WEIGHT * (c := conflict_of(intent_used | slot_used, target_used))
                        + target_score,
                        target_score,
                        (place,),
                        evidence=intent_score,
                        conflict=c,
                    )
                )
    # A reading must give every argument the tool requires (cleaning an area needs one).
    required = {tool.name: tool.spec.required for tool in tools}
    found = [c for c in found if required[c.tool] <= c.arguments.keys()]
    found.sort(key=lambda c: c.score, reverse=True)
    return found


def unknown_words(text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget]) -> list[str]:
    """The request's words that neither HA's sentences nor the home's names know, nor
    are numbers ('moitie' of "ouvre le volet à moitié"); elisions ('l', 're') aside."""
    names = {
        word
        for target in entities
        for name in (*target.names, *target.areas, *target.floors)
        for word in fold(name).split()
    }
    return [
        word for word in Words.of(text, vocabulary).all if _foreign_word(word, names, vocabulary)
    ]


def amount_words(text: str, vocabulary: Vocabulary, leave_out: Set[str] = frozenset()) -> list[str]:
    """The request's words that say an amount in HA's words ('halfweg' is 'half'), those
    `leave_out` (a device's name) aside."""
    return [
        word
        for word in Words.of(text, vocabulary).all
        if word not in leave_out and vocabulary.says_an_amount(word)
    ]


def words_left_unexplained(
    text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget], reading: Candidate
) -> list[str]:
    """The request's words that neither say the reading's intent nor name its devices
    or their places, function words and numbers aside: 'was', 'so', 'bright', 'last',
    'night' of "the kitchen light was so bright last night" read as turning it off."""
    said = Words.of(text, vocabulary).all
    domain = (reading.arguments.get("domain") or [None])[0]
    _, explained = _intent_evidence(said, vocabulary, reading.intent, domain)
    for match in _entity_matches(said, entities, vocabulary):
        if match.target.entity_id in reading.entity_ids:
            explained |= match.used | match.name_used | match.place_used
    return [
        w
        for w in said
        if w not in explained
        and w not in reading.named_by
        and not is_function_word(w, vocabulary)
        and not any(ch.isdigit() for ch in w)
    ]


def names_another_device(
    text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget], targets: Sequence[str]
) -> bool:
    """Whether a word HA's sentences do not know, and not of the target's own name nor of a
    place, follows a word of that name said only in part (its small words aside: 'de' of
    "Lámpara de pie"): "the lounge heater" said of the "Lounge room" player names
    another device ('heater' of a water heater, or of none at all)."""
    said = Words.of(text, vocabulary).all
    places = {
        word for e in entities for place in (*e.areas, *e.floors) for word in fold(place).split()
    }
    for target in entities:
        if target.entity_id not in targets:
            continue
        names = _name_words(target)
        own = places | {word for name in names for word in name}
        if any(_said_name_words(name, said, {})[2] for name in names if name):
            # Said whole by one of its names ("Hoover"): its alias said in part ('robot
            # hoover' of "get the hoover going") names no other device.
            continue
        for name in names:
            telling = [n for n in name if not is_function_word(n, vocabulary)]
            at = [i for i, w in enumerate(said) if any(same_name_word(w, n) for n in telling)]
            if len(at) < len(name) and any(
                i + 1 < len(said) and _foreign_word(said[i + 1], own, vocabulary) for i in at
            ):
                return True
    return False


def is_function_word(word: str, vocabulary: Vocabulary) -> bool:
    """A word of most intents' sentences ('to', 'de', 'zu'); unknown words are not."""
    return 0 < vocabulary.weight_of(word) < FUNCTION_WORD_WEIGHT


def _foreign_word(word: str, own: set[str], vocabulary: Vocabulary) -> bool:
    """A word no intent knows, no number, no elision, and none of the `own` name words."""
    return (
        len(word) >= MIN_UNKNOWN_LETTERS
        and not any(ch.isdigit() for ch in word)
        and not vocabulary.known(word)
        and not any(same_name_word(word, name) for name in own)
    )


def readings_named_in_full(
    text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget]
) -> tuple[str, ...]:
    """The read-only entities (sensors) the request names whole ("cuánta humedad hay en
    el baño" of the "Humedad del baño"), best named first."""
    said = Words.of(text, vocabulary).all
    matches = [
        m
        for m in _entity_matches(said, entities, vocabulary)
        if m.named_by and m.target.domain in READ_ONLY_DOMAINS
    ]
    matches.sort(key=lambda m: len(m.named_by), reverse=True)
    return tuple(m.target.entity_id for m in matches)


def names_a_target(text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget]) -> bool:
    """Whether the request names an exposed device or its area (function words name none)."""
    said = Words.of(text, vocabulary).all
    return any(m.name_share > 0 or m.area_hit for m in _entity_matches(said, entities, vocabulary))


def words_naming(
    text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget]
) -> dict[str, frozenset[str]]:
    """The request's words that say each device's name or place, by entity id; a word
    for a kind of device names none of them ('Licht' of the "Küchenlicht", 'list' of
    the "Shopping list")."""
    said = Words.of(text, vocabulary).all
    return {
        m.target.entity_id: frozenset(m.used - m.kinds_said)
        for m in _entity_matches(said, entities, vocabulary)
        if m.used - m.kinds_said
    }


def answer_candidates(
    text: str, vocabulary: Vocabulary, entities: Sequence[EntityTarget]
) -> list[Candidate]:
    """Readings of the request as a question about named entities' states."""
    said = Words.of(text, vocabulary).all
    if not said or not is_question(text, said, vocabulary):
        return []
    every = _entity_matches(said, entities, vocabulary)
    matches = [m for m in every if m.name_share > 0]
    place_said = {w for m in every if m.area_hit or m.floor_hit for w in m.place_used}
    if (
        place_said
        and all(
            not m.named_by and m.name_used <= place_said
            for m in matches
            if m.area_hit or m.floor_hit
        )
        and (temperatures := _temperatures_of_the_place(said, vocabulary, every, place_said))
    ):
        # "what temperature is it in the hall": the "Hall light" is named only by its
        # place's words, and the "Lounge temperature" is elsewhere; the question is
        # about the hall's temperature.
        return temperatures
    if place_said:
        # "quelle est la température dans le salon ?" of a home whose only temperature
        # is the "Température extérieure": a place said is where the answer is, and a
        # device elsewhere named only in part is not the one asked about.
        matches = [m for m in matches if m.area_hit or m.floor_hit or m.named_by]
    if not matches:
        return []
    telling = _telling_words(said, vocabulary)
    if any(m.named_by for m in matches):
        # "¿Dejé abierta la ventana del cuarto de invitados?" names the "Ventana de
        # invitados" whole, and the "Persiana del cuarto de invitados" in part only. Of
        # two named whole, one by all the other's own words and more is the one asked
        # about: "what's on the christmas shopping list" says the "Christmas shopping"
        # by 'christmas' and 'shopping', the "Shopping list" by 'shopping' and by 'list',
        # a word for every list.
        kinds = _kind_words(said, vocabulary).keys()
        own = {m.target.entity_id: m.named_by - kinds for m in matches if m.named_by}
        matches = [
            m
            for m in matches
            if m.named_by and not any(own[m.target.entity_id] < other for other in own.values())
        ]
    best_share = max(m.name_share for m in matches)
    best_domains = {m.target.domain for m in matches if m.name_share >= best_share}
    # "have I locked the back door?" names the "Back door" contact sensor in full, and
    # asks a state only the "Back door lock" has.
    matches = [m for m in matches if m.name_share >= best_share] + [
        m
        for m in every
        if m.shadowed and _asks_a_state_of(said, vocabulary, m.target.domain, best_domains)
    ]
    # "what is the temperature in the living room" of a media player named "Living
    # Room": a question in words only the temperature's sentences have is not about a
    # device without one.
    state_words = _words_of_no_temperature(vocabulary)
    fitting = [
        m
        for m in matches
        if _has_a_temperature(m.target)
        or not _asks_a_temperature(_asked_of(said, m), vocabulary, m.target.domain, state_words)
    ]
    # "what is the temperature in the garage?" names the "Garage door": the "Outside
    # temperature", named only in part and not by 'garage', is not what is asked about.
    left_out = {w for m in matches if m not in fitting for w in m.name_used}
    matches = [m for m in fitting if m.named_by or left_out <= m.name_used]
    found: list[Candidate] = []
    for intent in ANSWER_INTENTS:
        for match in matches:
            # The name's own words say which device, not what is asked ('door' of "Back
            # door" is a word of lock questions); a state word of other domains' questions
            # asks about them ('open' said of a lock and a door sensor both named so).
            asked = _asked_of(said, match)
            score, used = _intent_evidence(
                asked, vocabulary, intent, match.target.domain, other_domains=False
            )
            if score <= 0:
                continue
            unexplained = sum(
                w for word, w in telling.items() if word not in used and word in asked
            )
            target_score = NAME_WEIGHT * match.name_share + (AREA_WEIGHT if match.area_hit else 0.0)
            found.append(
                Candidate(
                    "",
                    intent,
                    {},
                    (match.target.entity_id,),
                    f"{intent} {match.target.name}",
                    score - CONFLICT_WEIGHT * unexplained + target_score,
                    target_score,
                    (match.target.name,),
                    evidence=score,
                    conflict=unexplained,
                )
            )
    found.sort(key=lambda c: c.score, reverse=True)
    return found


def may_be_asked_about(
    text: str, vocabulary: Vocabulary, targets: Sequence[EntityTarget]
) -> list[EntityTarget]:
    """The targets a question may be about: those with a temperature, when it asks in
    words only HA's temperature questions have ("Hoe warm is het buiten?": not the door
    lock's battery)."""
    said = Words.of(text, vocabulary).all
    if not _asks_a_temperature(said, vocabulary, "climate", _words_of_no_temperature(vocabulary)):
        return list(targets)
    return [t for t in targets if _has_a_temperature(t)]


def _words_of_no_temperature(vocabulary: Vocabulary) -> set[str]:
    """The words of HA's state questions and on/off commands: 'it' of "how hot is it"
    is in "turn it on" too, and asks no temperature of "how humid is it outside"."""
    return {w for g in vocabulary.groups if g.intent in _NO_TEMPERATURE for w in g.words}


def _has_a_temperature(target: EntityTarget) -> bool:
    return target.domain in TEMPERATURE_DOMAINS or target.device_class == "temperature"


def _asked_of(said: Sequence[str], match: _EntityMatch) -> list[str]:
    """The question's words besides those that name the device and its place."""
    named = match.used | match.name_used
    return [w for w in said if w not in named]


def _asks_a_temperature(
    asked: Sequence[str], vocabulary: Vocabulary, domain: str, state_words: Set[str]
) -> bool:
    """Whether the question says a telling word of HA's temperature questions that none
    of `state_words` is ('temperature', 'warm', 'graden')."""
    _, temperature = _intent_evidence(
        asked, vocabulary, "HassClimateGetTemperature", domain, other_domains=False
    )
    return any(
        vocabulary.weight_of(w) >= FUNCTION_WORD_WEIGHT
        and not any(k in state_words for k in vocabulary.known(w))
        for w in temperature
    )


def _temperatures_of_the_place(
    said: Sequence[str],
    vocabulary: Vocabulary,
    matches: Sequence[_EntityMatch],
    place_said: set[str],
) -> list[Candidate]:
    """A temperature asked of a place ("¿cuántos grados hay en la recámara?"): its
    thermostats and temperature sensors, as HA's climate handler reads an area."""
    intent = "HassClimateGetTemperature"
    asked = [w for w in said if w not in place_said]
    score, _ = _intent_evidence(asked, vocabulary, intent, "climate", other_domains=False)
    if score < MIN_TEMPERATURE_EVIDENCE:
        return []
    return [
        Candidate(
            "",
            intent,
            {},
            (m.target.entity_id,),
            f"{intent} {m.target.name}",
            score + AREA_WEIGHT,
            AREA_WEIGHT,
            (m.target.name,),
            evidence=score,
        )
        for m in matches
        if (m.area_hit or m.floor_hit) and _has_a_temperature(m.target)
    ]


def says_anothers_own_word(
    text: str, vocabulary: Vocabulary, intent: str, domain: str | None
) -> bool:
    """Whether the request says a word `intent`'s sentences use only for a domain whose
    words are its own (`OWN_WORDS_ONLY`), when acting on another domain: 'lock' of
    "lock the front door and the garage door" says nothing of opening the garage door,
    which HA's HassTurnOn would do."""
    if domain in OWN_WORDS_ONLY:
        return False
    groups = [g for g in vocabulary.groups if g.intent == intent]
    own = {k for g in groups if g.domain in OWN_WORDS_ONLY for k in g.words}
    shared = {k for g in groups if g.domain in (domain, None) for k in g.words}
    # A word that may be one of the domain's own ('cierra' of "cierra la persiana") is
    # none of the other's, though it may be another form of one ('cierres' of a lock).
    return any(
        any(k in own for k in known) and not any(k in shared for k in known)
        for known in map(vocabulary.known, Words.of(text, vocabulary).all)
    )


def says_rather(
    text: str,
    vocabulary: Vocabulary,
    intent: str,
    other: str,
    domain: str | None,
    *,
    leave_out: Set[str] = frozenset(),
) -> bool:
    """Whether the request says `intent` with a telling word `other`'s sentences lack:
    'set' of "what is the thermostat set to?" is in HA's set-temperature sentences, not
    in its get-temperature ones (German 'eingestellt' is in both: no such word). The
    words `leave_out` (a device's name) say neither."""
    said = [w for w in Words.of(text, vocabulary).all if w not in leave_out]
    _, mine = _intent_evidence(said, vocabulary, intent, domain, other_domains=False)
    _, theirs = _intent_evidence(said, vocabulary, other, domain, other_domains=False)
    return any(vocabulary.weight_of(word) >= FUNCTION_WORD_WEIGHT for word in mine - theirs)


def asked_in_writing(text: str) -> bool:
    """Whether the request ends with a question mark (of any script)."""
    return text.rstrip().endswith(("?", "¿", "؟", ";"))


def is_question(text: str, said: Sequence[str], vocabulary: Vocabulary) -> bool:
    """Asked rather than ordered: a question mark, or a word mostly questions use said
    with a word their sentences put beside it."""
    return asked_in_writing(text) or bool(vocabulary.asking_words(said))


def tool_domains(
    intent: str,
    platforms: Mapping[str, frozenset[str] | None],
    on_off: Mapping[str, frozenset[str]],
) -> frozenset[str] | None:
    """The entity domains an intent may act on (None: it takes no entity)."""
    if intent in on_off:
        return on_off[intent]
    return platforms.get(intent)


def backing(
    text: str, vocabulary: Vocabulary, candidate: Candidate, *, leave_out: Set[str] = frozenset()
) -> tuple[float, set[str]]:
    """How much the request sounds like the reading's intent, counting a word only when
    it comes with a word HA's sentences say beside it, and the words that count; the
    words `leave_out` do not.

    Italian 'togli' unmutes in "togli il muto" and 'audio' in "riattiva l'audio":
    "togli l'audio" (mute) says both words, neither with its neighbour.
    """
    domains = candidate.arguments.get("domain") or [None]
    said = [w for w in Words.of(text, vocabulary).all if w not in leave_out]
    return _intent_evidence(said, vocabulary, candidate.intent, domains[0], backed_only=True)


def says_with_its_neighbours(
    candidate: Candidate, backed_words: Set[str], vocabulary: Vocabulary
) -> bool:
    """Whether a telling word of the request (of its `backing` words) says the reading's
    intent beside a word HA's sentences put with it: "carry on playing" has previous
    track's 'play' (of "play the previous song") without 'previous', and only function
    words ('on', 'in') beside."""
    if candidate.arguments.keys() - TARGET_KEYS:
        return True  # the value it sets ('20,5', 'al 50%') says it
    return any(vocabulary.weight_of(w) >= FUNCTION_WORD_WEIGHT for w in backed_words)


def command_evidence(text: str, vocabulary: Vocabulary, candidate: Candidate) -> float:
    """The reading's backed evidence from the words besides the device's name: what the
    request says to do with it ("the desk lamp" says nothing; 'lamp' is its name)."""
    return backing(text, vocabulary, candidate, leave_out=candidate.named_by)[0]
