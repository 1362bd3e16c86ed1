"""The FHIR backend: does it answer, and how long its TLS certificates (ours and its own) have left."""
from __future__ import annotations

import socket
import ssl
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station

# Renewing a station's client certificate takes the programme weeks (request, issue,
# deploy on site): a month is the warning, a week the emergency. The shipped
# Prometheus rule alerts in between, at 14 days.
CERT_AMBER_DAYS = 30
CERT_RED_DAYS = 7
READ_TIMEOUT_S = 10


def reachable(st: Station) -> list[HealthResult]:
    import requests

    b = st.cfg.backend
    session = requests.Session()
    session.trust_env = False
    if b.ca_bundle:
        session.verify = b.ca_bundle
    if b.client_cert:
        session.cert = (b.client_cert, b.client_key or None)
    try:
        r = session.get(b.url.rstrip("/") + "/metadata", timeout=(b.connect_timeout_s, READ_TIMEOUT_S),
                        headers={"Accept": "application/fhir+json"})
    except requests.RequestException as e:
        return [amber("backend", "backend", "backend_unreachable",
                      f"{b.url} unreachable ({e.__class__.__name__}); visits queue until it is back")]
    finally:
        session.close()
    try:
        fhir = r.json().get("fhirVersion", "") if r.ok else ""
    except ValueError:  # an HTML error page from a proxy
        fhir = ""
    if r.ok and str(fhir).startswith("4.0"):
        return [green("backend", "backend", "ok", f"{b.url}: HTTP {r.status_code}, FHIR {fhir}")]
    return [amber("backend", "backend", "backend_not_fhir_r4", f"{b.url}: HTTP {r.status_code}, FHIR {fhir or '?'}")]


def client_certificate(st: Station) -> list[HealthResult]:
    path = st.cfg.backend.client_cert
    if not path:
        return []  # no mutual TLS on this backend
    from cryptography import x509

    try:
        pem = Path(path).read_bytes()
        cert = x509.load_pem_x509_certificate(pem)
    except (OSError, ValueError) as e:
        return [red("tls_cert.client", "tls_cert", "cert_unreadable",
                    f"backend.client_cert {path}: {e.__class__.__name__}: {e}")]
    return [_expiry(st, "tls_cert.client", f"client certificate {path}", cert.not_valid_after_utc)]


def server_certificate(st: Station) -> list[HealthResult]:
    b = st.cfg.backend
    u = urlparse(b.url)
    if u.scheme != "https":
        if st.demo:
            return []  # the demo's local server speaks plain HTTP on loopback
        return [amber("tls_cert.server", "tls_cert", "backend_not_https", f"{b.url} is not https")]
    host, port = u.hostname or "", u.port or 443
    try:
        ctx = ssl.create_default_context(cafile=b.ca_bundle or None)
        if b.client_cert:
            ctx.load_cert_chain(b.client_cert, b.client_key or None)
        with socket.create_connection((host, port), timeout=b.connect_timeout_s) as raw:
            raw.settimeout(READ_TIMEOUT_S)
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except ssl.SSLCertVerificationError as e:
        return [red("tls_cert.server", "tls_cert", "server_cert_untrusted",
                    f"{host}:{port}: {e.verify_message or e.reason}")]
    except (OSError, ssl.SSLError) as e:
        # Reachability is the backend check's verdict; here only the certificate is unknown.
        return [amber("tls_cert.server", "tls_cert", "backend_unreachable",
                      f"{host}:{port}: no TLS handshake ({e.__class__.__name__})")]
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return [_expiry(st, "tls_cert.server", f"server certificate of {host}:{port}", cert.not_valid_after_utc)]


def _expiry(st: Station, id: str, what: str, not_after: datetime) -> HealthResult:
    days = (not_after - st.now()).total_seconds() / 86400
    detail = f"{what} expires {not_after.date().isoformat()} ({days:.0f} days)"
    if days <= 0:
        return red(id, "tls_cert", "cert_expired", detail, days)
    if days <= CERT_RED_DAYS:
        return red(id, "tls_cert", "cert_expiring", detail, days)
    if days <= CERT_AMBER_DAYS:
        return amber(id, "tls_cert", "cert_expiring", detail, days)
    return green(id, "tls_cert", "ok", detail, days)
