"""Chat templates from GGUF files render with the Jinja features models ship with."""

from __future__ import annotations

from custom_components.local_slm.prompting.chat_format import ChatMessage, render_chat

MESSAGES: list[ChatMessage] = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Hi"},
    {"role": "user", "content": "Bye"},
]


def test_a_template_using_break_is_rendered_not_replaced_by_chatml() -> None:
    """`{% break %}` (jinja2's loopcontrols) works: the model's own format is used."""
    template = (
        "{% for m in messages %}{% if loop.index > 2 %}{% break %}{% endif %}"
        "[{{ m['role'] }}]{{ m['content'] }}{% endfor %}"
    )
    assert render_chat(MESSAGES, template, add_generation_prompt=False) == (
        "[system]Be brief.[user]Hi"
    )


def test_a_template_using_generation_blocks_renders_their_body() -> None:
    """`{% generation %}` only marks assistant text for training: its body is kept."""
    template = (
        "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}{% endfor %}"
        "{% if add_generation_prompt %}{% generation %}<assistant>{% endgeneration %}{% endif %}"
    )
    rendered = render_chat(MESSAGES[:2], template)
    assert rendered == "<system>Be brief.<user>Hi<assistant>"
