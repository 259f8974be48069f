"""Gazetteer growth: find what the gazetteers miss in a run's output, and add reviewed entries.

Why this exists: the extractor links organisations and expands acronyms only through the
analysts' gazetteers (``gazetteers/*.csv``).  A batch run over an archive therefore leaves a
trail of *unlinked* organisations and *unknown* acronyms in its tables.  Reading those tables by
hand is slow, so this module

1. ranks the unknown acronyms of an OUTDIR by how many documents use them, with the expansion
   the articles themselves give and an example sentence (:func:`unknown_acronyms`);
2. turns unlinked organisations and unknown acronyms into a review sheet with proposed ids and
   org types (:func:`suggest`) that a reviewer marks ``accepted`` / ``rejected`` in a
   spreadsheet;
3. appends the accepted rows to the gazetteer files without ever touching the existing lines,
   validating the result first so a bad row can never break the next run (:func:`add_suggestions`).

The click commands at the bottom are thin wrappers; ``extractor/cli.py`` registers them.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .acronyms import INITIALS_RE, looks_like_acronym
from .gazetteer import ORG_COLUMNS, ABBREV_COLUMNS, Gazetteer, check, default_dir
from .normalize import fix_tone_marks, fold, strip_diacritics

if TYPE_CHECKING:  # pandas is imported lazily so `extractor --help` stays fast
    import pandas as pd

__all__ = [
    "unknown_acronyms", "suggest", "add_suggestions", "AddReport", "is_noise_acronym",
    "guess_org_type", "slugify", "UNKNOWN_COLUMNS", "SUGGESTION_COLUMNS",
    "acronyms_cmd", "suggest_cmd", "add_cmd",
]

UNKNOWN_COLUMNS = ["short", "documents", "mentions", "proposed_long", "other_longs", "example_doc",
                   "example_sentence"]
SUGGESTION_COLUMNS = ["kind", "name", "acronym", "proposed_long", "country", "foreign", "documents",
                      "mentions", "example_doc", "example_sentence", "decision", "id", "org_type"]

#: Example sentences longer than this are cut to a window around the mention.
MAX_SENTENCE = 300
#: At most this many alternative expansions are kept in ``other_longs``.
MAX_OTHER_LONGS = 5

# ------------------------------------------------------------------------------------ noise
# Units and currency codes are written in capitals but name no organisation and need no
# expansion, so they would only clutter the review list.
UNITS = frozenset({
    "USD", "VND", "VNĐ", "EUR", "JPY", "CNY", "RMB", "GBP", "AUD", "CAD", "CHF", "KRW", "SGD", "THB",
    "HKD", "TWD", "INR", "IDR", "MYR", "PHP", "LAK", "KHR", "NZD", "SEK", "NOK", "DKK", "RUB",
    "KG", "KM", "CM", "MM", "KW", "KWH", "MW", "MWH", "GW", "GWH", "TWH", "KV", "HA", "M2", "M3",
    "KM2", "TEU", "DWT", "CCM", "HP", "MHZ", "GHZ", "KHZ", "MB", "GB", "TB", "KB", "PPM", "PPB",
    "OZ", "LB", "LBS", "ML", "KCAL", "MMBTU", "BTU", "CO2", "NOX", "SO2", "PM2", "PM10", "USC",
    "AM", "PM", "GMT", "UTC", "ICT",
})
# Legal document numbers ("số 12/2019/NĐ-CP", "QĐ-UBND", "TT-BTC"): the pieces are issuer and
# document-type codes, not acronyms a reader needs expanded.
_DOC_TYPES = ("NĐ", "QĐ", "TT", "TTLT", "NQ", "CT", "CV", "KH", "TB", "BC", "HD", "QH", "PL", "L",
              "UBTVQH", "TTG", "BTC", "BNN", "BCT", "BYT", "BGDĐT", "BKHCN", "BTNMT", "BXD", "BGTVT",
              "BLĐTBXH", "NHNN", "UBND", "BKHĐT", "BTTTT", "BVHTTDL", "BNG", "BCA", "BQP", "BTP",
              "BNV", "TTCP", "VPCP", "HĐND", "TW", "TƯ", "CP", "SL", "CTN", "BCĐ", "BCH", "ĐU", "TU",
              "HU", "UB", "TANDTC", "VKSNDTC", "KTNN", "BHXH", "TCT", "TCHQ", "CTN", "VP", "LĐLĐ")
_DOC_CODE_RE = re.compile(
    r"^(?:" + "|".join(sorted({re.escape(t) for t in _DOC_TYPES}, key=len, reverse=True)) + r")"
    r"(?:[-/](?:[A-ZĐ][A-Za-zĐđ&]*|\d+))+$")
_ROMAN_RE = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
# Vietnamese vowels with a diacritic: a token in capitals that has one ("VIỆT", "HỘI") is a word
# of a headline, not an acronym (Vietnamese acronyms keep only Đ: "HĐND", "ĐBSCL").
# Vietnamese syllables written without diacritics: a word with one capital ("Anh" in "tiếng Anh")
# or a long all-caps word of a headline or a byline name ("THANH", "QUANG") is a word, not an
# acronym.  Only valid Vietnamese vowel nuclei count, so "TOEIC" or "REE" are not syllables.
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:uye|uya|uoi|ươi|ieu|yeu|oai|oay|uay|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uy|ye|"
    r"[aeiouy])(?:ng|nh|ch|[cmnpt])?$")
_TITLE_WORDS = frozenset({"MR", "MRS", "MS", "DR", "MC", "ST", "JR", "SR", "CO", "LTD", "INC", "CORP", "VS",
                          "NO", "PH", "TH", "KS", "THS", "NCS", "BSCKII", "BSCKI", "CKI", "CKII"})
_VI_VOWEL_MARKS = re.compile(r"[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")


def is_noise_acronym(short: str) -> bool:
    """True for capitalised tokens that are not worth a gazetteer row.

    Why: the shape rule behind ABBR mentions fires on anything written in capitals.  Roman
    numerals ("XIII"), single letters, numbers, units ("USD", "KWH"), pieces of legal document
    numbers ("NĐ-CP", "QĐ-UBND") and words of all-caps headlines ("HỘI", "VIỆT") would otherwise
    fill the top of the review list.
    """
    s = short.strip()
    if not s:
        return True
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2:
        return True  # "A", "B2", "2019"
    upper = s.upper()
    if _ROMAN_RE.match(upper) and s.isupper():
        return True
    if upper in UNITS or re.sub(r"\d+$", "", upper) in UNITS:
        return True
    if _DOC_CODE_RE.match(s) or s.upper() == "TTG":
        return True
    if _VI_VOWEL_MARKS.search(s):
        return True
    if upper in _TITLE_WORDS or INITIALS_RE.match(s):
        return True
    if any(c.isdigit() for c in s):
        return True  # model numbers, stock tickers, channel and strain names: "BT6", "MP3", "H5N1"
    caps = sum(c.isupper() for c in letters)
    ascii_lower = strip_diacritics(s).lower()
    if caps == 1 and (s[0].lower() in "aeiouy" or _SYLLABLE_RE.match(ascii_lower)):
        return True  # "Old", "Al", "Anh", "Hoa": words, not acronyms
    if s.isupper() and len(letters) >= 4 and _SYLLABLE_RE.match(ascii_lower):
        return True  # "THANH", "QUANG" from all-caps headlines and names
    if re.match(r"^Ma?c[A-Z][a-z]", s):
        return True  # "McLaren", "McCain", "MacBook"
    if caps >= 2 and not re.search(r"[A-ZĐ]{2}", s) and all(
            re.search(r"[aeiouy]", strip_diacritics(part).lower())
            for part in re.findall(r"[A-ZĐ][a-zđà-ỹ]*", s)):
        return True  # CamelCase brand names: "PlayStation", "McLaren", "VinaPhone"
    return not looks_like_acronym(s)


# ------------------------------------------------------------------------------------ reading
def _require_outdir(outdir: Path, tables: Iterable[str]) -> None:
    if not outdir.is_dir():
        raise FileNotFoundError(f"{outdir} is not a folder; run `extractor run INPUT -o {outdir}` first")
    for table in tables:
        if not (outdir / f"{table}.csv").exists():
            raise FileNotFoundError(f"{outdir / (table + '.csv')} is missing; "
                                    f"run `extractor run INPUT -o {outdir}` first")


def _read_table(outdir: Path, table: str) -> "pd.DataFrame":
    import pandas as pd

    return pd.read_csv(outdir / f"{table}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _split_source(source: str) -> tuple[str, int | None]:
    """'archive.jsonl.gz:17' -> ('archive.jsonl.gz', 17); 'a/b.txt' -> ('a/b.txt', None)."""
    m = re.match(r"^(.*):(\d+)$", source)
    if m and not Path(source).exists():
        return m.group(1), int(m.group(2))
    return source, None


def _texts_for(wanted: dict[str, str]) -> dict[str, str]:
    """Original texts of the documents in ``wanted`` (doc_id -> documents.csv source).

    Why grouped by file: a JSONL archive holds thousands of documents, so each file is read
    once, streaming, and reading stops as soon as every wanted line has been seen.
    """
    from .readers import iter_documents

    by_file: dict[str, dict[int | None, str]] = defaultdict(dict)
    for doc_id, source in wanted.items():
        path, line = _split_source(source)
        by_file[path][line] = doc_id
    texts: dict[str, str] = {}
    for path, lines in by_file.items():
        if not Path(path).exists():
            continue  # the input moved since the run: no example, but no failure either
        remaining = dict(lines)
        stream = iter_documents([path])
        try:
            for raw in stream:
                _, line = _split_source(raw.source) if None not in remaining else (None, None)
                doc_id = remaining.pop(line, None)
                if doc_id is not None and raw.text:
                    texts[doc_id] = raw.text
                if not remaining:
                    break
        except Exception:  # a broken input file must not stop the report
            continue
        finally:
            stream.close()  # closes the (gzip) file when we stop early
    return texts


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing [start, end), at most MAX_SENTENCE characters."""
    from .sentences import split_sentences

    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    # split only around the mention: documents (and one-line JSONL texts) can be long and
    # sentence splitting is not free; sentences never cross a line break
    pa = max(text.rfind("\n", 0, start) + 1, start - 4 * MAX_SENTENCE)
    pb = text.find("\n", end)
    pb = min(len(text) if pb < 0 else pb, end + 4 * MAX_SENTENCE)
    a, b = pa, pb
    for sa, sb in split_sentences(text, pa, pb):
        if sa <= start < sb:
            a, b = sa, max(sb, end)
            break
    if b - a <= MAX_SENTENCE:
        return " ".join(text[a:b].split())
    # window around the mention, cut at spaces; two characters are kept for the "…" marks
    width = MAX_SENTENCE - 2
    half = (width - (end - start)) // 2
    wa = max(a, start - max(half, 0))
    wb = min(b, wa + width)
    wa = max(a, wb - width)
    if wa > a:
        sp = text.find(" ", wa, start)
        wa = sp + 1 if sp >= 0 else wa
    if wb < b:
        sp = text.rfind(" ", end, wb)
        wb = sp if sp >= 0 else wb
    snippet = " ".join(text[wa:wb].split())
    return ("…" if wa > a else "") + snippet + ("…" if wb < b else "")


