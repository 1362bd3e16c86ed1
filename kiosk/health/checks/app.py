"""The kiosk software itself: which version runs, and for how long."""
from __future__ import annotations

import platform
from importlib import metadata

from kiosk import __version__
from kiosk.health.result import HealthResult, green
from kiosk.health.station import Station


def version(st: Station) -> list[HealthResult]:
    try:
        qt = metadata.version("PySide6-Essentials")  # read from the metadata: no Qt import here
    except metadata.PackageNotFoundError:
        qt = "?"
    return [green("version", "version", "version",
                  f"kiosk {__version__}, Python {platform.python_version()}, PySide6 {qt}")]


def uptime(st: Station) -> list[HealthResult]:
    up = st.uptime_s()
    if up is None:
        return []  # `kiosk doctor` is not the app: it has no uptime to tell
    return [green("uptime", "uptime", "running", f"up {up / 3600:.1f} h", up)]
