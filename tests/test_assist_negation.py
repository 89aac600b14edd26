"""Which requests say not to do something (`assist.negation`)."""

from __future__ import annotations

import pytest

from custom_components.local_slm.assist.negation import negated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Don't turn the heater off", "en-AU"),
        ("no apagues la luz del pasillo", "es"),
        ("doe de lamp niet uit", "nl"),
        ("non spegnere la luce", "it"),
    ],
)
def test_a_negation_of_the_language_is_found(text: str, language: str) -> None:
    """A regional language tag reads as its language ('en-AU' as 'en')."""
    assert negated(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("turn the heater off", "en"),
        ("apaga la luz del pasillo", "es"),
        ("nothing to do with the notice board, turn it on", "en"),
        ("ikke slå av lyset", "fi"),
    ],
)
def test_a_command_without_one_is_not_negated(text: str, language: str) -> None:
    """Whole words only ('nothing' holds no 'not'); a language without a list has no guard."""
    assert not negated(text, language)


def test_a_clause_naming_the_item_says_what_is_missing_not_what_not_to_do() -> None:
    assert not negated("on n'a plus de café, ajoute-le à la liste", "fr", item="café")


def test_a_negated_command_beside_the_items_clause_is_still_negated() -> None:
    assert negated("on n'a plus de café, ne l'ajoute pas à la liste", "fr", item="café")
