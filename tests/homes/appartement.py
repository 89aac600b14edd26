"""Appartement Dampoort: een Vlaams appartement op de derde verdieping (Dutch names).

Namen die woorden delen en soorten die in meerdere kamers terugkomen: twee lampen die
allebei "Nachtlampje" heten (grote en kleine slaapkamer), een plafondlamp in de living
en een in de slaapkamer, "Keukenlicht" naast "Ledstrip keuken", "Badkamerlamp" naast
"Spiegellicht" in dezelfde badkamer, een hanglamp met alias "lamp boven de tafel". Twee
tv's en twee speakers in verschillende kamers; stekkers voor wasmachine en droogkast
naast een verbruiksmeter; een thermostaat in de living en een aparte temperatuursensor
in de slaapkamer; rolluiken en gordijnen in meerdere kamers; het slot "Voordeur" naast
de "Deursensor voordeur" en een batterijsensor van het slot; een tweede slot op de
fietsenberging in de kelder; een boodschappenlijst en een apotheeklijst.
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

APPARTEMENT = Home(
    name="appartement",
    language="nl",
    floors=(
        Floor("Derde verdieping", ("appartement", "thuis"), 3),
        Floor("Kelder", ("ondergronds",), -1),
    ),
    areas=(
        Area("Woonkamer", ("living", "salon"), "Derde verdieping"),
        Area("Eethoek", ("eetkamer",), "Derde verdieping"),
        Area("Keuken", (), "Derde verdieping"),
        Area("Inkom", ("hal", "gang"), "Derde verdieping"),
        Area("Grote slaapkamer", ("onze slaapkamer", "slaapkamer"), "Derde verdieping"),
        Area("Kleine slaapkamer", ("kamer van Lotte", "kinderkamer"), "Derde verdieping"),
        Area("Badkamer", (), "Derde verdieping"),
        Area("Berging", ("washok",), "Derde verdieping"),
        Area("Terras", ("balkon",), "Derde verdieping"),
        Area("Fietsenkelder", ("fietsenstalling",), "Kelder"),
    ),
    devices=(
        light("plafondlamp_woonkamer", "Plafondlamp woonkamer", "Woonkamer", on=True),
        light("staande_lamp", "Staande lamp", "Woonkamer", "staanlamp", kind="color"),
        light("leeslamp", "Leeslamp", "Woonkamer", "lamp naast de zetel", brightness=128),
        light("hanglamp", "Hanglamp", "Eethoek", "lamp boven de tafel", brightness=200),
        light("keukenlicht", "Keukenlicht", "Keuken", kind="onoff", on=True),
        light("ledstrip_keuken", "Ledstrip keuken", "Keuken", "ledjes", kind="color"),
        light("lamp_inkom", "Lamp inkom", "Inkom", "ganglicht", kind="onoff"),
        light("plafondlamp_slaapkamer", "Plafondlamp slaapkamer", "Grote slaapkamer"),
        light("nachtlampje_groot", "Nachtlampje", "Grote slaapkamer", kind="color"),
        light(
            "nachtlampje_klein",
            "Nachtlampje",
            "Kleine slaapkamer",
            "nachtlampje van Lotte",
            kind="color",
            brightness=60,
        ),
        light("badkamerlamp", "Badkamerlamp", "Badkamer"),
        light("spiegellicht", "Spiegellicht", "Badkamer", kind="onoff"),
        light("terraslicht", "Terraslicht", "Terras", "buitenlamp", kind="onoff"),
        switch("stekker_wasmachine", "Stekker wasmachine", "Berging", on=True),
        switch("stekker_droogkast", "Stekker droogkast", "Berging", "droogtrommel"),
        switch("koffiemachine", "Koffiemachine", "Keuken", "koffiezet"),
        lock("voordeur", "Voordeur", "Inkom", "slot voordeur"),
        lock("fietsenberging", "Fietsenberging", "Fietsenkelder", "fietsenkot", locked=False),
        binary("deursensor_voordeur", "Deursensor voordeur", "Inkom", "door", on=False),
        binary("raam_badkamer", "Raam badkamer", "Badkamer", "window", on=True),
        binary("beweging_inkom", "Beweging inkom", "Inkom", "motion", on=False),
        valve("bewatering_terras", "Bewatering terras", "Terras", "druppelslang", "bloembakken"),
        vacuum("robotstofzuiger", "Robotstofzuiger", "Woonkamer", "Rooie", "de robot"),
        media("tv_woonkamer", "Tv woonkamer", "Woonkamer", "televisie", tv=True, volume=0.25),
        media("tv_slaapkamer", "Tv slaapkamer", "Grote slaapkamer", state="off", tv=True),
        media(
            "speaker_keuken",
            "Speaker keuken",
            "Keuken",
            "keukenradio",
            volume=0.4,
            tracks=("Zanzibar", "Meisjes", "Ik wil je", "Lichtjes van de schelde"),
        ),
        media("speaker_badkamer", "Speaker badkamer", "Badkamer", state="paused", volume=0.2),
        todo("boodschappen", "Boodschappenlijst", "melk", "choco", "appelsienen", done=("koffie",)),
        todo("apotheek", "Apotheeklijst", "paracetamol", done=("pleisters",)),
        fan("ventilator", "Ventilator", "Grote slaapkamer", "ventilo"),
        climate("thermostaat", "Thermostaat", "Woonkamer", "verwarming", target=20.5, current=18.5),
        cover(
            "rolluik_woonkamer",
            "Rolluik woonkamer",
            "Woonkamer",
            device_class="shutter",
            position=100,
        ),
        cover(
            "gordijnen_woonkamer",
            "Gordijnen woonkamer",
            "Woonkamer",
            device_class="curtain",
            position=100,
        ),
        cover(
            "rolluik_slaapkamer", "Rolluik slaapkamer", "Grote slaapkamer", device_class="shutter"
        ),
        cover(
            "gordijn_kleine_slaapkamer",
            "Gordijn kleine slaapkamer",
            "Kleine slaapkamer",
            "verduisteringsgordijn",
            device_class="curtain",
            position=100,
        ),
        cover("zonnescherm", "Zonnescherm", "Terras", "zonnetent", device_class="awning"),
        sensor(
            "temperatuur_slaapkamer",
            "Temperatuur slaapkamer",
            "Grote slaapkamer",
            17.5,
            "°C",
            "temperature",
        ),
        sensor("buitentemperatuur", "Buitentemperatuur", "Terras", 4.5, "°C", "temperature"),
        sensor(
            "luchtvochtigheid_badkamer",
            "Luchtvochtigheid badkamer",
            "Badkamer",
            68,
            "%",
            "humidity",
        ),
        sensor("batterij_voordeurslot", "Batterij voordeurslot", "Inkom", 15, "%", "battery"),
        sensor("verbruik_wasmachine", "Verbruik wasmachine", "Berging", 380, "W", "power"),
        scene("gezellig", "Gezellig", "gezellige sfeer"),
        scene("bedtijd", "Bedtijd", "slaapwel"),
    ),
)
