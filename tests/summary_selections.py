"""Varied entity selections (English and French) to summarise with the real model.

Used by `bench/summary_share.py` to measure the model-written share, and by the tests
to check that every fallback text passes the guard. Each selection is a set of states
as HA would hold them; `apply` writes them into a running hass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er

type Style = Literal["sentence", "bullets", "headline"]


@dataclass(frozen=True, slots=True)
class Spec:
    """One entity's state, changed `minutes_ago`, in `area` if given."""

    entity_id: str
    state: str
    attributes: dict[str, Any]
    minutes_ago: float = 90.0
    area: str | None = None


@dataclass(frozen=True, slots=True)
class Selection:
    """States to summarise, and how."""

    name: str
    language: Literal["en", "fr"]
    specs: tuple[Spec, ...]
    style: Style = "sentence"
    max_words: int | None = None
    instructions: str | None = None
    expect: tuple[str, ...] = field(default_factory=tuple)
    """Words the summary must contain whoever writes it (critical facts)."""

    @property
    def entity_ids(self) -> list[str]:
        """The selected entities."""
        return [spec.entity_id for spec in self.specs]


def apply(hass: HomeAssistant, selection: Selection, now: datetime) -> None:
    """Write the selection's states (and areas) into hass."""
    areas = ar.async_get(hass)
    entities = er.async_get(hass)
    for spec in selection.specs:
        if spec.area is not None:
            area = areas.async_get_area_by_name(spec.area) or areas.async_create(spec.area)
            domain, object_id = spec.entity_id.split(".")
            entry = entities.async_get_or_create(
                domain, "bench", spec.entity_id, suggested_object_id=object_id
            )
            entities.async_update_entity(entry.entity_id, area_id=area.id)
        changed = now - timedelta(minutes=spec.minutes_ago)
        hass.states.async_set(
            spec.entity_id, spec.state, spec.attributes, timestamp=changed.timestamp()
        )


def _s(
    entity_id: str,
    state: str,
    name: str,
    *,
    minutes: float = 90.0,
    area: str | None = None,
    **attributes: Any,
) -> Spec:
    return Spec(entity_id, state, {"friendly_name": name, **attributes}, minutes, area)


def _temp(entity_id: str, value: str, name: str, **kw: Any) -> Spec:
    return _s(
        entity_id,
        value,
        name,
        device_class="temperature",
        unit_of_measurement="°C",
        state_class="measurement",
        **kw,
    )


