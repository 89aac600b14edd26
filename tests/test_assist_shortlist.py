"""Ranking exposed entities against English and French requests; on/off detection."""

from __future__ import annotations

import pytest

from custom_components.local_slm.assist.shortlist import detect_on_off, shortlist
from custom_components.local_slm.assist.targets import EntityTarget

HOME = [
    EntityTarget("light.kitchen", "light", ("Kitchen light",), ("Kitchen",)),
    EntityTarget("light.salon", "light", ("Lampe du salon",), ("Salon",)),
    EntityTarget("light.bedside", "light", ("Bedside lamp",), ("Bedroom",)),
    EntityTarget(
        "cover.bedroom", "cover", ("Volet chambre",), ("Chambre",), device_class="shutter"
    ),
    EntityTarget("lock.front", "lock", ("Front door",)),
    EntityTarget("switch.coffee", "switch", ("Coffee maker", "Espresso"), ("Kitchen",)),
    EntityTarget("climate.living", "climate", ("Thermostat",), ("Living room",)),
    EntityTarget("fan.bedroom", "fan", ("Ceiling fan",), ("Bedroom",)),
]


@pytest.mark.parametrize(
    ("request_text", "language", "expected"),
    [
        ("Turn on the kitchen light", "en", "light.kitchen"),
        ("allume la lumière de la cuisine", "fr", "light.kitchen"),
        ("éteins la lampe du salon", "fr", "light.salon"),
        ("turn off the living room lamp", "en", "light.salon"),
        ("ferme le volet de la chambre", "fr", "cover.bedroom"),
        ("close the bedroom shutters", "en", "cover.bedroom"),
        ("lock the front door", "en", "lock.front"),
        ("monte le chauffage", "fr", "climate.living"),
        ("allume le ventilateur", "fr", "fan.bedroom"),
        ("start the espresso", "en", "switch.coffee"),
        ("turn on the cofee maker", "en", "switch.coffee"),
    ],
)
def test_right_entity_ranks_first(request_text: str, language: str, expected: str) -> None:
    ranked = shortlist(request_text, HOME, language, k=3)

    assert ranked[0].target.entity_id == expected


def test_area_word_boosts_entities_in_that_area() -> None:
    ranked = shortlist("turn on everything in the bedroom", HOME, "en", k=3)

    assert {c.target.entity_id for c in ranked} == {
        "light.bedside",
        "fan.bedroom",
        "cover.bedroom",
    }


def test_k_limits_the_result() -> None:
    assert len(shortlist("turn on the light", HOME, "en", k=2)) == 2


def test_unrelated_request_shortlists_nothing() -> None:
    assert shortlist("what time is it?", HOME, "en", k=5) == []


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Turn on the kitchen light", "on"),
        ("turn the kitchen light off", "off"),
        ("switch off the TV", "off"),
        ("allume le salon", "on"),
        ("mets la lumière", "on"),
        ("ouvre la porte du garage", "on"),
        ("Éteins la lumière du salon", "off"),
        ("ferme les volets", "off"),
        ("lock the front door", "on"),
        ("verrouille la porte", "on"),
        ("unlock the front door", "off"),
        ("déverrouille la porte", "off"),
        ("what time is it", None),
        ("turn off the light and turn on the fan", None),
    ],
)
def test_detect_on_off(request_text: str, expected: str | None) -> None:
    assert detect_on_off(request_text) == expected
