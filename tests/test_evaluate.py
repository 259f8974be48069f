"""Tests for extractor.evaluate on small hand-made gold files and output tables."""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from extractor.evaluate import (
    FIELDS,
    date_values_match,
    eval_spans,
    evaluate,
    format_errors,
    format_report,
    format_span_report,
    report_to_dict,
    span_report_to_dict,
)

COLUMNS = {
    "documents": ["doc_id", "source", "title", "published", "author", "source_credit", "chars",
                  "status", "error"],
    "mentions": ["doc_id", "start", "end", "text", "label", "value", "unit", "qualifier",
                 "entity_id", "method", "score"],
    "organizations": ["doc_id", "entity_id", "name", "acronym", "canonical_name", "name_en",
                      "country", "org_type", "foreign", "mentions", "in_gazetteer"],
    "acronyms": ["doc_id", "short", "long", "defined_in_text", "source", "entity_id"],
    "cooperations": ["record_id", "doc_id", "parties", "party_ids", "party_acronyms", "activity",
                     "international", "date", "amount", "currency", "evidence", "start", "end",
                     "confidence"],
}

JICA = "Cơ quan Hợp tác Quốc tế Nhật Bản"


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------

def gold(doc: str, **fields: Any) -> dict[str, Any]:
    g: dict[str, Any] = {"doc": doc, "published": None}
    for f in FIELDS:
        g[f] = fields.get(f, [])
    return g


def write_gold(root: Path, rel: str, data: dict[str, Any]) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return p


def write_out(out: Path, doc_ids: list[str], **tables: list[dict[str, Any]]) -> Path:
    """documents.csv for doc_ids plus any given tables; tables not given are not written."""
    out.mkdir(parents=True, exist_ok=True)
    docs = [{"doc_id": d, "status": "ok"} for d in doc_ids]
    for name, rows in [("documents", docs), *tables.items()]:
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS[name])
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in COLUMNS[name]})
    return out


def org(doc: str, name: str, acronym: str = "") -> dict[str, str]:
    return {"doc_id": doc, "name": name, "acronym": acronym}


def acr(doc: str, short: str, long: str, source: str = "text") -> dict[str, str]:
    return {"doc_id": doc, "short": short, "long": long, "source": source}


def date(doc: str, text: str, value: str) -> dict[str, str]:
    return {"doc_id": doc, "label": "DATE", "text": text, "value": value}


def money(doc: str, value: str, unit: str, text: str = "") -> dict[str, str]:
    return {"doc_id": doc, "label": "MONEY", "text": text, "value": value, "unit": unit}


def coop(doc: str, parties: list[str], activity: str, acronyms: list[str] | None = None,
         evidence: str = "") -> dict[str, str]:
    return {"doc_id": doc, "parties": " | ".join(parties),
            "party_acronyms": " | ".join(acronyms or [""] * len(parties)),
            "activity": activity, "evidence": evidence}


def counts(report, field: str, subset: str = "all") -> tuple[int, int, int]:
    c = report.subsets[subset].counts[field]
    return c.tp, c.fp, c.fn


def prf(report, field: str, subset: str = "all") -> tuple[float, float, float]:
    c = report.subsets[subset].counts[field]
    return c.precision, c.recall, c.f1


FULL_GOLD = gold(
    "a.txt",
    organizations=[{"name": JICA, "acronym": "JICA", "foreign": True},
                   {"name": "Bộ Tài chính", "acronym": None, "foreign": False}],
    acronyms=[{"short": "JICA", "long": JICA, "defined_in_text": True}],
    dates=[{"text": "ngày 3/7/2019", "value": "2019-07-03"}],
    amounts=[{"text": "9,5 triệu USD", "value": 9500000, "currency": "USD", "qualifier": "approx"}],
    cooperation=[{"parties": ["Bộ Tài chính", JICA], "type": "loan", "date": None, "amount": None,
                  "evidence": "Bộ Tài chính ký với JICA."}],
)


