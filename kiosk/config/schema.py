"""Every configuration key the kiosk knows, with its default and its check.

Keep this the one place a key is declared; config/kiosk.example.toml documents
the same keys for deployers (a test keeps the two in step).
"""
from __future__ import annotations

from drivers.sensors import registry
from drivers.sensors.api import FAULT_KEYS
from kiosk.clinical.thresholds import BP_PROTOCOL
from kiosk.maintenance.pin import hash_problem
from kiosk.services.registry import KEYS as SERVICE_KEYS
from kiosk.config.fields import (
    FROM_MODEL,
    Field,
    all_of,
    at_least,
    at_most,
    between,
    code_table,
    http_url,
    list_of,
    listen_address,
    non_empty,
    one_of,
    one_of_values,
)

LANGUAGES = ("vi", "en")
MEASUREMENTS = ("blood_pressure", "body", "spo2", "temperature")
ACCESS_PROTOCOLS = ("pace-can", "pace-mrz", "bac")
SPEECH_VOICES_VI = ("vi", "vi-vn-x-central", "vi-vn-x-south")  # northern, central, southern
SPEECH_VOICES_EN = ("en", "en-us", "en-gb")
SPEECH_PLAYERS = ("aplay", "paplay")
DEVICE_ERROR_KEYS = tuple(k for k in FAULT_KEYS if k != "cancelled")  # what a device error code may map to

