"""Harbour View (English, British wording): a flat with two heaters and one lock."""

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

C = CaseWriter("harbor", "en")
ON = {"state": "on"}
OFF = {"state": "off"}

CASES = (
    C.act(
        ON_OFF, "switch on the big light", {"light.lounge_main": "on"}, {"light.lounge_main": OFF}
    ),
    C.act(ON_OFF, "turn the spots off", {"light.kitchen_spots": "off"}),
    C.act(ON_OFF, "pop the kettle on", {"switch.kettle": "on"}),
    C.act(ON_OFF, "bathroom fan on please", {"fan.bathroom_extractor": "on"}),
    C.act(ON_OFF, "turn on the heated towel rail", {"switch.towel_rail": "on"}),
    C.act(ON_OFF, "put the telly on", {"media_player.lounge_tv": "on"}),
    C.act(
        ON_OFF,
        "turn off the lounge lights",
        {"light.lounge_main": "off", "light.lounge_lamp": "off"},
    ),
    C.act(ON_OFF, "hall light on", {"light.hall_light": "on"}),
    C.act(
        ON_OFF,
        "turn off the mirror light",
        {"light.bathroom_mirror": "off"},
        {"light.bathroom_mirror": ON},
    ),
    C.act(
        ON_OFF,
        "switch off the television",
        {"media_player.lounge_tv": "off"},
        {"media_player.lounge_tv": {"state": "on"}},
    ),
    C.act(
        LOCK,
        "lock the back door",
        {"lock.kitchen_door": "locked"},
        {"lock.kitchen_door": {"state": "unlocked"}},
    ),
    C.act(LOCK, "unlock the kitchen door", {"lock.kitchen_door": "unlocked"}),
    C.act(
        BRIGHTNESS,
        "dim the standard lamp to 30%",
        {"light.lounge_lamp": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(
        BRIGHTNESS,
        "set the hall light to 80 percent",
        {"light.hall_light": {"state": "on", "brightness_pct": 80}},
    ),
    C.act(
        BRIGHTNESS,
        "big light to half brightness",
        {"light.lounge_main": {"state": "on", "brightness_pct": 50}},
    ),
    C.act(
        COLOR, "make the LED strip pink", {"light.kitchen_strip": {"state": "on", "color": "pink"}}
    ),
    C.act(
        COLOR,
        "change the standard lamp to orange",
        {"light.lounge_lamp": {"state": "on", "color": "orange"}},
    ),
    C.act(
        CLIMATE,
        "set the bedroom heater to 19 degrees",
        {"climate.bedroom_heater": {"temperature": 19}},
    ),
    C.act(
        CLIMATE, "turn the lounge heater up to 22", {"climate.lounge_heater": {"temperature": 22}}
    ),
    C.act(CLIMATE, "turn off the bedroom heater", {"climate.bedroom_heater": "off"}),
    C.act(
        POSITION,
        "open the curtains",
        {"cover.bedroom_curtains": {"state": "open", "current_position": 100}},
    ),
    C.act(POSITION, "lounge blind down", {"cover.lounge_blind": {"state": "closed"}}),
    C.act(
        POSITION, "open the lounge blind to 75%", {"cover.lounge_blind": {"current_position": 75}}
    ),
    C.act(
        POSITION,
        "turn off the balcony watering",
        {"valve.balcony_watering": "closed"},
        {"valve.balcony_watering": {"state": "open"}},
    ),
    C.act(
        MEDIA,
        "turn the radio down to 20 percent",
        {"media_player.kitchen_radio": {"volume_pct": 20}},
    ),
    C.act(MEDIA, "pause the radio", {"media_player.kitchen_radio": "paused"}),
    C.act(
        MEDIA,
        "skip to the next one on the kitchen radio",
        {"media_player.kitchen_radio": {"media_title": "Sport"}},
    ),
    C.act(MEDIA, "mute the radio", {"media_player.kitchen_radio": {"is_volume_muted": True}}),
    C.act(
        MEDIA,
        "resume the radio",
        {"media_player.kitchen_radio": "playing"},
        {"media_player.kitchen_radio": {"state": "paused"}},
    ),
    C.act(
        VACUUM,
        "send the hoover back to its base",
        {"vacuum.hoover": "returning"},
        {"vacuum.hoover": {"state": "cleaning"}},
    ),
    C.act(VACUUM, "hoover the flat", {"vacuum.hoover": "cleaning"}),
    C.act(
        TODO, "add milk to the groceries", {"todo.groceries": {"items": {"milk": "needs_action"}}}
    ),
    C.act(
        TODO,
        "stick bin bags on the groceries list",
        {"todo.groceries": {"items": {"bin bags": "needs_action"}}},
    ),
    C.act(TODO, "tick off tea on groceries", {"todo.groceries": {"items": {"tea": "completed"}}}),
    C.act(
        TODO,
        "add ring mum to my to do list",
        {"todo.to_do": {"items": {"ring mum": "needs_action"}}},
    ),
    C.act(SCENE, "activate bedtime", {"scene.bedtime": {"state": CHANGED}}),
    C.act(
        TWO_COMMANDS,
        "turn off the big light and switch on the standard lamp",
        {"light.lounge_main": "off", "light.lounge_lamp": "on"},
        {"light.lounge_lamp": OFF},
    ),
    C.act(
        TWO_COMMANDS,
        "close the curtains and turn off the bedroom light",
        {"cover.bedroom_curtains": "closed", "light.bedroom_light": "off"},
        {
            "cover.bedroom_curtains": {"state": "open", "current_position": 100},
            "light.bedroom_light": ON,
        },
    ),
    C.act(
        TWO_COMMANDS,
        "put the kettle on and turn on the kitchen spotlights",
        {"switch.kettle": "on", "light.kitchen_spots": "on"},
        {"light.kitchen_spots": OFF},
    ),
    C.act(DECOY, "get the hoover going", {"vacuum.hoover": "cleaning"}),
    C.act(DECOY, "switch off the hoover plug", {"switch.hoover_plug": "off"}),
    C.act(DECOY, "turn on the balcony light", {"light.balcony_light": "on"}),
    C.act(DECOY, "water the plants on the balcony", {"valve.balcony_watering": "open"}),
    C.act(
        DECOY,
        "lock the kitchen door",
        {"lock.kitchen_door": "locked"},
        {"lock.kitchen_door": {"state": "unlocked"}},
    ),
    C.which("set the heating to 21 degrees"),
    C.which("turn off the heating"),
    C.which("turn the light on", {"light.lounge_main": OFF, "light.kitchen_spots": OFF}),
    C.which("put it on the list"),
    C.which("dim the lights a bit"),
    C.ask("what's the temperature on the balcony?", "7.5", ("°C", "degrees")),
    C.ask("how humid is the bathroom", "68", ("%", "percent")),
    C.ask("is the bathroom window open?", ("yes", "open"), no=("no", "closed")),
    C.ask("is the kitchen door locked", ("yes", "locked"), no=("no", "unlocked")),
    C.ask("is the kitchen door open?", ("no", "closed"), no=("yes",)),
    C.ask("is there a leak in the bathroom?", ("no", "dry", "clear"), no=("yes",)),
    C.ask("what's the hoover battery at", "54", ("%", "percent")),
    C.ask("is the kettle on?", ("no", "off"), no=("yes",)),
    C.ask("what's the lounge heater set to", "21", no=("19",)),
    C.ask("how warm is it in the hall?", "19.8", ("°C", "degrees")),
    C.timer("set a timer for twenty minutes", 1200),
    C.timer("can you time 3 minutes for my tea", 180),
)

# Fresh phrasings written in session 13 against code that had not seen them; the
# wrong actions and misses they found were fixed or are left measured here.
FRESH = (
    C.act(ON_OFF, "flick the kettle on", {"switch.kettle": "on"}),
    C.act(ON_OFF, "chuck the telly on", {"media_player.lounge_tv": "on"}),
    C.act(ON_OFF, "kill the spots", {"light.kitchen_spots": "off"}),
    C.act(ON_OFF, "can you pop the fairy lights on", {"light.balcony_light": "on"}),
    C.act(ON_OFF, "switch the towel rail on for me", {"switch.towel_rail": "on"}),
    C.act(ON_OFF, "turn the extractor on", {"fan.bathroom_extractor": "on"}),
    C.act(ON_OFF, "hoover plug off", {"switch.hoover_plug": "off"}),
    C.act(
        CLIMATE, "bump the lounge heater up to 23", {"climate.lounge_heater": {"temperature": 23}}
    ),
    C.act(
        CLIMATE,
        "set the lounge heater to 20 degrees",
        {"climate.lounge_heater": {"temperature": 20}},
    ),
    C.act(
        BRIGHTNESS,
        "dim the standard lamp to 30 percent",
        {"light.lounge_lamp": {"state": "on", "brightness_pct": 30}},
    ),
    C.act(COLOR, "make the LED strip red", {"light.kitchen_strip": {"state": "on"}}),
    C.act(LOCK, "lock up the back door", {"lock.kitchen_door": "locked"}),
    C.act(POSITION, "shut the bedroom curtains", {"cover.bedroom_curtains": {"state": "closed"}}),
    C.act(POSITION, "put the lounge blind up", {"cover.lounge_blind": {"current_position": 100}}),
    C.act(VACUUM, "start the hoover", {"vacuum.hoover": "cleaning"}),
    C.act(MEDIA, "turn the radio down a bit", {"media_player.kitchen_radio": {"volume_pct": 30}}),
    C.act(
        MEDIA, "next song on the radio", {"media_player.kitchen_radio": {"media_title": "Sport"}}
    ),
    C.act(
        TODO,
        "pop biscuits on the to do list",
        {
            "todo.to_do": {
                "items": {
                    "call the landlord": "needs_action",
                    "pay council tax": "completed",
                    "biscuits": "needs_action",
                }
            }
        },
    ),
    C.act(SCENE, "good night", {"scene.bedtime": {"state": CHANGED}}),
    C.ask("how warm is it on the balcony", "7.5", ("°C", "degrees")),
    C.ask("is the bathroom window shut", ("no", "open")),
    C.ask("what's the hall temperature", "19.8", ("°C", "degrees")),
    C.still("the telly was rubbish last night"),
    C.which("turn the heater up"),
)
CASES = CASES + FRESH
