"""What a production bundle must not hold; the build fails on any finding, the tests repeat it.

- GPL-only Qt modules (docs/decisions.md D4): Virtual Keyboard, Charts, DataVisualization, Graphs.
- Anything from the test extras or the test lab: pytest, hypothesis, pytest-qt, vpcd.
- The demo parts (demo_parts.py) and any key or certificate other than the bundled
  production trust anchors (assets/trust) and certifi's public CA list.
"""
from __future__ import annotations

import re
from pathlib import Path

import demo_parts
from layout import ROOT

GPL_ONLY_QT = re.compile(r"virtualkeyboard|qtcharts|charts|datavisualization|qtgraphs|graphs", re.I)
TEST_EXTRAS = re.compile(r"^(pytest|_pytest|pytestqt|pytest_qt|pytest_timeout|hypothesis|pluggy|iniconfig)"
                         r"([-_.].*)?$", re.I)
TEST_LAB = re.compile(r"vpcd|vsmartcard", re.I)
KEY_SUFFIXES = {".pem", ".crt", ".cer", ".der", ".key", ".p12", ".pfx", ".ml"}
PRIVATE_KEY = b"PRIVATE KEY-----"
ALLOWED_CERTS = {"certifi/cacert.pem"}  # the public CA list requests uses for HTTPS


def _rel(path: Path, bundle: Path) -> str:
    return path.relative_to(bundle).as_posix()


def findings(bundle: Path, contents: str = "_internal") -> list[str]:
    """Every reason the bundle is not fit for a station; empty when it is."""
    found: list[str] = []
    root = bundle / contents
    trust = {p.name for p in (ROOT / "assets" / "trust").iterdir() if p.suffix in KEY_SUFFIXES}
    for path in sorted(bundle.rglob("*")):
        rel = _rel(path, bundle)
        name = path.name
        if GPL_ONLY_QT.search(name) and ("Qt" in rel or "qt" in name):
            found.append(f"GPL-only Qt module: {rel}")
        top = _rel(path, root).split("/")[0] if path.is_relative_to(root) else ""
        if TEST_EXTRAS.match(top):
            found.append(f"test extra: {rel}")
        if TEST_LAB.search(rel):
            found.append(f"card test lab: {rel}")
        if path.is_file() and path.suffix.lower() in KEY_SUFFIXES:
            inner = _rel(path, root) if path.is_relative_to(root) else rel
            if not (inner in ALLOWED_CERTS or (inner.startswith("assets/trust/") and name in trust)):
                found.append(f"key or certificate not among the production anchors: {rel}")
            elif PRIVATE_KEY in path.read_bytes():
                found.append(f"private key: {rel}")
    for module in demo_parts.PACKAGES + demo_parts.MODULES:
        where = root / Path(*module.split("."))
        if where.exists() or where.with_suffix(".py").exists() or where.with_suffix(".pyc").exists():
            found.append(f"demo part on disk: {module}")
    for data in demo_parts.DATA:
        if (root / data).exists():
            found.append(f"demo data: {data}")
    return found


def frozen_modules(bundle: Path, python: Path) -> list[str]:
    """Names of the modules in the PYZ archive inside the bundle's executable.

    python: one with PyInstaller (the build venv's), whose reader knows the format."""
    import subprocess

    code = ("import sys\nfrom PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader\n"
            "car = CArchiveReader(sys.argv[1])\n"
            "name = next(n for n, e in car.toc.items() if e[-1] == 'z')\n"
            "pyz = car.open_embedded_archive(name)\n"
            "print('\\n'.join(sorted(pyz.toc)))\n")
    out = subprocess.run([str(python), "-c", code, str(bundle / "kiosk")], check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def module_findings(modules: list[str]) -> list[str]:
    found = [f"test extra in the archive: {m}" for m in modules if TEST_EXTRAS.match(m.split(".")[0])]
    found += [f"demo part in the archive: {m}" for m in modules if demo_parts.is_demo_module(m)]
    return found
