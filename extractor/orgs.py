"""Stage 6a: organisation and place recognition.

Three sources of ORG spans, merged longest-first:

1. **Gazetteer phrases** — every surface form of ``gazetteers/organizations.csv`` matched with a
   spaCy ``PhraseMatcher`` over a *syllable* Doc (names in lower case; acronyms case-sensitive, so
   "CAST" never matches the English verb).  Matching syllables rather than underthesea words
   makes the match independent of how the segmenter happened to group a name in context.
2. **Vietnamese name grammar** (:func:`find_rule_orgs`) — a capitalised head noun (Bộ, Tổng cục,
   Viện, Quỹ, Cơ quan, ...; data in ``data/vi_org_rules.json``) that is a word of its own
   ("Viện" but not "Viện trợ", "Hội" but not "Hội nghị": underthesea's segmentation decides),
   followed by its name: capitalised syllables, the lower-case rest of their words ("Khoa học"),
   lower-case name words ("Hợp tác quốc tế"), coordination ("Khoa học, Công nghệ và Hợp tác quốc
   tế"), "của"/"về" complements and place tails ("tỉnh Thừa Thiên Huế", ", Trung Quốc (YIES)").
   Committees named by a lower-case task are read when a proper name, a parent body or their
   acronym closes the description ("Hội đồng định giá ... TP HCM", "Ban pháp chế HĐND TP HCM"),
   and their later short forms from the full name (:func:`descriptive_short_forms`).
3. **Acronyms** — capitalised/mixed-case short forms that the gazetteer knows, that follow a
   classifier ("tổ chức JICA", "tập đoàn IDG"), or that are defined in the text (acronyms stage).
   An unknown all-caps token counts as a body unless the document says otherwise: a bracketed
   definition that opens with an event or scheme word (:func:`bracket_expansion_kind`) or a kind
   noun before it ("sâu IRCbot").

Places (countries, provinces) come from ``gazetteers/places.csv`` the same way and are labelled
LOC; the cooperation stage uses them for country parties ("Việt Nam – Nhật Bản").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .acronyms import letters_match, looks_like_acronym
from .normalize import strip_diacritics
from .segmenter import dictionary_words
from .sports import SCORE, fixture_sides

__all__ = [
    "Syllable", "OrgCandidate", "syllabify", "find_rule_orgs", "find_latin_orgs", "load_rules",
    "descriptive_short_forms", "bracket_expansion_kind", "find_legal_suffix_orgs",
]

_DATA = Path(__file__).with_name("data") / "vi_org_rules.json"


@dataclass(frozen=True)
class Rules:
    heads: tuple[tuple[str, ...], ...]
    standalone: frozenset[tuple[str, ...]]
    generic_prefixes: tuple[tuple[str, ...], ...]
    tail_words: frozenset[str]
    tail_max: int
    tail_verbs: frozenset[str]
    tail_nouns: frozenset[str]
    activity_heads: frozenset[str]
    name_boundary_words: frozenset[str]
    school_levels: tuple[tuple[str, ...], ...]
    school_level_heads: frozenset[str]
    connectors: frozenset[str]
    place_prefixes: frozenset[str]
    stop_after_head: frozenset[str]
    weak_heads: frozenset[str]
    quantifiers: frozenset[str]
    plural_after_cac: tuple[tuple[str, ...], ...]
    non_org_starts: tuple[tuple[str, ...], ...]
    verb_prefixes: frozenset[tuple[str, ...]]
    surnames: frozenset[str]
    nonbreaking_after: dict[str, frozenset[str]]
    breaker_heads: frozenset[str]
    project_prefixes: tuple[tuple[str, ...], ...]
    numbered_units: frozenset[str]
    non_org_caps: frozenset[str]
    foreign_org_words: frozenset[str]
    bare_place_words: frozenset[str]
    bare_place_heads: frozenset[str]
    street_prefixes: tuple[tuple[str, ...], ...]
    subunit_heads: frozenset[str]
    subunit_people: frozenset[str]
    subunit_verbs: frozenset[str]
    measure_words: frozenset[str]
    name_descriptors: tuple[str, ...]
    parent_heads: frozenset[str]
    lowercase_heads: tuple[tuple[str, ...], ...]
    descriptor_heads: frozenset[str]
    acronym_name_heads: frozenset[str]
    named_only_heads: frozenset[str]
    event_words: frozenset[str]
    legal_forms: frozenset[str]
    generic_names: frozenset[str]
    descriptive_heads: frozenset[str]
    head_initial_places: tuple[tuple[str, ...], ...]
    club_prefixes: frozenset[str]
    person_named_heads: frozenset[str]
    person_titles: frozenset[str]
    head_exclusions: dict[str, frozenset[str]]
    lowercase_name_heads: tuple[tuple[str, ...], ...]
    glued_prepositions: frozenset[str]
    school_heads: frozenset[str]
    club_heads: frozenset[str]
    non_org_expansions: tuple[tuple[str, ...], ...]
    descriptor_caps_heads: frozenset[str]
    legal_suffixes: frozenset[str]
    english_connectors: frozenset[str]
    non_place_name_heads: frozenset[str]
    title_prefixes: frozenset[str]
    lower_firsts: frozenset[str]
    expansion_window: int
    descriptive_max: int
    place_described_max: int
    person_named_prefixes: frozenset[str]
    inner_heads: frozenset[str]
    product_names: frozenset[str]
    ministry_names: tuple[str, ...]
    place_described_excluded: frozenset[str]
    place_described_stop: frozenset[str]
    clause_words: frozenset[str]
    generic_committees: frozenset[str]


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    heads = sorted({tuple(h.split()) for h in data["heads"]}, key=len, reverse=True)
    generic = sorted({tuple(h.split()) for h in data["generic_prefixes"]}, key=len, reverse=True)
    tails = frozenset(t.lower() for t in data["tail_words"])
    verbs = frozenset(t.lower() for t in data["tail_verbs"])
    return Rules(
        heads=tuple(heads),
        standalone=frozenset(tuple(h.split()) for h in data["standalone"]),
        generic_prefixes=tuple(generic),
        tail_words=tails | verbs,
        tail_max=max(len(t.split()) for t in tails | verbs),
        tail_verbs=verbs,
        tail_nouns=tails - verbs,
        activity_heads=frozenset(data["activity_heads"]),
        name_boundary_words=frozenset(data["name_boundary_words"]),
        school_levels=tuple(sorted({tuple(x.split()) for x in data["school_levels"]}, key=len, reverse=True)),
        school_level_heads=frozenset(data["school_level_heads"]),
        connectors=frozenset(data["connectors"]),
        place_prefixes=frozenset(p.lower() for p in data["place_prefixes"]),
        stop_after_head=frozenset(w.lower() for w in data["stop_after_head"]),
        weak_heads=frozenset(data["weak_heads"]),
        quantifiers=frozenset(data["quantifiers"]),
        plural_after_cac=tuple(tuple(x.split()) for x in data["plural_after_cac"]),
        non_org_starts=tuple(sorted({tuple(x.split()) for x in data["non_org_starts"]}, key=len, reverse=True)),
        verb_prefixes=frozenset(tuple(x.split()) for x in data["verb_prefixes"]),
        surnames=frozenset(data["surnames"]),
        nonbreaking_after={k: frozenset(v) for k, v in data["nonbreaking_after"].items()},
        breaker_heads=frozenset(data["breaker_heads"]),
        project_prefixes=tuple(tuple(x.split()) for x in data["project_prefixes"]),
        numbered_units=frozenset(w.lower() for w in data["numbered_units"]),
        non_org_caps=frozenset(data["non_org_caps"]),
        foreign_org_words=frozenset(data["foreign_org_words"]),
        bare_place_words=frozenset(w.lower() for w in data["bare_place_words"]),
        bare_place_heads=frozenset(data["bare_place_heads"]),
        street_prefixes=tuple(tuple(x.split()) for x in data["street_prefixes"]),
        subunit_heads=frozenset(data["subunit_heads"]),
        subunit_people=frozenset(data["subunit_people"]),
        subunit_verbs=frozenset(data["subunit_verbs"]),
        measure_words=frozenset(w.lower() for w in data["measure_words"]),
        name_descriptors=tuple(sorted(data["name_descriptors"], key=len, reverse=True)),
        parent_heads=frozenset(data["parent_heads"]),
        lowercase_heads=tuple(sorted({tuple(x.split()) for x in data["lowercase_heads"]}, key=len, reverse=True)),
        descriptor_heads=frozenset(data["descriptor_heads"]),
        acronym_name_heads=frozenset(data["acronym_name_heads"]),
        named_only_heads=frozenset(data["named_only_heads"]),
        event_words=frozenset(data["event_words"]),
        legal_forms=frozenset(data["legal_forms"]),
        generic_names=frozenset(data["generic_names"]),
        descriptive_heads=frozenset(data["descriptive_heads"]),
        head_initial_places=tuple(tuple(x.split()) for x in data["head_initial_places"]),
        club_prefixes=frozenset(data["club_prefixes"]),
        person_named_heads=frozenset(x.lower() for x in data["person_named_heads"]),
        person_titles=frozenset(x.lower() for x in data["person_titles"]),
        head_exclusions={k: frozenset(v) for k, v in data["head_exclusions"].items()},
        glued_prepositions=frozenset(data["glued_prepositions"]),
        school_heads=frozenset(x.lower() for x in data["school_heads"]),
        club_heads=frozenset(data["club_heads"]),
        non_org_expansions=tuple(sorted({tuple(x.split()) for x in data["non_org_starts"] + data["non_org_expansions"]},
                                        key=len, reverse=True)),
        expansion_window=int(data["expansion_window"]),
        descriptor_caps_heads=frozenset(data["descriptor_caps_heads"]),
        legal_suffixes=frozenset(data["legal_suffixes"]),
        english_connectors=frozenset(data["english_connectors"]),
        non_place_name_heads=frozenset(data["non_place_name_heads"]),
        title_prefixes=frozenset(data["title_prefixes"]),
        lower_firsts=frozenset(x.split()[0] for key in ("lowercase_heads", "lowercase_name_heads", "generic_prefixes")
                               for x in data[key]),
        lowercase_name_heads=tuple(sorted({tuple(x.split()) for x in data["lowercase_name_heads"]},
                                          key=len, reverse=True)),
        descriptive_max=int(data["descriptive_max"]),
        place_described_max=int(data["place_described_max"]),
        person_named_prefixes=frozenset(data["person_named_prefixes"]),
        inner_heads=frozenset(data["inner_heads"]),
        product_names=frozenset(data["product_names"]),
        ministry_names=tuple(sorted(data["ministry_names"], key=len, reverse=True)),
        place_described_excluded=frozenset(data["place_described_excluded"]),
        place_described_stop=frozenset(data["place_described_stop"]),
        clause_words=frozenset(w.lower() for w in data["clause_words"]),
        generic_committees=frozenset(w.lower() for w in data["generic_committees"]),
    )




@dataclass(frozen=True, slots=True)
class Syllable:
    start: int
    end: int
    text: str
    word: int          # index of the underthesea word (spaCy token) it belongs to
    word_start: bool   # first syllable of its word

    @property
    def is_cap(self) -> bool:
        c = self.text[0]
        return c.isupper() or (c.isdigit() and any(ch.isupper() for ch in self.text))

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


_SYL_RE = re.compile(r"[^\W_]+(?:[&.'’][^\W_]+)*|&|\S")


def syllabify(text: str, word_spans: list[tuple[int, int]]) -> list[Syllable]:
    """Syllables of every word span, tagged with their word index."""
    out: list[Syllable] = []
    for wi, (a, b) in enumerate(word_spans):
        first = True
        # two acronyms the segmenter glued ("TTK LĐBĐ": a title and a body) are two words
        glued_caps = b - a > 4 and " " in text[a:b] and text[a:b].isupper()
        prev = ""
        for m in _SYL_RE.finditer(text, a, b):
            g = m.group()
            if glued_caps:
                first = first or (len(g) > 1 and g.isupper() and len(prev) > 1 and prev.isupper())
                prev = g
            out.append(Syllable(m.start(), m.end(), g, wi, first))
            # a syllable after punctuation inside one token ("43%Đảng") starts a word of its own
            first = not g[0].isalnum()
    return out


#: Vietnamese syllable shape once tone marks are stripped: onset, vowel cluster, final consonant.
_VN_SYLLABLE_RE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
#: Letters of Vietnamese words: plain ASCII, the Latin-1 vowels Vietnamese uses, and its own letters.
_VN_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def is_foreign_word(token: str) -> bool:
    """A Latin-script word that cannot be one Vietnamese syllable: 'Yahoo', 'Malmo', 'Chelsea',
    'Juventus', 'München' (but not 'Thun', 'Minh' or 'Nguyễn').

    Underthesea words are made of syllables, and a Vietnamese syllable is an onset, one to three
    vowels and at most one final consonant from a short list; a foreign name almost never fits that
    shape, so the shape tells a foreign proper name from a capitalised Vietnamese word without any
    name list.
    """
    if not token or not token[0].isalpha():
        return False
    for c in token:
        if c.isascii() or c in _VN_LATIN1:
            continue
        o = ord(c)
        if 0xC0 <= o <= 0x24F and c not in "ĂăĐđĨĩŨũƠơƯư":
            return True  # ö, ü, ñ, ç, ø, å, ß ...: not a Vietnamese letter
        return False  # Vietnamese (ạ, ơ, đ ...) or another script
    bare = strip_diacritics(token).lower()
    if not bare.isalpha():
        return False
    return not _VN_SYLLABLE_RE.fullmatch(bare)


@dataclass(frozen=True)
class OrgCandidate:
    start: int
    end: int
    head: str
    method: str  # "rule" | "generic"
    short_end: int = 0  # descriptive names: end offset of head + lower-case description ("Hội đồng định giá")


def _words_lower(syls: list[Syllable], i: int, n: int) -> tuple[str, ...]:
    return tuple(s.text.lower() for s in syls[i:i + n])


_SEQ_INDEX: dict[tuple[int, bool], dict[str, list[tuple[str, ...]]]] = {}


def _seq_index(options, case_sensitive: bool) -> dict[str, list[tuple[str, ...]]]:
    """Phrase list indexed by first syllable, longest phrase first (built once per list)."""
    key = (id(options), case_sensitive)
    index = _SEQ_INDEX.get(key)
    if index is None:
        index = {}
        for opt in sorted(options, key=len, reverse=True):
            words = opt if case_sensitive else tuple(w.lower() for w in opt)
            index.setdefault(words[0], []).append(words)
        _SEQ_INDEX[key] = index
    return index


def _match_seq(syls: list[Syllable], i: int, options, case_sensitive: bool) -> int:
    """Length of the longest phrase of ``options`` starting at syllable i (0 if none)."""
    first = syls[i].text if case_sensitive else syls[i].text.lower()
    cands = _seq_index(options, case_sensitive).get(first)
    if not cands:
        return 0
    for opt in cands:
        n = len(opt)
        if i + n > len(syls):
            continue
        if all((syls[i + k].text if case_sensitive else syls[i + k].text.lower()) == opt[k] for k in range(1, n)):
            return n
    return 0


def _head_at(syls: list[Syllable], i: int, rules: Rules) -> int:
    """Length of a capitalised head noun at i that is a word of its own (or opens a name word)."""
    s = syls[i]
    if not s.word_start or not s.text[0].isupper():
        return 0
    n = _match_seq(syls, i, rules.heads, case_sensitive=False)
    if not n:
        return 0
    # "Viện trợ", "Hội nghị", "Bộ trưởng": the head's word continues with a lower-case syllable
    last = i + n - 1
    nxt = last + 1
    if nxt < len(syls) and syls[nxt].word == syls[last].word and not syls[nxt].is_cap:
        return 0
    if _match_seq(syls, i, rules.head_initial_places, case_sensitive=True):
        return 0  # "Hội An", "Vụ Bản": a town, not the head "Hội" or "Vụ"
    return n


def _tail_len(syls: list[Syllable], j: int, rules: Rules, verbs_ok: bool = True) -> int:
    """Length of a lower-case name word ('quốc tế', 'toàn cầu') at j, longest first."""
    if syls[j].is_cap or not syls[j].word_start:
        return 0
    for n in range(min(rules.tail_max, len(syls) - j), 0, -1):
        key = " ".join(_words_lower(syls, j, n))
        if key in rules.tail_words and (verbs_ok or key not in rules.tail_verbs):
            # the tail must cover whole underthesea words ("quốc tế", not half of "tế bào")
            if j + n < len(syls) and syls[j + n].word == syls[j + n - 1].word:
                continue
            return n
    return 0


def _is_person_at(syls: list[Syllable], j: int, rules: Rules, is_place) -> bool:
    """A capitalised word opening with a surname ('Lê Văn Nghị') starts a person's name."""
    s = syls[j]
    if not s.word_start or s.text not in rules.surnames:
        return False
    k = j + 1
    while k < len(syls) and syls[k].is_cap and syls[k].text.isalpha() and k - j < 4:
        if syls[k].word != s.word and syls[k].word_start and k - j >= 2:
            break
        k += 1
    if k - j < 2 or is_place(s.start, syls[k - 1].end):
        return False
    return all(x.text[0].isupper() and not x.text.isupper() for x in syls[j:k])


