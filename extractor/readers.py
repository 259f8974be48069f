"""Stage 1: find input documents and decode them.

Inputs may be folders (recursive ``*.txt``, ``*.html``, ``*.htm``), single files, JSONL /
JSONL.gz files of ``{"id", "text", ...}`` objects, or CSV / Parquet tables with ``id`` and
``text`` columns.  Every input yields :class:`RawDocument` objects; a document that cannot be
read still yields one, with ``error`` set, so it becomes an error row instead of crashing the
batch or silently disappearing.

Document ids
    * folder input: the file's path relative to the folder, with forward slashes
      (``sub/a.txt``); files are read in the sorted order of these paths;
    * single file: its name;
    * JSONL: the record's ``id``; a line without one (or that cannot be read) gets
      ``<file name>:<line number>``;
    * CSV / Parquet: the ``id`` column; a row without one gets ``<file name>:<row>`` (CSV rows are
      counted as in a spreadsheet: the header is row 1).
    * Ids are unique over the whole run: the first document with an id keeps it, the k-th
      later one gets ``<id>#k`` (``x``, ``x#2``, ``x#3``; if that id is taken too, k goes up).
      Its ``source`` column (``file:line``) still says where it came from.

Folders are walked following symbolic links to folders, but a folder that was already visited
(a symlink loop such as ``dir/loop -> dir``) is skipped; a broken symlink named like an article
and an unreadable sub-folder each become an error row.

Text encodings (:func:`decode_bytes`): UTF-8 (with or without BOM), UTF-16 / UTF-32 with a BOM,
and the three legacy Vietnamese encodings still found in old archives: Windows-1258 (decomposed
tone marks), TCVN3 (ABC, ".VnTime" fonts) and VNI (VNI-Windows fonts).  See
:data:`TCVN3_TABLE` and :data:`VNI_TABLE` for where the tables come from.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["RawDocument", "iter_documents", "decode_bytes", "decode_text", "decode_legacy", "encode_legacy",
           "is_vietnamese_syllable", "DecodeError", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".csv", ".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")


class DecodeError(ValueError):
    """Raised when bytes cannot be turned into text; the message says what to do."""


@dataclass
class RawDocument:
    doc_id: str
    source: str
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    error: str | None = None


# --- Vietnamese syllables ------------------------------------------------------------------
# Used only to score candidate decodings: a word is a plausible Vietnamese syllable when it is
# (initial consonant) + vowel group + (final consonant), with at most one tone mark.
_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_VOWEL_GROUPS = ("iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|"
                 "iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y")
_FINALS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE_RE = re.compile(f"(?:{_INITIALS})?(?:{_VOWEL_GROUPS})(?:{_FINALS})?")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"   # grave, acute, tilde, hook above, dot below
_WORD_RE = re.compile(r"[^\W\d_]+")


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is shaped like one Vietnamese syllable ("Việt", "nghiêng", "qua").

    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "được", "ViÖt", "Vieät", "château")]
    [True, True, False, False, False]
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    if len(decomposed) - len(base) > 1:
        return False
    return _SYLLABLE_RE.fullmatch(unicodedata.normalize("NFC", base)) is not None


def _syllable_share(text: str) -> tuple[float, int]:
    """Share of the words with a non-ASCII letter that are Vietnamese syllables, and their count.

    Words made of ASCII letters read the same in every 8-bit encoding, so only the others say
    anything about which decoding is right.
    """
    words = [w for w in _WORD_RE.findall(text) if not w.isascii()]
    if not words:
        return 0.0, 0
    return sum(map(is_vietnamese_syllable, words)) / len(words), len(words)


# --- legacy Vietnamese encodings -----------------------------------------------------------
# Tone columns of both tables: no tone, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute),
# nặng (dot below): the order in which TCVN 5712 lays the toned letters out.
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

TCVN3_TABLE = """
a  61 B5 B6 B7 B8 B9
ă  A8 BB BC BD BE C6
â  A9 C7 C8 C9 CA CB
e  65 CC CE CF D0 D1
ê  AA D2 D3 D4 D5 D6
i  69 D7 D8 DC DD DE
o  6F DF E1 E2 E3 E4
ô  AB E5 E6 E7 E8 E9
ơ  AC EA EB EC ED EE
u  75 EF F1 F2 F3 F4
ư  AD F5 F6 F7 F8 F9
y  79 FA FB FC FD FE
đ  AE
Ă  A1 AF BA BF C0 --
Â  A2 C1 C2 C3 C4 --
Ê  A3 C5 CD D9 DA --
Ô  A4 DB E0 F0 FF --
Ơ  A5
Ư  A6
Đ  A7
\u0300  B0
\u0309  B1
\u0303  B2
\u0301  B3
\u0323  B4
"""
"""TCVN3 ("ABC", the encoding of the ``.VnTime`` / ``.VnArial`` fonts) as data.

