"""All cases of the validation set, by home."""

from __future__ import annotations

from tests.assist_devset.case import Case

from . import gracht, olivo, wattle

CASES_BY_HOME: dict[str, tuple[Case, ...]] = {
    "wattle": wattle.CASES,
    "olivo": olivo.CASES,
    "gracht": gracht.CASES,
}
ALL_CASES: tuple[Case, ...] = tuple(c for cases in CASES_BY_HOME.values() for c in cases)
