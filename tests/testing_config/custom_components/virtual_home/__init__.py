"""Virtual home: real HA entities built from a home description (tests and benches only).

The config entry's data holds the entities (`{"entities": [spec, ...]}`, one spec per
entity: domain, key, name, start values, options). Each platform turns the specs of its
domain into entities whose state changes when HA runs a service on them, so a request
sent to an Assist agent can be judged on the state machine. `runtime_data.entities`
maps entity ids to the entities, so a runner can put them back in their start state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant

if TYPE_CHECKING:
    from .entity import VirtualEntity

DOMAIN = "virtual_home"
PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.CLIMATE,
    Platform.COVER,
    Platform.FAN,
    Platform.LIGHT,
    Platform.LOCK,
    Platform.MEDIA_PLAYER,
    Platform.SCENE,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TODO,
    Platform.VACUUM,
    Platform.VALVE,
]


@dataclass
class VirtualHomeData:
    """The entities of one virtual home, by entity id."""

    entities: dict[str, VirtualEntity] = field(default_factory=dict)

    def reset(self, overrides: dict[str, dict[str, Any]] | None = None) -> None:
        """Put every entity back in its start state (with per-entity overrides)."""
        for entity_id, entity in self.entities.items():
            entity.reset((overrides or {}).get(entity_id))


type VirtualHomeConfigEntry = ConfigEntry[VirtualHomeData]


async def async_setup_entry(hass: HomeAssistant, entry: VirtualHomeConfigEntry) -> bool:
    """Create the home's entities on every platform."""
    entry.runtime_data = VirtualHomeData()
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: VirtualHomeConfigEntry) -> bool:
    """Remove the home's entities."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
