"""Stage 4: sentence boundaries with character offsets.

underthesea's ``sent_tokenize`` is accurate on Vietnamese abbreviations ("TS.", "PGS.") but
returns strings, not offsets, and it is only meant for one paragraph at a time.  We split on
line breaks first (news paragraphs never continue across them), then align its sentences back
onto the paragraph.  Very long "sentences" (tables, lists flattened to one line) are cut at a
separator so the word segmenter downstream stays linear in document length.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from underthesea import sent_tokenize

__all__ = ["split_sentences", "MAX_SENTENCE_CHARS"]

#: Sentences longer than this are cut (at "; ", ", " or a space) before word segmentation.
MAX_SENTENCE_CHARS = 1500

_PARAGRAPH_RE = re.compile(r"[^\n]+")
_FALLBACK_RE = re.compile(r"[^.!?…]+(?:[.!?…]+[\"”’)]*|$)")


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _PARAGRAPH_RE.finditer(text, start, end):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b


def _align(paragraph: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Find each piece in order; None when underthesea changed the text (then we fall back)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = paragraph.find(piece, pos)
        if i < 0:
            return None
        spans.append((i, i + len(piece)))
        pos = i + len(piece)
    return spans


def _cut_long(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at the last separator before the limit."""
    while b - a > MAX_SENTENCE_CHARS:
        window = text[a:a + MAX_SENTENCE_CHARS]
        cut = -1
        for sep in ("; ", ", ", " "):
            cut = window.rfind(sep)
            if cut > MAX_SENTENCE_CHARS // 3:
                cut += len(sep)
                break
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        yield a, a + cut
        a += cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        yield a, b


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets within ``text[start:end]``, never crossing a newline."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for pa, pb in _paragraphs(text, start, end):
        para = text[pa:pb]
        try:
            spans = _align(para, sent_tokenize(para))
        except Exception:  # underthesea is robust, but a batch must never die on one paragraph
            spans = None
        if spans is None:
            spans = [m.span() for m in _FALLBACK_RE.finditer(para) if m.group().strip()]
        for a, b in spans:
            # trim whitespace the fallback may have kept
            while a < b and para[a].isspace():
                a += 1
            while b > a and para[b - 1].isspace():
                b -= 1
            if a < b:
                out.extend(_cut_long(text, pa + a, pa + b))
    return out
