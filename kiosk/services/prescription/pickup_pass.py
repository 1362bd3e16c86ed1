"""The pick-up pass: a compact JWS (ES256) the pharmacy can trust. Pure: clock and salt are parameters.

Claims (short names keep the QR small):
  typ "rx-pass/1"; rx the prescription code; idh base64url(SHA-256(salt || ID number)) and
  salt (16 random bytes, base64url) so the counter can check a card without the number being
  in the pass; asr the assurance (ap access protocol, pa Passive Authentication, fs face
  score, lv liveness); st station id; iat, exp (<= 30 min later); bp [systolic, diastolic,
  measured-at] only when measured in this visit and a drug line is an antihypertensive.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import ECKey

from offline_store.api import IdentityAssurance

PASS_TYPE = "rx-pass/1"
MAX_VALID_S = 30 * 60
ALG = "ES256"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def id_hash(id_number: str, salt: bytes) -> str:
    return _b64(hashlib.sha256(salt + id_number.encode()).digest())


@dataclass(frozen=True)
class BloodPressure:
    systolic: int
    diastolic: int
    measured_at: float | None  # Unix seconds, as the cuff's reading carries it


def claims(code: str, id_number: str, assurance: IdentityAssurance, station_id: str, now: datetime,
           valid_s: int, salt: bytes, bp: BloodPressure | None = None) -> dict:
    if not 0 < valid_s <= MAX_VALID_S:
        raise ValueError(f"a pass is valid for at most {MAX_VALID_S} s")
    iat = int(now.timestamp())
    out = {
        "typ": PASS_TYPE,
        "rx": code,
        "idh": id_hash(id_number, salt),
        "salt": _b64(salt),
        "asr": {"ap": assurance.access_protocol, "pa": assurance.passive_auth,
                "fs": None if assurance.face_score is None else round(assurance.face_score, 3),
                "lv": assurance.liveness},
        "st": station_id,
        "iat": iat,
        "exp": iat + valid_s,
    }
    if bp is not None:
        out["bp"] = [bp.systolic, bp.diastolic, int(bp.measured_at or iat)]
    return out


def sign(payload: dict, key: ECKey, kid: str) -> str:
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return jws.serialize_compact({"alg": ALG, "kid": kid}, body, key, algorithms=[ALG])


class PassRefused(Exception):
    """Why a pass is not to be trusted: bad_format, bad_signature, expired, wrong_type."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def verify(token: str, key: ECKey, now: datetime) -> dict:
    """The claims of a genuine, unexpired pass; PassRefused otherwise."""
    try:
        obj = jws.deserialize_compact(token.strip(), key, algorithms=[ALG])
    except JoseError as e:
        raise PassRefused("bad_signature", e.__class__.__name__) from None
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        raise PassRefused("bad_format", e.__class__.__name__) from None
    try:
        payload = json.loads(obj.payload)
    except ValueError:
        raise PassRefused("bad_format", "payload is not JSON") from None
    if not isinstance(payload, dict) or payload.get("typ") != PASS_TYPE:
        raise PassRefused("wrong_type", "not a pick-up pass")
    exp, iat = payload.get("exp"), payload.get("iat")
    if not isinstance(exp, int) or not isinstance(iat, int) or exp - iat > MAX_VALID_S:
        raise PassRefused("bad_format", "iat/exp missing or longer than 30 minutes")
    if now.timestamp() >= exp:
        raise PassRefused("expired", f"expired {int(now.timestamp()) - exp} s ago")
    return payload


def matches_card(payload: dict, id_number: str) -> bool:
    """The pharmacy's check of the card at the counter against the pass."""
    salt = base64.urlsafe_b64decode(payload["salt"] + "=" * (-len(payload["salt"]) % 4))
    return id_hash(id_number, salt) == payload["idh"]