SCHEMA: dict[str, dict[str, Field]] = {
    "station": {
        "id": Field(str, check=non_empty, doc="station code, used as Device identifier"),
        "language": Field(str, "vi", one_of(*LANGUAGES)),
        "timezone_offset": Field(str, "+07:00"),
    },
    "paths": {
        "data_dir": Field(str, "/var/lib/tram-kiosk"),
        "log_dir": Field(str, "/var/log/tram-kiosk"),
        "key_file": Field(str, "/etc/tram-kiosk/store.key"),
    },
    "backend": {
        "url": Field(str, check=http_url),
        "patient_identifier_system": Field(str, "http://fhir.ehealth.gov.vn/core/sid/national_id", non_empty),
        "record_identifier_system": Field(str, "urn:ietf:rfc:3986", non_empty),
        "connect_timeout_s": Field((int, float), 3.05, between(0.1, 60)),
        "read_timeout_s": Field((int, float), 60, between(1, 600)),
        "client_cert": Field(str, ""),
        "client_key": Field(str, ""),
        "ca_bundle": Field(str, ""),
        "sync_interval_s": Field((int, float), 60, between(1, 3600)),
        "batch_size": Field(int, 10, between(1, 50), "visits per request round while draining a backlog"),
        "gzip_requests": Field(bool, False, doc="only for servers known to accept Content-Encoding: gzip"),
        "dead_after_attempts": Field(int, 3, between(1, 100)),
        "retention_grace_days": Field((int, float), 7, between(0, 365), "keep acknowledged visits this long"),
        "min_free_mb": Field(int, 64, between(1, 100000), "refuse new visits below this much free disk"),
        "device_identifier_system": Field(str, "urn:tram-kiosk:device", non_empty),
        "extension_base_url": Field(str, "urn:tram-kiosk:fhir:StructureDefinition", non_empty),
        "oauth_token_url": Field(str, "", doc="SMART Backend Services token URL; empty = no OAuth2"),
        "oauth_client_id": Field(str, ""),
        "oauth_private_key": Field(str, "", doc="PEM private key (EC P-384 or RSA) signing the client assertion",
                                   secret=True),
        "oauth_scope": Field(str, "system/*.c system/*.rs"),
        "history_timeout_s": Field((int, float), 8, between(1, 60),
                                   "each request of \"My health record\"; slower = \"not available now\""),
    },
    "timeouts": {
        "idle_s": Field((int, float), 90, between(10, 3600), "no touch for this long starts the warning"),
        # At least 20 s (WCAG 2.2.1); at most 5 min, so a walked-away visit is always wiped.
        "idle_warning_s": Field((int, float), 30, all_of(at_least(20), at_most(300)),
                                "countdown shown before the wipe (20-300 s)"),
        "card_read_s": Field((int, float), 30, between(5, 300)),
        "face_check_s": Field((int, float), 60, between(10, 300)),
        "measurement_s": Field((int, float), 120, between(10, 600)),
        "done_return_s": Field((int, float), 20, between(3, 300)),
    },
    "card": {
        "reader": Field(str, "", doc="substring of the PC/SC reader name; empty = first reader"),
        "access_order": Field(list, ["pace-can", "pace-mrz", "bac"], list_of(ACCESS_PROTOCOLS)),
        "max_can_attempts": Field(int, 3, between(1, 10)),
        "trust_dir": Field(str, "", doc="CSCA trust store; empty = the bundled assets/trust"),
        "require_genuine": Field(bool, True, doc="refuse cards that fail Passive Authentication"),
        "resume_timeout_s": Field((int, float), 15, between(1, 120), "card pulled out mid-read: wait this long for it"),
    },
    "face": {
        "camera": Field((int, str), 0, doc="V4L2 index or device path"),
        "threshold": Field((int, float), 0.5, between(0.3, 0.95)),
        "max_attempts": Field(int, 2, between(1, 5)),
        "liveness": Field(bool, True),
        "challenge_s": Field((int, float), 6, between(2, 30), "time to perform each liveness challenge"),
    },
    "flow": {
        "measurements": Field(list, list(MEASUREMENTS), list_of(MEASUREMENTS)),
        "consent_version": Field(str, "2026-12-v2", non_empty,
                                  "version of the consent wording (ConsentScreen.qml); v2 adds the prescription check"),
        "services": Field(list, ["measure"], list_of(SERVICE_KEYS),
                          "services offered after identification, in kiosk/services/registry.py order"),
    },
    "prescription": {
        "identifier_system": Field(str, "urn:tram-kiosk:prescription-code", non_empty,
                                   "system of MedicationRequest.groupIdentifier that carries the code"),
        "lookup_timeout_s": Field((int, float), 8, between(1, 60), "a lookup with no answer by then says so"),
        "pass_valid_min": Field(int, 30, between(1, 30), "the pick-up pass expires this long after it is made"),
        "pass_key_file": Field(str, "/etc/tram-kiosk/pass.key", non_empty,
                               "the station's pass signing key (made by kiosk provision, kept like the store key)"),
    },
    "speech": {
        "enabled": Field(bool, True, doc="spoken guidance (docs/speech.md); off = a silent kiosk"),
        "voice_vi": Field(str, "vi", one_of(*SPEECH_VOICES_VI), "espeak-ng voice for Vietnamese"),
        "voice_en": Field(str, "en", one_of(*SPEECH_VOICES_EN), "espeak-ng voice for English"),
        "rate": Field(int, 140, between(80, 220), "words per minute; elderly listeners: 120-150"),
        "volume": Field(int, 80, between(10, 100), "the station's volume (per cent) at the start of every visit"),
        "cache_dir": Field(str, "/var/cache/tram-kiosk/speech", non_empty, "rendered prompts (WAV)"),
        "device": Field(str, "default", non_empty, "the speaker's ALSA device (aplay -L), or Pulse sink"),
        "private_device": Field(str, "", doc="headset or handset device; when set, speech goes there"),
        "player": Field(str, "aplay", one_of(*SPEECH_PLAYERS), "the player process"),
    },
    "demo": {
        "speed": Field((int, float), 1.0, between(0.1, 100), "simulator time scale (10 = ten times faster)"),
    },
    "maintenance": {
        "pin_hash": Field(str, "", hash_problem, "Argon2id hash of the PIN (kiosk maintenance set-pin); "
                          "empty = maintenance cannot be entered", secret=True),
        "idle_s": Field((int, float), 120, between(30, 1800), "maintenance closes after this long untouched"),
    },
    "metrics": {
        "listen": Field(str, "", listen_address, "Prometheus endpoint ADDRESS:PORT, loopback or one management "
                        "address (never 0.0.0.0); empty = off"),
        "textfile": Field(str, "", doc="write the metrics here for node_exporter's textfile collector "
                          "(a *.prom file); empty = off"),
        "textfile_interval_s": Field((int, float), 60, between(5, 3600), "how often the textfile is rewritten"),
    },
}

