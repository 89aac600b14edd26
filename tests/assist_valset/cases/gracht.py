"""Huis aan de gracht (Nederlands): verzoeken zoals je ze tegen een spraakassistent zegt."""

from __future__ import annotations

from tests.assist_devset.case import (
    BRIGHTNESS,
    CHANGED,
    CLIMATE,
    COLOR,
    DECOY,
    LOCK,
    MEDIA,
    ON_OFF,
    POSITION,
    SCENE,
    TODO,
    TWO_COMMANDS,
    VACUUM,
    CaseWriter,
)

from .unsaid import never_say

C = CaseWriter("gracht", "nl", never_say("nl"))
ON = {"state": "on"}
OFF = {"state": "off"}
UNLOCKED = {"state": "unlocked"}
CLEANING = {"state": "cleaning"}
STOPPED = {"state": ("idle", "returning", "docked", "paused")}
ENGLISH = ("yes", "locked", "unlocked", "on", "off")
"""English state words: a Dutch answer must not hold them."""

CASES = (
    # Aan en uit.
    C.act(ON_OFF, "doe de keukenspots aan", {"light.keukenspots": "on"}),
    C.act(ON_OFF, "zet de eettafellamp uit", {"light.eettafellamp": "off"}),
    C.act(ON_OFF, "zet de Senseo aan", {"switch.senseo": "on"}),
    C.act(ON_OFF, "mag de staande ventilator aan?", {"fan.ventilator_zolder": "on"}),
    C.act(
        ON_OFF,
        "doe de tv in de slaapkamer uit",
        {"media_player.televisie": "off"},
        {"media_player.televisie": ON},
    ),
    C.act(ON_OFF, "licht aan in de gang", {"light.ganglamp": "on"}),
    C.act(ON_OFF, "zet de fietslader aan", {"switch.fietslader": "on"}),
    C.act(ON_OFF, "zet de tuin aan", {"light.tuinverlichting": "on"}),
    C.act(
        ON_OFF,
        "doe alle lampen op zolder uit",
        {"light.bureaulamp": "off"},
        {"light.bureaulamp": ON},
    ),
    C.act(ON_OFF, "zet de vloerverwarming in de badkamer aan", {"switch.vloerverwarming": "on"}),
    # Sloten.
    C.act(
        LOCK, "doe de voordeur op slot", {"lock.voordeur": "locked"}, {"lock.voordeur": UNLOCKED}
    ),
    C.act(
        LOCK,
        "haal de schuurdeur van het slot",
        {"lock.schuurdeur": "unlocked"},
        {"lock.schuurdeur": {"state": "locked"}},
    ),
    # Helderheid.
    C.act(
        BRIGHTNESS,
        "dim de booglamp naar 25 procent",
        {"light.booglamp": {"state": "on", "brightness_pct": 25}},
    ),
    C.act(
        BRIGHTNESS,
        "zet de bureaulamp op zestig procent",
        {"light.bureaulamp": {"state": "on", "brightness_pct": 60}},
    ),
    C.act(
        BRIGHTNESS,
        "de eettafellamp op 80%",
        {"light.eettafellamp": {"state": "on", "brightness_pct": 80}},
    ),
    # Kleur.
    C.act(
        COLOR,
        "maak het nachtlampje oranje",
        {"light.nachtlampje": {"state": "on", "color": "orange"}},
    ),
    C.act(COLOR, "zet de leeslamp op blauw", {"light.leeslamp": {"state": "on", "color": "blue"}}),
    # Verwarming.
    C.act(
        CLIMATE, "zet de verwarming op 20,5 graden", {"climate.thermostaat": {"temperature": 20.5}}
    ),
    C.act(CLIMATE, "thermostaat naar 18", {"climate.thermostaat": {"temperature": 18}}),
    # Zonwering, rolluik, gordijnen en sproeier.
    C.act(POSITION, "doe de screens helemaal dicht", {"cover.screens": {"state": "closed"}}),
    C.act(
        POSITION,
        "zet het rolluik in de slaapkamer op 30 procent",
        {"cover.rolluik": {"current_position": 30}},
    ),
    C.act(POSITION, "doe de gordijnen dicht", {"cover.gordijnen": {"state": "closed"}}),
    C.act(POSITION, "zet de sproeier aan", {"valve.tuinsproeier": "open"}),
    C.act(
        POSITION,
        "draai de tuinsproeier dicht",
        {"valve.tuinsproeier": "closed"},
        {"valve.tuinsproeier": {"state": "open"}},
    ),
    # Media (de Bose speelt "Ik neem je mee"; de keukenradio staat op pauze).
    C.act(MEDIA, "pauzeer de muziek", {"media_player.bose": "paused"}),
    C.act(MEDIA, "laat de radio verder spelen", {"media_player.keukenradio": "playing"}),
    C.act(
        MEDIA,
        "volgend nummer",
        {"media_player.bose": {"state": "playing", "media_title": "Drank & Drugs"}},
    ),
    C.act(MEDIA, "vorige nummer op de Bose", {"media_player.bose": {"media_title": "Zoutelande"}}),
    C.act(
        MEDIA,
        "zet het volume van de Bose op 45 procent",
        {"media_player.bose": {"volume_pct": 45}},
    ),
    C.act(
        MEDIA,
        "zet de muziek wat zachter",
        {"media_player.bose": {"volume_pct": tuple(range(1, 30))}},
    ),
    C.act(
        MEDIA,
        "zet de muziek weer aan",
        {"media_player.bose": "playing"},
        {"media_player.bose": {"state": "paused"}, "media_player.keukenradio": {"state": "idle"}},
    ),
    # Stofzuiger.
    C.act(VACUUM, "laat Robbie stofzuigen", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(
        VACUUM,
        "stuur de robotstofzuiger terug naar zijn basis",
        {"vacuum.robotstofzuiger": "returning"},
        {"vacuum.robotstofzuiger": CLEANING},
    ),
    # Lijsten.
    C.act(
        TODO,
        "zet melk op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"melk": "needs_action"}}},
    ),
    C.act(
        TODO,
        "voeg pindakaas toe aan boodschappen",
        {"todo.boodschappen": {"items": {"pindakaas": "needs_action"}}},
    ),
    C.act(
        TODO,
        "vink kaas af op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"kaas": "completed"}}},
    ),
    C.act(
        TODO,
        "zet fietsband plakken op mijn klusjes",
        {"todo.klusjes": {"items": {"fietsband plakken": "needs_action"}}},
    ),
    # Scènes.
    C.act(SCENE, "maak het gezellig", {"scene.gezellig": {"state": CHANGED}}),
    # Twee opdrachten in één zin.
    C.act(
        TWO_COMMANDS,
        "doe de ganglamp aan en de voordeur op slot",
        {"light.ganglamp": "on", "lock.voordeur": "locked"},
        {"lock.voordeur": UNLOCKED},
    ),
    C.act(
        TWO_COMMANDS,
        "zet de tuinverlichting en de schuurlamp aan",
        {"light.tuinverlichting": "on", "light.schuurlamp": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "doe de screens dicht en zet de booglamp uit",
        {"cover.screens": "closed", "light.booglamp": "off"},
    ),
    # Lokkers: een gelijkende naam in een ander domein blijft onaangeroerd.
    C.act(DECOY, "geef de tuin water", {"valve.tuinsproeier": "open"}),
    C.act(DECOY, "zet de stekker van de stofzuiger uit", {"switch.stofzuigerstekker": "off"}),
    C.act(
        DECOY,
        "stop met stofzuigen",
        {"vacuum.robotstofzuiger": STOPPED},
        {"vacuum.robotstofzuiger": CLEANING},
    ),
    C.act(DECOY, "doe de tuinlampjes aan", {"light.tuinverlichting": "on"}),
    C.act(
        DECOY,
        "doe de schuurlamp uit",
        {"light.schuurlamp": "off"},
        {"light.schuurlamp": ON},
    ),
    # Dubbelzinnig: er gebeurt niets; de assistent vraagt welke.
    C.which("doe de deur op slot", {"lock.voordeur": UNLOCKED}),
    C.which("zet de ventilator uit", {"fan.plafondventilator": ON, "fan.ventilator_zolder": ON}),
    C.which("doe de lamp aan"),
    C.which("open de tuin"),
    C.which("zet hem uit"),
    C.which("zet de slaapkamer op 50 procent"),
    C.which("doe het licht uit", {"light.leeslamp": ON}),
    # Vragen over de toestand, met exacte waarden.
    C.ask("hoe koud is het buiten?", "4.5", ("°C", "graden")),
    C.ask("hoe vochtig is het in de badkamer?", "74", ("%", "procent")),
    C.ask("hoe vol is de batterij van het voordeurslot?", "22", ("%", "procent")),
    C.ask("hoeveel batterij heeft Robbie nog?", "61", ("%", "procent")),
    C.ask(
        "is de voordeur op slot?",
        ("ja", "op slot", "vergrendeld"),
        no=("nee", "ontgrendeld", *ENGLISH),
    ),
    C.ask(
        "zit de schuurdeur op slot?", ("nee", "ontgrendeld", "niet op slot"), no=("ja", *ENGLISH)
    ),
    C.ask("staat de achterdeur open?", ("ja", "open"), no=("nee", "dicht", "gesloten", *ENGLISH)),
    C.ask("is er beweging in de gang?", ("nee", "geen", "niet gedetecteerd"), no=("ja", *ENGLISH)),
    C.ask("op hoeveel graden staat de thermostaat?", "19.5", no=("19.0",)),
    C.ask("hoe warm is het in de babykamer?", "19.5", ("°C", "graden")),
    C.ask("staat de Senseo aan?", ("nee", "uit"), no=("ja", *ENGLISH)),
    C.ask("welke lampen zijn aan in de woonkamer?", "booglamp", "eettafellamp"),
    C.ask("welk nummer speelt er op de Bose?", "Ik neem je mee"),
    C.ask("staat het zolderraam open?", ("ja", "open"), no=("nee", "dicht", *ENGLISH)),
    # Timers (tegen de spraaksatelliet).
    C.timer("zet een timer van een kwartier", 900),
    C.timer("timer op 4 minuten", 240),
)
