"""Money amounts and percentages in Vietnamese news, with normalised values and ISO 4217 codes.

One precompiled regex scans the text once; each match is then decoded by :func:`extractor.numbers.parse_number`.
Design decisions (each one exists because of a case seen in real articles or in Duckling's corpus):

* A number is money only when a currency is stated next to it (after it: "9,5 triệu USD", "mười đô",
  "20€"; or, for codes and symbols only, before it: "$10", "USD1,23", "Rs. 20").  Counts of projects,
  people or areas are numbers without a currency and are never money.
* Currency words that are also ordinary words are fenced by "blockers" kept in ``data/vi_money.json``:
  "2 đồng chí" (comrades), "10 đô thị" (cities), "yên tâm" (calm), "xu hướng" (trend).
* A qualifier immediately before the amount (optionally followed by "là": "xấp xỉ là 9,5 triệu USD")
  gives approx/over/under, per the gold guide (gần/khoảng/xấp xỉ -> approx, hơn/trên/ngoài -> over,
  dưới/chưa đến -> under).  Longest forms win, so "không ít hơn" is over while "ít hơn" is under.
  "lên tới"/"lên đến" are deliberately NOT qualifiers: "tổng vốn lên tới 100 triệu USD" says the total
  *reaches* that figure, so reporting "over" would misstate it; the amount is returned unqualified.
  "từ X trở lên" / "từ X trở xuống" are over/under.
* Ranges ("từ 100.000 USD đến 400.000 USD", "từ 100.000 đến 400.000 USD", "50-80 triệu USD",
  "giữa 1000 và 2000 đồng") give two matches, range-min and range-max.  An elliptic min ("50" in
  "50-80 triệu USD") borrows the max's magnitude and currency, and its span is then the whole range
  text, because "50" alone does not say 50 million; a min that carries its own currency keeps its own span.
* Vague quantities ("hàng trăm triệu USD" = hundreds of millions) are skipped: they have no value.
* Percentages ("30%", "35 %", "12 phần trăm") are :class:`PercentMatch`, never money.
* A trailing cents part is read for currencies that have cents ("2 đô la và 23 xen", "hai đô 23"),
  and Duckling's "Cent" ("mười xu") is 0.01 USD.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.numbers import NUMBER_RE_SRC, WORDS_RE_SRC, magnitude_words, parse_number

__all__ = ["MoneyMatch", "PercentMatch", "find_amounts", "find_percents", "parse_amount"]

_DATA = json.loads((Path(__file__).parent / "data" / "vi_money.json").read_text("utf-8"))


@dataclass(frozen=True)
class MoneyMatch:
    """One amount: ``text`` is ``text[start:end]`` of the input, without the qualifier word."""

    start: int
    end: int
    text: str
    value: float                        # in currency units: "9,5 triệu USD" -> 9500000.0
    currency: str                       # ISO 4217
    qualifier: str | None               # approx | over | under | range-min | range-max | None
    qualifier_start: int | None = None  # offset of the qualifier word, if any


@dataclass(frozen=True)
class PercentMatch:
    """One percentage; ``value`` is in percent ("30%" -> 30.0)."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None


def _key(form: str) -> str:
    return " ".join(form.casefold().split())


def _alt(forms: object) -> str:
    """Alternation of literal forms, longest first, internal spaces matching any whitespace."""
    uniq = sorted(set(forms), key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in uniq)


# --- currency forms ------------------------------------------------------------------------
_CUR_OF: dict[str, tuple[str, float]] = {}
for _code, _forms in _DATA["currencies"].items():
    for _f in _forms:
        _CUR_OF.setdefault(_key(_f), (_code, 1.0))
for _f, (_code, _factor) in _DATA["subunits"].items():
    _CUR_OF[_key(_f)] = (_code, float(_factor))
