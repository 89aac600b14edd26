"""Tool specifications as plain JSON schema, and a compact rendering for prompts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from homeassistant.helpers import llm
import probatio

type JsonSchema = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool as the model sees it: a name, a description and a parameter schema."""

    name: str
    description: str = ""
    parameters: JsonSchema = field(default_factory=lambda: {"type": "object", "properties": {}})

    @classmethod
    def from_tool(
        cls, tool: llm.Tool, custom_serializer: Callable[[Any], Any] | None = None
    ) -> ToolSpec:
        """Convert an HA tool, exactly as HA's own LLM integrations do."""
        parameters: JsonSchema = probatio.to_openapi(
            tool.parameters,
            custom_serializer=custom_serializer,
            openapi_version="3.1.0",
        )
        return cls(name=tool.name, description=tool.description or "", parameters=parameters)

    @property
    def properties(self) -> Mapping[str, JsonSchema]:
        """Return the parameter schemas by name, in schema order."""
        props: Mapping[str, JsonSchema] = self.parameters.get("properties") or {}
        return props

    @property
    def required(self) -> frozenset[str]:
        """Return the names of the required parameters."""
        return frozenset(self.parameters.get("required") or ())


def tool_specs_from_api(api_instance: llm.APIInstance) -> list[ToolSpec]:
    """Return the specs of every tool an API instance offers."""
    return [ToolSpec.from_tool(tool, api_instance.custom_serializer) for tool in api_instance.tools]


def render_tool_specs(specs: Iterable[ToolSpec], *, descriptions: bool = False) -> str:
    """Render one line per tool, e.g. `intent__HassTurnOn(name?, area?, domain?: [light])`.

    `?` marks an optional parameter; a type or the allowed values follow `:` when
    they are not plain strings. With `descriptions`, ` - <description>` follows
    (first sentence only, to save context).
    """
    lines = []
    for spec in specs:
        params = ", ".join(
            _render_param(name, schema, name in spec.required)
            for name, schema in spec.properties.items()
        )
        line = f"{spec.name}({params})"
        if descriptions and spec.description:
            line += f" - {_first_sentence(spec.description)}"
        lines.append(line)
    return "\n".join(lines)


def _render_param(name: str, schema: JsonSchema, required: bool) -> str:
    text = name if required else f"{name}?"
    if (kind := _render_type(schema)) != "string":
        text += f": {kind}"
    return text


def _render_type(schema: JsonSchema) -> str:
    if "enum" in schema:
        return "|".join(str(value) for value in schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " or ".join(_render_type(option) for option in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"[{_render_type(schema.get('items') or {})}]"
    if isinstance(kind, str):
        return kind
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    return "any"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]
