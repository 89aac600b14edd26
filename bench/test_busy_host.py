"""Busy-host benchmark (issue 11): idle vs one core taken, fixed vs adaptive threads.

Run: .venv/bin/python -m pytest bench/test_busy_host.py -q -s -p no:randomly

Not part of the test suite (it asserts nothing about time). In a real HA (the
pytest-homeassistant-custom-component harness) with the real built-in model it times
`local_slm.summarize` and an Assist turn that reaches the model, with the host idle and
with one core taken by a competing `python -c 'while True: pass'` (pinned with taskset
to the last allowed core; BUSY_PIN=0 leaves it unpinned), once with a fixed thread count
(every core, as before issue 11) and once with the worker following the free cores
(`engine/cpu_share.py`). Each number comes with the 1-minute load average and the CPU
that processes other than this bench, its worker and its competing loop used meanwhile,
since the machine may be shared. It rewrites the section between the busy-host markers
of bench/RESULTS.md (BUSY_OUT to write elsewhere). BUSY_REPS (default 3) repetitions;
BUSY_LIMIT (default 60) seconds before a call counts as "over the limit".
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import contextlib
from dataclasses import dataclass, field, replace
import datetime as dt
import math
import os
from pathlib import Path
import platform
import statistics
import subprocess
import sys
import time
from typing import Any

from homeassistant.core import HomeAssistant
import pytest

from custom_components.local_slm import engine_setup
from custom_components.local_slm.engine.client import EngineConfig
from custom_components.local_slm.engine.cpu_share import allowed_cpus

from .perf_home import build_home, expose_first, sensors_for_summary
from .test_bench import FIRST_QUESTION, Loaded, Report, _cpu_model, _summarize, _turn

REPS = int(os.environ.get("BUSY_REPS", "3"))
LIMIT = float(os.environ.get("BUSY_LIMIT", "60"))
PIN = os.environ.get("BUSY_PIN", "1") != "0"
OUT = Path(os.environ.get("BUSY_OUT", str(Path(__file__).with_name("RESULTS.md"))))
START, END = "<!-- busy-host:start -->", "<!-- busy-host:end -->"
ENTITIES = 10
SETTLE = 1.5
"""Seconds the competing loop runs before a measurement (the worker samples twice a second)."""


def _ticks() -> float:
    return float(os.sysconf("SC_CLK_TCK"))


def _busy_seconds() -> float:
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(values[:8]) - values[3] - values[4]) / _ticks()


def _proc_seconds(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _ticks()


def _uses_openmp(pid: int | None) -> bool | None:
    if pid is None:
        return None
    try:
        return "libgomp" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return None


@dataclass(slots=True)
class Sample:
    """One timed call and what the machine was doing meanwhile."""

    seconds: float
    load: float
    others: float
    """Cores' worth of CPU used by processes other than the bench, its worker and its loop."""
    threads: int | None


@dataclass(slots=True)
class Results:
    """Samples per (threads mode, host state, workload)."""

    samples: dict[tuple[str, str, str], list[Sample]] = field(default_factory=dict)
    engine: dict[str, Any] = field(default_factory=dict)
    openmp: bool | None = None
    started: str = ""


@contextlib.asynccontextmanager
async def _one_core_taken(busy: bool) -> AsyncIterator[int | None]:
    """A competing busy loop on one core (the last we may use) while inside."""
    if not busy:
        yield None
        return
    cmd = [sys.executable, "-c", "while True: pass"]
    if PIN:
        cmd = ["taskset", "-c", str(max(allowed_cpus())), *cmd]
    hog = subprocess.Popen(cmd)  # noqa: ASYNC220  (a competing loop, killed below)
    try:
        await asyncio.sleep(SETTLE)
        yield hog.pid
    finally:
        hog.kill()
        hog.wait()


@contextlib.asynccontextmanager
async def _threads_mode(adapt: bool) -> AsyncIterator[None]:
    """Entries set up inside get `adapt_threads` as given (the option has no UI switch)."""
    original = engine_setup.engine_config

    def config(*args: Any, **kwargs: Any) -> EngineConfig:
        return replace(original(*args, **kwargs), adapt_threads=adapt)

    engine_setup.engine_config = config  # type: ignore[assignment]
    try:
        yield
    finally:
        engine_setup.engine_config = original  # type: ignore[assignment]


async def _timed(
    call: Callable[[], Awaitable[Any]], worker: int | None, hog: int | None
) -> tuple[float, float]:
    """Seconds of one call (inf past LIMIT) and the others' CPU meanwhile, in cores."""
    busy0, wall0 = _busy_seconds(), time.monotonic()
    own0 = sum(os.times()[:2]) + _proc_seconds(worker) + _proc_seconds(hog)
    try:
        async with asyncio.timeout(LIMIT):
            await call()
        seconds = time.monotonic() - wall0
    except TimeoutError:
        seconds = math.inf
    wall = time.monotonic() - wall0
    own = sum(os.times()[:2]) + _proc_seconds(worker) + _proc_seconds(hog) - own0
    return seconds, max(0.0, _busy_seconds() - busy0 - own) / max(wall, 1e-6)


