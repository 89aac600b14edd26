"""The GBNF grammars compile in llama.cpp and keep the real built-in model in line."""

from __future__ import annotations

from collections.abc import Generator
import json
from typing import Any

import pytest

from custom_components.local_slm.assist.grammar import (
    build_json_grammar,
    build_tool_grammar,
    gbnf_literal,
)
from custom_components.local_slm.assist.targets import Targets
from custom_components.local_slm.assist.tool_call import parse_model_output
from custom_components.local_slm.assist.tool_specs import ToolSpec
from custom_components.local_slm.engine.worker import load_cpu_backend
from custom_components.local_slm.model_files import builtin_model_path

llama_cpp = pytest.importorskip("llama_cpp")

_NAME = {"type": "string"}
_TARGET_PROPS: dict[str, Any] = {
    "name": _NAME,
    "area": _NAME,
    "floor": _NAME,
    "domain": {"type": "array", "items": {"type": "string"}},
}
SPECS = [
    ToolSpec("intent__HassTurnOn", "", {"type": "object", "properties": _TARGET_PROPS}),
    ToolSpec("intent__HassTurnOff", "", {"type": "object", "properties": _TARGET_PROPS}),
    ToolSpec(
        "light__HassLightSet",
        "",
        {
            "type": "object",
            "properties": {
                "name": _NAME,
                "area": _NAME,
                "domain": {"type": "array", "items": {"type": "string", "enum": ["light"]}},
                "color": {"type": "string"},
                "brightness": {"type": "integer", "minimum": 0, "maximum": 100},
            },
        },
    ),
    ToolSpec(
        "homeassistant__GetLiveContext",
        "",
        {
            "type": "object",
            "properties": {
                "name": _NAME,
                "domain": {
                    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
                },
            },
        },
    ),
    ToolSpec("llm__GetDateTime", "", {"type": "object", "properties": {}}),
]
TARGETS = Targets(
    names=("Kitchen light", "Lumière du salon", 'Desk "lamp" \\ 2'),
    areas=("Kitchen", "Salon"),
    floors=(),
    domains=("light", "switch"),
)
SAMPLES = 6


@pytest.fixture(scope="module")
def model() -> Generator[Any]:
    """The real built-in SmolLM2 model, in this process (CPU backend loaded as the worker does)."""
    load_cpu_backend()
    llm = llama_cpp.Llama(model_path=str(builtin_model_path()), n_ctx=1024, verbose=False)
    yield llm
    llm.close()


def _compiles(model: Any, grammar: str) -> bool:
    """Parse `grammar` with llama.cpp itself (`LlamaGrammar.from_string` defers parsing)."""
    sampler = llama_cpp.llama_sampler_init_grammar(model._model.vocab, grammar.encode(), b"root")
    if not sampler:
        return False
    llama_cpp.llama_sampler_free(sampler)
    return True


def _sample(model: Any, grammar: str, messages: list[dict[str, str]]) -> list[str]:
    outputs = []
    for seed in range(SAMPLES):
        result = model.create_chat_completion(
            messages=messages,
            grammar=llama_cpp.LlamaGrammar.from_string(grammar, verbose=False),
            temperature=1.0,
            max_tokens=160,
            seed=seed,
        )
        choice = result["choices"][0]
        content = choice["message"]["content"]
        # A plain answer cut at max_tokens is still an answer; a call must be complete.
        assert choice["finish_reason"] == "stop" or not content.lstrip().startswith("{"), choice
        outputs.append(content)
    return outputs


def test_gbnf_literal_escapes_quotes_backslashes_and_non_ascii() -> None:
    assert gbnf_literal('a "b" \\ Lumière 💡') == '"a \\"b\\" \\\\ Lumi\\xE8re \\U0001F4A1"'


def test_tool_grammar_compiles(model: Any) -> None:
    assert _compiles(model, build_tool_grammar(SPECS, TARGETS))


def test_broken_grammar_is_rejected_by_the_compile_check(model: Any) -> None:
    assert not _compiles(model, "root ::= undefined-rule")


def test_tool_grammar_without_targets_compiles(model: Any) -> None:
    assert _compiles(model, build_tool_grammar(SPECS, Targets(), allow_answer=False))


