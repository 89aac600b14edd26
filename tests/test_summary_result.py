"""What `local_slm.summarize` returns: a sentence when asked, and an honest count.

`omitted` counts the facts the text leaves out and `entities` lists the ones it tells.
Two tests feed a fabricated model text through the service (the one way to make the
model drop a fact or change a unit on demand); the sentence tests use the real model.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.summary import build_digest, summarize as summarize_module
from custom_components.local_slm.summary.any_language import async_summarize_in_language
from custom_components.local_slm.summary.summarize import SummaryOptions, clean_model_text

from .test_services import set_demo_sensors, summarize

CO2 = {
    "friendly_name": "Carbon dioxide",
    "device_class": "carbon_dioxide",
    "unit_of_measurement": "ppm",
}


def _model_writes(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Replace the model's text (fault injection: the real model cannot do it on demand)."""

    async def fabricated(*_: object, **__: object) -> AsyncIterator[tuple[str, str]]:
        yield text, "stop"

    monkeypatch.setattr(summarize_module, "async_candidates", fabricated)


async def test_a_fact_the_text_leaves_out_is_counted_as_omitted(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: the humidity was dropped while the response said `omitted: 0`."""
    entity_ids = set_demo_sensors(hass)
    _model_writes(
        monkeypatch,
        "Outside Temperature is 15.6 °C. Kitchen Lights are on and Front Door is locked.",
    )

    response = await summarize(hass, entity_id=entity_ids)

    assert response["source"] == "model"
    assert response["omitted"] == 1
    assert "sensor.outside_humidity" not in response["entities"]
    assert len(response["entities"]) == 3


async def test_ppm_told_as_percent_falls_back_to_the_true_unit(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: carbon dioxide at 54 ppm was reported as "54 %"."""
    hass.states.async_set("sensor.co2", "54", CO2)
    _model_writes(monkeypatch, "- Carbon dioxide : 54 %")

    response = await summarize(hass, entity_id=["sensor.co2"], style="bullets", language="fr")

    assert response["source"] == "fallback"
    assert "54 ppm" in response["text"]
    assert "%" not in response["text"]


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_sentence_style_is_prose_not_fact_lines(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, language: str
) -> None:
    """With the real model: whoever wrote it, the text is one paragraph of sentences."""
    entity_ids = set_demo_sensors(hass)
    hass.states.async_set("sensor.co2", "54", CO2)

    response: dict[str, Any] = await summarize(
        hass, entity_id=[*entity_ids, "sensor.co2"], style="sentence", language=language
    )

    text = response["text"]
    assert "\n" not in text
    for name in ("Outside Temperature", "Outside Humidity", "Carbon dioxide", "Front Door"):
        assert f"{name}:" not in text
        assert f"{name} :" not in text
    assert text.endswith(".")
    assert response["omitted"] + len(response["entities"]) == 5


async def test_a_german_summary_is_made_of_ha_german_sentences(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """The digest words English and French only; German uses HA's own sentences."""
    entity_ids = set_demo_sensors(hass)

    response = await summarize(hass, entity_id=entity_ids, style="sentence", language="de")

    assert response["language"] == "de"
    assert response["source"] == "fallback"
    assert "Outside temperature ist 15,6 Grad." in response["text"]
    assert "Front door ist verriegelt." in response["text"]
    assert response["omitted"] == 0


async def test_a_german_summary_keeps_to_max_words_and_counts_the_rest(
    hass: HomeAssistant,
) -> None:
    for n in range(6):
        hass.states.async_set(f"light.lamp_{n}", "on", {"friendly_name": f"Lampe {n}"})
    digest = build_digest(hass, [f"light.lamp_{n}" for n in range(6)], "de")

    result = await async_summarize_in_language(
        hass, digest, "de", SummaryOptions(style="bullets", max_words=8)
    )

    assert result.text == "- Lampe 0 ist ein.\n- Lampe 1 ist ein."
    assert result.omitted == 4


def test_a_bullet_list_cut_by_the_token_limit_loses_its_unfinished_bullet() -> None:
    text = "- Front door: locked\n- Kitchen lights: on\n- Outside temperat"
    assert clean_model_text(text, "length", "bullets") == (
        "- Front door: locked\n- Kitchen lights: on"
    )


def test_a_sentence_cut_by_the_token_limit_ends_at_its_last_full_stop() -> None:
    text = "The front door is locked. The kitchen lights are on and the out"
    assert clean_model_text(text, "length", "sentence") == "The front door is locked."
