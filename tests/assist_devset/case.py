"""One request of the development set and what must hold after it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

type Expected = Mapping[str, Any]
"""Observed values an entity must show afterwards ({"state": "on", "brightness_pct": 50})."""

CHANGED = "<changed>"
"""Expected value meaning 'any new value' (a scene's activation time)."""

# Categories (kept on each case, reported one by one).
ON_OFF = "on/off"
BRIGHTNESS = "brightness"
COLOR = "color"
CLIMATE = "climate temperature"
POSITION = "cover/valve position"
MEDIA = "media"
VACUUM = "vacuum"
TODO = "to-do"
LOCK = "lock"
SCENE = "scene"
TIMER = "timer"
TWO_COMMANDS = "two commands"
AMBIGUOUS = "ambiguous (must ask)"
STATE = "state question"
DECOY = "decoy trap"
CATEGORIES = (
    ON_OFF,
    BRIGHTNESS,
    COLOR,
    CLIMATE,
    POSITION,
    MEDIA,
    VACUUM,
    TODO,
    LOCK,
    SCENE,
    TIMER,
    TWO_COMMANDS,
    DECOY,
    AMBIGUOUS,
    STATE,
)


@dataclass(frozen=True, slots=True)
class Case:
    """A request in one home and language; the judge checks it."""

    home: str
    language: str
    category: str
    text: str
    changes: Mapping[str, Expected] = field(default_factory=dict)
    """Entities that must change, and the values they must show. Any other change is wrong."""
    answer: tuple[tuple[str, ...], ...] = ()
    """Each group: one of its alternatives must be in the answer (word-bounded, any case)."""
    answer_not: tuple[str, ...] = ()
    """Words the answer must not contain (a 'yes' where the truth is 'no')."""
    asks_back: bool = False
    """The request is ambiguous: nothing may change, and the answer must be a question."""
    setup: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Start values overriding the home's for this case (a paused speaker for 'resume')."""
    timer_seconds: int | None = None
    """A timer of this duration must start on the voice satellite the request comes from."""

    @property
    def acts(self) -> bool:
        """Whether something must change."""
        return bool(self.changes) or self.timer_seconds is not None


def _expected(value: str | Expected) -> Expected:
    return {"state": value} if isinstance(value, str) else value


def _group(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class CaseWriter:
    """Writes the cases of one home in one language, tersely."""

    home: str
    language: str
    never_say: tuple[str, ...] = ()
    """Words no answer may hold, whatever the case (an error dump, another language)."""

    def act(
        self,
        category: str,
        text: str,
        changes: Mapping[str, str | Expected],
        setup: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Case:
        """A command: the entities (a bare string is the expected state) must change so."""
        return Case(
            self.home,
            self.language,
            category,
            text,
            changes={entity_id: _expected(v) for entity_id, v in changes.items()},
            answer_not=self.never_say,
            setup=setup or {},
        )

    def ask(
        self,
        text: str,
        *groups: str | tuple[str, ...],
        no: tuple[str, ...] = (),
        setup: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Case:
        """A state question: nothing changes, the answer holds every group."""
        return Case(
            self.home,
            self.language,
            STATE,
            text,
            answer=tuple(_group(g) for g in groups),
            answer_not=(*no, *self.never_say),
            setup=setup or {},
        )

    def timer(self, text: str, seconds: int) -> Case:
        """A timer request, spoken to the home's voice satellite."""
        return Case(
            self.home,
            self.language,
            TIMER,
            text,
            answer_not=self.never_say,
            timer_seconds=seconds,
        )

    def still(self, text: str, setup: Mapping[str, Mapping[str, Any]] | None = None) -> Case:
        """A decoy that asks for nothing (a remark, a story): nothing may change."""
        return Case(
            self.home, self.language, DECOY, text, answer_not=self.never_say, setup=setup or {}
        )

    def which(self, text: str, setup: Mapping[str, Mapping[str, Any]] | None = None) -> Case:
        """An ambiguous request: nothing may change; the agent must ask which one."""
        return Case(
            self.home,
            self.language,
            AMBIGUOUS,
            text,
            answer_not=self.never_say,
            asks_back=True,
            setup=setup or {},
        )
