"""Loft Lane: a British terraced house with a loft conversion (English, British wording).

Built for names that share words and kinds that repeat: a "Lamp" next to a "Floor lamp"
in the lounge, a "Bedside lamp" in both bedrooms, a "Kitchen light" next to a "Kitchen
light strip" and a "Kitchen island", a ceiling fan next to its "Fan light", two TVs and
two speakers in different rooms, a "Heater plug" next to the heating's thermostat, a
thermostat in the hall and a temperature sensor in the lounge, blinds in four rooms, a
"Back door lock" next to a "Back door" contact sensor, a robot hoover, a shopping list
next to a "Christmas shopping" list, and sensors (temperature, humidity, battery, power).
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

LOFT = Home(
    name="loft",
    language="en",
    floors=(
        Floor("Ground floor", ("downstairs",), 0),
        Floor("First floor", ("upstairs",), 1),
        Floor("Top floor", ("second floor", "attic"), 2),
    ),
    areas=(
        Area("Kitchen", (), "Ground floor"),
        Area("Lounge", ("living room", "front room"), "Ground floor"),
        Area("Hall", ("hallway",), "Ground floor"),
        Area("Bedroom", ("our room", "main bedroom"), "First floor"),
        Area("Spare Room", ("guest room", "spare bedroom"), "First floor"),
        Area("Bathroom", (), "First floor"),
        Area("Loft", ("study", "office"), "Top floor"),
        Area("Garden", ("back garden",)),
    ),
    devices=(
        light("lamp", "Lamp", "Lounge", kind="color"),
        light("floor_lamp", "Floor lamp", "Lounge", on=True, brightness=180),
        light("big_light", "Big light", "Lounge", "lounge ceiling light"),
        light("kitchen_light", "Kitchen light", "Kitchen", on=True, brightness=200),
        light("kitchen_light_strip", "Kitchen light strip", "Kitchen", kind="color"),
        light("kitchen_island", "Kitchen island", "Kitchen"),
        light("hall_light", "Hall light", "Hall", kind="onoff"),
        light("main_bedside_lamp", "Bedside lamp", "Bedroom", kind="color"),
        light("guest_bedside_lamp", "Bedside lamp", "Spare Room"),
        light("fan_light", "Fan light", "Bedroom"),
        light("desk_lamp", "Desk lamp", "Loft"),
        light("mirror_light", "Mirror light", "Bathroom", kind="onoff"),
        light("garden_lights", "Garden lights", "Garden", kind="onoff"),
        switch("coffee_machine_plug", "Coffee machine plug", "Kitchen"),
        switch("heater_plug", "Heater plug", "Loft", on=True),
        switch("towel_rail", "Towel rail", "Bathroom", plug=False),
        lock("front_door", "Front door", "Hall", "front door lock"),
        lock("back_door", "Back door lock", "Kitchen", locked=False),
        binary("back_door_contact", "Back door", "Kitchen", "door", on=True),
        binary("bathroom_window", "Bathroom window", "Bathroom", "window", on=True),
        valve("garden_watering", "Garden watering", "Garden", "sprinklers"),
        vacuum("robot_hoover", "Robot hoover", "Lounge", "hoover"),
        media("lounge_tv", "Lounge TV", "Lounge", state="off", tv=True),
        media("bedroom_tv", "Bedroom TV", "Bedroom", state="off", tv=True),
        media("kitchen_speaker", "Kitchen speaker", "Kitchen", volume=0.4),
        media("loft_speaker", "Loft speaker", "Loft", state="paused"),
        todo("shopping_list", "Shopping list", "milk", "teabags", "bread"),
        todo("christmas_shopping", "Christmas shopping", "socks for dad", "wrapping paper"),
        fan("ceiling_fan", "Ceiling fan", "Bedroom", "bedroom fan"),
        climate("thermostat", "Thermostat", "Hall", "heating", target=19.5, current=18.5),
        cover("lounge_blinds", "Lounge blinds", "Lounge", position=100),
        cover("kitchen_blind", "Kitchen blind", "Kitchen", position=100),
        cover("bedroom_curtains", "Bedroom curtains", "Bedroom", device_class="curtain"),
        cover("spare_room_blind", "Spare room blind", "Spare Room"),
        cover("velux_blind", "Velux blind", "Loft", "skylight blind"),
        sensor("outside_temperature", "Outside temperature", "Garden", 9.5, "°C", "temperature"),
        sensor("lounge_temperature", "Lounge temperature", "Lounge", 20.5, "°C", "temperature"),
        sensor("loft_temperature", "Loft temperature", "Loft", 22.5, "°C", "temperature"),
        sensor("bathroom_humidity", "Bathroom humidity", "Bathroom", 78, "%", "humidity"),
        sensor("front_door_battery", "Front door battery", "Hall", 35, "%", "battery"),
        sensor("hoover_battery", "Robot hoover battery", "Lounge", 64, "%", "battery"),
        sensor("heater_plug_power", "Heater plug power", "Loft", 1480, "W", "power"),
        sensor("washing_machine_power", "Washing machine power", "Kitchen", 512, "W", "power"),
        scene("film_night", "Film night"),
        scene("bedtime", "Bedtime"),
    ),
)
