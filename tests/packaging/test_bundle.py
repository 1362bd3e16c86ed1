"""The production bundle: what it holds, what it must not hold, and that it runs."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import checks
import demo_parts
import layout
import strip
from hooks import qt_trim

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

ROOT = layout.ROOT
QML_MODULE_DIRS = {"QtQuick": "QtQuick", "QtQuick.Controls": "QtQuick/Controls",
                   "QtQuick.Controls.Basic": "QtQuick/Controls/Basic",
                   "QtQuick.Layouts": "QtQuick/Layouts", "QtQuick.Window": "QtQuick/Window"}


def test_bundle_holds_the_app_and_its_assets(package):
    internal = package["bundle"] / "_internal"
    assert os.access(package["bundle"] / "kiosk", os.X_OK)
    for rel in ("kiosk/qml/Kiosk/qmldir", "kiosk/qml/Kiosk/Main.qml", "assets/fonts/NotoSans-Regular.ttf",
                "assets/translations/kiosk_vi.qm", "assets/translations/kiosk_en.qm",
                "assets/trust/vn-csca-ePassport-2022.pem", "config/kiosk.example.toml",
                "offline_store/migrations/env.py"):
        assert (internal / rel).is_file(), rel
    assert list((internal / "assets" / "models").glob("*.onnx"))
    # The build machine's libraries come from Debian on the station (Depends), libpython excepted.
    assert (internal / "libpython3.11.so.1.0").is_file()
    for host_copy in ("libfontconfig.so.1", "libssl.so.3", "libstdc++.so.6", "libglib-2.0.so.0"):
        assert not (internal / host_copy).exists(), host_copy


def test_nothing_a_station_must_not_have(package, build_python):
    """No GPL-only Qt module, no test extra, no vpcd, no test key or CSCA, no demo part."""
    assert checks.findings(package["bundle"]) == []
    modules = checks.frozen_modules(package["bundle"], build_python)
    assert "kiosk.runner" in modules
    assert checks.module_findings(modules) == []


def test_unused_python_parts_stay_out(package, build_python):
    """What packaging/kiosk.spec excludes as never used on a station (the tour shows the rest works)."""
    modules = set(checks.frozen_modules(package["bundle"], build_python))
    assert {"fhir.resources.R4B.observation", "PIL.PngImagePlugin", "PIL.ImageFont", "sqlalchemy"} <= modules
    assert not {m for m in modules if m.split(".")[0] in ("setuptools", "distutils", "greenlet", "pydoc_data")}
    assert not {m for m in modules if m.startswith("fhir.resources.") and not m.startswith("fhir.resources.R4B")}
    internal = package["bundle"] / "_internal"
    for gone in ("PIL/_avif", "PIL/_webp", "PIL/_imagingcms", "python3.11/lib-dynload/readline"):
        assert not list(internal.glob(gone + ".*.so")), gone
    assert list(internal.glob("PIL/_imagingft.*.so"))  # the slip's text


def test_the_checks_find_what_they_look_for(tmp_path):
    internal = tmp_path / "_internal"
    for rel in ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "PySide6/Qt/qml/QtCharts/qmldir",
                "pytest/__init__.py", "hypothesis/core.py", "drivers/card/emulator/vpcd.py",
                "assets/trust/lab-csca.pem", "assets/demo/citizen_photo.jpg"):
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_text("x")
    found = "\n".join(checks.findings(tmp_path))
    for word in ("VirtualKeyboard", "QtCharts", "test extra: _internal/pytest", "hypothesis", "vpcd",
                 "lab-csca.pem", "demo part on disk: drivers.card.emulator", "demo data: assets/demo"):
        assert word in found, word
    assert checks.module_findings(["pytestqt.plugin", "kiosk.demo.fhir_server", "kiosk.app"]) == [
        "test extra in the archive: pytestqt.plugin", "demo part in the archive: kiosk.demo.fhir_server"]


def test_every_qml_import_is_kept_and_nothing_else(package):
    imports = set()
    for qml in (ROOT / "kiosk" / "qml").rglob("*.qml"):
        imports |= set(re.findall(r"^import (Qt\S+)", qml.read_text(encoding="utf-8"), re.M))
    unknown = imports - set(QML_MODULE_DIRS)
    assert not unknown, f"QML imports {unknown}: add them to packaging/hooks/qt_trim.py and here"
    qml_root = package["bundle"] / "_internal" / "PySide6" / "Qt" / "qml"
    for module in imports:
        assert (qml_root / QML_MODULE_DIRS[module] / "qmldir").is_file(), module
    kept = {p.parent.relative_to(qml_root).as_posix() for p in qml_root.rglob("qmldir")}
    allowed = {"QtQml", "QtQml/Models", "QtQml/WorkerScript", "QtQuick",
               *(f"QtQuick/{s}" for s in qt_trim.QML_SUBDIRS_OF_QTQUICK)}
    stray = {k for k in kept if not any(k == a or k.startswith(a + "/") for a in allowed - {"QtQml", "QtQuick",
                                                                                     "QtQuick/Controls"})
             and k not in allowed}
    assert not stray, stray


def test_strip_guard_refuses_what_the_loader_would_see_changed(tmp_path):
    """strip.py keeps a stripped copy only if the loader sees the same file: a byte changed in
    a mapped segment, or a segment cut short (what strip did to auditwheel-patched libraries),
    is refused."""
    lib = Path(sys.executable).resolve()  # any ELF file will do
    data = lib.read_bytes()
    stripped = tmp_path / "stripped"
    subprocess.run(["strip", "--strip-unneeded", "-o", str(stripped), str(lib)], check=True)
    assert strip.same_for_the_loader(data, stripped.read_bytes()) == ""
    load = next(s for s in strip.segments(data) if s[0] == strip.PT_LOAD and s[5] > 64)
    changed = bytearray(data)
    changed[load[2] + load[5] - 1] ^= 0xFF
    assert "bytes of the LOAD segment" in strip.same_for_the_loader(data, bytes(changed))
    index = strip.segments(data).index(load)
    _, h = strip._header(data)
    cut = bytearray(data)
    at = h[4] + index * h[8] + 32  # p_filesz
    cut[at:at + 8] = (load[5] // 2).to_bytes(8, "little")
    assert "program header changed" in strip.same_for_the_loader(data, bytes(cut))


def test_debug_information_is_stripped_where_safe(package):
    """Only the files strip.py refused (their loaded bytes would change) keep a symbol table or
    DWARF, and every ELF file of the bundle still loads (the tour loads only those it uses)."""
    info = package["strip"]
    internal = package["bundle"] / "_internal"
    assert "_internal/libpython3.11.so.1.0" in info["stripped"]
    assert info["saved_mb"] > 20
    left = []
    elves = []
    for path in sorted(internal.rglob("*")):
        if not path.is_file() or path.is_symlink() or (data := path.read_bytes())[:4] != b"\x7fELF":
            continue
        elves.append(path)
        if any(n.startswith(strip.DEBUG_SECTIONS) for n in strip.section_names(data)):
            left.append(path.relative_to(package["bundle"]).as_posix())
    assert sorted(left) == sorted(info["refused"])
    code = ("import ctypes, sys\nbad = []\nfor p in sys.argv[1:]:\n    try: ctypes.CDLL(p)\n"
            "    except OSError as e: bad.append(str(e))\nprint('\\n'.join(bad))\nsys.exit(bool(bad))\n")
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    r = subprocess.run([sys.executable, "-c", code, *map(str, elves)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_tours_qt_bindings_come_with_the_demo_addon(package):
    """QtTest and QtWidgets (only the demo tour taps with them) are in the add-on, not on a station."""
    for root, present in ((package["bundle"], False), (package["demo_addon"], True)):
        pyside = root / "_internal" / "PySide6"
        for rel in [f"{m}.abi3.so" for m in demo_parts.QT_MODULES] + [f"Qt/lib/{x}" for x in demo_parts.QT_LIBRARIES]:
            assert (pyside / rel).is_file() == present, (root.name, rel)
    assert not (package["bundle"] / "_internal" / "PySide6" / "QtDBus.abi3.so").exists()


def test_production_bundle_has_no_demo_mode(package, tmp_path):
    r = subprocess.run([str(package["bundle"] / "kiosk"), "run", "--demo", "--tour", str(tmp_path / "t")],
                       capture_output=True, text=True, timeout=60, env=_env(tmp_path))
    assert r.returncode == 3, r.stderr
    assert "demo mode is not in this build" in r.stderr


def test_frozen_app_with_the_demo_addon_completes_the_tour(package, tmp_path):
    """The production bundle plus the demo add-on, copied over it as the docs say."""
    bundle = tmp_path / "bundle"
    subprocess.run(["cp", "-al", str(package["bundle"]), str(bundle)], check=True)  # hard links: instant
    shutil.copytree(package["demo_addon"], bundle, dirs_exist_ok=True)
    env = _env(tmp_path, KIOSK_SEKMET_VENV=str(ROOT / ".venv" / "opt" / "sekmet-fhir"))
    r = subprocess.run([str(bundle / "kiosk"), "run", "--demo", "--tour", str(tmp_path / "tour"),
                        "--speed", "20", "--workdir", str(tmp_path / "work")],
                       capture_output=True, text=True, timeout=240, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    assert "Tour finished" in r.stdout
    assert len(list((tmp_path / "tour").glob("*.png"))) >= 8


def _env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "PYTHON"))}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("NOTIFY_SOCKET", None)
    return env
