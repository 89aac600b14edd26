"""Huize Zonnedauw: een Nederlands/Vlaams rijtjeshuis met zolder (Dutch names).

Twee sloten (voordeur, achterdeur) en een deursensor die ook "Achterdeur" heet, de
tuinverlichting naast de besproeiing van de tuin, de robotstofzuiger naast zijn stekker,
een batterijsensor "Batterij voordeur" naast het slot, een handdoekradiator naast de
thermostaat, een garagedeur zonder positie, een speaker in de woonkamer die speelt en
een tv in de slaapkamer die uit staat. Apparaatnamen delen woorden met ruimtes
(keukenlamp, bureaulamp in de werkkamer met alias "bureau").
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

WONING = Home(
    name="woning",
    language="nl",
    floors=(
        Floor("Begane grond", ("benedenverdieping", "beneden", "gelijkvloers"), 0),
        Floor("Eerste verdieping", ("boven", "bovenverdieping"), 1),
        Floor("Zolder", ("tweede verdieping",), 2),
    ),
    areas=(
        Area("Woonkamer", ("living", "zitkamer"), "Begane grond"),
        Area("Keuken", (), "Begane grond"),
        Area("Hal", ("gang", "inkom"), "Begane grond"),
        Area("Garage", (), "Begane grond"),
        Area("Slaapkamer", ("grote slaapkamer",), "Eerste verdieping"),
        Area("Kinderkamer", ("kamer van Noor",), "Eerste verdieping"),
        Area("Badkamer", ("badkamer boven",), "Eerste verdieping"),
        Area("Werkkamer", ("bureau", "kantoor"), "Zolder"),
        Area("Tuin", ("achtertuin",)),
    ),
    devices=(
        light("plafondlamp_woonkamer", "Plafondlamp woonkamer", "Woonkamer", on=True),
        light("staande_lamp", "Staande lamp", "Woonkamer", "leeslamp", kind="color"),
        light("keukenlamp", "Keukenlamp", "Keuken", "licht boven het aanrecht"),
        light("ganglamp", "Ganglamp", "Hal", "lamp in de gang", kind="onoff", on=True),
        light("bedlampje", "Bedlampje", "Slaapkamer", "nachtkastlampje", kind="color"),
        light("sterrenlampje", "Sterrenlampje", "Kinderkamer", kind="color", brightness=50),
        light("bureaulamp", "Bureaulamp", "Werkkamer"),
        light("spiegellamp", "Spiegellamp", "Badkamer", kind="onoff"),
        light("tuinverlichting", "Tuinverlichting", "Tuin", "tuinlampen", kind="onoff"),
        switch("koffiezetapparaat", "Koffiezetapparaat", "Keuken", "koffiemachine"),
        switch("stekker_robotstofzuiger", "Stekker robotstofzuiger", "Hal", on=True),
        switch("handdoekradiator", "Handdoekradiator", "Badkamer", "handdoekdroger"),
        lock("voordeur", "Voordeur", "Hal", "slot van de voordeur"),
        lock("achterdeur", "Achterdeur", "Keuken", "slot van de achterdeur", locked=False),
        binary("achterdeur_contact", "Achterdeur", "Keuken", "door", on=True),
        binary("badkamerraam", "Badkamerraam", "Badkamer", "window", on=False),
        binary("bewegingsmelder_hal", "Bewegingsmelder hal", "Hal", "motion", on=True),
        valve("besproeiing", "Besproeiing", "Tuin", "tuinsproeier", "sproeiers"),
        vacuum("robotstofzuiger", "Robotstofzuiger", "Woonkamer", "stofzuiger", "Robbie"),
        media("speaker_woonkamer", "Speaker woonkamer", "Woonkamer", "speaker", "muziekbox"),
        media("tv_slaapkamer", "Tv slaapkamer", "Slaapkamer", "televisie", state="off", tv=True),
        todo("boodschappen", "Boodschappenlijst", "melk", "brood", "hagelslag"),
        todo("klusjes", "Klusjes", "vuilnis buitenzetten", done=("gras maaien",)),
        fan("ventilator", "Ventilator", "Slaapkamer"),
        climate("thermostaat", "Thermostaat", "Woonkamer", "verwarming", target=20.5, current=19.5),
        cover(
            "rolluik_woonkamer",
            "Rolluik woonkamer",
            "Woonkamer",
            device_class="shutter",
            position=100,
        ),
        cover("rolluik_slaapkamer", "Rolluik slaapkamer", "Slaapkamer", device_class="shutter"),
        cover("screen_werkkamer", "Screen werkkamer", "Werkkamer", device_class="shade"),
        cover("zonnescherm", "Zonnescherm", "Tuin", "knikarmscherm", device_class="awning"),
        cover(
            "garagedeur",
            "Garagedeur",
            "Garage",
            "kantelpoort",
            device_class="garage",
            position=None,
        ),
        sensor("buitentemperatuur", "Buitentemperatuur", "Tuin", 7.5, "°C", "temperature"),
        sensor(
            "luchtvochtigheid_badkamer",
            "Luchtvochtigheid badkamer",
            "Badkamer",
            74,
            "%",
            "humidity",
        ),
        sensor(
            "temperatuur_kinderkamer",
            "Temperatuur kinderkamer",
            "Kinderkamer",
            21.5,
            "°C",
            "temperature",
        ),
        sensor("batterij_voordeur", "Batterij voordeur", "Hal", 23, "%", "battery"),
        scene("filmavond", "Filmavond", "bioscoopmodus"),
    ),
)
