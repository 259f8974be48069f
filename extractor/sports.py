"""Team names in team-sports reports: fixture lines, sponsor-named clubs, clubs named by their place.

Sports pages name clubs in ways that carry no organisation head noun at all, so the head-noun
grammar in :mod:`extractor.orgs` cannot see them:

* **fixture and score lines**: "Thun - Hamburg: 1-0 Stuttgart - Middlesbrough: 1-2", "trận Khánh
  Hòa - Huda Huế".  Two capitalised names around a dash, followed by a score or preceded by
  "trận", are two teams whatever the names are;
* **sponsor + place**: Vietnamese clubs carry their sponsor before their province ("Gạch Đồng Tâm
  Long An", "Tôn Hoa Sen Cần Thơ", "Huda Huế"): capitalised words right before a province or
  city, in a team-sports article, are one club name;
* **one sense per document**: once a province is a team in a match report ("Hạ Hải Phòng 3-1"),
  its other mentions there are the team too ("Hải Phòng chơi thực sự cố gắng"), except where a
  locative word makes it the place ("ở Hải Phòng", "người Hải Phòng").

These are pure functions over the text and plain spans; the pipeline decides which spans become
mentions (:meth:`extractor.pipeline.EntityRecognizer._sport_teams`).  Only articles that
:func:`extractor.orgs.is_sport_doc` accepts (team sports; no tennis, chess or racing, where the
same shapes name players) are scanned.  Word lists are data, in ``data/vi_org_rules.json``
(``sport_teams``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "vi_org_rules.json"

#: Every upper-case letter a name may start with (ASCII, Latin-1/Extended, Vietnamese).
_UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
#: One capitalised word of a team name: "Hamburg", "LG.HN.ACB", "Al-Ahly", "Gạch".
_CAP = rf"[{_UPPER}][\w&'’]*(?:[.\-][\w&'’]+)*"
#: A team name: up to five capitalised words, Romance/Germanic particles inside ("Vasco da Gama").
_NAME = rf"{_CAP}(?:[ ](?:(?:de|da|do|dos|del|van|von|der|di|la|le)[ ])?{_CAP}){{0,4}}"
_DASH = r"(?:[ ][-–][ ]?|[ ]?[-–][ ])"
#: A score after the pair: "A - B: 1-0", "A - B 3-1", "A - B (2-2)"; not a date range "10-12/5".
SCORE = r"(?:[ ]?:[ ]?|[ ]\(?)\d{1,2}[ ]?[-–][ ]?\d{1,2}(?![\d/]|[.,]\d)"
#: A kick-off time or a date after the pair in a fixture list: "Bình Dương - HAGL 17h", "Monaco -
#: Chelsea (1h45", "Nam Định - GĐT (16/5)".
_WHEN = r"(?:[ ]?\(?\d{1,2}h\d{0,2}(?![\d])|[ ]\(\d{1,2}/\d{1,2}\))"


@dataclass(frozen=True)
class SportWords:
    openers: frozenset[str]         # capitalised sentence openers before a fixture ("Trận", "Đêm")
    match_nouns: tuple[str, ...]    # "trận", "trận đấu": a fixture without a score
    not_sponsor: frozenset[str]     # words that never begin a sponsor name before a place
    person_cues: frozenset[str]     # "HLV", "thủ môn": a person's name follows
    locatives: tuple[str, ...]      # "ở", "tại", "người": the place, not the team
    motion: frozenset[str]          # "đến", "rời": a move; before a listed club, a transfer
    surnames: frozenset[str]        # "Lê", "Nguyễn": a person's name, not a sponsor


@lru_cache(maxsize=1)
def sport_words() -> SportWords:
    rules = json.loads(_DATA.read_text(encoding="utf-8"))
    data = rules["sport_teams"]
    low = lambda key: frozenset(w.lower() for w in data[key])  # noqa: E731
    return SportWords(openers=low("openers"), match_nouns=tuple(data["match_nouns"]),
                      not_sponsor=low("not_sponsor"), person_cues=low("person_cues"),
                      locatives=tuple(data["locatives"]), motion=frozenset(data["motion_words"]),
                      surnames=frozenset(rules["surnames"]))


@lru_cache(maxsize=1)
def _fixture_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = sport_words()
    nouns = "|".join(re.escape(n) for n in sorted(w.match_nouns, key=len, reverse=True))
    # (a side may follow the previous score with no space: "Arsenal - Stoke City: 2-1Sheffield Utd - ...",
    # or a kick-off time: "... 16hĐà Nẵng - Hòa Phát 17h")
    start = r"(?:(?<=\dh)|(?<=\dh\d\d)|(?<![^\W\d_])(?<![.&'’\-]))"
    side = rf"(?:[{_UPPER}]\.[ ])?{_NAME}"  # "R. Madrid"
    scored = re.compile(rf"{start}(?P<a>{side}){_DASH}(?P<b>{side})(?:{SCORE}|{_WHEN})")
    named = re.compile(rf"(?<!\w)(?:{nouns})(?:[ ]giữa)?[ ](?P<a>{_NAME}){_DASH}(?P<b>{_NAME})(?![\w])")
    return scored, named


def _strip_openers(text: str, a: int, b: int) -> tuple[int, int]:
    """'Trận Hải Phòng' -> 'Hải Phòng', 'Kết quả Thun' -> 'Thun': capitalised sentence openers are no
    part of a team name."""
    openers = sorted(sport_words().openers, key=len, reverse=True)
    while True:
        low = text[a:b].lower()
        op = next((o for o in openers if low.startswith(o + " ")), None)
        if op is None:
            return a, b
        a += len(op) + 1


def fixture_sides(text: str) -> list[tuple[int, int]]:
    """The two team names of every fixture, score or schedule line ('Thun - Hamburg: 1-0', 'trận
    Khánh Hòa - Huda Huế', 'GĐT - Hải Phòng 3-1', 'Bình Dương - HAGL 17h'), as character spans."""
    out: list[tuple[int, int]] = []
    for pat in _fixture_res():
        for m in pat.finditer(text):
            for g in ("a", "b"):
                a, b = _strip_openers(text, m.start(g), m.end(g))
                if a < b:
                    out.append((a, b))
    return sorted(set(out))


#: A row of a league table as the archive flattens it: the rank glued to the team's name, then its
#: numbers on the next line or after " / " ("2Bình Dương\n15\n94", "8Sampdoria / 28 / 10").
_TABLE_ROW_RE = re.compile(rf"(?:^|\n|[ ]/[ ])[ \t]*\d{{0,2}}[ \t]*(?P<name>{_NAME})[ \t]*(?=(?:\n|[ ]/[ ])[ \t]*\d)")


def table_teams(text: str, min_rows: int = 3) -> list[tuple[int, int]]:
    """Team names in the rows of a league table ("Xếp hạng V-League": "1GĐT / 15 / 94", "2Bình
    Dương"), when the article has at least ``min_rows`` such rows (one name before a number is
    just a line that ends a paragraph)."""
    rows = []
    for m in _TABLE_ROW_RE.finditer(text):
        nxt = re.match(r"(?:\n|[ ]/[ ])[ \t]*(\d+)\s*(\S?)", text[m.end():m.end() + 30])
        if nxt and nxt.group(1) == "1" and nxt.group(2)[:1].isupper():
            continue  # the number is the first row's rank ("BĐiểm\n1GĐT", "HS\n1\nThái Lan"): a header
        a, b = _strip_openers(text, m.start("name"), m.end("name"))
        if a < b:
            rows.append((a, b))
    return rows if len(rows) >= min_rows else []


def sponsor_club(text: str, place_start: int, sentence_start: int) -> int:
    """Start of a sponsor name right before a province or city that names a club ('Gạch Đồng Tâm'
    before 'Long An', 'Tôn Hoa Sen' before 'Cần Thơ'), or -1.

    One to three capitalised syllables, joined to the place by one space and not opened by a
    function word, a head noun or a person cue ('Tại Hải Phòng', 'Đội Khánh Hòa', 'HLV Lê Thụy
    Hải Phòng' are not clubs).  A syllable the sentence starts with is only taken when it is not
    a common word of the language ('Sau' in 'Sau Hải Phòng' is)."""
    w = sport_words()
    k = place_start
    words: list[tuple[int, int]] = []
    while len(words) < 3:
        if k - 1 <= sentence_start or text[k - 1] != " ":
            break
        a = k - 1
        while a > sentence_start and not text[a - 1].isspace():
            a -= 1
        tok = text[a:k - 1]
        if not tok or not tok[0].isupper() or not tok.replace(".", "").isalnum():
            break
        words.insert(0, (a, k - 1))
        k = a
    while words and text[words[0][0]:words[0][1]].lower() in w.not_sponsor:
        words.pop(0)
    if not words or (len(words) <= 2 and text[words[0][0]:words[0][1]] in w.surnames):
        return -1  # "trợ lý Lê Quang Ninh", "Nguyễn Văn Thái Bình": a person's name ending like a province
    a = words[0][0]
    before = text[max(sentence_start, a - 16):a].split()
    if before and (before[-1].lower() in w.person_cues
                   or (before[-1][:1].isupper() and before[-1].lower() not in w.not_sponsor)):
        return -1  # "HLV Lê Thụy Hải ...", or the run is part of a longer capitalised name
    return a


def locative_before(text: str, start: int, moves: bool = True) -> bool:
    """A locative word right before a place name: 'ở Hải Phòng', 'người Hải Phòng', 'sân Long An'.
    With ``moves=False`` the words of a move ('đến', 'rời') do not count: before a club's name they
    are a transfer ('chuyển đến Barcelona'), not a trip."""
    left = text[max(0, start - 20):start].rstrip().lower()
    w = sport_words()
    return any(left == loc or left.endswith(" " + loc) or left.endswith("\n" + loc)
               for loc in w.locatives if moves or loc not in w.motion)


def team_names_re(names) -> re.Pattern[str] | None:
    """One pattern for the listed clubs' names, longest first, bounded by non-word characters."""
    names = sorted(set(names), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w&.'’\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&'’\-])")


