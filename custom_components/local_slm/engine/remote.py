"""The engine on another machine: an OpenAI-compatible server, best of all llama.cpp's own.

`RemoteEngine` implements `base.Engine` over HTTP, with the aiohttp session it is
given (Home Assistant's shared one). Every request goes to the URL the user entered,
nowhere else.

Two levels of support, chosen when the engine starts:

* **llama.cpp's `llama-server`** (it answers `GET /props` with a chat template): the
  prompts the agents build with the model's own template are completed as they are
  (`POST /v1/completions`, streamed over SSE), with the same GBNF grammar as the local
  worker (`grammar`), the server's prompt cache (`cache_prompt`), exact token counts
  (`POST /tokenize`), and options scored by their real log-probability: each option
  is forced by a one-string grammar and the server reports each token's raw
  log-probability (`n_probs`, before sampling).
* **Any other OpenAI-compatible server** (Ollama, LocalAI, vLLM): the agents see the
  ChatML format, and each prompt is turned back into chat messages for
  `POST /v1/chat/completions`, so the server applies the model's template. Reduced:
  structured output uses `response_format` with the JSON schema (no GBNF grammar, so
  tool calls are only validated and repaired, not constrained); token counts are
  estimated from the text length; options are scored by how far the model's greedy
  answer agrees with each (the stand-in for log-probabilities).

Faults: an unreachable server fails the request with `ServerUnreachable`, marks the
engine unavailable and polls the server until it answers again; every request has a
time limit; at most `queue_size` requests are in flight.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Callable
import contextlib
from dataclasses import dataclass, field
import json
import logging
import math
import re
import time
from typing import Any, Final, override

import aiohttp
from aiohttp import hdrs
from yarl import URL

from ..assist.grammar import gbnf_literal
from .base import (
    ChatTemplate,
    EngineBusy,
    EngineError,
    EngineStopped,
    EngineTimeout,
    GenerationRequest,
    GenerationResult,
    RequestRejected,
    TextStream,
)

_LOGGER = logging.getLogger(__name__)

API_PREFIX: Final = "/v1"
PROBE_TIMEOUT: Final = 10.0
_RECOVERY_BACKOFF: Final = (1.0, 2.0, 5.0, 10.0, 30.0)
DEFAULT_REMOTE_N_CTX: Final = 4096
"""Context assumed when the server does not say (Ollama's default)."""
CHARS_PER_TOKEN: Final = 3
"""Estimate for servers without `/tokenize`: few tokenizers make fewer than 1 per 3 bytes."""
OPENAI_MAX_STOPS: Final = 4

_CHATML_TURN = re.compile(r"<\|im_start\|>(\w+)\n(.*?)(?:<\|im_end\|>\n?|$)", re.DOTALL)


class ServerUnreachable(EngineError):
    """The server did not answer (down, wrong address, connection lost)."""

    code = "server_unreachable"


class ServerAuthFailed(EngineError):
    """The server refused the API key."""

    code = "invalid_auth"


class NotOpenAICompatible(EngineError):
    """Something answers at the URL, but not the OpenAI API."""

    code = "not_openai_compatible"


class ModelNotServed(EngineError):
    """The server does not serve the chosen model."""

    code = "model_not_served"


@dataclass(frozen=True, slots=True)
class RemoteConfig:
    """Where the model is served."""

    url: str
    """Base URL of the server, without the `/v1` of the OpenAI API."""
    model: str
    api_key: str | None = field(default=None, repr=False)


def normalize_url(url: str) -> str:
    """The server's base URL: scheme, host, port and path prefix, without `/v1`.

    Raises ValueError for anything that is not an http(s) URL with a host.
    """
    parsed = URL(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"not an http(s) URL: {url!r}")
    path = parsed.path.rstrip("/").removesuffix(API_PREFIX)
    return str(parsed.with_path(path).with_query(None).with_fragment(None)).rstrip("/")


def chatml_to_messages(prompt: str) -> list[dict[str, str]]:
    """The chat messages a ChatML prompt was rendered from (an open last turn dropped)."""
    messages = [
        {"role": role, "content": content}
        for role, content in _CHATML_TURN.findall(prompt)
        if role in ("system", "user", "assistant")
    ]
    if messages and messages[-1]["role"] == "assistant" and not messages[-1]["content"]:
        messages.pop()
    return messages


def agreement_score(answer: str, option: str) -> float:
    """Stand-in log-probability: how much of `option` the greedy answer begins with."""
    answer, option = answer.strip(), option.strip()
    common = 0
    for a, b in zip(answer, option, strict=False):
        if a != b:
            break
        common += 1
    return math.log((common + 1) / (len(option) + 1))


def _headers(api_key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"} if api_key else {}


async def async_list_models(session: aiohttp.ClientSession, config: RemoteConfig) -> list[str]:
    """The model ids the server offers (`GET /v1/models`); raises this module's errors."""
    body = await _get_json(session, config, f"{API_PREFIX}/models")
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        raise NotOpenAICompatible("GET /v1/models has no model list")
    return [str(m["id"]) for m in data if isinstance(m, dict) and "id" in m]


async def _get_json(session: aiohttp.ClientSession, config: RemoteConfig, path: str) -> Any:
    """GET `path` within PROBE_TIMEOUT seconds."""
    try:
        async with session.get(
            config.url + path,
            headers=_headers(config.api_key),
            timeout=aiohttp.ClientTimeout(total=PROBE_TIMEOUT),
        ) as resp:
            _raise_for_status(resp.status, await resp.text())
            try:
                return await resp.json(content_type=None)
            except ValueError as err:
                raise NotOpenAICompatible(f"GET {path} did not return JSON") from err
    except TimeoutError as err:
        raise ServerUnreachable(f"{config.url} did not answer in {PROBE_TIMEOUT:.0f} s") from err
    except aiohttp.ClientError as err:
        raise ServerUnreachable(f"{config.url}: {err}") from err


def _raise_for_status(status: int, text: str) -> None:
    if status < 400:
        return
    detail = _error_message(text) or f"HTTP {status}"
    if status in (401, 403):
        raise ServerAuthFailed(detail)
    if status == 404:
        raise NotOpenAICompatible(detail)
    if status in (400, 422):
        raise RequestRejected(detail)
    if status == 503:  # llama-server still loading its model
        raise ServerUnreachable(detail)
    raise EngineError(detail)


def _error_message(text: str) -> str:
    try:
        body = json.loads(text)
    except ValueError:
        return text.strip()[:200]
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        return str(err.get("message") or err)[:200]
    return str(err or body)[:200]


class RemoteEngine:
    """A model served by an OpenAI-compatible server; implements `base.Engine`."""

    def __init__(
        self,
        config: RemoteConfig,
        session: aiohttp.ClientSession,
        *,
        queue_size: int = 16,
        request_timeout: float = 120.0,
        on_availability: Callable[[bool], None] | None = None,
        llama_extensions: bool = True,
    ) -> None:
        """Prepare the engine; nothing is sent until `async_start`.

        `llama_extensions=False` uses only the plain OpenAI API even on llama-server
        (what Ollama, LocalAI and vLLM get).
        """
        self.config = config
        self.queue_size = queue_size
        self.request_timeout = request_timeout
        self._session = session
        self._on_availability = on_availability
        self._allow_llama = llama_extensions
        self.info: dict[str, Any] = {}
        self.restarts = 0
        self.crashes = 0
        self.last_crash: float | None = None
        self.last_error: str | None = None
        self.llama_server = False
        self._template: ChatTemplate | None = None
        self._schema_in_json_object = False
        """The server wants the schema in `json_object` (llama-cpp-python's own server)."""
        self._up = False
        self._stopping = False
        self._in_flight = 0
        self._lost_times: deque[float] = deque(maxlen=64)
        self._recovery: asyncio.Task[None] | None = None
        self._totals = {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0, "errors": 0}

    # --- the Engine interface: identity and lifecycle ----------------------
    @property
    def available(self) -> bool:
        """True while the server answers."""
        return self._up

    @property
    def model_name(self) -> str:
        """The server's id of the model."""
        return self.config.model

    @property
    def software(self) -> str:
        """The server's kind and build."""
        if self.llama_server:
            return f"llama.cpp server {self.info.get('build_info', '?')}"
        return "OpenAI-compatible server"

    @property
    def owns_context(self) -> bool:
        """The server chose its context size when it started."""
        return False

    @property
    def waiting(self) -> int:
        """Requests sent and not yet answered."""
        return self._in_flight

    def recent_crashes(self, window: float) -> int:
        """Times the server was lost within the last `window` seconds."""
        since = time.monotonic() - window
        return sum(1 for t in self._lost_times if t >= since)

    async def async_start(self) -> dict[str, Any]:
        """Check the server serves the model, and learn what it supports."""
        self._stopping = False
        models = await async_list_models(self._session, self.config)
        if self.config.model not in models:
            raise ModelNotServed(f"{self.config.model!r} is not among {models[:10]}")
        props = await self._llama_props() if self._allow_llama else None
        self.llama_server = props is not None
        if props is not None:
            settings = props.get("default_generation_settings") or {}
            template = props.get("chat_template") or None
            self._template = ChatTemplate(
                template, str(props.get("bos_token") or ""), str(props.get("eos_token") or "")
            )
            self.info = {
                "server": "llama.cpp",
                "n_ctx": int(settings.get("n_ctx") or DEFAULT_REMOTE_N_CTX),
                "total_slots": props.get("total_slots"),
                "build_info": props.get("build_info"),
                "has_chat_template": template is not None,
            }
        else:
            self._template = ChatTemplate(None, "", "<|im_end|>")
            self.info = {"server": "openai", "n_ctx": DEFAULT_REMOTE_N_CTX}
        self.info["model"] = self.config.model
        self._set_up(True)
        return self.info

    async def async_stop(self) -> None:
        """Stop polling the server; the server itself keeps running."""
        self._stopping = True
        if self._recovery is not None:
            self._recovery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._recovery
            self._recovery = None
        self._up = False
        self.info = {}

    async def _llama_props(self) -> dict[str, Any] | None:
        """llama-server's `/props`, or None when the server is another kind."""
        try:
            props = await _get_json(self._session, self.config, "/props")
        except ServerUnreachable, ServerAuthFailed:
            raise
        except EngineError:
            return None  # no /props: another kind of server
        if isinstance(props, dict) and "chat_template" in props:
            return props
        return None

    def _set_up(self, value: bool) -> None:
        if value == self._up:
            return
        self._up = value
        if self._on_availability is not None:
            self._on_availability(value)

    def _lost(self, err: ServerUnreachable) -> None:
        """The server stopped answering: mark it down and wait for it to return."""
        self.crashes += 1
        self.last_crash = time.time()
        self.last_error = str(err)
        self._lost_times.append(time.monotonic())
        self._set_up(False)
        if self._recovery is None or self._recovery.done():
            _LOGGER.warning("Lost the model server %s (%s); retrying", self.config.url, err)
            self._recovery = asyncio.create_task(self._recover(), name="local_slm recover")

    async def _recover(self) -> None:
        for attempt in range(1_000_000):
            await asyncio.sleep(_RECOVERY_BACKOFF[min(attempt, len(_RECOVERY_BACKOFF) - 1)])
            if self._stopping:
                return
            try:
                await async_list_models(self._session, self.config)
            except EngineError as err:
                _LOGGER.debug("Model server still unreachable: %s", err)
                continue
            self.restarts += 1
            _LOGGER.info("The model server %s is back", self.config.url)
            self._set_up(True)
            return

    # --- requests -------------------------------------------------------
    @contextlib.asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        if self._stopping:
            raise EngineStopped("engine stopped")
        if self._in_flight >= self.queue_size:
            raise EngineBusy(f"{self._in_flight} requests already waiting")
        self._in_flight += 1
        try:
            yield
        except ServerUnreachable as err:
            self._totals["errors"] += 1
            self._lost(err)
            raise
        except EngineError:
            self._totals["errors"] += 1
            raise
        finally:
            self._in_flight -= 1

    @contextlib.asynccontextmanager
    async def _post(self, path: str, body: dict[str, Any]) -> AsyncIterator[aiohttp.ClientResponse]:
        """POST to the server; connection faults and HTTP errors become engine errors.

        A streamed answer asks for its connection to be closed at the end: llama-server
        closes it anyway while announcing keep-alive, and a request sent right after on
        that pooled connection would fail as if the server were gone.
        """
        headers = _headers(self.config.api_key)
        if body.get("stream"):
            headers[hdrs.CONNECTION] = "close"
        try:
            async with self._session.post(
                self.config.url + path,
                json=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=PROBE_TIMEOUT, sock_read=self.request_timeout
                ),
            ) as resp:
                if resp.status >= 400:
                    _raise_for_status(resp.status, await resp.text())
                yield resp
        except TimeoutError as err:
            raise EngineTimeout(f"no answer within {self.request_timeout:.0f} s") from err
        except aiohttp.ClientError as err:
            raise ServerUnreachable(f"{self.config.url}: {err}") from err

    async def _post_json(self, path: str, body: dict[str, Any]) -> Any:
        async with self._slot():
            try:
                async with asyncio.timeout(self.request_timeout):
                    async with self._post(path, body) as resp:
                        reply = await resp.json(content_type=None)
            except TimeoutError as err:
                raise EngineTimeout(f"no answer within {self.request_timeout:.0f} s") from err
            self._totals["requests"] += 1
            return reply

    async def async_count_tokens(self, text: str) -> int:
        """Tokens of `text`: from `/tokenize` on llama-server, else an estimate."""
        if not self.llama_server:
            return math.ceil(len(text.encode()) / CHARS_PER_TOKEN)
        reply = await self._post_json("/tokenize", {"content": text, "parse_special": True})
        return len(reply.get("tokens") or [])

    async def async_chat_template(self) -> ChatTemplate:
        """llama-server's template; ChatML (turned back into messages) for other servers."""
        if self._template is None:
            raise ServerUnreachable("the engine is not started")
        return self._template

    async def async_is_warm(self, prompt: str, *, slot: str | None = None) -> bool:
        """Always: the server keeps its own prompt cache (warmed once, at setup)."""
        return True

    async def async_stats(self) -> dict[str, Any]:
        """Requests, tokens and errors counted here (the server keeps its own)."""
        return {
            **self._totals,
            "in_flight": self._in_flight,
            "server": self.config.url,
            "llama_server": self.llama_server,
        }

    async def async_score(
        self, prompt: str, options: list[str], *, slot: str | None = None
    ) -> list[float]:
        """Log-probability of each option continuing `prompt` (see the module docstring)."""
        if not self.llama_server:
            answer = await self.async_generate(
                GenerationRequest(
                    prompt=prompt,
                    max_tokens=max(len(o) for o in options) // CHARS_PER_TOKEN + 8,
                    temperature=0.0,
                )
            )
            return [agreement_score(answer.text, option) for option in options]
        return [await self._forced_logprob(prompt, option) for option in options]

    async def _forced_logprob(self, prompt: str, option: str) -> float:
        reply = await self._post_json(
            f"{API_PREFIX}/completions",
            {
                "model": self.config.model,
                "prompt": prompt,
                "grammar": f"root ::= {gbnf_literal(option)}",
                "max_tokens": len(option.encode()) + 2,
                "temperature": 0.0,
                "n_probs": 1,
                "post_sampling_probs": False,
                "cache_prompt": True,
                "stream": False,
            },
        )
        tokens = ((reply.get("choices") or [{}])[0].get("logprobs") or {}).get("content") or []
        total, covered = 0.0, 0
        for token in tokens:
            if covered >= len(option.encode()):
                break
            total += float(token.get("logprob", 0.0))
            covered += len(bytes(token.get("bytes") or token.get("token", "").encode()))
        return total if tokens else -math.inf

    def stream(self, request: GenerationRequest) -> RemoteStream:
        """Generate, yielding text as it comes."""
        return RemoteStream(self, request)

    async def async_generate(self, request: GenerationRequest) -> GenerationResult:
        """Generate and return the whole text with its stats."""
        return await self.stream(request).async_collect()

    def _request_body(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        sampling: dict[str, Any] = {
            "model": self.config.model,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.seed is not None:
            sampling["seed"] = request.seed
        if self.llama_server:
            body = {
                **sampling,
                "prompt": request.prompt,
                "top_k": request.top_k,
                "min_p": request.min_p,
                "repeat_penalty": request.repeat_penalty,
                "stop": list(request.stop),
                "cache_prompt": True,
            }
            if request.grammar:
                body["grammar"] = request.grammar
            return f"{API_PREFIX}/completions", body
        body = {**sampling, "messages": chatml_to_messages(request.prompt)}
        # The server ends turns with its own template; only plain stops are meaningful.
        stops = [s for s in request.stop if not s.startswith("<")][:OPENAI_MAX_STOPS]
        if stops:
            body["stop"] = stops
        if request.json_schema is not None:
            body["response_format"] = (
                {"type": "json_object", "schema": request.json_schema}
                if self._schema_in_json_object
                else {
                    "type": "json_schema",
                    "json_schema": {"name": "result", "schema": request.json_schema},
                }
            )
        return f"{API_PREFIX}/chat/completions", body


class RemoteStream(TextStream):
    """The server's deltas (SSE); `result` holds the text and stats at the end.

    Leaving the loop early closes the connection, which stops the server's generation.
    """

    def __init__(self, engine: RemoteEngine, request: GenerationRequest) -> None:
        """Bind a request to an engine; it is sent on first iteration."""
        super().__init__(request)
        self._engine = engine

    @override
    async def _run(self) -> AsyncIterator[str]:
        engine = self._engine
        path, body = engine._request_body(self._request)
        deadline = time.monotonic() + engine.request_timeout
        parts: list[str] = []
        finish = "length"
        ended = False
        usage: dict[str, Any] = {}
        t0 = time.monotonic()
        first: float | None = None
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(engine._slot())
            try:
                resp = await stack.enter_async_context(engine._post(path, body))
            except ServerUnreachable, ServerAuthFailed, EngineTimeout:
                raise
            except EngineError:
                # OpenAI's `json_schema` response format refused: retry once in the
                # `json_object` + `schema` form llama-cpp-python's own server takes.
                if "response_format" not in body or engine._schema_in_json_object:
                    raise
                engine._schema_in_json_object = True
                path, body = engine._request_body(self._request)
                resp = await stack.enter_async_context(engine._post(path, body))
            while True:
                try:
                    async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                        line = await resp.content.readline()
                except TimeoutError:
                    raise EngineTimeout(
                        f"no answer within {engine.request_timeout:.0f} s"
                    ) from None
                except aiohttp.ClientError as err:
                    raise ServerUnreachable(f"{engine.config.url}: {err}") from err
                if not line:
                    if ended:
                        break
                    raise ServerUnreachable(f"{engine.config.url}: the answer was cut off")
                chunk = _sse_data(line)
                if chunk is None:
                    continue
                if chunk == "[DONE]":
                    break
                event = json.loads(chunk)
                if "error" in event:
                    raise EngineError(_error_message(json.dumps(event)))
                usage = event.get("usage") or usage
                for choice in event.get("choices") or []:
                    text = choice.get("text")
                    if text is None:
                        text = (choice.get("delta") or {}).get("content")
                    if text:
                        first = first or time.monotonic()
                        parts.append(text)
                        yield text
                    if choice.get("finish_reason"):
                        ended = True
                        finish = "stop" if choice["finish_reason"] == "stop" else "length"
        t1 = time.monotonic()
        engine._totals["requests"] += 1
        engine._totals["prompt_tokens"] += int(usage.get("prompt_tokens") or 0)
        engine._totals["completion_tokens"] += int(usage.get("completion_tokens") or 0)
        cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
        self.result = GenerationResult(
            text="".join(parts),
            finish_reason=finish,
            stats={
                "prompt_tokens": usage.get("prompt_tokens"),
                "prompt_tokens_reused": cached,
                "completion_tokens": usage.get("completion_tokens"),
                "prompt_seconds": round((first or t1) - t0, 4),
                "generation_seconds": round(t1 - (first or t1), 4),
            },
        )


def _sse_data(line: bytes) -> str | None:
    """The payload of an SSE `data:` line, or None for comments, events and blank lines."""
    text = line.decode(errors="replace").strip()
    if not text.startswith("data:"):
        return None
    return text[5:].strip()