def _prev_word_text(syls: list[Syllable], k: int) -> str:
    """Text of the underthesea word just before syllable k ('Trung ương' before 'Đảng')."""
    if k == 0:
        return ""
    w = syls[k - 1].word
    i = k - 1
    while i > 0 and syls[i - 1].word == w:
        i -= 1
    return " ".join(x.text for x in syls[i:k])


def _cap_word_len(syls: list[Syllable], j: int) -> int:
    """A capitalised syllable plus the lower-case rest of its underthesea word ('Khoa học').

    An acronym never takes the rest of its word: the segmenter sometimes glues the next verb to
    it ('FIFA giành'), and a lower-case Vietnamese syllable does not continue an acronym.
    """
    k = j + 1
    if sum(c.isupper() for c in syls[j].text) >= 2 or is_foreign_word(syls[j].text):
        return 1  # (nor does a foreign word: 'Vestby thắng' is a name and a verb)
    while k < len(syls) and syls[k].word == syls[j].word and syls[k].is_word:
        if not syls[k].is_cap and syls[k - 1].is_cap and k - 1 > j and syls[k - 2].is_cap:
            break  # "Hàm Tân nhận": two capitalised syllables are a proper name, the word ends there
        k += 1
    return k - j


def _scan_name(syls: list[Syllable], j: int, end: int, rules: Rules, is_place,
               allow_complements: bool = True, is_generic=lambda t: False, bare_place_ok: bool = False,
               person_first_ok: bool = False, school: bool = False, verb_first_ok: bool = False) -> int:
    """Extend a name from j; returns the exclusive end index of accepted syllables.

    ``person_first_ok``: a person-shaped name right at j is the name itself ('Công ty Kim Đại Lợi',
    'trường Lê Quý Đôn'), not a person after a title; ``school``: so is one after the school's level
    ('Trường THPT Chu Văn An', 'trường Trung học cơ sở Kim Đồng'); ``verb_first_ok``: the head names
    what a body does, so an activity with its object may follow it in lower case ('Trung tâm nghiên
    cứu vật lý cơ bản thuộc ...'), when the object runs to the end of the name.
    """
    accepted = j
    k = j
    prev_cap = False      # the last accepted element was a capitalised word
    prev_activity = False  # ... and that word names an activity ('Hợp tác', 'Xúc tiến')
    coordinated = False   # just passed "và" after a capitalised word ('Giáo dục và đào tạo')
    after_place = False   # the name already ends with a place ("... Việt Nam")
    placed = False        # the previous word was a place prefix ("huyện", "tỉnh")
    place_end = 0         # end of the last run of capitalised words that is a place
    placed_run = False    # inside the capitalised run that a place prefix opened
    while k < end:
        s = syls[k]
        if s.is_word and s.is_cap:
            prev_text = _prev_word_text(syls, k)
            nonbreak = (prev_text in rules.nonbreaking_after and s.text in rules.nonbreaking_after[prev_text])
            h_in = _head_at(syls, k, rules) if k > j and s.word_start else 0
            if h_in and syls[k - 1].is_word and prev_text.lower() not in ("và", "hoặc", "với", "cùng") and \
                    " ".join(x.text for x in syls[k:k + h_in]) in rules.inner_heads:
                h_in = 0  # "Tổng công ty Viễn thông Quân đội", "Ủy ban Tình báo Thượng viện Mỹ": part of the name
            if h_in and prev_text != "các" and not nonbreak:
                break  # a new head starts a new organisation ("..., Bộ Y tế")
            if not (person_first_ok and k == j) and not placed and _is_person_at(syls, k, rules, is_place):
                if school:
                    school = False  # the school's namesake; a second person is the one after a title
                    n = _cap_word_len(syls, k)
                    k += n
                    accepted = k
                    prev_cap = True
                    continue
                break  # "Liên minh HTX Việt Nam Lê Văn Nghị": a person follows a title
            if k > j and s.text.isascii() and s.text[1:].islower() and (s.word_start or is_foreign_word(s.text)) and \
                    k + 1 < end and syls[k + 1].text[:1].isupper() and syls[k + 1].text.isascii() and \
                    (any(not x.text.isascii() for x in syls[j:k] if x.is_word) or after_place) \
                    and not is_place(s.start, s.end) and not is_place(s.start, syls[k + 1].end):
                # "Ngân hàng Thế giới James D. Wolfensohn", "LĐBĐ Malaysia Ibrahim Saad": a foreign
                # person (2+ Latin words) follows a Vietnamese name or a name closed by its country
                break
            # (a capitalised run right after "thành phố", "huyện" is a place the gazetteer may not know:
            # "thành phố Huế", "huyện Châu Phú")
            placed_run = placed or (placed_run and prev_cap and accepted == k)
            placed = False
            n = _cap_word_len(syls, k)
            # a run of capitalised words that forms a place closes the name for lower-case tails
            m = k + n
            while m < end and syls[m].is_cap and syls[m].is_word:
                m += _cap_word_len(syls, m)
            after_place = is_place(s.start, syls[m - 1].end) or is_place(syls[k].start, syls[k + n - 1].end) \
                or k < place_end or placed_run  # (still inside "TP HCM": "HCM" alone is no place)
            if is_place(s.start, syls[m - 1].end):
                place_end = m
            prev_activity = " ".join(x.text.lower() for x in syls[k:k + n]) in rules.tail_verbs
            k += n
            accepted = k
            prev_cap = True
            if n == 1 and s.text == "Các" and not after_place:
                # "Tổ chức Các nước xuất khẩu dầu (OPEC)", "Ủy ban Các vấn đề xã hội": a capitalised
                # plural opens a lower-case description that belongs to the name
                m = _plural_description_end(syls, k, end, rules)
                if m > k:
                    k = accepted = m
                    prev_cap = False
            continue
        if s.is_word and not after_place and not (k > j and syls[k - 1].text.isascii() and syls[k - 1].is_cap
                                                  and len(syls[k - 1].text) > 2
                                                  and not syls[k - 1].text.isupper()):
            # (no Vietnamese lower-case words after an English name: "Korea University hỗ trợ")
            # A lower-case activity word continues a name only after a capitalised activity word
            # ('Hợp tác phát triển', 'Xúc tiến thương mại'); after a domain noun it is the verb
            # of the sentence ('Bộ Y tế hỗ trợ tỉnh ...').
            n = _tail_len(syls, k, rules, verbs_ok=accepted > j or verb_first_ok)
            if n and prev_cap and " ".join(_words_lower(syls, k, n)) in rules.tail_verbs \
                    and _proper_word_before(syls, k):
                n = 0  # "Công ty TNHH Đại Đồng Tiến khai thác mỏ ...": after a proper name, the verb
            compound = n and prev_cap and \
                f"{_prev_word_text(syls, k).lower()} {' '.join(_words_lower(syls, k, n))}" in rules.tail_nouns
            # ("Công ty Vật liệu xây dựng": the verb completes a domain noun, 'vật liệu xây dựng')
            if n and not (prev_cap and prev_activity) and not coordinated and not compound \
                    and " ".join(_words_lower(syls, k, n)) in rules.tail_verbs:
                # ... unless its object is part of the name too: a capitalised word that is not a
                # place or another body ('Quỹ Toàn cầu phòng chống HIV') or a domain noun
                # ('cảnh sát điều tra tội phạm')
                # ('cảnh sát điều tra tội phạm'), and the domain nouns run to the end of the name: in
                # 'Sở Y tế kiểm tra chất lượng thuốc tại ...' the object goes on, so the verb is the predicate
                m = k + n
                if m + 1 < end and syls[m].text == "và":
                    n2 = _tail_len(syls, m + 1, rules, verbs_ok=True)
                    if n2 and " ".join(_words_lower(syls, m + 1, n2)) in rules.tail_verbs:
                        m += 1 + n2  # "phát triển và ứng dụng phần mềm": two activities, one object
                if not (m < end and syls[m].is_cap and syls[m].is_word and not _head_at(syls, m, rules)
                        and not is_place(syls[m].start, syls[m + _cap_word_len(syls, m) - 1].end)) \
                        and not (m < end and _tail_len(syls, m, rules, verbs_ok=False)
                                 and _name_boundary(syls, _tail_run(syls, m, end, rules), end, rules)):
                    n = 0
            if n:
                k += n
                accepted = k
                prev_cap = False
                coordinated = False
                continue
        low = s.text.lower()
        bare = _phrase_len(syls, k, end, rules.bare_place_words)
        if bare and (accepted > j or bare_place_ok) and not after_place and k == accepted and \
                (k + bare >= end or not (syls[k + bare].is_cap or syls[k + bare].text.isdigit())
                 or _head_at(syls, k + bare, rules) or _match_seq(syls, k + bare, rules.non_org_starts, False)) and \
                not (k + bare + 1 < end and syls[k + bare].text in (",", "/", "và", "-") and
                     _phrase_len(syls, k + bare + 1, end, rules.place_prefixes)):
            # ("HTX tỉnh, thành phố": a level of government, not the province)

            # 'Bệnh viện Đa khoa tỉnh', 'Công an huyện', 'TAND thành phố': the province, city or
            # district the body serves, named by its level alone once the place is known
            k += bare
            accepted = k
            break
        pp = _phrase_len(syls, k, end, rules.place_prefixes)
        if pp and k + pp < end and syls[k + pp].is_cap and syls[k + pp].is_word and not _head_at(syls, k + pp, rules) \
                and not _match_seq(syls, k + pp, rules.non_org_starts, case_sensitive=False):
            # "tỉnh Thừa Thiên Huế", "thành phố Hải Phòng" (one or two syllables); not "trình UBND
            # thành phố Quy chế ...", where the capitalised word is the object of the verb
            k += pp
            placed = True  # (what follows names the place, even when it looks like a person: "huyện Châu Phú")
            continue
        if low in rules.numbered_units and k + 1 < end and (syls[k + 1].text.isdigit() or syls[k + 1].is_cap):
            k += 2  # "Công an phường 27", "Công an Quận 9"
            accepted = k
            continue
        if s.text.isdigit() and len(s.text) <= 3 and k > j and prev_cap and \
                (k + 1 >= end or not syls[k + 1].is_word or not syls[k + 1].text[0].isdigit()) and \
                not (k + 2 < end and syls[k + 1].text in ("-", "–") and syls[k + 2].text[:1].isdigit()):
            k += 1  # "Công ty Xây lắp Thương mại 2"
            accepted = k
            continue
        if s.text == "," and k + 1 < end and accepted > j and allow_complements:
            # ", Trung Quốc (YIES)": a country tail closing the name
            m = k + 1
            while m < end and syls[m].is_cap and syls[m].is_word:
                m += 1
            if m > k + 1 and is_place(syls[k + 1].start, syls[m - 1].end) and (m >= end or syls[m].text in "(;.)"):
                k = m
                accepted = m
                continue
            # "Dịch vụ, Tư vấn và Đào tạo": coordination of capitalised parts before "và"
            m = k + 1
            while m < end and syls[m].is_word and (syls[m].is_cap or syls[m].word == syls[m - 1].word):
                if syls[m].word_start and (_head_at(syls, m, rules) or _is_person_at(syls, m, rules, is_place)):
                    break
                m += 1
            if m > k + 1 and m + 1 < end and syls[m].text == "và" and syls[m + 1].is_cap \
                    and not _head_at(syls, m + 1, rules) and not is_generic(syls[k + 1].text):
                k = m
                continue
            break
        if s.text == "&" and k > j and k + 3 < end and syls[k + 1].text == "amp" and syls[k + 2].text == ";" \
                and syls[k + 3].is_word and accepted == k:
            k += 3  # "&amp;": an "&" the source left HTML-escaped ("Khoa học - công nghệ &amp; môi trường")
            continue
        if s.text in rules.english_connectors and k > j and k + 1 < end and syls[k - 1].text.isascii() and \
                syls[k - 1].is_cap and syls[k + 1].is_cap and syls[k + 1].text.isascii() and syls[k + 1].is_word \
                and accepted == k:
            k += 1  # "CRC for Interaction Design", "Bank of America": a foreign name's own function words
            continue
        if low in rules.connectors and k + 1 < end and allow_complements and accepted > j - (low == "các"):
            nxt = syls[k + 1]
            if after_place and low != "ở" and not (placed_run and low in ("-", "–")):
                break  # "Cơ quan HTQT Nhật Bản cho Việt Nam": the name ended with its place
                # (but "tỉnh Bà Rịa - Vũng Tàu" goes on: a province joined from two names)
            if low == "ở" and nxt.is_cap:
                break  # "Công ty Kim Đại Lợi ở Cần Giuộc", "Đại học Tufts ở Boston": where the body is
            if low == "và" and nxt.is_cap and _coordinates_foreign(syls, j, k):
                break  # "CLB Arsenal và Bayern": two foreign names are two bodies
            if low == "và" and k > j and all(x.text.isascii() for x in syls[j:k]) and not nxt.is_cap:
                break  # "LG và đại học Korea University": Vietnamese words do not extend a foreign name
            if nxt.is_cap and nxt.word_start and (_head_at(syls, k + 1, rules) and low != "các"):
                h2 = _head_at(syls, k + 1, rules)
                if not (low == "của" and tuple(x.text for x in syls[k + 1:k + 1 + h2]) in rules.standalone):
                    break  # "Bộ Tài chính và Bộ Kế hoạch": two organisations
                k += 1 + h2  # "... của Quốc hội"
                accepted = k
                continue
            if low == "về" and accepted == j:
                break
            if low == "-" and s.start == syls[k - 1].end and nxt.start == s.end and syls[k - 1].text.isupper() \
                    and nxt.text.isupper() and len(syls[k - 1].text) <= 6 and len(nxt.text) <= 6 and accepted == k:
                k += 2  # "Bộ KH-ĐT", "Sở GD-ĐT", "Bộ LĐ-TB&XH": one abbreviation written with a hyphen
                accepted = k
                prev_cap = True
                continue
            if is_generic(nxt.text) and low != "/":
                break  # "Vụ HTQT về KH&CN": a generic abbreviation is a topic, not part of the name
            if low == "/" and not (syls[k - 1].text.isupper() and nxt.text.isupper() and len(nxt.text) > 1):
                break  # a slash joins only two acronyms of one name ("CEPT/AFTA")
            if low not in ("&", "/") and nxt.text.isupper() and len(nxt.text) > 1 and nxt.word_start:
                break  # "Bộ Bưu chính Viễn thông và KOICA": an acronym after "và" is another body
            if low in ("-", "–") and nxt.text.lower() in rules.quantifiers:
                break  # "Trường Bellerbys College - Một trong các trường ...": a new clause
            if low == "của" and _starts_with([x.text.lower() for x in syls[k + 1:k + 5]], latin_cues().person_left):
                break  # "Cơ quan báo chí của Tổng thống Karimov": a person's office, not a longer name
            if low == "của" and nxt.is_cap and all(x.text.isascii() for x in syls[j:k] if x.is_word):
                break  # "nhật báo Haaretz của Israel", "MBC của Seoul": a foreign name takes no 'của' + place
            if low == "vì" and nxt.is_cap and not (k + 2 < end and (syls[k + 2].is_cap or _tail_len(syls, k + 2, rules))
                                                   and syls[k + 2].word != nxt.word or
                                                   k + 2 < end and syls[k + 2].word == nxt.word):
                break  # "Công ty Đông Nam vì Thiều đã ...": 'because', not 'for' ('Quỹ vì Phát triển')
            if nxt.is_cap and nxt.is_word and not _is_person_at(syls, k + 1, rules, is_place):
                k += 1
                continue
            if _tail_len(syls, k + 1, rules, verbs_ok=low == "và" and accepted == k and not after_place):
                # ("Công ty thương mại và đầu tư giao thông vận tải": an activity coordinated with the
                # name's last word, capitalised or not)
                coordinated = low == "và" and accepted == k
                k += 1
                after_place = False  # "... Việt Nam ở nước ngoài": the complement has its own tail
                continue
            if low == "các" and _match_seq(syls, k + 1, rules.plural_after_cac, True):
                k += 1 + _match_seq(syls, k + 1, rules.plural_after_cac, True)
                accepted = k
                prev_cap = False
                continue
        break
    return accepted


