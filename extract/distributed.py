"""Extraction over millions of documents on a Dask cluster, loaded by one writer.

The cluster runs the same code as `statfacts run` — `read_file` then `extract_document`, per
document — and the driver (this process) is the only one that writes to the database::

    from dask.distributed import Client
    from extract.distributed import run_distributed

    with Client("tcp://scheduler:8786") as client:          # or Client(LocalCluster(...))
        summary = run_distributed(["/shared/news"], "postgresql://…/statfacts", client=client)

1. The driver walks the paths (`iter_files`, nothing is read here) and cuts the files into
   partitions of about `partition_bytes` by file size.
2. Each partition is one task: the worker reads its files, extracts every document and returns
   plain records — the `documents` row and the `facts` rows (`DocumentRecord`).
3. The driver keeps at most `max_in_flight` partitions submitted, stores each finished one
   and submits the next, so memory stays bounded on the driver and on the cluster however
   many files there are. Storing uses the store code of the job (`store_rows`: a changed
   document replaces what was stored at its path, an unchanged one is skipped); on PostgreSQL
   the facts of a partition go in with one `COPY` and the partition is one transaction.

The files must be readable by the workers at the same paths (a shared file system). For text
already in a table (Parquet, a database), `extract_frame` is the function to give
`dask.dataframe.map_partitions` (or any engine's pandas UDF): a pandas frame of documents in,
a pandas frame of FACTS.md rows out. `facts_frame(paths)` is the same over files, as a lazy
`dask.dataframe` (`dask.dataframe.from_map` over lists of files) for analysis without a
database. `bench/distributed_example.py` shows the database load and the Parquet output.

Dask and pandas are imported only when these functions run (`pip install 'statfacts[dist]'`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.job import RunSummary, extract_one, finish_run, record_failure
from extract.read import DEFAULT_MAX_BYTES, iter_files, read_file
from extract.store import FACT_COLUMNS, DocumentWriter, document_values, exact_text, fact_row
from models.fact import CONTRACT_FIELDS, SERIES_FIELDS, Document
from models.fields import DECIMAL_FIELDS

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client
    from sqlalchemy import Connection

PARTITION_BYTES = 4 * 1024 * 1024
# The columns of a facts frame: the FACTS.md fields (values as JSON numbers: float64), the
# exact decimal text of the values, then where each fact came from.
FRAME_COLUMNS = [*CONTRACT_FIELDS, *SERIES_FIELDS, "value_text", "value_max_text", "path", "sentence", "rule"]
_INT_COLUMNS = ("start", "end")
_FLOAT_COLUMNS = DECIMAL_FIELDS


@dataclass
class DocumentRecord:
    """What a worker sends back for one document: its row, its facts' rows, its rejections."""

    values: dict[str, Any]  # the `documents` row (store.document_values)
    facts: list[dict[str, Any]] = field(default_factory=list)  # `facts` rows (store.fact_row)
    contract: list[dict[str, Any]] = field(default_factory=list)  # FRAME_COLUMNS rows
    rejected: int = 0


# ------------------------------------------------------------------------------ on workers
def extract_record(document: Document, *, contract: bool = False) -> DocumentRecord:
    """Extract one document (the job's `extract_one`) into plain records."""
    extracted = extract_one(document)
    if extracted.error and not document.error:
        document.error = extracted.error
    facts = extracted.extraction.facts
    rows = []
    if contract:
        for f in facts:
            row = f.contract()
            row.update(value_text=exact_text(f.value), value_max_text=exact_text(f.value_max), path=document.path,
                       sentence=f.sentence, rule=f.rule)
            rows.append(row)
    return DocumentRecord(
        values=document_values(document),
        facts=[fact_row(f, 0) for f in facts],
        contract=rows,
        rejected=len(extracted.extraction.rejected),
    )


def extract_files(files: list[str], *, contract: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> list[DocumentRecord]:
    """One partition: read and extract these files (runs on a worker)."""
    return [
        extract_record(d, contract=contract) for f in files for d in read_file(Path(f), max_bytes=max_bytes)
    ]


def extract_files_frame(files: list[str], *, errors: str = "raise") -> pd.DataFrame:
    """One partition of `facts_frame`: the FACTS.md rows of these files (runs on a worker)."""
    records = extract_files(files, contract=True)
    _check(records, errors)
    return _frame([row for record in records for row in record.contract])


def _check(records: list[DocumentRecord], errors: str) -> None:
    """A document that could not be read or extracted: raise (errors="raise") or skip it."""
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    if errors == "raise":
        for record in records:
            if record.values["status"] == "failed":
                raise RuntimeError(f"{record.values['path']}: {record.values['error']}")


def extract_frame(documents: pd.DataFrame, *, text: str = "text", name: str = "name", path: str | None = None,
                  errors: str = "raise") -> pd.DataFrame:
    """FACTS.md rows (`FRAME_COLUMNS`) of a pandas frame with one document per row.

    For `dask.dataframe.map_partitions(extract_frame, meta=frame_meta())` over text stored in
    Parquet or a database: the text column is used as stored, so offsets index it. A document
    the extractor fails on raises (`errors="raise"`) or is left out (`errors="skip"`).
    """
    records: list[DocumentRecord] = []
    for row in documents.to_dict("records"):
        doc_name = str(row[name])
        doc_path = str(row[path]) if path else doc_name
        document = Document(name=doc_name, path=doc_path, text=str(row[text]))
        records.append(extract_record(document, contract=True))
    _check(records, errors)
    return _frame([r for record in records for r in record.contract])


def _dtype(column: str) -> str:
    if column in _INT_COLUMNS:
        return "int64"
    return "float64" if column in _FLOAT_COLUMNS else "string[pyarrow]"


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=_dtype(c)) for c in FRAME_COLUMNS})


