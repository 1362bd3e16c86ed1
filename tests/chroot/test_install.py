"""The package's life on a throwaway Debian 12 chroot (mmdebstrap), never on this machine.

Version N from a local signed repository (file:// inside the chroot, apt checks the
signature), provision, a visit saved through the store API by the checkout's code of the
same commit (into the store layout of an older schema, so the upgrade has a migration to
run), N+1 (the same bundle re-versioned) from the repository, the kiosk started offscreen
as its system user (migrates the store), then remove (data kept) and purge (data gone).

The base tarball (Debian 12 and the package's dependencies) is cached in .venv/cache/chroot,
keyed on the dependency list: after the first run the chroot needs no network.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from offline_store import database
from offline_store.codec import visit_to_bytes
from offline_store.sealing import Sealer
from tests.store.visits import make_visit

pytestmark = [pytest.mark.chroot, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".venv" / "cache" / "chroot"
PIN = "246813"


def _need():
    if os.geteuid() != 0:
        pytest.skip("the chroot test needs root (mmdebstrap, chroot, mount)")
    missing = [t for t in ("mmdebstrap", "reprepro", "gpg", "dpkg-deb") if not shutil.which(t)]
    if missing:
        pytest.skip(f"missing tools {missing}: WITH_PACKAGING=1 ./dev setup installs them")
    debs = sorted((REPO / "dist").glob("tram-kiosk_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        pytest.skip("no dist/tram-kiosk_*.deb: run ./dev package first")
    return debs[-1]


def sh(*cmd, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run(list(map(str, cmd)), capture_output=True, text=True, **kw)
    assert r.returncode == 0, f"{cmd}: {r.returncode}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


def _field(deb: Path, name: str) -> str:
    return sh("dpkg-deb", "-f", deb, name).stdout.strip()


def _reversioned(deb: Path, out: Path) -> Path:
    """N+1: the same bundle under a higher version (control Version and the bundle's VERSION)."""
    tree = out / "tree"
    sh("dpkg-deb", "-R", deb, tree)
    new = _field(deb, "Version") + "+1"
    control = tree / "DEBIAN" / "control"
    control.write_text(re.sub(r"^Version: .*$", f"Version: {new}", control.read_text(), flags=re.M))
    (tree / "opt" / "tram-kiosk" / "VERSION").write_text(new + "\n")
    target = out / f"tram-kiosk_{new}.deb"
    sh("dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "-b", tree, target)
    return target


def _base_tarball(deb: Path) -> Path:
    deps = sorted({alt.split()[0] for d in _field(deb, "Depends").split(",") for alt in [d.split("|")[0].strip()] if alt})
    key = hashlib.sha256(" ".join(deps).encode()).hexdigest()[:16]
    tar = CACHE / f"bookworm-{key}.tar"
    if not tar.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        # mmdebstrap's own default mirror; the chroot's sources are dropped so later runs stay offline.
        sh("mmdebstrap", "--variant=apt", f"--include={','.join(deps + ['ca-certificates', 'sqlite3'])}",
           "--customize-hook=rm -f \"$1\"/etc/apt/sources.list \"$1\"/etc/apt/sources.list.d/*",
           "bookworm", str(tar) + ".part", timeout=1800)
        os.replace(str(tar) + ".part", tar)
    return tar


class Chroot:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.mounts: list[Path] = []

    def __enter__(self):
        for src, dst, opts in (("proc", "proc", ["-t", "proc"]), ("/dev", "dev", ["--bind"])):
            target = self.root / dst
            sh("mount", *opts, src, target)
            self.mounts.append(target)
        return self

    def __exit__(self, *exc):
        for m in reversed(self.mounts):
            subprocess.run(["umount", "-l", str(m)])

    def run(self, script: str, timeout=900, ok=True) -> subprocess.CompletedProcess:
        r = subprocess.run(["chroot", str(self.root), "/bin/sh", "-ec", script], capture_output=True, text=True,
                           timeout=timeout, env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                                                 "DEBIAN_FRONTEND": "noninteractive"})
        if ok:
            assert r.returncode == 0, f"{script}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
        return r

    def path(self, p: str) -> Path:
        return self.root / p.lstrip("/")


def _revision(db: Path) -> str:
    return sqlite3.connect(db).execute("select version_num from alembic_version").fetchone()[0]


def test_install_save_upgrade_remove_purge(tmp_path):
    deb_n = _need()
    figures = {}
    t0 = time.monotonic()
    tar = _base_tarball(deb_n)
    figures["base tarball (s, 0 when cached)"] = round(time.monotonic() - t0, 1)
    deb_n1 = _reversioned(deb_n, tmp_path)
    version_n, version_n1 = _field(deb_n, "Version"), _field(deb_n1, "Version")

    # The deployer's repository, signed with a throwaway key.
    gnupg = tmp_path / "gnupg"
    gnupg.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(gnupg)}
    repo_sh = REPO / "packaging" / "repo" / "repo.sh"
    repo = tmp_path / "root" / "srv" / "repo"
    root = tmp_path / "root"
    root.mkdir()
    sh("tar", "-xf", tar, "-C", root)
    sh(repo_sh, "init", repo, "--throwaway", env=env)
    sh(repo_sh, "add", repo, deb_n, env=env)
    keyring = root / "usr/share/keyrings/tram-kiosk-archive.gpg"
    shutil.copy(repo / "tram-kiosk-archive.gpg", keyring)
    (root / "etc/apt/sources.list.d/tram-kiosk.list").write_text(
        "deb [signed-by=/usr/share/keyrings/tram-kiosk-archive.gpg] file:/srv/repo bookworm main\n")

    with Chroot(root) as c:
        t = time.monotonic()
        c.run("apt-get update -q && apt-get install -y -q tram-kiosk")
        figures["install N (s)"] = round(time.monotonic() - t, 1)
        assert c.run("dpkg-query -W -f='${Version}' tram-kiosk").stdout == version_n
        c.run(f"printf '{PIN}\\n' | kiosk provision --non-interactive --no-hardware --no-enable "
              "--station-id VN-TEST-0001 --backend-url https://ehr.test.vn/fhir --pin-stdin", ok=False)
        key_file = c.path("/etc/tram-kiosk/store.key")
        assert key_file.stat().st_size == 32 and (key_file.stat().st_mode & 0o077) == 0
        key, config = key_file.read_bytes(), c.path("/etc/tram-kiosk/kiosk.toml").read_text()

        # A visit in a store at an older schema, as an older kiosk would have left it.
        data = c.path("/var/lib/tram-kiosk")
        engine = database.make_engine(data / "visits.db")
        database.migrate(engine, "0002")
        v = make_visit(7)
        blob = Sealer(key).seal(visit_to_bytes(v), f"visit:{v.id}:payload".encode())
        with engine.begin() as conn:
            conn.exec_driver_sql("insert into visits (id, station_id, created_at, payload) values (?,?,?,?)",
                                 (v.id, v.station_id, 1.0, blob))
            conn.exec_driver_sql("insert into outbox (id, visit_id, state, attempts, next_attempt_at, created_at) "
                                 "values ('o1', ?, 'queued', 0, 1.0, 1.0)", (v.id,))
        engine.dispose()
        c.run("chown -R tram-kiosk:tram-kiosk /var/lib/tram-kiosk")

        # N+1 from the repository, as a fleet station gets it.
        sh(repo_sh, "add", repo, deb_n1, env=env)
        t = time.monotonic()
        c.run("apt-get update -q && apt-get install -y -q tram-kiosk")
        figures["upgrade to N+1 (s)"] = round(time.monotonic() - t, 1)
        assert c.run("dpkg-query -W -f='${Version}' tram-kiosk").stdout == version_n1
        assert c.path("/opt/tram-kiosk.previous/VERSION").read_text().strip() == version_n
        # The first start of the new version migrates the store (offscreen: the chroot has no screen).
        c.run("cd /var/lib/tram-kiosk && runuser -u tram-kiosk -- env QT_QPA_PLATFORM=offscreen "
              "timeout -s TERM 40 /usr/lib/tram-kiosk/kiosk-launch run --config /etc/tram-kiosk/kiosk.toml "
              "--size 800x600 || true", timeout=120)
        assert _revision(data / "visits.db") == database.head_revision()
        assert key_file.read_bytes() == key and c.path("/etc/tram-kiosk/kiosk.toml").read_text() == config
        status = c.run("kiosk queue --config /etc/tram-kiosk/kiosk.toml status", ok=False)
        assert "1" in status.stdout, status.stdout + status.stderr

        c.run("apt-get remove -y -q tram-kiosk")
        assert (data / "visits.db").exists() and key_file.exists() and c.path("/etc/tram-kiosk/kiosk.toml").exists()
        assert not c.path("/opt/tram-kiosk").exists() and not c.path("/opt/tram-kiosk.previous").exists()
        purge = c.run("apt-get purge -y -q tram-kiosk")
        assert "PURGE" in purge.stdout + purge.stderr
        for gone in ("/var/lib/tram-kiosk", "/etc/tram-kiosk", "/var/log/tram-kiosk"):
            assert not c.path(gone).exists(), gone
    figures["whole test (s)"] = round(time.monotonic() - t0, 1)
    print("chroot install figures:", figures)
