"""Deciding what a request asks for, when Home Assistant's own matcher did not.

1. Candidates (`assist.understanding`): every type-compatible reading intent x target x
   slots, scored from HA's own per-language sentence data and the home's names.
2. Guard rails in code (`lexical`): a clear winner acts; readings that differ only in
   their target ask which one; a reading with telling words it cannot explain does not
   act alone. Two commands in one request are read half by half (`two_commands`).
3. The small model (`model_rank`) ranks the close readings by how likely the request's
   words are as a way of saying each one; it decides only when it clearly prefers one,
   and never when every score is -inf.
"""

from __future__ import annotations

import logging

from ..assist.negation import negated
from ..assist.understanding import asked_in_writing, candidates
from ..engine.base import Engine
from .decisions import (
    Act,
    ActAll,
    AnswerAbout,
    Ask,
    Chat,
    Decision,
    NotUnderstood,
    Pending,
    Request,
    says_anothers_own_domain_word,
)
from .lexical import lexical
from .model_rank import model_answer, model_rank
from .two_commands import coordinated, split_commands, the_command_clause

_LOGGER = logging.getLogger(__name__)

MAX_COMMAND_WORDS = 40
"""Longer requests are chat, never read as commands (splitting is quadratic)."""


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
    one_verb: tuple[Act, ...] = (decision,) if isinstance(decision, Act) else ()
    if isinstance(decision, ActAll) and decision.via == "coordinated":
        one_verb = decision.acts
    if any(says_anothers_own_domain_word(request, act) for act in one_verb):
        return NotUnderstood("own-words")
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
    if not isinstance(decision, Act) and (said := the_command_clause(request)) is not None:
        return said
    if isinstance(decision, AnswerAbout):
        return decision
    if isinstance(decision, Pending):
        return await model_rank(engine, request, decision.close, acts)
    if decision == Chat("question") and (answer := await model_answer(engine, request)):
        return answer
    return decision
