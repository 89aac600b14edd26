"""Maple Street (English): requests as people say them to a voice assistant."""

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

C = CaseWriter("maple", "en")
ON = {"state": "on"}
OFF = {"state": "off"}
PLAYING = {"state": "playing"}
RADIO_PLAYING = {"media_player.kitchen_radio": PLAYING}

CASES = (
    # On/off, many ways of saying it.
    C.act(ON_OFF, "switch on the chandelier", {"light.dining_chandelier": "on"}),
    C.act(
        ON_OFF,
        "kitchen light off please",
        {"light.kitchen_ceiling": "off", "light.kitchen_island": "off"},
    ),
    C.act(ON_OFF, "Could you turn on the hallway light?", {"light.hallway_light": "on"}),
    C.act(ON_OFF, "turn on the coffee maker", {"switch.coffee_maker": "on"}),
    C.act(ON_OFF, "turn the desk fan on", {"fan.office_fan": "on"}),
    C.act(ON_OFF, "turn off the bedroom fan", {"fan.bedroom_fan": "off"}, {"fan.bedroom_fan": ON}),
    C.act(ON_OFF, "turn on the TV in the bedroom", {"media_player.bedroom_tv": "on"}),
    C.act(ON_OFF, "lights on in the office", {"light.office_desk_lamp": "on"}),
    C.act(
        ON_OFF,
        "turn off the patio light",
        {"light.garden_light": "off"},
        {"light.garden_light": ON},
    ),
    C.act(ON_OFF, "turn on the island lights", {"light.kitchen_island": "on"}),
    C.act(ON_OFF, "switch the night light on", {"light.kids_night_light": "on"}),
    C.act(
        ON_OFF,
        "turn off the upstairs lights",
        {
            "light.bedroom_lamp": "off",
            "light.office_desk_lamp": "off",
            "light.kids_night_light": "off",
        },
        {"light.bedroom_lamp": ON, "light.office_desk_lamp": ON},
    ),
    C.act(
        ON_OFF,
        "shut the garage door",
        {"cover.garage_door": "closed"},
        {"cover.garage_door": {"state": "open"}},
    ),
    C.act(ON_OFF, "open the garage", {"cover.garage_door": "open"}),
    C.act(ON_OFF, "I need the ceiling fan on", {"fan.bedroom_fan": "on"}),
    # Locks.
    C.act(
        LOCK,
        "lock the front door",
        {"lock.front_door": "locked"},
        {"lock.front_door": {"state": "unlocked"}},
    ),
    C.act(
        LOCK,
        "unlock the back door",
        {"lock.back_door": "unlocked"},
        {"lock.back_door": {"state": "locked"}},
    ),
    C.act(LOCK, "please lock up the back door", {"lock.back_door": "locked"}),
    # Brightness.
    C.act(
        BRIGHTNESS,
        "set the kitchen ceiling light to 50%",
        {"light.kitchen_ceiling": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        BRIGHTNESS,
        "dim the chandelier to 20 percent",
        {"light.dining_chandelier": {"state": "on", "brightness_pct": 20}},
    ),
    C.act(
        BRIGHTNESS,
        "living room ceiling light to 75",
        {"light.living_room_ceiling": {"state": "on", "brightness_pct": 75}},
    ),
    C.act(
        BRIGHTNESS,
        "bedside lamp brightness 10 percent",
        {"light.bedroom_lamp": {"state": "on", "brightness_pct": 10}},
    ),
    C.act(
        BRIGHTNESS,
        "turn the night light up to 100%",
        {"light.kids_night_light": {"state": "on", "brightness_pct": 100}},
    ),
    # Color.
    C.act(
        COLOR,
        "make the floor lamp blue",
        {"light.living_room_lamp": {"state": "on", "color": "blue"}},
    ),
    C.act(
        COLOR,
        "change the bedside lamp to green",
        {"light.bedroom_lamp": {"state": "on", "color": "green"}},
    ),
    C.act(
        COLOR,
        "turn the night light purple",
        {"light.kids_night_light": {"state": "on", "color": "purple"}},
    ),
    C.act(
        COLOR,
        "can you set the corner lamp to red",
        {"light.living_room_lamp": {"state": "on", "color": "red"}},
    ),
    # Climate.
    C.act(CLIMATE, "set the heating to 21 degrees", {"climate.thermostat": {"temperature": 21}}),
    C.act(CLIMATE, "set the thermostat to 18.5", {"climate.thermostat": {"temperature": 18.5}}),
    C.act(
        CLIMATE, "make it 23 degrees in the hallway", {"climate.thermostat": {"temperature": 23}}
    ),
    # Covers and valves.
    C.act(
        POSITION,
        "open the living room blinds halfway",
        {"cover.living_room_blinds": {"current_position": 50}},
        {"cover.living_room_blinds": {"current_position": 0}},
    ),
    C.act(
        POSITION,
        "set the bedroom shades to 25%",
        {"cover.bedroom_shades": {"current_position": 25}},
    ),
    C.act(
        POSITION, "close the living room blinds", {"cover.living_room_blinds": {"state": "closed"}}
    ),
    C.act(
        POSITION,
        "open the bedroom shades",
        {"cover.bedroom_shades": {"state": "open", "current_position": 100}},
    ),
    C.act(POSITION, "turn on the sprinklers", {"valve.garden_sprinkler": "open"}),
    C.act(
        POSITION,
        "turn off the sprinkler",
        {"valve.garden_sprinkler": "closed"},
        {"valve.garden_sprinkler": {"state": "open"}},
    ),
    # Media.
    C.act(MEDIA, "turn up the kitchen radio", {"media_player.kitchen_radio": {"volume_pct": 60}}),
    C.act(
        MEDIA,
        "kitchen radio a bit quieter please",
        {"media_player.kitchen_radio": {"volume_pct": 40}},
    ),
    C.act(MEDIA, "pause the music", {"media_player.living_room_speaker": "paused"}),
    C.act(MEDIA, "resume the kitchen radio", {"media_player.kitchen_radio": "playing"}),
    C.act(
        MEDIA,
        "continue playing the music in the kitchen",
        {"media_player.kitchen_radio": "playing"},
    ),
    C.act(
        MEDIA,
        "next track",
        {"media_player.living_room_speaker": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "skip this song",
        {"media_player.living_room_speaker": {"state": "playing", "media_title": "Track 3"}},
    ),
    C.act(
        MEDIA,
        "go back to the previous song on the living room speaker",
        {"media_player.living_room_speaker": {"media_title": "Track 1"}},
    ),
    C.act(
        MEDIA,
        "set the living room speaker volume to 60%",
        {"media_player.living_room_speaker": {"volume_pct": 60}},
    ),
    C.act(
        MEDIA,
        "turn the kitchen radio down to 10",
        {"media_player.kitchen_radio": {"volume_pct": 10}},
        RADIO_PLAYING,
    ),
    C.act(
        MEDIA,
        "mute the living room speaker",
        {"media_player.living_room_speaker": {"is_volume_muted": True}},
    ),
    C.act(
        MEDIA,
        "resume the music",
        {"media_player.living_room_speaker": "playing"},
        {
            "media_player.living_room_speaker": {"state": "paused"},
            "media_player.kitchen_radio": {"state": "idle"},
        },
    ),
    # Vacuum.
    C.act(VACUUM, "vacuum the house", {"vacuum.robot_vacuum": "cleaning"}),
    C.act(
        VACUUM,
        "send the roomba home",
        {"vacuum.robot_vacuum": "returning"},
        {"vacuum.robot_vacuum": {"state": "cleaning"}},
    ),
    C.act(
        VACUUM,
        "robot vacuum back to the dock please",
        {"vacuum.robot_vacuum": "returning"},
        {"vacuum.robot_vacuum": {"state": "cleaning"}},
    ),
    # To-do lists.
    C.act(
        TODO,
        "add apples to the shopping list",
        {"todo.shopping_list": {"items": {"apples": "needs_action"}}},
    ),
    C.act(
        TODO,
        "could you add coffee to the shopping list",
        {"todo.shopping_list": {"items": {"coffee": "needs_action"}}},
    ),
    C.act(
        TODO,
        "we've run out of coffee, add it to the shopping list",
        {"todo.shopping_list": {"items": {"coffee": "needs_action"}}},
    ),
    C.act(
        TODO,
        "put dish soap on my shopping list",
        {"todo.shopping_list": {"items": {"dish soap": "needs_action"}}},
    ),
    C.act(
        TODO,
        "add call grandma to the chores",
        {"todo.chores": {"items": {"call grandma": "needs_action"}}},
    ),
    C.act(
        TODO,
        "check off bread on the shopping list",
        {"todo.shopping_list": {"items": {"bread": "completed"}}},
    ),
    C.act(
        TODO,
        "mark mow the lawn as done on my chores list",
        {"todo.chores": {"items": {"mow the lawn": "completed"}}},
    ),
    # Scenes.
    C.act(SCENE, "activate movie night", {"scene.movie_night": {"state": CHANGED}}),
    C.act(SCENE, "turn on the good morning scene", {"scene.good_morning": {"state": CHANGED}}),
    C.act(SCENE, "movie time please", {"scene.movie_night": {"state": CHANGED}}),
    # Two commands in one sentence.
    C.act(
        TWO_COMMANDS,
        "turn on the hallway light and lock the front door",
        {"light.hallway_light": "on", "lock.front_door": "locked"},
        {"lock.front_door": {"state": "unlocked"}},
    ),
    C.act(
        TWO_COMMANDS,
        "turn off the bedroom TV and the floor lamp",
        {"media_player.bedroom_tv": "off", "light.living_room_lamp": "off"},
        {"media_player.bedroom_tv": {"state": "on"}, "light.living_room_lamp": ON},
    ),
    C.act(
        TWO_COMMANDS,
        "close the living room blinds and turn on the floor lamp",
        {"cover.living_room_blinds": "closed", "light.living_room_lamp": "on"},
    ),
    C.act(
        TWO_COMMANDS,
        "start the coffee maker and open the bedroom shades",
        {"switch.coffee_maker": "on", "cover.bedroom_shades": "open"},
    ),
    C.act(
        TWO_COMMANDS,
        "switch off the desk lamp and the desk fan",
        {"light.office_desk_lamp": "off", "fan.office_fan": "off"},
        {"light.office_desk_lamp": ON, "fan.office_fan": ON},
    ),
    # Decoys: a similar name in another domain must stay untouched.
    C.act(DECOY, "water the garden", {"valve.garden_sprinkler": "open"}),
    C.act(DECOY, "turn on the garden light", {"light.garden_light": "on"}),
    C.act(DECOY, "start vacuuming", {"vacuum.robot_vacuum": "cleaning"}),
    C.act(
        DECOY,
        "stop vacuuming",
        {"vacuum.robot_vacuum": {"state": ("idle", "returning", "docked", "paused")}},
        {"vacuum.robot_vacuum": {"state": "cleaning"}, "light.garden_light": ON},
    ),
    C.act(DECOY, "turn off the vacuum plug", {"switch.vacuum_plug": "off"}),
    C.act(DECOY, "lock the back door", {"lock.back_door": "locked"}),
    C.act(DECOY, "pause the living room", {"media_player.living_room_speaker": "paused"}),
    C.act(
        DECOY,
        "turn off the living room lights",
        {"light.living_room_ceiling": "off", "light.living_room_lamp": "off"},
    ),
    C.act(DECOY, "turn on the tree lights", {"switch.christmas_tree": "on"}),
    # Ambiguous: nothing may happen; the agent asks which one.
    C.which("lock the door", {"lock.front_door": {"state": "unlocked"}}),
    C.which("turn off the light", {"light.office_desk_lamp": ON, "light.bedroom_lamp": ON}),
    C.which("turn on the lamp"),
    C.which("turn off the fan", {"fan.bedroom_fan": ON, "fan.office_fan": ON}),
    C.which("add batteries to the list"),
    C.which("dim the light to 30 percent"),
    C.which("turn it off"),
    C.which("set the master bedroom to 50 percent"),
    # State questions with exact answers.
    C.ask("What's the temperature outside?", "12.5", ("°C", "degrees")),
    C.ask("how humid is it outside", "81", ("%", "percent")),
    C.ask("what's the temperature in the kids room", "21.5", ("°C", "degrees")),
    C.ask("what's the front door battery at?", "13", ("%", "percent")),
    C.ask("is the front door locked?", ("yes", "locked"), no=("no", "unlocked")),
    C.ask("Is the back door locked?", ("no", "unlocked"), no=("yes",)),
    C.ask("is the back door open", ("yes", "open"), no=("no", "closed")),
    C.ask("is the garage door open?", ("no", "closed"), no=("yes",)),
    C.ask("is there motion in the hallway", ("yes", "detected"), no=("no", "clear")),
    C.ask("are the living room blinds open", ("yes", "open"), no=("no", "closed")),
    C.ask("what temperature is the thermostat set to?", "20", no=("19.5",)),
    C.ask("is the coffee maker on", ("no", "off"), no=("yes",)),
    C.ask("which lights are on?", "kitchen ceiling light", "living room ceiling light"),
    C.ask("is the vacuum cleaning?", ("no", "docked"), no=("yes",)),
    C.ask("how humid is the office", "44", ("%", "percent")),
    C.ask("what's on the shopping list?", "milk", "eggs", "bread"),
    # Timers (spoken to the voice satellite).
    C.timer("set a timer for 5 minutes", 300),
    C.timer("start a 10 minute timer", 600),
    C.timer("timer for 90 seconds please", 90),
    C.timer("set a pasta timer for 8 minutes", 480),
)

# Fresh phrasings written in session 13 against code that had not seen them; the
# wrong actions and misses they found were fixed or are left measured here.
FRESH = (
    C.act(ON_OFF, "could you get the corner lamp on", {"light.living_room_lamp": "on"}),
    C.act(ON_OFF, "lights on in the dining room", {"light.dining_chandelier": "on"}),
    C.act(
        ON_OFF,
        "shut off the tree lights",
        {"switch.christmas_tree": "off"},
        {"switch.christmas_tree": ON},
    ),
    C.act(ON_OFF, "fire up the coffee machine", {"switch.coffee_maker": "on"}),
    C.act(ON_OFF, "switch the desk fan on", {"fan.office_fan": "on"}),
    C.act(ON_OFF, "run the sprinklers", {"valve.garden_sprinkler": "open"}),
    C.act(LOCK, "lock the back door for me", {"lock.back_door": "locked"}),
    C.act(CLIMATE, "make it 22 degrees in here", {"climate.thermostat": {"temperature": 22}}),
    C.act(CLIMATE, "turn the heating down to 18", {"climate.thermostat": {"temperature": 18}}),
    C.act(
        BRIGHTNESS,
        "set the night light to 20%",
        {"light.kids_night_light": {"state": "on", "brightness_pct": 20}},
    ),
    C.act(COLOR, "turn the reading lamp purple", {"light.bedroom_lamp": {"state": "on"}}),
    C.act(
        POSITION, "lower the living room blinds", {"cover.living_room_blinds": {"state": "closed"}}
    ),
    C.act(
        POSITION,
        "open the bedroom shades halfway",
        {"cover.bedroom_shades": {"current_position": 50}},
    ),
    C.act(VACUUM, "have the roomba clean up", {"vacuum.robot_vacuum": "cleaning"}),
    C.act(
        MEDIA,
        "turn the living room speaker up",
        {"media_player.living_room_speaker": {"volume_pct": 40}},
    ),
    C.act(
        TODO,
        "put paper towels on the shopping list",
        {
            "todo.shopping_list": {
                "items": {
                    "milk": "needs_action",
                    "eggs": "needs_action",
                    "bread": "needs_action",
                    "paper towels": "needs_action",
                }
            }
        },
    ),
    C.act(SCENE, "start movie time", {"scene.movie_night": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "turn off the chandelier and lock the front door",
        {"light.dining_chandelier": "off", "lock.front_door": "locked"},
        {"light.dining_chandelier": ON, "lock.front_door": {"state": "unlocked"}},
    ),
    C.ask("what's the humidity in the office", "44", ("%", "percent")),
    C.ask("is the garage window open", ("no", "closed")),
    C.still("I love the new floor lamp"),
    C.still("remind me why the chandelier was so expensive"),
    C.which("turn on the fan"),
    C.which("dim the lamp"),
)
CASES = CASES + FRESH
