"""`kiosk queue ...` on a real store and the real local FHIR server."""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass

import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.config import parse_config
from kiosk.devices.store import open_visit_store
from offline_store.export import read_export
from tests.store.visits import make_visit

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
