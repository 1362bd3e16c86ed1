import pytest

from kiosk.speech.numbers_vi import integer_words, number_words


@pytest.mark.parametrize("n, words", [
    (0, "không"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (15, "mười lăm"),
    (21, "hai mươi mốt"),
    (24, "hai mươi bốn"),
    (25, "hai mươi lăm"),
    (55, "năm mươi lăm"),
    (60, "sáu mươi"),
    (81, "tám mươi mốt"),
    (98, "chín mươi tám"),
    (100, "một trăm"),
    (105, "một trăm lẻ năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (126, "một trăm hai mươi sáu"),
    (181, "một trăm tám mươi mốt"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm lẻ năm"),
    (1234, "một nghìn hai trăm ba mươi tư".replace("tư", "bốn")),
    (2050, "hai nghìn không trăm năm mươi"),
    (1_000_001, "một triệu không trăm lẻ một"),
    (-3, "âm ba"),
])
def test_integers(n, words):
    assert integer_words(n) == words


@pytest.mark.parametrize("value, decimals, words", [
    (36.5, 1, "ba mươi sáu phẩy năm"),
    (37.0, 1, "ba mươi bảy"),
    (22.04, 2, "hai mươi hai phẩy không bốn"),
    (165.25, 2, "một trăm sáu mươi lăm phẩy hai mươi lăm"),
    (97.6, 0, "chín mươi tám"),
    (-0.04, 1, "không"),
])
def test_decimals(value, decimals, words):
    assert number_words(value, decimals) == words
