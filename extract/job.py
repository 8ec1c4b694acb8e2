"""The extraction job: walk paths, skip unchanged documents, extract, store one document per
transaction, and keep a run record with the counts.

Memory does not grow with the corpus: documents are read one at a time and dropped once
stored; with `workers > 1` at most a few batches of documents are in flight between the
reader, the extraction processes and the single writer (`extract_parallel`); only the first
`MAX_REJECTIONS_KEPT` rejected candidates are kept for the summary (all are counted).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult

from extract.pipeline import Extraction, extract_document
from extract.read import DEFAULT_MAX_BYTES, read_paths
from extract.store import DocumentWriter
from extract.validate import Rejection
from models.db import make_engine, upgrade
from models.fact import Document

MAX_REJECTIONS_KEPT = 10_000
# A task sent to an extraction process: documents up to this many characters (or one larger one)
BATCH_CHARS = 256_000
BATCH_DOCUMENTS = 64


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_stored: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    facts_stored: int = 0
    candidates_rejected: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    rejections: list[Rejection] = field(default_factory=list)  # the first MAX_REJECTIONS_KEPT
    chars: int = 0

    @property
    def ok(self) -> bool:
        return self.documents_failed == 0


@dataclass
class Extracted:
    """One document's extraction, or why it failed (an exception in the extractor)."""

    extraction: Extraction
    error: str | None = None


def extract_one(document: Document) -> Extracted:
    """`extract_document`, with a failure recorded against the document instead of raised."""
    if document.error or not document.text:
        return Extracted(Extraction())
    try:
        return Extracted(extract_document(document))
    except Exception as exc:  # one bad document must not end a run over millions
        return Extracted(Extraction(), f"extraction failed: {type(exc).__name__}: {exc}")


def _extract_batch(documents: list[Document]) -> list[Extracted]:
    return [extract_one(d) for d in documents]


def _warm_up() -> None:
    """Load the lexicon and compile the patterns once per extraction process, before any task."""
    extract_one(Document(name="-", path="-", text="2024年全省生产总值增长5.2%，达到1.2万亿元。"))


def extract_parallel(
    documents: Iterable[Document],
    workers: int = 1,
    *,
    batch_chars: int = BATCH_CHARS,
    batch_documents: int = BATCH_DOCUMENTS,
) -> Iterator[tuple[Document, Extracted]]:
    """(document, extraction) for each document, in order, extracted by `workers` processes.

    The documents are consumed lazily: they are sent to the processes in batches and at most
    `2 × workers + 1` batches are in flight, so memory stays bounded however many documents
    there are (a multiprocessing `imap` would read the whole input ahead). Only the text goes
    to a process; only the facts come back.
    """
    if workers <= 1:
        for document in documents:
            yield document, extract_one(document)
        return
    pool = get_context("spawn").Pool(workers, initializer=_warm_up)
    pending: deque[tuple[list[Document], AsyncResult[list[Extracted]]]] = deque()
    finished = False
    try:
        batch: list[Document] = []
        size = 0
        for document in documents:
            batch.append(document)
            size += len(document.text)
            if size < batch_chars and len(batch) < batch_documents:
                continue
            pending.append((batch, pool.apply_async(_extract_batch, (batch,))))
            batch, size = [], 0
            while len(pending) > 2 * workers:
                done, result = pending.popleft()
                yield from zip(done, result.get(), strict=True)
        if batch:
            pending.append((batch, pool.apply_async(_extract_batch, (batch,))))
        while pending:
            done, result = pending.popleft()
            yield from zip(done, result.get(), strict=True)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # the consumer stopped early or something failed: do not wait for the rest
            pool.terminate()
        pool.join()


def run(
    paths: Iterable[str],
    db: str | None,
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[Document, str], None] | None = None,
) -> RunSummary:
    """Run the job over `paths` into `db`; `on_document(doc, outcome)` reports progress.

    One process writes to the database (`DocumentWriter`: one connection, one transaction per
    document, so a committed document survives an interrupted run); with `workers > 1` the
    extraction runs in that many other processes.
    """
    upgrade(db)
    engine = make_engine(db)
    summary = RunSummary()
    writer = DocumentWriter(engine)
    run_id = writer.start_run()

    def changed_documents() -> Iterator[Document]:
        for document in read_paths(paths, max_bytes=max_bytes):
            summary.documents_read += 1
            known = writer.known(document.path)
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

    try:
        for document, extracted in extract_parallel(changed_documents(), workers):
            extraction = extracted.extraction
            if extracted.error and not document.error:
                document.error = extracted.error
            writer.store(document, extraction.facts)
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
            room = MAX_REJECTIONS_KEPT - len(summary.rejections)
            if room > 0:
                summary.rejections.extend(extraction.rejected[:room])
            if on_document:
                on_document(document, outcome)
    finally:
        writer.finish_run(
            run_id,
            ok=summary.ok,
            documents_read=summary.documents_read,
            documents_unchanged=summary.documents_unchanged,
            documents_failed=summary.documents_failed,
            facts_stored=summary.facts_stored,
            candidates_rejected=summary.candidates_rejected,
        )
        writer.close()
        engine.dispose()
    return summary
