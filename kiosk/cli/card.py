"""`kiosk card ...`: read a chip ID card, and make and run virtual ones.

    kiosk card readers
    kiosk card read (--can NNNNNN | --mrz-file FILE) [--trust DIR] [--json]
    kiosk card make-profile --out DIR [--personal-id ... --name ... --dob ... --photo FILE ...]
    kiosk card emulate --profile DIR [--port 35963]

The read command prints personal data to the terminal on purpose (it is the
technician's tool); nothing of it goes to the log.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from pathlib import Path

from drivers.card.api import AccessKey, CardError, CardErrorCode, ReadProgress

EXIT_OK = 0
EXIT_NO_READER = 3
EXIT_NO_CARD = 4
EXIT_ACCESS_DENIED = 5
EXIT_READ_ERROR = 6
EXIT_CARD_REMOVED = 7
EXIT_NOT_GENUINE = 8
EXIT_CODES = {
    CardErrorCode.NO_READER: EXIT_NO_READER,
    CardErrorCode.NO_CARD: EXIT_NO_CARD,
    CardErrorCode.ACCESS_DENIED: EXIT_ACCESS_DENIED,
    CardErrorCode.READ_ERROR: EXIT_READ_ERROR,
    CardErrorCode.CANCELLED: EXIT_READ_ERROR,
    CardErrorCode.CARD_REMOVED: EXIT_CARD_REMOVED,
    CardErrorCode.NOT_GENUINE: EXIT_NOT_GENUINE,
}
EXIT_HELP = """exit codes:
  0  read (Passive Authentication genuine, or cannot verify: no trust anchor);
     the verdict's reason is printed with it, and "identity from DG1" when the
     card's DG13 is absent or unreadable and the MRZ stood in
  2  bad command line
  3  no reader (or the PC/SC service is not running)
  4  no card in the reader
  5  access denied: the CAN or MRZ does not match this card
  6  read error
  7  card removed and not put back in time
  8  not genuine: Passive or Active Authentication failed
