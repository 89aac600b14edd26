"""The slots of a reading: numbers, listed values, and the free text of an item.

`understanding` pairs tools with targets; this fills what else a tool takes from the
request's words: a number and the unit after it ('10 minutes'), a value of HA's lists
('rot', 'lauter' → up, 'de helft' → 50), a value HA's sentence blocks fix, or the item
text ('añade revisar la caldera a mis tareas' adds "revisar la caldera").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
import functools
import itertools
import re
from typing import Any, Protocol

from .text import clauses, fold
from .tool_specs import ToolSpec
from .vocabulary import FUNCTION_WORD_WEIGHT, TARGET_KEYS, ListValue, Vocabulary, same_word

#: Parameters that take the request's leftover words (what to add, say or play).
TEXT_SLOTS = frozenset({"item", "message", "search_query"})
PERCENT_MAX = 100
#: Slots of which HA's handler needs one though its schema requires none: a timer
#: without a duration fails ("Received invalid slot info").
NEEDS_ONE_OF = {"HassStartTimer": frozenset({"hours", "minutes", "seconds"})}
_UNIT_SIGN = re.compile(r"[^\w\s]")
_UNIT_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\w\s]|\w+")
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)(?![\w.])")


class SlotTool(Protocol):
    """What filling a tool's slots reads of it."""

    @property
    def intent(self) -> str: ...

    @property
    def spec(self) -> ToolSpec: ...

    @property
    def domains(self) -> frozenset[str] | None: ...


def numbers_in(text: str) -> list[float]:
    """The numbers written in digits in the request ('50 %', '21,5')."""
    return [float(n.replace(",", ".")) for n in _NUMBER.findall(text)]


def _list_value(
    said: Sequence[str],
    values: Sequence[ListValue],
    fits: Callable[[ListValue, set[str]], bool] = lambda _value, _words: True,
) -> tuple[str, set[str]] | None:
    """The value of `values` said in the most words (and, of those, first), of the ones
    whose words `fits`."""
    best: tuple[int, str, set[str]] | None = None
    for value in values:
        used = value.said_in(said)
        if used is not None and fits(value, used) and (best is None or len(value.words) > best[0]):
            best = (len(value.words), value.value, used)
    return (best[1], best[2]) if best else None


def _an_amount(vocabulary: Vocabulary) -> Callable[[ListValue, set[str]], bool]:
    """Whether a level is said in a word HA's sentences use only as an amount."""
    return lambda _value, words: any(map(vocabulary.says_an_amount, words))


