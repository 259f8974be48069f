"""Command line: thin click commands over the library API (sqlite-utils style)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Extract organisations, acronyms, dates, money and cooperation records from Vietnamese
    news and report articles.

    \b
    Examples:
      extractor run corpus/ -o out/
      extractor eval corpus/gold out/
      extractor report out/ -o out/report.html
      extractor gazetteer check
    """


@main.command("run", context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for documents.csv, mentions.csv, organizations.csv, acronyms.csv, cooperations.csv.")
@click.option("--gazetteers", "gazetteer_dir", type=click.Path(file_okay=False, exists=True),
              help="Gazetteer folder (default: ./gazetteers or $EXTRACTOR_GAZETTEERS).")
@click.option("--excel", is_flag=True, help="Write a UTF-8 BOM so spreadsheet programs read Vietnamese right.")
@click.option("--max-chars", type=int, default=2_000_000, show_default=True,
              help="Longer documents become error rows instead of being processed.")
@click.option("--timeout", type=float, default=300.0, show_default=True,
              help="Per-document time guard in seconds; slower documents become error rows.")
@click.option("-w", "--workers", type=int, default=None,
              help="Worker processes (default: number of CPU cores).")
@click.option("--force", is_flag=True, help="Recompute every document, ignoring results cached by earlier runs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any document failed.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: process pool on this machine; dask: a Dask cluster (see --scheduler).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler, e.g. tcp://HOST:8786 (default with --engine dask: a local cluster).")
@click.option("--partition-size", type=int, default=50, show_default=True,
              help="Documents per Dask task (--engine dask).")
def run_cmd(inputs, outdir, gazetteer_dir, excel, max_chars, timeout, workers, force, quiet, strict, engine,
            scheduler, partition_size):
    """Process INPUT folders or files and write the five CSV tables to OUTDIR.

    INPUT is a folder (recursive *.txt, *.html, *.htm), a single article file, a JSONL or
    JSONL.gz file of {"id", "text"} objects, or a CSV / Parquet table with id and text columns.

    Re-running into the same OUTDIR skips documents that did not change (and resumes a run that
    was interrupted) and keeps the review_status / review_note columns reviewers filled in.

    \b
    Examples:
      extractor run corpus/ -o out/
      extractor run archive.jsonl.gz -o out/ --excel --workers 2
      extractor run archive.jsonl.gz -o out/ --engine dask --scheduler tcp://HOST:8786
      extractor run articles.csv more/ -o out/ --gazetteers my_gazetteers/
    """
    from .gazetteer import GazetteerError
    from .run import run

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    try:
        if engine == "dask":
            from .dask_engine import WorkerSetupError, run_dask

            try:
                summary = run_dask(inputs, outdir, scheduler=scheduler, gazetteer_dir=gazetteer_dir, excel=excel,
                                   progress=not quiet, max_chars=max_chars, timeout=timeout or None, force=force,
                                   partition_size=partition_size)
            except (WorkerSetupError, OSError) as exc:  # OSError: scheduler unreachable
                raise click.ClickException(f"dask engine: {exc}; check the scheduler address and that "
                                           "every worker has this package and the gazetteers") from exc
        else:
            summary = run(inputs, outdir, gazetteer_dir=gazetteer_dir, excel=excel, progress=not quiet,
                          max_chars=max_chars, timeout=timeout or None, workers=workers or os.cpu_count() or 1,
                          force=force)
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(summary.line(), err=True)
    if summary.reviews_kept or summary.reviews_unmatched:
        click.echo(f"reviews: {summary.reviews_kept} decision(s) kept; {summary.reviews_unmatched} no longer "
                   f"match a record (kept in {outdir / 'reviews_unmatched.csv'})", err=True)
    if summary.errors:
        click.echo(f"warning: {summary.errors} document(s) could not be processed; see the 'error' column "
                   f"of {outdir / 'documents.csv'}", err=True)
        for doc_id, err in summary.error_examples[:5]:
            click.echo(f"  {doc_id}: {err}", err=True)
        if strict:
            sys.exit(1)


@main.command("eval", context_settings=CONTEXT)
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("outdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full report as JSON to this file.")
@click.option("--errors", is_flag=True, help="List missed (-) and spurious (+) items per document.")
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the article texts (default: the parent of GOLD_DIR).")
def eval_cmd(gold_dir, outdir, json_file, errors, corpus_dir):
    """Score the tables in OUTDIR against the *.gold.json files in GOLD_DIR.

    Precision, recall and F1 per field (organizations, acronyms, dates, amounts, cooperation),
    cooperation type accuracy and macro-F1, per subfolder of GOLD_DIR and overall.

    \b
    Examples:
      extractor run corpus/ -o out/ && extractor eval corpus/gold out/
      extractor eval corpus/gold out/ --errors --json report.json
    """
    from .evaluate import evaluate, format_errors, format_report, report_to_dict

    try:
        report = evaluate(gold_dir, outdir, corpus_dir=corpus_dir)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_report(report))
    if errors:
        click.echo(format_errors(report))
    if json_file:
        json_file.write_text(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2), encoding="utf-8")
        click.echo(f"report written to {json_file}", err=True)


