"""Table-driven tests for extractor.numbers (Vietnamese digits and number words)."""
from __future__ import annotations

import pytest

from extractor.numbers import magnitude_words, parse_digits, parse_number, parse_ordinal

GOOD = [
    # digits: "." thousands, "," decimal
    ("0", 0), ("9,5", 9.5), ("100.000", 100000), ("1.200.000", 1200000), ("3.000.000", 3000000),
    ("1,1", 1.1), ("01,10", 1.1), (",77", 0.77), ("100000", 100000), ("1.000,5", 1000.5),
    ("1,200,000", 1200000), ("1.5", 1.5), ("2019", 2019),
    # suffixes
    ("100K", 100000), ("100k", 100000), ("3M", 3000000), ("3000K", 3000000), ("3.000K", 3000000),
    ("1,2M", 1200000), (",0012G", 1200000),
    # negatives
    ("-1200000", -1200000), ("- 1.200.000", -1200000), ("âm 1.200.000", -1200000), ("-1,2M", -1200000),
    ("-,0012G", -1200000),
    # words
    ("không", 0), ("một", 1), ("hai", 2), ("mười", 10), ("mười bốn", 14), ("mười lăm", 15),
    ("hai mươi", 20), ("hai mươi mốt", 21), ("ba mươi ba", 33), ("bốn mươi tư", 44), ("hai chục", 20),
    ("trăm", 100), ("một trăm linh năm", 105), ("một trăm lẻ năm", 105), ("trăm rưỡi", 150),
    ("năm nghìn", 5000), ("năm ngàn", 5000), ("5 nghìn", 5000), ("hai trăm nghìn", 200000),
    ("một tỷ", 1e9), ("một tỉ", 1e9), ("nửa triệu", 500000), ("hai triệu rưỡi", 2500000),
    ("hai mươi mốt nghìn không trăm mười một", 21011),
    ("bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012),
    ("hai tỷ ba trăm triệu", 2.3e9), ("3 tỷ 500 triệu", 3.5e9), ("một nghìn tỷ", 1e12), ("nghìn tỷ", 1e12),
    ("9,5 triệu", 9.5e6), ("3,74 tỷ", 3.74e9), ("681 tỷ", 681e9),
    # spoken decimals
    ("2 chấm 23", 2.23), ("hai phẩy 23", 2.23), ("một chấm ba", 1.3), ("hai phẩy 05", 2.05),
]

BAD = ["", "abc", "USD", "hai ba", "mười mười", "9,5 USD", "1-2", "ba mươi mươi", "phẩy 5"]


@pytest.mark.parametrize(("text", "value"), GOOD, ids=[t for t, _ in GOOD])
def test_parse_number_good(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, abs=1e-9)


@pytest.mark.parametrize("text", BAD)
def test_parse_number_bad(text: str) -> None:
    assert parse_number(text) is None


def test_exact_decimal_arithmetic() -> None:
    """Values that binary floats get wrong when multiplied naively must come out exact."""
    assert parse_number(",0012G") == 1200000.0
    assert parse_number("3,74 tỷ") == 3740000000.0
    assert parse_digits("1.200") == 1200


@pytest.mark.parametrize(("text", "value"), [("thứ nhất", 1), ("đầu tiên", 1), ("thứ 1", 1), ("thứ hai", 2),
                                             ("thứ tư", 4), ("thứ mười", 10)])
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["hai", "thứ", "đầu", "thứ không"])
def test_parse_ordinal_bad(text: str) -> None:
    assert parse_ordinal(text) is None


def test_magnitude_words() -> None:
    assert magnitude_words("80 triệu") == 1_000_000
    assert magnitude_words("2 nghìn tỷ") == 10**12
    assert magnitude_words("80") is None