def fill_slots(
    tool: SlotTool,
    text: str,
    said: Sequence[str],
    explained: set[str],
    vocabulary: Vocabulary,
    target_used: set[str] | None = None,
    open_items: Sequence[str] | None = None,
    target_names: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], set[str]] | None:
    """Values for the tool's non-target slots; None when a needed one is missing.

    `target_names` are the words of the target's names, function words included ('to'
    of a list named "To do"): an item ends before them.

    `open_items` are the items an item slot must name, when known: completing "tea" of
    "tick off tea on groceries" is completing the list's own "Tea", and a list without
    the item said has nothing to complete.
    """
    args: dict[str, Any] = {}
    used: set[str] = set()
    numbers = numbers_in(text)
    free = {k: s for k, s in tool.spec.properties.items() if k not in TARGET_KEYS}
    numeric = numeric_slots(tool.spec)
    bare_number_slots = set(numeric)
    if len(numeric) > 1:
        # '10 minutes' of a timer (hours, minutes, seconds): the word after each number
        # says its slot, as HA's sentences put it; a number no such word places is none,
        # unless one slot is a level: "take it down to 20" of a light is its brightness,
        # not its colour temperature.
        by_unit = _numbers_by_unit(text, numeric, vocabulary)
        for key, (value, words) in by_unit.items():
            args[key] = int(value) if free[key].get("type") == "integer" else value
            used |= words
        levels = {k for k in numeric if free[k].get("maximum") == PERCENT_MAX}
        bare_number_slots = levels if not by_unit and len(levels) == 1 else set()
    for key, schema in free.items():
        kind = schema.get("type")
        if key in args:
            continue
        if (
            key in vocabulary.slot_values
            and (
                found := _list_value(
                    said,
                    vocabulary.slot_values[key],
                    functools.partial(_unit_fits, key, numeric, said, vocabulary=vocabulary),
                )
            )
            and not found[1] & used
        ):
            listed, words = found
            args[key] = int(listed) if kind == "integer" and listed.isdigit() else listed
            used |= words
        elif (
            kind == "integer"
            and schema.get("maximum") == PERCENT_MAX
            and not numbers
            and (level := _list_value(said, vocabulary.level_values, _an_amount(vocabulary)))
            and not level[1] & used
        ):
            # "zet het rolluik op de helft": HA's words for a percentage ('de helft' →
            # 50 of its brightness sentences) say any percentage; a word HA's sentences
            # use as a verb too says none ('baixa' of "baixa a cortina", lower it, is
            # also 'baixa', lowest).
            args[key] = int(level[0])
            used |= level[1]
        elif kind in ("integer", "number") and len(numbers) == 1 and key in bare_number_slots:
            value = numbers[0]
            args[key] = int(value) if kind == "integer" else value
            used |= {w for w in said if any(ch.isdigit() for ch in w)}
        elif key in TEXT_SLOTS and open_items is not None:
            if found_item := _open_item_said(said, open_items):
                args[key], words = found_item
                used |= words
        elif key in TEXT_SLOTS:
            rest = [w for w in said if w not in explained]
            key_units = vocabulary.slot_units.get(key, {})
            before, glue = _text_before_target(
                said, explained, target_used or set(), key_units, target_names
            )
            span = _after_last_command_word(before, explained, vocabulary)
            if span and not any(w in explained for w in said[: said.index(span[0])]):
                # "pop biscuits on the to do list": nothing HA's sentences say stands
                # before the item, so where it starts is unknown ('pop' is no word of
                # theirs, yet a verb); "put biscuits on …" starts it after 'put'.
                return None
            if span is None and (
                earlier := _item_of_an_earlier_clause(text, before, explained, vocabulary)
            ):
                # The clause that names the item is said for it: none of its words is
                # left unexplained ('run out of' of "we've run out of coffee, add it…").
                span, clause = earlier
                used |= clause
            elif span is None:
                span = _item_of_the_last_clause(text, before, explained, vocabulary)
            if span is None or not _within_a_clause(text, span):
                # "de koffie is op, zet die op de boodschappenlijst": no item runs across
                # a comma ('koffie is op zet die').
                return None
            if span and (spelled := _original_span(text, span)):
                # "añade revisar la caldera a mis tareas": the item runs up to the word HA's
                # sentences put after it ('a'), its own small words ('la') included; the
                # words from there to the list's name ('a mis') lead to the name.
                args[key] = spelled
                used |= set(span) | set(glue)
            elif rest:
                args[key] = _original_words(text, rest)
                used |= set(rest)
    for key in free:
        if key not in args and (fixed := _fixed_value(tool.intent, key, said, vocabulary)):
            args[key], words = fixed
            used |= words
    if any(key not in args for key in tool.spec.required if key in free):
        return None
    values = {k for k, schema in free.items() if schema.get("type") not in (None, "boolean")}
    if values and not args and not tool.spec.required & values and tool.domains is not None:
        # A setter (brightness, color…) with nothing to set is not this intent; a yes/no
        # its handler fills itself ('is_volume_muted' of HassMediaPlayerMute, no type in
        # the tool's schema) is no value to set.
        return None
    if (needed := NEEDS_ONE_OF.get(tool.intent)) and not needed & args.keys():
        return None
    return args, used


