"""El departamento de los Ortega (español): peticiones como se le dicen a un asistente de
voz, de España y de Latinoamérica (prende, bájale, súbele, chapa, recámara, tantito...),
de tú y de usted. Nombres que comparten palabras: un nombre parcial que solo cabe en un
aparato debe actuar; lo que cabe en dos debe preguntar."""

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

C = CaseWriter("departamento", "es")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"state": "open", "current_position": 100}
CLOSED = {"state": "closed", "current_position": 0}

CASES = (
    # Encender y apagar: nombres parciales que solo caben en un aparato, zonas, cortesía.
    C.act(ON_OFF, "prende la tira LED", {"light.tira_led_cocina": "on"}),
    C.act(ON_OFF, "Apaga la luz de la sala", {"light.luz_sala": "off"}),
    C.act(
        ON_OFF,
        "prende las luces de la cocina",
        {"light.luz_cocina": "on", "light.tira_led_cocina": "on"},
    ),
    C.act(
        ON_OFF,
        "enciende la lámpara de noche del cuarto de invitados",
        {"light.lampara_noche_invitados": "on"},
    ),
    C.act(ON_OFF, "¿me puedes prender la lámpara de lectura?", {"light.lampara_lectura": "on"}),
    C.act(
        ON_OFF,
        "quisiera que apagara el ventilador, por favor",
        {"fan.ventilador": "off"},
        {"fan.ventilador": ON},
    ),
    C.act(ON_OFF, "ya terminó, apaga la lavadora", {"switch.enchufe_lavadora": "off"}),
    C.act(ON_OFF, "préndeme la cafetera, porfa", {"switch.enchufe_cafetera": "on"}),
    C.act(ON_OFF, "apaga el minisplit", {"climate.aire": "off"}),
    C.act(ON_OFF, "dale luz al baño", {"light.luz_bano": "on"}),
    C.act(
        ON_OFF,
        "apaga las luces de mi cuarto",
        {
            "light.plafon_dormitorio": "off",
            "light.lampara_lectura": "off",
            "light.lampara_noche_principal": "off",
        },
        {
            "light.plafon_dormitorio": ON,
            "light.lampara_lectura": ON,
            "light.lampara_noche_principal": ON,
        },
    ),
    C.act(
        ON_OFF,
        "pon el abanico al 75 por ciento",
        {"fan.ventilador": {"state": "on", "percentage": 75}},
    ),
    # Brillo.
    C.act(
        BRIGHTNESS,
        "pon la lámpara de pie al 30%",
        {"light.lampara_pie": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "bájale a la luz de la sala al 20 por ciento",
        {"light.luz_sala": {"state": "on", "brightness_pct": 20}},
    ),
    C.act(
        BRIGHTNESS,
        "súbele a la luz de la cocina al máximo",
        {"light.luz_cocina": {"state": "on", "brightness_pct": 100}},
        {"light.luz_cocina": {"state": "on", "brightness": 80}},
    ),
    C.act(
        BRIGHTNESS,
        "deja la lámpara de lectura a la mitad, por favor",
        {"light.lampara_lectura": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        BRIGHTNESS,
        "atenúa la tira LED al 15%",
        {"light.tira_led_cocina": {"state": "on", "brightness_pct": 15}},
        {"light.tira_led_cocina": ON},
    ),
    C.act(
        BRIGHTNESS,
        "la lámpara de noche de la recámara al 40 por ciento",
        {"light.lampara_noche_principal": {"state": "on", "brightness_pct": 40}},
    ),
    # Color.
    C.act(
        COLOR,
        "pon la tira LED en morado",
        {"light.tira_led_cocina": {"state": "on", "color": "purple"}},
    ),
    C.act(
        COLOR,
        "cambia la lámpara de pie a color naranja",
        {"light.lampara_pie": {"state": "on", "color": "orange"}},
    ),
    # Clima: un solo aire; el sensor del dormitorio solo mide.
    C.act(CLIMATE, "pon el minisplit en 24", {"climate.aire": {"temperature": 24}}),
    C.act(
        CLIMATE,
        "ajusta la temperatura de la sala a 21,5 grados",
        {"climate.aire": {"temperature": 21.5}},
    ),
    C.act(
        CLIMATE,
        "tengo frío, sube el clima a 25 grados",
        {"climate.aire": {"temperature": 25}},
    ),
    C.act(
        CLIMATE,
        "¿podría poner el termostato en 20 grados?",
        {"climate.aire": {"temperature": 20}},
    ),
    # Persianas, cortina, toldo, riego.
    C.act(POSITION, "cierra la persiana de la sala", {"cover.persiana_sala": CLOSED}),
    C.act(POSITION, "abre la cortina", {"cover.cortina_dormitorio": OPEN}),
    C.act(
        POSITION,
        "sube la persiana del cuarto de invitados al 60%",
        {"cover.persiana_invitados": {"current_position": 60}},
    ),
    C.act(POSITION, "despliega el toldo del balcón", {"cover.toldo_balcon": "open"}),
    C.act(
        POSITION,
        "abre todas las persianas",
        {"cover.persiana_sala": OPEN, "cover.persiana_invitados": OPEN},
        {"cover.persiana_sala": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "deja la cortina de mi cuarto a la mitad",
        {"cover.cortina_dormitorio": {"current_position": 50}},
    ),
    C.act(POSITION, "abre el goteo", {"valve.riego_balcon": "open"}),
    # Tele y música.
    C.act(MEDIA, "pausa la tele de la sala", {"media_player.tele_sala": "paused"}),
    C.act(
        MEDIA,
        "súbele a la bocina de la cocina",
        {"media_player.bocina_cocina": {"volume_pct": 40}},
    ),
    C.act(
        MEDIA,
        "pon el volumen de la tele de la sala al 25 por ciento",
        {"media_player.tele_sala": {"volume_pct": 25}},
    ),
    C.act(
        MEDIA,
        "siguiente canción en la cocina",
        {"media_player.bocina_cocina": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "silencia la tele de la sala",
        {"media_player.tele_sala": {"is_volume_muted": True}},
    ),
    C.act(
        MEDIA,
        "vuelve a poner la música en el baño",
        {"media_player.altavoz_bano": "playing"},
    ),
    C.act(
        MEDIA,
        "bájale tantito a la bocina de la cocina",
        {"media_player.bocina_cocina": {"volume_pct": 20}},
    ),
    # Robot aspirador.
    C.act(VACUUM, "¿puedes poner a trabajar a la roomba?", {"vacuum.robot": "cleaning"}),
    C.act(
        VACUUM,
        "para la aspiradora un momento",
        {"vacuum.robot": {"state": ("paused", "idle")}},
        {"vacuum.robot": {"state": "cleaning"}},
    ),
    C.act(
        VACUUM,
        "manda el robot aspirador a cargar",
        {"vacuum.robot": "returning"},
        {"vacuum.robot": {"state": "cleaning"}},
    ),
    # Listas.
    C.act(
        TODO,
        "agrega cilantro a la lista de la compra",
        {"todo.compra": {"items": {"cilantro": "needs_action"}}},
    ),
    C.act(
        TODO,
        "ya compré la leche, táchala de la lista de la compra",
        {"todo.compra": {"items": {"leche": "completed"}}},
    ),
    C.act(
        TODO,
        "apunta sacar la basura en la lista de pendientes",
        {"todo.pendientes": {"items": {"sacar la basura": "needs_action"}}},
    ),
    C.act(
        TODO,
        "pon pagar el internet en mis pendientes",
        {"todo.pendientes": {"items": {"pagar el internet": "needs_action"}}},
    ),
    # Cerradura (y un sensor de la misma puerta que no se puede cerrar).
    C.act(
        LOCK,
        "cierra la chapa",
        {"lock.cerradura": "locked"},
        {"lock.cerradura": {"state": "unlocked"}},
    ),
    C.act(LOCK, "quítale el seguro a la puerta principal", {"lock.cerradura": "unlocked"}),
    C.act(
        LOCK,
        "échale llave a la puerta, que ya me voy",
        {"lock.cerradura": "locked"},
        {"lock.cerradura": {"state": "unlocked"}},
    ),
    # Escenas.
    C.act(SCENE, "activa el modo película", {"scene.modo_pelicula": {"state": CHANGED}}),
    C.act(
        SCENE,
        "ya me voy a dormir, pon la escena de buenas noches",
        {"scene.buenas_noches": {"state": CHANGED}},
    ),
    # Dos órdenes.
    C.act(
        TWO_COMMANDS,
        "apaga la tele de la sala y prende la lámpara de pie",
        {"media_player.tele_sala": "off", "light.lampara_pie": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "cierra la persiana de la sala y enciende la luz de la sala",
        {"cover.persiana_sala": CLOSED, "light.luz_sala": "on"},
        {"light.luz_sala": OFF},
    ),
    C.act(
        TWO_COMMANDS,
        "prende el ventilador y apaga la lámpara de lectura",
        {"fan.ventilador": "on", "light.lampara_lectura": "off"},
        {"light.lampara_lectura": ON},
    ),
    C.act(
        TWO_COMMANDS,
        "pausa la bocina de la cocina y abre la persiana de invitados",
        {"media_player.bocina_cocina": "paused", "cover.persiana_invitados": OPEN},
    ),
    # Señuelos: un nombre parecido en otro aparato (u otro cuarto) no se toca.
    C.act(DECOY, "riega las plantas del balcón", {"valve.riego_balcon": "open"}),
    C.act(DECOY, "prende la luz del balcón", {"light.luz_balcon": "on"}),
    C.act(
        DECOY,
        "apaga la luz de la cocina",
        {"light.luz_cocina": "off"},
        {"light.luz_cocina": ON, "light.tira_led_cocina": ON},
    ),
    C.act(
        DECOY,
        "enciende la lámpara de noche de la recámara",
        {"light.lampara_noche_principal": "on"},
    ),
    C.act(
        DECOY,
        "apágame la tele del cuarto principal",
        {"media_player.tele_dormitorio": "off"},
        {"media_player.tele_dormitorio": {"state": "playing"}},
    ),
    C.act(
        DECOY,
        "bájale el volumen a la tele de la sala",
        {"media_player.tele_sala": {"volume_pct": 25}},
    ),
    # Ambiguas: nada puede cambiar; hay que preguntar cuál.
    C.which("prende la lámpara de noche"),
    C.which(
        "apaga la tele",
        {"media_player.tele_dormitorio": {"state": "playing"}},
    ),
    C.which("préndeme la lámpara, porfa"),
    C.which("añade jabón a la lista"),
    C.which("abre la persiana", {"cover.persiana_sala": {"current_position": 0}}),
    C.which(
        "súbele a la música",
        {"media_player.altavoz_bano": {"state": "playing"}},
    ),
    C.which("apaga el enchufe", {"switch.enchufe_cafetera": ON}),
    # Preguntas con respuesta conocida.
    C.ask("¿Cuántos grados hay en la recámara?", "22.5", ("°C", "grados")),
    C.ask("¿Qué temperatura hace afuera?", "17.5", ("°C", "grados")),
    C.ask("¿A qué temperatura está puesto el aire?", "22", ("°C", "grados")),
    C.ask("¿Qué tan húmedo está el baño?", "68", ("%", "por ciento")),
    C.ask("¿Cuánta batería le queda al robot?", "80", ("%", "por ciento")),
    C.ask("¿Cuánta pila le queda a la chapa?", "15", ("%", "por ciento")),
    C.ask("¿Cuánto está consumiendo la lavadora?", "450", ("W", "vatios", "watts")),
    C.ask("¿Está abierta la puerta principal?", ("no", "cerrada"), no=("sí",)),
    C.ask(
        "¿Tiene puesto el seguro la puerta principal?",
        ("sí", "bloqueada", "bloqueado", "con llave"),
        no=("desbloqueada", "desbloqueado", "abierta"),
    ),
    C.ask(
        "¿Dejé abierta la ventana del cuarto de invitados?",
        ("sí", "abierta"),
        no=("cerrada",),
    ),
    C.ask(
        "¿Hay alguna fuga en el lavadero?",
        ("no", "seco", "ninguna", "nada"),
        no=("sí",),
    ),
    C.ask("¿Qué me falta comprar?", "leche", "huevos", "tortillas", no=("café",)),
    C.ask(
        "¿Qué tengo en la lista de pendientes?",
        "pagar la luz",
        "llamar al casero",
        no=("regar las plantas",),
    ),
    C.timer("ponme un temporizador de quince minutos", 900),
    C.timer("temporizador de 3 minutos para los huevos", 180),
    C.timer("avísame dentro de 20 minutos", 1200),
)
