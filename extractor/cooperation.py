"""Stage 7: cooperation records — who cooperates with whom, how, when and for how much.

Sentence-level relation extraction over the parties found earlier (organisations, countries,
the reporting organisation behind bare references such as "Viện" or "Liên hiệp Hội").
A sentence yields records only when it holds a cooperation *trigger* from the lexicon
(``data/vi_cooperation.json``: "ký kết", "biên bản ghi nhớ", "vốn vay", "tài trợ", "làm việc với",
"hội nghị", ...) **and** at least two distinct named parties — so vague statements ("đẩy mạnh hợp
tác trong nước và quốc tế") produce nothing.

Pairing follows Vietnamese news syntax:
- "giữa A và/với B" names the pair explicitly;
- "A – B" (a dash between two parties, "Việt Nam – Nhật Bản") is a bilateral pair;
- otherwise the first party before the trigger is the subject and every party after it is a
  partner: lists ("như GIZ, USAID, UNICEF") give one record per partner.
The activity is the highest-priority trigger of the sentence (a signed loan agreement is a loan);
date and amount are the ones nearest to that trigger in the same sentence.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .normalize import fold

__all__ = ["Party", "Trigger", "Relation", "find_triggers", "extract_relations", "record_id", "lexicon",
           "enumerations", "title_roles", "LIST_GAP_RE"]

_DATA = Path(__file__).with_name("data") / "vi_cooperation.json"


@dataclass(frozen=True)
class Party:
    key: str                # cluster key: same key = same party
    name: str               # fullest name in the document
    start: int              # this mention, in the text given
    end: int
    entity_id: str = ""
    acronym: str = ""
    foreign: bool = False
    kind: str = "org"       # "org" | "country" | "place" | "reporting"
    in_brackets: bool = False


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    activity: str
    priority: int
    text: str = ""
    needs_amount: bool = False  # "cung cấp", "dành": aid only when money follows
    needs_partner: bool = False  # "cuộc họp": a meeting only when "với"/"giữa" names the other side


@dataclass
class Relation:
    parties: list[Party]
    activity: str
    trigger: Trigger
    sentence: tuple[int, int]
    date: str = ""
    amount: float | None = None
    currency: str = ""
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)
    #: other specific triggers of the sentence, nearest to the partner first: a pair already
    #: recorded with ``activity`` earlier in the document may take one of these instead
    alternatives: list[Trigger] = field(default_factory=list)


@dataclass(frozen=True)
class Lexicon:
    priorities: dict[str, int]
    triggers: tuple[tuple[re.Pattern[str], str, int, bool, bool], ...]
    attendance: re.Pattern[str]
    between: re.Pattern[str]
    internal: re.Pattern[str]
    #: "sinh viên Việt Nam": a common noun right before a country makes it an attribute
    country_modifier: re.Pattern[str]
    #: folded names every country's government has ("chinh phu", "bo tai chinh")
    generic_state_bodies: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    prio = data["activities"]
    trig = []
    for t in sorted(data["triggers"], key=lambda t: -len(t["pattern"])):
        flags = 0 if t.get("case_sensitive") else re.IGNORECASE
        neg = "".join(r"(?!\s+" + re.escape(w) + r"(?!\w))" for w in t.get("not_before", []))
        pat = re.compile(r"(?<!\w)" + re.escape(t["pattern"]) + r"(?!\w)" + neg, flags)
        trig.append((pat, t["activity"], prio[t["activity"]], bool(t.get("needs_amount")),
                     bool(t.get("needs_partner"))))

    def alt(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)

    modifier = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in data["country_modifier_nouns"])
                          + r")(?:\s+của)?\s+$", re.IGNORECASE)
    return Lexicon(prio, tuple(trig), alt(data["attendance"]), alt(data["between"]), alt(data["internal"]),
                   modifier, frozenset(fold(n) for n in data["generic_state_bodies"]))


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Non-overlapping triggers in text[start:end], longest pattern first."""
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    for pat, activity, priority, needs_amount, needs_partner in lexicon().triggers:
        for m in pat.finditer(text, start, end):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append(Trigger(a, b, activity, priority, text[a:b].lower(), needs_amount, needs_partner))
    found.sort(key=lambda t: t.start)
    return found