def amount_goes_on(
    said: Sequence[str], slots: Collection[str], vocabulary: Vocabulary, unknown: Collection[str]
) -> bool:
    """Whether an amount said goes on past the unit that ends what was read of it, in a
    word neither HA's sentences nor the home know: "um minuto e meio" (a minute and a
    half) joins 'meio' to the minute with the 'e' of "vinte e um", and is no one minute;
    "um minuto e trinta segundos" goes on in a number. `unknown` are those words of the
    request."""
    units = {unit for slot in slots for unit in vocabulary.slot_units.get(slot, {})} | {
        unit
        for (_, slot), counts in vocabulary.list_units.items()
        if slot in slots
        for unit in counts
    }
    return any(
        joiner in vocabulary.number_joiners
        and then in unknown
        and (then,) not in vocabulary.number_words
        and any(same_word(word, unit) for unit in units)
        for word, joiner, then in zip(said, said[1:], said[2:], strict=False)
    )


def numeric_slots(spec: ToolSpec) -> list[str]:
    """The slots of a tool that take a number (a timer's minutes, a brightness)."""
    return [
        key
        for key, schema in spec.properties.items()
        if key not in TARGET_KEYS and schema.get("type") in ("integer", "number")
    ]


def holds_a_deviceless_value(
    args: Mapping[str, Any], tools: Sequence[SlotTool], vocabulary: Vocabulary
) -> bool:
    """Whether the free text of a reading holds a number with a unit only a tool that
    takes no device reads ('12 minutes' of "put a timer on for 12 minutes" is a timer's,
    not part of an item for the shopping list)."""
    texts = [str(v) for k, v in args.items() if k in TEXT_SLOTS]
    if not any(any(ch.isdigit() for ch in text) for text in texts):
        return False
    return any(
        tool.domains is None
        and (numeric := numeric_slots(tool.spec))
        and any(_numbers_by_unit(text, numeric, vocabulary) for text in texts)
        for tool in tools
    )


def _open_item_said(said: Sequence[str], items: Sequence[str]) -> tuple[str, set[str]] | None:
    """The item the request says in full, the longest if several ('mow the lawn' before
    'lawn'), spelled as on the list."""
    best: tuple[int, str, set[str]] | None = None
    for item in items:
        words = tuple(fold(item).split())
        n = len(words)
        if (
            n
            and (best is None or n > best[0])
            and any(tuple(said[i : i + n]) == words for i in range(len(said) - n + 1))
        ):
            best = (n, item, set(words))
    return (best[1], best[2]) if best else None


def _fixed_value(
    intent: str, key: str, said: Sequence[str], vocabulary: Vocabulary
) -> tuple[str, set[str]] | None:
    """The value HA's sentence blocks fix for a slot, by the words only those blocks use:
    "bájale el volumen" says the blocks whose volume step is down."""
    weighed = []
    for value, words in vocabulary.fixed_values.get((intent, key), ()):
        hits = {w for w in said if any(k in words for k in vocabulary.known(w))}
        weighed.append((sum(vocabulary.weight_of(w) for w in hits), value, hits))
    weighed.sort(reverse=True)
    if not weighed or weighed[0][0] <= 0 or (len(weighed) > 1 and weighed[1][0] >= weighed[0][0]):
        return None
    return weighed[0][1], weighed[0][2]


def _unit_fits(
    key: str,
    slots: Sequence[str],
    said: Sequence[str],
    value: ListValue,
    words: set[str],
    *,
    vocabulary: Vocabulary,
) -> bool:
    """Whether the word after a listed value ('ora' of "mezz'ora") is a unit of `key`, or
    of none of the other `slots`: half an hour is 30 minutes, not 30 seconds. Where HA's
    sentences put a unit after the value's own list in `key`, the value needs one of
    those: Spanish 'un' is one minute in "un minuto", not in "un temporizador"."""
    at = [i for i, word in enumerate(said) if word in words]
    if not at or at[-1] + 1 >= len(said):
        return True
    unit = said[at[-1] + 1]
    if len(slots) > 1 and (own := vocabulary.list_units.get((value.source, key))):
        return bool(_uses(own, unit))
    return bool(_unit_uses(vocabulary, key, unit)) or not any(
        _unit_uses(vocabulary, slot, unit) for slot in slots if slot != key
    )


