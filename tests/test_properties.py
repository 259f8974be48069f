"""Property tests over the whole extractor: arbitrary input never raises and offsets always
point into the original text."""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.dates import find_dates
from extractor.money import find_amounts, find_percents
from extractor.normalize import normalize

VI_ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
                   "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                   "0123456789 ,.;:()/-–&%$\n\t\u00a0\u200b")
WORDS = ["Bộ", "Tài chính", "Cơ quan", "Hợp tác", "Quốc tế", "Nhật Bản", "(JICA)", "ký kết", "với",
         "Ngân hàng", "Thế giới", "(WB)", "tài trợ", "9,5 triệu USD", "ngày 3/7/2019", "giai đoạn 2021-2025",
         "Viện", "và", "KH&CN", "UBND", "TP.HCM", "Liên hiệp", "Hội", "các", "hoà", "uỷ", "\r\n", ".", ","]

vi_text = st.one_of(
    st.text(alphabet=st.sampled_from(VI_ALPHABET), max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.text(max_size=120),
)


def check_offsets(text: str, rec: dict) -> None:
    for table in ("mentions", "cooperations"):
        for row in rec[table]:
            a, b = int(row["start"]), int(row["end"])
            assert 0 <= a <= b <= len(text)
            if table == "mentions":
                assert text[a:b] == row["text"]
            else:
                assert text[a:b] == row["evidence"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vi_text)
def test_extract_never_raises_and_offsets_hold(text):
    rec = extractor.extract(text)
    assert rec["document"]["status"] in ("ok", "error")
    if text.strip():
        assert rec["document"]["status"] == "ok", rec["document"]["error"]
    check_offsets(text, rec)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vi_text)
def test_nfd_input_gives_the_same_entities(text):
    nfd = unicodedata.normalize("NFD", text)
    a = extractor.extract(text)
    b = extractor.extract(nfd)
    check_offsets(nfd, b)
    assert [(m["label"], m["value"]) for m in a["mentions"]] == [(m["label"], m["value"]) for m in b["mentions"]]


@settings(max_examples=200, deadline=None)
@given(vi_text)
def test_grammars_return_spans_of_their_input(text):
    norm = normalize(text).text
    for m in find_dates(norm):
        assert norm[m.start:m.end] == m.text
    for m in find_amounts(norm):
        assert norm[m.start:m.end] == m.text and m.value >= 0
    for m in find_percents(norm):
        assert norm[m.start:m.end] == m.text
