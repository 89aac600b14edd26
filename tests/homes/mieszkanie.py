"""Mieszkanie Nowaków: mieszkanie w bloku w mieście, po polsku (Polish names).

Nazwy, które dzielą słowa, i rodzaje powtarzające się z pokoju do pokoju: dwie
"Lampka nocna" o tej samej nazwie (sypialnia i pokój dziecięcy), "Światło w kuchni" obok
"Światła nad blatem", trzy lampy i lampki w różnych pokojach, dwa wentylatory, dwie
rolety, zamek drzwi wejściowych obok czujnika "Drzwi wejściowe", zamek komórki lokatorskiej
w podziemiu, lampki na balkonie obok podlewania balkonu, telewizor i głośnik (zwany też
radiem), dwie listy.
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

MIESZKANIE = Home(
    name="mieszkanie",
    language="pl",
    floors=(
        Floor("Mieszkanie", ("trzecie piętro",), 3),
        Floor("Podziemie", ("poziom minus jeden",), -1),
    ),
    areas=(
        Area("Salon", ("pokój dzienny", "duży pokój"), "Mieszkanie"),
        Area("Kuchnia", (), "Mieszkanie"),
        Area("Sypialnia", ("nasza sypialnia",), "Mieszkanie"),
        Area("Pokój dziecięcy", ("pokój dzieci", "pokój Zosi"), "Mieszkanie"),
        Area("Łazienka", (), "Mieszkanie"),
        Area("Przedpokój", ("korytarz", "hol"), "Mieszkanie"),
        Area("Balkon", (), "Mieszkanie"),
        Area("Komórka lokatorska", (), "Podziemie"),
        Area("Garaż", ("garaż podziemny",), "Podziemie"),
    ),
    devices=(
        light("lampa_salon", "Lampa w salonie", "Salon", "żyrandol", on=True),
        light("lampa_stojaca", "Lampa stojąca", "Salon", "lampa przy kanapie", kind="color"),
        light("swiatlo_kuchnia", "Światło w kuchni", "Kuchnia", on=True, brightness=200),
        light("swiatlo_blat", "Światło nad blatem", "Kuchnia", "listwa LED", kind="onoff"),
        light("lampa_sypialnia", "Lampa w sypialni", "Sypialnia"),
        light("lampka_nocna_sypialnia", "Lampka nocna", "Sypialnia", kind="color", brightness=80),
        light("lampka_nocna_dzieci", "Lampka nocna", "Pokój dziecięcy", brightness=60),
        light("swiatlo_lazienka", "Światło w łazience", "Łazienka", kind="onoff"),
        light(
            "swiatlo_przedpokoj",
            "Światło w przedpokoju",
            "Przedpokój",
            "światło na korytarzu",
            kind="onoff",
        ),
        light("lampki_balkon", "Lampki na balkonie", "Balkon", "girlanda", kind="onoff"),
        switch("czajnik", "Czajnik", "Kuchnia", "czajnik elektryczny"),
        switch("ekspres", "Ekspres do kawy", "Kuchnia", "ekspres"),
        switch("pralka", "Pralka", "Łazienka", on=True),
        lock("zamek_drzwi", "Zamek drzwi wejściowych", "Przedpokój", "drzwi wejściowe", "zamek"),
        lock(
            "komorka",
            "Drzwi komórki",
            "Komórka lokatorska",
            "komórka",
            "piwnica",
            locked=False,
        ),
        binary("drzwi_wejsciowe", "Drzwi wejściowe", "Przedpokój", "door", on=False),
        binary("okno_kuchnia", "Okno w kuchni", "Kuchnia", "window", on=True),
        valve("podlewanie", "Podlewanie balkonu", "Balkon", "podlewanie kwiatów", "nawadnianie"),
        vacuum("odkurzacz", "Odkurzacz", "Salon", "robot sprzątający"),
        media("telewizor", "Telewizor", "Salon", "TV", state="off", tv=True, volume=0.2),
        media("glosnik", "Głośnik w kuchni", "Kuchnia", "radio", volume=0.4),
        todo("zakupy", "Lista zakupów", "mleko", "chleb", "jajka", done=("masło",)),
        todo(
            "zadania",
            "Zadania domowe",
            "wynieść śmieci",
            "zapłacić czynsz",
            done=("umyć okna",),
        ),
        fan("wentylator_sypialnia", "Wentylator w sypialni", "Sypialnia", "wiatrak"),
        fan("wentylator_lazienka", "Wentylator w łazience", "Łazienka", "wyciąg"),
        climate(
            "ogrzewanie",
            "Ogrzewanie",
            "Salon",
            "termostat",
            "kaloryfer",
            target=21.0,
            current=20.5,
        ),
        cover("rolety_salon", "Rolety w salonie", "Salon", position=100),
        cover("roleta_dzieci", "Roleta w pokoju dziecięcym", "Pokój dziecięcy"),
        cover("zaslony", "Zasłony", "Sypialnia", "zasłony w sypialni", device_class="curtain"),
        cover("brama", "Brama garażowa", "Garaż", "brama", device_class="garage", position=None),
        sensor(
            "temperatura_zewnatrz", "Temperatura na zewnątrz", "Balkon", 8.5, "°C", "temperature"
        ),
        sensor(
            "temperatura_dzieci",
            "Temperatura w pokoju dziecięcym",
            "Pokój dziecięcy",
            22.5,
            "°C",
            "temperature",
        ),
        sensor("wilgotnosc_lazienka", "Wilgotność w łazience", "Łazienka", 64, "%", "humidity"),
        sensor("wilgotnosc_sypialnia", "Wilgotność w sypialni", "Sypialnia", 47, "%", "humidity"),
        sensor("bateria_zamka", "Bateria zamka", "Przedpokój", 35, "%", "battery"),
        sensor("bateria_odkurzacza", "Bateria odkurzacza", "Salon", 90, "%", "battery"),
        scene("wieczor_filmowy", "Wieczór filmowy", "seans"),
        scene("dobranoc", "Dobranoc", "tryb nocny"),
    ),
)
