"""Start and stop the local sekmet-fhir R4 server used by demo mode and the tests.

The server lives in its own virtualenv (``.venv/opt/sekmet-fhir``, made by
``./dev setup``) so it never becomes a kiosk dependency. It always listens on
127.0.0.1, with the order simulator off, strict inbound validation and no
traffic log (the traffic log would keep every body, personal data included).

Plain HTTP by default. With ``tls=ServerTls(...)`` it serves HTTPS, and when
``tls.client_ca`` is set it demands a client certificate signed by that CA
(mutual TLS): ``sekmet serve`` cannot do that, so the same app is then run
under uvicorn directly with ``ssl_cert_reqs=CERT_REQUIRED``.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import socket
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from drivers import lifeline
from kiosk import paths

log = logging.getLogger("kiosk.demo.fhir_server")

# A frozen kiosk with the demo add-on has no checkout around it: KIOSK_SEKMET_VENV names
# a venv made from lock/fhir-server.txt (docs/packaging.md, "Demo add-on").
SEKMET_VENV = Path(os.environ.get("KIOSK_SEKMET_VENV") or paths.ROOT / ".venv" / "opt" / "sekmet-fhir")
START_TIMEOUT_S = 30.0


class FhirServerError(RuntimeError):
    """The local FHIR server could not be started."""


@dataclass(frozen=True)
class ServerTls:
    certfile: Path  # server certificate (PEM), valid for 127.0.0.1
    keyfile: Path
    client_ca: Path | None = None  # set = mutual TLS: only clients signed by this CA get in


@dataclass(frozen=True)
class SmartClient:
    """A SMART Backend Services client the server accepts (``private_key_jwt``)."""

    client_id: str
    public_key_path: Path
    scopes: str = "system/*.c system/*.rs"


class FhirServer:
    def __init__(self, proc: subprocess.Popen, url: str, workdir: Path, log_file: Path) -> None:
        self._proc = proc
        self.url = url  # base URL, ends in /fhir
        self.workdir = workdir
        self.log_file = log_file
        self.port = int(url.split(":")[2].split("/")[0])

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def token_url(self) -> str:
        return self.url[: -len("/fhir")] + "/auth/token"

    def stop(self) -> None:
        if self._proc.poll() is not None:
            return
        # The server runs in its own process group: stop uvicorn and anything it spawned.
        try:
            os.killpg(self._proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait(timeout=10)

    def __enter__(self) -> "FhirServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port() -> int:
    """A port free right now on 127.0.0.1 (the OS picks it, so parallel runs do not collide)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(workdir: Path, port: int, tls: ServerTls | None, smart: list[SmartClient]) -> dict:
    scheme = "https" if tls else "http"
    settings: dict = {
        "base_url": f"{scheme}://127.0.0.1:{port}/fhir",
        "host": "127.0.0.1",
        "port": port,
        "data_dir": str(workdir / "data"),
        "own_private_key_path": str(workdir / "keys" / "sekmet_private.pem"),
        "simulator": {"enabled": False},
        "validation": {"inbound": "strict"},
        "log_inbound": False,
    }
    if tls and not tls.client_ca:
        settings["tls_certfile"] = str(tls.certfile)
        settings["tls_keyfile"] = str(tls.keyfile)
    if smart:
        settings["server_auth"] = {
            "types": ["smart"],
            "enforce_scopes": True,
            "token_lifetime": 300,
            "smart_clients": [
                {"client_id": c.client_id, "public_key_path": str(c.public_key_path), "scopes": c.scopes}
                for c in smart
            ],
        }
    return settings


def _command(settings_file: Path, port: int, tls: ServerTls | None) -> list[str]:
    if tls and tls.client_ca:
        return [
            str(SEKMET_VENV / "bin" / "python"), "-m", "uvicorn", "sekmet.main:app_factory", "--factory",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
            "--ssl-certfile", str(tls.certfile), "--ssl-keyfile", str(tls.keyfile),
            "--ssl-ca-certs", str(tls.client_ca), "--ssl-cert-reqs", str(int(ssl.CERT_REQUIRED)),
        ]
    return [str(SEKMET_VENV / "bin" / "sekmet"), "serve", "-c", str(settings_file)]


def _ready(url: str, tls: ServerTls | None) -> bool:
    if tls:  # the readiness probe only checks the port; a TLS client would need the client cert
        host, port = url.split("//")[1].split("/")[0].split(":")
        try:
            with socket.create_connection((host, int(port)), timeout=0.5):
                return True
        except OSError:
            return False
    try:
        with urllib.request.urlopen(url + "/metadata", timeout=2) as r:
            return r.status == 200 and json.load(r).get("resourceType") == "CapabilityStatement"
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start_fhir_server(
    workdir: Path,
    port: int = 0,
    *,
    tls: ServerTls | None = None,
    smart_clients: list[SmartClient] | None = None,
) -> FhirServer:
    """Start sekmet-fhir on 127.0.0.1 and return once /metadata answers."""
    sekmet = SEKMET_VENV / "bin" / "sekmet"
    if not sekmet.exists():
        raise FhirServerError(
            f"the local FHIR server is not installed ({sekmet} is missing); run ./dev setup"
        )
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "data").mkdir(exist_ok=True)
    (workdir / "keys").mkdir(exist_ok=True)
    port = port or free_port()
    settings = _settings(workdir, port, tls, smart_clients or [])
    settings_file = workdir / "settings.yaml"
    # JSON is valid YAML, and saves a YAML dependency in the kiosk venv.
    settings_file.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    log_file = workdir / "sekmet.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEKMET_")}
    env["SEKMET_CONFIG"] = str(settings_file)
    with open(log_file, "ab") as out:
        # SIGKILL when we die, even by kill -9: its data is scratch and nothing else would stop it.
        proc = lifeline.popen(
            _command(settings_file, port, tls),
            cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    server = FhirServer(proc, settings["base_url"], workdir, log_file)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise FhirServerError(f"the local FHIR server exited with {proc.returncode}; see {log_file}")
        if _ready(server.url, tls):
            log.info("local FHIR server up at %s", server.url)
            return server
        time.sleep(0.1)
    server.stop()
    raise FhirServerError(f"the local FHIR server did not answer within {START_TIMEOUT_S:.0f} s; see {log_file}")
