"""Loft Lane (English, British wording): requests as people say them to a voice assistant.

The home repeats kinds and shares words between names, so many requests name a device by
part of its name or in another order (they must act), and some fit two devices (they
must ask). Remarks that mention a device ask for nothing and must change nothing.
"""

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

C = CaseWriter("loft", "en")
ON = {"state": "on"}
PLAYING = {"state": "playing"}
UNLOCKED = {"state": "unlocked"}
LOCKED = {"state": "locked"}

CASES = (
    # On/off: partial names, reordered names, areas only.
    C.act(ON_OFF, "can you put the coffee machine on", {"switch.coffee_machine_plug": "on"}),
    C.act(
        ON_OFF,
        "switch the kitchen light on",
        {"light.kitchen_light": "on"},
        {"light.kitchen_light": {"state": "off"}},
    ),
    C.act(
        ON_OFF,
        "lights off in the kitchen",
        {
            "light.kitchen_light": "off",
            "light.kitchen_light_strip": "off",
            "light.kitchen_island": "off",
        },
        {"light.kitchen_light_strip": ON},
    ),
    C.act(
        ON_OFF, "I'd like the light strip on in the kitchen", {"light.kitchen_light_strip": "on"}
    ),
    C.act(
        ON_OFF,
        "turn off the bedroom",
        {
            "light.main_bedside_lamp": "off",
            "light.fan_light": "off",
            # Already off: switching them off as well is no mistake.
            "fan.ceiling_fan": "off",
            "media_player.bedroom_tv": "off",
        },
        {"light.main_bedside_lamp": ON, "light.fan_light": ON},
    ),
    C.act(ON_OFF, "turn on the bedside lamp in the spare room", {"light.guest_bedside_lamp": "on"}),
    C.act(ON_OFF, "put the big light on", {"light.big_light": "on"}),
    C.act(ON_OFF, "switch off the heater", {"switch.heater_plug": "off"}),
    C.act(ON_OFF, "fan on please", {"fan.ceiling_fan": "on"}),
    C.act(
        ON_OFF,
        "turn off all the lights downstairs",
        {
            "light.lamp": "off",
            "light.floor_lamp": "off",
            "light.big_light": "off",
            "light.kitchen_light": "off",
            "light.kitchen_light_strip": "off",
            "light.kitchen_island": "off",
            "light.hall_light": "off",
        },
        {"light.hall_light": ON, "light.big_light": ON},
    ),
    C.act(ON_OFF, "switch the telly on in the lounge", {"media_player.lounge_tv": "on"}),
    C.act(ON_OFF, "put the lamp on in the lounge", {"light.lamp": "on"}),
    C.act(
        ON_OFF,
        "light in the loft off please",
        {"light.desk_lamp": "off"},
        {"light.desk_lamp": ON},
    ),
    C.act(ON_OFF, "we need some light in the bathroom", {"light.mirror_light": "on"}),
    # Locks.
    C.act(
        LOCK,
        "can you lock the front door for me",
        {"lock.front_door": "locked"},
        {"lock.front_door": UNLOCKED},
    ),
    C.act(LOCK, "make sure the back door's locked", {"lock.back_door": "locked"}),
    C.act(
        LOCK,
        "unlock the front door, I've got my hands full",
        {"lock.front_door": "unlocked"},
    ),
    # Brightness.
    C.act(
        BRIGHTNESS,
        "dim the kitchen light to 30 percent",
        {"light.kitchen_light": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "set the floor lamp to 60%",
        {"light.floor_lamp": {"state": "on", "brightness_pct": 60}},
    ),
    C.act(
        BRIGHTNESS,
        "bedside lamp in our room to 15 percent",
        {"light.main_bedside_lamp": {"state": "on", "brightness_pct": 15}},
    ),
    C.act(
        BRIGHTNESS,
        "turn the desk lamp all the way up",
        {"light.desk_lamp": {"state": "on", "brightness_pct": 100}},
        {"light.desk_lamp": {"state": "on", "brightness": 100}},
    ),
    C.act(
        BRIGHTNESS,
        "kitchen light strip to half brightness",
        {"light.kitchen_light_strip": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        BRIGHTNESS,
        "the fan light's too bright, take it down to 20",
        {"light.fan_light": {"state": "on", "brightness_pct": 20}},
        {"light.fan_light": ON},
    ),
    # Color.
    C.act(
        COLOR,
        "change the colour of the lamp to purple",
        {"light.lamp": {"state": "on", "color": "purple"}},
    ),
    C.act(
        COLOR,
        "make the bedside lamp in our room green",
        {"light.main_bedside_lamp": {"state": "on", "color": "green"}},
    ),
    C.act(
        COLOR,
        "can the strip lights in the kitchen go orange",
        {"light.kitchen_light_strip": {"state": "on", "color": "orange"}},
    ),
    # Climate: a thermostat in the hall, a heater on a plug in the loft.
    C.act(CLIMATE, "put the heating up to 21", {"climate.thermostat": {"temperature": 21}}),
    C.act(
        CLIMATE,
        "turn the heating down to 17, it's roasting in here",
        {"climate.thermostat": {"temperature": 17}},
    ),
    C.act(
        CLIMATE,
        "it's freezing, can you bump the heating to 22.5",
        {"climate.thermostat": {"temperature": 22.5}},
    ),
    # Covers and the garden watering.
    C.act(POSITION, "close the lounge blinds", {"cover.lounge_blinds": "closed"}),
    C.act(
        POSITION,
        "open the curtains in our room",
        {"cover.bedroom_curtains": {"state": "open", "current_position": 100}},
    ),
    C.act(
        POSITION,
        "spare room blind halfway please",
        {"cover.spare_room_blind": {"current_position": 50}},
    ),
    C.act(
        POSITION,
        "put the kitchen blind down to 30 percent",
        {"cover.kitchen_blind": {"current_position": 30}},
    ),
    C.act(
        POSITION,
        "open the skylight blind in the loft",
        {"cover.velux_blind": {"state": "open", "current_position": 100}},
    ),
    C.act(POSITION, "turn the garden watering on", {"valve.garden_watering": "open"}),
    C.act(
        POSITION,
        "stop the sprinklers",
        {"valve.garden_watering": "closed"},
        {"valve.garden_watering": {"state": "open"}},
    ),
    # Media: two TVs, two speakers.
    C.act(
        MEDIA, "turn the kitchen speaker up", {"media_player.kitchen_speaker": {"volume_pct": 50}}
    ),
    C.act(MEDIA, "pause the kitchen speaker", {"media_player.kitchen_speaker": "paused"}),
    C.act(MEDIA, "carry on playing in the loft", {"media_player.loft_speaker": "playing"}),
    C.act(
        MEDIA,
        "skip to the next song on the kitchen speaker",
        {"media_player.kitchen_speaker": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "mute the telly in the lounge",
        {"media_player.lounge_tv": {"is_volume_muted": True}},
        {"media_player.lounge_tv": PLAYING},
    ),
    C.act(
        MEDIA,
        "lounge TV volume down to 15 percent",
        {"media_player.lounge_tv": {"volume_pct": 15}},
        {"media_player.lounge_tv": PLAYING},
    ),
    # Vacuum.
    C.act(VACUUM, "can you run the robot hoover", {"vacuum.robot_hoover": "cleaning"}),
    C.act(
        VACUUM,
        "send the hoover back to its base",
        {"vacuum.robot_hoover": "returning"},
        {"vacuum.robot_hoover": {"state": "cleaning"}},
    ),
    C.act(
        VACUUM,
        "hold on, pause the robot hoover",
        {"vacuum.robot_hoover": "paused"},
        {"vacuum.robot_hoover": {"state": "cleaning"}},
    ),
    # To-do lists: a shopping list next to "Christmas shopping".
    C.act(
        TODO,
        "add oat milk to the shopping list",
        {"todo.shopping_list": {"items": {"oat milk": "needs_action"}}},
    ),
    C.act(
        TODO,
        "we need bin bags, stick them on the shopping list",
        {"todo.shopping_list": {"items": {"bin bags": "needs_action"}}},
    ),
    C.act(
        TODO,
        "add a scarf for mum to the christmas shopping",
        {"todo.christmas_shopping": {"items": {"scarf for mum": "needs_action"}}},
    ),
    C.act(
        TODO,
        "tick off milk on the shopping list",
        {"todo.shopping_list": {"items": {"milk": "completed"}}},
    ),
    C.act(
        TODO,
        "cross wrapping paper off the christmas list",
        {"todo.christmas_shopping": {"items": {"wrapping paper": "completed"}}},
    ),
    # Scenes.
    C.act(SCENE, "film night please", {"scene.film_night": {"state": CHANGED}}),
    C.act(SCENE, "set the bedtime scene", {"scene.bedtime": {"state": CHANGED}}),
    # Two commands in one sentence.
    C.act(
        TWO_COMMANDS,
        "turn on the hall light and unlock the front door",
        {"light.hall_light": "on", "lock.front_door": "unlocked"},
    ),
    C.act(
        TWO_COMMANDS,
        "close the kitchen blind and turn on the light strip",
        {"cover.kitchen_blind": "closed", "light.kitchen_light_strip": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "switch off the heater and the desk lamp",
        {"switch.heater_plug": "off", "light.desk_lamp": "off"},
        {"light.desk_lamp": ON},
    ),
    C.act(
        TWO_COMMANDS,
        "put the coffee machine on and the kitchen island light",
        {"switch.coffee_machine_plug": "on", "light.kitchen_island": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "pause the kitchen speaker and put the telly on in the lounge",
        {"media_player.kitchen_speaker": "paused", "media_player.lounge_tv": "on"},
    ),
    # Decoys: a name shared with another device must leave that one alone...
    C.act(DECOY, "give the lawn a water", {"valve.garden_watering": "open"}),
    C.act(DECOY, "turn the garden lights on", {"light.garden_lights": "on"}),
    C.act(
        DECOY,
        "turn on the heater",
        {"switch.heater_plug": "on"},
        {"switch.heater_plug": {"state": "off"}},
    ),
    C.act(
        DECOY,
        "switch off the fan light",
        {"light.fan_light": "off"},
        {"light.fan_light": ON, "fan.ceiling_fan": ON},
    ),
    C.act(DECOY, "lock the back door, would you", {"lock.back_door": "locked"}),
    # ... and remarks that mention a device ask for nothing.
    C.still("the kitchen light was so bright last night"),
    C.still("I think the robot hoover missed a bit under the sofa"),
    C.still("don't turn the heater off, I'm still working up here"),
    C.still("the lounge blinds look lovely, my mum said"),
    C.still("the heating's been brilliant this week"),
    # Ambiguous: nothing may happen; the agent asks which one.
    C.which("turn on the bedside lamp"),
    C.which("turn on the TV"),
    C.which(
        "turn up the speaker",
        {"media_player.loft_speaker": PLAYING, "media_player.kitchen_speaker": PLAYING},
    ),
    C.which("put eggs on the list"),
    C.which("close the blind"),
    C.which("unlock the door", {"lock.back_door": LOCKED}),
    C.which(
        "dim the bedside lamp to 25%",
        {"light.main_bedside_lamp": ON, "light.guest_bedside_lamp": ON},
    ),
    C.which("set it to 40 percent"),
    # State questions with exact answers.
    C.ask("how warm is it in the lounge", "20.5", ("°C", "degrees")),
    C.ask("what's the heating set to", "19.5", no=("18.5",)),
    C.ask("what temperature is it in the hall", "18.5", ("°C", "degrees")),
    C.ask("how hot is it up in the loft", "22.5", ("°C", "degrees")),
    C.ask("how cold is it outside at the moment", "9.5", ("°C", "degrees")),
    C.ask("how humid is the bathroom", "78", ("%", "percent")),
    C.ask("how much battery has the robot hoover got", "64", ("%", "percent")),
    C.ask("what's the battery on the front door", "35", ("%", "percent")),
    C.ask("how much power is the heater using", ("1480", "1,480"), ("W", "watts")),
    C.ask("how many watts is the washing machine drawing", "512", ("W", "watts")),
    C.ask("is the back door shut?", ("no", "open"), no=("yes",)),
    C.ask("have I locked the back door?", ("no", "unlocked"), no=("yes",)),
    C.ask("is the bathroom window open?", ("yes", "open"), no=("no", "closed")),
    C.ask("is the heater on", ("yes", "on"), no=("no", "off")),
    C.ask("are the lounge blinds down?", ("no", "open"), no=("yes",)),
    C.ask("what's on the christmas shopping list", "socks", "wrapping paper"),
    C.ask("which lights are on in the kitchen", "kitchen light"),
    # Timers (spoken to the voice satellite).
    C.timer("put a timer on for 12 minutes", 720),
    C.timer("timer for 45 seconds", 45),
    C.timer("set a tea timer for 4 minutes", 240),
)
