"""La maison des Tilleuls : une maison française sur deux niveaux (French names).

Deux serrures (porte d'entrée, porte du garage), la lumière du jardin à côté de
l'arrosage du jardin, l'aspirateur à côté de sa prise, une enceinte nommée « Salon ».
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

MAISON = Home(
    name="maison",
    language="fr",
    floors=(
        Floor("Rez-de-chaussée", ("rdc", "en bas"), 0),
        Floor("Étage", ("premier étage", "en haut"), 1),
    ),
    areas=(
        Area("Salon", ("séjour",), "Rez-de-chaussée"),
        Area("Cuisine", (), "Rez-de-chaussée"),
        Area("Entrée", ("hall",), "Rez-de-chaussée"),
        Area("Garage", (), "Rez-de-chaussée"),
        Area("Chambre parentale", ("notre chambre",), "Étage"),
        Area("Chambre de Léa", ("chambre des enfants",), "Étage"),
        Area("Bureau", (), "Étage"),
        Area("Salle de bain", ("sdb",), "Étage"),
        Area("Jardin", ("extérieur",)),
    ),
    devices=(
        light("plafonnier_salon", "Plafonnier du salon", "Salon", on=True),
        light("lampadaire", "Lampadaire", "Salon", "lampe du salon", kind="color"),
        light("suspension_cuisine", "Suspension cuisine", "Cuisine", "lumière de la cuisine"),
        light("applique_entree", "Applique entrée", "Entrée", kind="onoff", on=True),
        light("lampe_chevet", "Lampe de chevet", "Chambre parentale", kind="color"),
        light("veilleuse", "Veilleuse", "Chambre de Léa", kind="color", brightness=50),
        light("lampe_bureau", "Lampe de bureau", "Bureau"),
        light("lumiere_jardin", "Lumière du jardin", "Jardin", "éclairage extérieur", kind="onoff"),
        switch("machine_cafe", "Machine à café", "Cuisine", "cafetière"),
        switch("prise_aspirateur", "Prise aspirateur", "Entrée", on=True),
        switch("seche_serviettes", "Sèche-serviettes", "Salle de bain"),
        lock("porte_entree", "Porte d'entrée", "Entrée", "serrure de l'entrée", locked=False),
        lock("porte_garage", "Porte du garage", "Garage", "serrure du garage"),
        binary("fenetre_cuisine", "Fenêtre de la cuisine", "Cuisine", "window", on=True),
        binary("mouvement_entree", "Détecteur de mouvement", "Entrée", "motion", on=False),
        binary("porte_jardin", "Porte-fenêtre", "Salon", "door", on=False),
        valve("arrosage_jardin", "Arrosage du jardin", "Jardin", "arrosage", "goutte-à-goutte"),
        vacuum("aspirateur", "Aspirateur", "Salon", "robot", "robot aspirateur"),
        media("enceinte_salon", "Salon", "Salon", "enceinte du salon", state="playing"),
        media("tele_chambre", "Télé de la chambre", "Chambre parentale", state="off", tv=True),
        todo("liste_courses", "Liste de courses", "lait", "pain", "beurre"),
        todo("taches", "Tâches", "sortir les poubelles", done=("tondre la pelouse",)),
        fan("ventilateur_chambre", "Ventilateur", "Chambre parentale", "ventilo"),
        climate("thermostat", "Thermostat", "Entrée", "chauffage", target=19.0, current=18.5),
        cover("volet_salon", "Volet du salon", "Salon", device_class="shutter", position=100),
        cover("volet_chambre", "Volet de la chambre", "Chambre parentale", device_class="shutter"),
        cover("porte_garage_motorisee", "Portail", "Jardin", device_class="gate", position=None),
        sensor(
            "temperature_exterieure", "Température extérieure", "Jardin", 8.5, "°C", "temperature"
        ),
        sensor("humidite_sdb", "Humidité salle de bain", "Salle de bain", 62, "%", "humidity"),
        sensor(
            "temperature_chambre_lea",
            "Température chambre de Léa",
            "Chambre de Léa",
            20.5,
            "°C",
            "temperature",
        ),
        sensor("batterie_serrure", "Batterie serrure d'entrée", "Entrée", 13, "%", "battery"),
        scene("soiree_film", "Soirée film", "mode cinéma"),
    ),
)
