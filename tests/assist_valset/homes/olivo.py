"""Casa del Olivo: un chalet español de dos plantas con patio y piscina (Spanish).

Decoys: la luz de la terraza al lado del riego de la terraza y del toldo, la Roomba al
lado de su enchufe, la luz de la piscina al lado de la depuradora. Dos cerraduras, dos
ventiladores y dos climatizadores, para que algunas peticiones tengan que preguntar.
"""

from __future__ import annotations

from tests.homes.model import (
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

OLIVO = Home(
    name="olivo",
    language="es",
    floors=(
        Floor("Planta baja", ("abajo",), 0),
        Floor("Planta alta", ("arriba", "primera planta"), 1),
    ),
    areas=(
        Area("Salón", ("sala de estar",), "Planta baja"),
        Area("Cocina", (), "Planta baja"),
        Area("Comedor", (), "Planta baja"),
        Area("Recibidor", ("entrada",), "Planta baja"),
        Area("Dormitorio principal", ("nuestro cuarto",), "Planta alta"),
        Area("Habitación de Pablo", ("cuarto del niño",), "Planta alta"),
        Area("Despacho", (), "Planta alta"),
        Area("Baño", (), "Planta alta"),
        Area("Terraza", (), "Planta alta"),
        Area("Patio", ("piscina",)),
    ),
    devices=(
        light("lampara_pie", "Lámpara de pie", "Salón", kind="color", on=True, brightness=180),
        light("plafon_salon", "Plafón del salón", "Salón", on=True),
        light("focos_cocina", "Focos de la cocina", "Cocina"),
        light("lampara_comedor", "Lámpara del comedor", "Comedor", on=True),
        light("luz_recibidor", "Luz del recibidor", "Recibidor", kind="onoff"),
        light("lampara_mesilla", "Lámpara de la mesilla", "Dormitorio principal", kind="color"),
        light("quitamiedos", "Luz quitamiedos", "Habitación de Pablo", kind="color", brightness=50),
        light("flexo", "Flexo", "Despacho"),
        light("luz_terraza", "Luz de la terraza", "Terraza", "farolillos", kind="onoff"),
        light("luz_piscina", "Luz de la piscina", "Patio", kind="color"),
        switch("cafetera", "Cafetera", "Cocina"),
        switch("enchufe_roomba", "Enchufe de la Roomba", "Recibidor", on=True),
        switch("depuradora", "Depuradora", "Patio", "bomba de la piscina"),
        switch("calentador", "Calentador", "Baño", "termo"),
        lock("puerta_principal", "Puerta principal", "Recibidor", "puerta de la calle"),
        lock("puerta_patio", "Puerta del patio", "Patio", locked=False),
        binary("ventana_bano", "Ventana del baño", "Baño", "window", on=True),
        binary("movimiento_recibidor", "Movimiento recibidor", "Recibidor", "motion", on=True),
        binary("puerta_cocina", "Puerta de la cocina", "Cocina", "door", on=False),
        valve("riego_terraza", "Riego de la terraza", "Terraza", "riego", "goteo"),
        vacuum("roomba", "Roomba", "Salón", "robot aspirador"),
        media(
            "altavoz_salon",
            "Altavoz del salón",
            "Salón",
            "Sonos",
            state="playing",
            volume=0.4,
            tracks=("Mediterráneo", "Corazón partío", "Malamente", "Bulerías"),
        ),
        media("radio_cocina", "Radio de la cocina", "Cocina", state="paused", volume=0.5),
        media(
            "tele_dormitorio", "Tele del dormitorio", "Dormitorio principal", state="off", tv=True
        ),
        todo("lista_compra", "Lista de la compra", "leche", "huevos", "aceite"),
        todo("tareas", "Tareas", "llamar al fontanero", done=("regar las plantas",)),
        fan("ventilador_techo", "Ventilador de techo", "Dormitorio principal"),
        fan("ventilador_despacho", "Ventilador del despacho", "Despacho"),
        climate("aire", "Aire acondicionado", "Salón", "aire", target=23.0, current=25.5),
        climate(
            "radiador_bano", "Radiador del baño", "Baño", "toallero", target=22.0, current=20.0
        ),
        cover(
            "persiana_salon", "Persiana del salón", "Salón", device_class="shutter", position=100
        ),
        cover(
            "persiana_dormitorio",
            "Persiana del dormitorio",
            "Dormitorio principal",
            device_class="shutter",
        ),
        cover("toldo", "Toldo", "Terraza", device_class="awning"),
        cover("puerta_garaje", "Puerta del garaje", "Patio", device_class="garage", position=None),
        sensor("temp_exterior", "Temperatura exterior", "Terraza", 28.5, "°C", "temperature"),
        sensor("temp_despacho", "Temperatura del despacho", "Despacho", 23.5, "°C", "temperature"),
        sensor("humedad_bano", "Humedad del baño", "Baño", 66, "%", "humidity"),
        sensor("bateria_cerradura", "Batería de la cerradura", "Recibidor", 18, "%", "battery"),
        sensor("bateria_roomba", "Batería de la Roomba", "Salón", 45, "%", "battery"),
        scene("modo_cine", "Modo cine", "peli"),
        scene("buenas_noches", "Buenas noches"),
    ),
)