_CENTS_CURRENCIES = frozenset(_DATA["cents_currencies"])
_SUBUNITS = frozenset(_key(f) for f in _DATA["subunits"])
_BLOCKERS = {_key(f): ws for f, ws in _DATA["blockers"].items()}
_IDIOM_WORDS = frozenset(_DATA["idiom_numbers"]["words"])
_IDIOM_CURRENCIES = frozenset(_key(f) for f in _DATA["idiom_numbers"]["currencies"])
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _form_src(form: str) -> str:
    """One currency form with its word boundary and its blockers ('đồng' but not 'đồng chí')."""
    src = r"\s+".join(re.escape(p) for p in form.split())
    if form[-1].isalnum():
        # A code may touch a digit ("33 triệu USD6." is a typo for "USD."); a word must end there.
        src += r"(?![^\W\d_])" if form.isupper() else r"(?![^\W_])"
    blockers = _BLOCKERS.get(_key(form))
    if blockers:
        src += rf"(?!\s+(?:{_alt(blockers)})(?!\w))"
    return src


_ALL_FORMS = sorted({f for fs in _DATA["currencies"].values() for f in fs} | set(_DATA["subunits"]),
                    key=len, reverse=True)
_SCUR = "|".join(_form_src(f) for f in _ALL_FORMS)
_PCUR = "|".join(_form_src(f) if f[-1].isalpha() and len(f) > 3 else re.escape(f)
                 for f in sorted(_DATA["prefix_forms"], key=len, reverse=True))
_NUM = NUMBER_RE_SRC
_QUAL_OF = {_key(w): kind for kind, ws in _DATA["qualifiers"].items() for w in ws}
_QUALS = _alt(_QUAL_OF)
_TRAIL_OF = {_key(w): k for w, k in _DATA["trailing_qualifiers"].items()}
_SEPS = _alt(_DATA["range_separators"])
_OPEN = _alt(_DATA["range_openers"])
_BETWEEN = _alt(_DATA["range_between"])
_FILLER = _alt(_DATA["qualifier_filler"])
_SUBS = _alt(_DATA["subunits"])


def _amt(p: str) -> str:
    """An amount with its currency; group names are prefixed so one regex can hold several."""
    cents = (rf"(?:\s+(?:và\s+)?(?P<{p}cn>\d{{1,2}}|{WORDS_RE_SRC})"
             rf"(?:\s+(?P<{p}cu>{_SUBS})(?!\w)|(?=\s*(?:$|[.,;:!?)\]]))))?")
    return (rf"(?:(?<![^\W\d_])(?P<{p}pc>{_PCUR})\s?(?P<{p}pn>(?=[.,]?\d){_NUM})"
            rf"|(?<![\w.,])(?P<{p}n>{_NUM})\s*(?P<{p}sc>{_SCUR}){cents})")


def _amt_or_bare(p: str) -> str:
    return rf"(?:{_amt(p)}|(?<![\w.,])(?P<{p}on>{_NUM}))"


_MONEY_SRC = (
    rf"(?:(?<!\w)(?P<q>{_QUALS})\s+(?:(?:{_FILLER})\s+)?)?"
    rf"(?:(?<!\w)(?P<r1open>{_BETWEEN})\s+{_amt_or_bare('a')}\s+và\s+{_amt('b')}"
    rf"|(?:(?<!\w)(?P<r2open>{_OPEN})\s+)?{_amt_or_bare('c')}\s*(?:{_SEPS})\s*{_amt('d')}"
    rf"|(?:(?<!\w)(?P<sopen>{_OPEN})\s+)?{_amt('s')}(?:\s+(?P<strail>{_alt(_TRAIL_OF)})(?!\w))?)"
)
_MONEY_RE = re.compile(_MONEY_SRC, re.IGNORECASE)
# Fallback when a range-looking match is rejected: the same text read as a single amount.
_SINGLE_RE = re.compile(
    rf"(?:(?<!\w)(?P<q>{_QUALS})\s+(?:(?:{_FILLER})\s+)?)?(?:(?<!\w)(?P<sopen>{_OPEN})\s+)?{_amt('s')}"
    rf"(?:\s+(?P<strail>{_alt(_TRAIL_OF)})(?!\w))?", re.IGNORECASE)
_PCT_UNIT = _alt(_DATA["percent_words"])
_PERCENT_RE = re.compile(
    rf"(?:(?<!\w)(?P<q>{_QUALS})\s+(?:(?:{_FILLER})\s+)?)?(?:(?<!\w)(?:{_OPEN})\s+)?"
    rf"(?:(?<![\w.,])(?P<a>{_NUM})\s*(?P<au>{_PCT_UNIT})?\s*(?:{_SEPS})\s*)?"
    rf"(?<![\w.,])(?P<n>{_NUM})\s*(?:{_PCT_UNIT})(?!\w)", re.IGNORECASE)
