"""`kiosk prescription lookup` and `kiosk pass verify|cert`: the e-prescription check from a terminal.

    kiosk prescription lookup --code CODE --citizen-id ID [--config F] [--json]
        prints the verdict: match, not_for_holder, not_found, expired or dispensed;
        the drug lines only for match. Exit 0 with a verdict, 2 bad input, 3 backend failure.
    kiosk pass verify TOKEN --cert STATION_CERT
        the reference verifier a pharmacy system can call or copy: checks the signature and
        the expiry and prints the contents. Exit 0 valid, 1 refused.
    kiosk pass cert [--config F]
        prints the station's public certificate (PEM), made from its pass signing key.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime, timezone
from pathlib import Path

DEFAULT_CONFIG = "/etc/tram-kiosk/kiosk.toml"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("prescription", help="check an e-prescription against the backend",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ps = p.add_subparsers(dest="action", metavar="<action>", required=True)
    lk = ps.add_parser("lookup", help="look a code up for a citizen and print the verdict")
    lk.add_argument("--code", required=True, help="the prescription code, e.g. 40618r001935-c (any case)")
    lk.add_argument("--citizen-id", required=True, help="the 12-digit ID number of the person asking")
    lk.add_argument("--config", help=f"station config (default $KIOSK_CONFIG or {DEFAULT_CONFIG})")
    lk.add_argument("--json", action="store_true", help="machine-readable output")
    lk.set_defaults(func=_lookup)

    q = sub.add_parser("pass", help="the signed pick-up pass: verify one, print the station certificate",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    qs = q.add_subparsers(dest="action", metavar="<action>", required=True)
    v = qs.add_parser("verify", help="check a pass's signature and expiry and print its contents")
    v.add_argument("token", help="the pass (compact JWS) as read from its QR code")
    v.add_argument("--cert", required=True, help="the issuing station's certificate (PEM, from kiosk pass cert)")
    v.add_argument("--json", action="store_true", help="print the contents as JSON")
    v.set_defaults(func=_verify)
    c = qs.add_parser("cert", help="print this station's public certificate (PEM)")
    c.add_argument("--config", help=f"station config (default $KIOSK_CONFIG or {DEFAULT_CONFIG})")
    c.set_defaults(func=_cert)


def _config(args):
    from kiosk.config import ConfigError, load_config

    try:
        return load_config(args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG)
    except ConfigError as e:
        print(f"kiosk: bad configuration: {e}", file=sys.stderr)
        raise SystemExit(2) from None


def _lookup(args) -> int:
    from kiosk.devices.store import sync_settings
    from kiosk.services.prescription.code import CodeProblem, parse
    from kiosk.services.prescription.lookup import FhirPrescriptionLookup
    from kiosk.services.prescription.model import LookupFailed, Verdict, judge, today_at

    try:
        code = parse(args.code)
    except CodeProblem as e:
        print(f"kiosk prescription: malformed code ({e.key})", file=sys.stderr)
        return 2
    if not (len(args.citizen_id) == 12 and args.citizen_id.isdigit()):
        print("kiosk prescription: --citizen-id must be 12 digits", file=sys.stderr)
        return 2
    cfg = _config(args)
    lookup = FhirPrescriptionLookup(sync_settings(cfg), cfg.prescription.identifier_system,
                                    float(cfg.prescription.lookup_timeout_s))
    try:
        found = lookup.find(code)
    except LookupFailed as e:
        print(f"kiosk prescription: {e.key}: {e.detail}", file=sys.stderr)
        return 3
    finally:
        lookup.close()
    verdict = judge(found, args.citizen_id, today_at(datetime.now(timezone.utc)))
    out: dict = {"verdict": verdict.value, "code": code.text, "type": code.kind, "controlled": code.controlled}
    if verdict is Verdict.MATCH:
        out.update(
            prescriber=found.prescriber, facility=found.facility,
            written_on=found.written_on.isoformat() if found.written_on else None,
            valid_until=found.valid_until.isoformat() if found.valid_until else None,
            lines=[{"name": x.name, "strength": x.strength, "quantity": x.quantity, "directions": x.directions,
                    "atc": x.atc} for x in found.lines])
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(out["verdict"])
    for x in out.get("lines", []):
        print(f"  {x['name']} {x['strength']}  x {x['quantity']}  {x['directions']}")
    return 0


def _verify(args) -> int:
    from kiosk.services.prescription.pass_key import PassKeyError, jwk_from_certificate
    from kiosk.services.prescription.pickup_pass import PassRefused, verify

    try:
        key, station = jwk_from_certificate(Path(args.cert).read_bytes())
    except (OSError, ValueError, PassKeyError) as e:
        print(f"kiosk pass: cannot read the certificate {args.cert}: {e.__class__.__name__}", file=sys.stderr)
        return 2
    try:
        claims = verify(args.token, key, datetime.now(timezone.utc))
    except PassRefused as e:
        print(f"refused: {e}")
        return 1
    if station and claims.get("st") != station:
        print(f"refused: signed by station {station} but names station {claims.get('st')}")
        return 1
    if args.json:
        print(json.dumps(claims, indent=2))
        return 0
    when = lambda t: datetime.fromtimestamp(t, timezone.utc).isoformat(timespec="seconds")  # noqa: E731
    print("valid pick-up pass")
    print(f"  prescription  {claims['rx']}")
    print(f"  station       {claims['st']}")
    print(f"  issued        {when(claims['iat'])}")
    print(f"  expires       {when(claims['exp'])}")
    a = claims.get("asr", {})
    print(f"  assurance     access {a.get('ap')}, chip {a.get('pa')}, face score {a.get('fs')}, liveness {a.get('lv')}")
    print(f"  holder        salted SHA-256 {claims['idh']} (salt {claims['salt']}): compare with the card")
    if "bp" in claims:
        print(f"  blood press.  {claims['bp'][0]}/{claims['bp'][1]} mmHg at {when(claims['bp'][2])}")
    return 0


def _cert(args) -> int:
    from kiosk.services.prescription.pass_key import PassKeyError, certificate, load_private

    cfg = _config(args)
    try:
        key = load_private(Path(cfg.prescription.pass_key_file))
    except PassKeyError as e:
        print(f"kiosk pass: {e}", file=sys.stderr)
        return 3
    sys.stdout.write(certificate(key, cfg.station.id, datetime.now(timezone.utc)).decode())
    return 0
