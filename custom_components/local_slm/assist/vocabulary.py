"""What each Assist intent sounds like in one language, read from HA's own sentence data.

The `home-assistant-intents` package holds, for every language HA speaks, the sentence
templates of each intent (with the domain each block is for), the expansion rules they
use, the slot lists (colors, device classes, states) and the skip words ("please").
Nothing here is a hand-written word list: every word comes from that data, so a new
language of HA is a new language of the agent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field as dataclass_field
import functools
import math
import os
import re
from typing import Any

from home_assistant_intents import get_intents

from .numbers import number_words
from .text import fold

_RULE = re.compile(r"<([^<>]+)>")
FUNCTION_WORD_WEIGHT = 1.6
"""Below this weight a word is in most intents' sentences: 'to', 'de', 'zu'."""
#: Tool parameters that name what to act on (the rest are the slots to fill).
TARGET_KEYS = frozenset({"name", "area", "floor", "domain", "device_class"})
_SLOT = re.compile(r"\{([^{}:]+)(?::([^{}]+))?\}")
MAX_EXPANSION_DEPTH = 6
MAX_LIST_VALUES = 200
MAX_WORD_VARIANTS = 256
MIN_QUESTION_INTENTS = 3
"""A question word is used by several state-reading intents ('what', 'combien', 'wie'):
a state word of one of them ('locked', 'prise') also appears in commands."""
MIN_PREFIX = 4
LONG_STEM_ENDING = 4
"""Letters a vocabulary word's inflection may add to a stem longer than MIN_PREFIX."""
LONG_STEM = 6
"""A shared prefix this long lets the shorter word end in two letters of its own."""
#: Intents that answer and change nothing, besides the state-reading ones.
NON_ACTING_INTENTS = frozenset({"HassRespond", "HassNevermind"})
#: State-reading intents whose name does not start with HassGet.
QUESTION_INTENTS = frozenset({"HassClimateGetTemperature", "HassTimerStatus"})
SAME_ACTION_ON_A_TIMER = {
    "HassMediaPause": "HassPauseTimer",
    "HassMediaUnpause": "HassUnpauseTimer",
}
"""Media intents, each with the timer intent that does the same to a timer."""


@dataclass(frozen=True, slots=True)
class IntentGroup:
    """The words of one intent's sentences for one domain (None: any domain)."""

    intent: str
    domain: str | None
    words: Mapping[str, float]
    """Each word with the share of the group's sentence blocks that use it: 'off' is
    in nearly every block of HassTurnOff, 'it' in one odd block of HassTurnOn."""
    slot_words: frozenset[str] = frozenset()
    """The words that are values of the group's slot lists ('red' of `{color}`)."""
    beside: Mapping[str, frozenset[frozenset[str]]] = dataclass_field(default_factory=dict)
    """For a telling word that no sentence of the group says alone, the telling words
    each of its sentences says beside it: Italian 'togli' unmutes in "togli il muto"."""

    def said_with(self, word: str, said: Set[str]) -> bool:
        """Whether `word` comes with a word one of its sentences says beside it."""
        needs = self.beside.get(word)
        return needs is None or any(words & said for words in needs)


