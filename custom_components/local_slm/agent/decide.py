"""Deciding what a request asks for, when Home Assistant's own matcher did not.

1. Candidates (`assist.understanding`): every type-compatible reading intent x target x
   slots, scored from HA's own per-language sentence data and the home's names.
2. Guard rails in code: a clear winner acts; readings that differ only in their target
   ask which one; a reading with telling words it cannot explain does not act alone.
3. The small model ranks the close readings by how likely the request's words are as a
   way of saying each one; it decides only when it clearly prefers one, and never when
   every score is -inf.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
import itertools
import logging
import math
import re
from typing import Any

from ..assist.negation import negated
from ..assist.outcomes import changes_nothing, changes_something
from ..assist.slots import TEXT_SLOTS, numeric_slots
from ..assist.targets import EntityTarget, area_telling_apart
from ..assist.text import clauses, fold
from ..assist.understanding import (
    Candidate,
    OfferedTool,
    Words,
    answer_candidates,
    asked_in_writing,
    backing,
    candidates,
    command_evidence,
    is_question,
    names_a_target,
    names_another_device,
    says_with_its_neighbours,
    unknown_words,
)
from ..assist.vocabulary import FUNCTION_WORD_WEIGHT, Vocabulary, same_name_word
from ..engine.base import ChatTemplate, Engine
from ..prompting.assist_prompt import build_ranking_messages
from ..prompting.chat_format import render_chat

_LOGGER = logging.getLogger(__name__)

SLOT_ASSIST = "assist"
TARGET_PLACES = frozenset({"area", "floor"})
#: Readings within this score of the best are "close".
MARGIN = 0.5
#: A reading whose unexplained telling words weigh more than this share of its own
#: evidence is not acted on without the model.
CONFLICT_RATIO = 0.5
#: The model must prefer its pick by this many nats over the next reading.
MODEL_MARGIN = 1.0
#: The words must say the intent this much ('off' does; 'flat' of one odd HassTurnOff
#: sentence does not) before a reading acts without the model.
MIN_EVIDENCE = 1.5
WORDS_TIE = 0.05
MAX_RANKED = 4
MAX_LABEL_NAMES = 3
"""A place's reading names at most this many of its devices to the model."""
MAX_COMMAND_WORDS = 40
"""Longer requests are chat, never read as commands (splitting is quadratic)."""
MAX_ANSWERED = 6
ANSWERED_DOMAINS = frozenset({"sensor", "binary_sensor", "climate", "water_heater", "weather"})
"""What a question about the home's readings may be answered from."""
MAX_ASKED_ABOUT = 24
"""A home with more readings is not ranked for a question (a pass of the model each)."""
MIN_SPLIT_WORDS = 5
ON_OFF_INTENTS = frozenset({"HassTurnOn", "HassTurnOff"})
NEVER_BY_ELIMINATION = frozenset({"lock"})
"""Domains never acted on because the other reading would change nothing."""
DELETING_INTENTS = frozenset({"HassListRemoveItem"})
"""Words that only tie a deleting reading never said to delete ('off' of "tick off tea"
is in HA's 'take … off the list' too): the milder reading the model prefers may act."""


@dataclass(frozen=True, slots=True)
class Act:
    """Call a tool."""

    tool: str
    arguments: dict[str, Any]
    via: str


@dataclass(frozen=True, slots=True)
class ActAll:
    """Two commands in one sentence: run each."""

    acts: tuple[Act, ...]
    via: str = "split"


@dataclass(frozen=True, slots=True)
class Ask:
    """Several devices fit: ask which one, never guess."""

    names: tuple[str, ...]
    via: str = "ask"


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """It sounds like a command, but no reading is safe to act on."""

    via: str


@dataclass(frozen=True, slots=True)
class AnswerAbout:
    """Answer a question about these entities from their live states."""

    entity_ids: tuple[str, ...]
    via: str = "answer"


@dataclass(frozen=True, slots=True)
class Chat:
    """Let the model answer freely."""

    via: str = "chat"


type Decision = Act | ActAll | Ask | NotUnderstood | AnswerAbout | Chat


@dataclass(slots=True)
class Request:
    """What the decision layers know about one request."""

    text: str
    language: str
    vocabulary: Vocabulary
    entities: Sequence[EntityTarget]
    tools: Sequence[OfferedTool]
    previous_name: str | None = None
    """The device the conversation's last action named ('turn it off' means it)."""


