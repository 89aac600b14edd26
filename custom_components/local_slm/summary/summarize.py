"""One summary, end to end: digest -> fit the context -> model -> guard -> fallback.

The digest (code) holds the facts; the model only phrases them; the guard checks every
candidate against the digest, and the deterministic fallback is returned when none
passes (or the engine cannot answer). The result says which path produced the text.

`async_candidates` is the one place the model writes text. It is a module attribute on
purpose: the service tests replace it to feed a fabricated number through the guard,
a fault the real model cannot be made to produce on demand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, MutableMapping
from dataclasses import dataclass, replace
import logging
import re
from typing import Any, Final, Literal

from ..engine.base import Engine, EngineError, GenerationRequest
from ..prompting.chat_format import ChatMessage, render_chat, stop_strings
from .digest import Digest, digest_text
from .fallback import SummaryStyle, fallback_summary
from .guard import check_faithful, told_facts
from .lang import words
from .prompt import SUMMARY_STOP, build_summary_messages, max_tokens

_LOGGER = logging.getLogger(__name__)

SLOT_SUMMARY: Final = "summary"
CACHE_SIZE: Final = 32
HEADLINE_CRITICAL: Final = 2
"""A headline must tell the first critical facts, not all of them."""

GREEDY_REPEAT_PENALTY: Final = 1.0
"""The model must copy names and numbers from the prompt: no penalty on repeats."""
SAMPLE_TEMPERATURE: Final = 0.5
SAMPLE_SEED: Final = 7
SAMPLE_REPEAT_PENALTY: Final = 1.05

type Source = Literal["model", "fallback"]
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)")
_LINE_LABEL: Final = re.compile(r"^\s*(?:[-•*]\s*)?([^:\n]{1,80}?)\s*:\s", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """What the caller asked for."""

    style: SummaryStyle = "sentence"
    max_words: int | None = None
    instructions: str | None = None
    candidates: int = 2
    """Model texts tried before the fallback: greedy, then one seeded sample."""


@dataclass(frozen=True, slots=True)
class SummaryResult:
    """The text returned, and how it was made."""

    text: str
    language: str
    source: Source
    entities: tuple[str, ...]
    omitted: int
    problems: tuple[str, ...] = ()
    cached: bool = False

    def as_response(self) -> dict[str, Any]:
        """The action's response data."""
        response: dict[str, Any] = {
            "text": self.text,
            "language": self.language,
            "source": self.source,
            "entities": list(self.entities),
            "omitted": self.omitted,
            "cached": self.cached,
        }
        if self.problems:
            response["problems"] = list(self.problems)
        return response


async def async_candidates(
    engine: Engine, prompt: str, stop: tuple[str, ...], options: SummaryOptions
) -> AsyncIterator[tuple[str, str]]:
    """The model's texts for a prompt, as (text, finish_reason): greedy first.

    Lazy: the caller stops asking once a text passes the guard.
    """
    limit = max_tokens(options.max_words)
    requests = [
        GenerationRequest(
            prompt=prompt,
            max_tokens=limit,
            temperature=0.0,
            repeat_penalty=GREEDY_REPEAT_PENALTY,
            stop=stop,
            slot=SLOT_SUMMARY,
        ),
        GenerationRequest(
            prompt=prompt,
            max_tokens=limit,
            temperature=SAMPLE_TEMPERATURE,
            repeat_penalty=SAMPLE_REPEAT_PENALTY,
            stop=stop,
            seed=SAMPLE_SEED,
            slot=SLOT_SUMMARY,
        ),
    ]
    for request in requests[: max(options.candidates, 0)]:
        result = await engine.async_generate(request)
        yield result.text, result.finish_reason


def clean_model_text(text: str, finish_reason: str, style: SummaryStyle) -> str:
    """Tidy a model's text without adding anything: trim, and drop a cut-off end."""
    text = text.strip()
    if style == "headline":
        return text.split("\n", 1)[0].strip()
    if style == "bullets":
        lines = [line.rstrip() for line in text.splitlines() if line.strip()]
        if finish_reason == "length" and len(lines) > 1:
            lines = lines[:-1]
        return "\n".join(lines)
    # Line breaks stay: the guard reads each line as a clause of its own.
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if finish_reason == "length":
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if ends:
            text = text[: ends[-1]]
    return text


def label_problems(text: str, digest: Digest) -> list[str]:
    """A line written "Name: state" must name a device of the facts.

    The guard checks numbers and states; this catches an invented device name in the
    fact-line form the small model likes to copy ("Pourcentage d'entrée : verrouillée").
    """
    known: set[str] = set()
    for fact in digest.facts:
        known.add(" ".join(words(fact.name)))
        if fact.area:
            known.add(" ".join(words(f"{fact.name} {fact.area}")))
    problems = []
    for match in _LINE_LABEL.finditer(text):
        label = " ".join(words(match.group(1)))
        if label and label not in known:
            problems.append(f"'{match.group(1).strip()}' is not a device of the facts")
    return problems


def sentence_problems(text: str, digest: Digest) -> list[str]:
    """A "sentence" summary is prose: not lines, bullets or fact lines ("Name: value").

    A label that is an area ("Living room: the lamp is on.") still reads as prose.
    """
    problems = []
    if "\n" in text.strip():
        problems.append("several lines, not a sentence")
    if re.match(r"\s*[-•*]\s", text):
        problems.append("a bullet, not a sentence")
    names = {" ".join(words(fact.name)) for fact in digest.facts}
    for sentence in _SENTENCE_END.split(text):
        label = _LINE_LABEL.match(sentence.strip() + " ")
        if label and " ".join(words(label.group(1))) in names:
            problems.append(f"'{sentence.strip()}' is a fact line, not a sentence")
            break
    return problems


