"""`kiosk card make-profile` and profiles with unusual content, read back
through the real session code in process."""
from __future__ import annotations

import json
import threading

import cv2
import numpy as np

from drivers.card.api import AccessKey
from drivers.card.emulator.applet import Applet
from drivers.card.emulator.inprocess import InProcessCard
from drivers.card.emulator.profile import Person, load_profile, make_profile
from drivers.card.reader import ChipCardReader, load_trust_store
from drivers.card.session import ReadPolicy
from kiosk.cli import main


def _read(profile_dir, key=None):
    profile = load_profile(profile_dir)
    reader = ChipCardReader(InProcessCard(Applet(profile)), lambda on_event, stop: None,
                            ReadPolicy(trust_store=load_trust_store(profile_dir)))
    return reader.read(key or AccessKey("can", profile.can), lambda p: None, threading.Event())


def test_make_profile_command(tmp_path, capsys):
    photo = tmp_path / "face.jpg"
    ok, buf = cv2.imencode(".jpg", np.full((120, 90, 3), 180, np.uint8))
    photo.write_bytes(buf.tobytes())
    out = tmp_path / "card"
    code = main(["card", "make-profile", "--out", str(out), "--personal-id", "036095000111",
                 "--name", "Lê Thị Thu Hà", "--dob", "1995-12-01", "--sex", "F", "--photo", str(photo),
                 "--residence", "Thôn Đông, Xã Hải Phúc, Hải Hậu, Nam Định", "--spouse", "Phạm Văn Đông"])
    assert code == 0
    assert (out / "csca.pem").exists()
    meta = json.loads((out / "profile.json").read_text(encoding="utf-8"))
    assert meta["can"] == "000111"
    r = _read(out)
    assert r.holder.full_name == "Lê Thị Thu Hà" and r.holder.date_of_birth == "1995-12-01"
    assert r.holder.extra["residence"] == "Thôn Đông, Xã Hải Phúc, Hải Hậu, Nam Định"
    assert r.holder.extra["spouse"] == "Phạm Văn Đông"
    assert r.photo == photo.read_bytes()
    assert r.passive_auth == "genuine"


def test_make_profile_rejects_a_non_image(tmp_path, capsys):
    bad = tmp_path / "face.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["card", "make-profile", "--out", str(tmp_path / "c"), "--photo", str(bad)]) == 2


def test_jpeg2000_photo(tmp_path):
    ok, jp2 = cv2.imencode(".jp2", np.full((160, 120, 3), 150, np.uint8))
    assert ok
    make_profile(tmp_path / "jp2", Person("079095000222", "Đặng Quốc Bảo", "1995-07-20"), jp2.tobytes(),
                 clone_checks=False)
    r = _read(tmp_path / "jp2")
    assert r.photo_format == "jpeg2000" and r.photo == jp2.tobytes()
    assert r.chip_auth == "not_supported"
