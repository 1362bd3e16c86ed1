"""The audit chain: intact, a tampered record, a removed record, the newest removed; the CLI's exit codes."""
import json
from datetime import datetime, timezone

import pytest

from kiosk.cli import main
from kiosk.maintenance.audit import ACTIONS, AuditLog


def clock():
    return datetime(2026, 12, 6, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def log(tmp_path):
    a = AuditLog(tmp_path, clock)
    a.append("entry", "ok")
    a.append("pin_failed", "refused", failures=1, delay_s=1)
    a.append("config_change", "ok", key="timeouts.idle_s", old=90, new=120)
    a.append("self_test", "ok", device="blood_pressure")
    a.append("exit", "closed")
    return a


def lines(a):
    return a.path.read_text(encoding="utf-8").splitlines(keepends=True)


def cli(tmp_path, *args):
    return main(["maintenance", "audit", "--log-dir", str(tmp_path), *args])


def test_an_intact_chain_verifies(log, tmp_path, capsys):
    assert log.verify() is None
    records = list(log.records())
    assert [r["seq"] for r in records] == [1, 2, 3, 4, 5]
    assert records[0]["prev"] == "0" * 64 and records[1]["prev"] == records[0]["sha256"]
    assert records[2]["old"] == 90 and records[2]["time"] == "2026-12-06T03:00:00+00:00"
    assert cli(tmp_path, "--verify") == 0
    assert "5 record(s), chain intact" in capsys.readouterr().out


def test_an_edited_record_is_caught(log, tmp_path, capsys):
    text = lines(log)
    text[2] = text[2].replace('"new": 120', '"new": 3600')
    log.path.write_text("".join(text), encoding="utf-8")
    bad = log.verify()
    assert bad.number == 3 and "changed" in bad.reason
    assert cli(tmp_path, "--verify") == 1
    assert "record 3" in capsys.readouterr().out


def test_an_edit_with_a_recomputed_own_hash_breaks_the_next_link(log):
    from kiosk.maintenance.audit import _digest

    text = lines(log)
    r = json.loads(text[1])
    r["result"] = "ok"
    r["sha256"] = _digest(r)
    text[1] = json.dumps(r) + "\n"
    log.path.write_text("".join(text), encoding="utf-8")
    assert log.verify().number == 3


def test_a_removed_record_is_caught(log, tmp_path):
    text = lines(log)
    del text[1]
    log.path.write_text("".join(text), encoding="utf-8")
    bad = log.verify()
    assert bad.number == 2 and "removed" in bad.reason
    assert cli(tmp_path, "--verify") == 1


def test_removing_the_newest_records_is_caught_by_the_head(log):
    log.path.write_text("".join(lines(log)[:3]), encoding="utf-8")
    bad = log.verify()
    assert bad.number == 4 and "5 were written" in bad.reason


def test_a_deleted_log_is_caught(log):
    log.path.unlink()
    assert log.verify() is not None


def test_unknown_actions_and_reserved_fields_are_refused(tmp_path):
    a = AuditLog(tmp_path, clock)
    with pytest.raises(ValueError):
        a.append("entery", "ok")
    with pytest.raises(ValueError):
        a.append("entry", "ok", sha256="x")
    assert {"entry", "pin_failed", "lockout", "config_change", "self_test", "calibration", "forced_sync",
            "dead_letter_retry", "export", "exit", "restart"} <= ACTIONS


def test_no_personal_data_reaches_a_record(tmp_path):
    a = AuditLog(tmp_path, clock)
    a.append("export", "ok", note="card 079158001234 born 15/03/1958")
    text = a.path.read_text(encoding="utf-8")
    assert "079158001234" not in text and "1958" not in text


def test_secret_config_values_are_never_written(tmp_path):
    from kiosk.maintenance import audit

    audit.install(tmp_path, clock)
    audit.config_change("maintenance.pin_hash", "$argon2id$old", "$argon2id$new")
    audit.config_change("backend.url", "http://a/fhir", "http://b/fhir")
    text = (tmp_path / audit.FILE_NAME).read_text(encoding="utf-8")
    assert "argon2id" not in text and "http://b/fhir" in text
    assert audit.verify() is None


def test_the_cli_lists_recent_records(log, tmp_path, capsys):
    assert cli(tmp_path, "-n", "2") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "self_test" in out[0] and "device=blood_pressure" in out[0] and "exit" in out[1]
