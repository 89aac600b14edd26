"""How many threads llama.cpp should run now: one per core that no other process takes.

llama.cpp's CPU threads meet at a spin barrier after every operation of the graph
(hundreds per token). When one of them shares its core with another busy process,
the others spin until the scheduler gives it its slice back: on a 2-core host with
one core taken, a call that takes 0.5 s idle took 137 s. Running only as many
threads as there are free cores lets a taken core cost its share, no more.

`CpuShare` samples /proc/stat in a background thread (twice a second, a few
microseconds each) and subtracts this process's own CPU time, so what it measures
is the CPU that *other* processes use, even while our own threads compute. The
worker asks `threads()` before each request and between batches and tokens;
`llama_set_n_threads` is cheap, so following the load costs nothing.

No Home Assistant import: the worker process loads this module by path.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
import math
import os
import threading
import time
from typing import Final

SAMPLE_PERIOD: Final = 0.5
"""Seconds between two readings of /proc/stat."""
MIN_WINDOW: Final = 0.4
"""Span the load is averaged over when samples allow (a jiffy is 10 ms)."""
FIRST_WINDOW: Final = 0.1
"""Right after start, the shortest span accepted (coarser, but the first request counts)."""
FREE_MARGIN: Final = 0.3
"""Threads = floor(free cores + FREE_MARGIN): on 2 cores, others using up to 0.3 core
(Home Assistant itself, the recorder) still leave 2 threads; a looping process leaves 1."""
_CLOCK_TICKS: Final = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True, slots=True)
class CpuSample:
    """Busy CPU seconds of the cores we may run on, and our own, at one instant."""

    at: float
    busy: float
    own: float


def allowed_cpus() -> set[int]:
    """The cores this process may run on (its affinity: containers and taskset narrow it)."""
    try:
        return set(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return set(range(os.cpu_count() or 1))


def read_busy_seconds(cpus: set[int], stat_path: str = "/proc/stat") -> float | None:
    """CPU seconds spent busy (not idle, not waiting for I/O) by `cpus` since boot."""
    busy = 0
    try:
        with open(stat_path, encoding="ascii") as f:  # noqa: PTH123
            for line in f:
                if not line.startswith("cpu") or line.startswith("cpu "):
                    continue
                name, *fields = line.split()
                if int(name[3:]) not in cpus:
                    continue
                values = [int(x) for x in fields[:8]]
                # user nice system idle iowait irq softirq steal
                busy += sum(values) - values[3] - values[4]
    except (OSError, ValueError, IndexError):
        return None
    return busy / _CLOCK_TICKS


def threads_for(cores: int, others: float, max_threads: int) -> int:
    """Threads to run when other processes use `others` cores' worth of `cores`."""
    free = cores - max(0.0, others)
    return max(1, min(max_threads, math.floor(free + FREE_MARGIN)))


class CpuShare:
    """Follows the CPU other processes take, and says how many threads fit beside them."""

    def __init__(
        self,
        max_threads: int,
        *,
        read_busy: Callable[[set[int]], float | None] = read_busy_seconds,
    ) -> None:
        """Measure the cores in this process's affinity; `max_threads` caps the answer."""
        self.max_threads = max(1, max_threads)
        self.cpus = allowed_cpus()
        self._read_busy = read_busy
        self._samples: deque[CpuSample] = deque(maxlen=8)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def sample(self) -> CpuSample | None:
        """Read the counters now (None where /proc/stat cannot be read)."""
        busy = self._read_busy(self.cpus)
        if busy is None:
            return None
        return CpuSample(time.monotonic(), busy, time.process_time())

    def record(self) -> None:
        """Keep one more sample (the background thread calls this)."""
        if (current := self.sample()) is not None:
            with self._lock:
                self._samples.append(current)

    def start(self) -> None:
        """Sample in a daemon thread until `stop`."""
        if self._thread is not None:
            return
        self.record()
        time.sleep(FIRST_WINDOW)  # so that the first request already has a measure
        self.record()
        self._thread = threading.Thread(target=self._run, name="cpu-share", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the sampling thread."""
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_PERIOD):
            self.record()

    def others(self) -> float | None:
        """Cores' worth of CPU that other processes used lately (None: not known yet)."""
        current = self.sample()
        if current is None:
            return None
        with self._lock:
            samples = list(self._samples)
        past = [s for s in samples if current.at - s.at >= MIN_WINDOW]
        if past:
            start = past[-1]
        elif samples and current.at - samples[0].at >= FIRST_WINDOW:
            start = samples[0]
        else:
            return None
        span = current.at - start.at
        return ((current.busy - start.busy) - (current.own - start.own)) / span

    def threads(self) -> int:
        """How many threads to run now: the free cores, at least one, at most the cap."""
        others = self.others()
        if others is None:
            return self.max_threads
        return threads_for(len(self.cpus), others, self.max_threads)
