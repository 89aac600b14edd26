"""Harbour View: a one-floor city flat (English, British wording).

One lock, on the kitchen door, next to a kitchen-door contact sensor with the same
name; a balcony light next to the balcony watering valve; two heaters (so "set the
heating to 21" must ask which); a TV and a radio; a kettle and a "Hoover plug".
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

HARBOR = Home(
    name="harbor",
    language="en",
    floors=(Floor("Flat", (), 3),),
    areas=(
        Area("Lounge", ("sitting room", "living room"), "Flat"),
        Area("Kitchen", (), "Flat"),
        Area("Bedroom", (), "Flat"),
        Area("Bathroom", ("loo",), "Flat"),
        Area("Balcony", ("terrace",), "Flat"),
        Area("Hall", ("corridor",), "Flat"),
    ),
    devices=(
        light("lounge_main", "Lounge main light", "Lounge", "big light", on=True, brightness=255),
        light("lounge_lamp", "Standard lamp", "Lounge", kind="color", on=True, brightness=128),
        light("kitchen_spots", "Kitchen spotlights", "Kitchen", "spots", on=True),
        light("kitchen_strip", "Under-cabinet strip", "Kitchen", "LED strip", kind="color"),
        light("bedroom_light", "Bedroom light", "Bedroom", kind="onoff"),
        light("bathroom_mirror", "Mirror light", "Bathroom", kind="onoff"),
        light("hall_light", "Hall light", "Hall"),
        light("balcony_light", "Balcony light", "Balcony", "fairy lights", kind="onoff"),
        switch("kettle", "Kettle", "Kitchen"),
        switch("hoover_plug", "Hoover plug", "Hall", on=True),
        switch("towel_rail", "Towel rail", "Bathroom", "heated towel rail"),
        lock("kitchen_door", "Kitchen door", "Kitchen", "back door"),
        binary("kitchen_door_sensor", "Kitchen door", "Kitchen", "door", on=False),
        binary("bathroom_window", "Bathroom window", "Bathroom", "window", on=True),
        binary("bathroom_leak", "Bathroom leak sensor", "Bathroom", "moisture", on=False),
        valve("balcony_watering", "Balcony watering", "Balcony", "plant watering"),
        vacuum("hoover", "Hoover", "Hall", "robot hoover", "vacuum"),
        media("lounge_tv", "Lounge TV", "Lounge", "telly", "television", state="off", tv=True),
        media(
            "kitchen_radio",
            "Kitchen radio",
            "Kitchen",
            "radio",
            state="playing",
            volume=0.4,
            tracks=("Morning News", "Weather", "Sport", "Traffic"),
        ),
        todo("groceries", "Groceries", "tea", "biscuits"),
        todo("to_do", "To do", "call the landlord", done=("pay council tax",)),
        fan("bathroom_extractor", "Extractor fan", "Bathroom", "bathroom fan"),
        climate("lounge_heater", "Lounge heater", "Lounge", target=21.0, current=19.0),
        climate("bedroom_heater", "Bedroom heater", "Bedroom", target=18.0, current=17.5),
        cover("bedroom_curtains", "Bedroom curtains", "Bedroom", device_class="curtain"),
        cover("lounge_blind", "Lounge blind", "Lounge", position=50),
        sensor("balcony_temperature", "Balcony temperature", "Balcony", 7.5, "°C", "temperature"),
        sensor("bathroom_humidity", "Bathroom humidity", "Bathroom", 68, "%", "humidity"),
        sensor("hall_temperature", "Hall temperature", "Hall", 19.8, "°C", "temperature"),
        sensor("hoover_battery", "Hoover battery", "Hall", 54, "%", "battery"),
        scene("bedtime", "Bedtime", "good night"),
    ),
)
