"""Vietnamese number parsing shared by :mod:`extractor.dates` and :mod:`extractor.money`.

Vietnamese news writes numbers three ways, often mixed in one phrase, so one parser handles all:

* digits with "." as thousands separator and "," as decimal mark ("100.000", "9,5", "1.200.000");
  English-style "1,200,000" (several comma groups of three) and "1.5" (a dot NOT followed by exactly three
  digits) also occur in copied wire text and are read the only way they can be meant;
* number words, read like Chinese numerals with a running sub-total per magnitude
  ("hai mươi mốt nghìn không trăm mười một" = 21011, "ba trăm triệu" = 3e8, "nghìn tỷ" = 1e12);
* suffixes borrowed from English (10k, 3M, ,0012G) and spoken decimals ("hai phẩy 23", "một chấm ba").

The word lists live in ``data/vi_money.json`` (section ``numerals``) so that the language data stays
apart from the code.  Arithmetic is done in :class:`decimal.Decimal` because "3,74 tỷ" must give exactly
3740000000 and ",0012G" exactly 1200000, which binary floats do not.

The regex sources exported here (``DIGITS_RE_SRC``, ``WORDS_RE_SRC``, ``NUMBER_RE_SRC``) are reused by the
money scanner so that both modules agree on what a number looks like.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

__all__ = ["parse_number", "parse_ordinal", "parse_digits", "magnitude_words",
           "DIGITS_RE_SRC", "WORDS_RE_SRC", "NUMBER_RE_SRC", "BIG_RE_SRC"]

_DATA = json.loads((Path(__file__).parent / "data" / "vi_money.json").read_text("utf-8"))["numerals"]

# word -> digit value; None marks fillers ("linh", "lẻ": "một trăm linh năm" = 105).
_DIGIT_WORDS: dict[str, int | None] = _DATA["digits"]
_TEN = set(_DATA["ten"])             # "mười" = 10 (teens)
_TENS = set(_DATA["tens"])           # "mươi" multiplies the preceding digit by ten
_DOZEN = set(_DATA["dozen"])         # "chục": "hai chục" = 20
_HUNDRED = set(_DATA["hundred"])
_MAGS: dict[str, int] = _DATA["magnitudes"]
_HALF_AFTER = set(_DATA["half_after"])      # "hai triệu rưỡi" = 2.5e6
_HALF_BEFORE = set(_DATA["half_before"])    # "nửa triệu" = 5e5
_DECIMAL_WORDS = set(_DATA["decimal_words"])
_NEGATIVE = set(_DATA["negative_words"])
_SUFFIX: dict[str, int] = _DATA["suffixes"]
_ORDINAL: dict[str, int] = _DATA["ordinal_words"]


def _alt(words: object) -> str:
    """Regex alternation, longest first, so 'mười một' is never cut to 'mười'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[arg-type]


# A digit numeral: Vietnamese thousands groups, English thousands groups, plain/decimal, or ",77".
DIGITS_RE_SRC = (r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![.,]?\d)"
                 r"|\d+(?:[.,]\d+)?|[.,]\d+)")
_SMALL_WORDS = [*_DIGIT_WORDS, *_TEN, *_TENS, *_DOZEN, *_HUNDRED, *_HALF_BEFORE]
# One or more sub-thousand number words ("hai mươi mốt", "không trăm mười một", "trăm").
# Repetitions are bounded ("bảy trăm hai mươi mốt" is 5 words) so that a long run of number-like words
# ("năm", "ba", "không" are common words too) costs linear, not quadratic, time in the scanners.
WORDS_RE_SRC = rf"(?<!\w)(?:{_alt(_SMALL_WORDS)})(?:\s+(?:{_alt(_SMALL_WORDS)})){{0,5}}(?!\w)"
BIG_RE_SRC = (rf"(?<!\w)(?:{_alt(_MAGS)})(?:\s+(?:{_alt(_MAGS)})){{0,2}}(?:\s+(?:{_alt(_HALF_AFTER)}))?(?!\w)")
_SUFFIX_SRC = rf"(?:{_alt(_SUFFIX)})(?![^\W\d_])"
_UNIT_SRC = (rf"(?:{DIGITS_RE_SRC}(?:\s?{_SUFFIX_SRC})?|{WORDS_RE_SRC})"
             rf"(?:\s+(?:{_alt(_DECIMAL_WORDS)})\s+(?:\d+|{WORDS_RE_SRC}))?")
