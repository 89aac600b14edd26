"""Every test home, by name."""

from __future__ import annotations

from .appartement import APPARTEMENT
from .casa import CASA
from .departamento import DEPARTAMENTO
from .harbor import HARBOR
from .haus import HAUS
from .hogar import HOGAR
from .loft import LOFT
from .maison import MAISON
from .maple import MAPLE
from .mieszkanie import MIESZKANIE
from .model import Home
from .sobrado import SOBRADO
from .woning import WONING

HOMES: dict[str, Home] = {
    home.name: home
    for home in (
        MAPLE,
        HARBOR,
        MAISON,
        HAUS,
        CASA,
        WONING,
        HOGAR,
        LOFT,
        APPARTEMENT,
        DEPARTAMENTO,
        MIESZKANIE,
        SOBRADO,
    )
}
