"""On a busy host the worker runs only as many llama.cpp threads as there are free cores.

The competing load here is real: a `python -c 'while True: pass'` pinned with taskset
to one of the cores we may use (issue 11: one such loop made a 0.5 s call take 137 s).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
import contextlib
from pathlib import Path
import shutil
import subprocess
import sys

import pytest

from custom_components.local_slm.engine.client import (
    EngineClient,
    EngineConfig,
    GenerationRequest,
)
from custom_components.local_slm.engine.cpu_share import (
    MIN_WINDOW,
    SAMPLE_PERIOD,
    CpuShare,
    allowed_cpus,
    read_busy_seconds,
    threads_for,
)

CORES = len(allowed_cpus())
needs_two_cores = pytest.mark.skipif(
    CORES < 2 or shutil.which("taskset") is None, reason="needs 2 cores and taskset"
)


@contextlib.contextmanager
def _one_core_taken() -> Iterator[None]:
    """A real busy loop on the last core this process may use."""
    hog = subprocess.Popen(
        ["taskset", "-c", str(max(allowed_cpus())), sys.executable, "-c", "while True: pass"]
    )
    try:
        yield
    finally:
        hog.kill()
        hog.wait()


def test_a_looping_process_takes_one_thread_away() -> None:
    """Another process using a whole core leaves one thread fewer than the cores."""
    assert threads_for(2, others=1.0, max_threads=2) == 1
    assert threads_for(4, others=1.0, max_threads=4) == 3
    assert threads_for(4, others=2.1, max_threads=4) == 2


def test_light_background_use_keeps_every_core() -> None:
    """Home Assistant's own few percent do not cost a thread."""
    assert threads_for(2, others=0.2, max_threads=2) == 2
    assert threads_for(4, others=0.25, max_threads=4) == 4


def test_at_least_one_thread_and_never_more_than_the_cap() -> None:
    """A saturated host still gets one thread; free cores beyond the setting are not used."""
    assert threads_for(2, others=5.0, max_threads=2) == 1
    assert threads_for(8, others=0.0, max_threads=3) == 3


def test_busy_time_is_read_for_the_allowed_cores_only(tmp_path: Path) -> None:
    """Cores outside the affinity (taskset, a container's cpuset) are not counted."""
    stat = tmp_path / "stat"
    stat.write_text(
        "cpu  300 0 100 1000 0 0 0 0 0 0\n"
        "cpu0 100 0 50 500 0 0 0 0 0 0\n"
        "cpu1 200 0 50 500 7 0 0 0 0 0\n"
        "intr 1 2 3\n"
    )
    ticks = read_busy_seconds({0, 1}, str(stat))
    assert ticks is not None
    assert read_busy_seconds({1}, str(stat)) == pytest.approx(ticks * 250 / 400)


@needs_two_cores
async def test_a_taken_core_is_seen_within_a_second() -> None:
    """With a loop on one core, the sampler answers one thread fewer than the cores."""
    share = CpuShare(CORES)
    share.start()
    try:
        with _one_core_taken():
            await asyncio.sleep(MIN_WINDOW + 2 * SAMPLE_PERIOD)
            assert share.threads() <= CORES - 1
    finally:
        share.stop()


@needs_two_cores
async def test_the_worker_generates_with_the_free_cores_only(model_path: Path) -> None:
    """A generation started while a core is taken runs one thread fewer than configured."""
    client = EngineClient(EngineConfig(str(model_path), n_ctx=512, n_threads=CORES))
    await client.async_start()
    try:
        with _one_core_taken():
            await asyncio.sleep(MIN_WINDOW + 2 * SAMPLE_PERIOD)
            result = await client.async_generate(GenerationRequest(prompt="Hello", max_tokens=4))
        assert result.stats["threads"] <= CORES - 1
    finally:
        await client.async_stop()


@needs_two_cores
async def test_fixed_threads_ignore_the_taken_core(model_path: Path) -> None:
    """With adaptation off (the bench's baseline) the configured count is kept."""
    config = EngineConfig(str(model_path), n_ctx=512, n_threads=CORES, adapt_threads=False)
    client = EngineClient(config)
    await client.async_start()
    try:
        with _one_core_taken():
            await asyncio.sleep(MIN_WINDOW + 2 * SAMPLE_PERIOD)
            result = await client.async_generate(GenerationRequest(prompt="Hello", max_tokens=4))
        assert result.stats["threads"] == CORES
    finally:
        await client.async_stop()