# A whole number phrase: "9,5 triệu", "3 tỷ 500 triệu", "hai trăm nghìn", "10K", "hai phẩy 23".
NUMBER_RE_SRC = rf"(?:{_UNIT_SRC}(?:\s*{BIG_RE_SRC}(?:\s+{_UNIT_SRC}\s*{BIG_RE_SRC}){{0,3}}(?:\s+{_UNIT_SRC})?)?)"

_DIGITS_FULL = re.compile(DIGITS_RE_SRC + r"\Z")
_VI_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?\Z")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?\Z")
_TOKEN = re.compile(rf"(?P<dig>{DIGITS_RE_SRC})(?:\s?(?P<suf>{_SUFFIX_SRC}))?|(?P<word>[^\W\d_]+)"
                    r"|(?P<minus>[-−–])|(?P<other>\S)")
_BIG_ONLY = re.compile(BIG_RE_SRC, re.IGNORECASE)


def parse_digits(text: str) -> Decimal | None:
    """Value of one digit numeral, Vietnamese conventions first ("1.200" = 1200, "9,5" = 9.5)."""
    s = text.strip()
    if not _DIGITS_FULL.match(s):
        return None
    if _VI_THOUSANDS.match(s):
        s = s.replace(".", "").replace(",", ".")
    elif _EN_THOUSANDS.match(s):
        s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex only lets numerals through
        return None


def magnitude_words(text: str) -> Decimal | None:
    """Multiplier of the first run of magnitude words in ``text`` ("80 triệu" -> 1e6, "nghìn tỷ" -> 1e12).

    Used for elliptic ranges: in "50-80 triệu USD" the bare "50" borrows the max's magnitude.
    """
    m = _BIG_ONLY.search(text)
    if not m:
        return None
    return _words_value(["1", *m.group(0).lower().split()])


def _tokens(text: str) -> list[str | Decimal] | None:
    """Split into Decimal (digit numerals, suffix applied) and lower-cased words; None on junk."""
    out: list[str | Decimal] = []
    for m in _TOKEN.finditer(text):
        if m.group("dig"):
            v = parse_digits(m.group("dig"))
            if v is None:
                return None
            if m.group("suf"):
                v *= _SUFFIX[m.group("suf")]
            out.append(v)
        elif m.group("word"):
            out.append(m.group("word").lower())
        elif m.group("minus"):
            out.append("-")
        else:
            return None
    return out


