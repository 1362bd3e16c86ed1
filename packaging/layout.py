"""Where the package puts things on a station: the one place these names are written.

The spec, the .deb builder, the maintainer scripts and unit (templates filled from
here), the tests and the docs all read them from this module.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout
DIST = ROOT / "dist"  # what `./dev package` leaves for deployers and for the chroot test
WORK = ROOT / "build" / "packaging"  # scratch: build venv, PyInstaller work dir, .deb staging

PACKAGE = "tram-kiosk"  # Debian package, bundle directory and system user share the name
BUNDLE = DIST / PACKAGE  # the PyInstaller one-dir bundle (production: no demo parts)
DEMO_ADDON = DIST / f"{PACKAGE}-demo"  # demo parts, laid out to be copied over a bundle
PREFIX = f"/opt/{PACKAGE}"  # the bundle on a station
COMMAND = "/usr/bin/kiosk"  # symlink to PREFIX/kiosk
USER = PACKAGE
GROUPS = ("dialout", "video")  # serial devices, camera
CONF_DIR = f"/etc/{PACKAGE}"  # kiosk.toml (made once by the postinst, not a conffile) and the store key
EXAMPLE_CONFIG = f"/usr/share/{PACKAGE}/kiosk.example.toml"  # this version's example, kiosk.toml's first copy
DATA_DIR = f"/var/lib/{PACKAGE}"  # the store; same as paths.data_dir in config/kiosk.example.toml
LOG_DIR = f"/var/log/{PACKAGE}"  # kiosk.log; same as paths.log_dir there
UNIT = f"{PACKAGE}.service"
UDEV_RULES = f"60-{PACKAGE}.rules"
PCSCD_SOCKET = "/run/pcscd"  # pcscd's socket directory, reached from inside the unit's sandbox

# Template fields (@NAME@) in packaging/debian/* and packaging/systemd/*.
FIELDS = {
    "PACKAGE": PACKAGE, "PREFIX": PREFIX, "COMMAND": COMMAND, "USER": USER,
    "GROUPS": " ".join(GROUPS), "CONF_DIR": CONF_DIR, "DATA_DIR": DATA_DIR, "LOG_DIR": LOG_DIR,
    "UNIT": UNIT, "PCSCD_SOCKET": PCSCD_SOCKET, "EXAMPLE_CONFIG": EXAMPLE_CONFIG,
}


def fill(template: str) -> str:
    for key, value in FIELDS.items():
        template = template.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", template)
    if leftover:
        raise ValueError(f"unfilled template fields: {sorted(set(leftover))}")
    return template