@dataclass(frozen=True, slots=True)
class _Pending:
    """Close readings left for the model to rank."""

    close: tuple[Candidate, ...]


def _act(candidate: Candidate, via: str, request: Request) -> Act:
    arguments = dict(candidate.arguments)
    if (
        "name" in arguments
        and not TARGET_PLACES & arguments.keys()
        and len(candidate.entity_ids) == 1
        and any(t.name == candidate.tool and "area" in t.spec.properties for t in request.tools)
        and (area := area_telling_apart(candidate.entity_ids[0], request.entities))
    ):
        # "bedside lamp in our room to 15 percent": the name alone is two lamps' to HA.
        arguments["area"] = area
    return Act(candidate.tool, arguments, via)


def _telling_weight(request: Request) -> float:
    said = Words.of(request.text, request.vocabulary).all
    return sum(request.vocabulary.weight_of(w) for w in said)


def lexical(request: Request, acts: Sequence[Candidate] | None = None) -> Decision | _Pending:
    """Decide from the words, or leave the close readings to the model."""
    if acts is None:
        acts = candidates(request.text, request.vocabulary, request.entities, request.tools)
    answers = answer_candidates(request.text, request.vocabulary, request.entities)
    said = Words.of(request.text, request.vocabulary).all
    asked = is_question(request.text, said, request.vocabulary)
    if (
        asked
        and acts
        and answers
        and acts[0].conflict == 0
        and acts[0].score > answers[0].score
        and not any(w in request.vocabulary.question_words for w in said)
    ):
        # "Could you turn off the porch light?": a command asked politely.
        asked = False
    elif (
        asked
        and acts
        and (not asked_in_writing(request.text) or acts[0].conflict <= MIN_EVIDENCE)
        and acts[0].evidence >= MIN_EVIDENCE
        and acts[0].conflict <= CONFLICT_RATIO * acts[0].evidence
        and acts[0].score > (answers[0].score if answers else 0.0) + MARGIN
    ):
        # "zet de speaker wat harder": 'wat' (a bit; also 'what') is a question word,
        # yet the words say a command far better than a question; "¿Puede encender la
        # tele?" asks politely, and only 'puede' stands outside the command's words.
        asked = False
    if (
        acts
        and _numbers(acts[0])
        and acts[0].evidence >= MIN_EVIDENCE
        and not (
            asked_in_writing(request.text)
            and any(w in request.vocabulary.question_words for w in said)
        )
    ):
        # "turn the heating down to 17, it's roasting in here", "kan de plafondlamp wat
        # gedimd worden, naar 25 procent?": the best reading sets the amount said, which
        # no answer about the device's state has a use for; the rest is chatter. "Is the
        # thermostat set to 20?" asks, in a question's words.
        asked = False
        answers = []
    if answers and (
        asked or not acts or (answers[0].score > acts[0].score + MARGIN and acts[0].conflict > 0)
    ):
        top = answers[0].score
        ids = tuple(
            dict.fromkeys(e for a in answers if a.score >= top - MARGIN for e in a.entity_ids)
        )
        return AnswerAbout(ids[:MAX_ANSWERED], "answer")
    if asked and (not acts or acts[0].score <= 0):
        # About the home: the model may word it, never invent a number ('question');
        # anything else ("tell me a story") is a free chat, streamed.
        return Chat("question") if _about_home(request, said) else Chat("chat")
    if acts and acts[0].score <= 0 and acts[0].named_by and acts[0].evidence >= MIN_EVIDENCE:
        # "robot vacuum back to the dock": the device is named in full, and what to do
        # with it is said in words HA's sentences lack ('back', 'dock'). The model may
        # rank what that device can do; with the words unexplained, it acts only if it
        # rules out the device's other readings.
        device = [a for a in acts if a.entity_ids == acts[0].entity_ids]
        return _Pending(tuple(device[:MAX_RANKED]))
    if not acts or acts[0].score <= 0:
        # Only a reading whose words say its intent makes this sound like a command ('the'
        # and 'about' of "write a poem about the sea" are in the timer sentences too).
        commanding = [a for a in acts if a.evidence >= MIN_EVIDENCE]
        if not commanding and _telling_weight(request) < 2 * MARGIN:
            return Chat("chat")
        return NotUnderstood("no-reading") if commanding or _has_target(request) else Chat("chat")
    best = acts[0]
    close = [c for c in acts if c.score >= best.score - MARGIN]
    if len({c.intent for c in close}) == 1:
        return _one_intent(close, acts, request)
    if (backed := _backed_reading(close, request)) is not None and isinstance(
        decision := _one_intent(backed, acts, request), Act
    ):
        return decision
    return _Pending(tuple(close[:MAX_RANKED]))


