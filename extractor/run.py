"""Batch runner: documents in, the five CSV tables out.

Rows are streamed to temporary files as documents finish and renamed into place at the end
(an interrupted run never leaves a half-written table behind).  A document that fails at any
stage becomes an ``error`` row in documents.csv with a message saying what to do; the batch
goes on.
"""
from __future__ import annotations

import csv
import os
import sys
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .gazetteer import Gazetteer
from .normalize import normalize
from .readers import RawDocument, iter_documents
from .records import COLUMNS, DocumentResult, doc_to_result, error_result

__all__ = ["RunSummary", "process_document", "run", "TableWriter", "DEFAULT_MAX_CHARS"]

DEFAULT_MAX_CHARS = 2_000_000


@dataclass
class RunSummary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    rows: dict[str, int] = field(default_factory=lambda: {k: 0 for k in COLUMNS})
    elapsed: float = 0.0
    chars: int = 0
    error_examples: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        rate = self.chars / self.elapsed if self.elapsed else 0.0
        return (f"{self.documents} documents ({self.ok} ok, {self.errors} error), "
                f"{self.rows['mentions']} mentions, {self.rows['organizations']} organisations, "
                f"{self.rows['acronyms']} acronyms, {self.rows['cooperations']} cooperation records "
                f"in {self.elapsed:.1f}s ({rate / 1000:.1f}k chars/s)")


def process_document(nlp: Language, gaz: Gazetteer, raw: RawDocument,
                     max_chars: int = DEFAULT_MAX_CHARS) -> DocumentResult:
    """Run the whole pipeline on one raw document; never raises."""
    if raw.error:
        return error_result(raw.doc_id, raw.source, raw.error)
    text = raw.text or ""
    if not text.strip():
        return error_result(raw.doc_id, raw.source, "empty document (no text); check the source file",
                            len(text))
    if len(text) > max_chars:
        return error_result(raw.doc_id, raw.source,
                            f"document has {len(text):,} characters, more than --max-chars {max_chars:,}; "
                            "split it or raise --max-chars", len(text))
    try:
        norm = normalize(text)
        doc = nlp.make_doc(norm.text)
        doc._.vi_input_meta = raw.meta
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc_to_result(doc, norm, raw.doc_id, raw.source, gaz, raw.meta)
    except Exception as exc:  # one broken document must not end the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return error_result(raw.doc_id, raw.source,
                            f"internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:"
                            f"{where.lineno}); please report it with this document", len(text))


class TableWriter:
    """Streams rows into ``OUTDIR/<table>.csv.tmp`` and renames them into place on close."""

    def __init__(self, outdir: str | os.PathLike[str], excel: bool = False):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        encoding = "utf-8-sig" if excel else "utf-8"
        self._files = {}
        self._writers = {}
        for table, cols in COLUMNS.items():
            tmp = self.outdir / f".{table}.csv.tmp"
            fh = open(tmp, "w", encoding=encoding, newline="")
            writer = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            writer.writeheader()
            self._files[table] = (fh, tmp)
            self._writers[table] = writer

    def write(self, result: DocumentResult) -> dict[str, int]:
        counts = {}
        for table, rows in result.tables().items():
            self._writers[table].writerows(rows)
            counts[table] = len(rows)
        return counts

    def close(self) -> None:
        for table, (fh, tmp) in self._files.items():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            os.replace(tmp, self.outdir / f"{table}.csv")

    def abort(self) -> None:
        for fh, tmp in self._files.values():
            fh.close()
            tmp.unlink(missing_ok=True)


def run(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *,
        nlp: Language | None = None, gazetteer_dir: str | None = None, excel: bool = False,
        progress: bool = True, max_chars: int = DEFAULT_MAX_CHARS) -> RunSummary:
    """Process every document of ``inputs`` and write the five tables to ``outdir``."""
    from .pipeline import get_gazetteer, load

    gaz = get_gazetteer(gazetteer_dir)
    nlp = nlp or load(gazetteer_dir)
    summary = RunSummary()
    started = time.perf_counter()
    writer = TableWriter(outdir, excel=excel)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, desc="extract", dynamic_ncols=True)
    try:
        for raw in iter_documents(list(inputs)):
            result = process_document(nlp, gaz, raw, max_chars=max_chars)
            for table, n in writer.write(result).items():
                summary.rows[table] += n
            summary.documents += 1
            summary.chars += int(result.document.get("chars") or 0)
            if result.document["status"] == "ok":
                summary.ok += 1
            else:
                summary.errors += 1
                if len(summary.error_examples) < 20:
                    summary.error_examples.append((str(result.document["doc_id"]), str(result.document["error"])))
            if bar is not None:
                bar.update(1)
    except BaseException:
        writer.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    writer.close()
    summary.elapsed = time.perf_counter() - started
    return summary
