"""What one health check says: a frozen result the doctor, the dashboard and the metrics all read."""
from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(str, enum.Enum):
    GREEN = "green"  # fine
    AMBER = "amber"  # works, but a technician should look soon
    RED = "red"  # a citizen cannot be served by this part, or data is at risk

    @property
    def level(self) -> int:
        """0, 1, 2: what the metrics export, so that max() over checks is the worst."""
        return (Status.GREEN, Status.AMBER, Status.RED).index(self)


# Every reason key a check may give. The maintenance dashboard turns them into words
# (QML, both languages); a test keeps the checks to this list, so a new key cannot
# reach the screen untranslated.
REASONS = (
    "ok",
    # configuration, assets, paths
    "config_loaded", "config_invalid", "asset_missing", "translation_missing", "models_invalid", "not_writable",
    # disk, key, store
    "disk_low", "disk_full", "key_missing_with_store", "key_will_be_created", "key_too_open",
    "store_absent", "store_outdated", "store_damaged", "store_not_accepting",
    # queue and sync
    "queue_empty", "queue_waiting", "queue_stalled", "dead_letters", "never_synced", "sync_stale",
    # peripherals
    "device_disabled", "device_not_configured", "port_missing", "port_closed", "pcsc_unavailable",
    "reader_missing", "virtual_device", "camera_unavailable",
    # backend and certificates
    "backend_unreachable", "backend_not_fhir_r4", "backend_not_https", "cert_unreadable", "cert_expiring",
    "cert_expired", "server_cert_untrusted",
    # calibration and hygiene (kiosk/maintenance/calibration.py)
    "calibration_overdue", "calibration_failed", "calibration_due_soon", "cleaning_due",
    # the receipt printer (drivers/printer)
    "paper_near_end", "paper_out", "cover_open", "printer_offline",
    # spoken guidance (kiosk/speech)
    "speech_disabled", "speech_engine_missing", "no_audio_output", "headset_not_playing",
    # the app itself
    "version", "running",
    # a check that raised: its detail names the exception, kiosk.log holds the traceback
    "check_crashed",
)


@dataclass(frozen=True)
class HealthResult:
    id: str  # stable, e.g. "disk", "device.blood_pressure", "tls_cert.client"
    component: str  # what the dashboard groups by: card_reader, camera, device:<kind>, backend, ...
    status: Status
    reason: str  # one of REASONS: the words are the screen's business
    detail: str  # for the technician: paths, counts, exception names; never personal data
    value: float | None = None  # the number behind the status, in the unit the id's metric says

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"health check {self.id}: unknown reason key {self.reason!r}")

    def as_dict(self) -> dict:
        return {"id": self.id, "component": self.component, "status": self.status.value, "reason": self.reason,
                "detail": self.detail, "value": self.value}


def green(id: str, component: str, reason: str, detail: str, value: float | None = None) -> HealthResult:
    return HealthResult(id, component, Status.GREEN, reason, detail, value)


def amber(id: str, component: str, reason: str, detail: str, value: float | None = None) -> HealthResult:
    return HealthResult(id, component, Status.AMBER, reason, detail, value)


def red(id: str, component: str, reason: str, detail: str, value: float | None = None) -> HealthResult:
    return HealthResult(id, component, Status.RED, reason, detail, value)
