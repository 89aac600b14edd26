"""Async client of the inference worker process.

`EngineClient` starts `worker.py` with the interpreter running Home Assistant, loads the
model once and keeps it resident, and talks to it over pipes. Requests are served in
order by the worker, one at a time; at most `queue_size` may be waiting. When the
worker dies (a native crash, an OOM kill) every waiting request fails with
`WorkerCrashed` and one supervisor task restarts it with bounded backoff until it is
back or the engine is stopped. A start that fails leaves nothing running: only a
worker that has served is restarted.

Nothing here imports Home Assistant: the HA side maps these errors to translated ones.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Callable
import contextlib
from dataclasses import asdict, dataclass
import itertools
import json
import logging
from pathlib import Path
import sys
import time
from typing import Any, Final, override

from .base import (
    ChatTemplate,
    EngineBusy,
    EngineError,
    EngineStopped,
    EngineTimeout,
    GenerationRequest,
    GenerationResult,
    ModelLoadError,
    RequestRejected,
    TextStream,
    WorkerCrashed,
)

_LOGGER = logging.getLogger(__name__)

WORKER_SCRIPT: Final = Path(__file__).with_name("worker.py")
_STREAM_LIMIT: Final = 16 * 1024 * 1024
_BACKOFF: Final = (0.5, 1.0, 2.0, 5.0, 15.0, 60.0)
CRASH_WINDOW: Final = 600.0
"""Crashes within this many seconds count as repeated (backoff, repair issue)."""


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """How to run the model."""

    model_path: str
    n_ctx: int = 4096
    n_threads: int | None = None
    """Most threads llama.cpp may run (default: every core)."""
    n_batch: int = 256
    adapt_threads: bool = True
    """Run only as many threads as there are cores no other process takes (cpu_share)."""


class _Pending:
    """Replies to one request, in arrival order."""

    __slots__ = ("queue",)

    def __init__(self) -> None:
        self.queue: asyncio.Queue[dict[str, Any] | BaseException] = asyncio.Queue()


class EngineClient:
    """Owns one worker process and the model loaded in it."""

    def __init__(
        self,
        config: EngineConfig,
        *,
        queue_size: int = 16,
        request_timeout: float = 120.0,
        python: str = sys.executable,
        on_availability: Callable[[bool], None] | None = None,
        on_crash: Callable[[], None] | None = None,
    ) -> None:
        """Prepare a client; nothing runs until `async_start`."""
        self.config = config
        self.queue_size = queue_size
        self.request_timeout = request_timeout
        self._python = python
        self._on_availability = on_availability
        self._on_crash = on_crash
        self._crash_times: deque[float] = deque(maxlen=64)
        self._proc: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._stderr: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._supervised = False
        """True once a start succeeded: from then on a dead worker is restarted."""
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._stopping = False
        self._write_lock = asyncio.Lock()
        self._start_lock = asyncio.Lock()
        self.info: dict[str, Any] = {}
        self.restarts = 0
        self.crashes = 0
        self.last_crash: float | None = None
        self.last_error: str | None = None
        self._chat_template: ChatTemplate | None = None

    # --- lifecycle -------------------------------------------------------
    @property
    def available(self) -> bool:
        """True while a worker with the model loaded is running."""
        return self._proc is not None and self._proc.returncode is None and bool(self.info)

    def recent_crashes(self, window: float = CRASH_WINDOW) -> int:
        """Crashes within the last `window` seconds."""
        since = time.monotonic() - window
        return sum(1 for t in self._crash_times if t >= since)

    @property
    def model_name(self) -> str:
        """The model file's name."""
        return Path(self.config.model_path).name

    @property
    def software(self) -> str:
        """llama-cpp-python and its version."""
        return f"llama-cpp-python {self.info.get('library_version', '?')}"

    @property
    def owns_context(self) -> bool:
        """The worker's context is sized by the integration."""
        return True

    @property
    def waiting(self) -> int:
        """Requests sent and not yet answered (the one running included)."""
        return len(self._pending)

    @property
    def pid(self) -> int | None:
        """Process id of the running worker."""
        return self._proc.pid if self._proc is not None else None

    async def async_start(self) -> dict[str, Any]:
        """Start the worker and load the model; raise ModelLoadError on failure."""
        async with self._start_lock:
            if self.available:
                return self.info
            self._stopping = False
            await self._spawn()
            try:
                reply = await self._call({"op": "load", **_load_args(self.config)}, timeout=300)
            except EngineError as err:
                await self._kill()
                raise ModelLoadError(str(err)) from err
            self.info = reply["info"]
            self._supervised = True
            self._set_available(True)
            return self.info

    async def async_stop(self) -> None:
        """Stop the worker and its supervisor, and free the worker's memory."""
        self._stopping = True
        self._supervised = False
        supervisor, self._supervisor = self._supervisor, None
        if supervisor is not None and supervisor is not asyncio.current_task():
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
        proc = self._proc
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(EngineError, TimeoutError, OSError):
                await self._call({"op": "shutdown"}, timeout=5, stopping_ok=True)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 5)
        await self._kill()
        self._fail_pending(EngineStopped("engine stopped"))
        self.info = {}

    async def _spawn(self) -> None:
        self._proc = await asyncio.create_subprocess_exec(
            self._python,
            "-u",
            str(WORKER_SCRIPT),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            limit=_STREAM_LIMIT,
            start_new_session=True,  # a Ctrl-C to HA's terminal is HA's to handle
        )
        assert self._proc.stdout is not None
        ready = await asyncio.wait_for(self._proc.stdout.readline(), 60)
        if not ready:
            await self._kill()
            raise ModelLoadError("the worker process did not start")
        self._reader = asyncio.create_task(self._read_loop(self._proc), name="local_slm reader")
        self._stderr = asyncio.create_task(self._log_stderr(self._proc), name="local_slm stderr")

    async def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
        for task in (self._reader, self._stderr):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._reader = self._stderr = None
        if proc is not None:
            self._set_available(False)

    def _set_available(self, value: bool) -> None:
        if self._on_availability is not None:
            self._on_availability(value)

    async def _read_loop(self, proc: asyncio.subprocess.Process) -> None:
        assert proc.stdout is not None
        while line := await proc.stdout.readline():
            try:
                msg = json.loads(line)
            except json.JSONDecodeError:
                _LOGGER.debug("Ignoring a malformed line from the worker: %r", line[:200])
                continue
            pending = self._pending.get(int(msg.get("id", -1)))
            if pending is not None:
                pending.queue.put_nowait(msg)
        code = await proc.wait()
        if self._stopping or self._proc is not proc:
            return
        self._proc = None
        self.crashes += 1
        self.last_crash = time.time()
        self._crash_times.append(time.monotonic())
        self.last_error = f"worker exited with code {code}"
        was_available, self.info = bool(self.info), {}
        self._fail_pending(WorkerCrashed(self.last_error))
        if was_available:
            # HA's rule: say it once when it goes, once when it is back.
            _LOGGER.info("The local_slm worker stopped (exit code %s); restarting it", code)
            self._set_available(False)
        else:
            _LOGGER.debug("The local_slm worker died while loading (exit code %s)", code)
        if self._on_crash is not None:
            self._on_crash()
        if self._supervised and (self._supervisor is None or self._supervisor.done()):
            self._supervisor = asyncio.create_task(self._supervise(), name="local_slm supervisor")

    async def _supervise(self) -> None:
        """Restart the worker until it serves again; the only task that restarts it.

        A model that crashes on every load is retried with growing, capped delays
        (`_BACKOFF`), never by several tasks at once; `async_stop` cancels it.
        """
        for attempt in itertools.count(max(0, self.recent_crashes() - 1)):
            await asyncio.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
            if self._stopping:
                return
            try:
                await self.async_start()
            except (EngineError, OSError, TimeoutError) as err:
                _LOGGER.debug("Restarting the worker failed (%s); retrying", err)
                continue
            self.restarts += 1
            _LOGGER.info("The local_slm worker is back (restart %s)", self.restarts)
            return

    async def _log_stderr(self, proc: asyncio.subprocess.Process) -> None:
        assert proc.stderr is not None
        while line := await proc.stderr.readline():
            _LOGGER.debug("worker: %s", line.decode(errors="replace").rstrip())

    def _fail_pending(self, err: EngineError) -> None:
        for pending in self._pending.values():
            pending.queue.put_nowait(err)

    # --- requests --------------------------------------------------------
    async def _send(self, msg: dict[str, Any]) -> None:
        proc = self._proc
        if proc is None or proc.stdin is None or proc.returncode is not None:
            raise WorkerCrashed("the worker is not running")
        # Text that came from bytes that were not UTF-8 (lone surrogates) cannot be
        # encoded: replace those characters rather than fail the request.
        data = (json.dumps(msg, ensure_ascii=False) + "\n").encode(errors="replace")
        async with self._write_lock:
            try:
                proc.stdin.write(data)
                await proc.stdin.drain()
            except (BrokenPipeError, ConnectionResetError) as err:
                raise WorkerCrashed("the worker is not running") from err

    def _register(self, *, stopping_ok: bool = False) -> tuple[int, _Pending]:
        if self._stopping and not stopping_ok:
            raise EngineStopped("engine stopped")
        if len(self._pending) >= self.queue_size:
            raise EngineBusy(f"{len(self._pending)} requests already waiting")
        rid = next(self._ids)
        pending = self._pending[rid] = _Pending()
        return rid, pending

    async def _next(self, rid: int, pending: _Pending, deadline: float) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        try:
            async with asyncio.timeout(max(remaining, 0)):
                item = await pending.queue.get()
        except TimeoutError:
            await self._cancel(rid)
            raise EngineTimeout(f"no answer within {self.request_timeout:.0f} s") from None
        if isinstance(item, BaseException):
            raise item
        if item.get("ok") is False:
            code, message = item.get("error"), str(item.get("message"))
            if code == "invalid_request":
                raise RequestRejected(message)
            if code == "cancelled":
                raise asyncio.CancelledError
            raise EngineError(message)
        return item

    async def _cancel(self, rid: int) -> None:
        with contextlib.suppress(EngineError):
            await self._send({"op": "cancel", "target": rid})

    async def _call(
        self,
        msg: dict[str, Any],
        *,
        timeout: float | None = None,  # noqa: ASYNC109  (a deadline handed to _next)
        stopping_ok: bool = False,
    ) -> dict[str, Any]:
        rid, pending = self._register(stopping_ok=stopping_ok)
        try:
            await self._send({**msg, "id": rid})
            deadline = time.monotonic() + (timeout or self.request_timeout)
            return await self._next(rid, pending, deadline)
        except asyncio.CancelledError:
            await self._cancel(rid)
            raise
        finally:
            self._pending.pop(rid, None)

    async def async_count_tokens(self, text: str) -> int:
        """Number of tokens the model's tokenizer makes of `text`."""
        return int((await self._call({"op": "tokenize", "text": text}))["count"])

    async def async_chat_template(self) -> ChatTemplate:
        """The model's chat template (cached for the life of the loaded model)."""
        if self._chat_template is None:
            reply = await self._call({"op": "chat_template"})
            self._chat_template = ChatTemplate(reply["template"], reply["bos"], reply["eos"])
        return self._chat_template

    async def async_score(
        self, prompt: str, options: list[str], *, slot: str | None = None
    ) -> list[float]:
        """Log-probability of each option continuing `prompt` (in the given KV slot)."""
        reply = await self._call(
            {"op": "score", "prompt": prompt, "options": options, "slot": slot}
        )
        return [float(x) for x in reply["logprobs"]]

    async def async_is_warm(self, prompt: str, *, slot: str | None = None) -> bool:
        """Whether the slot already holds `prompt` evaluated (its last token aside)."""
        reply = await self._call({"op": "cached", "prompt": prompt, "slot": slot})
        return int(reply["cached"]) >= int(reply["tokens"]) - 1

    async def async_stats(self) -> dict[str, Any]:
        """Counters kept by the worker."""
        return dict((await self._call({"op": "stats"}))["stats"])

    async def async_crash_for_test(self) -> None:
        """Make the worker segfault (a real native crash, for the supervisor's tests)."""
        with contextlib.suppress(EngineError):
            await self._send({"op": "crash", "id": next(self._ids)})

    def stream(self, request: GenerationRequest) -> GenerationStream:
        """Generate, yielding text as it comes; see `GenerationStream`."""
        return GenerationStream(self, request)

    async def async_generate(self, request: GenerationRequest) -> GenerationResult:
        """Generate and return the whole text with its stats."""
        return await self.stream(request).async_collect()


