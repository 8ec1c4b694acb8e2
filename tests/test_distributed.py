"""Extraction on a Dask cluster (a LocalCluster of two worker processes) gives exactly the facts
of the single-process `extract_document`, and the driver loads them like `statfacts run`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS

from extract.distributed import FRAME_COLUMNS, extract_frame, facts_frame, frame_meta, run_distributed
from extract.job import run
from extract.pipeline import extract_document
from extract.read import read_paths
from models.db import make_engine
from models.fact import CONTRACT_FIELDS

pytestmark = pytest.mark.slow

Row = tuple[Any, ...]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _single_process(folder: Path) -> list[Row]:
    rows = [tuple(f.contract()[k] for k in CONTRACT_FIELDS) for d in read_paths([folder])
            for f in extract_document(d).facts]
    return sorted(rows, key=_key)


def _key(row: Row) -> tuple[str, int, int]:
    return (row[0], row[1], row[2])


def _frame_rows(frame: Any) -> list[Row]:
    """Contract tuples of a pandas frame (missing values as None)."""
    import pandas as pd

    return sorted(
        (tuple(None if pd.isna(r[k]) else r[k] for k in CONTRACT_FIELDS) for r in frame.to_dict("records")),
        key=_key,
    )


def test_facts_frame_equals_single_process(client: Any) -> None:
    frame = facts_frame([SEEDS], partition_bytes=20_000)
    assert frame.npartitions >= 3  # the files are spread over both workers
    got = frame.compute()
    assert list(got.columns) == FRAME_COLUMNS
    rows = _frame_rows(got)
    expected = _single_process(SEEDS)
    assert len(expected) >= 70
    assert rows == expected
    assert client.run(lambda: 1)  # two live worker processes took part
    assert len(client.scheduler_info()["workers"]) == 2


def test_map_partitions_over_a_text_table(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    docs = pd.DataFrame(
        [{"name": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    )
    frame = dd.from_pandas(docs, npartitions=2).map_partitions(extract_frame, meta=frame_meta())
    got = frame.compute()
    assert _frame_rows(got) == _single_process(SEEDS)
    assert list(got.columns) == FRAME_COLUMNS


def _db_rows(db: str) -> list[Row]:
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            'SELECT d.path, d.sha256, d.status, d.chars, f.start, f."end", f.text, f.value_text, f.unit, '
            "f.kind, f.direction, f.modality, f.indicator, f.subject, f.period, f.sentence, f.rule "
            'FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.start, f."end", f.id'
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_run_distributed_loads_what_run_loads(client: Any, tmp_path: Path, seeds_copy: Path) -> None:
    dist_db, job_db = str(tmp_path / "dist.db"), str(tmp_path / "job.db")
    summary = run_distributed([seeds_copy], dist_db, client=client, partition_bytes=20_000, max_in_flight=2)
    assert (summary.documents_read, summary.documents_stored, summary.documents_failed) == (5, 5, 0)
    reference = run([str(seeds_copy)], job_db)
    assert summary.facts_stored == reference.facts_stored >= 70
    assert _db_rows(dist_db) == _db_rows(job_db)
    with sqlite3.connect(dist_db) as conn:
        assert conn.execute("SELECT status, documents_read, facts_stored FROM runs").fetchall() == [
            ("ok", 5, summary.facts_stored)
        ]

    again = run_distributed([seeds_copy], dist_db, client=client, partition_bytes=20_000)
    assert (again.documents_unchanged, again.documents_stored) == (5, 0)
    assert _db_rows(dist_db) == _db_rows(job_db)


def test_run_distributed_copies_into_postgres(client: Any, fresh_pg_url: str, tmp_path: Path,
                                              seeds_copy: Path) -> None:
    summary = run_distributed([seeds_copy], fresh_pg_url, client=client, partition_bytes=20_000)
    assert summary.documents_stored == 5 and summary.ok
    job_db = str(tmp_path / "job.db")
    run([str(seeds_copy)], job_db)
    assert _db_rows(fresh_pg_url) == _db_rows(job_db)
    # an edited document is replaced in place, through COPY again
    article = sorted(seeds_copy.glob("*.txt"))[1]
    with open(article, "a", encoding="utf-8") as fh:
        fh.write("\n2025年，全省新增高标准农田120万亩。\n")
    again = run_distributed([seeds_copy], fresh_pg_url, client=client, partition_bytes=20_000)
    assert (again.documents_stored, again.documents_unchanged) == (1, 4)
    run([str(seeds_copy)], job_db)
    assert _db_rows(fresh_pg_url) == _db_rows(job_db)
