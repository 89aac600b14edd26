"""El departamento de los Ortega: un piso de una planta en español (palabras de España y
de Latinoamérica mezcladas: recámara, bocina, chapa, abanico, minisplit).

Nombres que comparten palabras y tipos que se repiten de cuarto en cuarto: cuatro
lámparas (de pie, de lectura y dos "Lámpara de noche" con el mismo nombre, una en cada
dormitorio), la luz de la cocina junto a la tira LED de la cocina, dos teles y dos
altavoces en cuartos distintos, dos enchufes, el aire acondicionado aparte del sensor de
temperatura del dormitorio, persianas, cortina y toldo en cuartos distintos, la
cerradura de la puerta principal junto al sensor de la puerta principal, la luz del
balcón junto al riego del balcón, y dos listas.
"""

from __future__ import annotations

from .model import (
    Area,
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

DEPARTAMENTO = Home(
    name="departamento",
    language="es",
    floors=(),
    areas=(
        Area("Sala", ("salón", "living", "sala de estar")),
        Area("Cocina", ()),
        Area("Entrada", ("recibidor",)),
        Area(
            "Dormitorio principal",
            ("recámara", "cuarto principal", "habitación principal", "mi cuarto"),
        ),
        Area(
            "Dormitorio de invitados",
            ("cuarto de invitados", "habitación de invitados", "recámara de visitas"),
        ),
        Area("Baño", ()),
        Area("Lavadero", ("cuarto de lavado",)),
        Area("Balcón", ("terraza",)),
    ),
    devices=(
        light("luz_sala", "Luz de la sala", "Sala", "plafón de la sala", on=True),
        light("lampara_pie", "Lámpara de pie", "Sala", "lámpara del sillón", kind="color"),
        light("luz_cocina", "Luz de la cocina", "Cocina", "foco de la cocina"),
        light(
            "tira_led_cocina",
            "Tira LED de la cocina",
            "Cocina",
            "tira de luces",
            kind="color",
        ),
        light("plafon_dormitorio", "Plafón del dormitorio", "Dormitorio principal"),
        light("lampara_lectura", "Lámpara de lectura", "Dormitorio principal"),
        light(
            "lampara_noche_principal",
            "Lámpara de noche",
            "Dormitorio principal",
            kind="color",
            brightness=80,
        ),
        light(
            "lampara_noche_invitados",
            "Lámpara de noche",
            "Dormitorio de invitados",
            brightness=80,
        ),
        light("luz_bano", "Luz del baño", "Baño", kind="onoff"),
        light("luz_balcon", "Luz del balcón", "Balcón", kind="onoff"),
        switch("enchufe_lavadora", "Enchufe de la lavadora", "Lavadero", on=True),
        switch("enchufe_cafetera", "Enchufe de la cafetera", "Cocina", "cafetera"),
        lock(
            "cerradura",
            "Cerradura de la puerta principal",
            "Entrada",
            "chapa",
            "cerradura",
        ),
        binary("puerta_principal", "Puerta principal", "Entrada", "door", on=False),
        binary(
            "ventana_invitados",
            "Ventana de invitados",
            "Dormitorio de invitados",
            "window",
            on=True,
        ),
        binary("fuga_lavadero", "Sensor de fugas", "Lavadero", "moisture", on=False),
        valve("riego_balcon", "Riego del balcón", "Balcón", "riego de las plantas", "goteo"),
        vacuum("robot", "Robot aspirador", "Sala", "aspiradora", "roomba"),
        media(
            "tele_sala",
            "Tele de la sala",
            "Sala",
            "televisión de la sala",
            tv=True,
            volume=0.35,
        ),
        media(
            "tele_dormitorio",
            "Tele del dormitorio",
            "Dormitorio principal",
            "tele de la recámara",
            state="off",
            tv=True,
        ),
        media("bocina_cocina", "Bocina de la cocina", "Cocina", "altavoz de la cocina"),
        media("altavoz_bano", "Altavoz del baño", "Baño", state="paused", volume=0.5),
        fan("ventilador", "Ventilador", "Dormitorio principal", "abanico", "ventilador de techo"),
        climate(
            "aire",
            "Aire acondicionado",
            "Sala",
            "aire",
            "clima",
            "minisplit",
            "termostato",
            target=22.0,
            current=24.5,
        ),
        cover("persiana_sala", "Persiana de la sala", "Sala", position=100),
        cover(
            "persiana_invitados",
            "Persiana de invitados",
            "Dormitorio de invitados",
            "persiana del cuarto de invitados",
        ),
        cover(
            "cortina_dormitorio",
            "Cortina del dormitorio",
            "Dormitorio principal",
            device_class="curtain",
        ),
        cover("toldo_balcon", "Toldo del balcón", "Balcón", "toldo", device_class="awning"),
        sensor(
            "temperatura_dormitorio",
            "Temperatura del dormitorio",
            "Dormitorio principal",
            22.5,
            "°C",
            "temperature",
        ),
        sensor("temperatura_exterior", "Temperatura exterior", "Balcón", 17.5, "°C", "temperature"),
        sensor("humedad_bano", "Humedad del baño", "Baño", 68, "%", "humidity"),
        sensor("bateria_robot", "Batería del robot", "Sala", 80, "%", "battery"),
        sensor("bateria_cerradura", "Batería de la cerradura", "Entrada", 15, "%", "battery"),
        sensor("consumo_lavadora", "Consumo de la lavadora", "Lavadero", 450, "W", "power"),
        todo("compra", "Lista de la compra", "leche", "huevos", "tortillas", done=("café",)),
        todo(
            "pendientes",
            "Lista de pendientes",
            "pagar la luz",
            "llamar al casero",
            done=("regar las plantas",),
        ),
        scene("modo_pelicula", "Modo película", "modo cine"),
        scene("buenas_noches", "Buenas noches", "a dormir"),
    ),
)
