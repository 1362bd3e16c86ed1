"""`kiosk face verify` and `kiosk face calibrate`, run in-process through the real entry point."""
from __future__ import annotations

import json

import cv2

from drivers.camera.synthetic import HeadModel
from kiosk.cli import main
from tests.camera.conftest import FACES


def test_verify_image_probe_prints_the_decision_as_json(photo, card_photo, tmp_path, capsys):
    card = tmp_path / "card.jp2"
    card.write_bytes(card_photo("obama_c"))
    probe = tmp_path / "live.jpg"
    cv2.imwrite(str(probe), HeadModel(*photo("obama_b")).render())
    code = main(["face", "verify", "--reference", str(card), "--probe", str(probe), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["decision"] == "match"
    assert report["liveness"] == "not_run"  # a still image cannot do the challenges
    assert report["detection"]["faces"] == 1
    assert report["threshold"] == 0.5
    assert report["score"] > report["threshold"]
    assert {"detect_ms", "embed_ms", "total_ms"} <= report["timings_ms"].keys()


def test_verify_other_person_exits_non_zero(photo, card_photo, tmp_path, capsys):
    card = tmp_path / "card.jp2"
    card.write_bytes(card_photo("biden"))
    probe = tmp_path / "live.jpg"
    cv2.imwrite(str(probe), HeadModel(*photo("obama_a")).render())
    code = main(["face", "verify", "--reference", str(card), "--probe", str(probe), "--threshold", "0.45"])
    out = capsys.readouterr().out
    assert code == 1
    assert "no_match" in out and "0.45" in out


def test_calibrate_reports_both_distributions(tmp_path, capsys):
    pairs = tmp_path / "pairs.txt"
    pairs.write_text(
        "# genuine: two photos of one person; impostor: two people\n"
        f"{FACES / 'obama_a.jpg'} {FACES / 'obama_b.jpg'} same\n"
        f"{FACES / 'obama_a.jpg'},{FACES / 'obama_c.jpg'},same\n"
        f"{FACES / 'obama_b.jpg'}\t{FACES / 'biden.jpg'}\tdiff\n"
        f"{FACES / 'obama_c.jpg'} {FACES / 'biden.jpg'} diff\n",
        encoding="utf-8",
    )
    assert main(["face", "calibrate", "--pairs", str(pairs), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["genuine"]["count"] == 2 and report["impostor"]["count"] == 2
    assert report["genuine"]["min"] > report["impostor"]["max"]
    assert report["false_matches"] == 0 and report["false_non_matches"] == 0
    assert main(["face", "calibrate", "--pairs", str(pairs)]) == 0
    assert "FMR 0.0000" in capsys.readouterr().out


def test_calibrate_rejects_a_malformed_line(tmp_path, capsys):
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("a.jpg b.jpg maybe\n", encoding="utf-8")
    assert main(["face", "calibrate", "--pairs", str(pairs)]) == 2
    assert "pairs.txt:1" in capsys.readouterr().err
