"""Stage 9: score pipeline output against hand-made gold files.

Two evaluations live here:

* :func:`evaluate` compares the CSV tables written by ``extractor run INPUT -o OUTDIR`` with the
  ``*.gold.json`` answer keys described in ``GOLD-FORMAT.md`` (organisations, acronyms, dates,
  money amounts, cooperation records).  Every field is scored as a *set* per document with a
  deterministic greedy one-to-one matching, then micro-averaged per gold subset (sub-folder of
  GOLD_DIR) and over "all".
* :func:`eval_spans` scores ORG (or any label) character spans in ``mentions.csv`` against a JSONL
  NER check set, with exact and overlap matching.

Every name comparison goes through :func:`extractor.normalize.fold`, so NFD input, "hoà"/"hòa"
tone-mark placement, case and spacing never decide a match.  The module only reads files and
returns dataclasses; printing and CLI wiring are done by the caller with :func:`format_report`,
:func:`format_errors`, :func:`report_to_dict` and :func:`format_span_report`.
"""
from __future__ import annotations

import json
import math
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import pandas as pd
from rapidfuzz import fuzz

from extractor.normalize import fold as _fold

__all__ = [
    "FIELDS",
    "FieldCounts",
    "FieldResult",
    "DocResult",
    "SubsetResult",
    "EvalReport",
    "SpanDocResult",
    "SpanReport",
    "evaluate",
    "format_report",
    "format_errors",
    "report_to_dict",
    "eval_spans",
    "format_span_report",
    "span_report_to_dict",
    "greedy_match",
    "org_names_match",
    "date_values_match",
    "amounts_match",
]

FIELDS: tuple[str, ...] = ("organizations", "acronyms", "dates", "amounts", "cooperation")
ALL = "all"
ROOT_SUBSET = "."

ORG_RATIO = 90.0
ACRONYM_LONG_RATIO = 85.0
AMOUNT_TOLERANCE = 0.005

RUN_HINT = "run `extractor run INPUT -o OUTDIR` first"


# ============================================================================================
# Small helpers
# ============================================================================================