@dataclass(frozen=True, slots=True)
class ListValue:
    """One value of a slot list: the words a user says, the value HA expects."""

    words: tuple[str, ...]
    value: str
    source: str = ""
    """The list it is a value of ('timer_half')."""

    def said_in(self, said: Sequence[str]) -> set[str] | None:
        """The request's words that say this value, or None when one of its words is
        not said ('fermé à clé' needs all three)."""
        found = {w for w in said if any(same_word(w, v) for v in self.words)}
        if not all(any(same_word(w, v) for w in found) for v in self.words):
            return None
        return found


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One language's intent words, their weights, and HA's own error sentences."""

    language: str
    groups: tuple[IntentGroup, ...]
    weight: Mapping[str, float]
    """How telling a word is: rare across intents is telling (inverse intent frequency)."""
    word_domains: Mapping[str, frozenset[str]]
    """The domains whose sentences use a word (only blocks bound to a domain count)."""
    slot_values: Mapping[str, tuple[ListValue, ...]]
    """Values a slot takes from a listed vocabulary (`color` → red, blue…)."""
    skip_words: tuple[tuple[str, ...], ...]
    errors: Mapping[str, str]
    question_words: frozenset[str]
    """Words mostly questions use ('is', 'what', 'combien'): several intents that read
    states use them, and they are rare in acting intents."""
    asking_only_words: frozenset[str]
    """Words of questions about states that no acting sentence uses ('who' of "who is
    home"; HA's replies about itself, "who made you", act on nothing either, yet alone
    they are no state question: Spanish 'puede' of "¿puede …?")."""
    by_prefix: Mapping[str, tuple[str, ...]]
    """Vocabulary words by their first letters, to find inflections fast."""
    number_words: Mapping[tuple[str, ...], int] = dataclass_field(default_factory=dict)
    """Numbers said in words ('fifty', 'einundzwanzig'), from the CLDR spell-out rules."""
    number_joiners: frozenset[str] = frozenset()
    """Words that join the parts of a number said in words and say none alone: 'e' of
    Portuguese "vinte e um", 'et' of "vingt et un", 'y' of "treinta y uno"."""
    slot_units: Mapping[str, Mapping[str, int]] = dataclass_field(default_factory=dict)
    """How often each word (or sign) follows a slot in HA's sentences: 'minutes' follows
    `{minutes}`, '%' follows `{brightness}`, so a number said before it fills that slot."""
    list_units: Mapping[tuple[str, str], Mapping[str, int]] = dataclass_field(default_factory=dict)
    """The same for a list's values in a slot: 'hora' follows `{timer_half:minutes}` in
    Spanish (media hora), 'minuto' follows `{timer_words_minutes:minutes}` (un minuto)."""
    state_values: tuple[tuple[ListValue, frozenset[str | None]], ...] = ()
    """The words HA's state questions use for each state ('fermé à clé' → locked), with
    the domains of the sentences that use them (None: a sentence bound to none)."""
    fixed_values: Mapping[tuple[str, str], tuple[tuple[str, frozenset[str]], ...]] = (
        dataclass_field(default_factory=dict)
    )
    """(intent, slot) → each value HA's sentence blocks fix for the slot, with the words
    only that value's blocks use (Spanish 'baja' → volume_step down)."""
    level_values: tuple[ListValue, ...] = ()
    """Words HA's sentences say a percentage with ('de helft' → 50, 'maximum' → 100)."""
    intents_of: Mapping[tuple[str, str], frozenset[str]] = dataclass_field(default_factory=dict)
    """(domain, word) → the intents whose sentences for that domain use the word."""
    amount_words: frozenset[str] = frozenset()
    """Words HA's sentences use only as an amount, numbers aside: a level or a part of a
    duration ('half' of a half hour, 'helft', 'max'), never as a verb or a name."""
    value_words: frozenset[str] = frozenset()
    """Words that say a slot's value ('lauter' → up, 'red'): each is itself, never
    another word's inflection."""

    def known(self, word: str) -> list[str]:
        """The vocabulary words `word` may be (itself, or an inflection sharing its stem).

        A verb of a richly inflected language may end in four letters more than its
        stem when that stem is long enough (Polish 'ustawione' of 'ustaw'); a device's
        name words keep the shorter ending (Dutch 'badkamer' is not 'badkamerraam')."""
        return [
            w
            for w in self.by_prefix.get(word[:MIN_PREFIX], ())
            if same_word(word, w, long_stem_ending=LONG_STEM_ENDING)
        ]

    def asking_words(self, said: Sequence[str]) -> list[str]:
        """The said question words that come with a word HA's sentences say beside them:
        'marcha' asks in "cómo marcha la tele" and not in "pon en marcha el robot",
        Dutch 'wat' in "wat is het" and not in "zet de speaker wat harder"."""
        asking = [w for w in said if w in self.question_words]
        if not asking:
            return []
        said_known = {k for w in said for k in self.known(w)}
        return [
            w
            for w in asking
            if any(g.said_with(w, said_known) for g in self.groups if w in g.words)
        ]

    def value_forms(self, word: str) -> list[str]:
        """The words of HA's sentences a said word may stand for as a list's value: itself
        when it is one of them (Portuguese 'ligar', turn on, is no 'ligado', on; 'baixa',
        lower, no 'baixo', lowest), else its inflections ('halfweg' of 'half')."""
        return [word] if word in self.weight else self.known(word)

    def says_an_amount(self, word: str) -> bool:
        """Whether a said word is one HA's sentences use only as an amount, or a form of
        one ('halfweg' of 'half'); a word of theirs used otherwise too says none
        (Portuguese 'baixa', lower, though 'baixo' is lowest)."""
        return any(form in self.amount_words for form in self.value_forms(word))

    def weight_of(self, word: str) -> float:
        """How telling a said word is: its most telling known form (0 when unknown)."""
        return max((self.weight[k] for k in self.known(word)), default=0.0)

    def error(self, key: str) -> str | None:
        """HA's own sentence for an error, in this language (template-free ones only)."""
        text = self.errors.get(key)
        return text if text and "{{" not in text else None


