"""Chat messages to a raw prompt, with the model's own chat template.

The template comes from the GGUF metadata (`tokenizer.chat_template`) and is rendered in
a Jinja sandbox, as llama.cpp's own server does. A model without a template gets
ChatML, the format most small instruct models are trained on (documented in README).
BOS is left to the tokenizer, which adds it when the model asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal, NotRequired, TypedDict

from jinja2 import TemplateError, nodes
from jinja2.ext import Extension
from jinja2.parser import Parser
from jinja2.sandbox import ImmutableSandboxedEnvironment

type Role = Literal["system", "user", "assistant", "tool"]


class ChatMessage(TypedDict):
    """One message of a conversation."""

    role: Role
    content: str
    name: NotRequired[str]


CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class ChatTemplateError(Exception):
    """The model's chat template could not render these messages."""


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


class GenerationBlock(Extension):
    """`{% generation %}...{% endgeneration %}`, as in Hugging Face templates: rendered as is.

    The tag only marks the assistant's tokens for training masks; rendering the body
    unchanged is what transformers' own renderer outputs.
    """

    tags = {"generation"}  # noqa: RUF012  (jinja2's declared class attribute)

    def parse(self, parser: Parser) -> list[nodes.Node]:
        """The body up to `endgeneration`, unchanged."""
        next(parser.stream)
        return list(parser.parse_statements(("name:endgeneration",), drop_needle=True))


@lru_cache(maxsize=8)
def _compile(source: str) -> Any:
    # loopcontrols: `{% break %}` / `{% continue %}`, which transformers enables too.
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.loopcontrols", GenerationBlock],
    )
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env.from_string(source)


def render_chat(
    messages: Sequence[ChatMessage],
    template: str | None,
    *,
    eos: str = "",
    add_generation_prompt: bool = True,
) -> str:
    """Format messages the way the model was trained to read them."""
    source = template or CHATML_TEMPLATE
    # Roles a template may not know ("tool") are folded into user turns.
    msgs = [
        {"role": m["role"] if m["role"] != "tool" else "user", "content": m["content"]}
        for m in messages
    ]
    try:
        return str(
            _compile(source).render(
                messages=msgs,
                add_generation_prompt=add_generation_prompt,
                bos_token="",
                eos_token=eos,
            )
        )
    except (TemplateError, ChatTemplateError, TypeError) as err:
        if template is None:
            raise ChatTemplateError(str(err)) from err
        # A template that rejects this conversation (say, no system role) still gets
        # an answer: fold the system prompt into the first user turn, then ChatML.
        if msgs and msgs[0]["role"] == "system" and len(msgs) > 1:
            merged = [{"role": "user", "content": msgs[0]["content"] + "\n\n" + msgs[1]["content"]}]
            try:
                return str(
                    _compile(source).render(
                        messages=merged + msgs[2:],
                        add_generation_prompt=add_generation_prompt,
                        bos_token="",
                        eos_token=eos,
                    )
                )
            except (TemplateError, ChatTemplateError, TypeError):
                pass
        return render_chat(messages, None, add_generation_prompt=add_generation_prompt)


def stop_strings(template: str | None, eos: str) -> tuple[str, ...]:
    """Strings that end an assistant turn in this format."""
    stops = {s for s in (eos, "<|im_end|>", "<end_of_turn>", "<|eot_id|>", "</s>") if s}
    if template is None:
        stops.add("<|im_end|>")
    stops.add("<|im_start|>")
    return tuple(sorted(stops))
