"""What the assistant may target: exposed entities, their names, areas and floors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.core import HomeAssistant, State, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)


@dataclass(frozen=True, slots=True)
class EntityTarget:
    """One exposed entity with the words a user may use to refer to it."""

    entity_id: str
    domain: str
    names: tuple[str, ...]
    """Friendly name first, then aliases (deduplicated, order kept)."""
    areas: tuple[str, ...] = ()
    """Area name first, then its aliases; empty when the entity has no area."""
    floors: tuple[str, ...] = ()
    """Floor name first, then its aliases; empty when the area has no floor."""
    device_class: str | None = None
    state: str | None = None
    """The state when the request came ('playing'): 'pause the music' means the one playing."""

    @property
    def name(self) -> str:
        """Return the primary (friendly) name."""
        return self.names[0]


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if (stripped := value.strip()) and stripped not in seen:
            seen[stripped] = None
    return tuple(seen)


@callback
def exposed_entity_targets(hass: HomeAssistant, assistant: str) -> list[EntityTarget]:
    """Return every entity exposed to `assistant`, with names, areas and floors."""
    area_registry = ar.async_get(hass)
    device_registry = dr.async_get(hass)
    entity_registry = er.async_get(hass)
    floor_registry = fr.async_get(hass)

    result: list[EntityTarget] = []
    for state in sorted(hass.states.async_all(), key=lambda s: s.entity_id):
        if not async_should_expose(hass, assistant, state.entity_id):
            continue
        entry = entity_registry.async_get(state.entity_id)
        area = _entity_area(hass, area_registry, device_registry, entry)
        floor = (
            floor_registry.async_get_floor(area.floor_id)
            if area is not None and area.floor_id is not None
            else None
        )
        device_class = state.attributes.get("device_class")
        result.append(
            EntityTarget(
                entity_id=state.entity_id,
                domain=state.domain,
                names=_entity_names(hass, entry, state),
                areas=_dedupe([area.name, *sorted(area.aliases)]) if area else (),
                floors=_dedupe([floor.name, *sorted(floor.aliases)]) if floor else (),
                device_class=str(device_class) if device_class else None,
                state=state.state,
            )
        )
    return result


def _entity_names(
    hass: HomeAssistant, entry: er.RegistryEntry | None, state: State
) -> tuple[str, ...]:
    aliases = (
        er.async_get_entity_aliases(hass, entry, allow_empty=False) if entry is not None else []
    )
    names = _dedupe([state.name, *aliases])
    return names or (state.entity_id,)


def _entity_area(
    hass: HomeAssistant,
    area_registry: ar.AreaRegistry,
    device_registry: dr.DeviceRegistry,
    entry: er.RegistryEntry | None,
) -> ar.AreaEntry | None:
    """Return the entity's own area, else its device's effective area."""
    if entry is None:
        return None
    if entry.area_id is not None:
        return area_registry.async_get_area(entry.area_id)
    if entry.device_id is None:
        return None
    device = device_registry.async_get(entry.device_id)
    if device is None:
        return None
    area_id = dr.async_get_effective_area_id(hass, device)
    return area_registry.async_get_area(area_id) if area_id is not None else None
