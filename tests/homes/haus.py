"""Haus am See: ein deutsches Einfamilienhaus mit Keller (German names).

Zwei Schlösser (Haustür, Kellertür), das Gartenlicht neben der Gartenbewässerung, der
Staubsauger neben seiner Steckdose, ein Medienplayer namens "Wohnzimmer".
"""

from __future__ import annotations

from .model import (
    Area,
    Floor,
    Home,
    binary,
    climate,
    cover,
    fan,
    light,
    lock,
    media,
    scene,
    sensor,
    switch,
    todo,
    vacuum,
    valve,
)

HAUS = Home(
    name="haus",
    language="de",
    floors=(
        Floor("Erdgeschoss", ("EG", "unten"), 0),
        Floor("Obergeschoss", ("OG", "oben"), 1),
        Floor("Keller", ("Untergeschoss",), -1),
    ),
    areas=(
        Area("Wohnzimmer", ("Stube",), "Erdgeschoss"),
        Area("Küche", (), "Erdgeschoss"),
        Area("Flur", ("Diele", "Eingang"), "Erdgeschoss"),
        Area("Schlafzimmer", (), "Obergeschoss"),
        Area("Kinderzimmer", (), "Obergeschoss"),
        Area("Badezimmer", ("Bad",), "Obergeschoss"),
        Area("Hobbyraum", (), "Keller"),
        Area("Garten", ()),
    ),
    devices=(
        light("deckenlicht_wohnzimmer", "Deckenlicht Wohnzimmer", "Wohnzimmer", on=True),
        light("stehlampe", "Stehlampe", "Wohnzimmer", "Leselampe", kind="color"),
        light("kuechenlicht", "Küchenlicht", "Küche", "Licht in der Küche", on=True),
        light("flurlicht", "Flurlicht", "Flur", kind="onoff"),
        light("nachttischlampe", "Nachttischlampe", "Schlafzimmer", kind="color"),
        light("kinderzimmer_licht", "Kinderzimmerlicht", "Kinderzimmer", brightness=100),
        light("spiegelschrank", "Spiegelschrank", "Badezimmer", kind="onoff"),
        light("werkstattlampe", "Werkstattlampe", "Hobbyraum", kind="onoff"),
        light("gartenlicht", "Gartenlicht", "Garten", "Terrassenlicht", kind="onoff"),
        switch("kaffeemaschine", "Kaffeemaschine", "Küche"),
        switch("staubsauger_steckdose", "Staubsauger Steckdose", "Flur", on=True),
        switch("heizluefter", "Heizlüfter", "Hobbyraum"),
        lock("haustuer", "Haustür", "Flur", "Eingangstür"),
        lock("kellertuer", "Kellertür", "Hobbyraum", locked=False),
        binary("badfenster", "Badfenster", "Badezimmer", "window", on=True),
        binary("bewegungsmelder_flur", "Bewegungsmelder Flur", "Flur", "motion", on=True),
        binary("terrassentuer", "Terrassentür", "Wohnzimmer", "door", on=False),
        valve("gartenbewaesserung", "Gartenbewässerung", "Garten", "Rasensprenger"),
        vacuum("staubsauger", "Staubsauger", "Wohnzimmer", "Saugroboter"),
        media("wohnzimmer_player", "Wohnzimmer", "Wohnzimmer", "Lautsprecher", state="playing"),
        media("kuechenradio", "Küchenradio", "Küche", "Radio", state="paused", volume=0.6),
        todo("einkaufsliste", "Einkaufsliste", "Milch", "Brot", "Käse"),
        todo("aufgaben", "Aufgaben", "Müll rausbringen", done=("Rasen mähen",)),
        fan("ventilator", "Ventilator", "Schlafzimmer"),
        climate(
            "heizung_bad", "Heizung Bad", "Badezimmer", "Badheizung", target=22.0, current=21.0
        ),
        cover(
            "rollladen_wohnzimmer",
            "Rollladen Wohnzimmer",
            "Wohnzimmer",
            device_class="shutter",
            position=100,
        ),
        cover(
            "rollladen_schlafzimmer",
            "Rollladen Schlafzimmer",
            "Schlafzimmer",
            device_class="shutter",
        ),
        cover("garagentor", "Garagentor", "Garten", device_class="garage", position=None),
        sensor("aussentemperatur", "Außentemperatur", "Garten", -2.5, "°C", "temperature"),
        sensor("luftfeuchtigkeit_bad", "Luftfeuchtigkeit Bad", "Badezimmer", 71, "%", "humidity"),
        sensor(
            "temperatur_kinderzimmer",
            "Temperatur Kinderzimmer",
            "Kinderzimmer",
            20.5,
            "°C",
            "temperature",
        ),
        sensor("batterie_haustuer", "Batterie Haustür", "Flur", 27, "%", "battery"),
        scene("filmabend", "Filmabend", "Kinoabend"),
    ),
)