def _backed_reading(close: Sequence[Candidate], request: Request) -> list[Candidate] | None:
    """Of close readings of one device, the intent whose words come with the words HA's
    sentences say beside them: "zet de tv aan" is turning on, whose sentences say 'zet
    … aan' alone; unmuting says them with 'geluid' ("zet het geluid aan"). None when
    the words tell no one intent apart."""
    backed = {id(c): command_evidence(request.text, request.vocabulary, c) for c in close}
    most = max(backed.values())
    kept = [c for c in close if backed[id(c)] >= most - MARGIN]
    if most < MIN_EVIDENCE or len({c.entity_ids for c in kept}) > 1:
        return None
    return kept if len({c.intent for c in kept}) == 1 else None


def _one_intent(
    close: Sequence[Candidate], acts: Sequence[Candidate], request: Request
) -> Decision | _Pending:
    """Close readings of one intent: act on the device they name, or ask which one."""
    chosen = _widest(close)
    if chosen is None:
        earlier = [c for c in close if c.targets == (request.previous_name,)]
        if earlier and not _has_target(request):
            return _act(earlier[0], "history", request)
        return Ask(_names(close, request))
    if chosen.unnamed and chosen.conflict > 0:
        # No device named, and words the reading cannot explain ('timer' of "zet een
        # timer van een kwartier" read as a media command): never act on that.
        return NotUnderstood("unnamed-unexplained")
    if chosen.unnamed and TEXT_SLOTS & chosen.arguments.keys() and chosen.evidence < MIN_EVIDENCE:
        # No list named, and the item takes every word the reading cannot explain:
        # "mets un minuteur d'une demi-heure" (a timer HA's French lacks) would add
        # "un minuteur" to the only list on 'mets' alone, the model liking it or not.
        return NotUnderstood("unnamed-item")
    if chosen.conflict > CONFLICT_RATIO * chosen.evidence or chosen.evidence < MIN_EVIDENCE:
        return _Pending((chosen, *[c for c in acts if c is not chosen][: MAX_RANKED - 1]))
    if (
        chosen.intent in ON_OFF_INTENTS
        and _takes_an_amount(chosen, request)
        and unknown_words(request.text, request.vocabulary, request.entities)
    ):
        # "ouvre le volet du salon à moitié": on/off reads the verb alone, and a word
        # neither HA's sentences nor the home know may say how far ('moitié'), which
        # no on/off does. Opening it fully would be a wrong action; not acting is not.
        # A switch has no 'how far': "Zet de koffiemachine eens aan" turns it on.
        return NotUnderstood("unknown-words")
    if _names_another_device(chosen, request):
        return NotUnderstood("another-device")
    if _drops_the_number(chosen, acts):
        return NotUnderstood("number-dropped")
    backed, backed_words = backing(request.text, request.vocabulary, chosen)
    if backed < MIN_EVIDENCE or not says_with_its_neighbours(
        chosen, backed_words, request.vocabulary
    ):
        # "togli l'audio alla cassa" (mute) says unmute's 'togli' (of "togli il
        # muto") and 'audio' (of "riattiva l'audio"), each without its neighbour, and
        # "carry on playing" only 'play' (of "play the previous song"): words lifted
        # out of HA's sentences are for the model to weigh.
        return _Pending((chosen, *[c for c in acts if c is not chosen][: MAX_RANKED - 1]))
    return _act(chosen, "lexical", request)


def _takes_an_amount(chosen: Candidate, request: Request) -> bool:
    """Whether a tool this turn sets an amount (position, brightness, speed, volume) on
    a device the reading acts on."""
    domains = {e.domain for e in request.entities if e.entity_id in chosen.entity_ids}
    if not domains:
        domains = set(chosen.arguments.get("domain") or ())
    return any(
        tool.domains is not None and tool.domains & domains and bool(numeric_slots(tool.spec))
        for tool in request.tools
    )


def _numbers(candidate: Candidate) -> set[float]:
    return {
        v
        for v in candidate.arguments.values()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }


def _drops_the_number(chosen: Candidate, acts: Sequence[Candidate]) -> bool:
    """Whether the chosen reading leaves out a number another reading of the same
    device sets: "Mach das Radio leiser auf 20 Prozent" is no step down from 60 to 50
    when setting the radio to 20 is a reading too."""
    return not _numbers(chosen) and any(
        c.entity_ids == chosen.entity_ids and _numbers(c) for c in acts if c is not chosen
    )


def _about_home(request: Request, said: Sequence[str]) -> bool:
    """Whether a request names a device or area, or a kind of device or reading."""
    vocabulary = request.vocabulary
    return _has_target(request) or any(
        vocabulary.word_domains.get(known)
        for word in said
        if word not in vocabulary.question_words
        for known in vocabulary.known(word)
        if vocabulary.weight[known] >= FUNCTION_WORD_WEIGHT
    )


def _has_target(request: Request) -> bool:
    """Whether the request names an exposed device or area ('la' of "Focos de la cocina"
    names nothing)."""
    return names_a_target(request.text, request.vocabulary, request.entities)


def _widest(close: Sequence[Candidate]) -> Candidate | None:
    """The reading whose targets include every other close reading's, if any."""
    for candidate in sorted(close, key=lambda c: len(c.entity_ids), reverse=True):
        mine = set(candidate.entity_ids)
        if all(set(other.entity_ids) <= mine for other in close):
            return candidate
    return None


def _names(close: Sequence[Candidate], request: Request) -> tuple[str, ...]:
    """The devices to ask about: a place's reading offers the devices in it ("the
    awning or the terrace's sprinkler?"), not the place the user already said."""
    by_id = {e.entity_id: e for e in request.entities}
    said: list[tuple[str, str | None]] = []
    for c in close:
        if TARGET_PLACES & c.arguments.keys():
            said += [(by_id[e].name if e in by_id else e, e) for e in c.entity_ids]
        elif len(c.targets) == len(c.entity_ids) == 1:
            said.append((c.targets[0], c.entity_ids[0]))
        else:
            said += [(name, None) for name in c.targets]
    devices_named: dict[str, set[str]] = {}
    for name, entity_id in said:
        if entity_id is not None:
            devices_named.setdefault(name, set()).add(entity_id)
    names = []
    for name, entity_id in said:
        target = by_id.get(entity_id) if entity_id else None
        if len(devices_named.get(name, ())) > 1 and target is not None and target.areas:
            # Two lamps both named "Bedside lamp": which one, by their rooms.
            names.append(f"{name} ({target.areas[0]})")
        else:
            names.append(name)
    return tuple(dict.fromkeys(names))


def spoken_label(candidate: Candidate, names: Mapping[str, str] | None = None) -> str:
    """'turn on Kitchen Light' from HassTurnOn: words the model can weigh.

    A place's reading says the devices it acts on ('turn on Garden sprinkler', not
    'turn on Garden' for the light and the valve alike): `names` by entity id.
    """
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", candidate.intent.removeprefix("Hass")).lower()
    target = " ".join(candidate.targets)
    if names and TARGET_PLACES & candidate.arguments.keys():
        target = ", ".join(names.get(e, e) for e in candidate.entity_ids[:MAX_LABEL_NAMES])
    slots = " ".join(
        str(v) for k, v in candidate.arguments.items() if k not in ("name", "area", "domain")
    )
    return " ".join(part for part in (words, target, slots) if part)


async def _model_scores(
    engine: Engine, request: Request, template: ChatTemplate, readings: Sequence[Candidate]
) -> list[float]:
    """log P(request | reading) for each reading: its own prompt, the request after it.

    Readings that sound the same ("turn on Garden" of a light and a valve both named
    so) are scored once: each score is a pass of the model.
    """
    names = {e.entity_id: e.name for e in request.entities}
    labels = [spoken_label(reading, names) for reading in readings]
    by_label = {
        label: await _score(engine, template, label, request.text)
        for label in dict.fromkeys(labels)
    }
    return [by_label[label] for label in labels]


async def _score(engine: Engine, template: ChatTemplate, label: str, text: str) -> float:
    """log P(text | label): the request said as the reply to the reading put to the model."""
    (score,) = await engine.async_score(
        render_chat(build_ranking_messages(label), template.template, eos=template.eos),
        [text],
        slot=SLOT_ASSIST,
    )
    return score


