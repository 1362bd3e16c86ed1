"""``kiosk doctor``: check a station before opening it to citizens.

Each check returns (status, message) with status ok / warn / fail; the messages
name the config key or the file involved, and never hold personal data.
"""
from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk import paths
from kiosk.config import Config


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok, warn, fail
    message: str


def _assets() -> list[Check]:
    out = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt"):
        p = paths.FONTS / name
        out.append(Check(f"font {name}", "ok" if p.is_file() else "fail", str(p)))
    for code in ("vi", "en"):
        qm = paths.TRANSLATIONS / f"kiosk_{code}.qm"
        out.append(Check(f"translation {code}", "ok" if qm.is_file() else "fail",
                         str(qm) if qm.is_file() else f"{qm} missing: run `python -m kiosk.i18n_build`"))
    qmldir = paths.QML_IMPORT_PATH / "Kiosk" / "qmldir"
    out.append(Check("QML module", "ok" if qmldir.is_file() else "fail", str(qmldir)))
    from drivers.camera.models import ModelError, checked_model_files

    try:
        checked_model_files(paths.MODELS)
        out.append(Check("face models", "ok", f"{paths.MODELS} (SHA-256 verified)"))
    except ModelError as e:
        out.append(Check("face models", "fail", str(e)))
    return out


def _paths(cfg: Config) -> list[Check]:
    out = []
    for key in ("data_dir", "log_dir"):
        p = Path(getattr(cfg.paths, key))
        parent = p if p.exists() else p.parent
        ok = parent.exists() and os.access(parent, os.W_OK)
        out.append(Check(f"paths.{key}", "ok" if ok else "fail", f"{p} {'writable' if ok else 'not writable'}"))
    data = Path(cfg.paths.data_dir)
    probe = data if data.exists() else data.parent
    if probe.exists():
        free = shutil.disk_usage(probe).free / 2**20
        out.append(Check("disk space", "ok" if free > 500 else "warn" if free > 50 else "fail", f"{free:.0f} MiB free"))
    key = Path(cfg.paths.key_file)
    if not key.exists():
        from offline_store.sqlite_store import DB_NAME

        if (data / DB_NAME).exists():  # a new key cannot open the visits already stored
            out.append(Check("paths.key_file", "fail", f"no key file {key}: the stored visits cannot be opened or "
                                                       "sent; restore the station's key"))
        else:
            out.append(Check("paths.key_file", "warn", f"{key} absent: a new store key will be created at first start"))
    else:
        mode = stat.S_IMODE(key.stat().st_mode)
        out.append(Check("paths.key_file", "ok" if mode & 0o077 == 0 else "fail",
                         f"{key} mode {mode:o}" + ("" if mode & 0o077 == 0 else ": must be readable by its owner only (chmod 600)")))
    return out


def _devices(cfg: Config) -> list[Check]:
    out = []
    for kind, dev in cfg.devices.items():
        if not dev.enabled:
            out.append(Check(f"devices.{kind}", "warn", "disabled"))
            continue
        present = os.path.exists(dev.port)
        out.append(Check(f"devices.{kind}.port", "ok" if present else "fail",
                         f"{dev.port} ({dev.protocol}) {'present' if present else 'not found'}"))
    return out


def _card_reader(cfg: Config) -> list[Check]:
    try:
        from smartcard.System import readers

        names = [str(r) for r in readers()]
    except Exception as e:  # pcscd down or libpcsclite missing
        return [Check("card reader", "fail", f"PC/SC unavailable ({e.__class__.__name__})")]
    wanted = [n for n in names if cfg.card.reader in n]
    return [Check("card reader", "ok" if wanted else "fail",
                  ", ".join(wanted) if wanted else f"no reader matching card.reader={cfg.card.reader!r} (found {names})")]


def _camera(cfg: Config) -> list[Check]:
    import cv2

    cap = cv2.VideoCapture(cfg.face.camera)
    try:
        ok = cap.isOpened() and cap.read()[0]
    finally:
        cap.release()
    return [Check("face.camera", "ok" if ok else "fail", f"{cfg.face.camera} {'delivers frames' if ok else 'cannot be opened'}")]


def _backend(cfg: Config) -> list[Check]:
    import requests

    session = requests.Session()
    session.trust_env = False
    if cfg.backend.ca_bundle:
        session.verify = cfg.backend.ca_bundle
    if cfg.backend.client_cert:
        session.cert = (cfg.backend.client_cert, cfg.backend.client_key or None)
    try:
        r = session.get(cfg.backend.url.rstrip("/") + "/metadata", timeout=(cfg.backend.connect_timeout_s, 10),
                        headers={"Accept": "application/fhir+json"})
    except requests.RequestException as e:
        return [Check("backend.url", "warn", f"unreachable ({e.__class__.__name__}); visits will queue until it is back")]
    fhir = r.ok and r.json().get("fhirVersion", "")
    return [Check("backend.url", "ok" if fhir.startswith("4.0") else "warn", f"HTTP {r.status_code}, FHIR {fhir or '?'}")]


def _store(cfg: Config) -> list[Check]:
    """Read-only: the doctor never moves a damaged store aside (the kiosk does, at its start) nor makes a key."""
    from kiosk.devices.store import open_store_readonly
    from offline_store.sqlite_store import StoreNotReadable

    try:
        store, _ = open_store_readonly(cfg)  # the key itself is checked under paths.key_file
    except StoreNotReadable as e:
        return [Check("store", {"absent": "ok", "outdated": "warn"}.get(e.reason, "fail"), str(e))]
    try:
        st = store.status()
    finally:
        store.close()
    return [Check("store", "ok", f"{st.queued} queued, {st.dead_letters} dead letters")]


CHECKS: list[Callable[[Config], list[Check]]] = [_paths, _store, _devices, _card_reader, _camera, _backend]


def run_checks(cfg: Config, hardware: bool = True) -> list[Check]:
    results = _assets()
    for check in CHECKS if hardware else [_paths, _store]:
        try:
            results.extend(check(cfg))
        except Exception as e:  # one broken check must not hide the others
            results.append(Check(check.__name__.strip("_"), "fail", f"check crashed: {e.__class__.__name__}: {e}"))
    return results
