"""El hogar de los Robles (español): peticiones como se le dicen a un asistente de voz,
con palabras de España y de Latinoamérica (prende, bocina, abanico, porfa...)."""

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

C = CaseWriter("hogar", "es")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"state": "open", "current_position": 100}

CASES = (
    C.act(
        ON_OFF,
        "Enciende el plafón del salón",
        {"light.plafon_salon": "on"},
        {"light.plafon_salon": OFF},
    ),
    C.act(
        ON_OFF,
        "Apaga la luz de la cocina",
        {"light.luz_cocina": "off"},
        {"light.luz_cocina": ON},
    ),
    C.act(ON_OFF, "prende la lámpara del escritorio porfa", {"light.flexo": "on"}),
    C.act(ON_OFF, "¿Me apagas la luz de la entrada?", {"light.luz_entrada": "off"}),
    C.act(ON_OFF, "enciende la luz quitamiedos, porfa", {"light.quitamiedos": "on"}),
    C.act(ON_OFF, "ponme la cafetera", {"switch.cafetera": "on"}),
    C.act(ON_OFF, "prende el abanico", {"fan.ventilador": "on"}),
    C.act(ON_OFF, "apaga el toallero", {"switch.toallero": "off"}, {"switch.toallero": ON}),
    C.act(ON_OFF, "la luz del espejo préndela, gracias", {"light.luz_espejo": "on"}),
    C.act(
        ON_OFF,
        "apaga todas las luces de arriba",
        {
            "light.lampara_mesita": "off",
            "light.quitamiedos": "off",
            "light.flexo": "off",
            "light.luz_espejo": "off",
        },
        {"light.lampara_mesita": ON, "light.quitamiedos": ON},
    ),
    C.act(
        ON_OFF, "¿Puede encender la tele del dormitorio?", {"media_player.tele_dormitorio": "on"}
    ),
    C.act(ON_OFF, "apágame el aire acondicionado", {"climate.aire": "off"}),
    C.act(LOCK, "cierra con llave la puerta principal", {"lock.puerta_principal": "locked"}),
    C.act(
        LOCK,
        "échale el cerrojo a la puerta del patio",
        {"lock.puerta_patio": "locked"},
        {"lock.puerta_patio": {"state": "unlocked"}},
    ),
    C.act(LOCK, "quítale el seguro a la puerta de atrás", {"lock.puerta_patio": "unlocked"}),
    C.act(
        BRIGHTNESS,
        "pon el plafón del salón al 40%",
        {"light.plafon_salon": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(
        BRIGHTNESS,
        "baja el flexo al 20 por ciento",
        {"light.flexo": {"state": "on", "brightness_pct": 20}},
        {"light.flexo": ON},
    ),
    C.act(
        BRIGHTNESS,
        "sube el brillo de la lámpara de pie al 70%",
        {"light.lampara_pie": {"state": "on", "brightness_pct": 70}},
    ),
    C.act(
        BRIGHTNESS,
        "la luz de la cocina a tope, porfa",
        {"light.luz_cocina": {"state": "on", "brightness_pct": 100}},
        {"light.luz_cocina": {"state": "on", "brightness": 100}},
    ),
    C.act(
        BRIGHTNESS,
        "bájale al quitamiedos al 10 por ciento",
        {"light.quitamiedos": {"state": "on", "brightness_pct": 10}},
        {"light.quitamiedos": ON},
    ),
    C.act(
        COLOR,
        "pon la lámpara de pie en rojo",
        {"light.lampara_pie": {"state": "on", "color": "red"}},
    ),
    C.act(
        COLOR,
        "cambia el velador a azul",
        {"light.lampara_mesita": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "la luz quitamiedos en verde, porfa",
        {"light.quitamiedos": {"state": "on", "color": "green"}},
    ),
    C.act(CLIMATE, "pon el aire a 22 grados", {"climate.aire": {"temperature": 22}}),
    C.act(CLIMATE, "ajusta el termostato a 23,5", {"climate.aire": {"temperature": 23.5}}),
    C.act(
        CLIMATE,
        "sube la temperatura del salón a 24 grados",
        {"climate.aire": {"temperature": 24}},
    ),
    C.act(
        CLIMATE,
        "qué calor hace, bájame el clima a 21",
        {"climate.aire": {"temperature": 21}},
    ),
    C.act(
        POSITION,
        "abre la persiana del dormitorio",
        {"cover.persiana_dormitorio": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION,
        "baja la persiana del salón",
        {"cover.persiana_salon": {"state": "closed"}},
    ),
    C.act(
        POSITION,
        "sube la persiana del salón hasta la mitad",
        {"cover.persiana_salon": {"current_position": 50}},
        {"cover.persiana_salon": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "pon la persiana del dormitorio al 30%",
        {"cover.persiana_dormitorio": {"current_position": 30}},
    ),
    C.act(POSITION, "abre el riego del jardín", {"valve.riego": "open"}),
    C.act(
        POSITION,
        "cierra los aspersores",
        {"valve.riego": "closed"},
        {"valve.riego": {"state": "open"}},
    ),
    C.act(
        MEDIA,
        "sigue con la música",
        {"media_player.altavoz_salon": "playing"},
        {"media_player.altavoz_salon": {"state": "paused"}},
    ),
    C.act(
        MEDIA,
        "vuelve a poner la canción anterior",
        {"media_player.altavoz_salon": {"media_title": "Track 1"}},
    ),
    C.act(
        MEDIA,
        "pon el volumen del altavoz al 50%",
        {"media_player.altavoz_salon": {"volume_pct": 50}},
    ),
    C.act(
        MEDIA, "bájale el volumen a la bocina", {"media_player.altavoz_salon": {"volume_pct": 20}}
    ),
    C.act(
        MEDIA,
        "sube un poco el volumen del altavoz del salón",
        {"media_player.altavoz_salon": {"volume_pct": 40}},
    ),
    C.act(VACUUM, "pon en marcha el robot aspirador", {"vacuum.robot": "cleaning"}),
    C.act(VACUUM, "pasa la aspiradora", {"vacuum.robot": "cleaning"}),
    C.act(
        VACUUM,
        "manda el robotito a la base",
        {"vacuum.robot": "returning"},
        {"vacuum.robot": {"state": "cleaning"}},
    ),
    C.act(
        TODO,
        "añade huevos a la lista de la compra",
        {"todo.compra": {"items": {"huevos": "needs_action"}}},
    ),
    C.act(
        TODO,
        "se acabó la harina, apúntala en la lista de la compra",
        {"todo.compra": {"items": {"harina": "needs_action"}}},
    ),
    C.act(
        TODO,
        "agrega aguacates a la lista de la compra",
        {"todo.compra": {"items": {"aguacates": "needs_action"}}},
    ),
    C.act(
        TODO,
        "tacha el pan de la lista de la compra",
        {"todo.compra": {"items": {"pan": "completed"}}},
    ),
    C.act(
        TODO,
        "añade llamar al fontanero a las tareas",
        {"todo.tareas": {"items": {"llamar al fontanero": "needs_action"}}},
    ),
    C.act(SCENE, "activa la noche de peli", {"scene.noche_peli": {"state": CHANGED}}),
    C.act(SCENE, "pon el modo cine", {"scene.noche_peli": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "enciende el flexo y cierra la persiana del dormitorio",
        {"light.flexo": "on", "cover.persiana_dormitorio": "closed"},
        {"cover.persiana_dormitorio": OPEN},
    ),
    C.act(
        TWO_COMMANDS,
        "apaga la lámpara de pie y la tele del dormitorio",
        {"light.lampara_pie": "off", "media_player.tele_dormitorio": "off"},
        {"light.lampara_pie": ON, "media_player.tele_dormitorio": {"state": "on"}},
    ),
    C.act(
        TWO_COMMANDS,
        "abre la persiana del salón y apaga el plafón",
        {"cover.persiana_salon": "open", "light.plafon_salon": "off"},
        {"cover.persiana_salon": {"current_position": 0}},
    ),
    C.act(
        TWO_COMMANDS,
        "cierra con llave la puerta principal y apaga la luz de la entrada",
        {"lock.puerta_principal": "locked", "light.luz_entrada": "off"},
    ),
    C.act(DECOY, "riega el jardín", {"valve.riego": "open"}),
    C.act(DECOY, "enciende la luz del jardín", {"light.luz_jardin": "on"}),
    C.act(DECOY, "apaga el enchufe del robot", {"switch.enchufe_robot": "off"}),
    C.act(DECOY, "pon a limpiar al robot", {"vacuum.robot": "cleaning"}),
    C.act(DECOY, "abre la puerta del garaje", {"cover.porton_garaje": "open"}),
    C.act(DECOY, "prende la luz del garaje", {"light.luz_garaje": "on"}),
    C.act(DECOY, "enciende las luces de Navidad", {"switch.luces_navidad": "on"}),
    C.which("cierra con llave la puerta", {"lock.puerta_patio": {"state": "unlocked"}}),
    C.which("apaga la luz", {"light.lampara_pie": ON, "light.flexo": ON}),
    C.which("baja la persiana", {"cover.persiana_dormitorio": OPEN}),
    C.which("añade sal a la lista"),
    C.ask("¿Cuál es la temperatura exterior?", "14.5", ("°C", "grados")),
    C.ask("¿Qué humedad hay en el baño?", "71", ("%", "por ciento")),
    C.ask("¿Cuántos grados hace en el cuarto de los niños?", "21.5", ("°C", "grados")),
    C.ask("¿Qué temperatura hace en el salón?", "25.5", ("°C", "grados")),
    C.ask(
        "¿La ventana de la cocina está abierta?",
        ("sí", "abierta"),
        no=("no", "cerrada"),
    ),
    C.ask("¿Cuánta batería le queda a la cerradura?", "23", ("%", "por ciento")),
    C.ask("¿Está abierta la persiana del salón?", ("sí", "abierta"), no=("no", "cerrada")),
    C.ask("¿Está prendida la cafetera?", ("no", "apagada"), no=("sí",)),
    C.ask(
        "¿Hay movimiento en la entrada?",
        ("no", "ningún", "ninguno", "nada", "despejado"),
        no=("sí",),
    ),
    C.ask("¿Qué hay en la lista de la compra?", "leche", "pan", "tomates"),
    C.ask("¿Qué me queda pendiente en las tareas?", "sacar la basura", no=("tender la ropa",)),
    C.timer("pon un temporizador de 5 minutos", 300),
    C.timer("temporizador de 10 minutos", 600),
    C.timer("ponme un timer de media hora", 1800),
    C.timer("avísame en 45 segundos", 45),
)

# Fresh phrasings written in session 13 against code that had not seen them; the
# wrong actions and misses they found were fixed or are left measured here.
FRESH = (
    C.act(ON_OFF, "prende la lámpara del sofá", {"light.lampara_pie": "on"}),
    C.act(ON_OFF, "apaga la luz de la entrada por favor", {"light.luz_entrada": "off"}),
    C.act(ON_OFF, "enciende el arbolito", {"switch.luces_navidad": "on"}),
    C.act(ON_OFF, "enciende el abanico de la recámara", {"fan.ventilador": "on"}),
    C.act(ON_OFF, "prende el toallero eléctrico", {"switch.toallero": "on"}),
    C.act(LOCK, "cierra con llave la puerta de la calle", {"lock.puerta_principal": "locked"}),
    C.act(CLIMATE, "pon el aire a 21 grados", {"climate.aire": {"temperature": 21}}),
    C.act(
        BRIGHTNESS,
        "baja el flexo al 30 por ciento",
        {"light.flexo": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(COLOR, "pon el velador en azul", {"light.lampara_mesita": {"state": "on"}}),
    C.act(
        POSITION,
        "sube la persiana de la recámara",
        {"cover.persiana_dormitorio": {"state": "open"}},
    ),
    C.act(
        POSITION,
        "deja el estor del despacho al 40 por ciento",
        {"cover.estor_despacho": {"current_position": 40}},
    ),
    C.act(VACUUM, "que el robotito limpie la sala", {"vacuum.robot": "cleaning"}),
    C.act(MEDIA, "prende la tele del dormitorio", {"media_player.tele_dormitorio": "on"}),
    C.act(MEDIA, "pausa la música del salón", {"media_player.altavoz_salon": "paused"}),
    C.act(
        MEDIA,
        "pon la siguiente canción",
        {"media_player.altavoz_salon": {"media_title": "Track 3"}},
    ),
    C.act(
        TODO,
        "apunta huevos en la lista de la compra",
        {
            "todo.compra": {
                "items": {
                    "leche": "needs_action",
                    "pan": "needs_action",
                    "tomates": "needs_action",
                    "huevos": "needs_action",
                }
            }
        },
    ),
    C.act(
        TODO,
        "agrega comprar pilas a mis tareas",
        {
            "todo.tareas": {
                "items": {
                    "sacar la basura": "needs_action",
                    "tender la ropa": "completed",
                    "comprar pilas": "needs_action",
                }
            }
        },
    ),
    C.act(
        SCENE, "quiero ver una peli, pon el modo cine ya", {"scene.noche_peli": {"state": CHANGED}}
    ),
    C.act(ON_OFF, "abre los aspersores", {"valve.riego": "open"}),
    C.act(
        ON_OFF,
        "apaga los aspersores del jardín",
        {"valve.riego": "closed"},
        {"valve.riego": {"state": "open"}},
    ),
    C.ask("qué temperatura hace afuera", "14,5", ("°C", "grados")),
    C.ask("cuánta humedad hay en el baño", "71", ("%", "por ciento")),
    C.ask("está abierta la ventana de la cocina?", ("sí", "abierta")),
    C.still("ayer la tele del salón se oía fatal"),
    C.still("qué buen día hace hoy"),
    C.which("prende la lámpara"),
)
CASES = CASES + FRESH
