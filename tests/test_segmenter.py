"""``extractor.segmenter.segment`` must return exactly what ``underthesea.word_tokenize`` returns.

The segmenter re-implements underthesea's CRF scoring with caches (issue #9), so the only
acceptable difference from ``word_tokenize`` is none.  Real sentences come from the shared VNTC
sample (the same texts as the benchmark) and from ``corpus/``; the awkward strings exercise the
regex fast path (abbreviations, URLs, the unescaped ``Th.S``), the BOS/EOS padding of very short
inputs, and exact score ties between unknown syllables.
"""
from __future__ import annotations

import gzip
import json
import unicodedata
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import word_tokenize
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize as regex_tokenize

from extractor import segmenter
from extractor.normalize import normalize
from extractor.segmenter import Segmenter, read_crfsuite_model, segment
from extractor.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
VNTC_SAMPLE = ROOT.parent / "shared" / "data" / "vntc_sample_10k.jsonl.gz"


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter()


def _sentences(text: str) -> list[str]:
    """The pipeline's sentences (normalised text, ``split_sentences``) plus the raw lines."""
    norm = normalize(text).text
    out = [norm[a:b] for a, b in split_sentences(norm)]
    out += [line.strip() for line in text.splitlines() if line.strip()]
    return out


def _vntc_sentences(n_docs: int) -> list[str]:
    if not VNTC_SAMPLE.exists():
        pytest.skip(f"{VNTC_SAMPLE} not available")
    out: list[str] = []
    with gzip.open(VNTC_SAMPLE, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_docs:
                break
            out += _sentences(json.loads(line).get("text") or "")
    return out


AWKWARD = [
    "",
    " ",
    "\n\t ",
    ".",
    "...",
    "!?!",
    "“”",
    "((x))",
    "2019",
    "3/7/2019",
    "12.500.000.000 đồng",
    "9,5 triệu USD",
    "1,000,000 và 4.123,2 và 60.542.000",
    "10:20:50 ngày 20.08.2014",
    "2147483647 2147483648 -5 +5",
    "Việt",
    "việt",
    "Nam.",
    "a",
    "BOS EOS bos",
    "John Smith và Barack Obama gặp Angela Merkel",
    "JICA, KOICA, UNDP, USAID và GIZ",
    "https://vnexpress.net/tin-tuc/the-gioi-123.html?x=1 và www.most.gov.vn",
    "liên hệ contact@most.gov.vn hoặc e-mail: a.b@c.vn",
    "TP.HCM, TP. Hồ Chí Minh, Tp. Đà Nẵng, T.Ư Đảng",
    "Mr. Smith, Dr. Lee, ThS. Nguyễn, Th.S Lê, Th s Trần, ThS",
    "(Th S x) và xTh s và Th\tS và Th\nS",  # "Th.S" with an unescaped '.' matches across a space
    "TP.", "TP. ", "ở TP.\n", "ở TP.\n ", "ở TP. Huế",  # "[A-ZĐ]+\.(?!$)" depends on the end of text
    ":D", "a :D\n", "a :D b", "a :Dương",
    "Bộ KH&CN, H&M, N’Thôn Hạ, H'Mông",
    "NĐ-CP, 43H-0530, 3x4, 4K, 30°C",
    "v.v. v.v... => ==> -> >> :)) <3",
    "ʺViệt Namʺ",
    "-5 % .. :))١٢\t4.123,2\t١٢\tThS   \"T.Ư\t",  # two unknown syllables with equal scores
    "EOS \xa0Hà ♥‿♥KH&CN >>==>  $ Nộiwww.vnexpress.net",
    "Ðà Nẵng và ðường",
    unicodedata.normalize("NFD", "Bộ Khoa học và Công nghệ ký kết hợp tác với Nhật Bản"),
    "ΣΑΣ İstanbul Straße",
    "Hợp tác quốc tế " * 120,
    ("Bộ Khoa học và Công nghệ, " * 40).strip(),
]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_strings_identical(seg, text):
    assert seg.syllables(text) == regex_tokenize(text)
    assert seg.segment(text) == word_tokenize(text)


def test_regex_only_path_identical(monkeypatch):
    """With an unknown tokeniser pattern every chunk goes through underthesea's regex."""
    monkeypatch.setattr(segmenter, "_PATTERN_SHA256", "not this pattern")
    plain = Segmenter()
    for text in AWKWARD:
        assert plain.syllables(text) == regex_tokenize(text)
    assert plain._fast_chunks is False


def test_real_sentences_identical(seg):
    sentences = _vntc_sentences(12)
    assert len(sentences) >= 300
    mismatches = [(s, seg.segment(s), word_tokenize(s)) for s in sentences if seg.segment(s) != word_tokenize(s)]
    assert mismatches == []


def test_corpus_articles_identical(seg):
    sentences: list[str] = []
    for path in sorted((ROOT / "corpus" / "dev").glob("*.txt"))[:6]:
        sentences += _sentences(path.read_text(encoding="utf-8"))
    assert sentences
    assert [seg.segment(s) for s in sentences] == [word_tokenize(s) for s in sentences]


_PIECES = ["Th", "S", "s", "TP.", "Tp.", "Mr.", ".", ",", "...", "-", "e-mail", "abc.vn", "a@b.com", "H&M", "T.Ư",
           "H'Mông", "3x4", "02/05/2014", "4K", "60.542.000", "1,5", ":))", "<3", "(", ")", "ʺ", "°C", "v.v.", "=>",
           "%", "“", "”", "Hà", "Nội", "việt", "nam", "Nam.", "nam,", "2014", "١٢", "İ", "ð", "Thas", "BOS"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", "\t", "\n"])), max_size=12))
def test_random_piece_strings_identical(pieces):
    text = "".join(p + sep for p, sep in pieces)
    seg = segmenter.load_segmenter()
    assert seg(text) == word_tokenize(text)


def test_model_parser_matches_header(seg):
    labels, attrs, state, trans = read_crfsuite_model(str(Path(segmenter.model_dir()) / "models.bin"))
    assert labels == ["B-W", "I-W"]
    assert len(attrs) == len(set(attrs)) > 10_000
    assert "T[0,1].lower=việt nam" in attrs and "T[-2]=BOS" in attrs
    assert state.shape == (len(attrs), 2) and (state != 0).sum() > 50_000
    assert len(trans) == 2 and all(len(row) == 2 for row in trans)


def test_cached_vectors_agree_with_template_by_template(seg):
    for window in [("Việt",), ("2019",), ("việt", "nam"), ("Hà", "Nội"), ("Bộ", "Khoa", "học"), ("x", "y", "z")]:
        fast = seg.window_vector(len(window), " ".join(window))
        ref = seg._window_vector(window)
        assert fast == pytest.approx(ref, abs=1e-12)


def test_caches_stay_bounded():
    small = Segmenter(max_cache=50)
    for i in range(300):
        small.segment(f"Dự án số {i} của tỉnh {i * 7} được phê duyệt")
    assert len(small.syllable_cache) <= 51 + 20 and len(small._norm_cache) <= 51 + 20


def test_segment_is_the_module_level_function():
    text = "Cơ quan Hợp tác Quốc tế Nhật Bản tài trợ cho Việt Nam."
    assert segment(text) == word_tokenize(text)


def test_falls_back_to_word_tokenize_with_one_warning(monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("model files missing")

    monkeypatch.setattr(segmenter, "_STATE", {})
    monkeypatch.setattr(segmenter, "Segmenter", broken)
    text = "Bộ Ngoại giao làm việc với JICA."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert segment(text) == word_tokenize(text)
        assert segment(text) == word_tokenize(text)
    messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    assert len(messages) == 1 and "falling back to underthesea.word_tokenize" in messages[0]