def _plural_description_end(syls: list[Syllable], k: int, end: int, rules: Rules) -> int:
    """End of the lower-case words after a capitalised plural inside a name ('Các' in 'Hiệp hội
    Các nhà sản xuất ...'): whole underthesea words up to a clause word, a capitalised word or
    punctuation, at most ``descriptive_max`` syllables; k when there are none."""
    m = k
    for _, w, word in _lower_words(syls, k, end, rules.descriptive_max):
        if word in rules.clause_words:
            break
        m = w
    return m


def _lower_words(syls: list[Syllable], k: int, end: int, limit: int):
    """The whole lower-case underthesea words from k on, as (start, end, text), while they start
    within ``limit`` syllables of k; a capitalised syllable, punctuation or a word cut in the middle
    ends them."""
    m = k
    while m < end and m - k < limit:
        s = syls[m]
        if s.is_cap or not s.is_word or not s.word_start:
            return
        w = _word_end(syls, m, end)
        yield m, w, " ".join(x.text.lower() for x in syls[m:w])
        m = w


def _latin_name(syls: list[Syllable], a: int, b: int) -> bool:
    """syls[a:b] is a foreign name or an acronym: Latin script, with a foreign-shaped word or all caps."""
    words = [x.text for x in syls[a:b] if x.is_word]
    return bool(words) and all(w.isascii() for w in words) and \
        (any(is_foreign_word(w) for w in words) or (len(words) == 1 and looks_like_acronym(words[0])))


