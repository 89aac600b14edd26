"""Turn a model's raw output into an answer or one validated, repaired tool call.

Never raises on model output: anything unusable becomes `ParsedOutput.error`, a
sentence the agent can feed back to the model or speak to the user.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
import json
import math
import re
from typing import Any

from .targets import Targets
from .text import fold
from .tool_specs import JsonSchema, ToolSpec

_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_TARGET_KEYS = {"name": "names", "area": "areas", "floor": "floors"}
_LIST_KEYS = {"domain": "domains", "device_class": "device_classes"}
_ARGUMENT_KEYS = ("arguments", "parameters", "args", "input")
_NAME_KEYS = ("name", "tool", "tool_name", "function")


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call ready for `llm.ToolInput(tool_name=..., tool_args=...)`."""

    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ParsedOutput:
    """Exactly one of `answer`, `tool_call` or `error` is set."""

    answer: str | None = None
    tool_call: ToolCall | None = None
    error: str | None = None
    repairs: tuple[str, ...] = field(default=())
    """What was changed to make the tool call valid (for logs and traces)."""


class _InvalidCallError(Exception):
    """A tool call that cannot be repaired; the message is meant for the agent."""


def parse_model_output(text: str, specs: Sequence[ToolSpec], targets: Targets) -> ParsedOutput:
    """Parse `text`: a JSON tool call `{"name": ..., "arguments": {...}}`, or an answer.

    Text that does not contain a JSON object is an answer. A tool call is repaired
    where that is safe (see `repair_arguments`) and otherwise rejected with an error.
    """
    stripped = _FENCE.sub("", text.strip()).strip()
    if not stripped:
        return ParsedOutput(error="The model produced an empty reply.")
    start = stripped.find("{")
    if start < 0 or (start > 0 and '"name"' not in stripped[start:]):
        return ParsedOutput(answer=stripped)
    payload = _load_json_object(stripped[start:])
    if payload is None:
        return ParsedOutput(error="The tool call is not valid JSON.")
    try:
        name, raw_arguments = _call_parts(payload)
        spec, repairs = _find_spec(name, specs)
        arguments = repair_arguments(spec, raw_arguments, targets, repairs)
    except _InvalidCallError as err:
        return ParsedOutput(error=str(err))
    return ParsedOutput(tool_call=ToolCall(spec.name, arguments), repairs=tuple(repairs))


def _load_json_object(text: str) -> dict[str, Any] | None:
    """Load the first JSON object in `text`, tolerating trailing junk and small slips."""
    decoder = json.JSONDecoder()
    candidates = [text, _TRAILING_COMMA.sub(r"\1", text)]
    # A reply cut short by the token limit: close what is still open.
    missing = text.count("{") - text.count("}")
    if missing > 0:
        candidates.append(text.rstrip().rstrip(",") + "}" * missing)
    for candidate in candidates:
        try:
            value, _ = decoder.raw_decode(candidate)
        except ValueError:
            continue
        return value if isinstance(value, dict) else None
    return None


def _call_parts(payload: Mapping[str, Any]) -> tuple[str, Any]:
    """Return (tool name, arguments) from the usual tool-call shapes."""
    if isinstance(function := payload.get("function"), Mapping):
        payload = function
    name = next((payload[key] for key in _NAME_KEYS if isinstance(payload.get(key), str)), None)
    if name is None:
        raise _InvalidCallError('The tool call has no "name".')
    arguments: Any = next((payload[key] for key in _ARGUMENT_KEYS if key in payload), {})
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except ValueError:
            raise _InvalidCallError(f"The arguments of {name} are not valid JSON.") from None
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        raise _InvalidCallError(f"The arguments of {name} must be a JSON object.")
    return name, arguments


