"""O sobrado da família Almeida: uma casa brasileira de dois andares (português do Brasil).

Nomes parecidos em cômodos diferentes: dois abajures (sala e quarto do casal), duas
luminárias (quarto das crianças e escritório), a luz da cozinha ao lado da luz da área de
serviço, dois ventiladores, duas persianas. Duas fechaduras (porta da frente e porta da
cozinha) e um sensor de porta com o mesmo nome da fechadura da cozinha; o refletor do
quintal ("luz do jardim") ao lado da irrigação do jardim; o robô aspirador ao lado da
tomada do robô; um portão da garagem sem posição; uma caixinha de som tocando na cozinha
e uma TV desligada na sala; o pisca-pisca de Natal, que é uma tomada.
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

SOBRADO = Home(
    name="sobrado",
    language="pt-BR",
    floors=(
        Floor("Térreo", ("embaixo", "andar de baixo", "lá embaixo"), 0),
        Floor("Andar de cima", ("em cima", "lá em cima", "primeiro andar", "piso superior"), 1),
    ),
    areas=(
        Area("Sala", ("sala de estar", "living"), "Térreo"),
        Area("Cozinha", (), "Térreo"),
        Area("Área de serviço", ("lavanderia",), "Térreo"),
        Area("Garagem", (), "Térreo"),
        Area("Quarto do casal", ("suíte", "quarto principal"), "Andar de cima"),
        Area("Quarto das crianças", ("quarto dos meninos", "quartinho"), "Andar de cima"),
        Area("Escritório", ("home office",), "Andar de cima"),
        Area("Banheiro", ("banheiro de cima",), "Andar de cima"),
        Area("Quintal", ("jardim", "lá fora")),
    ),
    devices=(
        light("lustre_sala", "Lustre da sala", "Sala", "lustre", on=True),
        light("abajur_sala", "Abajur da sala", "Sala", "abajur do sofá", kind="color"),
        light("luz_cozinha", "Luz da cozinha", "Cozinha", on=True, brightness=200),
        light(
            "luz_area_servico",
            "Luz da área de serviço",
            "Área de serviço",
            "luz da lavanderia",
            kind="onoff",
        ),
        light("luz_garagem", "Luz da garagem", "Garagem", kind="onoff"),
        light("luz_teto_casal", "Luz do teto", "Quarto do casal", "plafon"),
        light(
            "abajur_quarto",
            "Abajur do quarto",
            "Quarto do casal",
            "abajur da cabeceira",
            kind="color",
        ),
        light(
            "luminaria_criancas",
            "Luminária das crianças",
            "Quarto das crianças",
            "luz noturna",
            "luzinha das crianças",
            kind="color",
            brightness=60,
        ),
        light("luminaria_mesa", "Luminária da mesa", "Escritório", "luminária do escritório"),
        light("luz_banheiro", "Luz do banheiro", "Banheiro", "luz do espelho", kind="onoff"),
        light(
            "refletor_quintal",
            "Refletor do quintal",
            "Quintal",
            "luz do jardim",
            "luz do quintal",
            kind="onoff",
        ),
        switch("cafeteira", "Cafeteira", "Cozinha", "máquina de café"),
        switch("tomada_robo", "Tomada do robô", "Sala", on=True),
        switch("pisca_pisca", "Pisca-pisca", "Sala", "luzinhas de Natal"),
        lock("porta_frente", "Porta da frente", "Sala", "porta da rua"),
        lock("porta_cozinha", "Porta da cozinha", "Cozinha", "porta dos fundos", locked=False),
        binary("sensor_porta_cozinha", "Porta da cozinha", "Cozinha", "door", on=False),
        binary("janela_quarto", "Janela do quarto", "Quarto do casal", "window", on=True),
        binary("janela_banheiro", "Janela do banheiro", "Banheiro", "window", on=False),
        valve("irrigacao", "Irrigação do jardim", "Quintal", "irrigação", "aspersores"),
        vacuum("robo", "Robô aspirador", "Sala", "aspirador", "robozinho"),
        media(
            "caixinha_cozinha",
            "Caixinha da cozinha",
            "Cozinha",
            "caixa de som",
            "caixinha",
            tracks=("Águas de Março", "Garota de Ipanema", "Trem das Onze", "Sampa"),
        ),
        media("tv_sala", "TV da sala", "Sala", "televisão", state="off", tv=True),
        todo("compras", "Lista de compras", "arroz", "feijão", "leite", done=("café",)),
        todo(
            "tarefas",
            "Tarefas de casa",
            "pagar a conta de luz",
            "levar o cachorro pra tosar",
            done=("lavar o quintal",),
        ),
        fan("ventilador_teto", "Ventilador de teto", "Quarto do casal", "ventilador do quarto"),
        fan(
            "ventilador_escritorio", "Ventilador do escritório", "Escritório", "ventilador de mesa"
        ),
        climate(
            "ar_condicionado",
            "Ar-condicionado do quarto",
            "Quarto do casal",
            "ar-condicionado",
            "ar do quarto",
            "ar",
            target=23.0,
            current=26.5,
        ),
        cover("persiana_sala", "Persiana da sala", "Sala", position=100),
        cover("cortina_quarto", "Cortina do quarto", "Quarto do casal", device_class="curtain"),
        cover("persiana_escritorio", "Persiana do escritório", "Escritório"),
        cover(
            "portao_garagem",
            "Portão da garagem",
            "Garagem",
            "portão",
            device_class="garage",
            position=None,
        ),
        sensor("temperatura_externa", "Temperatura externa", "Quintal", 28.5, "°C", "temperature"),
        sensor(
            "temperatura_criancas",
            "Temperatura do quarto das crianças",
            "Quarto das crianças",
            24.5,
            "°C",
            "temperature",
        ),
        sensor("umidade_banheiro", "Umidade do banheiro", "Banheiro", 74, "%", "humidity"),
        sensor("bateria_fechadura", "Bateria da fechadura", "Sala", 18, "%", "battery"),
        sensor("bateria_robo", "Bateria do robô", "Sala", 85, "%", "battery"),
        scene("sessao_cinema", "Sessão de cinema", "modo cinema"),
        scene("bom_dia", "Bom dia"),
    ),
)