def _listed_foreign_names(syls: list[Syllable], j: int, stop: int, end: int, is_place) -> list[tuple[int, int]]:
    """The further names of a list that a classifier opens: '3 tổ chức Shadowcrew, Carderplanet và
    Darkprofits', 'các hãng Sony, Samsung và LG'.  Only foreign names and acronyms, like the first
    one, are taken, each a run of capitalised words, and only when 'và' closes the list; a place
    or anything else ends it."""
    out: list[tuple[int, int]] = []
    if not _latin_name(syls, j, stop):
        return out
    k = stop
    while k + 1 < end and syls[k].text in (",", "và"):
        a = b = k + 1
        while b < end and syls[b].is_cap and syls[b].is_word and b - a < 4:
            b += 1
        if b == a or not _latin_name(syls, a, b) or is_place(syls[a].start, syls[b - 1].end) or \
                (b < end and syls[b].is_word and syls[b].text != "và"):
            break
        out.append((a, b))
        if syls[k].text == "và":
            return out  # (the list is closed by "và"; without it, "công ty Sony, Tokyo" is a place)
        k = b
    return []


def _name_boundary(syls: list[Syllable], k: int, end: int, rules: Rules) -> bool:
    """Can a name end before syllable k?  At the end of the sentence, before punctuation, a
    capitalised word, or a word that links a name to what follows ('về', 'thuộc', 'và', 'hay');
    not before another lower-case word, which makes the run a clause."""
    return k >= end or not syls[k].is_word or syls[k].is_cap or syls[k].text.lower() in rules.name_boundary_words


def _phrase_len(syls: list[Syllable], k: int, end: int, phrases: frozenset[str], max_len: int = 2) -> int:
    """Length of the longest lower-case phrase of ``phrases`` ('tỉnh', 'thành phố') at k that
    covers whole underthesea words, or 0.

    Level words like 'thành phố' and 'thị xã' are two syllables; matching them one syllable at a
    time missed 'Công an thành phố Hà Nội' entirely.
    """
    for n in range(min(max_len, end - k), 0, -1):
        if not syls[k].word_start or " ".join(_words_lower(syls, k, n)) not in phrases:
            continue
        if k + n < len(syls) and syls[k + n].word == syls[k + n - 1].word and not syls[k + n].word_start:
            continue  # the phrase cuts a word
        return n
    return 0


def _word_end(syls: list[Syllable], k: int, end: int) -> int:
    """Index after the underthesea word that syllable k starts."""
    m = k + 1
    while m < end and syls[m].word == syls[k].word and not syls[m].word_start:
        m += 1
    return m


def _descriptive_run(syls: list[Syllable], j: int, end: int, rules: Rules) -> int:
    """Where a lower-case description after a committee head is closed by a proper name, or 0.

    Councils, committees and boards are named by what they do, in lower case: 'Hội đồng định
    giá và bán đấu giá tài sản ... TP HCM', 'Ủy ban điều phối thực hiện CEPT/AFTA', 'Ban pháp chế
    HĐND TP HCM'.  Such words are open-class, so no lexicon can list them; what shows that they
    name the body rather than start the predicate ('Hội đồng quyết định tịch thu ...') is that
    the run holds no clause word (auxiliary, preposition, reporting verb) and is closed right
    away by a capitalised name, an acronym in brackets, or a parent body.  Returns the index of
    that closing element (the '(' of a bracket), or 0.
    """
    k = j
    for a, m, word in _lower_words(syls, j, end, rules.descriptive_max):
        if any(x.is_cap for x in syls[a + 1:m]):
            return 0  # "châu Âu", "miền Nam": a lower-case word with a capitalised part
        if word in rules.clause_words or (a == j and word in rules.generic_committees):
            return 0  # "Hội đồng quyết định ...", "Ban tổ chức", "Hội đồng quản trị": not a name
        k = m
    if k == j or k >= end or k - j > rules.descriptive_max:
        return 0
    if syls[k].is_cap and syls[k].is_word:
        return k
    if k + 2 < end and syls[k].text == "(" and looks_like_acronym(syls[k + 1].text) and syls[k + 2].text == ")":
        return k
    return 0


def _has_word(syls: list[Syllable], j: int, k: int, words: frozenset[str]) -> bool:
    """One of ``words`` (one or two syllables, lower case) among syls[j:k]: 'và' in 'Công ty và các
    chuyên gia Nhật Bản', 'lớn nhất' in 'Nhà máy lọc dầu lớn nhất Iraq'."""
    low = [x.text.lower() for x in syls[j:k]]
    return any(w in words for w in low) or any(f"{a} {b}" in words for a, b in zip(low, low[1:]))


def _proper_word_before(syls: list[Syllable], k: int) -> bool:
    """The underthesea word before syllable k is a proper name: capitalised, of two or more
    syllables and not in the language's word list ('Đại Đồng Tiến', 'Minh Phát'; not 'Kế hoạch',
    'Toàn cầu').  Unknown when the word list cannot be read (False)."""
    words = dictionary_words()
    run = _prev_word_text(syls, k).split()
    return bool(words) and len(run) >= 2 and all(x[:1].isupper() for x in run) \
        and " ".join(run).lower() not in words


def _place_closure(syls: list[Syllable], c: int, end: int, is_place) -> int:
    """End of the capitalised run at c when that run is a place and ends there ('Campuchia' in
    'Cục kiểm dịch Campuchia,'), else 0."""
    k = c
    while k < end and syls[k].is_cap and syls[k].is_word:
        k += 1
    return k if k > c and is_place(syls[c].start, syls[k - 1].end) else 0