def _find_token(text: str, short: str) -> tuple[int, int] | None:
    m = re.search(r"(?<![\w&])" + re.escape(short) + r"(?![\w&])", text)
    return m.span() if m else None


def _examples(items: dict[str, tuple[str, int, int]], docs: "pd.DataFrame") -> dict[str, str]:
    """key -> example sentence, for items key -> (doc_id, start, end); start < 0 = search."""
    sources = dict(zip(docs["doc_id"], docs["source"]))
    wanted = {doc_id: sources[doc_id] for doc_id, _, _ in items.values() if doc_id in sources}
    texts = _texts_for(wanted)
    out: dict[str, str] = {}
    for key, (doc_id, start, end) in items.items():
        text = texts.get(doc_id)
        if not text:
            continue
        if start < 0 or text[start:end] != key:
            span = _find_token(text, key)
            if span is None:
                continue
            start, end = span
        out[key] = _sentence_at(text, start, end)
    return out


# ------------------------------------------------------------------------------------ known
def _is_known(short: str, gaz: Gazetteer, upper_abbrevs: frozenset[str]) -> bool:
    """Known = an organisation's acronym or alias, an abbreviation (any case), or a place name."""
    if short.upper() in gaz.acronym_index or fold(short) in gaz.org_alias_index:
        return True
    if short in gaz.abbreviations or short.upper() in upper_abbrevs:
        return True
    return fold(short) in gaz.place_index


