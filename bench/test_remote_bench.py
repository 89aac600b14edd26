"""Turn latency: local worker vs llama-server vs a model split over two rpc-servers (issue 12).

Run: .venv/bin/python -m pytest bench/test_remote_bench.py -q -s -p no:randomly

Not part of the test suite (it asserts nothing about time). The same model (the built-in
SmolLM2 135M), the same HA demo home and the same requests run on three engines:
the local worker (2 threads), llama-server on loopback (2 threads), and llama-server in
front of two rpc-servers on loopback (1 thread each, the model's layers split between
them). Every engine is warmed first; each request is repeated BENCH_REPS times (default
3) in a fresh conversation and the median turn time is reported. The machine's load
average is recorded: on a shared, busy CPU the absolute numbers mean little, the
comparison between rows a little more. BENCH_REMOTE_OUT (default bench/REMOTE.md) is
the output file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
import contextlib
import datetime as dt
import os
from pathlib import Path
import statistics
import time

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
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

AGENT = "conversation.local_slm_conversation"
REPS = int(os.environ.get("BENCH_REPS", "3"))
OUT = Path(os.environ.get("BENCH_REMOTE_OUT", str(Path(__file__).with_name("REMOTE.md"))))
REQUESTS = (
    ("kill the bed light", "a command"),
    ("Tell me something nice about my home.", "free answer, streamed (up to 64 tokens)"),
)


@contextlib.asynccontextmanager
async def local_worker(hass: HomeAssistant, model: Path, _tmp: Path) -> AsyncIterator[None]:
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
    yield
    await hass.config_entries.async_unload(entry.entry_id)


@contextlib.asynccontextmanager
async def one_server(hass: HomeAssistant, model: Path, tmp: Path) -> AsyncIterator[None]:
    """llama-server on loopback, 2 threads."""
    front = llama_server(model, tmp / "server.log", threads=2)
    front.start()
    try:
        await hass.async_add_executor_job(front.wait_ready)
        entry = remote_entry(hass, front.url)
        await _load(hass, entry)
        yield
        await hass.config_entries.async_unload(entry.entry_id)
    finally:
        front.stop()


@contextlib.asynccontextmanager
async def split_servers(hass: HomeAssistant, model: Path, tmp: Path) -> AsyncIterator[None]:
    """llama-server in front of two rpc-servers (1 thread each) holding the layers."""
    split = split_model(model, tmp)
    try:
        await hass.async_add_executor_job(split.start)
        entry = remote_entry(hass, split.front.url)
        await _load(hass, entry)
        yield
        await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await hass.async_add_executor_job(split.stop)


ENGINES = (
    ("local worker", local_worker),
    ("llama-server (loopback)", one_server),
    ("llama-server + 2 rpc-servers (loopback)", split_servers),
)


async def _load(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)  # includes the warm-up


async def _turn_seconds(hass: HomeAssistant, text: str) -> float:
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": "light.bed_light"}, blocking=True
    )
    started = time.perf_counter()
    await conversation.async_converse(hass, text, None, Context(), language="en", agent_id=AGENT)
    return time.perf_counter() - started


@pytest.mark.usefixtures("demo_home", "socket_enabled")
async def test_remote_bench(hass: HomeAssistant, tmp_path: Path, model_path: Path) -> None:
    """Measure every request on every engine and write the table."""
    load_start = os.getloadavg()[0]
    medians: dict[tuple[str, str], float] = {}
    for name, engine in ENGINES:
        folder = tmp_path / name.split()[0]
        folder.mkdir(exist_ok=True)
        async with engine(hass, model_path, folder):
            for text, _what in REQUESTS:
                await _turn_seconds(hass, text)  # first run of this request: not counted
                times = [await _turn_seconds(hass, text) for _ in range(REPS)]
                medians[(name, text)] = statistics.median(times)
                print(f"bench: {name}: {text!r}: {times}", flush=True)
    load_end = os.getloadavg()[0]
    lines = [
        "# Turn latency: local worker, llama-server, model split over two rpc-servers",
        "",
        "Run: `.venv/bin/python -m pytest bench/test_remote_bench.py -q -s -p no:randomly`",
        "(see the module docstring). Same model (built-in SmolLM2 135M Q4_1), same demo home,",
        f"same requests, every engine warmed; median of {REPS} turns after one unmeasured turn.",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores",
        f"- Load average (1 min) at start: {load_start:.2f}; at the end: {load_end:.2f}",
        "",
        "| request | " + " | ".join(name for name, _ in ENGINES) + " |",
        "|---|" + "---|" * len(ENGINES),
    ]
    for text, what in REQUESTS:
        cells = " | ".join(f"{medians[(name, text)]:.2f} s" for name, _ in ENGINES)
        lines.append(f"| {text} ({what}) | {cells} |")
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
