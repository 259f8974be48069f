"""Stage 6b: acronyms and their expansions.

Schwartz–Hearst style detectors match the letters of a short form against the preceding words;
that handles "kinh tế tập thể (KTTT)" once adapted to Vietnamese (one letter per *syllable*,
"&" for "và", function words such as "của", "về", "các" may be skipped).  It cannot handle the
pairs that matter most here: partners named by acronyms of their *foreign* name after a
Vietnamese translation ("Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)").  For those, the long form
is the organisation span that ends right before the bracket — never a whole clause — and the
gazetteer confirms the pair when it knows it.

Everything here is a pure function over strings/offsets; the spaCy component in
``pipeline.py`` feeds it the organisation spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold, strip_diacritics

__all__ = [
    "AcronymPair", "letters_match", "initials", "find_bracket_definitions",
    "find_phrase_definitions", "looks_like_acronym", "NOT_ACRONYMS", "INITIALS_RE",
]

#: Function words that Vietnamese abbreviations routinely skip.
SKIPPABLE = frozenset({"của", "về", "các", "cho", "và", "ở", "tại", "the", "of", "for", "and", "on", "in"})

#: Roman numerals, units and words in capitals that are not acronym definitions.
NOT_ACRONYMS = frozenset({
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XX", "XXI",
    "TS", "PGS", "GS", "THS", "KS", "BS", "CN", "ÔNG", "BÀ", "ANH", "CHỊ", "TP", "Q",
})


#: Person initials in bylines and photo credits: "T.T", "N.H.", "Đ.N", "V.A." (a writer, never a body).
INITIALS_RE = re.compile(r"^[A-ZĐ](?:\.[A-ZĐ])+\.?$")


def looks_like_acronym(token: str) -> bool:
    """'JICA', 'KH&CN', 'TP.HCM', 'IrishAID', 'Bfw', 'CAFEO38' — but not 'Hà', 'II', '2019'."""
    if not token or len(token) > 14 or token in NOT_ACRONYMS or not token[0].isupper():
        return False
    if " " in token:  # only spaced compounds such as "KHCN & MT"
        parts = token.split(" & ")
        return len(parts) > 1 and all(" " not in p and looks_like_acronym(p) for p in parts)
    core = re.sub(r"\d+$", "", token)
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2:
        return False
    caps = sum(c.isupper() for c in letters)
    if caps >= 2:
        return True  # JICA, KH&CN, IrishAID, TPBank
    # one capital: only a short vowel-less Latin form such as "Bfw" is an acronym, never a word
    # (nor one whose only vowel is its capital: "Anh", "Ong" are Vietnamese words)
    rest = "".join(letters[1:]).lower()
    return core.isascii() and len(letters) <= 4 and not re.search(r"[aeiouy]", rest) \
        and letters[0].lower() not in "aeiouy"


@dataclass(frozen=True)
class AcronymPair:
    short: str
    long: str
    short_span: tuple[int, int] | None
    long_span: tuple[int, int] | None
    defined_in_text: bool
    source: str = "text"          # "text" | "gazetteer"
    method: str = ""              # "bracket-org", "bracket-letters", "reverse", "phrase", ...


def _base_letter(ch: str) -> str:
    """Initial letter without diacritics, upper-case ('Đ' stays 'Đ' but also compares as 'D')."""
    if ch in "đĐ":
        return "Đ"
    return strip_diacritics(ch).upper()


def initials(words: list[str]) -> str:
    return "".join(_base_letter(w[0]) for w in words if w)


def _letters(short: str) -> list[str]:
    """Letters of a short form; '&' kept as a symbol that matches 'và'/'and'."""
    out = []
    for ch in short:
        if ch.isalpha():
            out.append(_base_letter(ch))
        elif ch == "&":
            out.append("&")
    return out


def letters_match(short: str, words: list[str]) -> bool:
    """Does ``short`` abbreviate ``words`` syllable by syllable?

    Every letter consumes a syllable starting with it ('Đ' also matches 'D'); '&' consumes
    'và'/'and'; skippable function words may be dropped; every content syllable must be used.
    Some short forms take two letters from a syllable pair's first syllable only when written
    so ("KH" = "Khoa học": two syllables, two letters), which the per-syllable rule covers.
    """
    letters = _letters(short)
    syls = [w for w in words if w and w[0].isalnum()]
    if not letters or not syls or len(letters) > len(syls) + 1:
        return False
    n, m = len(letters), len(syls)
    # dp[i][j]: letters[:i] explain syls[:j]
    dp = [[False] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if not dp[i][j]:
                continue
            if j < m and syls[j].lower() in SKIPPABLE:
                dp[i][j + 1] = True
            if i < n and j < m:
                letter = letters[i]
                word = syls[j]
                if letter == "&":
                    if word.lower() in ("và", "and", "&"):
                        dp[i + 1][j + 1] = True
                else:
                    first = _base_letter(word[0])
                    if first == letter or (letter == "Đ" and first == "D") or (letter == "D" and first == "Đ"):
                        dp[i + 1][j + 1] = True
            if i < n and letters[i] == "&" and j <= m:
                # "&" may also stand between parts without a written "và"
                dp[i + 1][j] = dp[i + 1][j] or False
    return dp[n][m]


_WORD_RE = re.compile(r"[^\W_]+(?:[&.][^\W_]+)*", re.UNICODE)


def _words_before(text: str, end: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to ``count`` words ending at ``end`` (stopping at sentence punctuation)."""
    spans: list[tuple[int, int]] = []
    i = end
    while len(spans) < count:
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == 0 or text[j - 1] in ".;:!?()[]\n“”\"":
            break
        if text[j - 1] == ",":
            break
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "&-"):
            k -= 1
        if k == j:
            break
        spans.append((k, j))
        i = k
    spans.reverse()
    return spans


