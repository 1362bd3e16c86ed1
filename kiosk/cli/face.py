"""`kiosk face verify|calibrate`: run the real face check from the command line.

    kiosk face verify --reference CARD.jp2 --probe LIVE.jpg [--json]
    kiosk face verify --reference CARD.jp2 --camera 0
    kiosk face calibrate --pairs pairs.txt [--threshold 0.5]

An image probe is decided at once, on its one frame: a still photo cannot
perform the liveness challenges (liveness "not_run", and the output says so),
and waiting would not improve it. A photo of any size is framed around its face
first (drivers/camera/stills.py). Nothing is saved: no image, no embedding.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path

DEFAULT_THRESHOLD = 0.5
STILL_NOTE = "still image: decided at once on its one frame; liveness does not apply to a still photo"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("face", help="face check tools: verify a photo or video, calibrate the threshold")
    face_sub = p.add_subparsers(dest="face_command", metavar="<action>", required=True)

    v = face_sub.add_parser("verify", help="match a probe (image, video or camera) against a card photo")
    v.add_argument("--reference", required=True, type=Path,
                   help="card photo: JPEG, JPEG2000 or a DG2 record, any size (a large photo is framed around its face)")
    src = v.add_mutually_exclusive_group(required=True)
    src.add_argument("--probe", type=Path,
                     help="image (any size; decided at once, no liveness) or video file (full check)")
    src.add_argument("--camera", help="camera index or device path")
    v.add_argument("--threshold", type=float, help="cosine threshold (default: the config's face.threshold, else 0.5)")
    v.add_argument("--no-liveness", action="store_true",
                   help="skip the challenges (they do not apply to an image probe, which is decided at once)")
    v.add_argument("--timeout", type=float, default=30.0,
                   help="seconds before giving up on a video or camera (default 30)")
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


def _probe_detection(engine, image) -> dict:
    """What the detector sees in an image probe (sizes and scores only)."""
    from drivers.camera.quality import assess
    from drivers.camera.stills import analysis_frame, locate

    in_photo = locate(engine, image)
    frame = analysis_frame(engine, image)
    faces = engine.detect(frame)
    report = {
        "photo_px": [image.shape[1], image.shape[0]],
        "face_px_in_photo": round(in_photo.width, 1) if in_photo else None,
        "faces": len(faces),
        "largest_face_px": round(faces[0].width, 1) if faces else None,
        "detector_score": round(faces[0].score, 3) if faces else None,
        "quality": assess(frame, faces).value,
    }
    if frame is not image:
        frame.fill(0)
    return report


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
    hints: list[str] = []
    detection = None
    if still:
        import cv2

        image = cv2.imread(str(args.probe), cv2.IMREAD_COLOR)
        if image is None:
            print(f"the probe is not an image OpenCV can read: {args.probe}", file=sys.stderr)
            return 2
        detection = _probe_detection(checker.engine, image)
        result = checker.verify_still(reference, image)
        image.fill(0)
    else:
        def on_progress(p) -> None:
            if not hints or hints[-1] != p.guidance.value:
                hints.append(p.guidance.value)

        result = checker.verify(reference, lambda frame: None, on_progress, threading.Event())
    report = {
        "mode": STILL_NOTE if still else "live: frames until a decision or the timeout",
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
