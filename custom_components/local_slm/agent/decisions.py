"""What a decision layer may conclude about a request, and the request it reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..assist.targets import EntityTarget, area_telling_apart
from ..assist.understanding import Candidate, OfferedTool, says_anothers_own_word
from ..assist.vocabulary import Vocabulary

TARGET_PLACES = frozenset({"area", "floor"})


@dataclass(frozen=True, slots=True)
class Act:
    """Call a tool."""

    tool: str
    arguments: dict[str, Any]
    via: str

    @property
    def intent(self) -> str:
        """The intent the tool runs ("intent__HassTurnOn" runs HassTurnOn)."""
        return self.tool.rpartition("__")[2]


@dataclass(frozen=True, slots=True)
class ActAll:
    """Two commands in one sentence: run each."""

    acts: tuple[Act, ...]
    via: str = "split"


@dataclass(frozen=True, slots=True)
class Ask:
    """Several devices fit: ask which one, never guess."""

    names: tuple[str, ...]
    via: str = "ask"


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """It sounds like a command, but no reading is safe to act on."""

    via: str


@dataclass(frozen=True, slots=True)
class AnswerAbout:
    """Answer a question about these entities from their live states."""

    entity_ids: tuple[str, ...]
    via: str = "answer"


@dataclass(frozen=True, slots=True)
class Chat:
    """Let the model answer freely."""

    via: str = "chat"


type Decision = Act | ActAll | Ask | NotUnderstood | AnswerAbout | Chat


@dataclass(slots=True)
class Request:
    """What the decision layers know about one request."""

    text: str
    language: str
    vocabulary: Vocabulary
    entities: Sequence[EntityTarget]
    tools: Sequence[OfferedTool]
    previous_name: str | None = None
    """The device the conversation's last action named ('turn it off' means it)."""


@dataclass(frozen=True, slots=True)
class Pending:
    """Close readings left for the model to rank."""

    close: tuple[Candidate, ...]


def act_on(candidate: Candidate, via: str, request: Request) -> Act:
    arguments = dict(candidate.arguments)
    if (
        "name" in arguments
        and not TARGET_PLACES & arguments.keys()
        and len(candidate.entity_ids) == 1
        and any(t.name == candidate.tool and "area" in t.spec.properties for t in request.tools)
        and (area := area_telling_apart(candidate.entity_ids[0], request.entities))
    ):
        # "bedside lamp in our room to 15 percent": the name alone is two lamps' to HA.
        arguments["area"] = area
    return Act(candidate.tool, arguments, via)


def says_anothers_own_domain_word(request: Request, act: Act) -> bool:
    """Whether the request says a word of the act's intent that only another domain's
    sentences use ('lock' of "lock the front door and the garage door", said of the
    garage door, HA's HassTurnOn of a cover)."""
    domain = (act.arguments.get("domain") or [None])[0]
    return says_anothers_own_word(request.text, request.vocabulary, act.intent, domain)