LINE_SETTINGS = ("baudrate", "bytesize", "parity", "stopbits")

DEVICE_FIELDS: dict[str, Field] = {
    "enabled": Field(bool, True),
    "port": Field(str, check=non_empty, doc="serial device path, e.g. /dev/kiosk-bp"),
    "protocol": Field(str, check=non_empty),
    # Line settings left out take the device model's own (registry; `kiosk sensor protocols`).
    "baudrate": Field(int, FROM_MODEL, one_of_values(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)),
    "bytesize": Field(int, FROM_MODEL, one_of_values(7, 8)),
    "parity": Field(str, FROM_MODEL, one_of("N", "E", "O")),
    "stopbits": Field((int, float), FROM_MODEL, one_of_values(1, 1.5, 2)),
    "silence_timeout_s": Field((int, float), 5, between(0.5, 120)),
    # Maintenance (kiosk/maintenance/calibration.py): an overdue device is taken out of citizen use.
    "calibration_days": Field(int, 365, between(7, 1825), "a calibration check is due this long after the last"),
    "clean_every_uses": Field(int, 50, between(1, 10000), "remind to clean the device after this many uses"),
}

# [devices.printer]: the receipt printer for the take-home slip (docs/printer.md). Not a
# measurement: its own keys, no device model; absent or disabled = no "Print my results".
PRINTER_PROTOCOLS = ("escpos",)
PRINTER_FIELDS: dict[str, Field] = {
    "enabled": Field(bool, True),
    "port": Field(str, check=non_empty, doc="serial port (/dev/kiosk-printer) or USB printer device (/dev/usb/lp0)"),
    "protocol": Field(str, "escpos", one_of(*PRINTER_PROTOCOLS)),
    "paper_mm": Field(int, 80, one_of_values(58, 80), "roll width: 58 (384 dots) or 80 (576 dots)"),
    "baudrate": Field(int, 9600, one_of_values(9600, 19200, 38400, 57600, 115200), "serial printers only"),
}

# Keys only one kind of device has, on top of DEVICE_FIELDS.
DEVICE_KIND_FIELDS: dict[str, dict[str, Field]] = {
    "blood_pressure": {
        "rest_s": Field((int, float), BP_PROTOCOL["rest_s"], between(0, 1800),
                        "seated rest before the first reading (MoH protocol: 300)"),
        "interval_s": Field((int, float), BP_PROTOCOL["interval_s"], between(0, 600),
                            "pause between readings (MoH protocol: 60)"),
        "error_codes": Field(dict, {}, code_table(DEVICE_ERROR_KEYS),
                             "module error code -> fault key; empty = the built-in placeholder table"),
    },
}


def protocols_for(kind: str) -> list[str]:
    """The protocols that measure ``kind``, read from the device-model registry."""
    return [m.protocol for m in registry.of_kind(kind)]


def protocol_problem(kind: str, protocol: str) -> str | None:
    """Why ``protocol`` cannot serve ``[devices.<kind>]``, or None."""
    known = f"(known: {', '.join(protocols_for(kind)) or 'none'})"
    if protocol not in registry.names():
        return f"unknown protocol {protocol!r} {known}"
    measures = registry.get(protocol).kind.value
    return None if measures == kind else f"{protocol!r} is a {measures} protocol, not {kind} {known}"


def error_codes_problem(protocol: str, table: dict) -> str | None:
    """A non-empty error-code table needs a model whose codec takes one."""
    if table and not registry.get(protocol).error_codes:
        return f"{protocol} has no configurable error codes; leave the table empty"
    return None


def line_defaults(protocol: str) -> dict[str, object]:
    """The line settings a device of ``protocol`` ships with: the defaults of LINE_SETTINGS."""
    line = registry.get(protocol).line
    return {key: getattr(line, key) for key in LINE_SETTINGS}


def is_secret(key: str) -> bool:
    """Whether ``section.key`` holds a secret: audit records and screens show only that it changed."""
    section, _, name = key.partition(".")
    field = SCHEMA.get(section, {}).get(name)
    return bool(field and field.secret)
