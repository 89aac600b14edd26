"""A free chat reply is said a sentence at a time, and never recites the instructions."""

from __future__ import annotations

from collections.abc import AsyncIterator

from custom_components.local_slm.agent.chat import recites, sentences

INSTRUCTIONS = (
    "When a user asks to turn on all devices of a specific type, ask user to specify an "
    "area, unless there is only one device of that type."
)


def test_a_reply_copying_six_words_of_the_instructions_recites_them() -> None:
    assert recites(
        "When a user asks to turn on all devices of a specific type, ask the user.",
        INSTRUCTIONS,
    )


def test_a_reply_sharing_a_few_words_with_the_instructions_recites_nothing() -> None:
    """'turn on all' and 'a specific type' are words any reply may use."""
    assert not recites("I can turn on all lights of a specific type for you.", INSTRUCTIONS)


async def _deltas(*parts: str) -> AsyncIterator[str]:
    for part in parts:
        yield part


async def test_streamed_text_comes_out_a_sentence_at_a_time() -> None:
    """A sentence ends at its mark and the space after it; the last may have none."""
    said = [s async for s in sentences(_deltas("Hello wor", "ld. How", " are you?", " Fine"))]
    assert said == ["Hello world. ", "How are you? ", "Fine"]


async def test_a_decimal_point_ends_no_sentence() -> None:
    said = [s async for s in sentences(_deltas("It is 21.", "5 degrees. ", "Done"))]
    assert said == ["It is 21.5 degrees. ", "Done"]


async def test_closing_the_sentences_closes_the_generation_they_come_from() -> None:
    """A refused sentence ends the reply: the text's source is closed at once (the
    engine's stream stops the model at its next token), not left to the collector."""
    closed: list[bool] = []

    async def generation() -> AsyncIterator[str]:
        try:
            yield "When a user asks. "
            yield "More. "
        finally:
            closed.append(True)

    replies = sentences(generation())
    assert await anext(replies) == "When a user asks. "
    await replies.aclose()
    assert closed == [True]
