"""Commands the Assist agent is measured on: the demo home, in English and French.

Each command names what must be true afterwards: entity states for actions, words of
the answer for questions. `tests/test_assist_accuracy.py` runs them all against the
built-in model. The development set the agent is measured on is tests/assist_devset
(bench/assist_accuracy.py).
"""

from __future__ import annotations

from dataclasses import dataclass

# Areas given to the demo integration's entities (it creates none itself).
DEMO_AREAS: dict[str, tuple[str, ...]] = {
    "Kitchen": ("light.kitchen_lights", "cover.kitchen_window", "lock.kitchen_door"),
    "Living Room": (
        "light.ceiling_lights",
        "light.living_room_rgbww_lights",
        "switch.decorative_lights",
        "fan.ceiling_fan",
        "fan.living_room_fan",
        "cover.living_room_window",
    ),
    "Bedroom": ("light.bed_light",),
    "Office": ("light.office_rgbw_lights",),
    "Hallway": ("light.entrance_color_white_lights", "cover.hall_window", "lock.front_door"),
    "Garage": ("cover.garage_door",),
    "Outside": ("sensor.outside_temperature", "sensor.outside_humidity"),
}
# HA does not expose locks to Assist by default; the demo home does.
EXTRA_EXPOSED = ("lock.front_door", "lock.kitchen_door")


@dataclass(frozen=True, slots=True)
class Command:
    """One request and what must hold after it."""

    text: str
    language: str
    entity_ids: tuple[str, ...] = ()
    state: str | None = None
    """Expected state of every entity in entity_ids (an action)."""
    answer_has: tuple[str, ...] = ()
    """Words the answer must contain (a question); no state may change."""
    yes_if: tuple[str, tuple[str, ...]] | None = None
    """For a yes/no question: (entity, states for which 'yes' is right)."""


def act(text: str, language: str, state: str, *entity_ids: str) -> Command:
    """An action command."""
    return Command(text, language, entity_ids, state)


def ask(text: str, language: str, *answer_has: str) -> Command:
    """A question command."""
    return Command(text, language, answer_has=answer_has)


def ask_yes_no(
    text: str, language: str, entity_id: str, yes_states: tuple[str, ...], *answer_has: str
) -> Command:
    """A yes/no question: 'yes' or 'no' must match the entity's real state."""
    return Command(text, language, answer_has=answer_has, yes_if=(entity_id, yes_states))


COMMANDS: tuple[Command, ...] = (
    # English
    act("Turn on the bed light", "en", "on", "light.bed_light"),
    act("Turn off the kitchen lights", "en", "off", "light.kitchen_lights"),
    act("turn off the kitchen light", "en", "off", "light.kitchen_lights"),
    act("Switch off the ceiling lights", "en", "off", "light.ceiling_lights"),
    act("Turn off the decorative lights", "en", "off", "switch.decorative_lights"),
    act("Turn on the AC", "en", "on", "switch.ac"),
    act("Turn on the ceiling fan", "en", "on", "fan.ceiling_fan"),
    act("Open the garage door", "en", "open", "cover.garage_door"),
    act("Close the hall window", "en", "closed", "cover.hall_window"),
    act("Lock the kitchen door", "en", "locked", "lock.kitchen_door"),
    act(
        "turn off all the lights in the living room",
        "en",
        "off",
        "light.ceiling_lights",
        "light.living_room_rgbww_lights",
    ),
    act("Please switch the office lights off", "en", "off", "light.office_rgbw_lights"),
    ask_yes_no("Is the front door locked?", "en", "lock.front_door", ("locked",), "locked"),
    ask("What is the outside temperature?", "en", "15.6"),
    act("Turn on the living room fan", "en", "on", "fan.living_room_fan"),
    act("Shut off the entrance lights", "en", "off", "light.entrance_color_white_lights"),
    # French
    act("Allume la lumière de la chambre", "fr", "on", "light.bed_light"),
    act("allume la lumière de la cuisine", "fr", "on", "light.kitchen_lights"),
    act("Éteins les lumières du plafond", "fr", "off", "light.ceiling_lights"),
    act("Éteins les lumières décoratives", "fr", "off", "switch.decorative_lights"),
    act("Allume la climatisation", "fr", "on", "switch.ac"),
    act("Allume le ventilateur de plafond", "fr", "on", "fan.ceiling_fan"),
    act("Ouvre la porte du garage", "fr", "open", "cover.garage_door"),
    act("Ferme la fenêtre du couloir", "fr", "closed", "cover.hall_window"),
    act("Verrouille la porte de la cuisine", "fr", "locked", "lock.kitchen_door"),
    act(
        "Éteins toutes les lumières du salon",
        "fr",
        "off",
        "light.ceiling_lights",
        "light.living_room_rgbww_lights",
    ),
    act("Éteins les lumières du bureau", "fr", "off", "light.office_rgbw_lights"),
    ask("La porte d'entrée est-elle verrouillée ?", "fr", "verrouill"),
    ask("Quelle est la température extérieure ?", "fr", "15.6"),
    act("Allume le ventilateur du salon", "fr", "on", "fan.living_room_fan"),
    act("Éteins les lumières de l'entrée", "fr", "off", "light.entrance_color_white_lights"),
    act("Ouvre la fenêtre de la cuisine", "fr", "open", "cover.kitchen_window"),
)

