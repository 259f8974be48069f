"""Dask execution engine: the same per-document work as :func:`extractor.run.run`, on a Dask cluster.

``extractor run INPUT -o OUTDIR --engine dask [--scheduler tcp://HOST:8786]``

* **Same results.** Workers call :func:`extractor.run.process_document` (the function the local
  engine uses) on batches ("partitions") of :class:`~extractor.readers.RawDocument`; the client
  writes the five CSV tables with :class:`extractor.run.TableWriter`, so the files are the same,
  byte for byte, as a local run on the same input (documents in input order).  The result cache,
  ``--force`` and the carrying over of review decisions work as in the local engine.
* **Streaming.** The client reads the input in order and cuts it into batches of
  ``partition_size`` documents; at most a few batches per worker thread are in flight, so the
  client never holds the whole archive's text.
* **Pipeline loaded once per worker process**, lazily, in a module-level global
  (:func:`_worker_pipeline`); the spaCy ``Language`` never travels over the network, only raw
  documents go out and plain result rows come back.  Each worker reports a fingerprint of its
  extractor version and gazetteer files; a worker whose files differ from the client's stops the
  run instead of silently producing different results.
* **Parquet.** With ``parquet=True`` each table is also written as a Parquet dataset,
  ``OUTDIR/parquet/<table>/part-00000.parquet`` ... (one part per partition, every column a
  string holding exactly the CSV cell text), for ``pandas.read_parquet(OUTDIR/"parquet"/table)``.
* **A document that kills its worker** (segfault, out of memory) makes Dask retry its batch; when
  the batch keeps failing its documents are retried one by one, and the one that still kills a
  worker becomes an ``error`` row.

The client reads the inputs and writes the outputs; workers only compute, so they need this
package installed and the gazetteer folder, but not the input files or the output folder.
"""
from __future__ import annotations

import contextlib
import logging
import math
import os
import shutil
import sys
import threading
import time
import uuid
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .readers import RawDocument, iter_documents
from .records import COLUMNS, DocumentResult, error_result
from .run import (DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, ResultCache, RunSummary, TableWriter, _apply_reviews,
                  _count_inputs, _fingerprint, _load_reviews, _write_unmatched, content_hash, process_document)

__all__ = ["run_dask", "DaskRunSummary", "WorkerSetupError", "DEFAULT_PARTITION_SIZE"]

DEFAULT_PARTITION_SIZE = 200
_WARM_UP_TEXT = "Bộ Ngoại giao làm việc với JICA ngày 3/7/2019."


class WorkerSetupError(RuntimeError):
    """A worker could not load the pipeline, or its files differ from the client's."""


@dataclass
class DaskRunSummary(RunSummary):
    startup: float = 0.0      # seconds to start the LocalCluster / connect to the scheduler
    warmup: float = 0.0       # seconds for the workers to load the pipeline
    workers: int = 0
    partitions: int = 0
    scheduler: str = ""


# ------------------------------------------------------------------------------------ worker side
_WORKER_STATE: dict[str | None, tuple[object, object, str]] = {}
_WORKER_LOCK = threading.Lock()   # the pipeline and its time guard are not thread-safe


def _worker_pipeline(gazetteer_dir: str | None) -> tuple[object, object, str]:
    """(nlp, gazetteer, fingerprint) of this worker process, loaded on first use and kept."""
    state = _WORKER_STATE.get(gazetteer_dir)
    if state is None:
        try:
            from .gazetteer import default_dir
            from .pipeline import get_gazetteer, load

            gaz = get_gazetteer(gazetteer_dir)
            nlp = load(gazetteer_dir)
            # underthesea loads its models on first use: do it now, not inside the first document
            process_document(nlp, gaz, RawDocument("warm-up", "", _WARM_UP_TEXT))
            fingerprint = _fingerprint(Path(gazetteer_dir) if gazetteer_dir else default_dir())
        except Exception as exc:
            raise WorkerSetupError(f"worker {os.uname().nodename} (pid {os.getpid()}) cannot load the "
                                   f"extractor pipeline: {type(exc).__name__}: {exc}") from exc
        state = _WORKER_STATE[gazetteer_dir] = (nlp, gaz, fingerprint)
    return state


