"""Stage 2: Unicode normalisation with an offset map back to the original text.

Every string the pipeline matches (articles, gazetteer names, queries, gold files) goes through
:func:`normalize_text`, so "hoà"/"hòa", "thoả"/"thỏa", "uỷ"/"ủy", NFD/NFC input and the Icelandic
"Ð" typed for Vietnamese "Đ" all compare equal.  Articles additionally keep a character map
(:class:`Normalized`) so that every offset the pipeline reports points into the *original* text.

The steps are small ``str -> str``-style functions applied in order (textacy style); the ones that
change length are applied through the mapping so offsets survive.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Normalized",
    "normalize",
    "normalize_text",
    "fix_tone_marks",
    "fold",
    "strip_diacritics",
]

# Characters removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen.
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Horizontal spaces of every kind become a plain space.
_SPACES = frozenset("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000\x0b\x0c")
# Look-alike letters typed for Vietnamese ones (Icelandic eth for Đ is common in scraped news).
_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"}

# --- tone-mark placement -------------------------------------------------------------------
# Vietnamese has two conventions for open syllables ending in oa/oe/uy: "hoà" (new) and
# "hòa" (traditional, used by most news sites and by our gold files).  We rewrite to the
# traditional one.  The rewrite is length-preserving on NFC text, so no offset map is needed.
_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ",
    "o": "òóỏõọ", "u": "ùúủũụ",
}


def _build_tone_table() -> dict[str, tuple[str, str]]:
    """Map 'o'+'à' style pairs to their traditional spelling, both cases."""
    table: dict[str, tuple[str, str]] = {}
    for first, second_base in (("o", "a"), ("o", "e"), ("u", "y")):
        for i, toned_second in enumerate(_TONED[second_base]):
            toned_first = _TONED[first][i]
            for f_case, s_case in ((str.lower, str.lower), (str.upper, str.upper),
                                   (str.upper, str.lower)):
                pair = f_case(first) + s_case(toned_second)
                table[pair] = (f_case(toned_first), s_case(second_base))
    return table


_TONE_TABLE = _build_tone_table()
# A pair at the end of a syllable (no letter follows); for "uy" not after q ("quý" is right).
_TONE_RE = re.compile(
    r"(?<![qQ])(?:" + "|".join(sorted(_TONE_TABLE, key=len, reverse=True)) + r")(?!\w)"
)


def fix_tone_marks(text: str) -> str:
    """Move the tone mark of open oa/oe/uy syllables to the first vowel (NFC in, same length out).

    >>> fix_tone_marks("Hoà bình, thoả thuận, uỷ ban, khoẻ, quý, toàn")
    'Hòa bình, thỏa thuận, ủy ban, khỏe, quý, toàn'
    """
    def repl(m: re.Match[str]) -> str:
        a, b = _TONE_TABLE[m.group(0)]
        return a + b

    return _TONE_RE.sub(repl, text)


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, per normalised character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the original text."""
        n = len(self.text)
        if start >= n:
            return len(self.original), len(self.original)
        if end <= start:
            o = self.starts[start]
            return o, o
        return self.starts[start], self.ends[min(end, n) - 1]

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


#: Anything the slow path would change (besides NFC and tone marks): drops, look-alikes, CR,
#: special spaces, runs of spaces.
_NEEDS_WORK_RE = re.compile("[" + re.escape("".join(sorted(_DROP | set(_LOOKALIKES) | _SPACES | {"\r"})))
                            + "]|  ")


def _clusters(text: str):
    """Yield (start, end) of base character + following combining marks."""
    i, n = 0, len(text)
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(text[j]):
            j += 1
        yield i, j
        i = j


def normalize(original: str) -> Normalized:
    """Normalise an article, keeping a map from every output character to the input.

    Steps, in order: NFC per character cluster; zero-width characters removed; look-alike
    letters replaced; CR/CRLF to LF; every horizontal space to ' ' and runs of spaces collapsed;
    tone marks placed one way (:func:`fix_tone_marks`).
    """
    n = len(original)
    if unicodedata.is_normalized("NFC", original) and not _NEEDS_WORK_RE.search(original):
        # fast path: already clean (most UTF-8 news) - one character maps to one character
        return Normalized(original, fix_tone_marks(original), tuple(range(n)), tuple(range(1, n + 1)))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev_space = False
    for a, b in _clusters(original):
        chunk = original[a:b]
        if b - a > 1 or not chunk.isascii():
            chunk = unicodedata.normalize("NFC", chunk)
        for ch in chunk:
            if ch in _DROP:
                continue
            ch = _LOOKALIKES.get(ch, ch)
            if ch == "\r":
                if b < n and original[b] == "\n":
                    continue  # CRLF: the LF that follows stands for both
                ch = "\n"
            elif ch in _SPACES:
                ch = " "
            if ch == " ":
                if prev_space:
                    ends[-1] = b
                    continue
                prev_space = True
            else:
                prev_space = False
            out.append(ch)
            starts.append(a)
            ends.append(b)
    text = fix_tone_marks("".join(out))
    return Normalized(original, text, tuple(starts), tuple(ends))


@lru_cache(maxsize=65536)
def normalize_text(text: str) -> str:
    """Normalise a short string (name, alias, query, gold value) the same way as articles."""
    return normalize(text).text


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching key: normalised, lower-cased, whitespace-collapsed, trimmed."""
    return " ".join(normalize_text(text).lower().split())


def strip_diacritics(text: str) -> str:
    """ASCII-ish skeleton for last-resort fuzzy comparison ("Hà Nội" -> "Ha Noi")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
