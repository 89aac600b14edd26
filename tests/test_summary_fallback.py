"""The deterministic summary shown when the model's text is rejected."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from syrupy.assertion import SnapshotAssertion

from custom_components.local_slm.summary import (
    Digest,
    build_digest,
    check_faithful,
    fallback_summary,
)
from custom_components.local_slm.summary.fallback import SummaryStyle
from custom_components.local_slm.summary.lang import count_words

from .test_summary_digest import NOW, set_state

TEMP = {"unit_of_measurement": "°C", "device_class": "temperature"}
HOURS_10 = 600


AREAS_FR = {"Hallway": "Entrée", "Living room": "Salon", "Kitchen": "Cuisine", "Bedroom": "Chambre"}


def _home(hass: HomeAssistant, names: dict[str, str], language: str) -> Digest:
    """A small home; `names` gives each device's name in the test's language."""
    areas = AREAS_FR if language == "fr" else {}
    states: list[tuple[str, str, dict[str, Any], float, str | None]] = [
        ("binary_sensor.front_door", "on", {"device_class": "door"}, 3, "Hallway"),
        ("light.lamp", "on", {}, HOURS_10, "Living room"),
        ("media_player.tv", "off", {}, HOURS_10, "Living room"),
        ("light.kitchen", "off", {}, HOURS_10, "Kitchen"),
        ("sensor.bedroom", "21.5", TEMP, 0, "Bedroom"),
        ("sensor.outside", "4", TEMP, 0, None),
        ("sensor.washer", "finished", {}, 10, None),
    ]
    for entity_id, state, attrs, minutes, area in states:
        friendly = {"friendly_name": names[entity_id], **attrs}
        where = areas.get(area, area) if area else None
        set_state(hass, entity_id, state, friendly, minutes_ago=minutes, area=where)
    return build_digest(hass, [s[0] for s in states], language, now=NOW)


@pytest.fixture
def home_en(hass: HomeAssistant) -> Digest:
    return _home(
        hass,
        {
            "binary_sensor.front_door": "Front door",
            "light.lamp": "Lamp",
            "media_player.tv": "TV",
            "light.kitchen": "Kitchen light",
            "sensor.bedroom": "Bedroom temperature",
            "sensor.outside": "Outside temperature",
            "sensor.washer": "Washing machine",
        },
        "en",
    )


@pytest.fixture
def home_fr(hass: HomeAssistant) -> Digest:
    return _home(
        hass,
        {
            "binary_sensor.front_door": "Porte d'entrée",
            "light.lamp": "Lampe",
            "media_player.tv": "Télé",
            "light.kitchen": "Plafonnier cuisine",
            "sensor.bedroom": "Température chambre",
            "sensor.outside": "Thermomètre extérieur",
            "sensor.washer": "Lave-linge",
        },
        "fr",
    )


# --- sentence ------------------------------------------------------------------------


def test_sentence_in_english(home_en: Digest, snapshot: SnapshotAssertion) -> None:
    text = fallback_summary(home_en, style="sentence", max_words=None, language="en")

    assert text.startswith("Hallway: front door has been open for 3 min.")
    assert text == snapshot


def test_sentence_in_french(home_fr: Digest, snapshot: SnapshotAssertion) -> None:
    text = fallback_summary(home_fr, style="sentence", max_words=None, language="fr")

    assert text.startswith("La porte d'entrée est ouverte depuis 3 min.")
    assert text == snapshot


def test_sentence_groups_an_area_whose_names_do_not_say_it(home_en: Digest) -> None:
    text = fallback_summary(home_en, style="sentence", max_words=None, language="en")

    assert "Living room: lamp has been on for 10 h and TV has been off for 10 h." in text


def test_french_sentence_uses_articles_and_agreement(home_fr: Digest) -> None:
    text = fallback_summary(home_fr, style="sentence", max_words=None, language="fr")

    assert "Salon : la lampe est allumée depuis 10 h et la télé est éteinte depuis 10 h." in text


@pytest.mark.parametrize("style", ["sentence", "bullets"])
def test_english_fallback_passes_the_guard(home_en: Digest, style: SummaryStyle) -> None:
    text = fallback_summary(home_en, style=style, max_words=None, language="en")

    assert check_faithful(text, home_en).ok, check_faithful(text, home_en).problems


@pytest.mark.parametrize("style", ["sentence", "bullets"])
def test_french_fallback_passes_the_guard(home_fr: Digest, style: SummaryStyle) -> None:
    text = fallback_summary(home_fr, style=style, max_words=None, language="fr")

    assert check_faithful(text, home_fr).ok, check_faithful(text, home_fr).problems


# --- bullets -------------------------------------------------------------------------


def test_bullets_in_english(home_en: Digest, snapshot: SnapshotAssertion) -> None:
    text = fallback_summary(home_en, style="bullets", max_words=None, language="en")

    assert text.splitlines()[0] == "- Front door (Hallway): open (3 min ago)"
    assert len(text.splitlines()) == len(home_en.facts)
    assert text == snapshot


def test_bullets_in_french(home_fr: Digest, snapshot: SnapshotAssertion) -> None:
    text = fallback_summary(home_fr, style="bullets", max_words=None, language="fr")

    assert text.splitlines()[0] == "- Porte d'entrée : ouverte (il y a 3 min)"
    assert text == snapshot


# --- headline ------------------------------------------------------------------------


def test_headline_in_english_names_the_critical_fact(home_en: Digest) -> None:
    assert fallback_summary(home_en, style="headline", max_words=None, language="en") == (
        "Front door open"
    )


def test_headline_in_french_names_the_critical_fact(home_fr: Digest) -> None:
    assert fallback_summary(home_fr, style="headline", max_words=None, language="fr") == (
        "Porte d'entrée ouverte"
    )


def test_headline_counts_critical_facts_it_cannot_show(hass: HomeAssistant) -> None:
    for i, name in enumerate(["Back door", "Front door", "Garage door"]):
        attrs = {"friendly_name": name, "device_class": "door"}
        set_state(hass, f"binary_sensor.d{i}", "on", attrs, minutes_ago=3)
    digest = build_digest(
        hass, ["binary_sensor.d0", "binary_sensor.d1", "binary_sensor.d2"], "fr", now=NOW
    )

    text = fallback_summary(digest, style="headline", max_words=None, language="fr")

    assert text == "Back door ouvert, Front door ouvert et 1 autre"
    assert check_faithful(text, digest, critical_limit=2).ok


def test_headline_without_critical_facts_names_the_top_one(hass: HomeAssistant) -> None:
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp"}, minutes_ago=5)
    set_state(hass, "light.porch", "off", {"friendly_name": "Porch light"}, minutes_ago=HOURS_10)
    digest = build_digest(hass, ["light.porch", "light.lamp"], "en", now=NOW)

    assert fallback_summary(digest, style="headline", max_words=None, language="en") == "Lamp on"


# --- length --------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["sentence", "bullets"])
def test_max_words_drops_the_least_important_facts(home_en: Digest, style: SummaryStyle) -> None:
    full = fallback_summary(home_en, style=style, max_words=None, language="en")

    text = fallback_summary(home_en, style=style, max_words=20, language="en")

    assert count_words(full) > 20
    assert count_words(text) <= 20
    assert "front door" in text.casefold()
    assert "more" in text.splitlines()[-1]


def test_max_words_says_how_many_facts_were_dropped(home_fr: Digest) -> None:
    text = fallback_summary(home_fr, style="sentence", max_words=12, language="fr")

    assert text == "La porte d'entrée est ouverte depuis 3 min. Et 6 autres."


def test_critical_facts_are_kept_past_max_words(home_en: Digest) -> None:
    text = fallback_summary(home_en, style="sentence", max_words=3, language="en")

    assert text == "Hallway: front door has been open for 3 min. And 6 more."


def test_facts_left_out_of_the_digest_are_counted(hass: HomeAssistant) -> None:
    for i in range(3):
        set_state(hass, f"light.l{i}", "off", {"friendly_name": f"Lamp {i}"}, minutes_ago=HOURS_10)
    digest = build_digest(hass, ["light.l0", "light.l1", "light.l2"], "fr", now=NOW, max_facts=1)

    bullets = fallback_summary(digest, style="bullets", max_words=None, language="fr")

    assert bullets == "- Lamp 0 : éteint (il y a 10 h)\n(2 autres non affichés)"
    assert fallback_summary(digest, style="sentence", max_words=None, language="fr").endswith(
        "(2 autres non affichés)"
    )


def test_empty_digest_has_nothing_to_report() -> None:
    digest = Digest(facts=(), omitted=0, language="fr")

    assert fallback_summary(digest, style="bullets", max_words=None, language="fr") == (
        "Rien à signaler."
    )
