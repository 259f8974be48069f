from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import normalize_text
from extractor.sentences import MAX_SENTENCE_CHARS, split_sentences

AWKWARD = [
    "",
    " ",
    "\n\n",
    "  Hôm qua,\n\n 2-3  “hiệp định”  \n",
    "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ 9,5 triệu USD.",
    "TS. Nguyễn Văn A nói: “Tốt.” Xong…",
    "Vụ KHCN&HTQT  và TP.HCM,Bộ KH&CN ;;  ((x))",
    "😀 emoji và ký tự lạ \u2028 dòng",
    "a" * 3000,
    ("Hợp tác quốc tế, " * 200).strip(),
]


@pytest.mark.parametrize("text", AWKWARD)
def test_doc_text_equals_input(tokenizer_nlp, text):
    doc = tokenizer_nlp(text)
    assert doc.text == text


def test_multisyllable_words_are_tokens(tokenizer_nlp):
    doc = tokenizer_nlp("Cơ quan Hợp tác Quốc tế Nhật Bản tài trợ cho Việt Nam.")
    words = [t.text for t in doc]
    assert "Cơ quan" in words and "Hợp tác" in words and "tài trợ" in words


def test_sentences_never_cross_lines_and_are_bounded():
    text = "Câu một. Câu hai!\nDòng mới không dấu chấm\n" + "x, " * 1500
    spans = split_sentences(text)
    for a, b in spans:
        assert "\n" not in text[a:b]
        assert b - a <= MAX_SENTENCE_CHARS
    assert text[spans[0][0]:spans[0][1]] == "Câu một."


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ ẠÊ,.;:()–-\n\t0123456789")),
               max_size=120))
def test_tokenizer_never_loses_text(tokenizer_nlp, text):
    doc = tokenizer_nlp(text)
    assert doc.text == text


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=60))
def test_tokenizer_on_nfd_and_arbitrary_unicode(tokenizer_nlp, text):
    for variant in (text, unicodedata.normalize("NFD", text), normalize_text(text)):
        assert tokenizer_nlp(variant).text == variant
