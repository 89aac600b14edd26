"""Casa dei Girasoli (italiano): richieste come si dicono a un assistente vocale."""

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

C = CaseWriter("casa", "it")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"current_position": 100}

CASES = (
    C.act(
        ON_OFF,
        "Accendi il lampadario del soggiorno",
        {"light.lampadario_soggiorno": "on"},
        {"light.lampadario_soggiorno": OFF},
    ),
    C.act(
        ON_OFF,
        "Spegni la luce della cucina",
        {"light.luce_cucina": "off"},
        {"light.luce_cucina": ON},
    ),
    C.act(
        ON_OFF,
        "accendimi la lampada della scrivania per favore",
        {"light.lampada_scrivania": "on"},
    ),
    C.act(ON_OFF, "Puoi spegnere la luce dell'ingresso?", {"light.luce_ingresso": "off"}),
    C.act(ON_OFF, "accendi la lucina notturna", {"light.lucina_cameretta": "on"}),
    C.act(ON_OFF, "mi accendi la macchinetta del caffè?", {"switch.macchina_caffe": "on"}),
    C.act(ON_OFF, "accendi il ventilatore", {"fan.ventilatore": "on"}),
    C.act(
        ON_OFF,
        "spegni tutte le luci del soggiorno",
        {"light.lampadario_soggiorno": "off", "light.piantana": "off"},
        {"light.piantana": ON},
    ),
    C.act(ON_OFF, "la luce del bagno accendila, grazie", {"light.specchio_bagno": "on"}),
    C.act(
        ON_OFF,
        "spegni tutte le luci del primo piano",
        {
            "light.abatjour": "off",
            "light.lucina_cameretta": "off",
            "light.lampada_scrivania": "off",
            "light.specchio_bagno": "off",
        },
        {"light.abatjour": ON, "light.lucina_cameretta": ON},
    ),
    C.act(LOCK, "chiudi a chiave la porta d'ingresso", {"lock.porta_ingresso": "locked"}),
    C.act(
        LOCK,
        "blocca la porta del garage",
        {"lock.porta_garage": "locked"},
        {"lock.porta_garage": {"state": "unlocked"}},
    ),
    C.act(LOCK, "sblocca la porta del garage", {"lock.porta_garage": "unlocked"}),
    C.act(
        BRIGHTNESS,
        "metti il lampadario del soggiorno al 40%",
        {"light.lampadario_soggiorno": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(
        BRIGHTNESS,
        "abbassa la lampada della scrivania al 20 per cento",
        {"light.lampada_scrivania": {"state": "on", "brightness_pct": 20}},
        {"light.lampada_scrivania": ON},
    ),
    C.act(
        BRIGHTNESS,
        "imposta la luminosità della piantana al 70%",
        {"light.piantana": {"state": "on", "brightness_pct": 70}},
    ),
    C.act(
        BRIGHTNESS,
        "alza la luce della cucina al massimo",
        {"light.luce_cucina": {"state": "on", "brightness_pct": 100}},
        {"light.luce_cucina": {"state": "on", "brightness": 100}},
    ),
    C.act(
        BRIGHTNESS,
        "porta la lucina notturna al 10 per cento",
        {"light.lucina_cameretta": {"state": "on", "brightness_pct": 10}},
    ),
    C.act(
        COLOR, "metti la piantana sul rosso", {"light.piantana": {"state": "on", "color": "red"}}
    ),
    C.act(
        COLOR,
        "cambia il colore dell'abat-jour in blu",
        {"light.abatjour": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "la lucina notturna verde, per piacere",
        {"light.lucina_cameretta": {"state": "on", "color": "green"}},
    ),
    C.act(
        CLIMATE, "metti il riscaldamento a 21 gradi", {"climate.termostato": {"temperature": 21}}
    ),
    C.act(CLIMATE, "imposta il termostato a 20,5", {"climate.termostato": {"temperature": 20.5}}),
    C.act(
        CLIMATE,
        "alza la temperatura del soggiorno a 22 gradi",
        {"climate.termostato": {"temperature": 22}},
    ),
    C.act(
        CLIMATE,
        "ho freddo, porta il riscaldamento a 23 gradi",
        {"climate.termostato": {"temperature": 23}},
    ),
    C.act(
        POSITION,
        "apri la tapparella della camera",
        {"cover.tapparella_camera": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION,
        "abbassa la tapparella del soggiorno",
        {"cover.tapparella_soggiorno": {"state": "closed"}},
    ),
    C.act(
        POSITION,
        "alza la tapparella del soggiorno a metà",
        {"cover.tapparella_soggiorno": {"current_position": 50}},
        {"cover.tapparella_soggiorno": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "metti la tapparella della camera al 30%",
        {"cover.tapparella_camera": {"current_position": 30}},
    ),
    C.act(POSITION, "apri l'irrigazione del giardino", {"valve.irrigazione": "open"}),
    C.act(
        POSITION,
        "chiudi gli irrigatori",
        {"valve.irrigazione": "closed"},
        {"valve.irrigazione": {"state": "open"}},
    ),
    C.act(MEDIA, "metti in pausa la musica", {"media_player.cassa_soggiorno": "paused"}),
    C.act(
        MEDIA,
        "riprendi la musica",
        {"media_player.cassa_soggiorno": "playing"},
        {"media_player.cassa_soggiorno": {"state": "paused"}},
    ),
    C.act(
        MEDIA,
        "prossima canzone",
        {"media_player.cassa_soggiorno": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "rimetti la canzone di prima",
        {"media_player.cassa_soggiorno": {"media_title": "Track 1"}},
    ),
    C.act(
        MEDIA,
        "alza il volume della cassa al 50%",
        {"media_player.cassa_soggiorno": {"volume_pct": 50}},
    ),
    C.act(
        MEDIA,
        "abbassa il volume dell'altoparlante al 15 per cento",
        {"media_player.cassa_soggiorno": {"volume_pct": 15}},
    ),
    C.act(
        MEDIA,
        "togli l'audio alla cassa del soggiorno",
        {"media_player.cassa_soggiorno": {"is_volume_muted": True}},
    ),
    C.act(VACUUM, "avvia il robot aspirapolvere", {"vacuum.robot": "cleaning"}),
    C.act(VACUUM, "passa l'aspirapolvere", {"vacuum.robot": "cleaning"}),
    C.act(
        VACUUM,
        "rimanda il robottino alla base",
        {"vacuum.robot": "returning"},
        {"vacuum.robot": {"state": "cleaning"}},
    ),
    C.act(
        TODO,
        "aggiungi le uova alla lista della spesa",
        {"todo.spesa": {"items": {"uova": "needs_action"}}},
    ),
    C.act(
        TODO,
        "è finita la farina, aggiungila alla lista della spesa",
        {"todo.spesa": {"items": {"farina": "needs_action"}}},
    ),
    C.act(
        TODO,
        "metti la mozzarella nella lista della spesa",
        {"todo.spesa": {"items": {"mozzarella": "needs_action"}}},
    ),
    C.act(
        TODO,
        "spunta il pane dalla lista della spesa",
        {"todo.spesa": {"items": {"pane": "completed"}}},
    ),
    C.act(
        TODO,
        "aggiungi pulire il frigo alle faccende",
        {"todo.faccende": {"items": {"pulire il frigo": "needs_action"}}},
    ),
    C.act(SCENE, "attiva la serata film", {"scene.serata_film": {"state": CHANGED}}),
    C.act(SCENE, "avvia la modalità cinema", {"scene.serata_film": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "accendi la lampada della scrivania e chiudi la tapparella della camera",
        {"light.lampada_scrivania": "on", "cover.tapparella_camera": "closed"},
        {"cover.tapparella_camera": OPEN},
    ),
    C.act(
        TWO_COMMANDS,
        "spegni la piantana e la TV della camera",
        {"light.piantana": "off", "media_player.tv_camera": "off"},
        {"light.piantana": ON, "media_player.tv_camera": {"state": "on"}},
    ),
    C.act(
        TWO_COMMANDS,
        "apri la tapparella del soggiorno e spegni il lampadario",
        {"cover.tapparella_soggiorno": "open", "light.lampadario_soggiorno": "off"},
        {"cover.tapparella_soggiorno": {"current_position": 0}},
    ),
    C.act(
        TWO_COMMANDS,
        "chiudi a chiave la porta d'ingresso e spegni la luce dell'ingresso",
        {"lock.porta_ingresso": "locked", "light.luce_ingresso": "off"},
    ),
    C.act(DECOY, "innaffia il giardino", {"valve.irrigazione": "open"}),
    C.act(DECOY, "accendi la luce del giardino", {"light.luce_giardino": "on"}),
    C.act(DECOY, "spegni la presa del robot", {"switch.presa_robot": "off"}),
    C.act(DECOY, "fai partire il robot", {"vacuum.robot": "cleaning"}),
    C.act(DECOY, "apri il cancello", {"cover.cancello": "open"}),
    C.act(DECOY, "accendi lo scaldasalviette", {"switch.scaldasalviette": "on"}),
    C.which("chiudi a chiave la porta", {"lock.porta_garage": {"state": "unlocked"}}),
    C.which("spegni la luce", {"light.piantana": ON, "light.lampada_scrivania": ON}),
    C.which("accendi la lampada"),
    C.which("abbassa la tapparella", {"cover.tapparella_camera": OPEN}),
    C.which("aggiungi sale alla lista"),
    C.which("spegnilo"),
    C.ask("Qual è la temperatura esterna?", "11.5", ("°C", "gradi")),
    C.ask("Che umidità c'è in bagno?", "68", ("%", "per cento")),
    C.ask("Quanti gradi ci sono nella cameretta?", "22.5", ("°C", "gradi")),
    C.ask("Che temperatura c'è in soggiorno?", "19.5", ("°C", "gradi")),
    C.ask(
        "La porta d'ingresso è chiusa a chiave?",
        ("no", "aperta", "sbloccata"),
        no=("sì",),
    ),
    C.ask(
        "La finestra della cucina è aperta?",
        ("sì", "aperta"),
        no=("no", "chiusa"),
    ),
    C.ask("Quanta batteria ha la serratura?", "18", ("%", "per cento")),
    C.ask("La tapparella del soggiorno è aperta?", ("sì", "aperta"), no=("no", "chiusa")),
    C.ask("La macchina del caffè è accesa?", ("no", "spenta"), no=("sì",)),
    C.ask(
        "C'è movimento all'ingresso?",
        ("no", "nessun", "nessuno", "niente", "libero", "assente"),
        no=("sì",),
    ),
    C.ask("A quanto è impostato il riscaldamento?", "20", no=("19.5",)),
    C.ask("Cosa c'è sulla lista della spesa?", "latte", "pane", "pomodori"),
    C.timer("imposta un timer di 5 minuti", 300),
    C.timer("timer 10 minuti", 600),
    C.timer("avvia un timer per mezz'ora", 1800),
    C.timer("mettimi un timer di 45 secondi", 45),
)
