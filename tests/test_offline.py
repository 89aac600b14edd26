"""Nothing leaves the house: no outbound connection during setup, Assist and summarize.

Observed in both processes, without changing what they do:
* Home Assistant's process: `socket.socket.connect`/`connect_ex` and
  `socket.getaddrinfo` are wrapped to record every call, then call the real one.
  (The harness's pytest-socket would also refuse inet sockets; recording makes the
  guarantee explicit, including attempts that would have been refused.)
* The worker process: it is started under `strace -f --seccomp-bpf -e trace=%network`,
  which logs every network system call the kernel sees from it or any of its threads
  and children, native code (llama.cpp) included.

The self-check tests prove both observers see a real connection attempt, so an empty
record means something.
"""

from __future__ import annotations

from collections.abc import Generator
import functools
import os
from pathlib import Path
import shutil
import socket
import subprocess
import sys
from typing import Any

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.local_slm import engine_setup
from custom_components.local_slm.const import DOMAIN
from custom_components.local_slm.engine.client import EngineClient


@pytest.fixture(autouse=True)
def _strace_is_installed() -> None:
    """scripts/test installs strace; without it this proof cannot be made, so fail."""
    assert shutil.which("strace"), "strace is missing: run ./scripts/test (it installs it)"


AGENT = "conversation.local_slm_conversation"


class NetworkSpy:
    """Records connection attempts and name lookups made in this process."""

    def __init__(self) -> None:
        """Start with nothing recorded."""
        self.calls: list[tuple[str, Any]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Wrap the socket entry points (each still calls the real one)."""
        for name in ("connect", "connect_ex"):
            real = getattr(socket.socket, name)
            monkeypatch.setattr(socket.socket, name, self._wrap(name, real, method=True))
        monkeypatch.setattr(socket, "getaddrinfo", self._wrap("getaddrinfo", socket.getaddrinfo))

    def _wrap(self, name: str, real: Any, *, method: bool = False) -> Any:
        @functools.wraps(real)
        def spy(*args: Any, **kwargs: Any) -> Any:
            target = args[1] if method and len(args) > 1 else args[:2]
            self.calls.append((name, target))
            return real(*args, **kwargs)

        return spy

    @property
    def outbound(self) -> list[tuple[str, Any]]:
        """Attempts aimed at a network address (a Unix socket path is not one)."""
        return [
            (name, target) for name, target in self.calls if not isinstance(target, str | bytes)
        ]


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> NetworkSpy:
    """Record this process's connection attempts for the test's duration."""
    recorder = NetworkSpy()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture
def strace_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Generator[Path]:
    """Every worker started in this test runs under strace, logging network syscalls."""
    log = tmp_path / "worker-network.log"
    wrapper = tmp_path / "python-under-strace"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'exec strace -f --seccomp-bpf -qq -e trace=%network -o "{log}" -A '
        f'"{sys.executable}" "$@"\n'
    )
    wrapper.chmod(0o755)
    monkeypatch.setattr(
        engine_setup, "EngineClient", functools.partial(EngineClient, python=str(wrapper))
    )
    yield log


def _network_syscalls(log: Path) -> list[str]:
    if not log.exists():
        return []
    return [line for line in log.read_text().splitlines() if line.strip()]


def test_strace_sees_a_connection_attempt(tmp_path: Path) -> None:
    """Self-check of the worker observer: a connect() from a traced Python is logged."""
    log = tmp_path / "check.log"
    code = (
        "import socket\ns = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\n"
        "except OSError:\n    pass\n"
    )
    subprocess.run(
        [
            *("strace", "-f", "--seccomp-bpf", "-qq", "-e", "trace=%network", "-o", str(log)),
            *(sys.executable, "-c", code),
        ],
        check=True,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert any("connect(" in line for line in _network_syscalls(log))


def test_spy_sees_connection_attempts(spy: NetworkSpy, tmp_path: Path) -> None:
    """Self-check of the in-process observer: connects and lookups are recorded.

    (An inet socket cannot even be created under the harness, so a Unix socket
    stands in for the connect, and a numeric lookup that needs no DNS for the
    lookup.)
    """
    # Refused by pytest-socket (RuntimeError) or by the kernel (OSError): still seen.
    with socket.socket(socket.AF_UNIX) as sock, pytest.raises((OSError, RuntimeError)):
        sock.connect(str(tmp_path / "nobody-listens"))
    socket.getaddrinfo("127.0.0.1", 80)
    assert [name for name, _ in spy.calls] == ["connect", "getaddrinfo"]
    assert spy.outbound == [("getaddrinfo", ("127.0.0.1", 80))]


async def test_no_connection_during_setup_conversation_and_summarize(
    hass: HomeAssistant,
    ha_core: None,
    config_entry: MockConfigEntry,
    spy: NetworkSpy,
    strace_log: Path,
) -> None:
    """Set up the built-in model, talk to the agent, summarize: no network at all."""
    hass.states.async_set("sensor.living_room_temperature", "21.5", {"unit_of_measurement": "°C"})
    hass.states.async_set("light.kitchen", "on", {"friendly_name": "Kitchen light"})

    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    assert config_entry.state is ConfigEntryState.LOADED

    result = await conversation.async_converse(
        hass, "Tell me something about the weather.", None, Context(), agent_id=AGENT
    )
    assert result.response.speech["plain"]["speech"]

    summary = await hass.services.async_call(
        DOMAIN,
        "summarize",
        {"entity_id": ["sensor.living_room_temperature", "light.kitchen"]},
        blocking=True,
        return_response=True,
    )
    assert summary is not None
    assert summary["text"]

    pid = config_entry.runtime_data.engine.pid
    assert await hass.config_entries.async_unload(config_entry.entry_id)
    await hass.async_block_till_done()

    assert pid is not None
    assert strace_log.exists(), "the worker did not run under strace"
    assert spy.outbound == []
    assert _network_syscalls(strace_log) == []
