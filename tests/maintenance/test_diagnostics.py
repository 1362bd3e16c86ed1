"""The diagnostics archive: what it holds, and what it never holds (secrets)."""
from __future__ import annotations

import json
import tarfile
from datetime import datetime, timezone

from kiosk.maintenance import diagnostics
from kiosk.maintenance.audit import AuditLog
from kiosk.runner import demo_config


def members(path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name.split("/", 1)[1]: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def test_archive_holds_logs_config_health_versions_and_a_verifiable_audit(tmp_path):
    cfg = demo_config(tmp_path, None, 10.0, {})
    logs = tmp_path / "logs"
    (logs).mkdir(exist_ok=True)
    (logs / "kiosk.log").write_text("2026-12-06 INFO kiosk: started\n")
    AuditLog(logs).append("export", "ok", dest="usb")
    out = tmp_path / "usb"
    out.mkdir()
    path = diagnostics.export(cfg, out, [{"id": "disk", "status": "green"}], [{"device": "camera", "status": "ok"}],
                              clock=lambda: datetime(2026, 12, 6, 3, tzinfo=timezone.utc))
    assert path.name == "kiosk-diagnostics-DEMO-0001-20261206T030000Z.tar.gz"
    m = members(path)
    assert {"logs/kiosk.log", "logs/maintenance-audit.jsonl", "logs/maintenance-audit.head", "config.json",
            "health.json", "selftests.json", "versions.json"} <= set(m)
    config = json.loads(m["config.json"])
    assert config["maintenance"]["pin_hash"] == "<secret>" and config["station"]["id"] == "DEMO-0001"
    assert b"$argon2id$" not in b"".join(m.values())
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("maintenance-audit.jsonl", "maintenance-audit.head"):
        (copy / name).write_bytes(m[f"logs/{name}"])
    assert AuditLog(copy).verify() is None
    assert not list(out.glob(".*.part"))


def test_a_password_in_a_url_is_removed(tmp_path):
    f = tmp_path / "k.toml"
    f.write_text('[backend]\nurl = "https://kiosk:hunter2@fhir.example.vn/fhir"\noauth_private_key = "PEM"\n')
    text = diagnostics.config_without_secrets(f)
    assert "hunter2" not in text and "PEM" not in text and "fhir.example.vn" in text


def test_removable_media_are_read_from_the_mount_table(tmp_path):
    usb = tmp_path / "media" / "tech" / "KIOSK USB"
    usb.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {str(usb).replace(' ', chr(92) + '040')} vfat rw 0 0\n")
    found = diagnostics.removable_media([str(tmp_path / "media")], str(mounts))
    assert [m.path for m in found] == [str(usb)] and found[0].label == "KIOSK USB"
