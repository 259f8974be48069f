"""Vietnamese calendar expressions with ISO 8601 values (GOLD-FORMAT "dates").

How it works, in three cheap passes over precompiled regexes (no per-character Python loops, no dateparser):

1. *Atoms*: each pattern family (full dates, day+month, month+year, month, years, year ranges, day ranges,
   quarters, halves, decades) is one ``finditer`` over the text.  Every hit becomes a candidate with a
   ``lo``/``hi`` pair of ``[year, month, day]`` (None = not stated) and a *strong* flag.  Overlaps are
   resolved longest-first, so "Thứ tư, 03 Tháng 7 2019" beats "Tháng 7 2019" and "6 tháng cuối năm 2019"
   beats "năm 2019".
2. *Ranges and coordination*: neighbouring candidates joined by "đến/tới/-" (after an optional "từ") merge
   into one interval ("giai đoạn từ năm 2017 đến năm 2019" is ONE match), extended over a leading period word
   ("giai đoạn", "nhiệm kỳ") or surrounding brackets ("(2019 - 2023)").  Candidates joined by "và"/","
   share the year of the last one ("tháng 5 và tháng 8 năm 2020" -> 2020-05, 2020-08).
3. *Year inference* for partial dates: coordination first, then ``published``, then the latest explicit
   year in the same sentence, else "XXXX" (GOLD-FORMAT: infer only when certain).

Why candidates can be *weak*: bare "7/3" is as often a fraction or part of a code as a date, a bare "2019"
may be part of a name ("FIG Working Week 2019") and "ngày 6" alone says nothing.  Weak candidates are kept
only when they join a range or a coordination with a real date ("27/11 - 30/11", "từ ngày 6 đến 12/6",
"khoảng thời gian 2005 và 2008"), or in :func:`parse_date`, whose caller asserts the whole string is a date.
Bare day/month with "-" or "." ("20-5", "14.3") needs "ngày" or a part of the day ("sáng", "hôm qua,")
because "thắng 2-1" and "9.5" are far more common; numbers followed by a unit ("từ 2000 người") are no years.
Language data (month and weekday words, context words, units) lives in ``data/vi_dates.json``.
"""
from __future__ import annotations

import datetime
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DateMatch", "find_dates", "parse_date"]

_DATA = json.loads((Path(__file__).parent / "data" / "vi_dates.json").read_text("utf-8"))


@dataclass(frozen=True)
class DateMatch:
    """One calendar expression; ``value`` is ISO 8601 per GOLD-FORMAT ("2019-07", "2017/2021", "XXXX-04-23")."""

    start: int
    end: int
    text: str
    value: str
    kind: str       # date | month | year | interval | quarter | half | decade


def _alt(words: object) -> str:
    """Alternation, longest first, spaces matching any whitespace."""
    uniq = sorted(set(words), key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in uniq)


def _key(s: str) -> str:
    return " ".join(s.lower().split())


_MONTH_OF = {_key(k): v for k, v in _DATA["month_words"].items()} | dict(_DATA["month_words_case_sensitive"])
_QUARTER_OF = {k.lower(): v for k, v in (_DATA["quarters"] | _DATA["quarters_roman"]).items()}
_HALF_N = _DATA["half_numbers"]
_REL = _DATA["relative_years"]
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])(?!\d)"
_MW = rf"(?:{_alt(_DATA['month_words'])}|(?-i:{_alt(_DATA['month_words_case_sensitive'])}))(?!\w)"
_MON = rf"(?P<m>{_M}|{_MW})"
_WD = rf"(?:(?P<wd>{_alt(_DATA['weekdays'])})\s*,?\s*)?"
_DAYP = rf"(?P<dw>(?:{_alt(_DATA['day_words'])})\s+(?:(?:mồng|mùng)\s+)?)"
_NB = r"(?<![\w.,/:-])"          # a number starts here, not inside "54-NQ", "05:2013", "9,5"
_NE = r"(?!\w|/\w|[.,:-]\d)"      # ... and ends here, not before "/TW", ".5"
_YW = _alt(_DATA["year_words"])
_PRE = rf"(?:(?P<pre>{_alt(_DATA['year_span_prefixes'])})\s+)?"
_REL_SRC = rf"(?:\s+năm\s+(?P<rel>{_alt(_REL)})(?!\w))?"
_F = re.IGNORECASE

