"""Appartement Dampoort (Vlaams en Nederlands): hoe je in een flat tegen je assistent praat.

Veel namen delen woorden (twee keer "Nachtlampje", twee plafondlampen, "Keukenlicht" en
"Ledstrip keuken", "Voordeur" als slot naast de deursensor): een unieke deelnaam moet
handelen, een echt dubbelzinnige vraag moet terugvragen. De lokvragen noemen toestellen
in een mededeling of een gewone vraag: niets mag veranderen.
"""

from __future__ import annotations

from dataclasses import replace

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
    Case,
    CaseWriter,
)

C = CaseWriter("appartement", "nl")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"state": "open", "current_position": 100}
CLOSED = {"state": "closed", "current_position": 0}
UNLOCKED = {"state": "unlocked"}
DEGREES = ("°C", "graden", "graad")
PERCENT = ("%", "procent")


def remark(text: str, *groups: str | tuple[str, ...], no: tuple[str, ...] = ()) -> Case:
    """A decoy: a remark about a device with a question in it; only the answer may come."""
    return replace(C.ask(text, *groups, no=no), category=DECOY)


CASES = (
    # Aan/uit: unieke (deel)namen, ruimtes, Vlaamse werkwoorden.
    C.act(ON_OFF, "Mag de leeslamp aan?", {"light.leeslamp": "on"}),
    C.act(ON_OFF, "zet het keukenlicht af", {"light.keukenlicht": "off"}),
    C.act(ON_OFF, "doe de ledjes in de keuken aan", {"light.ledstrip_keuken": "on"}),
    C.act(
        ON_OFF,
        "doe het nachtlampje in de kleine slaapkamer aan",
        {"light.nachtlampje_klein": "on"},
    ),
    C.act(
        ON_OFF,
        "het nachtlampje van Lotte mag uit",
        {"light.nachtlampje_klein": "off"},
        {"light.nachtlampje_klein": ON},
    ),
    C.act(ON_OFF, "zet de badkamerlamp aan", {"light.badkamerlamp": "on"}),
    C.act(
        ON_OFF,
        "doe het licht in de badkamer aan",
        {"light.badkamerlamp": "on", "light.spiegellicht": "on"},
    ),
    C.act(
        ON_OFF,
        "kun je de plafondlamp in de slaapkamer aanzetten?",
        {"light.plafondlamp_slaapkamer": "on"},
    ),
    C.act(ON_OFF, "licht in de gang aan", {"light.lamp_inkom": "on"}),
    C.act(ON_OFF, "ventilo aan, het is hier veel te warm", {"fan.ventilator": "on"}),
    C.act(ON_OFF, "zou je de koffiezet willen aanzetten", {"switch.koffiemachine": "on"}),
    C.act(
        ON_OFF,
        "doe alle lichten in de living uit",
        {
            "light.plafondlamp_woonkamer": "off",
            "light.staande_lamp": "off",
            "light.leeslamp": "off",
        },
        {"light.staande_lamp": ON, "light.leeslamp": ON},
    ),
    C.act(
        ON_OFF,
        "doe het licht in de keuken uit",
        {"light.keukenlicht": "off", "light.ledstrip_keuken": "off"},
        {"light.ledstrip_keuken": ON},
    ),
    C.act(ON_OFF, "zet de tv in de slaapkamer aan", {"media_player.tv_slaapkamer": "on"}),
    # Helderheid.
    C.act(
        BRIGHTNESS,
        "zet de leeslamp op 30 procent",
        {"light.leeslamp": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "dim de lamp boven de tafel naar 40%",
        {"light.hanglamp": {"state": "on", "brightness_pct": 40}},
        {"light.hanglamp": ON},
    ),
    C.act(
        BRIGHTNESS,
        "kan de plafondlamp in de living wat gedimd worden, naar 25 procent?",
        {"light.plafondlamp_woonkamer": {"state": "on", "brightness_pct": 25}},
    ),
    C.act(
        BRIGHTNESS,
        "nachtlampje in de grote slaapkamer op 10 procent",
        {"light.nachtlampje_groot": {"state": "on", "brightness_pct": 10}},
    ),
    C.act(
        BRIGHTNESS,
        "zet de badkamerlamp op volle sterkte",
        {"light.badkamerlamp": {"state": "on", "brightness_pct": 100}},
        {"light.badkamerlamp": {"state": "on", "brightness": 90}},
    ),
    # Kleur.
    C.act(
        COLOR,
        "maak de ledstrip in de keuken paars",
        {"light.ledstrip_keuken": {"state": "on", "color": "purple"}},
    ),
    C.act(
        COLOR,
        "kleur de staande lamp eens blauw",
        {"light.staande_lamp": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "zet het nachtlampje van Lotte eens op oranje",
        {"light.nachtlampje_klein": {"state": "on", "color": "orange"}},
    ),
    C.act(
        COLOR,
        "geef het nachtlampje in onze slaapkamer een groene kleur",
        {"light.nachtlampje_groot": {"state": "on", "color": "green"}},
    ),
    # Verwarming.
    C.act(CLIMATE, "zet de verwarming op 21 graden", {"climate.thermostaat": {"temperature": 21}}),
    C.act(
        CLIMATE,
        "het is hier fris, doe de thermostaat maar naar 22,5",
        {"climate.thermostaat": {"temperature": 22.5}},
    ),
    C.act(
        CLIMATE,
        "zet de temperatuur in de living op 19 graden",
        {"climate.thermostaat": {"temperature": 19}},
    ),
    C.act(
        CLIMATE,
        "mag de verwarming wat lager, op 18 graden",
        {"climate.thermostaat": {"temperature": 18}},
    ),
    # Rolluiken, gordijnen, zonnescherm, bewatering.
    C.act(
        POSITION,
        "laat het rolluik in de woonkamer maar zakken",
        {"cover.rolluik_woonkamer": {"state": "closed"}},
    ),
    C.act(POSITION, "trek het rolluik in de slaapkamer op", {"cover.rolluik_slaapkamer": OPEN}),
    C.act(
        POSITION,
        "zet het rolluik in de living op 30 procent",
        {"cover.rolluik_woonkamer": {"current_position": 30}},
    ),
    C.act(
        POSITION,
        "doe de gordijnen in de woonkamer toe",
        {"cover.gordijnen_woonkamer": {"state": "closed"}},
    ),
    C.act(
        POSITION,
        "sluit het verduisteringsgordijn even",
        {"cover.gordijn_kleine_slaapkamer": {"state": "closed"}},
    ),
    C.act(
        POSITION,
        "doe de zonnetent halfweg uit",
        {"cover.zonnescherm": {"current_position": 50}},
    ),
    # Media.
    C.act(
        MEDIA,
        "zet de muziek in de keuken eens op pauze",
        {"media_player.speaker_keuken": "paused"},
    ),
    C.act(
        MEDIA,
        "volgend liedje in de keuken",
        {"media_player.speaker_keuken": {"media_title": "Ik wil je"}},
    ),
    C.act(
        MEDIA,
        "zet de keukenradio wat stiller",
        {"media_player.speaker_keuken": {"volume_pct": 30}},
    ),
    C.act(
        MEDIA,
        "het volume van de tv in de living op 15 procent",
        {"media_player.tv_woonkamer": {"volume_pct": 15}},
    ),
    C.act(
        MEDIA,
        "speel de muziek in de badkamer maar verder",
        {"media_player.speaker_badkamer": "playing"},
    ),
    C.act(MEDIA, "doe de tv in de woonkamer af", {"media_player.tv_woonkamer": "off"}),
    # Robotstofzuiger.
    C.act(VACUUM, "Rooie mag gaan kuisen", {"vacuum.robotstofzuiger": "cleaning"}),
    C.act(
        VACUUM,
        "stuur Rooie maar terug naar zijn laadstation",
        {"vacuum.robotstofzuiger": "returning"},
        {"vacuum.robotstofzuiger": {"state": "cleaning"}},
    ),
    # Lijstjes.
    C.act(
        TODO,
        "zet confituur op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"confituur": "needs_action"}}},
    ),
    C.act(
        TODO,
        "zet neusspray op de apotheeklijst",
        {"todo.apotheek": {"items": {"neusspray": "needs_action"}}},
    ),
    C.act(
        TODO,
        "de appelsienen zijn gekocht, vink ze maar af op de boodschappenlijst",
        {"todo.boodschappen": {"items": {"appelsienen": "completed"}}},
    ),
    C.act(
        TODO,
        "hoestsiroop moet nog op het lijstje van de apotheek",
        {"todo.apotheek": {"items": {"hoestsiroop": "needs_action"}}},
    ),
    # Sloten.
    C.act(
        LOCK,
        "draai de voordeur eens op slot",
        {"lock.voordeur": "locked"},
        {"lock.voordeur": UNLOCKED},
    ),
    C.act(LOCK, "sluit de fietsenberging af", {"lock.fietsenberging": "locked"}),
    C.act(LOCK, "mag de voordeur van het slot?", {"lock.voordeur": "unlocked"}),
    # Scènes.
    C.act(SCENE, "zet de gezellige sfeer aan", {"scene.gezellig": {"state": CHANGED}}),
    C.act(SCENE, "tijd om te slapen, start bedtijd", {"scene.bedtijd": {"state": CHANGED}}),
    # Twee opdrachten.
    C.act(
        TWO_COMMANDS,
        "doe de leeslamp aan en de plafondlamp in de living uit",
        {"light.leeslamp": "on", "light.plafondlamp_woonkamer": "off"},
    ),
    C.act(
        TWO_COMMANDS,
        "zet de tv in de woonkamer af en sluit de gordijnen van de woonkamer",
        {"media_player.tv_woonkamer": "off", "cover.gordijnen_woonkamer": "closed"},
    ),
    C.act(
        TWO_COMMANDS,
        "doe de voordeur op slot en het licht in de inkom uit",
        {"lock.voordeur": "locked", "light.lamp_inkom": "off"},
        {"lock.voordeur": UNLOCKED, "light.lamp_inkom": ON},
    ),
    C.act(
        TWO_COMMANDS,
        "zet de wasmachine af en de droogkast aan",
        {"switch.stekker_wasmachine": "off", "switch.stekker_droogkast": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "doe het nachtlampje in de grote slaapkamer aan en het rolluik daar omlaag",
        {"light.nachtlampje_groot": "on", "cover.rolluik_slaapkamer": "closed"},
        {"cover.rolluik_slaapkamer": OPEN},
    ),
    # Lokvragen: een toestel dat op een ander lijkt, of een mededeling met een vraag.
    C.act(
        DECOY,
        "geef de bloembakken op het balkon wat water",
        {"valve.bewatering_terras": "open"},
    ),
    C.act(DECOY, "pauzeer de keuken", {"media_player.speaker_keuken": "paused"}),
    C.act(DECOY, "doe het licht op het terras aan", {"light.terraslicht": "on"}),
    remark("de wasmachine is bijna klaar, hoeveel verbruikt ze nu nog?", "380", ("W", "watt")),
    remark(
        "ik heb de leeslamp net zelf uitgedaan; brandt het keukenlicht nog?",
        ("ja", "aan"),
        no=("nee",),
    ),
    remark(
        "Lotte slaapt al, ik doe zo haar gordijn dicht. Hoe warm is het in onze slaapkamer?",
        "17.5",
        DEGREES,
    ),
    # Dubbelzinnig: niets doen, terugvragen.
    C.which("doe het nachtlampje aan"),
    C.which("doe de tv aan", {"media_player.tv_woonkamer": OFF}),
    C.which("mag het gordijn toe?"),
    C.which("zet de plafondlamp uit", {"light.plafondlamp_slaapkamer": ON}),
    C.which("zet tandpasta op het lijstje"),
    C.which("zet de stekker af", {"switch.stekker_droogkast": ON}),
    C.which("trek het rolluik op", {"cover.rolluik_woonkamer": CLOSED}),
    # Vragen met een gekend antwoord.
    C.ask("hoe warm is het in de slaapkamer?", "17.5", DEGREES, no=("18.5",)),
    C.ask("wat is de temperatuur in de living?", "18.5", DEGREES, no=("17.5",)),
    C.ask("op hoeveel staat de verwarming ingesteld?", "20.5", no=("18.5",)),
    C.ask("hoeveel procent luchtvochtigheid is er in de badkamer?", "68", PERCENT),
    C.ask("hoeveel batterij heeft het slot van de voordeur nog?", "15", PERCENT),
    C.ask(
        "zit de voordeur op slot?",
        ("ja", "op slot", "vergrendeld"),
        no=("nee", "ontgrendeld"),
    ),
    C.ask("staat de voordeur open?", ("nee", "dicht", "gesloten"), no=("ja",)),
    C.ask("staat het badkamerraam nog open?", ("ja", "open"), no=("nee", "dicht", "gesloten")),
    C.ask("is de fietsenberging op slot?", ("nee", "ontgrendeld", "open"), no=("ja",)),
    C.ask("wat moet ik nog halen in de winkel?", "melk", "choco", "appelsienen", no=("koffie",)),
    C.ask("wat speelt er in de keuken?", "Meisjes"),
    C.ask("is er iemand in de gang?", ("nee", "geen"), no=("ja",)),
    # Timers.
    C.timer("zet eens een timer van een kwartier", 900),
    C.timer("timer van anderhalve minuut", 90),
    C.timer("start een timer van 3 minuutjes voor de thee", 180),
)
