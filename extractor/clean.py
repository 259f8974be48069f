"""Stage 3: site boilerplate and article metadata.

Scraped articles carry navigation and widgets around the story: "Tin mới hơn:" / "Tin cũ hơn:"
pagers, "Xem Thêm" and "Tin mới" related-news lists (whose headlines name organisations that
have nothing to do with the story), share buttons, "Đã đóng bình luận.", site banners in
capitals.  We never delete text (offsets must keep pointing into the original); we return the
*excluded* character ranges, and extraction ignores anything inside them.

Metadata is read from the header lines: title, publication date (a line that is just a date,
e.g. "Thứ tư, 03 Tháng 7 2019 17:07"), author/byline ("Tác giả:", "Bài, ảnh:", "Tin:", a short
name line closing the story) and source credit ("( Theo Vea.gov.vn)", "(NLĐ) -").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CleanResult", "clean"]


@dataclass
class CleanResult:
    excluded: list[tuple[int, int]] = field(default_factory=list)
    title: str = ""
    title_span: tuple[int, int] | None = None
    published: str = ""  # ISO date or ""
    author: str = ""
    source_credit: str = ""

    def is_excluded(self, start: int, end: int) -> bool:
        return any(a <= start < b or a < end <= b for a, b in self.excluded)


# A line that starts a related-news / pager block: everything after it is not the story.
_CUTOFF_RE = re.compile(
    r"^(?:tin mới hơn|tin cũ hơn|xem thêm|tin mới|tin liên quan|bài liên quan|bài viết liên quan|"
    r"tin khác|các tin khác|tin cùng chuyên mục|tin cùng loại|đọc thêm|tin đã đưa|"
    r"các bài viết khác|bài viết khác|tin tức khác|có thể bạn quan tâm)\s*:?\s*$",
    re.IGNORECASE)
# Single widget lines: share buttons, comment widgets, counters, navigation.
_WIDGET_RE = re.compile(
    r"^(?:facebook|twitter|linkedin|email|e-mail|zalo|pinterest|tweet|share|chia sẻ|chi sẻ|"
    r"in bài(?: viết)?|print|gửi bài|gửi email|bình luận|đã đóng bình luận|gửi bình luận|"
    r"ý kiến bạn đọc|lên đầu trang|về đầu trang|về trang trước|trở về|quay lại|"
    r"ngôn ngữ|tác giả|bản in|lượt xem|\d{1,4}|[\W_]*)\s*[.:]?\s*$",
    re.IGNORECASE)
_AUTHOR_LINE_RE = re.compile(
    r"^(?:tác giả|bài(?:\s*(?:và|,|&)\s*ảnh)?|tin(?:\s*(?:và|,|&)\s*ảnh)?|phóng viên|pv|"
    r"người viết|biên tập)\s*:\s*(?P<name>\S.{0,80}?)\s*$",
    re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"^\(?\s*(?:theo|nguồn)\s*:?\s*(?P<src>[^()\n]{2,80}?)\s*\)?\s*\.?$", re.IGNORECASE)
_LEAD_CREDIT_RE = re.compile(r"\(\s*(?P<src>[A-ZĐ][\w.\-]{1,20}(?: [A-ZĐ][\w.\-]*){0,3})\s*\)\s*[-–—]")
_NAME_LINE_RE = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][\w]*\s?){2,4}$")


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_banner(line: str) -> bool:
    """An all-capitals line (site or agency banner), e.g. 'CỤC BẢO TỒN THIÊN NHIÊN ...'."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _date_line(line: str) -> str:
    """ISO date if the line is essentially a date(+time) line, else ''."""
    from .dates import find_dates

    if len(line) > 80 or len(line.split()) > 12:
        return ""
    for m in find_dates(line):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.value):
            rest = (line[:m.start] + line[m.end:])
            # what remains may only be a weekday, a clock time, a time zone, punctuation
            rest = re.sub(r"(?i)\b(?:thứ \w+|chủ nhật|gmt|utc|\d{1,2}:\d{2}(?::\d{2})?|am|pm|sa|ch)\b",
                          " ", rest)
            if not re.search(r"\w", re.sub(r"[\d+\-()|,:/ ]", " ", rest)):
                return m.value
    return ""


def clean(text: str) -> CleanResult:
    """Excluded ranges and metadata of one normalised article."""
    res = CleanResult()
    lines = _lines(text)
    nonempty = [(a, b) for a, b in lines if text[a:b].strip()]

    # 1. cut-off: the first related-news/pager marker after some story text
    cut_at = None
    seen_story = 0
    for a, b in nonempty:
        line = text[a:b].strip()
        if _CUTOFF_RE.match(line) and seen_story >= 1:
            cut_at = a
            break
        if len(line) > 120:
            seen_story += 1
    if cut_at is not None:
        res.excluded.append((cut_at, len(text)))
    story = [(a, b) for a, b in nonempty if cut_at is None or a < cut_at]

    # 2. widget lines and leading banners
    header_done = False
    for a, b in story:
        line = text[a:b].strip()
        if _WIDGET_RE.match(line):
            res.excluded.append((a, b))
            continue
        if not header_done and _is_banner(line):
            res.excluded.append((a, b))
            continue
        header_done = True

    # 3. header: lines before the first long paragraph (or the first 5 lines)
    header: list[tuple[int, int]] = []
    for a, b in story:
        if b - a > 200 or len(header) >= 5:
            break
        header.append((a, b))
    candidates = []
    for a, b in header:
        line = text[a:b].strip()
        if res.is_excluded(a, b) or line.endswith(":") or len(line.split()) < 3:
            continue
        iso = _date_line(line) if not res.published else ""
        if iso:
            res.published = iso
            continue
        if _AUTHOR_LINE_RE.match(line) or _LEAD_CREDIT_RE.match(line):
            continue  # "(NLĐ) - Hôm qua, ...": the lead opens the body, it is no headline
        candidates.append((a, b))
    if not res.published:
        for a, b in story[:8]:
            iso = _date_line(text[a:b].strip())
            if iso:
                res.published = iso
                break
    if candidates:
        a, b = max(candidates, key=lambda s: (s[1] - s[0], -s[0]))
        res.title = text[a:b].strip()
        res.title_span = (a, b)

    # 4. author and source credit: labelled lines anywhere, a closing name line, a lead "(NLĐ) -"
    for a, b in story:
        line = text[a:b].strip()
        m = _AUTHOR_LINE_RE.match(line)
        if m:
            res.author = res.author or m.group("name").strip()
            res.excluded.append((a, b))  # a byline is metadata, not content
        c = _CREDIT_RE.match(line)
        if c and len(line) < 90:
            res.source_credit = c.group("src").strip()
    if not res.author and story:
        body = [(a, b) for a, b in story if not res.is_excluded(a, b)]
        for a, b in reversed(body[-3:]):
            line = text[a:b].strip()
            if _CREDIT_RE.match(line):
                continue
            if _NAME_LINE_RE.match(line) and (a, b) != res.title_span:
                res.author = line
            break
    # "(NLĐ) -", "(TTXVN)–": a wire/newspaper credit that opens the story, often on the title's
    # line in archived news ("... ở TPHCM (NLĐ)- Theo ..."); it is a credit, not content
    opening = story[0][0] if story else 0
    m = _LEAD_CREDIT_RE.search(text, opening, min(len(text), opening + 600))
    if m:
        res.source_credit = res.source_credit or m.group("src")
        res.excluded.append(m.span())
    res.excluded.sort()
    return res
