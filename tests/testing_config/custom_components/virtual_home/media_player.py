"""Virtual media players: speakers and TVs with a playlist and a volume."""

from __future__ import annotations

from typing import Any

from homeassistant.components.media_player import (
    MediaPlayerEntity,
    MediaPlayerEntityFeature,
    MediaPlayerState,
    MediaType,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities

DEFAULT_TRACKS = ("Track 1", "Track 2", "Track 3", "Track 4")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Media players of the home."""
    add_virtual_entities(entry, "media_player", VirtualMediaPlayer, async_add_entities)


class VirtualMediaPlayer(VirtualEntity, MediaPlayerEntity):
    """Plays options.tracks in order; start values: state, volume_level, track index."""

    _attr_media_content_type = MediaType.MUSIC
    _attr_supported_features = (
        MediaPlayerEntityFeature.PLAY
        | MediaPlayerEntityFeature.PAUSE
        | MediaPlayerEntityFeature.STOP
        | MediaPlayerEntityFeature.NEXT_TRACK
        | MediaPlayerEntityFeature.PREVIOUS_TRACK
        | MediaPlayerEntityFeature.VOLUME_SET
        | MediaPlayerEntityFeature.VOLUME_STEP
        | MediaPlayerEntityFeature.VOLUME_MUTE
        | MediaPlayerEntityFeature.TURN_ON
        | MediaPlayerEntityFeature.TURN_OFF
    )

    def load(self, values: dict[str, Any]) -> None:
        """state (playing, paused, idle, off), volume_level 0-1, track, is_volume_muted."""
        self._tracks: tuple[str, ...] = tuple(self.traits.get("tracks", DEFAULT_TRACKS))
        self._track = int(values.get("track", 0))
        self._attr_state = MediaPlayerState(values.get("state", "idle"))
        self._attr_volume_level = float(values.get("volume_level", 0.3))
        self._attr_is_volume_muted = bool(values.get("is_volume_muted", False))
        self._attr_media_title = self._tracks[self._track]

    def _play(self, track: int | None = None) -> None:
        if track is not None:
            self._track = track % len(self._tracks)
            self._attr_media_title = self._tracks[self._track]
        self._attr_state = MediaPlayerState.PLAYING
        self.async_write_ha_state()

    async def async_media_play(self) -> None:
        """Play (or resume)."""
        self._play()

    async def async_media_pause(self) -> None:
        """Pause."""
        self._attr_state = MediaPlayerState.PAUSED
        self.async_write_ha_state()

    async def async_media_stop(self) -> None:
        """Stop."""
        self._attr_state = MediaPlayerState.IDLE
        self.async_write_ha_state()

    async def async_media_next_track(self) -> None:
        """Next track."""
        self._play(self._track + 1)

    async def async_media_previous_track(self) -> None:
        """Previous track."""
        self._play(self._track - 1)

    async def async_set_volume_level(self, volume: float) -> None:
        """Volume 0-1."""
        self._attr_volume_level = volume
        self.async_write_ha_state()

    async def async_mute_volume(self, mute: bool) -> None:
        """Mute or unmute."""
        self._attr_is_volume_muted = mute
        self.async_write_ha_state()

    async def async_turn_on(self) -> None:
        """On."""
        self._attr_state = MediaPlayerState.ON
        self.async_write_ha_state()

    async def async_turn_off(self) -> None:
        """Off."""
        self._attr_state = MediaPlayerState.OFF
        self.async_write_ha_state()
