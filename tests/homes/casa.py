"""Casa dei Girasoli: una casa italiana su due piani (Italian names).

Due serrature (porta d'ingresso, porta del garage), la luce del giardino accanto
all'irrigazione del giardino, il robot aspirapolvere accanto alla sua presa, un cancello
senza posizione, una cassa in soggiorno che suona e una TV spenta in camera.
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

CASA = Home(
    name="casa",
    language="it",
    floors=(
        Floor("Piano terra", ("pianterreno", "di sotto"), 0),
        Floor("Primo piano", ("piano di sopra", "di sopra"), 1),
    ),
    areas=(
        Area("Soggiorno", ("salotto", "sala"), "Piano terra"),
        Area("Cucina", (), "Piano terra"),
        Area("Ingresso", ("entrata",), "Piano terra"),
        Area("Garage", (), "Piano terra"),
        Area("Camera da letto", ("camera", "camera matrimoniale"), "Primo piano"),
        Area("Cameretta", ("camera dei bambini",), "Primo piano"),
        Area("Studio", (), "Primo piano"),
        Area("Bagno", (), "Primo piano"),
        Area("Giardino", ("esterno",)),
    ),
    devices=(
        light("lampadario_soggiorno", "Lampadario del soggiorno", "Soggiorno", on=True),
        light("piantana", "Piantana", "Soggiorno", "lampada a stelo", kind="color"),
        light("luce_cucina", "Luce cucina", "Cucina", "plafoniera della cucina"),
        light("luce_ingresso", "Luce dell'ingresso", "Ingresso", kind="onoff", on=True),
        light("abatjour", "Abat-jour", "Camera da letto", "lampada sul comodino", kind="color"),
        light("lucina_cameretta", "Lucina notturna", "Cameretta", kind="color", brightness=50),
        light("lampada_scrivania", "Lampada della scrivania", "Studio"),
        light("specchio_bagno", "Luce dello specchio", "Bagno", kind="onoff"),
        light("luce_giardino", "Luce del giardino", "Giardino", "faretti esterni", kind="onoff"),
        switch("macchina_caffe", "Macchina del caffè", "Cucina", "macchinetta", "caffettiera"),
        switch("presa_robot", "Presa del robot", "Ingresso", on=True),
        switch("scaldasalviette", "Scaldasalviette", "Bagno"),
        lock("porta_ingresso", "Porta d'ingresso", "Ingresso", "portone", locked=False),
        lock("porta_garage", "Porta del garage", "Garage", "serratura del garage"),
        binary("finestra_cucina", "Finestra della cucina", "Cucina", "window", on=True),
        binary("movimento_ingresso", "Sensore di movimento", "Ingresso", "motion", on=False),
        binary("portafinestra", "Portafinestra", "Soggiorno", "door", on=False),
        valve("irrigazione", "Irrigazione del giardino", "Giardino", "irrigazione", "irrigatori"),
        vacuum("robot", "Robot aspirapolvere", "Soggiorno", "aspirapolvere", "robottino"),
        media("cassa_soggiorno", "Cassa del soggiorno", "Soggiorno", "altoparlante", "cassa"),
        media(
            "tv_camera", "TV della camera", "Camera da letto", "televisore", state="off", tv=True
        ),
        todo("spesa", "Lista della spesa", "latte", "pane", "pomodori"),
        todo("faccende", "Faccende", "portare fuori la spazzatura", done=("stendere il bucato",)),
        fan("ventilatore", "Ventilatore", "Camera da letto"),
        climate(
            "termostato", "Termostato", "Soggiorno", "riscaldamento", target=20.0, current=19.5
        ),
        cover(
            "tapparella_soggiorno",
            "Tapparella del soggiorno",
            "Soggiorno",
            device_class="shutter",
            position=100,
        ),
        cover(
            "tapparella_camera",
            "Tapparella della camera",
            "Camera da letto",
            device_class="shutter",
        ),
        cover(
            "cancello",
            "Cancello",
            "Giardino",
            "cancello automatico",
            device_class="gate",
            position=None,
        ),
        sensor("temperatura_esterna", "Temperatura esterna", "Giardino", 11.5, "°C", "temperature"),
        sensor("umidita_bagno", "Umidità del bagno", "Bagno", 68, "%", "humidity"),
        sensor(
            "temperatura_cameretta",
            "Temperatura cameretta",
            "Cameretta",
            22.5,
            "°C",
            "temperature",
        ),
        sensor("batteria_serratura", "Batteria della serratura", "Ingresso", 18, "%", "battery"),
        scene("serata_film", "Serata film", "modalità cinema"),
    ),
)
