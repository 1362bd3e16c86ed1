"""The diagnostics archive a technician takes away on a USB drive (no Qt).

One ``.tar.gz`` holding: the technician logs and the maintenance audit log, the
station's configuration with every secret replaced, the health-check results (the
same as `kiosk doctor --json`), the self-test results if any, and the versions of
the software. Never the visit store, its key, or anything from ``paths.data_dir``.

Logs are already free of personal data (kiosk/logging_setup.py masks ID numbers,
CANs and dates, and code logs only ids and codes); every text member passes through
the same mask again here, so an archive cannot carry what a log line let through.
"""
from __future__ import annotations

import io
import json
import logging
import os
import platform
import re
import sys
import tarfile
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

from kiosk import __version__
from kiosk.logging_setup import redact

log = logging.getLogger("kiosk.maintenance.diagnostics")

MEDIA_ROOTS = ("/media", "/run/media")
PACKAGES = ("tram-kiosk", "PySide6-Essentials", "opencv-python-headless", "pyscard", "pyserial", "SQLAlchemy",
            "requests", "cryptography", "prometheus-client", "argon2-cffi")
LOG_PATTERNS = ("kiosk.log*", "maintenance-audit.*")
SECRET = "<secret>"


@dataclass(frozen=True)
class Medium:
    path: str  # the mount point
    label: str  # its last path element, e.g. the USB stick's label
    free_bytes: int


def removable_media(roots: Iterable[str] = MEDIA_ROOTS, mounts_file: str = "/proc/mounts") -> list[Medium]:
    """Mounted file systems under /media or /run/media (where desktop automount puts USB drives)."""
    points: list[str] = []
    try:
        for line in Path(mounts_file).read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                point = parts[1].replace("\\040", " ")
                if any(point == r or point.startswith(r.rstrip("/") + "/") for r in roots) and point not in roots:
                    points.append(point)
    except OSError:
        pass
    out = []
    for p in dict.fromkeys(points):
        try:
            st = os.statvfs(p)
        except OSError:
            continue
        if os.access(p, os.W_OK):
            out.append(Medium(p, os.path.basename(p), st.f_bavail * st.f_frsize))
    return out


def config_without_secrets(path: str | Path) -> str:
    """The station's TOML as JSON with every secret key, and any password in a URL, replaced."""
    from kiosk.config.schema import is_secret

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as e:
        return json.dumps({"error": f"cannot read the configuration ({e.__class__.__name__})"})

    def clean(prefix: str, value):
        if isinstance(value, dict):
            return {k: clean(f"{prefix}.{k}" if prefix else k, v) for k, v in value.items()}
        if prefix and is_secret(prefix) and value not in ("", None):
            return SECRET
        if isinstance(value, str) and "://" in value:
            return _url_without_password(value)
        return value

    return json.dumps(clean("", data), indent=1, ensure_ascii=False, default=str)


def _url_without_password(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    return urlunsplit((parts.scheme, f"{SECRET}@{host}" + (f":{parts.port}" if parts.port else ""),
                       parts.path, parts.query, parts.fragment))


def versions() -> dict:
    pkgs = {}
    for name in PACKAGES:
        try:
            pkgs[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pkgs[name] = None
    return {"kiosk": __version__, "python": sys.version.split()[0], "platform": platform.platform(),
            "machine": platform.machine(), "packages": pkgs}


def archive_name(station: str, now: datetime) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", station)[:40] or "station"
    return f"kiosk-diagnostics-{safe}-{now.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.tar.gz"


def export(cfg, dest_dir: str | Path, health: list[dict], selftests: list[dict] | None = None,
           clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> Path:
    """Write the archive into ``dest_dir`` (a USB drive's mount point or a folder); returns its path.

    Raises OSError when the folder cannot be written (the screen says so)."""
    now = clock()
    dest = Path(dest_dir)
    if not dest.is_dir():
        raise FileNotFoundError(f"{dest} is not a folder")
    target = dest / archive_name(str(cfg.station.id), now)
    top = target.name[: -len(".tar.gz")]
    members: list[tuple[str, bytes]] = []
    log_dir = Path(cfg.paths.log_dir)
    for pattern in LOG_PATTERNS:
        for f in sorted(log_dir.glob(pattern)):
            if f.is_file():
                # The audit log goes byte for byte, so `kiosk maintenance audit --log-dir` can verify
                # the copy; its values were masked when written.
                raw = f.name.startswith("maintenance-audit.")
                members.append((f"logs/{f.name}", f.read_bytes() if raw else _masked(f)))
    members.append(("config.json", redact(config_without_secrets(cfg.source)).encode("utf-8")))
    members.append(("health.json", _json({"time": now.isoformat(timespec="seconds"), "checks": health})))
    if selftests is not None:
        members.append(("selftests.json", _json(selftests)))
    members.append(("versions.json", _json(versions())))
    tmp = target.with_name(f".{target.name}.part")
    try:
        with tarfile.open(tmp, "w:gz") as tar:
            for name, data in members:
                info = tarfile.TarInfo(f"{top}/{name}")
                info.size, info.mtime, info.mode = len(data), int(now.timestamp()), 0o644
                tar.addfile(info, io.BytesIO(data))
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())  # a USB drive pulled right after "done" must still hold the file
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("diagnostics archive written: %s (%d files)", target, len(members))
    return target


def _masked(path: Path) -> bytes:
    return redact(path.read_text(encoding="utf-8", errors="replace")).encode("utf-8")


def _json(value) -> bytes:
    return redact(json.dumps(value, indent=1, ensure_ascii=False, default=str)).encode("utf-8")
