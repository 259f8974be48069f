"""Unit tests for extractor.readers: decoding (UTF-8/16, Windows-1258, TCVN3, VNI) and doc ids."""
from __future__ import annotations

import codecs
import glob
import gzip
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from extractor.readers import (
    DecodeError,
    decode_bytes,
    decode_legacy,
    decode_text,
    encode_legacy,
    is_vietnamese_syllable,
    iter_documents,
)

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Bộ Ngoại giao Việt Nam và Cơ quan Hợp tác Quốc tế Nhật Bản ký kết thỏa thuận hợp tác về đào tạo."
# lowercase toned letters only in words after the first: encodable in TCVN3 (no uppercase toned codes)
FRENCH = ("Le ministère français des Affaires étrangères a signé un accord de coopération avec "
          "l'Agence française de développement. Où êtes-vous? Il était très content.")
from _encodings import to_cp1258  # noqa: E402




def seed_words() -> list[str]:
    words: set[str] = set()
    for f in sorted(glob.glob(str(ROOT / "corpus" / "seeds" / "*.txt"))):
        text = unicodedata.normalize("NFC", Path(f).read_text(encoding="utf-8"))
        words |= set(re.findall(r"[^\W\d_]+", text))
    return sorted(w for w in words if not w.isascii() and is_vietnamese_syllable(w))


# ------------------------------------------------------------------------------ plain decoding
def test_plain_ascii_english_stays_as_is():
    data = b"The World Bank signed a loan agreement with Vietnam on 3 July 2019.\r\n"
    assert decode_text(data) == (data.decode("ascii"), "utf-8")


def test_utf8_vietnamese_is_never_converted():
    for text in (SENTENCE, unicodedata.normalize("NFD", SENTENCE), "ViÖt Nam", "Vieät Nam"):
        # even text that *looks* like TCVN3/VNI mojibake is left alone when it is valid UTF-8
        assert decode_text(text.encode("utf-8")) == (text, "utf-8")


