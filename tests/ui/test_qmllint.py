"""`pyside6-qmllint` reports nothing on the app's QML module "Kiosk".

The Python types registered into the module (@QmlElement / @QmlSingleton) are
described to qmllint the way a build would: pyside6-metaobjectdump writes their
meta-object JSON, pyside6-qmltyperegistrar turns it into a .qmltypes file, and a
copy of the module's qmldir names that file. Everything generated goes into
pytest's tmp_path; the repository is only read.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from kiosk import paths

MODULE = "Kiosk"
PACKAGE_DIR = Path(paths.__file__).resolve().parent  # kiosk/
QML_MODULE_DIR = paths.QML_IMPORT_PATH / MODULE
METATYPES_DIR = Path(PySide6.__file__).resolve().parent / "Qt" / "metatypes"
# The Qt modules the Python types derive from (QObject, QQuickPaintedItem, ...).
FOREIGN_MODULES = ("core", "gui", "qml", "quick")

# Categories switched off on purpose, each with the reason. Empty: all of
# qmllint's default categories are enforced.
DISABLED_CATEGORIES: dict[str, str] = {}


def _tool(name: str) -> str:
    """A PySide6 tool from the interpreter's own environment (the venv)."""
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} or on PATH"
    return found


def _python_qml_sources() -> list[Path]:
    """Python files that register types into the Kiosk QML module."""
    pattern = re.compile(rf"^QML_IMPORT_NAME\s*=\s*[\"']{MODULE}[\"']", re.M)
    found = sorted(p for p in PACKAGE_DIR.rglob("*.py")
                   if pattern.search(p.read_text(encoding="utf-8")))
    assert found, f"no Python file registers types into {MODULE}"
    return found


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_qml_module_is_qmllint_clean(tmp_path):
    module = tmp_path / MODULE
    shutil.copytree(QML_MODULE_DIR, module)

    meta = tmp_path / "kiosk_metatypes.json"
    _run([_tool("pyside6-metaobjectdump"), "-o", str(meta), *map(str, _python_qml_sources())], tmp_path)

    foreign = [METATYPES_DIR / f"qt6{m}_metatypes.json" for m in FOREIGN_MODULES]
    for f in foreign:
        assert f.exists(), f
    _run([_tool("pyside6-qmltyperegistrar"),
          f"--generate-qmltypes={module / 'kiosk.qmltypes'}",
          f"--import-name={MODULE}", "--major-version=1",
          "--foreign-types=" + ",".join(map(str, foreign)),
          str(meta), "-o", str(tmp_path / "kiosk_qmltyperegistrations.cpp")], tmp_path)

    # `typeinfo` makes qmllint read the generated types. `depends QtQuick` lets
    # it resolve their C++ base classes that live in QtQuick's own qmltypes
    # (CameraPreview's QQuickPaintedItem); without it CameraPreview is unresolved.
    with (module / "qmldir").open("a", encoding="utf-8") as qmldir:
        qmldir.write("\ntypeinfo kiosk.qmltypes\ndepends QtQuick\n")

    qml_files = sorted(p.relative_to(tmp_path).as_posix() for p in module.rglob("*.qml"))
    assert qml_files
    cmd = [_tool("pyside6-qmllint"), "--ignore-settings", "-I", str(tmp_path), "--json", "-"]
    for category in DISABLED_CATEGORIES:
        cmd.append(f"--{category}=disable")
    # qmllint's exit code does not reflect warnings here: judge by its JSON report.
    proc = subprocess.run(cmd + qml_files, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        raise AssertionError(f"qmllint gave no JSON report ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}") from None

    linted = {f["filename"] for f in report["files"]}
    assert linted == set(qml_files), sorted(set(qml_files) ^ linted)

    problems = []
    for f in report["files"]:
        for w in f["warnings"]:
            if w.get("type") == "info":
                continue
            problems.append(f"{f['filename']}:{w.get('line')}:{w.get('column')}: "
                            f"{w.get('type')}: {w['message']} [{w.get('id')}]")
        if not f["success"] and not f["warnings"]:
            problems.append(f"{f['filename']}: qmllint failed without a message")
    assert not problems, f"qmllint found {len(problems)} problem(s):\n" + "\n".join(problems)
