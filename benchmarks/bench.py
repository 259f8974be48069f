"""End-to-end performance benchmark of the extractor pipeline against underthesea.

Method
------
Every stage runs in ONE Python process over the SAME texts: the first ``--docs`` documents
(file order) of a JSONL(.gz) file of ``{"id", "topic", "text"}`` news articles
(default ``/work/shared/data/vntc_sample_10k.jsonl.gz``, 500 documents).  Throughput is always
counted in characters of the raw input text, so all rates are comparable.

Stages (each warmed up on the first 5 documents, then timed ``--repeat`` times with
``time.perf_counter``; the median elapsed time is reported):

(a) ``word_tokenize(text)`` on each whole document, the way a user would call it.
(b) ``sent_tokenize`` on each non-empty line, then ``word_tokenize`` on each sentence: the way
    ``extractor.sentences`` / ``extractor.tokenizer`` call underthesea (minus the offset
    alignment and the 1,500-character cut, which are part of the pipeline's cost).
    Neither baseline is "the" floor: (a) is what users compare against, (b) is the minimum work
    our tokenizer must do.  Both are reported and every ratio is given against both.
(c) (b) with ``extractor.segmenter.segment`` instead of ``word_tokenize`` (same words, issue #9):
    the segmenter alone, sentence splitting included.  It is not a baseline; ratios stay
    against (a) and (b), which remain bare underthesea.
ner ``underthesea.ner`` on the same sentences as (b) (sentence splitting included, as in (b)),
    on the first ``--ner-docs`` documents only because it is ~16x slower than word_tokenize;
    its chars/s is computed from exactly the documents measured.
pipeline ``extractor.run.process_document`` for every document (normalise, clean, tokenize,
    all spaCy components, result records).  Model and gazetteer loading is excluded.
    Results are discarded as they are produced (streaming), so the RSS growth measured over
    this loop is the pipeline's own (e.g. spaCy's StringStore), not the benchmark's.
2 workers ``concurrent.futures.ProcessPoolExecutor(--workers)`` with the *fork* start method,
    pipeline loaded in the parent before forking (copy-on-write model memory).  Each worker
    calls ``process_document`` and returns the full ``DocumentResult`` (so pickling the results
    back, as a real run must, is included).  Pool start-up is excluded from the throughput and
    reported separately.  Speed-up = pool chars/s / 1-process pipeline chars/s.

Start-up: a fresh ``python -c`` subprocess imports extractor, loads the pipeline and processes
the first document; wall-clock from spawn to exit, ``--startup-runs`` times, median reported
(the child also reports its import / load / first-document split and its own peak RSS).

Memory: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` right after the pipeline stage (the
whole benchmark process' high-water mark so far: interpreter, underthesea, spaCy, gazetteer,
the loaded texts), plus current RSS (``/proc/self/status`` VmRSS) before/after the streamed
pipeline run.

Ratios are throughput ratios, ``stage chars/s / baseline chars/s``: higher is better, 1.0
means "as fast as bare underthesea".

Shared machines: wall-clock numbers are only valid when nothing else runs.  For every stage the
benchmark also records its own CPU time (``cpu%`` column; workers summed) and the CPU time used by
*other* processes during the stage, from ``/proc/stat`` (``other`` column, in cores).  When
``other`` is not ~0 the stage was slowed down by someone else -- the 2-worker number most of all,
since it needs both cores; an upper-bound speed-up estimate from CPU time is then printed too.
``--wait-quiet SECONDS`` waits before each stage for the CPUs to go idle.

Usage::

    python benchmarks/bench.py                       # 500 docs, ~2-3 min on 2 idle cores
    python benchmarks/bench.py --wait-quiet 120      # on a shared machine
    python benchmarks/bench.py --docs 100 --json out.json
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import gzip
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

DEFAULT_DATA = "/work/shared/data/vntc_sample_10k.jsonl.gz"
WARMUP_DOCS = 5
SOURCE = "<bench>"

_PARAGRAPH_RE = re.compile(r"[^\n]+")

# Set in the parent before the pool forks; inherited by the workers (copy-on-write).
_WORKER_STATE: dict[str, object] = {}


# ------------------------------------------------------------------------------------ helpers
def load_docs(path: str, n: int) -> list[tuple[str, str]]:
    """The first ``n`` (id, text) pairs of a JSONL or JSONL.gz file, in file order."""
    opener = gzip.open if path.endswith(".gz") else open
    out: list[tuple[str, str]] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            out.append((str(obj.get("id", len(out))), obj.get("text") or ""))
            if len(out) >= n:
                break
    return out


def current_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def proc_memory_mb(pid: int | str = "self") -> dict[str, float]:
    """Rss / Pss (proportional: shared pages split between sharers) / peak RSS of a process, in MB."""
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("Rss", "Pss"):
                    out[key.lower()] = int(rest.split()[0]) / 1024
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    out["peak_rss"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(who).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def sentences_like_pipeline(text: str) -> Iterator[str]:
    """Lines (stripped, non-empty) -> ``sent_tokenize`` -> stripped sentences, as extractor.sentences."""
    from underthesea import sent_tokenize

    for m in _PARAGRAPH_RE.finditer(text):
        para = m.group().strip()
        if not para:
            continue
        for s in sent_tokenize(para):
            s = s.strip()
            if s:
                yield s


def children_cpu_s(pids: list[int]) -> float:
    """utime + stime of live processes, from /proc/PID/stat (0 when unavailable)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def system_busy_s() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat; 0 if unavailable)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
        # user nice system idle iowait irq softirq steal ...
        return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def wait_quiet(max_wait: float, threshold: float = 0.25, log: Callable[[str], None] | None = None) -> float:
    """Wait (at most ``max_wait`` s) until other processes use < ``threshold`` cores over 1 s.

    Returns the other-process load (cores) of the last 1-second window.
    """
    deadline = time.perf_counter() + max_wait
    warned = False
    while True:
        s0, c0 = system_busy_s(), time.process_time()
        time.sleep(1.0)
        other = max(0.0, system_busy_s() - s0 - (time.process_time() - c0))
        if other < threshold or time.perf_counter() >= deadline:
            return other
        if log and not warned:
            log(f"machine busy ({other:.2f} cores used by other processes); waiting up to {max_wait:.0f}s")
            warned = True