async def _model_rules_out_the_rest(
    engine: Engine,
    request: Request,
    template: ChatTemplate,
    chosen: tuple[float, Candidate],
    readings: Sequence[Candidate],
) -> bool:
    """Whether the model clearly prefers the chosen reading to every other thing the
    words could have the same device do ("send the hoover back to its base": 'back' is a
    word of 'previous track', yet returning beats starting the hoover by nats).

    With no other reading of that device ('stop vacuuming' reads only as starting), the
    model has nothing to rule out, and the unexplained words keep it from acting.
    """
    score, reading = chosen
    others = [
        c for c in readings if c.entity_ids == reading.entity_ids and c.intent != reading.intent
    ]
    if not others:
        return False
    rest = await _model_scores(engine, request, template, others)
    _LOGGER.debug("Model ranking of %s against %s: %s", score, [c.intent for c in others], rest)
    return score - max(rest) >= MODEL_MARGIN


async def model_rank(
    engine: Engine, request: Request, close: Sequence[Candidate], readings: Sequence[Candidate] = ()
) -> Decision:
    """Let the model rank the close readings; act only on a clear, finite preference.

    `readings` are all the request's readings: a chosen reading with words it cannot
    explain acts only if the model also rules out the device's other readings.
    """
    template = await engine.async_chat_template()
    scores = await _model_scores(engine, request, template, close)
    if _LOGGER.isEnabledFor(logging.DEBUG):
        names = {e.entity_id: e.name for e in request.entities}
        _LOGGER.debug(
            "Model ranking of %r as %s: %s",
            request.text,
            [spoken_label(c, names) for c in close],
            scores,
        )
    finite = [(s, c) for s, c in zip(scores, close, strict=True) if math.isfinite(s)]
    if not finite:
        return NotUnderstood("model-all-inf")
    finite.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = finite[0]
    same_intent = [c for _, c in finite if c.intent == best.intent]
    doubts = {
        c.intent for s, c in finite if c.intent != best.intent and s > best_score - MODEL_MARGIN
    }
    if doubts and not _only_choice_that_acts(best, doubts, close, request):
        # Nearly as likely a reading that would act otherwise: the model is unsure.
        return _ask_in_place(best, doubts, close, request) or NotUnderstood("model-unsure")
    # The words' best reading and the model must agree on what to do: on the development
    # set the 135M model alone still picked a wrong intent 5 times out of 18.
    words_best = {c.intent: c.score for c in reversed(close)}
    rivals = [
        intent
        for intent, score in words_best.items()
        if intent != best.intent
        and score >= words_best[best.intent] - WORDS_TIE
        and not (intent in DELETING_INTENTS and best.intent not in DELETING_INTENTS)
    ]
    if rivals and not _only_choice_that_acts(best, rivals, close, request):
        # The words must prefer it too, not merely tie ('Rasensprenger aus' reads as on
        # and off alike, and the model's coin then decides nothing safely).
        return _ask_in_place(best, rivals, close, request) or NotUnderstood("model-disagrees")
    if all(TARGET_PLACES & c.arguments.keys() for c in same_intent):
        # A place said and no device ("water the garden"): which of the place's kinds of
        # device the words fit, its sprinkler or its light, the model may tell, clearly.
        same_intent = [
            c for s, c in finite if c.intent == best.intent and s > best_score - MODEL_MARGIN
        ]
    # The model chose what to do; which device is otherwise for the words to say.
    chosen = _widest(same_intent)
    if chosen is None:
        return Ask(_names(same_intent, request))
    if chosen.conflict > CONFLICT_RATIO * chosen.evidence and not await _model_rules_out_the_rest(
        engine, request, template, (scores[close.index(chosen)], chosen), readings
    ):
        # Words that say something else ('stop' in 'stop vacuuming') stay unexplained:
        # the model's liking does not make the reading safe.
        return NotUnderstood("model-conflict")
    if _names_another_device(chosen, request):
        return NotUnderstood("another-device")
    return _act(chosen, "model-rank", request)


def _ask_in_place(
    best: Candidate, rivals: Collection[str], close: Sequence[Candidate], request: Request
) -> Ask | None:
    """Which device, when the readings left open all act on one place the request names
    and nothing else: "set the bedroom to 50 percent" fits its blind, its fan and its
    lamp alike, and the user, not the model, can say which."""
    left = [c for c in close if c.intent == best.intent or c.intent in rivals]
    places = {
        tuple(sorted((k, str(c.arguments[k])) for k in TARGET_PLACES & c.arguments.keys()))
        for c in left
    }
    if len(places) != 1 or () in places or len({c.entity_ids for c in left}) < 2:
        # One device whatever is done to it ('continue playing the music in the
        # kitchen' of its one radio): the doubt is what to do, not which one.
        return None
    return Ask(_names(left, request))


