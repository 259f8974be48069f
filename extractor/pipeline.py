"""The spaCy pipeline: thin components over the pure functions of each stage.

``load()`` builds a blank Vietnamese ``Language`` whose tokenizer is underthesea's segmenter
(:mod:`extractor.tokenizer`) and adds, in the order text flows:

    vi_clean -> vi_entities -> vi_numbers -> vi_acronyms -> vi_linker -> vi_cooperation -> vi_ents

Each component reads the ``Doc`` and appends plain :class:`Mention` records to ``doc._.vi_mentions``
(character offsets into ``doc.text`` — the normalised text).  Custom attributes all live under the
``vi_`` prefix.  ``vi_ents`` finally mirrors the mentions into ``doc.ents`` (token-aligned, no
overlaps) so displaCy and other spaCy tools see them.  Offsets are mapped back to the original
text only at one boundary, in :mod:`extractor.records`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from . import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from .tokenizer import check_deadline
from .acronyms import (INITIALS_RE, AcronymPair, _opens_with_head, find_bracket_definitions, find_phrase_definitions,
                       letters_match, looks_like_acronym)
from .clean import CleanResult, clean
from .cooperation import LIST_GAP_RE, Party, extract_relations, lexicon as coop_lexicon, title_roles
from .gazetteer import Gazetteer
from .linking import Linker
from .sports import (fixture_sides, listed_teams, locative_before, player_names, sponsor_club, table_teams,
                     team_name_start, team_names_re)
from .normalize import fold, normalize_text
from .orgs import (_COMPANY_HEADS, OrgCandidate, Syllable, _head_at, _tail_len, bracket_expansion_kind, descriptive_short_forms,
                   find_cued_latin_orgs, find_legal_suffix_orgs,
                   find_latin_orgs, find_rule_orgs, is_foreign_word, is_sport_doc, latin_cues, load_rules, syllabify)

__all__ = ["Mention", "load", "get_gazetteer", "PIPE_NAMES"]

PIPE_NAMES = ["vi_clean", "vi_entities", "vi_numbers", "vi_acronyms", "vi_linker", "vi_cooperation", "vi_ents"]
_SYL_RE = re.compile(r"[^\W_]+(?:[&.'’][^\W_]+)*|&|\S")


class SpanSet:
    """Character ranges taken so far, kept merged and sorted: overlap tests in O(log n).

    The recognisers check every candidate against everything already taken; with a list that is
    quadratic in the number of mentions, which matters on long documents.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.ends, a)  # first range ending after a
        return i < len(self.starts) and self.starts[i] < max(b, a + 1)

    def add(self, a: int, b: int) -> None:
        b = max(b, a + 1)
        i = bisect.bisect_left(self.ends, a)      # first range that ends at/after a
        j = bisect.bisect_right(self.starts, b)   # ranges starting after b are untouched
        if i < j:
            a = min(a, self.starts[i])
            b = max(b, self.ends[j - 1])
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]


@dataclass
class Mention:
    start: int
    end: int
    label: str
    text: str
    value: str = ""
    unit: str = ""
    qualifier: str = ""
    entity_id: str = ""
    method: str = ""
    score: float = 1.0
    cluster: int = -1


@dataclass
class OrgCluster:
    key: int
    mentions: list[Mention] = field(default_factory=list)
    entity_id: str = ""
    name: str = ""
    acronym: str = ""


