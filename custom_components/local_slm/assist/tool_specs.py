"""Tool specifications as plain JSON schema."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
