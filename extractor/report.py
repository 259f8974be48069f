"""Review report: one self-contained HTML page over the tables of an ``extractor run`` OUTDIR.

The page needs no server and no network: CSS, JavaScript (vanilla, no libraries) and the SVG
charts are inline, and a Content-Security-Policy forbids loading anything else.  It holds

* a summary (documents, rows per table, mentions per label, top partners, charts of cooperation
  records per year and per partner, drawn as SVG in Python);
* the cooperation table, sortable (click a header) and filterable (text box matching any cell,
  accent-insensitive, and an activity select);
* the organisations table, sortable and filterable;
* the documents that failed, with their error messages;
* every document (up to ``max_documents``) with its original text re-read from ``source`` and
  the mentions highlighted displaCy-style as ``<mark data-label="ORG">`` elements, followed by
  its cooperation records and organisations.

The filters can be preset from the URL fragment, e.g. ``report.html#filter=JICA&activity=loan``
(``org=`` for the organisations filter); rows hidden by a filter get ``style="display: none"``
and the class ``filtered-out``.

Library use::

    from extractor.report import build_report
    stats = build_report("out/", "out/report.html")
"""
from __future__ import annotations

from .records import COLUMNS

import html
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

__all__ = ["build_report", "ReportStats", "ReportError", "report_cmd", "TABLES", "LABEL_COLORS",
           "DEFAULT_MAX_DOCUMENTS"]

TABLES = ("documents", "mentions", "organizations", "acronyms", "cooperations")
DEFAULT_MAX_DOCUMENTS = 500
TOP_PARTNERS = 15

LABEL_COLORS = {
    "ORG": "#7aecec",
    "LOC": "#feca74",
    "DATE": "#bfe1d9",
    "MONEY": "#c5e8a0",
    "PERCENT": "#e4e7d2",
    "ABBR": "#f3b8dc",
}
OTHER_COLOR = "#dddddd"

# Columns each table must have for the report; missing ones are added empty so that tables
# written by older or newer versions still produce a page.
_COLUMNS = COLUMNS  # the output contract, defined once in extractor.records


class ReportError(ValueError):
    """The OUTDIR cannot be turned into a report; the message says how to fix it."""


@dataclass
class ReportStats:
    output: Path
    documents: int = 0
    documents_ok: int = 0
    documents_error: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    organizations_distinct: int = 0
    documents_shown: int = 0
    documents_limited: bool = False
    texts_missing: list[tuple[str, str]] = field(default_factory=list)
    bytes: int = 0

    @property
    def mentions(self) -> int:
        return self.rows.get("mentions", 0)

    @property
    def cooperations(self) -> int:
        return self.rows.get("cooperations", 0)

    def line(self) -> str:
        labels = ", ".join(f"{k} {v}" for k, v in self.labels.items())
        return (f"{self.documents} documents ({self.documents_ok} ok, {self.documents_error} error), "
                f"{self.rows.get('mentions', 0)} mentions ({labels or 'none'}), "
                f"{self.rows.get('organizations', 0)} organisation rows "
                f"({self.organizations_distinct} distinct), {self.rows.get('acronyms', 0)} acronyms, "
                f"{self.rows.get('cooperations', 0)} cooperation records")


# --------------------------------------------------------------------------------------------
# Loading

def _read_tables(outdir: Path) -> dict:
    import pandas as pd

    if not outdir.exists():
        raise ReportError(f"{outdir} does not exist; run `extractor run INPUT... -o {outdir}` first")
    if not outdir.is_dir():
        raise ReportError(f"{outdir} is a file, not a folder; pass the OUTDIR given to `extractor run -o`")
    missing = [f"{t}.csv" for t in TABLES if not (outdir / f"{t}.csv").is_file()]
    if missing:
        raise ReportError(f"{outdir} has no {', '.join(missing)}; run `extractor run INPUT... -o {outdir}` "
                          f"first (it writes all five tables)")
    tables = {}
    for name in TABLES:
        path = outdir / f"{name}.csv"
        try:
            # utf-8-sig: tables written with `extractor run --excel` start with a BOM.
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except pd.errors.EmptyDataError:
            df = pd.DataFrame(columns=_COLUMNS[name])
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise ReportError(f"{path} is not a readable UTF-8 CSV ({exc}); re-create it with "
                              f"`extractor run INPUT... -o {outdir}`") from exc
        for col in _COLUMNS[name]:
            if col not in df.columns:
                df[col] = ""
        tables[name] = df
    return tables


