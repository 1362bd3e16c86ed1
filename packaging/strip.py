"""Strip the bundle's ELF files of what only a debugger reads, and only where that is safe.

Why: the wheels and the host ship some libraries with their debug information or full
symbol tables (libpython3.11 is 23 MB of which 17 MB is DWARF; cryptography's Rust
module 15 MB; SQLAlchemy's, greenlet's and the standard library's C modules). A station
never runs a debugger on them; a crash is reproduced from the same build on a workstation.

What: every ELF file under _internal that has `.debug_*` or `.symtab` sections goes through
binutils' `strip --strip-unneeded` (what Debian's dh_strip does to shared libraries): the
dynamic symbol table and everything the loader maps stay. Not the `kiosk` executable:
PyInstaller appends the app's archive to it, which strip would cut off.

The guard: strip rewrites the whole file. On libraries that auditwheel patched with
patchelf (manylinux wheels' `*.libs` directories and the modules that link them) it was
seen to shrink or empty LOAD segments: numpy's OpenBLAS then fails to load ("ELF load
command address/offset not page-aligned"), and cv2.abi3.so loads with a segment cut from
20 KB to 292 bytes. The dynamic loader reads only the program headers and the bytes of
the segments they map, so a stripped copy replaces a file only when every program header
is unchanged but its file offset (still page-congruent) and every segment's bytes are the
same. Anything else keeps the file as the wheel shipped it and is reported as refused.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

EXECUTABLE = "kiosk"  # the bootloader with the archive appended: never stripped
DEBUG_SECTIONS = (".debug_", ".symtab", ".zdebug_")
PT_LOAD = 1


@dataclass
class Report:
    stripped: list[tuple[str, int, int]] = field(default_factory=list)  # (path, bytes before, after)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    @property
    def saved(self) -> int:
        return sum(before - after for _, before, after in self.stripped)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def _header(data: bytes) -> tuple[str, tuple]:
    """(struct prefix, ELF header fields) of a 64-bit ELF file; ValueError otherwise."""
    if data[4] != 2:
        raise ValueError("not a 64-bit ELF file")
    end = {1: "<", 2: ">"}[data[5]]
    return end, struct.unpack_from(end + "HHIQQQIHHHHHH", data, 16)


def segments(data: bytes) -> list[tuple]:
    """Program headers as (type, flags, offset, vaddr, paddr, filesz, memsz, align)."""
    end, h = _header(data)
    phoff, phentsize, phnum = h[4], h[8], h[9]
    return [struct.unpack_from(end + "IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]


def section_names(data: bytes) -> list[str]:
    end, h = _header(data)
    shoff, shentsize, shnum, shstrndx = h[5], h[10], h[11], h[12]
    if not shoff or shstrndx >= shnum:
        return []
    headers = [struct.unpack_from(end + "IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    strtab_off = headers[shstrndx][4]
    names = []
    for sh in headers:
        start = strtab_off + sh[0]
        names.append(data[start:data.index(b"\0", start)].decode("ascii", "replace"))
    return names


def _for_comparison(data: bytes) -> bytes:
    """The file with the fields strip may rightly change zeroed: where the section headers
    are (e_shoff, e_shnum, e_shstrndx) and each segment's file offset. The ELF header and
    the program headers usually lie inside the first LOAD segment."""
    end, h = _header(data)
    out = bytearray(data)
    out[40:48] = bytes(8)  # e_shoff
    out[60:64] = bytes(4)  # e_shnum, e_shstrndx
    phoff, phentsize = h[4], h[8]
    for i in range(h[9]):
        at = phoff + i * phentsize + 8  # p_offset
        out[at:at + 8] = bytes(8)
    return bytes(out)


def same_for_the_loader(before: bytes, after: bytes) -> str:
    """Empty when the loader sees the same thing in both files, else what differs."""
    _, hb = _header(before)
    _, ha = _header(after)
    if hb[:4] != ha[:4]:  # type, machine, version, entry
        return "ELF header changed"
    sb, sa = segments(before), segments(after)
    before, after = _for_comparison(before), _for_comparison(after)
    if len(sb) != len(sa):
        return "number of program headers changed"
    for b, a in zip(sb, sa):
        if b[:2] + b[3:] != a[:2] + a[3:]:  # all but the file offset
            return f"program header changed: {b} -> {a}"
        if b[0] == PT_LOAD:
            if b[7] and (a[2] - a[3]) % b[7]:
                return f"LOAD segment at {a[3]:#x} no longer page-congruent"
            if before[b[2]:b[2] + b[5]] != after[a[2]:a[2] + a[5]]:
                return f"bytes of the LOAD segment at {b[3]:#x} changed"
    return ""


def strip_bundle(bundle: Path, contents: str = "_internal") -> Report:
    report = Report()
    for path in sorted((bundle / contents).rglob("*")):
        if path.is_symlink() or not path.is_file() or path.name == EXECUTABLE or not _is_elf(path):
            continue
        rel = path.relative_to(bundle).as_posix()
        before = path.read_bytes()
        try:
            if not any(n.startswith(DEBUG_SECTIONS) for n in section_names(before)):
                continue
        except (ValueError, KeyError, struct.error) as e:
            report.refused.append((rel, f"not read as a 64-bit ELF file: {e}"))
            continue
        tmp = path.with_name(path.name + ".stripped")
        # -o: a new file, so hard links to the original (PyInstaller's cache, a test's copy) keep theirs.
        r = subprocess.run(["strip", "--strip-unneeded", "-o", str(tmp), str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            tmp.unlink(missing_ok=True)
            report.refused.append((rel, f"strip failed: {r.stderr.strip()}"))
            continue
        after = tmp.read_bytes()
        why = same_for_the_loader(before, after)
        if why:
            tmp.unlink()
            report.refused.append((rel, why))
            continue
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
        report.stripped.append((rel, len(before), len(after)))
    return report
