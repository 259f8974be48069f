"""Batch runner: documents in, the five CSV tables out.

Design, for archives of hundreds of thousands of articles:

* **Streaming.** Documents are read, processed and written one at a time; nothing grows with
  the number of documents except the output files.
* **Resumable.** Every finished document is appended (and flushed) to a result cache,
  ``OUTDIR/.extractor-cache/results.jsonl``, keyed by doc_id and a content hash (text, metadata,
  extractor version and the gazetteer files).  A re-run skips documents whose hash is unchanged
  (``--force`` recomputes everything); a run killed half-way resumes from the cache without
  duplicate rows.
* **Atomic tables.** Tables are streamed to temporary files and renamed into place only when the
  run completes, so an interrupted run never leaves a truncated CSV behind.
* **Reviews survive re-runs.** ``review_status`` / ``review_note`` in organizations.csv and
  cooperations.csv are carried over to the new tables by stable keys; decisions that no longer
  match anything are kept in ``reviews_unmatched.csv``.
* **Workers.** ``workers > 1`` runs a process pool (fork; the pipeline is loaded once in the
  parent before forking, so workers share its memory); results come back in input order.
* **Never crash on one document.** Errors and the per-document time guard become ``error`` rows.
"""
from __future__ import annotations

import csv
import hashlib
import json
import multiprocessing as mp
import os
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .gazetteer import Gazetteer
from .normalize import fold, normalize
from .readers import RawDocument, iter_documents
from .records import COLUMNS, DocumentResult, doc_to_result, error_result
from .tokenizer import DocumentTimeout, check_deadline, set_deadline

__all__ = ["RunSummary", "process_document", "run", "TableWriter", "ResultCache", "DEFAULT_MAX_CHARS",
           "DEFAULT_TIMEOUT"]

DEFAULT_MAX_CHARS = 2_000_000
DEFAULT_TIMEOUT = 300.0
REVIEW_COLUMNS = ("review_status", "review_note")
CACHE_DIR = ".extractor-cache"


@dataclass
class RunSummary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    cached: int = 0
    rows: dict[str, int] = field(default_factory=lambda: {k: 0 for k in COLUMNS})
    elapsed: float = 0.0
    chars: int = 0
    reviews_kept: int = 0
    reviews_unmatched: int = 0
    error_examples: list[tuple[str, str]] = field(default_factory=list)

    def record(self, result: DocumentResult, counts: dict[str, int], cached: bool) -> None:
        """Account for one written document (both engines call this)."""
        for table, n in counts.items():
            self.rows[table] += n
        self.documents += 1
        self.cached += cached
        self.chars += int(result.document.get("chars") or 0)
        if result.document["status"] == "ok":
            self.ok += 1
        else:
            self.errors += 1
            if len(self.error_examples) < 20:
                self.error_examples.append((str(result.document["doc_id"]), str(result.document["error"])))

    def line(self) -> str:
        rate = self.chars / self.elapsed if self.elapsed else 0.0
        cached = f", {self.cached} unchanged from the previous run" if self.cached else ""
        return (f"{self.documents} documents ({self.ok} ok, {self.errors} error{cached}), "
                f"{self.rows['mentions']} mentions, {self.rows['organizations']} organisations, "
                f"{self.rows['acronyms']} acronyms, {self.rows['cooperations']} cooperation records "
                f"in {self.elapsed:.1f}s ({rate / 1000:.1f}k chars/s)")


def process_document(nlp, gaz: Gazetteer, raw: RawDocument, max_chars: int = DEFAULT_MAX_CHARS,
                     timeout: float | None = DEFAULT_TIMEOUT) -> DocumentResult:
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
    set_deadline(time.monotonic() + timeout if timeout else None)
    try:
        norm = normalize(text)
        doc = nlp.make_doc(norm.text)
        doc._.vi_input_meta = raw.meta
        for _, proc in nlp.pipeline:
            check_deadline()
            doc = proc(doc)
        return doc_to_result(doc, norm, raw.doc_id, raw.source, gaz, raw.meta)
    except DocumentTimeout:
        return error_result(raw.doc_id, raw.source,
                            f"processing took longer than the {timeout:g}s time guard; split the document "
                            "or raise --timeout", len(text))
    except Exception as exc:  # one broken document must not end the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return error_result(raw.doc_id, raw.source,
                            f"internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:"
                            f"{where.lineno}); please report it with this document", len(text))
    finally:
        set_deadline(None)