def _nearest(items: list[tuple[int, int, object]], pos: int):
    best = None
    for a, b, payload in items:
        d = 0 if a <= pos < b else min(abs(a - pos), abs(b - pos))
        if best is None or d < best[0]:
            best = (d, payload)
    return None if best is None else best[1]


def _dedupe(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out = []
    for p in parties:
        if p.key in seen:
            continue
        seen.add(p.key)
        out.append(p)
    return out


#: "Theo thỏa thuận ký ... giữa A và B, C sẽ tài trợ": the agreement itself, not a source, follows
_FRONTED_RE = re.compile(r"\s*[-–•]?\s*(?:Để|Nhằm|Theo(?!\s+(?:các\s+|bản\s+)?(?:thỏa|thoả|hiệp định|biên bản|"
                         r"cam kết|hợp đồng|văn kiện)))(?!\w)")
#: "IDA của WB", "Cục X (thuộc) Bộ Y": the second body is the first one's parent, not a partner
_PARENT_GAP_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:của|thuộc|trực thuộc)\s+")
#: aid for someone other than the home country: "cho 118 dự án của các nước có thu nhập trung bình"
_OTHER_RECIPIENT_RE = re.compile(r"(?<!\w)(?:cho|tới|giúp|dành cho|đối với)\s+(?:[\w,.]+\s+){0,5}?"
                                 r"(?:các nước|các quốc gia|những nước|những quốc gia|nước nghèo|"
                                 r"các nền kinh tế|các thành viên)(?!\w)", re.IGNORECASE)
_RECIPIENT_RE = re.compile(r"(?<!\w)(?:cho|giúp|giúp đỡ|tới|dành cho|đối với)(?!\w)", re.IGNORECASE)
FUNDING = ("funding", "loan", "grant")
#: Domestic pairs (no foreign party) are kept only for these formal, signed relations.
FORMAL = ("agreement", "mou", "loan")
#: Words too common to type a relation on their own when a more specific trigger is in the
#: sentence; "dự án" (project) is mostly the object of funding ("tài trợ cho dự án").
GENERIC_TRIGGERS = frozenset({"hợp tác", "phối hợp", "quan hệ", "hỗ trợ", "giúp", "cooperation", "dự án"})


def _cross(subjects: list[Party], partners: list[Party]) -> list[list[Party]]:
    out = []
    for s in _dedupe(subjects):
        for p in _dedupe(partners):
            if s.key != p.key:
                out.append([s, p])
    return out


def _explicit_pairs(text: str, sent: tuple[int, int], ordered: list[Party]) -> list[list[Party]]:
    """'giữa A và/với B' and 'A – B' pairs."""
    lex = lexicon()
    pairs: list[list[Party]] = []
    for m in lex.between.finditer(text, sent[0], sent[1]):
        after = [p for p in ordered if p.start >= m.end() and not p.in_brackets]
        if len(after) >= 2:
            a, b = after[0], after[1]
            link = re.sub(r"\([^)]*\)", "", text[a.end:b.start])
            # "giữa Viện với YIES", "giữa Giáo sư X, Thứ trưởng Bộ A với ông Y, Phó Chủ tịch B"
            if a.key != b.key and (re.fullmatch(r"\s*(?:và|với|-|–)\s*", link)
                                   or re.search(r"(?<!\w)(?:với|và)(?!\w)", link) and len(link) < 120):
                pairs.append([a, b])
    for a, b in zip(ordered, ordered[1:]):
        if a.key != b.key and re.fullmatch(r"\s*[–—-]\s*", text[a.end:b.start]) \
                and not any({a.key, b.key} == {x.key for x in p} for p in pairs):
            pairs.append([a, b])
    return pairs


def _is_between(text: str, pair: list[Party]) -> bool:
    a = min(pair, key=lambda p: p.start)
    return bool(re.search(r"(?<!\w)giữa(?!\w)", text[max(0, a.start - 80):a.start], re.IGNORECASE))


