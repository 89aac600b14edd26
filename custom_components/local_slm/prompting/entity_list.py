"""Trimming the exposed-entity list of HA's system prompt when it does not fit.

HA's Assist prompt ends its static context with a YAML list of the exposed entities
(`- names: Kitchen Lights` / `  domain: light` / `  areas: Kitchen`). When even the
newest request cannot fit beside it, we keep the entities most relevant to that request
and drop the rest; the instructions are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

MARKER = "An overview of the areas and the devices in this smart home:"


def split_entity_list(static: str) -> tuple[str, list[str], str]:
    """(text before the list, one YAML item per entity, text after the list)."""
    start = static.find(MARKER)
    if start < 0:
        return static, [], ""
    head_end = start + len(MARKER)
    body = static[head_end:]
    lines = body.split("\n")
    items: list[str] = []
    tail_from = len(lines)
    for i, line in enumerate(lines):
        if line.startswith("- "):
            items.append(line)
        elif line.startswith("  ") and items:
            items[-1] += "\n" + line
        elif line.strip() and items:
            tail_from = i
            break
    tail = "\n".join(lines[tail_from:])
    return static[:head_end], items, tail


def keep_entities(static: str, relevance: Callable[[str], float], keep: int) -> str:
    """The static prompt with only the `keep` most relevant entities listed."""
    head, items, tail = split_entity_list(static)
    if not items:
        return static
    ranked = sorted(range(len(items)), key=lambda i: -relevance(items[i]))
    kept = sorted(ranked[:keep])  # original (stable) order
    body = "\n".join(items[i] for i in kept)
    return f"{head}\n{body}\n{tail}".rstrip()


def relevance_by_words(request_words: Sequence[str]) -> Callable[[str], float]:
    """Relevance of a YAML item: how many of the request's words it contains."""
    words = [w.lower() for w in request_words if len(w) > 2]

    def score(item: str) -> float:
        text = item.lower()
        return float(sum(1 for w in words if w in text))

    return score
