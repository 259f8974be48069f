"""The HTML review report (extractor/report.py): unit tests on a hand-made OUTDIR, plus a
real-browser test with headless Chromium (skipped when /usr/bin/chromium is absent)."""
from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from extractor.report import (ReportError, build_report, highlight_terms, render_text,
                              report_cmd)

TEXT_A = ('Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ký thỏa thuận tài trợ 60-80 triệu euro cho Bộ Y tế.\n'
          'Ghi chú: <b>& "trích dẫn" năm 2020.')
TEXT_B = "Ngân hàng Thế giới (WB) và Việt Nam hợp tác về giáo dục đại học."
TEXT_C = "Tổ chức Y tế Thế giới (WHO) tập huấn cho Sở Y tế Huế."


def _m(doc_id, text, sub, label, entity_id="", nth=0, value=""):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return {"doc_id": doc_id, "start": start, "end": start + len(sub), "text": sub, "label": label,
            "value": value, "unit": "", "qualifier": "", "entity_id": entity_id, "method": "test", "score": "1.0"}


def _sentence(text, sub):
    s = text.index(sub)
    return s, s + len(sub)


@pytest.fixture()
def outdir(tmp_path) -> Path:
    """A small OUTDIR: 5 documents (folder files, a relative source, a JSONL line, an error row
    and a document whose file is gone), with all five tables."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (corpus / "b.txt").write_text(TEXT_B, encoding="utf-8")
    with open(corpus / "more.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "other", "text": "không dùng"}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "c1", "text": TEXT_C}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    docs = [
        {"doc_id": "a.txt", "source": str(corpus / "a.txt"), "title": 'Tựa <i>"A"</i>', "chars": len(TEXT_A),
         "status": "ok", "error": ""},
        {"doc_id": "b.txt", "source": "corpus/b.txt", "title": "B", "chars": len(TEXT_B), "status": "ok",
         "error": ""},  # relative to the OUTDIR's parent
        {"doc_id": "c1", "source": f"{corpus / 'more.jsonl'}:2", "title": "", "chars": len(TEXT_C),
         "status": "ok", "error": ""},
        {"doc_id": "bad.txt", "source": str(corpus / "bad.txt"), "title": "", "chars": "", "status": "error",
         "error": "not UTF-8 <x> & co; re-save the file as UTF-8"},
        {"doc_id": "gone.txt", "source": str(tmp_path / "nowhere" / "gone.txt"), "title": "", "chars": 10,
         "status": "ok", "error": ""},
    ]
    pd.DataFrame(docs).assign(published="", author="", source_credit="").to_csv(out / "documents.csv", index=False)
    mentions = [
        _m("a.txt", TEXT_A, "Cơ quan Hợp tác Quốc tế Nhật Bản", "ORG", "jica"),
        _m("a.txt", TEXT_A, "JICA", "ORG", "jica"),
        _m("a.txt", TEXT_A, "60-80 triệu euro", "MONEY", value="80000000"),
        _m("a.txt", TEXT_A, "80 triệu euro", "MONEY", value="80000000"),  # overlaps: dropped
        _m("a.txt", TEXT_A, "Bộ Y tế", "ORG", "vn-moh"),
        _m("a.txt", TEXT_A, "năm 2020", "DATE", value="2020"),
        _m("b.txt", TEXT_B, "Ngân hàng Thế giới", "ORG", "world-bank"),
        _m("b.txt", TEXT_B, "WB", "ORG", "world-bank"),
        _m("b.txt", TEXT_B, "Việt Nam", "LOC", "vn"),
        _m("c1", TEXT_C, "Tổ chức Y tế Thế giới", "ORG", "who"),
        _m("c1", TEXT_C, "WHO", "ABBR", "who"),
        {"doc_id": "gone.txt", "start": 0, "end": 4, "text": "JICA", "label": "ORG", "value": "", "unit": "",
         "qualifier": "", "entity_id": "jica", "method": "test", "score": "1"},
    ]
    pd.DataFrame(mentions).to_csv(out / "mentions.csv", index=False)
    orgs = [
        ("a.txt", "jica", "Cơ quan Hợp tác Quốc tế Nhật Bản", "JICA", "JP", "true", 2, "true"),
        ("a.txt", "vn-moh", "Bộ Y tế", "", "VN", "false", 1, "true"),
        ("b.txt", "world-bank", "Ngân hàng Thế giới", "WB", "INT", "true", 2, "true"),
        ("c1", "who", "Tổ chức Y tế Thế giới", "WHO", "INT", "true", 2, "true"),
    ]
    pd.DataFrame([{"doc_id": d, "entity_id": e, "name": n, "acronym": a, "canonical_name": n, "name_en": "",
                   "country": c, "org_type": "", "foreign": f, "mentions": m, "in_gazetteer": g}
                  for d, e, n, a, c, f, m, g in orgs]).to_csv(out / "organizations.csv", index=False)
    pd.DataFrame([
        {"doc_id": "a.txt", "short": "JICA", "long": "Cơ quan Hợp tác Quốc tế Nhật Bản", "defined_in_text": "true",
         "source": "text", "entity_id": "jica"},
        {"doc_id": "b.txt", "short": "WB", "long": "Ngân hàng Thế giới", "defined_in_text": "true",
         "source": "text", "entity_id": "world-bank"},
    ]).to_csv(out / "acronyms.csv", index=False)
    sa = _sentence(TEXT_A, TEXT_A.split("\n")[0])
    sb = _sentence(TEXT_B, TEXT_B)
    sc = _sentence(TEXT_C, TEXT_C)
    coops = [
        {"record_id": "r1", "doc_id": "a.txt", "parties": "Cơ quan Hợp tác Quốc tế Nhật Bản | Bộ Y tế",
         "party_ids": "jica | vn-moh", "party_acronyms": "JICA | ", "activity": "funding", "international": "true",
         "date": "2020", "amount": "80000000", "currency": "EUR", "evidence": TEXT_A[sa[0]:sa[1]], "start": sa[0],
         "end": sa[1], "confidence": "0.8"},
        {"record_id": "r2", "doc_id": "b.txt", "parties": "Ngân hàng Thế giới | Việt Nam", "party_ids": "world-bank | ",
         "party_acronyms": "WB | ", "activity": "project", "international": "true", "date": "", "amount": "",
         "currency": "", "evidence": TEXT_B, "start": sb[0], "end": sb[1], "confidence": "0.7"},
        {"record_id": "r3", "doc_id": "c1", "parties": "Tổ chức Y tế Thế giới | Sở Y tế Huế", "party_ids": "who | ",
         "party_acronyms": "WHO | ", "activity": "training", "international": "true", "date": "2019-05-01",
         "amount": "", "currency": "", "evidence": TEXT_C, "start": sc[0], "end": sc[1], "confidence": "0.75"},
    ]
    pd.DataFrame(coops).to_csv(out / "cooperations.csv", index=False)
    return out


@pytest.fixture()
def report(outdir, tmp_path):
    path = tmp_path / "report.html"
    stats = build_report(outdir, path)
    return path, path.read_text(encoding="utf-8"), stats


def _section(page: str, element_id: str) -> str:
    start = page.index(f'id="{element_id}"')
    end = page.find("</section>", start)
    return page[start:end]


# ------------------------------------------------------------------------------------------
# Unit tests on the generated HTML

def test_report_is_one_self_contained_file(report):
    path, page, stats = report
    assert path.is_file() and stats.bytes == path.stat().st_size
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert not re.search(r"<link\b", page)
    assert not re.search(r"<(img|iframe|object|embed)\b", page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script>") == 1  # inline JS only


def test_user_text_is_escaped(report):
    _, page, _ = report
    assert "<b>&" not in page
    assert "&lt;b&gt;&amp; &quot;trích dẫn&quot;" in page
    assert "<i>" not in page and "Tựa &lt;i&gt;&quot;A&quot;&lt;/i&gt;" in page
    assert "not UTF-8 &lt;x&gt; &amp; co" in _section(page, "errors")


def test_vietnamese_text_is_kept(report):
    _, page, _ = report
    assert "Ngân hàng Thế giới" in page and "giáo dục đại học" in page


def test_jica_is_highlighted_as_org(report):
    _, page, _ = report
    doc = _section(page, "doc-1")
    assert re.search(r'<mark class="ent" data-label="ORG"[^>]*>JICA</mark>', doc)
    assert re.search(r'<mark class="ent" data-label="ORG"[^>]*>Cơ quan Hợp tác Quốc tế Nhật Bản</mark>', doc)
    # overlapping MONEY mentions: only the longest is drawn
    assert re.search(r'data-label="MONEY"[^>]*>60-80 triệu euro</mark>', doc)
    assert ">80 triệu euro</mark>" not in doc
    # the document from a JSONL line ("path:2") and the one with a relative source are highlighted too
    assert re.search(r'data-label="ORG"[^>]*>Tổ chức Y tế Thế giới</mark>', _section(page, "doc-3"))
    assert re.search(r'data-label="ORG"[^>]*>WB</mark>', _section(page, "doc-2"))


def test_summary_counts_match_the_tables(report, outdir):
    _, page, stats = report
    summary = _section(page, "summary")

    def stat(name):
        return int(re.search(rf'id="stat-{name}" data-value="(\d+)"', summary).group(1))

    tables = {n: pd.read_csv(outdir / f"{n}.csv", dtype=str, keep_default_na=False)
              for n in ("documents", "mentions", "organizations", "acronyms", "cooperations")}
    assert stat("documents") == len(tables["documents"]) == stats.documents == 5
    assert stat("errors") == (tables["documents"].status == "error").sum() == stats.documents_error == 1
    assert stats.documents_ok == 4
    for name in ("mentions", "organizations", "acronyms", "cooperations"):
        assert stat(name) == len(tables[name]) == stats.rows[name]
    assert re.search(r"<b>5</b> documents", summary)
    labels = tables["mentions"].label.value_counts()
    for label, n in labels.items():
        assert re.search(rf'<tr data-label="{label}">.*?<td class="num">{n}</td>', summary)
    assert stats.labels == dict(labels)
    # per-year chart: 2020, 2019 and one unknown
    years = _section(page, "summary")
    assert "2019: 1" in years and "2020: 1" in years and "unknown: 1" in years


def test_cooperation_table_has_all_records_with_links_and_highlighted_parties(report):
    _, page, _ = report
    coop = _section(page, "cooperations")
    assert coop.count("<tr data-record=") == 3
    assert 'id="coop-filter"' in coop and 'id="coop-activity"' in coop
    assert '<option value="training">' in coop
    assert "80,000,000 EUR" in coop
    # link to the evidence sentence inside the document section
    assert re.search(r'href="#doc-1-ev-0-\d+"', coop)
    assert re.search(r'id="doc-1-ev-0-\d+"', page)
    assert re.search(r'data-label="ORG"[^>]*>JICA</mark>', coop)


def test_organisations_table_and_documents(report):
    _, page, _ = report
    org = _section(page, "organizations")
    assert 'id="org-table"' in org and 'id="org-filter"' in org
    assert org.count("<tr><td") == 4
    assert page.count('<section class="doc"') == 5


def test_unreadable_source_is_explained(report):
    _, page, stats = report
    gone = _section(page, "doc-5")
    assert "Text not shown" in gone and "not found" in gone and "--source-root" in gone
    assert "<mark" not in gone
    assert [d for d, _ in stats.texts_missing] == ["gone.txt"]
    assert "could not be processed" in _section(page, "doc-4")


def test_max_documents(outdir, tmp_path):
    path = tmp_path / "r.html"
    stats = build_report(outdir, path, max_documents=2, title="Báo cáo <thử>")
    page = path.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 2 and stats.documents_shown == 2 and stats.documents_limited
    assert 'id="documents-limited"' in page and "Showing the first 2 of 5" in page
    assert "<title>Báo cáo &lt;thử&gt;</title>" in page
    # records of documents not shown keep their table row, without a link
    assert page.count("<tr data-record=") == 3


def test_missing_tables_give_a_helpful_error(tmp_path):
    with pytest.raises(ReportError, match="extractor run"):
        build_report(tmp_path / "nope", tmp_path / "r.html")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "documents.csv").write_text("doc_id,source\n", encoding="utf-8")
    with pytest.raises(ReportError, match="mentions.csv.*extractor run"):
        build_report(tmp_path / "half", tmp_path / "r.html")


def test_render_helpers_escape_and_nest():
    text = "A <b> JICA & B"
    start = text.index("JICA")
    ents = [(start, start + 4, {"label": "ORG", "title": "t", "entity_id": "jica"})]
    out = render_text(text, ents, [(0, len(text), "ev-1")])
    assert out == ('<span class="ev-span" id="ev-1">A &lt;b&gt; <mark class="ent" data-label="ORG" '
                   'data-entity="jica" title="t">JICA</mark> &amp; B</span>')
    # an evidence span cutting through an entity is not drawn
    assert "ev-span" not in render_text(text, ents, [(0, start + 2, "ev-2")])
    marked = highlight_terms("WB và Ngân hàng Thế giới (WB)", ["Ngân hàng Thế giới", "WB", "Ngân hàng"])
    assert marked.count("<mark") == 3 and ">Ngân hàng Thế giới</mark>" in marked


def test_cli(outdir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(report_cmd, ["-h"])
    assert result.exit_code == 0 and "extractor report out/ -o" in result.output
    target = tmp_path / "cli.html"
    result = runner.invoke(report_cmd, [str(outdir), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "5 documents (4 ok, 1 error)" in result.output and "3 cooperation records" in result.output
    assert target.is_file()
    result = runner.invoke(report_cmd, [str(tmp_path / "missing"), "-o", str(target)])
    assert result.exit_code == 1 and "extractor run" in result.output
    result = runner.invoke(report_cmd, [str(outdir), "--max-documents", "-1"])
    assert result.exit_code == 1 and "--max-documents" in result.output


# ------------------------------------------------------------------------------------------
# Real browser: headless Chromium loads the page from file:// and we check what a person sees

CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="headless browser test needs /usr/bin/chromium (apt-get install chromium); CI installs it")


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
           "--virtual-time-budget=3000", *extra, url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}"
    return proc


def _dom(tmp_path: Path, url: str) -> str:
    dom = _chromium(tmp_path, url, "--dump-dom").stdout
    assert 'data-ready="1"' in dom, "the page's JavaScript did not run"
    return dom


def _visual_check(dom: str) -> dict:
    m = re.search(r'<pre id="visual-check" hidden="">(.*?)</pre>', dom, re.S)
    assert m, "visual check output missing"
    return json.loads(html.unescape(m.group(1)))


def _coop_rows(dom: str) -> list[tuple[str, str]]:
    table = dom[dom.index('id="coop-table"'):]
    body = table[table.index("<tbody>"):table.index("</tbody>")]
    return re.findall(r"(<tr\b[^>]*>)(.*?)</tr>", body, re.S)


def _is_hidden(tr_tag: str) -> bool:
    return "filtered-out" in tr_tag or re.search(r"display:\s*none", tr_tag) is not None


@needs_chromium
def test_browser_shows_summary_highlights_and_all_rows(report, tmp_path):
    path, _, stats = report
    dom = _dom(tmp_path, path.as_uri() + "#check=1")
    seen = _visual_check(dom)
    assert re.match(r"5\s+documents\s+4 ok, 1 error", seen["documentsText"]), seen["documentsText"]
    jica = [m for m in seen["orgMarks"] if m["text"] == "JICA"]
    assert jica, seen["orgMarks"]
    assert jica[0]["width"] > 10 and jica[0]["height"] > 5 and jica[0]["visibility"] == "visible"
    assert jica[0]["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert seen["coopRows"] == seen["coopVisible"] == 3
    rows = _coop_rows(dom)
    assert len(rows) == 3 and not any(_is_hidden(tag) for tag, _ in rows)


@needs_chromium
def test_browser_filter_from_url_hides_rows(report, tmp_path):
    path, _, _ = report
    dom = _dom(tmp_path, path.as_uri() + "#filter=JICA&check=1")
    rows = _coop_rows(dom)
    visible = [cells for tag, cells in rows if not _is_hidden(tag)]
    assert len(rows) == 3 and len(visible) == 1
    assert "JICA" in visible[0]
    assert re.search(r'id="coop-count"[^>]*>1 of 3 records<', dom)
    assert re.search(r'id="coop-filter"[^>]*value="JICA"', dom)
    assert _visual_check(dom)["coopVisible"] == 1  # laid out: what a person sees
    # the activity select narrows too; accent-insensitive text match
    dom = _dom(tmp_path, path.as_uri() + "#filter=ngan%20hang&activity=project")
    visible = [cells for tag, cells in _coop_rows(dom) if not _is_hidden(tag)]
    assert len(visible) == 1 and "Ngân hàng Thế giới" in visible[0]


@needs_chromium
def test_browser_screenshot(report, tmp_path):
    path, _, _ = report
    shot = tmp_path / "report.png"
    _chromium(tmp_path, path.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    size = shot.stat().st_size
    assert size > 10_000
    # and clearly more than an empty page of the same size and colour
    blank = tmp_path / "blank.html"
    blank.write_text('<html><body style="background:#f6f7f9"></body></html>', encoding="utf-8")
    blank_shot = tmp_path / "blank.png"
    _chromium(tmp_path, blank.as_uri(), f"--screenshot={blank_shot}", "--window-size=1280,2000")
    assert size > 3 * blank_shot.stat().st_size
