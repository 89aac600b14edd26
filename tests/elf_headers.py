"""Read what an ELF shared library is built for: its machine and the libraries it needs.

Just enough of the ELF format (64-bit little-endian) for the engine build tests: e_machine
from the header, DT_NEEDED entries from the dynamic section, resolved in .dynstr.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import struct

EM_X86_64 = 62
EM_AARCH64 = 183
_SHT_DYNAMIC = 6
_DT_NEEDED = 1


@dataclass(frozen=True, slots=True)
class ElfInfo:
    """The machine a library runs on and the shared libraries it needs."""

    machine: int
    needed: tuple[str, ...]


def read_elf(path: Path) -> ElfInfo:
    """Parse the header and the dynamic section of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    machine = struct.unpack_from("<H", data, 18)[0]
    shoff = struct.unpack_from("<Q", data, 40)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 58)

    def section(index: int) -> tuple[int, int, int, int]:
        """(type, offset, size, link) of one section header."""
        base = shoff + index * shentsize
        sh_type = struct.unpack_from("<I", data, base + 4)[0]
        offset, size = struct.unpack_from("<QQ", data, base + 24)
        link = struct.unpack_from("<I", data, base + 40)[0]
        return sh_type, offset, size, link

    needed: list[str] = []
    for index in range(shnum):
        sh_type, offset, size, link = section(index)
        if sh_type != _SHT_DYNAMIC:
            continue
        strtab = section(link)[1]
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                needed.append(data[strtab + value : end].decode())
    return ElfInfo(machine=machine, needed=tuple(needed))
