"""Success rate of the Assist agent on the built-in model: the table for the issue notes.

Run: .venv/bin/python -m pytest bench/assist_accuracy.py -q -s -p no:randomly
(it runs inside HA's test harness, like the test suite, with the demo home).
"""

from __future__ import annotations

from collections import Counter
import statistics

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from tests.assist_commands import COMMANDS, HELD_OUT
from tests.assist_eval import Outcome, async_run_command

AGENT = "conversation.local_slm_conversation"


def _table(title: str, outcomes: list[Outcome]) -> str:
    lines = [
        f"### {title}",
        "",
        "| ok | lang | layer | s | command | answer |",
        "|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        lines.append(
            f"| {'✅' if o.ok else '❌'} | {o.command.language} | {o.layer} | {o.seconds:.2f} "
            f"| {o.command.text} | {o.speech} |"
        )
    for lang in ("en", "fr"):
        subset = [o for o in outcomes if o.command.language == lang]
        ok = sum(o.ok for o in subset)
        lines.append(f"\n**{lang}: {ok}/{len(subset)} ({100 * ok / len(subset):.0f} %)**")
    layers = Counter(o.layer for o in outcomes)
    lines.append(f"\nlayers: {dict(layers)}")
    lines.append(f"median turn: {statistics.median(o.seconds for o in outcomes):.3f} s")
    return "\n".join(lines)


async def test_print_accuracy(
    hass: HomeAssistant, demo_home: None, loaded_entry: MockConfigEntry
) -> None:
    """Print the tables (this is a report, not a test)."""
    for title, commands in (("Command list (tuned on)", COMMANDS), ("Held-out list", HELD_OUT)):
        outcomes = [await async_run_command(hass, AGENT, c) for c in commands]
        print("\n" + _table(title, outcomes) + "\n")
