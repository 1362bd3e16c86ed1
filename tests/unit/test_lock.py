"""The locked dependency set: every package pinned with hashes, and the venvs hold exactly the locks.

`./dev` installs lock/dev.txt (and lock/fhir-server.txt for the local FHIR
server) in pip's hash-checking mode; these tests catch a lock that drifted
from pyproject.toml and a venv that holds something the lock does not name.
"""
from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ROOT / "lock"
FHIR_PYTHON = ROOT / ".venv" / "opt" / "sekmet-fhir" / "bin" / "python"


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    applies: bool  # its environment marker holds on this machine
    hashes: int


def read_lock(path: Path) -> dict[str, Pin]:
    pins: dict[str, Pin] = {}
    current: Requirement | None = None
    for raw in path.read_text().splitlines():
        line = raw.strip().rstrip("\\").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("--hash=sha256:"):
            assert current is not None, f"{path.name}: hash before any requirement"
            name = canonicalize_name(current.name)
            pins[name] = Pin(name, pins[name].version, pins[name].applies, pins[name].hashes + 1)
            continue
        current = Requirement(line)
        (spec,) = current.specifier  # exactly one, and it must be ==
        assert spec.operator == "==", f"{path.name}: {line} is not pinned"
        applies = current.marker is None or current.marker.evaluate()
        pins[canonicalize_name(current.name)] = Pin(canonicalize_name(current.name), spec.version, applies, 0)
    return pins


def project_requirements(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    return [Requirement(r) for r in reqs]


@pytest.mark.parametrize("lock", ["dev.txt", "app.txt", "fhir-server.txt", "tools.txt"])
def test_every_pin_is_exact_and_hashed(lock):
    pins = read_lock(LOCKS / lock)
    assert pins
    unhashed = [p.name for p in pins.values() if p.hashes == 0]
    assert not unhashed, f"{lock}: no hash for {unhashed}"


@pytest.mark.parametrize("lock, extras", [("dev.txt", ("test", "packaging")), ("app.txt", ())])
def test_lock_satisfies_pyproject(lock, extras):
    pins = read_lock(LOCKS / lock)
    for req in project_requirements(extras):
        pin = pins.get(canonicalize_name(req.name))
        assert pin, f"{lock} lacks {req.name}: run ./dev lock"
        assert req.specifier.contains(pin.version, prereleases=True), f"{lock}: {req} but {pin.version} is pinned"


def test_app_lock_is_the_runtime_part_of_the_dev_lock():
    dev, app = read_lock(LOCKS / "dev.txt"), read_lock(LOCKS / "app.txt")
    assert {n: p.version for n, p in app.items()} == {n: dev[n].version for n in app}
    assert "pytest" not in app and "pyinstaller" not in app


def _versions(dists) -> dict[str, str]:
    return {canonicalize_name(d.metadata["Name"]): d.version for d in dists}


def test_the_venv_holds_exactly_the_dev_lock():
    installed = _versions(metadata.distributions())
    installed.pop("tram-kiosk")  # the project itself, installed editable
    installed.pop("pip", None)  # the installer, put there by the venv module
    wanted = {p.name: p.version for p in read_lock(LOCKS / "dev.txt").values() if p.applies}
    assert installed == wanted, "the venv differs from lock/dev.txt: run ./dev setup"


@pytest.mark.skipif(not FHIR_PYTHON.exists(), reason="the local FHIR server's venv is made by ./dev setup")
def test_the_fhir_server_venv_holds_exactly_its_lock():
    script = "import importlib.metadata as m, json; print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))"
    # Run outside the repo, whose tram_kiosk.egg-info would be found on sys.path.
    out = subprocess.run([str(FHIR_PYTHON), "-c", script], capture_output=True, text=True, check=True,
                         cwd=FHIR_PYTHON.parent).stdout
    installed = {canonicalize_name(n): v for n, v in json.loads(out).items()}
    for seeded in ("pip", "setuptools"):  # put there by the venv module, not by us
        installed.pop(seeded, None)
    wanted = {p.name: p.version for p in read_lock(LOCKS / "fhir-server.txt").values() if p.applies}
    assert installed == wanted


def test_the_set_up_installs_only_in_hash_checking_mode():
    dev = (ROOT / "dev").read_text()
    installs = [line for line in dev.splitlines() if re.search(r"pip install", line) and not line.lstrip().startswith("#")]
    assert installs
    for line in installs:
        assert "--require-hashes" in line or "--no-deps --no-build-isolation -e ." in line, line