class GenerationStream(TextStream):
    """The worker's deltas; `result` holds the text and stats at the end.

    Leaving the loop early, or cancelling the task iterating it, stops the worker at
    its next token: the CPU is freed at once.
    """

    def __init__(self, client: EngineClient, request: GenerationRequest) -> None:
        """Bind a request to a client; it is sent on first iteration."""
        super().__init__(request)
        self._client = client

    @override
    async def _run(self) -> AsyncIterator[str]:
        client = self._client
        rid, pending = client._register()
        finished = False
        try:
            msg = {"op": "generate", "id": rid, **asdict(self._request)}
            msg["stop"] = list(self._request.stop)
            await client._send(msg)
            deadline = time.monotonic() + client.request_timeout
            while True:
                item = await client._next(rid, pending, deadline)
                if "delta" in item:
                    yield str(item["delta"])
                    continue
                self.result = GenerationResult(
                    text=str(item["text"]),
                    finish_reason=str(item["finish_reason"]),
                    stats=dict(item["stats"]),
                )
                finished = True
                return
        finally:
            client._pending.pop(rid, None)
            if not finished:
                await client._cancel(rid)


def _load_args(config: EngineConfig) -> dict[str, Any]:
    return {
        "path": config.model_path,
        "n_ctx": config.n_ctx,
        "n_threads": config.n_threads,
        "n_batch": config.n_batch,
        "adapt_threads": config.adapt_threads,
    }