def loadavg() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def time_stage(fn: Callable[[list[tuple[str, str]]], object], docs: list[tuple[str, str]],
               repeat: int) -> tuple[list[float], list[float], list[float], object]:
    """Warm up on the first WARMUP_DOCS docs, then time ``fn(docs)`` ``repeat`` times (wall, CPU)."""
    fn(docs[:WARMUP_DOCS])
    walls: list[float] = []
    cpus: list[float] = []
    others: list[float] = []
    out = None
    for _ in range(repeat):
        s0 = system_busy_s()
        c0 = time.process_time()
        t0 = time.perf_counter()
        out = fn(docs)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        others.append(max(0.0, system_busy_s() - s0 - cpus[-1]))
    return walls, cpus, others, out


def stage_row(name: str, docs: list[tuple[str, str]], walls: list[float], cpus: list[float],
              others: list[float]) -> dict:
    """Median wall time -> chars/s and docs/s; CPU time and other processes' CPU alongside."""
    chars = sum(len(t) for _, t in docs)
    seconds = statistics.median(walls)
    cpu = statistics.median(cpus) if cpus else None
    other = statistics.median(others) if others else None
    return {"stage": name, "docs": len(docs), "chars": chars, "seconds": seconds, "all_seconds": walls,
            "cpu_seconds": cpu, "all_cpu_seconds": cpus, "cpu_util": (cpu / seconds) if cpu and seconds else None,
            "chars_per_s": chars / seconds if seconds else 0.0,
            "docs_per_s": len(docs) / seconds if seconds else 0.0,
            "chars_per_cpu_s": chars / cpu if cpu else None,
            "other_cpu_seconds": other, "other_load_cores": (other / seconds) if other is not None and seconds else None,
            "loadavg_1min_after": loadavg()}


# ------------------------------------------------------------------------------------- stages
def run_baseline_a(docs: list[tuple[str, str]]) -> int:
    from underthesea import word_tokenize

    n = 0
    for _, text in docs:
        n += len(word_tokenize(text))
    return n


def run_baseline_b(docs: list[tuple[str, str]]) -> int:
    from underthesea import word_tokenize

    n = 0
    for _, text in docs:
        for sent in sentences_like_pipeline(text):
            n += len(word_tokenize(sent))
    return n


