"""The base of every virtual entity: built from a spec, reset to its start values."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from homeassistant.helpers.entity import Entity

if TYPE_CHECKING:
    from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

    from . import VirtualHomeConfigEntry


class VirtualEntity(Entity):
    """An entity whose whole state is set from a dict of values."""

    _attr_should_poll = False
    _attr_has_entity_name = False

    def __init__(self, spec: dict[str, Any]) -> None:
        """Name and id from the spec; state from its start values."""
        self.spec = spec
        self.traits: dict[str, Any] = spec.get("options", {})
        self.entity_id = f"{spec['domain']}.{spec['key']}"
        self._attr_unique_id = spec["key"]
        self._attr_name = spec["name"]
        if "device_class" in self.traits:
            self._attr_device_class = self.traits["device_class"]
        self.load(spec.get("start", {}))

    def load(self, values: dict[str, Any]) -> None:
        """Set the entity's state from values (each platform knows its own)."""

    def reset(self, overrides: dict[str, Any] | None) -> None:
        """Back to the start values, with overrides, and tell HA."""
        self.load({**self.spec.get("start", {}), **(overrides or {})})
        if self.hass is not None:
            self.async_write_ha_state()


def add_virtual_entities[T: VirtualEntity](
    entry: VirtualHomeConfigEntry,
    domain: str,
    factory: Callable[[dict[str, Any]], T],
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Create the entities of one domain and register them in the entry's runtime data."""
    specs: Iterable[dict[str, Any]] = entry.data["entities"]
    entities = [factory(spec) for spec in specs if spec["domain"] == domain]
    for entity in entities:
        entry.runtime_data.entities[entity.entity_id] = entity
    async_add_entities(entities)