for _name, _default in (("vi_meta", None), ("vi_mentions", None), ("vi_acronyms", None),
                        ("vi_relations", None), ("vi_clusters", None), ("vi_input_meta", None),
                        ("vi_syllables", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@lru_cache(maxsize=4)
def get_gazetteer(directory: str | None = None) -> Gazetteer:
    return Gazetteer.load(directory)


@lru_cache(maxsize=4)
def get_linker(directory: str | None = None) -> Linker:
    return Linker.from_gazetteer(get_gazetteer(directory))


def _syllable_words(text: str) -> list[str]:
    return _SYL_RE.findall(normalize_text(text))


def _doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy rebuilds the string on every access."""
    text = doc.user_data.get("vi_text")
    if text is None:
        text = doc.user_data["vi_text"] = doc.text
    return text


def _words(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, sentence start) of every non-space token, computed once per Doc."""
    cached = doc.user_data.get("vi_words")
    if cached is None:
        cached = [(t.idx, t.idx + len(t), t.is_sent_start) for t in doc if not t.is_space]
        doc.user_data["vi_words"] = cached
    return cached


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans trimmed to their words, computed once per Doc."""
    cached = doc.user_data.get("vi_sentences")
    if cached is None:
        cached = []
        for a, b, first in _words(doc):
            if first or not cached:
                cached.append([a, b])
            else:
                cached[-1][1] = b
        cached = [tuple(x) for x in cached]
        doc.user_data["vi_sentences"] = cached
    return cached


def _excluded(doc: Doc, start: int, end: int) -> bool:
    meta: CleanResult = doc._.vi_meta
    return meta is not None and meta.is_excluded(start, end)


def _province_prefix(text: str, start: int) -> re.Match[str] | None:
    """'tỉnh', 'thành phố' or 'TP' right before a place name: the province itself, never its club."""
    return _PROVINCE_PREFIX_RE.search(text, max(0, start - 12), start)


def _in_title(syls: list[Syllable], i: int) -> bool:
    """The head at i completes a title: 'Phó trưởng Ban ...', 'Trưởng Ban ...'; not after a title
    that is already whole ('Cục trưởng Cục ...': the second 'Cục' opens the unit's name)."""
    prev = syls[i - 1].text.lower() if i > 0 else ""
    if prev not in _TITLE_WORDS:
        return False
    whole = prev == "trưởng" and i > 1 and syls[i - 2].text[:1].isupper() and syls[i - 2].text.lower() != "phó"
    return not whole


def _listed(gap: str) -> bool:
    """Two names joined as members of one list (", ", " và "): a connector, not just a space."""
    return bool(gap.strip()) and LIST_GAP_RE.fullmatch(gap) is not None


def _sentence_excluded(doc: Doc, start: int, end: int) -> bool:
    """A sentence is boilerplate when its middle is: a lead credit "(NLĐ) -" that opens the first
    sentence must not cost that sentence its relations (its mentions are dropped anyway)."""
    mid = (start + end) // 2
    return _excluded(doc, mid, mid + 1)


def _published(doc: Doc) -> dt.date | None:
    iso = ""
    if doc._.vi_input_meta and doc._.vi_input_meta.get("published"):
        iso = str(doc._.vi_input_meta["published"])[:10]
    elif doc._.vi_meta is not None:
        iso = doc._.vi_meta.published
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------- components
@Language.factory("vi_clean")
def make_clean(nlp: Language, name: str):
    def vi_clean(doc: Doc) -> Doc:
        doc._.vi_meta = clean(_doc_text(doc))
        doc._.vi_mentions = []
        doc._.vi_acronyms = []
        doc._.vi_relations = []
        doc._.vi_clusters = []
        return doc

    return vi_clean


class EntityRecognizer:
    """Gazetteer phrases + Vietnamese name grammar + known acronyms -> ORG and LOC mentions."""

    def __init__(self, vocab, gazetteer: Gazetteer):
        self.vocab = vocab
        self.gaz = gazetteer
        self.names = PhraseMatcher(vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(vocab, attr="ORTH")
        self.places = PhraseMatcher(vocab, attr="LOWER")
        self.patterns = self._patterns()
        self._add_patterns()
        self.generic_abbrevs = {a for a in gazetteer.abbreviations}
        # short country names that are also words or given names ("Áo", "Nga", "Nhật"), written
        # capitalised: matched only in country context (_ambiguous_places, _national_teams)
        self._ambiguous_forms = {" ".join(w[:1].upper() + w[1:] for w in amb.split()): place.id
                                 for place in gazetteer.places.values() if place.type == "country"
                                 for amb in place.ambiguous}
        self._ambiguous_re = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(self._ambiguous_forms, key=len, reverse=True))
            + r")(?!\w)") if self._ambiguous_forms else None
        self._teams_re = team_names_re(gazetteer.teams)  # sports_teams.csv: clubs in sports articles

    @classmethod
    def from_gazetteer(cls, vocab, gazetteer: Gazetteer) -> "EntityRecognizer":
        return cls(vocab, gazetteer)

    def _patterns(self) -> list[dict[str, str]]:
        """Gazetteer surface forms as spaCy-style pattern data: {"label", "pattern", "id"}."""
        pats = []
        for entry in self.gaz.orgs.values():
            for form in entry.match_forms():
                if "(" in form:
                    continue  # descriptive aliases ("Vụ Hợp tác quốc tế (Bộ TN&MT)") are not surface forms
                pats.append({"label": "ORG", "pattern": form, "id": entry.id})
        for place in self.gaz.places.values():
            for form in place.surface_forms():
                if fold(form) in place.ambiguous:
                    continue
                pats.append({"label": "LOC", "pattern": form, "id": place.id})
        return pats

    def _add_patterns(self) -> None:
        by_key: dict[tuple[str, str, bool], list[Doc]] = {}
        for p in self.patterns:
            words = _syllable_words(p["pattern"])
            if not words:
                continue
            case_sensitive = p["label"] == "ORG" and len(words) == 1 and looks_like_acronym(words[0])
            key = (p["label"], p["id"], case_sensitive)
            by_key.setdefault(key, []).append(Doc(self.vocab, words=words))
        for (label, eid, cs), docs in by_key.items():
            matcher = self.acronyms if cs else (self.names if label == "ORG" else self.places)
            matcher.add(f"{label}|{eid}", docs)

    def is_place(self, text: str) -> bool:
        return fold(text) in self.gaz.place_index

    def is_place_like(self, text: str) -> bool:
        """A place, or a short place name that is also a common word ('Anh', 'Thái', 'Đức')."""
        key = fold(text)
        if key in self.gaz.place_index:
            return True
        amb = self.__dict__.get("_amb_places")
        if amb is None:
            amb = self._amb_places = frozenset(a for p in self.gaz.places.values() for a in p.ambiguous)
        return key in amb

    def __call__(self, doc: Doc) -> Doc:
        text = _doc_text(doc)
        spans = [(a, b) for a, b, _ in _words(doc)]
        syls = syllabify(text, spans)
        doc._.vi_syllables = syls
        if not syls:
            return doc
        sdoc = Doc(self.vocab, words=[s.text for s in syls])
        cands: list[tuple[int, int, str, str, str, float, int]] = []
        strings = self.vocab.strings
        known_end: dict[int, int] = {}  # gazetteer bodies by first syllable: parents of a sub-unit
        for matcher, method, prio in ((self.names, "gazetteer", 0), (self.acronyms, "gazetteer", 0),
                                      (self.places, "gazetteer", 3)):
            for match_id, i, j in matcher(sdoc):
                label, eid = strings[match_id].split("|", 1)
                a, b = syls[i].start, syls[j - 1].end
                if not text[a].isupper() and not text[a].isdigit() and not _CAMEL_RE.match(text, a, b):
                    continue  # names are capitalised in running text (or camel-cased: "eBay")
                if j < len(syls) and syls[j].word == syls[j - 1].word and syls[j].is_word and label == "LOC" \
                        and syls[j].text[:1].isalpha() and not is_foreign_word(syls[j - 1].text):
                    # the match cuts a word ("Anh em"); not a score or a verb the segmenter glued to a
                    # foreign name ("Andorra 4-0", "Ireland thắng")
                    continue
                cands.append((a, b, label, eid, method, 1.0, prio))
                m = self._branch_tail(syls, j, eid, text) if label == "ORG" else 0
                if m:
                    # "Intel châu Á": the branch is a body of its own, not the company's gazetteer entry
                    cands.append((a, syls[m - 1].end, label, "", method, 1.0, prio))
                if label == "ORG" and self.gaz.orgs[eid].org_type != "media" and \
                        (j >= len(syls) or syls[j].word != syls[j - 1].word or not syls[j].is_word):
                    known_end[i] = max(known_end.get(i, 0), j)
        starts = [s.start for s in syls]
        place = lambda a, b: self.is_place(text[a:b])  # noqa: E731
        sport = is_sport_doc(text)
        players = player_names(text, self._teams_re) if sport else set()  # "Deco 13'", "Ronaldinho (Barcelona)"
        vn_words = frozenset(s.text for s in syls if s.text.islower())
        persons: set[str] = set()
        known = lambda t: bool(self.gaz.acronym_index.get(t.upper())) and looks_like_acronym(t)  # noqa: E731
        described: list[tuple[int, int, int]] = []  # descriptive committee names, for their short forms
        for a, b in _sentences(doc):
            i = bisect.bisect_left(starts, a)
            j = bisect.bisect_left(starts, b)
            headed: list[tuple[int, int]] = []  # grammar names with a capitalised company or club head
            for c in find_rule_orgs(syls, i, j, is_place=place, is_known_acronym=known,
                                    is_generic=self.generic_abbrevs.__contains__,
                                    is_known_name=lambda a, b: self._known_name(text[a:b]),
                                    known_org_end=lambda k: known_end.get(k, 0)):
                surface = text[c.start:c.end]
                if surface in self.generic_abbrevs or (c.method == "generic" and self.is_place_like(surface)):
                    continue
                if c.method == "rule" and c.head[:1].islower() and self.is_place_like(surface[len(c.head) + 1:]):
                    continue  # "1.000 công ty Nhật": a lower-case classifier and a country
                if c.method == "generic":
                    c = self._without_country(c, surface)  # "tạp chí Đức Sz Magazine" -> "Sz Magazine"
                    surface = text[c.start:c.end]
                eid = ""
                if c.method == "rule" and c.head in _COMPANY_HEADS:
                    headed.append((c.start, c.end))
                    ids = self.gaz.org_alias_index.get(fold(surface[len(c.head) + 1:]), ())
                    eid = ids[0] if len(ids) == 1 else ""  # "Công ty Honda" is Honda
                cands.append((c.start, c.end, "ORG", eid, c.method, 0.8 if c.method == "rule" else 0.7,
                              1 if c.method == "rule" else 2))
                if c.short_end:
                    k = bisect.bisect_left(starts, c.start)
                    described.append((k, len(_syllable_words(c.head)), bisect.bisect_left(starts, c.short_end)))
            for c in find_latin_orgs(syls, i, j, vn_words) + find_legal_suffix_orgs(syls, i, j):
                cands.append((c.start, c.end, "ORG", "", "latin", 0.6, 3))
            cued, who = find_cued_latin_orgs(syls, i, j, text, is_place=place, sport=sport, vn_words=vn_words)
            persons |= who
            for c in cued:
                # "CLB Arsenal Vieira": the grammar read the club head and ended the name before the
                # player; a Latin run that starts at the head would take the person too
                if any(x <= c.start < y < c.end for x, y in headed) or text[c.start:c.end] in players \
                        or (sport and c.method == "latin-cue" and locative_before(text, c.start, moves=False)):
                    continue  # (a locative makes a venue or a city: "tại sân Maracana (Brazil)")
                cands.append((c.start, c.end, "ORG", "", c.method, 0.6, 3))
        for a, b in descriptive_short_forms(syls, described):
            cands.append((a, b, "ORG", "", "rule", 0.7, 1))
        # unknown acronyms: in news, a capitalised short form nobody defines is mostly a body
        # (HAGL, AOL, NBA); generic abbreviations, places, units and technical terms are excluded
        rules = load_rules()
        caps: list[int] = []
        not_bodies: set[str] = set()  # tokens the document shows to be something else (one sense per document)
        for k, sy in enumerate(syls):
            t = sy.text
            # (two letters are too ambiguous without a definition or the gazetteer: "RS", "DS", "IM")
            if not (3 <= len(t) <= 8 and t[0].isupper() and sum(c.isupper() for c in t) >= 2) or "&" in t \
                    or (sum(c.islower() for c in t) > 1 and not re.search(r"[A-ZĐ]{2}", t)):
                # (camel case is a name or a brand, not an acronym: "McFly", "DeTrani", "TiVo"; "DoS" has
                # one lower-case letter, "VietCERT" an acronym in it)
                continue
            if re.fullmatch(r"[A-Z]{2,}s", t):
                continue  # "TNBs", "NGOs", "SMEs": the plural of a common noun
            glued = _GLUED_WORD_RE.fullmatch(t)
            if glued and not is_foreign_word(glued.group(1)):
                continue  # "OKSau": an acronym glued to the Vietnamese word after it (a missing space)
            if INITIALS_RE.match(t):
                continue  # "V.A", "H.H": a writer's initials (a definition in brackets still makes a body)
            if not looks_like_acronym(t) or t in self.generic_abbrevs or t in rules.non_org_caps \
                    or re.search(r"\d\D", t) \
                    or self.is_place(t) or re.fullmatch(r"[IVXLC]+", t) or t.upper() in self.gaz.acronym_index:
                continue  # (gazetteer acronyms are matched, and filtered, by the phrase matcher)
            nxt = text[sy.end:sy.end + 2]
            prev = text[max(0, sy.start - 1):sy.start]
            if nxt[:1] in ("-", "/") or prev in ("-", "/") or (nxt[:1] == " " and nxt[1:2].isdigit()) \
                    or _MODEL_AFTER_RE.match(text, sy.end) or _MODEL_CODE_RE.fullmatch(t):
                continue  # codes and model numbers: "F-16", "54-NQ/TW", "AWGCME 21", "SGH i300", "TM8100"
            if _PLURAL_BEFORE_RE.search(text, max(0, sy.start - 8), sy.start):
                continue  # "các LĐBĐ lớn", "mỗi DN": a plural or distributive makes the acronym a common noun
            if not t.isascii() and not re.fullmatch(r"[B-DF-HJ-NP-TV-XZĐ&]+", t):
                continue  # "CÁC", "NHÀ": a Vietnamese word written in capitals ("HĐND", "SĐNĐ" have no vowel)
            neighbours = [syls[x] for x in (k - 1, k + 1) if 0 <= x < len(syls) and syls[x].is_word]
            if any(n.text.isupper() and len(n.text) > 1 for n in neighbours):
                continue  # a heading written in capitals
            if k + 1 < len(syls) and syls[k + 1].is_cap and syls[k + 1].start == sy.end + 1 and text[sy.end] == " ":
                continue  # the start of a longer name ("SEA Games", "CSKA Sofia")
            if bracket_expansion_kind(syls, k) == "other" or \
                    self._product_cued(syls, starts, sy.start, cues=latin_cues().kinds):
                # "Cơ chế ... (AISP)", "Ba sâu Zotob, Bozori và IRCbot": the document says what the
                # token is, for all its mentions (a product noun, "xe McLaren", says it only there)
                not_bodies.add(t)
            caps.append(k)
        for k in caps:
            if syls[k].text not in not_bodies:
                cands.append((syls[k].start, syls[k].end, "ORG", "", "caps", 0.5, 4))
        # longest first; on equal length the gazetteer wins
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[6], c[0]))
        taken = SpanSet()
        mentions = doc._.vi_mentions
        product_next = self._product_next(syls, text)
        for a, b, label, eid, method, score, _ in cands:
            if _excluded(doc, a, b) or taken.overlaps(a, b):
                continue
            if label == "ORG" and method not in ("rule", "generic") and \
                    not (eid and self.gaz.orgs[eid].org_type not in ("company", "media", "other")) and \
                    ((b in product_next and text[a:b].rsplit(" ", 1)[-1] not in rules.foreign_org_words)
                     or self._product_cued(syls, starts, a)):
                # "Yahoo Mail", "Nintendo DS", "sản phẩm PlayStation Portable": products (only companies
                # make them: "giám đốc IAEA Mohammed ElBaradei" is a person after an agency)
                continue
            if label == "ORG" and method in ("latin", "latin-cue", "caps", "generic") and text[a:b] in rules.product_names:
                continue  # "Linux", "Windows", "Hotmail": products that business words also surround
            if label == "ORG" and method == "gazetteer" and " " not in text[a:b] and text[a:b].isascii() \
                    and self._in_person_name(syls, starts, a):
                continue  # "ông Bradford Philips": a surname that is also a company
            if label == "ORG" and method in ("gazetteer", "caps") and looks_like_acronym(text[a:b]) and \
                    _AFTER_NUMBER_RE.search(text, max(0, a - 12), a):
                continue  # "256 MB", "2,4 GHz": a unit after a number
            if label == "ORG" and method == "caps" and (text[a - 1:a] == "." or text[b:b + 1] == "."
                                                        and text[b + 1:b + 2].isupper()):
                continue  # "Đ.M.P.T": a person's initials
            if label == "ORG" and eid and method == "gazetteer" and text[a:b] in self.generic_abbrevs \
                    and not self._confirmed(text, eid, a, b):
                continue  # "BTC" = ban tổ chức unless the document names Belgian Technical Cooperation
            if label == "ORG" and eid and self.gaz.orgs[eid].org_type == "media":
                if not self._media_cased(eid, text[a:b]):
                    continue  # "Thanh niên", "Lao động" written as common nouns
                if _SOURCE_CUE_RE.search(text, max(0, a - 25), a):
                    # "theo TTXVN", "nhận định với VnExpress": a cited source is an organisation mention
                    # but not an actor: no cluster, so neither an organisations row nor a party
                    method = "source"
            taken.add(a, b)
            mentions.append(Mention(a, b, label, text[a:b], entity_id=eid, method=method, score=score))
        self._join_subunits(doc, text, taken)
        self._ministry_ellipsis(doc, text, taken)
        self._number_tails(doc, text, taken)
        self._strip_descriptors(doc, text)
        self._credit_mention(doc, text, taken)
        self._ambiguous_places(doc, text, taken)
        if sport:
            self._sport_teams(doc, text, taken)
            self._national_teams(doc, text, taken)
            self._place_teams(doc, text)
        self._propagate_latin(doc, text, taken, persons, players)
        return doc

    def _join_subunits(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """A sub-unit written in lower case right before its parent is one name with it: 'Cục quản lý
        Dược Bộ Y tế', 'Đội chống hàng giả Công an Hà Nội', 'Hội đồng kỷ luật Bệnh viện Bình dân'.

        The grammar joins a capitalised sub-unit to its parent itself ('Khoa Hồi sức cấp cứu Bệnh
        viện Chợ Rẫy'); a lower-case description stops it, and the parent is then found alone, or
        the gazetteer names the sub-unit without the parent.  The parent makes even a generic
        committee specific ('Hội đồng kỷ luật' of that hospital), but a group of people is no
        sub-unit ('Ban giám đốc', data ``subunit_people``) and after a title word the head is
        part of the title ('Phó trưởng Ban ...')."""
        rules = load_rules()
        syls: list[Syllable] = doc._.vi_syllables or []
        if not syls:
            return
        starts = [x.start for x in syls]
        mentions = doc._.vi_mentions
        by_end = {m.end: m for m in mentions if m.label == "ORG"}
        for parent in sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.start):
            if not any(parent.text.startswith(h + " ") for h in rules.parent_heads):
                continue
            k = bisect.bisect_left(starts, parent.start)
            if k == 0 or text[syls[k - 1].end:parent.start] != " ":
                continue
            inner = by_end.get(syls[k - 1].end)  # the gazetteer's sub-unit: "Cục quản lý Dược"
            if inner is not None:
                i = bisect.bisect_left(starts, inner.start)
            else:
                i = k - 1
                while i > 0 and k - i <= 5 and syls[i].text.islower() and syls[i].is_word:
                    i -= 1
                if i == k - 1 or taken.overlaps(syls[i].start, syls[k - 1].end):
                    continue
            # (the head as written, even where the segmenter made one word of "Hội đồng kỷ luật")
            h = next((n for n in (3, 2, 1) if " ".join(x.text for x in syls[i:i + n]) in rules.subunit_heads), 0)
            desc = [x.text for x in syls[i + h:k]]
            if not h or i + h >= k or " ".join(desc) in rules.subunit_people or \
                    any(w in rules.clause_words or w == "và" for w in desc) or \
                    (inner is None and desc[0] in rules.subunit_verbs) or \
                    desc[0] in rules.head_exclusions.get(" ".join(x.text for x in syls[i:i + h]), ()) or \
                    any(w in _TITLE_WORDS for w in desc[:1]) or _in_title(syls, i):
                # "Cục trưởng Cục ..." (as parent), "Phó trưởng Ban ...": a title, not a sub-unit; "Phòng
                # cháy ... và Cục Kiểm lâm": a verb phrase and a coordination, not a sub-unit
                continue
            a = syls[i].start
            if inner is not None:
                mentions.remove(inner)
            mentions.remove(parent)
            m = Mention(a, parent.end, "ORG", text[a:parent.end], entity_id=inner.entity_id if inner else "",
                        method="rule", score=0.7)
            mentions.append(m)
            taken.add(a, parent.end)
            by_end[m.end] = m

    def _ministry_ellipsis(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """Ministries (or provincial departments) listed after one "bộ" ("sở"): "các bộ Thương mại,
        Công nghiệp", "Bộ Công nghiệp, Tài chính và Văn phòng Chính phủ", "các sở Y tế, Tài chính".
        News writes the head once and the next ones by their field alone; each field is that body
        (data ``ministry_names``)."""
        pat, item = _ministry_list_res()
        mentions = doc._.vi_mentions
        for m in pat.finditer(text):
            lst = m.group("list")
            base = m.start("list")
            for it in item.finditer(lst):
                a, b = base + it.start(), base + it.end()
                if text[max(0, a - 3):a] in ("Bộ ", "Sở ") or taken.overlaps(a, b) \
                        or _excluded(doc, a, b):
                    continue  # (the first "Bộ X" is a mention already)
                mentions.append(Mention(a, b, "ORG", text[a:b], method="rule", score=0.6))
                taken.add(a, b)

    def _number_tails(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """A unit named by its number: 'Tổng công ty 91', 'Công ty hóa chất 21', 'Bệnh viện 103',
        'Quân khu 4'.  The number belongs to the name when nothing measured follows it: the
        next word is punctuation or a clause word ('thuộc', 'đã', 'của'), never a unit or a
        count noun ('Công ty Nhạc Xanh 200 triệu đồng')."""
        rules = load_rules()
        mentions = doc._.vi_mentions

        def next_word(b: int) -> str:
            nxt = _NEXT_WORD_RE.match(text, b)
            return (nxt.group(1) or "").lower() if nxt else ""

        def closed(b: int) -> bool:  # punctuation, the end, or a clause word: nothing is counted
            w = next_word(b)
            return not w or w in rules.clause_words or w == "thuộc"

        for m in mentions:
            if m.label == "ORG" and m.method == "rule":
                num = re.search(r" \d+$", m.text)
                if num and (next_word(m.end) in rules.measure_words or text[m.end:m.end + 1] == "%"):  # "Công ty Nhạc Xanh 200 triệu đồng": the grammar took an amount
                    m.end -= len(num.group(0))
                    m.text = text[m.start:m.end]
        ends = {m.end: m for m in mentions if m.label == "ORG" and m.method == "rule"}
        for m in _NUMBERED_RE.finditer(text):
            a, b = m.start(), m.end()
            # a military unit and its number are a name whatever follows ("Sư đoàn 304 tham gia"),
            # unless the number counts something ("Quân khu 4 ngày")
            military = _MILITARY_UNIT_RE.match(text, a) and next_word(b) not in rules.measure_words
            if not (closed(b) or military) or _excluded(doc, a, b):
                continue
            named = ends.get(m.start(2) - 1)
            if named is not None and named.start == a:
                named.end, named.text = b, text[a:b]  # "Công ty hóa chất" + " 21"
                taken.add(a, b)
            elif not taken.overlaps(a, b):
                mentions.append(Mention(a, b, "ORG", text[a:b], method="rule", score=0.7))
                taken.add(a, b)

    def _strip_descriptors(self, doc: Doc, text: str) -> None:
        """A capitalised classifier stays outside the name: 'Hãng tin AFP' is AFP, 'Báo Tuổi Trẻ' is
        Tuổi Trẻ, 'Hãng thông tấn SPA' is SPA (the check sets' convention, as for the lower-case
        'báo', 'hãng').  The classifier stays when only a place would remain ('Báo Nghệ An')."""
        rules = load_rules()
        for m in doc._.vi_mentions:
            if m.label != "ORG":
                continue
            d = next((d for d in rules.name_descriptors if m.text.startswith(d + " ")), None)
            if d is None:
                continue
            rest = m.text[len(d) + 1:]
            if not rest[:1].isupper() or self.is_place_like(rest):
                continue
            m.start += len(d) + 1
            m.text = rest

    def _without_country(self, c, surface: str):
        """A classifier's name that opens with a country before a foreign name: 'tạp chí Đức Sz
        Magazine', 'báo Anh The Guardian'.  The country says where the paper or firm is from; the
        foreign name alone is the name."""
        words = surface.split(" ")
        for n in (1, 2, 3):
            if n < len(words) and self.is_place_like(" ".join(words[:n])) and words[n][:1].isupper() and \
                    all(w.isascii() for w in words[n:]) and any(is_foreign_word(w) for w in words[n:]):
                cut = len(" ".join(words[:n])) + 1
                return OrgCandidate(c.start + cut, c.end, c.head, c.method)
        return c

    def _branch_tail(self, syls: list[Syllable], j: int, eid: str, text: str) -> int:
        """End of a regional branch name after a company: 'Intel châu Á', 'Microsoft Việt Nam', or 0.

        A company directly followed by a region or by a country other than its home names its
        branch there (set-2 convention: 'A regional branch keeps its place tail'); its home country
        is a nationality ('Samsung Hàn Quốc' is Samsung, of Korea).
        """
        entry = self.gaz.orgs[eid]
        if entry.org_type != "company" or j >= len(syls) or syls[j].start != syls[j - 1].end + 1:
            return 0
        if not (syls[j].is_cap or syls[j].text == "châu"):
            return 0
        best = 0
        for m in range(j + 1, min(len(syls), j + 4) + 1):
            if not syls[m - 1].is_word or (m - 1 > j and syls[m - 1].start != syls[m - 2].end + 1):
                break
            place = self.gaz.place_for(text[syls[j].start:syls[m - 1].end])
            if place and (place.type == "region" or place.type == "country" and place.iso != entry.country):
                best = m
        if best and best < len(syls) and syls[best].is_cap and syls[best].is_word and \
                syls[best].start == syls[best - 1].end + 1:
            return 0  # the capitalised words go on: not a place tail
        return best

    def _product_next(self, syls: list[Syllable], text: str) -> set[int]:
        """End offsets of Latin-script words directly followed by a capitalised Latin word that is
        not an organisation marker ('Yahoo| Mail', 'Google| Talk', 'Nintendo| DS'): a brand
        followed by a model or service name is a product, not the company.  Only a space joins
        them: a headline ending in 'AC Milan' is not a product of the next line's first word."""
        rules = load_rules()
        out: set[int] = set()
        for k in range(len(syls) - 1):
            s, n = syls[k], syls[k + 1]
            if n.start == s.end + 1 and text[s.end] == " " and s.text[:1].isupper() and s.text.isascii() \
                    and n.text[:1].isupper() \
                    and n.text.isascii() and n.text.isalnum() and n.text not in rules.foreign_org_words \
                    and not n.text.isdigit() and not self.is_place(n.text):
                out.add(s.end)
        return out

    def _product_cued(self, syls: list[Syllable], starts: list[int], a: int, cues=None) -> bool:
        """A product noun right before the name, or before a list the name belongs to ('sản phẩm X',
        'nhãn hiệu WARM, FAIRY, BEST FAIRY', 'xe WAVE, WAVE RS và FUTURE NEO'); ``cues`` replaces
        the product nouns (kind nouns: 'Ba sâu Zotob, Bozori và IRCbot')."""
        k = bisect.bisect_left(starts, a)
        lc = latin_cues()
        cues = lc.product if cues is None else cues
        steps = 0
        while k > 0 and steps < 12:
            words = [x.text.lower() for x in syls[max(0, k - 6):k]]
            n = next((n for n in range(1, min(4, len(words)) + 1) if tuple(words[-n:]) in cues), 0)
            if not n and k == bisect.bisect_left(starts, a) and len(words) >= 2 and words[-1].isalpha() \
                    and words[-1] not in _NOT_PRODUCT_GAP:
                # one descriptive word between the product noun and the name ("dịch vụ chat MSN")
                n = next((n for n in range(1, min(3, len(words) - 1) + 1) if tuple(words[-1 - n:-1]) in cues), 0)
                if n:
                    words = words[:-1]
            if n:
                # "công ty phần mềm X": the product word describes a company
                before = words[:-n]
                return not any(tuple(before[-m:]) in lc.org_left for m in (1, 2) if len(before) >= m)
            prev = syls[k - 1].text
            if prev == "như":  # "các nhãn hiệu khác nhau như X, Y"
                words = [x.text.lower() for x in syls[max(0, k - 7):k - 1]]
                return any(tuple(words[i:i + n]) in cues for n in (1, 2, 3) for i in range(len(words) - n + 1))
            if prev in (",", "và", "hoặc") or (prev[:1].isupper() and prev.isascii()):
                k -= 1  # step back over the list
                steps += 1
                continue
            return False
        return False

    def _club_place(self, m: Mention) -> bool:
        """A province or city mention: the places Vietnamese clubs are named by."""
        return m.label == "LOC" and m.entity_id in self.gaz.places and \
            self.gaz.places[m.entity_id].type in ("province", "city")

    def _sport_teams(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """Clubs that no head noun announces (see :mod:`extractor.sports`): a sponsor before a
        province ('Tôn Hoa Sen Cần Thơ') and both sides of a fixture or score line ('Thun -
        Hamburg: 1-0', 'trận Khánh Hòa - Huda Huế').  A side already read as one name keeps its
        reading (a gazetteer club stays linked; a country or province becomes its team); names
        inside a side give way to the whole side."""
        mentions = doc._.vi_mentions
        sents = _sentences(doc)
        sent_starts = [a for a, _ in sents]
        for m in mentions:
            if not self._club_place(m) or _province_prefix(text, m.start):
                continue
            k = bisect.bisect_right(sent_starts, m.start) - 1
            a = sponsor_club(text, m.start, sent_starts[k] if k >= 0 else 0)
            if a < 0 or taken.overlaps(a, m.start - 1) or _excluded(doc, a, m.end):
                continue
            m.start, m.text, m.label, m.entity_id, m.method, m.score = a, text[a:m.end], "ORG", "", "team", 0.6
            taken.add(a, m.end)
        sides = [(a, b, "") for a, b in fixture_sides(text) + table_teams(text)]
        # clubs of gazetteers/sports_teams.csv by their short names ("Barcelona", "HAGL"); a name
        # that is a country or a province is left to the team cues (_national_teams, _place_teams)
        sides += [(a, b, self.gaz.teams[text[a:b]].org_id) for a, b in listed_teams(text, self._teams_re)
                  if not self.is_place(text[a:b])]
        for a, b, eid in sides:
            if _excluded(doc, a, b):
                continue
            inside = [m for m in mentions if m.start < b and m.end > a]
            if any(m.start < a or m.end > b or m.label not in ("LOC", "ORG") for m in inside):
                continue  # the side cuts a longer name, or holds a date or an amount
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b):
                m = inside[0]
                if m.label == "LOC":
                    m.label, m.entity_id, m.method, m.score = "ORG", eid, "team", 0.6
                elif not m.entity_id and eid:
                    m.entity_id = eid
                continue
            for m in inside:
                mentions.remove(m)
            mentions.append(Mention(a, b, "ORG", text[a:b], entity_id=eid, method="team", score=0.6))
            taken.add(a, b)

    def _place_teams(self, doc: Doc, text: str) -> None:
        """One sense per document for teams named by their province, city or country: once 'Hải
        Phòng' is a team in a match report ('Hạ Hải Phòng 3-1'), its other mentions are the team
        too, except after a locative word ('ở Hải Phòng', 'người Hải Phòng', 'sân Long An') or a
        word that makes the name a nationality ('các cô gái Việt Nam', 'bóng đá Thái Lan')."""
        mentions = doc._.vi_mentions
        teams = {m.text for m in mentions if m.label == "ORG" and m.method == "team"
                 and (p := self.gaz.place_for(m.text)) is not None and p.type in ("province", "city", "country")}
        if not teams:
            return
        for m in mentions:
            if m.label == "LOC" and m.text in teams and m.entity_id in self.gaz.places \
                    and not locative_before(text, m.start) and not _province_prefix(text, m.start) \
                    and not (self.gaz.places[m.entity_id].type == "country"
                             and _NATIONALITY_LEFT_RE.search(text, max(0, m.start - 30), m.start)) \
                    and not _BRACKETED_AFTER_NAME_RE.search(text, max(0, m.start - 45), m.start) \
                    and not _PEOPLE_LEFT_RE.search(text, max(0, m.start - 30), m.start) \
                    and not _excluded(doc, m.start, m.end):
                m.label, m.entity_id, m.method, m.score = "ORG", "", "team", 0.55

    def _national_teams(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """In a team-sports article a country (or province) that ranks, plays or wins is its team, an
        organisation ('Việt Nam dẫn đầu Đông Nam Á', 'vượt qua Thái Lan (hạng 41)', 'thắng Nhật Bản
        2-1', 'Đức tiếp tục đứng đầu'); lists chain ('Mỹ và Na Uy đứng thứ ba').  A country as a
        place or a nationality ('tại Việt Nam', 'các cô gái Việt Nam') has none of these cues."""
        mentions = doc._.vi_mentions
        # provinces and cities too: Vietnamese clubs are named by their province ("Bình Định thắng
        # Đà Nẵng 2-1", "đội Khánh Hòa"), with the same cues as national teams
        countries = [m for m in mentions if m.label == "LOC" and m.entity_id in self.gaz.places
                     and self.gaz.places[m.entity_id].type in ("country", "province", "city")
                     and not _province_prefix(text, m.start)]
        # short country names that are also common words ("Đức", "Nga") count only with a team cue
        if self._ambiguous_re is not None:
            for m in self._ambiguous_re.finditer(text):
                a, b = m.span()
                if not taken.overlaps(a, b) and (_TEAM_RIGHT_RE.match(text, b)
                                                 or _STRONG_TEAM_LEFT_RE.search(text, max(0, a - 24), a)):
                    extra = Mention(a, b, "LOC", m.group(1), entity_id=self._ambiguous_forms[m.group(1)],
                                    method="gazetteer", score=0.8)
                    mentions.append(extra)
                    taken.add(a, b)
                    countries.append(extra)
        countries.sort(key=lambda m: m.start)
        for m in list(countries):
            a = team_name_start(text, m.start)
            if a >= 0 and not taken.overlaps(a, m.start - 1) and not _excluded(doc, a, m.end):
                # "U23 Việt Nam", "Tuyển nữ Việt Nam": the team's whole name
                m.start, m.text, m.label, m.entity_id, m.method, m.score = a, text[a:m.end], "ORG", "", "team", 0.6
                taken.add(a, m.end)
                countries.remove(m)
        team = [bool(_TEAM_RIGHT_RE.match(text, m.end) or _TEAM_LEFT_RE.search(text, max(0, m.start - 40), m.start))
                and not _PEOPLE_LEFT_RE.search(text, max(0, m.start - 30), m.start)
                for m in countries]  # ("các cầu thủ Mỹ đã giành quyền ...": the players' nationality)
        # clubs already known ("Than Cửa Ông") link a list too: "6 đội Hà Nam, Than Cửa Ông, Thái Nguyên"
        anchors = [m for m in mentions if m.label == "ORG" and m.method == "team"]
        items = sorted([(m, t, True) for m, t in zip(countries, team)] + [(m, True, False) for m in anchors],
                       key=lambda x: x[0].start)
        flags = [t for _, t, _ in items]
        # (a place after a locative never joins a list: "các đại gia khác ở Italy, Inter có vẻ ...")
        locked = [c and not t and locative_before(text, m.start) for m, t, c in items]
        changed = True
        while changed:  # "Mỹ và Na Uy đứng thứ ba", "Indonesia (hạng 64), Malaysia (hạng 75)"
            changed = False
            for k in range(len(items) - 1):
                if flags[k] != flags[k + 1] and not locked[k] and not locked[k + 1] and \
                        _TEAM_LIST_GAP_RE.fullmatch(text, items[k][0].end, items[k + 1][0].start):
                    flags[k] = flags[k + 1] = True
                    changed = True
        countries = [m for m, _, is_country in items if is_country]
        team = [f for f, (_, _, is_country) in zip(flags, items) if is_country]
        for m, is_team in zip(countries, team):
            if not is_team or _excluded(doc, m.start, m.end):
                continue
            m.label, m.entity_id, m.method, m.score = "ORG", "", "team", 0.6
            p = _COUNTRY_PREFIX_RE.search(text, max(0, m.start - 10), m.start)
            if p:  # "CHDCND Triều Tiên"
                m.start, m.text = p.start(), text[p.start():m.end]

    def _known_name(self, name: str) -> bool:
        """One gazetteer body has this name ("Microsoft" in "Công ty Microsoft"); a newspaper name
        made of common words ("Nhân Dân" in "Đảng Nhân dân") only when capitalised as written."""
        ids = self.gaz.org_alias_index.get(fold(name), ())
        if len(ids) != 1:
            return False
        eid = ids[0]
        return self.gaz.orgs[eid].org_type != "media" or self._media_cased(eid, name)

    @staticmethod
    def _company_name(text: str, rules) -> str:
        """The proper name of 'Công ty [TNHH|CP] Phú An Sinh', 'BV Xanh Pôn': two to four capitalised
        words that are not domain words ('Công ty Xây lắp Thương mại 2' has none); news repeats it
        bare ('Phú An Sinh', 'ở Xanh Pôn')."""
        words = text.split()
        for head in (("Công", "ty"), ("Tập", "đoàn"), ("Tổng", "công", "ty"), ("Bệnh", "viện"), ("BV",)):
            if tuple(words[:len(head)]) == head:
                rest = words[len(head):]
                break
        else:
            return ""
        while rest and rest[0] in _LEGAL_FORMS:
            rest = rest[1:]
        if not 2 <= len(rest) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in rest):
            return ""
        low = [w.lower() for w in rest]
        if any(w in rules.tail_words or " ".join(low[i:i + 2]) in rules.tail_words for i, w in enumerate(low)):
            return ""
        return " ".join(rest)

    def _in_person_name(self, syls: list[Syllable], starts: list[int], a: int) -> bool:
        """A one-word Latin name right after a capitalised Latin given name ('Bradford Philips') or
        after a person's title ('ông Ford') is part of a person's name."""
        k = bisect.bisect_left(starts, a)
        if k == 0:
            return False
        prev = syls[k - 1]
        if prev.end + 1 == a and prev.text.isascii() and prev.text.isalpha() and prev.text[:1].isupper() \
                and not prev.text.isupper() and not self.is_place(prev.text) and \
                not (k < 2 or syls[k - 2].text in (".", "!", "?", ":", "\n")) and prev.text.lower() not in _VN_FUNCTION:
            return True
        return prev.text.lower() in ("ông", "bà", "ngài")

    def _media_cased(self, eid: str, surface: str) -> bool:
        """Newspaper names made of common words ('Tuổi Trẻ', 'Người Lao Động') count only when
        capitalised wherever the gazetteer form is."""
        words = surface.split()
        for form in self.gaz.orgs[eid].surface_forms():
            fw = form.split()
            if len(fw) == len(words) and fold(form) == fold(surface) and \
                    all(w[:1].isupper() or not f[:1].isupper() for f, w in zip(fw, words)):
                return True
        return len(words) == 1

    def _credit_mention(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """The lead credit '(NLĐ) -', '(TTXVN)–' names the newspaper or agency the story comes from:
        an organisation mention (method "source", never clustered), although the credit itself is
        excluded from extraction."""
        meta: CleanResult = doc._.vi_meta
        m = _DATELINE_CREDIT_RE.search(text, 0, min(len(text), 400))
        if m and not self.is_place(m.group(1)) and not taken.overlaps(*m.span(1)):
            # "TT - Những ngày qua ...": a paper's initials opening the story (a dateline credit)
            taken.add(*m.span(1))
            doc._.vi_mentions.append(Mention(*m.span(1), "ORG", m.group(1), method="source", score=0.6))
        if meta is None or not meta.source_credit:
            return
        src = meta.source_credit
        if not src[:1].isupper() or "." in src or len(src) > 30:
            return  # "( Theo Vea.gov.vn)": a web address
        k = text.find("(" + src, 0, 800)
        if k < 0:
            return
        a = k + 1
        b = a + len(src)
        if text[b:b + 1] != ")" or taken.overlaps(a, b):
            return
        taken.add(a, b)
        res = self.gaz.acronym_index.get(src.upper()) if looks_like_acronym(src) else None
        eid = res[0] if isinstance(res, (list, tuple)) and len(res) == 1 else ""
        doc._.vi_mentions.append(Mention(a, b, "ORG", src, entity_id=eid if isinstance(eid, str) else "",
                                         method="source", score=0.7))

    def _confirmed(self, text: str, eid: str, a: int, b: int) -> bool:
        """Does the document also write another form of this organisation (its full name)?"""
        entry = self.gaz.orgs[eid]
        low = text.lower()
        return any(f and f != text[a:b] and not looks_like_acronym(f) and f.lower() in low
                   for f in (entry.name_vi, entry.name_en, *entry.aliases))

    _COUNTRY_CUE_RE = re.compile(r"(?<!\w)(?:nước|phía|chính phủ|nhà nước|đại sứ quán)\s+$", re.IGNORECASE)

    def _ambiguous_places(self, doc: Doc, text: str, taken: SpanSet) -> None:
        """Short country names that are also common words or given names ("Áo" = shirt, "Nga",
        "Nhật" = day): the phrase matcher skips them, so they are accepted here only where the
        context says "country": capitalised and listed next to another country ("Áo, Nga,
        Singapore", "Mỹ, châu Âu, Nhật và Canada") or after "nước"/"phía"/"Chính phủ"."""
        if self._ambiguous_re is None:
            return
        hits = [m for m in self._ambiguous_re.finditer(text) if not taken.overlaps(*m.span())]
        if not hits:
            return
        mentions = doc._.vi_mentions
        country = [(m.start, m.end) for m in mentions if m.label == "LOC" and m.entity_id in self.gaz.places
                   and self.gaz.places[m.entity_id].type == "country"]
        starts, ends = {x for x, _ in country}, {y for _, y in country}
        changed = True
        while changed and hits:  # chains: "Áo, Nga, Singapore" accepts Nga, then Áo
            changed = False
            for m in list(hits):
                a, b = m.span()
                ok = bool(self._COUNTRY_CUE_RE.search(text, max(0, a - 16), a))
                if not ok:
                    ok = any(y in ends and _listed(text[y:a]) for y in range(max(0, a - 8), a)) \
                        or any(x in starts and _listed(text[b:x]) for x in range(b + 1, b + 9))
                if ok and not _excluded(doc, a, b):
                    hits.remove(m)
                    taken.add(a, b)
                    starts.add(a)
                    ends.add(b)
                    mentions.append(Mention(a, b, "LOC", m.group(1), entity_id=self._ambiguous_forms[m.group(1)],
                                            method="gazetteer", score=0.8))
                    changed = True
        # one sense per document: a short name confirmed as a country above is the country
        # wherever else it is written with a capital ("Nhật hứa sẽ cung cấp 400 triệu USD")
        confirmed = {m.text for m in mentions if m.label == "LOC" and m.text in self._ambiguous_forms}
        for m in hits:
            a, b = m.span()
            if m.group(1) in confirmed and not taken.overlaps(a, b) and not _excluded(doc, a, b):
                taken.add(a, b)
                mentions.append(Mention(a, b, "LOC", m.group(1), entity_id=self._ambiguous_forms[m.group(1)],
                                        method="gazetteer", score=0.7))

    def _propagate_latin(self, doc: Doc, text: str, taken: SpanSet, persons: set[str] = frozenset(),
                         players: set[str] = frozenset()) -> None:
        """Document-level consistency for Latin-script names (clubs, companies): a name shown to be
        an organisation once (a marker word, a classifier "CLB X", an apposition "X, CLB nhỏ bé",
        a context cue, a list that holds a known named organisation) is an organisation wherever it
        recurs; "Tampines Rovers" also makes "Tampines" one, "CLB Pahang" makes "Pahang" one.
        Names seen with a person cue ("HLV Tom Prahl") never are, nor are a sports article's players
        (:func:`extractor.sports.player_names`); neither are brand + model
        ("Yahoo Mail") or names after a product noun."""
        mentions = doc._.vi_mentions
        rules = load_rules()
        known: set[str] = set()   # direct evidence: found as an organisation in this document
        cued: dict[str, int] = {}  # context cues and unknown acronyms: evidence only when repeated
        weak: set[str] = set()    # by association: an apposition, a list with a known organisation
        for m in mentions:
            if m.label != "ORG":
                continue
            if _LATIN_NAME_RE.fullmatch(m.text):
                if m.method in _WEAK_EVIDENCE:
                    cued[m.text] = cued.get(m.text, 0) + 1
                    continue
                known.add(m.text)
                words = m.text.split()
                if len(words) >= 2 and words[-1] in _CLUB_SUFFIXES:
                    known.add(" ".join(words[:-1]))  # "Tampines Rovers" -> "Tampines"
                if len(words) == 2 and words[0] in rules.club_prefixes:
                    known.add(words[1])  # "Werder Bremen" -> "Bremen", "AC Milan" -> "Milan"
            elif m.method == "generic" and " " in m.text and \
                    all(w[:1].isupper() and not looks_like_acronym(w) for w in m.text.split()):
                known.add(m.text)  # "cơ sở Thành Nam", "hãng Hoàng Long": a classifier names a business
            elif m.method in ("rule", "gazetteer"):
                # (a gazetteer form with its head, "Tập đoàn Tân Hiệp Phát", names the bare form too)
                h = _CLASSIFIED_LATIN_RE.fullmatch(m.text)
                if h:
                    known.add(h.group(1))  # "CLB Pahang", "Công ty Fahasa" -> "Pahang", "Fahasa"
                else:
                    name = self._company_name(m.text, rules)
                    if name:
                        known.add(name)  # "Công ty Phú An Sinh" -> "Phú An Sinh"
        for m in _LATIN_APPOSITION_RE.finditer(text):
            # (a Vietnamese-shaped name is a person as often as a club: "ông Thanh, đội bóng này ...")
            if not self.is_place(m.group(1)) and \
                    any(is_foreign_word(w) or (w.isupper() and len(w) > 1) for w in m.group(1).split()):
                weak.add(m.group(1))
        for m in _LATIN_LIST_RE.finditer(text):
            items = [x.strip() for x in re.split(r",\s*|\s+và\s+", m.group(0))]
            # (two items are a list when joined by "và"; "của Acer, Aspire 3500" is two clauses)
            if (len(items) >= 3 or " và " in m.group(0)) and re.match(r"\s*\d", text[m.end():m.end() + 2]) is None \
                    and any(x in known and not looks_like_acronym(x) for x in items):
                weak.update(x for x in items if _LATIN_NAME_RE.fullmatch(x) and not self.is_place(x))
        # one context cue also fits a player or a product ("Ronaldo vượt qua hai hậu vệ"); two agree
        known |= {k for k, n in cued.items() if n >= 2}
        # a person cue ("HLV Tom Prahl") outweighs association, not direct evidence ("hậu vệ Tampines"
        # are Tampines' defenders when Tampines Rovers is a club of the article)
        known |= {k for k in weak - known if k not in persons and not any(w in persons for w in k.split())}
        lower = {x.text for x in (doc._.vi_syllables or []) if x.text.islower()}
        # a capitalised Vietnamese word ("Anh", "Thái") is a name only where the grammar says so: it
        # does not spread to every capitalised occurrence, which may open a sentence or be a place
        known = {k for k in known if len(k) > 2 and not self.is_place_like(k) and k not in self.generic_abbrevs
                 and k not in rules.product_names and not any(w in rules.event_words for w in k.split())
                 and k not in players  # a scorer ("Deco 13'") is a player wherever he is named
                 and not all(w.rstrip(".") in rules.foreign_org_words for w in k.split())  # "Ltd", "Group"
                 and not (" " not in k and not is_foreign_word(k) and not looks_like_acronym(k)
                          and (k.lower() in lower or not k.isascii()))}
        if not known:
            return
        syls: list[Syllable] = doc._.vi_syllables or []
        starts = [x.start for x in syls]
        pat = re.compile(r"(?<![\w&.])(" + "|".join(re.escape(k) for k in sorted(known, key=len, reverse=True))
                         + r")(?![\w&])")
        for m in pat.finditer(text):
            a, b = m.span()
            if taken.overlaps(a, b) or _excluded(doc, a, b):
                continue
            nxt = _NEXT_LATIN_RE.match(text, b)
            if nxt and nxt.group(1) not in rules.foreign_org_words and not self.is_place(nxt.group(1)):
                continue  # "Yahoo Mail", "Google Talk": a product of the company
            if re.match(r"['’]s [A-Z]", text[b:b + 4]):
                continue  # "Cornice's Dragon": the English possessive names a product
            if _VERSION_AFTER_RE.match(text, b):
                continue  # "Opera 9 Beta", "Euro 2004": a version or an edition (not a score, a time or a date)
            if syls and self._product_cued(syls, starts, a):
                continue
            taken.add(a, b)
            mentions.append(Mention(a, b, "ORG", m.group(1), method="propagated", score=0.55))


@Language.factory("vi_entities", default_config={"gazetteer_dir": None})
def make_entities(nlp: Language, name: str, gazetteer_dir: str | None):
    return EntityRecognizer.from_gazetteer(nlp.vocab, get_gazetteer(gazetteer_dir))


@Language.factory("vi_numbers")
def make_numbers(nlp: Language, name: str):
    from .dates import find_dates
    from .money import find_amounts, find_percents

    def vi_numbers(doc: Doc) -> Doc:
        text = _doc_text(doc)
        sents = _sentences(doc)
        published = _published(doc)
        mentions = doc._.vi_mentions
        for m in find_dates(text, published=published, sentences=sents):
            if not _excluded(doc, m.start, m.end):
                mentions.append(Mention(m.start, m.end, "DATE", m.text, value=m.value, method=m.kind))
        for m in find_amounts(text):
            if not _excluded(doc, m.start, m.end):
                value = f"{m.value:.6f}".rstrip("0").rstrip(".")
                mentions.append(Mention(m.start, m.end, "MONEY", m.text, value=value, unit=m.currency,
                                        qualifier=m.qualifier or "", method="grammar"))
        for m in find_percents(text):
            if not _excluded(doc, m.start, m.end):
                value = f"{m.value:.6f}".rstrip("0").rstrip(".")
                mentions.append(Mention(m.start, m.end, "PERCENT", m.text, value=value, unit="%",
                                        qualifier=m.qualifier or "", method="grammar"))
        return doc

    return vi_numbers


class AcronymResolver:
    """In-text definitions, later mentions of defined acronyms, and gazetteer expansions."""

    def __init__(self, gazetteer: Gazetteer, linker: Linker | None = None):
        self.gaz = gazetteer
        self.linker = linker or Linker.from_gazetteer(gazetteer)

    def _place_like(self, text: str) -> bool:
        return _place_like_in(self.gaz, text)

    def known_expansions(self, short: str) -> list[str]:
        """Long forms the gazetteers know for ``short`` (abbreviations and organisation names)."""
        out: list[str] = []
        ab = self.gaz.abbreviations.get(short)
        if ab is not None:
            out.extend(ab.expansions())
        for entry in self.gaz.orgs_for_acronym(short):
            out.extend(f for f in (entry.name_vi, entry.name_en, *entry.aliases) if f and not looks_like_acronym(f))
        return out

    def _contradicted(self, pair: AcronymPair) -> bool:
        """The gazetteer knows the long form as an organisation with other acronyms
        ("Ngân hàng Phát triển châu Á (AFD)" is a typo: that bank is ADB)."""
        if pair.method not in ("bracket-org", "bracket-caps", "phrase", "dash"):
            return False
        res = self.linker.link(pair.long)
        if res is None or res.method == "fuzzy":
            return False
        entry = self.gaz.orgs[res.entity_id]
        acrs = {fold(a) for a in entry.acronyms}
        return bool(acrs) and fold(pair.short) not in acrs and not letters_match(pair.short, pair.long.split())

    def __call__(self, doc: Doc) -> Doc:
        text = _doc_text(doc)
        mentions: list[Mention] = doc._.vi_mentions
        orgs = [m for m in mentions if m.label == "ORG" and m.method != "source"]
        org_spans = [(m.start, m.end) for m in orgs]
        pairs: list[AcronymPair] = []
        org_spans.sort()
        org_starts = [x for x, _ in org_spans]
        for a, b in _sentences(doc):
            if _excluded(doc, a, b):
                continue
            local = org_spans[bisect.bisect_left(org_starts, a):bisect.bisect_left(org_starts, b)]
            pairs.extend(find_bracket_definitions(text, local, a, b, known=self.known_expansions))
            pairs.extend(find_phrase_definitions(text, local, a, b))
        pairs = [p for p in pairs if not self._contradicted(p)
                 and not (p.short_span and _excluded(doc, *p.short_span))]
        # an acronym the text defines as something other than a body ("các chất làm suy giảm tầng
        # ozone (ODS)", "Chiến lược và Chương trình Quốc gia (CSP)") is not an organisation
        # (a definition that starts inside an organisation's name defines it, whatever letters it
        # was matched on: "Liên minh Tôm miền Nam (SSA)", "CRC for Interaction Design của Australia
        # (ACID)"; one that only holds a body, "Initiative for ASEAN Integration (IAI)", does not)
        not_org = {p.short for p in pairs if p.long_span
                   and not any(x <= p.long_span[0] < y and text[x:y] != p.short for x, y in org_spans)
                   and not self.gaz.orgs_for_acronym(p.short) and not _opens_with_head(p.long)}
        if not_org:
            mentions[:] = [m for m in mentions if not (m.label == "ORG" and m.method == "caps" and m.text in not_org)]
            org_spans = [(m.start, m.end) for m in mentions if m.label == "ORG"]
        occupied = SpanSet((m.start, m.end) for m in mentions)
        org_span_set = set(org_spans)
        defined: dict[str, AcronymPair] = {}
        for p in pairs:
            if self._place_like(p.short):
                continue  # "Đại học Southampton (Anh)": the country, not an acronym
            # "Quỹ đầu tư phát triển đô thị thành phố (HIFU)": a head-noun phrase defining an acronym
            # the recogniser already took for a body is that body's full name, even in lower case
            org_long = (p.long_span in org_span_set or bool(self.gaz.orgs_for_acronym(p.short))
                        or (p.short_span in org_span_set and _opens_with_head(p.long)))
            if org_long:
                defined.setdefault(p.short, p)
            if p.short_span and org_long and not occupied.overlaps(*p.short_span):
                mentions.append(Mention(*p.short_span, "ORG", p.short, method="acronym-def", score=0.9))
                occupied.add(*p.short_span)
            if p.long_span and not org_long:
                continue
            if p.long_span and p.long_span not in org_span_set and org_long and \
                    not occupied.overlaps(*p.long_span):
                mentions.append(Mention(*p.long_span, "ORG", p.long, method="acronym-def", score=0.8))
                occupied.add(*p.long_span)
        # later bare mentions of an acronym defined in this document
        if defined:
            pat = re.compile(r"(?<![\w&.])(" + "|".join(re.escape(s) for s in sorted(defined, key=len, reverse=True))
                             + r")(?![\w&])")
            for m in pat.finditer(text):
                a, b = m.span()
                if _excluded(doc, a, b) or occupied.overlaps(a, b):
                    continue
                mentions.append(Mention(a, b, "ORG", m.group(1), method="acronym-use", score=0.85))
                occupied.add(a, b)
        doc._.vi_acronyms = pairs + self._gazetteer_pairs(doc, {p.short for p in pairs})
        self._abbreviation_mentions(doc, occupied)
        return doc

    def _abbreviation_mentions(self, doc: Doc, occupied: SpanSet) -> None:
        """ABBR mentions: acronym-like tokens that are not organisations (HTQT, KH&CN, ODA, unknown
        ones), with the expansion as value when known — the input of `extractor acronyms --unknown`."""
        text = _doc_text(doc)
        longs = {p.short: p.long for p in doc._.vi_acronyms}
        for m in _ABBR_TOKEN_RE.finditer(text):
            a, b = m.span()
            short = m.group(0)
            if _excluded(doc, a, b) or occupied.overlaps(a, b):
                continue
            before, after = text[max(0, a - 1):a], text[b:b + 1]
            if before in ("/", "-") or after in ("/", "-") or before.isdigit():
                continue
            known = self.gaz.abbreviations.get(short)
            if known is None and not looks_like_acronym(short):
                continue
            value = longs.get(short) or (known.long if known else "")
            doc._.vi_mentions.append(Mention(a, b, "ABBR", short, value=value,
                                             entity_id=short if known else "",
                                             method="gazetteer" if known else "shape", score=0.9 if known else 0.5))

    def _gazetteer_pairs(self, doc: Doc, known: set[str]) -> list[AcronymPair]:
        """Abbreviations used without definition, expanded from the gazetteers."""
        text = _doc_text(doc)
        folded = text.lower()
        out: list[AcronymPair] = []
        seen: set[str] = set(known)
        for m in re.finditer(r"(?<![\w&.])([A-ZĐ][A-Za-zĐđ]*(?:\s?&\s?[A-ZĐ][A-Za-zĐđ]*)*(?:\.[A-ZĐ]+)*)(?![\w&])",
                             text):
            short = m.group(1)
            if short in seen or _excluded(doc, *m.span()):
                continue
            before, after = text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 2]
            if before in ("/", "-") or after[:1] in ("/", "-") or before.isdigit():
                continue  # part of a document code: "04/CT-TW", "54-NQ/TW"
            if len(short) <= 3 and re.match(r"[ .]?[A-ZĐ]", after) and short in self.gaz.abbreviations \
                    and self.gaz.abbreviations[short].category in ("place", "org_part"):
                continue  # "TP HCM", "TP.Hà Nội": the prefix of a place name
            ab = self.gaz.abbreviations.get(short) or self.gaz.abbreviations.get(short.replace(" ", ""))
            if ab is not None:
                seen.add(short)
                long = ab.long
                for exp in ab.expansions():
                    k = folded.find(exp.lower())
                    if k >= 0 and fold(text[k:k + len(exp)]) == fold(exp):
                        long = text[k:k + len(exp)]
                        break
                out.append(AcronymPair(short, long, m.span(), None, False, "gazetteer", "abbreviation"))
                continue
            if looks_like_acronym(short):
                entries = self.gaz.orgs_for_acronym(short)
                if len(entries) == 1:
                    seen.add(short)
                    entry = entries[0]
                    long = entry.name_vi or entry.name_en
                    for form in (entry.name_vi, *entry.aliases, entry.name_en):
                        if not form or looks_like_acronym(form):
                            continue
                        k = folded.find(form.lower())
                        if k >= 0:
                            long = text[k:k + len(form)]
                            break
                    out.append(AcronymPair(short, long, m.span(), None, False, "gazetteer", "org-acronym"))
        return out


@Language.factory("vi_acronyms", default_config={"gazetteer_dir": None})
def make_acronyms(nlp: Language, name: str, gazetteer_dir: str | None):
    return AcronymResolver(get_gazetteer(gazetteer_dir), get_linker(gazetteer_dir))


def _place_like_in(gaz: Gazetteer, text: str) -> bool:
    key = fold(text)
    return key in gaz.place_index or any(key in p.ambiguous for p in gaz.places.values())


class OrgLinker:
    """Gazetteer ids for ORG mentions, then clusters of mentions naming the same organisation."""

    def __init__(self, gazetteer: Gazetteer, linker: Linker | None = None):
        self.gaz = gazetteer
        self.linker = linker or Linker.from_gazetteer(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        orgs = [m for m in doc._.vi_mentions if m.label == "ORG" and m.method != "source"]
        for m in orgs:
            if m.entity_id:
                continue
            res = self.linker.link_acronym(m.text) if looks_like_acronym(m.text) else self.linker.link(m.text)
            if res:
                m.entity_id = res.entity_id
                m.score = round(min(m.score, res.score / 100), 3)
                m.method = f"{m.method}+{res.method}"
        doc._.vi_clusters = self._cluster(doc, orgs)
        return doc

    def _cluster(self, doc: Doc, orgs: list[Mention]) -> list[OrgCluster]:
        parent = list(range(len(orgs)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        by_id: dict[str, int] = {}
        by_text: dict[str, int] = {}
        for i, m in enumerate(orgs):
            if m.entity_id:
                if m.entity_id in by_id:
                    union(i, by_id[m.entity_id])
                by_id.setdefault(m.entity_id, i)
            key = self.linker.expand(m.text)
            if key in by_text:
                union(i, by_text[key])
            by_text.setdefault(key, i)
        # acronym definitions: the short form names the long form's organisation
        span_index = {(m.start, m.end): i for i, m in enumerate(orgs)}
        short_to: dict[str, int] = {}
        for p in doc._.vi_acronyms:
            if p.long_span in span_index:
                short_to.setdefault(p.short, span_index[p.long_span])
        for i, m in enumerate(orgs):
            if m.text in short_to:
                union(i, short_to[m.text])
        # The pairwise rules below compare distinct names only, and only names that share their
        # first word (the head), so the cost stays near-linear in long documents.
        reps = sorted(by_text.values())
        words = {i: self.linker.expand(orgs[i].text).split() for i in reps}
        by_head: dict[str, list[int]] = {}
        for i in reps:
            if words[i]:
                by_head.setdefault(words[i][0], []).append(i)
        # short forms: "Liên hiệp Hội" names "Liên hiệp các Hội Khoa học và Kỹ thuật ..."
        for n, i in enumerate(reps):
            if n % 256 == 0:
                check_deadline()
            wi = words[i]
            if len(wi) < 2 or fold(orgs[i].text) in self.gaz.org_alias_index:
                continue  # a name the gazetteer knows is a full name, not a short form
            targets = {find(j) for j in by_head.get(wi[0], ())
                       if len(words[j]) > len(wi) and _is_subsequence(wi, words[j])
                       and not (orgs[i].entity_id and orgs[j].entity_id and orgs[i].entity_id != orgs[j].entity_id)}
            if len(targets) == 1:
                union(i, targets.pop())
        # "Vụ KHCN&HTQT" abbreviates "Vụ Khoa học, Công nghệ và Hợp tác quốc tế"
        surface_reps = sorted({m.text: i for i, m in reversed(list(enumerate(orgs)))}.values())
        by_first: dict[str, list[int]] = {}
        for i in surface_reps:
            parts = orgs[i].text.split()
            if parts:
                by_first.setdefault(parts[0].lower(), []).append(i)
        for i in surface_reps:
            m = orgs[i]
            if not _acronym_part(m.text)[1]:
                continue
            check_deadline()
            for j in by_first.get(m.text.split()[0].lower(), ()):
                if j == i:
                    continue
                long_text = _abbreviated_by(m.text, orgs[j].text)
                if long_text:
                    union(i, j)
                    doc._.vi_acronyms.append(AcronymPair(_acronym_part(m.text)[1], long_text, None, None, False,
                                                         "text", "name-letters"))
                    break
        clusters: dict[int, OrgCluster] = {}
        for i, m in enumerate(orgs):
            root = find(i)
            c = clusters.setdefault(root, OrgCluster(key=root))
            c.mentions.append(m)
        out = []
        for n, c in enumerate(sorted(clusters.values(), key=lambda c: min(m.start for m in c.mentions))):
            c.key = n
            for m in c.mentions:
                m.cluster = n
            ids = [m.entity_id for m in c.mentions if m.entity_id]
            c.entity_id = max(set(ids), key=ids.count) if ids else ""
            for m in c.mentions:
                if not m.entity_id and c.entity_id:
                    m.entity_id = c.entity_id
            full = [m.text for m in c.mentions if not looks_like_acronym(m.text)]
            # a company head before a name the cluster also uses bare ("Công ty Honda" / "Honda") does
            # not make a fuller name
            texts = set(full)
            full = [t for t in full if not any(t == f"{h} {o}" for h in _COMPANY_HEADS for o in texts)] or full
            # the longest form; among equally long ones the first
            c.name = max(full, key=len) if full else c.mentions[0].text
            pure = [m.text for m in c.mentions if looks_like_acronym(m.text)]
            with_acr = [m.text for m in c.mentions
                        if any(looks_like_acronym(p) and not self.gaz.place_for(p) for p in m.text.split()[1:])]
            c.acronym = pure[0] if pure else (min(with_acr, key=len) if with_acr else "")
            out.append(c)
        return out


def _acronym_part(name: str) -> tuple[list[str], str, list[str]]:
    """Split 'Viện KHCN & MT' into (['Viện'], 'KHCN & MT', []); no acronym -> ([], '', [])."""
    parts = name.split()
    for i in range(1, len(parts)):
        if looks_like_acronym(parts[i]):
            j = i + 1
            while j + 1 < len(parts) and parts[j] == "&" and looks_like_acronym(parts[j + 1]):
                j += 2
            return parts[:i], " ".join(parts[i:j]), parts[j:]
    return [], "", []


def _abbreviated_by(short_name: str, long_name: str) -> str:
    """The part of ``long_name`` that the acronym inside ``short_name`` abbreviates, or ''."""
    prefix, acr, suffix = _acronym_part(short_name)
    if not acr:
        return ""
    words = long_name.replace(",", " ").split()
    if len(words) <= len(prefix) + len(suffix) + 1:
        return ""
    if [w.lower() for w in words[:len(prefix)]] != [w.lower() for w in prefix]:
        return ""
    if suffix and [w.lower() for w in words[-len(suffix):]] != [w.lower() for w in suffix]:
        return ""
    middle = words[len(prefix):len(words) - len(suffix)]
    if not letters_match(acr.replace(" ", ""), middle):
        return ""
    a = long_name.find(middle[0])
    b = long_name.rfind(middle[-1]) + len(middle[-1])
    return long_name[a:b] if 0 <= a < b else ""


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


@Language.factory("vi_linker", default_config={"gazetteer_dir": None})
def make_linker(nlp: Language, name: str, gazetteer_dir: str | None):
    return OrgLinker(get_gazetteer(gazetteer_dir), get_linker(gazetteer_dir))


_MEMBER_STATES_RE = re.compile(r"(?<!\w)(?:các|những|\d+)\s+(?:nước|quốc gia)(?:\s+thành viên)?\s+$", re.IGNORECASE)
_GOVERNMENT_RE = re.compile(r"(?<!\w)[Cc]hính phủ\s+(?:nước\s+)?$")

#: gazetteer types of a Vietnamese state body, whose presence implies Vietnam as home country
_STATE_TYPES = frozenset({"government_body", "provincial_body"})


class CooperationExtractor:
    """Parties per sentence (organisations, countries, the reporting organisation) -> relations."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def _org_foreign(self, cluster: OrgCluster) -> bool:
        if cluster.entity_id and cluster.entity_id in self.gaz.orgs:
            return self.gaz.orgs[cluster.entity_id].foreign
        return infer_country(self.gaz, cluster.name) not in ("", "VN")

    def __call__(self, doc: Doc) -> Doc:
        text = _doc_text(doc)
        clusters = {c.key: c for c in doc._.vi_clusters}
        meta: CleanResult = doc._.vi_meta
        title_span = meta.title_span if meta else None
        sents = _sentences(doc)
        intro_end = sents[min(2, len(sents) - 1)][1] if sents else 0
        parties: list[Party] = []
        modifiers = self._country_modifiers(text, doc._.vi_mentions)
        loc_starts = {m.start for m in doc._.vi_mentions if m.label == "LOC"}
        for m in doc._.vi_mentions:
            if _DOC_AUTHOR_RE.search(text, max(0, m.start - 60), m.start):
                continue  # "Nghị quyết 54-NQ/TW của Bộ Chính trị": the author of a document
            if m.label in ("ORG", "LOC") and _VENUE_RE.search(text, max(0, m.start - 10), m.start):
                continue  # "tại Tổng cục Môi trường", "thuộc Học viện ...": a venue or a parent
            if m.label == "LOC" and m.entity_id in self.gaz.places and \
                    self.gaz.places[m.entity_id].type in ("province", "city"):
                pre = _province_prefix(text, m.start)
                if pre and not _LOCATIVE_RE.search(text, max(0, pre.start() - 8), pre.start()):
                    parties.append(Party(f"place:{m.entity_id}", text[pre.start():m.end], pre.start(), m.end,
                                         "", "", False, "place"))
                continue
            if m.label == "ORG" and _MEMBER_STATES_RE.search(text, max(0, m.start - 30), m.start):
                continue  # "các nước ASEAN": the member countries, not the body, are meant
            if m.label == "ORG" and fold(m.text) == "chính phủ" and \
                    (m.end + 1 in loc_starts or m.end + 2 in loc_starts):
                continue  # "Chính phủ Nhật": the country's government, taken with the country below
            if m.label == "ORG" and m.cluster in clusters:
                c = clusters[m.cluster]
                in_br = text[max(0, m.start - 1):m.start] == "(" or text[max(0, m.start - 2):m.start] == "( "
                parties.append(Party(f"org:{c.key}", c.name, m.start, m.end, c.entity_id, c.acronym,
                                     self._org_foreign(c), "org", in_br))
            elif m.label == "LOC" and m.entity_id in self.gaz.places and \
                    self.gaz.places[m.entity_id].type == "country" and not _LOCATIVE_RE.search(text, max(0, m.start - 8), m.start) \
                    and m.start not in modifiers:
                place = self.gaz.places[m.entity_id]
                in_br = text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"
                # "chính phủ Hàn Quốc viện trợ": the government is the party, named as written
                gov = _GOVERNMENT_RE.search(text, max(0, m.start - 16), m.start)
                start = gov.start() if gov else m.start
                parties.append(Party(f"place:{place.id}", text[start:m.end], start, m.end, "", "",
                                     place.iso not in ("VN", ""), "country", in_br))
        parties.extend(self._reporting(doc, clusters, title_span, intro_end))
        dates = [(m.start, m.end, m.value) for m in doc._.vi_mentions if m.label == "DATE"]
        amounts = [(m.start, m.end, float(m.value), m.unit, m.qualifier)
                   for m in doc._.vi_mentions if m.label == "MONEY"]
        home = self._home(parties)
        implied = home is None and not any(m.entity_id == "vn" for m in doc._.vi_mentions) and \
            self._implied_home(clusters)
        if implied:
            home = implied
        donor = None
        # a headline: a title line with no closing full stop (not a body sentence taken as title)
        headline = title_span if title_span and \
            not text[title_span[0]:title_span[1]].rstrip().endswith((".", "!", "?")) else None
        if headline:
            donor, recipient = title_roles(text, headline, parties)
            if recipient is not None and recipient.key != "place:vn":
                home = Party(recipient.key, recipient.name, -1, -1, "", "", recipient.foreign, recipient.kind)
        seen: set[tuple] = set()
        rels = []
        parties.sort(key=lambda p: p.start)
        dates.sort()
        amounts.sort()
        p_starts = [p.start for p in parties]
        d_starts = [d[0] for d in dates]
        a_starts = [x[0] for x in amounts]

        def window(items, starts, a, b):  # the items of one sentence, without scanning them all
            return items[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

        has_body = bool(headline) and any(a >= headline[1] and not _sentence_excluded(doc, a, b) for a, b in sents)
        for a, b in sents:
            if _sentence_excluded(doc, a, b):
                continue
            if has_body and headline[0] <= a < headline[1]:
                continue  # a headline states in short what the body states in full (or loosely)
            for rel in extract_relations(text, (a, b), window(parties, p_starts, a, b),
                                         window(dates, d_starts, a, b), window(amounts, a_starts, a, b),
                                         home=home, donor=donor, home_implied=bool(implied)):
                key = (tuple(sorted(p.key for p in rel.parties)), rel.activity)
                if key in seen:
                    # the pair is already recorded with this activity: a second, different event
                    # of the sentence ("MOU ... ký sau cuộc hội đàm") is a new record, else a repeat
                    alt = next((t for t in rel.alternatives if (key[0], t.activity) not in seen), None) \
                        if rel.activity != "other" else None
                    if alt is None:
                        continue
                    rel.activity, rel.trigger = alt.activity, alt
                    key = (key[0], alt.activity)
                seen.add(key)
                rels.append(rel)
        # a generic "other" record adds nothing when the same pair has a specific one
        typed = {tuple(sorted(p.key for p in r.parties)) for r in rels if r.activity != "other"}
        doc._.vi_relations = [r for r in rels if r.activity != "other"
                              or tuple(sorted(p.key for p in r.parties)) not in typed]
        return doc

    @staticmethod
    def _country_modifiers(text: str, mentions: list[Mention]) -> set[int]:
        """Starts of countries that only qualify a noun: 'sinh viên Việt Nam', 'các tổ chức phi
        chính phủ của Pháp, Hà Lan, Anh' (the countries listed after it too). Not parties."""
        out: set[int] = set()
        prev = -1
        for m in sorted((m for m in mentions if m.label == "LOC"), key=lambda m: m.start):
            if coop_lexicon().country_modifier.search(text, max(0, m.start - 32), m.start) or \
                    0 <= prev <= m.start and m.start - prev <= 6 and re.fullmatch(r"\s*(?:,|và)\s*", text[prev:m.start]):
                out.add(m.start)
                prev = m.end
        return out

    @staticmethod
    def _home(parties: list[Party]) -> Party | None:
        """Vietnam as this document writes it ('Việt Nam' or 'VN'), if it names Vietnam at all."""
        forms = [p.name for p in parties if p.key == "place:vn"]
        if not forms:
            return None
        name = max(set(forms), key=lambda f: (forms.count(f), f == "Việt Nam"))
        return Party("place:vn", name, -1, -1, "", "", False, "country")

    def _implied_home(self, clusters: dict[int, OrgCluster]) -> Party | None:
        """Vietnam, unnamed, when a Vietnamese state body speaks in the document.

        Why: Vietnamese ODA news often never writes "Việt Nam" ("Theo Bộ Kế hoạch và Đầu tư, ...
        hiệp định ký kết với các nhà tài trợ ... Nhật Bản"); a ministry or other state body of
        Vietnam shows whose aid it is, as a reader infers.  A name every government has ("Chính
        phủ", "Bộ Tài chính") is no such sign: world news uses it for the country it reports on.
        """
        for c in clusters.values():
            entry = self.gaz.orgs.get(c.entity_id) if c.entity_id else None
            if entry is not None and entry.country == "VN" and entry.org_type in _STATE_TYPES and \
                    not any(fold(c.name).startswith(g) for g in coop_lexicon().generic_state_bodies):
                return Party("place:vn", "Việt Nam", -1, -1, "", "", False, "country")
        return None

    def _reporting(self, doc: Doc, clusters: dict[int, OrgCluster], title_span, intro_end: int) -> list[Party]:
        """Bare references ('Viện', 'Vụ', 'Phòng') resolved to the reporting organisation."""
        syls: list[Syllable] = doc._.vi_syllables or []
        rules = load_rules()
        text = _doc_text(doc)
        occupied = SpanSet((m.start, m.end) for m in doc._.vi_mentions)
        out: list[Party] = []
        for i, s in enumerate(syls):
            h = _head_at(syls, i, rules)
            if not h:
                continue
            a, b = s.start, syls[i + h - 1].end
            if occupied.overlaps(a, a + 1):
                continue
            nxt = syls[i + h] if i + h < len(syls) else None
            if nxt is not None and nxt.is_word and (nxt.is_cap or _tail_len(syls, i + h, rules)):
                continue  # "Trường đại học Hàn Quốc" is a name, not a bare reference
            if i > 0 and syls[i - 1].text.lower() in rules.quantifiers:
                continue
            if nxt is not None and nxt.text.lower() in rules.stop_after_head:
                continue  # "Phó Tổng cục trưởng", "Vụ trưởng": a title, not a reference to the body
            head = text[a:b]
            resolved = None
            # the most recent full name with this head ("Tổng cục" after "Tổng cục Môi trường")
            prior = [(first_start, c) for c in clusters.values()
                     for first_start in [min(m.start for m in c.mentions)]
                     if first_start < a and c.name.split()[0] == head.split()[0] and c.name != head
                     and not self._org_foreign(c)]
            if prior:
                resolved = max(prior, key=lambda x: x[0])[1]
            else:
                for c in clusters.values():
                    first = min(c.mentions, key=lambda m: m.start)
                    if c.name.split()[0] == head.split()[0] and not self._org_foreign(c) and (
                            (title_span and title_span[0] <= first.start < title_span[1]) or first.start < intro_end):
                        resolved = c
                        break
            if resolved is not None:
                out.append(Party(f"org:{resolved.key}", resolved.name, a, b, resolved.entity_id,
                                 resolved.acronym, False, "org"))
            elif head not in rules.weak_heads and head not in rules.breaker_heads:
                # "Viện" with no full name in the document: the reporting body itself
                out.append(Party(f"reporting:{fold(head)}", head, a, b, "", "", False, "reporting"))
        return out


@Language.factory("vi_cooperation", default_config={"gazetteer_dir": None})
def make_cooperation(nlp: Language, name: str, gazetteer_dir: str | None):
    return CooperationExtractor(get_gazetteer(gazetteer_dir))


@Language.factory("vi_ents")
def make_ents(nlp: Language, name: str):
    def vi_ents(doc: Doc) -> Doc:
        spans = []
        for m in doc._.vi_mentions:
            span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.entity_id or "",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc

    return vi_ents


#: A Latin-script word: letters, digits, hyphens, apostrophes, inner dots ('St.Peter'), never a final dot.
_LATIN_WORD = r"[A-Z](?:[A-Za-z0-9\-']|\.(?=[A-Za-z0-9]))+"
_LATIN_NAME_RE = re.compile(_LATIN_WORD + r"(?: " + _LATIN_WORD + r"){0,3}")
_NEXT_LATIN_RE = re.compile(r" ([A-Z][A-Za-z0-9]*)(?![\w&])")
_CLUB_SUFFIXES = frozenset({"Rovers", "Wanderers", "United", "FC", "Athletic", "Hotspur", "Albion", "County", "Town",
                            "Airlines", "Airways", "Group", "Corporation", "Corp", "Inc", "Holdings", "Motors"})
_CLASSIFIED_LATIN_RE = re.compile(r"(?:CLB|Câu lạc bộ|Công ty|Tập đoàn|Tổng công ty|Hãng|Đội bóng) (" + _LATIN_WORD
                                  + r"(?: " + _LATIN_WORD + r"){0,2})")
_LATIN_APPOSITION_RE = re.compile(r"(?<![\w])([A-Z][A-Za-z.\-']+(?: [A-Z][A-Za-z.\-']+){0,3}),\s+(CLB|câu lạc bộ|"
                                  r"đơn vị|nhà cung cấp|công ty mẹ|nhà mạng|hãng tin|tờ báo|"
                                  r"đội bóng|đội|hãng|công ty|tập đoàn|nhà sản xuất)(?!\w)")
#: What a national team does in a sports article, right after the country, and what is done to it.
_TEAM_RIGHT_RE = re.compile(
    r"\s*(?:\(\s*hạng\s+\d+|(?:(?:đã|vừa|sẽ|cũng|tiếp tục|vẫn|chỉ)\s+)?(?:xếp (?:thứ|hạng)|đứng (?:đầu|thứ|hạng)|"
    r"dẫn đầu|(?:tăng|tụt|giảm|leo) \d+ (?:bậc|hạng)|thắng|hòa|thua|đánh bại|vượt qua|"
    r"giành (?:chiến thắng|thắng lợi|vé|quyền|HCV|huy chương)|vô địch|lọt vào|bị loại|ghi bàn|cầm hòa|dẫn trước|gỡ hòa)(?!\w)|"
    r"\d+\s*[-–]\s*\d+(?!\s*[/.])|\d+ điểm(?!\w))")
_TEAM_LEFT_RE = re.compile(r"(?<!\w)(?:vượt qua|thắng|đánh bại|hòa với|cầm hòa|thua|gặp|hạ|loại|tiếp theo là|tiếp|"
                           r"thứ (?:hai|ba|tư|năm) là|các đội|đội tuyển(?: quốc gia)?|tuyển|ĐT|đội|trước đối thủ|"
                           r"(?:trận|cuộc đối đầu|trận đấu)(?: \S+){0,4} giữa|\(\s*\d{1,3}\s*\)|"
                           # the champion, the host, the leader, a rival; a draw or a win against; the
                           # shirt; a team's lines and players ("hàng công cực mạnh của Bình Dương")
                           r"ĐKVĐ|đương kim vô địch|á quân|(?:đội )?chủ nhà|đội khách|đội đầu bảng|đội trẻ|"
                           r"đối thủ(?: \S+){0,2}|trận (?:hòa|thắng|thua)(?: đậm)?|thắng đậm|màu áo|"
                           r"(?:vô địch|thứ nhì|thứ ba|hạng ba|á quân)\s*:|"
                           r"(?:hàng công|hàng thủ|hàng tiền vệ|hàng phòng ngự|lối chơi|khung thành|đội hình|ban huấn luyện|"
                           r"ngoại binh|cầu thủ|thủ môn|tiền đạo|tiền vệ|hậu vệ|HLV)(?: \S+){0,2} của)\s+$", re.IGNORECASE)
#: The left cues that make a short country name that is also a common word a team ("đội tuyển Đức",
#: "gặp Áo"): only words that cannot precede the common word.
_STRONG_TEAM_LEFT_RE = re.compile(r"(?<!\w)(?:đội tuyển(?: quốc gia)?|tuyển|ĐT|gặp|đánh bại|hòa với|cầm hòa|\(\s*\d{1,3}\s*\))\s+$")
_TEAM_LIST_GAP_RE = re.compile(r"(?:\s*\(\s*hạng\s+\d+\s*\))?\s*(?:,|và)\s*")
#: People of a team or of its matches: a place after them is their nationality.
_TEAM_PEOPLE = (r"cô gái|chàng trai|cầu thủ|tuyển thủ|danh thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|HLV|huấn luyện viên|"
                r"trọng tài|cổ động viên|CĐV|khán giả|người hâm mộ")
#: Before a place name, words that make it a nationality or a country's sport, not its team.
_NATIONALITY_LEFT_RE = re.compile(
    r"(?<!\w)(?:" + _TEAM_PEOPLE + r"|bóng đá|thể thao|làng bóng|"
    r"liên đoàn|giải|cup|cúp|CLB|đội bóng|Olympic|tuyển nữ|đội nữ|nữ|nam|U\.?\d\d|VĐQG|vô địch|ngoại hạng|Tổng thống|Thủ tướng|"
    r"chính phủ|đại sứ|báo chí|truyền thông|báo|đài|tiếng|nước|đất nước|dân số|người|quốc tịch|sinh viên)\s+$",
    re.IGNORECASE)
#: A country in brackets right after a name is that person's or club's country: "Ali Karimi (Iran)".
_BRACKETED_AFTER_NAME_RE = re.compile(r"[A-ZĐ][^\W\d_]*\s*\(\s*$|\([^()]{1,40},\s*$")  # also "(Alaves, Tây Ban Nha)"
#: Before a country, people of a team: the country is their nationality even when they win.
_PEOPLE_LEFT_RE = re.compile(r"(?<!\w)(?:" + _TEAM_PEOPLE + r"|võ sĩ|vận động viên|VĐV)\s+$", re.IGNORECASE)
#: Methods whose mention alone does not show a Latin name to be an organisation everywhere in
#: its document: a context cue ("Ronaldo vượt qua hai hậu vệ") and an unknown acronym.
_WEAK_EVIDENCE = frozenset({"latin-cue", "caps"})
#: A model or part number written in capitals: letters then three or more digits ("TM8100", "GT540").
_MODEL_CODE_RE = re.compile(r"[A-Z]{1,4}\d{3,}[A-Z]?")
#: Before an unknown acronym, words that make it a common noun ("các LĐBĐ", "mỗi DN", "những NGO").
_PLURAL_BEFORE_RE = re.compile(r"(?<!\w)(?:các|những|mỗi|mọi|nhiều|từng|vài)\s+$", re.IGNORECASE)
_COUNTRY_PREFIX_RE = re.compile(r"(?<!\w)(?:CHDCND|CHND|CHLB|CHXHCN|CH)\s+$")
#: A newspaper's initials opening a paragraph before a dash: "TT - Những ngày qua ...".
_DATELINE_CREDIT_RE = re.compile(r"(?:^|\n)[ \t]*([A-ZĐ]{2,6})[ \t]+[-–—][ \t]+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])")
#: A model number after a series name: "SGH i300", "GT x200s".
_MODEL_AFTER_RE = re.compile(r" [A-Za-z]{1,2}\d{2,}[A-Za-z]*(?!\w)")
#: A version number or a year after a name: "Opera 9 Beta", "Firefox 1.5", "Euro 2004"; not a score
#: ("Debrecen 2-1"), a time ("2h05"), a date ("25/7") or a count ("McLaren 146").
_VERSION_AFTER_RE = re.compile(r" (?:\d(?:\.\d+)?|(?:19|20)\d\d)(?![\w/:.,\-–])")
#: An all-caps token whose last capital opens a lower-case word: "OKSau" ("OK" + "Sau").
_GLUED_WORD_RE = re.compile(r"[A-Z]{2,}([A-ZĐ][a-zđà-ỹ]{2,})")
_CAMEL_RE = re.compile(r"[a-z]+[A-Z]")
_AFTER_NUMBER_RE = re.compile(r"\d(?:[.,]?\d)*\s?$")
#: Legal forms between a company classifier and its name.
_LEGAL_FORMS = frozenset({"TNHH", "CP", "Cổ", "phần", "MTV", "Liên", "doanh", "cổ"})
#: Words that never sit between a product noun and the product ("sản phẩm của Sony" is the company).
_NOT_PRODUCT_GAP = frozenset({"của", "cho", "với", "và", "từ", "tại", "do", "bởi", "là", "mới", "này", "đó"})
#: Capitalised Vietnamese words that may open a sentence before a company name ("Theo Sony", "Sau Intel").
_VN_FUNCTION = frozenset({"theo", "sau", "trong", "khi", "nhưng", "còn", "tuy", "với", "cho", "tin", "hai", "ba"})
#: A list of Latin names: "A, B, C và D".  "và" closes the list, so in "như Lincoln, Bordon, Ailton và
#: Krstajic, Schalke thực sự ..." the name after the comma opens the next clause, not the list.
_LATIN_LIST_RE = re.compile(_LATIN_NAME_RE.pattern + r"(?:(?:,\s*" + _LATIN_NAME_RE.pattern + r"){1,8}(?:\s+và\s+"
                            + _LATIN_NAME_RE.pattern + r")?|\s+và\s+" + _LATIN_NAME_RE.pattern + r")")
_SOURCE_CUE_RE = re.compile(r"(?:(?<!\w)(?:theo|với|nguồn|trả lời|phỏng vấn|đăng trên|dẫn)\s+(?:báo\s+|tờ\s+|hãng\s+)?|\(\s*)$",
                            re.IGNORECASE)
_ABBR_TOKEN_RE = re.compile(r"(?<![\w&.])[A-ZĐ][A-Za-zĐđ0-9]*(?:&[A-ZĐ][A-Za-zĐđ]*)*(?:\.[A-ZĐ]+)*(?![\w&])")
#: "Nghị quyết 54-NQ/TW của", "Quyết định số 12/QĐ-TTg của": what follows authored a document.
_DOC_AUTHOR_RE = re.compile(r"(?<!\w)(?:Nghị quyết|Quyết định|Chỉ thị|Nghị định|Thông tư|Luật|Kết luận|Công văn)"
                            r"(?:\s+số)?\s+[\w./\-]+(?:\s+[\w./\-]+)?\s+của\s+$")
_VENUE_RE = re.compile(r"(?<!\w)(?:tại|thuộc|trực thuộc)\s+$", re.IGNORECASE)
#: A unit head, an optional lower-case description and a number: "Tổng công ty 91", "Công ty hóa
#: chất 21", "Quân khu 4" (see EntityRecognizer._number_tails).
@lru_cache(maxsize=1)
def _ministry_list_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of ministry (department) fields after one head, and one field of it."""
    names = "|".join(re.escape(n) for n in load_rules().ministry_names)
    item = rf"(?:{names})(?![\w&])"
    pat = re.compile(rf"(?<!\w)(?:(?:các|hai|ba|bốn) (?:bộ|sở) |(?:Bộ|Sở) (?:{names})(?![\w&]))(?P<list>(?:,? ?)(?:{item})"
                     rf"(?:(?:, | và ){item})*|(?:(?:, | và ){item})+)")
    return pat, re.compile(item)


_MILITARY_UNIT_RE = re.compile(r"(?:Quân khu|Quân đoàn|Sư đoàn|Binh đoàn|Trung đoàn|Lữ đoàn) \d")
_NUMBERED_RE = re.compile(
    r"(?<![\w])(?:Tổng công ty|Công ty|Nhà máy|Xí nghiệp|Bệnh viện|Quân khu|Quân đoàn|Sư đoàn|Binh đoàn|"
    r"Trung đoàn|Lữ đoàn|Tổng đội|Trại giam)((?: [a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
    r"ùúủũụưừứửữựỳýỷỹỵ]+){0,4}) (\d{1,3})(?![\w.,/%-]\w|\w|%)")
_NEXT_WORD_RE = re.compile(r"[ \t]*(\w+)?")
#: Title words around a unit head: "Cục trưởng", "Phó trưởng Ban", "Chánh Thanh tra".
_TITLE_WORDS = frozenset({"trưởng", "phó", "chánh"})
_PROVINCE_PREFIX_RE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|TP\.?)\s*$")
#: A country right after a locative preposition is where something happens, not a party.
_LOCATIVE_RE = re.compile(r"(?<!\w)(?:tại|ở|trong|ngoài|khắp|sang|đến)\s+$", re.IGNORECASE)


def infer_country(gaz: Gazetteer, name: str) -> str:
    """Country of an unlinked organisation from a place inside its name ('..., Trung Quốc').

    A Vietnamese place wins ("Viện KHCN Việt Nam Hàn Quốc" is a Vietnamese institute); else
    the last foreign country named; else '' (unknown).
    """
    words = _SYL_RE.findall(name)
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            cand = " ".join(words[i:i + n])
            if not cand[:1].isupper():
                continue
            place = gaz.place_for(cand)
            if place is not None and fold(cand) not in place.ambiguous:
                found.append(place.iso or "")
                i += n - 1
                break
        i += 1
    if "VN" in found:
        return "VN"
    foreign = [f for f in found if f]
    return foreign[-1] if foreign else ""


def load(gazetteer_dir: str | Path | None = None) -> Language:
    """The configured spaCy ``Language`` (underthesea tokenizer + the vi_* components)."""
    gdir = str(gazetteer_dir) if gazetteer_dir is not None else None
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_coop.underthesea_tokenizer.v1"}}})
    nlp.add_pipe("vi_clean")
    nlp.add_pipe("vi_entities", config={"gazetteer_dir": gdir})
    nlp.add_pipe("vi_numbers")
    nlp.add_pipe("vi_acronyms", config={"gazetteer_dir": gdir})
    nlp.add_pipe("vi_linker", config={"gazetteer_dir": gdir})
    nlp.add_pipe("vi_cooperation", config={"gazetteer_dir": gdir})
    nlp.add_pipe("vi_ents")
    return nlp

