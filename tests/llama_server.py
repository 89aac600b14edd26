"""Real llama.cpp servers on loopback for the remote-engine tests and the bench.

The binaries are the ones `scripts/build_engine` builds from the llama.cpp sources vendored
in the llama-cpp-python sdist (`.cache/engine/<target>/bin/`). When they are missing the
build is run; when it cannot be, the test fails: nothing is skipped silently.
`LOCAL_SLM_ENGINE_BIN` may name another folder holding `llama-server` and `rpc-server`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
import os
from pathlib import Path
import shutil
import socket
import subprocess
import time

import pytest

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 180.0
SERVER_READY = "llama_server: listening on"
"""What llama-server prints once its model is loaded and it accepts requests."""


@dataclass(frozen=True, slots=True)
class EngineBinaries:
    """Where llama-server and rpc-server are."""

    llama_server: Path
    rpc_server: Path


def _in(folder: Path) -> EngineBinaries | None:
    server = folder / "llama-server"
    rpc = next(
        (folder / n for n in ("rpc-server", "ggml-rpc-server") if (folder / n).is_file()), None
    )
    if server.is_file() and rpc is not None:
        return EngineBinaries(server, rpc)
    return None


@cache
def engine_binaries() -> EngineBinaries:
    """The built binaries; builds them with scripts/build_engine when missing."""
    if override := os.environ.get("LOCAL_SLM_ENGINE_BIN"):
        found = _in(Path(override))
        if found is None:
            pytest.fail(f"LOCAL_SLM_ENGINE_BIN={override} has no llama-server and rpc-server")
        return found
    build = ROOT / "scripts" / "build_engine"
    target_script = ROOT / "scripts" / "engine_target"
    if not build.is_file() or not target_script.is_file():
        pytest.fail("scripts/build_engine is missing: the engine binaries cannot be built")
    target = subprocess.run(
        [str(target_script)], check=True, capture_output=True, text=True
    ).stdout.strip()
    folder = ROOT / ".cache" / "engine" / target / "bin"
    if _in(folder) is None:
        subprocess.run([str(build)], check=True)
    found = _in(folder)
    if found is None:
        pytest.fail(f"scripts/build_engine left no llama-server and rpc-server in {folder}")
    return found


def free_port() -> int:
    """A TCP port nothing listens on, on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(slots=True)
class ServerProcess:
    """One llama.cpp process on loopback, its output in `log`."""

    argv: list[str]
    log: Path
    port: int
    proc: subprocess.Popen[bytes] | None = field(default=None)
    started_at: int = 0
    """Size of the log when the process last started: what it printed since is after it."""

    def start(self) -> None:
        """Start the process (its output appended to the log)."""
        self.started_at = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                self.argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def stop(self) -> None:
        """Stop it and wait for it to end."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def output(self) -> str:
        """What it printed so far."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def cpu_seconds(self) -> float:
        """CPU time the running process has used (user + system)."""
        assert self.proc is not None
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_for(self, text: str) -> None:
        """Block until the process has printed `text` since it started (or fail)."""
        deadline = time.monotonic() + START_TIMEOUT
        while text not in self.output()[self.started_at :]:
            if self.proc is None or self.proc.poll() is not None:
                pytest.fail(f"{self.argv[0]} exited:\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"{self.argv[0]} did not print {text!r}:\n{self.output()[-3000:]}")
            time.sleep(0.2)


class LlamaServer(ServerProcess):
    """`llama-server` serving one model on 127.0.0.1."""

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self) -> None:
        """Block until the model is loaded and the server listens (read from its log).

        The log, not an HTTP probe: the harness refuses sockets outside the tests.
        """
        self.wait_for(SERVER_READY)


def llama_server(
    model: Path,
    log: Path,
    *,
    alias: str = "smollm2",
    n_ctx: int = 4096,
    threads: int = 2,
    api_key: str | None = None,
    rpc: Sequence[str] = (),
    port: int | None = None,
) -> LlamaServer:
    """A llama-server for `model` (not started); `rpc` lists rpc-server endpoints."""
    port = port or free_port()
    argv = [
        str(engine_binaries().llama_server),
        "-m", str(model),
        "--host", "127.0.0.1",
        "--port", str(port),
        "-a", alias,
        "-c", str(n_ctx),
        "-np", "1",
        "-t", str(threads),
        "--no-webui",
    ]  # fmt: skip
    if api_key:
        argv += ["--api-key", api_key]
    if rpc:
        argv += ["--rpc", ",".join(rpc), "-ngl", "99"]
    return LlamaServer(argv, log, port)


RPC_LISTENING = "transport      :"
"""What rpc-server prints right before it listens."""
RPC_CLIENT = "Accepted client connection"
"""What rpc-server prints for each client (llama-server) it serves."""


def rpc_server(log: Path, *, threads: int = 1) -> ServerProcess:
    """An rpc-server on a free loopback port (not started); its stdout line-buffered."""
    stdbuf = shutil.which("stdbuf")
    if stdbuf is None:
        pytest.fail("stdbuf (coreutils) is needed to read rpc-server's output as it comes")
    port = free_port()
    binary = str(engine_binaries().rpc_server)
    argv = [stdbuf, "-oL", binary, "-H", "127.0.0.1", "-p", str(port), "-t", str(threads)]
    return ServerProcess(argv, log, port)


@dataclass(slots=True)
class SplitModel:
    """llama-server in front of rpc-servers that hold the model's layers."""

    front: LlamaServer
    rpcs: list[ServerProcess]

    def start(self) -> None:
        """Start the rpc-servers, then the front once they listen (blocking)."""
        for rpc in self.rpcs:
            rpc.start()
            rpc.wait_for(RPC_LISTENING)
        self.front.start()
        self.front.wait_ready()

    def stop(self) -> None:
        """Stop the front, then the rpc-servers."""
        self.front.stop()
        for rpc in self.rpcs:
            rpc.stop()


def split_model(model: Path, folder: Path, *, rpc_threads: int = 1, count: int = 2) -> SplitModel:
    """`count` rpc-servers and a llama-server using them all (not started)."""
    rpcs = [rpc_server(folder / f"rpc{i}.log", threads=rpc_threads) for i in range(count)]
    front = llama_server(
        model,
        folder / "front.log",
        threads=rpc_threads,
        rpc=[f"127.0.0.1:{rpc.port}" for rpc in rpcs],
    )
    return SplitModel(front, rpcs)
