"""The faithfulness guard: may this model text be shown for this digest?"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest

from custom_components.local_slm.summary import Digest, build_digest, check_faithful

from .test_summary_digest import NOW, set_state


@pytest.fixture
def home(hass: HomeAssistant) -> Digest:
    """An English digest: open front door (critical), two temperatures, two lights."""
    temp = {"unit_of_measurement": "°C", "device_class": "temperature"}
    set_state(
        hass,
        "binary_sensor.front_door",
        "on",
        {"friendly_name": "Front door", "device_class": "door"},
        minutes_ago=3,
    )
    set_state(hass, "sensor.bedroom", "21.5", {"friendly_name": "Bedroom temperature", **temp})
    set_state(hass, "sensor.outside", "4", {"friendly_name": "Outside temperature", **temp})
    set_state(hass, "light.kitchen", "off", {"friendly_name": "Kitchen light"}, minutes_ago=600)
    set_state(hass, "light.lamp", "on", {"friendly_name": "Living room lamp"}, minutes_ago=600)
    ids = ["binary_sensor.front_door", "sensor.bedroom", "sensor.outside", "light.kitchen"]
    return build_digest(hass, [*ids, "light.lamp"], "en", now=NOW)


FAITHFUL = (
    "The front door has been open for 3 minutes. Bedroom temperature is 21.5 °C, "
    "outside it is 4 °C. The kitchen light is off and the living room lamp is on."
)


def test_accepts_a_faithful_paraphrase(home: Digest) -> None:
    verdict = check_faithful(FAITHFUL, home)

    assert verdict.ok, verdict.problems


def test_accepts_a_decimal_comma(home: Digest) -> None:
    text = FAITHFUL.replace("21.5", "21,5")

    assert check_faithful(text, home).ok


def test_rejects_a_fabricated_number(home: Digest) -> None:
    text = FAITHFUL.replace("21.5 °C", "22 °C")

    verdict = check_faithful(text, home)

    assert not verdict.ok
    assert "number 22 is not in the facts" in verdict.problems


def test_rejects_a_state_word_no_fact_has(home: Digest) -> None:
    text = FAITHFUL.replace("has been open", "has been locked")

    verdict = check_faithful(text, home)

    assert "state 'locked' is not in the facts" in verdict.problems


def test_rejects_states_swapped_between_two_facts(home: Digest) -> None:
    # "on" and "off" both exist in the digest, but not for these lights.
    text = FAITHFUL.replace("kitchen light is off", "kitchen light is on").replace(
        "lamp is on", "lamp is off"
    )

    verdict = check_faithful(text, home)

    assert "state 'on' does not belong to Kitchen light" in verdict.problems
    assert "state 'off' does not belong to Living room lamp" in verdict.problems


def test_rejects_numbers_swapped_between_two_facts(home: Digest) -> None:
    text = FAITHFUL.replace(
        "Bedroom temperature is 21.5 °C, outside it is 4 °C",
        "Bedroom temperature is 4 °C and outside temperature is 21.5 °C",
    )

    verdict = check_faithful(text, home)

    assert "number 4 does not belong to Bedroom temperature" in verdict.problems


def test_rejects_a_negated_state(home: Digest) -> None:
    text = FAITHFUL.replace("has been open", "is not open")

    assert "state 'not open' is not in the facts" in check_faithful(text, home).problems


def test_on_as_a_preposition_is_not_a_state(hass: HomeAssistant) -> None:
    set_state(
        hass, "binary_sensor.d", "on", {"friendly_name": "Front door", "device_class": "door"}
    )
    digest = build_digest(hass, ["binary_sensor.d"], "en", now=NOW)

    assert check_faithful("Front door is open, just now: keep an eye on it.", digest).ok


def test_rejects_an_invented_room(home: Digest) -> None:
    text = f"{FAITHFUL} The garage is quiet."

    verdict = check_faithful(text, home)

    assert verdict.problems == ["room 'garage' is not in the facts"]


def test_accepts_a_room_named_by_a_device(home: Digest) -> None:
    text = f"{FAITHFUL} All quiet in the kitchen."

    assert check_faithful(text, home).ok


def test_rejects_a_dropped_critical_fact(home: Digest) -> None:
    text = "Bedroom temperature is 21.5 °C. The kitchen light is off."

    verdict = check_faithful(text, home)

    assert verdict.problems == ["critical fact left out: Front door: open (3 min ago)"]


def test_rejects_a_critical_fact_without_its_state(home: Digest) -> None:
    text = "The front door changed 3 min ago. Bedroom temperature is 21.5 °C."

    verdict = check_faithful(text, home)

    assert verdict.problems == [
        "critical fact told without its state: Front door: open (3 min ago)"
    ]


def test_headline_limit_requires_only_the_top_critical_facts(hass: HomeAssistant) -> None:
    door = {"friendly_name": "Front door", "device_class": "door"}
    leak = {"friendly_name": "Sink leak", "device_class": "moisture"}
    set_state(hass, "binary_sensor.door", "on", door, minutes_ago=3)
    set_state(hass, "binary_sensor.leak", "on", leak, minutes_ago=3)
    digest = build_digest(hass, ["binary_sensor.door", "binary_sensor.leak"], "en", now=NOW)

    assert not check_faithful("Sink leak: leak detected", digest).ok
    assert check_faithful("Sink leak: leak detected", digest, critical_limit=1).ok


def test_rejects_a_looping_text(home: Digest) -> None:
    text = FAITHFUL + " The kitchen light is off and the living room lamp is on." * 3

    assert "the text repeats itself" in check_faithful(text, home).problems


def test_rejects_an_empty_text(home: Digest) -> None:
    assert check_faithful("  \n", home).problems == ["empty text"]


def test_rejects_a_text_far_longer_than_asked(home: Digest) -> None:
    assert check_faithful(FAITHFUL, home, max_words=26).ok  # 31 words, within the margin
    verdict = check_faithful(FAITHFUL, home, max_words=20)

    assert verdict.problems == ["31 words, more than 20 asked"]


def test_accepts_a_count_of_remaining_facts(home: Digest) -> None:
    text = "The front door has been open for 3 minutes, and 4 more."

    assert check_faithful(text, home).ok


def test_accepts_a_faithful_french_paraphrase(hass: HomeAssistant) -> None:
    set_state(
        hass,
        "binary_sensor.porte",
        "on",
        {"friendly_name": "Porte d'entrée", "device_class": "door"},
        minutes_ago=3,
    )
    attrs = {"friendly_name": "Température salon", "unit_of_measurement": "°C"}
    set_state(hass, "sensor.salon", "19.5", attrs)
    digest = build_digest(hass, ["binary_sensor.porte", "sensor.salon"], "fr", now=NOW)

    text = "La porte d'entrée est ouverte depuis 3 min. Il fait 19,5 °C au salon."

    assert check_faithful(text, digest).ok
    assert not check_faithful(text.replace("ouverte", "fermée"), digest).ok
    assert not check_faithful(text.replace("au salon", "dans la cuisine"), digest).ok


def test_rejects_english_state_words_in_a_french_summary(hass: HomeAssistant) -> None:
    """A French digest phrased in English is the wrong language, even if the facts hold."""
    set_state(
        hass,
        "binary_sensor.porte",
        "on",
        {"friendly_name": "Porte d'entrée", "device_class": "door"},
        minutes_ago=3,
    )
    digest = build_digest(hass, ["binary_sensor.porte"], "fr", now=NOW)

    verdict = check_faithful("Porte d'entrée is open.", digest)

    assert not verdict.ok
    assert "'open' is not fr" in verdict.problems


def test_rejects_french_state_words_in_an_english_summary(home: Digest) -> None:
    """An English digest phrased with a French state word is rejected."""
    verdict = check_faithful(FAITHFUL.replace("has been open", "est ouverte"), home)

    assert not verdict.ok
    assert "'ouverte' is not en" in verdict.problems


# --- units ---------------------------------------------------------------------------


@pytest.fixture
def air(hass: HomeAssistant) -> Digest:
    """Carbon dioxide at 54 ppm and humidity at 61 %, in French (issue 14's home)."""
    set_state(
        hass,
        "sensor.co2",
        "54",
        {
            "friendly_name": "Carbon dioxide",
            "device_class": "carbon_dioxide",
            "unit_of_measurement": "ppm",
        },
    )
    set_state(
        hass,
        "sensor.humidity",
        "61",
        {"friendly_name": "Humidité", "device_class": "humidity", "unit_of_measurement": "%"},
    )
    return build_digest(hass, ["sensor.co2", "sensor.humidity"], "fr", now=NOW)


def test_rejects_a_number_told_with_another_unit(air: Digest) -> None:
    verdict = check_faithful("- Carbon dioxide : 54 %\n- Humidité : 61 %", air)

    assert not verdict.ok
    assert "54 %: the facts say 54 ppm" in verdict.problems


def test_rejects_a_unit_that_belongs_to_another_fact(hass: HomeAssistant) -> None:
    """54 % is in the facts, but it is the humidity's, not the carbon dioxide's."""
    co2 = {"friendly_name": "Carbon dioxide", "unit_of_measurement": "ppm"}
    set_state(hass, "sensor.co2", "54", co2)
    set_state(
        hass, "sensor.humidity", "54", {"friendly_name": "Humidity", "unit_of_measurement": "%"}
    )
    digest = build_digest(hass, ["sensor.co2", "sensor.humidity"], "en", now=NOW)

    verdict = check_faithful("Carbon dioxide is 54 %.", digest)

    assert not verdict.ok
    assert verdict.problems == ["54 %: Carbon dioxide is 54 ppm"]


def test_accepts_each_number_with_its_own_unit(air: Digest) -> None:
    assert check_faithful("Carbon dioxide : 54 ppm. Humidité : 61 %.", air).ok
