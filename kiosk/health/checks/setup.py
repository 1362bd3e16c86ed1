"""The station's own files: configuration, bundled assets, writable paths, disk, store key."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from kiosk import paths
from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station

MiB = 2**20
# Below backend.min_free_mb the store refuses new visits (red); a few times that
# leaves days of warning on a station that fills slowly (logs, queued visits).
DISK_AMBER_FACTOR = 4
DISK_AMBER_FLOOR = 500 * MiB


def config(st: Station) -> list[HealthResult]:
    # A bad file never gets this far: loading it fails with the key and the reason (exit 2).
    return [green("config", "config", "config_loaded", st.cfg.source)]


def assets(st: Station) -> list[HealthResult]:
    out = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt"):
        p = paths.FONTS / name
        out.append((green if p.is_file() else red)(f"font.{name}", "assets", "ok" if p.is_file() else "asset_missing",
                                                    str(p)))
    for code in ("vi", "en"):
        qm = paths.TRANSLATIONS / f"kiosk_{code}.qm"
        out.append(green(f"translation.{code}", "assets", "ok", str(qm)) if qm.is_file() else
                   red(f"translation.{code}", "assets", "translation_missing",
                       f"{qm} missing: run `python -m kiosk.i18n_build`"))
    qmldir = paths.QML_IMPORT_PATH / "Kiosk" / "qmldir"
    out.append((green if qmldir.is_file() else red)("qml_module", "assets",
                                                     "ok" if qmldir.is_file() else "asset_missing", str(qmldir)))
    from drivers.camera.models import ModelError, checked_model_files

    try:
        checked_model_files(paths.MODELS)
        out.append(green("face_models", "assets", "ok", f"{paths.MODELS} (SHA-256 verified)"))
    except ModelError as e:
        out.append(red("face_models", "assets", "models_invalid", str(e)))
    return out


def writable_paths(st: Station) -> list[HealthResult]:
    out = []
    for key in ("data_dir", "log_dir"):
        p = Path(getattr(st.cfg.paths, key))
        parent = p if p.exists() else p.parent
        ok = parent.exists() and os.access(parent, os.W_OK)
        out.append(green(f"paths.{key}", "paths", "ok", f"{p} writable") if ok else
                   red(f"paths.{key}", "paths", "not_writable", f"{p} not writable"))
    return out


def disk(st: Station) -> list[HealthResult]:
    data = Path(st.cfg.paths.data_dir)
    probe = next((p for p in (data, *data.parents) if p.exists()), None)
    if probe is None:
        return []
    free = shutil.disk_usage(probe).free
    floor = st.cfg.backend.min_free_mb * MiB
    detail = f"{free / MiB:.0f} MiB free under {probe}"
    if free < floor:
        return [red("disk", "disk", "disk_full",
                    f"{detail}: below backend.min_free_mb ({st.cfg.backend.min_free_mb}), new visits are refused", free)]
    if free < max(DISK_AMBER_FLOOR, DISK_AMBER_FACTOR * floor):
        return [amber("disk", "disk", "disk_low", detail, free)]
    return [green("disk", "disk", "ok", detail, free)]


def key_file(st: Station) -> list[HealthResult]:
    """Looks at the key file only: never makes one (a report must not, see decisions D15)."""
    key = Path(st.cfg.paths.key_file)
    if not key.exists():
        from offline_store.sqlite_store import DB_NAME

        if (Path(st.cfg.paths.data_dir) / DB_NAME).exists():  # a new key cannot open the visits already stored
            return [red("paths.key_file", "key", "key_missing_with_store",
                        f"no key file {key}: the stored visits cannot be opened or sent; restore the station's key")]
        return [amber("paths.key_file", "key", "key_will_be_created",
                      f"{key} absent: a new store key will be created at first start")]
    mode = stat.S_IMODE(key.stat().st_mode)
    if mode & 0o077:
        return [red("paths.key_file", "key", "key_too_open",
                    f"{key} mode {mode:o}: must be readable by its owner only (chmod 600)")]
    return [green("paths.key_file", "key", "ok", f"{key} mode {mode:o}")]
