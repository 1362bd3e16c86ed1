"""Threshold calibration: score labelled photo pairs and report the error rates.

A pairs file has one pair per line: ``IMAGE_A IMAGE_B same|diff`` (spaces, tabs
or commas; ``#`` starts a comment; paths relative to the file). Each image is
treated like a chip photo: its largest face is found and embedded.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from drivers.camera.faces import FaceEngine, cosine
from drivers.camera.reference import ReferenceError, find_reference_face

GENUINE = {"same", "genuine", "match", "1", "true", "yes"}
IMPOSTOR = {"diff", "different", "impostor", "nonmatch", "0", "false", "no"}


@dataclass(frozen=True)
class Pair:
    a: Path
    b: Path
    genuine: bool


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p for p in re.split(r"[\s,]+", line) if p]
        if len(parts) != 3 or parts[2].lower() not in GENUINE | IMPOSTOR:
            raise ValueError(f"{path}:{number}: expected 'IMAGE_A IMAGE_B same|diff'")
        base = Path(path).parent
        pairs.append(Pair(base / parts[0], base / parts[1], parts[2].lower() in GENUINE))
    return pairs


def _embed(engine: FaceEngine, path: Path, cache: dict[Path, np.ndarray]) -> np.ndarray:
    if path not in cache:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None:
            raise ReferenceError(f"cannot read image {path}")
        image, face = find_reference_face(engine, image)
        cache[path] = engine.embed(image, face)
    return cache[path]


def _summary(scores: list[float]) -> dict[str, float | int | None]:
    if not scores:
        return {"count": 0, "min": None, "median": None, "p99": None, "max": None}
    ordered = sorted(scores)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return {"count": len(ordered), "min": ordered[0], "median": statistics.median(ordered),
            "p99": p99, "max": ordered[-1]}


def calibrate(engine: FaceEngine, pairs: list[Pair], threshold: float) -> dict:
    """Score every pair; report both distributions and FMR/FNMR at ``threshold``."""
    cache: dict[Path, np.ndarray] = {}
    genuine, impostor = [], []
    for pair in pairs:
        score = cosine(_embed(engine, pair.a, cache), _embed(engine, pair.b, cache))
        (genuine if pair.genuine else impostor).append(score)
    for embedding in cache.values():
        embedding.fill(0)
    false_matches = sum(s >= threshold for s in impostor)
    false_non_matches = sum(s < threshold for s in genuine)
    return {
        "threshold": threshold,
        "genuine": _summary(genuine),
        "impostor": _summary(impostor),
        "false_matches": false_matches,
        "false_non_matches": false_non_matches,
        "fmr": false_matches / len(impostor) if impostor else None,
        "fnmr": false_non_matches / len(genuine) if genuine else None,
        "genuine_scores": sorted(genuine),
        "impostor_scores": sorted(impostor),
    }
