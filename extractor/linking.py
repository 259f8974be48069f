"""Stage 6c: link organisation names to gazetteer entries.

Order of attempts, cheapest and surest first:

1. exact alias on the folded form (case, NFC, tone-mark placement);
2. the same after expanding Vietnamese abbreviations inside the name ("Cơ quan HTQT Nhật Bản"
   -> "cơ quan hợp tác quốc tế nhật bản" -> JICA), from ``gazetteers/abbreviations.csv``;
3. rapidfuzz ``fuzz.ratio`` against every folded alias with a score cutoff and a length guard:
   Vietnamese names differ by one syllable between distinct bodies ("Vụ Hợp tác quốc tế" of two
   ministries, "Liên hiệp các Hội KH&KT Việt Nam" vs "... tỉnh Thừa Thiên Huế"), so the cutoff is
   high and a candidate much longer or shorter than the query is never accepted.

Aliases shared by several entries (marked ambiguous in the gazetteer) are not linked on their own.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer
from .normalize import fold

__all__ = ["Linker", "LinkResult"]

FUZZY_CUTOFF = 92.0
_TOKEN_RE = re.compile(r"[^\W_]+(?:[&.][^\W_]+)*|&", re.UNICODE)


@dataclass(frozen=True)
class LinkResult:
    entity_id: str
    score: float
    method: str  # "alias" | "expanded" | "fuzzy" | "acronym"


class Linker:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        # unambiguous aliases sorted by length, so that the fuzzy search only scores the aliases
        # the length guard could accept (a tenth of the list for a typical name)
        pairs = sorted((key, ids[0]) for key, ids in gazetteer.org_alias_index.items() if len(ids) == 1)
        pairs.sort(key=lambda p: len(p[0]))
        self._aliases: list[str] = [k for k, _ in pairs]
        self._alias_ids: list[str] = [i for _, i in pairs]
        self._lengths: list[int] = [len(k) for k in self._aliases]
        self._memo: dict[str, LinkResult | None] = {}  # names recur across an archive's articles
        self._abbrev: dict[str, str] = {}
        for short, ab in gazetteer.abbreviations.items():
            if not ab.ambiguous and ab.lang == "vi":
                self._abbrev[short.upper()] = fold(ab.long)

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> "Linker":
        return cls(gazetteer)

    def expand(self, name: str) -> str:
        """Folded name with known abbreviations spelt out ('Vụ KHCN&HTQT' -> 'vụ khoa học ...')."""
        out: list[str] = []
        for tok in _TOKEN_RE.findall(name):
            up = tok.upper()
            if up in self._abbrev and tok != tok.lower():
                out.append(self._abbrev[up])
                continue
            parts = re.split(r"(&)", tok)
            if len(parts) > 1 and all(p == "&" or p.upper() in self._abbrev for p in parts if p):
                out.append(" ".join("và" if p == "&" else self._abbrev[p.upper()] for p in parts if p))
                continue
            out.append(fold(tok))
        return " ".join(out)

    def link_acronym(self, short: str) -> LinkResult | None:
        ids = self.gaz.acronym_index.get(short.upper(), [])
        entries = [self.gaz.orgs[i] for i in ids]
        unambiguous = [e for e in entries if fold(short) not in e.ambiguous]
        if len(unambiguous) == 1:
            return LinkResult(unambiguous[0].id, 100.0, "acronym")
        return None

    def link(self, name: str) -> LinkResult | None:
        if name in self._memo:
            return self._memo[name]
        result = self._link(name)
        if len(self._memo) < 100_000:
            self._memo[name] = result
        return result

    @staticmethod
    def _length_guard(choice: str, query: str) -> bool:
        """A candidate much longer or shorter than the query is another body."""
        return abs(len(choice) - len(query)) <= max(3, 0.12 * len(choice))

    def _link(self, name: str) -> LinkResult | None:
        key = fold(name)
        ids = self.gaz.org_alias_index.get(key, [])
        if len(ids) == 1:
            return LinkResult(ids[0], 100.0, "alias")
        if len(ids) > 1:
            return None
        expanded = self.expand(name)
        ids = self.gaz.org_alias_index.get(expanded, [])
        if len(ids) == 1:
            return LinkResult(ids[0], 99.0, "expanded")
        if not self._aliases:
            return None
        best = None
        for query in sorted({key, expanded}):
            n = len(query)
            # every alias the length guard accepts has a length in [lo, hi]
            lo = bisect.bisect_left(self._lengths, min(n - 3, math.floor(n / 1.12)))
            hi = bisect.bisect_right(self._lengths, max(n + 3, math.ceil(n / 0.88)))
            hit = process.extractOne(query, self._aliases[lo:hi], scorer=fuzz.ratio, processor=None,
                                     score_cutoff=FUZZY_CUTOFF)
            if hit is None:
                continue
            choice, score, idx = hit
            if not self._length_guard(choice, query):
                continue
            if best is None or score > best.score:
                best = LinkResult(self._alias_ids[lo + idx], float(score), "fuzzy")
        return best
