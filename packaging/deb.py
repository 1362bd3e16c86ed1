"""Build the .deb from the bundle with dpkg-deb: the bundle under PREFIX, the command,
the unit, the udev rules, the example configuration, the maintainer scripts (layout.py has the names).

Depends: is worked out from the bundle itself: every library its ELF files link that
the bundle does not carry (PyInstaller leaves out glibc, the GL/EGL stack and the
Wayland client libraries on purpose; kiosk.spec leaves out every other library of the
build machine's /usr/lib, fontconfig's among them) is traced to the Debian package holding it.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import layout
from layout import PACKAGE, PREFIX, ROOT, UDEV_RULES, UNIT

HERE = Path(__file__).resolve().parent
STAGE = layout.WORK / "deb"
# Run-time services the app talks to, the adduser the postinst calls, and the child
# processes of spoken guidance (espeak-ng renders, aplay plays: docs/speech.md).
SERVICE_DEPENDS = ("adduser", "cage", "xwayland", "pcscd", "espeak-ng", "alsa-utils")
MAINTAINER = "Tram Cong dan so kiosk team <kiosk-packaging@example.org>"
DESCRIPTION = """health kiosk for Vietnam's Digital Citizen Stations
 The citizen app of the Tram Cong dan so health corner: chip ID card and face
 check, blood pressure, weight and height, SpO2 and temperature, results with
 advice, and the visit saved to an encrypted queue synced to a FHIR R4 backend.
 .
 It runs fullscreen under the cage Wayland compositor as the unprivileged
 @USER@ user (@UNIT@). Configure @CONF_DIR@/kiosk.toml,
 then run `kiosk provision`.
"""


def _elf_files(bundle: Path) -> list[Path]:
    out = []
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def _needed(elf: Path) -> set[str]:
    out = subprocess.run(["readelf", "-dW", str(elf)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]", out))


def system_libraries(bundle: Path) -> tuple[set[Path], set[str]]:
    """(libraries outside the bundle that its files link directly, sonames found nowhere),
    as ldd sees them with the library path the bundle's bootloader sets. Direct links only,
    as dpkg-shlibdeps does: a system library's own dependencies are its package's to declare."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    outside: set[Path] = set()
    missing: set[str] = set()
    for elf in _elf_files(bundle):
        r = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        needed = _needed(elf)
        for line in r.stdout.splitlines():
            m = re.match(r"\s*(\S+) => (not found|(\S+) \(0x)", line)
            if not m:
                continue
            if m.group(2) == "not found":
                missing.add(m.group(1))
            elif m.group(1) in needed and not Path(m.group(3)).resolve().is_relative_to(bundle.resolve()):
                outside.add(Path(m.group(3)))
    return outside, missing


def library_packages(libs: set[Path]) -> set[str]:
    """The Debian packages holding these files (dpkg -S), without the architecture."""
    packages: set[str] = set()
    for lib in sorted(libs):
        for candidate in (str(lib), str(lib.resolve()), str(lib).replace("/usr/lib/", "/lib/", 1),
                          str(lib).replace("/lib/", "/usr/lib/", 1)):
            r = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if r.returncode == 0:
                packages.update(p.split(":")[0].strip() for p in r.stdout.split(": ")[0].split(","))
                break
        else:
            raise SystemExit(f"no Debian package holds {lib}, which the bundle needs")
    return packages


def depends(bundle: Path) -> list[str]:
    outside, missing = system_libraries(bundle)
    if missing:
        raise SystemExit(f"the bundle needs libraries found nowhere: {', '.join(sorted(missing))}")
    return sorted(library_packages(outside) | set(SERVICE_DEPENDS))


def _changelog(version: str) -> bytes:
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(_epoch()))
    text = (f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
            f"  * Built by ./dev package from the project's repository.\n\n"
            f" -- {MAINTAINER}  {date}\n")
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def _epoch() -> int:
    """SOURCE_DATE_EPOCH, else the commit's time: two builds of a commit stamp the same."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    r = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    return int(r.stdout.strip() or time.time())


def _write(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    path.chmod(mode)


def stage(bundle: Path, version: str, arch: str) -> Path:
    root = STAGE / "root"
    shutil.rmtree(STAGE, ignore_errors=True)
    (root / PREFIX.lstrip("/")).parent.mkdir(parents=True)
    subprocess.run(["cp", "-a", str(bundle), str(root / PREFIX.lstrip("/"))], check=True)
    # Updates and rollback (docs/updates.md): the installed version, and the launcher the unit runs.
    _write(root / PREFIX.lstrip("/") / "VERSION", version + "\n")
    _write(root / "usr/lib" / PACKAGE / "kiosk-launch", layout.fill((HERE / "update" / "kiosk-launch").read_text()), 0o755)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / layout.COMMAND.lstrip("/")).symlink_to(f"{PREFIX}/kiosk")
    _write(root / "lib/systemd/system" / UNIT, layout.fill((HERE / "systemd" / f"{PACKAGE}.service.in").read_text()))
    _write(root / "lib/udev/rules.d" / UDEV_RULES, (HERE / "udev" / UDEV_RULES).read_text())
    # Not /etc/.../kiosk.toml: the postinst makes that from this once (packaging/debian/postinst.in says why).
    _write(root / layout.EXAMPLE_CONFIG.lstrip("/"), (ROOT / "config" / "kiosk.example.toml").read_bytes())
    doc = root / "usr/share/doc" / PACKAGE
    _write(doc / "copyright", (HERE / "debian" / "copyright").read_text())
    _write(doc / "changelog.gz", _changelog(version))
    _write(root / "usr/share/lintian/overrides" / PACKAGE, (HERE / "debian" / "lintian-overrides").read_text())

    control = root / "DEBIAN"
    control.mkdir()
    for script in ("postinst", "prerm", "postrm"):
        _write(control / script, layout.fill((HERE / "debian" / f"{script}.in").read_text()), 0o755)
    # packaging/update's fragments, run first with the script's arguments (docs/updates.md).
    _write(control / "preinst", "#!/bin/sh\nset -e\n" + layout.fill((HERE / "update" / "preinst.sh").read_text())
           + "exit 0\n", 0o755)
    postrm = (control / "postrm").read_text().split("\n", 1)
    _write(control / "postrm", postrm[0] + "\n" + layout.fill((HERE / "update" / "postrm.sh").read_text())
           + postrm[1], 0o755)
    sums, size = [], 0
    for p in sorted(root.rglob("*")):
        if p.is_relative_to(control):
            continue
        size += p.lstat().st_size if not p.is_dir() else 4096
        if p.is_file() and not p.is_symlink():
            sums.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root)}\n")
    _write(control / "md5sums", "".join(sums))
    fields = {
        "Package": PACKAGE, "Version": version, "Architecture": arch, "Maintainer": MAINTAINER,
        "Installed-Size": str((size + 1023) // 1024), "Depends": ", ".join(depends(bundle)),
        "Section": "misc", "Priority": "optional",
        "Description": layout.fill(DESCRIPTION).rstrip("\n"),
    }
    _write(control / "control", "".join(f"{k}: {v}\n" for k, v in fields.items()))
    return root


def build(bundle: Path, version: str, out_dir: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = stage(bundle, version, arch)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(_epoch()))
    # gzip: xz -6 saves ~20% of the download but took 6 min on 2 shared cores against
    # well under a minute, and every apt and reprepro reads gzip. Level 6, not dpkg-deb's 9:
    # 0.4% larger (187.5 MB against 186.7) for a quarter of the time (27 s against 103 s).
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(deb)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return deb
