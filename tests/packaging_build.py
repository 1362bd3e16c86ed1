"""One build of the package per test session, shared by tests/packaging and tests/chroot.

A pytest plugin (tests/conftest.py loads it), not tests/packaging/conftest.py: a fixture
there is invisible to tests/chroot, and a test that merely looked for a .deb in dist/
would find none in a fresh clone (and skip) or, worse, one left by another commit. So the
session runs `./dev package`'s own script on this checkout once, and every test that takes
the `package` fixture reads that build. A failed build fails those tests; nothing here skips.

The build starts in the background as soon as the tests are collected, and the tests that
need it run last: the rest of the suite mostly waits on devices, servers and timers, so
the build's 3-6 min hide behind it on a second core instead of adding to `./dev test`.

The build is keyed to the tree: a hash of the contents of every file the build may read
(the checkout's files, tracked or not, but for tests, docs and benchmarks; edits not yet
committed included) and of the host's installed packages (PyInstaller copies some system
libraries, and the .deb's Depends are traced from them). dist/build.json records the key of
the build made here; a later session with the same key reuses it, any other key, or a dist/
that `./dev package` rewrote, means a new build.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
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
# took 6 min on two cores; a cached one about 3. When the test that first needs it has to
# wait for it (only those tests selected), it gets this on top of its own timeout.
BUILD_TIMEOUT_S = 1200
LOG = layout.WORK / "test-session-build.log"

# Never read by the build (packaging/kiosk.spec, deb.py): changing them keeps the build.
NOT_BUILD_INPUTS = ("tests/", "docs/", "benchmarks/", "README.md")

_session: dict = {}  # this session's build: {"key", "proc", "log"} or {"reuse": info}


def tree_key() -> str:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    h = hashlib.sha256()
    for rel in sorted(set(filter(None, listed))):
        path = ROOT / rel
        if rel.startswith(NOT_BUILD_INPUTS) or not path.is_file():  # a deleted file not yet committed
            continue
        h.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    h.update(subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version} ${Architecture}\n"],
                            check=True, capture_output=True).stdout)
    return h.hexdigest()


def _read(info_path: Path) -> dict:
    try:
        info = json.loads(info_path.read_text())
    except (OSError, ValueError):
        return {}
    paths = [Path(info[k]) for k in ("bundle", "demo_addon", "deb") if k in info]
    return info if len(paths) == 3 and all(p.exists() for p in paths) else {}


def _start() -> None:
    """Reuse the build of this tree, or start one in the background."""
    key = tree_key()  # before the build: an edit made while it runs only makes the next one rebuild
    info = _read(layout.DIST / "build.json")
    if info.get("tree_key") == key:
        _session.update(reuse=info)
        return
    # Gone before the build, so what the fixture reads can only come from this build.
    (layout.DIST / "build.json").unlink(missing_ok=True)
    LOG.parent.mkdir(parents=True, exist_ok=True)
    # The system python, as `./dev package` uses: the build makes its own venv from the locks.
    python = shutil.which("python3.11") or shutil.which("python3")
    with LOG.open("wb") as log:
        proc = subprocess.Popen([python, str(ROOT / "packaging" / "build.py")], cwd=ROOT, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    _session.update(key=key, proc=proc)


@pytest.fixture(scope="session")
def package() -> dict:
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, f"packaging tools missing: {missing} (./dev test installs packaging/apt-packages.txt)"
    if not _session:
        _start()
    if "reuse" in _session:
        info = _session["reuse"]
    else:
        code = _session["proc"].wait()
        tail = LOG.read_text(errors="replace")[-4000:]
        assert code == 0, f"the build failed (exit {code}); {LOG} ends:\n{tail}"
        info = json.loads((layout.DIST / "build.json").read_text())
        info["tree_key"] = _session["key"]
        (layout.DIST / "build.json").write_text(json.dumps(info, indent=2) + "\n")
    return {k: Path(v) if k in ("bundle", "demo_addon", "deb") else v for k, v in info.items()}


def _needs_build(item: pytest.Item) -> bool:
    return "package" in getattr(item, "fixturenames", ())


def _timeout(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and (marker.args or "timeout" in marker.kwargs):
        return float(marker.args[0] if marker.args else marker.kwargs["timeout"])
    option = item.config.getoption("timeout", None)
    if option is not None:
        return float(option)
    return float(item.config.getini("timeout") or 0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Last, in their own order: the background build then has the whole suite's time.
    items[:] = [i for i in items if not _needs_build(i)] + [i for i in items if _needs_build(i)]


def pytest_collection_finish(session: pytest.Session) -> None:
    first = next((i for i in session.items if _needs_build(i)), None)
    if first is None or session.config.option.collectonly:
        return
    # pytest-timeout counts fixture set-up in the test that triggers it: give that one
    # test the build's time (0 stays 0: no timeout at all).
    if (own := _timeout(first)) > 0:
        first.add_marker(pytest.mark.timeout(own + BUILD_TIMEOUT_S), append=False)
    if all(shutil.which(t) for t in TOOLS):  # else the fixture fails each test, saying which
        _start()
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"[package] reusing {_session['reuse']['deb']}: nothing the build reads changed"
                                if "reuse" in _session else f"[package] building in the background, log: {LOG}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    # A session that ends before its packaging tests (-x, Ctrl+C) leaves no build running.
    proc = _session.get("proc")
    if proc is not None and proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