def frame_meta() -> pd.DataFrame:
    """An empty frame with the columns and types of `extract_frame`'s result."""
    return _frame([])


# ------------------------------------------------------------------------------ on the driver
def partitions(paths: Iterable[str | Path], partition_bytes: int = PARTITION_BYTES) -> Iterator[list[str]]:
    """Files under `paths`, lazily cut into lists of about `partition_bytes` (by file size)."""
    batch: list[str] = []
    size = 0
    for file in iter_files(paths):
        with suppress(OSError):  # a file that cannot be read is reported by the worker
            size += os.stat(file).st_size
        batch.append(str(file))
        if size >= partition_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def facts_frame(paths: Iterable[str | Path], *, partition_bytes: int = PARTITION_BYTES, errors: str = "raise"
                ) -> dd.DataFrame:
    """A lazy dask DataFrame of the FACTS.md rows of every document under `paths`.

    One partition per list of files (`partitions`), each read and extracted on a worker by
    `extract_files_frame`. The file list is made on the driver (use `run_distributed`, which
    lists lazily, for inputs too large to list at once). A file that cannot be read or
    extracted fails the computation (`errors="raise"`) or is left out (`errors="skip"`).
    """
    import dask.dataframe as dd

    parts = list(partitions(paths, partition_bytes))
    if not parts:
        return dd.from_pandas(frame_meta(), npartitions=1)
    return dd.from_map(partial(extract_files_frame, errors=errors), parts, meta=frame_meta(),
                       enforce_metadata=False)


def run_distributed(
    paths: Iterable[str | Path],
    db: str | None,
    *,
    client: Client,
    partition_bytes: int = PARTITION_BYTES,
    max_in_flight: int | None = None,
    use_copy: bool = True,
) -> RunSummary:
    """Extract every document under `paths` on the cluster of `client`; store them into `db`
    from this process. Returns the same summary as `statfacts run` (rejections only counted)."""
    from distributed import as_completed

    from models.db import is_postgres, make_engine, upgrade

    upgrade(db)
    engine = make_engine(db)
    writer = DocumentWriter(engine)
    run_id = writer.start_run()
    summary = RunSummary()
    copy = use_copy and is_postgres(db)
    limit = max_in_flight or max(2, 2 * sum(client.nthreads().values()))
    todo = partitions(paths, partition_bytes)
    try:
        running = as_completed()
        for part in todo:
            running.add(client.submit(extract_files, part, pure=False))
            if running.count() >= limit:
                break
        for future in running:
            records: list[DocumentRecord] = future.result()
            future.release()
            _store_partition(writer, records, summary, copy=copy)
            following = next(todo, None)
            if following is not None:
                running.add(client.submit(extract_files, following, pure=False))
    finally:
        finish_run(writer, run_id, summary)
        writer.close()
        engine.dispose()
    return summary


def _store_partition(writer: DocumentWriter, records: list[DocumentRecord], summary: RunSummary, *,
                     copy: bool) -> None:
    changed: list[DocumentRecord] = []
    for record in records:
        values = record.values
        summary.documents_read += 1
        known = writer.known(values["path"])
        if known is not None and values["status"] != "failed" and known[1] == values["sha256"] \
                and known[2] not in ("failed", "stale"):
            summary.documents_unchanged += 1
            continue
        changed.append(record)
    if copy and changed:
        with writer._write() as conn:  # one transaction, under the writer lock
            kept = _copy_partition(conn, changed)
    else:
        kept = [writer.store_rows(record.values, record.facts).kept for record in changed]
    for record, was_kept in zip(changed, kept, strict=True):
        summary.chars += int(record.values["chars"])
        if record.values["status"] == "failed":
            record_failure(summary, str(record.values["path"]), str(record.values["error"]), kept=was_kept)
        else:
            summary.documents_stored += 1
        summary.facts_stored += len(record.facts)
        summary.candidates_rejected += record.rejected


def _copy_partition(conn: Connection, records: list[DocumentRecord]) -> list[bool]:
    """PostgreSQL: the documents row by row (their ids are needed), all facts with one COPY;
    for each record, whether a failed read kept the last good version."""
    from extract.store import store_rows

    facts: list[dict[str, Any]] = []
    kept: list[bool] = []
    for record in records:
        stored = store_rows(conn, record.values, [])
        kept.append(stored.kept)
        for row in record.facts:
            row["document_id"] = stored.id
        facts.extend(record.facts)
    if not facts:
        return kept
    columns = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
    raw = conn.connection.driver_connection
    if raw is None:
        raise RuntimeError("no driver connection for COPY")
    with raw.cursor() as cur, cur.copy(f"COPY facts ({columns}) FROM STDIN") as out:
        for row in facts:
            out.write_row([row[c] for c in FACT_COLUMNS])
    return kept
