"""The engine runs llama.cpp in a worker process and streams its tokens."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
import shutil
import signal

import pytest

from custom_components.local_slm.engine.client import (
    EngineBusy,
    EngineClient,
    EngineConfig,
    GenerationRequest,
    ModelLoadError,
    RequestRejected,
    WorkerCrashed,
)
from custom_components.local_slm.prompting.chat_format import render_chat, stop_strings


async def _prompt(engine: EngineClient, text: str) -> str:
    tpl = await engine.async_chat_template()
    return render_chat([{"role": "user", "content": text}], tpl.template, eos=tpl.eos)


async def test_generation_returns_text_and_token_stats(engine: EngineClient) -> None:
    """A real generation yields text and counts its tokens and timings."""
    result = await engine.async_generate(
        GenerationRequest(prompt=await _prompt(engine, "Say hello."), max_tokens=16)
    )
    assert result.text.strip()
    assert result.stats["prompt_tokens"] > 5
    assert 0 < result.stats["completion_tokens"] <= 16
    assert result.stats["tokens_per_second"] > 0


async def test_streaming_yields_several_deltas(engine: EngineClient) -> None:
    """Text arrives piece by piece, and the pieces make the final text."""
    stream = engine.stream(
        GenerationRequest(
            prompt=await _prompt(engine, "Count from one to ten."), max_tokens=24, temperature=0
        )
    )
    deltas = [d async for d in stream]
    assert len(deltas) > 3
    assert stream.result is not None
    assert "".join(deltas) == stream.result.text


async def test_stop_string_ends_generation_and_is_not_emitted(engine: EngineClient) -> None:
    """A stop string cuts the text before it."""
    tpl = await engine.async_chat_template()
    result = await engine.async_generate(
        GenerationRequest(
            prompt=await _prompt(engine, "Count from 1 to 10, separated by commas."),
            max_tokens=64,
            temperature=0,
            stop=(",", *stop_strings(tpl.template, tpl.eos)),
        )
    )
    assert result.finish_reason == "stop"
    assert result.text
    assert "," not in result.text


async def test_second_request_reuses_the_evaluated_prefix(engine: EngineClient) -> None:
    """The same prompt twice is read once: the KV cache keeps the prefix."""
    prompt = await _prompt(engine, "What is a smart home?")
    first = await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=4))
    second = await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=4))
    assert first.stats["prompt_tokens_reused"] == 0
    assert second.stats["prompt_tokens_reused"] == second.stats["prompt_tokens"]


async def test_token_count_uses_the_model_tokenizer(engine: EngineClient) -> None:
    """Counting tokens asks the model's own tokenizer."""
    assert await engine.async_count_tokens("") == 0
    short = await engine.async_count_tokens("hello")
    long = await engine.async_count_tokens("hello " * 50)
    assert 0 < short < long


async def test_grammar_constrains_the_output(engine: EngineClient) -> None:
    """Under a grammar the model can only write what the grammar allows."""
    result = await engine.async_generate(
        GenerationRequest(
            prompt=await _prompt(engine, "Is the sky green? Answer."),
            max_tokens=8,
            temperature=0.8,
            grammar='root ::= "yes" | "no"',
        )
    )
    assert result.text in {"yes", "no"}


async def test_scoring_prefers_the_likely_option(engine: EngineClient) -> None:
    """Log-probabilities rank a sensible continuation above a nonsensical one."""
    prompt = await _prompt(engine, "What is the capital of France?")
    paris, banana = await engine.async_score(prompt, ["The capital of France is Paris.", "Banana."])
    assert paris > banana


async def test_killing_the_worker_fails_the_request_not_the_caller(engine: EngineClient) -> None:
    """A worker killed mid-generation ends the request with WorkerCrashed; we live on."""
    prompt = await _prompt(engine, "Tell me a very long story about a dragon.")
    stream = engine.stream(GenerationRequest(prompt=prompt, max_tokens=2000, temperature=0.7))
    pid = engine.pid
    assert pid is not None
    with pytest.raises(WorkerCrashed):
        async for _ in stream:
            os.kill(pid, signal.SIGKILL)
    assert not engine.available


async def test_too_many_waiting_requests_are_refused(engine: EngineClient) -> None:
    """Past the queue bound a request is refused at once with EngineBusy."""
    engine.queue_size = 2
    prompt = await _prompt(engine, "Tell me a story.")
    slow = [
        asyncio.create_task(engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=64)))
        for _ in range(2)
    ]
    await asyncio.sleep(0.05)
    with pytest.raises(EngineBusy):
        await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=4))
    results = await asyncio.gather(*slow)
    assert all(r.text for r in results)


async def test_a_grammar_llama_cpp_cannot_parse_is_refused(engine: EngineClient) -> None:
    """A broken grammar is a rejected request, not a native crash."""
    with pytest.raises(RequestRejected):
        await engine.async_generate(
            GenerationRequest(prompt="hi", max_tokens=4, grammar='root ::= "unterminated')
        )
    assert engine.available
    after = await engine.async_generate(GenerationRequest(prompt="hi", max_tokens=2))
    assert after.finish_reason in {"stop", "length"}


async def test_starting_a_started_engine_keeps_its_worker(engine: EngineClient) -> None:
    """A second start (a reload racing a request) reuses the loaded model."""
    pid = engine.pid
    info = await engine.async_start()
    assert engine.pid == pid
    assert info == engine.info


async def test_a_worker_that_exits_before_it_is_ready_fails_the_start(model_path: Path) -> None:
    """The interpreter is not Python (`true` exits at once, silent): a clear load error."""
    client = EngineClient(EngineConfig(str(model_path)), python=shutil.which("true") or "true")
    with pytest.raises(ModelLoadError, match="did not start"):
        await client.async_start()
    assert not client.available
    assert client.pid is None
    await client.async_stop()
