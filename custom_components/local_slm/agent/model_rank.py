"""The small model's part: it ranks the close readings by how likely the request's words
are as a way of saying each, and decides only on a clear, finite preference."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
import logging
import math
import re

from ..assist.outcomes import changes_nothing, changes_something
from ..assist.understanding import (
    Candidate,
    Words,
    may_be_asked_about,
    unknown_words,
    words_left_unexplained,
)
from ..assist.vocabulary import TARGET_KEYS
from ..engine.base import ChatTemplate, Engine
from ..prompting.assist_prompt import build_ranking_messages
from ..prompting.chat_format import render_chat
from .decisions import (
    TARGET_PLACES,
    AnswerAbout,
    Ask,
    Decision,
    NotUnderstood,
    Request,
    act_on,
)
from .lexical import (
    CONFLICT_RATIO,
    device_names,
    leaves_out_how_far,
    numbers_set,
    says_another_device,
    says_more_of_the_amount,
    widest,
)

_LOGGER = logging.getLogger(__name__)

SLOT_ASSIST = "assist"
#: The model must prefer its pick by this many nats over the next reading.
MODEL_MARGIN = 1.0
WORDS_TIE = 0.05
MAX_LABEL_NAMES = 3
"""A place's reading names at most this many of its devices to the model."""
ANSWERED_DOMAINS = frozenset({"sensor", "binary_sensor", "climate", "water_heater", "weather"})
"""What a question about the home's readings may be answered from."""
MAX_ASKED_ABOUT = 24
"""A home with more readings is not ranked for a question (a pass of the model each)."""
NEVER_BY_ELIMINATION = frozenset({"lock"})
"""Domains never acted on because the other reading would change nothing."""
MAX_GUESSED_WORDS = 1
"""Words neither HA's sentences nor the home know that a guessed reading (the other
would change nothing, or there was none to weigh) may leave unexplained."""
MAX_UNEXPLAINED = 4
"""Words a reading that sets nothing but names its device may leave unexplained, verbs
HA lacks included ('send', 'back', 'its', 'dock' of "send the robot back to its dock");
a remark says more."""
DELETING_INTENTS = frozenset({"HassListRemoveItem"})
"""Words that only tie a deleting reading never said to delete ('off' of "tick off tea"
is in HA's 'take … off the list' too): the milder reading the model prefers may act."""


#: What HA's on/off intents do to a cover or a valve (its handler opens and closes
#: them), in the words the model knows for it.
ON_OFF_VERBS: Mapping[tuple[str, str], str] = {
    ("HassTurnOn", "cover"): "open",
    ("HassTurnOff", "cover"): "close",
    ("HassTurnOn", "valve"): "open",
    ("HassTurnOff", "valve"): "close",
}


