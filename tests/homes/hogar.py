"""El hogar de los Robles: una casa de dos plantas en español (nombres de España y de
Latinoamérica mezclados, como se habla en casa).

Dos cerraduras (puerta principal, puerta del patio), la luz del jardín junto al riego
del jardín, el robot aspirador junto a su enchufe, un portón del garaje sin posición
junto a la luz del garaje, unas luces de Navidad que son un enchufe, un altavoz en el
salón que suena y una tele apagada en el dormitorio.
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

HOGAR = Home(
    name="hogar",
    language="es",
    floors=(
        Floor("Planta baja", ("abajo", "planta de abajo"), 0),
        Floor("Primer piso", ("arriba", "planta de arriba", "planta alta"), 1),
    ),
    areas=(
        Area("Salón", ("sala", "sala de estar", "living"), "Planta baja"),
        Area("Cocina", (), "Planta baja"),
        Area("Entrada", ("recibidor", "hall"), "Planta baja"),
        Area("Garaje", ("cochera",), "Planta baja"),
        Area("Dormitorio principal", ("recámara", "habitación principal"), "Primer piso"),
        Area("Cuarto de los niños", ("habitación de los niños",), "Primer piso"),
        Area("Despacho", ("oficina", "estudio"), "Primer piso"),
        Area("Baño", (), "Primer piso"),
        Area("Jardín", ("patio", "afuera")),
    ),
    devices=(
        light("plafon_salon", "Plafón del salón", "Salón", "luz del techo", on=True),
        light("lampara_pie", "Lámpara de pie", "Salón", "lámpara del sofá", kind="color"),
        light("luz_cocina", "Luz de la cocina", "Cocina", "foco de la cocina"),
        light("luz_entrada", "Luz de la entrada", "Entrada", kind="onoff", on=True),
        light(
            "lampara_mesita",
            "Lámpara de la mesita",
            "Dormitorio principal",
            "velador",
            "lámpara de noche",
            kind="color",
        ),
        light(
            "quitamiedos",
            "Luz quitamiedos",
            "Cuarto de los niños",
            "quitamiedos",
            kind="color",
            brightness=50,
        ),
        light("flexo", "Flexo", "Despacho", "lámpara del escritorio"),
        light("luz_espejo", "Luz del espejo", "Baño", kind="onoff"),
        light("luz_jardin", "Luz del jardín", "Jardín", "farolas", kind="onoff"),
        light("luz_garaje", "Luz del garaje", "Garaje", kind="onoff"),
        switch("cafetera", "Cafetera", "Cocina", "máquina de café"),
        switch(
            "enchufe_robot", "Enchufe del robot", "Entrada", "enchufe de la aspiradora", on=True
        ),
        switch("toallero", "Toallero", "Baño", "toallero eléctrico", plug=False),
        switch("luces_navidad", "Luces de Navidad", "Salón", "arbolito"),
        lock("puerta_principal", "Puerta principal", "Entrada", "puerta de la calle", locked=False),
        lock("puerta_patio", "Puerta del patio", "Cocina", "puerta de atrás"),
        binary("ventana_cocina", "Ventana de la cocina", "Cocina", "window", on=True),
        binary("movimiento_entrada", "Sensor de movimiento", "Entrada", "motion", on=False),
        binary("ventanal_salon", "Ventanal del salón", "Salón", "door", on=False),
        valve("riego", "Riego del jardín", "Jardín", "riego", "aspersores"),
        vacuum("robot", "Robot aspirador", "Salón", "aspiradora", "robotito"),
        media("altavoz_salon", "Altavoz del salón", "Salón", "bocina", "parlante"),
        media(
            "tele_dormitorio",
            "Tele del dormitorio",
            "Dormitorio principal",
            "televisión",
            state="off",
            tv=True,
        ),
        todo("compra", "Lista de la compra", "leche", "pan", "tomates"),
        todo("tareas", "Tareas", "sacar la basura", done=("tender la ropa",)),
        fan("ventilador", "Ventilador", "Dormitorio principal", "abanico"),
        climate(
            "aire",
            "Aire acondicionado",
            "Salón",
            "aire",
            "clima",
            "termostato",
            target=23.0,
            current=25.5,
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
        cover("estor_despacho", "Estor del despacho", "Despacho", "cortina del despacho"),
        cover(
            "porton_garaje",
            "Portón del garaje",
            "Garaje",
            "puerta del garaje",
            device_class="garage",
            position=None,
        ),
        sensor("temperatura_exterior", "Temperatura exterior", "Jardín", 14.5, "°C", "temperature"),
        sensor("humedad_bano", "Humedad del baño", "Baño", 71, "%", "humidity"),
        sensor(
            "temperatura_ninos",
            "Temperatura del cuarto de los niños",
            "Cuarto de los niños",
            21.5,
            "°C",
            "temperature",
        ),
        sensor("bateria_cerradura", "Batería de la cerradura", "Entrada", 23, "%", "battery"),
        scene("noche_peli", "Noche de peli", "modo cine"),
    ),
)