def _close_descriptive(syls: list[Syllable], j: int, c: int, end: int, rules: Rules, is_place, is_generic) -> int:
    """End of a descriptive name whose lower-case run j..c is closed at c (see :func:`_descriptive_run`)."""
    if syls[c].text == "(":
        return c  # "Công ty thăm dò và khai thác dầu khí (PVEP)": the bracket has the acronym
    h2 = _head_at(syls, c, rules)
    if h2 and " ".join(x.text for x in syls[c:c + h2]) not in rules.generic_names:
        # "Ban pháp chế HĐND TP HCM": the parent follows (joined by the sub-unit rule); any other
        # head starts a second organisation, and the run was the predicate
        if " ".join(x.text for x in syls[c:c + h2]) not in rules.parent_heads:
            return j
        parent = tuple(x.text for x in syls[c:c + h2])
        parent_end = _scan_name(syls, c + h2, end, rules, is_place, is_generic=is_generic,
                                bare_place_ok=" ".join(parent) in rules.bare_place_heads)
        named = parent in rules.standalone or parent_end > c + h2
        return c if named else j  # (a bare "ĐH" is the topic: "... điểm sàn ĐH, CĐ")
    if _is_person_at(syls, c, rules, is_place) or \
            (is_generic(syls[c].text) and not (c + 1 < end and (syls[c + 1].is_cap and syls[c + 1].is_word
                                                                or syls[c + 1].text == "/"))):
        return j  # (a generic abbreviation alone is the topic: "... xác định điểm sàn ĐH, CĐ"; "TP Huế" is not)
    stop = _scan_name(syls, c, end, rules, is_place, is_generic=is_generic)
    return stop if stop > c else j


def _person_named(syls: list[Syllable], i: int, head: str, rules: Rules) -> bool:
    """Companies, schools and hospitals are often named after people ('Công ty Kim Đại Lợi',
    'Trường Lê Quý Đôn', 'Bệnh viện Nguyễn Trãi'), so a person-shaped name right after such a
    head is its name, unless a title precedes the head ('Giám đốc Công ty Nguyễn Văn A')."""
    return head.lower() in rules.person_named_heads and _prev_word_text(syls, i).lower() not in rules.person_titles


def _coordinates_foreign(syls: list[Syllable], j: int, k: int) -> bool:
    """'và' at k joins two foreign names ('Arsenal và Bayern'), not two parts of one Vietnamese name
    ('Khoa học và Công nghệ'): the name so far is Latin script with a foreign-shaped word, and so is
    the word after 'và'."""
    nxt = syls[k + 1].text if k + 1 < len(syls) else ""
    if not (nxt.isascii() and (is_foreign_word(nxt) or looks_like_acronym(nxt))):
        return False
    words = [x.text for x in syls[j:k] if x.is_word]
    return bool(words) and all(w.isascii() for w in words) and any(is_foreign_word(w) for w in words)


def _cut_after_known(syls: list[Syllable], j: int, stop: int, rules: Rules, is_place, is_known_name) -> int:
    """'Đội trưởng của CLB Arsenal Vieira': after a known club name, further Latin words that are
    neither an organisation word ('Arsenal FC') nor a place are a player's name, so the name ends
    with the known one.  (Only clubs: a company name goes on with a city, 'Ngân hàng Mitsubishi
    Tokyo', that the places gazetteer does not hold.)"""
    for m in range(stop - 1, j, -1):
        rest = syls[m:stop]
        if not all(x.text.isascii() and x.text[:1].isupper() and x.text.isalpha() for x in rest) or \
                any(x.text in rules.foreign_org_words for x in rest) or is_place(rest[0].start, rest[-1].end):
            return stop
        if is_known_name(syls[j].start, syls[m - 1].end):
            return m
    return stop


def _vietnamese_name_at(syls: list[Syllable], j: int, end: int, rules: Rules, is_place, person_ok: bool) -> bool:
    """A capitalised Vietnamese word at j that can open a body's name: not a foreign word or an
    acronym (a bare brand), not another head, an event word, a place or (unless ``person_ok``) a
    person."""
    s = syls[j]
    if not (s.is_cap and s.is_word and s.text[0].isalpha()) or is_foreign_word(s.text) or looks_like_acronym(s.text):
        return False
    if _head_at(syls, j, rules) or _match_seq(syls, j, rules.non_org_starts, case_sensitive=False):
        return False
    if not person_ok and _is_person_at(syls, j, rules, is_place):
        return False
    return not is_place(s.start, syls[j + _cap_word_len(syls, j) - 1].end)


def _sector_name_end(syls: list[Syllable], j: int, stop: int, end: int, rules: Rules, is_place, is_generic) -> int:
    """'công ty Nước giải khát Tribeco': a company named by its sector, one capitalised common word
    whose lower-case rest ('giải khát') is not in the lexicon, then its proper name.  Only a single
    capitalised underthesea word opens such a sector: after a proper name of two words ('Minh
    Phát') a lower-case word is the predicate."""
    if stop != j + _cap_word_len(syls, j) or stop >= end or syls[stop].is_cap or syls[stop - 1].word != syls[j].word \
            or any(x.is_cap for x in syls[j + 1:stop]):
        return stop  # (a proper name, "Bình Minh", is capitalised throughout)
    c = _descriptive_run(syls, stop, end, rules)
    if not c or c - stop > 3 or syls[c].text == "(" or _head_at(syls, c, rules) or is_generic(syls[c].text):
        return stop  # (a person's name is fine: companies are named after their owners, "Lâm Uyên")
    stop2 = _scan_name(syls, c, end, rules, is_place, is_generic=is_generic, person_first_ok=True)
    return stop2 if stop2 > c else stop


def _join_parent(syls: list[Syllable], stop: int, end: int, rules: Rules, is_place, is_generic, known_org_end) -> int:
    """'Khoa Hồi sức cấp cứu Bệnh viện Chợ Rẫy', 'Thanh tra Sở Y tế', 'Hội đồng Bảo an Liên Hiệp
    Quốc': a sub-unit directly followed by its parent is one name (a comma or "thuộc" would
    separate them).  Returns the new end of the sub-unit's name (``stop`` if no parent follows)."""
    h2 = _head_at(syls, stop, rules)
    if h2 and " ".join(x.text for x in syls[stop:stop + h2]) in rules.parent_heads:
        ph = tuple(x.text for x in syls[stop:stop + h2])
        stop2 = _scan_name(syls, stop + h2, end, rules, is_place, allow_complements=ph not in rules.standalone,
                           is_generic=is_generic, bare_place_ok=" ".join(ph) in rules.bare_place_heads)
        if stop2 > stop + h2 or ph in rules.standalone:
            return max(stop2, stop + h2)
    elif known_org_end(stop) > stop:
        return known_org_end(stop)
    return stop


def _foreign_name(syls: list[Syllable], j: int, stop: int) -> bool:
    """The name syls[j:stop] is in Latin script with a foreign-shaped word or an acronym ('Cornice',
    'Sony Ericsson', 'IBM'), not a Vietnamese name."""
    words = [x.text for x in syls[j:stop] if x.is_word]
    return bool(words) and all(w.isascii() for w in words) and \
        any(is_foreign_word(w) or looks_like_acronym(w) for w in words)


def _preceded_by_quantifier(syls: list[Syllable], i: int, rules: Rules) -> bool:
    if i == 0:
        return False
    prev = syls[i - 1].text
    if prev.lower() in rules.quantifiers:
        return True
    if not prev.replace(".", "").replace(",", "").isdigit():
        return False
    # a year or the end of a date is no count: "năm 2005 Bộ Công nghiệp", "ngày 2/3 Công ty X"
    if len(prev) == 4 and prev[:2] in ("19", "20"):
        return False
    return not (i >= 2 and syls[i - 2].text in ("/", "-") and syls[i - 2].end == syls[i - 1].start)


