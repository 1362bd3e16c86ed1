"""`kiosk queue ...` on a real store and the real local FHIR server."""
from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.config import parse_config
from kiosk.demo.fhir_server import free_port
from kiosk.devices.store import open_visit_store, sync_settings
from offline_store.export import read_export
from offline_store.settings import SyncSettings
from offline_store.sync import BATCH_META, SyncEngine
from tests.store.visits import make_visit
from tests.sync.fault_proxy import FaultProxy

pytestmark = pytest.mark.fhir


@pytest.fixture
def station(tmp_path, fhir_server):
    data = tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8"))
    data["paths"].update(data_dir=str(tmp_path / "data"), log_dir=str(tmp_path / "logs"),
                         key_file=str(tmp_path / "store.key"))
    data["backend"]["url"] = fhir_server.url
    cfg_file = tmp_path / "kiosk.toml"
    lines = []
    for section, values in data.items():
        if section == "devices":
            continue
        lines.append(f"[{section}]")
        lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()]
    cfg_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cfg = parse_config(tomllib.loads(cfg_file.read_text(encoding="utf-8")))
    return cfg_file, cfg


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def kiosk(capsys):
    """The real `kiosk` entry point, in-process (a subprocess per call costs seconds of imports)."""

    def run(cfg_file, *args) -> Run:
        capsys.readouterr()
        try:
            code = main(["queue", "--config", str(cfg_file), *args])
        except SystemExit as e:
            code = e.code
        out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run


