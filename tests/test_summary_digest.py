"""The digest: entity states turned into short, localized, prioritised facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm.summary import Digest, Fact, build_digest, digest_text

NOW = datetime(2026, 10, 14, 18, 0, tzinfo=UTC)


def set_state(
    hass: HomeAssistant,
    entity_id: str,
    state: str,
    attributes: dict[str, Any],
    *,
    minutes_ago: float = 0.0,
    area: str | None = None,
) -> None:
    """Set a state that last changed `minutes_ago` before NOW, in `area` if given."""
    if area is not None:
        areas = ar.async_get(hass)
        area_entry = areas.async_get_area_by_name(area) or areas.async_create(area)
        entities = er.async_get(hass)
        domain, object_id = entity_id.split(".")
        entry = entities.async_get_or_create(
            domain, "test", entity_id, suggested_object_id=object_id
        )
        assert entry.entity_id == entity_id
        entities.async_update_entity(entity_id, area_id=area_entry.id)
    changed = NOW - timedelta(minutes=minutes_ago)
    hass.states.async_set(entity_id, state, attributes, timestamp=changed.timestamp())


def only_fact(hass: HomeAssistant, entity_id: str, language: str = "en") -> Fact:
    digest = build_digest(hass, [entity_id], language, now=NOW)
    assert len(digest.facts) == 1
    return digest.facts[0]


DOOR = {"friendly_name": "Front door", "device_class": "door"}
PORTE = {"friendly_name": "Porte d'entrée", "device_class": "door"}


# --- wording -------------------------------------------------------------------------


async def test_open_door_reads_with_relative_time_in_english(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=3)

    assert only_fact(hass, "binary_sensor.front_door").text == "Front door: open (3 min ago)"


async def test_open_door_agrees_in_gender_in_french(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.porte", "on", PORTE, minutes_ago=3)

    fact = only_fact(hass, "binary_sensor.porte", "fr-FR")

    assert fact.text == "Porte d'entrée : ouverte (il y a 3 min)"


async def test_masculine_french_light_is_eteint(hass: HomeAssistant) -> None:
    set_state(hass, "light.plafonnier", "off", {"friendly_name": "Plafonnier"}, minutes_ago=125)

    assert only_fact(hass, "light.plafonnier", "fr").text == "Plafonnier : éteint (il y a 2 h)"


async def test_feminine_french_lock_is_deverrouillee(hass: HomeAssistant) -> None:
    set_state(hass, "lock.serrure", "unlocked", {"friendly_name": "Serrure garage"}, minutes_ago=5)

    fact = only_fact(hass, "lock.serrure", "fr")

    assert fact.detail == "déverrouillée (il y a 5 min)"


async def test_unsupported_language_falls_back_to_english(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "off", DOOR, minutes_ago=30)

    digest = build_digest(hass, ["binary_sensor.front_door"], "de", now=NOW)

    assert digest.language == "en"
    assert digest.facts[0].text == "Front door: closed (30 min ago)"


async def test_detection_sensors_say_what_they_detect(hass: HomeAssistant) -> None:
    set_state(
        hass, "binary_sensor.smoke", "on", {"friendly_name": "Hall smoke", "device_class": "smoke"}
    )
    set_state(
        hass, "binary_sensor.motion", "off", {"friendly_name": "Stairs", "device_class": "motion"}
    )

    smoke = only_fact(hass, "binary_sensor.smoke", "fr")
    motion = only_fact(hass, "binary_sensor.motion")

    assert smoke.state_text == "fumée détectée"
    assert motion.state_text == "no motion"


async def test_person_away_is_worded(hass: HomeAssistant) -> None:
    set_state(hass, "person.alice", "not_home", {"friendly_name": "Alice"}, minutes_ago=90)

    assert only_fact(hass, "person.alice").text == "Alice: away (1 h ago)"


# --- units, device classes, attributes -----------------------------------------------


async def test_temperature_keeps_its_unit_and_decimal_mark(hass: HomeAssistant) -> None:
    attrs = {
        "friendly_name": "Bedroom temperature",
        "unit_of_measurement": "°C",
        "device_class": "temperature",
    }
    set_state(hass, "sensor.bedroom_temperature", "21.5", attrs, minutes_ago=1)

    english = only_fact(hass, "sensor.bedroom_temperature")
    french = only_fact(hass, "sensor.bedroom_temperature", "fr")

    assert english.text == "Bedroom temperature: 21.5 °C"
    assert french.text == "Bedroom temperature : 21,5 °C"
    assert english.kind == "measure"


async def test_percent_is_spaced_in_french_only(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Humidity", "unit_of_measurement": "%", "device_class": "humidity"}
    set_state(hass, "sensor.humidity", "45", attrs)

    assert only_fact(hass, "sensor.humidity").detail == "45%"
    assert only_fact(hass, "sensor.humidity", "fr").detail == "45 %"


async def test_display_precision_from_entity_options_rounds_the_value(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Power", "unit_of_measurement": "W", "device_class": "power"}
    set_state(hass, "sensor.power", "1234.5678", attrs, area="Office")
    er.async_get(hass).async_update_entity_options(
        "sensor.power", "sensor", {"display_precision": 1}
    )

    assert only_fact(hass, "sensor.power").detail == "1234.6 W"


async def test_climate_tells_mode_current_and_target_temperature(hass: HomeAssistant) -> None:
    attrs = {
        "friendly_name": "Thermostat",
        "current_temperature": 19.5,
        "temperature": 21,
        "hvac_modes": ["off", "heat"],
    }
    set_state(hass, "climate.thermostat", "heat", attrs)

    assert only_fact(hass, "climate.thermostat").detail == "heat mode, 19.5 °C, target 21 °C"
    assert (
        only_fact(hass, "climate.thermostat", "fr").detail
        == "mode chauffage, 19,5 °C, consigne 21 °C"
    )


async def test_climate_in_auto_mode_tells_its_target_range(hass: HomeAssistant) -> None:
    """heat_cool keeps the room between two temperatures: both are told."""
    attrs = {"friendly_name": "Thermostat", "target_temp_low": 19, "target_temp_high": 24}
    set_state(hass, "climate.thermostat", "heat_cool", attrs)

    assert only_fact(hass, "climate.thermostat").detail.endswith("target 19–24 °C")


async def test_climate_that_is_off_says_off_without_a_target(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Thermostat", "current_temperature": 18, "temperature": 21}
    set_state(hass, "climate.thermostat", "off", attrs)

    assert only_fact(hass, "climate.thermostat").detail == "off, 18 °C"
    assert only_fact(hass, "climate.thermostat", "fr").detail == "éteint, 18 °C"


async def test_climate_in_a_mode_we_have_no_words_for_tells_it_as_is(hass: HomeAssistant) -> None:
    set_state(hass, "climate.thermostat", "eco_boost", {"friendly_name": "Thermostat"})

    assert only_fact(hass, "climate.thermostat").detail == "eco boost"


async def test_light_brightness_is_told_as_percent(hass: HomeAssistant) -> None:
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp", "brightness": 204}, minutes_ago=2)

    assert only_fact(hass, "light.lamp").detail == "on at 80% (2 min ago)"


async def test_timestamp_sensor_reads_as_local_clock_time(hass: HomeAssistant) -> None:
    # hass's test time zone is US/Pacific: 17:30 UTC is 10:30 local.
    attrs = {"friendly_name": "Washer done", "device_class": "timestamp"}
    set_state(hass, "sensor.washer_done", "2026-10-14T17:30:00+00:00", attrs)

    fact = only_fact(hass, "sensor.washer_done")

    assert fact.detail == "10:30"
    assert "10:30" in fact.values


async def test_values_hold_numbers_and_state_words(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=3)

    fact = only_fact(hass, "binary_sensor.front_door")

    assert "open" in fact.values
    assert "3" in fact.values


# --- areas ---------------------------------------------------------------------------


async def test_area_comes_from_the_entity(hass: HomeAssistant) -> None:
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp"}, area="Living room")

    assert only_fact(hass, "light.lamp").area == "Living room"


async def test_area_comes_from_the_device_when_entity_has_none(hass: HomeAssistant) -> None:
    entry = MockConfigEntry(domain="test")
    entry.add_to_hass(hass)
    laundry = ar.async_get(hass).async_create("Laundry")
    devices = dr.async_get(hass)
    device = devices.async_get_or_create(
        config_entry_id=entry.entry_id, identifiers={("test", "washer")}
    )
    devices.async_update_device(device.id, area_id=laundry.id)
    er.async_get(hass).async_get_or_create(
        "sensor", "test", "washer", suggested_object_id="washer", device_id=device.id
    )
    set_state(hass, "sensor.washer", "finished", {"friendly_name": "Washing machine"})

    assert only_fact(hass, "sensor.washer").area == "Laundry"


async def test_entity_without_registry_entry_has_no_area(hass: HomeAssistant) -> None:
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp"})

    assert only_fact(hass, "light.lamp").area is None


# --- availability and relative times -------------------------------------------------


async def test_unavailable_is_flagged_and_critical(hass: HomeAssistant) -> None:
    set_state(hass, "switch.tv_plug", "unavailable", {"friendly_name": "TV plug"}, minutes_ago=180)

    fact = only_fact(hass, "switch.tv_plug")

    assert fact.text == "TV plug: unavailable (3 h ago)"
    assert fact.status == "unavailable"
    assert fact.critical


async def test_unknown_is_flagged_but_not_critical(hass: HomeAssistant) -> None:
    set_state(hass, "sensor.rain", "unknown", {"friendly_name": "Rain gauge"})

    fact = only_fact(hass, "sensor.rain", "fr")

    assert fact.text == "Rain gauge : état inconnu"
    assert fact.status == "unknown"
    assert not fact.critical


async def test_change_under_a_minute_is_just_now(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=0.5)

    assert only_fact(hass, "binary_sensor.front_door").ago == "just now"


async def test_old_critical_change_is_told_in_days(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.porte", "on", PORTE, minutes_ago=2 * 24 * 60 + 5)

    assert only_fact(hass, "binary_sensor.porte", "fr").ago == "il y a 2 jours"


async def test_old_quiet_change_has_no_time(hass: HomeAssistant) -> None:
    set_state(hass, "light.porch", "off", {"friendly_name": "Porch light"}, minutes_ago=3 * 24 * 60)

    assert only_fact(hass, "light.porch").text == "Porch light: off"


async def test_measurements_have_no_time(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Outside", "unit_of_measurement": "°C", "device_class": "temperature"}
    set_state(hass, "sensor.outside", "4", attrs, minutes_ago=10)

    assert only_fact(hass, "sensor.outside").ago is None


# --- critical facts ------------------------------------------------------------------


async def test_closed_door_is_not_critical(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "off", DOOR, minutes_ago=300)

    assert not only_fact(hass, "binary_sensor.front_door").critical


async def test_open_garage_cover_is_critical(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Garage door", "device_class": "garage", "current_position": 40}
    set_state(hass, "cover.garage", "open", attrs, minutes_ago=7)

    fact = only_fact(hass, "cover.garage")

    assert fact.critical
    assert fact.detail == "open at 40% (7 min ago)"


async def test_open_blind_is_not_critical(hass: HomeAssistant) -> None:
    set_state(
        hass,
        "cover.blind",
        "open",
        {"friendly_name": "Blind", "device_class": "blind"},
        minutes_ago=300,
    )

    assert not only_fact(hass, "cover.blind").critical


async def test_leak_is_critical(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Sink leak", "device_class": "moisture"}
    set_state(hass, "binary_sensor.sink_leak", "on", attrs, minutes_ago=1)

    fact = only_fact(hass, "binary_sensor.sink_leak")

    assert fact.critical
    assert fact.state_text == "leak detected"


async def test_triggered_alarm_is_critical(hass: HomeAssistant) -> None:
    set_state(hass, "alarm_control_panel.home", "triggered", {"friendly_name": "Alarme"})

    fact = only_fact(hass, "alarm_control_panel.home", "fr")

    assert fact.critical
    assert fact.state_text == "déclenchée"


async def test_low_battery_sensor_is_critical(hass: HomeAssistant) -> None:
    attrs = {
        "friendly_name": "Phone battery",
        "unit_of_measurement": "%",
        "device_class": "battery",
    }
    set_state(hass, "sensor.phone_battery", "15", attrs)

    fact = only_fact(hass, "sensor.phone_battery")

    assert fact.critical
    assert fact.detail == "low (15%)"


async def test_battery_above_threshold_is_not_critical(hass: HomeAssistant) -> None:
    attrs = {
        "friendly_name": "Phone battery",
        "unit_of_measurement": "%",
        "device_class": "battery",
    }
    set_state(hass, "sensor.phone_battery", "21", attrs)

    assert not only_fact(hass, "sensor.phone_battery").critical


async def test_low_battery_attribute_makes_the_fact_critical(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Front lock", "battery_level": 12}
    set_state(hass, "lock.front", "locked", attrs, minutes_ago=300)

    fact = only_fact(hass, "lock.front")

    assert fact.critical
    assert fact.detail == "locked (5 h ago), battery low, 12%"


async def test_motion_is_not_critical(hass: HomeAssistant) -> None:
    attrs = {"friendly_name": "Hall motion", "device_class": "motion"}
    set_state(hass, "binary_sensor.hall_motion", "on", attrs, minutes_ago=2)

    assert not only_fact(hass, "binary_sensor.hall_motion").critical


# --- order and limits ----------------------------------------------------------------


async def test_critical_first_then_recent_then_the_rest(hass: HomeAssistant) -> None:
    set_state(hass, "light.old", "on", {"friendly_name": "Old lamp"}, minutes_ago=600)
    set_state(hass, "light.recent", "off", {"friendly_name": "Recent lamp"}, minutes_ago=5)
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=600)

    digest = build_digest(
        hass, ["light.old", "light.recent", "binary_sensor.front_door"], "en", now=NOW
    )

    assert [f.name for f in digest.facts] == ["Front door", "Recent lamp", "Old lamp"]


async def test_equal_priority_is_ordered_by_area_then_name(hass: HomeAssistant) -> None:
    quiet = {"minutes_ago": 600}
    set_state(hass, "light.b", "off", {"friendly_name": "B lamp"}, area="Kitchen", **quiet)
    set_state(hass, "light.a", "off", {"friendly_name": "A lamp"}, area="Kitchen", **quiet)
    set_state(hass, "light.z", "off", {"friendly_name": "Z lamp"}, area="Bedroom", **quiet)
    set_state(hass, "light.none", "off", {"friendly_name": "0 lamp"}, **quiet)

    digest = build_digest(hass, ["light.none", "light.a", "light.b", "light.z"], "en", now=NOW)

    assert [f.name for f in digest.facts] == ["Z lamp", "A lamp", "B lamp", "0 lamp"]


async def test_critical_fact_survives_among_500_entities(hass: HomeAssistant) -> None:
    ids = []
    for i in range(500):
        attrs = {"friendly_name": f"Sensor {i:03}", "unit_of_measurement": "°C"}
        set_state(hass, f"sensor.t{i:03}", str(20 + i % 5), attrs, minutes_ago=1)
        ids.append(f"sensor.t{i:03}")
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=600)
    ids.insert(250, "binary_sensor.front_door")

    digest = build_digest(hass, ids, "en", now=NOW, max_facts=10)

    assert len(digest.facts) == 10
    assert digest.facts[0].name == "Front door"
    assert digest.omitted == 491


async def test_duplicate_and_missing_entities_are_skipped(hass: HomeAssistant) -> None:
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp"})

    digest = build_digest(hass, ["light.lamp", "light.lamp", "light.ghost"], "en", now=NOW)

    assert [f.entity_id for f in digest.facts] == ["light.lamp"]
    assert digest.omitted == 0


async def test_digest_text_has_one_line_per_fact_with_area(hass: HomeAssistant) -> None:
    set_state(hass, "binary_sensor.front_door", "on", DOOR, minutes_ago=3, area="Hallway")
    old = {"minutes_ago": 2 * 24 * 60}
    set_state(
        hass,
        "light.kitchen_light",
        "off",
        {"friendly_name": "Kitchen light"},
        area="Kitchen",
        **old,
    )
    set_state(hass, "light.lamp", "off", {"friendly_name": "Lamp"}, **old)

    ids = ["light.lamp", "light.kitchen_light", "binary_sensor.front_door"]
    digest = build_digest(hass, ids, "en", now=NOW, max_facts=2)

    assert digest_text(digest) == (
        "- Front door (Hallway): open (3 min ago)\n- Kitchen light: off\n(1 more not shown)"
    )


def test_digest_text_of_an_empty_digest_is_empty() -> None:
    assert digest_text(Digest(facts=(), omitted=0, language="en")) == ""