def test_utf8_bom_is_dropped():
    assert decode_text(codecs.BOM_UTF8 + SENTENCE.encode()) == (SENTENCE, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_text(bom + SENTENCE.encode(codec)) == (SENTENCE, "utf-16")


def test_utf16_without_bom_and_binary_are_errors():
    with pytest.raises(DecodeError, match="UTF-16 .*without a byte-order mark.*UTF-8"):
        decode_bytes(SENTENCE.encode("utf-16-le"))
    with pytest.raises(DecodeError, match="binary data"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(DecodeError, match="PDF"):
        decode_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def test_broken_utf16_says_what_to_do():
    with pytest.raises(DecodeError, match="re-save the file as UTF-8"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # lone surrogate


# ------------------------------------------------------------------------------ legacy encodings
def test_cp1258_is_decoded_and_composed():
    data = to_cp1258(SENTENCE)
    assert b"\xd2" in data or b"\xf2" in data  # really uses cp1258's combining tone marks
    assert decode_text(data) == (SENTENCE, "cp1258")


def test_tcvn3_known_spellings():
    # well-known TCVN3 mojibake as it shows in a Latin-1 viewer
    assert decode_text("ViÖt Nam".encode("latin-1")) == ("Việt Nam", "tcvn3")
    assert decode_text("Bé Ngo¹i giao".encode("latin-1")) == ("Bộ Ngoại giao", "tcvn3")
    assert decode_bytes("§¶ng bé Tr\xadêng ®¹i häc".encode("latin-1")) == "Đảng bộ Trường đại học"


def test_tcvn3_sentence():
    data = encode_legacy(SENTENCE, "tcvn3")
    assert data.startswith(b"B\xe9 Ngo\xb9i giao Vi\xd6t Nam")
    assert decode_text(data) == (SENTENCE, "tcvn3")


def test_vni_known_spellings():
    assert decode_text("Vieät Nam".encode("latin-1")) == ("Việt Nam", "vni")
    assert decode_bytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("latin-1")) == \
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert decode_bytes("ÑOÄC LAÄP - Töï do - Haïnh phuùc".encode("latin-1")) == "ĐỘC LẬP - Tự do - Hạnh phúc"


def test_vni_sentence():
    data = encode_legacy(SENTENCE, "vni")
    assert data.startswith("Boä Ngoaïi giao Vieät Nam".encode("latin-1"))
    assert decode_text(data) == (SENTENCE, "vni")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_seed_syllable_round_trips(encoding):
    words = seed_words()
    assert len(words) > 300
    done = []
    for word in words:
        try:
            data = encode_legacy(word, encoding)
        except ValueError:
            assert encoding == "tcvn3", word  # VNI encodes every letter, TCVN3 no uppercase toned ones
            word = word.lower()
            data = encode_legacy(word, encoding)
        assert decode_legacy(data, encoding) == word
        done.append(word)
    # and all of them as one text, through the detection
    text = " ".join(done)
    assert decode_text(encode_legacy(text, encoding)) == (text, encoding)


def test_every_seed_syllable_round_trips_cp1258():
    words = seed_words()
    for word in words:
        assert decode_legacy(to_cp1258(word), "cp1258") == word
    assert decode_text(to_cp1258(" ".join(words))) == (" ".join(words), "cp1258")


def test_every_seed_file_is_recognised_in_each_legacy_encoding():
    for f in sorted(glob.glob(str(ROOT / "corpus" / "seeds" / "*.txt"))):
        text = unicodedata.normalize("NFC", Path(f).read_text(encoding="utf-8"))
        text = text.replace("Ð", "Đ").replace("ð", "đ")  # Icelandic look-alikes have no legacy code
        assert decode_text(to_cp1258(text)) == (text, "cp1258")
        for encoding in ("tcvn3", "vni"):
            lossy = "".join(c if _encodable(c, encoding) else c.lower() for c in text)
            lossy = "".join(c for c in lossy if _encodable(c, encoding))
            assert decode_text(encode_legacy(lossy, encoding)) == (lossy, encoding), f


def _encodable(ch: str, encoding: str) -> bool:
    try:
        encode_legacy(ch, encoding)
        return True
    except ValueError:
        return False


def test_encode_legacy_refuses_what_it_cannot_encode():
    with pytest.raises(ValueError, match="no code in tcvn3"):
        encode_legacy("Ộ", "tcvn3")
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        encode_legacy("ộ", "viscii")
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        decode_legacy(b"x", "viscii")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_latin1_french_is_not_mangled_into_vietnamese(codec):
    with pytest.raises(DecodeError, match="re-save the file as UTF-8"):
        decode_bytes(FRENCH.encode(codec))


@pytest.mark.parametrize("text", [
    "Die Gesellschaft für Internationale Zusammenarbeit unterstützt Vietnam; schöne Grüße aus München.",
    "El Ministerio de Asuntos Exteriores de España firmó un acuerdo con niños pequeños.",
    "Det danske udenrigsministerium støtter Vietnam med bistand til vand og miljø.",
])
def test_other_latin1_languages_are_refused_not_converted(text):
    with pytest.raises(DecodeError, match="not recognisably Vietnamese"):
        decode_bytes(text.encode("latin-1"))


def test_windows1252_punctuation_only_is_read_as_cp1252():
    data = "The Bank’s loan – worth “US$5 million”.".encode("cp1252")
    assert decode_text(data) == ("The Bank’s loan – worth “US$5 million”.", "cp1252")


def test_syllable_check():
    assert all(map(is_vietnamese_syllable, ["Nguyễn", "nghiêng", "được", "khuỷu", "quốc", "giữ", "ỦY"]))
    assert not any(map(is_vietnamese_syllable, ["ViÖt", "Vieät", "château", "USD", "Bank", "ờá"]))


# ------------------------------------------------------------------------------ iter_documents
def ids(inputs) -> list[str]:
    return [d.doc_id for d in iter_documents(inputs)]


def test_folder_ids_are_relative_posix_paths_in_sorted_order(tmp_path):
    for rel in ("b.txt", "a/z.txt", "a/b/c.htm", "A.txt", "notes.md", "a/x.html"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("<p>Xin chào</p>" if rel.endswith(("htm", "html")) else "Xin chào", encoding="utf-8")
    expected = ["A.txt", "a/b/c.htm", "a/x.html", "a/z.txt", "b.txt"]
    assert ids([tmp_path]) == expected
    assert ids([str(tmp_path)]) == expected  # str or Path
    assert ids([tmp_path]) == expected  # deterministic


def test_single_file_id_is_its_name(tmp_path):
    p = tmp_path / "bài 1.txt"
    p.write_text("Xin chào", encoding="utf-8")
    [doc] = iter_documents([p])
    assert (doc.doc_id, doc.source, doc.text, doc.error) == ("bài 1.txt", str(p), "Xin chào", None)


def test_legacy_encoding_is_recorded_in_meta(tmp_path):
    (tmp_path / "t.txt").write_bytes(encode_legacy(SENTENCE, "tcvn3"))
    (tmp_path / "u.txt").write_text(SENTENCE, encoding="utf-8")
    t, u = iter_documents([tmp_path])
    assert t.meta == {"encoding": "tcvn3"} and t.text == SENTENCE
    assert "encoding" not in u.meta


def test_jsonl_ids(tmp_path):
    src = tmp_path / "a.jsonl"
    lines = [{"id": "x1", "text": "một"}, {"text": "hai"}, {"id": 7, "text": "ba"}, {"id": "", "text": "bốn"}]
    src.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in lines) + "\n\n", encoding="utf-8")
    docs = list(iter_documents([src]))
    assert [d.doc_id for d in docs] == ["x1", "a.jsonl:2", "7", "a.jsonl:4"]
    assert [d.source for d in docs] == [f"{src}:{i}" for i in (1, 2, 3, 4)]
    assert [d.text for d in docs] == ["một", "hai", "ba", "bốn"]


def test_jsonl_with_bom_and_bad_utf8(tmp_path):
    src = tmp_path / "b.jsonl"
    src.write_bytes(codecs.BOM_UTF8 + b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    a, b = iter_documents([src])
    assert (a.doc_id, a.text, a.error) == ("a", "ok", None)
    assert b.doc_id == "b.jsonl:2" and "not valid UTF-8" in b.error


def test_csv_ids(tmp_path):
    src = tmp_path / "t.csv"
    pd.DataFrame({"id": ["r1", "", "r3"], "text": ["một", "hai", "ba"]}).to_csv(src, index=False)
    assert ids([src]) == ["r1", "t.csv:3", "r3"]


def test_duplicate_ids_are_disambiguated_across_inputs(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": "x"}) for i in ("a", "a", "a#2", "a")), encoding="utf-8")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a").mkdir()
    (folder / "a" / "n.txt").write_text("x", encoding="utf-8")
    assert ids([src, folder, folder]) == ["a", "a#2", "a#2#2", "a#3", "a/n.txt", "a/n.txt#2"]


def test_symlink_loop_and_dangling_link(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("Xin chào", encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (root / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "c.txt").write_text("Hà Nội", encoding="utf-8")
    docs = list(iter_documents([root]))
    assert [d.doc_id for d in docs] == ["gone.txt", "linked/c.txt", "sub/a.txt"]
    assert "broken symbolic link" in docs[0].error
    assert [d.text for d in docs[1:]] == ["Hà Nội", "Xin chào"]


def test_missing_input(tmp_path):
    [doc] = iter_documents([tmp_path / "nope.txt"])
    assert doc.doc_id == "nope.txt" and "does not exist" in doc.error


def test_truncated_gzip_keeps_earlier_lines(tmp_path):
    src = tmp_path / "a.jsonl.gz"
    lines = [json.dumps({"id": f"d{i}", "text": f"Văn bản số {i}. " * 50}, ensure_ascii=False) for i in range(200)]
    blob = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    src.write_bytes(blob[: len(blob) // 2])
    docs = list(iter_documents([src]))
    good, last = docs[:-1], docs[-1]
    assert len(good) > 10 and all(d.error is None for d in good)
    assert [d.doc_id for d in good] == [f"d{i}" for i in range(len(good))]
    assert last.doc_id == f"a.jsonl.gz:{len(good) + 1}" and "truncated or corrupt" in last.error
