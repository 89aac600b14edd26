"""The built-in model's agent reaches the success target on the command list.

The target (issue: at least 80 % in English and in French) is a property of the
product as users get it: HA's sentence matcher, our lexical layer, then the model.
bench/assist_accuracy.py prints the per-command table for the issue notes.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .assist_commands import COMMANDS
from .assist_eval import async_run_command

AGENT = "conversation.local_slm_conversation"
TARGET = 0.8


@pytest.mark.usefixtures("demo_home")
@pytest.mark.parametrize("language", ["en", "fr"])
async def test_success_rate_reaches_the_target(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, language: str
) -> None:
    """At least 80 % of the commands in each language do what they ask."""
    commands = [c for c in COMMANDS if c.language == language]
    assert len(commands) >= 15
    outcomes = [await async_run_command(hass, AGENT, c) for c in commands]
    failed = [(o.command.text, o.speech) for o in outcomes if not o.ok]
    rate = 1 - len(failed) / len(outcomes)
    assert rate >= TARGET, failed
