"""Package a built llama_cpp folder (Python files + lib/*.so) as a py3-none-<platform> wheel.

The wheel has no Python-version tag: the package is pure Python over ctypes, so one build per
architecture and libc serves every interpreter. Its dependencies are llama-cpp-python's own.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
from pathlib import Path
import zipfile

REQUIRES = ("typing-extensions>=4.5.0", "numpy>=1.20.0", "diskcache>=5.6.1", "jinja2>=2.11.3")
PLATFORM_TAGS = {
    "linux-x86_64-gnu": "linux_x86_64",
    "linux-aarch64-gnu": "linux_aarch64",
    "linux-x86_64-musl": "musllinux_1_2_x86_64",
    "linux-aarch64-musl": "musllinux_1_2_aarch64",
}


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(version: str, target: str, package: Path, out: Path) -> Path:
    """Write the wheel into out and return its path."""
    tag = f"py3-none-{PLATFORM_TAGS[target]}"
    dist_info = f"llama_cpp_python-{version}.dist-info"
    wheel_path = out / f"llama_cpp_python-{version}-{tag}.whl"
    metadata = "\n".join(
        [
            "Metadata-Version: 2.1",
            "Name: llama_cpp_python",
            f"Version: {version}",
            "Summary: Python bindings for the llama.cpp library (local_slm engine build)",
            "License: MIT",
            "Requires-Python: >=3.8",
            *(f"Requires-Dist: {req}" for req in REQUIRES),
            "",
        ]
    ).encode()
    wheel_meta = (
        f"Wheel-Version: 1.0\nGenerator: local_slm\nRoot-Is-Purelib: false\nTag: {tag}\n".encode()
    )
    records: list[str] = []
    with zipfile.ZipFile(wheel_path, "w", zipfile.ZIP_DEFLATED) as whl:
        for path in sorted(package.rglob("*")):
            if path.is_file():
                name = f"llama_cpp/{path.relative_to(package).as_posix()}"
                data = path.read_bytes()
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.external_attr = (path.stat().st_mode & 0o777) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                whl.writestr(info, data)
                records.append(_record_line(name, data))
        for name, data in ((f"{dist_info}/METADATA", metadata), (f"{dist_info}/WHEEL", wheel_meta)):
            whl.writestr(name, data)
            records.append(_record_line(name, data))
        records.append(f"{dist_info}/RECORD,,")
        whl.writestr(f"{dist_info}/RECORD", "\n".join(records) + "\n")
    return wheel_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", required=True)
    parser.add_argument("--target", required=True, choices=sorted(PLATFORM_TAGS))
    parser.add_argument("--package", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    print(build_wheel(args.version, args.target, args.package, args.out))


if __name__ == "__main__":
    main()