def listed_teams(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Mentions of listed clubs ('Barcelona', 'HAGL') in a team-sports article.

    Sports pages name a club by its short name, which is often its city's name, with no cue at
    all ('Barcelona vất vả củng cố ngôi đầu bảng'); the article's topic is the cue.  The words
    around still make some mentions something else: a locative makes the city ('tại Barcelona',
    'người Milan'), a person cue a player's name ('tiền đạo Santos'), and a capitalised word joined
    to it a longer name ('Olympique Marseille', 'Milan Baros')."""
    if pattern is None:
        return []
    w = sport_words()
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        a, b = m.span()
        if locative_before(text, a, moves=False):
            continue
        before = text[max(0, a - 16):a]
        words = before.split()
        if before.endswith(" ") and words and words[-1].lower() in w.person_cues:
            continue
        if before.endswith(" ") and not before.endswith("  ") and words and words[-1][:1].isupper() \
                and not words[-1].isupper() and words[-1].lower() not in w.openers \
                and words[-1][-1:].isalpha() and not _sentence_start(text, a - len(words[-1]) - 1):
            continue  # "Olympique Marseille": the end of a longer name
        after = re.match(r" ([^\W\d_][\w'’\-]*)", text[b:b + 30])
        if after and after.group(1)[:1].isupper() and not after.group(1).isupper():
            continue  # "Milan Baros", "Sevilla FC" is listed whole
        out.append((a, b))
    return out


#: A scorer with the minute: "Deco 13'", "Iaquinta 27', 73'", "(Owen, 70)" is not enough (a score).
_MINUTE_RE = re.compile(rf"(?<![\w.])({_NAME})[ ]?\(?\d{{1,3}}(?:\+\d)?[ ]?['’]")
#: A player and his club in brackets: "Ronaldinho (Barcelona)", "Cunningham (Birmingham City)".
_PLAYER_CLUB_RE = re.compile(rf"(?<![\w.])({_NAME})[ ]?\(({_NAME})\)")


def player_names(text: str, teams: re.Pattern[str] | None) -> set[str]:
    """Names that a team-sports article shows to be players, for the whole article: a scorer with
    the minute ("Deco 13'") or a name with a listed club in brackets ("Ronaldinho (Barcelona)").

    Match reports give players the same verbs as clubs ("Iaquinta mở tỷ số", "bị Drogba đánh
    bại"), so a context cue alone cannot tell them apart; these two shapes can, and one of them
    anywhere in the article settles the name (one sense per document)."""
    out: set[str] = set()
    for m in _MINUTE_RE.finditer(text):
        a, b = _strip_openers(text, m.start(1), m.end(1))
        if a < b:
            out.add(text[a:b])
    if teams is not None:
        for m in _PLAYER_CLUB_RE.finditer(text):
            if teams.fullmatch(m.group(2)) and not teams.fullmatch(m.group(1)):
                out.add(m.group(1))
    return out


#: Before a country or a province, words that make it part of a team's name: an age group
#: ("U23 Việt Nam", "U.21 Syria"), a capitalised "Tuyển"/"Đội tuyển" ("Tuyển nữ Việt Nam").
_TEAM_NAME_LEFT_RE = re.compile(
    r"(?:(?<![\w.\-])U[.\-]?\d{2}|(?<!\w)(?:Đội tuyển|Tuyển)(?: (?:nữ|nam|bóng đá|futsal|quốc gia))?"
    r"|(?<!\w)Olympic)(?: nữ| nam)? $")


def team_name_start(text: str, place_start: int) -> int:
    """Start of a team name that ends with a place: 'U23 Việt Nam', 'Tuyển nữ Việt Nam', or -1.

    A lower-case 'đội tuyển Việt Nam' is a description of the team, and only the country is its
    name (the check sets' convention, like 'báo Tuổi Trẻ')."""
    m = _TEAM_NAME_LEFT_RE.search(text, max(0, place_start - 30), place_start)
    return m.start() if m else -1


def _sentence_start(text: str, k: int) -> bool:
    """Nothing but spaces, quotes or brackets between the sentence's end and position ``k``."""
    left = text[max(0, k - 4):k].rstrip(" \"“'(")
    return not left or left[-1] in ".!?:\n"
