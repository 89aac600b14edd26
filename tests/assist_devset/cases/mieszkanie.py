"""Mieszkanie Nowaków (polski): prośby, jakie mówi się asystentowi głosowemu, z odmianą
(włącz lampę, zgaś żyrandol, odeślij robota sprzątającego), na ty i grzecznie ("proszę
wyłączyć", "możesz...?"), kilka bez polskich znaków, tak jak się pisze na telefonie.
Nazwy, które pasują do dwóch urządzeń, wymagają pytania; uwagi o urządzeniach niczego
nie zmieniają."""

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

C = CaseWriter("mieszkanie", "pl")
ON = {"state": "on"}
OPEN = {"state": "open", "current_position": 100}
CLOSED = {"state": "closed", "current_position": 0}
PLAYING = {"state": "playing"}
UNLOCKED = {"state": "unlocked"}
CLEANING = {"state": "cleaning"}
DEGREES = ("°C", "stopni", "stopnie", "stopnia")
PERCENT = ("%", "procent", "procenty")

CASES = (
    # Włączanie i wyłączanie: odmiana, grzecznie i potocznie, bez polskich znaków.
    C.act(ON_OFF, "Włącz lampę stojącą", {"light.lampa_stojaca": "on"}),
    C.act(ON_OFF, "zgaś żyrandol", {"light.lampa_salon": "off"}),
    C.act(
        ON_OFF,
        "Proszę wyłączyć światło w przedpokoju",
        {"light.swiatlo_przedpokoj": "off"},
        {"light.swiatlo_przedpokoj": ON},
    ),
    C.act(ON_OFF, "możesz zapalić światło w łazience?", {"light.swiatlo_lazienka": "on"}),
    C.act(ON_OFF, "Włącz czajnik, proszę", {"switch.czajnik": "on"}),
    C.act(ON_OFF, "wylacz pralke", {"switch.pralka": "off"}),
    C.act(ON_OFF, "Włącz wiatrak w sypialni", {"fan.wentylator_sypialnia": "on"}),
    C.act(
        ON_OFF,
        "wyłącz wyciąg w łazience",
        {"fan.wentylator_lazienka": "off"},
        {"fan.wentylator_lazienka": ON},
    ),
    C.act(ON_OFF, "Włącz telewizor", {"media_player.telewizor": "on"}),
    C.act(ON_OFF, "zapal lampke nocna w pokoju dzieciecym", {"light.lampka_nocna_dzieci": "on"}),
    C.act(
        ON_OFF,
        "Zgaś wszystkie światła w sypialni",
        {"light.lampa_sypialnia": "off", "light.lampka_nocna_sypialnia": "off"},
        {"light.lampa_sypialnia": ON, "light.lampka_nocna_sypialnia": ON},
    ),
    C.act(ON_OFF, "Wyłącz ogrzewanie", {"climate.ogrzewanie": "off"}),
    # Jasność.
    C.act(
        BRIGHTNESS,
        "Przyciemnij żyrandol do 40 procent",
        {"light.lampa_salon": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(
        BRIGHTNESS,
        "ustaw światło w kuchni na 30%",
        {"light.swiatlo_kuchnia": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "jasność lampy stojącej na 70 procent",
        {"light.lampa_stojaca": {"state": "on", "brightness_pct": 70}},
    ),
    C.act(
        BRIGHTNESS,
        "Ściemnij lampkę nocną w pokoju dziecięcym do 10%",
        {"light.lampka_nocna_dzieci": {"state": "on", "brightness_pct": 10}},
        {"light.lampka_nocna_dzieci": ON},
    ),
    # Kolory.
    C.act(
        COLOR,
        "Zmień kolor lampy stojącej na czerwony",
        {"light.lampa_stojaca": {"state": "on", "color": "red"}},
    ),
    C.act(
        COLOR,
        "ustaw lampkę nocną w sypialni na niebiesko",
        {"light.lampka_nocna_sypialnia": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "lampa przy kanapie na zielono",
        {"light.lampa_stojaca": {"state": "on", "color": "green"}},
    ),
    # Ogrzewanie.
    C.act(CLIMATE, "Ustaw ogrzewanie na 22 stopnie", {"climate.ogrzewanie": {"temperature": 22}}),
    C.act(
        CLIMATE,
        "podkręć kaloryfer w salonie do 23 stopni",
        {"climate.ogrzewanie": {"temperature": 23}},
    ),
    C.act(CLIMATE, "termostat na 19,5 stopnia", {"climate.ogrzewanie": {"temperature": 19.5}}),
    # Rolety, zasłony, brama, podlewanie.
    C.act(POSITION, "Zamknij rolety w salonie", {"cover.rolety_salon": CLOSED}),
    C.act(POSITION, "podnieś roletę w pokoju dziecięcym", {"cover.roleta_dzieci": OPEN}),
    C.act(
        POSITION,
        "Opuść rolety w salonie do połowy",
        {"cover.rolety_salon": {"current_position": 50}},
    ),
    C.act(
        POSITION,
        "otwórz roletę w pokoju dziecięcym na 30 procent",
        {"cover.roleta_dzieci": {"current_position": 30}},
    ),
    C.act(POSITION, "Rozsuń zasłony", {"cover.zaslony": OPEN}),
    C.act(POSITION, "Otwórz bramę garażową", {"cover.brama": "open"}),
    C.act(POSITION, "włącz podlewanie balkonu", {"valve.podlewanie": "open"}),
    C.act(
        POSITION,
        "Zakręć nawadnianie",
        {"valve.podlewanie": "closed"},
        {"valve.podlewanie": {"state": "open"}},
    ),
    # Telewizor i muzyka.
    C.act(MEDIA, "Wstrzymaj muzykę", {"media_player.glosnik": "paused"}),
    C.act(
        MEDIA,
        "wznów radio",
        {"media_player.glosnik": "playing"},
        {"media_player.glosnik": {"state": "paused"}},
    ),
    C.act(
        MEDIA,
        "Następny utwór",
        {"media_player.glosnik": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(MEDIA, "podgłośnij radio", {"media_player.glosnik": {"volume_pct": 50}}),
    C.act(MEDIA, "Ścisz głośnik w kuchni", {"media_player.glosnik": {"volume_pct": 30}}),
    C.act(
        MEDIA,
        "ustaw głośność telewizora na 15 procent",
        {"media_player.telewizor": {"volume_pct": 15}},
        {"media_player.telewizor": PLAYING},
    ),
    # Odkurzacz.
    C.act(VACUUM, "Włącz odkurzacz", {"vacuum.odkurzacz": "cleaning"}),
    C.act(VACUUM, "odkurz mieszkanie", {"vacuum.odkurzacz": "cleaning"}),
    C.act(
        VACUUM,
        "Odeślij robota sprzątającego do stacji",
        {"vacuum.odkurzacz": "returning"},
        {"vacuum.odkurzacz": CLEANING},
    ),
    # Listy.
    C.act(
        TODO,
        "dodaj ser do listy zakupow",
        {"todo.zakupy": {"items": {"ser": "needs_action"}}},
    ),
    C.act(
        TODO,
        "Skończył się cukier, dopisz go do listy zakupów",
        {"todo.zakupy": {"items": {"cukier": "needs_action"}}},
    ),
    C.act(
        TODO,
        "Dopisz do zadań domowych wymienić żarówkę",
        {"todo.zadania": {"items": {"wymienić żarówkę": "needs_action"}}},
    ),
    C.act(
        TODO,
        "odhacz chleb na liście zakupów",
        {"todo.zakupy": {"items": {"chleb": "completed"}}},
    ),
    # Zamki.
    C.act(
        LOCK,
        "Zamknij drzwi wejściowe na klucz",
        {"lock.zamek_drzwi": "locked"},
        {"lock.zamek_drzwi": UNLOCKED},
    ),
    C.act(LOCK, "odblokuj drzwi wejściowe", {"lock.zamek_drzwi": "unlocked"}),
    C.act(LOCK, "Zamknij piwnicę na klucz", {"lock.komorka": "locked"}),
    # Sceny.
    C.act(SCENE, "Włącz scenę wieczór filmowy", {"scene.wieczor_filmowy": {"state": CHANGED}}),
    C.act(SCENE, "aktywuj tryb nocny", {"scene.dobranoc": {"state": CHANGED}}),
    # Dwa polecenia w jednym zdaniu.
    C.act(
        TWO_COMMANDS,
        "Zgaś światło w przedpokoju i zamknij drzwi wejściowe na klucz",
        {"light.swiatlo_przedpokoj": "off", "lock.zamek_drzwi": "locked"},
        {"light.swiatlo_przedpokoj": ON, "lock.zamek_drzwi": UNLOCKED},
    ),
    C.act(
        TWO_COMMANDS,
        "włącz czajnik i ekspres do kawy",
        {"switch.czajnik": "on", "switch.ekspres": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "Opuść rolety w salonie i zapal lampę stojącą",
        {"cover.rolety_salon": CLOSED, "light.lampa_stojaca": "on"},
    ),
    # Pułapki: podobna nazwa w innym urządzeniu (lub pokoju) zostaje nietknięta.
    C.act(DECOY, "Podlej kwiaty na balkonie", {"valve.podlewanie": "open"}),
    C.act(DECOY, "włącz lampki na balkonie", {"light.lampki_balkon": "on"}),
    C.act(
        DECOY,
        "Zgaś światło w kuchni",
        {"light.swiatlo_kuchnia": "off"},
        {"light.swiatlo_blat": ON},
    ),
    # Uwagi i rozmowa o urządzeniach: nic nie może się zmienić.
    C.still("Lampa w salonie jest bardzo ładna"),
    C.still("sąsiedzi wczoraj puszczali telewizor strasznie głośno"),
    C.still("Odkurzacz znowu utknął pod kanapą"),
    C.still("muszę kupić nową żarówkę do lampki nocnej"),
    C.still("Czajnik strasznie hałasuje, chyba trzeba go odkamienić"),
    C.still("zasłony w sypialni są za krótkie"),
    C.still(
        "Nie wyłączaj światła w przedpokoju, mały boi się ciemności",
        {"light.swiatlo_przedpokoj": ON},
    ),
    C.still("Ale dzisiaj zimno na balkonie"),
    # Niejednoznaczne: nic nie może się zmienić; trzeba zapytać, które.
    C.which("Włącz lampkę nocną"),
    C.which("zamknij drzwi na klucz", {"lock.zamek_drzwi": UNLOCKED}),
    C.which("Zapal lampę"),
    C.which("włącz wentylator"),
    C.which("Podnieś roletę", {"cover.rolety_salon": {"current_position": 0}}),
    C.which("dodaj baterie do listy"),
    C.which("Zgaś to"),
    # Pytania o stan ze znaną odpowiedzią.
    C.ask("Jaka jest temperatura na zewnątrz?", ("8.5", "8,5"), DEGREES),
    C.ask("Ile stopni jest w pokoju dziecięcym?", ("22.5", "22,5"), DEGREES),
    C.ask("Jaka jest wilgotność w łazience?", "64", PERCENT),
    C.ask("jaka wilgotnosc w sypialni", "47", PERCENT),
    C.ask(
        "Czy drzwi wejściowe są zamknięte na klucz?",
        ("tak", "zamknięte", "zamknięty", "zablokowane", "zablokowany"),
        no=("nie", "odblokowane", "odblokowany"),
    ),
    C.ask(
        "Czy drzwi wejściowe są otwarte?",
        ("nie", "zamknięte"),
        no=("tak", "otwarte"),
    ),
    C.ask(
        "Czy piwnica jest zamknięta na klucz?",
        ("nie", "otwarta", "otwarty", "odblokowana", "odblokowany", "odblokowane"),
        no=("tak",),
    ),
    C.ask(
        "czy okno w kuchni jest otwarte?",
        ("tak", "otwarte"),
        no=("nie", "zamknięte"),
    ),
    C.ask("Jaki jest poziom baterii zamka?", "35", PERCENT),
    C.ask("Ile procent baterii ma odkurzacz?", "90", PERCENT),
    C.ask("Czy czajnik jest włączony?", ("nie", "wyłączony"), no=("tak",)),
    C.ask(
        "Na ile stopni jest ustawione ogrzewanie?",
        ("21", "21,0"),
        no=("20.5",),
    ),
    C.ask(
        "Czy rolety w salonie są otwarte?",
        ("tak", "otwarte"),
        no=("nie", "zamknięte"),
    ),
    C.ask("Co jest na liście zakupów?", "mleko", "chleb", "jajka", no=("masło",)),
    # Minutniki (na głośniku, do którego się mówi).
    C.timer("Nastaw minutnik na 10 minut", 600),
    C.timer("ustaw timer na pół godziny", 1800),
    C.timer("minutnik na 3 minuty, gotuję jajka", 180),
)
