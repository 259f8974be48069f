"""Stage 1: find input documents and decode them.

Inputs may be folders (recursive ``*.txt``, ``*.html``, ``*.htm``), single files, JSONL /
JSONL.gz files of ``{"id", "text", ...}`` objects, or CSV / Parquet tables with ``id`` and
``text`` columns.  Every input yields :class:`RawDocument` objects; a document that cannot be
read still yields one, with ``error`` set, so it becomes an error row instead of crashing the
batch or silently disappearing.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["RawDocument", "iter_documents", "decode_bytes", "DecodeError", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".csv", ".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")


class DecodeError(ValueError):
    """Raised when bytes cannot be turned into text; the message says what to do."""


@dataclass
class RawDocument:
    doc_id: str
    source: str
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    error: str | None = None


# Letters that only occur in Vietnamese written in Windows-1258 once decoded; used to decide
# whether a non-UTF-8 file is cp1258 rather than some other legacy encoding.
_CP1258_HINTS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOMs first, then strict UTF-8, then Windows-1258 Vietnamese.

    Raises :class:`DecodeError` for binary data or text in an encoding we cannot identify.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 text ({exc.reason}); re-save the file as UTF-8") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data (NUL bytes), not a text article; remove it from the input")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise DecodeError("not UTF-8 and not Windows-1258; re-save the file as UTF-8") from exc
    if any(ch in _CP1258_HINTS for ch in text):
        return text
    raise DecodeError("not valid UTF-8 and no Vietnamese letters in Windows-1258 either; "
                      "re-save the file as UTF-8")


def _html_to_document(html: str, doc: RawDocument) -> None:
    """Main text and metadata of an HTML page (trafilatura), falling back to plain tag stripping."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                            with_metadata=True)
    text = None
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = data.get("text")
        for key in ("title", "author", "date", "sitename"):
            value = data.get(key)
            if value:
                doc.meta["published" if key == "date" else key] = str(value)
    if not text:
        import re

        body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", html)
        body = re.sub(r"(?s)<[^>]+>", "\n", body)
        import html as html_mod

        text = "\n".join(line.strip() for line in html_mod.unescape(body).splitlines() if line.strip())
    doc.text = text


def _read_file_document(path: Path, doc_id: str) -> RawDocument:
    doc = RawDocument(doc_id=doc_id, source=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc.error = f"cannot read file: {exc.strerror or exc}; check the path and its permissions"
        return doc
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        doc.error = str(exc)
        return doc
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            _html_to_document(text, doc)
        except Exception as exc:  # pragma: no cover - trafilatura internals
            doc.error = f"cannot extract text from HTML: {exc}"
    else:
        doc.text = text
    return doc


def _iter_folder(root: Path) -> Iterator[RawDocument]:
    files: list[Path] = []
    # os.walk does not follow symlinked folders, so symlink loops cannot trap us.
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in filenames:
            if name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
                files.append(Path(dirpath) / name)
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        yield _read_file_document(path, path.relative_to(root).as_posix())


def _open_maybe_gzip(path: Path):
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def _record_to_document(obj: object, source: str, fallback_id: str) -> RawDocument:
    if not isinstance(obj, dict):
        return RawDocument(fallback_id, source, error="JSON line is not an object with 'id' and 'text'")
    doc_id = obj.get("id")
    doc_id = fallback_id if doc_id is None or str(doc_id) == "" else str(doc_id)
    text = obj.get("text")
    doc = RawDocument(doc_id, source)
    if not isinstance(text, str):
        doc.error = "no 'text' field (string) in this record; add one"
        return doc
    doc.text = text
    for key in ("title", "published", "author", "url"):
        if obj.get(key):
            doc.meta[key] = str(obj[key])
    return doc


def _iter_jsonl(path: Path) -> Iterator[RawDocument]:
    name = path.name
    try:
        fh = _open_maybe_gzip(path)
    except OSError as exc:
        yield RawDocument(name, str(path), error=f"cannot open: {exc}")
        return
    with fh:
        lineno = 0
        while True:
            try:
                line = fh.readline()
            except (OSError, EOFError) as exc:
                yield RawDocument(f"{name}:{lineno + 1}", f"{path}:{lineno + 1}",
                                  error=f"file is truncated or corrupt after line {lineno}: {exc}")
                return
            if not line:
                return
            lineno += 1
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RawDocument(f"{name}:{lineno}", source,
                                  error=f"malformed JSON on line {lineno}: {exc.msg}; fix or remove the line")
                continue
            yield _record_to_document(obj, source, f"{name}:{lineno}")


def _iter_table(path: Path) -> Iterator[RawDocument]:
    import pandas as pd

    name = path.name
    try:
        if path.suffix.lower() == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
        else:
            df = pd.read_parquet(path)
    except Exception as exc:
        yield RawDocument(name, str(path), error=f"cannot read table: {exc}")
        return
    missing = [c for c in ("id", "text") if c not in df.columns]
    if missing:
        yield RawDocument(name, str(path), error=(
            f"table has no {' and no '.join(repr(c) for c in missing)} column "
            f"(columns: {', '.join(map(str, df.columns))}); rename the columns to 'id' and 'text'"))
        return
    for i, row in enumerate(df.to_dict("records"), start=2 if path.suffix.lower() == ".csv" else 0):
        yield _record_to_document({k: (None if v is None else v) for k, v in row.items()},
                                  f"{path}:{i}", f"{name}:{i}")


def iter_documents(inputs: list[str | os.PathLike[str]]) -> Iterator[RawDocument]:
    """Yield every document of every input, in a deterministic order."""
    for inp in inputs:
        path = Path(inp)
        lower = path.name.lower()
        if path.is_dir():
            yield from _iter_folder(path)
        elif not path.exists():
            yield RawDocument(path.name, str(path), error="input does not exist; check the path")
        elif lower.endswith(JSONL_SUFFIXES):
            yield from _iter_jsonl(path)
        elif lower.endswith(TABLE_SUFFIXES):
            yield from _iter_table(path)
        else:
            yield _read_file_document(path, path.name)