def _load_gazetteer(gazetteer_dir: str | os.PathLike[str] | None) -> Gazetteer:
    return Gazetteer.load(Path(gazetteer_dir) if gazetteer_dir else default_dir(), strict=False)


def _doc_order(docs: "pd.DataFrame") -> dict[str, int]:
    return {d: i for i, d in enumerate(docs["doc_id"])}


def _spells(short: str, long: str) -> bool:
    """Do the initials of ``long`` spell ``short``?  Such an expansion is preferred over one that
    merely stood before the bracket ("Quốc gia (CSP)")."""
    from .acronyms import letters_match

    return letters_match(short, re.findall(r"[^\W_]+", long))


_IMPLAUSIBLE = 3
# Words that start a clause rather than a name: "Theo Hiệp hội ... (VAFI)", "Tại Viện ... (AIMS)".
_LEAD_WORDS = ("theo", "tại", "của", "đại diện", "đại diện của", "với", "và", "cùng", "từ", "cho")


def _trim_lead(long: str) -> str:
    """Drop a clause word before an organisation name: "Theo Hiệp hội X" -> "Hiệp hội X"."""
    words = long.split()
    for k in (2, 1):
        if len(words) > k + 1 and fold(" ".join(words[:k])) in _LEAD_WORDS and guess_org_type(" ".join(words[k:])):
            return " ".join(words[k:])
    return long


def _long_quality(short: str, long: str, org_names: set[str], gaz: Gazetteer, is_org: bool = False,
                  votes: int = 2) -> int:
    """0: its initials spell the short form; 1: an organisation name; 2: plausible; 3: implausible.

    ``votes`` is how often the articles give this expansion: one that neither spells the short
    form nor starts with an organisation head noun must be seen at least twice.

    Why: the bracket rule of the pipeline takes the capitalised words before "(XYZ)" when the
    letters do not match, which is right for cross-lingual pairs ("Viêm đường hô hấp cấp
    (SARS)") but also yields person names, places and clause fragments ("Quốc Tuấn (HAGL)",
    "Việt Nam (VEC)").  Those must not become a proposed expansion.
    """
    if _spells(short, long):
        return 0
    known = gaz.org_alias_index.get(fold(long))
    if known and not any(short.upper() in (a.upper() for a in gaz.orgs[i].acronyms) for i in known):
        return _IMPLAUSIBLE  # "Bộ Y tế (AIDS)": a known body whose acronyms do not include it
    if is_org or guess_org_type(long):
        return 1
    if votes < 2:
        return _IMPLAUSIBLE  # a one-off capitalised run is as often a headline as a translation
    if fold(long) in org_names:
        return 1
    words = long.split()
    if len(words) < 3 or re.search(r"[\d:;\"“”()]", long) or not long[:1].isupper():
        return _IMPLAUSIBLE
    if fold(long) in gaz.place_index:
        return _IMPLAUSIBLE
    if len(words) <= 4 and all(w[:1].isupper() for w in words):
        return _IMPLAUSIBLE  # "Đỗ Thành Đạt", "Juan Pablo Montoya": a person
    return 2


def _rank_longs(short: str, votes: Counter[str], org_names: set[str], gaz: Gazetteer,
                is_org: bool = False) -> list[tuple[int, str]]:
    """(quality, long) best first; spellings that differ only in case / tone marks count once."""
    merged: dict[str, list] = {}
    for long, n in votes.items():
        long = _trim_lead(long)
        key = fold(long)
        entry = merged.setdefault(key, [0, long, 0])
        entry[0] += n
        if n > entry[2]:
            entry[1], entry[2] = long, n
    ranked = sorted(((_long_quality(short, long, org_names, gaz, is_org, total), -total, -len(long), long)
                     for total, long, _ in merged.values()))
    return [(q, long) for q, _, _, long in ranked]


