"""End to end: ./scripts/develop brings up a real `hass` with local_slm answering.

Runs the script as a user would (a real Home Assistant process, offline, on loopback),
asks the Assist agent over HA's REST API, then stops it with Ctrl-C (SIGINT).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
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


@pytest.fixture
def develop(tmp_path: Path) -> object:
    """./scripts/develop running in a temporary folder on a free port."""
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "DEVELOP_DIR": str(tmp_path / "develop")}
    proc = subprocess.Popen(
        [str(ROOT / "scripts" / "develop")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    deadline = time.monotonic() + 900
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Ready. Ctrl-C to stop." in line:
            break
    else:
        proc.kill()
    if not any("Ready" in line for line in lines):
        proc.kill()
        pytest.fail("scripts/develop did not become ready:\n" + "".join(lines[-40:]))
    yield proc, f"http://127.0.0.1:{port}", tmp_path / "develop" / "config", "".join(lines)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)


def test_develop_answers_and_stops_cleanly(develop: object) -> None:
    """The agent is the preferred pipeline's, it acts on a demo light, Ctrl-C stops all."""
    proc, url, config, output = develop  # type: ignore[misc]
    assert f"Home Assistant with local_slm: {url}" in output
    assert "login: dev / local-slm-dev" in output
    tokens = config / ".dev_tokens.json"

    _api(url, tokens, "POST", "/api/services/light/turn_on", {"entity_id": "light.kitchen_lights"})
    answer = _api(
        url,
        tokens,
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
    state = _api(url, tokens, "GET", "/api/states/light.kitchen_lights")
    assert state["state"] == "off"  # type: ignore[index]
    assert _workers(config)

    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=120) is not None
    time.sleep(1)
    assert not _workers(config)