def _own_trigger(text: str, triggers: list[Trigger], partner: Party, strongest: Trigger) -> Trigger:
    """The trigger that governs ``partner``: the nearest one before it, skipping generic words
    ("hợp tác", "hỗ trợ") unless they take the partner directly ("hợp tác với X")."""
    before = sorted((t for t in triggers if t.start < partner.start), key=lambda t: -t.start)
    for i, t in enumerate(before):
        if t.text not in GENERIC_TRIGGERS:
            return t
        if re.match(r"\s+(?:với|cùng|của)\b", text[t.end:t.end + 8]):
            # "dự án hỗ trợ của X": a specific noun right before the generic word governs
            if i + 1 < len(before) and (before[i + 1].text not in GENERIC_TRIGGERS or before[i + 1].text == "dự án") and \
                    0 <= t.start - before[i + 1].end <= 2:
                return before[i + 1]
            return t
    return strongest


#: what may stand between two members of one coordinated list of names
LIST_GAP_RE = re.compile(r"\s*(?:,|;|&|…|\.\.\.|và|hoặc|cùng|cùng với|,\s*và|,\s*cùng(?: với)?)?\s*",
                         re.IGNORECASE)
_LIST_INTRO_RE = re.compile(r"(?<!\w)(?:như|gồm|gồm có|bao gồm|là|có|kể cả|đó là)\s*:?\s*$|:\s*$",
                            re.IGNORECASE)


#: a verb the members of a list do together: "A và B (sẽ) phối hợp tổ chức", "A, B cùng ký"
_JOINT_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:đã|sẽ|vừa|đang|cũng)\s+){0,2}"
                             r"(?:phối hợp|cùng nhau|đồng tổ chức|đồng chủ trì|cùng (?:ký|tổ chức|chủ trì|thực hiện|hợp tác|tài trợ))(?!\w)",
                             re.IGNORECASE)
#: a list introduced by a preposition is an object ("hợp tác với A, B"), never the joint subject
_OBJECT_BEFORE_RE = re.compile(r"(?<!\w)(?:với|cho|của|tới|từ|như|gồm|là|và)\s*:?\s*$", re.IGNORECASE)


def enumerations(text: str, ordered: list[Party]) -> list[list[Party]]:
    """Runs of parties written as one coordinated list ("WB, ADB, Uỷ ban châu Âu và OPEC").

    Why: members of a list play the same role in the sentence (co-donors, co-signatories,
    co-recipients); pairing the first member with the others invents relations between them.
    Bracketed acronyms between members ("Ngân hàng thế giới (WB), ...") do not break a list.
    """
    runs: list[list[Party]] = []
    for p in ordered:
        if runs:
            prev = runs[-1][-1]
            gap = re.sub(r"\([^()]*\)", "", text[prev.end:p.start])
            if p.start >= prev.end and LIST_GAP_RE.fullmatch(gap):
                runs[-1].append(p)
                continue
        runs.append([p])
    return runs


def _is_whole_list(text: str, main: list[Party]) -> bool:
    """All the sentence's parties form one list of two or more distinct members."""
    if len({p.key for p in main}) < 2:
        return False
    runs = enumerations(text, main)
    return len(runs) == 1


def _is_donor_list(text: str, others: list[Party]) -> bool:
    """The non-home parties are one list of co-donors (unlinked bodies of unknown nationality
    allowed, "Quỹ các nước xuất khẩu dầu mỏ"); a known domestic body is no co-donor."""
    return _is_whole_list(text, [p for p in others if not p.in_brackets]) and \
        not any(p.entity_id and not p.foreign for p in others)


