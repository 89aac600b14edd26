"""Chat templates from GGUF files render with the Jinja features models ship with."""

from __future__ import annotations

from datetime import datetime

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


#: Gemma-style: no system role; the template says so with raise_exception.
NO_SYSTEM_ROLE = (
    "{% for m in messages %}{% if m['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "<{{ m['role'] }}>{{ m['content'] }}{% endfor %}"
)


def test_a_template_refusing_the_system_role_gets_it_in_the_first_user_turn() -> None:
    """The system prompt is folded into the first user message, in the model's format."""
    rendered = render_chat(MESSAGES, NO_SYSTEM_ROLE, add_generation_prompt=False)
    assert rendered == "<user>Be brief.\n\nHi<user>Bye"


def test_a_template_refusing_every_conversation_falls_back_to_chatml() -> None:
    """A template that raises whatever it is given still yields a ChatML prompt."""
    template = "{{ raise_exception('Conversation roles must alternate') }}"
    rendered = render_chat(MESSAGES, template, add_generation_prompt=False)
    assert rendered == render_chat(MESSAGES, None, add_generation_prompt=False)
    assert rendered.startswith("<|im_start|>system\nBe brief.<|im_end|>")


def test_a_template_can_print_todays_date() -> None:
    """`strftime_now`, which Llama 3 templates call, gives the date in the asked format."""
    rendered = render_chat(MESSAGES[:2], "{{ strftime_now('%Y') }}", add_generation_prompt=False)
    assert rendered == str(datetime.now().year)
