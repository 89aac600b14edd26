"""All cases of the development set, by home."""

from __future__ import annotations

from ..case import Case
from . import (
    appartement,
    casa,
    departamento,
    harbor,
    haus,
    hogar,
    loft,
    maison,
    maple,
    mieszkanie,
    sobrado,
    woning,
)

CASES_BY_HOME: dict[str, tuple[Case, ...]] = {
    "maple": maple.CASES,
    "harbor": harbor.CASES,
    "maison": maison.CASES,
    "haus": haus.CASES,
    "casa": casa.CASES,
    "woning": woning.CASES,
    "hogar": hogar.CASES,
    "loft": loft.CASES,
    "appartement": appartement.CASES,
    "departamento": departamento.CASES,
    "mieszkanie": mieszkanie.CASES,
    "sobrado": sobrado.CASES,
}
ALL_CASES: tuple[Case, ...] = tuple(c for cases in CASES_BY_HOME.values() for c in cases)