def _names_another_device(chosen: Candidate, request: Request) -> bool:
    """'the lounge heater' said of the "Lounge room" player: never act on it."""
    return bool(chosen.entity_ids) and names_another_device(
        request.text, request.vocabulary, request.entities, chosen.entity_ids
    )


def _only_choice_that_acts(
    best: Candidate, rivals: Collection[str], close: Sequence[Candidate], request: Request
) -> bool:
    """Whether the words tie the model's choice only with intents that would leave their
    devices as they are: "Bitte staubsaugen" to a docked vacuum starts it (returning to
    base changes nothing), while said to a cleaning one it is no return to base."""
    states = {e.entity_id: (e.domain, e.state) for e in request.entities}
    if any(states.get(e, ("", None))[0] in NEVER_BY_ELIMINATION for e in best.entity_ids):
        # "close the back door" ties locking with unlocking; said to a locked door, the
        # reading that changes something would unlock it.
        return False

    def devices(intent: str) -> list[tuple[str, str | None]]:
        return [states[e] for c in close if c.intent == intent for e in c.entity_ids if e in states]

    return changes_something(best.intent, devices(best.intent)) and all(
        changes_nothing(intent, devices(intent)) for intent in rivals
    )


def coordinated(acts: Sequence[Candidate], request: Request) -> ActAll | None:
    """'Schalte die Stehlampe und den Ventilator aus': one verb, devices named in full.

    The intent is one of the request's close best: "éteins le lampadaire et la télé"
    reads best as pausing the TV ('éteins' is in HA's French pause sentences), yet
    turning off is as close for the TV and the only reading of the floor lamp. Each
    device's reading of that intent must be within the margin of its own best, said
    clearly, and no two devices may be named by the same words ('Living Room',
    'Living room light'). Between the devices' names only function words may stand
    ('und das'): "close the blinds and turn on the lamp" has a verb of its own for the
    lamp.
    """
    if not acts:
        return None
    best_of_target: dict[tuple[str, ...], float] = {}
    for candidate in acts:
        best_of_target.setdefault(candidate.entity_ids, candidate.score)
    intents = dict.fromkeys(c.intent for c in acts if c.score >= acts[0].score - MARGIN)
    for intent in intents:
        if (both := _coordinated(acts, request, intent, best_of_target)) is not None:
            return both
    return None


def _coordinated(
    acts: Sequence[Candidate],
    request: Request,
    intent: str,
    best_of_target: dict[tuple[str, ...], float],
) -> ActAll | None:
    """The devices named in full that all take `intent`, if two or more are."""
    of_intent: dict[tuple[str, ...], Candidate] = {}
    for candidate in acts:
        if candidate.intent == intent:
            of_intent.setdefault(candidate.entity_ids, candidate)
    picked: list[Candidate] = []
    for candidate in of_intent.values():
        if (
            candidate.named_by
            and candidate.evidence >= MIN_EVIDENCE
            and candidate.score >= best_of_target[candidate.entity_ids] - MARGIN
            and all(not candidate.named_by & other.named_by for other in picked)
        ):
            picked.append(candidate)
    picked_targets = {c.entity_ids for c in picked}
    if (
        len(picked) < 2
        or any(
            not c.named_by.isdisjoint(o.named_by)
            for c in acts
            if c.named_by and c.entity_ids not in picked_targets
            for o in picked
        )
        or _telling_between(request, [c.named_by for c in picked])
    ):
        return None
    return ActAll(tuple(_act(c, "coordinated", request) for c in picked), via="coordinated")


def _telling_between(request: Request, names: Sequence[frozenset[str]]) -> bool:
    """Whether more than the conjunction says something between the devices' names:
    'und das' joins two names, 'and turn on the' starts a command of its own."""
    said = Words.of(request.text, request.vocabulary).all
    spans = sorted(
        (min(at), max(at))
        for words in names
        if (at := [i for i, w in enumerate(said) if w in words])
    )
    return any(
        sum(
            request.vocabulary.weight_of(word) >= FUNCTION_WORD_WEIGHT
            for word in said[end + 1 : start]
        )
        > 1
        for (_, end), (start, _) in itertools.pairwise(spans)
    )


