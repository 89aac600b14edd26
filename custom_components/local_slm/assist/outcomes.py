"""What an Assist intent leaves a device in, as HA's intent handlers call the services.

HassTurnOn opens a cover or a valve and locks a lock (HA's `OnOffIntentHandler`); the
vacuum and media intents call one service each. Used to tell whether a reading would
change anything: "Bitte staubsaugen" said to a docked vacuum is no return to base.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

_OPEN: Final = frozenset({"open", "opening"})
_CLOSED: Final = frozenset({"closed", "closing"})

#: intent → domain (None: any other domain) → the states the device ends in.
OUTCOMES: Final[Mapping[str, Mapping[str | None, frozenset[str]]]] = {
    "HassTurnOn": {
        "cover": _OPEN,
        "valve": _OPEN,
        "lock": frozenset({"locked", "locking"}),
        None: frozenset({"on"}),
    },
    "HassTurnOff": {
        "cover": _CLOSED,
        "valve": _CLOSED,
        "lock": frozenset({"unlocked", "unlocking"}),
        None: frozenset({"off"}),
    },
    "HassVacuumStart": {None: frozenset({"cleaning"})},
    "HassVacuumReturnToBase": {None: frozenset({"returning", "docked"})},
    "HassMediaPause": {None: frozenset({"paused"})},
    "HassMediaUnpause": {None: frozenset({"playing"})},
}


def outcome(intent: str, domain: str) -> frozenset[str] | None:
    """The states `intent` leaves a device of `domain` in; None when it does not say."""
    by_domain = OUTCOMES.get(intent)
    if by_domain is None:
        return None
    return by_domain.get(domain, by_domain.get(None))


def changes_nothing(intent: str, devices: Iterable[tuple[str, str | None]]) -> bool:
    """Whether every (domain, state) device is already where `intent` would leave it."""
    devices = list(devices)
    return bool(devices) and all(
        (ends := outcome(intent, domain)) is not None and state in ends for domain, state in devices
    )


def changes_something(intent: str, devices: Iterable[tuple[str, str | None]]) -> bool:
    """Whether `intent` has a known outcome and some device is not in it yet."""
    return any(
        (ends := outcome(intent, domain)) is not None and state is not None and state not in ends
        for domain, state in devices
    )
