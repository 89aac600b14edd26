"""Zip the integration, its engine builds and the built-in model into the HACS release asset."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import sys
import zipfile

ROOT = Path(__file__).resolve().parent.parent
INTEGRATION = ROOT / "custom_components" / "local_slm"
ENGINES = ROOT / ".cache" / "engine"
MODEL = ROOT / ".cache" / "models" / "SmolLM2-135M-Instruct.Q4_1.gguf"
TARGETS = ("linux-x86_64-gnu", "linux-x86_64-musl", "linux-aarch64-gnu", "linux-aarch64-musl")
STAGED = ("engine_builds", "models")  # what setup links into the integration folder for developers
MAX_BYTES = 200 * 1000 * 1000


def _files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        found.extend(
            Path(dirpath) / name for name in sorted(filenames) if not name.endswith(".pyc")
        )
    return found


def build(out: Path, require_all: bool) -> tuple[Path, list[str]]:
    """Write the asset; return its path and the engine targets it holds."""
    included = [t for t in TARGETS if (ENGINES / t / "llama_cpp" / "__init__.py").is_file()]
    missing = [t for t in TARGETS if t not in included]
    if missing and require_all:
        sys.exit(f"engine builds missing for: {', '.join(missing)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in _files(INTEGRATION):
            rel = path.relative_to(INTEGRATION)
            if rel.parts[0] not in STAGED:
                zf.write(path, rel.as_posix())
        for name in ("LICENSE", "NOTICE"):
            zf.write(ROOT / name, name)
        for target in included:
            package = ENGINES / target / "llama_cpp"
            for path in _files(package):
                arcname = f"engine_builds/{target}/llama_cpp/{path.relative_to(package).as_posix()}"
                zf.write(path, arcname)
        extras = ENGINES / "python"
        for path in _files(extras):
            zf.write(path, f"engine_builds/python/{path.relative_to(extras).as_posix()}")
        # The model is already compressed: store it as is.
        zf.write(MODEL, f"models/{MODEL.name}", compress_type=zipfile.ZIP_STORED)
    partial.replace(out)
    return out, missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--require-all", action="store_true")
    args = parser.parse_args()
    hacs = json.loads((ROOT / "hacs.json").read_text(encoding="utf-8"))
    asset, missing = build(ROOT / "dist" / hacs["filename"], args.require_all)
    size = asset.stat().st_size
    if missing:
        print(f"warning: no engine build for {', '.join(missing)} (not in this asset)")
    print(f"{asset.relative_to(ROOT)}: {size / 1e6:.1f} MB")
    if size > MAX_BYTES:
        sys.exit(f"the asset is larger than {MAX_BYTES / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
