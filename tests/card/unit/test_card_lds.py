"""LDS files: build -> parse round trips, Vietnamese DG13 text, DG2 image discovery."""
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from drivers.card import lds
from drivers.card.errors import ParseError
from drivers.card.tlv import encode_tlv

VN_FIELDS = {
    "id_number": "001099012345",
    "full_name": "Nguyễn Thị Ánh Tuyết",
    "date_of_birth": "01/01/1999",
    "sex": "Nữ",
    "nationality": "Việt Nam",
    "ethnicity": "Kinh",
    "religion": "Không",
    "hometown": "Xã Đông Hòa, Huyện Đông Sơn, Thanh Hóa",
    "residence": "Số 12 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội",
    "identifying_marks": "Nốt ruồi c:2cm trên sau mép phải",
    "date_of_issue": "01/01/2021",
    "date_of_expiry": "01/01/2039",
    "old_id_number": "123456789",
}


def test_dg13_vietnamese_round_trip():
    data = lds.build_dg13(VN_FIELDS, father="Nguyễn Văn Bình", mother="Trần Thị Cúc", spouse="Lê Văn Đức")
    dg13 = lds.parse_dg13(data)
    assert dg13.fields == VN_FIELDS
    assert (dg13.father, dg13.mother, dg13.spouse) == ("Nguyễn Văn Bình", "Trần Thị Cúc", "Lê Văn Đức")
    assert "Tuyết" not in repr(dg13)


def test_dg13_normalises_to_nfc_and_reads_by_number_not_position():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn An")
    assert decomposed != "Nguyễn Văn An"

    def field(n, text):
        return encode_tlv(0x30, encode_tlv(0x02, bytes([n])) + encode_tlv(0x0C, text.encode()))

    # Out of order, a decomposed name, an unknown field number, no spouse.
    body = field(4, "Nam") + field(2, decomposed) + field(99, "x") + field(1, "001099012345")
    oid = bytes.fromhex("060628D316010008")
    data = encode_tlv(0x6D, encode_tlv(0x30, encode_tlv(0x02, b"\x01") + oid + encode_tlv(0x31, body)))
    dg13 = lds.parse_dg13(data)
    assert dg13.get("full_name") == "Nguyễn Văn An"
    assert dg13.get("sex") == "Nam" and dg13.get("id_number") == "001099012345"
    assert dg13.fields["field_99"] == "x" and dg13.spouse == ""


def test_com_and_dg1_round_trip():
    com = lds.parse_com(lds.build_com([1, 2, 13, 14, 15]))
    assert com.data_groups == (1, 2, 13, 14, 15) and com.lds_version == "0107"
    mrz = "IDVNM0990123459001099012345<<0\n9901018M3901016VNM<<<<<<<<<<<0\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<"
    dg1 = lds.build_dg1(mrz)
    assert dg1[:5] == bytes.fromhex("615D5F1F5A")
    assert lds.parse_dg1(dg1).id_number == "001099012345"


@pytest.mark.parametrize(
    "image,fmt",
    [
        (b"\xff\xd8\xff\xe0" + bytes(300), "jpeg"),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(300), "jpeg2000"),
        (b"\xff\x4f\xff\x51" + bytes(300), "jpeg2000"),
    ],
)
def test_dg2_finds_the_image(image, fmt):
    face = lds.parse_dg2(lds.build_dg2(image, fmt, 480, 640))
    assert face.format == fmt and face.data == image and (face.width, face.height) == (480, 640)


def test_dg2_without_image_is_a_parse_error():
    with pytest.raises(ParseError):
        lds.parse_dg2(lds.build_dg2(b"not an image", "jpeg"))


def test_security_infos_and_dg15():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    infos = [("0.4.0.127.0.7.2.2.3.2.2", lds.der_int(1), lds.der_int(1))]
    parsed = lds.parse_dg14(lds.build_dg14(infos))
    assert parsed[0].protocol == "0.4.0.127.0.7.2.2.3.2.2" and lds.parse_der_int(parsed[0].required) == 1
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert lds.parse_dg15(lds.build_dg15(der)).dump() == der


_VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ,./-0123456789"


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(set(lds.DG13_FIELDS.values()) - {"parents", "spouse"})),
                       st.text(alphabet=_VIETNAMESE, min_size=1, max_size=120), max_size=8),
       st.text(alphabet=_VIETNAMESE, max_size=40))
def test_dg13_round_trip_any_vietnamese_text(fields, father):
    decomposed = {k: unicodedata.normalize("NFD", v) for k, v in fields.items()}
    dg13 = lds.parse_dg13(lds.build_dg13(decomposed, father=father))
    assert dg13.fields == {k: unicodedata.normalize("NFC", v) for k, v in fields.items()}
    assert dg13.father == unicodedata.normalize("NFC", father)
