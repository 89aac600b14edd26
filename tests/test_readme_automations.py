"""The README's automation examples load and run as written.

Each YAML block under "Automation examples" is set up with HA's own `automation`
integration on the demo home with the real built-in model, triggered, and must leave the
notification it promises, with the summary's text in it.
"""

from __future__ import annotations

from pathlib import Path
import re

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import yaml as yaml_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

README = Path(__file__).parents[1] / "README.md"
ALIASES = ["Morning briefing", "What is open when leaving", "Anomaly report"]


def readme_automations() -> list[dict[str, object]]:
    """The automations of the README's "Automation examples" section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Automation examples", 1)[1].split("\n## ", 1)[0]
    automations: list[dict[str, object]] = []
    for block in re.findall(r"```yaml\n(.*?)```", section, re.DOTALL):
        automations.extend(yaml_util.parse_yaml(block))  # type: ignore[arg-type]
    return automations


def test_the_readme_has_the_three_examples() -> None:
    assert [a["alias"] for a in readme_automations()] == ALIASES


async def test_readme_automations_run(
    hass: HomeAssistant, demo_home: None, loaded_entry: MockConfigEntry
) -> None:
    """Each, triggered, summarizes with the local model and notifies a real text."""
    assert await async_setup_component(hass, "notify", {})
    assert await async_setup_component(hass, "automation", {"automation": readme_automations()})
    await hass.async_block_till_done()
    by_alias = {s.name: s.entity_id for s in hass.states.async_all("automation")}
    assert sorted(by_alias) == sorted(ALIASES)

    for alias in ALIASES:
        await hass.services.async_call(
            "automation", "trigger", {"entity_id": by_alias[alias]}, blocking=True
        )
        await hass.async_block_till_done(wait_background_tasks=True)

    notifications = persistent_notification._async_get_or_create_notifications(hass).values()
    by_title = {n["title"]: n["message"] for n in notifications}
    assert set(by_title) - {"Home check (model)", "Home check (fallback)"} == {
        "Good morning",
        "You left the house",
    }
    assert len(by_title) == 3
    for message in by_title.values():
        assert message.strip()
        assert "{{" not in message
        assert "None" not in message
    # Stop the time and state triggers, so no timer outlives the test.
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": list(by_alias.values())}, blocking=True
    )