def split_commands(request: Request, whole: Decision | _Pending | None = None) -> ActAll | None:
    """'turn on X and lock Y': both halves are clear commands on their own.

    A half that asks which device may be answered by the whole (`whole`, its lexical
    decision): "apri la tapparella del soggiorno e spegni il lampadario" asks which
    light of 'spegni il lampadario' alone, and the whole names the living room's.
    """
    tokens = request.text.split()
    if len(tokens) < MIN_SPLIT_WORDS:
        return None
    for start in range(2, len(tokens) - 1):
        for width in (1, 2):
            left = " ".join(tokens[:start])
            right = " ".join(tokens[start + width :])
            if not right:
                continue
            # Each half names its device: "start the" of "start the coffee maker and …"
            # is no command of its own.
            halves = _with_text(request, left), _with_text(request, right)
            if not all(_has_target(half) for half in halves):
                continue
            first, second = lexical(halves[0]), lexical(halves[1])
            if isinstance(second, Ask) and isinstance(whole, Act):
                second = _answered_by(halves[1], second, whole)
            # One verb for both ("switch off the heater and the desk lamp", "zet de
            # staande lamp en de tv uit"): the half without one borrows the other's.
            if isinstance(first, Act) and not isinstance(second, Act):
                second = _with_the_same_verb(request, halves[0], first, halves[1]) or second
            elif isinstance(second, Act) and not isinstance(first, Act):
                first = _with_the_same_verb(request, halves[1], second, halves[0]) or first
            if isinstance(first, Act) and isinstance(second, Act) and second != first:
                return ActAll((first, second))
    return None


def _with_the_same_verb(request: Request, said: Request, act: Act, bare: Request) -> Act | None:
    """The act of a half that names a device and says nothing to do with it, with the
    other half's words around its device's name: "switch off the heater and the desk
    lamp" is "switch off the desk lamp" too. The same act only, on another device, and
    only if the whole request says nothing else but the word joining the two ('af' of
    "zet de wasmachine af en de droogkast aan" falls between the halves)."""
    readings = candidates(bare.text, bare.vocabulary, bare.entities, bare.tools)
    named = _entity(bare, readings[0].targets[0]) if readings and readings[0].targets else None
    if named is None or any(
        not 0 < bare.vocabulary.weight_of(w) < FUNCTION_WORD_WEIGHT and not _names_it(w, named)
        for w in Words.of(bare.text, bare.vocabulary).all
    ):
        # A command of its own, or a word HA's sentences lack that may be one (Flemish
        # 'af' of "zet de wasmachine af en de droogkast aan").
        return None
    target = _entity(said, act.arguments.get("name"))
    words = fold(said.text).split()
    at = [i for i, w in enumerate(words) if target is not None and _names_it(w, target)]
    if target is None or not at:
        return None
    borrowed = " ".join([*words[: at[0]], fold(bare.text), *words[at[-1] + 1 :]])
    decision = lexical(_with_text(said, borrowed))
    if not isinstance(decision, Act) or decision.tool != act.tool:
        return None
    return decision if _says_only(request, act, (target, named)) else None


def _says_only(request: Request, act: Act, devices: Sequence[EntityTarget]) -> bool:
    """Whether the request says nothing but the devices' names, words of the act's
    sentences, function words, and one word more (the one joining the devices)."""
    vocabulary = request.vocabulary
    of_the_act = {
        k
        for g in vocabulary.groups
        if g.intent == act.tool.rpartition("__")[2]
        and g.domain in {None, *(d.domain for d in devices)}
        for k in g.words
    }
    unexplained = [
        w
        for w in Words.of(request.text, vocabulary).all
        if vocabulary.weight_of(w) >= FUNCTION_WORD_WEIGHT or not vocabulary.known(w)
        if not any(_names_it(w, d) for d in devices)
        and not any(k in of_the_act for k in vocabulary.known(w))
    ]
    return len(unexplained) <= 1


def _answered_by(half: Request, question: Ask, whole: Act) -> Ask | Act:
    """The whole request's act, if the half reads as that act among those it asks
    between (same tool, same device, among its close best)."""
    acts = candidates(half.text, half.vocabulary, half.entities, half.tools)
    name = whole.arguments.get("name")
    if name not in question.names or not acts:
        return question
    close = [c for c in acts if c.score >= acts[0].score - MARGIN]
    if any(c.tool == whole.tool and c.targets == (name,) for c in close):
        return whole
    return question