_CAPITAL_BLOCKED = frozenset(_key(f) for f in _DATA["capitalised_next_blocks"])
_MIN_VALUE = {_key(f): v for f, v in _DATA["min_value"].items()}
_NEXT_CAPITAL = re.compile(r"\s+[A-ZĐ]")
# Where an amount can be: a currency symbol, or a word-initial currency form (no blockers needed here,
# the full regex re-checks).  The lookbehind and the leading class reject most positions at once.
_WORD_FORMS = [f for f in {*_ALL_FORMS, *_DATA["prefix_forms"]} if f[0].isalpha()]
_FIRST = "".join(sorted({c for f in _WORD_FORMS for c in (f[0].lower(), f[0].upper())}))
_SYMBOLS = "".join(sorted({f[0] for f in {*_ALL_FORMS, *_DATA["prefix_forms"]} if not f[0].isalnum()}))
_ANCHOR_RE = re.compile(rf"[{re.escape(_SYMBOLS)}]|(?<![^\W\d_])(?=[{_FIRST}])(?:{_alt(_WORD_FORMS)})(?![^\W\d_])",
                        re.IGNORECASE)
_PCT_ANCHOR_RE = re.compile(rf"{_PCT_UNIT}", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATA['vague_quantifiers'])})\s+$", re.IGNORECASE)


@dataclass
class _Amt:
    start: int
    end: int
    value: float
    currency: str
    has_mag: bool


def _decode(text: str, m: re.Match[str], p: str) -> _Amt | None:
    """Decode amount group ``p`` of a money match, or None if it is not a usable amount."""
    if m.group(p + "pc"):
        code, factor = _CUR_OF[_key(m.group(p + "pc"))]
        num_g, start, end = p + "pn", m.start(p + "pc"), m.end(p + "pn")
    elif m.group(p + "n"):
        code, factor = _CUR_OF[_key(m.group(p + "sc"))]
        num_g, start, end = p + "n", m.start(p + "n"), m.end(p + "sc")
    else:
        return None
    num_text = m.group(num_g)
    if m.group(p + "pc") and not m.group(p + "pc")[-1].isalpha() and _EN_THOUSANDS.fullmatch(num_text):
        num_text = num_text.replace(",", "")     # "$13,000": after a symbol the comma groups are English
    value = parse_number(num_text)
    if value is None:
        return None
    if not num_text[0].isdigit() and _VAGUE_BEFORE.search(text, max(0, start - 8), start):
        return None  # "hàng trăm triệu USD": hundreds of millions, no value
    form = _key(m.group(p + "sc")) if m.group(p + "n") else ""
    if form in _IDIOM_CURRENCIES and _key(num_text) in _IDIOM_WORDS:
        return None  # "không đồng nghĩa", "một đồng phạm", "không được một xu"
    if (form in _CAPITAL_BLOCKED and _NEXT_CAPITAL.match(text, end)) or value < _MIN_VALUE.get(form, 0):
        return None
    has_mag = magnitude_words(num_text) is not None
    if m.group(num_g) and p + "cn" in m.re.groupindex and m.group(p + "cn"):
        cents = parse_number(m.group(p + "cn"))
        if (code in _CENTS_CURRENCIES and factor == 1.0 and not has_mag and value == int(value)
                and form not in _SUBUNITS and cents is not None and 0 <= cents < 100):
            value += cents / 100
            end = m.end(p + "cu") if m.group(p + "cu") else m.end(p + "cn")
    return _Amt(start, end, round(value * factor, 6), code, has_mag)


