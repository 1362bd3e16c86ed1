"""packaging/update/kiosk-launch: counts the starts of an unconfirmed version, then rolls back.

Real shell, real files: the two "bundles" are directories whose `kiosk` is a small script
standing in for the app (one that never reaches the welcome screen, one that does).
"""
from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _layout():
    spec = importlib.util.spec_from_file_location("layout", REPO / "packaging" / "layout.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _bundle(path: Path, version: str, body: str) -> Path:
    path.mkdir(parents=True)
    (path / "VERSION").write_text(version + "\n")
    (path / "kiosk").write_text("#!/bin/sh\n" + body + "\n")
    (path / "kiosk").chmod(0o755)
    return path


@pytest.fixture
def station(tmp_path):
    launcher = tmp_path / "kiosk-launch"
    launcher.write_text(_layout().fill((REPO / "packaging" / "update" / "kiosk-launch").read_text()))
    launcher.chmod(0o755)
    good = 'echo "ran $KIOSK_RUNNING_VERSION rolled_back_from=${KIOSK_ROLLED_BACK_FROM:-}"; ' \
           'echo "$KIOSK_RUNNING_VERSION" > "$KIOSK_UPDATE_STATE/confirmed"'
    _bundle(tmp_path / "opt", "1.0-2", "echo crashed before the welcome screen; exit 3")
    _bundle(tmp_path / "opt.previous", "1.0-1", good)
    data = tmp_path / "data"
    (data / "update").mkdir(parents=True)
    (data / "update" / "confirmed").write_text("1.0-1\n")
    db = sqlite3.connect(data / "visits.db")
    db.execute("create table alembic_version (version_num text)")
    db.execute("insert into alembic_version values ('0003')")
    db.commit()
    db.close()
    env = {**os.environ, "KIOSK_BUNDLE": str(tmp_path / "opt"), "KIOSK_PREVIOUS": str(tmp_path / "opt.previous"),
           "KIOSK_DATA_DIR": str(data)}
    return launcher, env, data


def _start(launcher, env):
    return subprocess.run([str(launcher), "run"], env=env, capture_output=True, text=True, timeout=30)


def _revision(db: Path) -> str:
    return sqlite3.connect(db).execute("select version_num from alembic_version").fetchone()[0]


def test_three_failed_starts_then_the_previous_version_with_its_store(station):
    launcher, env, data = station
    for n in (1, 2, 3):
        r = _start(launcher, env)
        assert r.returncode == 3 and f"start {n} of 3" in r.stderr
        if n == 1:  # the new version migrates the store on its first start
            sqlite3.connect(data / "visits.db").execute("update alembic_version set version_num='0004'").connection.commit()
    r = _start(launcher, env)
    assert r.returncode == 0, r.stderr
    assert "ROLLBACK: version 1.0-2 did not reach the welcome screen in 3 starts; running the previous version 1.0-1" in r.stderr
    assert r.stdout.strip() == "ran 1.0-1 rolled_back_from=1.0-2"
    assert _revision(data / "visits.db") == "0003"  # the store as the previous version left it
    aside = list(data.glob("visits.db.from-1.0-2-*"))
    assert len(aside) == 1 and _revision(aside[0]) == "0004"  # kept, never deleted
    r = _start(launcher, env)  # and it stays on the previous version, without another restore
    assert r.stdout.strip() == "ran 1.0-1 rolled_back_from=1.0-2" and "ROLLBACK" not in r.stderr


def test_a_version_that_reaches_welcome_is_kept(station, tmp_path):
    launcher, env, data = station
    (tmp_path / "opt" / "kiosk").write_text('#!/bin/sh\necho "$KIOSK_RUNNING_VERSION" > "$KIOSK_UPDATE_STATE/confirmed"\n')
    assert _start(launcher, env).returncode == 0
    assert (data / "update" / "confirmed").read_text().strip() == "1.0-2"
    for _ in range(5):  # confirmed: no more counting, no rollback whatever happens later
        r = _start(launcher, env)
        assert r.returncode == 0 and "start" not in r.stderr


def test_no_previous_bundle_just_runs(station, tmp_path):
    launcher, env, _ = station
    env["KIOSK_PREVIOUS"] = str(tmp_path / "none")
    for _ in range(5):
        r = _start(launcher, env)
        assert r.returncode == 3 and "ROLLBACK" not in r.stderr
