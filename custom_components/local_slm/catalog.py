"""The curated list of models offered for download (`catalog.json`), best first.

Reading the file touches the disk: call `load_catalog` from the executor.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
from pathlib import Path
from typing import Any, Final

from .model_files import meminfo_bytes

CATALOG_FILE: Final = Path(__file__).with_name("catalog.json")
# Home Assistant itself and the rest of the host keep this share of the RAM.
RAM_SHARE_FOR_MODEL: Final = 0.75


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """One downloadable model file and what its publisher says about it."""

    id: str
    name: str
    parameters: str
    quantization: str
    file_name: str
    url: str
    file_size: int
    ram_bytes: int
    context_length: int
    license: str
    languages: str
    tool_calling: str
    sha256: str | None

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CatalogModel:
        """An entry of catalog.json."""
        return cls(**{name: raw[name] for name in cls.__dataclass_fields__})

    @property
    def label(self) -> str:
        """What the pick-list shows: name, quantization, download size and RAM."""
        return (
            f"{self.name} {self.quantization} — {self.file_size / 1e9:.2f} GB, "
            f"RAM ~{self.ram_bytes / 1e9:.1f} GB, {self.license}, {self.languages}"
        )


def load_catalog(path: Path | None = None) -> list[CatalogModel]:
    """Every model of the catalog (`CATALOG_FILE` by default), in its order: best first."""
    raw = json.loads((path or CATALOG_FILE).read_text(encoding="utf-8"))
    return [CatalogModel.from_json(item) for item in raw["models"]]


def total_memory_bytes() -> int | None:
    """MemTotal: the host's RAM (None where the kernel does not say)."""
    return meminfo_bytes("MemTotal")


def models_that_fit(models: list[CatalogModel], total_ram: int | None) -> list[CatalogModel]:
    """The models whose estimated RAM fits this host, best first.

    Unknown RAM (no /proc/meminfo) lists everything: loading still checks the memory.
    """
    if total_ram is None:
        return list(models)
    budget = total_ram * RAM_SHARE_FOR_MODEL
    return [model for model in models if model.ram_bytes <= budget]