def _pairs(text: str, sent: tuple[int, int], parties: list[Party], trig: Trigger) -> list[list[Party]]:
    ordered = sorted(parties, key=lambda p: p.start)
    explicit = _explicit_pairs(text, sent, ordered)
    if any(lexicon().between.search(text, sent[0], sent[1]) and _is_between(text, pair) for pair in explicit):
        # "ký kết Thỏa thuận giữa Viện với YIES": the named pair is the relation; others in the
        # sentence (the unit that prepared the paperwork) are not parties to it
        return [pair for pair in explicit if _is_between(text, pair)]
    used = {id(p) for pair in explicit for p in pair}
    main = [p for p in ordered if not p.in_brackets and id(p) not in used]
    pairs = list(explicit)
    # funding: "X tài trợ ... cho Y" — the recipient follows the marker after the trigger
    if trig.activity in FUNDING:
        marker = _RECIPIENT_RE.search(text, trig.end, sent[1])
        if marker:
            recipients = [p for p in main if p.start >= marker.end()]
            donors = [p for p in main if p.end <= marker.start()]
            if recipients and donors:
                if len(donors) >= 2 and _is_whole_list(text, donors) and trig.activity in FORMAL and \
                        any(p.foreign for p in donors) and any(not p.foreign for p in donors):
                    # "Ngân hàng Nhà nước và WB đã ký hiệp định tín dụng tài trợ cho 3 dự án của VN":
                    # the two signatories are the relation; what it pays for is its object
                    return pairs + [_dedupe(donors)]
                return pairs + _cross(donors, recipients)
    joint = [run for run in enumerations(text, main) if len({p.key for p in run}) >= 2
             and _JOINT_AFTER_RE.match(text, run[-1].end, sent[1])
             and not _OBJECT_BEFORE_RE.search(text, max(sent[0], run[0].start - 12), run[0].start)]
    if joint:
        # "... cũng sẽ được IFC và Bộ KH&ĐT phối hợp tổ chức": the subjects of a joint verb are
        # the relation; a body named only in the event's name ("hội nghị CG") is not a partner
        return pairs + [_dedupe(run) for run in joint]
    before = [p for p in main if p.end <= trig.start]
    after = [p for p in main if p.start >= trig.start]
    if before and after:
        return pairs + _cross(before, after)
    group = before or after
    if len(group) >= 2:
        if _is_whole_list(text, group):
            both_sides = any(p.foreign for p in group) and any(not p.foreign for p in group)
            introduced = bool(_LIST_INTRO_RE.search(text, max(sent[0], group[0].start - 24), group[0].start))
            if introduced or trig.activity in FUNDING and not both_sides:
                # "các nhà tài trợ như WB, ADB, EU", "đối tác gồm A, B": co-donors or partners of
                # someone not named here; the caller may add the recipient
                return pairs
            # "A, B và C ký kết ...", "Bộ KH&ĐT và ADB đã ký hiệp định vay": one joint record
            if trig.activity in FORMAL or trig.start > group[-1].end:
                return pairs + [_dedupe(group)]
            return pairs
        return pairs + _cross(group[:1], group[1:])
    return pairs


#: a country named through its envoy: "đại sứ Thụy Sĩ", "Đại sứ quán Nhật Bản", "đại diện Chính phủ Đức"
_ENVOY_RE = re.compile(r"(?<!\w)(?:đại sứ(?: quán)?|đại diện(?: chính phủ)?|lãnh sự(?: quán)?|tham tán)\s+$",
                       re.IGNORECASE)


#: a verb of saying: what follows is the speaker's report ("X cho rằng, ...", "Y cho biết ...")
_REPORTING_RE = re.compile(r"(?<!\w)(?:cho rằng|cho biết|nhận định|khẳng định|nhấn mạnh|phát biểu|tuyên bố|"
                           r"nói rằng|thông báo|tiết lộ)(?!\w)\s*:?", re.IGNORECASE)
#: words by which a report refers back to its speaker
_ANAPHOR_RE = re.compile(r"(?<!\w)(?:hãng|công ty này|tập đoàn này|tổ chức này|ngân hàng này|hai nước|hai bên|"
                         r"nước này|nước ta|phía|chúng tôi|chúng ta|họ|mình|ông|bà)(?!\w)", re.IGNORECASE)
_WITH_RE = re.compile(r"(?<!\w)(?:với|giữa)(?!\w)", re.IGNORECASE)


