"""Turn latency: local worker vs llama-server vs a model split over two rpc-servers (issue 12).

Run: .venv/bin/python -m pytest bench/test_remote_bench.py -q -s -p no:randomly

Not part of the test suite (it asserts nothing about time). The same model (the built-in
SmolLM2 135M), the same HA demo home and the same requests run on four engines: the
local worker (2 threads at most: it drops to 1 while other processes use the CPU, issue
11), llama-server on loopback with 2 threads and with 1, and llama-server in front of two
rpc-servers on loopback (1 thread each, the model's layers split between them). Every
engine is warmed first; each request is repeated BENCH_REPS times (default 8) in a new
conversation; the median and 90th percentile turn times are reported, with the layer of
the agent that decided. The load average is recorded: on a shared, busy CPU the absolute
numbers mean little, the comparison between rows a little more. BENCH_REMOTE_OUT
(default bench/REMOTE.md) is the output file.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
import contextlib
from dataclasses import dataclass
import datetime as dt
import logging
import os
from pathlib import Path
import statistics
import time
from typing import override

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_MODEL_SOURCE,
    CONF_N_CTX,
    CONF_N_THREADS,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
)
from tests.conftest import conversation_subentry
from tests.llama_server import llama_server, split_model
from tests.test_remote import remote_entry

REPS = int(os.environ.get("BENCH_REPS", "8"))
OUT = Path(os.environ.get("BENCH_REMOTE_OUT", str(Path(__file__).with_name("REMOTE.md"))))
type EngineRun = Callable[
    [HomeAssistant, Path, Path], contextlib.AbstractAsyncContextManager[MockConfigEntry]
]
"""Starts an engine and yields a loaded entry on it: (hass, model, folder for logs)."""
REQUESTS = (
    ("kill the bed light", "command"),
    ("Tell me something nice about my home.", "free answer (streamed, at most 64 tokens)"),
)


@contextlib.asynccontextmanager
async def local_worker(
    hass: HomeAssistant, model: Path, _tmp: Path
) -> AsyncIterator[MockConfigEntry]:
    """The built-in model in the integration's own worker process."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=MODEL_SOURCE_BUILTIN,
        data={CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN},
        options={CONF_N_CTX: 4096, CONF_N_THREADS: 2},
        subentries_data=[conversation_subentry()],
    )
    entry.add_to_hass(hass)
    await _load(hass, entry)
    yield entry
    await hass.config_entries.async_unload(entry.entry_id)


@contextlib.asynccontextmanager
async def _server_entry(hass: HomeAssistant, url: str) -> AsyncIterator[MockConfigEntry]:
    """An entry on the server at `url`, loaded and warmed, unloaded at the end."""
    entry = remote_entry(hass, url)
    await _load(hass, entry)
    yield entry
    await hass.config_entries.async_unload(entry.entry_id)


def one_server(threads: int) -> EngineRun:
    """llama-server on loopback with `threads` threads."""

    @contextlib.asynccontextmanager
    async def run(hass: HomeAssistant, model: Path, tmp: Path) -> AsyncIterator[MockConfigEntry]:
        front = llama_server(model, tmp / "server.log", threads=threads)
        front.start()
        try:
            await hass.async_add_executor_job(front.wait_ready)
            async with _server_entry(hass, front.url) as entry:
                yield entry
        finally:
            front.stop()

    return run


@contextlib.asynccontextmanager
async def split_servers(
    hass: HomeAssistant, model: Path, tmp: Path
) -> AsyncIterator[MockConfigEntry]:
    """llama-server in front of two rpc-servers (1 thread each) holding the layers."""
    split = split_model(model, tmp)
    try:
        await hass.async_add_executor_job(split.start)
        async with _server_entry(hass, split.front.url) as entry:
            yield entry
    finally:
        await hass.async_add_executor_job(split.stop)


ENGINES: tuple[tuple[str, EngineRun], ...] = (
    ("local worker (2 threads, fewer while the CPU is shared)", local_worker),
    ("llama-server, 2 threads", one_server(2)),
    ("llama-server, 1 thread", one_server(1)),
    ("llama-server + 2 rpc-servers, 1 thread each", split_servers),
)


async def _load(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)  # includes the warm-up


