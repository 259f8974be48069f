from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_help_has_examples():
    result = CliRunner().invoke(main, ["run", "-h"])
    assert result.exit_code == 0
    assert "extractor run corpus/ -o out/" in result.output


def test_run_requires_output():
    result = CliRunner().invoke(main, ["run", "corpus/"])
    assert result.exit_code == 2
    assert "--output" in result.output


def test_run_jsonl_gz_with_a_broken_line(tmp_path):
    src = tmp_path / "a.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "text": "Ngân hàng Thế giới (WB) tài trợ 5 triệu USD cho Việt Nam."},
                            ensure_ascii=False) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "x3", "text": ""}) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert list(docs.doc_id) == ["x1", "a.jsonl.gz:2", "x3"]
    assert list(docs.status) == ["ok", "error", "error"]
    assert "malformed JSON on line 2" in docs.error[1]
    assert "warning: 2 document(s)" in result.output
    strict = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q", "--strict"])
    assert strict.exit_code == 1


def test_run_csv_without_text_column(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("id,body\n1,xin chào\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0
    docs = pd.read_csv(tmp_path / "o" / "documents.csv", dtype=str, keep_default_na=False)
    assert docs.status[0] == "error" and "'text'" in docs.error[0] and "rename" in docs.error[0]


def test_excel_flag_writes_bom(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Bộ Ngoại giao làm việc với JICA.", encoding="utf-8")
    CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "o"), "-q", "--excel"])
    assert (tmp_path / "o" / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_eval_without_outputs_says_what_to_do(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["eval", str(ROOT / "corpus" / "gold"), str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "extractor run" in result.output


def test_gazetteer_check_ok_and_broken(tmp_path):
    ok = CliRunner().invoke(main, ["gazetteer", "check", str(ROOT / "gazetteers"), "--no-warnings"])
    assert ok.exit_code == 0, ok.output
    bad = tmp_path / "g"
    bad.mkdir()
    (bad / "organizations.csv").write_text(
        "id,name_vi,name_en,acronyms,aliases,country,org_type,parent_id,ambiguous_aliases,notes\n"
        "a,Tổ chức A,,ABC,,VN,ngo_foundation,,,\n"
        "a,Tổ chức B,,ABC,,XX,wizard,missing,,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "check", str(bad)])
    assert result.exit_code == 1
    assert "organizations.csv:3" in result.output and "duplicate id" in result.output


def test_gazetteer_check_sports_teams(tmp_path):
    g = tmp_path / "g"
    g.mkdir()
    (g / "organizations.csv").write_text(
        "id,name_vi,name_en,acronyms,aliases,country,org_type,parent_id,ambiguous_aliases,notes\n"
        "club-a,Club A,Club A,,,ES,other,,,\n", encoding="utf-8")
    (g / "sports_teams.csv").write_text(
        "name,aliases,country,org_id,notes\n"
        "Club A,CA,ES,club-a,\n"
        "Club B,CA,ES,,\n"          # an alias already used by line 2
        "Club C,,ES,club-x,\n"      # an org_id not in organizations.csv
        "Club D,,,,\n", encoding="utf-8")  # no country
    result = CliRunner().invoke(main, ["gazetteer", "check", str(g)])
    assert result.exit_code == 1
    out = result.output
    assert "sports_teams.csv:3" in out and "'CA' is already a name on line 2" in out
    assert "sports_teams.csv:4" in out and "club-x" in out
    assert "sports_teams.csv:5" in out and "required" in out


def test_broken_gazetteer_stops_run_before_work(tmp_path):
    bad = tmp_path / "g"
    bad.mkdir()
    (bad / "organizations.csv").write_text("id,name_vi\nx,Y\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Bộ Ngoại giao.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "o"), "--gazetteers", str(bad)])
    assert result.exit_code == 1
    assert "organizations.csv:1" in result.output and "missing column" in result.output
    assert not (tmp_path / "o" / "documents.csv").exists()