@main.command("eval-spans", context_settings=CONTEXT)
@click.argument("gold_jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("outdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--label", default="ORG", show_default=True, help="Entity label to score.")
@click.option("--errors", is_flag=True, help="List missed and spurious spans per document.")
def eval_spans_cmd(gold_jsonl, outdir, label, errors):
    """Exact and overlap span P/R/F1 against NER-style gold JSONL.

    GOLD_JSONL holds {"id", "text", "entities": [{"start", "end", "type"}]} objects; run the
    pipeline on the same file first.

    \b
    Example:
      extractor run corpus/ner/general_news_org.jsonl -o out-ner/
      extractor eval-spans corpus/ner/general_news_org.jsonl out-ner/ --label ORG
    """
    from .evaluate import eval_spans, format_span_report

    try:
        report = eval_spans(gold_jsonl, outdir, label=label)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_span_report(report, errors=errors))


@main.group("gazetteer", context_settings=CONTEXT)
def gazetteer_group() -> None:
    """Validate and grow the gazetteer files (organizations.csv, places.csv, abbreviations.csv).

    \b
    Examples:
      extractor gazetteer check gazetteers/
      extractor gazetteer suggest out/ -o suggestions.csv   # then mark rows "accepted"
      extractor gazetteer add suggestions.csv
    """


@gazetteer_group.command("check", context_settings=CONTEXT)
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--warnings/--no-warnings", default=True, help="Also show warnings (tone-mark placement).")
def gazetteer_check(directory, warnings):
    """Check DIRECTORY (default: ./gazetteers) and report problems with file and line.

    \b
    Example:
      extractor gazetteer check gazetteers/
    """
    from .gazetteer import check, default_dir

    directory = directory or default_dir()
    issues = check(directory)
    errors = [i for i in issues if i.level == "error"]
    for issue in issues:
        if issue.level == "error" or warnings:
            click.echo(f"{directory / issue.file}:{issue.line}: {issue.level}: {issue.message}")
    if errors:
        raise click.ClickException(f"{len(errors)} error(s) in {directory}; fix the lines above")
    click.echo(f"{directory}: OK ({len(issues)} warning(s))", err=True)


from .report import report_cmd  # noqa: E402
from .suggest import acronyms_cmd, add_cmd, suggest_cmd  # noqa: E402

main.add_command(report_cmd, "report")
main.add_command(acronyms_cmd, "acronyms")
gazetteer_group.add_command(suggest_cmd, "suggest")
gazetteer_group.add_command(add_cmd, "add")

if __name__ == "__main__":  # pragma: no cover
    main()