def _agent_id(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """The entry's conversation entity (each engine's entry gets its own id)."""
    [agent] = [
        e.entity_id
        for e in er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
        if e.domain == "conversation"
    ]
    return agent


class Decisions(logging.Handler):
    """The layer that decided each turn, from the agent's debug log."""

    def __init__(self) -> None:
        """Start with none seen."""
        super().__init__(logging.DEBUG)
        self.layers: list[str] = []

    @override
    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "Layer %s decided: %s" and record.args:
            self.layers.append(str(record.args[0]))


@dataclass(frozen=True, slots=True)
class Turn:
    """One measured Assist turn."""

    seconds: float
    speech: str


async def _turn(hass: HomeAssistant, agent: str, text: str) -> Turn:
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": "light.bed_light"}, blocking=True
    )
    started = time.perf_counter()
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id=agent
    )
    seconds = time.perf_counter() - started
    return Turn(seconds, str(result.response.speech.get("plain", {}).get("speech", "")))


def _p90(times: list[float]) -> float:
    return statistics.quantiles(times, n=10, method="inclusive")[-1]


@pytest.mark.usefixtures("demo_home", "socket_enabled")
async def test_remote_bench(hass: HomeAssistant, tmp_path: Path, model_path: Path) -> None:
    """Measure every request on every engine and write the table."""
    asyncio.get_running_loop().set_debug(False)  # the harness turns it on; HA does not
    turns: dict[tuple[str, str], list[Turn]] = {}
    decided: dict[str, set[str]] = {text: set() for text, _what in REQUESTS}
    load: dict[str, tuple[float, float]] = {}
    decisions = Decisions()
    turn_log = logging.getLogger("custom_components.local_slm.agent.turn")
    turn_log.addHandler(decisions)
    turn_log.setLevel(logging.DEBUG)
    started = time.monotonic()
    for number, (name, engine) in enumerate(ENGINES):
        folder = tmp_path / f"engine{number}"
        folder.mkdir(exist_ok=True)
        async with engine(hass, model_path, folder) as entry:
            agent = _agent_id(hass, entry)
            load_before = os.getloadavg()[0]
            for text, _what in REQUESTS:
                await _turn(hass, agent, text)  # first run of this request: not counted
                decisions.layers.clear()
                turns[(name, text)] = [await _turn(hass, agent, text) for _ in range(REPS)]
                decided[text].update(decisions.layers)
                print(f"bench: {name}: {text!r}: {turns[(name, text)]}", flush=True)
            load[name] = (load_before, os.getloadavg()[0])
    turn_log.removeHandler(decisions)
    minutes = (time.monotonic() - started) / 60
    lines = [
        "# Turn latency: local worker, llama-server, model split over two rpc-servers",
        "",
        "Run: `.venv/bin/python -m pytest bench/test_remote_bench.py -q -s -p no:randomly`",
        "(see the module docstring). Same model (built-in SmolLM2 135M Q4_1), same demo home,",
        f"same requests, every engine warmed; {REPS} turns per request after one unmeasured",
        "turn, each in a new conversation. Whole Assist turn as Home Assistant sees it;",
        "event-loop debug mode off, as in Home Assistant.",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores; "
        f"the run took {minutes:.1f} min",
        "- The machine is shared with other developers' builds and tests: the load average",
        "  (1 min, at the start and end of each engine's turns; the bench itself adds about",
        "  one) says how busy it was. Absolute times mean little; compare the rows.",
        "",
        "Layer that decided each request (the agent's log): "
        + "; ".join(f"{text!r}: {', '.join(sorted(decided[text]))}" for text, _ in REQUESTS),
        "",
        "| request | engine | median | p90 | n | answer length (median) | load avg |",
        "|---|---|---|---|---|---|---|",
    ]
    for text, what in REQUESTS:
        for name, _engine in ENGINES:
            got = turns[(name, text)]
            seconds = [turn.seconds for turn in got]
            chars = statistics.median(len(turn.speech) for turn in got)
            before, after = load[name]
            lines.append(
                f"| {what}: {text!r} | {name} | {statistics.median(seconds):.2f} s "
                f"| {_p90(seconds):.2f} s | {len(got)} | {chars:.0f} chars "
                f"| {before:.2f} → {after:.2f} |"
            )
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
