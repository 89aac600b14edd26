"""The prebuilt engine: which build fits this machine, and that it really runs.

The engine builds are made by scripts/build_engine (run by scripts/setup for this machine,
and by the release workflow for the others); setup links them into the integration folder
as the release asset has them.
"""

from __future__ import annotations

from pathlib import Path
import subprocess
import zipfile

import pytest

from custom_components.local_slm.engine.bundle import (
    ENGINE_BUILDS_DIR,
    SUPPORTED_TARGETS,
    EngineUnsupported,
    HostPlatform,
    find_engine_build,
    host_platform,
)
from custom_components.local_slm.engine.client import (
    EngineClient,
    EngineConfig,
    GenerationRequest,
)

from .elf_headers import EM_AARCH64, EM_X86_64, read_elf

ROOT = Path(__file__).resolve().parents[1]
MACHINES = {"x86_64": EM_X86_64, "aarch64": EM_AARCH64}
BUILT_TARGETS = [t for t in SUPPORTED_TARGETS if (ENGINE_BUILDS_DIR / t / "llama_cpp").is_dir()]


def test_this_machine_is_named_as_the_build_script_names_it() -> None:
    """The integration and scripts/build_engine agree on this machine's target name."""
    script = subprocess.check_output([ROOT / "scripts" / "engine_target"], text=True).strip()
    assert host_platform().target == script


def test_this_machine_has_an_engine_build() -> None:
    """The build for this machine is in the integration folder, as in the release asset."""
    build = find_engine_build()
    assert build == ENGINE_BUILDS_DIR / host_platform().target
    assert (build / "llama_cpp" / "lib" / "libllama.so").is_file()


@pytest.mark.parametrize(
    ("machine", "libc"),
    [("armv7l", "gnu"), ("i686", "gnu"), ("x86_64", "unknown"), ("riscv64", "musl")],
)
def test_machines_without_a_build_are_unsupported(machine: str, libc: str) -> None:
    """32-bit ARM and x86, an unknown C library, other CPUs: no build, a clear error."""
    with pytest.raises(EngineUnsupported) as err:
        find_engine_build(HostPlatform("linux", machine, libc))
    assert (err.value.machine, err.value.libc) == (machine, libc)


async def test_the_built_in_model_runs_on_the_engine_build(model_path: Path) -> None:
    """The worker loads llama_cpp from the build (not from the environment) and generates."""
    build = find_engine_build()
    engine = EngineClient(
        EngineConfig(str(model_path), n_ctx=512, n_threads=2, engine_build=str(build))
    )
    info = await engine.async_start()
    try:
        result = await engine.async_generate(
            GenerationRequest(
                prompt="<|im_start|>user\nSay hello.<|im_end|>\n<|im_start|>assistant\n",
                max_tokens=4,
                temperature=0.0,
            )
        )
    finally:
        await engine.async_stop()
    assert Path(info["library_path"]) == build / "llama_cpp"
    assert result.text.strip()


async def test_the_cpu_variant_is_chosen_at_run_time(model_path: Path) -> None:
    """llama.cpp picks, among the CPU backend variants of the build, one this CPU runs."""
    build = find_engine_build()
    variants = {
        lib.name.removeprefix("libggml-cpu-").removesuffix(".so")
        for lib in (build / "llama_cpp" / "lib").glob("libggml-cpu-*.so")
    }
    assert {"x64", "sse42", "haswell"} <= variants or {"armv8.0_1"} <= variants
    engine = EngineClient(
        EngineConfig(str(model_path), n_ctx=512, n_threads=2, engine_build=str(build))
    )
    info = await engine.async_start()
    await engine.async_stop()
    assert info["cpu_backend"] in variants


@pytest.mark.parametrize("target", BUILT_TARGETS)
def test_engine_libraries_are_built_for_their_target(target: str) -> None:
    """Each build's libraries are for its CPU and link its C library (checked in the ELF)."""
    _, machine, libc = target.split("-")
    libs = sorted((ENGINE_BUILDS_DIR / target / "llama_cpp" / "lib").glob("*.so"))
    assert libs
    for lib in libs:
        info = read_elf(lib)
        assert info.machine == MACHINES[machine], lib.name
        if libc == "gnu":
            assert "libc.so.6" in info.needed, lib.name
        else:
            assert not any(n == "libc.so.6" or n.startswith("ld-linux") for n in info.needed)
            assert any(n.startswith(("libc.musl-", "libc.so")) for n in info.needed), lib.name


def test_the_engine_wheel_serves_every_python_version() -> None:
    """The wheel of this machine's build is py3-none-<platform>, with the libraries inside."""
    target = host_platform().target
    (wheel,) = (ROOT / ".cache" / "engine" / target / "wheel").glob("*.whl")
    platform_tag = {"gnu": "linux", "musl": "musllinux_1_2"}[host_platform().libc]
    assert wheel.name.endswith(f"-py3-none-{platform_tag}_{host_platform().machine}.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "llama_cpp/lib/libllama.so" in names
    assert any(n.startswith("llama_cpp/lib/libggml-cpu-") for n in names)
