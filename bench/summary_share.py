"""Share of summaries written by the model (guard-passed) on the test selections.

Run: .venv/bin/python -m bench.summary_share [--candidates N] [--raw]

Sets each selection's states in a real HA test instance, builds the digest, and runs
the real built-in model through the same code as the `local_slm.summarize` action.
Prints a markdown table (selection, language, source, text) and the share per
language. Every returned text is checked again by the guard (fallbacks included), so
a non-faithful result is reported, not hidden. `--raw` also logs each rejected
model text with the guard's reasons.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
import logging
import time

from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import async_test_home_assistant

from custom_components.local_slm.engine.client import EngineClient, EngineConfig
from custom_components.local_slm.model_files import builtin_model_path
from custom_components.local_slm.summary import (
    build_digest,
    check_faithful,
    summarize as summarize_module,
)
from custom_components.local_slm.summary.summarize import (
    SummaryOptions,
    async_summarize,
    sentence_problems,
)
from tests.summary_selections import SELECTIONS, apply


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


async def _run(candidates: int, raw: bool) -> int:
    engine = EngineClient(EngineConfig(str(builtin_model_path()), n_ctx=4096))
    await engine.async_start()
    rejected: list[tuple[str, str, list[str]]] = []
    if raw:
        logging.basicConfig(format="%(message)s")
        logging.getLogger(summarize_module.__name__).setLevel(logging.DEBUG)
    rows: list[str] = []
    share: Counter[tuple[str, str]] = Counter()
    unfaithful = 0
    not_prose = 0
    started = time.monotonic()
    try:
        async with async_test_home_assistant() as hass:
            for selection in SELECTIONS:
                now = dt_util.utcnow()
                apply(hass, selection, now)
                digest = build_digest(hass, selection.entity_ids, selection.language, now=now)
                options = SummaryOptions(
                    style=selection.style,
                    max_words=selection.max_words,
                    instructions=selection.instructions,
                    candidates=candidates,
                )
                result = await async_summarize(engine, digest, options)
                verdict = check_faithful(
                    result.text,
                    digest,
                    max_words=selection.max_words,
                    critical_limit=2 if selection.style == "headline" else None,
                )
                missing = [
                    w for w in selection.expect if w.casefold() not in result.text.casefold()
                ]
                if not verdict.ok or missing:
                    unfaithful += 1
                if selection.style == "sentence" and sentence_problems(result.text, digest):
                    not_prose += 1
                share[(selection.language, result.source)] += 1
                note = "" if verdict.ok and not missing else f" **UNFAITHFUL** {verdict.problems}"
                rows.append(
                    f"| {selection.name} | {selection.language} | {selection.style} "
                    f"| {result.source} | {result.omitted} | {_cell(result.text)}{note} |"
                )
                if result.source == "fallback":
                    rejected.append((selection.name, selection.language, list(result.problems)))
                for entity_id in selection.entity_ids:
                    hass.states.async_remove(entity_id)
            await hass.async_stop(force=True)
    finally:
        await engine.async_stop()
    print("| selection | language | style | source | omitted | text |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    for lang in ("en", "fr"):
        total = share[(lang, "model")] + share[(lang, "fallback")]
        print(f"- {lang}: model-written {share[(lang, 'model')]}/{total}")
    model = sum(n for (_, source), n in share.items() if source == "model")
    print(f"- all: model-written {model}/{len(SELECTIONS)}; unfaithful returned: {unfaithful}")
    sentences = sum(1 for selection in SELECTIONS if selection.style == "sentence")
    print(f"- style sentence answered with fact lines: {not_prose}/{sentences}")
    print(f"- candidates per summary: {candidates}; {time.monotonic() - started:.1f} s")
    if raw:
        print()
        for name, lang, problems in rejected:
            print(f"- rejected {name} ({lang}): {problems}")
    return 1 if unfaithful or not_prose else 0


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=2)
    parser.add_argument("--raw", action="store_true", help="print the guard's reasons")
    args = parser.parse_args()
    raise SystemExit(asyncio.run(_run(args.candidates, args.raw)))


if __name__ == "__main__":
    main()
