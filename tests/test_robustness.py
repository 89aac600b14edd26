"""The engine survives every fault we can produce for real, and HA with it.

Faults here are real: the worker segfaults (its `crash` op dereferences NULL), is
killed with SIGKILL, its parent is killed, callers go away or run out of time, the
queue is filled. The only injected fault is a tiny MemAvailable (see the memory test):
a machine without memory cannot be produced safely.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
import contextlib
from datetime import timedelta
import itertools
import logging
import os
from pathlib import Path
import signal
import subprocess
import sys
import time

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.engine.client import (
    WORKER_SCRIPT,
    EngineBusy,
    EngineClient,
    EngineConfig,
    EngineTimeout,
    GenerationRequest,
    ModelLoadError,
    WorkerCrashed,
)
from custom_components.local_slm.memory_retries import memory_issue_id
from custom_components.local_slm.model_files import (
    ModelFileError,
    check_memory,
    inspect_model_file,
)
from custom_components.local_slm.prompting.chat_format import render_chat
from custom_components.local_slm.repairs import crash_issue_id

_LOGGER = logging.getLogger(__name__)
AGENT = "conversation.local_slm_conversation"
LONG = 2000  # max_tokens far above what any cancelled request may reach


async def _prompt(engine: EngineClient, text: str) -> str:
    tpl = await engine.async_chat_template()
    return render_chat([{"role": "user", "content": text}], tpl.template, eos=tpl.eos)


async def _story(engine: EngineClient, max_tokens: int = LONG) -> GenerationRequest:
    """A request that would run for many seconds if nothing stopped it."""
    prompt = await _prompt(engine, "Tell me a very long story about a dragon and a knight.")
    return GenerationRequest(prompt=prompt, max_tokens=max_tokens, temperature=0.8, seed=1)


async def _wait_until(predicate: Callable[[], bool], limit: float = 30.0) -> float:
    """Wait for `predicate()` to hold; return how long it took."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > limit:
            raise AssertionError(f"condition not met within {limit} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture
async def small_engine(model_path: Path) -> AsyncGenerator[EngineClient]:
    """A started engine whose prompts are read 32 tokens at a time."""
    client = EngineClient(EngineConfig(str(model_path), n_ctx=2048, n_threads=2, n_batch=32))
    await client.async_start()
    yield client
    await client.async_stop()


# --- native crash ------------------------------------------------------------


async def test_segfault_mid_generation_fails_the_request(engine: EngineClient) -> None:
    """A real SIGSEGV in the worker during a generation ends it with WorkerCrashed."""
    stream = engine.stream(await _story(engine))
    deltas = 0
    with pytest.raises(WorkerCrashed):
        async for _ in stream:
            deltas += 1
            if deltas == 3:
                await engine.async_crash_for_test()
    assert deltas >= 3
    assert engine.crashes == 1
    assert engine.last_error is not None
    assert str(-signal.SIGSEGV) in engine.last_error


async def test_worker_restarts_after_a_segfault_and_serves_again(engine: EngineClient) -> None:
    """After a segfault the worker comes back by itself and the next request succeeds."""
    old_pid = engine.pid
    await engine.async_crash_for_test()
    await _wait_until(lambda: not engine.available)
    recovery = await _wait_until(lambda: engine.available)
    _LOGGER.warning("segfault -> serving again in %.2f s", recovery)
    assert engine.restarts == 1
    assert engine.pid != old_pid
    result = await engine.async_generate(GenerationRequest(prompt="Hello", max_tokens=4))
    assert result.stats["completion_tokens"] > 0


async def test_worker_restarts_after_kill_9(engine: EngineClient) -> None:
    """SIGKILL (what the OOM killer sends) is survived the same way."""
    pid = engine.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    await _wait_until(lambda: engine.crashes == 1)
    recovery = await _wait_until(lambda: engine.available)
    _LOGGER.warning("kill -9 -> serving again in %.2f s", recovery)
    result = await engine.async_generate(GenerationRequest(prompt="Hello", max_tokens=4))
    assert result.text is not None
    assert engine.restarts == 1


async def test_repeated_crashes_back_off(engine: EngineClient) -> None:
    """Each crash soon after the previous one waits longer before the restart."""
    delays = []
    for _ in range(3):
        await engine.async_crash_for_test()
        await _wait_until(lambda: not engine.available)
        delays.append(await _wait_until(lambda: engine.available))
    assert engine.crashes == 3
    assert engine.restarts == 3
    assert delays[0] < delays[1] < delays[2]


def _python_whose_load_crashes(tmp_path: Path, crash: Path, spawns: Path) -> str:
    """An interpreter for `EngineClient(python=...)` running the real worker.

    Each start appends a line to `spawns`. While the file `crash` exists, the
    worker's model load segfaults (a real NULL dereference, like its `crash` op):
    the stand-in for a model file that kills llama.cpp on load, which we cannot ship.
    """
    runner = tmp_path / "crash_on_load.py"
    runner.write_text(
        f"""
import ctypes, os, sys
sys.path.insert(0, os.path.dirname(sys.argv[-1]))
import worker
real_load = worker.Worker.op_load
def op_load(self, req):
    if os.path.exists({str(crash)!r}):
        ctypes.string_at(0)
    return real_load(self, req)
worker.Worker.op_load = op_load
worker.main()
"""
    )
    wrapper = tmp_path / "python"
    wrapper.write_text(
        f'#!/bin/sh\necho start >> "{spawns}"\nexec "{sys.executable}" -u "{runner}" "$@"\n'
    )
    wrapper.chmod(0o755)
    return str(wrapper)


def _count_lines(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


async def test_a_start_whose_load_crashes_leaves_nothing_running(
    model_path: Path, tmp_path: Path
) -> None:
    """A worker dying while it loads fails the start; no restart is attempted behind it."""
    crash, spawns = tmp_path / "crash", tmp_path / "spawns"
    crash.touch()
    client = EngineClient(
        EngineConfig(str(model_path), n_ctx=512, n_threads=1),
        python=_python_whose_load_crashes(tmp_path, crash, spawns),
    )
    with pytest.raises(ModelLoadError):
        await client.async_start()
    await asyncio.sleep(2.0)  # the old code restarted here, 663 times in 2 s
    assert _count_lines(spawns) == 1
    assert client.pid is None
    await client.async_stop()


@pytest.fixture
async def fragile_engine(model_path: Path, tmp_path: Path) -> AsyncGenerator[EngineClient]:
    """A started engine whose later loads segfault while `tmp_path/crash` exists.

    Each worker start appends a line to `tmp_path/spawns`.
    """
    client = EngineClient(
        EngineConfig(str(model_path), n_ctx=512, n_threads=1),
        python=_python_whose_load_crashes(tmp_path, tmp_path / "crash", tmp_path / "spawns"),
    )
    await client.async_start()
    yield client
    await client.async_stop()


async def test_a_model_that_crashes_on_every_restart_is_retried_by_one_backing_off_task(
    fragile_engine: EngineClient, tmp_path: Path
) -> None:
    """After a crash, restarts whose load crashes too wait 0.5, 1, 2 s... and stop stops them."""
    client, crash, spawns = fragile_engine, tmp_path / "crash", tmp_path / "spawns"
    crash.touch()
    await client.async_crash_for_test()
    await _wait_until(lambda: _count_lines(spawns) >= 3)  # two failed restarts
    await asyncio.sleep(2.5)
    # Backoff 0.5 + 1 + 2 s: at most 3 restarts fit in the time waited (~4 s).
    assert _count_lines(spawns) <= 1 + 3
    assert client.crashes == _count_lines(spawns) - 1 or client.crashes == _count_lines(spawns)
    await client.async_stop()
    after_stop = _count_lines(spawns)
    await asyncio.sleep(2.5)
    assert _count_lines(spawns) == after_stop
    assert client.pid is None
    assert not client.available


async def test_an_outage_is_logged_once_when_it_starts_and_once_when_it_ends(
    fragile_engine: EngineClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """HA's rule: one line when the worker goes, one when it is back; not one per retry."""
    client, crash, spawns = fragile_engine, tmp_path / "crash", tmp_path / "spawns"
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="custom_components.local_slm.engine.client"):
        crash.touch()
        await client.async_crash_for_test()
        await _wait_until(lambda: _count_lines(spawns) >= 3)  # two restarts failed
        crash.unlink()
        await _wait_until(lambda: client.available)
    await client.async_stop()
    told = [
        r
        for r in caplog.records
        if r.name.startswith("custom_components.local_slm") and r.levelno >= logging.INFO
    ]
    assert [r.levelno for r in told] == [logging.INFO, logging.INFO]
    assert "stopped" in told[0].getMessage()
    assert "back" in told[1].getMessage()


async def test_worker_dies_with_its_parent(model_path: Path, tmp_path: Path) -> None:
    """Killing HA's process (-9) takes a busy worker with it (PR_SET_PDEATHSIG).

    A stand-in parent starts the worker, loads the model and asks for a long
    generation, with the worker's replies going to a file (so that the worker does
    not die of a broken pipe) under a grammar that never lets it stop early. We then
    SIGKILL the parent: only the kernel's parent-death signal can end the busy worker
    before its 4000 tokens (without it, this test fails).
    """
    replies = tmp_path / "replies.jsonl"
    parent_code = f"""
import json, subprocess, sys, time
out = open({str(replies)!r}, "w")
w = subprocess.Popen([sys.executable, {str(WORKER_SCRIPT)!r}], stdin=subprocess.PIPE, stdout=out)
send = lambda m: (w.stdin.write((json.dumps(m) + "\\n").encode()), w.stdin.flush())
send({{"id": 1, "op": "load", "path": {str(model_path)!r}, "n_ctx": 4096, "n_threads": 1}})
send({{"id": 2, "op": "generate", "prompt": "Once upon a time", "max_tokens": 4000,
       "grammar": "root ::= [a-z] [a-z ] root"}})  # never complete: no end of text
print(w.pid, flush=True)
time.sleep(600)
"""
    parent = subprocess.Popen(  # noqa: ASYNC220  (a short-lived helper)
        [sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    worker_pid = int(await asyncio.to_thread(parent.stdout.readline))
    try:
        # Wait until the worker is generating (its deltas reach the file).
        await _wait_until(lambda: replies.read_text().count('"delta"') > 5)
        parent.kill()
        parent.wait()
        gone_after = await _wait_until(lambda: not _alive(worker_pid), limit=10)
        _LOGGER.warning("worker gone %.3f s after its parent was killed", gone_after)
    finally:
        parent.kill()
        parent.wait()
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker_pid, signal.SIGKILL)


# --- crash, as Home Assistant sees it ---------------------------------------------


async def test_crash_makes_entities_unavailable_then_available(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """While the worker restarts the agent is unavailable; then it is back, HA unharmed."""
    engine = loaded_entry.runtime_data.engine
    states: list[str] = []
    hass.bus.async_listen(
        "state_changed",
        lambda event: states.append(event.data["new_state"].state)
        if event.data["entity_id"] == AGENT
        else None,
    )
    await engine.async_crash_for_test()
    await _wait_until(lambda: STATE_UNAVAILABLE in states)
    await _wait_until(lambda: engine.available)
    await hass.async_block_till_done()
    state = hass.states.get(AGENT)
    assert state is not None
    assert state.state != STATE_UNAVAILABLE
    assert loaded_entry.state is ConfigEntryState.LOADED


async def test_one_crash_raises_no_issue(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A single crash is logged and survived; it is not worth a repair."""
    engine = loaded_entry.runtime_data.engine
    await engine.async_crash_for_test()
    await _wait_until(lambda: engine.crashes == 1)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, crash_issue_id(loaded_entry.entry_id))
    assert issue is None


async def _crash_three_times(hass: HomeAssistant, engine: EngineClient) -> None:
    for n in range(1, 4):
        await _wait_until(lambda: engine.available)
        await engine.async_crash_for_test()
        await _wait_until(lambda n=n: engine.crashes == n)
    await _wait_until(lambda: engine.available)
    await hass.async_block_till_done()


async def test_repeated_crashes_raise_a_repair_issue(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Three crashes within ten minutes raise `worker_crashing`, naming the count."""
    await _crash_three_times(hass, loaded_entry.runtime_data.engine)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, crash_issue_id(loaded_entry.entry_id))
    assert issue is not None
    assert issue.translation_key == "worker_crashing"
    assert issue.translation_placeholders == {"title": loaded_entry.title, "count": "3"}


async def test_crash_issue_clears_after_a_stable_while(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Ten minutes without a crash clear the issue."""
    await _crash_three_times(hass, loaded_entry.runtime_data.engine)
    issues = ir.async_get(hass)
    assert issues.async_get_issue(DOMAIN, crash_issue_id(loaded_entry.entry_id)) is not None
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=11))
    await hass.async_block_till_done()
    assert issues.async_get_issue(DOMAIN, crash_issue_id(loaded_entry.entry_id)) is None


async def test_crash_issue_clears_on_reload(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Reloading the entry (a new worker, maybe new options) clears the issue."""
    await _crash_three_times(hass, loaded_entry.runtime_data.engine)
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    issue = ir.async_get(hass).async_get_issue(DOMAIN, crash_issue_id(loaded_entry.entry_id))
    assert issue is None
    assert loaded_entry.state is ConfigEntryState.LOADED


# --- cancellation and time limits ----------------------------------------------


async def _stats_after(engine: EngineClient) -> tuple[dict[str, object], float]:
    """Worker stats, and how long the worker took to get to them (it serves in order)."""
    start = time.monotonic()
    stats = await engine.async_stats()
    return stats, time.monotonic() - start


async def test_leaving_the_stream_stops_generation(engine: EngineClient) -> None:
    """A caller that stops reading (breaks out of the loop) stops the worker at once."""
    stream = engine.stream(await _story(engine))
    seen = 0
    async for _ in stream:
        seen += 1
        if seen == 3:
            break
    stats, latency = await _stats_after(engine)
    _LOGGER.warning("stream left -> worker free after %.3f s", latency)
    assert stats["cancelled"] == 1
    assert isinstance(stats["completion_tokens"], int)
    assert stats["completion_tokens"] < LONG // 10
    assert stats["requests"] == 0  # it never finished


async def test_cancelled_task_stops_generation(engine: EngineClient) -> None:
    """Cancelling the task awaiting a generation (HA stopping a pipeline) stops it."""
    request = await _story(engine)
    task = asyncio.create_task(engine.async_generate(request))
    await asyncio.sleep(0.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    stats, latency = await _stats_after(engine)
    _LOGGER.warning("task cancelled -> worker free after %.3f s", latency)
    assert stats["cancelled"] == 1
    assert isinstance(stats["completion_tokens"], int)
    assert stats["completion_tokens"] < LONG // 10


async def test_time_limit_stops_generation(engine: EngineClient) -> None:
    """A request over its time limit fails with EngineTimeout and the worker stops it."""
    engine.request_timeout = 0.5
    with pytest.raises(EngineTimeout):
        await engine.async_generate(await _story(engine))
    engine.request_timeout = 30
    stats, latency = await _stats_after(engine)
    _LOGGER.warning("time limit -> worker free after %.3f s", latency)
    assert stats["cancelled"] == 1
    assert isinstance(stats["completion_tokens"], int)
    assert stats["completion_tokens"] < LONG // 10


async def test_reading_a_long_prompt_can_be_cancelled(small_engine: EngineClient) -> None:
    """A cancel during prompt evaluation stops between batches, not after the prompt.

    Proof: the worker's KV cache holds only the batches read before the cancel
    (`kv_tokens`), far fewer than the prompt's tokens.
    """
    engine = small_engine
    prompt = await _prompt(engine, "Describe this: " + "a quiet house at night, " * 150)
    total = await engine.async_count_tokens(prompt)
    task = asyncio.create_task(
        engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=1))
    )
    pid = engine.pid
    assert pid is not None
    cpu = _cpu_seconds(pid)
    await _wait_until(lambda: _cpu_seconds(pid) > cpu + 0.5)  # it is reading the prompt
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    stats, latency = await _stats_after(engine)
    _LOGGER.warning(
        "prompt reading cancelled -> worker free after %.3f s, %s of %s prompt tokens read",
        latency,
        stats["kv_tokens"],
        total,
    )
    assert stats["cancelled"] == 1
    assert isinstance(stats["kv_tokens"], int)
    assert 0 < stats["kv_tokens"] < total - engine.config.n_batch


# --- load -----------------------------------------------------------------------


async def test_twenty_concurrent_requests_are_served_in_order(engine: EngineClient) -> None:
    """20 requests at once all succeed, first come first served, the loop ticking on."""
    engine.queue_size = 20
    prompt = await _prompt(engine, "Name a colour.")
    finished: list[int] = []
    ticks: list[float] = []
    running = True

    async def ticker() -> None:
        while running:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    async def ask(n: int) -> None:
        await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=8, seed=n))
        finished.append(n)

    tick_task = asyncio.create_task(ticker())
    start = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(ask(n) for n in range(20))), 120)
    elapsed = time.monotonic() - start
    running = False
    await tick_task
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    _LOGGER.warning(
        "20 requests in %.2f s; loop ticked %s times, longest gap %.1f ms",
        elapsed,
        len(ticks),
        max(gaps) * 1000,
    )
    assert finished == list(range(20))
    # The loop was never blocked: it kept ticking through the whole run.
    assert len(ticks) > elapsed / 0.01 / 4
    assert max(gaps) < 0.5