def make_segmenter_stage() -> Callable[[list[tuple[str, str]]], int]:
    """(b) with ``extractor.segmenter`` (identical words) in place of ``word_tokenize``.

    A private ``Segmenter`` (model loading not timed): the process-wide one used by the pipeline
    keeps its syllable caches empty, so this stage cannot warm them up for the pipeline stage.
    """
    from extractor.segmenter import Segmenter

    segment = Segmenter().segment

    def run(docs: list[tuple[str, str]]) -> int:
        n = 0
        for _, text in docs:
            for sent in sentences_like_pipeline(text):
                n += len(segment(sent))
        return n

    return run


def run_ner(docs: list[tuple[str, str]]) -> int:
    from underthesea import ner

    n = 0
    for _, text in docs:
        for sent in sentences_like_pipeline(text):
            n += len(ner(sent))
    return n


class PipelineRunner:
    """Streams documents through ``process_document``; keeps only status counts and RSS samples."""

    def __init__(self, nlp, gaz):
        self.nlp = nlp
        self.gaz = gaz
        self.rss_samples: list[tuple[int, float | None]] = []
        self.sample = False

    def __call__(self, docs: list[tuple[str, str]]) -> dict[str, object]:
        from extractor.readers import RawDocument
        from extractor.run import process_document

        statuses: dict[str, int] = {}
        errors: list[str] = []
        checkpoints = {max(1, round(len(docs) * f)) for f in (0.25, 0.5, 0.75, 1.0)}
        if self.sample:
            self.rss_samples = [(0, current_rss_mb())]
        for i, (doc_id, text) in enumerate(docs, 1):
            result = process_document(self.nlp, self.gaz, RawDocument(doc_id, SOURCE, text))
            status = str(result.document.get("status"))
            statuses[status] = statuses.get(status, 0) + 1
            if status != "ok" and len(errors) < 5:
                errors.append(f"{doc_id}: {result.document.get('error')}")
            if self.sample and i in checkpoints:
                self.rss_samples.append((i, current_rss_mb()))
        return {"statuses": statuses, "errors": errors}


def _worker_process(item: tuple[str, str]):
    from extractor.readers import RawDocument
    from extractor.run import process_document

    doc_id, text = item
    return process_document(_WORKER_STATE["nlp"], _WORKER_STATE["gaz"], RawDocument(doc_id, SOURCE, text))