_BRACKET_RE = re.compile(r"\(\s*([^()\n]{1,40}?)\s*\)")
_YEARISH_RE = re.compile(r"^[\d\s\-–/.,]+$")


def _known_suffix(text: str, anchor: int, expansions: list[str]) -> tuple[int, int] | None:
    """Span of the longest known expansion (or its >= 2-word prefix) ending at ``anchor``."""
    best = None
    for exp in expansions:
        words = exp.split()
        for k in range(len(words), 1, -1):
            cand = " ".join(words[:k])
            a = anchor - len(cand)
            if a >= 0 and fold(text[a:anchor]) == fold(cand) and (a == 0 or not text[a - 1].isalnum()):
                if best is None or a < best[0]:
                    best = (a, anchor)
                break
    return best


_CAP_WORD_RE = re.compile(r"[A-ZĐÀ-Ỹ]")


def _capitalised_run(text: str, anchor: int, max_words: int) -> tuple[int, int] | None:
    """'Bản ghi nhớ chung (MOU)', 'Quỹ dành cho các nước đang phát triển (RPE)': the phrase from
    the nearest capitalised word that starts it (preceded by a lower-case word or a boundary)."""
    words = _words_before(text, anchor, max_words)
    for k in range(len(words) - 2, -1, -1):  # nearest run start first, at least two words long
        a, b = words[k]
        w = text[a:b]
        if not w[:1].isupper() or not w[:1].isalpha():
            continue
        prev = words[k - 1] if k else None
        if prev is None or not text[prev[0]:prev[0] + 1].isupper():
            # "Chiến lược và Chương trình Quốc gia (CSP)": a coordinated capitalised part before "và"
            if k >= 2 and text[prev[0]:prev[1]] in ("và", "&"):
                for k2 in range(k - 2, max(-1, k - 5), -1):
                    w2 = text[words[k2][0]:words[k2][1]]
                    if w2[:1].isupper():
                        if k2 == 0 or not text[words[k2 - 1][0]:words[k2 - 1][0] + 1].isupper():
                            return words[k2][0], words[-1][1]
                        continue
                    if not any(w2 == x for x in ("và",)) and k2 < k - 3:
                        break
            return a, words[-1][1]
    return None


def _opens_with_head(name: str) -> bool:
    """Does the name open with a Vietnamese organisation head noun ('Quỹ', 'Cơ quan', ...)?"""
    from .orgs import load_rules

    words = name.split()
    return any(tuple(words[:len(h)]) == h for h in load_rules().heads)