def is_question_intent(intent: str) -> bool:
    """Intents that read rather than act: HassGetState, HassGetWeather, HassTimerStatus…"""
    return intent.startswith("HassGet") or intent in QUESTION_INTENTS


def same_word(said: str, known: str, *, long_stem_ending: int = 3) -> bool:
    """'vacuuming' is 'vacuum', 'lumières' is 'lumiere', 'locked' is 'lock'.

    A crude stem test that needs no per-language rules: equal, or sharing a prefix of
    at least four letters that leaves at most three letters of either word
    (`long_stem_ending` letters when the shared prefix is longer than four), and at
    most one of the shorter word (two when the prefix has `LONG_STEM` letters or more:
    Portuguese 'destranque', unlock said as a wish, is 'destranca').
    """
    if said == known:
        return True
    shorter = min(len(said), len(known))
    if shorter < MIN_PREFIX:
        return False
    common = 0
    for a, b in zip(said, known, strict=False):
        if a != b:
            break
        common += 1
    ending = long_stem_ending if common > MIN_PREFIX else 3
    slack = 2 if common >= LONG_STEM else 1
    return (
        common >= max(MIN_PREFIX, shorter - slack) and max(len(said), len(known)) - common <= ending
    )


def same_name_word(said: str, name_word: str) -> bool:
    """`same_word` for the words of a device's or an area's name, a little stricter.

    A short stem takes one more letter only ('lamp', 'lamps'), so a word that merely
    starts like a name word ('roomba', 'room') does not name it.
    """
    if not same_word(said, name_word):
        return False
    common = len(os.path.commonprefix((said, name_word)))
    return said == name_word or common > MIN_PREFIX or abs(len(said) - len(name_word)) <= 1


def _expand(text: str, rules: Mapping[str, str], depth: int = 0) -> str:
    if depth >= MAX_EXPANSION_DEPTH:
        return _RULE.sub(" ", text)
    return _RULE.sub(
        lambda m: " " + _expand(rules.get(m.group(1), ""), rules, depth + 1) + " ", text
    )


def _template_words(text: str) -> set[str]:
    """Every word a template can produce (alternatives and optional parts included).

    Alternatives inside a word are expanded, not cut apart: "abr(a|e|ir)" gives
    "abra", "abre" and "abrir", "light[s]" gives "light" and "lights", and "dime[ que]"
    gives "dime" and "que".
    """
    words: set[str] = set()
    for token in _split_top(_SLOT.sub(" ", text), " "):
        words |= _token_words(token)[0]
    return words


