"""Stage 6: store one document and its facts in one transaction.

`store_document` does it on a connection whose transaction the caller owns. `DocumentWriter` is
the job's single writer: one connection for the whole run, one short transaction per document
(so a committed document survives an interrupted run), the facts of a document inserted with
one `executemany`, statements compiled once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from extract import EXTRACTOR_VERSION
from models.fact import Document, Fact
from models.tables import DocumentRow, FactRow, RunRow

FACT_COLUMNS = (
    "document_id", "start", "end", "text", "value", "value_text", "value_max", "value_max_text", "unit",
    "qualifier", "kind", "direction", "modality", "indicator", "subject", "period", "sentence", "rule",
    "optional", "extractor_version",
)

def _exact(v: Decimal | None) -> str | None:
    if v is None:
        return None
    return format(v, "f")


def fact_row(fact: Fact, document_id: int) -> dict[str, object]:
    return {
        "document_id": document_id,
        "start": fact.start,
        "end": fact.end,
        "text": fact.text,
        "value": fact.value,
        "value_text": _exact(fact.value),
        "value_max": fact.value_max,
        "value_max_text": _exact(fact.value_max),
        "unit": fact.unit,
        "qualifier": fact.qualifier,
        "kind": fact.kind,
        "direction": fact.direction,
        "modality": fact.modality,
        "indicator": fact.indicator,
        "subject": fact.subject,
        "period": fact.period,
        "sentence": fact.sentence,
        "rule": fact.rule,
        "optional": fact.optional,
        "extractor_version": EXTRACTOR_VERSION,
    }


def document_values(document: Document) -> dict[str, Any]:
    """The `documents` row of a document (without its id)."""
    status = "failed" if document.error else ("empty" if not document.text.strip() else "ok")
    return {
        "path": document.path,
        "name": document.name,
        "sha256": document.sha256,
        "chars": len(document.text),
        "encoding": document.encoding or None,
        "status": status,
        "error": document.error,
        "title": document.title,
        "published": document.published,
        "source": document.source,
        "url": document.url,
        "text": document.text,
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        "extractor_version": EXTRACTOR_VERSION,
    }


def known_hash(conn: Connection, path: str) -> tuple[int, str, str] | None:
    """(id, sha256, status) of a stored document, or None."""
    row = conn.execute(
        select(DocumentRow.id, DocumentRow.sha256, DocumentRow.status).where(DocumentRow.path == path)
    ).first()
    return (row[0], row[1], row[2]) if row else None


def store_document(conn: Connection, document: Document, facts: list[Fact]) -> int:
    """Replace whatever was stored for this document's path; the caller owns the transaction."""
    return store_rows(conn, document_values(document), [fact_row(f, 0) for f in facts])


def store_rows(conn: Connection, values: dict[str, Any], rows: list[dict[str, Any]]) -> int:
    """Replace the document at `values["path"]` and its facts by these rows (their `document_id`
    is set here); the caller owns the transaction. Used by the job and the distributed loader."""
    existing = conn.execute(select(DocumentRow.id).where(DocumentRow.path == values["path"])).scalar()
    if existing is not None:
        doc_id = int(existing)
        conn.execute(delete(FactRow).where(FactRow.document_id == doc_id))
        conn.execute(update(DocumentRow).where(DocumentRow.id == doc_id).values(**values))
    else:
        doc_id = int(conn.execute(insert(DocumentRow).values(**values)).inserted_primary_key[0])
    if rows:
        for row in rows:
            row["document_id"] = doc_id
        conn.execute(insert(FactRow), rows)
    return doc_id


class DocumentWriter:
    """The single writer of a run: one connection, one transaction per document."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn = engine.connect()
        self.sqlite = engine.dialect.name == "sqlite"

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it takes the write lock first (`BEGIN IMMEDIATE`, waiting
        out the busy timeout): two runs on one file then never both find a path missing and both
        insert it, and no read snapshot has to be upgraded to a write."""
        with self.conn.begin():
            if self.sqlite:
                self.conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield self.conn

    def known(self, path: str) -> tuple[int, str, str] | None:
        """(id, sha256, status) of the document stored at `path`, or None."""
        found = known_hash(self.conn, path)
        self.conn.commit()  # end the read at once: hold no snapshot between documents
        return found

    def store(self, document: Document, facts: list[Fact]) -> int:
        """Replace the stored document and its facts; committed when this returns."""
        with self._write() as conn:
            return store_document(conn, document, facts)

    def store_rows(self, values: dict[str, Any], rows: list[dict[str, Any]]) -> int:
        with self._write() as conn:
            return store_rows(conn, values, rows)

    def start_run(self) -> int:
        with self.conn.begin():
            return int(
                self.conn.execute(
                    insert(RunRow).values(started_at=_now(), version=EXTRACTOR_VERSION, status="running")
                ).inserted_primary_key[0]
            )

    def finish_run(self, run_id: int, *, ok: bool, **counts: int) -> None:
        if self.conn.in_transaction():  # a failed store left its transaction behind
            self.conn.rollback()
        with self.conn.begin():
            self.conn.execute(
                update(RunRow)
                .where(RunRow.id == run_id)
                .values(finished_at=_now(), status="ok" if ok else "failed", **counts)
            )

    def close(self) -> None:
        self.conn.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