def find_bracket_definitions(text: str, org_spans: list[tuple[int, int]],
                             start: int = 0, end: int | None = None,
                             known=lambda short: []) -> list[AcronymPair]:
    """'LONG (SHORT)' and 'SHORT (LONG)' definitions within text[start:end].

    LONG is an organisation span ending right before the bracket (cross-lingual pairs), else
    the shortest run of preceding words whose initials spell SHORT (Vietnamese letter match).
    A year "(2019 - 2023)", a place, a citation or a person's initials never qualify: the
    bracket must hold one acronym-like token (optionally followed by a session number).
    """
    end = len(text) if end is None else end
    out: list[AcronymPair] = []
    org_by_end = {}
    for a, b in org_spans:
        org_by_end.setdefault(b, (a, b))
    for m in _BRACKET_RE.finditer(text, start, end):
        inner = m.group(1)
        if _YEARISH_RE.match(inner):
            continue
        dash = re.fullmatch(r"(.+?)\s+[-–—]\s+([A-ZĐ][\w&.\-]{1,14})", inner)
        if dash and looks_like_acronym(dash.group(2)) and len(dash.group(1).split()) >= 2:
            # "(Initiative for ASEAN Integration - IAI)"
            l0 = m.start(1)
            s0 = m.start(1) + dash.start(2)
            out.append(AcronymPair(dash.group(2), dash.group(1), (s0, s0 + len(dash.group(2))),
                                   (l0, l0 + len(dash.group(1))), True, "text", "bracket-dash"))
            continue
        inner_short = re.sub(r"\s+\d{1,3}$", "", inner)  # "AWGCME 21" -> "AWGCME"
        if " " not in inner_short and looks_like_acronym(inner_short):
            short = inner_short
            s_span = (m.start(1), m.start(1) + len(short))
            before = m.start()
            while before > 0 and text[before - 1] == " ":
                before -= 1
            # skip an ordinal between the name and the bracket: "... lần thứ 21 (AWGCME 21)"
            ordinal = re.search(r"\s+lần thứ \d+$", text[max(0, before - 20):before])
            anchor = before - (len(ordinal.group()) if ordinal else 0)
            if anchor in org_by_end:
                a, b = org_by_end[anchor]
                # "Microsoft Local Language Program (LLP)": a suffix that spells the letters wins
                words = [(x.start() + a, x.end() + a) for x in _WORD_RE.finditer(text[a:b])]
                if not _opens_with_head(text[a:b]) and not letters_match(short, [text[x:y] for x, y in words]):
                    for k in range(1, len(words) - 1):
                        if letters_match(short, [text[x:y] for x, y in words[k:]]):
                            a = words[k][0]
                            break
                out.append(AcronymPair(short, text[a:b], s_span, (a, b), True, "text", "bracket-org"))
                continue
            letters = [c for c in _letters(short) if c != "&"]
            n_max = len(letters) + 4
            words = _words_before(text, anchor, n_max)
            found = False
            for k in range(len(words) - 1, -1, -1):
                cand = words[k:]
                if len(cand) < 2 and len(letters) > 1:
                    continue
                if letters_match(short, [text[a:b] for a, b in cand]):
                    # do not start on a skippable word
                    while cand and text[cand[0][0]:cand[0][1]].lower() in SKIPPABLE:
                        cand = cand[1:]
                    a, b = cand[0][0], cand[-1][1]
                    out.append(AcronymPair(short, text[a:b], s_span, (a, b), True, "text", "bracket-letters"))
                    found = True
                    break
            if found:
                continue
            # cross-lingual: a translation the gazetteers know ("hỗ trợ phát triển chính thức (ODA)")
            span = _known_suffix(text, anchor, known(short))
            method = "bracket-known"
            if span is None:
                span = _capitalised_run(text, anchor, len(letters) + 6)
                method = "bracket-caps"
            if span is not None:
                out.append(AcronymPair(short, text[span[0]:span[1]], s_span, span, True, "text", method))
            continue
        # "ADB (Ngân hàng Phát triển châu Á)": SHORT then its long form in brackets
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        tok = re.search(r"([A-ZĐ][\w&.\-]*)$", text[max(0, before - 15):before])
        if tok and looks_like_acronym(tok.group(1)):
            short = tok.group(1)
            l_span = (m.start(1), m.end(1))
            long_text = text[l_span[0]:l_span[1]]
            is_org = any(a == l_span[0] and b == l_span[1] for a, b in org_spans)
            if is_org or letters_match(short, long_text.split()):
                out.append(AcronymPair(short, long_text, (before - len(short), before), l_span, True,
                                       "text", "reverse"))
    return out


_PHRASE_RE = re.compile(
    r"(?P<sep>,?\s*(?:gọi tắt là|viết tắt là|(?:\(|,)\s*viết tắt\s*:?|tên viết tắt là|hay còn gọi là|"
    r"sau đây gọi là|sau đây gọi tắt là)\s+)(?P<short>[A-ZĐ][\w&.\-]{1,14})")


def find_phrase_definitions(text: str, org_spans: list[tuple[int, int]],
                            start: int = 0, end: int | None = None) -> list[AcronymPair]:
    """'Long, gọi tắt là SHORT', 'Long (viết tắt là SHORT)' and 'Long – SHORT' definitions."""
    end = len(text) if end is None else end
    out: list[AcronymPair] = []
    org_by_end = {b: (a, b) for a, b in org_spans}
    for m in _PHRASE_RE.finditer(text, start, end):
        short = m.group("short")
        if not looks_like_acronym(short):
            continue
        anchor = m.start()
        if text[anchor - 1:anchor] == "(":
            anchor -= 1
        while anchor > 0 and text[anchor - 1] == " ":
            anchor -= 1
        if anchor in org_by_end:
            a, b = org_by_end[anchor]
            out.append(AcronymPair(short, text[a:b], m.span("short"), (a, b), True, "text", "phrase"))
    # "Long – SHORT" apposition after an organisation
    for a, b in org_spans:
        m = re.match(r"\s*[–—-]\s*([A-ZĐ][\w&.\-]{1,14})(?![\w&])", text[b:b + 20])
        if m and looks_like_acronym(m.group(1)):
            s0 = b + m.start(1)
            out.append(AcronymPair(m.group(1), text[a:b], (s0, s0 + len(m.group(1))), (a, b), True,
                                   "text", "dash"))
    return out