def cache_key(digest: Digest, entity_ids: tuple[str, ...], options: SummaryOptions) -> str:
    """Same facts, same entities, same request: same summary."""
    return "\x1f".join(
        (
            digest.language,
            digest_text(digest),
            ",".join(entity_ids),
            options.style,
            str(options.max_words),
            options.instructions or "",
            str(options.candidates),
        )
    )


def _prompt(digest: Digest, options: SummaryOptions, template: str | None, eos: str) -> str:
    messages: list[ChatMessage] = [
        {"role": "system" if m["role"] == "system" else _role(m["role"]), "content": m["content"]}
        for m in build_summary_messages(
            digest,
            instructions=options.instructions,
            style=options.style,
            max_words=options.max_words,
        )
    ]
    return render_chat(messages, template, eos=eos)


def _role(role: str) -> Literal["user", "assistant"]:
    return "assistant" if role == "assistant" else "user"


def _cut(digest: Digest, keep: int) -> Digest:
    cut = len(digest.facts) - keep
    return replace(digest, facts=digest.facts[:keep], omitted=digest.omitted + cut)


async def async_fit_context(
    engine: Engine, digest: Digest, options: SummaryOptions
) -> tuple[Digest, str] | None:
    """The largest head of the digest whose prompt fits the model's context.

    Facts are already ordered by importance, so the cut keeps alerts and recent
    changes; the cut ones are added to `omitted`. None when not even one fact fits.
    """
    template = await engine.async_chat_template()
    budget = int(engine.info.get("n_ctx", 0)) - max_tokens(options.max_words)

    async def fits(keep: int) -> str | None:
        prompt = _prompt(_cut(digest, keep), options, template.template, template.eos)
        return prompt if await engine.async_count_tokens(prompt) <= budget else None

    if (prompt := await fits(len(digest.facts))) is not None:
        return digest, prompt
    low, high, best = 1, len(digest.facts) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if (prompt := await fits(middle)) is not None:
            best, low = (middle, prompt), middle + 1
        else:
            high = middle - 1
    if best is None:
        return None
    return _cut(digest, best[0]), best[1]


async def async_summarize(
    engine: Engine | None,
    digest: Digest,
    options: SummaryOptions,
    *,
    cache: MutableMapping[str, SummaryResult] | None = None,
) -> SummaryResult:
    """Summarise a digest with the model when its text is faithful, else the fallback.

    Results are kept in `cache` (bounded, least recently used out) and served again
    for the same facts and options; a fallback caused by an engine error is not kept.
    """
    entity_ids = tuple(fact.entity_id for fact in digest.facts)
    key = cache_key(digest, entity_ids, options)
    if cache is not None and (hit := cache.pop(key, None)) is not None:
        cache[key] = hit
        return replace(hit, cached=True)
    result, keep = await _async_compute(engine, digest, options)
    if cache is not None and keep:
        cache[key] = result
        while len(cache) > CACHE_SIZE:
            del cache[next(iter(cache))]
    return result


async def _async_compute(
    engine: Engine | None, digest: Digest, options: SummaryOptions
) -> tuple[SummaryResult, bool]:
    """The result, and whether it may be cached."""
    problems: list[str] = []
    shown = digest
    if engine is None:
        problems.append("no model")
        return _fallback(shown, options, problems), False
    try:
        fitted = await async_fit_context(engine, digest, options)
        if fitted is None:
            problems.append("the facts do not fit the model's context")
            return _fallback(shown, options, problems), True
        shown, prompt = fitted
        template = await engine.async_chat_template()
        stop = tuple(dict.fromkeys((*stop_strings(template.template, template.eos), *SUMMARY_STOP)))
        critical_limit = HEADLINE_CRITICAL if options.style == "headline" else None
        async for raw, finish in async_candidates(engine, prompt, stop, options):
            text = clean_model_text(raw, finish, options.style)
            verdict = check_faithful(
                text, shown, max_words=options.max_words, critical_limit=critical_limit
            )
            rejected = verdict.problems + label_problems(text, shown)
            if options.style == "sentence":
                rejected += sentence_problems(text, shown)
            if not rejected:
                return _result(text, shown, "model", ()), True
            _LOGGER.debug("Summary rejected (%s): %r", rejected, text)
            problems.extend(rejected)
    except EngineError as err:
        _LOGGER.warning("Summary written without the model: %s", err)
        problems.append(f"engine: {err.code}")
        return _fallback(shown, options, problems), False
    return _fallback(shown, options, problems), True


def _fallback(digest: Digest, options: SummaryOptions, problems: list[str]) -> SummaryResult:
    text = fallback_summary(digest, style=options.style, max_words=options.max_words)
    return _result(text, digest, "fallback", tuple(dict.fromkeys(problems)))


def _result(text: str, digest: Digest, source: Source, problems: tuple[str, ...]) -> SummaryResult:
    """The result: `entities` are the ones the text tells, `omitted` counts the rest."""
    told = told_facts(text, digest)
    return SummaryResult(
        text=text,
        language=digest.language,
        source=source,
        entities=tuple(fact.entity_id for fact in told),
        omitted=digest.omitted + len(digest.facts) - len(told),
        problems=problems,
    )