def _int(value, default: int | None = None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        try:
            f = float(str(value).strip())
        except (TypeError, ValueError):
            return default
        return int(f) if math.isfinite(f) else default


def _float(value) -> float | None:
    try:
        f = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _truthy(value: str) -> bool | None:
    v = str(value).strip().lower()
    if v in ("true", "1", "yes", "y"):
        return True
    if v in ("false", "0", "no", "n"):
        return False
    return None


_LINE_SOURCE = re.compile(r"^(.*):(\d+)$")


def _locate(source: str, roots: list[Path]) -> tuple[Path, int | None] | None:
    """(file, line-or-row number) for a documents.csv ``source``; None when the file is not found."""
    if not source:
        return None
    candidates: list[tuple[str, int | None]] = [(source, None)]
    m = _LINE_SOURCE.match(source)
    if m:
        candidates.insert(0, (m.group(1), int(m.group(2))))
    for raw_path, line in candidates:
        p = Path(raw_path)
        options = [p] if p.is_absolute() else [p] + [root / p for root in roots]
        for option in options:
            if option.is_file():
                return option, line
    return None


def _load_texts(docs: list[dict], roots: list[Path]) -> tuple[dict[str, str], dict[str, str]]:
    """Re-read the texts of ``docs`` (rows of documents.csv).  Returns (texts, reasons) keyed by
    doc_id: the text, or why it could not be shown.  Multi-record files (JSONL, CSV) are read once,
    streaming, and only until every wanted record was seen."""
    from .readers import iter_documents

    texts: dict[str, str] = {}
    reasons: dict[str, str] = {}
    single: list[tuple[Path, dict]] = []
    multi: dict[Path, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        found = _locate(doc["source"], roots)
        if found is None:
            reasons[doc["doc_id"]] = (f"source file {doc['source']!r} not found (looked relative to the current "
                                      f"folder and to {', '.join(str(r) for r in roots)}); run the report "
                                      f"from the folder where `extractor run` ran, or pass --source-root")
            continue
        path, line = found
        if line is None:
            single.append((path, doc))
        else:
            multi[path][line].append(doc)

    def accept(doc: dict, raw) -> None:
        if raw.error or raw.text is None:
            reasons[doc["doc_id"]] = f"cannot re-read {doc['source']}: {raw.error or 'no text'}"
        else:
            texts[doc["doc_id"]] = raw.text

    for path, doc in single:
        try:
            raw = next(iter(iter_documents([path])), None)
        except Exception as exc:  # pragma: no cover - reader bugs must not kill the report
            reasons[doc["doc_id"]] = f"cannot re-read {doc['source']}: {exc}"
            continue
        if raw is None:
            reasons[doc["doc_id"]] = f"cannot re-read {doc['source']}: the file yields no document"
        else:
            accept(doc, raw)
    for path, wanted in multi.items():
        remaining = set(wanted)
        try:
            for raw in iter_documents([path]):
                m = _LINE_SOURCE.match(raw.source)
                line = int(m.group(2)) if m else None
                if line in remaining:
                    for doc in wanted[line]:
                        accept(doc, raw)
                    remaining.discard(line)
                    if not remaining:
                        break
        except Exception as exc:  # pragma: no cover
            for line in remaining:
                for doc in wanted[line]:
                    reasons[doc["doc_id"]] = f"cannot re-read {path}: {exc}"
            remaining = set()
        for line in remaining:
            for doc in wanted[line]:
                reasons[doc["doc_id"]] = (f"{path} has no record at line/row {line} any more; the file changed "
                                          f"since `extractor run`")
    return texts, reasons


# --------------------------------------------------------------------------------------------
# Small HTML helpers

def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _fmt_amount(amount: str, currency: str) -> tuple[str, str]:
    """(display text, sort key)"""
    f = _float(amount)
    if f is None:
        text = " ".join(x for x in (amount, currency) if x)
        return text, ""
    shown = f"{f:,.0f}" if f == int(f) else f"{f:,.2f}"
    return f"{shown} {currency}".strip(), repr(f)


def _non_overlapping(spans: Iterable[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Drop overlapping spans, keeping the longest (then the earliest)."""
    chosen: list[tuple[int, int, object]] = []
    taken: list[tuple[int, int]] = []
    for s, e, payload in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if e <= s or any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((s, e, payload))
    return sorted(chosen, key=lambda x: x[0])


def _mark(text: str, label: str, title: str = "", entity: str = "") -> str:
    attrs = f' data-label="{_e(label)}"'
    if entity:
        attrs += f' data-entity="{_e(entity)}"'
    if title:
        attrs += f' title="{_e(title)}"'
    return f'<mark class="ent"{attrs}>{_e(text)}</mark>'


def _render_plain(text: str, lo: int, hi: int, ents: list[tuple[int, int, dict]]) -> str:
    out, pos = [], lo
    for s, e, m in ents:
        if s < lo or e > hi:
            continue
        out.append(_e(text[pos:s]))
        out.append(_mark(text[s:e], m["label"], m["title"], m.get("entity_id", "")))
        pos = e
    out.append(_e(text[pos:hi]))
    return "".join(out)


def render_text(text: str, ents: list[tuple[int, int, dict]],
                evidence: list[tuple[int, int, str]] = ()) -> str:
    """HTML of ``text`` with non-overlapping entity spans as <mark> and evidence sentences wrapped in
    <span class="ev-span" id=...> (only those that do not cut through an entity)."""
    ok_ev = []
    for s, e, anchor in sorted(evidence):
        if s < 0 or e > len(text) or e <= s:
            continue
        if ok_ev and s < ok_ev[-1][1]:
            continue
        if any(es < b < ee for es, ee, _ in ents for b in (s, e)):
            continue
        ok_ev.append((s, e, anchor))
    out, pos = [], 0
    for s, e, anchor in ok_ev:
        out.append(_render_plain(text, pos, s, ents))
        out.append(f'<span class="ev-span" id="{_e(anchor)}">{_render_plain(text, s, e, ents)}</span>')
        pos = e
    out.append(_render_plain(text, pos, len(text), ents))
    return "".join(out)


def highlight_terms(text: str, terms, label: str = "ORG") -> str:
    """Escape ``text`` and mark every whole-word occurrence of ``terms`` (longest first).
    ``terms`` is an iterable of strings (all marked with ``label``) or a dict term -> label."""
    labels = dict(terms) if isinstance(terms, dict) else {t: label for t in terms}
    labels = {t.strip(): lab for t, lab in labels.items() if t and len(t.strip()) >= 2}
    if not labels:
        return _e(text)
    ordered = sorted(labels, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in ordered) + r")(?!\w)")
    spans = [(m.start(), m.end(), {"label": labels.get(m.group(0), label), "title": "party"})
             for m in pattern.finditer(text)]
    return _render_plain(text, 0, len(text), _non_overlapping(spans))


def bar_chart(rows: list[tuple[str, int, str]], title: str, element_id: str, width: int = 640) -> str:
    """Horizontal SVG bar chart; rows are (label, value, css class)."""
    if not rows:
        return f'<figure class="chart" id="{_e(element_id)}"><figcaption>{_e(title)}</figcaption>' \
               f'<p class="muted">No data.</p></figure>'
    bar_h, gap, top, max_chars = 18, 6, 4, 42
    longest = max(min(len(label), max_chars) for label, _, _ in rows)
    label_w = min(330, 16 + 7 * longest)
    vmax = max(v for _, v, _ in rows) or 1
    plot_w = width - label_w - 50
    height = top + len(rows) * (bar_h + gap) + 4
    parts = [f'<figure class="chart" id="{_e(element_id)}"><figcaption>{_e(title)}</figcaption>',
             f'<svg role="img" aria-label="{_e(title)}" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}">']
    for i, (label, value, cls) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = max(1.0, plot_w * value / vmax)
        short = label if len(label) <= max_chars else label[:max_chars - 1] + "…"
        parts.append(f'<g class="bar {cls}"><title>{_e(label)}: {value}</title>'
                     f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{_e(short)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2"></rect>'
                     f'<text class="value" x="{label_w + w + 4:.1f}" y="{y + bar_h - 5}">{value}</text></g>')
    parts.append("</svg></figure>")
    return "".join(parts)


def _table(table_id: str, columns: list[tuple[str, str]], rows: list[str], caption: str = "") -> str:
    """columns: (header, type) where type is 'num' or 'text'; rows: ready <tr> HTML."""
    head = "".join(f'<th data-type="{t}" tabindex="0" title="Click to sort">{_e(h)}</th>' for h, t in columns)
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    return (f'<table class="data sortable" id="{table_id}">{cap}<thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _td(content_html: str, sort: str | None = None, cls: str = "") -> str:
    attrs = ""
    if sort is not None:
        attrs += f' data-sort="{_e(sort)}"'
    if cls:
        attrs += f' class="{cls}"'
    return f"<td{attrs}>{content_html}</td>"


def _yes_no(value: str) -> str:
    t = _truthy(value)
    return "yes" if t else ("no" if t is False else _e(value))


# --------------------------------------------------------------------------------------------
# The report

def _split_parties(row: dict) -> list[tuple[str, str, str]]:
    """[(name, id, acronym)] of a cooperation record."""
    names = [x.strip() for x in row["parties"].split(" | ")] if row["parties"] else []
    ids = [x.strip() for x in row["party_ids"].split(" | ")] if row["party_ids"] else []
    acrs = [x.strip() for x in row["party_acronyms"].split(" | ")] if row["party_acronyms"] else []
    out = []
    for i, name in enumerate(names):
        out.append((name, ids[i] if i < len(ids) else "", acrs[i] if i < len(acrs) else ""))
    return out


def build_report(outdir, output_html, max_documents: int | None = None, title: str | None = None,
                 source_root=None) -> ReportStats:
    """Write the review report of ``outdir`` to ``output_html`` and return its statistics.

    ``max_documents``: how many documents to show with their text (default: all, but at most
    500 when there are more).  ``source_root``: extra folder against which relative ``source``
    paths of documents.csv are resolved (besides the current folder, OUTDIR and its parent).
    """
    outdir = Path(outdir)
    output_html = Path(output_html)
    if max_documents is not None and max_documents < 0:
        raise ReportError("--max-documents must be 0 or more")
    t = _read_tables(outdir)
    docs_df, ment_df, org_df, acr_df, coop_df = (t[n] for n in TABLES)
    docs = docs_df.to_dict("records")
    coops = coop_df.to_dict("records")
    orgs = org_df.to_dict("records")

    stats = ReportStats(output=output_html)
    stats.documents = len(docs)
    stats.documents_ok = sum(1 for d in docs if d["status"] == "ok")
    stats.documents_error = sum(1 for d in docs if d["status"] == "error")
    stats.rows = {n: len(t[n]) for n in TABLES}
    label_counts = Counter(ment_df["label"])
    order = [lab for lab in LABEL_COLORS if lab in label_counts] + sorted(
        lab for lab in label_counts if lab not in LABEL_COLORS)
    stats.labels = {lab: label_counts[lab] for lab in order}
    org_keys = {(o["entity_id"] or "name:" + o["name"].lower()) for o in orgs}
    stats.organizations_distinct = len(org_keys)

    # which documents to show
    if max_documents is None:
        limit = len(docs) if len(docs) <= DEFAULT_MAX_DOCUMENTS else DEFAULT_MAX_DOCUMENTS
    else:
        limit = min(max_documents, len(docs))
    stats.documents_shown = limit
    stats.documents_limited = limit < len(docs)
    shown = docs[:limit]
    doc_anchor = {d["doc_id"]: f"doc-{i + 1}" for i, d in enumerate(shown)}

    roots = []
    for r in ([Path(source_root)] if source_root else []) + [outdir, outdir.parent]:
        if r not in roots:
            roots.append(r)
    texts, reasons = _load_texts([d for d in shown if d["status"] == "ok"], roots)

    # ---- entity info
    org_info: dict[str, dict] = {}
    for o in orgs:
        key = o["entity_id"] or "name:" + o["name"].lower()
        info = org_info.setdefault(key, {"names": Counter(), "canonical": "", "acronym": "", "foreign": None,
                                         "docs": set(), "mentions": 0, "country": ""})
        info["names"][o["name"]] += 1
        info["canonical"] = info["canonical"] or o["canonical_name"]
        info["acronym"] = info["acronym"] or o["acronym"]
        info["country"] = info["country"] or o["country"]
        f = _truthy(o["foreign"])
        if f is not None:
            info["foreign"] = bool(info["foreign"]) or f
        info["docs"].add(o["doc_id"])
        info["mentions"] += _int(o["mentions"], 0) or 0

    def display_name(key: str, fallback: str) -> str:
        info = org_info.get(key)
        if info:
            return info["canonical"] or info["names"].most_common(1)[0][0]
        return fallback

    # ---- partners in cooperation records
    partner_records: Counter = Counter()
    partner_docs: dict[str, set] = defaultdict(set)
    partner_names: dict[str, Counter] = defaultdict(Counter)
    partner_acr: dict[str, str] = {}
    for c in coops:
        seen = set()
        for name, pid, acr in _split_parties(c):
            key = pid or "name:" + name.lower()
            partner_names[key][name] += 1
            if acr and key not in partner_acr:
                partner_acr[key] = acr
            if key in seen:
                continue
            seen.add(key)
            partner_records[key] += 1
            partner_docs[key].add(c["doc_id"])

    def foreign_of(key: str) -> bool | None:
        info = org_info.get(key)
        return info["foreign"] if info else None

    def foreign_html(f: bool | None) -> str:
        if f is None:
            return '<span class="muted" title="not in organizations.csv">?</span>'
        return '<span class="foreign-yes">foreign</span>' if f else "domestic"

    top_by_records = partner_records.most_common(TOP_PARTNERS)
    docs_per_org = sorted(org_info.items(), key=lambda kv: (-len(kv[1]["docs"]), -kv[1]["mentions"]))[:TOP_PARTNERS]

    # ---- years
    year_counts: Counter = Counter()
    for c in coops:
        y = c["date"][:4]
        year_counts[y if len(y) == 4 and y.isdigit() else "unknown"] += 1
    years = sorted(k for k in year_counts if k != "unknown")
    year_rows = [(y, year_counts[y], "") for y in years]
    if year_counts.get("unknown"):
        year_rows.append(("unknown", year_counts["unknown"], "unknown"))

    partner_rows = []
    for key, n in top_by_records:
        name = display_name(key, partner_names[key].most_common(1)[0][0])
        acr = partner_acr.get(key) or (org_info.get(key) or {}).get("acronym", "")
        label = f"{name} ({acr})" if acr and acr != name else name
        f = foreign_of(key)
        partner_rows.append((label, n, "foreign" if f else ("domestic" if f is False else "unknown")))

    page_title = title or f"Cooperation extraction report: {outdir.resolve().name}"

    # ---- sections
    body = []
    body.append(f'<header><h1 id="title">{_e(page_title)}</h1><p class="muted">Tables from '
                f'<code>{_e(str(outdir))}</code>. Sort a table by clicking a header; filter with the boxes '
                f'above it (accent-insensitive). Link to a filtered view with '
                f'<code>#filter=WORD&amp;activity=TYPE</code>.</p>'
                f'<nav><a href="#summary">Summary</a> · <a href="#cooperations">Cooperation records</a> · '
                f'<a href="#organizations">Organisations</a> · <a href="#errors">Errors</a> · '
                f'<a href="#documents">Documents</a></nav></header>')

    # summary
    s = []
    s.append('<section id="summary"><h2>Summary</h2><div class="cards">')
    s.append(f'<div class="card" id="stat-documents" data-value="{stats.documents}"><b>{stats.documents}</b> '
             f'documents<br><span class="muted">{stats.documents_ok} ok, '
             f'<span id="stat-errors" data-value="{stats.documents_error}">{stats.documents_error}</span> '
             f'error</span></div>')
    for name, label in (("mentions", "mentions"), ("organizations", "organisation rows"),
                        ("acronyms", "acronyms"), ("cooperations", "cooperation records")):
        extra = (f'<br><span class="muted">{stats.organizations_distinct} distinct</span>'
                 if name == "organizations" else "")
        s.append(f'<div class="card" id="stat-{name}" data-value="{stats.rows[name]}"><b>{stats.rows[name]}</b> '
                 f'{label}{extra}</div>')
    s.append("</div>")
    # labels
    lab_rows = "".join(
        f'<tr data-label="{_e(lab)}"><td><mark class="ent" data-label="{_e(lab)}">{_e(lab)}</mark></td>'
        f'<td class="num">{n}</td></tr>' for lab, n in stats.labels.items())
    s.append('<div class="grid"><div><h3>Mentions per label</h3><table class="mini" id="label-counts">'
             f'<thead><tr><th>label</th><th>mentions</th></tr></thead><tbody>{lab_rows}</tbody></table>')
    act_counts = Counter(c["activity"] or "(none)" for c in coops)
    act_rows = "".join(f'<tr><td>{_e(a)}</td><td class="num">{n}</td></tr>' for a, n in act_counts.most_common())
    s.append('<h3>Cooperation records per activity</h3><table class="mini" id="activity-counts">'
             f'<thead><tr><th>activity</th><th>records</th></tr></thead><tbody>{act_rows}</tbody></table></div>')
    # top partners
    tp_rows = []
    for key, n in top_by_records:
        name = display_name(key, partner_names[key].most_common(1)[0][0])
        acr = partner_acr.get(key) or (org_info.get(key) or {}).get("acronym", "")
        variants = ", ".join(v for v in partner_names[key] if v != name)
        tip = f' title="also written: {_e(variants)}"' if variants else ""
        key_html = ('<span class="warn" title="no entity_id: not linked to the gazetteer">∅</span>'
                    if key.startswith("name:") else f"<code>{_e(key)}</code>")
        tp_rows.append(f'<tr><td{tip}>{_e(name)}</td><td>{_e(acr)}</td><td>{key_html}</td><td class="num">{n}</td><td class="num">{len(partner_docs[key])}</td>'
                       f'<td>{foreign_html(foreign_of(key))}</td></tr>')
    s.append('<div><h3>Top partners by cooperation records</h3><table class="mini" id="top-partners-records">'
             '<thead><tr><th>partner</th><th>acronym</th><th>entity_id</th><th>records</th><th>documents</th>'
             f'<th>foreign</th></tr></thead><tbody>{"".join(tp_rows)}</tbody></table>')
    td_rows = []
    for key, info in docs_per_org:
        name = info["canonical"] or info["names"].most_common(1)[0][0]
        td_rows.append(f'<tr><td>{_e(name)}</td><td>{_e(info["acronym"])}</td><td class="num">{len(info["docs"])}'
                       f'</td><td class="num">{info["mentions"]}</td><td class="num">{partner_records.get(key, 0)}</td>'
                       f'<td>{foreign_html(info["foreign"])}</td></tr>')
    s.append('<h3>Top organisations by documents</h3><table class="mini" id="top-partners-documents">'
             '<thead><tr><th>organisation</th><th>acronym</th><th>documents</th><th>mentions</th>'
             f'<th>coop. records</th><th>foreign</th></tr></thead><tbody>{"".join(td_rows)}</tbody></table></div>'
             '</div>')
    s.append('<div class="grid">')
    s.append(bar_chart(year_rows, "Cooperation records per year (first 4 digits of date)", "chart-years"))
    s.append(bar_chart(partner_rows, f"Cooperation records per partner (top {TOP_PARTNERS}; "
                                     "dark = foreign, light = domestic, grey = unknown)", "chart-partners"))
    s.append("</div></section>")
    body.append("".join(s))

    # cooperation table
    activities = sorted({c["activity"] for c in coops if c["activity"]})
    has_review = bool("review_status" in coop_df.columns and (coop_df["review_status"] != "").any())
    mention_terms: dict[tuple[str, str], set] = defaultdict(set)
    mention_label: dict[tuple[str, str], str] = {}
    for m in ment_df[["doc_id", "entity_id", "text", "label"]].itertuples(index=False):
        if m.entity_id:
            mention_terms[(m.doc_id, m.entity_id)].add(m.text)
        mention_label.setdefault((m.doc_id, m.text), m.label)
    coop_by_doc: dict[str, list[dict]] = defaultdict(list)
    coop_rows = []
    for i, c in enumerate(coops, start=1):
        coop_by_doc[c["doc_id"]].append(c)
        parties = _split_parties(c)
        words = set()
        for name, pid, acr in parties:
            words.update(x for x in (name, acr) if x)
            if pid:
                words.update(mention_terms.get((c["doc_id"], pid), ()))
        terms = {w: mention_label.get((c["doc_id"], w), "ORG") for w in words}
        c["_evidence_html"] = highlight_terms(c["evidence"], terms)
        c["_anchor"] = None
        anchor = doc_anchor.get(c["doc_id"])
        if anchor and c["doc_id"] in texts:
            st, en = _int(c["start"]), _int(c["end"])
            if st is not None and en is not None and texts[c["doc_id"]][st:en] == c["evidence"]:
                c["_anchor"] = f"{anchor}-ev-{st}-{en}"
        link_target = c["_anchor"] or anchor
        doc_link = (f'<a href="#{link_target}" title="{_e(c["doc_id"])}">{_e(c["doc_id"])}</a>' if link_target
                    else f'<span title="document not shown in this report">{_e(c["doc_id"])}</span>')
        parties_html = "<br>".join(
            _e(name) + (f' <span class="muted">({_e(acr)})</span>' if acr and acr != name else "")
            + ("" if pid else ' <span class="warn" title="no entity_id">∅</span>')
            for name, pid, acr in parties)
        amount_text, amount_sort = _fmt_amount(c["amount"], c["currency"])
        conf = _float(c["confidence"])
        cells = [
            _td(str(i), str(i), "num"),
            _td(doc_link, c["doc_id"], "docref"),
            _td(parties_html, c["parties"], "parties"),
            _td(_e(c["activity"]), c["activity"], "activity"),
            _td(_e(c["date"]), c["date"]),
            _td(_e(amount_text), amount_sort, "num"),
            _td(_e(c["confidence"]), "" if conf is None else repr(conf), "num"),
            _td(_yes_no(c["international"])),
            _td(c["_evidence_html"], c["evidence"], "ev"),
        ]
        if has_review:
            cells.append(_td(_e(" ".join(x for x in (c.get("review_status", ""), c.get("review_note", "")) if x))))
        coop_rows.append(f'<tr data-record="{_e(c["record_id"])}" data-activity="{_e(c["activity"])}">'
                         f'{"".join(cells)}</tr>')
    coop_cols = [("#", "num"), ("document", "text"), ("parties", "text"), ("activity", "text"),
                 ("date", "text"), ("amount", "num"), ("confidence", "num"), ("international", "text"),
                 ("evidence", "text")] + ([("review", "text")] if has_review else [])
    options = "".join(f'<option value="{_e(a)}">{_e(a)} ({act_counts[a]})</option>' for a in activities)
    body.append(
        f'<section id="cooperations"><h2>Cooperation records</h2>'
        f'<div class="controls"><label>Filter <input type="search" id="coop-filter" data-table="coop-table" '
        f'placeholder="text in any column, e.g. JICA" autocomplete="off"></label> '
        f'<label>Activity <select id="coop-activity" data-table="coop-table"><option value="">all</option>'
        f'{options}</select></label> <span class="count" id="coop-count" data-visible="{len(coops)}" '
        f'data-total="{len(coops)}">{len(coops)} of {len(coops)} records</span> <span class="muted small">'
        f'<span class="warn">∅</span> = party without entity_id; highlighted in the evidence: party names</span></div>'
        + (_table("coop-table", coop_cols, coop_rows) if coops else '<p class="muted">No cooperation records.</p>')
        + "</section>")

    # organisations table
    org_rows = []
    org_has_review = bool("review_status" in org_df.columns and (org_df["review_status"] != "").any())
    for o in orgs:
        anchor = doc_anchor.get(o["doc_id"])
        doc_link = (f'<a href="#{anchor}">{_e(o["doc_id"])}</a>' if anchor else _e(o["doc_id"]))
        cells = [
            _td(doc_link, o["doc_id"], "docref"), _td(_e(o["name"])), _td(_e(o["acronym"])),
            _td(f'<code>{_e(o["entity_id"])}</code>' if o["entity_id"] else '<span class="warn">∅</span>',
                o["entity_id"]),
            _td(_e(o["country"])), _td(_yes_no(o["foreign"]), o["foreign"]),
            _td(_e(o["mentions"]), o["mentions"], "num"), _td(_yes_no(o["in_gazetteer"]), o["in_gazetteer"]),
        ]
        if org_has_review:
            cells.append(_td(_e(" ".join(x for x in (o.get("review_status", ""), o.get("review_note", "")) if x))))
        org_rows.append(f"<tr>{''.join(cells)}</tr>")
    org_cols = [("document", "text"), ("name", "text"), ("acronym", "text"), ("entity_id", "text"),
                ("country", "text"), ("foreign", "text"), ("mentions", "num"), ("in_gazetteer", "text")] + (
        [("review", "text")] if org_has_review else [])
    body.append(
        f'<section id="organizations"><h2>Organisations</h2>'
        f'<div class="controls"><label>Filter <input type="search" id="org-filter" data-table="org-table" '
        f'placeholder="text in any column" autocomplete="off"></label> <span class="count" id="org-count" '
        f'data-visible="{len(orgs)}" data-total="{len(orgs)}">{len(orgs)} of {len(orgs)} rows</span></div>'
        + (_table("org-table", org_cols, org_rows) if orgs else '<p class="muted">No organisations.</p>')
        + "</section>")

    # errors
    err_docs = [d for d in docs if d["status"] == "error"]
    if err_docs:
        items = "".join(f'<li class="error-doc" data-doc-id="{_e(d["doc_id"])}"><b>{_e(d["doc_id"])}</b> '
                        f'<span class="muted">{_e(d["source"])}</span><br><span class="errmsg">{_e(d["error"])}</span>'
                        f'</li>' for d in err_docs)
        body.append(f'<section id="errors"><h2>Documents with errors ({len(err_docs)})</h2><ul>{items}</ul></section>')
    else:
        body.append('<section id="errors"><h2>Documents with errors (0)</h2><p class="muted">No document failed.</p>'
                    '</section>')

    # documents
    mentions_by_doc: dict[str, list[dict]] = defaultdict(list)
    shown_ids = set(doc_anchor)
    for m in ment_df[ment_df["doc_id"].isin(shown_ids)].to_dict("records"):
        mentions_by_doc[m["doc_id"]].append(m)
    orgs_by_doc: dict[str, list[dict]] = defaultdict(list)
    for o in orgs:
        if o["doc_id"] in shown_ids:
            orgs_by_doc[o["doc_id"]].append(o)

    d_parts = [f'<section id="documents"><h2>Documents ({limit} of {len(docs)})</h2>']
    if stats.documents_limited:
        why = ("more than 500 documents: the first 500 are shown by default"
               if max_documents is None else f"--max-documents {max_documents}")
        d_parts.append(f'<p class="notice" id="documents-limited">Showing the first {limit} of {len(docs)} documents '
                       f'({_e(why)}); use <code>--max-documents N</code> to show more. The tables above hold '
                       f'all documents.</p>')
    legend = " ".join(f'<mark class="ent" data-label="{lab}">{lab}</mark>' for lab in LABEL_COLORS)
    d_parts.append(f'<p class="legend">Labels: {legend}. Hover a highlight for entity id and value; underlined '
                   f'sentences are evidence of a cooperation record.</p>')
    open_attr = " open" if limit <= 50 else ""
    for d in shown:
        doc_id = d["doc_id"]
        anchor = doc_anchor[doc_id]
        meta = " · ".join(_e(x) for x in (d["published"], d["author"], d["source_credit"]) if x)
        head = (f'<summary><span class="doc-id">{_e(doc_id)}</span>'
                + (f' <span class="doc-title">{_e(d["title"])}</span>' if d["title"] else "")
                + (' <span class="badge err">error</span>' if d["status"] == "error" else "")
                + "</summary>")
        parts = [f'<section class="doc" id="{anchor}" data-doc-id="{_e(doc_id)}" data-status="{_e(d["status"])}">'
                 f'<details{open_attr}>{head}<p class="muted">source <code>{_e(d["source"])}</code>'
                 + (f" · {meta}" if meta else "") + (f' · {_e(d["chars"])} chars' if d["chars"] else "") + "</p>"]
        if d["status"] == "error":
            parts.append(f'<p class="errmsg">This document could not be processed: {_e(d["error"])}</p>')
        elif doc_id not in texts:
            reason = reasons.get(doc_id, "text not available")
            stats.texts_missing.append((doc_id, reason))
            parts.append(f'<p class="notice text-missing">Text not shown: {_e(reason)}.</p>')
        else:
            text = texts[doc_id]
            spans, bad = [], 0
            for m in mentions_by_doc.get(doc_id, []):
                st, en = _int(m["start"]), _int(m["end"])
                if st is None or en is None or not (0 <= st < en <= len(text)) or text[st:en] != m["text"]:
                    bad += 1
                    continue
                tip = " · ".join(x for x in (m["label"], m["entity_id"] and "id " + m["entity_id"],
                                             m["value"] and "value " + m["value"] + (" " + m["unit"] if m["unit"] else ""),
                                             m["qualifier"], m["method"] and f"{m['method']} {m['score']}".strip())
                                 if x)
                spans.append((st, en, {"label": m["label"], "title": tip, "entity_id": m["entity_id"]}))
            kept = _non_overlapping(spans)
            expected = _int(d["chars"])
            if expected is not None and expected != len(text):
                parts.append(f'<p class="notice">The source now has {len(text)} characters, {expected} when '
                             f'`extractor run` read it: the file changed; re-run the extraction.</p>')
            if bad:
                parts.append(f'<p class="notice">{bad} mention(s) do not match the text at their offsets and are not '
                             f'highlighted (the source changed since `extractor run`?).</p>')
            if len(kept) < len(spans):
                parts.append(f'<p class="muted small">{len(spans) - len(kept)} overlapping mention(s) not drawn '
                             f'(the longest is kept).</p>')
            ev = []
            for c in coop_by_doc.get(doc_id, []):
                if c["_anchor"]:
                    ev.append((_int(c["start"]), _int(c["end"]), c["_anchor"]))
            ev = list({a: (s_, e_, a) for s_, e_, a in ev}.values())
            parts.append(f'<div class="doc-text" lang="vi">{render_text(text, kept, ev)}</div>')
        dcoops = coop_by_doc.get(doc_id, [])
        if dcoops:
            items = []
            for c in dcoops:
                amount_text, _ = _fmt_amount(c["amount"], c["currency"])
                facts = " · ".join(_e(x) for x in (c["activity"], c["date"], amount_text,
                                                   c["confidence"] and "confidence " + c["confidence"]) if x)
                jump = f' <a href="#{c["_anchor"]}" class="small">in text</a>' if c["_anchor"] else ""
                items.append(f'<li class="coop" data-record="{_e(c["record_id"])}"><b>{_e(c["parties"])}</b> '
                             f'<span class="muted">{facts}</span>{jump}<blockquote>{c["_evidence_html"]}</blockquote></li>')
            parts.append(f'<h4>Cooperation records ({len(dcoops)})</h4><ol class="doc-coops">{"".join(items)}</ol>')
        dorgs = orgs_by_doc.get(doc_id, [])
        if dorgs:
            items = ", ".join(
                f'<span class="org" title="{_e(o["entity_id"] or "no entity_id")}">{_e(o["name"])}'
                + (f' ({_e(o["acronym"])})' if o["acronym"] and o["acronym"] != o["name"] else "")
                + (' <span class="foreign-yes">foreign</span>' if _truthy(o["foreign"]) else "")
                + f' <span class="muted">×{_e(o["mentions"])}</span></span>' for o in dorgs)
            parts.append(f'<h4>Organisations ({len(dorgs)})</h4><p class="doc-orgs">{items}</p>')
        parts.append("</details></section>")
        d_parts.append("".join(parts))
    d_parts.append("</section>")
    body.append("".join(d_parts))

    label_css = "".join(f'mark[data-label="{lab}"]{{background:{col}}}'
                        f'' for lab, col in LABEL_COLORS.items())
    page = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        'script-src \'unsafe-inline\'; img-src data:">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(page_title)}</title><style>{_CSS}{label_css}</style></head>"
        f'<body><main>{"".join(body)}</main><script>{_JS}</script></body></html>\n')
    output_html.parent.mkdir(parents=True, exist_ok=True)
    tmp = output_html.with_name(output_html.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, output_html)
    stats.bytes = output_html.stat().st_size
    return stats


# --------------------------------------------------------------------------------------------
# Inline CSS and JavaScript (no external resources)

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 "Segoe UI","Noto Sans","DejaVu Sans","Liberation Sans",Arial,sans-serif;color:#1d2330;
background:#f6f7f9}
main{max-width:1400px;margin:0 auto;padding:16px 24px 64px}
h1{font-size:22px;margin:8px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #d5dae3;
padding-bottom:4px}h3{font-size:14px;margin:14px 0 6px}h4{font-size:13px;margin:12px 0 4px}
nav a{margin-right:4px}a{color:#1557b0}code{font-size:12px;background:#eef0f4;padding:0 3px;border-radius:3px}
.muted{color:#68707d}.small{font-size:12px}.warn{color:#b3261e;font-weight:bold}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #d5dae3;border-radius:6px;
padding:8px 14px;min-width:150px}.card b{font-size:22px;display:block}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:18px;align-items:start}
table{border-collapse:collapse;background:#fff}th,td{border:1px solid #dde1e8;padding:3px 6px;vertical-align:top;
text-align:left}th{background:#eef1f6;position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num,th.num{text-align:right;white-space:nowrap}table.mini td{font-size:13px}
table.data{width:100%;font-size:13px}table.data td.ev{min-width:380px}table.data td.parties{min-width:190px}
table.data td.docref{max-width:170px;word-break:break-all;font-size:12px}
tr.filtered-out{display:none}
.controls{margin:6px 0 8px;display:flex;gap:14px;align-items:center;flex-wrap:wrap}
.controls input{width:320px;padding:4px 6px}.controls select{padding:3px}.count{color:#68707d}
.chart{margin:10px 0;background:#fff;border:1px solid #d5dae3;border-radius:6px;padding:8px}
.chart figcaption{font-weight:600;margin-bottom:4px}.chart svg{max-width:100%;height:auto;font-size:12px}
.chart text{fill:#1d2330}.bar rect{fill:#4f7cc4}.bar.foreign rect{fill:#2f5597}.bar.domestic rect{fill:#9db8e3}
.bar.unknown rect{fill:#b9bec7}
.foreign-yes{background:#2f5597;color:#fff;border-radius:3px;padding:0 4px;font-size:11px}
.notice{background:#fff6d6;border:1px solid #e8cf79;padding:6px 10px;border-radius:4px}
.errmsg{color:#b3261e}.badge.err{background:#b3261e;color:#fff;border-radius:3px;padding:0 5px;font-size:11px}
#errors ul{background:#fff;border:1px solid #d5dae3;padding:8px 28px;border-radius:6px}
.doc{background:#fff;border:1px solid #d5dae3;border-radius:6px;margin:12px 0;padding:4px 14px}
.doc summary{cursor:pointer;padding:6px 0;font-weight:600}.doc-id{font-family:monospace;font-size:12px;
color:#68707d;margin-right:6px}.doc-title{font-size:15px}
.doc-text{white-space:pre-wrap;line-height:2.1;font-size:15px;max-width:980px}
mark.ent{padding:2px 4px;border-radius:4px;color:#1d2330;background:#ddd;box-decoration-break:clone;
-webkit-box-decoration-break:clone}
.doc-text mark.ent::after{content:attr(data-label);font-size:9px;font-weight:bold;margin-left:4px;
vertical-align:middle;opacity:.75;font-family:"DejaVu Sans Mono",monospace}
.ev-span{border-bottom:2px dotted #8a94a6}.ev-span:target{background:#fff0a8;outline:2px solid #e0b400}
blockquote{margin:4px 0 8px 0;padding:4px 10px;border-left:3px solid #c9d2e3;background:#fafbfc}
td mark.ent,blockquote mark.ent{padding:0 2px}
ol.doc-coops li{margin-bottom:4px}.doc-orgs{font-size:13px}
"""

_JS = r"""
(function () {
  "use strict";
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase();
  }
  function sortKey(td) {
    return td ? (td.hasAttribute("data-sort") ? td.getAttribute("data-sort") : td.textContent) : "";
  }
  function makeSortable(table) {
    var ths = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(ths, function (th, col) {
      function go() {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(ths, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var num = th.getAttribute("data-type") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (r, i) {
          var k = sortKey(r.cells[col]);
          if (num) { k = parseFloat(k); if (isNaN(k)) { k = null; } }
          return {r: r, k: k, i: i};
        });
        keyed.sort(function (a, b) {
          if (a.k === null || a.k === "") { return (b.k === null || b.k === "") ? a.i - b.i : 1; }
          if (b.k === null || b.k === "") { return -1; }
          var c = num ? a.k - b.k : String(a.k).localeCompare(String(b.k), "vi", {numeric: true});
          if (!asc) { c = -c; }
          return c || a.i - b.i;
        });
        var frag = document.createDocumentFragment();
        keyed.forEach(function (x) { frag.appendChild(x.r); });
        body.appendChild(frag);
      }
      th.addEventListener("click", go);
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
    });
  }
  function makeFilter(tableId, inputId, selectId, countId, noun) {
    var table = document.getElementById(tableId);
    var input = document.getElementById(inputId);
    var select = selectId ? document.getElementById(selectId) : null;
    var count = document.getElementById(countId);
    if (!table || !input) { return null; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.forEach(function (r) { r._text = fold(r.textContent); });
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var act = select ? select.value : "";
      var visible = 0;
      rows.forEach(function (r) {
        var ok = (!act || r.getAttribute("data-activity") === act) &&
          words.every(function (w) { return r._text.indexOf(w) >= 0; });
        r.style.display = ok ? "" : "none";
        r.classList.toggle("filtered-out", !ok);
        if (ok) { visible += 1; }
      });
      input.setAttribute("value", input.value);
      if (count) {
        count.textContent = visible + " of " + rows.length + " " + noun;
        count.setAttribute("data-visible", String(visible));
      }
    }
    input.addEventListener("input", apply);
    if (select) { select.addEventListener("change", apply); }
    return {input: input, select: select, apply: apply};
  }
  function params() {
    var h = location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) { return null; }
    try { return new URLSearchParams(h); } catch (e) { return null; }
  }
  function openTarget() {
    var h = location.hash.replace(/^#/, "");
    if (!h || h.indexOf("=") >= 0) { return; }
    var el = document.getElementById(decodeURIComponent(h));
    if (!el) { return; }
    for (var p = el; p; p = p.parentElement) { if (p.tagName === "DETAILS") { p.open = true; } }
    el.scrollIntoView({block: "center"});
  }
  function visualCheck() {
    var out = {};
    var card = document.getElementById("stat-documents");
    out.documentsText = card ? card.innerText : null;
    var marks = Array.prototype.slice.call(document.querySelectorAll('.doc-text mark[data-label="ORG"]'), 0, 200);
    out.orgMarks = marks.map(function (m) {
      var r = m.getBoundingClientRect(), cs = getComputedStyle(m);
      return {text: m.textContent, width: r.width, height: r.height, background: cs.backgroundColor,
              visibility: cs.visibility};
    });
    var t = document.getElementById("coop-table");
    if (t) {
      var rows = Array.prototype.slice.call(t.tBodies[0].rows);
      out.coopRows = rows.length;
      out.coopVisible = rows.filter(function (r) { return r.getClientRects().length > 0; }).length;
    }
    var pre = document.createElement("pre");
    pre.id = "visual-check";
    pre.hidden = true;
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
    var coop = makeFilter("coop-table", "coop-filter", "coop-activity", "coop-count", "records");
    var org = makeFilter("org-table", "org-filter", null, "org-count", "rows");
    function fromHash() {
      var p = params();
      if (!p) { return; }
      if (coop) {
        if (p.has("filter")) { coop.input.value = p.get("filter"); }
        if (p.has("activity") && coop.select) { coop.select.value = p.get("activity"); }
        coop.apply();
      }
      if (org && p.has("org")) { org.input.value = p.get("org"); org.apply(); }
      if (p.has("check")) { visualCheck(); }
    }
    fromHash();
    openTarget();
    window.addEventListener("hashchange", function () { fromHash(); openTarget(); });
    document.documentElement.setAttribute("data-ready", "1");
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
"""


# --------------------------------------------------------------------------------------------
# Command line (registered in cli.py as `extractor report`)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.command("report", context_settings=CONTEXT)
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_html", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (default: OUTDIR/report.html).")
@click.option("--max-documents", type=int, default=None,
              help="Show at most N documents with their text (default: all, at most 500). "
                   "The tables always hold everything.")
@click.option("--title", default=None, help="Page title.")
@click.option("--source-root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder against which the relative 'source' paths of documents.csv are resolved "
                   "(default: the current folder, OUTDIR and its parent).")
def report_cmd(outdir, output_html, max_documents, title, source_root):
    """Write a self-contained HTML review report of the tables in OUTDIR.

    The page works offline (open it from disk): summary and charts, sortable and filterable
    cooperation and organisation tables, errors, and every document with its entities
    highlighted.  Preset the cooperation filter with a link such as report.html#filter=JICA.

    \b
    Examples:
      extractor run corpus/ -o out/ && extractor report out/ -o out/report.html
      extractor report out/ -o review.html --max-documents 100 --title "ODA 2020"
      extractor report out/ --source-root /data/archive
    """
    if max_documents is not None and max_documents < 0:
        raise click.ClickException("--max-documents must be 0 or more (0 = tables only)")
    if output_html is None:
        output_html = outdir / "report.html"
    if output_html.exists() and output_html.is_dir():
        raise click.ClickException(f"{output_html} is a folder; give a file name such as {output_html / 'report.html'}")
    try:
        stats = build_report(outdir, output_html, max_documents=max_documents, title=title,
                             source_root=source_root)
    except ReportError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {output_html}: {exc.strerror or exc}; choose another -o path") from exc
    click.echo(stats.line())
    if stats.documents_limited:
        click.echo(f"note: {stats.documents_shown} of {stats.documents} documents shown with their text; "
                   f"use --max-documents to change", err=True)
    if stats.texts_missing:
        click.echo(f"warning: the text of {len(stats.texts_missing)} document(s) could not be re-read, shown "
                   f"without highlights; e.g. {stats.texts_missing[0][0]}: {stats.texts_missing[0][1]}", err=True)
    click.echo(f"report written to {output_html} ({stats.bytes / 1024:.0f} kB)", err=True)