# ------------------------------------------------------------------------------------ 1. acronyms
def unknown_acronyms(outdir: str | os.PathLike[str], gazetteer_dir: str | os.PathLike[str] | None = None,
                     example_sentences: bool = True) -> "pd.DataFrame":
    """Acronym-like short forms of a run that the gazetteers do not know, most widespread first.

    Why: an acronym the gazetteers do not know is neither linked nor expanded, so every one
    that many documents use is a missing organisation or abbreviation row.  The expansion the
    articles give themselves ("Viện ... (MDRI)") is the best first guess for the long form.
    """
    outdir = Path(outdir)
    _require_outdir(outdir, ("documents", "mentions", "organizations", "acronyms"))
    return _unknown_from_tables(_load_gazetteer(gazetteer_dir), _read_table(outdir, "documents"),
                                _read_table(outdir, "mentions"), _read_table(outdir, "organizations"),
                                _read_table(outdir, "acronyms"), example_sentences)


def _unknown_from_tables(gaz: Gazetteer, docs: "pd.DataFrame", mentions: "pd.DataFrame", orgs: "pd.DataFrame",
                         acr: "pd.DataFrame", example_sentences: bool) -> "pd.DataFrame":
    """:func:`unknown_acronyms` over tables already read (``suggest`` reads them once for both)."""
    import pandas as pd

    order = _doc_order(docs)

    doc_sets: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int, int]] = {}  # short -> (doc order, start, end)
    first_doc: dict[str, str] = {}
    known_cache: dict[str, bool] = {}
    upper_abbrevs = frozenset(a.upper() for a in gaz.abbreviations)

    def candidate(short: str) -> bool:
        if short not in known_cache:
            known_cache[short] = not is_noise_acronym(short) and not _is_known(short, gaz, upper_abbrevs)
        return known_cache[short]

    m = mentions[((mentions["label"] == "ABBR") | (mentions["label"] == "ORG")) & (mentions["entity_id"] == "")]
    for doc_id, text, label, start, end in zip(m["doc_id"], m["text"], m["label"], m["start"], m["end"]):
        short = text.strip()
        if label == "ORG" and not looks_like_acronym(short):
            continue
        if not candidate(short):
            continue
        doc_sets[short].add(doc_id)
        counts[short] += 1
        try:
            pos = (order.get(doc_id, len(order)), int(start), int(end))
        except ValueError:
            pos = (order.get(doc_id, len(order)), -1, -1)
        if short not in first or pos < first[short]:
            first[short] = pos
            first_doc[short] = doc_id

    longs: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, short, long, source in zip(acr["doc_id"], acr["short"], acr["long"], acr["source"]):
        short = short.strip()
        if not candidate(short):
            continue
        if doc_id not in doc_sets[short]:
            doc_sets[short].add(doc_id)
            counts[short] += 1  # defined or used in that document without a mention row
            pos = (order.get(doc_id, len(order)), -1, -1)
            if short not in first or pos[0] < first[short][0]:
                first[short] = pos
                first_doc[short] = doc_id
        if source == "text" and long.strip() and fold(long) != fold(short):
            longs[short][long.strip()] += 1

    # fallback expansions: unlinked organisations that carry the acronym and a fuller name
    org_longs: dict[str, Counter[str]] = defaultdict(Counter)
    for name, acronym in zip(orgs["name"], orgs["acronym"]):
        acronym = acronym.strip()
        if acronym and acronym in doc_sets and name.strip() and fold(name) != fold(acronym) \
                and len(name.split()) > 1:
            org_longs[acronym][name.strip()] += 1

    org_names = {fold(n) for n in orgs["name"] if n} | {fold(n) for n in orgs["canonical_name"] if n}
    rows = []
    for short, dset in doc_sets.items():
        text_ranked = _rank_longs(short, longs.get(short, Counter()), org_names, gaz)
        org_ranked = _rank_longs(short, org_longs.get(short, Counter()), org_names, gaz, is_org=True)
        good = [l for q, l in text_ranked if q < _IMPLAUSIBLE] or [l for q, l in org_ranked if q < _IMPLAUSIBLE]
        alternatives = good[:1]
        for _, l in text_ranked + org_ranked:
            if all(fold(l) != fold(a) for a in alternatives):
                alternatives.append(l)
        rows.append({
            "short": short, "documents": len(dset), "mentions": counts[short],
            "proposed_long": alternatives[0] if good else "",
            "other_longs": "|".join(alternatives[(1 if good else 0):][:MAX_OTHER_LONGS]),
            "example_doc": first_doc.get(short, ""), "example_sentence": "",
        })
    df = pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)
    if df.empty:
        return df
    df = df.sort_values(["documents", "mentions", "short"], ascending=[False, False, True],
                        kind="mergesort").reset_index(drop=True)
    if example_sentences:
        items = {s: (first_doc[s], first[s][1], first[s][2]) for s in df["short"] if s in first_doc}
        examples = _examples(items, docs)
        df["example_sentence"] = [examples.get(s, "") for s in df["short"]]
    return df


# ------------------------------------------------------------------------------------ 2. suggest
# Head nouns of Vietnamese organisation names -> org_type; longer heads first.
_HEADS: list[tuple[str, str]] = [
    ("trung tâm nghiên cứu", "research_institute"),
    ("ủy ban nhân dân", "provincial_body"),
    ("hội đồng nhân dân", "provincial_body"),
    ("tổng cục", "government_body"), ("cục", "government_body"), ("bộ", "government_body"),
    ("vụ", "government_body"),
    ("viện", "research_institute"),
    ("trường", "university"), ("đại học", "university"), ("học viện", "university"),
    ("ngân hàng", "bank"),
    ("công ty", "company"), ("tập đoàn", "company"), ("tổng công ty", "company"),
    ("quỹ", "ngo_foundation"), ("tổ chức", "ngo_foundation"),
    ("hiệp hội", "association"), ("liên hiệp", "association"), ("hội", "association"),
    ("ubnd", "provincial_body"), ("hđnd", "provincial_body"), ("sở", "provincial_body"),
]
_HEADS.sort(key=lambda h: -len(h[0]))
# "Hội đồng" (council), "Bộ phận" (unit), "Hội nghị" (conference) are not the heads above.
_NOT_HEADS = ("hội đồng", "hội nghị", "hội thảo", "bộ phận", "bộ trưởng", "vụ trưởng", "cục trưởng",
              "sở hữu", "trường hợp", "quỹ đất")