def _names_recipient(text: str, trig: Trigger, sent: tuple[int, int], others: list[Party], implied: bool) -> bool:
    """The aid sentence names its own recipient: "viện trợ ... cho Bắc Triều Tiên" (a party after
    the marker).  For a home country the text never writes, any recipient phrase will do ("kêu gọi
    viện trợ cho miền bắc bán đảo Triều Tiên"): the reader's inference stops where the text speaks."""
    marker = _RECIPIENT_RE.search(text, trig.start, sent[1])
    if not marker:
        return False
    if implied:
        return True
    # the object of "cho": the first party right after the marker ("cho Bắc Triều Tiên", not the
    # donors listed after "nhà tài trợ lớn nhất cho VN hiện có ...")
    nxt = min((p for p in others if p.start >= marker.end()), key=lambda p: p.start, default=None)
    return nxt is not None and nxt.kind in ("country", "org") and \
        re.fullmatch(r"\s*(?:(?:các|chính phủ|nước|nhân dân)\s+)?", text[marker.end():nxt.start]) is not None


def _contains_words(name: str, part: str) -> bool:
    """``part`` occurs in ``name`` as whole words ("Hàn Quốc" in "Cơ quan ... Hàn Quốc"; "VN" is
    not in "KFWV")."""
    return f" {fold(part)} " in f" {fold(name)} "


def _represented(text: str, pairs: list[list[Party]], parties: list[Party]) -> list[list[Party]]:
    """A country named through its envoy stands for its own agency named in the same sentence.

    Why: "thỏa thuận ký giữa Bộ TN&MT và đại sứ Thụy Sĩ ..., Cơ quan Hợp tác phát triển Thụy Sĩ
    (SDC) sẽ tài trợ": the ambassador signs for the country, but the body that acts (and that a
    reviewer wants in the row) is the country's agency.  Only a body whose name ends with the
    country's name counts ("... Thụy Sĩ", "... Nhật Bản"), and only when there is exactly one;
    a country named for itself ("các viện nghiên cứu của Nhật Bản") is left alone.
    """
    agencies: dict[str, Party] = {}
    envoys = {p.key: p for p in parties if p.kind == "country" and p.start >= 0
              and _ENVOY_RE.search(text, max(0, p.start - 24), p.start)}
    for c in envoys.values():
        own = {p.key: p for p in parties if p.kind == "org" and fold(p.name).endswith(" " + fold(c.name))}
        if len(own) == 1:
            agencies[c.key] = next(iter(own.values()))
    if not agencies:
        return pairs
    out = []
    for pair in pairs:
        new = [agencies.get(p.key, p) for p in pair]
        if len({p.key for p in new}) == len(new):
            out.append(new)
    return out


