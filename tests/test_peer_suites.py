"""Peer test suites: Duckling's Vietnamese corpus and dateparser's Vietnamese cases (both BSD licensed).

The cases are read at test time from ``../shared/testsuites`` (next to the repository): ``duckling_vi`` and
``dateparser_vi``, each as a .json (full records, the source of truth) and a .tsv (the same cases flattened,
with dateparser's relative expectations already resolved); a test checks that both files list the same cases.

In scope, each run as a parametrised test:

* Duckling AmountOfMoney (value + currency; "Dollar" = USD, "Cent" = 0.01 USD, "Pound" = GBP; "between" =
  a range-min/range-max pair, "under"/"above" = the under/over qualifier), Numeral, Ordinal;
* Duckling Time cases whose phrase states a calendar date, month, year or quarter, resolved against the
  case's reference time as ``published`` (times of day in such phrases are dropped, as in GOLD-FORMAT),
  and its negative corpus ("có ngày chính xác" must give nothing);
* dateparser ``parse_datetime`` cases with an absolute date and every (text, date) pair of ``search_dates``.

Out of scope (counted by :func:`test_scope_summary`, not run), and why:

* clock times ("lúc 3 giờ chiều", "10:45", "4pm CET"): GOLD-FORMAT drops times of day;
* relative days ("hôm nay", "hôm qua", "ngày mai", "bây giờ"): relative words are not annotated; their
  value needs the exact publication day, which most articles do not state;
* weekdays alone or relative to a week ("thứ hai", "thứ 5 tuần sau", "Thứ năm"): no calendar date is stated;
* relative periods ("tuần sau", "tháng trước", "quý này", "năm ngoái"): relative words, not annotated;
* rolling durations ("3 ngày tới", "2 năm vừa rồi"): durations, which GOLD-FORMAT excludes;
* parts of the day ("tối nay", "sáng chủ nhật") and seasons ("mùa hè này"): relative, no calendar value;
* holidays ("giáng sinh"): a named day, not a stated date, and not annotated;
* week grain ("tuần đầu tiên của tháng 9 năm 2017"): GOLD-FORMAT has no week values;
* dateparser freshness ("2 giờ", "23 ngày trước", "sau 5 năm nữa"): relative to "now";
* dateparser translate_to_english, tokens and language detection: internals of dateparser, not extraction.
"""
from __future__ import annotations

import csv
import datetime
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from extractor.dates import find_dates, parse_date
from extractor.money import find_amounts
from extractor.normalize import normalize_text
from extractor.numbers import parse_number, parse_ordinal

SUITES = Path(__file__).resolve().parents[2] / "shared" / "testsuites"
if not (SUITES / "duckling_vi").is_dir() or not (SUITES / "dateparser_vi").is_dir():
    pytest.skip(f"peer test suites not found at {SUITES} (they live in shared/ next to the repository)",
                allow_module_level=True)

CURRENCY = {"Dollar": ("USD", 1.0), "Cent": ("USD", 0.01), "Pound": ("GBP", 1.0)}


@dataclass(frozen=True)
class Case:
    id: str
    category: str | None        # None = in scope
    check: Callable[[], tuple[bool, str]]


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


# --- Duckling ---------------------------------------------------------------------------------

def _money_check(phrase: str, exp: dict) -> Callable[[], tuple[bool, str]]:
    code, factor = CURRENCY.get(exp["currency"], (exp["currency"], 1.0))

    def check() -> tuple[bool, str]:
        got = [(a.value, a.currency, a.qualifier) for a in find_amounts(normalize_text(phrase))]
        kind = exp["kind"]
        if kind == "exact":
            want = [(exp["value"] * factor, code, None)]
        elif kind == "between":
            want = [(exp["from"] * factor, code, "range-min"), (exp["to"] * factor, code, "range-max")]
        elif kind == "under":
            want = [(exp["to"] * factor, code, "under")]
        else:
            want = [(exp["from"] * factor, code, "over")]
        ok = len(got) == len(want) and all(_close(g[0], w[0]) and g[1:] == w[1:] for g, w in zip(got, want))
        return ok, f"{phrase!r}: got {got}, want {want}"
    return check


