"""Runner guarantees: reviews survive re-runs, resumable after kill -9, workers, time guard."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from extractor.cli import main
from extractor.readers import RawDocument

ROOT = Path(__file__).resolve().parents[1]


def read(out: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)


def run_cli(*args: str):
    result = CliRunner().invoke(main, ["run", *args, "-q"])
    assert result.exit_code == 0, result.output
    return result


def test_review_decisions_survive_rerun(tmp_path):
    out = tmp_path / "out"
    run_cli(str(ROOT / "corpus" / "seeds"), "-o", str(out), "--workers", "1")
    coop = read(out, "cooperations")
    orgs = read(out, "organizations")
    assert {"review_status", "review_note"} <= set(coop.columns) and set(coop.review_status) == {""}
    coop.loc[0, "review_status"], coop.loc[0, "review_note"] = "accepted", "checked against the MOU"
    coop.loc[1, "review_status"] = "rejected"
    orgs.loc[0, "review_status"] = "corrected"
    # a decision on a record that will not exist any more
    ghost = coop.iloc[[2]].copy()
    ghost["record_id"], ghost["review_status"] = "0000000000000000", "accepted"
    pd.concat([coop, ghost]).to_csv(out / "cooperations.csv", index=False)
    orgs.to_csv(out / "organizations.csv", index=False)
    result = run_cli(str(ROOT / "corpus" / "seeds"), "-o", str(out), "--workers", "1", "--force")
    assert "reviews: 3 decision(s) kept; 1 no longer match" in result.output
    coop2 = read(out, "cooperations").set_index("record_id")
    assert coop2.loc[coop.record_id[0], "review_status"] == "accepted"
    assert coop2.loc[coop.record_id[0], "review_note"] == "checked against the MOU"
    assert coop2.loc[coop.record_id[1], "review_status"] == "rejected"
    assert read(out, "organizations").review_status[0] == "corrected"
    unmatched = pd.read_csv(out / "reviews_unmatched.csv", dtype=str, keep_default_na=False)
    assert list(unmatched.review_status) == ["accepted"] and "0000000000000000" in unmatched.key[0]


def test_rerun_skips_unchanged_documents(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpus" / "seeds", src)
    out = tmp_path / "out"
    run_cli(str(src), "-o", str(out), "--workers", "1")
    first = {t: read(out, t) for t in ("documents", "mentions", "cooperations")}
    (src / "000_c6bde0a09439887a.txt").write_text("Bộ Ngoại giao làm việc với JICA.", encoding="utf-8")
    result = run_cli(str(src), "-o", str(out), "--workers", "1")
    assert "4 unchanged from the previous run" in result.output
    again = read(out, "mentions")
    assert len(again[again.doc_id == "001_cc5d19f3b732b1f7.txt"]) == len(
        first["mentions"][first["mentions"].doc_id == "001_cc5d19f3b732b1f7.txt"])
    assert "Bộ Ngoại giao" in set(again[again.doc_id == "000_c6bde0a09439887a.txt"].text)


def test_workers_give_identical_tables(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run_cli(str(ROOT / "corpus" / "seeds"), "-o", str(a), "--workers", "1")
    run_cli(str(ROOT / "corpus" / "seeds"), "-o", str(b), "--workers", "2")
    for table in ("documents", "mentions", "organizations", "acronyms", "cooperations"):
        assert (a / f"{table}.csv").read_bytes() == (b / f"{table}.csv").read_bytes(), table


def test_kill_9_then_resume_gives_complete_tables(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    texts = sorted((ROOT / "corpus").glob("*/*.txt"))
    for i in range(4):
        for p in texts:
            (src / f"{i}_{p.name}").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    n_docs = len(list(src.iterdir()))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "extractor", "run", str(src), "-o", str(out), "-q", "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = out / ".extractor-cache" / "results.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and (not cache.exists() or cache.read_bytes().count(b"\n") < 5):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "documents.csv").exists()  # no half-written table was left behind
    done_before = cache.read_bytes().count(b"\n")
    assert 5 <= done_before < n_docs
    result = run_cli(str(src), "-o", str(out), "--workers", "1")
    assert f"{done_before} unchanged from the previous run" in result.output or \
        f"{done_before - 1} unchanged" in result.output  # the line being written may be cut
    docs = read(out, "documents")
    assert len(docs) == n_docs and docs.doc_id.is_unique
    mentions = read(out, "mentions")
    assert not mentions.duplicated().any()


def test_time_guard_becomes_error_row():
    import extractor
    from extractor.pipeline import get_gazetteer
    from extractor.run import process_document

    nlp = extractor.load()
    text = "Bộ Ngoại giao làm việc với JICA. " * 400
    res = process_document(nlp, get_gazetteer(None), RawDocument("slow", "x", text), timeout=1e-6)
    assert res.document["status"] == "error"
    assert "time guard" in res.document["error"] and "--timeout" in res.document["error"]


def test_periodic_pipeline_reload_changes_nothing(tmp_path, monkeypatch):
    import extractor.run as R

    a, b = tmp_path / "a", tmp_path / "b"
    R.run([ROOT / "corpus" / "seeds"], a, progress=False, workers=1)
    monkeypatch.setattr(R, "RELOAD_EVERY", 2)
    R.run([ROOT / "corpus" / "seeds"], b, progress=False, workers=1)
    for table in ("mentions", "organizations", "acronyms", "cooperations"):
        assert (a / f"{table}.csv").read_bytes() == (b / f"{table}.csv").read_bytes(), table
