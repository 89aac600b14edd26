"""Haus am See (Deutsch): Anfragen, wie man sie einem Sprachassistenten sagt."""

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

C = CaseWriter("haus", "de")
ON = {"state": "on"}
OFF = {"state": "off"}

CASES = (
    C.act(
        ON_OFF, "Schalte das Deckenlicht im Wohnzimmer aus", {"light.deckenlicht_wohnzimmer": "off"}
    ),
    C.act(ON_OFF, "Mach das Flurlicht an", {"light.flurlicht": "on"}),
    C.act(ON_OFF, "Küchenlicht aus bitte", {"light.kuechenlicht": "off"}),
    C.act(ON_OFF, "Kannst du die Nachttischlampe einschalten?", {"light.nachttischlampe": "on"}),
    C.act(ON_OFF, "Mach die Kaffeemaschine an", {"switch.kaffeemaschine": "on"}),
    C.act(ON_OFF, "Schalte den Heizlüfter ein", {"switch.heizluefter": "on"}),
    C.act(ON_OFF, "Ventilator an", {"fan.ventilator": "on"}),
    C.act(ON_OFF, "Licht im Bad an", {"light.spiegelschrank": "on"}),
    C.act(
        ON_OFF,
        "Mach alle Lichter im Wohnzimmer aus",
        {"light.deckenlicht_wohnzimmer": "off", "light.stehlampe": "off"},
        {"light.stehlampe": ON},
    ),
    C.act(ON_OFF, "Werkstattlampe einschalten", {"light.werkstattlampe": "on"}),
    C.act(
        LOCK,
        "Schließ die Haustür ab",
        {"lock.haustuer": "locked"},
        {"lock.haustuer": {"state": "unlocked"}},
    ),
    C.act(LOCK, "Sperr die Kellertür zu", {"lock.kellertuer": "locked"}),
    C.act(LOCK, "Entriegle die Haustür", {"lock.haustuer": "unlocked"}),
    C.act(
        BRIGHTNESS,
        "Dimme das Kinderzimmerlicht auf 30 Prozent",
        {"light.kinderzimmer_licht": {"state": "on", "brightness_pct": 30}},
        {"light.kinderzimmer_licht": ON},
    ),
    C.act(
        BRIGHTNESS,
        "Stell die Stehlampe auf 60 %",
        {"light.stehlampe": {"state": "on", "brightness_pct": 60}},
    ),
    C.act(
        BRIGHTNESS,
        "Deckenlicht Wohnzimmer auf 25 Prozent",
        {"light.deckenlicht_wohnzimmer": {"state": "on", "brightness_pct": 25}},
    ),
    C.act(COLOR, "Mach die Stehlampe rot", {"light.stehlampe": {"state": "on", "color": "red"}}),
    C.act(
        COLOR,
        "Stell die Nachttischlampe auf Blau",
        {"light.nachttischlampe": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR, "Färbe die Leselampe grün", {"light.stehlampe": {"state": "on", "color": "green"}}
    ),
    C.act(
        CLIMATE,
        "Stell die Heizung im Bad auf 23 Grad",
        {"climate.heizung_bad": {"temperature": 23}},
    ),
    C.act(CLIMATE, "Badheizung auf 20,5 Grad", {"climate.heizung_bad": {"temperature": 20.5}}),
    C.act(
        POSITION,
        "Öffne den Rollladen im Schlafzimmer",
        {"cover.rollladen_schlafzimmer": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION, "Rollladen Wohnzimmer runter", {"cover.rollladen_wohnzimmer": {"state": "closed"}}
    ),
    C.act(
        POSITION,
        "Fahr den Rollladen im Wohnzimmer auf 40 Prozent",
        {"cover.rollladen_wohnzimmer": {"current_position": 40}},
    ),
    C.act(POSITION, "Mach das Garagentor auf", {"cover.garagentor": "open"}),
    C.act(POSITION, "Schalte die Gartenbewässerung ein", {"valve.gartenbewaesserung": "open"}),
    C.act(
        POSITION,
        "Rasensprenger aus",
        {"valve.gartenbewaesserung": "closed"},
        {"valve.gartenbewaesserung": {"state": "open"}},
    ),
    C.act(MEDIA, "Mach das Küchenradio lauter", {"media_player.kuechenradio": {"volume_pct": 70}}),
    C.act(MEDIA, "Pausiere die Musik", {"media_player.wohnzimmer_player": "paused"}),
    C.act(MEDIA, "Setz das Küchenradio fort", {"media_player.kuechenradio": "playing"}),
    C.act(
        MEDIA,
        "Nächster Titel",
        {"media_player.wohnzimmer_player": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "Spiel das vorherige Lied",
        {"media_player.wohnzimmer_player": {"media_title": "Track 1"}},
    ),
    C.act(
        MEDIA,
        "Stell die Lautstärke vom Lautsprecher auf 35 Prozent",
        {"media_player.wohnzimmer_player": {"volume_pct": 35}},
    ),
    C.act(
        MEDIA,
        "Mach das Radio leiser auf 20 Prozent",
        {"media_player.kuechenradio": {"volume_pct": 20}},
        {
            "media_player.kuechenradio": {"state": "playing"},
            "media_player.wohnzimmer_player": {"state": "paused"},
        },
    ),
    C.act(
        MEDIA,
        "Schalte den Lautsprecher stumm",
        {"media_player.wohnzimmer_player": {"is_volume_muted": True}},
    ),
    C.act(VACUUM, "Starte den Staubsauger", {"vacuum.staubsauger": "cleaning"}),
    C.act(
        VACUUM,
        "Saugroboter zurück zur Ladestation",
        {"vacuum.staubsauger": "returning"},
        {"vacuum.staubsauger": {"state": "cleaning"}},
    ),
    C.act(VACUUM, "Bitte staubsaugen", {"vacuum.staubsauger": "cleaning"}),
    C.act(
        TODO,
        "Setz Eier auf die Einkaufsliste",
        {"todo.einkaufsliste": {"items": {"eier": "needs_action"}}},
    ),
    C.act(
        TODO,
        "Der Kaffee ist alle, setz ihn auf die Einkaufsliste",
        {"todo.einkaufsliste": {"items": {"kaffee": "needs_action"}}},
    ),
    C.act(
        TODO,
        "Füge Butter zur Einkaufsliste hinzu",
        {"todo.einkaufsliste": {"items": {"butter": "needs_action"}}},
    ),
    C.act(
        TODO,
        "Hake Brot auf der Einkaufsliste ab",
        {"todo.einkaufsliste": {"items": {"brot": "completed"}}},
    ),
    C.act(
        TODO,
        "Füge Fenster putzen zu meinen Aufgaben hinzu",
        {"todo.aufgaben": {"items": {"fenster putzen": "needs_action"}}},
    ),
    C.act(SCENE, "Aktiviere den Filmabend", {"scene.filmabend": {"state": CHANGED}}),
    C.act(SCENE, "Kinoabend starten", {"scene.filmabend": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "Mach das Flurlicht an und schließ die Haustür ab",
        {"light.flurlicht": "on", "lock.haustuer": "locked"},
        {"lock.haustuer": {"state": "unlocked"}},
    ),
    C.act(
        TWO_COMMANDS,
        "Schalte die Stehlampe und den Ventilator aus",
        {"light.stehlampe": "off", "fan.ventilator": "off"},
        {"light.stehlampe": ON, "fan.ventilator": ON},
    ),
    C.act(
        TWO_COMMANDS,
        "Öffne den Rollladen im Schlafzimmer und mach die Nachttischlampe an",
        {"cover.rollladen_schlafzimmer": "open", "light.nachttischlampe": "on"},
    ),
    C.act(DECOY, "Bewässere den Garten", {"valve.gartenbewaesserung": "open"}),
    C.act(DECOY, "Gartenlicht an", {"light.gartenlicht": "on"}),
    C.act(DECOY, "Schalte die Staubsauger Steckdose aus", {"switch.staubsauger_steckdose": "off"}),
    C.act(DECOY, "Pausiere das Wohnzimmer", {"media_player.wohnzimmer_player": "paused"}),
    C.act(
        DECOY,
        "Mach das Licht im Wohnzimmer aus",
        {"light.deckenlicht_wohnzimmer": "off", "light.stehlampe": "off"},
    ),
    C.which("Schließ die Tür ab", {"lock.haustuer": {"state": "unlocked"}}),
    C.which("Mach das Licht aus", {"light.nachttischlampe": ON}),
    C.which("Mach die Lampe an"),
    C.which(
        "Fahr den Rollladen runter",
        {"cover.rollladen_schlafzimmer": {"state": "open", "current_position": 100}},
    ),
    C.which("Setz Salz auf die Liste"),
    C.which("Schalte es aus"),
    C.which("Stell das Schlafzimmer auf 50 Prozent"),
    C.ask("Wie warm ist es draußen?", ("-2.5", "minus 2.5"), ("°C", "Grad")),
    C.ask("Wie hoch ist die Luftfeuchtigkeit im Bad?", "71", ("%", "Prozent")),
    C.ask("Welche Temperatur hat das Kinderzimmer?", "20.5", ("°C", "Grad")),
    C.ask(
        "Ist die Haustür abgeschlossen?",
        ("ja", "verriegelt", "abgeschlossen"),
        no=("nein", "entriegelt"),
    ),
    C.ask("Ist das Badfenster offen?", ("ja", "offen", "geöffnet"), no=("nein", "geschlossen")),
    C.ask("Wie voll ist die Batterie der Haustür?", "27", ("%", "Prozent")),
    C.ask("Ist die Kaffeemaschine an?", ("nein", "aus", "ausgeschaltet"), no=("ja",)),
    C.ask("Ist die Kellertür verriegelt?", ("nein", "entriegelt", "aufgeschlossen"), no=("ja",)),
    C.ask("Gibt es Bewegung im Flur?", ("ja", "erkannt"), no=("nein",)),
    C.ask(
        "Ist der Rollladen im Wohnzimmer offen?",
        ("ja", "offen", "geöffnet"),
        no=("nein", "geschlossen"),
    ),
    C.ask("Auf wie viel Grad ist die Badheizung eingestellt?", "22", no=("21",)),
    C.ask("Was steht auf der Einkaufsliste?", "Milch", "Brot", "Käse"),
    C.timer("Stell einen Timer auf 5 Minuten", 300),
    C.timer("Timer für 15 Minuten", 900),
    C.timer("Stelle einen Timer für eine halbe Stunde", 1800),
)
