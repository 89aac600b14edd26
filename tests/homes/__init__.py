"""Test homes for the Assist development set, and the virtual integration that builds them.

Importing this package makes the test-only `virtual_home` integration findable by HA's
loader: HA looks for custom integrations in every folder of `custom_components.__path__`,
and the virtual home lives in tests/testing_config/custom_components (never shipped).
"""

from __future__ import annotations

from pathlib import Path

import custom_components

VIRTUAL_HOME_ROOT = str(Path(__file__).parents[1] / "testing_config" / "custom_components")
if VIRTUAL_HOME_ROOT not in custom_components.__path__:
    custom_components.__path__.append(VIRTUAL_HOME_ROOT)