def _unit_uses(vocabulary: Vocabulary, slot: str, unit: str) -> int:
    """How often HA's sentences put `unit` (or an inflection of it) after `slot`."""
    return _uses(vocabulary.slot_units.get(slot, {}), unit)


def _uses(units: Mapping[str, int], unit: str) -> int:
    """How often `units` counts `unit` or an inflection of it."""
    return sum(n for u, n in units.items() if unit == u or same_word(unit, u))


def _numbers_by_unit(
    text: str, slots: Sequence[str], vocabulary: Vocabulary
) -> dict[str, tuple[float, set[str]]]:
    """Slot → (number, words) for each number followed by a unit only that slot takes
    ('10 minutes', '70%')."""
    tokens = [t if _UNIT_SIGN.fullmatch(t) else fold(t) for t in _UNIT_TOKEN.findall(text)]
    found: dict[str, tuple[float, set[str]]] = {}
    for at, (number, unit) in enumerate(itertools.pairwise(tokens)):
        if not _NUMBER.fullmatch(number):
            continue
        fits = _slots_of_unit(vocabulary, slots, unit)
        if len(fits) > 1:
            # "1 and a half hours": 'and' follows the hours and the minutes alike in HA's
            # sentences; the first unit further on that tells them apart says which.
            for later in tokens[at + 2 :]:
                if _NUMBER.fullmatch(later):
                    break
                if len(after := _slots_of_unit(vocabulary, fits, later)) == 1:
                    fits = after
                    break
        if len(fits) == 1 and fits[0] not in found:
            found[fits[0]] = (float(number.replace(",", ".")), {fold(number), unit})
    return found


def _slots_of_unit(vocabulary: Vocabulary, slots: Sequence[str], unit: str) -> list[str]:
    """The slots of these that HA's sentences put `unit` after most often."""
    counts = {slot: _unit_uses(vocabulary, slot, unit) for slot in slots}
    most = max(counts.values(), default=0)
    return [slot for slot, n in counts.items() if n and n == most]


