"""Table-driven tests for extractor.money, plus a regression test on the annotated corpus.

GOOD rows assert the exact list of (text, value, currency, qualifier); BAD rows assert no amount at all.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.money import find_amounts, find_percents, parse_amount
from extractor.normalize import normalize_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

GOOD: list[tuple[str, list[tuple[str, float, str, str | None]]]] = [
    # separators and magnitudes
    ("100.000 USD", [("100.000 USD", 1e5, "USD", None)]),
    ("9,5 triệu USD", [("9,5 triệu USD", 9.5e6, "USD", None)]),
    ("3,74 tỷ USD", [("3,74 tỷ USD", 3.74e9, "USD", None)]),
    ("681 tỷ đồng", [("681 tỷ đồng", 681e9, "VND", None)]),
    ("1,2 tỉ USD", [("1,2 tỉ USD", 1.2e9, "USD", None)]),
    ("5 nghìn tỷ đồng", [("5 nghìn tỷ đồng", 5e12, "VND", None)]),
    ("300 ngàn đồng", [("300 ngàn đồng", 3e5, "VND", None)]),
    ("3 tỷ 500 triệu đồng", [("3 tỷ 500 triệu đồng", 3.5e9, "VND", None)]),
    ("hai tỷ đồng", [("hai tỷ đồng", 2e9, "VND", None)]),
    ("mười đô", [("mười đô", 10, "USD", None)]),
    ("500.000đ", [("500.000đ", 5e5, "VND", None)]),
    # currencies
    ("50 đô la", [("50 đô la", 50, "USD", None)]), ("50 đôla", [("50 đôla", 50, "USD", None)]),
    ("50 đô la Mỹ", [("50 đô la Mỹ", 50, "USD", None)]), ("US$ 50", [("US$ 50", 50, "USD", None)]),
    ("$50", [("$50", 50, "USD", None)]), ("US$5 triệu", [("US$5 triệu", 5e6, "USD", None)]),
    ("200 VND", [("200 VND", 200, "VND", None)]), ("200 VNĐ", [("200 VNĐ", 200, "VND", None)]),
    ("10 euro", [("10 euro", 10, "EUR", None)]), ("10 EUR", [("10 EUR", 10, "EUR", None)]),
    ("€10", [("€10", 10, "EUR", None)]), ("200 yên", [("200 yên", 200, "JPY", None)]),
    ("200 triệu Yên Nhật", [("200 triệu Yên Nhật", 2e8, "JPY", None)]),
    ("200 JPY", [("200 JPY", 200, "JPY", None)]), ("3 tỷ won", [("3 tỷ won", 3e9, "KRW", None)]),
    ("100 nhân dân tệ", [("100 nhân dân tệ", 100, "CNY", None)]), ("100 NDT", [("100 NDT", 100, "CNY", None)]),
    ("5 triệu bảng Anh", [("5 triệu bảng Anh", 5e6, "GBP", None)]), ("£5", [("£5", 5, "GBP", None)]),
    ("5 AUD", [("5 AUD", 5, "AUD", None)]), ("5 đô la Úc", [("5 đô la Úc", 5, "AUD", None)]),
    ("10 triệu đô la Singapore", [("10 triệu đô la Singapore", 1e7, "SGD", None)]),
    # qualifiers (the span never includes them)
    ("xấp xỉ là 9,5 triệu USD", [("9,5 triệu USD", 9.5e6, "USD", "approx")]),
    ("xấp xỉ 5,4 triệu USD", [("5,4 triệu USD", 5.4e6, "USD", "approx")]),
    ("gần 2 triệu USD", [("2 triệu USD", 2e6, "USD", "approx")]),
    ("khoảng 3 tỷ USD", [("3 tỷ USD", 3e9, "USD", "approx")]),
    ("ước tính 12 tỷ USD", [("12 tỷ USD", 12e9, "USD", "approx")]),
    ("chừng 5 triệu euro", [("5 triệu euro", 5e6, "EUR", "approx")]),
    ("hơn 8 triệu USD", [("8 triệu USD", 8e6, "USD", "over")]),
    ("hơn 8 triệu USD một chút", [("8 triệu USD", 8e6, "USD", "over")]),
    ("trên 400.000 USD", [("400.000 USD", 4e5, "USD", "over")]),
    ("ngoài 60 triệu USD", [("60 triệu USD", 6e7, "USD", "over")]),
    ("vượt 1 tỷ USD", [("1 tỷ USD", 1e9, "USD", "over")]),
    ("dưới 10.000 USD", [("10.000 USD", 1e4, "USD", "under")]),
    ("chưa đến 5 triệu USD", [("5 triệu USD", 5e6, "USD", "under")]),
    ("chưa tới 5 triệu euro", [("5 triệu euro", 5e6, "EUR", "under")]),
    ("không quá 7.000 đồng", [("7.000 đồng", 7000, "VND", "under")]),
    ("không ít hơn 1,42 đô la", [("1,42 đô la", 1.42, "USD", "over")]),
    ("ít hơn 7 nghìn đồng", [("7 nghìn đồng", 7000, "VND", "under")]),
    ("từ 7000 đồng trở xuống", [("7000 đồng", 7000, "VND", "under")]),
    ("từ $1,42 trở lên", [("$1,42", 1.42, "USD", "over")]),
    # "lên tới" is deliberately no qualifier (see extractor.money docstring)
    ("lên tới 100 triệu USD", [("100 triệu USD", 1e8, "USD", None)]),
    # ranges
    ("từ 100.000 USD đến 400.000 USD", [("100.000 USD", 1e5, "USD", "range-min"),
                                        ("400.000 USD", 4e5, "USD", "range-max")]),
    ("100.000 USD đến 400.000 USD", [("100.000 USD", 1e5, "USD", "range-min"),
                                     ("400.000 USD", 4e5, "USD", "range-max")]),
    ("từ 100.000 đến 400.000 USD", [("100.000 đến 400.000 USD", 1e5, "USD", "range-min"),
                                    ("400.000 USD", 4e5, "USD", "range-max")]),
    ("50-80 triệu USD", [("50-80 triệu USD", 5e7, "USD", "range-min"), ("80 triệu USD", 8e7, "USD", "range-max")]),
    ("20 – 25 triệu USD", [("20 – 25 triệu USD", 2e7, "USD", "range-min"), ("25 triệu USD", 2.5e7, "USD", "range-max")]),
    ("giữa 1000 và 2000 đồng", [("1000 và 2000 đồng", 1000, "VND", "range-min"), ("2000 đồng", 2000, "VND", "range-max")]),
    ("khoảng 11-12 tỷ USD", [("11-12 tỷ USD", 11e9, "USD", "range-min"), ("12 tỷ USD", 12e9, "USD", "range-max")]),
    # equivalents are amounts of their own
    ("30 triệu USD (tương đương 681 tỷ đồng)", [("30 triệu USD", 3e7, "USD", None),
                                                ("681 tỷ đồng", 681e9, "VND", None)]),
    # cents
    ("2 đô la và 23 xen", [("2 đô la và 23 xen", 2.23, "USD", None)]),
    ("hai đô 23", [("hai đô 23", 2.23, "USD", None)]),
    ("mười xu", [("mười xu", 0.1, "USD", None)]),
    # after a symbol, comma groups are English thousands; "USD6" (typo) does not swallow the digit
    ("Tổng chi phí $13,000", [("$13,000", 13000, "USD", None)]),
    ("33 triệu USD6.", [("33 triệu USD", 3.3e7, "USD", None)]),
]

BAD = [
    "30%", "35 %", "12 phần trăm", "chiếm 58% tổng số dự án", "50 dự án", "13 dự án trong năm 2018",
    "2 đồng chí", "ba đồng nghiệp", "hai đồng chủ trì", "10 đô thị", "yên tâm", "5 xu hướng",
    "hàng trăm triệu USD", "vài chục tỷ đồng", "năm 2019", "HAGL 3-0 Đồng Tháp", "(2đ) Chẳng rõ", "9,5",
    "USD", "tỷ giá USD", "đồng USD tăng giá", "không yên tâm", "không đồng nghĩa", "một đồng đôla mạnh",
    "một đồng phạm", "không được một xu nào", "1 pound (1/2kg)",
]


@pytest.mark.parametrize(("text", "expected"), GOOD, ids=[t for t, _ in GOOD])
def test_amounts_good(text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    got = [(a.text, a.value, a.currency, a.qualifier) for a in find_amounts(normalize_text(text))]
    assert [(t, c, q) for t, _, c, q in got] == [(t, c, q) for t, _, c, q in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _, _ in expected])


@pytest.mark.parametrize("text", BAD)
def test_amounts_bad(text: str) -> None:
    assert find_amounts(normalize_text(text)) == []


def test_offsets_and_qualifier_start() -> None:
    text = "Tổng giá trị viện trợ xấp xỉ là 9,5 triệu USD, tăng nhẹ."
    (a,) = find_amounts(text)
    assert text[a.start:a.end] == a.text == "9,5 triệu USD"
    assert a.qualifier_start == text.index("xấp xỉ")


def test_parse_amount() -> None:
    assert parse_amount("9,5 triệu USD") == (9500000.0, "USD")
    assert parse_amount("khoảng 50 dự án") is None


PERCENTS = [
    ("chiếm 30% tổng số", [("30%", 30.0, None)]),
    ("35 % còn lại", [("35 %", 35.0, None)]),
    ("12 phần trăm", [("12 phần trăm", 12.0, None)]),
    ("chiếm trên 58% tổng số", [("58%", 58.0, "over")]),
    ("khoảng 25%", [("25%", 25.0, "approx")]),
    ("tăng 29,8%", [("29,8%", 29.8, None)]),
    ("20-30%", [("20-30%", 20.0, "range-min"), ("30%", 30.0, "range-max")]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTS, ids=[t for t, _ in PERCENTS])
def test_percents(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(p.text, p.value, p.qualifier) for p in find_percents(text)] == expected


@pytest.mark.parametrize("text", ["9,5 triệu USD", "năm 2019", "30 dự án"])
def test_percents_bad(text: str) -> None:
    assert find_percents(text) == []


def _gold_docs() -> list[tuple[str, Path, dict]]:
    out = []
    for gold in sorted(CORPUS.glob("gold/*/*.gold.json")):
        subset = gold.parent.name
        txt = CORPUS / subset / gold.name.replace(".gold.json", ".txt")
        if txt.exists():
            out.append((f"{subset}/{txt.stem}", txt, json.loads(gold.read_text("utf-8"))))
    return out


GOLD_DOCS = _gold_docs()


@pytest.mark.parametrize(("doc", "path", "gold"), GOLD_DOCS, ids=[d for d, _, _ in GOLD_DOCS])
def test_gold_amounts_found(doc: str, path: Path, gold: dict) -> None:
    """Every gold amount (value, currency, qualifier) of an annotated article is found; seeds also by text."""
    found = find_amounts(normalize_text(path.read_text("utf-8")))
    got = {(round(a.value, 2), a.currency, a.qualifier) for a in found}
    texts = {(normalize_text(a.text), round(a.value, 2)) for a in found}
    for g in gold["amounts"]:
        assert (round(float(g["value"]), 2), g["currency"], g["qualifier"]) in got, g
        if doc.startswith("seeds/"):
            assert (normalize_text(g["text"]), round(float(g["value"]), 2)) in texts, g