def _money(text: str, m: re.Match[str]) -> list[MoneyMatch]:
    """Turn one regex match into one amount (single) or two (range)."""
    q = m.group("q")
    qual = _QUAL_OF[_key(q)] if q else None
    q_start = m.start("q") if q else None
    for lo, hi, open_g in (("a", "b", "r1open"), ("c", "d", "r2open")):
        if hi + "n" not in m.re.groupindex:
            break
        if m.group(hi + "n") is None and m.group(hi + "pc") is None:
            continue
        mx = _decode(text, m, hi)
        if mx is None:
            return []
        mn = _decode(text, m, lo)
        if mn is None:
            num_text = m.group(lo + "on")
            v = parse_number(num_text)
            if v is None:
                return []
            if magnitude_words(num_text) is None and mx.has_mag:
                v *= float(magnitude_words(m.group(hi + "n") or m.group(hi + "pn")) or 1)
            mn = _Amt(m.start(lo + "on"), mx.end, v, mx.currency, False)
        if mn.value > mx.value or mn.currency != mx.currency:
            return []  # not a range ("từ 5 triệu USD đến 2 triệu EUR"): give up on the whole match
        o_start = m.start(open_g) if m.group(open_g) else q_start
        return [MoneyMatch(mn.start, mn.end, text[mn.start:mn.end], mn.value, mn.currency, "range-min", o_start),
                MoneyMatch(mx.start, mx.end, text[mx.start:mx.end], mx.value, mx.currency, "range-max", None)]
    a = _decode(text, m, "s")
    if a is None:
        return []
    if m.group("strail"):
        qual = _TRAIL_OF[_key(m.group("strail"))]
        q_start = m.start("sopen") if m.group("sopen") else m.start("strail")
    return [MoneyMatch(a.start, a.end, text[a.start:a.end], a.value, a.currency, qual, q_start)]


def _windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around every anchor (currency word, "%"), the only places an amount can be.

    The full money regex is costly on long runs of number-like words ("năm", "ba", "không" are also
    ordinary words), so it only runs near a currency: most sentences of an article have none.
    """
    spans: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        a, b = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def find_amounts(text: str) -> list[MoneyMatch]:
    """All money amounts in ``text`` (already normalised), in text order.

    >>> [(a.text, a.value, a.currency, a.qualifier) for a in find_amounts("xấp xỉ là 9,5 triệu USD")]
    [('9,5 triệu USD', 9500000.0, 'USD', 'approx')]
    """
    out: list[MoneyMatch] = []
    for pos, end in _windows(text, _ANCHOR_RE, 160, 40):
        while pos < end:
            m = _MONEY_RE.search(text, pos, end)
            if m is None:
                break
            found = _money(text, m)
            if not found and m.group("sn") is None and m.group("spc") is None:
                single = _SINGLE_RE.match(text, m.start(), end)
                if single is not None:
                    m, found = single, _money(text, single)
            if found:
                out.extend(found)
                pos = m.end()
            else:
                # A failed range or a vague quantity: retry just after the start so the inner
                # amounts (e.g. the max of a rejected range) are still found.
                pos = m.start() + 1
    return out


def find_percents(text: str) -> list[PercentMatch]:
    """All percentages ("30%", "35 %", "12 phần trăm", "20-30%") in ``text``."""
    out: list[PercentMatch] = []
    for a, b in _windows(text, _PCT_ANCHOR_RE, 120, 2):
        out.extend(_percents(text, _PERCENT_RE.finditer(text, a, b)))
    return out


def _percents(text: str, matches: Iterator[re.Match[str]]) -> Iterator[PercentMatch]:
    """Decode percent matches; an elliptic range "20-30%" gives a range-min and a range-max."""
    for m in matches:
        v = parse_number(m.group("n"))
        if v is None:
            continue
        q = m.group("q")
        qual = _QUAL_OF[_key(q)] if q else None
        if m.group("a") is not None:
            lo = parse_number(m.group("a"))
            if lo is None or lo > v:
                continue
            lo_end = m.end("au") if m.group("au") else m.end()
            yield PercentMatch(m.start("a"), lo_end, text[m.start("a"):lo_end], lo, "range-min")
            yield PercentMatch(m.start("n"), m.end(), text[m.start("n"):m.end()], v, "range-max")
        else:
            yield PercentMatch(m.start("n"), m.end(), text[m.start("n"):m.end()], v, qual)


def parse_amount(text: str) -> tuple[float, str] | None:
    """Value and currency of the first amount in ``text``, or None (whole-string convenience)."""
    found = find_amounts(text)
    return (found[0].value, found[0].currency) if found else None
