"""Gazetteer growth: unknown acronyms, suggestions, and adding accepted rows (extractor.suggest)."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from extractor.gazetteer import check
from extractor.suggest import (
    acronyms_cmd, add_cmd, add_suggestions, guess_org_type, is_noise_acronym, slugify, suggest,
    suggest_cmd, unknown_acronyms,
)

ROOT = Path(__file__).resolve().parents[1]

LONG = "Viện Nghiên cứu Phát triển Bền vững Mê Kông"
DOC1 = (f"Ngày 5/3/2020, {LONG} (MDRI) đã ký thỏa thuận với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA). "
        "Vụ HTQT chủ trì lễ ký. Dự án trị giá 2 triệu USD.\n"
        "Phần XIII của báo cáo nói về MDRI.")
DOC0 = "Bài không có từ viết tắt nào."
DOC2 = ("Đại diện MDRI cho biết dự án sẽ triển khai tại An Giang. "
        "Chương trình quản lý rừng bền vững (QLRBV) được mở rộng với sự hỗ trợ của JICA.")

COLS = {
    "documents": ["doc_id", "source", "title", "published", "author", "source_credit", "chars", "status",
                  "error"],
    "mentions": ["doc_id", "start", "end", "text", "label", "value", "unit", "qualifier", "entity_id",
                 "method", "score"],
    "organizations": ["doc_id", "entity_id", "name", "acronym", "canonical_name", "name_en", "country",
                      "org_type", "foreign", "mentions", "in_gazetteer"],
    "acronyms": ["doc_id", "short", "long", "defined_in_text", "source", "entity_id"],
}


def _write(path: Path, table: str, rows: list[dict]) -> None:
    with open(path / f"{table}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS[table], restval="")
        w.writeheader()
        w.writerows(rows)


def _m(doc_id: str, text: str, token: str, label: str, entity_id: str = "", nth: int = 0, method: str = "shape"):
    start = -1
    for _ in range(nth + 1):
        start = text.index(token, start + 1)
    return {"doc_id": doc_id, "start": start, "end": start + len(token), "text": token, "label": label,
            "entity_id": entity_id, "method": method, "score": "1"}


@pytest.fixture()
def outdir(tmp_path: Path) -> Path:
    """A hand-made OUTDIR: doc1 is a .txt file, doc0 and doc2 are lines 1 and 2 of a JSONL file."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "doc1.txt").write_text(DOC1, encoding="utf-8")
    with open(src / "batch.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "doc0", "text": DOC0}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "doc2", "text": DOC2}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    _write(out, "documents", [
        {"doc_id": "doc1", "source": str(src / "doc1.txt"), "status": "ok", "chars": len(DOC1)},
        {"doc_id": "doc0", "source": f"{src / 'batch.jsonl'}:1", "status": "ok", "chars": len(DOC0)},
        {"doc_id": "doc2", "source": f"{src / 'batch.jsonl'}:2", "status": "ok", "chars": len(DOC2)},
    ])
    _write(out, "mentions", [
        _m("doc1", DOC1, LONG, "ORG", method="rule"),
        _m("doc1", DOC1, "MDRI", "ORG", method="acronym-def"),
        _m("doc1", DOC1, "Cơ quan Hợp tác Quốc tế Nhật Bản", "ORG", "jica", method="gazetteer"),
        _m("doc1", DOC1, "JICA", "ORG", "jica", method="gazetteer"),
        _m("doc1", DOC1, "Vụ HTQT", "ORG", method="rule"),
        _m("doc1", DOC1, "USD", "ABBR"),
        _m("doc1", DOC1, "XIII", "ABBR"),
        _m("doc1", DOC1, "MDRI", "ORG", nth=1, method="acronym-use"),
        _m("doc2", DOC2, "MDRI", "ORG", method="acronym-use"),
        _m("doc2", DOC2, "QLRBV", "ABBR"),
        _m("doc2", DOC2, "JICA", "ORG", "jica", method="gazetteer"),
        _m("doc2", DOC2, "An Giang", "LOC", "vn-an-giang", method="gazetteer"),
    ])
    _write(out, "organizations", [
        {"doc_id": "doc1", "name": LONG, "acronym": "MDRI", "foreign": "false", "mentions": 3,
         "in_gazetteer": "false"},
        {"doc_id": "doc1", "entity_id": "jica", "name": "Cơ quan Hợp tác Quốc tế Nhật Bản", "acronym": "JICA",
         "country": "JP", "foreign": "true", "mentions": 2, "in_gazetteer": "true"},
        {"doc_id": "doc1", "name": "Vụ HTQT", "acronym": "Vụ HTQT", "foreign": "false", "mentions": 1,
         "in_gazetteer": "false"},
        {"doc_id": "doc2", "name": "MDRI", "acronym": "", "foreign": "false", "mentions": 1,
         "in_gazetteer": "false"},
        {"doc_id": "doc2", "entity_id": "jica", "name": "JICA", "acronym": "JICA", "country": "JP",
         "foreign": "true", "mentions": 1, "in_gazetteer": "true"},
    ])
    _write(out, "acronyms", [
        {"doc_id": "doc1", "short": "MDRI", "long": LONG, "defined_in_text": "true", "source": "text"},
        {"doc_id": "doc1", "short": "JICA", "long": "Cơ quan Hợp tác Quốc tế Nhật Bản", "defined_in_text": "true",
         "source": "text", "entity_id": "jica"},
        {"doc_id": "doc1", "short": "HTQT", "long": "hợp tác quốc tế", "defined_in_text": "false",
         "source": "gazetteer"},
        {"doc_id": "doc2", "short": "QLRBV", "long": "quản lý rừng bền vững", "defined_in_text": "true",
         "source": "text"},
    ])
    return out


