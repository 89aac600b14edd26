"""Localized wording of entity states, and which states are critical.

A `Phrase` is how a state is said: as an adjective ("open", "ouverte": reads after
"is"/"est") or as a statement ("smoke detected": reads after "Name:").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from .lang import Lang, Wording, pick

type PhraseKind = Literal["adjective", "statement"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """One way of saying a state, in English and French (masculine, feminine)."""

    words: Wording
    kind: PhraseKind = "adjective"

    def say(self, lang: Lang, *, feminine: bool = False) -> str:
        """Return the phrase in a language."""
        return pick(self.words, lang, feminine=feminine)


def _adj(en: str, fr_m: str, fr_f: str | None = None) -> Phrase:
    return Phrase((en, fr_m, fr_f or fr_m), "adjective")


def _stmt(en: str, fr: str) -> Phrase:
    return Phrase((en, fr, fr), "statement")


OPEN: Final = _adj("open", "ouvert", "ouverte")
CLOSED: Final = _adj("closed", "fermé", "fermée")
OPENING: Final = _adj("opening", "en cours d'ouverture")
CLOSING: Final = _adj("closing", "en cours de fermeture")
LIT: Final = _adj("on", "allumé", "allumée")
DARK: Final = _adj("off", "éteint", "éteinte")
ENABLED: Final = _adj("on", "activé", "activée")
DISABLED: Final = _adj("off", "désactivé", "désactivée")
LOCKED: Final = _adj("locked", "verrouillé", "verrouillée")
UNLOCKED: Final = _adj("unlocked", "déverrouillé", "déverrouillée")
LOCKING: Final = _adj("locking", "en cours de verrouillage")
UNLOCKING: Final = _adj("unlocking", "en cours de déverrouillage")
JAMMED: Final = _adj("jammed", "bloqué", "bloquée")
UNAVAILABLE: Final = _adj("unavailable", "indisponible")
UNKNOWN: Final = _stmt("state unknown", "état inconnu")
HOME: Final = _adj("home", "à la maison")
AWAY: Final = _adj("away", "absent", "absente")
CONNECTED: Final = _adj("connected", "connecté", "connectée")
DISCONNECTED: Final = _adj("disconnected", "déconnecté", "déconnectée")
PLUGGED: Final = _adj("plugged in", "branché", "branchée")
UNPLUGGED: Final = _adj("unplugged", "débranché", "débranchée")
RUNNING: Final = _adj("running", "en marche")
STOPPED: Final = _adj("stopped", "arrêté", "arrêtée")
MOVING: Final = _adj("moving", "en mouvement")
OCCUPIED: Final = _adj("occupied", "occupé", "occupée")
FREE: Final = _adj("clear", "libre")
PROBLEM: Final = _stmt("problem", "problème")
NO_PROBLEM: Final = _stmt("OK", "OK")
BATTERY_LOW: Final = _stmt("battery low", "batterie faible")
BATTERY_OK: Final = _stmt("battery normal", "batterie normale")
CHARGING: Final = _adj("charging", "en charge")
NOT_CHARGING: Final = _adj("not charging", "pas en charge")
UNSAFE: Final = _adj("unsafe", "dangereux", "dangereuse")
SAFE: Final = _adj("safe", "sûr", "sûre")
COLD: Final = _adj("cold", "froid", "froide")
HOT: Final = _adj("hot", "chaud", "chaude")
NORMAL: Final = _adj("normal", "normal", "normale")
LEAK: Final = _stmt("leak detected", "fuite détectée")
DRY: Final = _adj("dry", "sec", "sèche")
UPDATE: Final = _stmt("update available", "mise à jour disponible")
UP_TO_DATE: Final = _adj("up to date", "à jour")

# binary_sensor device class -> (on, off)
BINARY_SENSOR: Final[dict[str, tuple[Phrase, Phrase]]] = {
    "battery": (BATTERY_LOW, BATTERY_OK),
    "battery_charging": (CHARGING, NOT_CHARGING),
    "carbon_monoxide": (
        _stmt("carbon monoxide detected", "monoxyde de carbone détecté"),
        _stmt("no carbon monoxide", "pas de monoxyde de carbone"),
    ),
    "cold": (COLD, NORMAL),
    "connectivity": (CONNECTED, DISCONNECTED),
    "door": (OPEN, CLOSED),
    "garage_door": (OPEN, CLOSED),
    "gas": (_stmt("gas detected", "gaz détecté"), _stmt("no gas", "pas de gaz")),
    "glass_break": (
        _stmt("glass break detected", "bris de vitre détecté"),
        _stmt("no glass break", "pas de bris de vitre"),
    ),
    "heat": (HOT, NORMAL),
    "light": (_stmt("light detected", "lumière détectée"), _stmt("no light", "pas de lumière")),
    "lock": (UNLOCKED, LOCKED),
    "moisture": (LEAK, DRY),
    "motion": (
        _stmt("motion detected", "mouvement détecté"),
        _stmt("no motion", "aucun mouvement"),
    ),
    "moving": (MOVING, STOPPED),
    "occupancy": (OCCUPIED, FREE),
    "opening": (OPEN, CLOSED),
    "plug": (PLUGGED, UNPLUGGED),
    "power": (ENABLED, DISABLED),
    "presence": (HOME, AWAY),
    "problem": (PROBLEM, NO_PROBLEM),
    "running": (RUNNING, STOPPED),
    "safety": (UNSAFE, SAFE),
    "smoke": (_stmt("smoke detected", "fumée détectée"), _stmt("no smoke", "pas de fumée")),
    "sound": (_stmt("sound detected", "son détecté"), _stmt("no sound", "aucun son")),
    "tamper": (
        _stmt("tampering detected", "manipulation détectée"),
        _stmt("no tampering", "aucune manipulation"),
    ),
    "update": (UPDATE, UP_TO_DATE),
    "vibration": (
        _stmt("vibration detected", "vibration détectée"),
        _stmt("no vibration", "aucune vibration"),
    ),
    "window": (OPEN, CLOSED),
}

# Plain on/off domains: which phrases they use.
ON_OFF: Final[dict[str, tuple[Phrase, Phrase]]] = {
    "light": (LIT, DARK),
    "switch": (LIT, DARK),
    "fan": (LIT, DARK),
    "siren": (LIT, DARK),
    "humidifier": (LIT, DARK),
    "remote": (LIT, DARK),
    "input_boolean": (ENABLED, DISABLED),
    "automation": (ENABLED, DISABLED),
    "script": (RUNNING, STOPPED),
}

# Other domains: state -> phrase.
DOMAIN_STATES: Final[dict[str, dict[str, Phrase]]] = {
    "lock": {
        "locked": LOCKED,
        "unlocked": UNLOCKED,
        "open": OPEN,
        "opening": OPENING,
        "locking": LOCKING,
        "unlocking": UNLOCKING,
        "jammed": JAMMED,
    },
    "cover": {"open": OPEN, "closed": CLOSED, "opening": OPENING, "closing": CLOSING},
    "valve": {"open": OPEN, "closed": CLOSED, "opening": OPENING, "closing": CLOSING},
    "alarm_control_panel": {
        "disarmed": _adj("disarmed", "désarmé", "désarmée"),
        "armed_home": _adj("armed (home)", "armé (à la maison)", "armée (à la maison)"),
        "armed_away": _adj("armed (away)", "armé (absence)", "armée (absence)"),
        "armed_night": _adj("armed (night)", "armé (nuit)", "armée (nuit)"),
        "armed_vacation": _adj("armed (vacation)", "armé (vacances)", "armée (vacances)"),
        "armed_custom_bypass": _adj(
            "armed (custom)", "armé (personnalisé)", "armée (personnalisée)"
        ),
        "pending": _adj("pending", "en attente"),
        "arming": _adj("arming", "en cours d'armement"),
        "disarming": _adj("disarming", "en cours de désarmement"),
        "triggered": _adj("triggered", "déclenché", "déclenchée"),
    },
    "person": {"home": HOME, "not_home": AWAY},
    "device_tracker": {"home": HOME, "not_home": AWAY},
    "media_player": {
        "on": LIT,
        "off": DARK,
        "playing": _adj("playing", "en lecture"),
        "paused": _adj("paused", "en pause"),
        "idle": _adj("idle", "inactif", "inactive"),
        "standby": _adj("on standby", "en veille"),
        "buffering": _adj("buffering", "en chargement"),
    },
    "vacuum": {
        "cleaning": _adj("cleaning", "en nettoyage"),
        "docked": _adj("docked", "sur sa base"),
        "idle": _adj("idle", "inactif", "inactive"),
        "paused": _adj("paused", "en pause"),
        "returning": _adj("returning to its dock", "en retour à sa base"),
        "error": _stmt("error", "erreur"),
    },
    "lawn_mower": {
        "mowing": _adj("mowing", "en tonte"),
        "docked": _adj("docked", "sur sa base"),
        "paused": _adj("paused", "en pause"),
        "returning": _adj("returning to its dock", "en retour à sa base"),
        "error": _stmt("error", "erreur"),
    },
    "sun": {
        "above_horizon": _adj("up", "levé"),
        "below_horizon": _adj("down", "couché"),
    },
    "update": {"on": UPDATE, "off": UP_TO_DATE},
}

HVAC_MODES: Final[dict[str, tuple[str, str]]] = {
    "heat": ("heat mode", "mode chauffage"),
    "cool": ("cool mode", "mode climatisation"),
    "heat_cool": ("heat/cool mode", "mode chaud/froid"),
    "auto": ("auto mode", "mode auto"),
    "dry": ("dry mode", "mode déshumidification"),
    "fan_only": ("fan mode", "mode ventilation"),
    "off": ("off", "éteint"),
}
HVAC_ACTIONS: Final[dict[str, tuple[str, str]]] = {
    "heating": ("heating", "en chauffe"),
    "cooling": ("cooling", "en refroidissement"),
    "drying": ("drying", "en déshumidification"),
    "preheating": ("preheating", "en préchauffage"),
    "defrosting": ("defrosting", "en dégivrage"),
}
WEATHER: Final[dict[str, tuple[str, str]]] = {
    "clear-night": ("clear night", "nuit dégagée"),
    "cloudy": ("cloudy", "nuageux"),
    "exceptional": ("exceptional", "exceptionnel"),
    "fog": ("fog", "brouillard"),
    "hail": ("hail", "grêle"),
    "lightning": ("thunderstorm", "orage"),
    "lightning-rainy": ("thunderstorm and rain", "orage et pluie"),
    "partlycloudy": ("partly cloudy", "partiellement nuageux"),
    "pouring": ("pouring rain", "averses"),
    "rainy": ("rainy", "pluvieux"),
    "snowy": ("snowy", "neigeux"),
    "snowy-rainy": ("sleet", "neige fondue"),
    "sunny": ("sunny", "ensoleillé"),
    "windy": ("windy", "venteux"),
    "windy-variant": ("windy and cloudy", "venteux et nuageux"),
}

# Phrases of a state worth reporting before quiet ones (lights on, door unlocked...).
ACTIVE: Final = frozenset(
    {OPEN, OPENING, CLOSING, LIT, UNLOCKED, UNLOCKING, RUNNING, MOVING, OCCUPIED, HOME}
)

# Priorities: higher is reported first.
PRIORITY_SAFETY: Final = 100  # alarm triggered, smoke, gas, CO, leak
PRIORITY_SECURITY: Final = 90  # open door/window/garage door, unsafe
PRIORITY_HEALTH: Final = 80  # problem, low battery, jammed lock, device error
PRIORITY_UNAVAILABLE: Final = 70
PRIORITY_RECENT: Final = 50  # changed within RECENT_SECONDS
PRIORITY_ACTIVE: Final = 20
PRIORITY_DEFAULT: Final = 10
PRIORITY_UNKNOWN: Final = 5
CRITICAL_THRESHOLD: Final = PRIORITY_UNAVAILABLE
RECENT_SECONDS: Final = 3600.0
LOW_BATTERY_PERCENT: Final = 20.0

SAFETY_BINARY: Final = frozenset({"smoke", "gas", "carbon_monoxide", "moisture"})
SECURITY_BINARY: Final = frozenset({"door", "window", "garage_door", "opening", "safety"})
HEALTH_BINARY: Final = frozenset({"problem", "battery", "tamper"})
SECURITY_COVERS: Final = frozenset({"door", "garage", "gate", "window"})
