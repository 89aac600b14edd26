"""GBNF grammar (llama.cpp) that keeps a small model's structured output well formed.

`build_json_grammar` returns, as plain text (llama_cpp is never imported), a grammar
for one JSON value following a JSON schema (AI Task structured output), laid out
compactly: a single space after every `:` and `,`, properties in schema order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import json
import math
import re
from typing import Any

from .tool_specs import JsonSchema

MAX_DIGITS = 15
MAX_ENUMERATED_INTEGERS = 256

_COMMON_RULES = {
    "string": r'"\"" char* "\""',
    "char": r'[^"\\\x00-\x1F\x7F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})',
    "integer": rf'"-"? ("0" | [1-9] [0-9]{{0,{MAX_DIGITS - 1}}})',
    "number": r'integer ("." [0-9]{1,6})? ([eE] [-+]? [0-9]{1,3})?',
    "boolean": r'"true" | "false"',
    "null": r'"null"',
    "value": "object | array | string | number | boolean | null",
    "object": r'"{" (string ": " value (", " string ": " value)*)? "}"',
    "array": r'"[" (value (", " value)*)? "]"',
}


def gbnf_literal(text: str) -> str:
    """Return `text` as a GBNF string literal (ASCII only, everything else escaped)."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif code <= 0xFF:
            out.append(f"\\x{code:02X}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    out.append('"')
    return "".join(out)


def json_literal(value: Any) -> str:
    """Return the GBNF literal matching `value` serialized as compact JSON."""
    return gbnf_literal(json.dumps(value, ensure_ascii=False))


class _GrammarBuilder:
    """Collects named rules and turns JSON schemas into GBNF expressions."""

    def __init__(self, *, definitions: Mapping[str, JsonSchema] | None = None) -> None:
        self.rules: dict[str, str] = {}
        self._used_common: set[str] = set()
        self._definitions = definitions or {}
        self._ref_rules: dict[str, str] = {}

    # -- rule bookkeeping -------------------------------------------------

    def add_rule(self, name: str, body: str) -> str:
        """Add (or reuse an identical) rule and return its name."""
        name = re.sub(r"[^a-zA-Z0-9-]+", "-", name).strip("-") or "r"
        candidate, index = name, 1
        while candidate in self.rules and self.rules[candidate] != body:
            index += 1
            candidate = f"{name}-{index}"
        self.rules[candidate] = body
        return candidate

    def common(self, name: str) -> str:
        """Reference one of the shared JSON rules (added to the grammar on use)."""
        self._used_common.add(name)
        return name

    def render(self) -> str:
        """Return the grammar, `root` first."""
        pending = list(self._used_common)
        while pending:
            name = pending.pop()
            for dep in re.findall(r"\b[a-z]+\b", _COMMON_RULES[name]):
                if dep in _COMMON_RULES and dep not in self._used_common:
                    self._used_common.add(dep)
                    pending.append(dep)
        rules = dict(self.rules)
        for name in sorted(self._used_common):
            rules.setdefault(name, _COMMON_RULES[name])
        ordered = sorted(rules.items(), key=lambda item: item[0] != "root")
        return "".join(f"{name} ::= {body}\n" for name, body in ordered)

    # -- schema conversion ------------------------------------------------

    def string(self, schema: JsonSchema | None = None) -> str:
        """Return a JSON string rule honouring `minLength`/`maxLength`."""
        schema = schema or {}
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if low == 0 and high is None:
            return self.common("string")
        self.common("char")
        repeat = f"{{{low},}}" if high is None else f"{{{low},{int(high)}}}"
        return self.add_rule(
            f"string-{low}-{high if high is not None else 'n'}", f'"\\"" char{repeat} "\\""'
        )

    def enum(self, values: Iterable[Any]) -> str | None:
        """Return an alternation of JSON literals, or None when there are none."""
        literals = list(dict.fromkeys(json_literal(value) for value in values))
        if not literals:
            return None
        return literals[0] if len(literals) == 1 else "(" + " | ".join(literals) + ")"

    def value(self, schema: JsonSchema, rule_name: str) -> str | None:
        """Return an expression for a value of `schema`; None when nothing can match."""
        if "$ref" in schema:
            return self._ref(schema["$ref"])
        if "const" in schema:
            return self.enum([schema["const"]])
        if "enum" in schema:
            return self.enum(schema["enum"])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [
                    self.value(option, f"{rule_name}-{index}")
                    for index, option in enumerate(schema[key])
                ]
                return _alternatives(options)
        if "allOf" in schema:
            merged: JsonSchema = {}
            for part in schema["allOf"]:
                merged = _merge(merged, part)
            return self.value(merged, rule_name)

        kind = schema.get("type")
        if isinstance(kind, list):
            return _alternatives(
                [self.value({**schema, "type": k}, f"{rule_name}-{k}") for k in kind]
            )
        if kind is None:
            if "properties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:
                return self.common("value")
        match kind:
            case "string":
                return self.string(schema)
            case "integer":
                return self.integer(schema)
            case "number":
                return self.common("number")
            case "boolean":
                return self.common("boolean")
            case "null":
                return self.common("null")
            case "array":
                return self.array(schema, rule_name)
            case "object":
                return self.object(schema, rule_name)
        return self.common("value")

    def _ref(self, ref: str) -> str:
        if ref in self._ref_rules:
            return self._ref_rules[ref]
        prefix = next((p for p in ("#/$defs/", "#/definitions/") if ref.startswith(p)), None)
        if prefix is None or ref[len(prefix) :] not in self._definitions:
            return self.common("value")
        name = self.add_rule(f"ref-{ref[len(prefix) :]}", "value")
        self._ref_rules[ref] = name
        body = self.value(self._definitions[ref[len(prefix) :]], name)
        self.rules[name] = body if body is not None else "value"
        if body is None:
            self.common("value")
        return name

    def integer(self, schema: JsonSchema) -> str:
        low = _bound(schema, "minimum", "exclusiveMinimum", 1)
        high = _bound(schema, "maximum", "exclusiveMaximum", -1)
        if low is not None and high is not None and 0 <= high - low < MAX_ENUMERATED_INTEGERS:
            return self.add_rule(
                f"int-{low}-{high}".replace("--", "-m"), _join_alt(range(low, high + 1))
            )
        if low is not None and low >= 0:
            return self.add_rule("uint", f'"0" | [1-9] [0-9]{{0,{MAX_DIGITS - 1}}}')
        return self.common("integer")

    def array(self, schema: JsonSchema, rule_name: str) -> str | None:
        items_schema: JsonSchema = schema.get("items") or {}
        item = self.value(items_schema, f"{rule_name}-item")
        min_items = int(schema.get("minItems", 0))
        max_items: int | None = schema.get("maxItems")
        if item is None:
            return None if min_items > 0 else '"[]"'
        if max_items is not None and max_items < min_items:
            return None
        if max_items == 0:
            return '"[]"'
        more_min = max(min_items - 1, 0)
        if max_items is None:
            more = f'(", " {item}){{{more_min},}}' if more_min else f'(", " {item})*'
        elif max_items - 1 == 0:
            more = ""
        else:
            more = f'(", " {item}){{{more_min},{max_items - 1}}}'
        seq = f"{item} {more}".strip()
        body = f'"[" {seq} "]"' if min_items > 0 else f'"[" ({seq})? "]"'
        return self.add_rule(f"{rule_name}-array", body)

    def object(self, schema: JsonSchema, rule_name: str) -> str | None:
        """Return a rule for an object with its properties in schema order.

        Without declared properties, any JSON object is accepted unless
        `additionalProperties` is false. An optional property
        whose value cannot match anything is left out; a required one makes the
        object unmatchable (None).
        """
        properties: Mapping[str, JsonSchema] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        if not properties:
            if schema.get("additionalProperties", True) is False:
                return '"{}"'
            return self.common("object")

        members: list[tuple[str, bool]] = []  # (key-value expression, required)
        for key, prop_schema in properties.items():
            expr = self.value(prop_schema, f"{rule_name}-{key}")
            if expr is None:
                if key in required:
                    return None
                continue
            members.append((f"{json_literal(key)} {gbnf_literal(': ')} {expr}", key in required))

        if not members:
            return '"{}"'
        # rest(i): the members from i on, after at least one member was written.
        rest: list[str] = [""] * (len(members) + 1)
        for index in range(len(members) - 1, -1, -1):
            member, is_required = members[index]
            part = f'", " {member}' if is_required else f'(", " {member})?'
            rest[index] = f"{part} {rest[index + 1]}".strip()

        # first(i): the members from i on, nothing written yet; only built when used.
        def first(index: int) -> str | None:
            if index == len(members):
                return None
            member, is_required = members[index]
            this = f"{member} {rest[index + 1]}".strip()
            if is_required:
                return this
            following = first(index + 1)
            if following is None:
                return f"({this})?"
            return f"({this} | {self.add_rule(f'{rule_name}-from-{index + 1}', following)})"

        body = first(0)
        return self.add_rule(f"{rule_name}-obj", f'"{{" {body} "}}"')


def build_json_grammar(schema: JsonSchema) -> str:
    """Return a GBNF grammar for one compact JSON value that follows `schema`.

    Supports object (properties in schema order, `required`), array (`items`,
    `minItems`/`maxItems`), string (`minLength`/`maxLength`), number, integer
    (`minimum`/`maximum`), boolean, null, `enum`/`const`, `anyOf`/`oneOf`, `allOf`
    of objects, type lists and local `$ref`s to `$defs`/`definitions`. An untyped
    schema accepts any JSON value.
    """
    definitions = {**(schema.get("definitions") or {}), **(schema.get("$defs") or {})}
    builder = _GrammarBuilder(definitions=definitions)
    root = builder.value(schema, "root-value")
    if root is None:
        raise ValueError("The schema cannot be satisfied")
    builder.rules["root"] = root
    return builder.render()


def _alternatives(options: Iterable[str | None]) -> str | None:
    kept = list(dict.fromkeys(option for option in options if option is not None))
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else "(" + " | ".join(kept) + ")"


def _join_alt(values: Iterable[int]) -> str:
    return " | ".join(gbnf_literal(str(value)) for value in values)


def _bound(schema: JsonSchema, inclusive: str, exclusive: str, step: int) -> int | None:
    if isinstance(value := schema.get(inclusive), int | float) and not isinstance(value, bool):
        return math.ceil(value) if step > 0 else math.floor(value)
    if isinstance(value := schema.get(exclusive), int | float) and not isinstance(value, bool):
        return (math.floor(value) + 1) if step > 0 else (math.ceil(value) - 1)
    return None


def _merge(left: JsonSchema, right: JsonSchema) -> JsonSchema:
    merged = {**left, **right}
    if "properties" in left or "properties" in right:
        merged["properties"] = {**left.get("properties", {}), **right.get("properties", {})}
        merged["required"] = [*left.get("required", []), *right.get("required", [])]
    return merged