def run_pool(nlp, gaz, docs: list[tuple[str, str]], workers: int, repeat: int, chunksize: int) -> dict:
    """Wall-clock throughput of a fork-based process pool over ``docs``."""
    _WORKER_STATE["nlp"] = nlp
    _WORKER_STATE["gaz"] = gaz
    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        # warm-up: WARMUP_DOCS per worker, which also forces every worker to be forked
        warm = (docs * (1 + WARMUP_DOCS * workers // max(1, len(docs))))[:WARMUP_DOCS * workers]
        list(pool.map(_worker_process, warm, chunksize=1))
        startup = time.perf_counter() - t0
        times = []
        cpus = []
        others = []
        statuses: dict[str, int] = {}
        pids = list(getattr(pool, "_processes", {}) or {})
        for _ in range(repeat):
            s1 = system_busy_s()
            p1 = time.process_time()
            c1 = children_cpu_s(pids)
            t1 = time.perf_counter()
            results = list(pool.map(_worker_process, docs, chunksize=chunksize))
            times.append(time.perf_counter() - t1)
            cpus.append(children_cpu_s(pids) - c1)
            # the parent's own CPU (pickling, queue threads) is ours, not "other"
            others.append(max(0.0, system_busy_s() - s1 - cpus[-1] - (time.process_time() - p1)))
            statuses = {}
            for r in results:
                s = str(r.document.get("status"))
                statuses[s] = statuses.get(s, 0) + 1
            del results
        workers_mem = {pid: proc_memory_mb(pid) for pid in list(getattr(pool, "_processes", {}) or {})}
    _WORKER_STATE.clear()
    return {"walls": times, "cpus": cpus, "others": others, "pool_startup_s": startup,
            "statuses": statuses, "workers_memory_mb": workers_mem}


STARTUP_CODE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import extractor
from extractor.pipeline import get_gazetteer
from extractor.readers import RawDocument
from extractor.run import process_document
t1 = time.perf_counter()
nlp = extractor.load()
gaz = get_gazetteer(None)
t2 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
r = process_document(nlp, gaz, RawDocument("startup", "<bench>", text))
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "first_doc_s": t3 - t2,
                  "status": r.document.get("status"), "error": r.document.get("error"),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure_startup(text: str, runs: int) -> dict:
    """Median wall-clock of a fresh interpreter: import + load + first document."""
    walls: list[float] = []
    inner: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_text(text, encoding="utf-8")
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", STARTUP_CODE, str(path)], cwd=tmp,
                                  capture_output=True, text=True)
            walls.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                raise RuntimeError(f"start-up subprocess failed:\n{proc.stderr[-2000:]}")
            inner.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    med = statistics.median(walls)
    out = {"median_s": med, "all_s": walls, "runs": inner}
    for key in ("import_s", "load_s", "first_doc_s", "peak_rss_mb"):
        out[f"median_{key}"] = statistics.median(r[key] for r in inner)
    return out


# --------------------------------------------------------------------------------------- main
def fmt_ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="JSONL(.gz) of {id, text} (default: %(default)s)")
    ap.add_argument("--docs", type=int, default=500, help="first N documents in file order (default: %(default)s)")
    ap.add_argument("--ner-docs", type=int, default=100,
                    help="documents for the underthesea.ner stage (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=1, help="timed repetitions per stage; median reported")
    ap.add_argument("--workers", type=int, default=2, help="processes for the parallel run; 0 or 1 skips it")
    ap.add_argument("--chunksize", type=int, default=4,
                    help="documents per pool task (default: %(default)s, as `extractor run --workers` uses)")
    ap.add_argument("--startup-runs", type=int, default=3, help="fresh-process start-up runs; 0 skips")
    ap.add_argument("--skip", default="", help="comma-separated stages to skip: a,b,seg,ner,pipeline,pool,startup")
    ap.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                    help="before each stage wait up to SECONDS for other processes to leave the CPUs idle "
                         "(< 0.25 cores busy over 1 s); useful on shared machines (default: no waiting)")
    ap.add_argument("--json", metavar="FILE", help="write all numbers to FILE")
    args = ap.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if args.workers <= 1:
        skip.add("pool")
    if args.startup_runs <= 0:
        skip.add("startup")

    started = time.perf_counter()
    load_at_start = loadavg()
    docs = load_docs(args.data, args.docs)
    if not docs:
        ap.error(f"no documents in {args.data}")
    ner_docs = docs[:max(1, min(args.ner_docs, len(docs)))]
    total_chars = sum(len(t) for _, t in docs)
    print(f"{len(docs)} documents, {total_chars:,} chars (mean {total_chars / len(docs):,.0f}) from {args.data}",
          file=sys.stderr)

    def log(msg: str) -> None:
        if args.wait_quiet > 0:
            wait_quiet(args.wait_quiet, log=lambda m: print(f"    {m}", file=sys.stderr, flush=True))
        print(f"[{time.perf_counter() - started:6.1f}s] {msg}", file=sys.stderr, flush=True)

    rows: dict[str, dict] = {}
    report: dict[str, object] = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "processor": platform.processor() or platform.machine()},
        "args": vars(args), "docs": len(docs), "chars": total_chars, "loadavg_1min_start": load_at_start,
    }
    try:
        import spacy
        import underthesea
        report["versions"] = {"underthesea": underthesea.__version__, "spacy": spacy.__version__}
    except Exception:  # pragma: no cover - informational only
        pass

    # start-up first: the child processes then see the same (warm) file cache as later runs would
    if "startup" not in skip:
        log(f"start-up: {args.startup_runs} fresh processes")
        report["startup"] = measure_startup(docs[0][1], args.startup_runs)

    if "a" not in skip:
        log("baseline (a): word_tokenize per document")
        walls, cpus, others, _ = time_stage(run_baseline_a, docs, args.repeat)
        rows["a"] = stage_row("(a) word_tokenize(doc)", docs, walls, cpus, others)
    if "b" not in skip:
        log("baseline (b): sent_tokenize per line + word_tokenize per sentence")
        walls, cpus, others, _ = time_stage(run_baseline_b, docs, args.repeat)
        rows["b"] = stage_row("(b) sent_tokenize+word_tokenize(sent)", docs, walls, cpus, others)
    if "seg" not in skip:
        log("segmenter alone: sent_tokenize per line + extractor.segmenter.segment per sentence")
        walls, cpus, others, _ = time_stage(make_segmenter_stage(), docs, args.repeat)
        rows["seg"] = stage_row("(c) sent_tokenize+segment(sent)", docs, walls, cpus, others)

    nlp = gaz = None
    if "pipeline" not in skip or "pool" not in skip:
        log("loading pipeline")
        import extractor
        from extractor.pipeline import get_gazetteer

        t0 = time.perf_counter()
        nlp = extractor.load()
        gaz = get_gazetteer(None)
        report["load_s"] = time.perf_counter() - t0

    if "pipeline" not in skip:
        log("full pipeline: process_document, 1 process")
        runner = PipelineRunner(nlp, gaz)
        runner(docs[:WARMUP_DOCS])
        rss_before = current_rss_mb()
        walls, cpus, others = [], [], []
        out = None
        for k in range(args.repeat):
            runner.sample = k == 0
            s0 = system_busy_s()
            c0 = time.process_time()
            t0 = time.perf_counter()
            out = runner(docs)
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            others.append(max(0.0, system_busy_s() - s0 - cpus[-1]))
        rows["pipeline"] = stage_row("pipeline, 1 process", docs, walls, cpus, others)
        rows["pipeline"].update(out)
        report["memory"] = {
            "peak_rss_mb_after_pipeline": peak_rss_mb(),
            "rss_mb_before_stream": rss_before,
            "rss_mb_after_stream": current_rss_mb(),
            "rss_samples_first_repeat": runner.rss_samples,
        }
        if out and out["statuses"].get("ok", 0) != len(docs):
            print(f"WARNING: pipeline statuses {out['statuses']}; e.g. {out['errors']}", file=sys.stderr)

    if "ner" not in skip:
        log(f"underthesea.ner per sentence on {len(ner_docs)} documents")
        walls, cpus, others, _ = time_stage(run_ner, ner_docs, args.repeat)
        rows["ner"] = stage_row(f"underthesea.ner(sent) [{len(ner_docs)} docs]", ner_docs, walls, cpus, others)

    if "pool" not in skip:
        log(f"pipeline with {args.workers} fork workers")
        pool = run_pool(nlp, gaz, docs, args.workers, args.repeat, args.chunksize)
        rows["pool"] = stage_row(f"pipeline, {args.workers} workers (fork)", docs, pool["walls"], pool["cpus"],
                                 pool["others"])
        rows["pool"].update({k: v for k, v in pool.items() if k not in ("walls", "cpus", "others")})
        if "pipeline" in rows:
            rows["pool"]["speedup_vs_1_process"] = rows["pool"]["chars_per_s"] / rows["pipeline"]["chars_per_s"]
            # what the pool would give on otherwise idle cores: workers x per-CPU-second efficiency
            if rows["pool"]["chars_per_cpu_s"] and rows["pipeline"]["chars_per_cpu_s"]:
                rows["pool"]["cpu_efficiency_vs_1_process"] = (rows["pool"]["chars_per_cpu_s"]
                                                               / rows["pipeline"]["chars_per_cpu_s"])
                # an upper bound: ignores the parent's pickling, load imbalance at the end, and is
                # capped at 1.0 per worker (CPU-time ratios are noisy when cores are oversubscribed)
                rows["pool"]["speedup_estimate_idle_cores"] = (min(args.workers, os.cpu_count() or 1)
                                                               * min(1.0, rows["pool"]["cpu_efficiency_vs_1_process"]))

    # ratios: stage throughput / baseline throughput (higher is better)
    for row in rows.values():
        for base in ("a", "b"):
            row[f"ratio_to_{base}"] = (row["chars_per_s"] / rows[base]["chars_per_s"]) if base in rows else None
    if "pipeline" in rows and "ner" in rows:
        report["pipeline_to_ner"] = rows["pipeline"]["chars_per_s"] / rows["ner"]["chars_per_s"]
    report["stages"] = rows
    report["total_benchmark_s"] = time.perf_counter() - started

    # ------------------------------------------------------------------------------- table
    print()
    print(f"{len(docs)} docs, {total_chars:,} chars, {os.cpu_count()} CPUs, repeat={args.repeat} (median), "
          f"{report['date']}")
    hdr = (f"{'stage':<40} {'docs':>5} {'seconds':>8} {'chars/s':>10} {'docs/s':>7} {'/ (a)':>6} {'/ (b)':>6}"
           f" {'cpu%':>5} {'other':>5}")
    print(hdr)
    print("-" * len(hdr))
    for key in ("a", "b", "seg", "ner", "pipeline", "pool"):
        if key in rows:
            r = rows[key]
            print(f"{r['stage']:<40} {r['docs']:>5} {r['seconds']:>8.2f} {r['chars_per_s']:>10,.0f} "
                  f"{r['docs_per_s']:>7.2f} {fmt_ratio(r['ratio_to_a']):>6} {fmt_ratio(r['ratio_to_b']):>6}"
                  f" {100 * (r['cpu_util'] or 0):>5.0f} {(r['other_load_cores'] or 0):>5.2f}")
    print("-" * len(hdr))
    print("ratios: stage chars/s / baseline chars/s, higher is better.  cpu% = our CPU time / wall time (workers\n"
          "summed).  other = cores used by OTHER processes during the stage (from /proc/stat): if it is not ~0,\n"
          "the machine was shared and the numbers (above all the multi-worker one) are pessimistic.")
    if report.get("loadavg_1min_start") is not None:
        print(f"1-min load average at start: {report['loadavg_1min_start']:.2f} "
              f"(anything above ~0.1 before we start is another process competing for the {os.cpu_count()} cores)")
    if "pipeline_to_ner" in report:
        print(f"pipeline / ner throughput:       {report['pipeline_to_ner']:.2f}x  "
              f"(the pipeline is {report['pipeline_to_ner']:.1f}x faster than underthesea.ner)")
    if "pool" in rows and "speedup_vs_1_process" in rows["pool"]:
        p = rows["pool"]
        mem = list(p["workers_memory_mb"].values())
        pss = sum(m.get("pss", 0.0) for m in mem)
        print(f"{args.workers}-worker speed-up:              {p['speedup_vs_1_process']:.2f}x  "
              f"(pool start-up {p['pool_startup_s']:.2f}s excluded)")
        if p.get("speedup_estimate_idle_cores") is not None:
            print(f"  upper bound on idle cores:     {p['speedup_estimate_idle_cores']:.2f}x  "
                  f"(CPU-time estimate: {min(args.workers, os.cpu_count() or 1)} x min(1, per-CPU-second "
                  f"efficiency {p['cpu_efficiency_vs_1_process']:.2f}); look at it only when 'other' > 0)")
        if mem:
            peaks = ", ".join(f"{m.get('peak_rss', 0.0):.0f}" for m in mem)
            print(f"{args.workers} workers' memory:              peak RSS {peaks} MB each; PSS total {pss:.0f} MB "
                  f"(shared copy-on-write pages split)")
    if "memory" in report:
        m = report["memory"]
        grow = (m["rss_mb_after_stream"] - m["rss_mb_before_stream"]) if m["rss_mb_before_stream"] else None
        print(f"peak RSS after pipeline:         {m['peak_rss_mb_after_pipeline']:.0f} MB (ru_maxrss, whole process)")
        if grow is not None:
            print(f"RSS while streaming {len(docs)} docs:   {m['rss_mb_before_stream']:.0f} -> "
                  f"{m['rss_mb_after_stream']:.0f} MB ({grow:+.1f} MB, "
                  f"{1024 * grow / len(docs):+.1f} KB/doc)")
    if "startup" in report:
        s = report["startup"]
        print(f"start-up to first document:      {s['median_s']:.2f}s median of {len(s['all_s'])} "
              f"(import {s['median_import_s']:.2f}s + load {s['median_load_s']:.2f}s + first doc "
              f"{s['median_first_doc_s']:.2f}s + interpreter; fresh-process peak RSS "
              f"{s['median_peak_rss_mb']:.0f} MB)")
    if "load_s" in report:
        print(f"pipeline load (in-process, warm): {report['load_s']:.2f}s")
    print(f"benchmark wall time:             {report['total_benchmark_s']:.0f}s")

    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
