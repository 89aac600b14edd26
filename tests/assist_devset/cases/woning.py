"""Huize Zonnedauw (Nederlands en Vlaams): verzoeken zoals je ze tegen een spraakassistent zegt."""

from __future__ import annotations

from ..case import (
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

C = CaseWriter("woning", "nl")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"state": "open", "current_position": 100}
UNLOCKED = {"state": "unlocked"}

CASES = (
    C.act(ON_OFF, "Doe het licht in de keuken aan", {"light.keukenlamp": "on"}),
    C.act(
        ON_OFF,
        "Zet de plafondlamp in de woonkamer uit",
        {"light.plafondlamp_woonkamer": "off"},
    ),
    C.act(ON_OFF, "Mag de bureaulamp even aan?", {"light.bureaulamp": "on"}),
    C.act(ON_OFF, "Kun je de ganglamp uitdoen?", {"light.ganglamp": "off"}),
    C.act(ON_OFF, "zet het bedlampje aan", {"light.bedlampje": "on"}),
    C.act(
        ON_OFF,
        "doe het sterrenlampje maar uit",
        {"light.sterrenlampje": "off"},
        {"light.sterrenlampje": ON},
    ),
    C.act(ON_OFF, "Zet de koffiemachine eens aan", {"switch.koffiezetapparaat": "on"}),
    C.act(ON_OFF, "ventilator aan graag", {"fan.ventilator": "on"}),
    C.act(
        ON_OFF,
        "Doe alle lampen in de woonkamer uit",
        {"light.plafondlamp_woonkamer": "off", "light.staande_lamp": "off"},
        {"light.staande_lamp": ON},
    ),
    C.act(ON_OFF, "het licht in de badkamer aan, alsjeblieft", {"light.spiegellamp": "on"}),
    C.act(ON_OFF, "zet de tv aan", {"media_player.tv_slaapkamer": "on"}),
    C.act(
        ON_OFF,
        "Doe alle lichten boven uit",
        {
            "light.bedlampje": "off",
            "light.sterrenlampje": "off",
            "light.spiegellamp": "off",
            # Some count the attic as 'boven' too: the desk lamp (off) may be switched off.
            "light.bureaulamp": "off",
        },
        {"light.bedlampje": ON, "light.sterrenlampje": ON},
    ),
    C.act(LOCK, "Sluit de achterdeur af, alsjeblieft", {"lock.achterdeur": "locked"}),
    C.act(LOCK, "doe de voordeur even van het slot", {"lock.voordeur": "unlocked"}),
    C.act(
        BRIGHTNESS,
        "Dim de plafondlamp in de woonkamer naar 40 procent",
        {"light.plafondlamp_woonkamer": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(
        BRIGHTNESS,
        "zet de bureaulamp op 20%",
        {"light.bureaulamp": {"state": "on", "brightness_pct": 20}},
        {"light.bureaulamp": ON},
    ),
    C.act(
        BRIGHTNESS,
        "Zet de helderheid van de staande lamp op 70 procent",
        {"light.staande_lamp": {"state": "on", "brightness_pct": 70}},
    ),
    C.act(
        BRIGHTNESS,
        "doe de keukenlamp maar op maximaal",
        {"light.keukenlamp": {"state": "on", "brightness_pct": 100}},
        {"light.keukenlamp": {"state": "on", "brightness": 100}},
    ),
    C.act(
        BRIGHTNESS,
        "het sterrenlampje op 10 procent graag",
        {"light.sterrenlampje": {"state": "on", "brightness_pct": 10}},
    ),
    C.act(
        COLOR, "Maak de staande lamp rood", {"light.staande_lamp": {"state": "on", "color": "red"}}
    ),
    C.act(
        COLOR,
        "verander de kleur van het bedlampje naar blauw",
        {"light.bedlampje": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "zet het sterrenlampje op groen",
        {"light.sterrenlampje": {"state": "on", "color": "green"}},
    ),
    C.act(CLIMATE, "Zet de thermostaat op 21 graden", {"climate.thermostaat": {"temperature": 21}}),
    C.act(CLIMATE, "verwarming naar 19,5 graden", {"climate.thermostaat": {"temperature": 19.5}}),
    C.act(
        CLIMATE,
        "zet de temperatuur in de woonkamer op 22 graden",
        {"climate.thermostaat": {"temperature": 22}},
    ),
    C.act(
        CLIMATE,
        "ik heb het koud, zet de verwarming eens op 23 graden",
        {"climate.thermostaat": {"temperature": 23}},
    ),
    C.act(
        POSITION,
        "Doe het rolluik in de slaapkamer open",
        {"cover.rolluik_slaapkamer": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION,
        "laat het rolluik van de woonkamer zakken",
        {"cover.rolluik_woonkamer": {"state": "closed"}},
    ),
    C.act(
        POSITION,
        "zet het rolluik in de woonkamer op de helft",
        {"cover.rolluik_woonkamer": {"current_position": 50}},
        {"cover.rolluik_woonkamer": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "Zet het screen in de werkkamer op 30 procent",
        {"cover.screen_werkkamer": {"current_position": 30}},
    ),
    C.act(POSITION, "zet de besproeiing aan", {"valve.besproeiing": "open"}),
    C.act(
        POSITION,
        "draai de sproeiers dicht",
        {"valve.besproeiing": "closed"},
        {"valve.besproeiing": {"state": "open"}},
    ),
    C.act(MEDIA, "zet de muziek even op pauze", {"media_player.speaker_woonkamer": "paused"}),
    C.act(
        MEDIA,
        "speel de muziek weer verder",
        {"media_player.speaker_woonkamer": "playing"},
        {"media_player.speaker_woonkamer": {"state": "paused"}},
    ),
    C.act(
        MEDIA,
        "speel het vorige liedje nog eens",
        {"media_player.speaker_woonkamer": {"media_title": "Track 1"}},
    ),
    C.act(
        MEDIA,
        "Zet het volume van de speaker op 50 procent",
        {"media_player.speaker_woonkamer": {"volume_pct": 50}},
    ),
    C.act(
        MEDIA,
        "zet de speaker wat harder",
        {"media_player.speaker_woonkamer": {"volume_pct": 40}},
    ),
    C.act(
        MEDIA,
        "doe de muziek een beetje zachter",
        {"media_player.speaker_woonkamer": {"volume_pct": 20}},
    ),
    C.act(VACUUM, "Start de robotstofzuiger", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(VACUUM, "laat Robbie even stofzuigen", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(
        VACUUM,
        "stuur de stofzuiger terug naar het laadstation",
        {"vacuum.robotstofzuiger": "returning"},
        {"vacuum.robotstofzuiger": {"state": "cleaning"}},
    ),
    C.act(
        TODO,
        "Zet eieren op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"eieren": "needs_action"}}},
    ),
    C.act(
        TODO,
        "voeg kaas toe aan de boodschappenlijst",
        {"todo.boodschappen": {"items": {"kaas": "needs_action"}}},
    ),
    C.act(
        TODO,
        "de koffie is op, zet die op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"koffie": "needs_action"}}},
    ),
    C.act(
        TODO,
        "vink brood af op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"brood": "completed"}}},
    ),
    C.act(
        TODO,
        "Voeg ramen lappen toe aan de klusjes",
        {"todo.klusjes": {"items": {"ramen lappen": "needs_action"}}},
    ),
    C.act(SCENE, "Activeer de filmavond", {"scene.filmavond": {"state": CHANGED}}),
    C.act(SCENE, "zet de bioscoopmodus aan", {"scene.filmavond": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "Doe de bureaulamp aan en het screen in de werkkamer dicht",
        {"light.bureaulamp": "on", "cover.screen_werkkamer": "closed"},
        {"cover.screen_werkkamer": OPEN},
    ),
    C.act(
        TWO_COMMANDS,
        "zet de staande lamp en de tv uit",
        {"light.staande_lamp": "off", "media_player.tv_slaapkamer": "off"},
        {"light.staande_lamp": ON, "media_player.tv_slaapkamer": {"state": "on"}},
    ),
    C.act(
        TWO_COMMANDS,
        "doe het rolluik in de woonkamer dicht en de plafondlamp uit",
        {"cover.rolluik_woonkamer": "closed", "light.plafondlamp_woonkamer": "off"},
    ),
    C.act(
        TWO_COMMANDS,
        "doe de voordeur op slot en de ganglamp uit",
        {"lock.voordeur": "locked", "light.ganglamp": "off"},
        {"lock.voordeur": UNLOCKED},
    ),
    C.act(DECOY, "geef de tuin eens water", {"valve.besproeiing": "open"}),
    C.act(DECOY, "doe de tuinverlichting aan", {"light.tuinverlichting": "on"}),
    C.act(
        DECOY,
        "zet de stekker van de robotstofzuiger uit",
        {"switch.stekker_robotstofzuiger": "off"},
    ),
    C.act(DECOY, "laat de robot maar stofzuigen", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(DECOY, "pauzeer de woonkamer", {"media_player.speaker_woonkamer": "paused"}),
    C.act(DECOY, "doe de garage open", {"cover.garagedeur": "open"}),
    C.which("zet de lamp aan"),
    C.which("doe het rolluik omlaag", {"cover.rolluik_slaapkamer": OPEN}),
    C.which("zet zout op het lijstje"),
    C.which("doe het uit"),
    C.ask("Hoe warm is het buiten?", "7.5", ("°C", "graden", "graad")),
    C.ask("Wat is de luchtvochtigheid in de badkamer?", "74", ("%", "procent")),
    C.ask("hoe warm is het in de kinderkamer", "21.5", ("°C", "graden", "graad")),
    C.ask("Wat is de temperatuur in de woonkamer?", "19.5", ("°C", "graden", "graad")),
    C.ask("Is de achterdeur open?", ("ja", "open", "geopend"), no=("nee", "dicht", "gesloten")),
    C.ask("Is het badkamerraam open?", ("nee", "dicht", "gesloten"), no=("ja",)),
    C.ask("hoeveel batterij heeft de voordeur nog?", "23", ("%", "procent")),
    C.ask(
        "Staat het rolluik in de woonkamer open?",
        ("ja", "open", "geopend"),
        no=("nee", "dicht", "gesloten"),
    ),
    C.ask("Staat het koffiezetapparaat aan?", ("nee", "uit"), no=("ja",)),
    C.ask("Op hoeveel graden is de thermostaat ingesteld?", "20.5", no=("19.5",)),
    C.ask("Wat staat er op de boodschappenlijst?", "melk", "brood", "hagelslag"),
    C.timer("zet een timer van 5 minuten", 300),
    C.timer("timer op 10 minuten", 600),
    C.timer("start een timer voor een half uur", 1800),
    C.timer("zet een eierwekker op 7 minuutjes", 420),
)

# Fresh phrasings written in session 13 against code that had not seen them; the
# wrong actions and misses they found were fixed or are left measured here.
FRESH = (
    C.act(ON_OFF, "doe de leeslamp eens aan", {"light.staande_lamp": "on"}),
    C.act(ON_OFF, "mag het licht in de gang uit?", {"light.ganglamp": "off"}),
    C.act(ON_OFF, "zet de koffiemachine aan", {"switch.koffiezetapparaat": "on"}),
    C.act(ON_OFF, "de handdoekdroger mag aan", {"switch.handdoekradiator": "on"}),
    C.act(ON_OFF, "zet de ventilator in de slaapkamer aan", {"fan.ventilator": "on"}),
    C.act(LOCK, "doe de achterdeur op slot", {"lock.achterdeur": "locked"}),
    C.act(CLIMATE, "zet de verwarming op 21 graden", {"climate.thermostaat": {"temperature": 21}}),
    C.act(
        BRIGHTNESS,
        "dim de bureaulamp naar 40 procent",
        {"light.bureaulamp": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(COLOR, "maak het bedlampje blauw", {"light.bedlampje": {"state": "on"}}),
    C.act(
        POSITION,
        "doe het rolluik in de slaapkamer omhoog",
        {"cover.rolluik_slaapkamer": {"state": "open"}},
    ),
    C.act(
        POSITION,
        "zet het rolluik van de slaapkamer op 30 procent",
        {"cover.rolluik_slaapkamer": {"current_position": 30}},
    ),
    C.act(VACUUM, "laat Robbie de vloer stofzuigen", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(MEDIA, "zet de televisie in de slaapkamer aan", {"media_player.tv_slaapkamer": "on"}),
    C.act(MEDIA, "pauzeer de muziek even", {"media_player.speaker_woonkamer": "paused"}),
    C.act(
        MEDIA,
        "speel het volgende nummer",
        {"media_player.speaker_woonkamer": {"media_title": "Track 3"}},
    ),
    C.act(SCENE, "start de filmavond", {"scene.filmavond": {"state": CHANGED}}),
    C.act(ON_OFF, "doe de sproeiers open", {"valve.besproeiing": "open"}),
    C.ask("hoe vochtig is het in de badkamer", "74", ("%", "procent")),
    C.ask("is het badkamerraam dicht?", ("ja", "dicht", "gesloten")),
    C.still("de tv was gisteren veel te luid"),
    C.still("ik heb vandaag de tuin gedaan"),
    C.which("doe de lamp maar aan"),
    C.which("zet het rolluik dicht"),
)
CASES = CASES + FRESH
