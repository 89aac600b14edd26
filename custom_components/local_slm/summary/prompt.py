"""Chat messages asking a very small model (SmolLM2-135M) to phrase a digest.

A 135M model copies far better than it reasons, so the prompt shows it what to do:
a short system rule, then one worked example per style, then the real facts. The
system message and the examples depend only on the language, so they are identical
across calls and their KV cache can be reused; everything that varies comes last.
"""

from __future__ import annotations

from typing import Final

from .digest import Digest, digest_text
from .fallback import SummaryStyle
from .lang import Lang, lang_key

SUMMARY_STOP: Final[list[str]] = [
    "<|im_end|>",
    "<|im_start|>",
    "<|endoftext|>",
    "\n\n",
    "Facts:",
    "Faits :",
]

_SYSTEM: Final[dict[Lang, str]] = {
    "en": (
        "You summarize the state of a home. Use only the facts you are given. "
        "Copy names, numbers and states exactly as written. "
        "Never add a room, a device or a number that is not in the facts. "
        "Say the alerts first. Be short."
    ),
    "fr": (
        "Tu résumes l'état d'une maison. Utilise seulement les faits donnés. "
        "Recopie les noms, les nombres et les états exactement. "
        "N'ajoute jamais de pièce, d'appareil ou de nombre absent des faits. "
        "Donne les alertes d'abord. Sois bref. Réponds en français."
    ),
}

_STYLE_LINE: Final[dict[Lang, dict[SummaryStyle, str]]] = {
    "en": {
        "sentence": "Style: a few short sentences.",
        "bullets": "Style: one line per fact, starting with '- '.",
        "headline": "Style: one headline of a few words.",
    },
    "fr": {
        "sentence": "Style : quelques phrases courtes.",
        "bullets": "Style : une ligne par fait, commençant par « - ».",
        "headline": "Style : un titre de quelques mots.",
    },
}

# (style, facts, answer): invented devices, kept apart from the usual living room /
# kitchen names so that a copied example is caught by the guard, not believed.
_EXAMPLES: Final[dict[Lang, list[tuple[SummaryStyle, str, str]]]] = {
    "en": [
        (
            "sentence",
            "- Patio door: open (4 min ago)\n- Desk lamp (Study): on\n"
            "- Aquarium temperature: 24.5 °C",
            "Patio door has been open for 4 min. Desk lamp is on and aquarium "
            "temperature is 24.5 °C.",
        ),
        (
            "bullets",
            "- Boiler: problem (12 min ago)\n- Porch light: off\n- Rain gauge: 3.2 mm",
            "- Boiler: problem (12 min ago)\n- Porch light: off\n- Rain gauge: 3.2 mm",
        ),
        (
            "headline",
            "- Cellar leak sensor: leak detected (2 min ago)\n- Attic fan: off",
            "Cellar leak sensor: leak detected",
        ),
    ],
    "fr": [
        (
            "sentence",
            "- Porte du patio : ouverte (il y a 4 min)\n- Lampe de bureau : allumée\n"
            "- Température aquarium : 24,5 °C",
            "La porte du patio est ouverte depuis 4 min. La lampe de bureau est allumée "
            "et la température aquarium est à 24,5 °C.",
        ),
        (
            "bullets",
            "- Chaudière : problème (il y a 12 min)\n- Lumière du porche : éteinte\n"
            "- Pluviomètre : 3,2 mm",
            "- Chaudière : problème (il y a 12 min)\n- Lumière du porche : éteinte\n"
            "- Pluviomètre : 3,2 mm",
        ),
        (
            "headline",
            "- Détecteur de fuite cave : fuite détectée (il y a 2 min)\n"
            "- Ventilateur grenier : éteint",
            "Détecteur de fuite cave : fuite détectée",
        ),
    ],
}

_EXAMPLE_WORDS: Final[dict[SummaryStyle, int]] = {"sentence": 40, "bullets": 40, "headline": 8}
_DEFAULT_MAX_WORDS: Final = 60
_TOKENS_PER_WORD: Final = 2.0  # numbers, units and French accents cost extra tokens
_TOKEN_MARGIN: Final = 16
_MAX_TOKENS_CAP: Final = 512


def _user_turn(
    lang: Lang, style: SummaryStyle, max_words: int | None, facts: str, note: str | None
) -> str:
    limit = max_words or _DEFAULT_MAX_WORDS
    lines = [
        _STYLE_LINE[lang][style],
        f"At most {limit} words." if lang == "en" else f"{limit} mots au plus.",
    ]
    if note:
        lines.append(f"Note: {note}" if lang == "en" else f"Remarque : {note}")
    lines.append("Facts:" if lang == "en" else "Faits :")
    lines.append(facts)
    return "\n".join(lines)


def build_summary_messages(
    digest: Digest,
    *,
    instructions: str | None = None,
    style: SummaryStyle = "sentence",
    max_words: int | None = None,
    language: str | None = None,
) -> list[dict[str, str]]:
    """Return the chat messages for a summary: system, examples, then the real facts.

    The language is the digest's unless `language` is given; `instructions` (the
    user's own wish, e.g. "mention the garden") goes in the last turn only.
    """
    lang = lang_key(language) if language else digest.language
    messages = [{"role": "system", "content": _SYSTEM[lang]}]
    for example_style, facts, answer in _EXAMPLES[lang]:
        user = _user_turn(lang, example_style, _EXAMPLE_WORDS[example_style], facts, None)
        messages.append({"role": "user", "content": user})
        messages.append({"role": "assistant", "content": answer})
    note = instructions.strip() if instructions and instructions.strip() else None
    content = _user_turn(lang, style, max_words, digest_text(digest), note)
    messages.append({"role": "user", "content": content})
    return messages


def max_tokens(max_words: int | None) -> int:
    """Tokens to let the model generate for a summary of at most `max_words` words.

    Leaves room for the guard's length margin; capped so a looping model stops early.
    """
    words = max_words or _DEFAULT_MAX_WORDS
    return min(_MAX_TOKENS_CAP, round(words * 1.25 * _TOKENS_PER_WORD) + _TOKEN_MARGIN)
