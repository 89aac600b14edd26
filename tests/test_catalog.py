"""The download catalog: well-formed entries, and only the models that fit the host."""

from __future__ import annotations

import re

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from custom_components.local_slm.catalog import (
    load_catalog,
    models_that_fit,
    total_memory_bytes,
)
from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.download import file_name_from_url
from custom_components.local_slm.model_source_flow import CONF_CATALOG_MODEL

GB = 1_000_000_000


def test_every_entry_is_a_hugging_face_gguf_with_its_facts() -> None:
    """Each entry names its file's resolve URL, size, RAM, context, license and languages."""
    models = load_catalog()
    assert len({m.id for m in models}) == len(models) >= 5
    for model in models:
        assert re.fullmatch(r"https://huggingface\.co/[\w.-]+/[\w.-]+/resolve/main/.+", model.url)
        assert file_name_from_url(model.url) == model.file_name
        assert model.file_name.endswith(".gguf")
        assert model.file_size < model.ram_bytes
        assert model.context_length >= 8192
        assert model.license
        assert model.languages
        assert model.tool_calling
        assert model.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", model.sha256)


def test_a_2_gb_host_is_offered_only_the_small_models_best_first() -> None:
    """A Raspberry Pi 5 with 2 GB: 1B models and smaller, in the catalog's order."""
    models = load_catalog()
    fitting = models_that_fit(models, 2 * GB)
    assert fitting == [m for m in models if m.ram_bytes <= 1.5 * GB]
    assert [m.id for m in fitting] == [
        "llama-3.2-1b-instruct-q4_k_m",
        "gemma-3-1b-it-q4_k_s",
        "smollm2-360m-instruct-q8_0",
    ]
    assert models_that_fit(models, 8 * GB) == models
    assert models_that_fit(models, None) == models


async def test_the_catalog_form_lists_what_fits_this_host(
    hass: HomeAssistant, ha_core: None
) -> None:
    """The flow's list is the catalog filtered by this host's RAM; the best is preselected."""
    expected = models_that_fit(load_catalog(), total_memory_bytes())
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "catalog"}
    )
    assert result["type"] is FlowResultType.FORM
    key = next(k for k in result["data_schema"].schema if k == CONF_CATALOG_MODEL)
    selector = result["data_schema"].schema[key]
    assert [o["value"] for o in selector.config["options"]] == [m.id for m in expected]
    assert key.default() == expected[0].id
