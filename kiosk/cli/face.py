"""`kiosk face verify|calibrate`: run the real face check from the command line.

    kiosk face verify --reference CARD.jp2 --probe LIVE.jpg [--json]
    kiosk face verify --reference CARD.jp2 --camera 0
    kiosk face calibrate --pairs pairs.txt [--threshold 0.5]

An image probe cannot perform the liveness challenges, so it is matched with
liveness off ("not_run"). Nothing is saved: no image, no embedding.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path

DEFAULT_THRESHOLD = 0.5


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("face", help="face check tools: verify a photo or video, calibrate the threshold")
    face_sub = p.add_subparsers(dest="face_command", metavar="<action>", required=True)

    v = face_sub.add_parser("verify", help="match a probe (image, video or camera) against a card photo")
    v.add_argument("--reference", required=True, type=Path, help="card photo: JPEG, JPEG2000 or a DG2 record")
    src = v.add_mutually_exclusive_group(required=True)
    src.add_argument("--probe", type=Path, help="live image or video file")
    src.add_argument("--camera", help="camera index or device path")
    v.add_argument("--threshold", type=float, help="cosine threshold (default: the config's face.threshold, else 0.5)")
    v.add_argument("--no-liveness", action="store_true", help="skip the challenges (always skipped for an image)")
    v.add_argument("--timeout", type=float, default=30.0, help="seconds before giving up (default 30)")
    v.add_argument("--config", help="station config to take the threshold from (default $KIOSK_CONFIG if set)")
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(func=_verify)

    c = face_sub.add_parser("calibrate", help="genuine/impostor score distributions and error rates")
    c.add_argument("--pairs", required=True, type=Path, help="file of 'IMAGE_A IMAGE_B same|diff' lines")
    c.add_argument("--threshold", type=float, help="threshold to report error rates at (default: config or 0.5)")
    c.add_argument("--config", help="station config to take the threshold from")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.set_defaults(func=_calibrate)


def _threshold(args: argparse.Namespace) -> float:
    if args.threshold is not None:
        return args.threshold
    path = args.config or os.environ.get("KIOSK_CONFIG")
    if path:
        from kiosk.config import load_config
        return float(load_config(path).face.threshold)
    return DEFAULT_THRESHOLD


def _probe_detection(engine, path: Path) -> dict | None:
    """What the detector sees in an image probe (sizes and scores only)."""
    import cv2

    from drivers.camera.quality import assess
    from drivers.camera.sources import VIDEO_SUFFIXES, fit_to_preview

    if path.suffix.lower() in VIDEO_SUFFIXES:
        return None
    image = cv2.imread(str(path))
    if image is None:
        return None
    frame = fit_to_preview(image)
    faces = engine.detect(frame)
    return {
        "faces": len(faces),
        "largest_face_px": round(faces[0].width, 1) if faces else None,
        "detector_score": round(faces[0].score, 3) if faces else None,
        "quality": assess(frame, faces).value,
    }


def _verify(args: argparse.Namespace) -> int:
    from drivers.camera.checker import CheckSettings, OpenCvFaceChecker
    from drivers.camera.models import ModelError
    from drivers.camera.sources import VIDEO_SUFFIXES, CameraSource, source_for_path
    from kiosk import paths

    try:
        reference = args.reference.read_bytes()
    except OSError as e:
        print(f"cannot read the reference photo: {e}", file=sys.stderr)
        return 2
    still = args.probe is not None and args.probe.suffix.lower() not in VIDEO_SUFFIXES
    liveness = not (args.no_liveness or still)
    settings = CheckSettings(threshold=_threshold(args), liveness=liveness, timeout_s=args.timeout)
    if args.probe is not None:
        if not args.probe.exists():
            print(f"no such probe file: {args.probe}", file=sys.stderr)
            return 2
        open_source = lambda: source_for_path(args.probe)  # noqa: E731
    else:
        open_source = lambda: CameraSource(args.camera)  # noqa: E731
    try:
        checker = OpenCvFaceChecker(open_source, paths.MODELS, settings)
    except ModelError as e:
        print(str(e), file=sys.stderr)
        return 2
    detection = _probe_detection(checker.engine, args.probe) if args.probe is not None else None
    hints: list[str] = []

    def on_progress(p) -> None:
        if not hints or hints[-1] != p.guidance.value:
            hints.append(p.guidance.value)

    result = checker.verify(reference, lambda frame: None, on_progress, threading.Event())
    report = {
        "decision": result.decision.value,
        "score": None if result.score is None else round(result.score, 4),
        "threshold": result.threshold,
        "liveness": result.liveness,
        "detection": detection,
        "quality": result.frames,
        "guidance": hints,
        "timings_ms": {k: round(v, 1) for k, v in (result.timings_ms or {}).items()},
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:>11}: {value}")
    return 0 if result.decision.value == "match" else 1


def _calibrate(args: argparse.Namespace) -> int:
    from drivers.camera.calibration import calibrate, read_pairs
    from drivers.camera.faces import FaceEngine
    from drivers.camera.models import ModelError, checked_model_files
    from drivers.camera.reference import ReferenceError
    from kiosk import paths

    try:
        pairs = read_pairs(args.pairs)
        engine = FaceEngine(checked_model_files(paths.MODELS))
        report = calibrate(engine, pairs, _threshold(args))
    except (OSError, ValueError, ModelError, ReferenceError) as e:
        print(str(e), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"threshold {report['threshold']:.3f}")
    for kind in ("genuine", "impostor"):
        s = report[kind]
        if s["count"]:
            print(f"  {kind:<8} n={s['count']:<4} min={s['min']:.3f} median={s['median']:.3f} "
                  f"p99={s['p99']:.3f} max={s['max']:.3f}")
        else:
            print(f"  {kind:<8} n=0")
    if report["fmr"] is not None:
        print(f"  false matches     {report['false_matches']} (FMR {report['fmr']:.4f})")
    if report["fnmr"] is not None:
        print(f"  false non-matches {report['false_non_matches']} (FNMR {report['fnmr']:.4f})")
    return 0