Source: the Vietnamese national standard TCVN 5712:1993 (character set VN3, the 8-bit subset
used by the ABC fonts): every Vietnamese precomposed lowercase letter, the seven uppercase
letters Ă Â Ê Ô Ơ Ư Đ and the five combining tone marks sit at fixed byte positions 0xA1-0xFF;
bytes below 0x80 are ASCII.  Each row is a letter followed by the hex byte of that letter with
each tone (see ``_TONES``); ``--`` means "no code".  The uppercase toned letters in the rows
Ă Â Ê Ô are the ones TCVN 5712 places in otherwise free VN3 positions; all other uppercase
toned letters have no code in VN3 (ABC documents show them with the uppercase ``.VnTimeH``
font over the lowercase codes).  Bytes 0x80-0xA0 are read as Windows-1252 (curly quotes and
dashes Word inserts).  The table agrees byte for byte with the TCVN5712-1 converter of GNU
libc (``iconv -f TCVN5712-1``) on 0xA1-0xFF.
"""

VNI_TABLE = """
a  a   aø  aû  aõ  aù  aï
ă  aê  aè  aú  aü  aé  aë
â  aâ  aà  aå  aã  aá  aä
e  e   eø  eû  eõ  eù  eï
ê  eâ  eà  eå  eã  eá  eä
i  i   ì   æ   ó   í   ò
o  o   oø  oû  oõ  où  oï
ô  oâ  oà  oå  oã  oá  oä
ơ  ô   ôø  ôû  ôõ  ôù  ôï
u  u   uø  uû  uõ  uù  uï
ư  ö   öø  öû  öõ  öù  öï
y  y   yø  yû  yõ  yù  î
đ  ñ
"""
"""VNI (the encoding of the VNI-Windows fonts, e.g. "VNI-Times") as data.

Source: the published VNI-Windows character set of VNI Software (the 8-bit layout its fonts
use, shipped by every Vietnamese converter such as Unikey and xvnkb).  A letter is written as
its ASCII base letter followed by one Latin-1 "mark" byte (``aù`` = á, ``Vieät`` = Việt); ơ, ư,
đ and the i's are single bytes (``ô`` = ơ, ``ö`` = ư, ``ñ`` = đ, ``æ`` = ỉ).  Each row is a
lowercase letter followed by its VNI spelling with each tone (see ``_TONES``), written as the
Latin-1 characters of the bytes; the uppercase spelling is the same text in uppercase (the
mark byte minus 0x20: ``AØ`` = À, ``Ñ`` = Đ).  Files are read as Windows-1252.
"""


def _tcvn3_decode_table() -> tuple[str, dict[str, bytes]]:
    """(256-character decoding string, letter -> byte encoding dict) from :data:`TCVN3_TABLE`."""
    chars = list(_CP1252_TABLE)
    encode: dict[str, bytes] = {}
    for line in TCVN3_TABLE.strip().splitlines():
        letter, *codes = line.split()
        for tone, code in zip(_TONES, codes):
            if code == "--":
                continue
            ch = unicodedata.normalize("NFC", letter + tone)
            chars[int(code, 16)] = ch
            encode[ch] = bytes([int(code, 16)])
    return "".join(chars), encode


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(VNI spelling -> letter, letter -> VNI spelling) from :data:`VNI_TABLE`, both cases.

    The decoding map also accepts a mark byte in the "wrong" case (``Aø``, ``aØ``): the case of
    the result follows the base letter.
    """
    decode: dict[str, str] = {}
    encode: dict[str, str] = {}
    for line in VNI_TABLE.strip().splitlines():
        letter, *spellings = line.split()
        for tone, spelling in zip(_TONES, spellings):
            lower = unicodedata.normalize("NFC", letter + tone)
            for ch, sp in ((lower, spelling), (lower.upper(), spelling.upper())):
                encode[ch] = sp
                if sp != ch:
                    decode[sp] = ch
            if len(spelling) == 2:
                decode[spelling[0] + spelling[1].upper()] = lower
                decode[spelling[0].upper() + spelling[1]] = lower.upper()
    return decode, encode


