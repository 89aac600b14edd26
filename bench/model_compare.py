"""Assist accuracy and latency per model we can run here: the built-in one and Gemma 3 270M.

Run: .venv/bin/python -m pytest bench/model_compare.py -q -s -p no:randomly
(inside HA's test harness with the demo home, like bench/assist_accuracy.py). The other
catalog models cannot be downloaded here (no model hub), so they are not measured.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
import statistics
import time

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import (
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    CONF_N_CTX,
    DOMAIN,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
)
from custom_components.local_slm.engine.client import GenerationRequest
from tests.assist_commands import COMMANDS, HELD_OUT
from tests.assist_eval import async_run_command
from tests.conftest import conversation_subentry
from tests.test_second_model import GEMMA

AGENT = "conversation.local_slm_conversation"
MODELS = {
    "SmolLM2-135M-Instruct Q4_1 (built-in)": {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN},
    "Gemma 3 270M Q4_K_M": {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(GEMMA)},
}


@pytest.fixture(params=list(MODELS))
async def model_entry(
    request: pytest.FixtureRequest, hass: HomeAssistant, demo_home: None
) -> AsyncGenerator[tuple[str, MockConfigEntry]]:
    """An entry on each model, with one Assist agent."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=request.param,
        data=MODELS[request.param],
        options={CONF_N_CTX: 4096},
        subentries_data=[conversation_subentry()],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    yield request.param, entry
    await hass.config_entries.async_unload(entry.entry_id)


async def test_print_model_comparison(
    hass: HomeAssistant, model_entry: tuple[str, MockConfigEntry]
) -> None:
    """One row per model: accuracy, turn latency, generation speed (a report)."""
    name, entry = model_entry
    outcomes = [await async_run_command(hass, AGENT, c) for c in (*COMMANDS, *HELD_OUT)]
    by_model = [o for o in outcomes if o.layer.startswith("model")]
    engine = entry.runtime_data.engine
    started = time.monotonic()
    result = await engine.async_generate(
        GenerationRequest(prompt="The weather today is", max_tokens=32, temperature=0)
    )
    seconds = time.monotonic() - started
    ok = sum(o.ok for o in outcomes)
    print(
        f"\n| {name} | {entry.runtime_data.model.size_bytes / 1e6:.0f} MB "
        f"| {entry.runtime_data.engine.info.get('load_seconds')} s "
        f"| {ok}/{len(outcomes)} | {sum(o.ok for o in by_model)}/{len(by_model)} "
        f"| {statistics.median(o.seconds for o in outcomes):.3f} s "
        f"| {statistics.median(o.seconds for o in by_model) if by_model else 0:.2f} s "
        f"| {result.stats.get('completion_tokens', 0) / seconds:.0f} tok/s |"
    )
