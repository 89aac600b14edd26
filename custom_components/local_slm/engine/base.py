"""What every engine offers the agents, whoever runs the model.

Two engines implement `Engine`: `client.EngineClient` (the model in a local worker
process) and `remote.RemoteEngine` (an OpenAI-compatible server, such as llama.cpp's
`llama-server`, elsewhere in the house). The conversation agent, the AI task and
`summarize` only see this interface. Nothing here imports Home Assistant.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol


class EngineError(Exception):
    """Base of the engine's errors; `code` names a translation key."""

    code = "engine_failed"


class ModelLoadError(EngineError):
    """The model could not be loaded."""

    code = "model_load_failed"


class WorkerCrashed(EngineError):
    """The worker process died."""

    code = "worker_crashed"


class EngineBusy(EngineError):
    """Too many requests are waiting."""

    code = "engine_busy"


class EngineTimeout(EngineError):
    """A request exceeded its time limit."""

    code = "engine_timeout"


class EngineStopped(EngineError):
    """The engine was stopped."""

    code = "engine_stopped"


class RequestRejected(EngineError):
    """The worker refused the request (too long for the context, bad grammar...)."""

    code = "request_rejected"


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """One completion of a raw, already formatted prompt."""

    prompt: str
    max_tokens: int = 128
    temperature: float = 0.2
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    grammar: str | None = None
    stop: tuple[str, ...] = ()
    seed: int | None = None
    slot: str | None = None
    """Workload name; each slot keeps its own evaluated prefix in the worker."""
    json_schema: dict[str, Any] | None = None
    """The JSON schema `grammar` was built from, for servers that take no grammar."""


@dataclass(slots=True)
class GenerationResult:
    """What a finished generation produced."""

    text: str
    finish_reason: str
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChatTemplate:
    """The model's own chat template and special tokens, from its GGUF metadata."""

    template: str | None
    bos: str
    eos: str


class TextStream(ABC):
    """Async iterator of text deltas; `result` holds the text and stats at the end."""

    def __init__(self, request: GenerationRequest) -> None:
        """Bind the request; it is sent on first iteration."""
        self._request = request
        self.result: GenerationResult | None = None

    def __aiter__(self) -> AsyncIterator[str]:
        """Send the request and iterate over the deltas."""
        return self._run()

    @abstractmethod
    def _run(self) -> AsyncIterator[str]:
        """Send the request, yield the deltas, set `result`."""

    async def async_collect(self) -> GenerationResult:
        """Run to the end and return the whole text with its stats."""
        async for _ in self:
            pass
        assert self.result is not None
        return self.result


class Engine(Protocol):
    """A loaded model that formats nothing: it completes raw prompts and scores options."""

    info: dict[str, Any]
    """What the engine knows of its model; `n_ctx` is the context size in tokens."""
    queue_size: int
    request_timeout: float
    restarts: int
    crashes: int
    last_crash: float | None
    last_error: str | None

    @property
    def config(self) -> object:
        """The settings the engine runs with (compared to decide on a reload)."""

    @property
    def available(self) -> bool:
        """True while requests can be served."""

    @property
    def model_name(self) -> str:
        """The model, as shown to the user (file name or the server's model id)."""

    @property
    def software(self) -> str:
        """What runs the model, with its version."""

    @property
    def owns_context(self) -> bool:
        """Whether the context size is ours to choose (False: the server decides)."""

    @property
    def waiting(self) -> int:
        """Requests sent and not yet answered (the one running included)."""

    def recent_crashes(self, window: float) -> int:
        """Failures within the last `window` seconds."""

    async def async_start(self) -> dict[str, Any]:
        """Load or reach the model; return `info`."""

    async def async_stop(self) -> None:
        """Stop serving and free what the engine holds."""

    async def async_count_tokens(self, text: str) -> int:
        """Number of tokens the model's tokenizer makes of `text`."""

    async def async_chat_template(self) -> ChatTemplate:
        """The model's chat template and special tokens."""

    async def async_score(
        self, prompt: str, options: list[str], *, slot: str | None = None
    ) -> list[float]:
        """Log-probability (or a documented stand-in) of each option continuing `prompt`."""

    async def async_is_warm(self, prompt: str, *, slot: str | None = None) -> bool:
        """Whether `prompt` is already evaluated (a warm-up would be wasted)."""

    async def async_stats(self) -> dict[str, Any]:
        """Counters kept by the engine."""

    def stream(self, request: GenerationRequest) -> TextStream:
        """Generate, yielding text as it comes."""

    async def async_generate(self, request: GenerationRequest) -> GenerationResult:
        """Generate and return the whole text with its stats."""
