"""The `local_slm.summarize` action, with the real built-in model in a real HA.

Only one test replaces anything: `test_fabricated_number_is_caught_and_fallback_returned`
swaps the model's text for one with an invented number, a fault the real model cannot
be made to produce on demand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar, entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.engine.client import EngineClient
from custom_components.local_slm.summary import (
    build_digest,
    check_faithful,
    fallback_summary,
    summarize as summarize_module,
)
from custom_components.local_slm.summary.summarize import (
    SummaryOptions,
    async_fit_context,
    async_summarize,
)

from .summary_selections import SELECTIONS, Selection, apply

DEMO_SENSORS: dict[str, tuple[str, dict[str, Any]]] = {
    "sensor.outside_temperature": (
        "15.6",
        {
            "friendly_name": "Outside Temperature",
            "device_class": "temperature",
            "unit_of_measurement": "°C",
        },
    ),
    "sensor.outside_humidity": (
        "54",
        {
            "friendly_name": "Outside Humidity",
            "device_class": "humidity",
            "unit_of_measurement": "%",
        },
    ),
    "light.kitchen_lights": ("on", {"friendly_name": "Kitchen Lights", "brightness": 180}),
    "lock.front_door": ("locked", {"friendly_name": "Front Door"}),
}


def set_demo_sensors(hass: HomeAssistant) -> list[str]:
    """Demo-like states, unchanged for two days (so no relative time in the digest)."""
    changed = (dt_util.utcnow() - timedelta(days=2)).timestamp()
    for entity_id, (state, attributes) in DEMO_SENSORS.items():
        hass.states.async_set(entity_id, state, attributes, timestamp=changed)
    return list(DEMO_SENSORS)


async def summarize(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    """Call the action and return its response."""
    response = await hass.services.async_call(
        DOMAIN, "summarize", data, blocking=True, return_response=True
    )
    assert response is not None
    return dict(response)


# --- end to end ----------------------------------------------------------------------


async def test_automation_writes_summary_into_input_text(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    assert await async_setup_component(
        hass, "input_text", {"input_text": {"home_summary": {"name": "Summary", "max": 255}}}
    )
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "alias": "Summarize home",
                "triggers": [{"trigger": "event", "event_type": "summarize_home"}],
                "actions": [
                    {
                        "action": "local_slm.summarize",
                        "target": {"entity_id": entity_ids},
                        "data": {"max_words": 30},
                        "response_variable": "summary",
                    },
                    {
                        "action": "input_text.set_value",
                        "target": {"entity_id": "input_text.home_summary"},
                        "data": {"value": "{{ summary.text[:255] }}"},
                    },
                ],
            }
        },
    )

    hass.bus.async_fire("summarize_home")
    await hass.async_block_till_done()

    written = hass.states.get("input_text.home_summary")
    assert written is not None
    response = await summarize(hass, entity_id=entity_ids, max_words=30)
    assert written.state
    assert written.state == response["text"][:255]


async def test_french_output_when_language_is_fr(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    hass.states.async_set(
        "binary_sensor.porte_garage",
        "on",
        {"friendly_name": "Porte du garage", "device_class": "door"},
    )
    hass.states.async_set("light.salon", "off", {"friendly_name": "Lampe du salon"})

    response = await summarize(
        hass, entity_id=["binary_sensor.porte_garage", "light.salon"], language="fr"
    )

    assert response["language"] == "fr"
    assert "ouverte" in response["text"]


async def test_fabricated_number_is_caught_and_fallback_returned(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The one mock of the suite: the model's text is replaced by one with a number
    # (35 °C) that is in no fact, because the real model cannot invent on demand.
    async def fabricated(*_: object, **__: object) -> AsyncIterator[tuple[str, str]]:
        yield "Outside Temperature is 35 °C and Kitchen Lights are on.", "stop"

    monkeypatch.setattr(summarize_module, "async_candidates", fabricated)
    entity_ids = set_demo_sensors(hass)

    response = await summarize(hass, entity_id=entity_ids)

    assert response["source"] == "fallback"
    assert "35" not in response["text"]
    assert "15.6 °C" in response["text"]
    assert any("35" in problem for problem in response["problems"])


async def test_critical_open_door_survives_a_short_summary(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    for n in range(8):
        hass.states.async_set(f"light.lamp_{n}", "on", {"friendly_name": f"Lamp {n}"})
        entity_ids.append(f"light.lamp_{n}")
    hass.states.async_set(
        "binary_sensor.back_door", "on", {"friendly_name": "Back door", "device_class": "door"}
    )
    entity_ids.append("binary_sensor.back_door")

    response = await summarize(hass, entity_id=entity_ids, max_words=12)

    assert "Back door" in response["text"]
    assert "open" in response["text"]


async def test_500_entities_are_cut_to_fit_with_a_count_of_the_rest(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    for n in range(500):
        hass.states.async_set(
            f"sensor.probe_{n:03}",
            str(10 + n % 17),
            {"friendly_name": f"Probe {n:03}", "unit_of_measurement": "°C"},
        )

    response = await summarize(hass, domain="sensor")

    assert response["omitted"] > 0
    assert len(response["entities"]) + response["omitted"] == 500
    assert response["text"]


async def test_prompt_is_cut_to_the_context_by_token_count(
    hass: HomeAssistant, engine: EngineClient
) -> None:
    ids = []
    for n in range(300):
        ids.append(f"sensor.long_named_probe_{n:03}")
        hass.states.async_set(
            ids[-1],
            str(n),
            {"friendly_name": f"Long named temperature probe number {n:03}"},
        )
    digest = build_digest(hass, ids, "en", max_facts=300)

    fitted = await async_fit_context(engine, digest, SummaryOptions())

    assert fitted is not None
    shown, prompt = fitted
    assert 0 < len(shown.facts) < 300
    assert shown.omitted == 300 - len(shown.facts)
    assert await engine.async_count_tokens(prompt) <= engine.info["n_ctx"]


async def test_same_states_twice_are_served_from_the_cache(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pass-through counter (the real model still writes): the worker's own request
    # count also moves with the conversation agent's warm-ups, so it cannot tell.
    asked: list[str] = []
    real = summarize_module.async_candidates

    async def counted(*args: Any, **kwargs: Any) -> AsyncIterator[tuple[str, str]]:
        asked.append("summary")
        async for candidate in real(*args, **kwargs):
            yield candidate

    monkeypatch.setattr(summarize_module, "async_candidates", counted)
    entity_ids = set_demo_sensors(hass)
    first = await summarize(hass, entity_id=entity_ids)

    second = await summarize(hass, entity_id=entity_ids)

    assert asked == ["summary"]
    assert second["cached"] is True
    assert second["text"] == first["text"]


async def test_changed_state_is_not_served_from_the_cache(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    await summarize(hass, entity_id=entity_ids)
    hass.states.async_set("lock.front_door", "unlocked", {"friendly_name": "Front Door"})

    second = await summarize(hass, entity_id=entity_ids)

    assert second["cached"] is False
    assert "unlocked" in second["text"]


async def test_source_is_model_only_for_guard_passed_text(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    digest = build_digest(hass, entity_ids, "en")

    response = await summarize(hass, entity_id=entity_ids)

    if response["source"] == "model":
        assert check_faithful(response["text"], digest).ok
    else:
        assert response["text"] == fallback_summary(digest)


# --- every fallback is faithful --------------------------------------------------------


@pytest.mark.parametrize("selection", SELECTIONS, ids=lambda s: f"{s.language}-{s.name}")
async def test_fallback_of_each_selection_passes_the_guard(
    hass: HomeAssistant, selection: Selection
) -> None:
    apply(hass, selection, dt_util.utcnow())
    digest = build_digest(hass, selection.entity_ids, selection.language)

    text = fallback_summary(digest, style=selection.style, max_words=selection.max_words)

    limit = 2 if selection.style == "headline" else None
    assert check_faithful(text, digest, critical_limit=limit).ok
    for word in selection.expect:
        assert word.casefold() in text.casefold()


async def test_engine_error_gives_the_fallback_without_caching_it(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    engine = loaded_entry.runtime_data.engine
    await engine.async_stop()  # a real stopped worker, as after a crash

    response = await summarize(hass, entity_id=entity_ids)

    assert response["source"] == "fallback"
    assert response["problems"] == ["engine: engine_stopped"]
    assert loaded_entry.runtime_data.summary_cache == {}


async def test_summarize_direct_without_engine_uses_the_fallback(hass: HomeAssistant) -> None:
    entity_ids = set_demo_sensors(hass)
    digest = build_digest(hass, entity_ids, "en")

    result = await async_summarize(None, digest, SummaryOptions(style="bullets"))

    assert result.source == "fallback"
    assert result.text.startswith("- ")


# --- bad input -------------------------------------------------------------------------


async def test_no_matching_entities(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    entity_ids = set_demo_sensors(hass)
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, entity_id=entity_ids, domain="climate")
    assert err.value.translation_key == "no_entities"


async def test_no_target_and_no_filter(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass)
    assert err.value.translation_key == "no_entities"


async def test_unknown_entities(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    set_demo_sensors(hass)
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, entity_id=["light.kitchen_lights", "light.nowhere"])
    assert err.value.translation_key == "unknown_entities"
    assert err.value.translation_placeholders == {"entities": "light.nowhere"}


async def test_unknown_area(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    ar.async_get(hass).async_create("Kitchen")
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, area_id=["kitchen", "attic"])
    assert err.value.translation_key == "unknown_targets"
    assert err.value.translation_placeholders == {"targets": "attic"}


async def test_entry_not_found(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    entity_ids = set_demo_sensors(hass)
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, entity_id=entity_ids, config_entry_id="no_such_entry")
    assert err.value.translation_key == "entry_not_found"


async def test_entry_not_loaded(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    entity_ids = set_demo_sensors(hass)
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, entity_id=entity_ids, config_entry_id=loaded_entry.entry_id)
    assert err.value.translation_key == "entry_not_loaded"


async def test_no_loaded_entry(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    entity_ids = set_demo_sensors(hass)
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await summarize(hass, entity_id=entity_ids)
    assert err.value.translation_key == "no_entry"


async def test_error_messages_are_translated_in_english_and_french(hass: HomeAssistant) -> None:
    from homeassistant.helpers.translation import async_get_translations

    keys = ("no_entities", "unknown_entities", "unknown_targets", "entry_not_found", "no_entry")
    for language in ("en", "fr"):
        strings = await async_get_translations(hass, language, "exceptions", [DOMAIN])
        for key in keys:
            assert strings.get(f"component.{DOMAIN}.exceptions.{key}.message"), (language, key)


async def test_invented_device_label_is_rejected(hass: HomeAssistant) -> None:
    from custom_components.local_slm.summary.summarize import label_problems

    hass.states.async_set("lock.porte", "locked", {"friendly_name": "Porte d'entrée"})
    digest = build_digest(hass, ["lock.porte"], "fr")

    assert label_problems("Porte d'entrée : verrouillée", digest) == []
    assert label_problems("Pourcentage d'entrée : verrouillée", digest)


async def test_the_entry_asked_for_serves_the_summary(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """`config_entry_id` names the model that summarises: its cache holds the result."""
    entity_ids = set_demo_sensors(hass)
    assert not loaded_entry.runtime_data.summary_cache
    await summarize(hass, entity_id=entity_ids, config_entry_id=loaded_entry.entry_id)
    assert loaded_entry.runtime_data.summary_cache


async def test_a_device_class_filter_reads_the_state_or_else_the_registry(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A sensor whose state has no device class is still known by its registry entry."""
    entity_ids = set_demo_sensors(hass)
    cellar = er.async_get(hass).async_get_or_create(
        "sensor", "test", "cellar", original_device_class="temperature"
    )
    hass.states.async_set(cellar.entity_id, "12", {"unit_of_measurement": "°C"})
    response = await summarize(
        hass, entity_id=[*entity_ids, cellar.entity_id], device_class="temperature"
    )
    assert sorted(response["entities"]) == sorted([cellar.entity_id, "sensor.outside_temperature"])