@pytest.fixture()
def gaz(tmp_path: Path) -> Path:
    target = tmp_path / "gazetteers"
    shutil.copytree(ROOT / "gazetteers", target)
    return target


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


# ------------------------------------------------------------------------------------ unknown acronyms
def test_unknown_acronyms_frequency_long_form_and_example(outdir, gaz):
    df = unknown_acronyms(outdir, gaz)
    assert list(df.columns) == ["short", "documents", "mentions", "proposed_long", "other_longs",
                                "example_doc", "example_sentence"]
    row = df.set_index("short").loc["MDRI"]
    assert row.documents == 2 and row.mentions == 3
    assert row.proposed_long == LONG
    assert row.example_doc == "doc1"
    assert row.example_sentence.startswith("Ngày 5/3/2020") and "(MDRI)" in row.example_sentence
    assert "Vụ HTQT" not in row.example_sentence  # only the sentence, not the paragraph
    assert df.short.iloc[0] == "MDRI"  # ranked by documents first
    q = df.set_index("short").loc["QLRBV"]
    assert q.proposed_long == "quản lý rừng bền vững"
    assert q.example_sentence == "Chương trình quản lý rừng bền vững (QLRBV) được mở rộng với sự hỗ trợ của JICA."


def test_known_acronyms_and_noise_are_excluded(outdir, gaz):
    shorts = set(unknown_acronyms(outdir, gaz, example_sentences=False).short)
    assert shorts == {"MDRI", "QLRBV"}
    assert not shorts & {"JICA", "HTQT", "USD", "XIII", "Vụ HTQT"}


@pytest.mark.parametrize("token", ["XIII", "IV", "A", "2019", "USD", "VND", "KWH", "NĐ-CP", "QĐ-UBND", "TT-BTC",
                                   "HỘI", "VIỆT", "Anh", "Mr", "T.T", "N.H.", "BT6", "H5N1", "THANH",
                                   "Old", "PlayStation", "McLaren"])
