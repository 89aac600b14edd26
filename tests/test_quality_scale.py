"""quality_scale.yaml answers every rule through Gold, and Platinum's strict-typing.

Each rule is done, exempt with the reason, or todo with what is missing. The rule names
are Home Assistant's (developer docs, "Integration quality scale", 2026.10).
"""

from __future__ import annotations

from pathlib import Path
import tomllib

from homeassistant.util import yaml as yaml_util

SCALE = Path(__file__).parents[1] / "custom_components" / "local_slm" / "quality_scale.yaml"
BRONZE = """action-setup appropriate-polling brands common-modules config-flow-test-coverage
config-flow dependency-transparency docs-actions docs-high-level-description
docs-installation-instructions docs-removal-instructions entity-event-setup entity-unique-id
has-entity-name runtime-data test-before-configure test-before-setup unique-config-entry"""
SILVER = """action-exceptions config-entry-unloading docs-configuration-parameters
docs-installation-parameters entity-unavailable integration-owner log-when-unavailable
parallel-updates reauthentication-flow test-coverage"""
GOLD = """devices diagnostics discovery-update-info discovery docs-data-update docs-examples
docs-known-limitations docs-supported-devices docs-supported-functions docs-troubleshooting
docs-use-cases dynamic-devices entity-category entity-device-class entity-disabled-by-default
entity-translations exception-translations icon-translations reconfiguration-flow
repair-issues stale-devices"""
PLATINUM = "async-dependency inject-websession strict-typing"
RULES = set((BRONZE + " " + SILVER + " " + GOLD + " " + PLATINUM).split())


def _rules() -> dict[str, object]:
    return dict(yaml_util.load_yaml(str(SCALE))["rules"])  # type: ignore[index]


def test_every_rule_through_gold_and_strict_typing_is_answered() -> None:
    assert set(_rules()) == RULES


def test_each_answer_is_done_exempt_or_todo_and_says_why() -> None:
    """A bare `done` is allowed; exempt and todo always carry their reason."""
    for rule, answer in _rules().items():
        if answer == "done":
            continue
        assert isinstance(answer, dict), rule
        assert answer["status"] in ("done", "exempt", "todo"), rule
        if answer["status"] != "done":
            assert str(answer.get("comment", "")).strip(), rule


def test_the_brand_icon_is_shipped() -> None:
    """`brands: done`: HA serves brand/icon.png offline (dark_icon.png on dark themes)."""
    brand = SCALE.parent / "brand"
    for name in ("icon.png", "icon@2x.png", "dark_icon.png", "dark_icon@2x.png"):
        assert (brand / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_coverage_the_scale_claims_is_enforced() -> None:
    """test-coverage and config-flow-test-coverage hold only while a whole run enforces them.

    pyproject.toml's `fail_under` (95 % at least) fails `./scripts/test`, and so does its
    check that the config flow modules are covered in full.
    """
    root = SCALE.parents[2]
    coverage = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["coverage"]
    assert coverage["report"]["fail_under"] >= 95
    script = (root / "scripts" / "test").read_text()
    assert "--fail-under=100" in script
    for flow in ("config_flow.py", "model_source_flow.py", "remote_flow.py"):
        assert f"$flows/{flow}" in script, flow