"""

# DG13 field -> label as printed on the card.
VN_LABELS = {
    "id_number": "Số định danh cá nhân",
    "full_name": "Họ và tên",
    "date_of_birth": "Ngày sinh",
    "sex": "Giới tính",
    "nationality": "Quốc tịch",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "hometown": "Quê quán",
    "residence": "Nơi thường trú",
    "identifying_marks": "Đặc điểm nhận dạng",
    "date_of_issue": "Ngày cấp",
    "date_of_expiry": "Có giá trị đến",
    "father": "Họ tên cha",
    "mother": "Họ tên mẹ",
    "spouse": "Họ tên vợ/chồng",
    "old_id_number": "Số CMND cũ",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="read a chip ID card (CCCD); make and run virtual cards",
                       description="Chip ID card (CCCD) tools.", epilog=EXIT_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    cmds = p.add_subparsers(dest="card_command", metavar="<card command>", required=True)

    r = cmds.add_parser("readers", help="list the PC/SC readers")
    r.set_defaults(func=_readers)

    r = cmds.add_parser("read", help="read and verify the card in the reader", epilog=EXIT_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    key = r.add_mutually_exclusive_group(required=True)
    key.add_argument("--can", help="the 6-digit card access number (last 6 digits of the ID number)")
    key.add_argument("--mrz-file", type=Path, help="text file with the card's 3-line MRZ")
    r.add_argument("--trust", type=Path, help="CSCA trust store directory (default: the bundled assets/trust)")
    r.add_argument("--reader", default="", help="part of the reader name (default: the first reader)")
    r.add_argument("--protocol", action="append", choices=("pace-can", "pace-mrz", "bac"),
                   help="access protocols to try, in order (repeatable; default pace-can, pace-mrz, bac)")
    r.add_argument("--save-photo", type=Path, help="write the face image to this file")
    r.add_argument("--json", action="store_true", help="print one JSON object")
    r.set_defaults(func=_read)

    m = cmds.add_parser("make-profile", help="write a virtual card profile and its test PKI")
    m.add_argument("--out", type=Path, required=True, help="directory to create")
    m.add_argument("--personal-id", help="12-digit ID number (default: the demo citizen's)")
    m.add_argument("--name", help="full name with diacritics")
    m.add_argument("--dob", help="date of birth, yyyy-mm-dd")
    m.add_argument("--sex", choices=("M", "F"))
    m.add_argument("--expiry", help="card expiry, yyyy-mm-dd")
    m.add_argument("--issue-date", help="card issue date, yyyy-mm-dd")
    m.add_argument("--hometown")
    m.add_argument("--residence")
    m.add_argument("--ethnicity", default="Kinh")
    m.add_argument("--religion", default="Không")
    m.add_argument("--marks", default="", help="identifying marks")
    m.add_argument("--father", default="")
    m.add_argument("--mother", default="")
    m.add_argument("--spouse", default="")
    m.add_argument("--old-id", default="", help="old 9-digit CMND number")
    m.add_argument("--can", help="card access number (default: last 6 digits of the ID)")
    m.add_argument("--photo", type=Path, help="JPEG or JPEG2000 face photo (default: a drawn placeholder)")
    m.add_argument("--sign-with", type=Path, help="reuse the test PKI of this existing profile")
    m.add_argument("--no-clone-checks", action="store_true", help="no Chip/Active Authentication keys (DG14, DG15)")
    m.add_argument("--extended-length", action="store_true", help="advertise extended-length APDUs")
    m.set_defaults(func=_make_profile)

    e = cmds.add_parser("emulate", help="put a virtual card on the vpcd virtual reader until stopped")
    e.add_argument("--profile", type=Path, required=True)
    e.add_argument("--port", type=int, default=35963, help="vpcd port on 127.0.0.1 (see /etc/reader.conf.d/vpcd)")
    e.set_defaults(func=_emulate)


# ------------------------------------------------------------------ readers
def _readers(args: argparse.Namespace) -> int:
    from drivers.card import pcsc_transport
    from drivers.card.transport import NoReader

    try:
        readers = pcsc_transport.list_readers()
    except NoReader as e:
        print(f"no reader: {e}", file=sys.stderr)
        return EXIT_NO_READER
    for name in readers:
        print(name)
    return EXIT_OK if readers else EXIT_NO_READER


# ------------------------------------------------------------------ read
def _read(args: argparse.Namespace) -> int:
    from drivers.card import mrz
    from drivers.card.errors import ParseError
    from drivers.card.reader import load_trust_store, pcsc_card_reader
    from drivers.card.session import ReadPolicy
    from kiosk import paths

    if args.can is not None:
        if not (args.can.isdigit() and len(args.can) == 6):
            print("--can must be 6 digits", file=sys.stderr)
            return 2
        key = AccessKey("can", args.can)
    else:
        try:
            key = AccessKey("mrz", mrz.mrz_information(mrz.parse_td1(args.mrz_file.read_text())))
        except (OSError, ParseError) as e:
            print(f"--mrz-file: {e}", file=sys.stderr)
            return 2
    trust_dir = args.trust or paths.TRUST
    policy = ReadPolicy(access_order=tuple(args.protocol or ("pace-can", "pace-mrz", "bac")),
                        require_genuine=False, trust_store=load_trust_store(trust_dir))
    reader = pcsc_card_reader(args.reader, policy)

    def progress(p: ReadProgress) -> None:
        if not args.json and p.step == "card_removed":
            print("card removed: put it back on the reader to continue", file=sys.stderr)

    try:
        result = reader.read(key, progress, threading.Event())
    except CardError as e:
        if args.json:
            print(json.dumps({"error": e.code.value, "detail": e.detail}))
        else:
            print(f"error: {e.code.value}: {e.detail}", file=sys.stderr)
        return EXIT_CODES.get(e.code, EXIT_READ_ERROR)
    if args.save_photo:
        args.save_photo.write_bytes(result.photo)
    h = result.holder
    fields = {"id_number": h.id_number, "full_name": h.full_name, "date_of_birth": h.date_of_birth,
              "sex": h.sex, **h.extra}
    if args.json:
        print(json.dumps({
            "holder": fields, "mrz_nationality": h.nationality,
            "photo": {"format": result.photo_format, "bytes": len(result.photo)},
            "access_protocol": result.access_protocol, "passive_auth": result.passive_auth,
            "passive_auth_reason": result.passive_auth_reason, "chip_auth": result.chip_auth,
            "identity_source": result.identity_source, "trust_store": str(trust_dir),
            "timings_ms": result.timings_ms,
        }, ensure_ascii=False, indent=2))
    else:
        for name, value in fields.items():
            print(f"{VN_LABELS.get(name, name)}: {value}")
        print(f"Ảnh (photo): {result.photo_format}, {len(result.photo)} bytes")
        print(f"Access protocol: {result.access_protocol}")
        print(f"Passive Authentication: {result.passive_auth}: {result.passive_auth_reason}  (trust store {trust_dir})")
        if result.identity_source != "dg13":
            print("Identity from DG1 (MRZ) only: DG13 is absent or unreadable (see docs/card.md)")
        print(f"Chip/Active Authentication: {result.chip_auth}")
        print("Timings: " + ", ".join(f"{k} {v:.1f}" for k, v in result.timings_ms.items()))
    genuine = result.passive_auth != "not_genuine" and result.chip_auth != "failed"
    return EXIT_OK if genuine else EXIT_NOT_GENUINE


# ------------------------------------------------------------------ make-profile
def _make_profile(args: argparse.Namespace) -> int:
    from drivers.card.emulator.photo import synthetic_photo
    from drivers.card.emulator.profile import Person, load_pki, make_profile
    from kiosk.demo.citizen import DEMO_CITIZEN as d

    person = Person(
        id_number=args.personal_id or d.id_number,
        full_name=args.name or d.full_name,
        date_of_birth=args.dob or d.date_of_birth,
        sex=args.sex or d.sex,
        date_of_expiry=args.expiry or d.expiry,
        date_of_issue=args.issue_date or "2024-01-01",
        hometown=args.hometown if args.hometown is not None else d.hometown,
        residence=args.residence if args.residence is not None else d.residence,
        ethnicity=args.ethnicity, religion=args.religion, identifying_marks=args.marks,
        father=args.father, mother=args.mother, spouse=args.spouse, old_id_number=args.old_id,
    )
    photo = args.photo.read_bytes() if args.photo else synthetic_photo()
    pki = load_pki(args.sign_with) if args.sign_with else None
    try:
        profile = make_profile(args.out, person, photo, can=args.can, clone_checks=not args.no_clone_checks,
                               extended_length=args.extended_length, pki=pki)
    except ValueError as e:
        print(f"make-profile: {e}", file=sys.stderr)
        return 2
    print(f"profile written to {profile.directory}")
    print(f"  CAN {profile.can}; MRZ in profile.json; trust anchor {profile.directory / 'csca.pem'}")
    return EXIT_OK


# ------------------------------------------------------------------ emulate
def _emulate(args: argparse.Namespace) -> int:
    from drivers.card.emulator.applet import Applet
    from drivers.card.emulator.profile import load_profile
    from drivers.card.emulator.vpcd import VirtualCardSlot

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    slot = VirtualCardSlot(Applet(load_profile(args.profile)), port=args.port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"emulating {args.profile} on 127.0.0.1:{args.port}; Ctrl-C to stop", flush=True)
    try:
        while not stop.is_set():
            if not slot.inserted:  # first start, or pcscd restarted
                try:
                    slot.insert(timeout_s=1.0)
                    print("card inserted", flush=True)
                except ConnectionError:
                    pass
            stop.wait(0.5)
    except KeyboardInterrupt:
        pass
    slot.remove()
    print("card removed", flush=True)
    return EXIT_OK