def guess_org_type(name: str) -> str:
    """org_type from the head noun of a Vietnamese name ("Viện ..." -> research_institute), else ''.

    Why only a guess: the head noun is reliable for Vietnamese bodies, but the reviewer still
    decides; an empty value becomes ``other`` when the row is added.
    """
    key = fold(name)
    head = next(((h, t) for h, t in _HEADS if key == h or key.startswith(h + " ")), None)
    if head is None:
        return ""
    if head[0] == "trường" and len(key.split()) < 3:
        return ""  # "Trường Sơn", "Trường Chinh": a place or a person; schools are "Trường X Y"
    # a longer non-head prefix wins: "Hội đồng Anh" is no association, "Hội đồng nhân dân" is a body
    if any((key == n or key.startswith(n + " ")) and len(n) > len(head[0]) for n in _NOT_HEADS):
        return ""
    return head[1]


def slugify(text: str, max_len: int = 40) -> str:
    """Lowercase ASCII slug [a-z0-9-] ("Bộ KH&CN" -> "bo-kh-cn"), cut at a word boundary."""
    ascii_text = strip_diacritics(unicodedata.normalize("NFC", text)).lower()
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0] or slug[:max_len]
    return slug


def _propose_id(name: str, acronym: str, foreign: bool, taken: set[str]) -> str:
    base = slugify(acronym) if acronym and looks_like_acronym(acronym) else slugify(name)
    if not base:
        base = "org"
    if not foreign and not base.startswith("vn-"):
        base = "vn-" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


@dataclass
class _OrgGroup:
    """One unlinked organisation across documents (all spellings with the same fold key)."""

    names: Counter[str] = field(default_factory=Counter)
    acronyms: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    foreign: Counter[bool] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    first: tuple[int, str] = (1 << 60, "")


def _generic(name: str, abbreviations: frozenset[str]) -> bool:
    """Only common words after the head noun: a description, not a name.

    "Công ty cổ phần", "Công ty TNHH", "UBND TP", "Ban giám đốc": no capitalised word, digit or
    acronym follows the head, other than the organisation-part abbreviations (``org_part``).
    """
    words = name.split()[1:]
    return bool(words) and not any(
        (w[:1].isupper() or w[:1].isdigit() or looks_like_acronym(w)) and w.upper() not in abbreviations
        for w in words)


