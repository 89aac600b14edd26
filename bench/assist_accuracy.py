"""Accuracy of the Assist agent on the development set: writes bench/ASSIST_ACCURACY.md.

Run (one command, on demand, not in CI; 10-20 minutes on an idle 2-core host, far more
on a busy one):

    .venv/bin/python -m pytest bench/assist_accuracy.py -q -p no:randomly

Every case of tests/assist_devset/cases (four homes built by tests/homes, English,
French and German) goes through `conversation.async_converse`, in a real HA (the
pytest-homeassistant-custom-component harness) with the built-in model loaded once per
home, first to the local_slm agent, then to HA's built-in agent for comparison. Each
turn is judged on the state machine (success, failure, wrong action) and, for questions,
on the answer. The report is rewritten every few cases.

Environment: ASSIST_HOMES=maple,haus restricts the homes; ASSIST_OUT sets the output
file (default bench/ASSIST_ACCURACY.md); ASSIST_AGENTS="HA built-in" runs one agent
only; ASSIST_THREADS=1 runs llama.cpp on one thread (a busy host); ASSIST_JSON saves the
outcomes, and `python -m bench.assist_accuracy a.json b.json` writes one report from
runs of different homes made in parallel; ASSIST_MATCH="pause,vacuum" runs only the
cases whose request contains one of the words (a quick look at a few cases).

The set is a `CaseSet`: bench/assist_validation.py runs the validation set
(tests/assist_valset) through the same code into bench/ASSIST_VALIDATION.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
import datetime as dt
import json
import os
from pathlib import Path
import platform
import statistics

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import CONF_N_THREADS
from tests.assist_devset.case import CATEGORIES, Case
from tests.assist_devset.cases import CASES_BY_HOME
from tests.assist_devset.harness import (
    async_build_test_home,
    async_set_up_home,
    async_warm_turn,
)
from tests.assist_devset.judge import Verdict
from tests.assist_devset.runner import (
    BUILTIN_AGENT,
    LOCAL_SLM_AGENT,
    Outcome,
    async_run_case,
)
from tests.homes.catalog import HOMES
from tests.homes.model import Home


@dataclass(frozen=True, slots=True)
class CaseSet:
    """A set of cases in its homes, and where its report goes."""

    name: str
    """What the report's title calls it ('development set')."""
    cases_by_home: Mapping[str, tuple[Case, ...]]
    homes: Mapping[str, Home]
    report: str
    """The report's file name, next to this script."""
    script: str
    """The bench file that runs it (for the report's run line)."""
    where: str
    """Where the cases and homes live (for the report)."""

    @property
    def selected(self) -> list[str]:
        """The homes to run (ASSIST_HOMES restricts them), in the set's order."""
        names = os.environ.get("ASSIST_HOMES", ",".join(self.cases_by_home)).split(",")
        return [name for name in names if name]

    @property
    def out(self) -> Path:
        """The report file (ASSIST_OUT overrides it)."""
        return Path(os.environ.get("ASSIST_OUT", str(Path(__file__).with_name(self.report))))


DEVELOPMENT = CaseSet(
    "development set",
    CASES_BY_HOME,
    HOMES,
    "ASSIST_ACCURACY.md",
    "bench/assist_accuracy.py",
    "tests/assist_devset/cases (homes: tests/homes)",
)
AGENTS = {LOCAL_SLM_AGENT: "local_slm", BUILTIN_AGENT: "HA built-in"}
THREADS = int(os.environ.get("ASSIST_THREADS", "0"))
"""llama.cpp threads (0: the integration's default). 1 avoids the spinning thread barrier
collapsing on an oversubscribed host."""
WRITE_EVERY = 10
"""Cases between two writes of the (partial) report."""
JSON_OUT = os.environ.get("ASSIST_JSON")
"""Also save the outcomes there (runs of different homes made in parallel can then be
combined: `python -m bench.assist_accuracy a.json b.json` rewrites the report)."""
MATCH = [m.casefold() for m in os.environ.get("ASSIST_MATCH", "").split(",") if m]
RUN_AGENTS = [
    agent_id
    for agent_id, name in AGENTS.items()
    if name in os.environ.get("ASSIST_AGENTS", "local_slm,HA built-in").split(",")
]


def _rate(outcomes: list[Outcome]) -> str:
    if not outcomes:
        return "–"
    ok = sum(o.verdict.ok for o in outcomes)
    return f"{ok}/{len(outcomes)} ({100 * ok / len(outcomes):.0f} %)"


