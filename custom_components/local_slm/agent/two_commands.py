"""Two commands in one request: two clear halves, one verb for two devices, or the one
clause that is a command among chatter."""

from __future__ import annotations

from collections.abc import Sequence
import itertools

from ..assist.slots import TEXT_SLOTS
from ..assist.targets import EntityTarget
from ..assist.text import clauses, fold
from ..assist.understanding import (
    Candidate,
    Words,
    candidates,
    is_function_word,
    says_anothers_own_word,
)
from ..assist.vocabulary import FUNCTION_WORD_WEIGHT, same_name_word
from .decisions import (
    Act,
    ActAll,
    Ask,
    Decision,
    Pending,
    Request,
    act_on,
    says_anothers_own_domain_word,
)
from .lexical import MARGIN, MIN_EVIDENCE, has_target, lexical

MIN_SPLIT_WORDS = 5


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
    return ActAll(tuple(act_on(c, "coordinated", request) for c in picked), via="coordinated")


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


def split_commands(request: Request, whole: Decision | Pending | None = None) -> ActAll | None:
    """'turn on X and lock Y': both halves are clear commands on their own.

    A half that asks which device may be answered by the whole (`whole`, its lexical
    decision): "apri la tapparella del soggiorno e spegni il lampadario" asks which
    light of 'spegni il lampadario' alone, and the whole names the living room's.
    """
    tokens = request.text.split()
    if len(tokens) < MIN_SPLIT_WORDS:
        return None
    every_name = _name_words(*request.entities)
    for start in range(2, len(tokens) - 1):
        for width in (1, 2):
            left = " ".join(tokens[:start])
            right = " ".join(tokens[start + width :])
            if not right:
                continue
            # Each half names its device: "start the" of "start the coffee maker and …"
            # is no command of its own.
            halves = _with_text(request, left), _with_text(request, right)
            if not all(has_target(half) for half in halves):
                continue
            first = lexical(halves[0])
            if not isinstance(first, Act) and not _only_names(halves[0], every_name):
                continue  # no command, and none to borrow: the other half is not read
            second = lexical(halves[1])
            if isinstance(second, Ask) and isinstance(whole, Act):
                second = _answered_by(halves[1], second, whole)
            # One verb for both ("switch off the heater and the desk lamp", "zet de
            # staande lamp en de tv uit"): a half that says nothing but names (checked
            # cheaply, before its readings are) borrows the other's.
            if (
                isinstance(first, Act)
                and not isinstance(second, Act)
                and _only_names(halves[1], every_name)
            ):
                second = _with_the_same_verb(request, halves[0], first, halves[1]) or second
            elif isinstance(second, Act) and not isinstance(first, Act):
                first = _with_the_same_verb(request, halves[1], second, halves[0]) or first
            if (
                isinstance(first, Act)
                and isinstance(second, Act)
                and second != first
                # 'tranca' (lock) of "tranca a porta" is no opening of the "Portão" (a
                # cover) at the split "tranca a porta | da frente e apaga a luz …".
                and not says_anothers_own_domain_word(halves[0], first)
                and not says_anothers_own_domain_word(halves[1], second)
            ):
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
    if named is None or not _only_names(bare, _name_words(named)):
        # A command of its own, or a word HA's sentences lack that may be one (Flemish
        # 'af' of "zet de wasmachine af en de droogkast aan").
        return None
    target = _entity(said, act.arguments.get("name"))
    if target is None:
        return None
    own = _name_words(target)
    words = fold(said.text).split()
    at = [i for i, w in enumerate(words) if _names_one(w, own)]
    if not at:
        return None
    borrowed = " ".join([*words[: at[0]], fold(bare.text), *words[at[-1] + 1 :]])
    decision = lexical(_with_text(said, borrowed))
    if (
        not isinstance(decision, Act)
        or decision.tool != act.tool
        or decision.arguments.get("name") != named.name
    ):
        return None
    return decision if _says_only(request, act, named, target) else None


def _says_only(request: Request, act: Act, bare: EntityTarget, said: EntityTarget) -> bool:
    """Whether the request says nothing but the two devices' names, function words,
    words of the act's sentences for the bare device's kind, and one word more (the one
    joining the devices, naming nothing): 'lock' of "lock the front door and the garage
    door" is no word of opening a garage door, though HA turns both on."""
    vocabulary = request.vocabulary
    theirs = _name_words(bare, said)
    of_the_act = {
        k
        for g in vocabulary.groups
        if g.intent == act.intent and g.domain in {None, bare.domain}
        for k in g.words
    }
    unexplained = [
        w
        for w in Words.of(request.text, vocabulary).all
        if not is_function_word(w, vocabulary)
        and not _names_one(w, theirs)
        and not any(k in of_the_act for k in vocabulary.known(w))
    ]
    # The word joining them names nothing: 'front' of "close the blinds and the front
    # door", dropped between halves, would leave 'door' to the garage's.
    return (
        len(unexplained) <= 1
        and not any(_names_one(w, _name_words(*request.entities)) for w in unexplained)
        and not says_anothers_own_word(request.text, vocabulary, act.intent, bare.domain)
    )


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


def the_command_clause(request: Request) -> Act | None:
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
    if any(has_target(_with_text(request, part)) for part in rest):
        return None
    return Act(acts[0][1].tool, acts[0][1].arguments, "clause")


def _entity(request: Request, name: object) -> EntityTarget | None:
    return next((e for e in request.entities if e.name == name), None)


def _name_words(*targets: EntityTarget) -> set[str]:
    """The words of the targets' names and areas."""
    return {w for t in targets for name in (*t.names, *t.areas) for w in fold(name).split()}


def _names_one(word: str, name_words: set[str]) -> bool:
    """Whether the word is one of these name words (or an inflection of one)."""
    return any(same_name_word(word, own) for own in name_words)


def _only_names(half: Request, name_words: set[str]) -> bool:
    """Whether the half says nothing but these name words and function words ("the
    desk lamp", "zet de staande lamp"): no command of its own."""
    return all(
        is_function_word(w, half.vocabulary) or _names_one(w, name_words)
        for w in Words.of(half.text, half.vocabulary).all
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