def suggest(outdir: str | os.PathLike[str], gazetteer_dir: str | os.PathLike[str] | None = None,
            example_sentences: bool = True) -> "pd.DataFrame":
    """Ranked review sheet of organisations and abbreviations to add to the gazetteers.

    Why one sheet: a reviewer decides row by row (``decision`` = accepted / rejected), and
    :func:`add_suggestions` turns exactly the accepted rows into gazetteer lines, with the
    proposed ``id`` and ``org_type`` already filled in so most rows need no typing.
    """
    import pandas as pd

    outdir = Path(outdir)
    _require_outdir(outdir, ("documents", "mentions", "organizations", "acronyms"))
    gaz = _load_gazetteer(gazetteer_dir)
    docs = _read_table(outdir, "documents")
    orgs = _read_table(outdir, "organizations")
    mentions = _read_table(outdir, "mentions")
    order = _doc_order(docs)
    unknown = _unknown_from_tables(gaz, docs, mentions, orgs, _read_table(outdir, "acronyms"),
                                   example_sentences=False)
    unknown_by_short = {r["short"]: r for r in unknown.to_dict("records")}

    upper_abbrevs = frozenset(a.upper() for a in gaz.abbreviations)
    # "TP", "TNHH": parts of any organisation name; "TDTT" in "Ủy ban TDTT" is content
    org_parts = frozenset(a.upper() for a, e in gaz.abbreviations.items() if e.category == "org_part")
    groups: dict[str, _OrgGroup] = {}
    new = orgs[orgs["in_gazetteer"].str.lower() != "true"]
    for row in new.to_dict("records"):
        name = row["name"].strip()
        if not name:
            continue
        acronym = row["acronym"].strip()
        if fold(acronym) == fold(name) or is_noise_acronym(acronym) or acronym.upper() in upper_abbrevs:
            # "Vụ HTQT" is its own acronym; "Tập đoàn Dữ liệu IDG" is a variant name; "TM"
            # (thương mại) is a generic abbreviation, not this organisation's acronym
            acronym = ""
        if len(name.split()) == 1 and not looks_like_acronym(name):
            continue  # "Bộ", "Viện": a head noun alone names nothing
        if looks_like_acronym(name) and is_noise_acronym(name):
            continue
        key = fold(name)
        g = groups.setdefault(key, _OrgGroup())
        g.names[name] += 1
        if acronym:
            g.acronyms[acronym] += 1
        if row.get("country"):
            g.countries[row["country"].upper()] += 1
        g.foreign[row.get("foreign", "").lower() == "true"] += 1
        g.docs.add(row["doc_id"])
        try:
            g.mentions += int(row.get("mentions") or 1)
        except ValueError:
            g.mentions += 1
        g.first = min(g.first, (order.get(row["doc_id"], len(order)), row["doc_id"]))

    # an organisation named only by its acronym in some documents joins the group of its full name
    by_acronym: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        if g.acronyms:
            by_acronym[fold(g.acronyms.most_common(1)[0][0])].append(key)
    for key in list(groups):
        targets = [t for t in by_acronym.get(key, []) if t != key]
        if len(targets) == 1 and targets[0] in groups:
            g, t = groups.pop(key), groups[targets[0]]
            t.acronyms.update(g.names)
            t.countries.update(g.countries)
            t.foreign.update(g.foreign)
            t.docs |= g.docs
            t.mentions += g.mentions
            t.first = min(t.first, g.first)

    taken = set(gaz.orgs)
    rows = []
    org_shorts: set[str] = set()
    for key, g in groups.items():
        # the usual spelling, but never the all-caps one of a headline if another exists
        name = max(g.names.items(), key=lambda kv: (kv[0] != kv[0].upper(), kv[1], len(kv[0])))[0]
        if fold(name) in gaz.place_index:
            continue  # "Đài Loan", "Hội An": a place the entity rules took for an organisation
        if not looks_like_acronym(name) and _generic(g.names.most_common(1)[0][0], org_parts):
            continue  # "Công ty cổ phần", "Ban giám đốc": a head noun with common words only
        acronym = g.acronyms.most_common(1)[0][0] if g.acronyms else ""
        proposed_long = ""
        if looks_like_acronym(name) and not acronym:
            # only the acronym is known as a name: use the expansion the articles give
            acronym = name
            proposed_long = str(unknown_by_short.get(name, {}).get("proposed_long", ""))
            if proposed_long:
                name = proposed_long
        # already in the gazetteer under another form (ambiguous, or only its acronym is listed)
        if fold(name) in gaz.org_alias_index or (acronym and (acronym.upper() in gaz.acronym_index
                                                              or fold(acronym) in gaz.org_alias_index)):
            continue
        country = g.countries.most_common(1)[0][0] if g.countries else ""
        foreign = (g.foreign[True] > g.foreign[False]) or (bool(country) and country != "VN")
        org_shorts.update({name, acronym} - {""})
        rows.append({
            "kind": "organization", "name": name, "acronym": acronym, "proposed_long": proposed_long,
            "country": country, "foreign": "true" if foreign else "false",
            "documents": len(g.docs), "mentions": g.mentions, "example_doc": g.first[1],
            "example_sentence": "", "decision": "", "id": _propose_id(name, acronym, foreign, taken),
            "org_type": guess_org_type(name),
        })

    folded_org_shorts = {fold(s) for s in org_shorts}
    for r in unknown.to_dict("records"):
        if fold(r["short"]) in folded_org_shorts:
            continue
        rows.append({
            "kind": "abbreviation", "name": r["short"], "acronym": r["short"],
            "proposed_long": r["proposed_long"], "country": "", "foreign": "",
            "documents": r["documents"], "mentions": r["mentions"], "example_doc": r["example_doc"],
            "example_sentence": "", "decision": "", "id": "", "org_type": "",
        })

    df = pd.DataFrame(rows, columns=SUGGESTION_COLUMNS)
    if df.empty:
        return df
    df = df.sort_values(["documents", "mentions", "kind", "name"], ascending=[False, False, False, True],
                        kind="mergesort").reset_index(drop=True)
    if example_sentences:
        df["example_sentence"] = _suggestion_examples(df, mentions, docs)
    return df


def _suggestion_examples(df: "pd.DataFrame", mentions: "pd.DataFrame", docs: "pd.DataFrame") -> list[str]:
    """Example sentence per suggestion: the first mention of its name or acronym in example_doc."""
    sources = dict(zip(docs["doc_id"], docs["source"]))
    need_docs = {d for d in df["example_doc"] if d}
    texts = _texts_for({d: sources[d] for d in need_docs if d in sources})
    sub = mentions[mentions["doc_id"].isin(need_docs)]
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    for doc_id, text, start, end in zip(sub["doc_id"], sub["text"], sub["start"], sub["end"]):
        k = (doc_id, fold(text))
        try:
            span = (int(start), int(end))
        except ValueError:
            continue
        if k not in spans or span < spans[k]:
            spans[k] = span
    out = []
    for doc_id, name, acronym in zip(df["example_doc"], df["name"], df["acronym"]):
        text = texts.get(doc_id)
        sentence = ""
        if text:
            for form in (name, acronym):
                if not form:
                    continue
                span = spans.get((doc_id, fold(form))) or _find_token(text, form)
                if span:
                    sentence = _sentence_at(text, *span)
                    break
        out.append(sentence)
    return out


# ------------------------------------------------------------------------------------ 3. add
@dataclass
class AddReport:
    """What :func:`add_suggestions` did with each accepted row."""

    added: list[tuple[str, str]] = field(default_factory=list)      # (file, id or short)
    skipped: list[tuple[str, str]] = field(default_factory=list)    # (row, "already in gazetteer: id")
    refused: list[tuple[str, str]] = field(default_factory=list)    # (row, reason)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.skipped)} skipped as duplicates, "
                f"{len(self.refused)} refused")


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return fix_tone_marks(text)


def _line_terminator(data: bytes) -> str:
    first = data.split(b"\n", 1)[0]
    return "\r\n" if first.endswith(b"\r") else "\n"


