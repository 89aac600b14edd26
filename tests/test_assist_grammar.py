"""The GBNF grammar compiles in llama.cpp and keeps the real built-in model in line."""

from __future__ import annotations

from collections.abc import Generator
import json
from typing import Any

import pytest

from custom_components.local_slm.assist.grammar import build_json_grammar, gbnf_literal
from custom_components.local_slm.engine.worker import load_cpu_backend
from custom_components.local_slm.model_files import builtin_model_path

llama_cpp = pytest.importorskip("llama_cpp")

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
        assert choice["finish_reason"] == "stop", choice  # a complete value, not cut short
        outputs.append(content)
    return outputs


def test_gbnf_literal_escapes_quotes_backslashes_and_non_ascii() -> None:
    assert gbnf_literal('a "b" \\ Lumière 💡 €') == (
        '"a \\"b\\" \\\\ Lumi\\xE8re \\U0001F4A1 \\u20AC"'
    )


def test_broken_grammar_is_rejected_by_the_compile_check(model: Any) -> None:
    assert not _compiles(model, "root ::= undefined-rule")


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


#: Every construct the AI Task schemas may use, including ones that match nothing.
EVERY_CONSTRUCT: dict[str, Any] = {
    "$defs": {
        "room": {
            "type": "object",
            "properties": {"name": {"const": "Salon"}, "lit": {"type": "boolean"}},
            "required": ["name"],
        },
        "never": {"enum": []},
    },
    "type": "object",
    "properties": {
        "first": {"type": "string", "maxLength": 5},
        "second": {"type": "number"},
        "rooms": {"type": "array", "items": {"$ref": "#/$defs/room"}, "minItems": 1, "maxItems": 1},
        "same_room": {"$ref": "#/$defs/room"},
        "never": {"$ref": "#/$defs/never"},
        "elsewhere": {"$ref": "#/components/schemas/thing"},
        "level": {"anyOf": [{"type": "integer", "exclusiveMinimum": 0}, {"type": "null"}]},
        "both": {
            "allOf": [
                {"properties": {"a": {"type": "number"}}},
                {"properties": {"b": {"type": "string"}}, "required": ["b"]},
            ]
        },
        "no_items": {"type": "array", "maxItems": 0},
        "no_fields": {"type": "object", "additionalProperties": False},
        "any_fields": {"type": "object"},
        "untyped_list": {"items": {"type": "integer"}},
        "strange_type": {"type": "date"},
        "empty_enum": {"enum": []},
        "unmatchable_fields": {"type": "object", "properties": {"x": {"enum": []}}},
        "unmatchable_items": {"type": "array", "items": {"enum": []}},
        "too_few": {"type": "array", "minItems": 3, "maxItems": 1},
        "nothing_fits": {"anyOf": [{"enum": []}]},
        "a b": {"type": "array", "items": {"type": "integer"}},
        "a-b": {"type": "array", "items": {"type": "boolean"}},
    },
    "required": ["rooms"],
}


def test_json_grammar_of_every_construct_compiles(model: Any) -> None:
    """llama.cpp parses the grammar of a schema using every supported construct."""
    assert _compiles(model, build_json_grammar(EVERY_CONSTRUCT))


def test_json_grammar_leaves_out_what_cannot_be_matched() -> None:
    """Optional properties that match nothing are not offered; the others all are."""
    grammar = build_json_grammar(EVERY_CONSTRUCT)
    for name in ("empty_enum", "nothing_fits", "too_few"):
        assert gbnf_literal(json.dumps(name)) not in grammar, name
    for name in ("rooms", "never", "no_items", "no_fields", "unmatchable_fields", "a b", "a-b"):
        assert gbnf_literal(json.dumps(name)) in grammar, name


def test_a_schema_nothing_can_match_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be satisfied"):
        build_json_grammar({"type": "object", "properties": {"x": {"enum": []}}, "required": ["x"]})