async def _measure(hass: HomeAssistant, results: Results, mode: str, state: str) -> None:
    async with _threads_mode(mode == "adaptive"), Loaded(hass, Report()) as loaded:
        engine = loaded.engine
        results.openmp = _uses_openmp(engine.pid)
        results.engine = {"n_threads": engine.info.get("n_threads"), **results.engine}
        ids = sensors_for_summary(hass, 20)

        async def summarize() -> None:
            await _summarize(hass, engine, ids)

        async def assist() -> None:
            await _turn(hass, loaded, FIRST_QUESTION, None)

        # Not measured: evaluate both prompts' prefixes once, as a running HA has.
        await _timed(summarize, engine.pid, None)
        await _timed(assist, engine.pid, None)
        async with _one_core_taken(state == "one core busy") as hog:
            for rep in range(REPS):
                sensors_for_summary(hass, 20, offset=0.1 * (rep + 1))  # new values: no cache
                for workload, call in (("summarize", summarize), ("Assist turn", assist)):
                    seconds, others = await _timed(call, engine.pid, hog)
                    stats = await engine.async_stats() if engine.available else {}
                    sample = Sample(seconds, os.getloadavg()[0], others, stats.get("threads"))
                    results.samples.setdefault((mode, state, workload), []).append(sample)
                    print(f"busy-host: {mode}, {state}, {workload}: {sample}", flush=True)


def _median(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples) if samples else math.nan


def _fmt(seconds: float) -> str:
    return f"> {LIMIT:.0f} s" if math.isinf(seconds) else f"{seconds:.2f} s"


def _render(results: Results) -> str:
    lines = [
        START,
        "## Busy host (issue 11)",
        "",
        "Run: `.venv/bin/python -m pytest bench/test_busy_host.py -q -s -p no:randomly`"
        " (rewrites this section only; see the module docstring).",
        "",
        f"- Date: {results.started}; CPU: {_cpu_model()}, {len(allowed_cpus())} cores"
        f" allowed; Python {platform.python_version()}",
        f"- llama.cpp built with OpenMP: {results.openmp} (the bundled engine builds are not:"
        " ggml's own threadpool and its spin barrier)",
        f"- {REPS} repetitions, medians; {ENTITIES} exposed entities; summarize over 20"
        " sensors; the competing loop is"
        f" {'pinned to one core' if PIN else 'unpinned'}; a call past {LIMIT:.0f} s is stopped.",
        "- load = 1-minute load average after the call; others = cores' worth of CPU used"
        " during the call by processes other than this bench, its worker and its loop."
        " *idle* means without the bench's competing loop: when others is well above 0,"
        " the host was busy anyway and the idle rows are not idle.",
        "",
        "| threads | host | workload | median | each call (load, others, threads used) |"
        " busy / idle |",
        "|---|---|---|---|---|---|",
    ]
    for mode in ("fixed", "adaptive"):
        for workload in ("summarize", "Assist turn"):
            idle = _median(results.samples.get((mode, "idle", workload), []))
            for state in ("idle", "one core busy"):
                samples = results.samples.get((mode, state, workload), [])
                each = "; ".join(
                    f"{_fmt(s.seconds)} ({s.load:.1f}, {s.others:.2f}, {s.threads})"
                    for s in samples
                )
                median = _median(samples)
                ratio = ""
                if state != "idle":
                    ratio = "n/a" if math.isinf(idle) else f"**{median / idle:.1f}x**"
                lines.append(
                    f"| {mode} | {state} | {workload} | {_fmt(median)} | {each} | {ratio} |"
                )
    lines += ["", END]
    return "\n".join(lines) + "\n"


def _write(section: str) -> None:
    text = OUT.read_text() if OUT.exists() else ""
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    OUT.write_text(text)


@pytest.mark.timeout(0)
async def test_busy_host(hass: HomeAssistant, ha_core: None) -> None:
    """Measure idle and busy, fixed and adaptive threads; write the section (a report)."""
    asyncio.get_running_loop().set_debug(False)  # as in a real HA
    results = Results(started=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))
    home = build_home(hass, ENTITIES)
    expose_first(hass, home, ENTITIES)
    await hass.async_block_till_done()
    for mode in ("adaptive", "fixed"):
        for state in ("idle", "one core busy"):
            await _measure(hass, results, mode, state)
    section = _render(results)
    _write(section)
    print("\n" + section)