def test_noise_tokens(token):
    assert is_noise_acronym(token)


@pytest.mark.parametrize("token", ["MDRI", "JICA", "KH&CN", "IrishAID", "TPBank", "ĐBSCL", "TOEIC", "HLV", "Bfw"])
def test_real_acronyms_are_not_noise(token):
    assert not is_noise_acronym(token)


def test_long_sentence_is_capped(tmp_path, outdir, gaz):
    long_text = ("Trong khuôn khổ dự án " + "rất dài " * 80 + "MDRI tham gia " + "và tiếp tục " * 60 + ".")
    (tmp_path / "src" / "doc1.txt").write_text(long_text, encoding="utf-8")
    df = unknown_acronyms(outdir, gaz)
    sentence = df.set_index("short").loc["MDRI"].example_sentence
    assert "MDRI" in sentence and len(sentence) <= 300 and sentence.startswith("…")


def test_acronyms_cli(outdir, gaz, tmp_path):
    runner = CliRunner()
    res = runner.invoke(acronyms_cmd, [str(outdir), "--gazetteers", str(gaz)])
    assert res.exit_code == 1 and "use --unknown to list acronyms that are not in the gazetteers" in res.output
    res = runner.invoke(acronyms_cmd, [str(outdir), "--unknown", "--gazetteers", str(gaz)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split()[:3] == ["short", "docs", "mentions"]
    assert lines[1].split()[:3] == ["MDRI", "2", "3"]
    assert "JICA" not in "\n".join(line.split()[0] for line in lines)
    target = tmp_path / "unknown.csv"
    res = runner.invoke(acronyms_cmd, [str(outdir), "--unknown", "-o", str(target), "--limit", "1",
                                       "--gazetteers", str(gaz)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(df.short) == ["MDRI"]


def test_cli_explains_missing_run(tmp_path, gaz):
    empty = tmp_path / "empty"
    empty.mkdir()
    res = CliRunner().invoke(acronyms_cmd, [str(empty), "--unknown", "--gazetteers", str(gaz)])
    assert res.exit_code == 1
    assert "mentions.csv" in res.output or "documents.csv" in res.output
    assert "run `extractor run INPUT -o" in res.output
    res = CliRunner().invoke(suggest_cmd, [str(empty), "-o", str(tmp_path / "s.csv"), "--gazetteers", str(gaz)])
    assert res.exit_code == 1 and "extractor run INPUT -o" in res.output


def test_help_has_examples():
    for cmd, example in ((acronyms_cmd, "extractor acronyms out/ --unknown"),
                         (suggest_cmd, "extractor gazetteer suggest out/ -o suggestions.csv"),
                         (add_cmd, "extractor gazetteer add suggestions.csv")):
        res = CliRunner().invoke(cmd, ["-h"])
        assert res.exit_code == 0 and example in res.output


# ------------------------------------------------------------------------------------ suggest
def test_suggest_lists_unlinked_organisation(outdir, gaz):
    df = suggest(outdir, gaz)
    orgs = df[df.kind == "organization"].set_index("name")
    assert LONG in orgs.index
    row = orgs.loc[LONG]
    assert row.acronym == "MDRI" and row.id == "vn-mdri" and row.org_type == "research_institute"
    assert row.documents == 2 and row.decision == ""
    assert "(MDRI)" in row.example_sentence
    assert "MDRI" not in set(orgs.index)  # the acronym-only mention joined its full name
    abbr = df[df.kind == "abbreviation"].set_index("name")
    assert set(abbr.index) == {"QLRBV"}  # MDRI became an organisation
    assert abbr.loc["QLRBV"].proposed_long == "quản lý rừng bền vững"
    assert "JICA" not in set(df.name) and "Cơ quan Hợp tác Quốc tế Nhật Bản" not in set(df.name)


def test_helpers():
    assert slugify("Bộ KH&CN") == "bo-kh-cn"
    assert slugify("Đại học Đà Nẵng") == "dai-hoc-da-nang"
    assert guess_org_type("Tổng cục Thống kê") == "government_body"
    assert guess_org_type("Trung tâm Nghiên cứu Biển") == "research_institute"
    assert guess_org_type("Trường Đại học Cần Thơ") == "university"
    assert guess_org_type("Hiệp hội Chè Việt Nam") == "association"
    assert guess_org_type("Hội đồng Anh") == ""
    assert guess_org_type("Trường Sơn") == ""
    assert guess_org_type("Hội đồng nhân dân tỉnh Lào Cai") == "provincial_body"
    assert guess_org_type("UBND tỉnh Lào Cai") == "provincial_body"


# ------------------------------------------------------------------------------------ add
def _accept(sheet: Path, names: set[str], **changes) -> None:
    df = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    mask = df.name.isin(names)
    df.loc[mask, "decision"] = "Accepted"
    for col, value in changes.items():
        df.loc[mask, col] = value
    df.to_csv(sheet, index=False)


def test_round_trip_suggest_accept_add_link(outdir, gaz, tmp_path):
    sheet = tmp_path / "suggestions.csv"
    runner = CliRunner()
    res = runner.invoke(suggest_cmd, [str(outdir), "-o", str(sheet), "--gazetteers", str(gaz)])
    assert res.exit_code == 0, res.output
    _accept(sheet, {LONG, "QLRBV"})
    before = _snapshot(gaz)
    res = runner.invoke(add_cmd, [str(sheet), "--gazetteers", str(gaz)])
    assert res.exit_code == 0, res.output
    assert "2 added, 0 skipped as duplicates, 0 refused" in res.output

    orgs_bytes = (gaz / "organizations.csv").read_bytes()
    assert orgs_bytes.startswith(before["organizations.csv"])  # existing lines untouched
    assert (gaz / "places.csv").read_bytes() == before["places.csv"]
    added = orgs_bytes[len(before["organizations.csv"]):].decode("utf-8")
    assert added.startswith("vn-mdri,") and added.count("\n") == 1
    row = pd.read_csv(gaz / "organizations.csv", dtype=str, keep_default_na=False).set_index("id").loc["vn-mdri"]
    assert (row.name_vi, row.acronyms, row.country, row.org_type) == (LONG, "MDRI", "VN", "research_institute")
    assert row.notes.startswith("added from suggestions ")
    abbr = pd.read_csv(gaz / "abbreviations.csv", dtype=str, keep_default_na=False).set_index("short")
    assert abbr.loc["QLRBV"].long == "quản lý rừng bền vững" and abbr.loc["QLRBV"].ambiguous == "false"
    assert not [i for i in check(gaz) if i.level == "error"]
    assert not [p for p in gaz.iterdir() if p.name.startswith(".")]  # no temp folder left behind

    import extractor
    from extractor.pipeline import get_gazetteer

    get_gazetteer.cache_clear()
    result = extractor.extract(f"Hôm qua, {LONG} (MDRI) đã ký kết hợp tác với Đại học Cần Thơ.",
                               gazetteer_dir=str(gaz))
    linked = {m["entity_id"] for m in result["mentions"] if m["label"] == "ORG"}
    assert "vn-mdri" in linked
    # the acronym is now known: the next suggestion round does not propose it again
    assert "MDRI" not in set(unknown_acronyms(outdir, gaz, example_sentences=False).short)


def test_add_refuses_duplicates(outdir, gaz, tmp_path):
    sheet = tmp_path / "s.csv"
    suggest(outdir, gaz).to_csv(sheet, index=False)
    _accept(sheet, {LONG})
    assert add_suggestions(sheet, gaz).added == [("organizations.csv", "vn-mdri")]
    after_first = _snapshot(gaz)
    report = add_suggestions(sheet, gaz)  # same sheet again
    assert report.added == [] and report.skipped[0][1] == "already in gazetteer: vn-mdri"
    assert _snapshot(gaz) == after_first
    # a new id but a name that an existing entry already has
    df = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    extra = pd.DataFrame([{"kind": "organization", "name": "Cơ quan Hợp tác Quốc tế Nhật Bản", "acronym": "",
                           "decision": "accepted", "id": "jica-2", "country": "JP", "foreign": "true"},
                          {"kind": "abbreviation", "name": "HTQT", "acronym": "HTQT", "proposed_long": "x",
                           "decision": "accepted"},
                          {"kind": "abbreviation", "name": "ZZQX", "acronym": "ZZQX", "proposed_long": "",
                           "decision": "accepted"}])
    pd.concat([df, extra]).fillna("").to_csv(sheet, index=False)
    res = CliRunner().invoke(add_cmd, [str(sheet), "--gazetteers", str(gaz)])
    assert res.exit_code == 0, res.output
    assert "already in gazetteer: jica" in res.output and "already in gazetteer: HTQT" in res.output
    assert "no proposed_long for 'ZZQX'" in res.output
    assert "0 added, 3 skipped as duplicates, 1 refused" in res.output
    assert _snapshot(gaz) == after_first


def test_add_broken_row_leaves_files_untouched(outdir, gaz, tmp_path):
    sheet = tmp_path / "s.csv"
    suggest(outdir, gaz).to_csv(sheet, index=False)
    _accept(sheet, {LONG, "QLRBV"}, org_type="wizard")
    before = _snapshot(gaz)
    with pytest.raises(ValueError, match=r"organizations\.csv:\d+: org_type 'wizard'"):
        add_suggestions(sheet, gaz)
    assert _snapshot(gaz) == before
    res = CliRunner().invoke(add_cmd, [str(sheet), "--gazetteers", str(gaz)])
    assert res.exit_code == 1 and "wizard" in res.output
    assert _snapshot(gaz) == before


def test_add_keeps_crlf_line_endings(outdir, gaz, tmp_path):
    orgs = gaz / "organizations.csv"
    orgs.write_bytes(orgs.read_bytes().replace(b"\n", b"\r\n"))
    before = orgs.read_bytes()
    sheet = tmp_path / "s.csv"
    suggest(outdir, gaz).to_csv(sheet, index=False)
    _accept(sheet, {LONG}, org_type="")
    add_suggestions(sheet, gaz)
    data = orgs.read_bytes()
    assert data.startswith(before) and data.endswith(b"\r\n") and b"\n" not in data[len(before):-1]
    row = pd.read_csv(orgs, dtype=str, keep_default_na=False).set_index("id").loc["vn-mdri"]
    assert row.org_type == "other"  # empty org_type defaults to other


def test_implausible_long_forms_are_not_proposed():
    from extractor.gazetteer import Gazetteer
    from extractor.suggest import _long_quality, _trim_lead

    gaz = Gazetteer.load(ROOT / "gazetteers")
    assert _long_quality("ĐTDĐ", "điện thoại di động", set(), gaz) == 0
    assert _long_quality("PTSC", "Công ty Dịch vụ kỹ thuật dầu khí", set(), gaz) == 1
    assert _long_quality("SARS", "Viêm đường hô hấp cấp", set(), gaz) == 2
    for short, long in (("HAGL", "Quốc Tuấn"), ("CSG", "Đỗ Thành Đạt"), ("VEC", "Việt Nam"),
                        ("NLĐO", "Áo phát hiện 1 trường hợp mèo nhiễm cúm H5N1"), ("PV", "stress - căng thẳng"), ("AIDS", "Bộ Y tế")):
        assert _long_quality(short, long, set(), gaz) == 3, long
    assert _trim_lead("Theo Hiệp hội các nhà đầu tư tài chính VN") == "Hiệp hội các nhà đầu tư tài chính VN"