def extract_relations(text: str, sent: tuple[int, int], parties: list[Party],
                      dates: list[tuple[int, int, str]] = (),
                      amounts: list[tuple[int, int, float, str, str]] = (),
                      home: Party | None = None, donor: Party | None = None,
                      home_implied: bool = False) -> list[Relation]:
    """Cooperation relations stated in one sentence ``text[sent[0]:sent[1]]``.

    ``home`` is the document's home country (Vietnam, as the document writes it, or the recipient
    a headline announces): the implicit recipient when a sentence names only foreign donors of
    aid.  ``donor`` is the donor a headline announces: the implicit donor when a sentence about
    aid names only recipient countries ("Các nước đã gửi yêu cầu hỗ trợ gồm Indonesia, ...").
    ``home_implied``: the document never names ``home``; it is inferred, so it yields to any
    recipient the sentence writes.
    """
    parties = [p for p in parties if sent[0] <= p.start < sent[1]]
    fronted = _FRONTED_RE.match(text, sent[0], sent[1])
    main_start = sent[0]
    if fronted:
        # "Để đảm bảo ... của các tổ chức trong khối Liên hợp quốc, Chủ tịch WB đã ...": a fronted
        # purpose or source clause ("Để", "Nhằm", "Theo") holds no party of the main clause, and
        # its words ("hỗ trợ khẩn cấp") do not type the main clause's relation either
        comma = text.find(",", fronted.end(), sent[1])
        if comma > 0:
            parties = [p for p in parties if p.start > comma]
            main_start = comma
    said = _REPORTING_RE.search(text, main_start, sent[1])
    triggers: list[Trigger] | None = None  # found once, here only when a speaker needs them
    if said and any(p.start >= said.end() for p in parties) and not _ANAPHOR_RE.search(text, said.end(), sent[1]):
        triggers = find_triggers(text, main_start, sent[1])
    if triggers and any(t.start >= said.end() for t in triggers):
        # "Giám đốc WB tại Việt Nam cho rằng, ... các nhà tài trợ sẵn sàng dành cho VN ...": the
        # speaker reports a relation; the speaker's body is not one of its parties -- unless the
        # report points back to the speaker ("IBM cho biết hãng đã cùng làm việc với Sony")
        parties = [p for p in parties if p.start >= said.end()]
    parties = [p for i, p in enumerate(parties)
               if not (p.kind == "org" and any(q.kind == "org" and q.end <= p.start and q.key != p.key
                                                and _PARENT_GAP_RE.fullmatch(text, q.end, p.start)
                                                for q in parties[max(0, i - 3):i]))]
    if len({p.key for p in parties}) < 2 and not (home is not None and parties):
        return []
    if triggers is None:
        triggers = find_triggers(text, main_start, sent[1])
    # triggers inside a party's name ("Quỹ Hỗ trợ ...", "Cơ quan Viện trợ Ailen") do not count
    triggers = [t for t in triggers if not any(p.start <= t.start < p.end for p in parties)]
    # "cung cấp 400 triệu USD", "dành cho VN gần 3 tỷ USD": money verbs count only with money
    triggers = [t for t in triggers if not t.needs_partner or _WITH_RE.search(text, t.end, sent[1])]
    triggers = [t for t in triggers if not t.needs_amount or
                any(t.end <= a <= t.end + 40 for a, *_ in amounts)]
    if not triggers:
        return []
    lex = lexicon()
    # organisations merely attending an event are not partners
    att = lex.attendance.search(text, sent[0], sent[1])
    if att and all(t.activity in ("conference", "other") for t in triggers):
        parties = [p for p in parties if p.start < att.start()]
        if len({p.key for p in parties}) < 2:
            return []
    trig = max(triggers, key=lambda t: (t.priority, -t.start))
    pairs = _represented(text, _pairs(text, sent, parties, trig), parties)
    others = [p for p in parties if home is None or p.key != home.key]
    if home is not None and trig.activity in FUNDING and others and \
            not _OTHER_RECIPIENT_RE.search(text, sent[0], sent[1]) and \
            not _names_recipient(text, trig, sent, others, home_implied) and (
            all(p.foreign for p in others) or any(p.foreign for p in others) and _is_donor_list(text, others)):
        # donors listed with no other recipient: in Vietnamese ODA news the recipient is Vietnam
        # (an unlinked co-donor of unknown nationality, "KFWV (Đức)", gives to Vietnam from abroad)
        pairs = [[d if d.foreign or d.entity_id else replace(d, foreign=True), home]
                 for d in _dedupe(sorted((p for p in others if not p.in_brackets), key=lambda p: p.start))]
    if not pairs and donor is not None and trig.activity in FUNDING and parties and \
            all(p.kind == "country" and p.key != donor.key and (home is None or p.key != home.key) for p in parties):
        pairs = [[donor, p] for p in _dedupe(sorted((p for p in parties if not p.in_brackets), key=lambda p: p.start))]
    out = []
    for pair in pairs:
        a, b = pair[0], pair[1]
        if a.kind == "country" and _contains_words(b.name, a.name) or \
                b.kind == "country" and _contains_words(a.name, b.name):
            continue  # "Cơ quan Hợp tác quốc tế Hàn Quốc | Hàn Quốc": the country qualifies the body
        if a.kind == b.kind == "org" and len(pair) == 2 and (
                _contains_words(b.name, a.name) or _contains_words(a.name, b.name)):
            continue  # "Microsoft | Microsoft Local Language Program": a unit or product of the same body
        has_home = home is not None and any(p.key == home.key for p in pair) and any(p.foreign for p in pair)
        if not any(p.kind in ("org", "reporting") for p in pair) and not _is_bilateral(text, pair) \
                and not has_home and not (trig.activity in FUNDING and _RECIPIENT_RE.search(
                    text, min(a.end, b.end), max(a.start, b.start))):
            continue  # two countries in one sentence are a relation only when the text links them
        partner = max(pair, key=lambda p: p.start)
        # the trigger governing the partner decides its type ("là thành viên của A, B, là đối tác với C")
        chosen = _own_trigger(text, triggers, partner, trig)
        if not any(p.foreign for p in pair) and not has_home and chosen.activity not in FORMAL:
            continue  # two domestic bodies working together is internal coordination, not a record
        alts = sorted((t for t in triggers if t is not chosen and t.text not in GENERIC_TRIGGERS
                       and t.activity != chosen.activity),
                      key=lambda t: abs(t.start - partner.start))
        rel = Relation(pair, chosen.activity, chosen, sent, alternatives=alts)
        d = _nearest([(a, b, v) for a, b, v in dates if sent[0] <= a < sent[1]], chosen.start)
        if d:
            rel.date = d
        amt = _nearest([(a, b, (v, c, q)) for a, b, v, c, q in amounts
                        if sent[0] <= a < sent[1] and q != "range-max"], chosen.start)
        if amt:
            rel.amount, rel.currency = amt[0], amt[1]
        if home_implied and any(p.key == home.key for p in pair) and rel.amount is None and \
                chosen.text in GENERIC_TRIGGERS:
            continue  # an unnamed Vietnam needs a stronger statement than "hỗ trợ"
        conf = 0.45 + 0.05 * min(chosen.priority, 90) / 10
        if all(p.entity_id for p in pair if p.kind == "org"):
            conf += 0.05
        if any(p.kind == "reporting" for p in pair) or has_home and home not in parties:
            conf -= 0.1
        rel.confidence = round(min(max(conf, 0.05), 0.95), 2)
        out.append(rel)
    return out