def _find_spec(name: str, specs: Sequence[ToolSpec]) -> tuple[ToolSpec, list[str]]:
    """Find the offered tool called `name`, also without its `domain__` prefix."""
    for spec in specs:
        if spec.name == name:
            return spec, []
    wanted = fold(name).replace(" ", "")
    matches = [
        spec
        for spec in specs
        if wanted in (fold(spec.name).replace(" ", ""), fold(spec.name.split("__")[-1]))
    ]
    if len(matches) == 1:
        return matches[0], [f"tool {name!r} -> {matches[0].name!r}"]
    offered = ", ".join(spec.name for spec in specs) or "none"
    raise _InvalidCallError(f"There is no tool called {name!r}. Available tools: {offered}.")


def repair_arguments(
    spec: ToolSpec,
    arguments: Mapping[str, Any],
    targets: Targets,
    repairs: list[str] | None = None,
) -> dict[str, Any]:
    """Return valid arguments for `spec`, or raise `_InvalidCallError`.

    Repairs: drop null/""/[]/{} values; match `name`/`area`/`floor` to the exposed
    spelling ignoring case, accents and punctuation; wrap a lone `domain` or
    `device_class` string into a list; convert numeric and boolean strings; clamp
    integers and numbers into `minimum`/`maximum`; match enum values ignoring case.
    Rejects: parameters the tool does not take, non-exposed targets, values of the
    wrong type, missing required parameters.
    """
    repairs = repairs if repairs is not None else []
    properties = spec.properties
    result: dict[str, Any] = {}
    for key, value in arguments.items():
        if _is_blank(value):
            repairs.append(f"dropped empty {key!r}")
            continue
        if key not in properties:
            allowed = ", ".join(properties) or "no arguments"
            raise _InvalidCallError(
                f"{spec.name} does not take the argument {key!r}. It takes: {allowed}."
            )
        result[key] = _repair_value(spec.name, key, properties[key], value, targets, repairs)
    missing = [key for key in properties if key in spec.required and key not in result]
    if missing:
        raise _InvalidCallError(f"{spec.name} needs the argument(s): {', '.join(missing)}.")
    return result


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def _repair_value(
    tool: str, key: str, schema: JsonSchema, value: Any, targets: Targets, repairs: list[str]
) -> Any:
    if key in _TARGET_KEYS and schema.get("type") == "string" and "enum" not in schema:
        exposed: tuple[str, ...] = getattr(targets, _TARGET_KEYS[key])
        if not exposed:
            return _coerce(tool, key, schema, value, repairs)
        if not isinstance(value, str):
            raise _InvalidCallError(f"The {key} given to {tool} must be text.")
        return _match_target(key, value, exposed, repairs)
    if key in _LIST_KEYS and _accepts_list(schema):
        exposed = getattr(targets, _LIST_KEYS[key])
        items = value if isinstance(value, list) else [value]
        if not isinstance(value, list):
            repairs.append(f"wrapped {key!r} in a list")
        item_schema = _list_item_schema(schema)
        allowed = [v for v in item_schema.get("enum", exposed) if not exposed or v in exposed]
        result = [_match_listed(key, item, allowed, repairs) for item in items if item]
        if not _accepts_string(schema) or isinstance(value, list):
            return result
        return result[0] if len(result) == 1 else result
    return _coerce(tool, key, schema, value, repairs)


def _match_target(key: str, value: str, exposed: Sequence[str], repairs: list[str]) -> str:
    if value in exposed:
        return value
    wanted = fold(value)
    for candidate in exposed:
        if fold(candidate) == wanted:
            repairs.append(f"{key} {value!r} -> {candidate!r}")
            return candidate
    raise _InvalidCallError(f"There is no {_KIND[key]} called {value!r}.")


_KIND = {"name": "device or entity", "area": "area", "floor": "floor"}


