"""The validation set is well-formed, of the size asked, and apart from the development set.

These tests read the cases and homes only; bench/assist_validation.py runs them in a real
HA through the development set's harness, judge and runner.
"""

from __future__ import annotations

from collections import Counter

import pytest

from .assist_devset.case import (
    AMBIGUOUS,
    CATEGORIES,
    DECOY,
    STATE,
    TIMER,
    TODO,
    TWO_COMMANDS,
    CaseWriter,
)
from .assist_devset.cases import ALL_CASES as DEVELOPMENT_CASES
from .assist_devset.judge import judge
from .assist_valset.cases import ALL_CASES, CASES_BY_HOME
from .assist_valset.homes import VALIDATION_HOMES
from .homes.catalog import HOMES


def test_three_new_homes_in_english_spanish_and_dutch() -> None:
    """Three homes, none sharing a name with a development home; en, es and nl."""
    assert set(CASES_BY_HOME) == set(VALIDATION_HOMES)
    assert not set(VALIDATION_HOMES) & set(HOMES)
    assert sorted(home.language for home in VALIDATION_HOMES.values()) == ["en", "es", "nl"]


def test_each_home_has_enough_cases_of_every_kind() -> None:
    """Per home: 40 cases or more, 6 must-ask, 10 state questions, every category."""
    for home_name, cases in CASES_BY_HOME.items():
        categories = Counter(case.category for case in cases)
        assert len(cases) >= 40, home_name
        assert categories[AMBIGUOUS] >= 6, home_name
        assert categories[STATE] >= 10, home_name
        assert set(categories) == set(CATEGORIES), (home_name, set(CATEGORIES) - set(categories))
        assert categories[DECOY] >= 3 and categories[TWO_COMMANDS] >= 2 and categories[TIMER]


def test_every_case_names_entities_of_its_home_in_its_language() -> None:
    """Expected changes and start values only name the home's entities; one language a home."""
    for home_name, cases in CASES_BY_HOME.items():
        home = VALIDATION_HOMES[home_name]
        ids = {device.entity_id for device in home.devices}
        for case in cases:
            assert (case.home, case.language) == (home_name, home.language), case.text
            assert set(case.changes) | set(case.setup) <= ids, case.text


def test_every_case_checks_something() -> None:
    """A case checks a change, a timer, an answer, or that the agent asks back."""
    for case in ALL_CASES:
        assert case.acts or case.answer or case.asks_back, case.text


def test_no_request_is_repeated_or_taken_from_the_development_set() -> None:
    """Held out means held out: no text twice, and none the agent is tuned on."""
    texts = [case.text.lower() for case in ALL_CASES]
    twice = len(texts) - len(set(texts))
    assert twice == 0, "a held-out request is there twice"
    # A failure names the development requests only: whoever rewords them must not
    # read the held-out ones (pytest would print both sets).
    repeated = sorted(case.text for case in DEVELOPMENT_CASES if case.text.lower() in set(texts))
    assert repeated == [], "reword these development requests"


def test_the_homes_hold_every_domain_and_decoys_across_domains() -> None:
    """Each home: the issue's domains, two locks, and a light sharing a word with a valve."""
    needed = {"light", "lock", "valve", "vacuum", "media_player", "todo", "fan", "climate"}
    needed |= {"cover", "sensor", "scene", "switch"}
    for home in VALIDATION_HOMES.values():
        domains = Counter(device.domain for device in home.devices)
        assert needed <= set(domains), home.name
        assert domains["lock"] >= 2, home.name
        valve_area = {d.area for d in home.devices if d.domain == "valve"}
        assert any(d.domain == "light" and d.area in valve_area for d in home.devices), home.name


@pytest.mark.parametrize(
    ("language", "added", "item"),
    [("es", "los tomates", "tomates"), ("nl", "de melk", "melk"), ("es", "tomates a l", None)],
)
def test_the_judge_reads_a_to_do_item_without_its_spanish_or_dutch_article(
    language: str, added: str, item: str | None
) -> None:
    """'los tomates' is the item 'tomates'; a mangled item ('tomates a l') is not."""
    wanted = item or added.split()[0]
    case = CaseWriter("olivo", language).act(
        TODO, "…", {"todo.list": {"items": {wanted: "needs_action"}}}
    )
    before = {"todo.list": {"state": "1", "items": {"pan": "needs_action"}}}
    after = {"todo.list": {"state": "2", "items": {"pan": "needs_action", added: "needs_action"}}}
    assert judge(case, before, after, "OK").ok is (item is not None)


def test_no_answer_may_read_out_an_error_or_english_in_a_spanish_or_dutch_home() -> None:
    """Every case refuses an error dump; Spanish and Dutch cases also refuse English."""
    for case in ALL_CASES:
        assert "Traceback" in case.answer_not, case.text
        assert ("the user" in case.answer_not) is (case.language != "en"), case.text
