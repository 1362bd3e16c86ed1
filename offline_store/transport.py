"""HTTP to the FHIR server: one requests.Session, mTLS, a pinned CA, timeouts, quick retries.

Why our own retry loop and not urllib3's ``Retry``: urllib3 sleeps through any
``Retry-After`` inside the call, which would block ``stop()`` for up to an
hour. Here every wait is on the worker's stop event, a long ``Retry-After``
goes back to the outbox (``next_attempt_at``), and POST is retried only
because every request we send is idempotent (conditional create or PUT by id).
"""
from __future__ import annotations

import email.utils
import gzip
import json
import logging
import random
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import requests

from offline_store.oauth import TokenClient, TokenError
from offline_store.settings import SyncSettings

log = logging.getLogger("offline_store.sync.transport")

FHIR_JSON = "application/fhir+json"
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
# Answers that say "wrong address or wrong kind of server", not "wrong record": a setting to fix.
WRONG_PLACE = frozenset({404, 405, 406, 415, 501})


class ConfigurationError(ValueError):
    """A backend setting is wrong; ``key`` names it (e.g. ``backend.client_cert``)."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason


@dataclass
class TransportError(Exception):
    """The whole request failed: nothing in it can be taken as sent."""

    kind: str  # timeout, connection, tls, http, auth
    detail: str  # technician text, no personal data
    status: int | None = None
    retry_after: float | None = None
    outcome: dict | None = None

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


def check_settings(s: SyncSettings) -> None:
    """Fail at start-up, naming the key, rather than at the first sync."""
    u = urlparse(s.base_url)
    if u.scheme not in ("http", "https") or not u.netloc:
        raise ConfigurationError("backend.url", f"must be an http:// or https:// URL (got {s.base_url!r})")
    if (s.client_cert or s.ca_bundle) and u.scheme != "https":
        raise ConfigurationError("backend.url", "must be https:// when a client certificate or CA bundle is set")
    if bool(s.client_cert) != bool(s.client_key):
        raise ConfigurationError("backend.client_key" if s.client_cert else "backend.client_cert",
                                 "client_cert and client_key go together")
    for key, path in (("backend.client_cert", s.client_cert), ("backend.client_key", s.client_key),
                      ("backend.ca_bundle", s.ca_bundle)):
        if path and not Path(path).is_file():
            raise ConfigurationError(key, f"file not found: {path}")
    if s.client_cert:
        try:
            ssl.create_default_context().load_cert_chain(s.client_cert, s.client_key)
        except ssl.SSLError as e:
            raise ConfigurationError("backend.client_cert", f"certificate and key do not load together ({e.reason})")
    if s.ca_bundle:
        try:
            ssl.create_default_context(cafile=s.ca_bundle)
        except ssl.SSLError as e:
            raise ConfigurationError("backend.ca_bundle", f"not a PEM CA certificate ({e.reason})")
    if s.oauth:
        if urlparse(s.oauth.token_url).scheme not in ("http", "https"):
            raise ConfigurationError("backend.oauth_token_url", "must be an http:// or https:// URL")
        if not Path(s.oauth.private_key).is_file():
            raise ConfigurationError("backend.oauth_private_key", f"file not found: {s.oauth.private_key}")


class FhirClient:
    def __init__(self, settings: SyncSettings, stop: threading.Event | None = None) -> None:
        check_settings(settings)
        self.s = settings
        self.base = settings.base_url.rstrip("/")
        self._stop = stop or threading.Event()
        self.session = requests.Session()
        # Without this, REQUESTS_CA_BUNDLE or a proxy in the environment would silently
        # override the pinned CA and the client certificate.
        self.session.trust_env = False
        self.session.verify = settings.ca_bundle or True
        if settings.client_cert:
            self.session.cert = (settings.client_cert, settings.client_key)
        self.session.headers.update({"Accept": FHIR_JSON, "User-Agent": "tram-kiosk-sync"})
        self.tokens = TokenClient(settings.oauth, self.session, self._timeout) if settings.oauth else None

    @property
    def _timeout(self) -> tuple[float, float]:
        return (self.s.connect_timeout_s, self.s.read_timeout_s)

    def close(self) -> None:
        self.session.close()

    def post_bundle(self, bundle: dict) -> dict:
        """POST a batch Bundle to the base URL; return the response Bundle."""
        return self.request("POST", self.base, bundle)

    def send_entry(self, entry: dict) -> dict:
        """One batch entry as a request of its own (for servers without batch), answered like a batch entry.

        A conditional create becomes ``POST <type>`` with the ``If-None-Exist`` header.
        """
        req = entry["request"]
        headers = {"If-None-Exist": req["ifNoneExist"]} if req.get("ifNoneExist") else {}
        try:
            r = self.exchange(req["method"], f"{self.base}/{req['url']}", entry.get("resource"), headers)
        except TransportError as e:
            if e.kind == "http" and e.status is not None and 400 <= e.status < 500 and e.status not in WRONG_PLACE:
                return {"response": {"status": str(e.status), "outcome": e.outcome}}  # judged per entry
            raise
        try:
            resource = r.json()
        except ValueError:
            resource = None
        return {"resource": resource, "response": {"status": str(r.status_code),
                                                   "location": r.headers.get("Location", "")}}

    def request(self, method: str, url: str, body: dict | None = None, headers: dict | None = None) -> dict:
        r = self.exchange(method, url, body, headers)
        try:
            return r.json()
        except ValueError:
            raise TransportError("http", "the server answered with a body that is not JSON", r.status_code) from None

    def exchange(self, method: str, url: str, body: dict | None = None,
                 headers: dict | None = None) -> requests.Response:
        """Send with quick retries; return a 2xx response or raise TransportError."""
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
            hdrs["Content-Type"] = FHIR_JSON
            if self.s.gzip_requests:
                data = gzip.compress(data, compresslevel=5)
                hdrs["Content-Encoding"] = "gzip"
        attempt = 0
        refreshed_token = False
        while True:
            attempt += 1
            if self.tokens:
                try:
                    hdrs["Authorization"] = "Bearer " + self.tokens.token()
                except TokenError as e:
                    raise TransportError("auth", str(e)) from None
            try:
                r = self.session.request(method, url, data=data, headers=hdrs, timeout=self._timeout)
            except requests.exceptions.SSLError as e:
                raise TransportError("tls", f"TLS failure: {_short(e)}") from None
            except requests.exceptions.Timeout:
                err = TransportError("timeout", f"no answer within {self.s.read_timeout_s:g} s")
            except requests.exceptions.ConnectionError as e:
                # A rejected client certificate under TLS 1.3 shows up here, as a disconnect.
                err = TransportError("connection", _short(e))
            else:
                if r.status_code < 300:
                    return r
                if r.status_code == 401 and self.tokens and not refreshed_token:
                    self.tokens.invalidate()
                    refreshed_token = True
                    attempt -= 1
                    continue
                hint = " (check backend.url)" if r.status_code in WRONG_PLACE else ""
                err = TransportError("auth" if r.status_code in (401, 403) else "http",
                                     f"HTTP {r.status_code}{hint}", r.status_code,
                                     parse_retry_after(r.headers.get("Retry-After")), _outcome(r))
                if r.status_code not in RETRY_STATUSES:
                    raise err
            if attempt >= self.s.request_retries:
                raise err
            wait = self._backoff(attempt) if err.retry_after is None else err.retry_after
            if wait > self.s.max_inline_wait_s:
                raise err  # a long wait belongs to the outbox, not to this thread
            log.info("%s %s failed (%s); retry %d in %.2f s", method, urlparse(url).path, err, attempt, wait)
            if self._stop.wait(wait):
                raise err

    @staticmethod
    def _backoff(attempt: int) -> float:
        # Full jitter: many kiosks coming back online together do not retry in step.
        return random.uniform(0, min(8.0, 0.25 * 2 ** attempt))


def _outcome(r: requests.Response) -> dict | None:
    try:
        body = r.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome" else None


def _short(e: Exception) -> str:
    # requests nests the cause; keep the innermost class name, not URLs with query strings.
    inner = e
    while inner.__context__ is not None and inner.__context__ is not inner:
        inner = inner.__context__
    for arg in getattr(e, "args", ()):
        reason = getattr(arg, "reason", None)
        if reason is not None:
            return f"{e.__class__.__name__} ({reason.__class__.__name__})"
    return f"{e.__class__.__name__} ({inner.__class__.__name__})"
