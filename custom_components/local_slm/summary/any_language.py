"""Summaries in a language the digest does not word (German, Spanish…).

The digest and the guard know English and French words only, so for any other
language the model is not asked: the text is Home Assistant's own state sentence for
each fact (`HassGetState` of home-assistant-intents, HA's state translations), in the
digest's order, so alerts and recent changes come first and the text is faithful by
construction.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant

from ..agent.answers import async_state_sentences
from .digest import Digest
from .lang import count_words
from .summarize import SummaryOptions, SummaryResult

_WORDED: frozenset[str] = frozenset({"en", "fr"})
_HEADLINE_FACTS = 2


def digest_speaks(language: str) -> bool:
    """Whether the digest words facts in this language (English, French)."""
    return language.replace("_", "-").split("-")[0].lower() in _WORDED


async def async_summarize_in_language(
    hass: HomeAssistant, digest: Digest, language: str, options: SummaryOptions
) -> SummaryResult:
    """HA's sentences for the digest's facts, most important first, within `max_words`.

    Critical facts are always told; the others are told while they fit. `omitted`
    counts the facts left out, `entities` lists the ones told.
    """
    sentences = await async_state_sentences(
        hass, [fact.entity_id for fact in digest.facts], language
    )
    limit = _HEADLINE_FACTS if options.style == "headline" else len(sentences)
    kept: list[int] = []
    words = 0
    for index, (fact, sentence) in enumerate(zip(digest.facts, sentences, strict=True)):
        if len(kept) == limit:
            break
        size = count_words(sentence)
        fits = options.max_words is None or words + size <= options.max_words
        if fact.critical or fits:
            kept.append(index)
            words += size
    told = [sentences[i] for i in kept]
    if options.style == "bullets":
        text = "\n".join(f"- {sentence}" for sentence in told)
    else:
        text = " ".join(told)
    return SummaryResult(
        text=text,
        language=language,
        source="fallback",
        entities=tuple(digest.facts[i].entity_id for i in kept),
        omitted=digest.omitted + len(digest.facts) - len(kept),
    )
