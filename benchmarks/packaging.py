"""Sizes of what `./dev package` left in dist/: the bundle unpacked (goal <= 250 MB),
its biggest parts, the demo add-on and the .deb. Run after `./dev package`:

    python3 benchmarks/packaging.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

from layout import DIST  # noqa: E402


def mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*")) / 1e6


def main() -> int:
    info = json.loads((DIST / "build.json").read_text())
    bundle = Path(info["bundle"])
    internal = bundle / "_internal"
    total = mb(bundle)
    print(f"bundle unpacked: {total:.0f} MB (goal <= 250 MB)")
    parts = {"Qt (PySide6)": internal / "PySide6",
             "OpenCV": [internal / "cv2", internal / "opencv_python_headless.libs"],
             "NumPy": [internal / "numpy", internal / "numpy.libs"],
             "assets": internal / "assets"}
    for name, paths in parts.items():
        paths = paths if isinstance(paths, list) else [paths]
        print(f"  {name}: {sum(mb(p) for p in paths if p.exists()):.0f} MB")
    print(f"demo add-on: {mb(Path(info['demo_addon'])):.1f} MB")
    if "deb" in info:
        print(f".deb: {mb(Path(info['deb'])):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
