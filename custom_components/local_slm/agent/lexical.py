"""Deciding from the words alone: a clear reading acts, readings that differ only in
their device ask which one, and the rest are left to the model (`Pending`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from ..assist.slots import TEXT_SLOTS, amount_goes_on, numeric_slots
from ..assist.understanding import (
    Candidate,
    Words,
    amount_words,
    answer_candidates,
    asked_in_writing,
    backing,
    candidates,
    command_evidence,
    is_question,
    names_a_target,
    names_another_device,
    readings_named_in_full,
    says_rather,
    says_with_its_neighbours,
    unknown_words,
    words_naming,
)
from ..assist.vocabulary import FUNCTION_WORD_WEIGHT, TARGET_KEYS, is_question_intent
from .decisions import (
    TARGET_PLACES,
    Act,
    AnswerAbout,
    Ask,
    Chat,
    Decision,
    NotUnderstood,
    Pending,
    Request,
    act_on,
)

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
MAX_RANKED = 4
MAX_ANSWERED = 6
ON_OFF_INTENTS = frozenset({"HassTurnOn", "HassTurnOff"})


def _not_asked(acts: Sequence[Candidate], request: Request) -> Sequence[Candidate]:
    """The readings without those that ask (a timer's status) in no word that a reading
    which acts lacks: "minutnik na 3 minuty, gotuję jajka" asks nothing, and every word
    of HA's Polish timer-status sentences it says is in its start-timer ones too."""
    acting = {c.intent for c in acts if not is_question_intent(c.intent)}
    # One verdict per intent: a status question reads the same for every device it names.
    asks = {
        intent: all(
            says_rather(request.text, request.vocabulary, intent, other, None) for other in acting
        )
        for intent in {c.intent for c in acts} - acting
    }
    return [c for c in acts if asks.get(c.intent, True)]


def _asks_in_words_of_no_command(said: Sequence[str], request: Request) -> bool:
    """Whether a question says a word only HA's state questions use ('who' of "who
    turned off the kitchen light?"); HA's skip words take a polite request's ('can you')
    away first."""
    return any(w in request.vocabulary.asking_only_words for w in said)


def _telling_weight(request: Request) -> float:
    said = Words.of(request.text, request.vocabulary).all
    return sum(request.vocabulary.weight_of(w) for w in said)


def lexical(request: Request, acts: Sequence[Candidate] | None = None) -> Decision | Pending:
    """Decide from the words, or leave the close readings to the model."""
    if acts is None:
        acts = candidates(request.text, request.vocabulary, request.entities, request.tools)
    answers = answer_candidates(request.text, request.vocabulary, request.entities)
    said = Words.of(request.text, request.vocabulary).all
    asked = is_question(request.text, said, request.vocabulary)
    asking = request.vocabulary.asking_words(said) if asked else []
    if not asked:
        acts = _not_asked(acts, request)
    if (
        asked
        and acts
        and answers
        and acts[0].conflict == 0
        and acts[0].score > answers[0].score
        and not asking
    ):
        # "Could you turn off the porch light?": a command asked politely.
        asked = False
    elif (
        asked
        and acts
        and (
            not asked_in_writing(request.text)
            or acts[0].conflict <= MIN_EVIDENCE
            or not answers
            or answers[0].score <= 0
        )
        and not _asks_in_words_of_no_command(said, request)
        and acts[0].evidence >= MIN_EVIDENCE
        and acts[0].conflict <= CONFLICT_RATIO * acts[0].evidence
        and acts[0].score > (answers[0].score if answers else 0.0) + MARGIN
    ):
        # "zet de speaker wat harder": 'wat' (a bit; also 'what') is a question word,
        # yet the words say a command far better than a question; "¿Puede encender la
        # tele?" asks politely, and only 'puede' stands outside the command's words;
        # "dá pra ligar o ventilador?" asks nothing the fan's state answers. "Who turned
        # off the light?" asks in a word no command of HA's says.
        asked = False
    if (
        acts
        and numbers_set(acts[0])
        and acts[0].evidence >= MIN_EVIDENCE
        and not (asked_in_writing(request.text) and asking)
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
        return Pending(tuple(device[:MAX_RANKED]))
    if not acts or acts[0].score <= 0:
        # Only a reading whose words say its intent makes this sound like a command ('the'
        # and 'about' of "write a poem about the sea" are in the timer sentences too).
        commanding = [a for a in acts if a.evidence >= MIN_EVIDENCE]
        if not commanding and (
            read := readings_named_in_full(request.text, request.vocabulary, request.entities)
        ):
            # "cuánta humedad hay en el baño" asks without a word HA's questions use
            # ('cuánta' is not among them) and names the "Humedad del baño" whole: a
            # sensor no command acts on can only be asked about.
            return AnswerAbout(read[:MAX_ANSWERED], "answer")
        if not commanding and _telling_weight(request) < 2 * MARGIN:
            return Chat("chat")
        return NotUnderstood("no-reading") if commanding or has_target(request) else Chat("chat")
    acts = _not_outsaid(acts, request)
    best = acts[0]
    close = [c for c in acts if c.score >= best.score - MARGIN]
    if len({c.intent for c in close}) == 1:
        return _one_intent(close, acts, request)
    if (backed := _backed_reading(close, request)) is not None and isinstance(
        decision := _one_intent(backed, acts, request), Act
    ):
        return decision
    return Pending(tuple(close[:MAX_RANKED]))


def _not_outsaid(acts: Sequence[Candidate], request: Request) -> list[Candidate]:
    """The readings without those that set no value and that another reading of the same
    device, one that sets a value, says rather in a telling word they lack, while they
    say nothing rather: "bájale el volumen a la bocina" says the step down in 'baja';
    unmuting it, only in 'el volumen a la', none of it unmuting's own."""
    domains = {e.entity_id: e.domain for e in request.entities}

    def outsays(value: Candidate, other: Candidate) -> bool:
        if value.entity_ids != other.entity_ids or value.intent == other.intent:
            return False
        if not _values(value) or _values(other) or not value.entity_ids:
            return False
        domain = domains.get(value.entity_ids[0])
        text, vocabulary = request.text, request.vocabulary
        names = value.named_by | other.named_by
        return says_rather(
            text, vocabulary, value.intent, other.intent, domain, leave_out=names
        ) and not says_rather(text, vocabulary, other.intent, value.intent, domain, leave_out=names)

    return [c for c in acts if not any(outsays(o, c) for o in acts)]


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
) -> Decision | Pending:
    """Close readings of one intent: act on the device they name, or ask which one."""
    chosen = widest(close)
    if chosen is None and len(whole := [c for c in close if c.named_by]) == 1:
        # One device named in full, the others by a word in part: "agrega comprar pilas
        # a mis tareas" names "Tareas" whole, and the "Lista de la compra" only by
        # 'comprar' of the item (HA's matcher too takes the name said whole).
        chosen = whole[0]
    if chosen is None:
        chosen = _named_most(close, request)
    if chosen is None:
        earlier = [c for c in close if c.targets == (request.previous_name,)]
        if earlier and not has_target(request):
            return act_on(earlier[0], "history", request)
        return Ask(device_names(close, request))
    if chosen.unnamed and chosen.conflict > CONFLICT_RATIO * chosen.evidence:
        # No device named, and more words the reading cannot explain than the model
        # may weigh ('timer' of "zet een timer van een kwartier" read as a media
        # command): never act on that. One word left over among many that say it
        # ('remets' of "remets la chanson précédente") is no reason not to.
        return NotUnderstood("unnamed-unexplained")
    if chosen.unnamed and TEXT_SLOTS & chosen.arguments.keys() and chosen.evidence < MIN_EVIDENCE:
        # No list named, and the item takes every word the reading cannot explain:
        # "mets un minuteur d'une demi-heure" (a timer HA's French lacks) would add
        # "un minuteur" to the only list on 'mets' alone, the model liking it or not.
        return NotUnderstood("unnamed-item")
    if chosen.conflict > CONFLICT_RATIO * chosen.evidence or chosen.evidence < MIN_EVIDENCE:
        return Pending((chosen, *[c for c in acts if c is not chosen][: MAX_RANKED - 1]))
    if leaves_out_how_far(chosen, request, unknown_too=True):
        return NotUnderstood("unknown-words")
    if says_another_device(chosen, request):
        return NotUnderstood("another-device")
    if _drops_the_number(chosen, acts):
        return NotUnderstood("number-dropped")
    if _drops_a_value(chosen, acts):
        return NotUnderstood("value-dropped")
    if says_more_of_the_amount(chosen, request):
        return NotUnderstood("amount-goes-on")
    backed, backed_words = backing(
        request.text, request.vocabulary, chosen, leave_out=chosen.named_by
    )
    if backed < MIN_EVIDENCE or not says_with_its_neighbours(
        chosen, backed_words, request.vocabulary
    ):
        # "togli l'audio alla cassa" (mute) says unmute's 'togli' (of "togli il
        # muto") and 'audio' (of "riattiva l'audio"), each without its neighbour, and
        # "carry on playing" only 'play' (of "play the previous song"): words lifted
        # out of HA's sentences are for the model to weigh. The device's own name says
        # nothing to do: the Polish "Odkurzacz" is HA's word for a vacuum.
        return Pending((chosen, *[c for c in acts if c is not chosen][: MAX_RANKED - 1]))
    return act_on(chosen, "lexical", request)


def _named_most(close: Sequence[Candidate], request: Request) -> Candidate | None:
    """Of close readings of one intent, the one whose device the request names in every
    word that names another's, and more: "apágame la tele del cuarto principal" says the
    TV ('tele') and its room, the room's lights only the room; "lampkę nocną w sypialni"
    says the bedroom's night lamp whole, the "Lampa w sypialni" in part."""
    naming = words_naming(request.text, request.vocabulary, request.entities)
    said = [frozenset().union(*(naming.get(e, frozenset()) for e in c.entity_ids)) for c in close]
    most = max(said, key=len)
    best = [c for c, words in zip(close, said, strict=True) if words == most]
    if len({c.entity_ids for c in best}) > 1 or not all(
        words < most for words in said if words != most
    ):
        return None
    return best[0]


def leaves_out_how_far(chosen: Candidate, request: Request, *, unknown_too: bool) -> bool:
    """Whether on/off of a device that takes an amount leaves out words that may say how
    far, which no on/off does: HA's words for an amount ('halfweg' of "doe de zonnetent
    halfweg uit" is 'half') or, `unknown_too`, words neither HA's sentences nor the home
    know ('moitié' of "ouvre le volet du salon à moitié"). Opening it fully would be a
    wrong action; not acting is not. A switch has no 'how far': "Zet de koffiemachine
    eens aan" turns it on."""
    if chosen.intent not in ON_OFF_INTENTS or not _takes_an_amount(chosen, request):
        return False
    return bool(amount_words(request.text, request.vocabulary, chosen.named_by)) or (
        unknown_too and bool(unknown_words(request.text, request.vocabulary, request.entities))
    )


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


def numbers_set(candidate: Candidate) -> set[float]:
    """The numbers a reading sets (a level, a duration), booleans aside."""
    return {candidate.arguments[k] for k in _numbered_slots(candidate)}


def _numbered_slots(candidate: Candidate) -> list[str]:
    """The slots a reading sets to a number, booleans aside."""
    return [
        k
        for k, v in candidate.arguments.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    ]


def _drops(
    chosen: Candidate, acts: Sequence[Candidate], what: Callable[[Candidate], Collection[Any]]
) -> bool:
    """Whether the chosen reading sets none of `what` while another reading of the same
    device sets some."""
    return not what(chosen) and any(
        c.entity_ids == chosen.entity_ids and what(c) for c in acts if c is not chosen
    )


def says_more_of_the_amount(chosen: Candidate, request: Request) -> bool:
    """Whether the request says more of a number the reading sets than it read: the
    half of "marca um timer de um minuto e meio" is no word of HA's Portuguese."""
    numbered = _numbered_slots(chosen)
    return bool(numbered) and amount_goes_on(
        Words.of(request.text, request.vocabulary).all,
        numbered,
        request.vocabulary,
        unknown_words(request.text, request.vocabulary, request.entities),
    )


def _drops_the_number(chosen: Candidate, acts: Sequence[Candidate]) -> bool:
    """Whether the chosen reading leaves out a number another reading of the same
    device sets: "Mach das Radio leiser auf 20 Prozent" is no step down from 60 to 50
    when setting the radio to 20 is a reading too."""
    return _drops(chosen, acts, numbers_set)


def _values(candidate: Candidate) -> set[str]:
    """The slots a reading sets from the words, beyond its target and free text."""
    return candidate.arguments.keys() - TARGET_KEYS - TEXT_SLOTS


def _drops_a_value(chosen: Candidate, acts: Sequence[Candidate]) -> bool:
    """Whether the chosen reading sets nothing where another reading of the same device
    sets a value the words say: "bájale el volumen a la tele" reads as unmuting ('el
    volumen … a la tele' of "devuelve el volumen a …") and as a step down ('baja' fixes
    the step of HA's Spanish volume sentences); unmuting would drop the 'down'."""
    return _drops(chosen, acts, _values)


def _about_home(request: Request, said: Sequence[str]) -> bool:
    """Whether a request names a device or area, or a kind of device or reading."""
    vocabulary = request.vocabulary
    return has_target(request) or any(
        vocabulary.word_domains.get(known)
        for word in said
        if word not in vocabulary.question_words
        for known in vocabulary.known(word)
        if vocabulary.weight[known] >= FUNCTION_WORD_WEIGHT
    )


def has_target(request: Request) -> bool:
    """Whether the request names an exposed device or area ('la' of "Focos de la cocina"
    names nothing)."""
    return names_a_target(request.text, request.vocabulary, request.entities)


def widest(close: Sequence[Candidate]) -> Candidate | None:
    """The reading whose targets include every other close reading's, if any."""
    for candidate in sorted(close, key=lambda c: len(c.entity_ids), reverse=True):
        mine = set(candidate.entity_ids)
        if all(set(other.entity_ids) <= mine for other in close):
            return candidate
    return None


def device_names(close: Sequence[Candidate], request: Request) -> tuple[str, ...]:
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


def says_another_device(chosen: Candidate, request: Request) -> bool:
    """'the lounge heater' said of the "Lounge room" player: never act on it."""
    return bool(chosen.entity_ids) and names_another_device(
        request.text, request.vocabulary, request.entities, chosen.entity_ids
    )