_CAL_ANCHOR = re.compile(
    r"\d{1,2}/\d{1,2}|(?:ngày|mồng)\s+(?:mồng\s+)?\d|ngày đầu tiên|năm\s+\d{4}|^\d{1,2}\s+tháng\s+\d"
    r"|tháng\s+(?:\d+|một|hai|ba|tư|bốn|sáu|bảy|tám|chín|mười)(?!\s*(?:trước|sau|này|nay))\b"
    r"|quý\s+(?:\d|một|hai|ba|bốn|tư|I)\b")


def _time_category(phrase: str, exp: dict) -> str | None:
    """None when the phrase states a calendar date/month/year/quarter (in scope), else its category."""
    p = phrase.lower()
    if exp["kind"] == "no_match":
        return None
    if _CAL_ANCHOR.search(p):
        return "week grain" if exp.get("grain") == "Week" else None
    if "giáng sinh" in p:
        return "holidays"
    if exp["kind"] == "interval":
        if re.search(r"(?:\d+|một|hai|ba)\s+(?:giây|s|phút|tiếng|giờ|ngày|tháng|năm)\s+(?:tới|tiếp|vừa|qua)", p):
            return "rolling durations"
        return "parts of day and seasons"
    if re.search(r"giờ|tiếng|\d:\d|\d[hg]\d|pm|am\b", p):
        return "clock times"
    if re.search(r"thứ|chủ nhật|chúa nhật", p):
        return "weekdays"
    if re.search(r"tuần|tháng|quý|năm", p):
        return "relative periods"
    return "relative days"


def _expected_time(exp: dict) -> str:
    """Duckling's (value, grain) in GOLD-FORMAT notation; finer grains than a day keep the date."""
    dt = datetime.datetime.fromisoformat(exp["value"])
    grain = exp["grain"]
    if grain == "Year":
        return f"{dt.year:04d}"
    if grain == "Month":
        return f"{dt.year:04d}-{dt.month:02d}"
    if grain == "Quarter":
        return f"{dt.year:04d}-{dt.month:02d}/{dt.year:04d}-{dt.month + 2:02d}"
    return dt.date().isoformat()


def _time_check(phrase: str, exp: dict, ref: str) -> Callable[[], tuple[bool, str]]:
    published = datetime.datetime.fromisoformat(ref).date()

    def check() -> tuple[bool, str]:
        got = parse_date(normalize_text(phrase), published)
        want = None if exp["kind"] == "no_match" else _expected_time(exp)
        if want is None:
            got_all = find_dates(normalize_text(phrase), published)
            return got is None and not got_all, f"{phrase!r}: got {got} / {got_all}, want nothing"
        return got == want, f"{phrase!r}: got {got}, want {want}"
    return check


def _duckling_cases() -> list[Case]:
    records = json.loads((SUITES / "duckling_vi" / "duckling_vi_cases.json").read_text("utf-8"))
    cases: list[Case] = []
    for i, r in enumerate(records):
        phrase, exp, dim = r["phrase"], r["expected"], r["dimension"]
        cid = f"duckling-{dim}-{i:03d}-{phrase}"
        if dim == "AmountOfMoney":
            cases.append(Case(cid, None, _money_check(phrase, exp)))
        elif dim == "Numeral":
            cases.append(Case(cid, None, lambda p=phrase, v=exp["value"]: (
                parse_number(normalize_text(p)) is not None and _close(parse_number(normalize_text(p)), v),
                f"{p!r}: got {parse_number(normalize_text(p))}, want {v}")))
        elif dim == "Ordinal":
            cases.append(Case(cid, None, lambda p=phrase, v=exp["value"]: (
                parse_ordinal(p) == v, f"{p!r}: got {parse_ordinal(p)}, want {v}")))
        elif dim == "Time":
            cases.append(Case(cid, _time_category(phrase, exp), _time_check(phrase, exp, r["reference_time"])))
        else:  # pragma: no cover - a new dimension in the suite
            cases.append(Case(cid, f"dimension {dim}", lambda: (False, "not handled")))
    return cases


# --- dateparser -------------------------------------------------------------------------------

