"""The package's life on a throwaway Debian 12 chroot (mmdebstrap), never on this machine.

The .deb is the session's build of this checkout (the `package` fixture, shared with
tests/packaging). Version N from a local signed repository (file:// inside the chroot,
signed-by, apt checks the signature), provision, a visit sealed with the station's key by the
checkout's store code (into the store layout of an older schema, so the upgrade has a
migration to run), N+1 (the same bundle re-versioned, its example configuration one line
longer, as most releases') from the repository with nothing asked, the kiosk started
by its launcher as its system user, offscreen, until it confirms N+1 at the welcome screen
(migrating the store on the way), the visit read back, then remove (data kept) and purge
(data gone, warning printed).

The base tarball (Debian 12 and the package's dependencies) is cached in .venv/cache/chroot,
keyed on the dependency list: after the first run the chroot needs no network. On the 2-core
VM: base tarball ~110 s the first time; then install N ~5-12 s, the whole test ~40 s
(benchmarks/README.md).
"""
from __future__ import annotations

import hashlib
import json
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
from offline_store.sqlite_store import SqliteVisitStore
from tests.store.visits import make_visit

# ~3 min the first time (the base tarball is downloaded), ~40 s after; the build, when this
# test is the first to need it, gets its own time (tests/packaging_build.py).
pytestmark = [pytest.mark.chroot, pytest.mark.slow, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".venv" / "cache" / "chroot"
PIN = "246813"
EXAMPLE_CONFIG = "/usr/share/tram-kiosk/kiosk.example.toml"  # packaging/layout.py
NEW_EXAMPLE_LINE = "# N+1 documents a new key here"


def _need_root():
    if os.geteuid() != 0:
        pytest.skip("the chroot test needs root (mmdebstrap, chroot, mount)")
    # ./dev test installs them (packaging/apt-packages.txt): missing here is a broken set-up.
    missing = [t for t in ("mmdebstrap", "reprepro", "gpg", "dpkg-deb") if not shutil.which(t)]
    assert not missing, f"missing tools {missing}: WITH_PACKAGING=1 ./dev setup installs them"


def sh(*cmd, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run(list(map(str, cmd)), capture_output=True, **{"text": True, **kw})
    assert r.returncode == 0, f"{cmd}: {r.returncode}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


def _field(deb: Path, name: str) -> str:
    return sh("dpkg-deb", "-f", deb, name).stdout.strip()


def _reversioned(deb: Path, out: Path) -> Path:
    """N+1: the same bundle under a higher version (control Version and the bundle's VERSION),
    whose example configuration documents one more line, as most releases' do."""
    tree = out / "tree"
    sh("dpkg-deb", "-R", deb, tree)
    new = _field(deb, "Version") + "+1"
    control = tree / "DEBIAN" / "control"
    control.write_text(re.sub(r"^Version: .*$", f"Version: {new}", control.read_text(), flags=re.M))
    changed = {"opt/tram-kiosk/VERSION": new + "\n"}
    example = tree / EXAMPLE_CONFIG.lstrip("/")
    changed[EXAMPLE_CONFIG.lstrip("/")] = example.read_text() + NEW_EXAMPLE_LINE + "\n"
    sums = (tree / "DEBIAN" / "md5sums").read_text()
    for rel, text in changed.items():
        (tree / rel).write_text(text)
        sums = re.sub(rf"^\S+(  {re.escape(rel)})$", hashlib.md5(text.encode()).hexdigest() + r"\1", sums, flags=re.M)
    (tree / "DEBIAN" / "md5sums").write_text(sums)
    target = out / f"tram-kiosk_{new}.deb"
    sh("dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "-b", tree, target)
    shutil.rmtree(tree)  # the unpacked bundle: ~470 MB per kept test directory
    return target


def _base_tarball(deb: Path) -> Path:
    deps = sorted({alt.split()[0] for d in _field(deb, "Depends").split(",") for alt in [d.split("|")[0].strip()] if alt})
    key = hashlib.sha256(" ".join(deps).encode()).hexdigest()[:16]
    tar = CACHE / f"bookworm-{key}.tar"
    if not tar.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        # mmdebstrap's own default mirror; the chroot's sources are dropped so later runs stay offline.
        # --format: the name ends in .part, from which mmdebstrap would guess a directory.
        sh("mmdebstrap", "--variant=apt", "--format=tar", f"--include={','.join(deps + ['ca-certificates', 'sqlite3'])}",
           "--customize-hook=rm -f \"$1\"/etc/apt/sources.list \"$1\"/etc/apt/sources.list.d/*",
           "bookworm", str(tar) + ".part", timeout=1800, stdin=subprocess.DEVNULL)
        os.replace(str(tar) + ".part", tar)
        for old in CACHE.glob("bookworm-*.tar"):  # ~430 MB each, for a dependency list gone by
            if old != tar:
                old.unlink()
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
        # No terminal: a question (a conffile prompt, say) fails at once instead of waiting for the timeout.
        r = subprocess.run(["chroot", str(self.root), "/bin/sh", "-ec", script], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=timeout, env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                                                 "DEBIAN_FRONTEND": "noninteractive"})
        if ok:
            assert r.returncode == 0, f"{script}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
        return r

    def start_kiosk(self, until: Path, timeout: float) -> str:
        """Start the kiosk as the unit would, stop it once `until` exists (or it exits); its output."""
        app = subprocess.Popen(
            ["chroot", str(self.root), "/bin/sh", "-c", "cd /var/lib/tram-kiosk && exec runuser -u tram-kiosk -- "
             "env QT_QPA_PLATFORM=offscreen /usr/lib/tram-kiosk/kiosk-launch run "
             "--config /etc/tram-kiosk/kiosk.toml --size 800x600"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, stdin=subprocess.DEVNULL,
            env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"})
        deadline = time.monotonic() + timeout
        while not until.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        app.terminate()
        try:
            return app.communicate(timeout=60)[0]
        except subprocess.TimeoutExpired:
            app.kill()
            return app.communicate()[0]

    def path(self, p: str) -> Path:
        return self.root / p.lstrip("/")


def _remove_tree(root: Path) -> None:
    """The chroot, once unmounted: ~1.5 GB that pytest would keep for three sessions."""
    mounted = [line.split()[4] for line in Path("/proc/self/mountinfo").read_text().splitlines()]
    assert not [m for m in mounted if m.startswith(str(root))], f"still mounted under {root}"
    # --one-file-system as well: never into a mount, whatever the check above missed.
    sh("rm", "-rf", "--one-file-system", root)


def _revision(db: Path) -> str:
    return sqlite3.connect(db).execute("select version_num from alembic_version").fetchone()[0]


def test_install_save_upgrade_remove_purge(tmp_path, package, request):
    # The session's build of this checkout (tests/packaging_build.py), never an older dist/.
    _need_root()
    deb_n = package["deb"]
    figures = {}
    t0 = time.monotonic()
    tar = _base_tarball(deb_n)
    figures["base tarball (s, 0 when cached)"] = round(time.monotonic() - t0, 1)
    deb_n1 = _reversioned(deb_n, tmp_path)
    version_n, version_n1 = _field(deb_n, "Version"), _field(deb_n1, "Version")

    # The deployer's repository, signed with a throwaway key.
    gnupg = tmp_path / "gnupg"
    gnupg.mkdir(mode=0o700)
    stranger = tmp_path / "gnupg-stranger"  # a key the repository is not signed with
    stranger.mkdir(mode=0o700)
    for home in (gnupg, stranger):
        # gpg starts an agent for a new key: it would outlive the test, one per run.
        request.addfinalizer(lambda home=home: subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"],
                                                              capture_output=True))
    env = {**os.environ, "GNUPGHOME": str(gnupg)}
    repo_sh = REPO / "packaging" / "repo" / "repo.sh"
    repo = tmp_path / "root" / "srv" / "repo"
    root = tmp_path / "root"
    root.mkdir()
    sh("tar", "-xf", tar, "-C", root)
    sh(repo_sh, "init", repo, "--throwaway", env=env)
    sh(repo_sh, "add", repo, deb_n, env=env)
    keyring = root / "usr/share/keyrings/tram-kiosk-archive.gpg"
    sh("gpg", "--batch", "--quiet", "--passphrase", "", "--quick-gen-key", "Someone else", "ed25519", "sign", "1d",
       env={**os.environ, "GNUPGHOME": str(stranger)})
    keyring.write_bytes(sh("gpg", "--batch", "--export", env={**os.environ, "GNUPGHOME": str(stranger)},
                           text=False).stdout)
    (root / "etc/apt/sources.list.d/tram-kiosk.list").write_text(
        "deb [signed-by=/usr/share/keyrings/tram-kiosk-archive.gpg] file:/srv/repo bookworm main\n")

    with Chroot(root) as c:
        # signed-by holds apt to that key: with another key in its place, the repository is refused.
        refused = c.run("apt-get update -q", ok=False)
        assert refused.returncode != 0 and "NO_PUBKEY" in refused.stdout + refused.stderr, refused.stderr
        assert c.run("apt-get install -y -q tram-kiosk", ok=False).returncode != 0
        shutil.copy(repo / "tram-kiosk-archive.gpg", keyring)

        t = time.monotonic()
        c.run("apt-get update -q && apt-get install -y -q tram-kiosk")
        figures["install N (s)"] = round(time.monotonic() - t, 1)
        assert c.run("dpkg-query -W -f='${Version}' tram-kiosk").stdout == version_n
        # The station's configuration, made from the example by the postinst (not a conffile).
        assert c.run("stat -c '%a %U:%G' /etc/tram-kiosk/kiosk.toml").stdout.strip() == "640 root:tram-kiosk"
        assert c.path("/etc/tram-kiosk/kiosk.toml").read_text() == c.path(EXAMPLE_CONFIG).read_text()
        prov = c.run(f"printf '{PIN}\\n' | kiosk provision --non-interactive --no-hardware --no-enable "
                     "--station-id VN-TEST-0001 --backend-url https://ehr.test.vn/fhir --pin-stdin", ok=False)
        assert prov.returncode == 0, prov.stdout[-3000:] + prov.stderr[-3000:]
        key_file = c.path("/etc/tram-kiosk/store.key")
        assert key_file.stat().st_size == 32 and (key_file.stat().st_mode & 0o077) == 0
        key, config = key_file.read_bytes(), c.path("/etc/tram-kiosk/kiosk.toml").read_text()
        assert 'id = "VN-TEST-0001"' in config

        # A visit in a store at an older schema, as an older kiosk would have left it.
        data = c.path("/var/lib/tram-kiosk")
        engine = database.make_engine(data / "visits.db")
        database.migrate(engine, "0002")
        v = make_visit(7)
        blob = Sealer(key).seal(visit_to_bytes(v), SqliteVisitStore._aad(v.id))
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
        # The example changed and the station's file did not, and nothing asked (stdin is empty).
        assert NEW_EXAMPLE_LINE in c.path(EXAMPLE_CONFIG).read_text()
        assert c.path("/etc/tram-kiosk/kiosk.toml").read_text() == config
        assert sorted(p.name for p in c.path("/etc/tram-kiosk").glob("kiosk.toml*")) == ["kiosk.toml"]

        # The first start of N+1, as the unit starts it (the launcher, as the kiosk's user; offscreen:
        # the chroot has no screen), migrates the store and, at the welcome screen, confirms N+1.
        t = time.monotonic()
        out = c.start_kiosk(until=c.path("/var/lib/tram-kiosk/update/confirmed"), timeout=180)
        figures["first start of N+1 to the welcome screen (s)"] = round(time.monotonic() - t, 1)
        assert c.path("/var/lib/tram-kiosk/update/confirmed").read_text().strip() == version_n1, out
        # Qt's fontconfig is the system's, configured by the fontconfig-config its package depends on.
        assert "Fontconfig" not in out and c.path("/etc/fonts/fonts.conf").is_file(), out
        assert _revision(data / "visits.db") == database.head_revision(), out
        assert key_file.read_bytes() == key and c.path("/etc/tram-kiosk/kiosk.toml").read_text() == config
        status = json.loads(c.run("kiosk queue --config /etc/tram-kiosk/kiosk.toml status --json").stdout)
        assert (status["queued"], status["store_problem"], status["key_problem"]) == (1, None, None), status
        store = SqliteVisitStore(data, Sealer(key), readonly=True)
        try:
            assert store.load_visit(v.id) == v
        finally:
            store.close()

        c.run("apt-get remove -y -q tram-kiosk")
        assert c.run("dpkg-query -W -f='${Status}' tram-kiosk").stdout == "deinstall ok config-files"
        assert key_file.read_bytes() == key and c.path("/etc/tram-kiosk/kiosk.toml").read_text() == config
        assert (data / "visits.db").exists() and _revision(data / "visits.db") == database.head_revision()
        assert not c.path("/opt/tram-kiosk").exists() and not c.path("/opt/tram-kiosk.previous").exists()
        purge = c.run("apt-get purge -y -q tram-kiosk")
        # Word for word: an unquoted here-document once ran the `apt remove` it quotes.
        for line in ("tram-kiosk PURGE", "visits NOT YET SENT", "(To keep them, `apt remove` instead of purge.)"):
            assert line in purge.stderr, purge.stdout + purge.stderr
        for gone in ("/var/lib/tram-kiosk", "/etc/tram-kiosk", "/var/log/tram-kiosk"):
            assert not c.path(gone).exists(), gone
        gone = c.run("dpkg-query -W -f='${Status}' tram-kiosk", ok=False)
        assert gone.returncode != 0 or gone.stdout.endswith("not-installed"), gone.stdout
    _remove_tree(root)
    figures["whole test (s)"] = round(time.monotonic() - t0, 1)
    print("chroot install figures:", figures)