def spoken_label(candidate: Candidate, names: Mapping[str, str] | None = None) -> str:
    """'turn on Kitchen Light' from HassTurnOn, 'open Lounge blind' of a cover: words
    the model can weigh.

    A place's reading says the devices it acts on ('turn on Garden sprinkler', not
    'turn on Garden' for the light and the valve alike): `names` by entity id.
    """
    domains = candidate.arguments.get("domain") or [None]
    words = (
        ON_OFF_VERBS.get((candidate.intent, domains[0]))
        or re.sub(r"(?<!^)(?=[A-Z])", " ", candidate.intent.removeprefix("Hass")).lower()
    )
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
    # A reading that leaves out the number said is no rival of one that sets it:
    # "abaixa o volume da TV pra 15" steps the volume down in the words' best reading,
    # and only setting it says the 15.
    numbered = {c.intent for c in close if numbers_set(c)}
    rivals = [
        intent
        for intent, score in words_best.items()
        if intent != best.intent
        and score >= words_best[best.intent] - WORDS_TIE
        and not (intent in DELETING_INTENTS and best.intent not in DELETING_INTENTS)
        and not (best.intent in numbered and intent not in numbered)
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
    chosen = widest(same_intent)
    if chosen is None:
        return Ask(device_names(same_intent, request))
    weighed = len({c.intent for _, c in finite}) > 1
    if chosen.conflict > CONFLICT_RATIO * chosen.evidence:
        if not await _model_rules_out_the_rest(
            engine, request, template, (scores[close.index(chosen)], chosen), readings
        ):
            # Words that say something else ('stop' in 'stop vacuuming') stay
            # unexplained: the model's liking does not make the reading safe.
            return NotUnderstood("model-conflict")
        weighed = True
    if says_another_device(chosen, request):
        return NotUnderstood("another-device")
    if says_more_of_the_amount(chosen, request):
        return NotUnderstood("amount-goes-on")
    if leaves_out_how_far(chosen, request, unknown_too=False):
        return NotUnderstood("amount-unsaid")
    if (doubts or rivals or not weighed) and _leaves_unknown_words(chosen, request):
        # Acting because the other reading would change nothing, or on the one reading
        # the model had nothing to weigh against, is a guess: a command HA's sentences
        # cannot read says its verb in one word they lack ('fire' of "fire up the coffee
        # machine"); a remark says more ('love' and 'new' of "I love the new floor lamp",
        # 'ficou', 'linda', 'reforma' of "a luz da cozinha ficou linda depois da
        # reforma"; 'znowu', 'utknął' of "Odkurzacz znowu utknął pod kanapą"), and the
        # device's state or name must not make it a command.
        return NotUnderstood("unknown-words")
    if not chosen.arguments.keys() - TARGET_KEYS and (
        len(words_left_unexplained(request.text, request.vocabulary, request.entities, chosen))
        > MAX_UNEXPLAINED
    ):
        # The model's liking makes no command of a remark that names a device: it says
        # more than a verb HA lacks ('was', 'so', 'bright', 'last', 'night' of "the
        # kitchen light was so bright last night"), and the reading leaves it all
        # unexplained.
        return NotUnderstood("remark")
    if _says_what_it_is(chosen, request):
        return NotUnderstood("remark")
    return act_on(chosen, "model-rank", request)


def _says_what_it_is(chosen: Candidate, request: Request) -> bool:
    """Whether a reading that sets nothing names its device right before a word HA's
    sentences use only in questions about states, and in several of them: "Lampa w
    salonie jest bardzo ładna" (the living room lamp is very pretty) says what the lamp
    is, with no question word before it, and asks nothing done. Before the name, such a
    word may be a verb's ('marcha' of "pon en marcha el robot")."""
    if chosen.arguments.keys() - TARGET_KEYS:
        return False
    said = Words.of(request.text, request.vocabulary).all
    named = [i for i, w in enumerate(said) if w in chosen.named_by]
    if not named or named[-1] + 1 >= len(said):
        return False
    after = said[named[-1] + 1]
    vocabulary = request.vocabulary
    return after in vocabulary.asking_only_words and after in vocabulary.question_words


def _leaves_unknown_words(chosen: Candidate, request: Request) -> bool:
    """Whether a reading that only names its device leaves more words unknown to HA's
    sentences and the home than a verb they lack."""
    if chosen.arguments.keys() - TARGET_KEYS:
        return False  # the value it sets (an item, a number) explains words of its own
    unknown = unknown_words(request.text, request.vocabulary, request.entities)
    return len(unknown) > MAX_GUESSED_WORDS


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
    return Ask(device_names(left, request))


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


async def model_answer(engine: Engine, request: Request) -> AnswerAbout | None:
    """A question about the home that names none of its devices ('Wie warm ist es
    draußen?' of an "Außentemperatur"): the model ranks the home's readings by how
    likely the question is of each; the answer quotes the one it clearly prefers.

    A question in a temperature's own words ("Hoe warm is het buiten?") is about a
    temperature: the model's first pick must be one, and clearly preferred to the
    others that could answer it (a door lock's battery could not)."""
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
    fitting = {e.entity_id for e in may_be_asked_about(request.text, request.vocabulary, about)}
    if scores[0][1] in fitting:
        scores = [pair for pair in scores if pair[1] in fitting]
    if not math.isfinite(scores[0][0]) or (
        len(scores) > 1 and scores[0][0] - scores[1][0] < MODEL_MARGIN
    ):
        return None
    return AnswerAbout((scores[0][1],), "model-answer")