def _text_before_target(
    said: Sequence[str],
    explained: set[str],
    target_used: set[str],
    units: Mapping[str, int],
    target_names: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """The words from the first one no intent or target explains up to the last word
    that follows a text slot in HA's sentences ('to', 'a', 'zu') before the target's name,
    and the words from there to the name ('a mis' of "… a mis tareas"); empty when the
    request has no such word there. The name starts at its first word said, a function
    word that names nothing alone included ('to' of "… to my to do list")."""
    first = next((i for i, w in enumerate(said) if w not in explained), None)
    if first is None or not target_used:
        return [], []
    name_at = next((i for i in range(first, len(said)) if said[i] in target_used), None)
    if name_at is None:
        return [], []
    while name_at > first + 1 and said[name_at - 1] in target_names - target_used:
        name_at -= 1
    ends = [i for i in range(first + 1, name_at) if said[i] in units]
    if not ends and name_at - 1 > first and _like_a_unit(said[name_at - 1], units):
        # "adiciona consertar o chuveiro nas tarefas de casa": HA's Portuguese puts 'na'
        # after the item, and 'nas' (plural) says the same.
        ends = [name_at - 1]
    if not ends:
        return [], []
    return list(said[first : ends[-1]]), list(said[ends[-1] : name_at])


SHORT_WORD = 3
"""Letters of a small word that may be another form of a small word of HA's sentences."""


def _like_a_unit(word: str, units: Mapping[str, int]) -> bool:
    """Whether a small word is one letter away from a word that follows a text slot in
    HA's sentences ('nas', 'no' of 'na'; 'dos' of 'do')."""
    return len(word) <= SHORT_WORD and any(
        len(unit) >= 2 and _one_letter_apart(word, unit) for unit in units
    )


def _one_letter_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _command_words_at(
    span: Sequence[str], explained: set[str], vocabulary: Vocabulary
) -> list[int]:
    """Where a span says a word of the command; small words of HA's sentences ('de' of
    "pan de molde") are no command word."""
    return [
        i
        for i, word in enumerate(span)
        if word in explained and vocabulary.weight_of(word) >= FUNCTION_WORD_WEIGHT
    ]


def _after_last_command_word(
    span: list[str], explained: set[str], vocabulary: Vocabulary
) -> list[str] | None:
    """The item of a span that a word of the command runs through: 'milk' of "could you
    add milk to the list". None when what stands before that word is more than HA's
    sentences say around a command: "we're out of milk, add it to the list" names its
    item before the verb, and 'it' is no item. Small words of HA's sentences ('de' of
    "pan de molde") are no command word."""
    at = _command_words_at(span, explained, vocabulary)
    if not at:
        return span
    lead = span[: at[-1]]
    if any(vocabulary.weight_of(word) == 0 for word in lead):
        return None
    return span[at[-1] + 1 :]


def _item_of_an_earlier_clause(
    text: str, span: list[str], explained: set[str], vocabulary: Vocabulary
) -> tuple[list[str], set[str]] | None:
    """The item a first clause names when the command after it says only a pronoun in
    its place ('it' of "we've run out of coffee, add it to the shopping list"): the last
    run of words HA's sentences never use in that clause ('coffee'). None without a
    clause before the command, or when the command itself names more than one word;
    else the item's words and the clause's."""
    at = _command_words_at(span, explained, vocabulary)
    parts = clauses(text)
    if not at or len(span) - at[-1] - 1 > 1 or len(parts) < 2:
        return None
    if (own := span[at[-1] + 1 :]) and vocabulary.weight_of(own[0]) == 0:
        # "we're out of milk, add eggs to the list" names its own item, "we need bin
        # bags, add them to the list" a pronoun: HA's sentences use neither word, and
        # nothing tells them apart ('it' and 'lo' are words of HA's sentences).
        return None
    first = fold(parts[0]).split()
    end = next(
        (i for i in range(len(first) - 1, -1, -1) if vocabulary.weight_of(first[i]) == 0), None
    )
    if end is None:
        return None
    start = end
    while start > 0 and vocabulary.weight_of(first[start - 1]) == 0:
        start -= 1
    return first[start : end + 1], set(first)


def _item_of_the_last_clause(
    text: str, span: list[str], explained: set[str], vocabulary: Vocabulary
) -> list[str] | None:
    """The item a command after a first clause names in words of its own: 'oat milk' of
    "we've run out of coffee, add oat milk to groceries". None when the command says one
    word or none after its verb: a pronoun for the first clause's item, perhaps."""
    tail = next((span[k:] for k in range(len(span)) if _within_a_clause(text, span[k:])), [])
    if not _command_words_at(tail, explained, vocabulary):
        return None
    own = _after_last_command_word(tail, explained, vocabulary)
    return own if own is not None and len(own) > 1 else None


def _within_a_clause(text: str, span: Sequence[str]) -> bool:
    """Whether the run of folded words `span` stands inside one clause of the text."""
    return not span or any(_original_span(part, span) is not None for part in clauses(text))


def _original_span(text: str, span: Sequence[str]) -> str | None:
    """The user's own spelling of `span`, a run of the request's folded words; None
    when the run is not contiguous in the text (a skip word stood inside it)."""
    tokens = re.findall(r"[^\W_]+", text)
    folded = [fold(t) for t in tokens]
    n = len(span)
    for i in range(len(folded) - n + 1):
        if folded[i : i + n] == list(span):
            return " ".join(tokens[i : i + n])
    return None


def _original_words(text: str, folded_words: Sequence[str]) -> str:
    """The user's own spelling of the leftover words, in their order."""
    wanted = set(folded_words)
    kept = [w for w in re.findall(r"[\w'’-]+", text) if fold(w) in wanted]
    return " ".join(kept) or " ".join(folded_words)