@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Cached :func:`extractor.normalize.fold`; names repeat a lot across the pairwise loops."""
    return _fold(text or "")


def nfc(text: str) -> str:
    """NFC + trim: the "exact" comparison for acronym short forms (case matters: "KH&CN")."""
    return unicodedata.normalize("NFC", (text or "").strip())


def _ratio(a: str, b: str) -> float:
    """rapidfuzz ratio of two already folded strings (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return float(fuzz.ratio(a, b))


def _posix(path: str) -> str:
    """doc_ids may be written on Windows; compare paths with forward slashes, no leading './'."""
    p = (path or "").strip().replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def _basename(path: str) -> str:
    return posixpath.basename(_posix(path))


def _safe_div(a: float, b: float) -> float:
    return a / b if b else 0.0


# ============================================================================================
# Counts and generic matching
# ============================================================================================

@dataclass
class FieldCounts:
    """TP/FP/FN with P/R/F1.

    Both sides empty means the system did exactly right, so P=R=F1=1.0; exactly one side empty
    gives 0 (rather than an undefined 0/0) so that empty output is never rewarded.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: FieldCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def both_empty(self) -> bool:
        return self.n_gold == 0 and self.n_pred == 0

    @property
    def precision(self) -> float:
        return 1.0 if self.both_empty else _safe_div(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        return 1.0 if self.both_empty else _safe_div(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        if self.both_empty:
            return 1.0
        p, r = self.precision, self.recall
        return _safe_div(2 * p * r, p + r)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


Score = tuple[float, ...]


def greedy_match(n_gold: int, n_pred: int,
                 score: Callable[[int, int], Score | None]) -> list[tuple[int, int]]:
    """One-to-one matching: take the best-scoring admissible pair first.

    ``score(i, j)`` returns a tuple (bigger is better) or None when gold ``i`` and prediction
    ``j`` may not be paired.  Ties are broken by gold index, then prediction index, so the
    result never depends on dict/set ordering.  Greedy is what annotators expect ("the obvious
    pair wins") and is cheap; optimal assignment would only differ in contrived cases.
    """
    candidates: list[tuple[Score, int, int]] = []
    for i in range(n_gold):
        for j in range(n_pred):
            s = score(i, j)
            if s is not None:
                candidates.append((s, i, j))
    candidates.sort(key=lambda c: (tuple(-float(x) for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


@dataclass
class FieldResult:
    """Outcome of one field in one document: counts plus the readable error lists."""

    counts: FieldCounts
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    # cooperation only: matched pairs and how many had the same activity type
    type_matched: int = 0
    type_correct: int = 0
    type_errors: list[str] = field(default_factory=list)


def _score_sets(gold: Sequence[Any], pred: Sequence[Any],
                score: Callable[[Any, Any], Score | None],
                show_gold: Callable[[Any], str],
                show_pred: Callable[[Any], str]) -> tuple[FieldResult, list[tuple[int, int]]]:
    """Match two deduplicated item lists and turn the pairing into counts and error lists."""
    pairs = greedy_match(len(gold), len(pred), lambda i, j: score(gold[i], pred[j]))
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    res = FieldResult(FieldCounts(tp=len(pairs), fp=len(pred) - len(mp), fn=len(gold) - len(mg)))
    res.missed = [show_gold(g) for i, g in enumerate(gold) if i not in mg]
    res.spurious = [show_pred(p) for j, p in enumerate(pred) if j not in mp]
    return res, pairs


def _dedup(items: Iterable[Any], key: Callable[[Any], Any]) -> list[Any]:
    """Keep the first item per key (order preserved) - all fields are scored as sets."""
    seen: set[Any] = set()
    out = []
    for it in items:
        k = key(it)
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    return out


# ============================================================================================
# Items
# ============================================================================================

@dataclass(frozen=True)
class Org:
    name: str
    acronym: str = ""


@dataclass(frozen=True)
class AcronymPair:
    short: str
    long: str
    source: str = ""


@dataclass(frozen=True)
class DateItem:
    text: str
    value: str


@dataclass(frozen=True)
class Amount:
    text: str
    raw: str
    value: float | None
    currency: str


@dataclass(frozen=True)
class Coop:
    parties: tuple[Org, ...]
    type: str
    evidence: str


def _show_org(o: Org) -> str:
    return f"{o.name} ({o.acronym})" if o.acronym and fold(o.acronym) != fold(o.name) else o.name


def _show_acr(a: AcronymPair) -> str:
    return f"{a.short} = {a.long}" + (" [gazetteer]" if a.source == "gazetteer" else "")


def _show_date(d: DateItem) -> str:
    return f"{d.text!r} -> {d.value}"


def _show_amount(a: Amount) -> str:
    return (f"{a.text!r} = " if a.text else "") + f"{a.raw} {a.currency}"


def _show_coop(c: Coop) -> str:
    return f"{c.type or '?'}: " + " | ".join(p.name for p in c.parties)


# ============================================================================================
# Field rules
# ============================================================================================

def org_names_match(gold: Org, pred: Org) -> Score | None:
    """Organisation rule, shared by the organisations field and cooperation parties.

    Match when the folded names are >= 90 similar (spelling variants, "TP.HCM" vs "TP. HCM"),
    or the acronyms agree, or one side only has the acronym ("JICA" vs "Cơ quan ... (JICA)").
    Score: name similarity first (so the literal name wins a tie), acronym evidence second.
    """
    gn, pn = fold(gold.name), fold(pred.name)
    ga, pa = fold(gold.acronym), fold(pred.acronym)
    r = _ratio(gn, pn)
    by_acronym = bool(ga and pa and ga == pa) or bool(gn and gn == pa) or bool(ga and ga == pn)
    if r >= ORG_RATIO:
        return (r, float(by_acronym))
    if by_acronym:
        return (ORG_RATIO - 0.5, 1.0)  # below any name match, above nothing
    return None


def _acronym_score(gold: AcronymPair, pred: AcronymPair) -> Score | None:
    """Same short form (exact NFC, else folded) and long forms >= 85 similar."""
    exact_short = nfc(gold.short) == nfc(pred.short)
    if not exact_short and fold(gold.short) != fold(pred.short):
        return None
    r = _ratio(fold(gold.long), fold(pred.long))
    if r < ACRONYM_LONG_RATIO:
        return None
    return (float(exact_short), r)


_X_RUN = re.compile(r"X+")


@lru_cache(maxsize=4096)
def _date_pattern(gold_value: str) -> re.Pattern[str]:
    """Gold 'XXXX-04-23' (year unknown) accepts any year in those positions, also in intervals."""
    parts = re.split(r"(X+)", gold_value)
    rx = "".join(r"[0-9X]{%d}" % len(p) if p and p[0] == "X" else re.escape(p) for p in parts)
    return re.compile(rx)


def date_values_match(gold_value: str, pred_value: str) -> bool:
    """Equal ISO values; 'X' digits in the gold value are wildcards for any digit."""
    g, p = (gold_value or "").strip(), (pred_value or "").strip()
    if not g or not p:
        return False
    if g == p:
        return True
    if "X" not in g:
        return False
    return _date_pattern(g).fullmatch(p) is not None


def _date_score(gold: DateItem, pred: DateItem) -> Score | None:
    """Value must match; an equal surface text is preferred so repeated values pair up right."""
    if not date_values_match(gold.value, pred.value):
        return None
    same_text = fold(gold.text) == fold(pred.text)
    return (float(same_text), float(gold.value.strip() == pred.value.strip()))


def amounts_match(gold: Amount, pred: Amount) -> bool:
    """Same currency and within 0.5 % (rounding in "3,74 tỷ USD" style amounts)."""
    if gold.value is None or pred.value is None:
        return False
    if gold.currency.upper() != pred.currency.upper():
        return False
    return abs(pred.value - gold.value) <= AMOUNT_TOLERANCE * abs(gold.value)


def _amount_score(gold: Amount, pred: Amount) -> Score | None:
    if not amounts_match(gold, pred):
        return None
    assert gold.value is not None and pred.value is not None
    rel = abs(pred.value - gold.value) / abs(gold.value) if gold.value else 0.0
    return (-rel, float(fold(gold.text) == fold(pred.text)))


def _token_overlap(a: str, b: str) -> float:
    """Jaccard overlap of folded word sets: a cheap "same sentence?" signal for evidence."""
    ta, tb = set(re.findall(r"\w+", fold(a))), set(re.findall(r"\w+", fold(b)))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _party_matches(gold: Coop, pred: Coop) -> int:
    """Number of gold parties matched one-to-one to predicted parties by the organisation rule."""
    return len(greedy_match(len(gold.parties), len(pred.parties),
                            lambda i, j: org_names_match(gold.parties[i], pred.parties[j])))


def _coop_score(gold: Coop, pred: Coop) -> Score | None:
    """A record matches when two parties agree (one if gold has only one); a 1-party
    prediction never does.  Then prefer more parties, same type, overlapping evidence."""
    if len(pred.parties) < 2:
        return None
    need = min(2, len(gold.parties))
    n = _party_matches(gold, pred)
    if need == 0 or n < need:
        return None
    same_type = fold(gold.type) == fold(pred.type)
    return (float(n), float(same_type), _token_overlap(gold.evidence, pred.evidence))


# ============================================================================================
# Gold loading
# ============================================================================================

@dataclass
class GoldDoc:
    """One parsed gold file; items are deduplicated the way they are scored."""

    path: Path
    rel_path: str          # gold file relative to GOLD_DIR (posix)
    subset: str            # sub-folder relative to GOLD_DIR, "." for top-level files
    doc: str
    organizations: list[Org]
    acronyms: list[AcronymPair]
    dates: list[DateItem]
    amounts: list[Amount]
    cooperation: list[Coop]

    def items(self, name: str) -> list[Any]:
        return getattr(self, name)


def _gold_error(path: Path, msg: str) -> ValueError:
    return ValueError(f"gold file {path}: {msg}. Fix the file (format: GOLD-FORMAT.md).")


def _gold_list(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _gold_error(path, f"'{key}' must be a list, got {type(value).__name__}")
    for k, it in enumerate(value):
        if not isinstance(it, dict):
            raise _gold_error(path, f"{key}[{k}] must be an object, got {type(it).__name__}")
    return value


def _str(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _parse_number(v: Any) -> float | None:
    """Gold values are JSON numbers; CSV values are strings like '9500000' or '9500000.0'."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) if math.isfinite(v) else None
    s = str(v).strip().replace(" ", "").replace("_", "")
    if not s:
        return None
    try:
        x = float(s)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _required(it: dict[str, Any], key: str, where: str, path: Path) -> str:
    s = _str(it.get(key))
    if not s:
        raise _gold_error(path, f"{where} has no '{key}'")
    return s


def parse_gold(data: Any, path: Path, rel_path: str, subset: str) -> GoldDoc:
    """Validate one gold JSON object and deduplicate its items (see GOLD-FORMAT.md)."""
    if not isinstance(data, dict):
        raise _gold_error(path, "top level must be a JSON object")
    doc = _str(data.get("doc"))
    if not doc:
        raise _gold_error(path, "missing \"doc\" (path of the article relative to the run input)")

    orgs = [Org(_required(it, "name", f"organizations[{k}]", path), _str(it.get("acronym")))
            for k, it in enumerate(_gold_list(data, "organizations", path))]
    orgs = _dedup(orgs, lambda o: fold(o.name))
    acronym_of = {fold(o.name): o.acronym for o in orgs if o.acronym}

    acrs = [AcronymPair(_required(it, "short", f"acronyms[{k}]", path),
                        _required(it, "long", f"acronyms[{k}]", path))
            for k, it in enumerate(_gold_list(data, "acronyms", path))]
    acrs = _dedup(acrs, lambda a: (nfc(a.short), fold(a.long)))

    dates = [DateItem(_str(it.get("text")), _required(it, "value", f"dates[{k}]", path))
             for k, it in enumerate(_gold_list(data, "dates", path))]
    dates = _dedup(dates, lambda d: (fold(d.text), d.value))

    amounts = []
    for k, it in enumerate(_gold_list(data, "amounts", path)):
        value = _parse_number(it.get("value"))
        if value is None:
            raise _gold_error(path, f"amounts[{k}] 'value' must be a number, "
                                    f"got {it.get('value')!r}")
        cur = _required(it, "currency", f"amounts[{k}]", path).upper()
        amounts.append(Amount(_str(it.get("text")), _str(it.get("value")), value, cur))
    amounts = _dedup(amounts, lambda a: (a.currency, a.value))

    coops = []
    for k, it in enumerate(_gold_list(data, "cooperation", path)):
        parties = it.get("parties")
        if not isinstance(parties, list) or not all(isinstance(p, str) for p in parties):
            raise _gold_error(path, f"cooperation[{k}] 'parties' must be a list of names")
        names = [p.strip() for p in parties if p.strip()]
        coops.append(Coop(tuple(Org(n, acronym_of.get(fold(n), "")) for n in names),
                          _str(it.get("type")), _str(it.get("evidence"))))
    coops = _dedup(coops, lambda c: (tuple(sorted(fold(p.name) for p in c.parties)),
                                     fold(c.type), fold(c.evidence)))
    return GoldDoc(path, rel_path, subset, doc, orgs, acrs, dates, amounts, coops)


def load_gold(gold_dir: str | Path) -> list[GoldDoc]:
    """Read every ``*.gold.json`` under GOLD_DIR (recursively), sorted by relative path."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise ValueError(f"GOLD_DIR {root} is not a directory; pass the folder holding *.gold.json "
                         f"files (e.g. corpus/gold).")
    files = sorted(root.rglob("*.gold.json"), key=lambda p: p.relative_to(root).as_posix())
    if not files:
        raise ValueError(f"GOLD_DIR {root} has no *.gold.json files (searched sub-folders too); "
                         f"point it at the folder holding the gold files, e.g. corpus/gold.")
    docs = []
    for f in files:
        rel = f.relative_to(root).as_posix()
        parent = f.parent.relative_to(root).as_posix()
        try:
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as e:
            raise ValueError(f"gold file {f} is not valid JSON: {e.msg} at line {e.lineno}, "
                             f"column {e.colno}. Fix the file (format: GOLD-FORMAT.md).") from None
        except UnicodeDecodeError as e:
            raise ValueError(f"gold file {f} is not UTF-8 ({e.reason} at byte {e.start}); "
                             f"save it as UTF-8.") from None
        docs.append(parse_gold(data, f, rel, parent or ROOT_SUBSET))
    return docs


# ============================================================================================
# Output loading
# ============================================================================================

def read_table(out_dir: Path, name: str) -> list[dict[str, str]]:
    """A CSV table as a list of row dicts; a missing or empty file means "no rows"."""
    path = out_dir / name
    if not path.is_file() or path.stat().st_size == 0:
        return []
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        return []
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise ValueError(f"{path} is not a readable UTF-8 CSV ({e}); re-create it with "
                         f"`extractor run INPUT -o {out_dir}`.") from None
    return df.to_dict(orient="records")


def _require_output(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if not out.is_dir():
        raise ValueError(f"OUTDIR {out} does not exist; {RUN_HINT.replace('OUTDIR', str(out))}.")
    if not (out / "documents.csv").is_file():
        raise ValueError(f"OUTDIR {out} has no documents.csv; "
                         f"{RUN_HINT.replace('OUTDIR', str(out))}.")
    return out


@dataclass
class Predictions:
    """Output tables grouped by doc_id, already converted to scored items."""

    doc_ids: list[str]
    status: dict[str, str]
    organizations: dict[str, list[Org]]
    acronyms: dict[str, list[AcronymPair]]
    dates: dict[str, list[DateItem]]
    amounts: dict[str, list[Amount]]
    cooperation: dict[str, list[Coop]]


def _split_list(s: str) -> list[str]:
    return [p.strip() for p in (s or "").split(" | ")] if (s or "").strip() else []


def _coop_from_row(r: dict[str, str]) -> Coop:
    """Pair names with their aligned acronyms; empty names are dropped after alignment."""
    names = _split_list(r.get("parties", ""))
    acrs = _split_list(r.get("party_acronyms", ""))
    acrs += [""] * (len(names) - len(acrs))
    return Coop(tuple(Org(n, a) for n, a in zip(names, acrs) if n),
                _str(r.get("activity")), _str(r.get("evidence")))


def load_predictions(out_dir: Path) -> Predictions:
    docs = read_table(out_dir, "documents.csv")
    mentions = read_table(out_dir, "mentions.csv")
    orgs = read_table(out_dir, "organizations.csv")
    acrs = read_table(out_dir, "acronyms.csv")
    coops = read_table(out_dir, "cooperations.csv")

    doc_ids: list[str] = []
    status: dict[str, str] = {}
    for table in (docs, mentions, orgs, acrs, coops):
        for r in table:
            d = r.get("doc_id", "")
            if d and d not in status:
                doc_ids.append(d)
                status[d] = ""
    for r in docs:
        status[r.get("doc_id", "")] = r.get("status", "")

    def group(rows: list[dict[str, str]], conv: Callable[[dict[str, str]], Any],
              keep: Callable[[dict[str, str]], bool] = lambda r: True) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for r in rows:
            if keep(r):
                out.setdefault(r.get("doc_id", ""), []).append(conv(r))
        return out

    def label_is(lab: str) -> Callable[[dict[str, str]], bool]:
        return lambda r: _str(r.get("label")).upper() == lab

    p_orgs = group(orgs, lambda r: Org(_str(r.get("name")), _str(r.get("acronym"))),
                   lambda r: bool(_str(r.get("name"))))
    # Deduplicate on the folded name; a later duplicate may supply a missing acronym.
    for d, items in p_orgs.items():
        merged: dict[str, Org] = {}
        for o in items:
            k = fold(o.name)
            if k not in merged:
                merged[k] = o
            elif not merged[k].acronym and o.acronym:
                merged[k] = Org(merged[k].name, o.acronym)
        p_orgs[d] = list(merged.values())

    p_acrs = group(acrs, lambda r: AcronymPair(_str(r.get("short")), _str(r.get("long")),
                                               _str(r.get("source")).lower()),
                   lambda r: bool(_str(r.get("short"))))
    p_acrs = {d: _dedup(v, lambda a: (nfc(a.short), fold(a.long))) for d, v in p_acrs.items()}

    p_dates = group(mentions, lambda r: DateItem(_str(r.get("text")), _str(r.get("value"))),
                    label_is("DATE"))
    p_dates = {d: _dedup(v, lambda x: (fold(x.text), x.value)) for d, v in p_dates.items()}

    p_amounts = group(mentions, lambda r: Amount(_str(r.get("text")), _str(r.get("value")),
                                                 _parse_number(r.get("value")),
                                                 _str(r.get("unit")).upper()),
                      label_is("MONEY"))
    p_amounts = {d: _dedup(v, lambda a: (a.currency, a.value if a.value is not None else a.raw))
                 for d, v in p_amounts.items()}

    p_coops = group(coops, _coop_from_row)
    p_coops = {d: _dedup(v, lambda c: (tuple(sorted(fold(p.name) for p in c.parties)),
                                       fold(c.type), fold(c.evidence)))
               for d, v in p_coops.items()}
    return Predictions(doc_ids, status, p_orgs, p_acrs, p_dates, p_amounts, p_coops)


# ============================================================================================
# Document matching
# ============================================================================================

def match_document(gold: GoldDoc, doc_ids: Sequence[str]) -> str | None:
    """Find the output doc_id for a gold file.

    1. doc_id == gold["doc"];  2. "<gold sub-folder>/<basename(doc)>" (gold written relative to
    another run folder);  3. the unique doc_id with the same basename;  else None ("missing").
    """
    by_posix: dict[str, str] = {}
    for d in doc_ids:
        by_posix.setdefault(_posix(d), d)
    if gold.doc in doc_ids:
        return gold.doc
    if _posix(gold.doc) in by_posix:
        return by_posix[_posix(gold.doc)]
    base = _basename(gold.doc)
    if gold.subset != ROOT_SUBSET:
        key = f"{gold.subset}/{base}"
        if key in by_posix:
            return by_posix[key]
    same = sorted({d for d in doc_ids if _basename(d) == base})
    return same[0] if len(same) == 1 else None


def _read_doc_text(corpus_dir: Path, doc_id: str) -> str | None:
    """The article text, for checking gazetteer acronyms; None when it cannot be read."""
    from .readers import DecodeError, decode_bytes

    try:
        return decode_bytes((corpus_dir / _posix(doc_id)).read_bytes())  # legacy encodings too
    except (OSError, DecodeError, UnicodeDecodeError):
        return None


def scorable_acronyms(pred: list[AcronymPair], doc_text: str | None) -> list[AcronymPair]:
    """Drop gazetteer-sourced pairs whose long form is not in the article.

    The gold lists only acronyms whose expansion is in the text, so such a row is neither right
    nor wrong - it is extra knowledge.  Without the text we cannot tell, so all are dropped.
    """
    folded = fold(doc_text) if doc_text is not None else None
    out = []
    for a in pred:
        if a.source == "gazetteer":
            if folded is None or not fold(a.long) or fold(a.long) not in folded:
                continue
        out.append(a)
    return out


# ============================================================================================
# Per-document scoring
# ============================================================================================

@dataclass
class DocResult:
    """Scores and errors of one gold document."""

    gold_file: str
    subset: str
    doc: str
    doc_id: str | None          # None: the gold document is missing from the output
    status: str = ""
    fields: dict[str, FieldResult] = field(default_factory=dict)

    @property
    def missing(self) -> bool:
        return self.doc_id is None


def score_field(name: str, gold: list[Any], pred: list[Any]) -> FieldResult:
    """Score one field of one document (gold and pred already deduplicated)."""
    if name == "organizations":
        res, _ = _score_sets(gold, pred, org_names_match, _show_org, _show_org)
    elif name == "acronyms":
        res, _ = _score_sets(gold, pred, _acronym_score, _show_acr, _show_acr)
    elif name == "dates":
        res, _ = _score_sets(gold, pred, _date_score, _show_date, _show_date)
    elif name == "amounts":
        res, _ = _score_sets(gold, pred, _amount_score, _show_amount, _show_amount)
    elif name == "cooperation":
        res, pairs = _score_sets(gold, pred, _coop_score, _show_coop, _show_coop)
        res.type_matched = len(pairs)
        for i, j in pairs:
            if fold(gold[i].type) == fold(pred[j].type):
                res.type_correct += 1
            else:
                res.type_errors.append(
                    f"{_show_coop(gold[i])}  (predicted type: {pred[j].type or '-'})")
    else:
        raise ValueError(f"unknown field {name!r}; expected one of {', '.join(FIELDS)}")
    return res


def score_document(gold: GoldDoc, preds: Predictions, corpus_dir: Path) -> DocResult:
    doc_id = match_document(gold, preds.doc_ids)
    result = DocResult(gold.rel_path, gold.subset, gold.doc, doc_id,
                       preds.status.get(doc_id, "") if doc_id else "")
    for name in FIELDS:
        pred: list[Any] = []
        if doc_id is not None:
            pred = list(getattr(preds, name).get(doc_id, []))
            if name == "acronyms" and any(a.source == "gazetteer" for a in pred):
                pred = scorable_acronyms(pred, _read_doc_text(corpus_dir, doc_id))
        result.fields[name] = score_field(name, gold.items(name), pred)
    return result


# ============================================================================================
# Report
# ============================================================================================

@dataclass
class SubsetResult:
    """Micro-averaged counts of one subset (or "all")."""

    name: str
    n_docs: int = 0
    missing_docs: list[str] = field(default_factory=list)
    counts: dict[str, FieldCounts] = field(
        default_factory=lambda: {f: FieldCounts() for f in FIELDS})
    type_matched: int = 0
    type_correct: int = 0

    @property
    def type_accuracy(self) -> float | None:
        """Share of matched cooperation pairs with the right activity; None if nothing matched."""
        return self.type_correct / self.type_matched if self.type_matched else None

    @property
    def macro_f1(self) -> float:
        return sum(self.counts[f].f1 for f in FIELDS) / len(FIELDS)

    def add(self, doc: DocResult) -> None:
        self.n_docs += 1
        if doc.missing:
            self.missing_docs.append(doc.doc)
        for f in FIELDS:
            self.counts[f].add(doc.fields[f].counts)
        coop = doc.fields["cooperation"]
        self.type_matched += coop.type_matched
        self.type_correct += coop.type_correct


@dataclass
class EvalReport:
    gold_dir: str
    out_dir: str
    corpus_dir: str
    subsets: dict[str, SubsetResult]      # sub-folders in sorted order, then "all"
    documents: list[DocResult]

    @property
    def all(self) -> SubsetResult:
        return self.subsets[ALL]


def evaluate(gold_dir: str | Path, out_dir: str | Path,
             corpus_dir: str | Path | None = None) -> EvalReport:
    """Score OUTDIR (``extractor run`` output) against every gold file under GOLD_DIR.

    ``corpus_dir`` is where doc_ids resolve to article files (for the gazetteer-acronym check);
    it defaults to the parent of GOLD_DIR (corpus/gold -> corpus/), matching the gold "doc" paths.
    Top-level gold files count only in "all"; each sub-folder is also reported on its own.
    """
    gold_docs = load_gold(gold_dir)
    out = _require_output(out_dir)
    corpus = Path(corpus_dir) if corpus_dir is not None else Path(gold_dir).resolve().parent
    preds = load_predictions(out)

    names = sorted({g.subset for g in gold_docs if g.subset != ROOT_SUBSET})
    subsets = {n: SubsetResult(n) for n in names}
    subsets[ALL] = SubsetResult(ALL)
    documents = []
    for g in gold_docs:
        d = score_document(g, preds, corpus)
        documents.append(d)
        if g.subset in subsets:
            subsets[g.subset].add(d)
        subsets[ALL].add(d)
    return EvalReport(str(gold_dir), str(out_dir), str(corpus), subsets, documents)


_ROW_LABELS = {
    "organizations": "organizations",
    "acronyms": "acronyms",
    "dates": "dates",
    "amounts": "amounts",
    "cooperation": "cooperation",
}


def _fmt(x: float | None) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def format_report(report: EvalReport) -> str:
    """Plain-text table: one row per field plus type accuracy and macro F1, a column group per
    subset ("P R F1 TP FP FN").  Subsets are stacked in groups of two so lines stay < 100 chars."""
    lines = [f"gold: {report.gold_dir}   output: {report.out_dir}"]
    subsets = list(report.subsets.values())
    label_w = max(len(s) for s in [*_ROW_LABELS.values(), "cooperation type acc", "macro F1"]) + 2
    num_w = max(3, *(len(str(getattr(s.counts[f], a)))
                     for s in subsets for f in FIELDS for a in ("tp", "fp", "fn")))
    group_w = 3 * 6 + 3 * (num_w + 1)
    for start in range(0, len(subsets), 2):
        chunk = subsets[start:start + 2]
        lines.append("")
        head = " " * label_w
        sub = " " * label_w
        for s in chunk:
            title = f"{s.name} ({s.n_docs} doc{'s' if s.n_docs != 1 else ''}"
            title += f", {len(s.missing_docs)} missing)" if s.missing_docs else ")"
            head += " | " + title.center(group_w)
            sub += (" | " + "    P     R    F1"
                    + "".join(f" {c:>{num_w}}" for c in ("TP", "FP", "FN")) + " ")
        lines += [head.rstrip(), sub.rstrip(), "-" * len(sub.rstrip())]
        for f in FIELDS:
            row = f"{_ROW_LABELS[f]:<{label_w}}"
            for s in chunk:
                c = s.counts[f]
                row += (f" | {_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}"
                        + "".join(f" {v:>{num_w}}" for v in (c.tp, c.fp, c.fn)) + " ")
            lines.append(row.rstrip())
        row = f"{'cooperation type acc':<{label_w}}"
        for s in chunk:
            acc = f"{_fmt(s.type_accuracy)}  ({s.type_correct}/{s.type_matched})"
            row += f" | {acc:<{group_w}}"
        lines.append(row.rstrip())
        row = f"{'macro F1':<{label_w}}"
        for s in chunk:
            row += f" | {'':>12}{_fmt(s.macro_f1)}{'':<{group_w - 17}}"
        lines.append(row.rstrip())
    missing = [d for d in report.documents if d.missing]
    if missing:
        lines.append("")
        lines.append(f"missing from output ({len(missing)}): gold items counted as false negatives")
        lines += [f"  {d.gold_file} -> {d.doc}" for d in missing]
    return "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    """Per document and field: '- missed:' gold items, '+ spurious:' predictions, and
    '~ type:' for matched cooperation records with another activity type."""
    out: list[str] = []
    for d in report.documents:
        body: list[str] = []
        for f in FIELDS:
            r = d.fields[f]
            if not (r.missed or r.spurious or r.type_errors):
                continue
            body.append(f"  {f}:")
            body += [f"    - missed: {m}" for m in r.missed]
            body += [f"    + spurious: {s}" for s in r.spurious]
            body += [f"    ~ type: {t}" for t in r.type_errors]
        if d.missing:
            head = f"== {d.doc}  [{d.gold_file}]  MISSING from output: every gold item is missed"
        elif not body:
            continue
        else:
            status = f" status={d.status}" if d.status and d.status != "ok" else ""
            head = f"== {d.doc}  [{d.gold_file}] doc_id={d.doc_id}{status}"
        out.append(head)
        out += body
    return "\n".join(out) if out else "no errors"


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """JSON-serialisable form (for ``--json FILE``)."""
    subsets = {}
    for name, s in report.subsets.items():
        subsets[name] = {
            "n_docs": s.n_docs,
            "missing_docs": list(s.missing_docs),
            "fields": {f: s.counts[f].to_dict() for f in FIELDS},
            "cooperation_type_accuracy": s.type_accuracy,
            "cooperation_type_matched": s.type_matched,
            "cooperation_type_correct": s.type_correct,
            "macro_f1": s.macro_f1,
        }
    documents = []
    for d in report.documents:
        documents.append({
            "gold_file": d.gold_file,
            "subset": d.subset,
            "doc": d.doc,
            "doc_id": d.doc_id,
            "missing": d.missing,
            "status": d.status,
            "fields": {f: {**r.counts.to_dict(), "missed": list(r.missed),
                           "spurious": list(r.spurious), "type_errors": list(r.type_errors)}
                       for f, r in d.fields.items()},
        })
    return {"gold_dir": report.gold_dir, "out_dir": report.out_dir,
            "corpus_dir": report.corpus_dir, "subsets": subsets, "documents": documents}


# ============================================================================================
# Span evaluation (NER check set)
# ============================================================================================

@dataclass
class SpanDocResult:
    id: str
    doc_id: str | None
    missed: list[str] = field(default_factory=list)     # gold spans without an exact match
    spurious: list[str] = field(default_factory=list)   # predicted spans without an exact match


@dataclass
class SpanReport:
    label: str
    n_docs: int
    exact: FieldCounts
    overlap: FieldCounts
    missing_docs: list[str]
    documents: list[SpanDocResult]


def _load_span_gold(path: Path, label: str) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(id, text, sorted unique gold spans of ``label``) per JSONL line."""
    if not path.is_file():
        raise ValueError(f"span gold file {path} does not exist; pass a JSONL file of "
                         f'{{"id", "text", "entities": [{{"start", "end", "type"}}]}} lines.')
    docs = []
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"span gold file {path} line {lineno} is not valid JSON: "
                                 f"{e.msg} (column {e.colno}); each line must be one JSON "
                                 f"object.") from None
            if not isinstance(obj, dict) or "id" not in obj:
                raise ValueError(f"span gold file {path} line {lineno}: expected an object with "
                                 f'"id", "text" and "entities".')
            spans = set()
            for k, ent in enumerate(obj.get("entities") or []):
                try:
                    typ = str(ent.get("type", ent.get("label", "")))
                    s, e = int(ent["start"]), int(ent["end"])
                except (AttributeError, KeyError, TypeError, ValueError):
                    raise ValueError(f"span gold file {path} line {lineno}: entities[{k}] needs "
                                     f'integer "start", "end" and a "type".') from None
                if typ.upper() == label.upper():
                    spans.add((s, e))
            docs.append((str(obj["id"]), str(obj.get("text") or ""), sorted(spans)))
    if not docs:
        raise ValueError(f"span gold file {path} has no documents (empty JSONL).")
    return docs


def _match_span_doc(doc_key: str, doc_ids: Sequence[str]) -> str | None:
    """Exact id, else the unique doc_id with the same basename (file name) or stem."""
    if doc_key in doc_ids:
        return doc_key
    base = _basename(doc_key)
    same = sorted({d for d in doc_ids if _basename(d) == base})
    if len(same) == 1:
        return same[0]
    stem = posixpath.splitext(base)[0]
    same = sorted({d for d in doc_ids if posixpath.splitext(_basename(d))[0] == stem})
    return same[0] if len(same) == 1 else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlap_score(g: tuple[int, int], p: tuple[int, int]) -> Score | None:
    """Any shared character admits the pair; more overlap, then closer boundaries, wins."""
    ov = _overlap(g, p)
    if ov <= 0:
        return None
    return (float(ov), -float(abs(g[0] - p[0]) + abs(g[1] - p[1])))


def eval_spans(gold_jsonl: str | Path, out_dir: str | Path, label: str = "ORG") -> SpanReport:
    """Score ``label`` spans of mentions.csv against a JSONL check set.

    Exact: same (start, end).  Overlap: any shared character, one-to-one, largest overlap first.
    Micro-averaged over documents; gold documents absent from the output are all-missed.
    """
    gold_docs = _load_span_gold(Path(gold_jsonl), label)
    out = _require_output(out_dir)
    docs = read_table(out, "documents.csv")
    mentions = read_table(out, "mentions.csv")
    doc_ids = list(dict.fromkeys([r.get("doc_id", "") for r in docs]
                                 + [r.get("doc_id", "") for r in mentions]))
    pred_spans: dict[str, set[tuple[int, int]]] = {}
    for r in mentions:
        if _str(r.get("label")).upper() != label.upper():
            continue
        s, e = _parse_number(r.get("start")), _parse_number(r.get("end"))
        if s is None or e is None:
            continue
        pred_spans.setdefault(r.get("doc_id", ""), set()).add((int(s), int(e)))

    exact, overlap = FieldCounts(), FieldCounts()
    missing: list[str] = []
    results = []
    for gid, text, gold in gold_docs:
        doc_id = _match_span_doc(gid, doc_ids)
        if doc_id is None:
            missing.append(gid)
        pred = sorted(pred_spans.get(doc_id, set())) if doc_id is not None else []

        def show(sp: tuple[int, int]) -> str:
            return f"{sp[0]}-{sp[1]} {text[sp[0]:sp[1]]!r}" if text else f"{sp[0]}-{sp[1]}"

        ex, _ = _score_sets(gold, pred, lambda g, p: (1.0,) if g == p else None, show, show)
        ov, _ = _score_sets(gold, pred, _overlap_score, show, show)
        exact.add(ex.counts)
        overlap.add(ov.counts)
        results.append(SpanDocResult(gid, doc_id, ex.missed, ex.spurious))
    return SpanReport(label, len(gold_docs), exact, overlap, missing, results)


def format_span_report(report: SpanReport, errors: bool = False) -> str:
    """Plain-text P/R/F1 table for exact and overlap matching, then missing documents."""
    lines = [f"{report.label} spans, {report.n_docs} documents"
             + (f" ({len(report.missing_docs)} missing from output)"
                if report.missing_docs else ""),
             f"{'':10}     P     R    F1    TP    FP    FN"]
    for name, c in (("exact", report.exact), ("overlap", report.overlap)):
        lines.append(f"{name:10} {_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}"
                     f" {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    if report.missing_docs:
        lines.append("missing from output (all spans missed):")
        lines += [f"  {d}" for d in report.missing_docs]
    if errors:
        for d in report.documents:
            if d.missed or d.spurious:
                shown = "" if d.doc_id in (None, d.id) else f" (doc_id={d.doc_id})"
                lines.append(f"== {d.id}{shown}")
                lines += [f"  - missed: {m}" for m in d.missed]
                lines += [f"  + spurious: {s}" for s in d.spurious]
    return "\n".join(lines)


def span_report_to_dict(report: SpanReport) -> dict[str, Any]:
    """JSON-serialisable form of a :class:`SpanReport`."""
    return {"label": report.label, "n_docs": report.n_docs, "exact": report.exact.to_dict(),
            "overlap": report.overlap.to_dict(), "missing_docs": list(report.missing_docs),
            "documents": [{"id": d.id, "doc_id": d.doc_id, "missed": d.missed,
                           "spurious": d.spurious} for d in report.documents]}
