import pytest

from drivers.card.errors import ParseError
from drivers.card.mrz import build_td1, can_from_id_number, check_digit, mrz_information, mrz_information_from_fields, parse_td1

# The synthetic Vietnamese TD1 of card.md §2.
VN_MRZ = "IDVNM0990123459001099012345<<0\n9901018M3901016VNM<<<<<<<<<<<0\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<"


@pytest.mark.parametrize(
    "text,digit",
    [("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("D23145890", "7"), ("<<<<<<", "0"), ("001099012345", "0")],
)
def test_check_digit_icao_examples(text, digit):
    assert check_digit(text) == digit


def test_parse_vietnamese_td1():
    td1 = parse_td1(VN_MRZ)
    assert td1.document_number == "099012345"
    assert td1.id_number == "001099012345"
    assert (td1.date_of_birth, td1.sex, td1.date_of_expiry) == ("990101", "M", "390101")
    assert (td1.surname, td1.given_names) == ("NGUYEN", "VAN AN")
    assert mrz_information(td1) == "099012345999010183901016"
    assert mrz_information_from_fields("099012345", "990101", "390101") == mrz_information(td1)
    assert "NGUYEN" not in repr(td1)


def test_icao_td1_specimen():
    # ICAO 9303-5 Appendix A TD1 specimen (Utopia).
    td1 = parse_td1("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    assert mrz_information(td1) == "D23145890774081221204159"


@pytest.mark.parametrize("pos", [14, 36, 44, 59, 29])
def test_every_check_digit_is_verified(pos):
    flat = VN_MRZ.replace("\n", "")
    wrong = str((int(flat[pos]) + 1) % 10)
    with pytest.raises(ParseError):
        parse_td1(flat[:pos] + wrong + flat[pos + 1 :])


def test_build_matches_the_reference_and_strips_diacritics():
    built = build_td1("001099012345", "Nguyễn Văn An", "990101", "M", "390101")
    assert built == VN_MRZ
    assert build_td1("001099012345", "Đặng Thị Ánh", "990101", "F", "390101").endswith("DANG<<THI<ANH" + "<" * 17)


def test_bad_shapes_are_clean_errors():
    for text in ("", "abc", VN_MRZ.replace("N", "ñ"), VN_MRZ[:-1]):
        with pytest.raises(ParseError):
            parse_td1(text)


def test_can_is_the_last_six_digits_of_the_id():
    assert can_from_id_number("001099012345") == "012345"
    for bad in ("01234", "00109901234X", ""):
        with pytest.raises(ParseError):
            can_from_id_number(bad)
