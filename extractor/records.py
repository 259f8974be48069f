"""Stage 8: spans become plain records, at one boundary.

Everything upstream works on the *normalised* text; here every offset is mapped back to the
original document text (:class:`extractor.normalize.Normalized`), every surface string is cut
from the original, and the rows of the five output tables are built as plain dicts whose keys
are exactly the documented CSV columns.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .cooperation import record_id
from .gazetteer import Gazetteer
from .normalize import Normalized, fold

__all__ = ["DocumentResult", "COLUMNS", "doc_to_result", "error_result"]

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source", "title", "published", "author", "source_credit", "chars", "status",
                  "error"],
    "mentions": ["doc_id", "start", "end", "text", "label", "value", "unit", "qualifier", "entity_id",
                 "method", "score"],
    "organizations": ["doc_id", "entity_id", "name", "acronym", "canonical_name", "name_en", "country",
                      "org_type", "foreign", "mentions", "in_gazetteer", "review_status", "review_note"],
    "acronyms": ["doc_id", "short", "long", "defined_in_text", "source", "entity_id"],
    "cooperations": ["record_id", "doc_id", "parties", "party_ids", "party_acronyms", "activity",
                     "international", "date", "amount", "currency", "evidence", "start", "end", "confidence",
                     "review_status", "review_note"],
}


@dataclass
class DocumentResult:
    document: dict[str, object]
    mentions: list[dict[str, object]] = field(default_factory=list)
    organizations: list[dict[str, object]] = field(default_factory=list)
    acronyms: list[dict[str, object]] = field(default_factory=list)
    cooperations: list[dict[str, object]] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict[str, object]]]:
        return {"documents": [self.document], "mentions": self.mentions,
                "organizations": self.organizations, "acronyms": self.acronyms,
                "cooperations": self.cooperations}


def _b(value: bool) -> str:
    return "true" if value else "false"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def error_result(doc_id: str, source: str, error: str, chars: int = 0) -> DocumentResult:
    return DocumentResult({"doc_id": doc_id, "source": source, "title": "", "published": "", "author": "",
                           "source_credit": "", "chars": chars, "status": "error", "error": error})


def doc_to_result(doc: Doc, norm: Normalized, doc_id: str, source: str, gaz: Gazetteer,
                  meta: dict[str, str] | None = None) -> DocumentResult:
    meta = meta or {}
    orig = norm.original
    cm = doc._.vi_meta

    def span(a: int, b: int) -> tuple[int, int, str]:
        x, y = norm.to_original(a, b)
        return x, y, orig[x:y]

    published = meta.get("published", "")[:10] or (cm.published if cm else "")
    result = DocumentResult({
        "doc_id": doc_id, "source": source,
        "title": meta.get("title") or (cm.title if cm else ""),
        "published": published,
        "author": meta.get("author") or (cm.author if cm else ""),
        "source_credit": meta.get("sitename") or (cm.source_credit if cm else ""),
        "chars": len(orig), "status": "ok", "error": "",
    })
    for m in sorted(doc._.vi_mentions, key=lambda m: (m.start, m.end)):
        a, b, surface = span(m.start, m.end)
        result.mentions.append({
            "doc_id": doc_id, "start": a, "end": b, "text": surface, "label": m.label, "value": m.value,
            "unit": m.unit, "qualifier": m.qualifier, "entity_id": m.entity_id, "method": m.method,
            "score": round(m.score, 3)})

    # organisations: one row per cluster, named by its fullest in-document form
    surface_of: dict[int, str] = {}
    acronym_of: dict[int, str] = {}
    for c in doc._.vi_clusters:
        best = next((m for m in c.mentions if m.text == c.name), c.mentions[0])
        surface_of[c.key] = span(best.start, best.end)[2]
        acr = next((m for m in c.mentions if m.text == c.acronym), None)
        acronym_of[c.key] = span(acr.start, acr.end)[2] if acr else c.acronym
        entry = gaz.orgs.get(c.entity_id) if c.entity_id else None
        if entry is not None:
            country, foreign = entry.country, entry.foreign
        else:
            from .pipeline import infer_country

            country = infer_country(gaz, c.name)
            foreign = country not in ("", "VN") or (country == "" and _latin_only(c.name))
        result.organizations.append({
            "doc_id": doc_id, "entity_id": c.entity_id, "name": surface_of[c.key],
            "acronym": acronym_of[c.key],
            "canonical_name": entry.name if entry else "", "name_en": entry.name_en if entry else "",
            "country": country, "org_type": entry.org_type if entry else "",
            "foreign": _b(foreign), "mentions": len(c.mentions), "in_gazetteer": _b(entry is not None)})

    # acronyms: one row per (short, long)
    eid_at = {(m.start, m.end): c.entity_id for c in doc._.vi_clusters for m in c.mentions}
    seen: set[tuple[str, str]] = set()
    for p in doc._.vi_acronyms:
        key = (p.short, fold(p.long))
        if key in seen:
            continue
        seen.add(key)
        short = span(*p.short_span)[2] if p.short_span else p.short
        long = span(*p.long_span)[2] if p.long_span else p.long
        eid = eid_at.get(p.long_span, "") if p.long_span else ""
        if not eid:
            entries = gaz.orgs_for_acronym(p.short)
            eid = entries[0].id if len(entries) == 1 else ""
        result.acronyms.append({"doc_id": doc_id, "short": short, "long": long,
                                "defined_in_text": _b(p.defined_in_text), "source": p.source, "entity_id": eid})

    # cooperation records
    for rel in doc._.vi_relations:
        a, b, evidence = span(*rel.sentence)
        names, ids, acrs = [], [], []
        for p in rel.parties:
            if p.key.startswith("org:") and int(p.key[4:]) in surface_of:
                k = int(p.key[4:])
                names.append(surface_of[k])
                acrs.append(acronym_of[k])
            else:
                names.append(span(p.start, p.end)[2] if p.kind != "reporting" and p.start >= 0 else p.name)
                acrs.append(p.acronym)
            ids.append(p.entity_id or (p.key.split(":", 1)[1] if p.key.startswith("place:") else ""))
        result.cooperations.append({
            "record_id": record_id(doc_id, a, b, [p.key if not p.key.startswith("org:") else n
                                                  for p, n in zip(rel.parties, names)], rel.activity),
            "doc_id": doc_id, "parties": " | ".join(names), "party_ids": " | ".join(ids),
            "party_acronyms": " | ".join(acrs), "activity": rel.activity,
            "international": _b(any(p.foreign for p in rel.parties)), "date": rel.date,
            "amount": _num(rel.amount), "currency": rel.currency, "evidence": evidence,
            "start": a, "end": b, "confidence": rel.confidence})
    return result


def _latin_only(name: str) -> bool:
    """Names written only in plain Latin letters ('Microsoft', 'IDG') are foreign by default."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)
