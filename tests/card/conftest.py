"""Virtual card profiles shared by the card tests (made once per session: a
profile carries a freshly generated test PKI and a signed SOD)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drivers.card.emulator.photo import synthetic_photo
from drivers.card.emulator.profile import load_pki, make_profile, resign
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


# DG13 files a genuine chip might carry that our parser does not understand:
# broken TLV, and a layout with no field set (card.md §8 is not verified on real cards).
ODD_DG13 = {
    "broken_tlv": bytes.fromhex("6D0430020205"),
    "unknown_layout": bytes.fromhex("6D0A30080201010403010203"),
}


@pytest.fixture(scope="session", params=[*ODD_DG13, "absent"])
def odd_dg13_dir(request, tmp_path_factory, profile_dir) -> Path:
    """A genuine card (SOD signed over what it holds) whose DG13 is unreadable or absent."""
    out = tmp_path_factory.mktemp("card") / f"dg13_{request.param}"
    shutil.copytree(profile_dir, out)
    dg13 = out / "files" / "dg13.bin"
    if request.param == "absent":
        dg13.unlink()
    else:
        dg13.write_bytes(ODD_DG13[request.param])
    resign(out)
    return out
