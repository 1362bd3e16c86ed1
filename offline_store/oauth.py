"""OAuth2 client credentials with a signed JWT assertion (SMART Backend Services).

The kiosk signs a short-lived assertion (``iss = sub = client_id``, ``aud`` =
the token URL, ``exp`` within 5 minutes, a fresh ``jti`` each time) with its
private key, ES384 for an EC P-384 key or RS384 for RSA, and caches the access
token until 60 s before it expires.
"""
from __future__ import annotations

import base64
import json
import logging
import threading
import time
import uuid

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

log = logging.getLogger("offline_store.sync.oauth")

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
ASSERTION_LIFETIME_S = 240
REFRESH_MARGIN_S = 60


class TokenError(Exception):
    """No access token: the technician text names the step, never the key or token."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign_assertion(private_key, client_id: str, token_url: str, kid: str = "", now: float | None = None) -> str:
    now = time.time() if now is None else now
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        alg = "ES384"
    elif isinstance(private_key, rsa.RSAPrivateKey):
        alg = "RS384"
    else:
        raise TokenError("the OAuth2 private key must be EC P-384 or RSA")
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    claims = {"iss": client_id, "sub": client_id, "aud": token_url, "exp": int(now) + ASSERTION_LIFETIME_S,
              "iat": int(now), "jti": str(uuid.uuid4())}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}".encode()
    if alg == "ES384":
        r, s = decode_dss_signature(private_key.sign(signing_input, ec.ECDSA(hashes.SHA384())))
        signature = r.to_bytes(48, "big") + s.to_bytes(48, "big")  # JWS wants raw r||s, not DER
    else:
        signature = private_key.sign(signing_input, padding.PKCS1v15(), hashes.SHA384())
    return f"{signing_input.decode()}.{_b64(signature)}"


class TokenClient:
    def __init__(self, settings, session: requests.Session, timeout) -> None:
        self.s = settings
        self._session = session
        self._timeout = timeout
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0
        with open(settings.private_key, "rb") as f:
            self._key = serialization.load_pem_private_key(f.read(), password=None)

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def token(self) -> str:
        with self._lock:
            if self._token and time.time() < self._expires_at - REFRESH_MARGIN_S:
                return self._token
            assertion = sign_assertion(self._key, self.s.client_id, self.s.token_url, self.s.kid)
            try:
                r = self._session.post(self.s.token_url, data={
                    "grant_type": "client_credentials", "scope": self.s.scope,
                    "client_assertion_type": ASSERTION_TYPE, "client_assertion": assertion,
                }, timeout=self._timeout)
            except requests.RequestException as e:
                raise TokenError(f"token endpoint unreachable ({e.__class__.__name__})") from None
            if r.status_code != 200:
                raise TokenError(f"token endpoint answered HTTP {r.status_code}")
            body = r.json()
            self._token = body["access_token"]
            self._expires_at = time.time() + float(body.get("expires_in", 300))
            log.info("got an access token for scope %r, valid %s s", body.get("scope", self.s.scope),
                     body.get("expires_in"))
            return self._token