def full_prediction(out: Path, doc: str = "a.txt") -> Path:
    return write_out(
        out, [doc],
        organizations=[org(doc, JICA, "JICA"), org(doc, "Bộ Tài chính")],
        acronyms=[acr(doc, "JICA", JICA)],
        mentions=[date(doc, "ngày 3/7/2019", "2019-07-03"), money(doc, "9500000.0", "USD", "9,5 triệu USD")],
        cooperations=[coop(doc, ["Bộ Tài chính", JICA], "loan", ["", "JICA"],
                           "Bộ Tài chính ký với JICA.")],
    )


# ------------------------------------------------------------------------------------------
# whole-report behaviour
# ------------------------------------------------------------------------------------------

def test_perfect_match(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", FULL_GOLD)
    rep = evaluate(tmp_path / "gold", full_prediction(tmp_path / "out"))
    assert list(rep.subsets) == ["all"]
    expected = {"organizations": (2, 0, 0), "acronyms": (1, 0, 0), "dates": (1, 0, 0),
                "amounts": (1, 0, 0), "cooperation": (1, 0, 0)}
    for f in FIELDS:
        assert counts(rep, f) == expected[f]
        assert prf(rep, f) == (1.0, 1.0, 1.0)
    assert rep.all.macro_f1 == 1.0
    assert rep.all.type_accuracy == 1.0
    assert format_errors(rep) == "no errors"


def test_empty_prediction(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", FULL_GOLD)
    out = write_out(tmp_path / "out", ["a.txt"])
    (out / "mentions.csv").write_text("", encoding="utf-8")  # empty file == no rows
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (0, 0, 2)
    assert counts(rep, "cooperation") == (0, 0, 1)
    for f in FIELDS:
        assert prf(rep, f) == (0.0, 0.0, 0.0)
    assert rep.all.macro_f1 == 0.0
    assert rep.all.type_accuracy is None
    assert rep.all.missing_docs == []
    errs = format_errors(rep)
    assert "    - missed: Bộ Tài chính" in errs
    assert f"    - missed: {JICA} (JICA)" in errs


def test_empty_gold_and_empty_prediction(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", gold("a.txt"))
    rep = evaluate(tmp_path / "gold", write_out(tmp_path / "out", ["a.txt"]))
    for f in FIELDS:
        assert counts(rep, f) == (0, 0, 0)
        assert prf(rep, f) == (1.0, 1.0, 1.0)
    assert rep.all.macro_f1 == 1.0


def test_empty_gold_with_predictions_scores_zero(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", gold("a.txt"))
    out = write_out(tmp_path / "out", ["a.txt"], organizations=[org("a.txt", "Bộ Tài chính")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (0, 1, 0)
    assert prf(rep, "organizations") == (0.0, 0.0, 0.0)
    assert rep.all.macro_f1 == pytest.approx(4 / 5)


def test_partial_exact_numbers(tmp_path: Path) -> None:
    g = gold("a.txt", organizations=[{"name": n, "acronym": None} for n in
                                     ("Bộ Tài chính", "Bộ Ngoại giao", "Ngân hàng Thế giới", "UNDP")])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], organizations=[
        org("a.txt", "Bộ Tài chính"), org("a.txt", "Ngân hàng Thế giới"), org("a.txt", "Bộ Y tế")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (2, 1, 2)
    p, r, f1 = prf(rep, "organizations")
    assert p == pytest.approx(2 / 3)
    assert r == pytest.approx(1 / 2)
    assert f1 == pytest.approx(4 / 7)
    # other fields: both sides empty -> 1.0
    assert rep.all.macro_f1 == pytest.approx((4 / 7 + 4) / 5)
    errs = format_errors(rep)
    assert "    - missed: Bộ Ngoại giao" in errs and "    - missed: UNDP" in errs
    assert "    + spurious: Bộ Y tế" in errs


def test_micro_average_over_documents(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", gold("a.txt", organizations=[{"name": "Bộ Tài chính"}]))
    write_gold(tmp_path / "gold", "b.gold.json", gold("b.txt", organizations=[
        {"name": "Bộ Y tế"}, {"name": "Bộ Ngoại giao"}, {"name": "UNDP"}]))
    out = write_out(tmp_path / "out", ["a.txt", "b.txt"], organizations=[
        org("a.txt", "Bộ Tài chính"), org("b.txt", "Bộ Y tế"), org("b.txt", "Bộ Tài chính")])
    rep = evaluate(tmp_path / "gold", out)
    # doc a: 1/0/0, doc b: 1/1/2 -> micro 2/1/2 (not the mean of per-doc F1)
    assert counts(rep, "organizations") == (2, 1, 2)
    assert prf(rep, "organizations")[2] == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))


def test_duplicates(tmp_path: Path) -> None:
    g = gold("a.txt",
             organizations=[{"name": "Bộ Tài chính"}, {"name": "bộ  tài chính"}, {"name": "UNDP"}],
             acronyms=[{"short": "ADB", "long": "Ngân hàng Phát triển châu Á"},
                       {"short": "ADB", "long": "Ngân hàng Phát triển Châu Á"}],
             dates=[{"text": "năm 2019", "value": "2019"}, {"text": "năm 2019", "value": "2019"}],
             amounts=[{"text": "2 triệu USD", "value": 2000000, "currency": "USD"},
                      {"text": "2.000.000 USD", "value": 2000000, "currency": "USD"}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"],
                    organizations=[org("a.txt", "Bộ Tài chính"), org("a.txt", "BỘ TÀI CHÍNH"),
                                   org("a.txt", "Bộ Tài  chính")],
                    acronyms=[acr("a.txt", "ADB", "Ngân hàng Phát triển châu Á")] * 2,
                    mentions=[date("a.txt", "năm 2019", "2019"), date("a.txt", "Năm 2019", "2019"),
                              money("a.txt", "2000000", "USD"), money("a.txt", "2000000", "USD")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (1, 0, 1)   # UNDP missed, duplicates count once
    assert counts(rep, "acronyms") == (1, 0, 0)
    assert counts(rep, "dates") == (1, 0, 0)
    assert counts(rep, "amounts") == (1, 0, 0)


def test_diacritic_variants_match(tmp_path: Path) -> None:
    g = gold("a.txt",
             organizations=[{"name": JICA, "acronym": None}, {"name": "Sở Hòa"}],
             acronyms=[{"short": "HB", "long": "hòa bình"}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"],
                    organizations=[org("a.txt", unicodedata.normalize("NFD", JICA)),
                                   org("a.txt", "SỞ HOÀ")],
                    acronyms=[acr("a.txt", "HB", "hoà bình")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (2, 0, 0)
    assert counts(rep, "acronyms") == (1, 0, 0)


def test_organization_acronym_rules(tmp_path: Path) -> None:
    g = gold("a.txt", organizations=[
        {"name": "Ngân hàng Phát triển châu Á", "acronym": "ADB"},   # pred has only the acronym
        {"name": "WB", "acronym": None},                               # gold has only the acronym
        {"name": "Tổ chức Hợp tác Phát triển Đức", "acronym": "GIZ"},  # same acronym, other name
        {"name": "Bộ Công Thương", "acronym": None}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], organizations=[
        org("a.txt", "ADB"), org("a.txt", "Ngân hàng Thế giới", "WB"),
        org("a.txt", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"),
        org("a.txt", "Bộ Công an")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "organizations") == (3, 1, 1)


def test_date_year_wildcards() -> None:
    assert date_values_match("XXXX-04-23", "2020-04-23")
    assert date_values_match("XXXX-04", "2019-04")
    assert date_values_match("XXXX-11-25/XXXX-11-27", "2020-11-25/2020-11-27")
    assert not date_values_match("XXXX-04-23", "2020-04-24")
    assert not date_values_match("XXXX-04-23", "2020-04")
    assert not date_values_match("2019-04-23", "2020-04-23")


def test_dates_xxxx_and_text_preference(tmp_path: Path) -> None:
    g = gold("a.txt", dates=[{"text": "ngày 23/4", "value": "XXXX-04-23"},
                             {"text": "25-27/11", "value": "XXXX-11-25/XXXX-11-27"},
                             {"text": "ngày 3/7", "value": "2019-07-03"},
                             {"text": "tháng 5", "value": "XXXX-05"}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], mentions=[
        date("a.txt", "ngày 23/4", "2021-04-23"),
        date("a.txt", "25-27/11", "2020-11-25/2020-11-27"),
        date("a.txt", "Ngày 03/7/2019", "2019-07-03"),   # same value, other text: spurious
        date("a.txt", "Ngày 3/7", "2019-07-03"),         # same text (fold): the one to pair
        date("a.txt", "tháng 5", "2019-06"),
    ])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "dates") == (3, 2, 1)
    dates = rep.documents[0].fields["dates"]
    assert dates.spurious == ["'Ngày 03/7/2019' -> 2019-07-03", "'tháng 5' -> 2019-06"]
    assert dates.missed == ["'tháng 5' -> XXXX-05"]


def test_amount_tolerance(tmp_path: Path) -> None:
    g = gold("a.txt", amounts=[{"text": "1 triệu USD", "value": 1000000, "currency": "USD"},
                               {"text": "2 triệu USD", "value": 2000000, "currency": "USD"},
                               {"text": "3 tỷ đồng", "value": 3000000000, "currency": "VND"}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], mentions=[
        money("a.txt", "1004000", "USD"),        # 0.4 % off: match
        money("a.txt", "2020000.0", "USD"),      # 1 % off: no match
        money("a.txt", "3000000000", "USD"),     # right number, wrong currency
    ])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "amounts") == (1, 2, 2)


def test_cooperation_needs_two_parties(tmp_path: Path) -> None:
    g = gold("a.txt",
             organizations=[{"name": JICA, "acronym": "JICA"}, {"name": "Bộ Tài chính"},
                            {"name": "UBND tỉnh Huế"}],
             cooperation=[
                 {"parties": ["Bộ Tài chính", JICA, "UBND tỉnh Huế"], "type": "loan",
                  "evidence": "Bộ Tài chính, JICA và UBND tỉnh Huế ký hiệp định vay."},
                 {"parties": ["Bộ Tài chính", "UBND tỉnh Huế"], "type": "project",
                  "evidence": "Dự án của Bộ Tài chính tại Huế."},
                 {"parties": ["Bộ Y tế", "WHO"], "type": "grant", "evidence": "WHO tài trợ."}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], cooperations=[
        # 2 of 3 gold parties, one through the party acronym; wrong type -> counted, type wrong
        coop("a.txt", ["JICA", "Bộ Tài chính"], "grant", ["JICA", ""],
             "Bộ Tài chính, JICA và UBND tỉnh Huế ký hiệp định vay."),
        # both parties, right type
        coop("a.txt", ["UBND tỉnh Huế", "Bộ Tài chính"], "project"),
        # only one party agrees -> no match
        coop("a.txt", ["Bộ Y tế", "UNICEF"], "grant"),
        # a one-party record can never match
        coop("a.txt", ["WHO"], "grant"),
    ])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "cooperation") == (2, 2, 1)
    assert rep.all.type_matched == 2 and rep.all.type_correct == 1
    assert rep.all.type_accuracy == 0.5
    res = rep.documents[0].fields["cooperation"]
    assert res.missed == ["grant: Bộ Y tế | WHO"]
    assert res.type_errors == [f"loan: Bộ Tài chính | {JICA} | UBND tỉnh Huế  (predicted type: grant)"]


def test_cooperation_prefers_same_type(tmp_path: Path) -> None:
    parties = ["Liên hiệp Hội Huế", JICA]
    g = gold("a.txt", cooperation=[{"parties": parties, "type": "visit", "evidence": "thăm"},
                                   {"parties": parties, "type": "training", "evidence": "đào tạo"}])
    write_gold(tmp_path / "gold", "a.gold.json", g)
    out = write_out(tmp_path / "out", ["a.txt"], cooperations=[
        coop("a.txt", parties, "training"), coop("a.txt", parties, "visit")])
    rep = evaluate(tmp_path / "gold", out)
    assert counts(rep, "cooperation") == (2, 0, 0)
    assert rep.all.type_accuracy == 1.0


def test_gazetteer_acronym_not_in_text_not_scored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    (corpus / "seeds" / "a.txt").write_text(
        "Ngân hàng Phát triển Châu Á (ADB) và Hiệp hội AFEO (Liên đoàn các tổ chức kỹ sư ASEAN, "
        "ASEAN Federation of Engineering Organisations) họp.", encoding="utf-8")
    g = gold("seeds/a.txt", acronyms=[
        {"short": "ADB", "long": "Ngân hàng Phát triển Châu Á"},
        {"short": "AFEO", "long": "Liên đoàn các tổ chức kỹ sư ASEAN"},
        {"short": "AFEO", "long": "ASEAN Federation of Engineering Organisations"}])
    write_gold(corpus / "gold", "seeds/a.gold.json", g)
    rows = [acr("seeds/a.txt", "ADB", "Ngân hàng Phát triển châu Á", "gazetteer"),  # in text
            acr("seeds/a.txt", "WB", "Ngân hàng Thế giới", "gazetteer"),           # not in text
            acr("seeds/a.txt", "AFEO", "Liên đoàn các tổ chức kỹ sư ASEAN"),
            acr("seeds/a.txt", "AFEO", "ASEAN Federation of Engineering Organisations"),
            acr("seeds/a.txt", "UN", "Liên hợp quốc")]                             # text: scored
    out = write_out(tmp_path / "out", ["seeds/a.txt"], acronyms=rows)

    rep = evaluate(corpus / "gold", out)  # corpus_dir defaults to corpus/gold/..
    assert counts(rep, "acronyms", "seeds") == (3, 1, 0)
    assert rep.documents[0].fields["acronyms"].spurious == ["UN = Liên hợp quốc"]

    # text cannot be read -> no gazetteer row is scored (ADB becomes a miss, not a hit)
    rep = evaluate(corpus / "gold", out, corpus_dir=tmp_path / "nowhere")
    assert counts(rep, "acronyms") == (2, 1, 1)


def test_document_matching_and_subsets(tmp_path: Path) -> None:
    gdir = tmp_path / "gold"
    one_org = [{"name": "Bộ Tài chính"}]
    write_gold(gdir, "dev/x.gold.json", gold("elsewhere/x.txt", organizations=one_org))  # subfolder
    write_gold(gdir, "seeds/y.gold.json", gold("old/y.txt", organizations=one_org))      # basename
    write_gold(gdir, "seeds/z.gold.json", gold("z.txt", organizations=one_org))          # ambiguous
    write_gold(gdir, "seeds/w.gold.json", gold("seeds/w.txt", organizations=one_org))    # exact
    ids = ["dev/x.txt", "seeds/x.txt", "deep/y.txt", "a/z.txt", "b/z.txt", "seeds/w.txt"]
    out = write_out(tmp_path / "out", ids,
                    organizations=[org(d, "Bộ Tài chính") for d in ids])
    rep = evaluate(gdir, out)
    assert list(rep.subsets) == ["dev", "seeds", "all"]
    by_doc = {d.doc: d.doc_id for d in rep.documents}
    assert by_doc == {"elsewhere/x.txt": "dev/x.txt", "old/y.txt": "deep/y.txt", "z.txt": None,
                      "seeds/w.txt": "seeds/w.txt"}
    assert rep.subsets["dev"].n_docs == 1 and counts(rep, "organizations", "dev") == (1, 0, 0)
    assert rep.subsets["seeds"].missing_docs == ["z.txt"]
    assert counts(rep, "organizations", "seeds") == (2, 0, 1)
    assert counts(rep, "organizations", "all") == (3, 0, 1)
    text = format_report(rep)
    assert "z.txt" in text and "seeds (3 docs, 1 missing)" in text
    assert "MISSING from output" in format_errors(rep)


def test_report_outputs(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "seeds/a.gold.json", FULL_GOLD)
    out = full_prediction(tmp_path / "out")
    (out / "organizations.csv").unlink()  # missing table == no rows
    rep = evaluate(tmp_path / "gold", out)
    d = json.loads(json.dumps(report_to_dict(rep)))
    assert d["subsets"]["seeds"]["fields"]["organizations"] == {
        "tp": 0, "fp": 0, "fn": 2, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert d["subsets"]["all"]["macro_f1"] == pytest.approx(0.8)
    assert d["documents"][0]["fields"]["organizations"]["missed"] == [f"{JICA} (JICA)", "Bộ Tài chính"]
    lines = format_report(rep).splitlines()
    org_line = next(l for l in lines if l.startswith("organizations"))
    assert org_line.split("|")[1].split() == ["0.000", "0.000", "0.000", "0", "0", "2"]
    macro = next(l for l in lines if l.startswith("macro F1"))
    assert macro.split("|")[1].split() == ["0.800"]


# ------------------------------------------------------------------------------------------
# error messages
# ------------------------------------------------------------------------------------------

def test_error_no_gold_files(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    out = write_out(tmp_path / "out", ["a.txt"])
    with pytest.raises(ValueError, match=r"has no \*\.gold\.json files"):
        evaluate(tmp_path / "gold", out)


def test_error_no_documents_csv(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", FULL_GOLD)
    (tmp_path / "out").mkdir()
    with pytest.raises(ValueError, match=r"no documents\.csv.*extractor run .* -o"):
        evaluate(tmp_path / "gold", tmp_path / "out")


def test_error_invalid_gold_json(tmp_path: Path) -> None:
    p = tmp_path / "gold" / "bad.gold.json"
    p.parent.mkdir()
    p.write_text('{\n  "doc": "a.txt",\n  "organizations": [\n}\n', encoding="utf-8")
    out = write_out(tmp_path / "out", ["a.txt"])
    with pytest.raises(ValueError) as e:
        evaluate(tmp_path / "gold", out)
    assert "bad.gold.json" in str(e.value) and "line 4" in str(e.value)


def test_error_gold_without_doc(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", "a.gold.json", {"organizations": []})
    out = write_out(tmp_path / "out", ["a.txt"])
    with pytest.raises(ValueError, match=r"a\.gold\.json.*\"doc\""):
        evaluate(tmp_path / "gold", out)


# ------------------------------------------------------------------------------------------
# span evaluation
# ------------------------------------------------------------------------------------------

def _write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def _ent(s: int, e: int, t: str = "ORG") -> dict[str, Any]:
    return {"start": s, "end": e, "type": t}


def _ment(doc: str, s: int, e: int, label: str = "ORG") -> dict[str, Any]:
    return {"doc_id": doc, "start": str(s), "end": str(e), "label": label, "text": "x"}


def test_eval_spans_exact_vs_overlap(tmp_path: Path) -> None:
    text = "x" * 60
    g = _write_jsonl(tmp_path / "ner.jsonl", [
        {"id": "d1", "text": text, "entities": [_ent(0, 5), _ent(10, 20), _ent(30, 35),
                                                _ent(50, 55, "PER")]},
        {"id": "d2", "text": text, "entities": [_ent(0, 10)]},
        {"id": "gone", "text": text, "entities": [_ent(1, 3), _ent(5, 9)]},
    ])
    out = write_out(tmp_path / "out", ["d1", "d2"], mentions=[
        _ment("d1", 0, 5), _ment("d1", 12, 22), _ment("d1", 40, 45), _ment("d1", 50, 55, "PER"),
        _ment("d2", 0, 4), _ment("d2", 5, 10),   # both overlap one gold span: one-to-one
    ])
    rep = eval_spans(g, out)
    e, o = rep.exact, rep.overlap
    assert (e.tp, e.fp, e.fn) == (1, 4, 5)
    assert (o.tp, o.fp, o.fn) == (3, 2, 3)
    assert o.precision == pytest.approx(3 / 5) and o.recall == pytest.approx(3 / 6)
    assert rep.missing_docs == ["gone"]
    text_out = format_span_report(rep)
    assert "gone" in text_out and "exact" in text_out and "overlap" in text_out
    assert span_report_to_dict(rep)["exact"]["tp"] == 1

    per = eval_spans(g, out, label="PER")
    assert (per.exact.tp, per.exact.fp, per.exact.fn) == (1, 0, 0)


def test_eval_spans_bad_jsonl_line(tmp_path: Path) -> None:
    g = tmp_path / "ner.jsonl"
    g.write_text('{"id": "d1", "text": "", "entities": []}\n{"id": \n', encoding="utf-8")
    out = write_out(tmp_path / "out", ["d1"])
    with pytest.raises(ValueError, match=r"ner\.jsonl line 2 is not valid JSON"):
        eval_spans(g, out)
