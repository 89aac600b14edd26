"""Wattle Grove: a single-storey Australian house with a granny flat (English).

Australian wording (lounge room, rumpus, ensuite, verandah, retic, aircon) and devices
named after brands (Roborock, Sonos, Dyson, Daikin, Samsung). Decoys: the Roborock
next to its dock plug, the backyard floodlight and pool light next to the reticulation
and the pool pump, a verandah light next to a verandah awning and motion sensor. Two
locks, two fans, two heaters and two dimmable bedroom lights, so some requests must ask.
"""

from __future__ import annotations

from tests.homes.model import (
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

WATTLE = Home(
    name="wattle",
    language="en",
    floors=(Floor("Main house", ("the house",), 0),),
    areas=(
        Area("Lounge Room", ("lounge",), "Main house"),
        Area("Kitchen", (), "Main house"),
        Area("Rumpus Room", ("rumpus", "games room"), "Main house"),
        Area("Main Bedroom", ("master bedroom",), "Main house"),
        Area("Ensuite", (), "Main house"),
        Area("Study", (), "Main house"),
        Area("Laundry", (), "Main house"),
        Area("Verandah", ("deck",), "Main house"),
        Area("Backyard", ("yard",)),
        Area("Carport", ()),
        Area("Granny Flat", ("nan's flat",)),
    ),
    devices=(
        light("lounge_downlights", "Lounge downlights", "Lounge Room", on=True),
        light("salt_lamp", "Salt lamp", "Lounge Room", kind="color", on=True, brightness=100),
        light("kitchen_pendants", "Pendant lights", "Kitchen", "pendants"),
        light("rumpus_leds", "Rumpus LEDs", "Rumpus Room", "gaming lights", kind="color"),
        light("bedside_light", "Bedside light", "Main Bedroom"),
        light("bedroom_downlights", "Bedroom downlights", "Main Bedroom", on=True),
        light("ensuite_light", "Ensuite light", "Ensuite", kind="onoff"),
        light("anglepoise", "Anglepoise", "Study", "study lamp"),
        light("verandah_light", "Verandah light", "Verandah", "porch light", kind="onoff"),
        light("floodlight", "Backyard floodlight", "Backyard", "floodlight", kind="onoff"),
        light("pool_light", "Pool light", "Backyard", kind="color"),
        light("granny_flat_light", "Granny flat light", "Granny Flat", kind="onoff"),
        switch("roborock_dock", "Roborock dock plug", "Laundry", on=True),
        switch("pool_pump", "Pool pump", "Backyard", "pool filter"),
        switch("electric_blanket", "Electric blanket", "Main Bedroom"),
        switch("washing_machine", "Washing machine", "Laundry", "washer"),
        lock("screen_door", "Screen door", "Verandah", "security door"),
        lock("granny_flat_door", "Granny flat door", "Granny Flat", locked=False),
        binary("laundry_door", "Laundry door", "Laundry", "door", on=True),
        binary("verandah_motion", "Verandah motion", "Verandah", "motion", on=False),
        binary("laundry_leak", "Laundry leak sensor", "Laundry", "moisture", on=True),
        valve("reticulation", "Reticulation", "Backyard", "retic", "sprinklers"),
        vacuum("roborock", "Roborock", "Lounge Room", "robot vac"),
        media(
            "sonos",
            "Sonos",
            "Rumpus Room",
            "rumpus speaker",
            state="playing",
            volume=0.35,
            tracks=("Throw Your Arms Around Me", "Down Under", "Khe Sanh", "Sounds of Then"),
        ),
        media("kitchen_nest", "Nest Mini", "Kitchen", "kitchen speaker", state="paused"),
        media("samsung_tv", "Samsung TV", "Lounge Room", "telly", state="off", tv=True),
        todo("woolies", "Woolies list", "weet-bix", "bananas", "bread"),
        todo("jobs", "Jobs", "clean the gutters", done=("mow the nature strip",)),
        fan("dyson", "Dyson", "Study", "tower fan"),
        fan("hunter_fan", "Hunter ceiling fan", "Main Bedroom", "bedroom fan"),
        climate("daikin", "Daikin", "Lounge Room", "aircon", target=22.0, current=24.5),
        climate("flat_heater", "Granny flat heater", "Granny Flat", target=20.0, current=18.0),
        cover(
            "shutters", "Plantation shutters", "Lounge Room", device_class="shutter", position=100
        ),
        cover("blockout", "Blockout blind", "Main Bedroom", "blockout", device_class="blind"),
        cover("awning", "Verandah awning", "Verandah", device_class="awning", position=30),
        cover("roller_door", "Roller door", "Carport", device_class="garage", position=None),
        sensor("outdoor_temp", "Outdoor temperature", "Verandah", 31.5, "°C", "temperature"),
        sensor("study_temp", "Study temperature", "Study", 24, "°C", "temperature"),
        sensor("ensuite_humidity", "Ensuite humidity", "Ensuite", 77, "%", "humidity"),
        sensor("rumpus_humidity", "Rumpus humidity", "Rumpus Room", 58, "%", "humidity"),
        sensor("roborock_battery", "Roborock battery", "Lounge Room", 88, "%", "battery"),
        sensor("screen_door_battery", "Screen door battery", "Verandah", 9, "%", "battery"),
        scene("footy_night", "Footy night", "footy mode"),
        scene("leaving_home", "Leaving home", "heading out"),
    ),
)
