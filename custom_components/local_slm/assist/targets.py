"""What the assistant may target: exposed entities, their names, areas and floors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
import logging

from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.core import HomeAssistant, State, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)

_LOGGER = logging.getLogger(__name__)
TODO_DOMAIN = "todo"


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
    open_items: tuple[str, ...] | None = None
    """A to-do list's items still to do ('tick off tea' completes one); None: not known."""

    @property
    def name(self) -> str:
        """Return the primary (friendly) name."""
        return self.names[0]


def area_telling_apart(entity_id: str, entities: Sequence[EntityTarget]) -> str | None:
    """The area of an entity another exposed one shares a name with ("Bedside lamp" in
    the bedroom and in the spare room), when the area tells them apart: HA's handler
    matches a name said alone to both and fails. None when the name is its own."""
    target = next((e for e in entities if e.entity_id == entity_id), None)
    if target is None or not target.areas:
        return None
    name = target.name.casefold()
    namesakes = [
        e for e in entities if e.entity_id != entity_id and name in (n.casefold() for n in e.names)
    ]
    if not namesakes or any(e.areas[:1] == target.areas[:1] for e in namesakes):
        return None
    return target.areas[0]


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


async def async_with_open_items(
    hass: HomeAssistant, targets: Sequence[EntityTarget]
) -> list[EntityTarget]:
    """The targets, each to-do list with its open items, read through `todo.get_items`
    (the call only reads). A list that cannot be read keeps its items unknown."""
    found = await async_open_items(hass, [t.entity_id for t in targets if t.domain == TODO_DOMAIN])
    return [
        replace(target, open_items=found[target.entity_id]) if target.entity_id in found else target
        for target in targets
    ]


async def async_open_items(
    hass: HomeAssistant, entity_ids: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """Each readable to-do list's open items, as the list spells them."""
    if not entity_ids:
        return {}
    try:
        response = await hass.services.async_call(
            TODO_DOMAIN,
            "get_items",
            {"entity_id": list(entity_ids), "status": ["needs_action"]},
            blocking=True,
            return_response=True,
        )
    except HomeAssistantError as err:
        _LOGGER.debug("The to-do lists' items could not be read: %s", err)
        return {}
    return {
        entity_id: items
        for entity_id, of_list in (response or {}).items()
        if (items := _items(of_list)) is not None
    }


def _items(of_list: object) -> tuple[str, ...] | None:
    """The open items of one list's `todo.get_items` response, if it has them."""
    items = of_list.get("items") if isinstance(of_list, dict) else None
    if not isinstance(items, list):
        return None
    summaries = (item.get("summary") for item in items if isinstance(item, dict))
    return _dedupe(s for s in summaries if isinstance(s, str))
