"""What an intent leaves a device in, as HA's intent handlers call the services."""

from __future__ import annotations

from custom_components.local_slm.assist.outcomes import (
    changes_nothing,
    changes_something,
    outcome,
)


def test_turning_on_opens_covers_and_valves_and_locks_locks() -> None:
    """HassTurnOn means open for covers and valves and lock for locks, as in HA."""
    assert outcome("HassTurnOn", "cover") == {"open", "opening"}
    assert outcome("HassTurnOn", "valve") == {"open", "opening"}
    assert outcome("HassTurnOn", "lock") == {"locked", "locking"}
    assert outcome("HassTurnOn", "light") == {"on"}


def test_an_intent_without_a_known_outcome_says_nothing() -> None:
    """A colour or a volume is no state: HassLightSet neither changes nor keeps one."""
    assert outcome("HassLightSet", "light") is None
    assert not changes_nothing("HassLightSet", [("light", "on")])
    assert not changes_something("HassLightSet", [("light", "off")])


def test_returning_a_docked_vacuum_changes_nothing() -> None:
    """A docked vacuum is where returning to base would leave it."""
    assert changes_nothing("HassVacuumReturnToBase", [("vacuum", "docked")])
    assert not changes_nothing("HassVacuumReturnToBase", [("vacuum", "cleaning")])


def test_one_device_not_yet_there_is_a_change() -> None:
    """Turning off two lights, one of them on, changes something."""
    lights = [("light", "off"), ("light", "on")]
    assert changes_something("HassTurnOff", lights)
    assert not changes_nothing("HassTurnOff", lights)


def test_no_devices_is_neither_a_change_nor_none() -> None:
    """Without a device, nothing is known either way."""
    assert not changes_nothing("HassTurnOff", [])
    assert not changes_something("HassTurnOff", [])


def test_an_unknown_state_is_no_change() -> None:
    """A device whose state is unknown is not counted as changed."""
    assert not changes_something("HassTurnOn", [("light", None)])
