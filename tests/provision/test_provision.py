"""`kiosk provision` run as a deployer's script would, on a station laid out in a temporary directory.

The config path, the key path (paths.key_file in that config) and the owner are parameters,
so the real command runs here as the current user without touching /etc.
"""
from __future__ import annotations

import getpass
import hashlib
import os
import stat
import subprocess
import sys
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk import paths
from kiosk.maintenance import pin as pins
from kiosk.maintenance.config_edit import set_string

PIN = "246813"


def _pem_pair(directory: Path, name: str, days: int = 365) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=2))
            .not_valid_after(now + timedelta(days=days)).sign(key, hashes.SHA256()))
    c, k = directory / f"{name}.crt", directory / f"{name}.key"
    c.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    k.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    return c, k


@pytest.fixture
def station(tmp_path) -> Path:
    """/etc/tram-kiosk/kiosk.toml as the package installs it, with the station's paths under tmp_path."""
    etc = tmp_path / "etc"
    etc.mkdir()
    text = paths.EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for key, value in (("data_dir", tmp_path / "data"), ("log_dir", tmp_path / "log"),
                       ("key_file", etc / "store.key")):
        text = set_string(text, "paths", key, str(value))
    text = set_string(text, "prescription", "pass_key_file", str(etc / "pass.key"))
    cfg = etc / "kiosk.toml"
    cfg.write_text(text, encoding="utf-8")
    cfg.chmod(0o640)
    return cfg


def provision(cfg: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "provision", "--config", str(cfg), "--owner", getpass.getuser(),
         "--non-interactive", "--no-hardware", "--no-enable", *args],
        input=stdin, capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIOSK_CONFIG": "/nonexistent"},  # the option, not the environment, must win
    )


def _digest(*files: Path) -> list[str]:
    return [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "-" for f in files]


def test_provision_sets_everything_and_runs_doctor(station, tmp_path):
    cert, key = _pem_pair(tmp_path, "station-0042")
    r = provision(station, "--station-id", "VN-HN-BD-0042", "--backend-url", "https://ehr.test.vn/fhir",
                  "--client-cert", str(cert), "--client-key", str(key), "--pin-stdin", stdin=PIN + "\n")
    assert r.returncode in (0, 1), r.stderr  # doctor's verdict depends on this machine; both mean provisioned
    assert "Traceback" not in r.stdout + r.stderr
    assert "kiosk doctor --config" in r.stdout and "paths.key_file" in r.stdout and "Station provisioned" in r.stdout

    text = station.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["station"]["id"] == "VN-HN-BD-0042"
    assert data["backend"]["url"] == "https://ehr.test.vn/fhir"
    assert "# Trạm Công dân số health kiosk" in text  # the deployer's comments stay
    assert pins.verify_pin(data["maintenance"]["pin_hash"], PIN) and PIN not in text
    assert stat.S_IMODE(station.stat().st_mode) == 0o640

    etc = station.parent
    assert data["backend"]["client_cert"] == str(etc / "client-cert.pem")
    assert (etc / "client-cert.pem").read_bytes() == cert.read_bytes()
    assert stat.S_IMODE((etc / "client-key.pem").stat().st_mode) == 0o600
    store_key = etc / "store.key"
    assert store_key.stat().st_size == 32 and stat.S_IMODE(store_key.stat().st_mode) == 0o600
    assert store_key.stat().st_uid == os.geteuid()
    pass_key = etc / "pass.key"
    assert b"BEGIN PRIVATE KEY" in pass_key.read_bytes() and stat.S_IMODE(pass_key.stat().st_mode) == 0o600
    assert f"pick-up pass key created: {pass_key}" in r.stdout
    cert_out = subprocess.run([sys.executable, "-m", "kiosk", "pass", "cert", "--config", str(station)],
                              capture_output=True, text=True, timeout=120)
    assert cert_out.returncode == 0 and "BEGIN CERTIFICATE" in cert_out.stdout, cert_out.stderr
    for f in (tmp_path / "log").glob("*"):
        assert PIN not in f.read_text(encoding="utf-8"), f


def test_second_run_keeps_the_key_and_the_pin(station):
    first = provision(station, "--station-id", "VN-HN-BD-0042", "--backend-url", "https://ehr.test.vn/fhir",
                      "--pin-stdin", stdin=PIN + "\n")
    assert first.returncode in (0, 1), first.stderr
    key_before = (station.parent / "store.key").read_bytes()
    pass_before = (station.parent / "pass.key").read_bytes()
    (station.parent / "pass.key").chmod(0o644)  # loosened by hand: provision tightens it, never replaces it
    pin_hash = tomllib.loads(station.read_text())["maintenance"]["pin_hash"]
    again = provision(station, "--backend-url", "https://ehr2.test.vn/fhir")
    assert again.returncode in (0, 1), again.stderr
    assert "store key kept" in again.stdout
    assert (station.parent / "store.key").read_bytes() == key_before
    assert "pick-up pass key kept" in again.stdout
    assert (station.parent / "pass.key").read_bytes() == pass_before
    assert stat.S_IMODE((station.parent / "pass.key").stat().st_mode) == 0o600
    data = tomllib.loads(station.read_text())
    assert data["maintenance"]["pin_hash"] == pin_hash and data["backend"]["url"] == "https://ehr2.test.vn/fhir"


@pytest.mark.parametrize("case", ["weak_pin", "no_pin", "cert_of_another_key", "expired_cert", "bad_url",
                                  "store_without_key"])
def test_refused_values_change_nothing(station, tmp_path, case):
    cert, key = _pem_pair(tmp_path, "a")
    args = ["--station-id", "VN-HN-BD-0042", "--backend-url", "https://ehr.test.vn/fhir", "--pin-stdin"]
    stdin, expect = PIN + "\n", ""
    if case == "weak_pin":
        stdin, expect = "123456\n", "run like 123456"
    elif case == "no_pin":
        args.remove("--pin-stdin")
        expect = "--pin-stdin"
    elif case == "cert_of_another_key":
        _, other = _pem_pair(tmp_path, "b")
        args += ["--client-cert", str(cert), "--client-key", str(other)]
        expect = "does not belong to the certificate"
    elif case == "expired_cert":
        old, old_key = _pem_pair(tmp_path, "old", days=-1)
        args += ["--client-cert", str(old), "--client-key", str(old_key)]
        expect = "expired on"
    elif case == "bad_url":
        args[3] = "ftp://ehr.test.vn"
        expect = "backend.url"
    elif case == "store_without_key":
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "visits.db").write_bytes(b"")
        expect = "Restore the key"
    watched = [station, station.parent / "store.key", station.parent / "client-cert.pem",
               station.parent / "client-key.pem"]
    before = _digest(*watched)
    r = provision(station, *args, stdin=stdin)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert expect in r.stderr and "nothing was changed" in r.stderr
    assert "Traceback" not in r.stderr
    assert _digest(*watched) == before


def test_help_names_the_steps():
    r = subprocess.run([sys.executable, "-m", "kiosk", "provision", "--help"], capture_output=True, text=True)
    for words in ("--station-id", "--client-cert", "--pin-stdin", "--owner", "--non-interactive", "doctor"):
        assert words in r.stdout