def _split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` (" ": any space) where it is outside every bracket."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (char.isspace() if separator == " " else char == separator):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()] if separator == " " else parts


def _texts(template: str) -> set[str]:
    """The texts one top-level token of a template can be: "llamad(o|a)" → llamado, llamada.

    Tokens are multiplied out one at a time (the count is a sum over the sentence's
    tokens, not a product), and each at most to MAX_WORD_VARIANTS texts.
    """
    results = {""}
    i = 0
    while i < len(template):
        char = template[i]
        if char not in "([":
            results = {r + char for r in results}
            i += 1
            continue
        end, depth = i, 0
        for end in range(i, len(template)):
            depth += template[end] in "(["
            depth -= template[end] in ")]"
            if depth == 0:
                break
        options: set[str] = {""} if char == "[" else set()
        for alternative in _split_top(template[i + 1 : end], "|"):
            options |= _texts(alternative)
        results = set(sorted({r + o for r in results for o in options})[:MAX_WORD_VARIANTS])
        i = end + 1
    return results


def _enclosed(token: str) -> bool:
    """Whether a token is one bracket group: "(a|b)", "[the]" but not "light[s]"."""
    if token[:1] not in "([":
        return False
    depth = 0
    for i, char in enumerate(token):
        depth += char in "(["
        depth -= char in ")]"
        if depth == 0:
            return i == len(token) - 1
    return False


@functools.lru_cache(maxsize=4096)
def _token_words(token: str) -> tuple[frozenset[str], bool]:
    """The words one token of a template can say, and whether it must say one."""
    variants = _texts(token)
    return frozenset(w for v in variants for w in fold(v).split()), all(v.strip() for v in variants)


def _beside(template: str, outer: frozenset[str] = frozenset()) -> dict[str, set[frozenset[str]]]:
    """For each word of a template, the words each way of saying it has beside it.

    Only parts the sentence cannot leave out count: in "togli [il] muto" 'togli' has
    'muto' beside it; in "(disattiva|spegni) [l'audio]" the optional 'audio' has
    'disattiva' or 'spegni', and those have nothing.
    """
    tokens = _split_top(_SLOT.sub(" ", template), " ")
    words, required = zip(*map(_token_words, tokens), strict=True) if tokens else ((), ())
    found: dict[str, set[frozenset[str]]] = defaultdict(set)
    for i, token in enumerate(tokens):
        need = outer.union(*(words[j] for j in range(len(tokens)) if j != i and required[j]))
        if _enclosed(token):
            for alternative in _split_top(token[1:-1], "|"):
                for word, needs in _beside(alternative, need).items():
                    found[word] |= needs
        else:
            for word in words[i]:
                found[word].add(need)
    return found


def _amount_words(
    slot_values: Mapping[str, tuple[ListValue, ...]],
    words_of: Mapping[tuple[str, str | None], set[str]],
    list_words_of: Mapping[tuple[str, str | None], set[str]],
    weight: Mapping[str, float],
    spelled: Mapping[tuple[str, ...], int],
) -> frozenset[str]:
    """The telling words of the values of numeric lists (a colour temperature aside) that
    no sentence uses outside a list, nor spells a number with ('una' of "una hora")."""
    outside = {w for key, words in words_of.items() for w in words - list_words_of[key]}
    return frozenset(
        word
        for slot, values in slot_values.items()
        if slot != "temperature"
        for value in values
        if value.value.replace(".", "", 1).isdigit()
        for word in value.words
        if weight.get(word, 0.0) >= FUNCTION_WORD_WEIGHT
        and word not in outside
        and (word,) not in spelled
        and not any(ch.isdigit() for ch in word)
    )


def _telling(
    needs: Iterable[frozenset[str]], weight: Mapping[str, float]
) -> frozenset[frozenset[str]]:
    """The words beside a word without the function words ('op' of "zet … op stil")."""
    return frozenset(
        frozenset(w for w in need if weight.get(w, 0.0) >= FUNCTION_WORD_WEIGHT) for need in needs
    )


def _slot_units(
    template: str,
    found: dict[str, dict[str, int]],
    by_list: dict[tuple[str, str], dict[str, int]],
) -> None:
    """Count the first word after each slot of a template ("{timer_minutes:minutes} minute[s]"),
    by slot and by the list and slot."""
    for match in _SLOT.finditer(template):
        slot = match.group(2) or match.group(1)
        rest = _split_top(_after_group(template, match.end()), " ")
        if not rest or rest[0].lstrip().startswith("{"):
            continue
        for variant in _texts(rest[0]):
            words = fold(variant).split() or [
                sign for sign in variant.strip()[:1] if not sign.isalnum()
            ]  # a sign ('%') is a unit as much as a word
            if words:
                for counts in (
                    found.setdefault(slot, {}),
                    by_list.setdefault((match.group(1), slot), {}),
                ):
                    counts[words[0]] = counts.get(words[0], 0) + 1


def _after_group(template: str, start: int) -> str:
    """The template after position `start`, out of the groups `start` is in:
    "(un|{hours}) hora[s]" continues with "hora[s]" after the slot."""
    i = start
    while i < len(template):
        char = template[i]
        if char.isspace() or char in ")]":
            i += 1
        elif char == "|":
            depth = 0  # skip the group's other alternatives
            while i < len(template) and depth >= 0:
                depth += template[i] in "(["
                depth -= template[i] in ")]"
                i += 1
        else:
            break
    return template[i:]


def _slot_lists(templates: Iterable[str]) -> dict[str, set[str]]:
    """slot name → the lists that fill it, from `{list:slot}` references."""
    found: dict[str, set[str]] = defaultdict(set)
    for template in templates:
        for list_name, slot_name in _SLOT.findall(template):
            found[slot_name or list_name].add(list_name)
    return found


def _is_percentage(spec: Any) -> bool:
    """Whether a list is HA's range of percentages (brightness, position, volume)."""
    return isinstance(spec, Mapping) and (spec.get("range") or {}).get("type") == "percentage"


def _is_level(spec: Any) -> bool:
    """Whether a list gives words for percentages ('maximum' → 100)."""
    values = spec.get("values") if isinstance(spec, Mapping) else None
    return (
        isinstance(values, list)
        and bool(values)
        and all(
            isinstance(v, Mapping) and isinstance(v.get("out"), int) and 0 <= v["out"] <= 100
            for v in values
        )
    )


def _list_values(spec: Mapping[str, Any], source: str = "") -> tuple[ListValue, ...]:
    values: list[ListValue] = []
    for item in (spec.get("values") or [])[:MAX_LIST_VALUES]:
        if isinstance(item, str):
            said, value = item, item
        elif isinstance(item, Mapping) and isinstance(item.get("in"), str):
            said, value = item["in"], str(item.get("out", item["in"]))
        else:
            continue
        # A value may be alternatives at its top ("un|una"): a group of them.
        for variant in sorted(_texts(f"({said})")):
            if words := tuple(fold(variant).split()):
                values.append(ListValue(words, value, source))
    return tuple(values)


def _number_joiners(spelled: Mapping[tuple[str, ...], int]) -> frozenset[str]:
    """The words between two words of a spelled number that spell no number alone."""
    alone = {words[0] for words in spelled if len(words) == 1}
    return frozenset(
        word
        for words in spelled
        for before, word, after in zip(words, words[1:], words[2:], strict=False)
        if word not in alone and (before,) in spelled and (after,) in spelled
    )


def _domains(block: Mapping[str, Any]) -> list[str | None]:
    found: list[str | None] = []
    for source in (block.get("slots") or {}, block.get("requires_context") or {}):
        domain = source.get("domain")
        if isinstance(domain, str):
            found.append(domain)
        elif isinstance(domain, list):
            found.extend(str(d) for d in domain)
    return found or [None]


def _lend_the_timers_verbs(
    words_of: dict[tuple[str, str | None], set[str]],
    uses: dict[tuple[str, str | None], dict[str, int]],
    blocks: dict[tuple[str, str | None], int],
) -> None:
    """Give the media intents the words that only HA's sentences for the same action on
    a timer say: English 'continue' resumes a timer and, said of the music, the music."""
    users: dict[str, set[str]] = defaultdict(set)
    for (intent_name, _), words in words_of.items():
        for word in words:
            users[word].add(intent_name)
    for media, timer in SAME_ACTION_ON_A_TIMER.items():
        timer_keys = [key for key in words_of if key[0] == timer]
        lent = {
            word: max(uses[key][word] / blocks[key] for key in timer_keys if word in words_of[key])
            for key in timer_keys
            for word in words_of[key]
            if users[word] <= {timer, media} and media not in users[word]
        }
        for key in [key for key in words_of if key[0] == media]:
            for word, share in lent.items():
                words_of[key].add(word)
                uses[key][word] = max(1, round(share * blocks[key]))


@functools.lru_cache(maxsize=8)
def load_vocabulary(language: str) -> Vocabulary | None:
    """Read HA's sentence data for `language` (blocking: run it in an executor)."""
    data = get_intents(language) or get_intents(language.split("-")[0])
    if not data:
        return None
    rules: Mapping[str, str] = data.get("expansion_rules") or {}
    lists: Mapping[str, Any] = data.get("lists") or {}
    words_of: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    list_words_of: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    uses: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    blocks: dict[tuple[str, str | None], int] = defaultdict(int)
    slot_lists: dict[str, set[str]] = defaultdict(set)
    units: dict[str, dict[str, int]] = {}
    list_units: dict[tuple[str, str], dict[str, int]] = {}
    state_lists: dict[str, set[str | None]] = defaultdict(set)
    level_lists: set[str] = set()
    fixed: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    beside: dict[tuple[str, str | None], dict[str, set[frozenset[str]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for intent_name, intent_data in (data.get("intents") or {}).items():
        for block in intent_data.get("data") or []:
            templates = [_expand(s, rules) for s in block.get("sentences") or []]
            words: set[str] = set()
            needs: dict[str, set[frozenset[str]]] = defaultdict(set)
            for template in templates:
                words |= _template_words(template)
                _slot_units(template, units, list_units)
                for word, word_needs in _beside(template).items():
                    needs[word] |= word_needs
            listed = _slot_lists(templates)
            for name in listed.get("state", ()):
                state_lists[name].update(_domains(block))
            for slot, value in (block.get("slots") or {}).items():
                if slot not in TARGET_KEYS and isinstance(value, str | int):
                    fixed[(intent_name, slot)][str(value)] |= words
            for names in listed.values():
                if any(_is_percentage(lists.get(n)) for n in names):
                    level_lists.update(n for n in names if _is_level(lists.get(n)))
            for slot, names in listed.items():
                slot_lists[slot] |= names
            list_words: set[str] = set()
            for list_name in set().union(*listed.values()):
                for value in _list_values(lists.get(list_name) or {}):
                    list_words.update(value.words)
            words |= list_words
            for domain in _domains(block):
                words_of[(intent_name, domain)] |= words
                list_words_of[(intent_name, domain)] |= list_words
                blocks[(intent_name, domain)] += 1
                for word in words:
                    uses[(intent_name, domain)][word] += 1
                for word, word_needs in needs.items():
                    beside[(intent_name, domain)][word] |= word_needs
                for word in list_words:
                    beside[(intent_name, domain)][word].add(frozenset())
    _lend_the_timers_verbs(words_of, uses, blocks)
    intents_with: dict[str, set[str]] = defaultdict(set)
    domains_with: dict[str, set[str]] = defaultdict(set)
    intents_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (intent_name, domain), words in words_of.items():
        for word in words:
            intents_with[word].add(intent_name)
            if domain is not None:
                domains_with[word].add(domain)
                intents_of[(domain, word)].add(intent_name)
    n_intents = max(1, len({intent_name for intent_name, _ in words_of}))
    weight = {w: math.log(1 + n_intents / len(i)) for w, i in intents_with.items()}
    # A slot said by lists of words ('lauter' → up; 'media' hora → 30 minutes, 'una'
    # hora → 1) and elsewhere by a number ({volume_step_down:volume_step}): the words
    # of every list are what to read.
    spelled = number_words(language)
    spelled_from_one = spelled | number_words(language, 1, 1)
    slot_values = {
        slot: values
        for slot, names in slot_lists.items()
        if (
            values := tuple(
                dict.fromkeys(
                    value
                    for name in sorted(names)
                    for value in _list_values(lists.get(name) or {}, name)
                )
            )
        )
    }
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for word in weight:
        by_prefix[word[:MIN_PREFIX]].append(word)
    _token_words.cache_clear()
    return Vocabulary(
        language=language,
        by_prefix={k: tuple(v) for k, v in by_prefix.items()},
        question_words=frozenset(
            w
            for w, users in intents_with.items()
            if (asking := sum(map(is_question_intent, users))) >= MIN_QUESTION_INTENTS
            and 2 * asking > len(users)
        ),
        asking_only_words=frozenset(
            w
            for w, users in intents_with.items()
            if all(is_question_intent(i) or i in NON_ACTING_INTENTS for i in users)
            and any(map(is_question_intent, users))
            and weight[w] >= FUNCTION_WORD_WEIGHT
        ),
        groups=tuple(
            IntentGroup(
                i,
                d,
                {w: uses[(i, d)][w] / blocks[(i, d)] for w in words},
                frozenset(list_words_of[(i, d)]),
                {
                    w: telling
                    for w, needs in beside[(i, d)].items()
                    if w in words
                    and weight[w] >= FUNCTION_WORD_WEIGHT
                    and frozenset() not in (telling := _telling(needs, weight))
                },
            )
            for (i, d), words in words_of.items()
        ),
        weight=weight,
        word_domains={w: frozenset(d) for w, d in domains_with.items()},
        intents_of={k: frozenset(v) for k, v in intents_of.items()},
        slot_values=slot_values,
        skip_words=tuple(tuple(fold(s).split()) for s in data.get("skip_words") or [] if fold(s)),
        errors=dict((data.get("responses") or {}).get("errors") or {}),
        slot_units=units,
        list_units=list_units,
        number_words=spelled,
        number_joiners=_number_joiners(spelled_from_one),
        state_values=tuple(
            (value, frozenset(state_lists[name]))
            for name in sorted(state_lists)
            for value in _list_values(lists.get(name) or {})
        ),
        fixed_values={
            key: tuple(
                (value, frozenset(words - set().union(*(o for v, o in by.items() if v != value))))
                for value, words in sorted(by.items())
            )
            for key, by in fixed.items()
            if len(by) > 1
        },
        level_values=tuple(
            value for name in sorted(level_lists) for value in _list_values(lists.get(name) or {})
        ),
        value_words=frozenset(
            w for values in slot_values.values() for value in values for w in value.words
        ),
        amount_words=_amount_words(slot_values, words_of, list_words_of, weight, spelled_from_one),
    )
