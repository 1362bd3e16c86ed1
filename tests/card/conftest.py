"""Virtual card profiles shared by the card tests (made once per session: a
profile carries a freshly generated test PKI and a signed SOD)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drivers.card.emulator.photo import synthetic_photo
from drivers.card.emulator.profile import load_pki, make_profile
from virtual_cards import PERSON, PHOTO



@pytest.fixture(scope="session")
def profile_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("card") / "anh"
    make_profile(out, PERSON, PHOTO)
    return out


@pytest.fixture(scope="session")
def other_csca_dir(tmp_path_factory) -> Path:
    """A second, unrelated test CSCA: a trust store that does not know our cards."""
    out = tmp_path_factory.mktemp("card") / "stranger"
    make_profile(out, PERSON, PHOTO, clone_checks=False)
    return out


@pytest.fixture(scope="session")
def tampered_dir(tmp_path_factory, profile_dir) -> Path:
    """The same card with one DG13 letter changed after the SOD was signed."""
    out = tmp_path_factory.mktemp("card") / "tampered"
    shutil.copytree(profile_dir, out)
    dg13 = out / "files" / "dg13.bin"
    data = dg13.read_bytes()
    assert b"Kinh" in data
    dg13.write_bytes(data.replace(b"Kinh", b"Kinx", 1))
    return out


@pytest.fixture(scope="session")
def extended_dir(tmp_path_factory, profile_dir) -> Path:
    out = tmp_path_factory.mktemp("card") / "extended"
    make_profile(out, PERSON, synthetic_photo(20_000), extended_length=True, pki=load_pki(profile_dir))
    return out
