"""Maple Street: an American family house on two floors (English).

Two locks (front and back door), a back-door contact sensor named like the back-door
lock, a garden light next to a garden sprinkler valve, a vacuum next to the plug it
charges from, and a media player named after the living room.
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

MAPLE = Home(
    name="maple",
    language="en",
    floors=(
        Floor("Downstairs", ("ground floor", "first floor"), 0),
        Floor("Upstairs", ("second floor",), 1),
    ),
    areas=(
        Area("Kitchen", (), "Downstairs"),
        Area("Living Room", ("lounge", "family room"), "Downstairs"),
        Area("Dining Room", (), "Downstairs"),
        Area("Hallway", ("entrance", "hall"), "Downstairs"),
        Area("Garage", (), "Downstairs"),
        Area("Master Bedroom", ("our bedroom", "parents room"), "Upstairs"),
        Area("Kids Room", ("children's room",), "Upstairs"),
        Area("Office", ("study",), "Upstairs"),
        Area("Garden", ("backyard", "yard")),
    ),
    devices=(
        light("kitchen_ceiling", "Kitchen ceiling light", "Kitchen", on=True, brightness=200),
        light("kitchen_island", "Island pendants", "Kitchen", "island lights", kind="onoff"),
        light("living_room_lamp", "Floor lamp", "Living Room", "corner lamp", kind="color"),
        light("living_room_ceiling", "Living room ceiling light", "Living Room", on=True),
        light("dining_chandelier", "Chandelier", "Dining Room", "dining light"),
        light("hallway_light", "Hallway light", "Hallway", kind="onoff"),
        light("bedroom_lamp", "Bedside lamp", "Master Bedroom", "reading lamp", kind="color"),
        light("kids_night_light", "Night light", "Kids Room", kind="color", brightness=60),
        light("office_desk_lamp", "Desk lamp", "Office"),
        light("garden_light", "Garden light", "Garden", "patio light", kind="onoff"),
        switch("coffee_maker", "Coffee maker", "Kitchen", "coffee machine"),
        switch("vacuum_plug", "Vacuum plug", "Hallway", on=True),
        switch("christmas_tree", "Christmas tree", "Living Room", "tree lights"),
        lock("front_door", "Front door", "Hallway", "front door lock"),
        lock("back_door", "Back door", "Kitchen", "back door lock", locked=False),
        binary("back_door_contact", "Back door", "Kitchen", "door", on=True),
        binary("garage_window", "Garage window", "Garage", "window", on=False),
        binary("hallway_motion", "Hallway motion", "Hallway", "motion", on=True),
        valve("garden_sprinkler", "Garden sprinkler", "Garden", "sprinklers", "irrigation"),
        vacuum("robot_vacuum", "Robot vacuum", "Living Room", "Roomba", "vacuum cleaner"),
        media("living_room_speaker", "Living Room", "Living Room", "living room speaker"),
        media("kitchen_radio", "Kitchen radio", "Kitchen", state="paused", volume=0.5),
        media("bedroom_tv", "Bedroom TV", "Master Bedroom", state="off", tv=True),
        todo("shopping_list", "Shopping list", "milk", "eggs", "bread"),
        todo("chores", "Chores", "take out the trash", "mow the lawn"),
        fan("bedroom_fan", "Ceiling fan", "Master Bedroom", "bedroom fan"),
        fan("office_fan", "Desk fan", "Office"),
        climate("thermostat", "Thermostat", "Hallway", "heating", target=20.0, current=19.5),
        cover("living_room_blinds", "Living room blinds", "Living Room", position=100),
        cover("bedroom_shades", "Bedroom shades", "Master Bedroom", device_class="shade"),
        cover("garage_door", "Garage door", "Garage", device_class="garage", position=None),
        sensor("outside_temperature", "Outside temperature", "Garden", 12.5, "°C", "temperature"),
        sensor("outside_humidity", "Outside humidity", "Garden", 81, "%", "humidity"),
        sensor(
            "kids_room_temperature", "Kids room temperature", "Kids Room", 21.5, "°C", "temperature"
        ),
        sensor("front_door_battery", "Front door battery", "Hallway", 13, "%", "battery"),
        sensor("office_humidity", "Office humidity", "Office", 44, "%", "humidity"),
        scene("movie_night", "Movie night", "movie time"),
        scene("good_morning", "Good morning"),
    ),
)
