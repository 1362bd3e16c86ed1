"""The two settings the first frame shows, read before the configuration is validated.

``kiosk run`` puts the welcome screen up before it loads the station's parts, and
validating the file imports their registries (about a second on a station). So the
language and the station id are read here without any check; whatever is wrong with
the file is left to the full load a moment later, which names it (exit 2).
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import NamedTuple


class FirstFrame(NamedTuple):  # not a dataclass: importing dataclasses alone delays the frame
    language: str | None = None  # None: the app's default
    station_id: str = ""


def read_first_frame(path: str | Path) -> FirstFrame:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return FirstFrame()
    station = data.get("station")
    if not isinstance(station, dict):
        return FirstFrame()
    language, station_id = station.get("language"), station.get("id")
    return FirstFrame(language if isinstance(language, str) else None,
                      station_id if isinstance(station_id, str) else "")
