"""O sobrado da família Almeida (português do Brasil): pedidos como se fala com um
assistente de voz, do formal ao bem informal (acende, liga, bota, tá, pra, dá pra...),
com e sem artigo, com diminutivos. Nomes parecidos em cômodos diferentes: o nome exato de
um aparelho deve agir só nele; o que cabe em dois deve perguntar qual."""

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

C = CaseWriter("sobrado", "pt-BR")
ON = {"state": "on"}
OFF = {"state": "off"}
OPEN = {"state": "open", "current_position": 100}
UNLOCKED = {"state": "unlocked"}
LOCKED = {"state": "locked"}
TV_ON = {"media_player.tv_sala": {"state": "on"}}

CASES = (
    # Liga/desliga, de vários jeitos.
    C.act(ON_OFF, "Acenda a luz do teto, por favor", {"light.luz_teto_casal": "on"}),
    C.act(ON_OFF, "apaga a luz da cozinha", {"light.luz_cozinha": "off"}),
    C.act(ON_OFF, "você pode ligar a cafeteira?", {"switch.cafeteira": "on"}),
    C.act(ON_OFF, "dá pra ligar o ventilador do quarto?", {"fan.ventilador_teto": "on"}),
    C.act(
        ON_OFF,
        "desliga o ventilador do escritorio, por favor",
        {"fan.ventilador_escritorio": "off"},
        {"fan.ventilador_escritorio": ON},
    ),
    C.act(ON_OFF, "desliga a televisão", {"media_player.tv_sala": "off"}, TV_ON),
    C.act(
        ON_OFF,
        "pode apagar o abajur do quarto?",
        {"light.abajur_quarto": "off"},
        {"light.abajur_quarto": ON},
    ),
    C.act(ON_OFF, "liga a luz noturna do quartinho", {"light.luminaria_criancas": "on"}),
    C.act(ON_OFF, "desliga o ar do quarto", {"climate.ar_condicionado": "off"}),
    C.act(
        ON_OFF,
        "apaga todas as luzes do andar de cima",
        {
            "light.luz_teto_casal": "off",
            "light.abajur_quarto": "off",
            "light.luminaria_criancas": "off",
            "light.luminaria_mesa": "off",
            "light.luz_banheiro": "off",
        },
        {"light.luz_teto_casal": ON, "light.luminaria_mesa": ON},
    ),
    # Fechaduras.
    C.act(
        LOCK,
        "tranca a porta da frente",
        {"lock.porta_frente": "locked"},
        {"lock.porta_frente": UNLOCKED},
    ),
    C.act(LOCK, "Por favor, destranque a porta da frente", {"lock.porta_frente": "unlocked"}),
    C.act(LOCK, "passa a chave na porta dos fundos", {"lock.porta_cozinha": "locked"}),
    C.act(
        LOCK,
        "destrava a porta da cozinha",
        {"lock.porta_cozinha": "unlocked"},
        {"lock.porta_cozinha": LOCKED},
    ),
    # Brilho.
    C.act(
        BRIGHTNESS,
        "coloca o lustre da sala em 50%",
        {"light.lustre_sala": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        BRIGHTNESS,
        "diminui a luz da cozinha pra 20 por cento",
        {"light.luz_cozinha": {"state": "on", "brightness_pct": 20}},
    ),
    C.act(
        BRIGHTNESS,
        "aumenta a luminária da mesa para 80%",
        {"light.luminaria_mesa": {"state": "on", "brightness_pct": 80}},
    ),
    C.act(
        BRIGHTNESS,
        "abaixa a luz noturna pra dez por cento",
        {"light.luminaria_criancas": {"state": "on", "brightness_pct": 10}},
        {"light.luminaria_criancas": ON},
    ),
    C.act(
        BRIGHTNESS,
        "deixa o abajur do sofá no máximo",
        {"light.abajur_sala": {"state": "on", "brightness_pct": 100}},
        {"light.abajur_sala": {"state": "on", "brightness": 90}},
    ),
    # Cores.
    C.act(
        COLOR,
        "muda o abajur da sala pra azul",
        {"light.abajur_sala": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "deixa o abajur da cabeceira vermelho",
        {"light.abajur_quarto": {"state": "on", "color": "red"}},
    ),
    C.act(
        COLOR,
        "coloca a luzinha das crianças na cor verde",
        {"light.luminaria_criancas": {"state": "on", "color": "green"}},
    ),
    C.act(
        COLOR,
        "abajur da sala em roxo, por favor",
        {"light.abajur_sala": {"state": "on", "color": "purple"}},
    ),
    # Ar-condicionado.
    C.act(CLIMATE, "coloca o ar em 22 graus", {"climate.ar_condicionado": {"temperature": 22}}),
    C.act(
        CLIMATE,
        "ajusta o ar-condicionado do quarto pra 24",
        {"climate.ar_condicionado": {"temperature": 24}},
    ),
    C.act(
        CLIMATE,
        "muda a temperatura do quarto do casal para 21,5 graus",
        {"climate.ar_condicionado": {"temperature": 21.5}},
    ),
    # Persianas, cortina e irrigação.
    C.act(POSITION, "abre a cortina do quarto", {"cover.cortina_quarto": OPEN}),
    C.act(POSITION, "fecha a persiana da sala", {"cover.persiana_sala": {"state": "closed"}}),
    C.act(
        POSITION,
        "deixa a persiana da sala meio aberta",
        {"cover.persiana_sala": {"current_position": 50}},
        {"cover.persiana_sala": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "coloca a persiana do escritorio em 30%",
        {"cover.persiana_escritorio": {"current_position": 30}},
    ),
    C.act(POSITION, "sobe a persiana do escritório", {"cover.persiana_escritorio": OPEN}),
    C.act(
        POSITION,
        "baixa a cortina do quarto até a metade",
        {"cover.cortina_quarto": {"current_position": 50}},
        {"cover.cortina_quarto": OPEN},
    ),
    C.act(POSITION, "liga os aspersores", {"valve.irrigacao": "open"}),
    C.act(
        POSITION,
        "fecha a irrigação do jardim",
        {"valve.irrigacao": "closed"},
        {"valve.irrigacao": {"state": "open"}},
    ),
    # Mídia.
    C.act(MEDIA, "pausa a música", {"media_player.caixinha_cozinha": "paused"}),
    C.act(
        MEDIA,
        "continua a música da cozinha",
        {"media_player.caixinha_cozinha": "playing"},
        {"media_player.caixinha_cozinha": {"state": "paused"}},
    ),
    C.act(
        MEDIA,
        "pula essa música",
        {"media_player.caixinha_cozinha": {"state": "playing", "media_title": "Trem das Onze"}},
    ),
    C.act(
        MEDIA,
        "volta pra música anterior na caixinha",
        {"media_player.caixinha_cozinha": {"media_title": "Águas de Março"}},
    ),
    C.act(
        MEDIA,
        "coloca o volume da caixinha em 50%",
        {"media_player.caixinha_cozinha": {"volume_pct": 50}},
    ),
    C.act(
        MEDIA,
        "aumenta um pouquinho o volume da caixa de som",
        {"media_player.caixinha_cozinha": {"volume_pct": 40}},
    ),
    C.act(
        MEDIA, "abaixa o volume da TV pra 15", {"media_player.tv_sala": {"volume_pct": 15}}, TV_ON
    ),
    C.act(
        MEDIA, "silencia a TV da sala", {"media_player.tv_sala": {"is_volume_muted": True}}, TV_ON
    ),
    # Robô aspirador (só começar e voltar pra base).
    C.act(VACUUM, "inicia o robô aspirador", {"vacuum.robo": "cleaning"}),
    C.act(VACUUM, "manda o robozinho limpar a casa", {"vacuum.robo": "cleaning"}),
    C.act(
        VACUUM,
        "manda o aspirador voltar pra base",
        {"vacuum.robo": "returning"},
        {"vacuum.robo": {"state": "cleaning"}},
    ),
    # Listas.
    C.act(
        TODO,
        "adiciona ovos na lista de compras",
        {"todo.compras": {"items": {"ovos": "needs_action"}}},
    ),
    C.act(
        TODO,
        "bota pão de queijo na lista de compras",
        {"todo.compras": {"items": {"pão de queijo": "needs_action"}}},
    ),
    C.act(
        TODO,
        "acabou o açúcar, põe na lista de compras",
        {"todo.compras": {"items": {"açúcar": "needs_action"}}},
    ),
    C.act(
        TODO,
        "adiciona consertar o chuveiro nas tarefas de casa",
        {"todo.tarefas": {"items": {"consertar o chuveiro": "needs_action"}}},
    ),
    C.act(
        TODO,
        "marca feijão como concluído na lista de compras",
        {"todo.compras": {"items": {"feijão": "completed"}}},
    ),
    # Cenas.
    C.act(SCENE, "ativa a sessão de cinema", {"scene.sessao_cinema": {"state": CHANGED}}),
    C.act(SCENE, "ativa a cena bom dia", {"scene.bom_dia": {"state": CHANGED}}),
    # Dois pedidos numa frase.
    C.act(
        TWO_COMMANDS,
        "acende a luz da garagem e abre o portão",
        {"light.luz_garagem": "on", "cover.portao_garagem": "open"},
    ),
    C.act(
        TWO_COMMANDS,
        "apaga o lustre e liga a TV da sala",
        {"light.lustre_sala": "off", "media_player.tv_sala": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "tranca a porta da frente e apaga a luz da cozinha",
        {"lock.porta_frente": "locked", "light.luz_cozinha": "off"},
        {"lock.porta_frente": UNLOCKED},
    ),
    C.act(
        TWO_COMMANDS,
        "fecha a persiana da sala e acende o abajur do sofá",
        {"cover.persiana_sala": "closed", "light.abajur_sala": "on"},
    ),
    # Armadilhas: o nome parecido em outro cômodo ou domínio não pode mudar.
    C.act(DECOY, "liga a irrigação do jardim", {"valve.irrigacao": "open"}),
    C.act(DECOY, "acende a luz do jardim", {"light.refletor_quintal": "on"}),
    C.act(DECOY, "acende a luz da área de serviço", {"light.luz_area_servico": "on"}),
    C.act(
        DECOY,
        "desliga a tomada do robô",
        {"switch.tomada_robo": "off"},
    ),
    # Comentários e conversa: nada pode mudar.
    C.still("a luz da cozinha ficou linda depois da reforma"),
    C.still("que filme bom a gente viu ontem na TV da sala"),
    C.still("o robô aspirador ficou preso embaixo do sofá de novo"),
    C.still("minha sogra achou o abajur da sala meio brega"),
    C.still("esse ar-condicionado do quarto gasta uma energia, viu"),
    C.still("o portão da garagem tá fazendo um barulho esquisito"),
    C.still("o pisca-pisca desse ano ficou mais bonito que o do ano passado"),
    C.still("a caixinha da cozinha tem um som muito bom pro tamanho dela"),
    # Ambíguos: nada pode mudar, tem que perguntar qual.
    C.which("acende o abajur"),
    C.which("tranca a porta", {"lock.porta_frente": UNLOCKED}),
    C.which("liga o ventilador"),
    C.which("coloca sabão em pó na lista"),
    C.which("fecha a persiana", {"cover.persiana_escritorio": OPEN}),
    C.which("acende a luminária"),
    # Perguntas de estado.
    C.ask("Qual é a temperatura lá fora?", "28.5", ("°C", "graus")),
    C.ask("quantos graus tá fazendo no quarto das crianças", "24.5", ("°C", "graus")),
    C.ask("Qual a umidade do banheiro?", "74", ("%", "por cento")),
    C.ask("Quanto de bateria ainda tem a fechadura?", "18", ("%", "por cento")),
    C.ask("A porta da frente está trancada?", ("sim", "trancada"), no=("não", "destrancada")),
    C.ask("a porta dos fundos tá trancada?", ("não", "destrancada"), no=("sim",)),
    C.ask("A janela do quarto tá aberta?", ("sim", "aberta"), no=("não", "fechada")),
    C.ask("o portão da garagem está aberto?", ("não", "fechado"), no=("sim",)),
    C.ask("A cafeteira tá ligada?", ("não", "desligada"), no=("sim",)),
    C.ask("Em quantos graus o ar-condicionado está programado?", ("23", "23,0"), no=("26.5",)),
    C.ask("O que tem na lista de compras?", "arroz", "feijão", "leite"),
    C.ask("Quais luzes estão acesas?", "lustre da sala", "luz da cozinha"),
    # Timers (falados pro satélite de voz).
    C.timer("coloca um timer de 10 minutos", 600),
    C.timer("põe um temporizador de 3 minutos pro miojo", 180),
    C.timer("timer de meia hora, por favor", 1800),
    C.timer("marca um timer de um minuto e meio", 90),
)