def _cp1252_table() -> str:
    """Windows-1252 as 256 characters; its five undefined bytes map to the same code point."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


_CP1252_TABLE = _cp1252_table()
_TCVN3_DECODE, _TCVN3_ENCODE = _tcvn3_decode_table()
_VNI_DECODE, _VNI_ENCODE = _vni_tables()
_VNI_BASES = "".join(sorted({k[0] for k in _VNI_DECODE if len(k) == 2}))
_VNI_MARKS = "".join(sorted({k[1] for k in _VNI_DECODE if len(k) == 2}))
_VNI_SINGLES = "".join(sorted(k for k in _VNI_DECODE if len(k) == 1))
assert not set(_VNI_MARKS) & (set(_VNI_BASES) | set(_VNI_SINGLES)), "a VNI mark byte is also a letter"
_VNI_RE = re.compile(f"[{_VNI_BASES}][{_VNI_MARKS}]|[{_VNI_SINGLES}]")


def _vni_letter(m: re.Match[str]) -> str:
    s = m.group(0)
    if s in _VNI_DECODE:
        return _VNI_DECODE[s]
    return _VNI_DECODE.get(s[0], s[0]) + s[1]  # e.g. "ô" (= ơ) before a mark that ơ does not take


def _decode_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_MAP)


_CP1252_MAP = {i: ch for i, ch in enumerate(_CP1252_TABLE) if chr(i) != ch}
_TCVN3_MAP = {i: ch for i, ch in enumerate(_TCVN3_DECODE) if chr(i) != ch}


def _decode_tcvn3(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_MAP))


def _decode_vni(data: bytes) -> str:
    text = _decode_cp1252(data)
    return unicodedata.normalize("NFC", _VNI_RE.sub(_vni_letter, text))


def _decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode Unicode Vietnamese text as ``"tcvn3"`` or ``"vni"`` bytes (tests and tooling).

    Raises ``ValueError`` for characters the encoding has no code for (in TCVN3 most uppercase
    toned letters, e.g. "Ộ").
    """
    if encoding not in ("tcvn3", "vni"):
        raise ValueError(f"unknown legacy encoding {encoding!r}; use 'tcvn3' or 'vni'")
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for i, ch in enumerate(text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif encoding == "tcvn3" and ch in _TCVN3_ENCODE:
            out += _TCVN3_ENCODE[ch]
        elif encoding == "vni" and ch in _VNI_ENCODE:
            out += _VNI_ENCODE[ch].encode("latin-1")
        else:
            raise ValueError(f"{ch!r} at position {i} has no code in {encoding}")
    return bytes(out)


_LEGACY_DECODERS = (("cp1258", _decode_cp1258), ("tcvn3", _decode_tcvn3), ("vni", _decode_vni))


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode bytes known to be ``"cp1258"``, ``"tcvn3"`` or ``"vni"`` (no detection), as NFC text."""
    decoders = dict(_LEGACY_DECODERS)
    if encoding not in decoders:
        raise ValueError(f"unknown legacy encoding {encoding!r}; use one of {', '.join(decoders)}")
    return decoders[encoding](data)


# A legacy decoding is chosen only when, among the words with non-ASCII letters, its share of
# Vietnamese syllables is at least _MIN_SHARE and beats the plain Windows-1252 reading by _MARGIN.
_MIN_SHARE = 0.6
_MARGIN = 0.3
_SAMPLE_BYTES = 256 * 1024
_LETTER_BYTES_RE = re.compile(rb"[\xa1-\xff]")   # where 8-bit encodings put letters

_SIGNATURES = (
    (b"%PDF", "a PDF file, not a text article; extract its text (e.g. pdftotext -enc UTF-8) first"),
    (b"PK\x03\x04", "a ZIP archive or Office document (.docx/.xlsx), not a text article; "
                    "save it as UTF-8 text first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls), not a text article; "
                          "save it as UTF-8 text first"),
    (b"\x1f\x8b", "gzip-compressed data; name it .jsonl.gz if it holds JSON lines, "
                  "or decompress it first"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode article bytes and say how: ``(text, encoding)``.

    ``encoding`` is ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16"``, ``"utf-32"``, ``"cp1258"``,
    ``"tcvn3"``, ``"vni"`` or ``"cp1252"``.  Order of the checks:

    1. a byte-order mark (UTF-8, UTF-32, UTF-16);
    2. known binary formats and NUL bytes: :class:`DecodeError`;
    3. strict UTF-8: valid UTF-8 is returned as it is, never converted;
    4. Windows-1258, TCVN3 and VNI: each candidate decoding (composed to NFC) is scored by the
       share of its non-ASCII words that are Vietnamese syllables; the best one is used only if
       that share is at least 60 % and at least 30 points above the plain Windows-1252 reading
       (which is how legacy Vietnamese looks when misread: "ViÖt", "Vieät");
    5. Windows-1252 when the only non-ASCII bytes are punctuation (0x80-0xA0: curly quotes,
       dashes, no-break space), which every 8-bit encoding here shares;
    6. otherwise :class:`DecodeError` (e.g. Latin-1 French is not turned into Vietnamese).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"broken {name.upper()} text ({exc.reason} at byte {exc.start}); "
                                  "re-save the file as UTF-8") from exc
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise DecodeError(what)
    if b"\x00" in data:
        head = data[:4096]
        if len(head) >= 4 and (head[1::2].count(0) > 0.4 * len(head) // 2
                               or head[0::2].count(0) > 0.4 * len(head) // 2):
            raise DecodeError("looks like UTF-16 text without a byte-order mark; "
                              "re-save the file as UTF-8")
        raise DecodeError("binary data (NUL bytes), not a text article; remove it from the input")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    sample = data[:_SAMPLE_BYTES]
    raw_share, _ = _syllable_share(_decode_cp1252(sample))
    best: tuple[float, str] | None = None
    for name, decoder in _LEGACY_DECODERS:
        try:
            share, n_words = _syllable_share(decoder(sample))
        except UnicodeDecodeError:  # a byte Windows-1258 does not define
            continue
        if n_words and (best is None or share > best[0]):
            best = (share, name)
    if best is not None and best[0] >= _MIN_SHARE and best[0] - raw_share >= _MARGIN:
        name = best[1]
        try:
            return dict(_LEGACY_DECODERS)[name](data), name
        except UnicodeDecodeError:  # undefined Windows-1258 byte after the sample
            pass
    if _LETTER_BYTES_RE.search(data) is None:
        return _decode_cp1252(data), "cp1252"
    bad = data[utf8_error.start:utf8_error.start + 4]
    raise DecodeError(f"not valid UTF-8 (byte {bad[:1].hex(' ').upper()} at offset {utf8_error.start}) "
                      "and not recognisably Vietnamese in Windows-1258, TCVN3 or VNI; "
                      "re-save the file as UTF-8 (e.g. in Notepad: Save As, Encoding: UTF-8)")


def decode_bytes(data: bytes) -> str:
    """Decode article bytes to text (see :func:`decode_text` for the rules).

    Raises :class:`DecodeError` for binary data or text in an encoding we cannot identify.
    """
    return decode_text(data)[0]


# --- readers -------------------------------------------------------------------------------
def _html_to_document(html: str, doc: RawDocument) -> None:
    """Main text and metadata of an HTML page (trafilatura), falling back to plain tag stripping."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                            with_metadata=True)
    text = None
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = data.get("text")
        for key in ("title", "author", "date", "sitename"):
            value = data.get(key)
            if value:
                doc.meta["published" if key == "date" else key] = str(value)
    if not text:
        import html as html_mod

        body = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>", " ", html)
        body = re.sub(r"(?is)<(script|style|noscript|template)\b.*", " ", body)  # never closed
        body = re.sub(r"(?s)<!--.*?-->", " ", body)
        body = re.sub(r"(?s)<[^>]+>", "\n", body)
        text = "\n".join(line.strip() for line in html_mod.unescape(body).splitlines() if line.strip())
    doc.text = text


def _read_file_document(path: Path, doc_id: str) -> RawDocument:
    doc = RawDocument(doc_id=doc_id, source=str(path))
    if path.is_symlink() and not path.exists():
        doc.error = (f"broken symbolic link (points to {os.readlink(path)!s}, which cannot be reached); "
                     "fix or remove the link")
        return doc
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc.error = f"cannot read file: {exc.strerror or exc}; check the path and its permissions"
        return doc
    try:
        text, encoding = decode_text(data)
    except DecodeError as exc:
        doc.error = str(exc)
        return doc
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.meta["encoding"] = encoding
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            _html_to_document(text, doc)
        except Exception as exc:  # pragma: no cover - trafilatura internals
            doc.error = f"cannot extract text from HTML: {exc}"
    else:
        doc.text = text
    return doc


def _iter_folder(root: Path) -> Iterator[RawDocument]:
    entries: list[tuple[str, Path, str | None]] = []   # (doc_id, path, folder error)
    visited: set[tuple[int, int]] = set()

    def folder_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        try:
            rel = where.relative_to(root).as_posix() if where != root else where.name
        except ValueError:
            rel = str(where)
        entries.append((rel, where, f"cannot read folder: {exc.strerror or exc}; check its permissions"))

    # Follow symlinked folders, but never enter one twice: that is what stops symlink loops.
    for dirpath, dirnames, filenames in os.walk(root, onerror=folder_error, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            folder_error(exc)
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in visited:
            dirnames[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirnames.sort()
        for name in filenames:
            if name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
                path = Path(dirpath) / name
                entries.append((path.relative_to(root).as_posix(), path, None))
    for doc_id, path, error in sorted(entries, key=lambda e: e[0]):
        if error:
            yield RawDocument(doc_id, str(path), error=error)
        else:
            yield _read_file_document(path, doc_id)


def _record_to_document(obj: object, source: str, fallback_id: str) -> RawDocument:
    if not isinstance(obj, dict):
        return RawDocument(fallback_id, source, error="JSON line is not an object with 'id' and 'text'")
    doc_id = obj.get("id")
    doc_id = fallback_id if doc_id is None or str(doc_id) == "" else str(doc_id)
    text = obj.get("text")
    doc = RawDocument(doc_id, source)
    if not isinstance(text, str):
        doc.error = "no 'text' field (string) in this record; add one"
        return doc
    doc.text = text
    for key in ("title", "published", "author", "url"):
        if obj.get(key):
            doc.meta[key] = str(obj[key])
    return doc


def _iter_jsonl(path: Path) -> Iterator[RawDocument]:
    """One document per non-blank line; bad lines and a truncated .gz become error rows."""
    name = path.name
    try:
        fh = gzip.open(path, "rb") if name.lower().endswith(".gz") else open(path, "rb")
    except OSError as exc:
        yield RawDocument(name, str(path), error=f"cannot open: {exc.strerror or exc}; "
                                                  "check the path and its permissions")
        return
    with fh:
        lineno = 0
        while True:
            try:
                line = fh.readline()
            except (OSError, EOFError, zlib.error) as exc:
                where = f"after line {lineno}" if lineno else "at its start"
                yield RawDocument(f"{name}:{lineno + 1}", f"{path}:{lineno + 1}",
                                  error=f"file is truncated or corrupt {where} ({exc}); the lines before "
                                        "were read, re-create or re-download the file for the rest")
                return
            if not line:
                return
            lineno += 1
            if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[3:]
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            try:
                obj = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield RawDocument(f"{name}:{lineno}", source,
                                  error=f"line {lineno} is not valid UTF-8 (byte {exc.start}); "
                                        "re-save the file as UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield RawDocument(f"{name}:{lineno}", source,
                                  error=f"malformed JSON on line {lineno}: {exc.msg}; fix or remove the line")
                continue
            yield _record_to_document(obj, source, f"{name}:{lineno}")


def _iter_table(path: Path) -> Iterator[RawDocument]:
    import pandas as pd

    name = path.name
    try:
        if path.suffix.lower() == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
        else:
            df = pd.read_parquet(path)
    except UnicodeDecodeError as exc:
        yield RawDocument(name, str(path), error=f"cannot read table: not valid UTF-8 ({exc.reason}); "
                                                  "re-save it as UTF-8 CSV")
        return
    except Exception as exc:
        yield RawDocument(name, str(path), error=f"cannot read table: {exc}")
        return
    missing = [c for c in ("id", "text") if c not in df.columns]
    if missing:
        yield RawDocument(name, str(path), error=(
            f"table has no {' and no '.join(repr(c) for c in missing)} column "
            f"(columns: {', '.join(map(str, df.columns))}); rename the columns to 'id' and 'text'"))
        return
    for i, row in enumerate(df.to_dict("records"), start=2 if path.suffix.lower() == ".csv" else 0):
        yield _record_to_document({k: (None if v is None else v) for k, v in row.items()},
                                  f"{path}:{i}", f"{name}:{i}")


def _iter_input(path: Path) -> Iterator[RawDocument]:
    lower = path.name.lower()
    if path.is_dir():
        yield from _iter_folder(path)
    elif path.is_symlink() and not path.exists():
        yield _read_file_document(path, path.name)
    elif not path.exists():
        yield RawDocument(path.name, str(path), error="input does not exist; check the path")
    elif lower.endswith(JSONL_SUFFIXES):
        yield from _iter_jsonl(path)
    elif lower.endswith(TABLE_SUFFIXES):
        yield from _iter_table(path)
    else:
        yield _read_file_document(path, path.name)


def iter_documents(inputs: list[str | os.PathLike[str]]) -> Iterator[RawDocument]:
    """Yield every document of every input, in a deterministic order, with unique ids.

    Never raises for a bad input: an unexpected failure while reading one input becomes an
    error row and the next input is read.
    """
    used: set[str] = set()
    for inp in inputs:
        path = Path(inp)
        try:
            for doc in _iter_input(path):
                doc.doc_id = _unique_id(doc.doc_id, used)
                yield doc
        except Exception as exc:  # a reader bug or an odd file must not end the batch
            doc_id = _unique_id(path.name or str(path), used)
            yield RawDocument(doc_id, str(path), error=f"cannot read input: {type(exc).__name__}: {exc}; "
                                                       "please report it with this file")


def _unique_id(doc_id: str, used: set[str]) -> str:
    """``doc_id`` itself the first time, then ``doc_id#2``, ``doc_id#3``, ... (see module docs)."""
    new, k = doc_id, 1
    while new in used:
        k += 1
        new = f"{doc_id}#{k}"
    used.add(new)
    return new