def _append_rows(path: Path, columns: list[str], rows: list[dict[str, str]]) -> bytes:
    """The bytes of ``path`` with ``rows`` appended in its own line ending and csv quoting."""
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    header = next(csv.reader([text.splitlines()[0]])) if text else columns
    header = [h.strip() for h in header]
    eol = _line_terminator(data)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    prefix = b"" if not data or data.endswith(b"\n") or data.endswith(b"\r") else eol.encode()
    return data + prefix + buf.getvalue().encode("utf-8")


def add_suggestions(suggestions_csv: str | os.PathLike[str],
                    gazetteer_dir: str | os.PathLike[str] | None = None) -> AddReport:
    """Append the accepted suggestions to organizations.csv / abbreviations.csv.

    Why so careful: analysts edit these files in spreadsheets and review their diffs, so the
    existing lines stay byte-for-byte identical, nothing is ever added twice, and the new files
    replace the old ones (atomically) only after :func:`extractor.gazetteer.check` passes on a
    copy.  Raises ``ValueError`` listing file:line problems otherwise.
    """
    import pandas as pd

    gdir = Path(gazetteer_dir) if gazetteer_dir else default_dir()
    if not (gdir / "organizations.csv").exists() or not (gdir / "abbreviations.csv").exists():
        raise ValueError(f"{gdir} is not a gazetteer folder (no organizations.csv / abbreviations.csv); "
                         "pass the right one with --gazetteers DIR")
    sheet = pd.read_csv(suggestions_csv, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in ("kind", "name", "decision") if c not in sheet.columns]
    if missing:
        raise ValueError(f"{suggestions_csv} has no {', '.join(missing)} column; "
                         "create it with `extractor gazetteer suggest OUTDIR -o suggestions.csv`")
    gaz = Gazetteer.load(gdir, strict=False)
    report = AddReport()
    org_rows: list[dict[str, str]] = []
    abbr_rows: list[dict[str, str]] = []
    new_ids: set[str] = set()
    new_forms: dict[str, str] = {}   # folded name/acronym -> id of a row accepted in this batch
    new_shorts: set[str] = set()
    today = dt.date.today().isoformat()
    taken = set(gaz.orgs)

    for lineno, row in enumerate(sheet.to_dict("records"), start=2):
        if str(row.get("decision", "")).strip().lower() != "accepted":
            continue
        kind = _clean(row.get("kind")).lower()
        name = _clean(row.get("name"))
        acronym = _clean(row.get("acronym"))
        label = f"line {lineno} ({name or acronym})"
        if kind == "organization":
            oid = _clean(row.get("id")).lower()
            foreign = _clean(row.get("foreign")).lower() == "true"
            country = _clean(row.get("country")).upper()
            if not name:
                report.refused.append((label, "no name; fill the name column"))
                continue
            if not country:
                if foreign:
                    report.refused.append((label, "foreign organisation without a country; fill the "
                                                  "country column (ISO code such as JP, or INT)"))
                    continue
                country = "VN"
            if not oid:
                oid = _propose_id(name, acronym, foreign, taken)
            forms = [f for f in (name, acronym) if f]
            dup = oid if (oid in gaz.orgs or oid in new_ids) else ""
            for form in forms:
                if dup:
                    break
                ids = gaz.org_alias_index.get(fold(form), [])
                if not ids and form == acronym:
                    ids = gaz.acronym_index.get(form.upper(), [])
                if ids:
                    dup = ",".join(ids)
                elif fold(form) in new_forms:
                    dup = new_forms[fold(form)]
            if dup:
                report.skipped.append((label, f"already in gazetteer: {dup}"))
                continue
            new_ids.add(oid)
            taken.add(oid)
            for form in forms:
                new_forms[fold(form)] = oid
            org_rows.append({
                "id": oid, "name_vi": name, "name_en": "", "acronyms": acronym if acronym != name else "",
                "aliases": "", "country": country, "org_type": _clean(row.get("org_type")) or "other",
                "parent_id": "", "ambiguous_aliases": "", "notes": f"added from suggestions {today}",
            })
            report.added.append(("organizations.csv", oid))
        elif kind == "abbreviation":
            short = acronym or name
            long = _clean(row.get("proposed_long"))
            if not short:
                report.refused.append((label, "no short form; fill the acronym column"))
                continue
            if not long:
                report.refused.append((label, f"no proposed_long for {short!r}; write its expansion in "
                                              "proposed_long, or mark the row rejected"))
                continue
            owners = gaz.acronym_index.get(short.upper(), []) or gaz.org_alias_index.get(fold(short), [])
            if short in gaz.abbreviations or short in new_shorts:
                report.skipped.append((label, f"already in gazetteer: {short}"))
                continue
            if owners:
                report.skipped.append((label, f"already in gazetteer: {','.join(owners)}"))
                continue
            new_shorts.add(short)
            abbr_rows.append({"short": short, "long": long, "variants": "", "lang": "vi",
                              "category": "general", "ambiguous": "false"})
            report.added.append(("abbreviations.csv", short))
        else:
            report.refused.append((label, f"kind {kind!r} is neither 'organization' nor 'abbreviation'"))

    if not org_rows and not abbr_rows:
        return report

    changes = {"organizations.csv": (ORG_COLUMNS, org_rows), "abbreviations.csv": (ABBREV_COLUMNS, abbr_rows)}
    tmpdir = Path(tempfile.mkdtemp(prefix=".add-", dir=gdir))  # same filesystem: os.replace is atomic
    try:
        for src in gdir.glob("*.csv"):
            shutil.copy2(src, tmpdir / src.name)
        for fname, (columns, rows) in changes.items():
            if rows:
                (tmpdir / fname).write_bytes(_append_rows(gdir / fname, columns, rows))
        errors = [i for i in check(tmpdir) if i.level == "error"]
        if errors:
            listing = "\n".join(f"  {gdir / e.file}:{e.line}: {e.message}" for e in errors[:30])
            raise ValueError(f"the gazetteer would have {len(errors)} error(s) after adding; nothing was "
                             f"changed. Fix these rows in {suggestions_csv} (or reject them):\n{listing}")
        for fname, (_, rows) in changes.items():
            if rows:
                os.replace(tmpdir / fname, gdir / fname)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return report


