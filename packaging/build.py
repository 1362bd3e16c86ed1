"""`./dev package`: the production bundle, the demo add-on and the .deb, in dist/.

Steps: the build venv from the locks (build_venv.py), the compiled translations,
PyInstaller with kiosk.spec, debug information stripped where that is safe (strip.py),
the bundle checks (checks.py; any finding fails the build), the demo add-on
(demo_parts.py), the .deb (deb.py). It ends by printing the paths, and writes them
to dist/build.json for scripts (the chroot install test), with what strip.py did.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_venv  # noqa: E402
import checks  # noqa: E402
import deb  # noqa: E402
import demo_parts  # noqa: E402
import strip  # noqa: E402
from layout import BUNDLE, DEMO_ADDON, DIST, ROOT, WORK  # noqa: E402

CONTENTS = "_internal"  # PyInstaller's directory for everything but the executable


def log(msg: str) -> None:
    print(f"[package] {msg}", file=sys.stderr, flush=True)


def app_version() -> str:
    text = (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def du_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*")) / 1e6


def build_bundle(python: Path, clean: bool) -> None:
    # The .qm files are build outputs (not committed): made here with the build venv's lrelease.
    subprocess.run([str(python), "-m", "kiosk.i18n_build", "--quiet"], cwd=ROOT, check=True)
    cmd = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
           str(ROOT / "packaging" / "kiosk.spec")]
    subprocess.run(cmd + (["--clean"] if clean else []), cwd=ROOT, check=True)


def check_bundle(python: Path) -> None:
    found = checks.findings(BUNDLE) + checks.module_findings(checks.frozen_modules(BUNDLE, python))
    if found:
        raise SystemExit("the bundle is not fit for a station:\n  " + "\n  ".join(found))


def build_demo_addon(python: Path) -> None:
    """The demo parts' sources and data, and the Qt bindings only the tour loads, at the
    paths they take inside a bundle."""
    shutil.rmtree(DEMO_ADDON, ignore_errors=True)
    target = DEMO_ADDON / CONTENTS
    pyside = Path(subprocess.run([str(python), "-c", "import PySide6; print(PySide6.__path__[0])"],
                                 check=True, capture_output=True, text=True).stdout.strip())
    for rel in [f"{m}.abi3.so" for m in demo_parts.QT_MODULES] + [f"Qt/lib/{lib}" for lib in demo_parts.QT_LIBRARIES]:
        (target / "PySide6" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(pyside / rel, target / "PySide6" / rel)
    sources = [Path(*p.split(".")) for p in demo_parts.PACKAGES]
    sources += [Path(*m.split(".")).with_suffix(".py") for m in demo_parts.MODULES]
    for rel in sources + [Path(d) for d in demo_parts.DATA]:
        src = ROOT / rel
        if src.is_dir():
            shutil.copytree(src, target / rel, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / rel)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="./dev package", description=__doc__.split("\n\n")[0])
    ap.add_argument("--version", default=None,
                    help="the .deb's version (default: kiosk.__version__), e.g. 0.1.0+1 for a fleet update")
    ap.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first (a release build)")
    ap.add_argument("--no-deb", action="store_true", help="the bundle and the demo add-on only")
    args = ap.parse_args(argv)
    version = args.version or app_version()

    python = build_venv.ensure_venv(log)
    log("PyInstaller: the bundle")
    build_bundle(python, args.clean)
    stripped = strip.strip_bundle(BUNDLE)
    log(f"strip: {len(stripped.stripped)} files, {stripped.saved / 1e6:.1f} MB less; "
        f"{len(stripped.refused)} left as shipped (their loaded bytes would change)")
    check_bundle(python)
    build_demo_addon(python)
    result = {"version": version, "bundle": str(BUNDLE), "bundle_mb": round(du_mb(BUNDLE), 1),
              "demo_addon": str(DEMO_ADDON),
              # What strip.py did to this build, for the size report and the tests.
              "strip": {"saved_mb": round(stripped.saved / 1e6, 1),
                        "stripped": [p for p, _, _ in stripped.stripped],
                        "refused": {p: why for p, why in stripped.refused}}}
    if not args.no_deb:
        log("dpkg-deb: the package")
        path = deb.build(BUNDLE, version, DIST)
        result.update(deb=str(path), deb_mb=round(path.stat().st_size / 1e6, 1))
    (DIST / "build.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"bundle:     {result['bundle']} ({result['bundle_mb']} MB unpacked)")
    print(f"demo add-on: {result['demo_addon']}")
    if "deb" in result:
        print(f"deb:        {result['deb']} ({result['deb_mb']} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
