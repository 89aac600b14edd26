"""Wattle Grove (Australian English): requests as people say them to a voice assistant."""

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

C = CaseWriter("wattle", "en", never_say("en"))
ON = {"state": "on"}
OFF = {"state": "off"}
UNLOCKED = {"state": "unlocked"}
CLEANING = {"state": "cleaning"}
STOPPED = {"state": ("idle", "returning", "docked", "paused")}

CASES = (
    # On/off.
    C.act(ON_OFF, "flick the pendants on", {"light.kitchen_pendants": "on"}),
    C.act(ON_OFF, "can you kill the lounge downlights", {"light.lounge_downlights": "off"}),
    C.act(ON_OFF, "pop the electric blanket on", {"switch.electric_blanket": "on"}),
    C.act(ON_OFF, "turn the Dyson on", {"fan.dyson": "on"}),
    C.act(
        ON_OFF,
        "switch off the telly",
        {"media_player.samsung_tv": "off"},
        {"media_player.samsung_tv": ON},
    ),
    C.act(ON_OFF, "turn on the porch light", {"light.verandah_light": "on"}),
    C.act(ON_OFF, "chuck the washer on", {"switch.washing_machine": "on"}),
    C.act(
        ON_OFF,
        "turn off all the lights in the master bedroom",
        {"light.bedroom_downlights": "off", "light.bedside_light": "off"},
        {"light.bedside_light": ON},
    ),
    C.act(
        ON_OFF,
        "turn on the backyard",
        {"light.floodlight": "on", "light.pool_light": "on"},
    ),
    C.act(
        ON_OFF,
        "put the roller door down",
        {"cover.roller_door": "closed"},
        {"cover.roller_door": {"state": "open"}},
    ),
    # Locks.
    C.act(
        LOCK,
        "lock the security door",
        {"lock.screen_door": "locked"},
        {"lock.screen_door": UNLOCKED},
    ),
    C.act(
        LOCK,
        "can you unlock the granny flat door for mum",
        {"lock.granny_flat_door": "unlocked"},
        {"lock.granny_flat_door": {"state": "locked"}},
    ),
    # Brightness.
    C.act(
        BRIGHTNESS,
        "bring the lounge downlights down to 30 percent",
        {"light.lounge_downlights": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "set the anglepoise to forty percent",
        {"light.anglepoise": {"state": "on", "brightness_pct": 40}},
    ),
    C.act(
        BRIGHTNESS,
        "salt lamp to full brightness",
        {"light.salt_lamp": {"state": "on", "brightness_pct": 100}},
    ),
    # Color.
    C.act(
        COLOR,
        "make the gaming lights green",
        {"light.rumpus_leds": {"state": "on", "color": "green"}},
    ),
    C.act(
        COLOR,
        "change the pool light to blue",
        {"light.pool_light": {"state": "on", "color": "blue"}},
    ),
    # Climate.
    C.act(CLIMATE, "set the aircon to 21", {"climate.daikin": {"temperature": 21}}),
    C.act(
        CLIMATE,
        "bump the granny flat heater up to 23 degrees",
        {"climate.flat_heater": {"temperature": 23}},
    ),
    # Covers and valves.
    C.act(
        POSITION,
        "set the plantation shutters to 70 percent",
        {"cover.shutters": {"current_position": 70}},
    ),
    C.act(
        POSITION,
        "wind the awning all the way out",
        {"cover.awning": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION,
        "close the blockout blind",
        {"cover.blockout": {"state": "closed"}},
        {"cover.blockout": {"current_position": 100}},
    ),
    C.act(POSITION, "turn on the retic", {"valve.reticulation": "open"}),
    C.act(
        POSITION,
        "open the sprinklers to 50 percent",
        {"valve.reticulation": {"current_position": 50}},
    ),
    # Media (the Sonos plays "Down Under", the Nest Mini is paused).
    C.act(MEDIA, "pause the Sonos", {"media_player.sonos": "paused"}),
    C.act(MEDIA, "unpause the kitchen speaker", {"media_player.kitchen_nest": "playing"}),
    C.act(
        MEDIA,
        "skip to the next song",
        {"media_player.sonos": {"state": "playing", "media_title": "Khe Sanh"}},
    ),
    C.act(
        MEDIA,
        "go back a track on the Sonos",
        {"media_player.sonos": {"media_title": "Throw Your Arms Around Me"}},
    ),
    C.act(
        MEDIA,
        "turn the music up a bit",
        {"media_player.sonos": {"volume_pct": tuple(range(36, 66))}},
    ),
    C.act(
        MEDIA,
        "set the volume on the rumpus speaker to 20 percent",
        {"media_player.sonos": {"volume_pct": 20}},
    ),
    C.act(
        MEDIA,
        "put the music back on",
        {"media_player.sonos": "playing"},
        {"media_player.sonos": {"state": "paused"}, "media_player.kitchen_nest": {"state": "idle"}},
    ),
    # Vacuum.
    C.act(VACUUM, "get the robot vac going", {"vacuum.roborock": "cleaning"}),
    C.act(
        VACUUM,
        "send the Roborock back to its dock",
        {"vacuum.roborock": "returning"},
        {"vacuum.roborock": CLEANING},
    ),
    # To-do lists.
    C.act(
        TODO,
        "put vegemite on the Woolies list",
        {"todo.woolies": {"items": {"vegemite": "needs_action"}}},
    ),
    C.act(
        TODO,
        "we're out of milk, add it to the Woolies list",
        {"todo.woolies": {"items": {"milk": "needs_action"}}},
    ),
    C.act(
        TODO,
        "tick off bananas on the Woolies list",
        {"todo.woolies": {"items": {"bananas": "completed"}}},
    ),
    C.act(
        TODO,
        "add book the car service to my jobs",
        {"todo.jobs": {"items": {"book the car service": "needs_action"}}},
    ),
    # Scenes.
    C.act(SCENE, "turn on footy mode", {"scene.footy_night": {"state": CHANGED}}),
    C.act(SCENE, "we're heading out", {"scene.leaving_home": {"state": CHANGED}}),
    # Two commands in one sentence.
    C.act(
        TWO_COMMANDS,
        "turn off the floodlight and lock the screen door",
        {"light.floodlight": "off", "lock.screen_door": "locked"},
        {"light.floodlight": ON, "lock.screen_door": UNLOCKED},
    ),
    C.act(
        TWO_COMMANDS,
        "switch on the pool pump and the pool light",
        {"switch.pool_pump": "on", "light.pool_light": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "close the plantation shutters and turn the salt lamp on",
        {"cover.shutters": "closed", "light.salt_lamp": "on"},
        {"light.salt_lamp": OFF},
    ),
    # Decoys: a similar name in another domain must stay untouched.
    C.act(DECOY, "water the backyard", {"valve.reticulation": "open"}),
    C.act(DECOY, "turn off the Roborock dock plug", {"switch.roborock_dock": "off"}),
    C.act(DECOY, "stop the Roborock", {"vacuum.roborock": STOPPED}, {"vacuum.roborock": CLEANING}),
    C.act(DECOY, "turn on the pool filter", {"switch.pool_pump": "on"}),
    C.act(DECOY, "turn on the verandah light", {"light.verandah_light": "on"}),
    # Ambiguous: nothing may happen; the agent asks which one.
    C.which("can you lock the door", {"lock.screen_door": UNLOCKED}),
    C.which("turn the fan off", {"fan.dyson": ON, "fan.hunter_fan": ON}),
    C.which("set the heating to 21"),
    C.which("put the lamp on"),
    C.which("turn on the pool"),
    C.which("switch it off"),
    C.which("open it halfway"),
    # State questions with exact answers.
    C.ask("how hot is it outside?", "31.5", ("°C", "degrees")),
    C.ask("what's the humidity in the ensuite", "77", ("%", "percent")),
    C.ask("how's the screen door battery going", "9", ("%", "percent")),
    C.ask("how much battery has the Roborock got", "88", ("%", "percent")),
    C.ask("is the granny flat door locked?", ("no", "unlocked"), no=("yes",)),
    C.ask("is the screen door locked", ("yes", "locked"), no=("no", "unlocked")),
    C.ask("is the laundry door open", ("yes", "open"), no=("no", "closed")),
    C.ask("is there a leak in the laundry?", ("yes", "wet", "detected"), no=("no", "dry")),
    C.ask("is anyone on the verandah", ("no", "clear", "nobody"), no=("yes", "detected")),
    C.ask("what's the aircon set to", "22", no=("24.5",)),
    C.ask("how warm is the study", ("24", "24.0"), ("°C", "degrees")),
    C.ask("is the pool pump running", ("no", "off"), no=("yes",)),
    C.ask("are the plantation shutters open", ("yes", "open"), no=("no", "closed")),
    C.ask("what lights are on in the lounge room", "lounge downlights", "salt lamp"),
    C.ask("what's playing on the Sonos", "Down Under"),
    # Timers (spoken to the voice satellite).
    C.timer("set an egg timer for 7 minutes", 420),
    C.timer("countdown for 45 seconds", 45),
)
