from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import fix_tone_marks, fold, normalize, normalize_text

# paired good/bad examples (textacy style): input -> normalised
CASES = [
    ("hoà bình", "hòa bình"),
    ("thoả thuận", "thỏa thuận"),
    ("Uỷ ban", "Ủy ban"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thuỷ lợi", "Thủy lợi"),
    ("HOÀ", "HÒA"),
    ("quý", "quý"),          # q+u is a consonant: unchanged
    ("toàn cầu", "toàn cầu"),  # closed syllable: unchanged
    ("hoàn thành", "hoàn thành"),
    ("Ðoàn", "Đoàn"),        # Icelandic eth typed for Đ
    ("a\u200bb", "ab"),      # zero-width space
    ("a\u00a0\u00a0b", "a b"),
    ("dòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_normalize_examples(raw, expected):
    assert normalize_text(raw) == expected


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Cơ quan Hợp tác Quốc tế Nhật Bản")
    assert normalize_text(nfd) == "Cơ quan Hợp tác Quốc tế Nhật Bản"


def test_fold_equates_variants():
    assert fold("Bộ Tài Nguyên và  Môi Trường") == fold("bộ tài nguyên và môi trường")
    assert fold(unicodedata.normalize("NFD", "Hoà Bình")) == fold("hòa bình")


def test_offsets_map_back_to_original():
    raw = unicodedata.normalize("NFD", "Ngày  3/7,\u200b Cộng hoà") + "\r\nX"
    n = normalize(raw)
    i = n.text.index("Cộng")
    a, b = n.to_original(i, i + len("Cộng hòa"))
    assert unicodedata.normalize("NFC", raw[a:b]) == "Cộng hoà"
    assert n.to_original(0, len(n.text)) == (0, len(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_normalisation_is_idempotent_and_mapped(text):
    n = normalize(text)
    assert normalize_text(n.text) == n.text
    assert len(n.starts) == len(n.text) == len(n.ends)
    for i in range(len(n.text)):
        assert 0 <= n.starts[i] < n.ends[i] <= len(text)
    assert list(n.starts) == sorted(n.starts)


def test_tone_fix_is_length_preserving():
    s = "Hoà, thoả, uỷ, khoẻ, loà xoà"
    assert len(fix_tone_marks(s)) == len(s)
