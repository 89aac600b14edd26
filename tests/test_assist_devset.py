"""The development set is what the issue asks for, and its runner judges for real.

The structure tests read the cases only. The end-to-end tests build a test home in a
real HA, load the built-in model, send a few cases through the local_slm agent and
check the judge, including that it catches a wrong action. The full run (every case,
both agents) is bench/assist_accuracy.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncGenerator

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .assist_devset.case import AMBIGUOUS, DECOY, STATE, Case, CaseWriter
from .assist_devset.cases import ALL_CASES, CASES_BY_HOME
from .assist_devset.harness import TestHome, async_build_test_home, async_set_up_home
from .assist_devset.judge import judge
from .assist_devset.observe import observe
from .assist_devset.runner import LOCAL_SLM_AGENT, async_run_case
from .homes.catalog import HOMES


def test_the_set_has_the_size_and_mix_the_issue_asks_for() -> None:
    """At least 200 cases, 4 homes, 40 per language (en, fr, de), 20 ambiguous, 40 questions."""
    languages = Counter(case.language for case in ALL_CASES)
    categories = Counter(case.category for case in ALL_CASES)
    assert len(ALL_CASES) >= 200
    assert len(HOMES) >= 4
    assert all(languages[lang] >= 40 for lang in ("en", "fr", "de")), languages
    assert categories[AMBIGUOUS] >= 20
    assert categories[STATE] >= 40


def test_every_case_names_entities_of_its_home() -> None:
    """Expected changes and start values only name entities that exist in the case's home."""
    for home_name, cases in CASES_BY_HOME.items():
        ids = {device.entity_id for device in HOMES[home_name].devices}
        for case in cases:
            assert case.home == home_name
            assert set(case.changes) | set(case.setup) <= ids, case.text


def test_every_case_checks_something() -> None:
    """A case checks a change, a timer, an answer, a question back, or (a remark) no change."""
    for case in ALL_CASES:
        assert case.acts or case.answer or case.asks_back or case.category == DECOY, case.text


def test_the_homes_hold_the_domains_and_decoys_the_issue_asks_for() -> None:
    """Locks, valves, vacuums, media players, to-do lists, fans, climate, positioned covers."""
    needed = {"lock", "valve", "vacuum", "media_player", "todo", "fan", "climate", "cover"}
    for home in HOMES.values():
        assert needed <= {device.domain for device in home.devices}, home.name
    assert any(
        sum(device.domain == "lock" for device in home.devices) >= 2 for home in HOMES.values()
    )
    assert {home.language for home in HOMES.values()} >= {"en", "fr", "de"}


MAPLE_CASES = CaseWriter("maple", "en")


@pytest.fixture
async def maple_home(hass: HomeAssistant, ha_core: None) -> TestHome:
    """Maple Street built in a real HA, without any agent (for the judge)."""
    return await async_build_test_home(hass, HOMES["maple"])


@pytest.fixture
async def maple(
    hass: HomeAssistant, ha_core: None, config_entry: MockConfigEntry
) -> AsyncGenerator[TestHome]:
    """Maple Street built in a real HA, with the local_slm agent on the built-in model."""
    yield await async_set_up_home(hass, HOMES["maple"], config_entry)
    await hass.config_entries.async_unload(config_entry.entry_id)
    await hass.async_block_till_done()


@pytest.mark.parametrize(
    "case",
    [
        MAPLE_CASES.act("on/off", "turn on the coffee maker", {"switch.coffee_maker": "on"}),
        MAPLE_CASES.ask("What's the temperature outside?", "12.5", ("°C", "degrees")),
    ],
    ids=["action", "question"],
)
async def test_a_case_runs_end_to_end_and_succeeds(
    hass: HomeAssistant, maple: TestHome, case: Case
) -> None:
    """A plain command and a plain question succeed, with the deciding layer recorded."""
    outcome = await async_run_case(hass, maple, LOCAL_SLM_AGENT, case)
    assert outcome.verdict.ok, (outcome.speech, outcome.verdict.reasons)
    assert outcome.layer is not None
    assert outcome.seconds > 0


