"""Prompt layout: static parts first, volatile last, and trimming that spares instructions."""

from __future__ import annotations

from custom_components.local_slm.prompting.entity_list import (
    keep_entities,
    relevance_by_words,
    split_entity_list,
)
from custom_components.local_slm.prompting.layout import split_volatile

SYSTEM = (
    "You are a voice assistant for Home Assistant.\n"
    "Current time is 13:45:12. Today's date is 2026-11-24.\n"
    "Static Context: An overview of the areas and the devices in this smart home:\n"
    "- names: Kitchen Lights\n  domain: light\n  areas: Kitchen\n"
    "- names: Bed Light\n  domain: light\n  areas: Bedroom\n"
    "- names: Garage Door\n  domain: cover\n"
)


def test_the_current_time_leaves_the_prefix() -> None:
    """The second-by-second clock moves to the volatile part."""
    static, volatile = split_volatile(SYSTEM)
    assert "13:45:12" not in static
    assert volatile == "Current time is 13:45:12. Today's date is 2026-11-24."
    assert static.startswith("You are a voice assistant")


def test_two_requests_a_second_apart_share_the_static_part() -> None:
    """Only the clock differs, so the static part (the KV prefix) is identical."""
    later = SYSTEM.replace("13:45:12", "13:45:13")
    assert split_volatile(SYSTEM)[0] == split_volatile(later)[0]


def test_entity_list_items_are_found() -> None:
    """Each YAML entity item is one unit, with its indented lines."""
    head, items, tail = split_entity_list(split_volatile(SYSTEM)[0])
    assert head.endswith("devices in this smart home:")
    assert [i.splitlines()[0] for i in items] == [
        "- names: Kitchen Lights",
        "- names: Bed Light",
        "- names: Garage Door",
    ]
    assert tail == ""


def test_trimming_keeps_the_relevant_entities_and_the_instructions() -> None:
    """Asked about the garage, the garage door stays; the instructions always stay."""
    static = split_volatile(SYSTEM)[0]
    trimmed = keep_entities(static, relevance_by_words(["open", "the", "garage"]), 1)
    assert "Garage Door" in trimmed
    assert "Kitchen Lights" not in trimmed
    assert trimmed.startswith("You are a voice assistant for Home Assistant.")


def test_trimming_to_nothing_keeps_the_instructions() -> None:
    """With no room for any entity, the list is emptied, not the instructions."""
    trimmed = keep_entities(split_volatile(SYSTEM)[0], relevance_by_words([]), 0)
    assert "names:" not in trimmed
    assert "voice assistant" in trimmed