def _preceded_by(syls: list[Syllable], i: int, options: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``options`` (lower-case syllables) is the whole word or words just before syllable i:
    'cầu' in 'cầu Trường Tiền' (a bridge), not the end of 'yêu cầu' (to request)."""
    for opt in options:
        n = len(opt)
        if i >= n and tuple(s.text.lower() for s in syls[i - n:i]) == opt and syls[i - n].word_start:
            return True
    return False


def _lower_name_len(syls: list[Syllable], j: int, stop: int) -> int:
    """Syllables of ``syls[j:stop]`` before the first capitalised one (a lower-case name part)."""
    k = j
    while k < stop and not syls[k].is_cap:
        k += 1
    return k - j


def _tail_run(syls: list[Syllable], j: int, end: int, rules: Rules) -> int:
    """End of a run of lower-case lexicon words from j ('bất động sản', 'điều tra tội phạm')."""
    k = j
    while k < end:
        n = _tail_len(syls, k, rules, verbs_ok=True)  # ("viện nghiên cứu", "công ty kinh doanh")
        if not n:
            break
        k += n
    return k


_COMPANY_HEADS = frozenset({"Công ty", "Tập đoàn", "Tổng công ty", "Hãng", "Ngân hàng", "CLB", "Câu lạc bộ"})


def find_rule_orgs(syls: list[Syllable], start: int = 0, end: int | None = None,
                   is_place=lambda a, b: False, is_known_acronym=lambda t: False,
                   is_generic=lambda t: False, is_known_name=lambda a, b: False,
                   known_org_end=lambda k: 0) -> list[OrgCandidate]:
    """Organisation spans from the head-noun grammar within ``syls[start:end]`` (one sentence).

    ``known_org_end(k)`` is the end index of a gazetteer organisation that starts at syllable k (0
    if none): a sub-unit directly followed by a known body is one name even when the body's name
    does not open with a parent head ('Hội đồng Bảo an Liên Hiệp Quốc').
    """
    rules = load_rules()
    end = len(syls) if end is None else end
    out: list[OrgCandidate] = []
    i = start
    while i < end:
        h = _head_at(syls, i, rules)
        if h:
            head = tuple(s.text for s in syls[i:i + h])
            head_s = " ".join(head)
            j = i + h
            weak_lower = head_s in rules.weak_heads and (j >= end or not syls[j].is_cap)
            close = _descriptive_run(syls, j, end, rules) if j < end and not syls[j].is_cap else 0
            place_end = place_at = 0
            if close and head_s not in rules.descriptive_heads and syls[close].text != "(":
                # other heads take a lower-case description only before their acronym, or before
                # the country or province they serve ("Cục kiểm dịch Campuchia")
                if close - j <= rules.place_described_max and head_s not in rules.place_described_excluded \
                        and not _has_word(syls, j, close, rules.place_described_stop):
                    place_end, place_at = _place_closure(syls, close, end, is_place), close
                close = 0
            if close and syls[close].text == "(" and (is_generic(syls[close + 1].text) or any(
                    letters_match(syls[close + 1].text, [x.text for x in syls[m:close]]) for m in range(j, close))):
                close = 0  # "Hãng sản xuất điện thoại di động (ĐTDĐ)": the bracket abbreviates the words
            skip = (_preceded_by_quantifier(syls, i, rules)
                    or (head_s in rules.subunit_heads and _prev_word_text(syls, i) in rules.title_prefixes)
                    or head_s in rules.breaker_heads
                    or (syls[i].text.isupper() and len(syls[i].text) > 1 and j < end and syls[j].text.isupper()
                        and head_s not in rules.acronym_name_heads and not is_place(syls[j].start, syls[j].end)
                        and syls[j].text.lower() not in rules.place_prefixes)
                    or _preceded_by(syls, i, rules.project_prefixes)
                    or _preceded_by(syls, i, rules.street_prefixes)
                    or (j < end and syls[j].text.lower() in rules.stop_after_head)
                    or (j < end and " ".join(_words_lower(syls, j, 2)) in rules.stop_after_head)
                    or (weak_lower and not close and not place_end and (j >= end or not _tail_len(syls, j, rules)))
                    or (head_s in rules.head_exclusions and j < end
                        and (syls[j].text in rules.head_exclusions[head_s]
                             or " ".join(x.text for x in syls[j:j + 2]) in rules.head_exclusions[head_s])))
            if not skip and head_s in rules.named_only_heads and j < end and syls[j].is_cap \
                    and not _head_at(syls, j, rules) and not _tail_len(syls, j, rules):
                # "Trường Chinh", "Trường Sa": one capitalised syllable after the head is a person or a
                # place; a school's name is longer or says what it teaches
                n = _cap_word_len(syls, j)
                skip = j + n >= end or not (syls[j + n].is_cap and syls[j + n].is_word)
            if skip:
                i = j
                continue
            standalone = head in rules.standalone
            stop = _scan_name(syls, j, end, rules, is_place, allow_complements=not standalone, is_generic=is_generic,
                              bare_place_ok=head_s in rules.bare_place_heads,
                              person_first_ok=_person_named(syls, i, head_s, rules),
                              school=head_s.lower() in rules.school_heads,
                              verb_first_ok=head_s in rules.activity_heads)
            if stop > j and " ".join(_words_lower(syls, j, stop - j)) in rules.tail_verbs:
                stop = j  # "Viện nghiên cứu Mc Govern": the activity alone, without its object, names nothing
            parent_first = head_s in rules.subunit_heads and j < end and _head_at(syls, j, rules) and \
                " ".join(x.text for x in syls[j:j + _head_at(syls, j, rules)]) in rules.parent_heads
            if parent_first:
                # "Cơ quan Cảnh sát điều tra Bộ Công an", "Văn phòng Bộ Tài chính": the parent follows the
                # sub-unit's head directly; read it as a parent name
                stop = max(stop, _join_parent(syls, j, end, rules, is_place, is_generic, known_org_end))
            if place_end and stop <= place_at:
                stop = place_end  # the lexicon grammar read less than the described name
            if close and stop <= close:
                closed = _close_descriptive(syls, j, close, end, rules, is_place, is_generic)
                if closed >= close:
                    stop = closed
                else:
                    close = 0
            else:
                close = 0  # (the lexicon grammar read a name: no description to shorten)
            if standalone and stop > j and not is_place(syls[j].start, syls[stop - 1].end) \
                    and head_s not in rules.bare_place_heads:
                # "Chính phủ Quy chế ...": only a place completes a standalone head (a party
                # committee is named by any locality: "Huyện ủy Củ Chi", "Đảng ủy xã Tân Phú")
                stop = j
            if weak_lower and not close:
                # "Trung tâm điều độ hệ thống điện quốc gia", "Cảnh sát giao thông TP HCM": a weak head
                # takes a lower-case name only when it is long (three syllables) or ends with a place
                low = _lower_name_len(syls, j, stop)
                if not (low >= 3 or (low and stop > j + low)):
                    i = j
                    continue
            if head_s in rules.club_heads and stop - j >= 2:
                stop = _cut_after_known(syls, j, stop, rules, is_place, is_known_name)
            if stop == j + 1 and is_known_acronym(syls[j].text) and head_s not in rules.acronym_name_heads \
                    and head_s not in _COMPANY_HEADS or \
                    stop > j and is_known_name(syls[j].start, syls[stop - 1].end) and head_s not in _COMPANY_HEADS \
                    and not parent_first and not (head_s in rules.subunit_heads and stop - j >= 2):
                # "Tổ chức KOICA", "Cơ quan JICA": the classifier is not part of the name; a capitalised
                # company head is ("Công ty Honda", "Công ty PVEP", as "Tập đoàn Samsung" is a gazetteer form),
                # and so is a sub-unit's head before a known body ("Ủy ban Mặt trận Tổ quốc VN")
                i = j
                continue
            if stop > j and head_s in rules.subunit_heads and stop < end:
                stop = _join_parent(syls, stop, end, rules, is_place, is_generic, known_org_end)
            if stop > j and stop < end and syls[stop].text in ("-", "‑") and syls[stop].start == syls[stop - 1].end \
                    and stop + 1 < end and syls[stop + 1].text[:1].islower() and syls[stop + 1].start == syls[stop].end:
                i = stop  # "Ban Ki-moon": a hyphenated (Korean) given name, a person after a title
                continue
            if stop > j and is_place(syls[i].start, syls[stop - 1].end):
                i = stop  # "Đài Loan", "Hội An": a place whose name opens with a head noun
                continue
            if stop > j and head_s in rules.non_place_name_heads and is_place(syls[j].start, syls[stop - 1].end):
                i = stop  # "Sân khấu Việt Nam", "Phong trào Việt Nam": the country's theatre, not a company
                continue
            if stop > j and " ".join(_words_lower(syls, j, stop - j)) in rules.legal_forms:
                i = stop  # "Công ty cổ phần gỗ ...": a legal form is not yet a name
                continue
            if stop > j and head_s in rules.descriptor_caps_heads and _foreign_name(syls, j, stop):
                # "Hãng Cornice" (capitalised only because it opens the sentence): the classifier
                # describes a foreign brand, as lower-case "hãng Cornice" does
                out.append(OrgCandidate(syls[j].start, syls[stop - 1].end, head_s, "generic"))
                i = stop
                continue
            if stop > j or standalone:
                a = i
                if head_s in rules.school_level_heads and i > start and syls[i - 1].text == "trường" and \
                        syls[i - 1].word_start and not _preceded_by_quantifier(syls, i - 1, rules):
                    a = i - 1  # "trường Đại học Dân lập Duy Tân": the lower-case head is part of the name
                out.append(OrgCandidate(syls[a].start, syls[max(stop, j) - 1].end, head_s, "rule",
                                        syls[close - 1].end if close and syls[close].text != "(" else 0))
                i = max(stop, j)
                continue
            i = j
            continue
        s = syls[i]
        if not s.word_start and not s.is_cap and s.text in rules.lower_firsts and i > start and \
                syls[i - 1].word_start and \
                syls[i - 1].word == s.word and syls[i - 1].text.lower() in rules.glued_prepositions and \
                i + 1 < end and syls[i + 1].word != s.word and syls[i + 1].is_cap and \
                _match_seq(syls, i, rules.lowercase_name_heads, case_sensitive=True) == 1:
            # "đến từ trường Trung học ...": the segmenter glued a preposition to the head ("từ trường"
            # is also 'magnetic field'); a capitalised name right after shows the head
            s = Syllable(s.start, s.end, s.text, s.word, True)
        if s.word_start and not s.is_cap and s.is_word and s.text in rules.lower_firsts:
            # (lower_firsts: first syllables of the lower-case head lists below; most syllables skip them)
            # lower-case heads that belong to the name: "đảng Xã hội", "công an phường 27"
            g = _match_seq(syls, i, rules.lowercase_heads, case_sensitive=True)
            j = i + g
            if g and j < end and not _preceded_by_quantifier(syls, i, rules):
                nxt = syls[j]
                numbered = nxt.text in rules.numbered_units and j + 1 < end and \
                    (syls[j + 1].text.isdigit() or syls[j + 1].is_cap)
                if numbered or (nxt.is_cap and nxt.is_word and not _head_at(syls, j, rules)
                                and not _is_person_at(syls, j, rules, is_place)):
                    stop = _scan_name(syls, j, end, rules, is_place, is_generic=is_generic)
                    if stop > j and (numbered or not is_place(nxt.start, syls[stop - 1].end)):
                        words = [x.text for x in syls[j:stop] if x.is_word]
                        bare = not numbered and (stop == j + 1 and looks_like_acronym(nxt.text) or all(
                            w.isascii() for w in words) and any(is_foreign_word(w) for w in words))
                        # ("đảng Xã hội" keeps its head; before a foreign name or an acronym the head is a
                        # descriptor, as for "công ty Talisman": "đảng Likud", "đảng DJP" -> the name alone,
                        # found by one cue, so it spreads through the article only with a second one:
                        # "đảng Sunni" is not "người Sunni")
                        out.append(OrgCandidate(nxt.start if bare else s.start, syls[stop - 1].end,
                                                " ".join(x.text for x in syls[i:j]), "latin-cue" if bare else "rule"))
                        i = stop
                        continue
            # lower-case head + the capitalised Vietnamese name it belongs to: "công ty Kim Đại Lợi",
            # "khoa Bỏng", "trường Trung học cơ sở Kim Đồng" (a foreign brand or an acronym stays bare:
            # "công ty Talisman", "công ty SAMSUNG", handled below)
            g = _match_seq(syls, i, rules.lowercase_name_heads, case_sensitive=True)
            j = i + g
            lv = 0
            if g and s.text == "trường" and j < end:
                lv = _match_seq(syls, j, rules.school_levels, case_sensitive=True)
                if lv and j + lv < end and syls[j + lv].is_cap:
                    # "trường trung học Lý Tự Trọng": the school's level in lower case, then its name
                    # (the segmenter may glue them: "trung học Kinh tế")
                    g += lv
                    j += lv
            if g and j < end and not _preceded_by_quantifier(syls, i, rules) and \
                    (syls[j].word_start or g > 1 and syls[j - 1].word == syls[j].word):
                head_s = " ".join(x.text for x in syls[i:j])
                pok = _person_named(syls, i, head_s, rules) or bool(lv)  # (schools are named after people)
                if _vietnamese_name_at(syls, j, end, rules, is_place, person_ok=pok):
                    stop = _scan_name(syls, j, end, rules, is_place, is_generic=is_generic, person_first_ok=pok,
                                      school=head_s.lower() in rules.school_heads)
                    stop = _sector_name_end(syls, j, stop, end, rules, is_place, is_generic)
                    words = [x.text for x in syls[j:stop] if x.is_word]
                    foreign = all(w.isascii() for w in words) and any(is_foreign_word(w) for w in words)
                    if stop > j and not foreign and not is_place(syls[j].start, syls[stop - 1].end) and \
                            " ".join(x.text for x in syls[j:stop]) not in rules.generic_names:
                        # ("trường Troy State University", "cầu trường San Siro": a foreign name keeps
                        # its own span, without the Vietnamese classifier)
                        if head_s.capitalize() in rules.subunit_heads and stop < end:
                            # "khoa Cấp cứu Bệnh viện Đà Nẵng"
                            stop = _join_parent(syls, stop, end, rules, is_place, is_generic, known_org_end)
                        out.append(OrgCandidate(s.start, syls[stop - 1].end, head_s, "rule"))
                        i = stop
                        continue
            # lower-case classifier + proper name: "tổ chức Bánh Mỳ cho Thế giới (Bfw)", "tập đoàn Microsoft"
            g = _match_seq(syls, i, rules.generic_prefixes, case_sensitive=True)
            j = i + g
            descriptor = " ".join(x.text for x in syls[i:j])
            if g and j < end and not syls[j].is_cap and descriptor in rules.descriptor_heads \
                    and not _preceded_by_quantifier(syls, i, rules):
                # "công ty bất động sản Bảo Tín": lower-case domain words make the classifier part of
                # the name, as written in full
                k = _tail_run(syls, j, end, rules)
                if k > j and k < end and syls[k].is_cap and syls[k].is_word and not _head_at(syls, k, rules) \
                        and not _is_person_at(syls, k, rules, is_place):
                    stop = _scan_name(syls, k, end, rules, is_place, is_generic=is_generic)
                    # (a foreign name keeps its own span: 'tập đoàn điện tử LG', 'trường đại học Korea
                    # University' -> the classifier phrase is a description)
                    if stop > k and not is_place(syls[k].start, syls[stop - 1].end) and \
                            not is_foreign_word(syls[k].text) and not looks_like_acronym(syls[k].text):
                        out.append(OrgCandidate(s.start, syls[stop - 1].end, descriptor, "rule"))
                        i = stop
                        continue
            # (businesses are named after their owners: "hãng Hoàng Long", "cơ sở Thành Nam")
            person_ok = descriptor in rules.person_named_prefixes
            if g and j < end and syls[j].is_cap and not _head_at(syls, j, rules) \
                    and not _match_seq(syls, j, rules.non_org_starts, case_sensitive=False) \
                    and (person_ok or not _is_person_at(syls, j, rules, is_place)):
                stop = _scan_name(syls, j, end, rules, is_place, is_generic=is_generic, person_first_ok=person_ok)
                name_is_acronym = stop == j + 1 and looks_like_acronym(syls[j].text)
                followed_by_acronym = stop + 2 < end and syls[stop].text == "(" and \
                    looks_like_acronym(syls[stop + 1].text)
                place_only = is_place(syls[j].start, syls[stop - 1].end) if stop > j else True
                place_only = place_only or " ".join(x.text for x in syls[j:stop]) in rules.generic_names
                verbish = tuple(x.text for x in syls[i:j]) in rules.verb_prefixes and \
                    not any(x.text in rules.english_connectors for x in syls[j + 1:stop - 1])
                # ("tổ chức CRC for Interaction Design": a foreign name with its own function words is
                # a body's full name, not the object of the verb 'tổ chức', to organise)
                event = any(x.text in rules.event_words for x in syls[j:stop])  # "tổ chức Tour de France"
                if stop > j and not place_only and not event and \
                        (not verbish or name_is_acronym or followed_by_acronym):
                    out.append(OrgCandidate(syls[j].start, syls[stop - 1].end, descriptor, "generic"))
                    i = stop
                    for a, b in _listed_foreign_names(syls, j, stop, end, is_place):
                        out.append(OrgCandidate(syls[a].start, syls[b - 1].end, descriptor, "generic"))
                        i = b
                    continue
        i += 1
    return out


def descriptive_short_forms(syls: list[Syllable], names: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Later short mentions of descriptive committee names: 'Hội đồng định giá' after 'Hội đồng
    định giá và bán đấu giá tài sản ... TP HCM', 'Ban pháp chế' after 'Ban pháp chế HĐND TP HCM'.

    ``names`` holds (head start, head length, end of the description) as syllable indices.  News
    shortens such a name to its head and the first words of the description, still capitalised;
    the shortened form is not closed by a proper name, so only the full name can vouch for it.
    Returns character spans of the longest such prefix at each capitalised head of the document.
    """
    out: list[tuple[int, int]] = []
    if not names:
        return out
    forms: dict[str, list[tuple[str, ...]]] = {}
    for i, h, c in names:
        words = tuple(x.text.lower() for x in syls[i:c])
        forms.setdefault(syls[i].text, []).append((words, h))
    p = 0
    n = len(syls)
    while p < n:
        s = syls[p]
        opts = forms.get(s.text) if s.word_start else None
        best = 0
        for words, h in opts or ():
            q = p
            while q < n and q - p < len(words) and syls[q].text.lower() == words[q - p]:
                q += 1
            while q > p + h and q < n and syls[q].word == syls[q - 1].word and not syls[q].word_start:
                q -= 1  # end on a word boundary
            if q > p + h and q - p > best:
                best = q - p
        if best:
            out.append((s.start, syls[p + best - 1].end))
            p += best
        else:
            p += 1
    return out


def bracket_expansion_kind(syls: list[Syllable], k: int, start: int = 0) -> str:
    """What an acronym written in brackets at k abbreviates: "org", "other" or "" (unknown).

    An unknown all-caps token is mostly a body in news (HAGL, NBA), but programmes, schemes,
    summits and treaties are written the same way (AISP, WSIS, SOLVIT).  When the text defines the
    token, the phrase before the bracket says which: the nearest capitalised head noun or event /
    document word before it ('Đảng Xã hội (PSOE)', 'Phòng cảnh sát ... (PC15)' vs 'Cơ chế ưu đãi hội
    nhập ASEAN (AISP)', 'Hội nghị thượng đỉnh ... (WSIS)').
    """
    rules = load_rules()
    if k < 1 or k + 1 >= len(syls) or syls[k - 1].text != "(" or syls[k + 1].text != ")":
        return ""
    m = k - 2
    lo = max(start, k - 2 - rules.expansion_window)
    while m >= lo:
        s = syls[m]
        if not s.is_word and s.text not in ("-", "–", "/", "&"):
            break  # the phrase ends at punctuation
        if s.word_start and s.is_cap:
            h = _head_at(syls, m, rules)
            o = _match_seq(syls, m, rules.non_org_expansions, case_sensitive=False)
            if o and o >= h:
                return "other"
            if h:
                return "org"
        m -= 1
    return ""


def find_legal_suffix_orgs(syls: list[Syllable], start: int = 0, end: int | None = None) -> list[OrgCandidate]:
    """Capitalised names followed by a company's legal-form acronym: 'Thăng Long JOC', 'Vinamilk
    JSC', 'Sài Gòn Co.'.  The suffix says 'company' whatever the script of the name, so this covers
    Vietnamese names, which the Latin marker rule (:func:`find_latin_orgs`) does not read."""
    rules = load_rules()
    end = len(syls) if end is None else end
    out: list[OrgCandidate] = []
    for k in range(start + 1, end):
        if syls[k].text not in rules.legal_suffixes or syls[k].start != syls[k - 1].end + 1:
            continue
        a = k
        while a - 1 >= start and k - a < 4 and syls[a - 1].is_cap and syls[a - 1].is_word and \
                not syls[a - 1].text.isupper() and (a == k or syls[a].start == syls[a - 1].end + 1) and \
                not _head_at(syls, a - 1, rules):
            a -= 1
        if a < k:
            out.append(OrgCandidate(syls[a].start, syls[k].end, "", "latin"))
    return out


_LATIN_WORD_RE = re.compile(r"^[A-Z][A-Za-z0-9'.\-]*$")


def _article_start(syls: list[Syllable], i: int, j: int, rules: Rules) -> int:
    """Where an English article inside the Latin run syls[i:j] opens a name ('Singapore The Straits
    Times' -> 'The Straits Times'), or i; not after a connector ('News of The World')."""
    return next((k for k in range(i + 1, j - 1) if syls[k].text == "The"
                 and syls[k - 1].text not in rules.english_connectors), i)


def find_latin_orgs(syls: list[Syllable], start: int = 0, end: int | None = None,
                    vn_words=frozenset()) -> list[OrgCandidate]:
    """Latin-script names that say they are organisations: 'Sun Microsystems', 'Tampines Rovers',
    'Real Madrid', 'America Online', 'SEC Consult' (a marker word from the rules data), or a
    Latin name directly followed by its acronym in brackets.  A leading capitalised Vietnamese word
    that the document also writes in lower case ('Theo Bank of America') is left out."""
    rules = load_rules()
    end = len(syls) if end is None else end
    out: list[OrgCandidate] = []
    i = start
    while i < end:
        if not _LATIN_WORD_RE.match(syls[i].text):
            i += 1
            continue
        j = i
        while j < end and j - i < 7:
            if _LATIN_WORD_RE.match(syls[j].text) and (j == i or syls[j].start <= syls[j - 1].end + 1):
                j += 1
            elif j > i and syls[j].text in rules.english_connectors and j + 1 < end and \
                    _LATIN_WORD_RE.match(syls[j + 1].text) and syls[j].start == syls[j - 1].end + 1 and \
                    syls[j + 1].start == syls[j].end + 1:
                j += 2  # "Bank of America", "University of Tokyo", "Procter and Gamble"
            else:
                break
        while i < j - 1 and syls[i].text.lower() in vn_words and not is_foreign_word(syls[i].text):
            i += 1
        i = _article_start(syls, i, j, rules)  # "nhật báo Singapore The Straits Times"
        words = [s.text for s in syls[i:j] if s.text not in rules.english_connectors]
        if any(w in rules.event_words for w in words) or (j < end and syls[j].text in rules.event_words):
            i = j + 1
            continue  # "SEA Games", "Champions League": events
        marked = any(w in rules.foreign_org_words for w in words) and len(words) >= 2
        bracketed = j + 2 < end and syls[j].text == "(" and len(words) >= 2 and \
            looks_like_acronym(syls[j + 1].text) and syls[j + 2].text == ")"
        in_brackets = i > start and syls[i - 1].text == "(" and j < end and syls[j].text == ")"
        if marked and not bracketed and not in_brackets:
            # "China Eastern Airlines Luo Dewei": two or more words after the last marker are a person
            # (not inside brackets, where the whole run glosses an acronym: "VietCERT (Vietnam
            # Computer Emergency Response Team)")
            last = max(k for k, w in enumerate(words) if w in rules.foreign_org_words)
            if last > 0 and len(words) - last - 1 >= 2:
                j = i + last + 1
        if marked or bracketed:
            out.append(OrgCandidate(syls[i].start, syls[j - 1].end, "", "latin"))
        i = j
    return out


@dataclass(frozen=True)
class LatinCues:
    org_left: frozenset[tuple[str, ...]]
    org_right: frozenset[tuple[str, ...]]
    adverbs: frozenset[tuple[str, ...]]
    role_of: frozenset[tuple[str, ...]]
    sport_doc: tuple[str, ...]
    individual_sport: tuple[str, ...]
    sport_left: frozenset[tuple[str, ...]]
    sport_right: frozenset[tuple[str, ...]]
    person_left: frozenset[tuple[str, ...]]
    product: frozenset[tuple[str, ...]]
    descriptors: frozenset[tuple[str, ...]]
    passive_verbs: frozenset[tuple[str, ...]]
    kinds: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def latin_cues() -> LatinCues:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    c = data["latin_cues"]

    def phrases(items) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(x.lower().split()) for x in items)

    return LatinCues(
        org_left=phrases(c["org_left"]), org_right=phrases(c["org_right"]), adverbs=phrases(c["adverbs"]),
        role_of=phrases(c["role_of"]), sport_doc=tuple(c["sport_doc"]),
        individual_sport=tuple(c["individual_sport"]), sport_left=phrases(c["sport_left"]),
        sport_right=phrases(c["sport_right"]), person_left=phrases(c["person_left"]),
        product=phrases(data["product_cues"]), descriptors=phrases(c["descriptors"]),
        passive_verbs=phrases(c["passive_verbs"]), kinds=phrases(data["kind_cues"]))