async def test_the_home_is_reset_between_cases(hass: HomeAssistant, maple_home: TestHome) -> None:
    """A change made by a service is undone by the reset, and start values are applied."""
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": "switch.coffee_maker"}, blocking=True
    )
    maple_home.reset({"lock.front_door": {"state": "unlocked"}})
    await hass.async_block_till_done()
    assert hass.states.get("switch.coffee_maker").state == "off"
    assert hass.states.get("lock.front_door").state == "unlocked"


async def test_the_judge_catches_a_wrong_action(hass: HomeAssistant, maple_home: TestHome) -> None:
    """A real service call on another device than the one asked for is a wrong action."""
    case = MAPLE_CASES.act("decoy trap", "water the garden", {"valve.garden_sprinkler": "open"})
    entities = maple_home.entry.runtime_data.entities
    before = observe(hass, entities)
    # What the issue saw: "water the garden" switched the garden light.
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": "light.garden_light"}, blocking=True
    )
    verdict = judge(case, before, observe(hass, entities), "Turned on Garden light.")
    assert not verdict.ok
    assert verdict.wrong_action
    assert any("light.garden_light" in reason for reason in verdict.reasons)


async def test_the_judge_catches_a_service_that_changes_nothing_visible(
    hass: HomeAssistant, maple_home: TestHome
) -> None:
    """'Back to the dock' answered with start on a vacuum already cleaning is still wrong."""
    case = MAPLE_CASES.act(
        "vacuum", "robot vacuum back to the dock", {"vacuum.robot_vacuum": "returning"}
    )
    maple_home.entry.runtime_data.reset({"vacuum.robot_vacuum": {"state": "cleaning"}})
    await hass.async_block_till_done()
    seen = observe(hass, maple_home.entry.runtime_data.entities)
    verdict = judge(case, seen, seen, "Started", {("vacuum.robot_vacuum", "vacuum.start")})
    assert verdict.wrong_action
    assert judge(case, seen, seen, "Hm?", set()).wrong_action is False


def test_the_judge_wants_one_timer_of_the_asked_duration() -> None:
    """A 5-minute timer request: one 300 s timer succeeds; a 500 s timer is a wrong action."""
    case = MAPLE_CASES.timer("set a timer for 5 minutes", 300)
    assert judge(case, {}, {}, "Timer started", timers_started=(300,)).ok
    wrong = judge(case, {}, {}, "Timer started", timers_started=(500,))
    assert wrong.wrong_action
    assert not judge(case, {}, {}, "Sorry", timers_started=()).ok


async def test_the_judge_counts_a_right_device_set_wrongly_as_wrong(
    hass: HomeAssistant, maple_home: TestHome
) -> None:
    """Brightness ignored ("set to 50 %" but the light just turned on) is a wrong action."""
    case = MAPLE_CASES.act(
        "brightness",
        "set the chandelier to 50%",
        {"light.dining_chandelier": {"state": "on", "brightness_pct": 50}},
    )
    entities = maple_home.entry.runtime_data.entities
    before = observe(hass, entities)
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": "light.dining_chandelier"}, blocking=True
    )
    verdict = judge(case, before, observe(hass, entities), "Turned on Chandelier.")
    assert verdict.wrong_action
    assert not verdict.ok


async def test_the_judge_wants_a_question_back_and_no_change_when_ambiguous(
    hass: HomeAssistant, maple_home: TestHome
) -> None:
    """'lock the door' with two locks: acting on one is wrong; asking which one succeeds."""
    case = MAPLE_CASES.which("lock the door")
    entities = maple_home.entry.runtime_data.entities
    before = observe(hass, entities)
    asked = judge(case, before, before, "Which door: Front door or Back door?")
    await hass.services.async_call("lock", "lock", {"entity_id": "lock.back_door"}, blocking=True)
    acted = judge(case, before, observe(hass, entities), "Locked Back door.")
    assert asked.ok
    assert not acted.ok
    assert acted.wrong_action


async def test_a_wrong_number_in_an_answer_fails(hass: HomeAssistant, maple_home: TestHome) -> None:
    """An invented value (25.0 for an outside temperature of 12.5) fails the question."""
    case = MAPLE_CASES.ask("What's the temperature outside?", "12.5", ("°C", "degrees"))
    seen = observe(hass, maple_home.entry.runtime_data.entities)
    assert not judge(case, seen, seen, "It is 25.0 °C outside.").ok
    assert judge(case, seen, seen, "Outside temperature is 12,5 °C").ok