def _match_listed(key: str, value: Any, allowed: Sequence[str], repairs: list[str]) -> str:
    if not isinstance(value, str):
        raise _InvalidCallError(f"The {key} values must be text.")
    if value in allowed:
        return value
    wanted = fold(value).replace(" ", "_")
    for candidate in allowed:
        folded = fold(candidate).replace(" ", "_")
        if wanted in (folded, f"{folded}s", f"{folded}es"):
            repairs.append(f"{key} {value!r} -> {candidate!r}")
            return candidate
    kinds = ", ".join(allowed) or "none"
    raise _InvalidCallError(f"{value!r} is not an available {key}. Available: {kinds}.")


def _accepts_list(schema: JsonSchema) -> bool:
    return schema.get("type") == "array" or any(
        option.get("type") == "array" for option in schema.get("anyOf", ())
    )


def _accepts_string(schema: JsonSchema) -> bool:
    return schema.get("type") == "string" or any(
        option.get("type") == "string" for option in schema.get("anyOf", ())
    )


def _list_item_schema(schema: JsonSchema) -> JsonSchema:
    if schema.get("type") == "array":
        items: JsonSchema = schema.get("items") or {}
        return items
    for option in schema.get("anyOf", ()):
        if option.get("type") == "array":
            option_items: JsonSchema = option.get("items") or {}
            return option_items
    return {}


def _coerce(tool: str, key: str, schema: JsonSchema, value: Any, repairs: list[str]) -> Any:
    """Return `value` converted to `schema` (scalars, enums, arrays), or raise."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        for option in options:
            try:
                return _coerce(tool, key, option, value, [])
            except _InvalidCallError:
                continue
        raise _InvalidCallError(f"The value {value!r} does not fit {key!r} of {tool}.")
    if "enum" in schema:
        return _match_enum(key, value, schema["enum"], repairs)
    match schema.get("type"):
        case "string":
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                raise _InvalidCallError(f"{key!r} of {tool} must be text.")
            return value if isinstance(value, str) else str(value)
        case "integer" | "number" as kind:
            return _clamp(key, schema, _to_number(tool, key, value, kind == "integer"), repairs)
        case "boolean":
            return _to_bool(tool, key, value)
        case "array":
            items = value if isinstance(value, list) else [value]
            item_schema: JsonSchema = schema.get("items") or {}
            return [_coerce(tool, key, item_schema, item, repairs) for item in items]
    return value


def _match_enum(key: str, value: Any, allowed: Sequence[Any], repairs: list[str]) -> Any:
    if value in allowed:
        return value
    if isinstance(value, str):
        for candidate in allowed:
            if isinstance(candidate, str) and fold(candidate) == fold(value):
                repairs.append(f"{key} {value!r} -> {candidate!r}")
                return candidate
    choices = ", ".join(str(v) for v in allowed)
    raise _InvalidCallError(f"{value!r} is not a valid {key}. Choose one of: {choices}.")


def _to_number(tool: str, key: str, value: Any, integer: bool) -> int | float:
    number: float
    if isinstance(value, bool):
        raise _InvalidCallError(f"{key!r} of {tool} must be a number.")
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip().rstrip("%").replace(",", "."))
        except ValueError:
            raise _InvalidCallError(f"{key!r} of {tool} must be a number.") from None
    else:
        raise _InvalidCallError(f"{key!r} of {tool} must be a number.")
    if not math.isfinite(number):
        raise _InvalidCallError(f"{key!r} of {tool} must be a number.")
    if integer:
        return round(number)
    return int(number) if isinstance(value, int) else number


def _clamp(key: str, schema: JsonSchema, number: int | float, repairs: list[str]) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float) and number < low:
        repairs.append(f"{key} {number} -> {low}")
        return low
    if isinstance(high, int | float) and number > high:
        repairs.append(f"{key} {number} -> {high}")
        return high
    return number


_TRUE = {"true", "yes", "on", "1", "oui"}
_FALSE = {"false", "no", "off", "0", "non"}


def _to_bool(tool: str, key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | str) and (folded := fold(str(value))) in _TRUE | _FALSE:
        return folded in _TRUE
    raise _InvalidCallError(f"{key!r} of {tool} must be true or false.")
