"""Write one key of the station's TOML file and leave every other byte as it was.

Deployers comment their files; a TOML library that re-serialises would drop the
comments and reorder keys. Only simple string values are written, which is all
``set-pin`` needs; the caller re-parses the result before it replaces the file.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]\s*(#.*)?$")
_ARRAY_HEADER = re.compile(r"^\s*\[\[")


def set_string(text: str, section: str, key: str, value: str) -> str:
    """``text`` with ``[section] key = "value"``, replacing the key's line or adding it."""
    if any(c in value for c in '"\\\n'):
        raise ValueError("value must not contain quotes, backslashes or newlines")
    line_out = f'{key} = "{value}"'
    key_line = re.compile(rf"^\s*{re.escape(key)}\s*=")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    start = None
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m and m.group(1) == section:
            start = i
            break
    if start is None:
        sep = "" if not text or text.endswith(("\n", "\r")) else newline
        blank = newline if text.strip() else ""
        return f"{text}{sep}{blank}[{section}]{newline}{line_out}{newline}"
    end = len(lines)
    for j in range(start + 1, len(lines)):
        if _HEADER.match(lines[j]) or _ARRAY_HEADER.match(lines[j]):
            end = j
            break
    for j in range(start + 1, end):
        if key_line.match(lines[j]):
            ending = "\r\n" if lines[j].endswith("\r\n") else "\n" if lines[j].endswith("\n") else ""
            lines[j] = line_out + ending
            return "".join(lines)
    # Right under the header, so it stays in this section whatever follows.
    header_end = "" if lines[start].endswith(("\n", "\r")) else newline
    lines[start] = lines[start] + header_end + line_out + newline
    return "".join(lines)


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, keeping the file's permission bits and owner."""
    path = Path(path)
    st = path.stat() if path.exists() else None
    mode = stat.S_IMODE(st.st_mode) if st else 0o640
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if st and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
            # root editing /etc/tram-kiosk/kiosk.toml: the kiosk user reads it through its group.
            os.chown(tmp, st.st_uid, st.st_gid)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