def test_answers_cannot_start_with_a_brace() -> None:
    grammar = build_tool_grammar(SPECS, TARGETS)

    assert grammar.startswith("root ::= answer | call\n")
    assert "answer ::= [^{" in grammar


def test_non_exposed_name_cannot_be_sampled(model: Any) -> None:
    grammar = build_tool_grammar(SPECS, TARGETS, allow_answer=False)
    messages = [
        {"role": "system", "content": "Reply with one JSON tool call."},
        {"role": "user", "content": 'Turn on the "Garage door". Use the name "Garage door"!'},
    ]

    for output in _sample(model, grammar, messages):
        call = json.loads(output)
        assert set(call) == {"name", "arguments"}
        assert call["name"] in {spec.name for spec in SPECS}
        args = call["arguments"]
        assert args.get("name", "Kitchen light") in TARGETS.names
        assert args.get("area", "Kitchen") in TARGETS.areas
        assert "floor" not in args  # no floor is exposed
        domains = args.get("domain", [])
        assert set(domains if isinstance(domains, list) else [domains]) <= set(TARGETS.domains)
        parsed = parse_model_output(output, SPECS, TARGETS)
        assert parsed.tool_call is not None, parsed.error


def test_tool_grammar_keeps_exact_layout(model: Any) -> None:
    grammar = build_tool_grammar(SPECS, TARGETS, allow_answer=False)
    messages = [{"role": "user", "content": "Dim the salon light to 40 percent."}]

    for output in _sample(model, grammar, messages):
        call = json.loads(output)
        assert output == json.dumps(call, ensure_ascii=False)


def test_answer_or_call_always_parses(model: Any) -> None:
    grammar = build_tool_grammar(SPECS, TARGETS)
    messages = [{"role": "user", "content": "Hello! What can you do? Also turn on the kitchen."}]

    for output in _sample(model, grammar, messages):
        parsed = parse_model_output(output, SPECS, TARGETS)
        assert parsed.error is None, (output, parsed.error)


PERSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 30},
        "age": {"type": "integer", "minimum": 0, "maximum": 120},
        "mood": {"enum": ["happy", "sad", "neutral"]},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 15}, "maxItems": 3},
        "address": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "maxLength": 20},
                "zip": {"type": "number"},
            },
            "required": ["city"],
        },
        "active": {"type": "boolean"},
    },
    "required": ["name", "age", "mood", "address"],
}


def _check(schema: dict[str, Any], value: Any) -> None:
    """Minimal validator for the features PERSON_SCHEMA uses."""
    if "enum" in schema:
        assert value in schema["enum"]
        return
    match schema["type"]:
        case "object":
            assert isinstance(value, dict)
            assert set(schema.get("required", ())) <= set(value) <= set(schema["properties"])
            assert list(value) == [k for k in schema["properties"] if k in value]
            for key, item in value.items():
                _check(schema["properties"][key], item)
        case "array":
            assert isinstance(value, list)
            assert len(value) <= schema.get("maxItems", len(value))
            for item in value:
                _check(schema["items"], item)
        case "string":
            assert isinstance(value, str)
            assert len(value) <= schema["maxLength"]
        case "integer":
            assert isinstance(value, int) and not isinstance(value, bool)
            assert schema["minimum"] <= value <= schema["maximum"]
        case "number":
            assert isinstance(value, int | float) and not isinstance(value, bool)
        case "boolean":
            assert isinstance(value, bool)


def test_json_grammar_compiles(model: Any) -> None:
    assert _compiles(model, build_json_grammar(PERSON_SCHEMA))


def test_structured_output_always_validates(model: Any) -> None:
    grammar = build_json_grammar(PERSON_SCHEMA)
    messages = [{"role": "user", "content": "Describe a fictional person as JSON."}]

    for output in _sample(model, grammar, messages):
        _check(PERSON_SCHEMA, json.loads(output))


def test_json_grammar_supports_refs_and_type_lists(model: Any) -> None:
    schema = {
        "$defs": {"item": {"type": "object", "properties": {"n": {"type": ["integer", "null"]}}}},
        "type": "array",
        "items": {"$ref": "#/$defs/item"},
        "minItems": 1,
    }

    assert _compiles(model, build_json_grammar(schema))
