"""Which prebuilt engine fits this machine.

The release asset ships llama-cpp-python (its pure-Python package over ctypes plus the llama.cpp
shared libraries) prebuilt for each supported platform, in `engine_builds/<target>/llama_cpp`,
and the pure-Python packages it imports that Home Assistant's environment lacks in
`engine_builds/python`. The worker process puts the matching build on `sys.path`; Home
Assistant's own process never imports llama_cpp. Nothing here imports Home Assistant.

Targets are named `linux-<machine>-<libc>`, as `scripts/engine_target` names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import platform
import sys
from typing import Final

ENGINE_BUILDS_DIR: Final = Path(__file__).parent.parent / "engine_builds"
PURE_PYTHON_DIR_NAME: Final = "python"
SUPPORTED_TARGETS: Final = (
    "linux-x86_64-gnu",
    "linux-x86_64-musl",
    "linux-aarch64-gnu",
    "linux-aarch64-musl",
)
_MACHINE_ALIASES: Final = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}


class EngineUnsupported(Exception):
    """No engine build fits this machine (an architecture or C library we do not build for)."""

    def __init__(self, machine: str, libc: str) -> None:
        """Record what this machine is."""
        super().__init__(f"no engine build for {machine} with {libc}")
        self.machine = machine
        self.libc = libc


@dataclass(frozen=True, slots=True)
class HostPlatform:
    """What an engine build must match: the CPU architecture and the C library."""

    system: str
    machine: str
    libc: str
    """"gnu" (glibc), "musl" or "unknown"."""

    @property
    def target(self) -> str:
        """The build's name for this platform."""
        return f"{self.system}-{self.machine}-{self.libc}"


def _libc() -> str:
    if platform.libc_ver()[0] == "glibc":
        return "gnu"
    # musl has no version query; its dynamic loader is /lib/ld-musl-<arch>.so.1.
    if any(Path("/lib").glob("ld-musl-*.so.1")):
        return "musl"
    return "unknown"


def host_platform() -> HostPlatform:
    """This machine, as engine builds name platforms (reads the file system)."""
    machine = platform.machine().lower()
    return HostPlatform(
        system=sys.platform.removesuffix("2"),  # "linux"
        machine=_MACHINE_ALIASES.get(machine, machine),
        libc=_libc(),
    )


def find_engine_build(
    host: HostPlatform | None = None, builds_dir: Path = ENGINE_BUILDS_DIR
) -> Path:
    """The folder holding the engine build for this machine; EngineUnsupported if none fits."""
    host = host or host_platform()
    build = builds_dir / host.target
    if host.target not in SUPPORTED_TARGETS or not (build / "llama_cpp" / "__init__.py").is_file():
        raise EngineUnsupported(host.machine, host.libc)
    return build


def import_paths(build: Path) -> tuple[Path, Path]:
    """What the worker adds to sys.path: the build (first) and the pure-Python extras (last).

    The extras go last so a package Home Assistant already has wins over our copy.
    """
    return build, build.parent / PURE_PYTHON_DIR_NAME
