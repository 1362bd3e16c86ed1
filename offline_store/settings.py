"""What the sync worker needs to know, independent of the kiosk's config loader."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class OAuthSettings:
    """SMART Backend Services: client_credentials grant with a private_key_jwt assertion."""

    token_url: str
    client_id: str
    private_key: str  # path to the PEM private key (EC P-384 for ES384, or RSA for RS384)
    scope: str = "system/*.c system/*.rs"
    kid: str = ""


@dataclass(frozen=True)
class SyncSettings:
    base_url: str
    patient_identifier_system: str = "http://fhir.ehealth.gov.vn/core/sid/national_id"
    record_identifier_system: str = "urn:ietf:rfc:3986"
    device_identifier_system: str = "urn:tram-kiosk:device"
    extension_base_url: str = "urn:tram-kiosk:fhir:StructureDefinition"
    timezone_offset: str = "+07:00"
    connect_timeout_s: float = 3.05
    read_timeout_s: float = 60.0
    client_cert: str = ""
    client_key: str = ""
    ca_bundle: str = ""
    sync_interval_s: float = 60.0
    batch_size: int = 10  # visits per round while draining a backlog
    gzip_requests: bool = False  # only for servers known to accept Content-Encoding: gzip
    dead_after_attempts: int = 3  # a visit the server refuses this often becomes a dead letter
    max_backoff_s: float = 3600.0
    request_retries: int = 3  # quick in-request retries before the outbox backoff takes over
    max_inline_wait_s: float = 30.0  # a longer Retry-After goes to the outbox instead of blocking
    oauth: OAuthSettings | None = None
    extra: dict = field(default_factory=dict)
