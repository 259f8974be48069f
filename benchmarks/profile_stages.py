"""Where does the pipeline's time go?  Per-stage timing of ``process_document``.

Method
------
Over the same documents as ``bench.py`` (first ``--docs`` of ``--data``, file order), each document
goes through the steps of :func:`extractor.run.process_document`, each step timed separately with
``time.perf_counter`` and summed over all documents:

* ``normalize``            -- :func:`extractor.normalize.normalize` (Unicode / tone-mark normalisation)
* ``tokenizer: sentences`` -- :func:`extractor.sentences.split_sentences` (``sent_tokenize`` per line +
  offset alignment + long-sentence cut)
* ``tokenizer: segment``    -- :func:`extractor.segmenter.segment` per sentence (the same words as
  ``underthesea.word_tokenize``; what the tokenizer calls since issue #9)
* ``tokenizer: align words`` -- :func:`extractor.tokenizer.align_words` (words -> character spans)
* ``tokenizer: Doc build`` -- ``extractor.tokenizer._spans_to_doc`` (spaCy ``Doc(vocab, words, spaces)``)
* one row per pipeline component, in ``nlp.pipeline`` order (``doc._.vi_input_meta = {}`` first)
* ``records``              -- :func:`extractor.records.doc_to_result` (offsets back to the original text)

The tokenizer rows re-implement ``UndertheseaTokenizer.__call__`` step by step with the package's own
functions; on the warm-up documents the result is checked token-for-token against ``nlp.make_doc``
(a mismatch is reported, meaning the tokenizer changed and this script needs updating).  If the
tokenizer is not an ``UndertheseaTokenizer`` at all, ``nlp.make_doc`` is timed as one row.

The first 5 documents are a warm-up and are not counted.  ``--cprofile N`` additionally runs
``process_document`` under cProfile and prints the N functions with the most own time, to name the
hot functions inside a slow stage (cProfile roughly doubles run time; use it for shares, not speed).

Usage::

    python benchmarks/profile_stages.py                 # 500 docs, ~20 s
    python benchmarks/profile_stages.py --docs 100 --cprofile 30 --json stages.json
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DEFAULT_DATA, WARMUP_DOCS, load_docs  # noqa: E402

TOKENIZER_STAGES = ["tokenizer: sentences", "tokenizer: segment", "tokenizer: align words",
                    "tokenizer: Doc build"]


class StageProfiler:
    def __init__(self, nlp, gaz):
        from extractor import tokenizer as tok

        self.nlp = nlp
        self.gaz = gaz
        self.tok = tok
        self.split_tokenizer = isinstance(nlp.tokenizer, tok.UndertheseaTokenizer)
        self.times: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)  # sentences, words
        self.mismatches: list[str] = []
        self.errors: list[str] = []  # documents a component raised on (timed up to the failure)

    def tokenize(self, text: str, times: dict[str, float]):
        """UndertheseaTokenizer.__call__, one timer per step."""
        tok = self.tok
        pc = time.perf_counter
        t0 = pc()
        sents = tok.split_sentences(text)
        t1 = pc()
        times["tokenizer: sentences"] += t1 - t0
        spans: list[tuple[int, int]] = []
        sent_starts: set[int] = set()
        wt = align = 0.0
        nwords = 0
        for a, b in sents:
            sent_starts.add(a)
            t0 = pc()
            try:
                words = tok.segment(text[a:b])
            except Exception:
                words = text[a:b].split()
            t1 = pc()
            spans.extend(tok.align_words(text, words, a, b))
            t2 = pc()
            wt += t1 - t0
            align += t2 - t1
            nwords += len(words)
        times["tokenizer: segment"] += wt
        times["tokenizer: align words"] += align
        t0 = pc()
        doc = tok._spans_to_doc(self.nlp.vocab, text, spans, sent_starts)
        times["tokenizer: Doc build"] += pc() - t0
        self.counts["sentences"] += len(sents)
        self.counts["words"] += nwords
        return doc

    def process(self, doc_id: str, text: str, check: bool = False) -> dict[str, float]:
        from extractor.normalize import normalize
        from extractor.records import doc_to_result

        pc = time.perf_counter
        times: dict[str, float] = defaultdict(float)
        t0 = pc()
        norm = normalize(text)
        times["normalize"] += pc() - t0
        if self.split_tokenizer:
            doc = self.tokenize(norm.text, times)
            if check:
                ref = self.nlp.make_doc(norm.text)
                if [t.text for t in ref] != [t.text for t in doc] or \
                        [t.is_sent_start for t in ref] != [t.is_sent_start for t in doc]:
                    self.mismatches.append(doc_id)
        else:
            t0 = pc()
            doc = self.nlp.make_doc(norm.text)
            times["tokenizer (nlp.make_doc)"] += pc() - t0
        doc._.vi_input_meta = {}
        for name, proc in self.nlp.pipeline:
            t0 = pc()
            try:
                doc = proc(doc)
            except Exception as exc:  # process_document turns this into an error row; so do we
                times[name] += pc() - t0
                self.errors.append(f"{doc_id}: {name}: {type(exc).__name__}: {exc}")
                return times
            times[name] += pc() - t0
        t0 = pc()
        doc_to_result(doc, norm, doc_id, "<bench>", self.gaz, {})
        times["records"] += pc() - t0
        return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="JSONL(.gz) of {id, text} (default: %(default)s)")
    ap.add_argument("--docs", type=int, default=500, help="first N documents in file order (default: %(default)s)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="also run process_document under cProfile and print the top N functions by own time")
    ap.add_argument("--json", metavar="FILE", help="write the numbers to FILE")
    args = ap.parse_args(argv)

    import extractor
    from extractor.pipeline import get_gazetteer

    docs = load_docs(args.data, args.docs)
    if not docs:
        ap.error(f"no documents in {args.data}")
    nlp = extractor.load()
    gaz = get_gazetteer(None)
    prof = StageProfiler(nlp, gaz)

    for doc_id, text in docs[:WARMUP_DOCS]:  # warm-up, checked against nlp.make_doc
        if text.strip():
            prof.process(doc_id, text, check=True)
    prof.counts.clear()

    totals: dict[str, float] = defaultdict(float)
    chars = 0
    skipped = 0
    started = time.perf_counter()
    for doc_id, text in docs:
        if not text.strip():  # process_document turns these into error rows without any work
            skipped += 1
            continue
        chars += len(text)
        for k, v in prof.process(doc_id, text).items():
            totals[k] += v
    wall = time.perf_counter() - started

    order = ["normalize"] + (TOKENIZER_STAGES if prof.split_tokenizer else ["tokenizer (nlp.make_doc)"]) + \
        [name for name, _ in nlp.pipeline] + ["records"]
    total = sum(totals.values())
    n = len(docs) - skipped
    print(f"\n{n} documents, {chars:,} chars, {prof.counts['sentences']:,} sentences, "
          f"{prof.counts['words']:,} words; {total:.2f}s in stages ({wall:.2f}s wall incl. loop overhead)")
    hdr = f"{'stage':<28} {'seconds':>8} {'share':>7} {'ms/doc':>8} {'chars/s':>12}"
    print(hdr)
    print("-" * len(hdr))
    rows = []
    for name in order:
        sec = totals.get(name, 0.0)
        rows.append({"stage": name, "seconds": sec, "share": sec / total if total else 0.0,
                     "ms_per_doc": 1000 * sec / n if n else 0.0, "chars_per_s": chars / sec if sec else None})
        r = rows[-1]
        cps = f"{r['chars_per_s']:,.0f}" if r["chars_per_s"] else "-"
        print(f"{name:<28} {sec:>8.2f} {100 * r['share']:>6.1f}% {r['ms_per_doc']:>8.2f} {cps:>12}")
        if name == TOKENIZER_STAGES[-1]:
            tsec = sum(totals.get(k, 0.0) for k in TOKENIZER_STAGES)
            print(f"{'  = tokenizer total':<28} {tsec:>8.2f} {100 * tsec / total:>6.1f}% "
                  f"{1000 * tsec / n:>8.2f} {chars / tsec:>12,.0f}")
    print("-" * len(hdr))
    print(f"{'total':<28} {total:>8.2f} {100.0:>6.1f}% {1000 * total / n:>8.2f} {chars / total:>12,.0f}")
    if prof.errors:
        print(f"WARNING: {len(prof.errors)} document(s) failed in a component (timed up to the failure), "
              f"e.g. {prof.errors[:2]}", file=sys.stderr)
    if prof.mismatches:
        print(f"WARNING: step-by-step tokenizer differs from nlp.make_doc on {prof.mismatches}; "
              "extractor/tokenizer.py changed, update StageProfiler.tokenize", file=sys.stderr)

    report = {"docs": n, "chars": chars, "sentences": prof.counts["sentences"], "words": prof.counts["words"],
              "total_s": total, "wall_s": wall, "stages": rows, "tokenizer_check_mismatches": prof.mismatches,
              "component_errors": prof.errors}

    if args.cprofile:
        from extractor.readers import RawDocument
        from extractor.run import process_document

        pr = cProfile.Profile()
        pr.enable()
        for doc_id, text in docs:
            process_document(nlp, gaz, RawDocument(doc_id, "<bench>", text))
        pr.disable()
        buf = io.StringIO()
        st = pstats.Stats(pr, stream=buf)
        st.sort_stats("tottime").print_stats(args.cprofile)
        print(f"\ncProfile, top {args.cprofile} functions by own time (tottime) over {len(docs)} docs:")
        print(buf.getvalue().split("\n", 4)[-1] if buf.getvalue().count("\n") > 4 else buf.getvalue())
        report["cprofile_top"] = [
            {"function": f"{Path(fn).name}:{line}({func})", "calls": nc, "tottime": tt, "cumtime": ct}
            for (fn, line, func), (cc, nc, tt, ct, _) in sorted(st.stats.items(), key=lambda kv: -kv[1][2])[
                :args.cprofile]]

    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
