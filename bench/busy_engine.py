"""The engine alone, fixed vs adaptive threads, with and without a looping core (issue 11).

Run: .venv/bin/python -m bench.busy_engine   (from the repository root; prints one line a case)

Generates 16 tokens on the built-in model through EngineClient (no HA), after the
competing `python -c 'while True: pass'` (taskset to the last allowed core) has run
1.5 s. A call is stopped after 150 s. The numbers of a run are copied by hand into
bench/RESULTS.md, under the busy-host section, with the load they were taken at.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

from custom_components.local_slm.engine.client import (
    EngineClient,
    EngineConfig,
    GenerationRequest,
)
from custom_components.local_slm.engine.cpu_share import allowed_cpus
from custom_components.local_slm.model_files import builtin_model_path

LIMIT = 150.0


async def _case(adapt: bool, busy: bool) -> str:
    cores = len(allowed_cpus())
    config = EngineConfig(
        str(builtin_model_path()), n_ctx=512, n_threads=cores, adapt_threads=adapt
    )
    client = EngineClient(config)
    await client.async_start()
    loop_cmd = ["taskset", "-c", str(max(allowed_cpus())), sys.executable, "-c", "while 1: pass"]
    hog = subprocess.Popen(loop_cmd) if busy else None  # noqa: ASYNC220  (killed below)
    try:
        await asyncio.sleep(1.5)
        start = time.monotonic()
        request = GenerationRequest(prompt="Once upon a time", max_tokens=16, temperature=0.0)
        try:
            async with asyncio.timeout(LIMIT):
                result = await client.async_generate(request)
        except TimeoutError:
            took, threads = f"> {LIMIT:.0f} s", "?"
        else:
            took, threads = f"{time.monotonic() - start:.2f} s", str(result.stats["threads"])
    finally:
        if hog is not None:
            hog.kill()
            hog.wait()
        await client.async_stop()
    mode = "adaptive" if adapt else "fixed"
    host = "one core looping" if busy else "no loop"
    return f"{mode}, {host}: {took}, threads {threads}, load {os.getloadavg()[0]:.1f}"


async def _main() -> None:
    for adapt in (True, False):
        for busy in (False, True):
            print(await _case(adapt, busy), flush=True)


if __name__ == "__main__":
    asyncio.run(_main())
