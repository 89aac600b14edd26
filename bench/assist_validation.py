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

from tests.assist_valset.cases import CASES_BY_HOME
from tests.assist_valset.homes import VALIDATION_HOMES

from .assist_accuracy import CaseSet, combine, home_tests

VALIDATION = CaseSet(
    "validation set",
    CASES_BY_HOME,
    VALIDATION_HOMES,
    "ASSIST_VALIDATION.md",
    "bench/assist_validation.py",
    "tests/assist_valset/cases (homes: tests/assist_valset/homes); never tuned on",
)


run, test_home = home_tests(VALIDATION)


if __name__ == "__main__":
    import sys

    combine(VALIDATION, sys.argv[1:])
