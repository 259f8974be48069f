"""The Dask engine writes the same tables as the local engine (plus Parquet datasets)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from extractor.dask_engine import run_dask  # noqa: E402
from extractor.records import COLUMNS  # noqa: E402
from extractor.run import run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


@pytest.fixture(scope="module")
def cluster():
    cl = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        yield cl
    finally:
        cl.close()


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as c:
        yield c


def assert_same_tables(a: Path, b: Path) -> None:
    for table in COLUMNS:
        assert (a / f"{table}.csv").read_bytes() == (b / f"{table}.csv").read_bytes(), table


def read_csv(out: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)


def test_same_tables_as_local_engine(tmp_path, client):
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    expected = run([SEEDS], local, workers=1, progress=False)
    # 2 documents per partition: 3 partitions spread over both workers, written back in input order
    got = run_dask([SEEDS], dask_out, scheduler=client, partition_size=2)
    assert_same_tables(local, dask_out)
    assert (got.documents, got.ok, got.errors, got.rows) == (expected.documents, expected.ok, expected.errors,
                                                              expected.rows)
    assert got.partitions == 3 and got.workers == 2
    assert not list(dask_out.glob(".*.tmp")) and not (dask_out / ".parquet.tmp").exists()

    for table, cols in COLUMNS.items():
        folder = dask_out / "parquet" / table
        assert sorted(p.name for p in folder.iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]
        df = pd.read_parquet(folder)
        assert list(df.columns) == cols and len(df) == expected.rows[table]
        assert all(str(t) in ("object", "str", "string") for t in df.dtypes), df.dtypes
        # the same cells as the CSV, as text
        pd.testing.assert_frame_equal(df.reset_index(drop=True).astype(object),
                                      read_csv(dask_out, table).astype(object), check_dtype=False)

    # a re-run takes every document from the result cache and writes the same files again
    again = run_dask([SEEDS], dask_out, scheduler=client, partition_size=2, parquet=False)
    assert again.cached == again.documents == expected.documents
    assert_same_tables(local, dask_out)


def test_broken_file_is_an_error_row_in_both_engines(tmp_path, cluster):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, src / p.name)
    (src / "broken.txt").write_bytes(bytes(range(256)) * 64)
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    run([src], local, workers=1, progress=False)
    # a scheduler address string: run_dask opens (and closes) its own client
    summary = run_dask([src], dask_out, scheduler=cluster.scheduler_address, partition_size=1)
    assert_same_tables(local, dask_out)
    docs = read_csv(dask_out, "documents").set_index("doc_id")
    assert list(docs.index) == ["000_c6bde0a09439887a.txt", "001_cc5d19f3b732b1f7.txt", "broken.txt"]
    assert docs.loc["broken.txt", "status"] == "error" and docs.loc["broken.txt", "error"]
    assert (summary.documents, summary.errors) == (3, 1)
    parquet_docs = pd.read_parquet(dask_out / "parquet" / "documents")
    assert len(parquet_docs) == 3 and list(parquet_docs.status) == list(docs.status)


def test_bad_scheduler_argument(tmp_path):
    with pytest.raises(TypeError):
        run_dask([SEEDS], tmp_path / "out", scheduler=42)


KILLER = '''
import os
import extractor.dask_engine as de
if not getattr(de, "_test_killer", False):  # a preload may run twice in one process
    de._test_killer = True
    _orig = de.process_document

    def _killing(nlp, gaz, raw, *args, **kwargs):
        if "KILL" in raw.doc_id:
            os._exit(3)  # like a segfault or the out-of-memory killer
        return _orig(nlp, gaz, raw, *args, **kwargs)

    de.process_document = _killing
'''


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_document_that_kills_its_worker_becomes_an_error_row(tmp_path):
    import dask

    src = tmp_path / "in"
    src.mkdir()
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(first, src / first.name)
    (src / "zz_KILL.txt").write_text("Bộ Ngoại giao làm việc với JICA.", encoding="utf-8")
    preload = tmp_path / "killer.py"
    preload.write_text(KILLER, encoding="utf-8")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cl = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                      preload=[str(preload)])
    try:
        summary = run_dask([src], tmp_path / "out", scheduler=cl, partition_size=2, parquet=False)
    finally:
        cl.close()
    docs = read_csv(tmp_path / "out", "documents")
    assert list(docs.doc_id) == [first.name, "zz_KILL.txt"]
    assert list(docs.status) == ["ok", "error"] and "worker process died" in docs.error[1]
    assert (summary.documents, summary.errors) == (2, 1)
