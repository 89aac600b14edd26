"""Casa del Olivo (español): peticiones como se le dicen a un asistente de voz."""

from __future__ import annotations

from tests.assist_devset.case import (
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

from .unsaid import never_say

C = CaseWriter("olivo", "es", never_say("es"))
ON = {"state": "on"}
OFF = {"state": "off"}
UNLOCKED = {"state": "unlocked"}
CLEANING = {"state": "cleaning"}
STOPPED = {"state": ("idle", "returning", "docked", "paused")}
YES_LOCKED = ("sí", "cerrada con llave", "bloqueada", "bloqueado", "cerrado con llave")
ENGLISH = ("yes", "locked", "unlocked", "on", "off", "open", "closed")
"""English state words: a Spanish answer must not hold them."""
NO_UNLOCKED = ("no", "desbloqueada", "desbloqueado", "abierta", "abierto")

CASES = (
    # Encender y apagar.
    C.act(ON_OFF, "enciende los focos de la cocina", {"light.focos_cocina": "on"}),
    C.act(ON_OFF, "apaga la luz del comedor", {"light.lampara_comedor": "off"}),
    C.act(ON_OFF, "pon la cafetera", {"switch.cafetera": "on"}),
    C.act(ON_OFF, "enciende el ventilador del despacho", {"fan.ventilador_despacho": "on"}),
    C.act(
        ON_OFF,
        "apaga la tele del dormitorio",
        {"media_player.tele_dormitorio": "off"},
        {"media_player.tele_dormitorio": ON},
    ),
    C.act(ON_OFF, "prende la luz del recibidor", {"light.luz_recibidor": "on"}),
    C.act(
        ON_OFF,
        "apaga todas las luces de abajo",
        {
            "light.lampara_pie": "off",
            "light.plafon_salon": "off",
            "light.lampara_comedor": "off",
            "light.focos_cocina": "off",
            "light.luz_recibidor": "off",
        },
    ),
    C.act(ON_OFF, "enciende el termo", {"switch.calentador": "on"}),
    C.act(ON_OFF, "enciende la terraza", {"light.luz_terraza": "on"}),
    # Cerraduras.
    C.act(LOCK, "cierra con llave la puerta del patio", {"lock.puerta_patio": "locked"}),
    C.act(LOCK, "abre la puerta de la calle", {"lock.puerta_principal": "unlocked"}),
    # Brillo.
    C.act(
        BRIGHTNESS,
        "baja la lámpara de pie al 30 %",
        {"light.lampara_pie": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "pon el flexo al cincuenta por ciento",
        {"light.flexo": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        BRIGHTNESS,
        "sube la luz quitamiedos al máximo",
        {"light.quitamiedos": {"state": "on", "brightness_pct": 100}},
    ),
    # Color.
    C.act(
        COLOR,
        "pon la lámpara de la mesilla en rojo",
        {"light.lampara_mesilla": {"state": "on", "color": "red"}},
    ),
    C.act(
        COLOR,
        "cambia la luz de la piscina a morado",
        {"light.luz_piscina": {"state": "on", "color": "purple"}},
    ),
    # Climatización.
    C.act(CLIMATE, "pon el aire a 24 grados", {"climate.aire": {"temperature": 24}}),
    C.act(
        CLIMATE, "sube el radiador del baño a 23", {"climate.radiador_bano": {"temperature": 23}}
    ),
    # Persianas, toldo y riego.
    C.act(
        POSITION,
        "baja la persiana del salón hasta la mitad",
        {"cover.persiana_salon": {"current_position": 50}},
    ),
    C.act(
        POSITION,
        "sube la persiana del dormitorio",
        {"cover.persiana_dormitorio": {"state": "open", "current_position": 100}},
    ),
    C.act(POSITION, "saca el toldo", {"cover.toldo": {"state": "open", "current_position": 100}}),
    C.act(POSITION, "abre el riego", {"valve.riego_terraza": "open"}),
    C.act(
        POSITION,
        "cierra el goteo",
        {"valve.riego_terraza": "closed"},
        {"valve.riego_terraza": {"state": "open"}},
    ),
    # Multimedia (el altavoz del salón suena "Corazón partío"; la radio está en pausa).
    C.act(MEDIA, "pausa la música", {"media_player.altavoz_salon": "paused"}),
    C.act(MEDIA, "reanuda la radio de la cocina", {"media_player.radio_cocina": "playing"}),
    C.act(
        MEDIA,
        "siguiente canción",
        {"media_player.altavoz_salon": {"state": "playing", "media_title": "Malamente"}},
    ),
    C.act(
        MEDIA,
        "pon la canción anterior en el altavoz del salón",
        {"media_player.altavoz_salon": {"media_title": "Mediterráneo"}},
    ),
    C.act(
        MEDIA,
        "baja un poco el volumen",
        {"media_player.altavoz_salon": {"volume_pct": tuple(range(10, 40))}},
    ),
    C.act(
        MEDIA,
        "pon el volumen del Sonos al 15 %",
        {"media_player.altavoz_salon": {"volume_pct": 15}},
    ),
    C.act(
        MEDIA,
        "silencia el altavoz del salón",
        {"media_player.altavoz_salon": {"is_volume_muted": True}},
    ),
    # Aspirador.
    C.act(VACUUM, "pon la Roomba a limpiar", {"vacuum.roomba": "cleaning"}),
    C.act(
        VACUUM,
        "manda la Roomba a la base",
        {"vacuum.roomba": "returning"},
        {"vacuum.roomba": CLEANING},
    ),
    # Listas.
    C.act(
        TODO,
        "añade tomates a la lista de la compra",
        {"todo.lista_compra": {"items": {"tomates": "needs_action"}}},
    ),
    C.act(
        TODO,
        "apunta pan en la lista de la compra",
        {"todo.lista_compra": {"items": {"pan": "needs_action"}}},
    ),
    C.act(
        TODO,
        "marca los huevos como comprados en la lista de la compra",
        {"todo.lista_compra": {"items": {"huevos": "completed"}}},
    ),
    C.act(
        TODO,
        "añade revisar la caldera a mis tareas",
        {"todo.tareas": {"items": {"revisar la caldera": "needs_action"}}},
    ),
    # Escenas.
    C.act(SCENE, "activa el modo cine", {"scene.modo_cine": {"state": CHANGED}}),
    # Dos órdenes en una frase.
    C.act(
        TWO_COMMANDS,
        "apaga el plafón del salón y baja la persiana del salón",
        {"light.plafon_salon": "off", "cover.persiana_salon": "closed"},
    ),
    C.act(
        TWO_COMMANDS,
        "enciende la luz de la terraza y cierra con llave la puerta del patio",
        {"light.luz_terraza": "on", "lock.puerta_patio": "locked"},
    ),
    C.act(
        TWO_COMMANDS,
        "pon la cafetera y enciende los focos de la cocina",
        {"switch.cafetera": "on", "light.focos_cocina": "on"},
    ),
    # Señuelos: un nombre parecido en otro dominio no se toca.
    C.act(DECOY, "riega la terraza", {"valve.riego_terraza": "open"}),
    C.act(DECOY, "apaga el enchufe de la Roomba", {"switch.enchufe_roomba": "off"}),
    C.act(DECOY, "para la Roomba", {"vacuum.roomba": STOPPED}, {"vacuum.roomba": CLEANING}),
    C.act(DECOY, "enciende la depuradora", {"switch.depuradora": "on"}),
    C.act(DECOY, "enciende los farolillos", {"light.luz_terraza": "on"}),
    # Ambiguas: no se hace nada; hay que preguntar cuál.
    C.which("cierra la puerta con llave", {"lock.puerta_principal": UNLOCKED}),
    C.which("apaga el ventilador", {"fan.ventilador_techo": ON, "fan.ventilador_despacho": ON}),
    C.which("pon la temperatura a 21"),
    C.which("enciende la lámpara"),
    C.which("abre la terraza"),
    C.which("apágalo"),
    C.which("sube la persiana", {"cover.persiana_salon": {"current_position": 0}}),
    # Preguntas de estado con valores exactos.
    C.ask("¿qué temperatura hace fuera?", "28.5", ("°C", "grados")),
    C.ask("¿cuánta humedad hay en el baño?", "66", ("%", "por ciento")),
    C.ask("¿cómo va la batería de la cerradura?", "18", ("%", "por ciento")),
    C.ask("¿cuánta batería le queda a la Roomba?", "45", ("%", "por ciento")),
    C.ask(
        "¿está cerrada con llave la puerta principal?",
        YES_LOCKED,
        no=("no", "desbloqueada", "desbloqueado", *ENGLISH),
    ),
    C.ask(
        "¿está echada la llave de la puerta del patio?",
        NO_UNLOCKED,
        no=("sí", *ENGLISH),
    ),
    C.ask("¿está abierta la ventana del baño?", ("sí", "abierta"), no=("no", "cerrada", *ENGLISH)),
    C.ask("¿hay alguien en el recibidor?", ("sí", "detectado", "detectada"), no=("no", *ENGLISH)),
    C.ask("¿a cuánto está puesto el aire?", "23", no=("25.5",)),
    C.ask("¿qué temperatura hace en el despacho?", "23.5", ("°C", "grados")),
    C.ask("¿está encendida la cafetera?", ("no", "apagada"), no=("sí", *ENGLISH)),
    C.ask("¿qué luces están encendidas en el salón?", "lámpara de pie", "plafón del salón"),
    C.ask("¿qué suena en el altavoz del salón?", "Corazón partío"),
    C.ask(
        "¿está subida la persiana del salón?",
        ("sí", "abierta", "abierto", "subida"),
        no=("no", "cerrada", "bajada", *ENGLISH),
    ),
    # Temporizadores (dichos al satélite de voz).
    C.timer("pon un temporizador de diez minutos", 600),
    C.timer("avísame en 25 minutos", 1500),
)