# Written after the agent was tuned on COMMANDS, and never tuned on: an honest check.
HELD_OUT: tuple[Command, ...] = (
    act("Could you switch on the office lights?", "en", "on", "light.office_rgbw_lights"),
    act("kill the bed light", "en", "off", "light.bed_light"),
    act("Turn the living room fan on", "en", "on", "fan.living_room_fan"),
    act("I'd like the garage door open", "en", "open", "cover.garage_door"),
    act("Deactivate the decorative lights", "en", "off", "switch.decorative_lights"),
    act("Please turn off the ceiling fan", "en", "off", "fan.ceiling_fan"),
    ask_yes_no(
        "Is the kitchen window open?", "en", "cover.kitchen_window", ("open", "opening"), "open"
    ),
    act("lights off in the office", "en", "off", "light.office_rgbw_lights"),
    act("Peux-tu allumer les lumières du bureau ?", "fr", "on", "light.office_rgbw_lights"),
    act("Coupe la lumière de la chambre", "fr", "off", "light.bed_light"),
    act("Mets en marche le ventilateur du salon", "fr", "on", "fan.living_room_fan"),
    act("Ouvre la porte de garage s'il te plaît", "fr", "open", "cover.garage_door"),
    act("Désactive les lumières décoratives", "fr", "off", "switch.decorative_lights"),
    act("Arrête le ventilateur de plafond", "fr", "off", "fan.ceiling_fan"),
    ask("Est-ce que la fenêtre de la cuisine est ouverte ?", "fr", "ferm", "ouvert"),
    act("Lumières du bureau éteintes s'il te plaît", "fr", "off", "light.office_rgbw_lights"),
)

# The state each action starts from, and the service that puts an entity there.
OPPOSITE: dict[str, tuple[str, str, str]] = {
    "on": ("off", "homeassistant", "turn_off"),
    "off": ("on", "homeassistant", "turn_on"),
    "open": ("closed", "cover", "close_cover"),
    "closed": ("open", "cover", "open_cover"),
    "locked": ("unlocked", "lock", "unlock"),
}
# States that count as reaching the target (demo covers and locks move over time).
REACHED: dict[str, tuple[str, ...]] = {
    "on": ("on",),
    "off": ("off",),
    "open": ("open", "opening"),
    "closed": ("closed", "closing"),
    "locked": ("locked", "locking"),
}
# Services that reach the target: what HA was asked to do, whatever the demo's timing.
SERVICES: dict[str, tuple[str, ...]] = {
    "on": ("turn_on",),
    "off": ("turn_off",),
    "open": ("open_cover",),
    "closed": ("close_cover",),
    "locked": ("lock",),
}