def _the_command_clause(request: Request) -> Act | None:
    """The one clause that is a clear command, when the others name nothing of the
    home: "ventilo aan, het is hier veel te warm" says why in words of the heating,
    which read as a question about it. A clause that takes an item ('zet die op de
    lijst') may stand for one the other clause names, and is left to the whole."""
    parts = [part.strip() for part in clauses(request.text) if part.strip()]
    if len(parts) < 2:
        return None
    found = [(part, lexical(_with_text(request, part))) for part in parts]
    acts = [(part, d) for part, d in found if isinstance(d, Act)]
    if len(acts) != 1 or TEXT_SLOTS & acts[0][1].arguments.keys():
        return None
    rest = [part for part, _ in found if part != acts[0][0]]
    if any(_has_target(_with_text(request, part)) for part in rest):
        return None
    return Act(acts[0][1].tool, acts[0][1].arguments, "clause")


def _entity(request: Request, name: object) -> EntityTarget | None:
    return next((e for e in request.entities if e.name == name), None)


def _names_it(word: str, target: EntityTarget) -> bool:
    """Whether the word is one of the target's name or area words."""
    return any(
        same_name_word(word, own)
        for name in (*target.names, *target.areas)
        for own in fold(name).split()
    )


def _with_text(request: Request, text: str) -> Request:
    return Request(
        text,
        request.language,
        request.vocabulary,
        request.entities,
        request.tools,
        request.previous_name,
    )


async def decide(engine: Engine, request: Request) -> Decision:
    """What to do with a request; never an action it says not to take."""
    decision = await _decide(engine, request)
    item = decision.arguments.get("item") if isinstance(decision, Act) else None
    if isinstance(decision, Act | ActAll | Ask) and negated(
        request.text, request.language, item=item if isinstance(item, str) else None
    ):
        # "don't turn the heater off, I'm still working": the words of the rest read
        # as the very command the user asked not to be carried out (nor is there a
        # device to ask about for it).
        return NotUnderstood("negated")
    return decision


async def _decide(engine: Engine, request: Request) -> Decision:
    """Lexical readings first, two commands next, the model for what stays close."""
    if len(request.text.split()) > MAX_COMMAND_WORDS:
        # Nobody gives a command in a page of text; reading it as one would take minutes.
        return Chat("long-text")
    acts = candidates(request.text, request.vocabulary, request.entities, request.tools)
    _LOGGER.debug(
        "Readings of %r: %s",
        request.text,
        [
            (c.label, c.arguments, round(c.score, 2), round(c.evidence, 2), round(c.conflict, 2))
            for c in acts[:6]
        ],
    )
    decision = lexical(request, acts)
    if isinstance(decision, AnswerAbout) and asked_in_writing(request.text):
        return decision
    # Two clear commands beat one reading of the whole: its other half would be lost. They
    # beat a question read from a word alone too: "accendi la lampada e chiudi la
    # tapparella" (Italian 'e', and, folds to 'è', is, a question word). Not two
    # commands: one verb for two devices, perhaps.
    if (both := split_commands(request, decision) or coordinated(acts, request)) is not None:
        return both
    if not isinstance(decision, Act) and (said := _the_command_clause(request)) is not None:
        return said
    if isinstance(decision, AnswerAbout):
        return decision
    if isinstance(decision, _Pending):
        return await model_rank(engine, request, decision.close, acts)
    if decision == Chat("question") and (answer := await model_answer(engine, request)):
        return answer
    return decision


async def model_answer(engine: Engine, request: Request) -> AnswerAbout | None:
    """A question about the home that names none of its devices ('Wie warm ist es
    draußen?' of an "Außentemperatur"): the model ranks the home's readings by how
    likely the question is of each; the answer quotes the one it clearly prefers."""
    about = [e for e in request.entities if e.domain in ANSWERED_DOMAINS]
    if not about or len(about) > MAX_ASKED_ABOUT:
        return None
    template = await engine.async_chat_template()
    scores = [
        (await _score(engine, template, f"get state {entity.name}", request.text), entity.entity_id)
        for entity in about
    ]
    scores.sort(reverse=True)
    _LOGGER.debug("Model ranking of %r as a question about %s", request.text, scores[:4])
    if not math.isfinite(scores[0][0]) or (
        len(scores) > 1 and scores[0][0] - scores[1][0] < MODEL_MARGIN
    ):
        return None
    return AnswerAbout((scores[0][1],), "model-answer")