async def test_past_the_bound_callers_get_busy_at_once(engine: EngineClient) -> None:
    """With the queue full the next caller is refused at once, and no one is stuck."""
    engine.queue_size = 4
    request = await _story(engine, max_tokens=16)
    waiting = [asyncio.create_task(engine.async_generate(request)) for _ in range(4)]
    await asyncio.sleep(0)
    refused_in = time.monotonic()
    with pytest.raises(EngineBusy):
        await engine.async_generate(request)
    assert time.monotonic() - refused_in < 1
    results = await asyncio.wait_for(asyncio.gather(*waiting), 60)
    assert len(results) == 4
    after = await engine.async_generate(GenerationRequest(prompt="Hi", max_tokens=2))
    assert after.finish_reason in {"stop", "length"}


async def test_busy_engine_answers_a_translated_sentence(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Assist on a full queue says, in the user's language, that the model is busy."""
    from homeassistant.components import conversation
    from homeassistant.core import Context

    engine = loaded_entry.runtime_data.engine
    engine.queue_size = 1
    blocker = asyncio.create_task(engine.async_generate(await _story(engine, 64)))
    await asyncio.sleep(0)
    result = await conversation.async_converse(
        hass, "Write a poem about the sea.", None, Context(), language="en", agent_id=AGENT
    )
    speech = result.response.speech["plain"]["speech"]
    assert "busy" in speech
    await blocker


# --- memory ------------------------------------------------------------------------


async def test_memory_check_refuses_what_does_not_fit(model_path: Path) -> None:
    """Size and context are checked against available RAM before anything loads.

    Fault injection: `available` stands for a 64 MiB MemAvailable (we cannot make
    the test machine run out of memory safely).
    """
    info = inspect_model_file(model_path)
    check_memory(info, 2048, available=8 * 2**30)  # fits in 8 GiB
    with pytest.raises(ModelFileError) as err:
        check_memory(info, 2048, available=64 * 2**20)
    assert err.value.reason == "insufficient_memory"
    assert "MiB" in str(err.value)


async def test_too_little_memory_is_retried_not_a_setup_error(
    hass: HomeAssistant,
    ha_core: None,
    config_entry: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lack of memory is often transient: setup is retried, with the translated reason.

    Fault injection: /proc/meminfo's MemAvailable is replaced by 64 MiB.
    """
    from custom_components.local_slm import model_files

    monkeypatch.setattr(model_files, "available_memory_bytes", lambda: 64 * 2**20)
    assert not await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_RETRY
    assert config_entry.reason is not None
    assert "Not enough memory" in config_entry.reason
    issue_id = memory_issue_id(config_entry.entry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_lasting_lack_of_memory_raises_an_issue_cleared_once_it_loads(
    hass: HomeAssistant,
    ha_core: None,
    config_entry: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three failed setups in a row raise `insufficient_memory`; a setup that loads clears it.

    Fault injection: /proc/meminfo's MemAvailable is replaced by 64 MiB, then restored.
    """
    from custom_components.local_slm import model_files

    real = model_files.available_memory_bytes
    monkeypatch.setattr(model_files, "available_memory_bytes", lambda: 64 * 2**20)
    await hass.config_entries.async_setup(config_entry.entry_id)
    for _ in range(2):
        await hass.config_entries.async_reload(config_entry.entry_id)
    issues = ir.async_get(hass)
    issue = issues.async_get_issue(DOMAIN, memory_issue_id(config_entry.entry_id))
    assert issue is not None
    assert issue.translation_key == "insufficient_memory"
    monkeypatch.setattr(model_files, "available_memory_bytes", real)
    await hass.config_entries.async_reload(config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert config_entry.state is ConfigEntryState.LOADED
    assert issues.async_get_issue(DOMAIN, memory_issue_id(config_entry.entry_id)) is None
    await hass.config_entries.async_unload(config_entry.entry_id)


async def test_unload_and_reload_return_the_worker_memory(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The model's memory lives in the worker; unloading ends it, reloading swaps it."""
    engine = loaded_entry.runtime_data.engine
    await engine.async_generate(GenerationRequest(prompt="Hello there", max_tokens=8))
    pid = engine.pid
    assert pid is not None
    rss = _rss_kib(pid)
    ha_rss = _rss_kib(os.getpid())
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    new_pid = loaded_entry.runtime_data.engine.pid
    assert new_pid is not None and new_pid != pid
    assert not _alive(pid)
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert not _alive(new_pid)
    growth = _rss_kib(os.getpid()) - ha_rss
    _LOGGER.warning(
        "worker RSS %.0f MiB freed on unload; HA process grew %.0f MiB over a reload",
        rss / 1024,
        growth / 1024,
    )
    assert rss > 50 * 1024  # the model was really resident in the worker
    assert growth < rss / 2  # and none of it moved into HA's process