def _words_value(tokens: list[str | Decimal] | list[str]) -> Decimal | None:
    """Evaluate a token list; None when a token is not a number word or the order is impossible.

    ``parts`` keeps (magnitude, value) pairs; a new magnitude swallows every part of a smaller
    magnitude plus the pending digit, which is how "hai trăm nghìn" becomes 200000 and
    "một nghìn tỷ" becomes 1e12 while "hai tỷ ba trăm triệu" stays 2.3e9.
    """
    parts: list[tuple[int, Decimal]] = []
    cur: Decimal | None = None        # pending value below the next magnitude
    after_ten = False                 # a digit may follow "mười"/"mươi"/"chục" and is added
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if isinstance(t, Decimal) or (isinstance(t, str) and t[:1].isdigit()):
            v = t if isinstance(t, Decimal) else parse_digits(t)
            if cur is not None or v is None:
                return None
            cur, after_ten = v, False
        elif t in _DIGIT_WORDS:
            d = _DIGIT_WORDS[t]
            if d is None:                       # "linh"/"lẻ" filler
                pass
            elif cur is None:
                cur = Decimal(d)
            elif after_ten:
                cur += d
            else:
                return None
            after_ten = False
        elif t in _TEN:
            if cur is not None:
                return None
            cur, after_ten = Decimal(10), True
        elif t in _TENS or t in _DOZEN:
            base = Decimal(1) if cur is None else cur
            if base >= 10 and t in _TENS:
                return None
            cur, after_ten = base * 10, True
        elif t in _HALF_BEFORE:
            cur, after_ten = Decimal("0.5") * (1 if cur is None else cur), False
        elif t in _HUNDRED or t in _MAGS:
            mag = 100 if t in _HUNDRED else _MAGS[t]
            lower = [v for m_, v in parts if m_ < mag]
            base = (cur if cur is not None else (Decimal(0) if lower else Decimal(1))) + sum(lower, Decimal(0))
            parts = [(m_, v) for m_, v in parts if m_ >= mag]
            parts.append((mag, base * mag))
            cur, after_ten = None, False
        elif t in _HALF_AFTER:
            if parts and cur is None:
                m_, v = parts[-1]
                parts[-1] = (m_, v + Decimal(m_) / 2)
            else:
                cur = (cur or Decimal(0)) + Decimal("0.5")
        else:
            return None
        i += 1
    if not parts and cur is None:
        return None
    return sum((v for _, v in parts), Decimal(0)) + (cur or Decimal(0))


def _fraction_digits(words: list[str]) -> str | None:
    """Digits after "phẩy"/"chấm": digit strings kept raw ("05") or digit words read one by one ("ba" -> 3)."""
    out: list[str] = []
    for w in words:
        if w.isdigit():
            out.append(w)
        elif _DIGIT_WORDS.get(w) is not None:
            out.append(str(_DIGIT_WORDS[w]))
        else:
            return None
    return "".join(out) or None


_DECIMAL_SPLIT = re.compile(rf"\s+(?:{_alt(_DECIMAL_WORDS)})\s+", re.IGNORECASE)


def _parse_decimal(text: str) -> Decimal | None:
    s = " ".join(text.split())
    if not s:
        return None
    neg = False
    low = s.lower()
    for w in _NEGATIVE:
        if low.startswith(w + " "):
            neg, s = True, s[len(w) + 1:]
            break
    head, *tail = _DECIMAL_SPLIT.split(s, maxsplit=1)
    toks = _tokens(head)
    if not toks:
        return None
    if toks[0] == "-":
        neg, toks = not neg, toks[1:]
    if "-" in toks:
        return None
    val = _words_value(toks)
    if val is not None and tail:
        # Spoken decimal: "hai phẩy 23" = 2.23, "một chấm ba" = 1.3.
        frac = _fraction_digits(tail[0].lower().split())
        val = None if frac is None else val + Decimal("0." + frac)
    if val is None:
        return None
    return -val if neg else val


def parse_number(text: str) -> float | None:
    """Parse a whole string as a Vietnamese number; None when it is not one.

    >>> parse_number("9,5"), parse_number("1.200.000"), parse_number("ba mươi ba")
    (9.5, 1200000.0, 33.0)
    >>> parse_number("hai mươi mốt nghìn không trăm mười một"), parse_number("-1,2M")
    (21011.0, -1200000.0)
    """
    val = _parse_decimal(text)
    return None if val is None else float(val)


def parse_ordinal(text: str) -> int | None:
    """Parse "thứ nhất", "đầu tiên", "thứ 1", "thứ hai" as an ordinal; None otherwise.

    "thứ" + number is how Vietnamese forms ordinals, except that 1 is "nhất"/"đầu tiên" and 4 may be "tư".
    """
    s = " ".join(text.lower().split())
    if s in _ORDINAL:
        return _ORDINAL[s]
    if s.startswith("thứ "):
        rest = s[4:]
        if rest in _ORDINAL:
            return _ORDINAL[rest]
        v = parse_number(rest)
        if v is not None and v >= 1 and v == int(v):
            return int(v)
    return None