SELECTIONS: tuple[Selection, ...] = (
    # --- English ---------------------------------------------------------------------
    Selection(
        "issue six states",
        "en",
        (
            _s("light.living_room_lamp", "on", "Living room lamp"),
            _s("light.kitchen_light", "off", "Kitchen light"),
            _temp("sensor.bedroom_temperature", "21.5", "Bedroom temperature"),
            _s("lock.front_door", "locked", "Front door"),
            _temp("sensor.outside_temperature", "4", "Outside temperature"),
            _s("sensor.washing_machine", "finished", "Washing machine", minutes=10),
        ),
        max_words=40,
    ),
    Selection(
        "open door and lights",
        "en",
        (
            _s("binary_sensor.back_door", "on", "Back door", minutes=5, device_class="door"),
            _s("light.hall", "on", "Hall light"),
            _s("light.porch", "off", "Porch light"),
        ),
        expect=("Back door", "open"),
    ),
    Selection(
        "leak",
        "en",
        (
            _s(
                "binary_sensor.sink_leak",
                "on",
                "Sink leak sensor",
                minutes=2,
                device_class="moisture",
            ),
            _temp("sensor.kitchen_temperature", "20.5", "Kitchen temperature"),
        ),
        expect=("leak",),
    ),
    Selection(
        "thermostat",
        "en",
        (
            _s(
                "climate.living_room",
                "heat",
                "Living room thermostat",
                hvac_action="heating",
                current_temperature=19.5,
                temperature=21,
            ),
            _temp("sensor.outside", "3.5", "Outside temperature"),
        ),
    ),
    Selection(
        "low batteries",
        "en",
        (
            _s(
                "sensor.hall_motion_battery",
                "12",
                "Hall motion battery",
                device_class="battery",
                unit_of_measurement="%",
            ),
            _s(
                "sensor.garden_sensor_battery",
                "85",
                "Garden sensor battery",
                device_class="battery",
                unit_of_measurement="%",
            ),
        ),
        expect=("Hall motion battery", "low"),
    ),
    Selection(
        "unavailable devices",
        "en",
        (
            _s("light.garage", "unavailable", "Garage light"),
            _s("switch.coffee_maker", "off", "Coffee maker"),
            _s("switch.heater", "on", "Heater"),
        ),
        expect=("unavailable",),
    ),
    Selection(
        "media and vacuum",
        "en",
        (
            _s("media_player.tv", "playing", "TV"),
            _s("vacuum.robot", "docked", "Robot vacuum"),
        ),
    ),
    Selection(
        "weather",
        "en",
        (
            _s("weather.home", "rainy", "Home forecast", temperature=8, temperature_unit="°C"),
            _s(
                "sensor.humidity",
                "72",
                "Humidity",
                device_class="humidity",
                unit_of_measurement="%",
            ),
        ),
    ),
    Selection(
        "security bullets",
        "en",
        (
            _s("lock.front_door", "unlocked", "Front door lock", minutes=20),
            _s("binary_sensor.garage_door", "off", "Garage door", device_class="garage_door"),
            _s("alarm_control_panel.home", "armed_home", "Home alarm"),
        ),
        style="bullets",
    ),
    Selection(
        "smoke headline",
        "en",
        (
            _s("binary_sensor.smoke", "on", "Smoke detector", minutes=1, device_class="smoke"),
            _s("light.kitchen", "on", "Kitchen light"),
        ),
        style="headline",
        max_words=8,
        expect=("smoke",),
    ),
    Selection(
        "single lamp",
        "en",
        (_s("light.desk", "on", "Desk lamp"),),
    ),
    Selection(
        "people",
        "en",
        (
            _s("person.alice", "home", "Alice"),
            _s("person.bob", "not_home", "Bob"),
        ),
    ),
    # --- French ----------------------------------------------------------------------
    Selection(
        "six états",
        "fr",
        (
            _s("light.lampe_salon", "on", "Lampe du salon"),
            _s("light.lumiere_cuisine", "off", "Lumière de la cuisine"),
            _temp("sensor.temperature_chambre", "21.5", "Température chambre"),
            _s("lock.porte_entree", "locked", "Porte d'entrée"),
            _temp("sensor.temperature_exterieure", "4", "Température extérieure"),
            _s("sensor.lave_linge", "terminé", "Lave-linge", minutes=10),
        ),
        max_words=40,
    ),
    Selection(
        "porte ouverte",
        "fr",
        (
            _s(
                "binary_sensor.porte_garage",
                "on",
                "Porte du garage",
                minutes=5,
                device_class="door",
            ),
            _s("light.couloir", "on", "Lumière du couloir"),
        ),
        expect=("Porte du garage", "ouverte"),
    ),
    Selection(
        "fuite",
        "fr",
        (
            _s(
                "binary_sensor.fuite_cave",
                "on",
                "Détecteur de fuite",
                minutes=3,
                device_class="moisture",
            ),
            _s("switch.pompe", "off", "Pompe"),
        ),
        expect=("fuite",),
    ),
    Selection(
        "chauffage",
        "fr",
        (
            _s(
                "climate.salon",
                "heat",
                "Thermostat du salon",
                hvac_action="heating",
                current_temperature=19.5,
                temperature=21,
            ),
            _temp("sensor.exterieur", "2", "Température extérieure"),
        ),
    ),
    Selection(
        "piles faibles",
        "fr",
        (
            _s(
                "sensor.batterie_detecteur",
                "9",
                "Batterie du détecteur",
                device_class="battery",
                unit_of_measurement="%",
            ),
            _s("light.bureau", "off", "Lampe du bureau"),
        ),
        expect=("Batterie du détecteur", "faible"),
    ),
    Selection(
        "indisponible",
        "fr",
        (
            _s("sensor.compteur", "unavailable", "Compteur électrique"),
            _s("light.entree", "on", "Lumière de l'entrée"),
        ),
        expect=("indisponible",),
    ),
    Selection(
        "volets",
        "fr",
        (
            _s("cover.volet_salon", "open", "Volet du salon", current_position=100),
            _s("cover.volet_chambre", "closed", "Volet de la chambre"),
        ),
    ),
    Selection(
        "liste sécurité",
        "fr",
        (
            _s("lock.porte_arriere", "unlocked", "Porte arrière", minutes=15),
            _s("alarm_control_panel.maison", "disarmed", "Alarme"),
            _s("binary_sensor.fenetre", "off", "Fenêtre de la cuisine", device_class="window"),
        ),
        style="bullets",
    ),
    Selection(
        "titre fumée",
        "fr",
        (
            _s("binary_sensor.fumee", "on", "Détecteur de fumée", minutes=1, device_class="smoke"),
            _s("light.salon", "off", "Lampe du salon"),
        ),
        style="headline",
        max_words=8,
        expect=("fumée",),
    ),
    Selection(
        "une lampe",
        "fr",
        (_s("light.chevet", "on", "Lampe de chevet"),),
    ),
    Selection(
        "multimédia",
        "fr",
        (
            _s("media_player.tele", "paused", "Télévision"),
            _s("vacuum.robot", "cleaning", "Aspirateur"),
        ),
    ),
    Selection(
        "humidité",
        "fr",
        (
            _s(
                "sensor.humidite",
                "55",
                "Humidité",
                device_class="humidity",
                unit_of_measurement="%",
            ),
            _temp("sensor.temperature_salon", "22", "Température du salon"),
        ),
    ),
    Selection(
        "air (issue 14)",
        "fr",
        (
            _s(
                "sensor.co2",
                "54",
                "Carbon dioxide",
                device_class="carbon_dioxide",
                unit_of_measurement="ppm",
            ),
            _s(
                "sensor.humidity",
                "61",
                "Humidity",
                device_class="humidity",
                unit_of_measurement="%",
            ),
        ),
        style="bullets",
        expect=("54 ppm",),
    ),
)
