"""End to end: ./scripts/develop brings up a real `hass` with local_slm answering.

Runs the script as a user would (a real Home Assistant process, offline, on loopback),
asks the Assist agent over HA's REST API, then stops it with Ctrl-C (SIGINT); and runs it
again on the same folder, as a developer does every day.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path
import re
import time

import pytest

from .develop_run import Develop, free_port, listening_hosts, log_problems, workers


@pytest.fixture
def develop(tmp_path: Path) -> Iterator[Develop]:
    """./scripts/develop running in a temporary folder on a free port."""
    run = Develop(tmp_path / "develop", free_port())
    yield run
    run.kill()


def test_develop_answers_and_stops_cleanly(develop: Develop) -> None:
    """The agent is the preferred pipeline's, it acts on a demo light, Ctrl-C stops all."""
    assert f"Home Assistant with local_slm: {develop.url}" in develop.output
    assert "login: dev / local-slm-dev" in develop.output

    develop.api("POST", "/api/services/light/turn_on", {"entity_id": "light.kitchen_lights"})
    answer = develop.api(
        "POST",
        "/api/conversation/process",
        {
            "text": "éteins la lumière de la cuisine",
            "language": "fr",
            "agent_id": "conversation.local_slm_conversation",
        },
    )
    speech = answer["response"]["speech"]["plain"]["speech"]  # type: ignore[index]
    assert "éteint" in speech.lower()  # HA's own French sentence for it
    state = develop.api("GET", "/api/states/light.kitchen_lights")
    assert state["state"] == "off"  # type: ignore[index]
    assert workers(develop.config)

    develop.interrupt()
    time.sleep(1)
    assert not workers(develop.config)


def test_develop_restarts_on_its_folder_with_the_port_asked_for(tmp_path: Path) -> None:
    """A second run on the same folder comes up clean: no error, loopback only, the new PORT.

    HTTP is set in HA's own store (not YAML), so there is no deprecation repair, no
    trial config to confirm, and no warning from local_slm or HA's HTTP server.
    """
    first = Develop(tmp_path / "develop", free_port())
    try:
        first.interrupt()
    finally:
        first.kill()

    second = Develop(tmp_path / "develop", free_port())
    try:
        assert f"Home Assistant with local_slm: {second.url}" in second.output
        assert listening_hosts(second.port) == {"loopback"}
        assert listening_hosts(first.port) == set()
        store = json.loads((second.config / ".storage" / "http").read_text())["data"]
        assert store["pending"] is None
        assert store["stable"]["server_port"] == second.port
        yaml = (second.config / "configuration.yaml").read_text()
        assert re.search(r"^http:", yaml, re.MULTILINE) is None
        states = second.api("GET", "/api/states")  # it answers to the first run's login
        assert "conversation.local_slm_conversation" in {s["entity_id"] for s in states}  # type: ignore[attr-defined,index]
        assert second.interrupt() is not None
        assert log_problems(second.log()) == []
        registry = second.config / ".storage" / "repairs.issue_registry"
        issues = json.loads(registry.read_text())["data"]["issues"] if registry.exists() else []
        assert [i for i in issues if i["domain"] in ("http", "local_slm")] == []
    finally:
        second.kill()
