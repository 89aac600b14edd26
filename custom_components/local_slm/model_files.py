"""Where model files are, and cheap checks on them before llama.cpp reads them.

Everything here touches the file system: call it from the executor.
"""

from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path
import struct
from typing import Final

from .const import BUILTIN_MODEL_FILE, MODELS_SUBFOLDER

BUILTIN_MODELS_DIR: Final = Path(__file__).parent / "models"

GGUF_MAGIC = b"GGUF"
SUPPORTED_GGUF_VERSIONS = (2, 3)
# Runtime memory beyond the weights: llama.cpp buffers plus our worker's Python.
_OVERHEAD_BYTES = 160 * 1024 * 1024


class ModelFileError(Exception):
    """A model file that cannot be used; `reason` is a translation key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        """Record why the file is unusable."""
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ModelFileInfo:
    """What the GGUF header says, read without loading the model."""

    path: str
    size_bytes: int
    gguf_version: int
    tensor_count: int


def builtin_model_path(models_dir: Path = BUILTIN_MODELS_DIR) -> Path:
    """Path of the built-in model, shipped in the integration's `models` folder.

    The release asset holds it; for developers `scripts/setup` puts it there.
    """
    candidate = models_dir / BUILTIN_MODEL_FILE
    if not candidate.is_file():
        raise ModelFileError("builtin_missing", f"{candidate} not found")
    return candidate


def models_folder(config_dir: str | os.PathLike[str]) -> Path:
    """Where downloaded models go, and where the flow looks for files to offer."""
    return Path(config_dir) / MODELS_SUBFOLDER


def model_files_in(folder: Path) -> list[Path]:
    """The GGUF files of a folder, by name (none when the folder does not exist).

    Neither `glob` nor `is_file` raises: a missing or unreadable folder lists nothing.
    """
    return sorted(p for p in folder.glob("*.gguf") if p.is_file())


def absolute_model_path(path: str, config_dir: str | os.PathLike[str]) -> Path:
    """A user's path: `~` expanded, and a relative one taken from the config folder."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else Path(config_dir) / p


def inspect_model_file(path: str | os.PathLike[str]) -> ModelFileInfo:
    """Check that `path` is a readable GGUF file and read its header."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ModelFileError("file_not_found", str(p))
    if not p.is_file():
        raise ModelFileError("not_a_file", str(p))
    try:
        with p.open("rb") as f:
            header = f.read(24)
    except OSError as err:  # no permission, an I/O error
        raise ModelFileError("file_unreadable", str(err)) from err
    if len(header) < 24 or header[:4] != GGUF_MAGIC:
        raise ModelFileError("not_gguf", str(p))
    version, tensor_count = struct.unpack("<IQ", header[4:16])
    if version not in SUPPORTED_GGUF_VERSIONS:
        raise ModelFileError("not_gguf", f"unsupported GGUF version {version}")
    return ModelFileInfo(
        path=str(p), size_bytes=p.stat().st_size, gguf_version=version, tensor_count=tensor_count
    )


def meminfo_bytes(field: str) -> int | None:
    """A field of /proc/meminfo in bytes, e.g. MemTotal (None where the kernel does not say)."""
    try:
        with Path("/proc/meminfo").open(encoding="ascii") as f:
            for line in f:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def available_memory_bytes() -> int | None:
    """MemAvailable from /proc/meminfo (None where the kernel does not say)."""
    return meminfo_bytes("MemAvailable")


def estimated_memory_bytes(info: ModelFileInfo, n_ctx: int) -> int:
    """A conservative estimate of what loading the model will take.

    Weights are memory-mapped (about the file size once touched). The KV cache of
    small models is well under 64 KiB per token of context at f16.
    """
    return info.size_bytes + n_ctx * 64 * 1024 + _OVERHEAD_BYTES


def check_memory(info: ModelFileInfo, n_ctx: int, available: int | None = None) -> None:
    """Refuse to load a model that would not fit in the available RAM."""
    available = available_memory_bytes() if available is None else available
    if available is None:
        return
    need = estimated_memory_bytes(info, n_ctx)
    if need > available:
        raise ModelFileError(
            "insufficient_memory",
            f"needs about {need // 2**20} MiB, {available // 2**20} MiB available",
        )
