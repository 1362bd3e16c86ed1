"""One build of the package per test session, shared by tests/packaging and tests/chroot.

A pytest plugin (tests/conftest.py loads it), not tests/packaging/conftest.py: a fixture
there is invisible to tests/chroot, which runs first in alphabetical order, and a test
that merely looked for a .deb in dist/ would find none in a fresh clone (and skip) or,
worse, one left by another commit. So whichever test first needs `package` runs
`./dev package`'s own script on this checkout, and every later one reads that build.
A failed build fails those tests; nothing here skips.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "packaging") not in sys.path:
    sys.path.insert(0, str(ROOT / "packaging"))

import layout  # noqa: E402

TOOLS = ("dpkg-deb", "lintian", "systemd-analyze", "cage")
# A build from a fresh clone (build venv from the locks, PyInstaller without its cache)
# on two cores; a cached one takes about 4 min. The test that pays for it gets this on
# top of its own timeout, so the others keep theirs.
BUILD_TIMEOUT_S = 1200


@pytest.fixture(scope="session")
def package() -> dict:
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, f"packaging tools missing: {missing} (./dev test installs packaging/apt-packages.txt)"
    # Gone before the build, so what is read below can only come from this build.
    (layout.DIST / "build.json").unlink(missing_ok=True)
    # The system python, as `./dev package` uses: the build makes its own venv from the locks.
    python = shutil.which("python3.11") or shutil.which("python3")
    subprocess.run([python, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
    info = json.loads((layout.DIST / "build.json").read_text())
    return {k: Path(v) if k in ("bundle", "demo_addon", "deb") else v for k, v in info.items()}


def _timeout(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and (marker.args or "timeout" in marker.kwargs):
        return float(marker.args[0] if marker.args else marker.kwargs["timeout"])
    option = item.config.getoption("timeout", None)
    if option is not None:
        return float(option)
    return float(item.config.getini("timeout") or 0)


def pytest_collection_finish(session: pytest.Session) -> None:
    # pytest-timeout counts fixture set-up in the test that triggers it: give that one
    # test the build's time (0 stays 0: no timeout at all).
    first = next((i for i in session.items if "package" in getattr(i, "fixturenames", ())), None)
    if first is not None and (own := _timeout(first)) > 0:
        first.add_marker(pytest.mark.timeout(own + BUILD_TIMEOUT_S), append=False)
