"""End to end: ./scripts/develop brings up a real `hass` with local_slm answering.

Runs the script as a user would (a real Home Assistant process, offline, on loopback),
asks the Assist agent over HA's REST API, then stops it with Ctrl-C (SIGINT); and runs it
again on the same folder, as a developer does every day.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
import os
from pathlib import Path
import re
import signal
import subprocess
import sys
import time

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLIENT = Path(__file__).with_name("e2e_client.py")


def _free_port() -> int:
    # Asked of a child process: the harness blocks sockets in this one.
    code = "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
    return int(subprocess.check_output([sys.executable, "-c", code], text=True))


def _api(url: str, tokens: Path, method: str, path: str, body: object = None) -> object:
    args = [sys.executable, str(CLIENT), url, str(tokens), method, path]
    if body is not None:
        args.append(json.dumps(body))
    return json.loads(subprocess.check_output(args, text=True, timeout=320))


def _workers(config: Path) -> list[int]:
    """Worker processes serving this config's Home Assistant (children of its hass)."""
    out = subprocess.run(
        ["pgrep", "-f", "local_slm/engine/worker.py"], check=False, capture_output=True, text=True
    )
    pids = [int(p) for p in out.stdout.split()]
    mine = []
    for pid in pids:
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if str(config.parent).encode() in environ:  # DEVELOP_DIR, inherited from the script
            mine.append(pid)
    return mine


class Develop:
    """One run of ./scripts/develop: its process, URL, config folder and what it printed."""

    def __init__(self, develop_dir: Path, port: int, **env: str) -> None:
        self.develop_dir = develop_dir
        self.config = develop_dir / "config"
        self.url = f"http://127.0.0.1:{port}"
        self.port = port
        self.proc = subprocess.Popen(
            [str(ROOT / "scripts" / "develop")],
            cwd=ROOT,
            env={**os.environ, "PORT": str(port), "DEVELOP_DIR": str(develop_dir), **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        lines: list[str] = []
        assert self.proc.stdout is not None
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Ready. Ctrl-C to stop." in line:
                break
        self.output = "".join(lines)
        if "Ready. Ctrl-C to stop." not in self.output:
            self.kill()
            pytest.fail("scripts/develop did not become ready:\n" + "".join(lines[-40:]))

    @property
    def tokens(self) -> Path:
        return self.config / ".dev_tokens.json"

    def api(self, method: str, path: str, body: object = None) -> object:
        return _api(self.url, self.tokens, method, path, body)

    def interrupt(self) -> int:
        """Ctrl-C, as a person stops it; returns the script's exit code."""
        os.killpg(self.proc.pid, signal.SIGINT)
        return self.proc.wait(timeout=120)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=60)

    def log(self) -> str:
        return (self.develop_dir / "home-assistant.log").read_text(errors="replace")


# The one warning HA logs for every custom integration: not ours to silence.
UNTESTED_CUSTOM_INTEGRATION = "We found a custom integration local_slm which has not been tested"
PROBLEM = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) \(\S+\) \[([^\]]+)\]")


def log_problems(log: str) -> list[str]:
    """Warnings and errors of local_slm and of HA's HTTP server in a HA log."""
    problems = []
    for line in log.splitlines():
        match = PROBLEM.match(line)
        if match is None or UNTESTED_CUSTOM_INTEGRATION in line:
            continue
        if "local_slm" in match.group(2) or match.group(2).startswith(
            "homeassistant.components.http"
        ):
            problems.append(line)
    return problems


def listening_hosts(port: int) -> set[str]:
    """Addresses with a TCP socket listening on `port` (from /proc/net/tcp and tcp6)."""
    hosts = set()
    for table, width in (("tcp", 8), ("tcp6", 32)):
        for row in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = row.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                hosts.add("loopback" if address in ("0100007F", "0" * 24 + "01000000") else address)
                assert len(address) == width
    return hosts


@pytest.fixture
def develop(tmp_path: Path) -> Iterator[Develop]:
    """./scripts/develop running in a temporary folder on a free port."""
    run = Develop(tmp_path / "develop", _free_port())
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
    assert "Kitchen Lights" in speech
    state = develop.api("GET", "/api/states/light.kitchen_lights")
    assert state["state"] == "off"  # type: ignore[index]
    assert _workers(develop.config)

    develop.interrupt()
    time.sleep(1)
    assert not _workers(develop.config)


def test_develop_restarts_on_its_folder_with_the_port_asked_for(tmp_path: Path) -> None:
    """A second run on the same folder comes up clean: no error, loopback only, the new PORT.

    HTTP is set in HA's own store (not YAML), so there is no deprecation repair, no
    trial config to confirm, and no warning from local_slm or HA's HTTP server.
    """
    first = Develop(tmp_path / "develop", _free_port())
    try:
        first.interrupt()
    finally:
        first.kill()

    second = Develop(tmp_path / "develop", _free_port())
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