# ------------------------------------------------------------------------------------ cache
def _fingerprint(gazetteer_dir: Path | None) -> str:
    """Extractor version + gazetteer file contents: a change invalidates cached results."""
    h = hashlib.sha1(__version__.encode())
    if gazetteer_dir is not None and gazetteer_dir.is_dir():
        for p in sorted(gazetteer_dir.glob("*.csv")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    for p in sorted((Path(__file__).parent / "data").glob("*.json")):
        h.update(p.read_bytes())
    return h.hexdigest()


def content_hash(raw: RawDocument, fingerprint: str, max_chars: int) -> str:
    h = hashlib.sha1(fingerprint.encode())
    for part in (raw.doc_id, raw.source, raw.text or "", raw.error or "",
                 json.dumps(raw.meta, sort_keys=True, ensure_ascii=False), str(max_chars)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


class ResultCache:
    """Append-only JSONL of finished documents: {"doc_id", "hash", "tables"} per line."""

    def __init__(self, outdir: Path, force: bool = False):
        self.dir = outdir / CACHE_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "results.jsonl"
        if force and self.path.exists():
            self.path.unlink()
        self.index: dict[str, tuple[str, int]] = {}
        self._scan()
        self.fh = open(self.path, "ab")
        self.reader = open(self.path, "rb")

    def _scan(self) -> None:
        if not self.path.exists():
            return
        good = 0
        with open(self.path, "rb") as fh:
            while True:
                offset = fh.tell()
                line = fh.readline()
                if not line:
                    break
                if not line.endswith(b"\n"):
                    break  # half-written by a killed run
                try:
                    obj = json.loads(line)
                except ValueError:
                    break
                self.index[obj["doc_id"]] = (obj["hash"], offset)
                good = fh.tell()
        if good < self.path.stat().st_size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good)

    def get(self, doc_id: str, digest: str) -> DocumentResult | None:
        hit = self.index.get(doc_id)
        if hit is None or hit[0] != digest:
            return None
        self.reader.seek(hit[1])
        obj = json.loads(self.reader.readline())
        t = obj["tables"]
        return DocumentResult(t["documents"][0], t["mentions"], t["organizations"], t["acronyms"],
                              t["cooperations"])

    def put(self, doc_id: str, digest: str, result: DocumentResult) -> None:
        line = json.dumps({"doc_id": doc_id, "hash": digest, "tables": result.tables()},
                          ensure_ascii=False).encode("utf-8") + b"\n"
        offset = self.fh.tell()
        self.fh.write(line)
        self.fh.flush()
        self.index[doc_id] = (digest, offset)

    def compact(self, keep: dict[str, str]) -> None:
        """Rewrite the cache with only the documents of this run (atomic)."""
        self.fh.close()
        tmp = self.dir / "results.jsonl.tmp"
        with open(tmp, "wb") as out:
            for doc_id, digest in keep.items():
                hit = self.index.get(doc_id)
                if hit and hit[0] == digest:
                    self.reader.seek(hit[1])
                    out.write(self.reader.readline())
        self.reader.close()
        os.replace(tmp, self.path)

    def close(self) -> None:
        for fh in (self.fh, self.reader):
            if not fh.closed:
                fh.close()


# ------------------------------------------------------------------------------------ reviews
def _org_key(row: dict) -> tuple[str, str]:
    return str(row.get("doc_id", "")), str(row.get("entity_id") or "") or "name:" + fold(str(row.get("name", "")))


def _load_reviews(outdir: Path) -> dict[str, dict[tuple, tuple[str, str]]]:
    """Existing reviewer decisions, keyed by record_id / (doc_id, organisation)."""
    reviews: dict[str, dict[tuple, tuple[str, str]]] = {"cooperations": {}, "organizations": {}}
    for table in reviews:
        path = outdir / f"{table}.csv"
        if not path.exists():
            continue
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                status, note = (row.get("review_status") or "").strip(), (row.get("review_note") or "").strip()
                if not status and not note:
                    continue
                key = (row.get("record_id", ""),) if table == "cooperations" else _org_key(row)
                reviews[table][key] = (status, note)
    path = outdir / "reviews_unmatched.csv"
    if path.exists():  # decisions kept from earlier runs may match again
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                key = tuple(json.loads(row["key"]))
                reviews[row["table"]].setdefault(key, (row["review_status"], row["review_note"]))
    return reviews


# ------------------------------------------------------------------------------------ writer
class TableWriter:
    """Streams rows into ``OUTDIR/.<table>.csv.tmp`` and renames them into place on close."""

    def __init__(self, outdir: str | os.PathLike[str], excel: bool = False):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.encoding = "utf-8-sig" if excel else "utf-8"
        self._files = {}
        self._writers = {}
        for table, cols in COLUMNS.items():
            tmp = self.outdir / f".{table}.csv.tmp"
            fh = open(tmp, "w", encoding=self.encoding, newline="")
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


# ------------------------------------------------------------------------------------ workers
_WORKER: dict[str, object] = {}
#: spaCy's string store keeps every token string it has seen; reloading the pipeline every this
#: many documents keeps a long run's memory flat (a reload costs about half a second).
RELOAD_EVERY = 2000


def _work(item: tuple[RawDocument, str, DocumentResult | None]) -> tuple[str, DocumentResult, bool]:
    raw, digest, cached = item
    if cached is not None:
        return digest, cached, True
    done = int(_WORKER.get("done", 0)) + 1
    _WORKER["done"] = done
    if done % RELOAD_EVERY == 0 and _WORKER.get("reload"):
        _WORKER["nlp"] = _WORKER["reload"]()
    result = process_document(_WORKER["nlp"], _WORKER["gaz"], raw, _WORKER["max_chars"], _WORKER["timeout"])
    return digest, result, False


def _count_inputs(inputs: list) -> int | None:
    """Number of documents when cheap to know (folders and plain files), for the progress bar."""
    total = 0
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            seen: set[str] = set()
            for dirpath, dirnames, files in os.walk(p, followlinks=True):  # as the reader walks
                real = os.path.realpath(dirpath)
                if real in seen:
                    dirnames[:] = []
                    continue
                seen.add(real)
                total += sum(f.lower().endswith((".txt", ".html", ".htm")) for f in files)
        elif p.suffix.lower() in (".txt", ".html", ".htm"):
            total += 1
        else:
            return None
    return total


def run(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *,
        nlp=None, gazetteer_dir: str | None = None, excel: bool = False, progress: bool = True,
        max_chars: int = DEFAULT_MAX_CHARS, timeout: float | None = DEFAULT_TIMEOUT, workers: int = 1,
        force: bool = False) -> RunSummary:
    """Process every document of ``inputs`` and write the five tables to ``outdir``."""
    from .gazetteer import default_dir
    from .pipeline import get_gazetteer, load

    inputs = list(inputs)
    outdir = Path(outdir)
    gaz = get_gazetteer(gazetteer_dir)  # a broken gazetteer stops here, before any work
    own_nlp = nlp is None
    nlp = nlp or load(gazetteer_dir)
    fingerprint = _fingerprint(Path(gazetteer_dir) if gazetteer_dir else default_dir())
    _WORKER.update(nlp=nlp, gaz=gaz, max_chars=max_chars, timeout=timeout, done=0,
                   reload=(lambda: load(gazetteer_dir)) if own_nlp else None)
    summary = RunSummary()
    started = time.perf_counter()
    outdir.mkdir(parents=True, exist_ok=True)
    reviews = _load_reviews(outdir)
    used: dict[str, set] = {t: set() for t in reviews}
    cache = ResultCache(outdir, force=force)
    writer = TableWriter(outdir, excel=excel)
    keep: dict[str, str] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=_count_inputs(inputs), unit="doc", file=sys.stderr, desc="extract",
                   dynamic_ncols=True)

    def items() -> Iterator[tuple[RawDocument, str, DocumentResult | None]]:
        for raw in iter_documents(inputs):
            digest = content_hash(raw, fingerprint, max_chars)
            yield raw, digest, cache.get(raw.doc_id, digest)

    del nlp  # only _WORKER holds the pipeline, so a periodic reload can free the old one
    pool = None
    try:
        if workers > 1:
            # load underthesea's lazily-loaded models here, once, so forked workers share them
            process_document(_WORKER["nlp"], gaz, RawDocument("warm-up", "", "Bộ Ngoại giao làm việc với JICA ngày 3/7/2019."))
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            pool = ctx.Pool(workers)
            results = pool.imap(_work, items(), chunksize=4)
        else:
            results = map(_work, items())
        for digest, result, was_cached in results:
            doc_id = str(result.document["doc_id"])
            if not was_cached:
                cache.put(doc_id, digest, result)
            keep[doc_id] = digest
            _apply_reviews(result, reviews, used)
            summary.record(result, writer.write(result), was_cached)
            if bar is not None:
                bar.update(1)
    except BaseException:
        writer.abort()
        cache.close()
        if pool is not None:
            pool.terminate()
        raise
    finally:
        if bar is not None:
            bar.close()
    if pool is not None:
        pool.close()
        pool.join()
    writer.close()
    cache.compact(keep)
    summary.reviews_kept = sum(len(v) for v in used.values())
    summary.reviews_unmatched = _write_unmatched(outdir, reviews, used)
    summary.elapsed = time.perf_counter() - started
    return summary


def _apply_reviews(result: DocumentResult, reviews, used) -> None:
    for row in result.cooperations:
        hit = reviews["cooperations"].get((row["record_id"],))
        row["review_status"], row["review_note"] = hit or ("", "")
        if hit:
            used["cooperations"].add((row["record_id"],))
    for row in result.organizations:
        key = _org_key(row)
        hit = reviews["organizations"].get(key)
        row["review_status"], row["review_note"] = hit or ("", "")
        if hit:
            used["organizations"].add(key)


def _write_unmatched(outdir: Path, reviews, used) -> int:
    """Decisions whose record no longer exists are kept, not lost: reviews_unmatched.csv."""
    rows = [{"table": t, "key": json.dumps(list(k), ensure_ascii=False), "review_status": v[0],
             "review_note": v[1]}
            for t, table in reviews.items() for k, v in table.items() if k not in used[t]]
    path = outdir / "reviews_unmatched.csv"
    if not rows:
        path.unlink(missing_ok=True)
        return 0
    tmp = outdir / ".reviews_unmatched.csv.tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["table", "key", "review_status", "review_note"])
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)
    return len(rows)