def test_status_sync_dead_letters_export(station, tmp_path, kiosk, monkeypatch):
    cfg_file, cfg = station
    store = open_visit_store(cfg)
    good = make_visit(700)
    m = good.measurements[0]
    bad = make_visit(701, measurements=(m.__class__(**{**m.__dict__, "code": "glucose"}),))
    store.save(good)
    store.save(bad)
    store.close()

    r = kiosk(cfg_file, "status", "--json")
    assert r.returncode == 0, r.stderr
    st = json.loads(r.stdout)
    assert st["queued"] == 2 and st["dead_letters"] == 0 and st["accepting"] is True

    r = kiosk(cfg_file, "sync")
    assert r.returncode == 0, r.stderr
    assert "synced 1" in r.stdout and "dead letters 1" in r.stdout

    r = kiosk(cfg_file, "dead-letters")
    assert bad.id in r.stdout and "glucose" in r.stdout
    assert good.citizen_id not in r.stdout + r.stderr

    r = kiosk(cfg_file, "status")
    assert "queued:           0" in r.stdout and "dead letters:     1" in r.stdout

    out = tmp_path / "export.bin"
    monkeypatch.setenv("KIOSK_EXPORT_PASSPHRASE", "technician passphrase 1")
    r = kiosk(cfg_file, "export", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert bad.citizen_id.encode() not in out.read_bytes()
    assert [i["visit"]["id"] for i in read_export(out, "technician passphrase 1")["visits"]] == [bad.id]

    r = kiosk(cfg_file, "dead-letters", "--retry", bad.id)
    assert r.returncode == 0 and "queued again" in r.stdout
    assert json.loads(kiosk(cfg_file, "status", "--json").stdout)["queued"] == 1


def test_bad_backend_setting_is_named(station, tmp_path, kiosk):
    cfg_file, _ = station
    text = cfg_file.read_text(encoding="utf-8").replace('client_cert = ""', 'client_cert = "/nonexistent/c.pem"')
    text = text.replace('client_key = ""', 'client_key = "/nonexistent/k.pem"')
    text = text.replace('url = "http://', 'url = "https://')
    cfg_file.write_text(text, encoding="utf-8")
    r = kiosk(cfg_file, "sync", "--once")
    assert r.returncode == 2
    assert "backend.client_cert" in r.stderr


def test_status_works_without_the_key(station, kiosk):
    cfg_file, cfg = station
    store = open_visit_store(cfg)
    store.save(make_visit(710))
    store.close()
    key = cfg.paths.key_file
    import os

    os.rename(key, key + ".away")
    try:
        r = kiosk(cfg_file, "status", "--json")
        assert r.returncode == 0 and json.loads(r.stdout)["queued"] == 1
        r = kiosk(cfg_file, "export", "--out", str(cfg_file.parent / "x.bin"))
        assert r.returncode == 3 and "key" in r.stderr
    finally:
        os.rename(key + ".away", key)


def _set(cfg_file, **backend):
    text = cfg_file.read_text(encoding="utf-8")
    for key, value in backend.items():
        text = re.sub(rf"^{key} = .*$", f"{key} = {json.dumps(value)}", text, count=1, flags=re.M)
    cfg_file.write_text(text, encoding="utf-8")


def test_sync_sends_a_visit_waiting_out_a_connection_backoff(station, kiosk):
    cfg_file, cfg = station
    store = open_visit_store(cfg)
    visit = make_visit(720)
    store.save(visit)
    # The kiosk's worker met an outage: the round failed as a whole and the visit waits, no attempt counted.
    dead_port = dataclasses.replace(sync_settings(cfg), base_url=f"http://127.0.0.1:{free_port()}/fhir",
                                    request_retries=0)
    r = SyncEngine(store, dead_port).run_once()
    assert r.error is not None and r.error.kind == "connection"
    store.reschedule({visit.id: 600}, str(r.error), count_attempt=False)  # a long outage: capped backoff
    assert store.next_due_in() > 500
    store.close()

    r = kiosk(cfg_file, "sync")
    assert r.returncode == 0, r.stderr
    assert "synced 1, to retry 0, dead letters 0" in r.stdout, r.stdout
    assert "still queued" not in r.stdout
    store = open_visit_store(cfg)
    assert store.state_of(visit.id) == "synced"
    store.close()


def test_sync_halves_the_batch_on_timeouts_and_goes_on_growing_it_back(station, kiosk, fhir_server):
    cfg_file, cfg = station
    proxy = FaultProxy(fhir_server.url)
    try:
        _set(cfg_file, url=proxy.url, read_timeout_s=1, batch_size=4)
        store = open_visit_store(cfg)
        visits = [make_visit(730 + i) for i in range(6)]
        for v in visits:
            store.save(v)
        store.close()
        # The first round's first request times out on every quick retry: the whole round fails.
        proxy.inject(*["stall:1.5"] * (SyncSettings(base_url="http://x").request_retries + 1))
        r = kiosk(cfg_file, "sync")
    finally:
        proxy.stop()
    assert r.returncode == 0, r.stderr
    assert "synced 6, to retry 0, dead letters 0" in r.stdout, r.stdout
    store = open_visit_store(cfg)
    try:
        assert all(store.state_of(v.id) == "synced" for v in visits)
        assert store.get_meta(BATCH_META) == "4"  # halved to 2 by the timeout, doubled back by success
    finally:
        store.close()


def test_forget_server_ids(station, kiosk):
    cfg_file, cfg = station
    assert kiosk(cfg_file, "forget-server-ids").stdout.startswith("no store yet")
    assert not Path(cfg.paths.key_file).exists()  # and nothing was made for it
    store = open_visit_store(cfg)
    store.save(make_visit(740))
    store.close()
    assert kiosk(cfg_file, "sync").returncode == 0
    r = kiosk(cfg_file, "forget-server-ids")
    assert r.returncode == 0 and "forgot 6 " in r.stdout, r.stdout  # the patient, the station, 4 instruments
    store = open_visit_store(cfg)
    store.save(make_visit(740))  # the same citizen again: no alarm, since the ids were forgotten
    store.close()
    r = kiosk(cfg_file, "sync")
    assert r.returncode == 0 and "synced 1" in r.stdout and "had lost" not in r.stdout
    assert "forget" in (Path(cfg.paths.log_dir) / "kiosk.log").read_text(encoding="utf-8")


# ---- reports change nothing ------------------------------------------------------------------


def _kiosk_log(cfg) -> str:
    path = Path(cfg.paths.log_dir) / "kiosk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _doctor(cfg_file, capsys) -> dict:
    capsys.readouterr()
    main(["doctor", "--config", str(cfg_file), "--no-hardware", "--json"])
    return {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}


def test_status_and_doctor_make_no_key_and_no_store(station, kiosk, capsys):
    cfg_file, cfg = station
    r = kiosk(cfg_file, "status", "--json")
    assert r.returncode == 0, r.stderr
    st = json.loads(r.stdout)
    assert st["store_problem"].startswith("absent") and "does not exist" in st["key_problem"]
    assert st["queued"] == 0
    checks = _doctor(cfg_file, capsys)
    assert checks["store"]["status"] == "green" and "no store" in checks["store"]["detail"]
    assert not Path(cfg.paths.key_file).exists()
    assert not (Path(cfg.paths.data_dir) / "visits.db").exists()


def test_status_and_doctor_name_a_missing_key_and_make_none(station, kiosk, capsys):
    cfg_file, cfg = station
    store = open_visit_store(cfg)
    store.save(make_visit(750))
    store.close()
    Path(cfg.paths.key_file).unlink()
    r = kiosk(cfg_file, "status")
    assert r.returncode == 0, r.stderr
    assert "store key:        store key file" in r.stdout and "does not exist" in r.stdout
    assert "queued:           1" in r.stdout
    checks = _doctor(cfg_file, capsys)
    assert checks["paths.key_file"]["status"] == "red" and "no key file" in checks["paths.key_file"]["detail"]
    assert checks["store"]["status"] == "green" and "1 queued" in checks["store"]["detail"]
    assert checks["queue.depth"]["value"] == 1
    assert not Path(cfg.paths.key_file).exists()


def test_a_damaged_store_is_left_in_place_reported_and_logged(station, kiosk, capsys):
    cfg_file, cfg = station
    data = Path(cfg.paths.data_dir)
    data.mkdir(parents=True)
    junk = b"not a database" + bytes(8192)
    (data / "visits.db").write_bytes(junk)
    Path(cfg.paths.key_file).write_bytes(bytes(32))
    Path(cfg.paths.key_file).chmod(0o600)

    r = kiosk(cfg_file, "status")
    assert r.returncode == 1
    assert "store:            damaged" in r.stdout and "queued:           ?" in r.stdout
    checks = _doctor(cfg_file, capsys)
    assert checks["store"]["status"] == "red" and "damaged" in checks["store"]["detail"]
    assert sorted(p.name for p in data.iterdir()) == ["visits.db"]  # nothing moved aside, nothing added
    assert (data / "visits.db").read_bytes() == junk
    log = _kiosk_log(cfg)
    assert log.count("CRITICAL offline_store.alert: store") == 2 and "failed its check" in log  # status, doctor


def test_the_kiosk_itself_logs_the_damaged_store_it_moves_aside(station):
    from kiosk.devices.store import open_store
    from kiosk.logging_setup import command_logging

    _, cfg = station
    data = Path(cfg.paths.data_dir)
    data.mkdir(parents=True)
    (data / "visits.db").write_bytes(b"junk" * 4096)
    Path(cfg.paths.key_file).write_bytes(bytes(32))
    Path(cfg.paths.key_file).chmod(0o600)
    with command_logging(Path(cfg.paths.log_dir)):  # as `kiosk run` sets up kiosk.log before the store
        store, trigger = open_store(cfg, None)
        trigger.stop()
    assert any(p.name.startswith("visits.db.corrupt-") for p in data.iterdir())
    assert "moved aside" in _kiosk_log(cfg)
