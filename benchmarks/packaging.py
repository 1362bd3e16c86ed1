"""Sizes of what `./dev package` left in dist/: the bundle unpacked (goal <= 250 MB),
its biggest parts, the demo add-on and the .deb. Run after `./dev package`:

    python3 benchmarks/packaging.py
    python3 benchmarks/packaging.py --start [--rounds N]

--start: the frozen kiosk's time from exec to the first frame of its welcome screen (its
READY=1, kiosk/watchdog.py), and on to the whole app ready for visits, against a bare QML window frozen the same way
(benchmarks/frozen_bare: same build venv, PyInstaller, one-dir, the project's Qt hooks),
started alternately, offscreen with the software Quick backend on both sides. Goal ratio <= 1.5.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "packaging"))

from layout import DIST, ROOT, WORK  # noqa: E402

SERVING = "STATUS=ready for visits"  # kiosk/watchdog.py: the whole app is up (not imported: no Qt here)


def mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*")) / 1e6


def build_bare() -> Path:
    import build_venv

    python = build_venv.ensure_venv(lambda m: print(m, file=sys.stderr))  # the kiosk bundle's own venv
    out = WORK / "bench"
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                    str(HERE / "frozen_bare" / "frozen_bare.spec")], cwd=ROOT, check=True)
    return out / "dist" / "bare" / "bare"


def station_config(tmp: Path) -> Path:
    """The example configuration with the station's paths moved into tmp, and a store key."""
    key = tmp / "store.key"
    key.write_bytes(secrets.token_bytes(32))
    key.chmod(0o600)
    text = (ROOT / "config" / "kiosk.example.toml").read_text(encoding="utf-8")
    for name, value in (("data_dir", tmp / "data"), ("log_dir", tmp / "log"), ("key_file", key)):
        lines = text.splitlines(keepends=True)
        i = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = "))
        lines[i] = f'{name} = "{value}"\n'
        text = "".join(lines)
    path = tmp / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def time_to_notices(cmd: list[str], env: dict, wanted: tuple[str, ...], timeout: float = 120) -> list[float]:
    """Seconds from exec to each of ``wanted`` notify lines (READY=1 first), on a socket of
    our own as systemd's; the process is stopped after the last."""
    times: list[float] = []
    with tempfile.TemporaryDirectory() as d, socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(os.path.join(d, "notify"))
        sock.settimeout(0.2)
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**env, "NOTIFY_SOCKET": os.path.join(d, "notify")},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while time.perf_counter() - t0 < timeout:
                try:
                    lines = sock.recv(4096).decode().splitlines()
                except socket.timeout:
                    if proc.poll() is not None:
                        raise SystemExit(f"{cmd[0]} exited {proc.returncode} before {wanted[len(times)]}: "
                                         f"{proc.stderr.read()}")
                    continue
                now = time.perf_counter() - t0
                while len(times) < len(wanted) and wanted[len(times)] in lines:
                    times.append(now)
                if len(times) == len(wanted):
                    return times
            raise SystemExit(f"{cmd[0]}: no {wanted[len(times)]} in {timeout} s")
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def start(rounds: int) -> int:
    bundle = Path(json.loads((DIST / "build.json").read_text())["bundle"])
    bare = build_bare()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "PYTHON", "NOTIFY_"))}
        env.update(HOME=str(tmp), QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
        kiosk = [str(bundle / "kiosk"), "run", "--config", str(station_config(tmp)), "--size", "1920x1080"]
        times: dict[str, list[float]] = {"bare": [], "kiosk": [], "kiosk whole": []}
        for i in range(rounds + 1):  # round 0 warms the page cache and makes the store: not counted
            (bare_ready,) = time_to_notices([str(bare)], env, ("READY=1",))
            kiosk_ready, kiosk_whole = time_to_notices(kiosk, env, ("READY=1", SERVING))
            if i:
                times["bare"].append(bare_ready)
                times["kiosk"].append(kiosk_ready)
                times["kiosk whole"].append(kiosk_whole)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in times.items():
        what = "ready for visits" if k == "kiosk whole" else "first frame"
        print(f"{k:11} {what}: median {med[k] * 1000:.0f} ms (min {min(v) * 1000:.0f}, "
              f"max {max(v) * 1000:.0f}, {len(v)} starts)")
    print(f"ratio kiosk/bare first frame: {med['kiosk'] / med['bare']:.2f} (goal <= 1.5); "
          f"bare bundle {mb(bare.parent):.0f} MB, kiosk bundle {mb(bundle):.0f} MB")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--start", action="store_true", help="time to the first frame, against a frozen bare window")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    if args.start:
        return start(args.rounds)
    info = json.loads((DIST / "build.json").read_text())
    bundle = Path(info["bundle"])
    internal = bundle / "_internal"
    total = mb(bundle)
    print(f"bundle unpacked: {total:.1f} MB (goal <= 250 MB)")
    # The parts docs/packaging.md's floor is made of, biggest first.
    parts = {
        "OpenCV (cv2 + its FFmpeg, OpenBLAS, codecs)": [internal / "cv2", internal / "opencv_python_headless.libs"],
        "Qt (PySide6, shiboken6)": [internal / "PySide6", internal / "shiboken6"],
        "NumPy (+ its OpenBLAS)": [internal / "numpy", internal / "numpy.libs"],
        "Python (libpython, C modules, stdlib, the app's archive in the executable)":
            [internal / "libpython3.11.so.1.0", internal / "python3.11", internal / "base_library.zip",
             bundle / "kiosk"],
        "cryptography": [internal / "cryptography"],
        "assets (face models, fonts)": [internal / "assets"],
        "Pillow": [internal / "PIL", internal / "pillow.libs"],
        "pydantic-core": [internal / "pydantic_core"],
        "gmpy2": [internal / "gmpy2", internal / "gmpy2.libs"],
    }
    counted = 0.0
    for name, paths in parts.items():
        size = sum(mb(p) for p in paths if p.exists())
        counted += size
        print(f"  {name}: {size:.1f} MB")
    print(f"  the rest: {total - counted:.1f} MB")
    if "strip" in info:
        st = info["strip"]
        print(f"  (strip.py took {st['saved_mb']} MB off: {len(st['stripped'])} files stripped, "
              f"{len(st['refused'])} left as shipped)")
    print(f"demo add-on: {mb(Path(info['demo_addon'])):.1f} MB")
    if "deb" in info:
        print(f".deb: {mb(Path(info['deb'])):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
