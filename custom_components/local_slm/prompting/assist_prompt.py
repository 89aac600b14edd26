"""The few-shot prompt a small model reads to turn a request into a tool call.

Layout for prefix reuse: the system text and the examples never change for a given
language and tool set; the candidate devices and the request come last.
"""

from __future__ import annotations

from collections.abc import Sequence
import json

from .chat_format import ChatMessage

TURN_ON = "intent__HassTurnOn"
TURN_OFF = "intent__HassTurnOff"

_SYSTEM = {
    "en": (
        "You control a smart home. For a request to act on a device, reply with one JSON "
        "tool call naming one of the listed devices. For anything else, reply with one "
        "short sentence.\nTools: {tools}"
    ),
    "fr": (
        "Tu contrôles une maison connectée. Pour une demande d'action sur un appareil, "
        "réponds par un seul appel d'outil JSON qui nomme un des appareils listés. Sinon, "
        "réponds par une phrase courte.\nOutils : {tools}"
    ),
}

# (devices, request, reply): the reply is either a call (name, arguments) or a sentence.
type Example = tuple[tuple[str, ...], str, tuple[str, dict[str, object]] | str]

_EXAMPLES: dict[str, tuple[Example, ...]] = {
    "en": (
        (("Desk Lamp", "Porch Light"), "turn on the desk lamp", (TURN_ON, {"name": "Desk Lamp"})),
        (
            ("Garage Fan", "Hall Light"),
            "switch off the hall light",
            (TURN_OFF, {"name": "Hall Light"}),
        ),
        (
            ("TV", "Attic Heater"),
            "please turn the attic heater off",
            (TURN_OFF, {"name": "Attic Heater"}),
        ),
        (("Patio Lights",), "how are you?", "I am fine, thank you."),
    ),
    "fr": (
        (
            ("Desk Lamp", "Porch Light"),
            "allume la lampe du bureau",
            (TURN_ON, {"name": "Desk Lamp"}),
        ),
        (
            ("Garage Fan", "Hall Light"),
            "éteins la lumière du couloir",
            (TURN_OFF, {"name": "Hall Light"}),
        ),
        (
            ("TV", "Attic Heater"),
            "coupe le chauffage du grenier",
            (TURN_OFF, {"name": "Attic Heater"}),
        ),
        (("Patio Lights",), "comment vas-tu ?", "Je vais bien, merci."),
    ),
}

_USER = {
    "en": "Devices: {devices}\nRequest: {request}",
    "fr": "Appareils : {devices}\nDemande : {request}",
}


def call_json(name: str, arguments: dict[str, object]) -> str:
    """A tool call written exactly as the grammar makes the model write it."""
    return json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False)


def build_assist_messages(
    request: str, devices: Sequence[str], tools_line: str, language: str
) -> list[ChatMessage]:
    """System text and examples (static), then the devices and the request (volatile)."""
    lang = language if language in _SYSTEM else "en"
    messages: list[ChatMessage] = [
        {"role": "system", "content": _SYSTEM[lang].format(tools=tools_line)}
    ]
    for example_devices, example_request, example_reply in _EXAMPLES[lang]:
        messages.append(
            {
                "role": "user",
                "content": _USER[lang].format(
                    devices=", ".join(example_devices), request=example_request
                ),
            }
        )
        messages.append(
            {
                "role": "assistant",
                "content": example_reply
                if isinstance(example_reply, str)
                else call_json(*example_reply),
            }
        )
    messages.append(
        {"role": "user", "content": _USER[lang].format(devices=", ".join(devices), request=request)}
    )
    return messages
