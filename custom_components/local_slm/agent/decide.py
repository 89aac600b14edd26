"""Deciding what a request asks for, with a tiny model doing only what it does well.

Layers, each tried when the one before is not sure:
1. Home Assistant's own intent matching (exact sentences, every language HA knows).
2. Lexical cues: on/off verbs, questions, and a shortlist of the exposed entities the
   words point at (aliases, English/French home words, areas).
3. The model chooses among the few shortlisted calls by token probability.
4. The model writes under a grammar derived from HA's tool schemas: a plain answer or
   a well-formed call naming only exposed targets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
import logging
from typing import Any

from ..assist.grammar import build_tool_grammar
from ..assist.shortlist import ScoredTarget, concepts, detect_on_off, shortlist
from ..assist.targets import EntityTarget, Targets
from ..assist.tool_call import parse_model_output
from ..assist.tool_specs import ToolSpec, render_tool_specs
from ..engine.base import Engine, GenerationRequest
from ..prompting.assist_prompt import TURN_OFF, TURN_ON, build_assist_messages, call_json
from ..prompting.chat_format import render_chat, stop_strings
from .cues import is_polite_request, is_question, refers_back, wants_all

_LOGGER = logging.getLogger(__name__)

SLOT_ASSIST = "assist"
SHORTLIST_K = 4
CLEAR_MARGIN = 1.35
MAX_GRAMMAR_NAMES = 16


@dataclass(frozen=True, slots=True)
class Act:
    """Call a tool."""

    tool: str
    arguments: dict[str, Any]
    via: str


@dataclass(frozen=True, slots=True)
class Say:
    """Answer with this text (already decided)."""

    text: str
    via: str


@dataclass(frozen=True, slots=True)
class AnswerAbout:
    """Answer a question about these entities from their live states."""

    entity_ids: tuple[str, ...]
    via: str = "lexical"


@dataclass(frozen=True, slots=True)
class Chat:
    """Let the model answer freely."""

    via: str = "chat"


type Decision = Act | Say | AnswerAbout | Chat


@dataclass(slots=True)
class Request:
    """What the decision layers know about one request."""

    text: str
    language: str
    entities: Sequence[EntityTarget]
    specs: Sequence[ToolSpec]
    previous_call: dict[str, Any] | None = None
    candidates: list[ScoredTarget] = field(default_factory=list)
    feedback: str | None = None
    """Why the previous call of this turn failed, for the model's next try."""

    @property
    def tool_names(self) -> set[str]:
        """Names of the tools HA offers this turn."""
        return {spec.name for spec in self.specs}


def _area_request(request: Request) -> dict[str, Any] | None:
    """'all the lights in the living room' → an area-wide call on one domain.

    Only when the request says 'all' (or 'tout', 'toutes'...), names an area (in any
    language the lexicon knows: 'salon' is the Living Room) and a kind of device.
    """
    if not wants_all(request.text):
        return None
    said = concepts(request.text)
    areas = {e.areas[0] for e in request.entities if e.areas}
    named = [a for a in areas if concepts(a) <= said]
    if not named:
        return None
    area = max(named, key=len)
    in_area = [e for e in request.entities if e.areas and e.areas[0] == area]
    domains = [e.domain for e in in_area if e.domain in said or concepts(e.domain) & said]
    if not domains:
        return None
    domain = Counter(domains).most_common(1)[0][0]
    return {"area": area, "domain": [domain]}


def lexical_decision(request: Request) -> Decision | None:
    """Decide from the words alone, or return None when not sure."""
    direction = detect_on_off(request.text)
    request.candidates = shortlist(request.text, request.entities, request.language, SHORTLIST_K)
    cands = request.candidates
    if is_question(request.text) and not is_polite_request(request.text):
        # "Is the front door locked?" asks; it never acts.
        if cands and _clear_winner(cands):
            return AnswerAbout((cands[0].target.entity_id,))
        return Chat("question")
    if direction is None:
        if not cands:
            return Chat()
        return None
    tool = TURN_ON if direction == "on" else TURN_OFF
    if tool not in request.tool_names:
        return None
    if area_args := _area_request(request):
        return Act(tool, area_args, "lexical-area")
    if not cands:
        if request.previous_call and refers_back(request.text):
            return Act(tool, request.previous_call, "history")
        return None
    if _clear_winner(cands):
        return Act(tool, {"name": cands[0].target.name}, "lexical")
    return None


def _clear_winner(cands: Sequence[ScoredTarget]) -> bool:
    return len(cands) == 1 or cands[0].score >= CLEAR_MARGIN * cands[1].score


def _core_specs(request: Request) -> list[ToolSpec]:
    """The tools a small model is asked to choose from: on and off."""
    return [s for s in request.specs if s.name in (TURN_ON, TURN_OFF)]


async def model_choice(engine: Engine, request: Request) -> Decision | None:
    """Let the model pick among the shortlisted calls by token probability."""
    direction = detect_on_off(request.text)
    specs = _core_specs(request)
    if not specs or not request.candidates:
        return None
    tools = [TURN_ON if direction == "on" else TURN_OFF] if direction else [TURN_ON, TURN_OFF]
    tools = [t for t in tools if t in request.tool_names]
    options = [(t, c.target.name) for t in tools for c in request.candidates]
    if not options:
        return None
    template = await engine.async_chat_template()
    names = [c.target.name for c in request.candidates]
    messages = build_assist_messages(
        request.text, names, render_tool_specs(specs), request.language
    )
    prompt = render_chat(messages, template.template, eos=template.eos)
    scores = await engine.async_score(
        prompt, [call_json(t, {"name": n}) for t, n in options], slot=SLOT_ASSIST
    )
    best = max(range(len(options)), key=lambda i: scores[i])
    tool, name = options[best]
    _LOGGER.debug("Model choice among %s: %s (%s)", options, options[best], scores)
    return Act(tool, {"name": name}, "model-choice")


async def model_grammar(
    engine: Engine, request: Request, targets: Targets, *, temperature: float
) -> Decision:
    """The model writes a plain answer or one call, under the tools' grammar."""
    specs = _core_specs(request)
    if not specs:
        return Chat("chat-no-tools")
    names = [c.target.name for c in request.candidates] or [
        e.name for e in request.entities[:MAX_GRAMMAR_NAMES]
    ]
    allowed = targets.with_names(names)
    template = await engine.async_chat_template()
    messages = build_assist_messages(
        request.text, names, render_tool_specs(specs), request.language
    )
    if request.feedback:
        messages.append({"role": "assistant", "content": request.feedback})
        messages.append({"role": "user", "content": request.text})
    result = await engine.async_generate(
        GenerationRequest(
            prompt=render_chat(messages, template.template, eos=template.eos),
            max_tokens=64,
            temperature=temperature,
            grammar=build_tool_grammar(specs, allowed),
            stop=stop_strings(template.template, template.eos),
            slot=SLOT_ASSIST,
        )
    )
    return parse_decision(result.text, specs, targets)


def parse_decision(text: str, specs: Sequence[ToolSpec], targets: Targets) -> Decision:
    """The model's output as a decision: a repaired call, an answer, or the error said."""
    parsed = parse_model_output(text, specs, targets)
    if parsed.tool_call is not None:
        if parsed.repairs:
            _LOGGER.debug("Repaired the model's call: %s", parsed.repairs)
        return Act(parsed.tool_call.name, parsed.tool_call.arguments, "model-grammar")
    if parsed.answer is not None:
        return Chat("model-grammar-answer")
    return Say(parsed.error or "", "model-grammar-error")
