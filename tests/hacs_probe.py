"""Drive a real Home Assistant as a new user would, from outside; print one JSON line.

Run by tests/test_hacs_install.py with the interpreter of a Home Assistant-only venv, in a
mount namespace where the compilers are masked (the test process itself may not open
sockets). Usage: python hacs_probe.py CONFIG_DIR TEXT

- starts `python -m homeassistant -c CONFIG_DIR` normally (no --skip-pip, so Home Assistant
  installs the manifest's requirements itself), with the demo lights;
- onboards a user, adds local_slm through the REST config flow accepting every default;
- turns every light off, asks Assist TEXT with local_slm's agent, reads the lights' states.
Stdlib and aiohttp (a Home Assistant dependency) only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request

CLIENT_ID = "http://127.0.0.1/"
STARTUP_TIMEOUT = 900.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _config_yaml(port: int) -> str:
    return f"""homeassistant:
  name: Probe Home
  unit_system: metric
  time_zone: UTC
onboarding:
config:
api:
auth:
conversation:
assist_pipeline:
demo:
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: warning
"""


class Api:
    """Home Assistant's REST and WebSocket APIs, as the frontend uses them."""

    def __init__(self, base: str) -> None:
        """Talk to the instance at `base`."""
        self.base = base
        self.token: str | None = None

    def call(self, path: str, body: Any = None, *, form: bool = False) -> tuple[int, Any]:
        """One request; JSON in, JSON (or text) out."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        data = None
        if body is not None and form:
            data = urllib.parse.urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=600) as resp:
                status, raw = resp.status, resp.read().decode()
        except urllib.error.HTTPError as err:
            status, raw = err.code, err.read().decode()
        try:
            return status, json.loads(raw)
        except json.JSONDecodeError:
            return status, raw

    def ws(self, message: dict[str, Any]) -> Any:
        """One WebSocket command."""
        import aiohttp

        async def run() -> Any:
            async with (
                aiohttp.ClientSession() as session,
                session.ws_connect(self.base + "/api/websocket") as ws,
            ):
                await ws.receive_json()
                await ws.send_json({"type": "auth", "access_token": self.token})
                await ws.receive_json()
                await ws.send_json({"id": 1, **message})
                reply = await ws.receive_json()
                return reply.get("result")

        return asyncio.run(run())


def _defaults(schema: list[dict[str, Any]] | None) -> dict[str, Any]:
    """What a user clicking Submit sends: every field's default."""
    return {field["name"]: field["default"] for field in schema or [] if "default" in field}


def _wait_started(api: Api, proc: subprocess.Popen[bytes]) -> str | None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return "hass exited"
        try:
            if api.call("/api/onboarding")[0] == 200:
                return None
        except OSError:
            pass
        time.sleep(1)
    return "startup timeout"


def _onboard(api: Api) -> None:
    _, user = api.call(
        "/api/onboarding/users",
        {
            "client_id": CLIENT_ID,
            "name": "Probe",
            "username": "probe",
            "password": "probe-pass-123",
            "language": "en",
        },
    )
    _, token = api.call(
        "/auth/token",
        {"grant_type": "authorization_code", "code": user["auth_code"], "client_id": CLIENT_ID},
        form=True,
    )
    api.token = token["access_token"]
    api.call("/api/onboarding/core_config", {})
    api.call("/api/onboarding/analytics", {})


def _add_with_defaults(api: Api, result: dict[str, Any]) -> str | None:
    """Run the config flow accepting every default; return the new entry's id."""
    flows = "/api/config/config_entries/flow"
    status, flow = api.call(flows, {"handler": "local_slm", "show_advanced_options": False})
    steps = []
    while status < 400 and isinstance(flow, dict) and flow.get("type") in ("form", "menu"):
        steps.append(flow.get("step_id"))
        if flow["type"] == "menu":  # the first choice is the default one (the built-in model)
            answer = {"next_step_id": next(iter(flow["menu_options"]))}
        else:
            answer = _defaults(flow.get("data_schema"))
        status, flow = api.call(f"{flows}/{flow['flow_id']}", answer)
    result["flow_steps"] = steps
    result["flow_status"] = status
    result["flow_result"] = flow.get("type") if isinstance(flow, dict) else str(flow)[:300]
    if not isinstance(flow, dict) or flow.get("type") != "create_entry":
        result["flow_reply"] = str(flow)[:500]
        return None
    entry_id: str = flow["result"]["entry_id"]
    return entry_id


def probe(config: Path, text: str) -> dict[str, Any]:
    """Everything above; the result as a dict."""
    result: dict[str, Any] = {"ok": False, "compiler": shutil.which("gcc")}
    if result["compiler"]:
        gcc = subprocess.run(["gcc", "--version"], capture_output=True, check=False)
        result["compiler_runs"] = gcc.returncode == 0
    port = _free_port()
    (config / "configuration.yaml").write_text(_config_yaml(port))
    api = Api(f"http://127.0.0.1:{port}")
    with (config / "home-assistant.out").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "homeassistant", "-c", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    started = time.monotonic()
    try:
        if error := _wait_started(api, proc):
            result["error"] = error
            return result
        result["startup_s"] = round(time.monotonic() - started, 1)
        _onboard(api)
        entry_id = _add_with_defaults(api, result)
        if entry_id is None:
            return result
        registry = api.ws({"type": "config/entity_registry/list"}) or []
        agent = next(
            e["entity_id"]
            for e in registry
            if e.get("config_entry_id") == entry_id and e["entity_id"].startswith("conversation.")
        )
        result["agent"] = agent
        api.call("/api/services/light/turn_off", {"entity_id": "all"})
        time.sleep(1)
        status, reply = api.call(
            "/api/conversation/process", {"text": text, "agent_id": agent, "language": "en"}
        )
        result["conversation"] = {"status": status, "response": reply}
        time.sleep(1)
        _, states = api.call("/api/states")
        result["lights_on"] = sorted(
            s["entity_id"]
            for s in states
            if s["entity_id"].startswith("light.") and s["state"] == "on"
        )
        _, diagnostics = api.call(f"/api/diagnostics/config_entry/{entry_id}")
        result["engine"] = (
            diagnostics.get("data", {}).get("engine") if isinstance(diagnostics, dict) else None
        )
        result["ok"] = True
        return result
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything left of its session


def main() -> None:
    """Run the probe and print its result as the last line."""
    config, text = Path(sys.argv[1]), sys.argv[2]
    try:
        result = probe(config, text)
    except Exception as err:
        result = {"ok": False, "error": f"{type(err).__name__}: {err}"}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