_RECEIVE_RE = re.compile(r"(?<!\w)(?:nhận|nhận được|tiếp nhận|được)(?!\w)", re.IGNORECASE)


def title_roles(text: str, span: tuple[int, int], parties: list[Party]) -> tuple[Party | None, Party | None]:
    """(donor, recipient) announced by a headline about aid: "WB hỗ trợ 250 triệu USD các nước
    bị sóng thần" (donor WB), "Afghanistan sẽ nhận 8,2 tỷ USD viện trợ" (recipient Afghanistan),
    "ADB giúp Campuchia chống cúm gà" (both).

    Why: news about aid names the main donor or recipient in the headline and then lists the
    other side alone in the body ("Italy cam kết sẽ tài trợ hơn 170 triệu USD"); the headline
    supplies the missing side, as the home country does for Vietnamese ODA news.
    """
    inside = sorted((p for p in parties if span[0] <= p.start < span[1] and not p.in_brackets),
                    key=lambda p: p.start)
    trig = [t for t in find_triggers(text, *span) if t.activity in FUNDING and not t.needs_amount]
    if not inside or not trig:
        return None, None
    t = trig[0]
    before = [p for p in inside if p.end <= t.start]
    after = [p for p in inside if p.start >= t.end]
    if before and _RECEIVE_RE.search(text, before[-1].end, t.start):
        return None, before[-1]  # "X (sẽ) nhận ... viện trợ"
    donor = before[-1] if before else None
    # the recipient is the object right after the verb ("giúp Campuchia", "hỗ trợ cho Lào")
    recipient = after[0] if after and after[0].kind == "country" and \
        re.fullmatch(r"\s*(?:cho|tới)?\s*", text[t.end:after[0].start]) else None
    return donor, recipient


def _is_bilateral(text: str, parties: list[Party]) -> bool:
    """"Việt Nam – Nhật Bản", "Mỹ và Canada", "Mỹ, Nhật Bản và Canada": the text itself links the
    parties (commas between the first ones, a dash or "và"/"với" before the last)."""
    ordered = sorted(parties, key=lambda p: p.start)
    gaps = [text[a.end:b.start] for a, b in zip(ordered, ordered[1:])]
    return bool(gaps) and bool(re.fullmatch(r"\s*(?:[–—-]|và|với)\s*", gaps[-1])) and \
        all(re.fullmatch(r"\s*,\s*", g) for g in gaps[:-1])


def record_id(doc_id: str, start: int, end: int, party_keys: list[str], activity: str) -> str:
    """Stable id from document, evidence offsets, parties and activity (survives re-runs)."""
    key = "\x1f".join([doc_id, str(start), str(end), *sorted(fold(k) for k in party_keys), activity])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
