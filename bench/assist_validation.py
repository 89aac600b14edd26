"""Accuracy of the Assist agent on the validation set: writes bench/ASSIST_VALIDATION.md.

Run (one command, on demand, not in CI; about as long as the development set's bench):

    .venv/bin/python -m pytest bench/assist_validation.py -q -p no:randomly

The validation set (tests/assist_valset: three homes in Australian English, Spanish and
Dutch) stands in for the issue owners' held-out sets: the agent is never tuned on it.
It runs exactly like bench/assist_accuracy.py (same harness, judge, runner, report and
environment variables); `python -m bench.assist_validation a.json b.json` combines the
ASSIST_JSON files of runs made in parallel.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from tests.assist_valset.cases import CASES_BY_HOME
from tests.assist_valset.homes import VALIDATION_HOMES

from .assist_accuracy import CaseSet, Run, async_run_home, combine

VALIDATION = CaseSet(
    "validation set",
    CASES_BY_HOME,
    VALIDATION_HOMES,
    "ASSIST_VALIDATION.md",
    "bench/assist_validation.py",
    "tests/assist_valset/cases (homes: tests/assist_valset/homes); never tuned on",
)


@pytest.fixture(scope="module")
def run() -> Run:
    """The outcomes of this run, shared by the homes' tests."""
    return Run(VALIDATION)


@pytest.mark.parametrize("home_name", VALIDATION.selected)
async def test_home(
    hass: HomeAssistant,
    ha_core: None,
    config_entry: MockConfigEntry,
    run: Run,
    home_name: str,
) -> None:
    """Run the home's cases through local_slm, then HA's built-in agent (a report)."""
    await async_run_home(hass, config_entry, run, home_name)


if __name__ == "__main__":
    import sys

    combine(VALIDATION, sys.argv[1:])
