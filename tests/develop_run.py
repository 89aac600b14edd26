"""Run ./scripts/develop as a person does, for the end-to-end and browser tests.

A real Home Assistant process, offline, on loopback; the test talks to it through a child
process (tests/e2e_client.py), since the harness blocks sockets in the test process.
"""

from __future__ import annotations

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


def free_port() -> int:
    # Asked of a child process: the harness blocks sockets in this one.
    code = "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
    return int(subprocess.check_output([sys.executable, "-c", code], text=True))


def api_call(url: str, tokens: Path, method: str, path: str, body: object = None) -> object:
    args = [sys.executable, str(CLIENT), url, str(tokens), method, path]
    if body is not None:
        args.append(json.dumps(body))
    return json.loads(subprocess.check_output(args, text=True, timeout=320))


def workers(config: Path) -> list[int]:
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
        return api_call(self.url, self.tokens, method, path, body)

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