def _warm(gazetteer_dir: str | None) -> str:
    with _WORKER_LOCK:
        return _worker_pipeline(gazetteer_dir)[2]


def _process_batch(raws: list[RawDocument], gazetteer_dir: str | None, max_chars: int,
                   timeout: float | None) -> tuple[str, list[DocumentResult]]:
    """Runs on a worker: one partition of documents through :func:`process_document`."""
    with _WORKER_LOCK:
        nlp, gaz, fingerprint = _worker_pipeline(gazetteer_dir)
        return fingerprint, [process_document(nlp, gaz, raw, max_chars, timeout) for raw in raws]


# ------------------------------------------------------------------------------------ parquet
def _cell(value: object) -> str:
    """The text ``csv`` writes for a value (None -> '', floats by repr, like str)."""
    return "" if value is None else str(value)


class ParquetParts:
    """One Parquet file per partition and table under ``OUTDIR/.parquet.tmp``, moved to
    ``OUTDIR/parquet`` when the run completes (an interrupted run leaves the old datasets)."""

    def __init__(self, outdir: Path):
        import pyarrow as pa

        self.outdir = outdir
        self.final = outdir / "parquet"
        self.tmp = outdir / ".parquet.tmp"
        shutil.rmtree(self.tmp, ignore_errors=True)
        for table in COLUMNS:
            (self.tmp / table).mkdir(parents=True)
        self.schemas = {t: pa.schema([(c, pa.string()) for c in cols]) for t, cols in COLUMNS.items()}
        self.parts = 0

    def write(self, tables: dict[str, list[dict[str, object]]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for table, cols in COLUMNS.items():
            rows = tables[table]
            arrays = [pa.array([_cell(r.get(c)) for r in rows], type=pa.string()) for c in cols]
            pq.write_table(pa.Table.from_arrays(arrays, schema=self.schemas[table]),
                           self.tmp / table / f"part-{self.parts:05d}.parquet")
        self.parts += 1

    def close(self) -> None:
        if not self.parts:  # no documents: one empty part, so every dataset still loads with its columns
            self.write({t: [] for t in COLUMNS})
        old = self.outdir / ".parquet.old"
        shutil.rmtree(old, ignore_errors=True)
        if self.final.exists():
            os.replace(self.final, old)
        os.replace(self.tmp, self.final)
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


# ------------------------------------------------------------------------------------ client side
def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _connect(scheduler):
    """(client, cluster to close or None, close the client?)"""
    from distributed import Client, LocalCluster

    if scheduler is None:
        with warnings.catch_warnings():  # its status HTTP server moves to another port if 8787 is taken
            warnings.filterwarnings("ignore", message=".*[Pp]ort 8787 is already in use")
            cluster = LocalCluster(n_workers=_cores(), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        try:
            return Client(cluster), cluster, True
        except BaseException:
            cluster.close()
            raise
    if isinstance(scheduler, (str, os.PathLike)):
        return Client(str(scheduler)), None, True
    if isinstance(scheduler, Client):
        return scheduler, None, False
    if hasattr(scheduler, "scheduler_address"):  # a cluster object (LocalCluster, SSHCluster, ...)
        return Client(scheduler), None, True
    raise TypeError(f"scheduler must be None, an address such as 'tcp://host:8786', a distributed.Client "
                    f"or a cluster, not {type(scheduler).__name__}")


@contextlib.contextmanager
def _quiet_distributed(level: int = logging.WARNING):
    """The scheduler and nannies of a LocalCluster live in this process and log every worker
    start and stop at INFO; keep the command's stderr for the progress bar and the summary."""
    import distributed  # noqa: F401  (configures its loggers on import: do that first)

    logger = logging.getLogger("distributed")
    old = logger.level
    if logger.getEffectiveLevel() < level:
        logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(old)


def _batches(docs: Iterator[tuple[RawDocument, str, DocumentResult | None]], size: int):
    batch: list = []
    for item in docs:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_failed(raw: RawDocument) -> DocumentResult:
    return error_result(raw.doc_id, raw.source,
                        "the Dask worker process died while processing this document, on every retry; it may "
                        "need more memory than a worker has; see the worker logs", len(raw.text or ""))


def run_dask(inputs: Iterable[str | os.PathLike[str]], outdir: str | os.PathLike[str], *, scheduler=None,
             gazetteer_dir: str | os.PathLike[str] | None = None, npartitions: int | None = None,
             partition_size: int = DEFAULT_PARTITION_SIZE, max_chars: int = DEFAULT_MAX_CHARS,
             timeout: float | None = DEFAULT_TIMEOUT, excel: bool = False, parquet: bool = True,
             progress: bool = False, force: bool = False, max_in_flight: int | None = None,
             worker_wait: float = 120.0) -> DaskRunSummary:
    """Process every document of ``inputs`` on Dask and write the five tables to ``outdir``.

    ``scheduler``: None starts a LocalCluster with one single-threaded worker process per core
    (closed at the end); a string is a scheduler address (``tcp://host:8786``); a
    ``distributed.Client`` (or a cluster object) is used as it is and left open.
    ``npartitions`` overrides ``partition_size`` (the documents are counted first, which for
    JSONL / CSV / Parquet inputs means reading them twice).  ``max_in_flight`` bounds the
    partitions submitted but not yet written (default: 2 per worker thread + 1).
    """
    from .gazetteer import default_dir
    from .pipeline import get_gazetteer

    inputs = list(inputs)
    outdir = Path(outdir)
    gdir = str(Path(gazetteer_dir).resolve()) if gazetteer_dir is not None else None
    get_gazetteer(gdir)  # a broken gazetteer stops here, before any cluster is started
    fingerprint = _fingerprint(Path(gdir) if gdir else default_dir())
    if npartitions:
        total = _count_inputs(inputs)
        if total is None:
            total = sum(1 for _ in iter_documents(inputs))
        partition_size = max(1, math.ceil(total / npartitions))
    partition_size = max(1, int(partition_size))
    with _quiet_distributed():
        return _run(inputs, outdir, scheduler, gdir, fingerprint, partition_size, max_chars, timeout, excel,
                    parquet, progress, force, max_in_flight, worker_wait)


def _run(inputs, outdir, scheduler, gdir, fingerprint, partition_size, max_chars, timeout, excel, parquet,
         progress, force, max_in_flight, worker_wait) -> DaskRunSummary:
    from distributed import KilledWorker
    from distributed import wait as distributed_wait

    summary = DaskRunSummary()
    t0 = time.perf_counter()
    client, cluster, close_client = _connect(scheduler)
    writer = cache = parts = bar = None
    window: deque = deque()
    try:
        summary.scheduler = str(client.scheduler.address)
        if not client.nthreads():
            try:
                client.wait_for_workers(1, timeout=worker_wait)
            except TimeoutError as exc:
                raise WorkerSetupError(f"no Dask worker connected to {summary.scheduler} within "
                                       f"{worker_wait:g}s; start some with 'dask worker {summary.scheduler}'"
                                       ) from exc
        summary.startup = time.perf_counter() - t0

        # load the pipeline on every worker now (in parallel) and check they all use our files
        t1 = time.perf_counter()
        addresses = list(client.nthreads())  # (scheduler_info() may list only the first few workers)
        summary.workers = len(addresses)
        warm = [client.submit(_warm, gdir, workers=[a], allow_other_workers=False, pure=False,
                              key=f"extractor-warm-{uuid.uuid4().hex}") for a in addresses]
        try:
            distributed_wait(warm, timeout=worker_wait)
        except TimeoutError:
            pass
        done = [f for f in warm if f.done()]
        for future in warm:  # a worker that left meanwhile: its pinned task would wait forever
            if not future.done():
                future.cancel()
        if not done:
            raise WorkerSetupError(f"no Dask worker of {summary.scheduler} loaded the pipeline within "
                                   f"{worker_wait:g}s")
        for address, future in zip(addresses, warm):
            if any(future is f for f in done):
                _check_fingerprint(future.result(), fingerprint, f"worker {address}")
        summary.warmup = time.perf_counter() - t1

        started = time.perf_counter()
        nthreads = sum(client.nthreads().values()) or 1
        limit = max_in_flight or 2 * nthreads + 1
        outdir.mkdir(parents=True, exist_ok=True)
        reviews = _load_reviews(outdir)
        used: dict[str, set] = {t: set() for t in reviews}
        cache = ResultCache(outdir, force=force)
        writer = TableWriter(outdir, excel=excel)
        parts = ParquetParts(outdir) if parquet else None
        keep: dict[str, str] = {}
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=_count_inputs(inputs), unit="doc", file=sys.stderr, desc="extract (dask)",
                       dynamic_ncols=True)
        run_id = uuid.uuid4().hex[:12]

        def items() -> Iterator[tuple[RawDocument, str, DocumentResult | None]]:
            for raw in iter_documents(inputs):
                digest = content_hash(raw, fingerprint, max_chars)
                yield raw, digest, cache.get(raw.doc_id, digest)

        def submit(index: int, raws: list[RawDocument]):
            return client.submit(_process_batch, raws, gdir, max_chars, timeout, pure=False,
                                 key=f"extractor-batch-{run_id}-{index}")

        def results_of(index: int, raws: list[RawDocument], future) -> list[DocumentResult]:
            try:
                fp, results = future.result()
            except KilledWorker:
                # some document keeps killing workers: retry one by one, the culprit becomes an error row
                singles = [client.submit(_process_batch, [raw], gdir, max_chars, timeout, pure=False,
                                         key=f"extractor-doc-{run_id}-{index}-{i}")
                           for i, raw in enumerate(raws)]
                results = []
                for raw, single in zip(raws, singles):
                    try:
                        fp, (result,) = single.result()
                    except KilledWorker:
                        result = _worker_failed(raw)
                    else:
                        _check_fingerprint(fp, fingerprint, "a worker")
                    results.append(result)
                return results
            _check_fingerprint(fp, fingerprint, "a worker")
            return results

        def write(entry) -> None:
            index, batch, raws, future = entry
            fresh = iter(results_of(index, raws, future) if future is not None else ())
            tables: dict[str, list] = {t: [] for t in COLUMNS}
            for raw, digest, cached in batch:
                result = cached if cached is not None else next(fresh)
                doc_id = str(result.document["doc_id"])
                if doc_id != raw.doc_id:  # pragma: no cover - would be a bug in this module
                    raise RuntimeError(f"partition {index}: got {doc_id!r} where {raw.doc_id!r} was expected")
                if cached is None:
                    cache.put(doc_id, digest, result)
                keep[doc_id] = digest
                _apply_reviews(result, reviews, used)
                for table, rows in result.tables().items():
                    tables[table].extend(rows)
                summary.record(result, writer.write(result), cached is not None)
                if bar is not None:
                    bar.update(1)
            if parts is not None:
                parts.write(tables)
            summary.partitions += 1

        for index, batch in enumerate(_batches(items(), partition_size)):
            raws = [raw for raw, _, cached in batch if cached is None]
            window.append((index, batch, raws, submit(index, raws) if raws else None))
            while len(window) >= limit:
                write(window.popleft())
        while window:
            write(window.popleft())
    except BaseException:
        for entry in window:
            if entry[3] is not None:
                entry[3].cancel()
        if writer is not None:
            writer.abort()
        if parts is not None:
            parts.abort()
        if cache is not None:
            cache.close()
        raise
    finally:
        if bar is not None:
            bar.close()
        if close_client:
            client.close()
        if cluster is not None:
            cluster.close()
    writer.close()
    if parts is not None:
        parts.close()
    cache.compact(keep)
    summary.reviews_kept = sum(len(v) for v in used.values())
    summary.reviews_unmatched = _write_unmatched(outdir, reviews, used)
    summary.elapsed = time.perf_counter() - started
    return summary


def _check_fingerprint(got: str, expected: str, where: str) -> None:
    if got != expected:
        raise WorkerSetupError(
            f"{where} uses a different extractor version or different gazetteer files than the client; "
            "install the same version of this package on every worker and pass --gazetteers with a folder "
            "that holds the same files on the client and on every worker")
