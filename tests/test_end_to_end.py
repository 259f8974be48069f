"""End to end: `extractor run corpus/` writes the five tables with real values from the seeds."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.records import COLUMNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(ROOT / "corpus" / "seeds"), "-o", str(outdir), "-q"])
    assert result.exit_code == 0, result.output
    return outdir


def table(outdir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(outdir / f"{name}.csv", dtype=str, keep_default_na=False)


def test_exact_columns(out):
    for name, cols in COLUMNS.items():
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == cols


def test_every_document_accounted_for(out):
    docs = table(out, "documents")
    assert sorted(docs.doc_id) == sorted(p.name for p in (ROOT / "corpus" / "seeds").glob("*.txt"))
    assert set(docs.status) == {"ok"}


def test_jica_and_koica_found(out):
    orgs = table(out, "organizations")
    acr = set(orgs.acronym) | set(orgs.name)
    assert {"JICA", "KOICA"} <= acr
    jica = orgs[(orgs.doc_id == "004_32185f1182340ffa.txt") & (orgs.acronym == "JICA")]
    assert jica.iloc[0]["name"] == "Cơ quan Hợp tác Quốc tế của Nhật Bản"
    assert jica.iloc[0]["foreign"] == "true"


def test_yies_with_its_expansion(out):
    acr = table(out, "acronyms")
    yies = acr[acr.short == "YIES"]
    assert yies.iloc[0]["long"] == "Viện Nghiên cứu Môi trường Vân Nam, Trung Quốc"
    assert yies.iloc[0]["defined_in_text"] == "true"


def test_dates_and_money(out):
    m = table(out, "mentions")
    dates = m[m.label == "DATE"]
    assert "2019-07-03" in set(dates.value)
    assert "2020-11-25/2020-11-27" in set(dates.value)
    money = m[(m.label == "MONEY") & (m.doc_id == "002_f6208c092d653411.txt")]
    row = money[money.text == "9,5 triệu USD"].iloc[0]
    assert float(row.value) == 9_500_000 and row.unit == "USD" and row.qualifier == "approx"


def test_offsets_point_into_original_text(out):
    m = table(out, "mentions")
    for doc_id, group in m.groupby("doc_id"):
        text = (ROOT / "corpus" / "seeds" / doc_id).read_text(encoding="utf-8")
        for row in group.itertuples():
            assert text[int(row.start):int(row.end)] == row.text


def test_related_news_boilerplate_gives_nothing(out):
    text = (ROOT / "corpus" / "seeds" / "002_f6208c092d653411.txt").read_text(encoding="utf-8")
    cut = text.index("Xem Thêm")
    m = table(out, "mentions")
    in_tail = m[(m.doc_id == "002_f6208c092d653411.txt") & (m.start.astype(int) >= cut)]
    assert in_tail.empty
    coop = table(out, "cooperations")
    assert not (coop[coop.doc_id == "002_f6208c092d653411.txt"].start.astype(int) >= cut).any()
    orgs = table(out, "organizations")
    assert "Quỹ Hỗ trợ Sáng tạo kỹ thuật Việt Nam" not in set(orgs[orgs.doc_id == "002_f6208c092d653411.txt"].name)


def test_cooperation_record_with_evidence(out):
    coop = table(out, "cooperations")
    rows = coop[coop.parties.str.contains("Cơ quan Hợp tác Quốc tế của Nhật Bản")
                & coop.parties.str.contains("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế")]
    assert not rows.empty
    text = (ROOT / "corpus" / "seeds" / "004_32185f1182340ffa.txt").read_text(encoding="utf-8")
    r = rows.iloc[0]
    assert text[int(r.start):int(r.end)] == r.evidence
    assert r.international == "true"
    assert len(r.record_id) == 16


# ---- general cases the seeds do not contain --------------------------------------------------
def test_general_text_extraction():
    import extractor

    text = ("Ngày 15/3/2021, tại Hà Nội, Bộ Kế hoạch và Đầu tư và Ngân hàng Phát triển châu Á (ADB) "
            "đã ký hiệp định vay trị giá 120 triệu USD cho dự án giao thông giai đoạn 2021-2025.")
    rec = extractor.extract(text)
    names = {o["name"] for o in rec["organizations"]}
    assert "Bộ Kế hoạch và Đầu tư" in names
    assert any(o["acronym"] == "ADB" for o in rec["organizations"])
    values = {(m["label"], m["value"]) for m in rec["mentions"]}
    assert ("DATE", "2021-03-15") in values and ("DATE", "2021/2025") in values
    assert ("MONEY", "120000000") in values
    coops = rec["cooperations"]
    assert any(c["activity"] == "loan" and "ADB" in c["party_acronyms"] for c in coops)
    for m in rec["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_vague_statement_gives_no_record():
    import extractor

    rec = extractor.extract("Viện tiếp tục đẩy mạnh hợp tác trong nước và quốc tế trong năm 2023.")
    assert rec["cooperations"] == []


def test_person_after_title_is_not_part_of_org():
    import extractor

    rec = extractor.extract("Phó Chủ tịch Liên minh Hợp tác xã Việt Nam Lê Văn Nghị phát biểu tại hội nghị.")
    assert "Liên minh Hợp tác xã Việt Nam" in {o["name"] for o in rec["organizations"]}