def _first_chars(items: list, flags: int) -> tuple[set[str], bool] | None:
    """Class items a match of the parsed sequence can start with, and whether it can be empty.

    None when the set is unbounded or unknown (``.``, a negated class, a back-reference, an
    inline flag that adds case-insensitivity).
    """
    from re import _constants as C

    out: set[str] = set()
    for op, av in items:
        nullable = False
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(re.escape(chr(iav)))
                elif iop is C.RANGE:
                    out.add(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iop is C.CATEGORY and iav in _CATEGORY_CLASS:
                    out.add(_CATEGORY_CLASS[iav])
                else:
                    return None
        elif op is C.CATEGORY and av in _CATEGORY_CLASS:
            out.add(_CATEGORY_CLASS[av])
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            nullable = True  # zero-width: the next item decides
        elif op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
                return None
            first = _first_chars(list(sub), flags)
            if first is None:
                return None
            out |= first[0]
            nullable = first[1]
        elif op is C.BRANCH:
            for alt in av[1]:
                first = _first_chars(list(alt), flags)
                if first is None:
                    return None
                out |= first[0]
                nullable = nullable or first[1]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            first = _first_chars(list(sub), flags)
            if first is None:
                return None
            out |= first[0]
            nullable = lo == 0 or first[1]
        else:
            return None
        if not nullable:
            return out, False
    return out, True


def _guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead for the characters a match can start with: same matches, faster.

    The atoms begin with optional words ("thứ hai", "ngày", "từ", "cuối"), so ``re`` cannot skip
    ahead and tries every alternative at every position; 15 atoms over every article was ~10% of
    the pipeline (issue #9).  A leading ``(?=[...])`` of every character a match can start with
    (computed from the parsed pattern, under the same flags) rejects most positions in one step
    and, being implied by the pattern, never changes what matches.  An atom whose first
    character cannot be bounded is returned unchanged.
    """
    try:
        from re import _parser

        first = _first_chars(list(_parser.parse(rx.pattern, rx.flags)), rx.flags)
    except Exception:  # a private module of ``re``: never let it break the extractor
        return rx
    if first is None or first[1] or not first[0]:
        return rx
    return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{rx.pattern})", rx.flags)


_CATEGORY_CLASS = {}
try:
    from re import _constants as _C

    _CATEGORY_CLASS = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w",
                       _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_NOT_WORD: r"\W"}
except ImportError:  # pragma: no cover - the guard is then simply not applied
    pass

_ATOMS: dict[str, re.Pattern[str]] = {
    "numdate": re.compile(rf"(?=[\dtcnmTCNM]){_WD}{_DAYP}?{_NB}(?P<d>{_D})(?P<s>[/.-])(?P<m>{_M})"
                          rf"(?:(?P=s)(?P<y>\d{{4}}|\d{{2}}))?{_NE}", _F),
    "txtdate": re.compile(rf"(?=[\dtcnmTCNM]){_WD}{_DAYP}?{_NB}(?P<d>{_D})\s+tháng\s+{_MON}"
                          rf"(?:\s*,?\s*(?:năm\s+)?(?P<y>\d{{4}}))?{_NE}", _F),
    "mdy": re.compile(rf"(?<!\w)tháng\s+(?P<m>{_MW})\s+(?P<d>{_D}),\s*(?P<y>\d{{4}})(?!\d)", _F),
    "dayrange": re.compile(rf"(?:(?P<open>từ)\s+)?{_DAYP}?{_NB}(?P<d1>{_D})\s*(?:-|–|đến|tới)\s*"
                           rf"(?:(?:ngày|mồng|mùng)\s+)?(?P<d2>{_D})(?P<s>[/.])(?P<m>{_M})"
                           rf"(?:(?P=s)(?P<y>\d{{4}}))?{_NE}", _F),
    "monthyear": re.compile(rf"(?<!\w)tháng\s+{_MON}(?:\s*[/.-]\s*|\s*,?\s*năm\s+|\s+)(?P<y>\d{{4}}){_NE}", _F),
    "my": re.compile(rf"{_NB}(?P<m>{_M})/(?P<y>\d{{4}}){_NE}", _F),
    "firstday": re.compile(rf"(?<!\w){_alt([_DATA['first_day_phrase']])}\s+tháng\s+{_MON}"
                           rf"(?:\s+năm\s+(?P<y>\d{{4}}))?{_NE}", _F),
    "month": re.compile(rf"(?<!\w)tháng\s+(?P<m>1[0-2](?![\d/.,]?\d)|0?[1-9](?![\d/.,]?\d)|{_MW})"
                        rf"{_REL_SRC}", _F),
    "year": re.compile(rf"{_PRE}(?<!\w)(?:{_YW})\s+(?P<y>\d{{4}}){_NE}", _F),
    "yearrange": re.compile(rf"(?:(?:{_YW})\s+)?{_NB}(?P<y1>\d{{4}})\s*(?:-|–|—)\s*"
                            rf"(?:(?:{_YW})\s+)?(?P<y2>\d{{4}}){_NE}", _F),
    "bareyear": re.compile(rf"{_PRE}{_NB}(?P<y>19\d\d|20\d\d|2100)(?![\w/]|[.,:-]?\d)", _F),
    "quarter": re.compile(rf"(?<!\w)quý\s+(?P<q>(?-i:{_alt(_DATA['quarters_roman'])})|{_alt(_DATA['quarters'])})"
                          rf"(?!\w)(?:\s*[/,-]?\s*(?:(?:của\s+)?năm\s+)?(?P<y>\d{{4}}))?{_NE}", _F),
    "half": re.compile(rf"(?<!\w)(?:(?P<n>1[01]|[1-9]|{_alt(_HALF_N)})\s+tháng|(?P<half>nửa))"
                       rf"\s+(?P<w>đầu|cuối)\s+năm(?:\s+(?P<y>\d{{4}})|\s+(?P<rel>{_alt(_REL)})(?!\w))?{_NE}", _F),
    "decade": re.compile(rf"(?<!\w)(?:{_alt(_DATA['decade_words'])})\s+(?P<y>\d{{3}}0|\d0)(?!\d)", _F),
    "dayonly": re.compile(rf"{_DAYP}{_NB}(?P<d>{_D})(?![\w/.]|\s*tháng|,\d|\s*[-–]\s*\d)", _F),
}
_ATOMS = {name: _guarded(rx) for name, rx in _ATOMS.items()}
_DAYPART_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['daypart_words'])})\s*,?\s*$", _F)
_RELATION_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['relation_words'])})\s+$", _F)
_YEAR_CTX_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['year_context_words'])})\s+$", _F)
_DOC_NO_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['document_words'])})\s+$", _F)
_UNIT_AFTER = re.compile(rf"\s*(?:{_alt(_DATA['unit_words_after_year'])})(?!\w)", _F)
_NONYEAR_RANGE_AFTER = re.compile(r"\s*(?:-|–|đến|tới)\s*(?!(?:19|20)\d\d(?!\d))\d")
_TITLE_BEFORE = re.compile(rf"(?<!\d )(?<!\w)năm\s+((?:[^\W\d_][\w&.-]*\s+){{1,{_DATA['title_max_words']}}})$",
                           _F)
_TITLE_AFTER = re.compile(r"\s*(?:$|[,.;:!?()\n])")
_NUM_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{_alt(_DATA['quantity_words'])}))\s+$", _F)
_TIMES_AFTER = re.compile(r"\s+lần(?!\w)", _F)
_RANGE_GAP = re.compile(rf"\s*(?P<sep>{_alt(_DATA['range_separators'])})\s*", _F)
_AND_OPENER_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['and_range_openers'])})\s+$", _F)
_EXTEND_BEFORE = re.compile(rf"(?<!\w)(?:(?:{_alt(_DATA['period_words'])})\s+)?"
                            rf"(?:(?:{_alt(_DATA['range_openers'] + ['giữa'])})\s+)?$", _F)
_COORD_GAP = re.compile(rf"\s*(?:,\s*)?(?:{_alt(_DATA['coordinators'])})\s*", _F)
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n+")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    lo: list[int | None]                 # [year, month, day]
    hi: list[int | None]
    strong: bool = True
    explicit: bool = False               # a year is written inside the span
    rel: int | None = None               # "năm nay/ngoái/tới": year relative to publication


def _month(s: str) -> int:
    return int(s) if s[0].isdigit() else _MONTH_OF.get(s, _MONTH_OF.get(_key(s), 0))


def _year_ok(y: int, bare: bool = False) -> bool:
    return 1900 <= y <= 2100 if bare else 1000 <= y <= 2199


def _point(start: int, end: int, kind: str, y: int | None, m: int | None, d: int | None,
           strong: bool = True) -> _Cand:
    return _Cand(start, end, kind, [y, m, d], [y, m, d], strong, y is not None)


def _before(text: str, pos: int, rx: re.Pattern[str], width: int = 30) -> re.Match[str] | None:
    return rx.search(text, max(0, pos - width), pos)


def _atom(name: str, m: re.Match[str], text: str, whole: bool) -> _Cand | None:
    """Decode one atom match into a candidate (None = not a date)."""
    g = m.groupdict()
    s, e = m.span()
    y = int(g["y"]) if g.get("y") else None
    if y is not None and g["y"] and len(g["y"]) == 4 and not _year_ok(y):
        return None
    if name == "numdate":
        d, mo, sep, ctx = int(g["d"]), int(g["m"]), g["s"], bool(g["dw"] or g["wd"])
        if g["y"] and len(g["y"]) == 2:
            if sep != "/" or not (ctx or whole):
                return None
            y = (2000 if int(g["y"]) <= 50 else 1900) + int(g["y"])
        if y is not None:
            return _point(s, e, "date", y, mo, d)
        start = s if g["dw"] or g["wd"] else m.start("d")
        daypart = _before(text, start, _DAYPART_BEFORE)
        if ctx or daypart:
            return _point(s, e, "date", None, mo, d)
        if sep == "/" and _before(text, start, _RELATION_BEFORE) and not d < mo <= 4:  # "đến 1/3": a fraction
            return _point(s, e, "date", None, mo, d)
        return _point(s, e, "date", None, mo, d, strong=False) if sep != "." else None
    if name == "txtdate":
        if not (g["dw"] or g["wd"] or y):
            return None
        return _point(s, e, "date", y, _month(g["m"]), int(g["d"]))
    if name == "mdy":
        return _point(s, e, "date", y, _month(g["m"]), int(g["d"]))
    if name == "firstday":
        return _point(s, e, "date", y, _month(g["m"]), 1)
    if name == "dayrange":
        d1, d2, mo = int(g["d1"]), int(g["d2"]), int(g["m"])
        if d1 >= d2 or (g["s"] == "." and not (y or g["dw"])):
            return None
        return _Cand(s, e, "interval", [y, mo, d1], [y, mo, d2], True, y is not None)
    if name == "monthyear":
        return _point(s, e, "month", y, _month(g["m"]), None)
    if name == "my":
        if _before(text, s, _DOC_NO_BEFORE):
            return None
        return _point(s, e, "month", y, int(g["m"]), None, strong=bool(_before(text, s, _RELATION_BEFORE)))
    if name == "month":
        if _before(text, s, _NUM_BEFORE, 12) or _TIMES_AFTER.match(text, e):
            return None
        c = _point(s, e, "month", None, _month(g["m"]), None)
        c.rel = _REL[g["rel"].lower()] if g["rel"] else None
        return c
    if name == "year":
        return _point(s, e, "year", y, None, None)
    if name == "yearrange":
        y1, y2 = int(g["y1"]), int(g["y2"])
        bare = not m.group(0)[0].isalpha()
        if not (_year_ok(y1, bare) and _year_ok(y2, bare) and y1 < y2 <= y1 + 100) or _UNIT_AFTER.match(text, e):
            return None
        return _Cand(s, e, "interval", [y1, None, None], [y2, None, None], True, True)
    if name == "bareyear":
        if _UNIT_AFTER.match(text, e) or _NONYEAR_RANGE_AFTER.match(text, e):
            return None
        ystart = m.start("y")
        if g["pre"] or _before(text, ystart, _YEAR_CTX_BEFORE):
            return _point(s, e, "year", y, None, None)
        t = _before(text, ystart, _TITLE_BEFORE, 60)
        words = t.group(1).split() if t else []
        if t and _TITLE_AFTER.match(text, e) and (t.group(0)[0] == "N" or words[0][0].isupper()):
            return _point(ystart, e, "year", y, None, None)
        return _point(ystart, e, "year", y, None, None, strong=False)
    if name == "quarter":
        q = _QUARTER_OF[g["q"].lower()]
        return _Cand(s, e, "quarter", [y, 3 * q - 2, None], [y, 3 * q, None], True, y is not None)
    if name == "half":
        n = 6 if g["half"] else (int(g["n"]) if g["n"].isdigit() else _HALF_N[g["n"].lower()])
        lo, hi = (1, n) if g["w"].lower() == "đầu" else (13 - n, 12)
        c = _Cand(s, e, "half" if n == 6 else "interval", [y, lo, None], [y, hi, None], True, y is not None)
        c.rel = _REL[g["rel"].lower()] if g["rel"] else None
        return c
    if name == "decade":
        y0 = int(g["y"]) + (1900 if len(g["y"]) == 2 else 0)
        return _Cand(s, e, "decade", [y0, None, None], [y0 + 9, None, None], True, True)
    if name == "dayonly":
        return _Cand(s, e, "dayonly", [None, None, int(g["d"])], [None, None, int(g["d"])], False)
    raise AssertionError(name)  # pragma: no cover


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep non-overlapping candidates, longest (then strong, then leftmost) first; return in text order."""
    cands.sort(key=lambda c: (c.start - c.end, not c.strong, c.start))
    starts: list[int] = []
    kept: list[_Cand] = []
    for c in cands:
        i = bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def _fill(a: list[int | None], b: list[int | None], later: bool) -> None:
    """Give ``a`` (no year) the year of ``b``; step a year when the order would be impossible."""
    a[0] = b[0]
    if a[0] is not None and a[1] is not None and b[1] is not None:
        if later and (a[1], a[2] or 0) < (b[1], b[2] or 0):
            a[0] += 1
        elif not later and (a[1], a[2] or 0) > (b[1], b[2] or 0):
            a[0] -= 1


def _merge(a: _Cand, b: _Cand) -> _Cand | None:
    """Interval from ``a`` to ``b`` (None when they cannot form one)."""
    if b.kind == "dayonly" or (a.kind == "dayonly" and b.lo[1] is None):
        return None
    lo, hi = list(a.lo), list(b.hi)
    if a.kind == "dayonly":
        lo[0], lo[1] = b.lo[0], b.lo[1]
    if lo[0] is None and hi[0] is not None:
        _fill(lo, hi, later=False)
    elif hi[0] is None and lo[0] is not None:
        _fill(hi, lo, later=True)
    key = [(v if v is not None else 0) for v in lo], [(v if v is not None else 99) for v in hi]
    if key[0] > key[1]:
        return None
    rel = a.rel if a.rel is not None else b.rel
    return _Cand(a.start, b.end, "interval", lo, hi, True, a.explicit or b.explicit, rel)


def _extend(text: str, c: _Cand) -> None:
    """Grow an interval over "giai đoạn"/"từ" before it and over brackets around it."""
    m = _before(text, c.start, _EXTEND_BEFORE, 40)
    if m and m.group(0):
        c.start = m.start()
    # "(2019 - 2023)": take the brackets in (scan outwards, never slice the whole text)
    i, j = c.start, c.end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    if i > 0 and text[i - 1] == "(" and j < len(text) and text[j] == ")":
        c.start, c.end = i - 1, j + 1


def _scan(text: str, published: datetime.date | None, sentences: list[tuple[int, int]] | None,
          whole: bool) -> list[DateMatch]:
    cands = [c for name, rx in _ATOMS.items() for m in rx.finditer(text)
             if (c := _atom(name, m, text, whole)) is not None]
    cands = _select(cands)
    merged: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            if gap and (gap.group("sep").lower() != "và" or _before(text, a.start, _AND_OPENER_BEFORE)):
                c = _merge(a, b)
                if c is not None:
                    merged.append(c)
                    i += 2
                    continue
        merged.append(a)
        i += 1
    for c in merged:
        if c.kind in ("interval",):
            _extend(text, c)
    # Coordination, right to left so "tháng 3, tháng 5 và tháng 8 năm 2020" all get 2020.
    for i in range(len(merged) - 2, -1, -1):
        a, b = merged[i], merged[i + 1]
        if a.lo[0] is None and b.lo[0] is not None and a.rel is None and _COORD_GAP.fullmatch(text, a.end, b.start):
            day_word = a.kind == "dayonly"     # "ngày 25 và 26/11": the "ngày" is evidence enough
            if day_word:
                if b.lo[1] is None or b.lo[2] is None:
                    continue
                a.lo[1] = a.hi[1] = b.lo[1]
                a.kind = "date"
            a.lo[0] = a.hi[0] = b.lo[0]
            a.strong = b.strong = a.strong or b.strong or day_word
    kept = [c for c in merged if c.kind != "dayonly" and (c.strong or whole)]
    # Year inference from the same sentence: the latest explicit year wins.
    if sentences is not None:
        bounds = [s for s, _ in sentences]
    else:
        bounds = [0] + [m.end() for m in _SENT_END.finditer(text)]
    latest: dict[int, int] = {}
    for c in kept:
        if c.explicit:
            k = bisect_right(bounds, c.start)
            latest[k] = max(latest.get(k, 0), *(v for v in (c.lo[0], c.hi[0]) if v is not None))
    out: list[DateMatch] = []
    for c in kept:
        if c.lo[0] is None:
            y: int | None = None
            if c.rel is not None:
                y = published.year + c.rel if published else None
            elif published is not None:
                y = published.year
            else:
                y = latest.get(bisect_right(bounds, c.start))
            c.lo[0] = y
            if c.hi[0] is None:
                c.hi[0] = y
                if y is not None and (c.hi[1] or 0, c.hi[2] or 0) < (c.lo[1] or 0, c.lo[2] or 0):
                    c.hi[0] = y + 1
        lo, hi = _iso(c.lo), _iso(c.hi)
        kind = c.kind if c.kind != "date" or c.lo[2] is not None else "month"
        out.append(DateMatch(c.start, c.end, text[c.start:c.end], lo if lo == hi else f"{lo}/{hi}", kind))
    return out


def _iso(p: list[int | None]) -> str:
    y, m, d = p
    s = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        s += f"-{m:02d}"
        if d is not None:
            s += f"-{d:02d}"
    return s


def find_dates(text: str, published: datetime.date | None = None,
               sentences: list[tuple[int, int]] | None = None) -> list[DateMatch]:
    """All calendar expressions in normalised ``text``, in text order.

    ``published`` supplies the year of partial dates ("ngày 23/4", "6 tháng cuối năm"); without it the
    latest explicit year of the same sentence is used (``sentences`` = (start, end) bounds, else the text is
    split on sentence punctuation), else the year is written "XXXX".
    """
    return _scan(text, published, sentences, whole=False)


def parse_date(text: str, published: datetime.date | None = None) -> str | None:
    """Value of the longest date expression in ``text`` (whole-string convenience), or None.

    The caller asserts the string is a date, so context-dependent forms ("7/3", "2019") are accepted.
    """
    found = _scan(text, published, None, whole=True)
    if not found:
        return None
    return max(found, key=lambda d: (d.end - d.start, -d.start)).value