# ------------------------------------------------------------------------------------ 4. click
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _outdir_error(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _cut_around(text: str, token: str, width: int) -> str:
    """``text`` cut to ``width`` characters so that ``token`` stays visible."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    span = _find_token(text, token)
    if span is None or span[1] <= width - 1:
        return text[: width - 1] + "…"
    a = max(0, min(span[0] - width // 3, len(text) - (width - 1)))
    piece = "…" + text[a + 1: a + width - 1]
    return piece + ("…" if a + width - 1 < len(text) else "")


@click.command("acronyms", context_settings=CONTEXT)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--unknown", is_flag=True, help="List acronyms that are not in the gazetteers (required for now).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the full table (with other_longs and example_doc) to this CSV file.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the N most widespread acronyms.")
@click.option("--gazetteers", "gazetteer_dir", type=click.Path(file_okay=False, exists=True),
              help="Gazetteer folder (default: ./gazetteers or $EXTRACTOR_GAZETTEERS).")
def acronyms_cmd(outdir, unknown, output, limit, gazetteer_dir):
    """List the acronyms of a run's OUTDIR that the gazetteers do not know, most widespread first.

    For each: in how many documents and how often it occurs, the expansion the articles give
    (proposed long form), and an example sentence.

    \b
    Examples:
      extractor acronyms out/ --unknown
      extractor acronyms out/ --unknown --limit 50
      extractor acronyms out/ --unknown -o unknown_acronyms.csv
    """
    if not unknown:
        raise click.ClickException("use --unknown to list acronyms that are not in the gazetteers "
                                   f"(e.g. `extractor acronyms {outdir} --unknown`)")
    try:
        df = unknown_acronyms(outdir, gazetteer_dir)
    except FileNotFoundError as exc:
        raise _outdir_error(exc) from exc
    if limit:
        df = df.head(limit)
    if output:
        df.to_csv(output, index=False, encoding="utf-8")
        click.echo(f"{len(df)} unknown acronym(s) written to {output}", err=True)
        return
    if df.empty:
        click.echo("no unknown acronyms", err=True)
        return
    w_short = max(5, min(16, int(df["short"].str.len().max())))
    click.echo(f"{'short':<{w_short}}  {'docs':>5}  {'mentions':>8}  {'proposed long':<40}  example sentence")
    for r in df.itertuples(index=False):
        click.echo(f"{_cut(r.short, w_short):<{w_short}}  {r.documents:>5}  {r.mentions:>8}  "
                   f"{_cut(r.proposed_long, 40):<40}  {_cut_around(r.example_sentence, r.short, 100)}")


@click.command("suggest", context_settings=CONTEXT)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Review sheet to write (CSV, UTF-8; opens in a spreadsheet).")
@click.option("--gazetteers", "gazetteer_dir", type=click.Path(file_okay=False, exists=True),
              help="Gazetteer folder (default: ./gazetteers or $EXTRACTOR_GAZETTEERS).")
def suggest_cmd(outdir, output, gazetteer_dir):
    """Write a review sheet of organisations and abbreviations to add to the gazetteers.

    Rows are unlinked organisations and unknown acronyms of OUTDIR, most widespread first,
    with a proposed id and org_type.  Write "accepted" or "rejected" in the decision column,
    check id / org_type / country / proposed_long, then run `extractor gazetteer add`.

    \b
    Examples:
      extractor run corpus/ -o out/
      extractor gazetteer suggest out/ -o suggestions.csv
      extractor gazetteer add suggestions.csv
    """
    try:
        df = suggest(outdir, gazetteer_dir)
    except FileNotFoundError as exc:
        raise _outdir_error(exc) from exc
    df.to_csv(output, index=False, encoding="utf-8-sig")  # BOM: spreadsheets then read Vietnamese right
    kinds = df["kind"].value_counts().to_dict() if not df.empty else {}
    click.echo(f"{len(df)} suggestion(s) ({kinds.get('organization', 0)} organisations, "
               f"{kinds.get('abbreviation', 0)} abbreviations) written to {output}; mark the decision "
               f"column, then run `extractor gazetteer add {output}`", err=True)


@click.command("add", context_settings=CONTEXT)
@click.argument("suggestions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--gazetteers", "gazetteer_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Gazetteer folder (default: ./gazetteers or $EXTRACTOR_GAZETTEERS).")
def add_cmd(suggestions, gazetteer_dir):
    """Append the rows of SUGGESTIONS marked "accepted" to the gazetteer files.

    Organisations go to organizations.csv, abbreviations to abbreviations.csv.  Existing
    lines are not changed; entries already in the gazetteer are skipped.  The files are only
    replaced when `extractor gazetteer check` passes on the result.

    \b
    Examples:
      extractor gazetteer add suggestions.csv
      extractor gazetteer add suggestions.csv --gazetteers my_gazetteers/
    """
    try:
        report = add_suggestions(suggestions, gazetteer_dir)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from exc
    for fname, key in report.added:
        click.echo(f"added {key} to {fname}")
    for label, reason in report.skipped:
        click.echo(f"skipped {label}: {reason}")
    for label, reason in report.refused:
        click.echo(f"refused {label}: {reason}")
    click.echo(report.summary())
