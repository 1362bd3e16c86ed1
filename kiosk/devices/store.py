"""Open the encrypted visit store and start the background sync worker.

Production: the store lives under ``paths.data_dir`` and its key in
``paths.key_file`` (root-only; created only when no store exists yet, since a
new key cannot open old visits). Demo mode: both live in the demo's scratch
directory and the key is made there.
"""
from __future__ import annotations

import logging
from pathlib import Path

from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from offline_store.api import QueueStatus, StoreUnavailable, SyncTrigger, Visit, VisitState, VisitStore
from offline_store.database import SchemaTooNew
from offline_store.keyfile import KeyFileError, load_key
from offline_store.sealing import MissingKey, Sealer
from offline_store.settings import OAuthSettings, SyncSettings
from offline_store.sqlite_store import DB_NAME, SqliteVisitStore
from offline_store.worker import SyncLockBusy, SyncWorker
from offline_store.transport import ConfigurationError

log = logging.getLogger("kiosk.devices.store")
alert = logging.getLogger("offline_store.alert")


def sync_settings(cfg: Config, base_url: str | None = None) -> SyncSettings:
    b = cfg.backend
    oauth = None
    if b.oauth_token_url:
        if not b.oauth_client_id:
            raise ConfigurationError("backend.oauth_client_id", "is required when backend.oauth_token_url is set")
        if not b.oauth_private_key:
            raise ConfigurationError("backend.oauth_private_key", "is required when backend.oauth_token_url is set")
        oauth = OAuthSettings(token_url=b.oauth_token_url, client_id=b.oauth_client_id,
                              private_key=b.oauth_private_key, scope=b.oauth_scope)
    return SyncSettings(
        base_url=base_url or b.url,
        patient_identifier_system=b.patient_identifier_system,
        record_identifier_system=b.record_identifier_system,
        device_identifier_system=b.device_identifier_system,
        extension_base_url=b.extension_base_url,
        timezone_offset=cfg.station.timezone_offset,
        connect_timeout_s=float(b.connect_timeout_s),
        read_timeout_s=float(b.read_timeout_s),
        client_cert=b.client_cert,
        client_key=b.client_key,
        ca_bundle=b.ca_bundle,
        sync_interval_s=float(b.sync_interval_s),
        batch_size=b.batch_size,
        gzip_requests=b.gzip_requests,
        dead_after_attempts=b.dead_after_attempts,
        oauth=oauth,
    )


def open_visit_store(cfg: Config, demo: DemoEnv | None = None, *, key_required: bool = True) -> SqliteVisitStore:
    """The store alone (for the CLI too); runs the migrations.

    With ``key_required=False`` a missing or unreadable key still opens the store for
    its metadata (counts, states, ages): what `kiosk queue status` needs.
    """
    data_dir = Path(demo.workdir / "data") if demo else Path(cfg.paths.data_dir)
    key_file = Path(demo.workdir / "store.key") if demo else Path(cfg.paths.key_file)
    try:
        # A missing key may be made only while there is no store it should have opened.
        sealer = Sealer(load_key(key_file, create=demo is not None or not (data_dir / DB_NAME).exists()))
    except KeyFileError as e:
        if key_required:
            raise
        log.warning("opening the store without its key: %s", e)
        sealer = MissingKey()
    return SqliteVisitStore(
        data_dir, sealer,
        min_free_bytes=cfg.backend.min_free_mb * 1024 * 1024,
        retention_grace_s=float(cfg.backend.retention_grace_days) * 86400,
    )


def open_store_readonly(cfg: Config) -> tuple[SqliteVisitStore, str | None]:
    """The store for reports (`kiosk queue status`, `kiosk doctor`), and what is wrong with its key.

    Read-only: no key is made, no file moved, no migration run. Raises StoreNotReadable when
    there is no store, or it is damaged (that alert goes to the technician log), or outdated.
    """
    sealer, key_problem = _existing_key(cfg)
    store = SqliteVisitStore(Path(cfg.paths.data_dir), sealer, readonly=True,
                             min_free_bytes=cfg.backend.min_free_mb * 1024 * 1024)
    return store, key_problem


def store_key_problem(cfg: Config) -> str | None:
    """What is wrong with the store key file (missing, too open, malformed), or None; makes no key."""
    return _existing_key(cfg)[1]


def _existing_key(cfg: Config) -> tuple[Sealer | MissingKey, str | None]:
    try:
        return Sealer(load_key(Path(cfg.paths.key_file))), None
    except KeyFileError as e:
        return MissingKey(), str(e)


class _UnavailableStore(VisitStore):
    """Stands in when the store cannot open at all: every save is refused with the reason."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail

    def save(self, visit: Visit) -> None:
        raise StoreUnavailable(self.reason, self.detail)

    def state_of(self, visit_id: str) -> VisitState:
        return "unknown"

    def status(self) -> QueueStatus:
        return QueueStatus(0, 0, None, None, f"store unavailable: {self.detail}", accepting=False)


class _NoSync(SyncTrigger):
    def kick(self) -> None:
        pass

    def stop(self) -> None:
        pass


class _StoreAndWorker(SyncTrigger):
    """Stops the worker, then closes the store: the kiosk calls stop() once at exit."""

    def __init__(self, worker: SyncWorker, store: SqliteVisitStore) -> None:
        self.worker = worker
        self.store = store

    def kick(self) -> None:
        self.worker.kick()

    def stop(self) -> None:
        self.worker.stop()
        self.store.close()


def open_store(cfg: Config, demo: DemoEnv | None) -> tuple[VisitStore, SyncTrigger]:
    try:
        store = open_visit_store(cfg, demo)
    except SchemaTooNew as e:
        alert.critical("visit store refused: %s", e)
        return _UnavailableStore("store_error", "store schema newer than this app"), _NoSync()
    except KeyFileError as e:
        alert.critical("visit store cannot open: %s", e)
        return _UnavailableStore("store_error", "store key unavailable"), _NoSync()
    except Exception as e:  # a store that cannot open must not stop the kiosk from explaining itself
        alert.critical("visit store cannot open: %s: %s", e.__class__.__name__, e)
        return _UnavailableStore("store_error", e.__class__.__name__), _NoSync()
    try:
        settings = sync_settings(cfg, demo.fhir_url if demo and demo.fhir_url else None)
        worker = SyncWorker(store, settings).start()
    except ConfigurationError as e:
        # Visits are still stored; they wait until the technician fixes the setting.
        alert.critical("sync disabled, bad setting %s", e)
        store.record_error(f"sync disabled: bad setting {e.key}")
        return store, _NoSync()
    except SyncLockBusy as e:
        alert.error("sync worker not started: %s", e)
        return store, _NoSync()
    log.info("visit store open at %s; sync worker started", store.db_path)
    return store, _StoreAndWorker(worker, store)
