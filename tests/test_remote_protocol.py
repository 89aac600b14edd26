"""The parts of the remote engine that need no server: addresses, messages, stand-in scores."""

from __future__ import annotations

import pytest

from custom_components.local_slm.engine.remote import (
    agreement_score,
    chatml_to_messages,
    normalize_url,
)
from custom_components.local_slm.prompting.chat_format import ChatMessage, render_chat


@pytest.mark.parametrize(
    ("entered", "base"),
    [
        ("http://192.168.1.20:8080", "http://192.168.1.20:8080"),
        ("http://192.168.1.20:8080/", "http://192.168.1.20:8080"),
        (" http://192.168.1.20:8080/v1 ", "http://192.168.1.20:8080"),
        ("https://llm.home.arpa/v1/", "https://llm.home.arpa"),
        ("http://nas.local:8000/ollama/v1", "http://nas.local:8000/ollama"),
    ],
)
def test_the_base_url_is_what_the_user_typed_without_v1(entered: str, base: str) -> None:
    assert normalize_url(entered) == base


@pytest.mark.parametrize("entered", ["192.168.1.20:8080", "ftp://nas/v1", "http://", "hello"])
def test_an_address_that_is_not_http_is_refused(entered: str) -> None:
    with pytest.raises(ValueError, match="not an http"):
        normalize_url(entered)


def test_a_chatml_prompt_turns_back_into_its_messages() -> None:
    """What the agents render in ChatML reaches other servers as the same chat messages."""
    messages: list[ChatMessage] = [
        {"role": "system", "content": "You control a home.\nBe brief."},
        {"role": "user", "content": "Turn on the light"},
        {"role": "assistant", "content": "Done."},
        {"role": "user", "content": "And the fan?"},
    ]
    prompt = render_chat(messages, None)

    assert chatml_to_messages(prompt) == messages


def test_a_prefix_without_generation_prompt_keeps_its_system_message() -> None:
    prompt = render_chat(
        [{"role": "system", "content": "Static part"}], None, add_generation_prompt=False
    )
    assert chatml_to_messages(prompt) == [{"role": "system", "content": "Static part"}]


def test_the_stand_in_score_prefers_the_option_the_answer_begins_with() -> None:
    answer = '{"name": "HassTurnOff", "arguments": {"name": "Bed Light"}}'
    options = [
        '{"name": "HassTurnOff", "arguments": {"name": "Bed Light"}}',
        '{"name": "HassTurnOff", "arguments": {"name": "Kitchen Lights"}}',
        '{"name": "HassTurnOn", "arguments": {"name": "Bed Light"}}',
    ]
    scores = [agreement_score(answer, option) for option in options]

    assert scores[0] == 0.0
    assert scores[0] > scores[1] > scores[2]
