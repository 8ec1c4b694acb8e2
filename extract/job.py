"""The extraction job: walk paths, skip unchanged documents, extract, store one document per
transaction, and keep a run record with the counts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context

from sqlalchemy import insert, update

from extract import EXTRACTOR_VERSION
from extract.pipeline import Extraction, extract_document
from extract.read import DEFAULT_MAX_BYTES, read_paths
from extract.store import known_hash, store_document
from extract.validate import Rejection
from models.db import make_engine, upgrade
from models.fact import Document
from models.tables import RunRow


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_stored: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    facts_stored: int = 0
    candidates_rejected: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    rejections: list[Rejection] = field(default_factory=list)
    chars: int = 0

    @property
    def ok(self) -> bool:
        return self.documents_failed == 0


def _extract(document: Document) -> tuple[Document, Extraction]:
    if document.error or not document.text:
        return document, Extraction()
    return document, extract_document(document)


def run(
    paths: Iterable[str],
    db: str | None,
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[Document, str], None] | None = None,
) -> RunSummary:
    """Run the job over `paths` into `db`; `on_document(doc, outcome)` reports progress."""
    upgrade(db)
    engine = make_engine(db)
    summary = RunSummary()
    with engine.begin() as conn:
        run_id = conn.execute(
            insert(RunRow).values(started_at=_now(), version=EXTRACTOR_VERSION, status="running")
        ).inserted_primary_key[0]

    def changed_documents() -> Iterator[Document]:
        with engine.connect() as conn:
            for document in read_paths(paths, max_bytes=max_bytes):
                summary.documents_read += 1
                known = known_hash(conn, document.path)
                if (
                    known is not None
                    and not document.error
                    and known[1] == document.sha256
                    and known[2] != "failed"
                ):
                    summary.documents_unchanged += 1
                    if on_document:
                        on_document(document, "unchanged")
                    continue
                yield document

    results: Iterator[tuple[Document, Extraction]]
    pool = None
    if workers > 1:
        pool = get_context("spawn").Pool(workers)
        results = pool.imap(_extract, changed_documents(), chunksize=4)
    else:
        results = map(_extract, changed_documents())
    try:
        for document, extraction in results:
            with engine.begin() as conn:
                store_document(conn, document, extraction.facts)
            summary.chars += len(document.text)
            if document.error:
                summary.documents_failed += 1
                summary.failures.append((document.path, document.error))
                outcome = "failed"
            else:
                summary.documents_stored += 1
                outcome = "stored"
            summary.facts_stored += len(extraction.facts)
            summary.candidates_rejected += len(extraction.rejected)
            summary.rejections.extend(extraction.rejected)
            if on_document:
                on_document(document, outcome)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        with engine.begin() as conn:
            conn.execute(
                update(RunRow)
                .where(RunRow.id == run_id)
                .values(
                    finished_at=_now(),
                    status="ok" if summary.ok else "failed",
                    documents_read=summary.documents_read,
                    documents_unchanged=summary.documents_unchanged,
                    documents_failed=summary.documents_failed,
                    facts_stored=summary.facts_stored,
                    candidates_rejected=summary.candidates_rejected,
                )
            )
        engine.dispose()
    return summary


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
