"""How model output becomes an answer, a repaired tool call, or a speakable error."""

from __future__ import annotations

import pytest

from custom_components.local_slm.assist.targets import Targets
from custom_components.local_slm.assist.tool_call import ParsedOutput, parse_model_output
from custom_components.local_slm.assist.tool_specs import ToolSpec

TURN_ON = ToolSpec(
    "intent__HassTurnOn",
    "Turns on a device",
    {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "area": {"type": "string"},
            "floor": {"type": "string"},
            "domain": {"type": "array", "items": {"type": "string"}},
        },
    },
)
LIGHT_SET = ToolSpec(
    "light__HassLightSet",
    "Sets a light",
    {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "brightness": {"type": "integer", "minimum": 0, "maximum": 100},
        },
        "required": ["brightness"],
    },
)
LIVE_CONTEXT = ToolSpec(
    "homeassistant__GetLiveContext",
    "",
    {
        "type": "object",
        "properties": {
            "domain": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
            }
        },
    },
)
DATE_TIME = ToolSpec("llm__GetDateTime", "", {"type": "object", "properties": {}})
SPECS = [TURN_ON, LIGHT_SET, LIVE_CONTEXT, DATE_TIME]
TARGETS = Targets(
    names=("Kitchen light", "Lumière du salon"),
    areas=("Kitchen", "Séjour"),
    floors=("Upstairs",),
    domains=("cover", "light"),
)


def parse(text: str) -> ParsedOutput:
    return parse_model_output(text, SPECS, TARGETS)


def test_plain_text_is_an_answer() -> None:
    result = parse("  It is sunny today.\n")

    assert result.answer == "It is sunny today."
    assert result.tool_call is None and result.error is None


def test_valid_call_is_returned_unchanged() -> None:
    result = parse('{"name": "intent__HassTurnOn", "arguments": {"name": "Kitchen light"}}')

    assert result.tool_call is not None
    assert result.tool_call.name == "intent__HassTurnOn"
    assert result.tool_call.arguments == {"name": "Kitchen light"}
    assert result.repairs == ()


def test_tool_without_arguments() -> None:
    result = parse('{"name": "llm__GetDateTime", "arguments": {}}')

    assert result.tool_call is not None
    assert result.tool_call.arguments == {}


def test_empty_values_are_dropped() -> None:
    result = parse(
        '{"name": "intent__HassTurnOn", "arguments": '
        '{"name": "Kitchen light", "area": "", "floor": null, "domain": []}}'
    )

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"name": "Kitchen light"}


def test_names_and_areas_match_exposed_spelling_ignoring_case_and_accents() -> None:
    result = parse(
        '{"name": "intent__HassTurnOn", '
        '"arguments": {"name": "lumiere du SALON", "area": "sejour"}}'
    )

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"name": "Lumière du salon", "area": "Séjour"}
    assert result.repairs


def test_string_domain_becomes_a_list_and_plural_is_singularised() -> None:
    result = parse('{"name": "intent__HassTurnOn", "arguments": {"domain": "lights"}}')

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"domain": ["light"]}


def test_domain_may_stay_a_string_where_the_schema_allows_it() -> None:
    result = parse('{"name": "homeassistant__GetLiveContext", "arguments": {"domain": "cover"}}')

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"domain": "cover"}


def test_numeric_string_is_converted_and_clamped() -> None:
    result = parse('{"name": "light__HassLightSet", "arguments": {"brightness": "150"}}')

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"brightness": 100}


def test_tool_name_without_prefix_is_resolved() -> None:
    result = parse('{"name": "HassTurnOn", "arguments": {"area": "Kitchen"}}')

    assert result.tool_call is not None
    assert result.tool_call.name == "intent__HassTurnOn"


def test_openai_style_call_with_string_arguments() -> None:
    result = parse(
        '{"function": {"name": "intent__HassTurnOn", "arguments": "{\\"area\\": \\"Kitchen\\"}"}}'
    )

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"area": "Kitchen"}


def test_call_in_a_code_fence_with_trailing_comma() -> None:
    result = parse(
        '```json\n{"name": "intent__HassTurnOn", "arguments": {"area": "Kitchen",}}\n```'
    )

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"area": "Kitchen"}


def test_call_cut_short_by_the_token_limit_is_closed() -> None:
    result = parse('{"name": "intent__HassTurnOn", "arguments": {"area": "Kitchen"')

    assert result.tool_call is not None
    assert result.tool_call.arguments == {"area": "Kitchen"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name": "intent__HassTurnOn", "arguments": {"name": ', "not valid JSON"),
        ('{"arguments": {"name": "Kitchen light"}}', 'no "name"'),
        (
            '{"name": "intent__HassExplode", "arguments": {}}',
            "no tool called 'intent__HassExplode'",
        ),
        (
            '{"name": "intent__HassTurnOn", "arguments": {"name": "Garage door"}}',
            "no device or entity called 'Garage door'",
        ),
        ('{"name": "intent__HassTurnOn", "arguments": {"area": "Attic"}}', "no area called"),
        (
            '{"name": "intent__HassTurnOn", "arguments": {"colour": "red"}}',
            "does not take the argument 'colour'",
        ),
        ('{"name": "intent__HassTurnOn", "arguments": {"domain": ["lock"]}}', "'lock' is not"),
        ('{"name": "light__HassLightSet", "arguments": {}}', "needs the argument(s): brightness"),
        ('{"name": "light__HassLightSet", "arguments": {"brightness": "max"}}', "must be a number"),
        ('{"name": "intent__HassTurnOn", "arguments": ["Kitchen"]}', "must be a JSON object"),
        ("", "empty"),
    ],
)
def test_malformed_output_yields_an_error(text: str, expected: str) -> None:
    result = parse(text)

    assert result.tool_call is None and result.answer is None
    assert result.error is not None
    assert expected in result.error


def test_error_for_unknown_tool_lists_the_available_ones() -> None:
    result = parse('{"name": "turn_on", "arguments": {}}')

    assert result.error is not None
    assert "intent__HassTurnOn" in result.error