def _ends_with(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[-n:]) in phrases for n in range(1, min(4, len(words)) + 1))


def _starts_with(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int:
    for n in range(min(7, len(words)), 0, -1):
        if tuple(words[:n]) in phrases:
            return n
    return 0


def _is_latin_cap(t: str) -> bool:
    """A capitalised word in Latin script that could belong to a foreign name ('Yahoo', 'Real', 'AC')."""
    core = t.replace("'", "").replace("’", "")
    return bool(core) and t[0].isupper() and core.isalnum() and (core.isascii() or is_foreign_word(core))


def latin_name_runs(syls: list[Syllable], start: int, end: int, vn_words=frozenset()) -> list[tuple[int, int]]:
    """Maximal runs of capitalised Latin-script words (at most four, joined by one space or a
    hyphen: 'Time Warner', 'Al-Qaeda') that contain a foreign-shaped word. A leading capitalised
    Vietnamese word that the document also writes in lower case ('Theo Yahoo', 'Sau Chelsea') is
    left out."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not syls[i].text[:1].isupper():  # (cheap test first: most syllables are lower-case)
            i += 1
            continue
        if not _is_latin_cap(syls[i].text) or (i > start and _is_latin_cap(syls[i - 1].text)
                                                and syls[i].start == syls[i - 1].end + 1):
            i += 1
            continue
        j = i + 1
        words = 1
        while j < end and words < 4:
            s = syls[j]
            if s.start == syls[j - 1].end + 1 and _is_latin_cap(s.text):
                j += 1
                words += 1
            elif s.text == "-" and s.start == syls[j - 1].end and j + 1 < end and \
                    syls[j + 1].start == s.end and syls[j + 1].text[:1].isalpha() and syls[j + 1].text.isascii():
                j += 2  # "Al-Qaeda", "Coca-Cola", "Saint-Germain"
            else:
                break
        a = i
        while a < j and syls[a].text.lower() in vn_words and not is_foreign_word(syls[a].text):
            a += 1
        a = _article_start(syls, a, j, load_rules())  # "Singapore The Straits Times"
        if a < j and any(is_foreign_word(s.text) and not s.text.isupper() for s in syls[a:j]):
            out.append((a, j))
        i = j
    return out


def _left_words(syls: list[Syllable], i: int, start: int, n: int = 8) -> list[str]:
    return [s.text for s in syls[max(start, i - n):i]]


def find_cued_latin_orgs(syls: list[Syllable], start: int, end: int, text: str, *, is_place=lambda a, b: False,
                         sport: bool = False, vn_words=frozenset()) -> tuple[list[OrgCandidate], set[str]]:
    """Foreign names without a classifier that their context shows to be organisations.

    News writes clubs and companies bare ('Malmo', 'Yahoo', 'Time Warner'); what says they are
    bodies is the sentence: business words around them ('hãng X', 'X mua lại', 'đại diện của X'),
    and, in a sports article, match words ('thắng X', 'X hòa', 'X 2-1', 'HLV ... của X').  The
    shape test (:func:`is_foreign_word`) keeps Vietnamese words out without a name list, and person
    cues (titles, roles, shirt numbers) keep players and executives out; they are returned as the
    second value so that document-level propagation can skip them.
    """
    cues = latin_cues()
    events = load_rules().event_words
    out: list[OrgCandidate] = []
    persons: set[str] = set()
    for a, b in latin_name_runs(syls, start, end, vn_words):
        name = text[syls[a].start:syls[b - 1].end]
        if is_place(syls[a].start, syls[b - 1].end) or any(s.text in events for s in syls[a:b]) or \
                (b < end and syls[b].text in events):
            continue
        left_orig = _left_words(syls, a, start)
        left = [w.lower() for w in left_orig]
        right = [s.text.lower() for s in syls[b:min(end, b + 8)]]
        if _ends_with(left, cues.person_left) or (len(right) >= 3 and right[0] == "(" and right[1].isdigit()
                                                  and right[2] == ")") or \
                (b - a >= 3 and (syls[a].text.lower(),) in cues.person_left) or \
                (left[-1:] == [":"] and any(_ends_with(left[:k], cues.person_left)
                                            for k in range(max(1, len(left) - 4), len(left)))):
            # "HLV Ivan Kolev (Myanmar)"; an award list: "Cầu thủ hay nhất: Ali Karimi (Iran)"
            persons.add(name)
            continue
        bare = left
        for _ in range(3):  # "công ty nhạc trực tuyến X", "hãng tìm kiếm lớn nhất X": descriptors
            n = next((n for n in range(min(4, len(bare)), 0, -1) if tuple(bare[-n:]) in cues.descriptors), 0)
            if not n:
                break
            bare = bare[:-n]
        classified = _ends_with(left, cues.org_left) or (bare is not left and _ends_with(bare, cues.org_left))
        if not classified and _ends_with(left, cues.product):
            continue  # "sản phẩm X", "phần mềm X" (but "công ty phần mềm X" is a company)
        r = right
        if len(r) >= 3 and r[0] == "(" and ")" in r[:6] and \
                is_place(syls[b + 1].start, syls[b + r.index(")") - 1].end):
            r = r[r.index(")") + 1:]  # "ReignCom (Hàn Quốc) vừa ra mắt": the home country in brackets
        while r and _starts_with(r, cues.adverbs):
            r = r[_starts_with(r, cues.adverbs):]
        org = classified or bool(_starts_with(r, cues.org_right)) or \
            (bool(left) and left[-1] in ("được", "bị", "do") and bool(_starts_with(r, cues.passive_verbs)))
        if not org and left and left[-1] in ("của", "tại"):
            k = len(left_orig) - 1
            while k > 0 and left_orig[k - 1][:1].isupper() and (left[k - 1],) not in cues.role_of:
                k -= 1  # "HLV Tom Prahl của Malmo": skip the person's name
            org = _ends_with(left[:k], cues.role_of)
        if not org and sport:
            org = _ends_with(left, cues.sport_left) or bool(_starts_with(r, cues.sport_right)) or \
                (len(right) >= 3 and right[0].isdigit() and right[1] in ("-", "–") and right[2].isdigit())
            if not org and len(right) >= 3 and right[0] == "(":
                c = b + 1
                while c < end and syls[c].text != ")" and c - b < 5:
                    c += 1
                org = c < end and syls[c].text == ")" and c > b + 1 and is_place(syls[b + 1].start, syls[c - 1].end)
        if org:
            out.append(OrgCandidate(syls[a].start, syls[b - 1].end, "", "latin-cue"))
            if classified:  # "3 tổ chức Shadowcrew, Carderplanet và Darkprofits"
                out.extend(OrgCandidate(syls[x].start, syls[y - 1].end, "", "latin-cue")
                           for x, y in _listed_foreign_names(syls, a, b, end, is_place))
    return out, persons


@lru_cache(maxsize=1)
def _sport_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = latin_cues()

    def alt(words, flags=0):
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                          + r")(?!\w)", flags)

    return alt(cues.sport_doc), alt(cues.individual_sport, re.IGNORECASE)


#: A score anywhere (": 3-0", " 1-1"): a cheap test before looking for fixture lines.
_SCORE_RE = re.compile(SCORE)


def is_sport_doc(text: str) -> bool:
    """A team-sports article: two different sports words, or one and two fixture lines, and no
    individual sport (where bare foreign names after 'thắng'/'đánh bại' are players), or far fewer
    individual-sport words than team-sport ones."""
    team, individual = _sport_res()
    seen: set[str] = set()
    for m in team.finditer(text):
        seen.add(m.group(0).lower())
        if len(seen) >= 2:
            # (a football report that mentions another sport once, "Cờ vua" in a SEA Games round-up,
            # is still one: the team words must outnumber the individual ones four to one)
            n_individual = len(individual.findall(text))
            return not n_individual or len(team.findall(text)) >= 4 * n_individual
    # a results page may use one of those words only, and score lines ("Tiền Giang - Quảng Nam: 3-0")
    # (only with one sports word already: the score lines are looked for in few articles)
    return len(seen) == 1 and len(_SCORE_RE.findall(text)) >= 2 and len(fixture_sides(text)) >= 4 \
        and not individual.search(text)
