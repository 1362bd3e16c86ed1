"""The .deb: its listing, its control data, lintian, the unit and the udev rules."""
from __future__ import annotations

import re
import subprocess
import tomllib

import pytest

import layout

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def unpacked(package, tmp_path_factory):
    root = tmp_path_factory.mktemp("deb")
    subprocess.run(f"dpkg-deb --fsys-tarfile {package['deb']} | tar -x -C {root} "
                   f"./lib ./usr", shell=True, check=True)
    return root


def test_listing(package):
    listing = _run("dpkg-deb", "-c", str(package["deb"]))
    for path in (f".{layout.PREFIX}/kiosk", f".{layout.PREFIX}/_internal/kiosk/qml/Kiosk/Main.qml",
                 f"./lib/systemd/system/{layout.UNIT}", f"./lib/udev/rules.d/{layout.UDEV_RULES}",
                 f".{layout.EXAMPLE_CONFIG}", f"./usr/share/doc/{layout.PACKAGE}/copyright"):
        assert re.search(rf" {re.escape(path)}( |$)", listing, re.M), path
    assert re.search(rf" \.{layout.COMMAND} -> {layout.PREFIX}/kiosk$", listing, re.M)
    assert "emulator" not in listing and "vpcd" not in listing
    assert re.search(r"^-\S+ root/root .*kiosk.example.toml$", listing, re.M)
    # Nothing in /etc: the postinst makes kiosk.toml once, so no upgrade asks a conffile question.
    assert not re.search(r" \./etc/\S", listing), re.findall(r" (\./etc/\S+)", listing)


def test_control(package):
    info = _run("dpkg-deb", "-I", str(package["deb"]))
    fields = dict(re.findall(r"^ (\S+): (.*)$", info, re.M))
    assert fields["Package"] == layout.PACKAGE and fields["Version"] == package["version"]
    depends = {d.strip() for d in fields["Depends"].split(",")}
    assert {"cage", "pcscd", "adduser", "libegl1", "libwayland-client0"} <= depends
    assert {"espeak-ng", "alsa-utils"} <= depends  # spoken guidance (docs/speech.md)
    # The system's fontconfig, whose package brings /etc/fonts (fontconfig-config): with a copy in
    # the bundle and no configuration, Qt printed "Fontconfig error" at every start.
    assert {"libfontconfig1", "libssl3", "libstdc++6"} <= depends
    assert not any("vpcd" in d or "vsmartcard" in d for d in depends)
    ctrl = subprocess.run(f"dpkg-deb --ctrl-tarfile {package['deb']} | tar -t", shell=True,
                          check=True, capture_output=True, text=True).stdout
    assert "./conffiles" not in ctrl.split()
    for script in ("postinst", "prerm", "postrm"):
        assert re.search(rf"\s{script}\s+#!/bin/sh", info), script


def test_purge_warns_and_removal_keeps_data(package):
    postrm = subprocess.run(f"dpkg-deb --ctrl-tarfile {package['deb']} | tar -xO ./postrm", shell=True,
                            check=True, capture_output=True, text=True).stdout
    subprocess.run(["sh", "-n"], input=postrm, text=True, check=True)
    ours = postrm[postrm.index("\nremove)"):]  # after packaging/update's fragment (docs/updates.md)
    purge = ours[ours.index("purge)"):]
    assert "NOT YET SENT" in purge and purge.index("WARNING") < purge.index("rm -rf")
    remove = ours[:ours.index("purge)")]
    assert "rm " not in remove


def test_lintian_reports_no_error(package):
    r = subprocess.run(["lintian", "--fail-on", "error", "--suppress-tags-from-file", "/dev/null",
                        str(package["deb"])], capture_output=True, text=True)
    errors = [line for line in r.stdout.splitlines() if line.startswith("E:")]
    assert errors == [] and r.returncode == 0, r.stdout[-3000:]


def test_systemd_accepts_the_unit(unpacked):
    unit = unpacked / "lib" / "systemd" / "system" / layout.UNIT
    r = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True)
    assert r.returncode == 0 and "tram-kiosk" not in r.stderr, r.stderr
    text = unit.read_text()
    for line in ("Type=notify", "NotifyAccess=all", "Restart=always", "NoNewPrivileges=yes",
                 "ProtectSystem=strict", "PrivateTmp=yes", "ProtectHome=yes", f"User={layout.USER}",
                 f"CacheDirectory={layout.PACKAGE}"):  # [speech] cache_dir is writable
        assert f"\n{line}\n" in text, line
    assert re.search(r"^WatchdogSec=\d+", text, re.M)
    score = subprocess.run(["systemd-analyze", "security", "--offline=true", str(unit)],
                           capture_output=True, text=True).stdout
    level = float(re.search(r"Overall exposure level for \S+: ([\d.]+)", score).group(1))
    assert level <= 2.5, f"exposure {level}: docs/packaging.md records 2.1; a change made it worse"


def test_udev_names_are_the_example_configs_ports(unpacked):
    rules = (unpacked / "lib" / "udev" / "rules.d" / layout.UDEV_RULES).read_text()
    names = set(re.findall(r'SYMLINK\+="([^"]+)"', rules))
    example = tomllib.loads((layout.ROOT / "config" / "kiosk.example.toml").read_text())
    ports = {d["port"].removeprefix("/dev/") for d in example["devices"].values()}
    assert names == ports