def _wrong(outcomes: list[Outcome]) -> int:
    return sum(o.verdict.wrong_action for o in outcomes)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _split_table(
    title: str, outcomes: list[Outcome], key: Callable[[Outcome], str], order: list[str]
) -> list[str]:
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[key(outcome), outcome.agent_id].append(outcome)
    lines = [
        f"## By {title}",
        "",
        f"| {title} | cases | local_slm | wrong actions | HA built-in | wrong actions |",
        "|---|---|---|---|---|---|",
    ]
    for name in order:
        mine = groups.get((name, LOCAL_SLM_AGENT), [])
        builtin = groups.get((name, BUILTIN_AGENT), [])
        if mine or builtin:
            lines.append(
                f"| {name} | {len(mine) or len(builtin)} | {_rate(mine)} | {_wrong(mine)} "
                f"| {_rate(builtin)} | {_wrong(builtin)} |"
            )
    return [*lines, ""]


def render(case_set: CaseSet, outcomes: list[Outcome], seconds: float, note: str = "") -> str:
    """The report: summary, tables by category, language, home and layer, wrong actions."""
    mine = [o for o in outcomes if o.agent_id == LOCAL_SLM_AGENT]
    times = [o.seconds for o in mine]
    load = os.getloadavg()[0]
    lines = [
        f"# Assist accuracy on the {case_set.name} (built-in SmolLM2-135M-Instruct Q4_1)",
        "",
        f"Run: `.venv/bin/python -m pytest {case_set.script} -q -p no:randomly` — "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"{os.cpu_count()} cores, load {load:.2f} at the end, {seconds / 60:.1f} min.",
        "",
        *([note, ""] if note else []),
        f"Cases: {case_set.where}. A case succeeds when every "
        "expected change happened, nothing else changed and the answer holds the expected "
        "values; a **wrong action** is any change nobody asked for (or a change of the right "
        "device to the wrong value, or any change on a request that must only ask back). "
        "Layers: ha-intents = HA's sentence matcher inside local_slm; lexical = our word "
        "cues; model-choice = the model ranks shortlisted calls; model-grammar = the model "
        "writes a call under a grammar.",
        "",
        "## Summary",
        "",
        "| agent | success | wrong actions | median turn | p90 turn |",
        "|---|---|---|---|---|",
    ]
    for agent_id, name in AGENTS.items():
        subset = [o for o in outcomes if o.agent_id == agent_id]
        if not subset:
            continue
        turns = [o.seconds for o in subset]
        lines.append(
            f"| {name} | {_rate(subset)} | {_wrong(subset)} | "
            f"{statistics.median(turns):.3f} s | {_percentile(turns, 0.9):.3f} s |"
        )
    lines.append("")
    languages = sorted({o.case.language for o in outcomes})
    lines += _split_table("category", outcomes, lambda o: o.case.category, list(CATEGORIES))
    lines += _split_table("language", outcomes, lambda o: o.case.language, languages)
    lines += _split_table("home", outcomes, lambda o: o.case.home, case_set.selected)
    layers: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in mine:
        layers[str(outcome.layer)].append(outcome)
    lines += [
        "## local_slm by deciding layer",
        "",
        "| layer | cases | success | wrong actions | median turn |",
        "|---|---|---|---|---|",
    ]
    for layer, subset in sorted(layers.items(), key=lambda item: -len(item[1])):
        median = statistics.median(o.seconds for o in subset)
        lines.append(
            f"| {layer} | {len(subset)} | {_rate(subset)} | {_wrong(subset)} | {median:.3f} s |"
        )
    if times:
        lines += [
            "",
            f"Warm turns: median {statistics.median(times):.3f} s, "
            f"p90 {_percentile(times, 0.9):.3f} s, max {max(times):.2f} s.",
            "",
        ]
    lines += [
        "## Wrong actions",
        "",
        "| agent | home | lang | request | answer | what changed |",
        "|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        if o.verdict.wrong_action:
            lines.append(
                f"| {AGENTS[o.agent_id]} | {o.case.home} | {o.case.language} | "
                f"{_cell(o.case.text)} | {_cell(o.speech)} "
                f"| {_cell('; '.join(o.verdict.reasons))} |"
            )
    lines += [
        "",
        "## Every local_slm case",
        "",
        "| ok | home | lang | category | layer | s | request | answer | why not |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for o in mine:
        mark = "✅" if o.verdict.ok else ("⛔" if o.verdict.wrong_action else "❌")
        lines.append(
            f"| {mark} | {o.case.home} | {o.case.language} | {o.case.category} | {o.layer} "
            f"| {o.seconds:.2f} | {_cell(o.case.text)} | {_cell(o.speech)} "
            f"| {_cell('; '.join(o.verdict.reasons))} |"
        )
    lines += [
        "",
        "## HA built-in agent: cases it fails",
        "",
        "| home | lang | category | request | answer | why not |",
        "|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        if o.agent_id == BUILTIN_AGENT and not o.verdict.ok:
            lines.append(
                f"| {o.case.home} | {o.case.language} | {o.case.category} "
                f"| {_cell(o.case.text)} | {_cell(o.speech)} "
                f"| {_cell('; '.join(o.verdict.reasons))} |"
            )
    return "\n".join(lines) + "\n"


@dataclass
class Run:
    """Every outcome so far; the report is rewritten after each home (a long run on a
    busy host leaves a partial report rather than nothing)."""

    case_set: CaseSet
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    outcomes: list[Outcome] = field(default_factory=list)

    def write(self) -> None:
        """Write the report of the homes done so far."""
        seconds = (dt.datetime.now(dt.UTC) - self.started).total_seconds()
        text = render(self.case_set, self.outcomes, seconds)
        done = list(dict.fromkeys(o.case.home for o in self.outcomes))
        if len(done) < len(self.case_set.selected):
            text = text.replace("\n\n", f"\n\n**Partial run: homes done {done}.**\n\n", 1)
        self.case_set.out.write_text(text, encoding="utf-8")
        if JSON_OUT:
            rows = [
                {
                    "home": o.case.home,
                    "text": o.case.text,
                    "agent_id": o.agent_id,
                    "ok": o.verdict.ok,
                    "wrong_action": o.verdict.wrong_action,
                    "reasons": list(o.verdict.reasons),
                    "speech": o.speech,
                    "seconds": o.seconds,
                    "layer": o.layer,
                }
                for o in self.outcomes
            ]
            Path(JSON_OUT).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def load_outcomes(case_set: CaseSet, path: Path) -> list[Outcome]:
    """Outcomes saved with ASSIST_JSON (to combine runs made in parallel)."""
    by_key = {(c.home, c.text): c for cases in case_set.cases_by_home.values() for c in cases}
    return [
        Outcome(
            by_key[row["home"], row["text"]],
            row["agent_id"],
            Verdict(row["ok"], row["wrong_action"], tuple(row["reasons"])),
            row["speech"],
            row["seconds"],
            row["layer"],
        )
        for row in json.loads(path.read_text(encoding="utf-8"))
    ]


async def async_run_home(
    hass: HomeAssistant, config_entry: MockConfigEntry, run: Run, home_name: str
) -> None:
    """Run one home's cases of the run's set through local_slm, then HA's built-in agent."""
    cases = [
        c
        for c in run.case_set.cases_by_home[home_name]
        if not MATCH or any(m in c.text.casefold() for m in MATCH)
    ]
    if not cases:
        pytest.skip("no case matches ASSIST_MATCH")
    home_layout = run.case_set.homes[home_name]
    if LOCAL_SLM_AGENT not in RUN_AGENTS:
        assert await async_setup_component(hass, "conversation", {})
        home = await async_build_test_home(hass, home_layout)
    else:
        if THREADS:
            hass.config_entries.async_update_entry(
                config_entry, options={**config_entry.options, CONF_N_THREADS: THREADS}
            )
        home = await async_set_up_home(hass, home_layout, config_entry)
    for agent_id in RUN_AGENTS:
        await async_warm_turn(hass, agent_id, cases[0].text, cases[0].language)
        for count, case in enumerate(cases, 1):
            run.outcomes.append(await async_run_case(hass, home, agent_id, case))
            if count % WRITE_EVERY == 0:
                run.write()
        home.reset()
    run.write()
    if config_entry.state.recoverable:
        await hass.config_entries.async_unload(config_entry.entry_id)
        await hass.async_block_till_done()


def home_tests(case_set: CaseSet) -> tuple[object, object]:
    """A bench module's `run` fixture and `test_home` test, running one set's homes.

    The module binds both (`run, test_home = home_tests(SET)`) so that pytest finds them.
    """

    @pytest.fixture(scope="module", name="run")
    def run_fixture() -> Run:
        """The outcomes of this run, shared by the homes' tests."""
        return Run(case_set)

    @pytest.mark.parametrize("home_name", case_set.selected)
    async def test_home(
        hass: HomeAssistant,
        ha_core: None,
        config_entry: MockConfigEntry,
        run: Run,
        home_name: str,
    ) -> None:
        """Run the home's cases through local_slm, then HA's built-in agent (a report)."""
        await async_run_home(hass, config_entry, run, home_name)

    return run_fixture, test_home


run, test_home = home_tests(DEVELOPMENT)


def combine(case_set: CaseSet, files: list[str]) -> None:
    """Write one report from the ASSIST_JSON files of runs made in parallel."""
    combined = list(
        {
            (o.agent_id, o.case.home, o.case.text): o
            for name in files
            for o in load_outcomes(case_set, Path(name))
        }.values()
    )
    total = sum(len(cases) for cases in case_set.cases_by_home.values())
    counts = {
        name: sum(o.agent_id == agent_id for o in combined) for agent_id, name in AGENTS.items()
    }
    note = (
        f"Combined from {len(files)} runs made in parallel (turn times include that "
        f"contention); cases run out of {total}: {counts}."
    )
    case_set.out.write_text(render(case_set, combined, 0.0, note), encoding="utf-8")
    print(f"wrote {case_set.out} from {len(combined)} outcomes")


if __name__ == "__main__":
    import sys

    combine(DEVELOPMENT, sys.argv[1:])
