"""The chat messages that ask the small model to phrase a digest."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest

from custom_components.local_slm.summary import (
    SUMMARY_STOP,
    Digest,
    build_digest,
    build_summary_messages,
    digest_text,
    max_tokens,
)
from custom_components.local_slm.summary.lang import number_tokens

from .test_summary_digest import NOW, set_state


@pytest.fixture
def digest_en(hass: HomeAssistant) -> Digest:
    attrs = {"friendly_name": "Front door", "device_class": "door"}
    set_state(hass, "binary_sensor.front_door", "on", attrs, minutes_ago=3)
    set_state(hass, "light.lamp", "on", {"friendly_name": "Lamp"}, area="Living room")
    return build_digest(hass, ["binary_sensor.front_door", "light.lamp"], "en", now=NOW)


def test_static_prefix_is_identical_across_calls(hass: HomeAssistant, digest_en: Digest) -> None:
    set_state(hass, "light.other", "off", {"friendly_name": "Other"})
    other = build_digest(hass, ["light.other"], "en", now=NOW)

    first = build_summary_messages(
        digest_en, instructions=None, style="sentence", max_words=40, language="en"
    )
    second = build_summary_messages(
        other, instructions="Be funny.", style="headline", max_words=8, language="en"
    )

    assert first[:-1] == second[:-1]
    assert first[-1] != second[-1]


def test_digest_comes_last_in_the_final_user_turn(digest_en: Digest) -> None:
    messages = build_summary_messages(
        digest_en, instructions=None, style="bullets", max_words=30, language="en"
    )

    assert messages[-1]["role"] == "user"
    assert messages[-1]["content"].endswith(digest_text(digest_en))
    assert "one line per fact" in messages[-1]["content"]
    assert "At most 30 words." in messages[-1]["content"]


def test_instructions_go_in_the_final_turn_only(digest_en: Digest) -> None:
    messages = build_summary_messages(
        digest_en,
        instructions="Mention the lamp first.",
        style="sentence",
        max_words=None,
        language="en",
    )

    assert [m for m in messages if "Mention the lamp first." in m["content"]] == [messages[-1]]


def test_system_then_one_example_per_style_then_the_request(digest_en: Digest) -> None:
    messages = build_summary_messages(
        digest_en, instructions=None, style="sentence", max_words=None, language="en"
    )

    roles = [m["role"] for m in messages]
    assert roles == [
        "system",
        "user",
        "assistant",
        "user",
        "assistant",
        "user",
        "assistant",
        "user",
    ]
    example_turns = [messages[i]["content"] for i in (1, 3, 5)]
    assert ["sentences" in example_turns[0], "line per fact" in example_turns[1]] == [True, True]
    assert "headline" in example_turns[2]


def test_french_prompt_is_in_french(hass: HomeAssistant) -> None:
    set_state(hass, "light.lampe", "on", {"friendly_name": "Lampe"}, minutes_ago=2 * 24 * 60)
    digest = build_digest(hass, ["light.lampe"], "fr", now=NOW)

    messages = build_summary_messages(
        digest, instructions=None, style="sentence", max_words=40, language="fr"
    )

    assert "Réponds en français" in messages[0]["content"]
    assert messages[-1]["content"].endswith("Faits :\n- Lampe : allumée")
    assert "40 mots au plus." in messages[-1]["content"]


def test_unsupported_language_gets_the_english_prompt(digest_en: Digest) -> None:
    german = build_summary_messages(
        digest_en, instructions=None, style="sentence", max_words=40, language="de"
    )
    english = build_summary_messages(
        digest_en, instructions=None, style="sentence", max_words=40, language="en"
    )

    assert german == english


@pytest.mark.parametrize("language", ["en", "fr"])
def test_example_answers_only_use_numbers_from_their_facts(
    digest_en: Digest, language: str
) -> None:
    messages = build_summary_messages(
        digest_en, instructions=None, style="sentence", max_words=None, language=language
    )

    for user, assistant in ((messages[i], messages[i + 1]) for i in (1, 3, 5)):
        facts = user["content"].split("\n", 3)[-1]
        assert set(number_tokens(assistant["content"])) <= set(number_tokens(facts))


def test_max_tokens_grows_with_max_words_and_is_capped() -> None:
    assert max_tokens(10) < max_tokens(40) < max_tokens(None) < max_tokens(200)
    assert max_tokens(10) >= 10 * 2
    assert max_tokens(10_000) == 512


def test_stop_strings_end_the_turn_and_a_new_facts_block() -> None:
    assert "<|im_end|>" in SUMMARY_STOP
    assert "Facts:" in SUMMARY_STOP