_DP_OUT = {"parse_relative_past": "freshness (relative to now)", "parse_relative_future": "freshness (relative to now)",
           "translate_to_english": "dateparser translate_to_english", "tokens": "dateparser tokens",
           "language_is_vi": "dateparser language detection"}


def _fill_iso(value: str) -> str:
    """Our value's start, padded to a full date ("1935" -> "1935-01-01") to compare with a datetime."""
    start = value.split("/")[0]
    return start + "-01" * (2 - start.count("-"))


def _dateparser_cases() -> list[Case]:
    cases: list[Case] = []
    for i, r in enumerate(_read_tsv(SUITES / "dateparser_vi" / "dateparser_vi_cases.tsv")):
        phrase, check, expected = r["phrase"], r["check"], r["expected"]
        cid = f"dateparser-{check}-{i:02d}"
        if check in _DP_OUT:
            cases.append(Case(cid, _DP_OUT[check], lambda: (True, "")))
        elif check == "parse_datetime":
            if not re.search(r"\d{4}", phrase):
                cases.append(Case(cid, "weekdays", lambda: (True, "")))
                continue
            want = expected[:10]
            cases.append(Case(cid, None, lambda p=phrase, w=want: (
                parse_date(normalize_text(p)) == w, f"{p!r}: got {parse_date(normalize_text(p))}, want {w}")))
        elif check == "search_dates":
            # RELATIVE_BASE is irrelevant here: every expected pair but one states its year in the text.
            for j, (text, when) in enumerate(json.loads(expected)):
                def chk(p: str = phrase, t: str = text, w: str = when[:10]) -> tuple[bool, str]:
                    got = [(d.text, d.value) for d in find_dates(normalize_text(p), None)]
                    ok = any(gt == normalize_text(t) and _fill_iso(gv) == w for gt, gv in got)
                    return ok, f"{t!r} -> {w}: got {got}"
                cases.append(Case(f"{cid}-{j}-{text}", None, chk))
        else:  # pragma: no cover
            cases.append(Case(cid, f"dateparser {check}", lambda: (False, "not handled")))
    return cases


ALL_CASES = _duckling_cases() + _dateparser_cases()
IN_SCOPE = [c for c in ALL_CASES if c.category is None]

# Known failures, each with its reason; strict so that a fix is noticed and the mark removed.
XFAIL = {
    "dateparser-search_dates-33-2-tháng 9":
        "the year of 'Đến tháng 9 quân Ý ...' is only in the previous sentence; GOLD-FORMAT infers a year from "
        "the publication date or the same sentence only, so the value is XXXX-09 (dateparser carries 1940 over)",
}


def _params() -> list:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[c.id])] if c.id in XFAIL
                         else []) for c in IN_SCOPE]


@pytest.mark.parametrize("case", _params())
def test_peer_case(case: Case) -> None:
    ok, detail = case.check()
    assert ok, detail


def test_json_and_tsv_agree() -> None:
    """Both renderings of each suite list the same phrases in the same order."""
    for name in ("duckling_vi", "dateparser_vi"):
        records = json.loads((SUITES / name / f"{name}_cases.json").read_text("utf-8"))
        rows = _read_tsv(SUITES / name / f"{name}_cases.tsv")
        phrases = [r["phrase"] if "phrase" in r else r["args"][1 if r["args"][0] == "vi" else 0] for r in records]
        assert phrases == [r["phrase"] for r in rows], name


def test_scope_summary() -> None:
    """At least 95 % of the in-scope cases pass; out-of-scope cases are counted per category."""
    results = []
    for c in IN_SCOPE:
        try:
            results.append(c.check()[0])
        except Exception:  # noqa: BLE001 - a crash counts as a failure
            results.append(False)
    passed, total = sum(results), len(results)
    out = Counter(c.category for c in ALL_CASES if c.category is not None)
    print(f"\npeer suites: in scope {passed}/{total} passed; out of scope {sum(out.values())}: {dict(out)}")
    assert total + sum(out.values()) == len(ALL_CASES)
    assert total >= 150 and set(out) >= {"clock times", "relative days", "weekdays", "relative periods"}
    assert total - passed == len(XFAIL)
    assert passed / total >= 0.95
