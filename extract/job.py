"""The extraction job: walk paths, skip unchanged documents, extract, store one document per
transaction, and keep a run record with the counts.

Memory does not grow with the corpus: documents are read one at a time and dropped once
stored; with `workers > 1` the extraction processes read their own files, and at most a few
batches of files are in flight between the main process (which looks up what is stored and is
the single writer) and them (`extract_files`); only the first `MAX_REJECTIONS_KEPT` rejected
candidates are kept for the summary (all are counted).
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from alembic import command
from alembic.util import CommandError
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from extract.pipeline import Extraction, extract_document
from extract.problems import database_problem
from extract.read import DEFAULT_MAX_BYTES, JSONL_SUFFIXES, iter_files, read_documents
from extract.store import UPGRADE_LOCK, DocumentWriter, fact_values
from extract.validate import Rejection
from models.db import alembic_config, current_revision, database_url, make_engine, shown_db, upgrade
from models.fact import Document

MAX_REJECTIONS_KEPT = 10_000
# A task sent to an extraction process: documents up to this many characters (or one larger one)
BATCH_CHARS = 64_000
BATCH_DOCUMENTS = 16
# A task of files sent to an extraction process, which reads them: files up to this many bytes
# (≈ BATCH_CHARS Chinese characters in UTF-8), or one larger one
BATCH_BYTES = 3 * BATCH_CHARS
BATCH_FILES = BATCH_DOCUMENTS

Known = tuple[int, str, str]  # (id, sha256, status) of the document stored at a path


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_stored: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    documents_kept: int = 0  # failed reads of documents stored before: their last good version stays
    facts_stored: int = 0
    candidates_rejected: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    rejections: list[Rejection] = field(default_factory=list)  # the first MAX_REJECTIONS_KEPT
    chars: int = 0
    stopped: str | None = None  # why the run stopped early (a database error), also in `failures`
    started: bool = False  # the database was opened and the run recorded in it
    interrupted: bool = False  # stopped by Ctrl-C before every document was read

    @property
    def ok(self) -> bool:
        return self.documents_failed == 0 and self.stopped is None and not self.interrupted

    @property
    def status(self) -> str:
        """The run's status in `runs`: interrupted, failed (a document or the database) or ok."""
        if self.interrupted:
            return "interrupted"
        return "ok" if self.ok else "failed"


class CtrlC:
    """While active, Ctrl-C (SIGINT) asks the run to stop after the document it is storing
    (`requested`) instead of raising KeyboardInterrupt wherever the program is; a second Ctrl-C
    raises it at once, as usual. Only in the main thread (which alone receives signals), and not
    where SIGINT is ignored."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> CtrlC:
        if threading.current_thread() is threading.main_thread():
            previous = signal.getsignal(signal.SIGINT)
            if previous is not signal.SIG_IGN:
                self._previous = previous
                signal.signal(signal.SIGINT, self._request)
                self._installed = True
        return self

    def _request(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        again = self._previous if callable(self._previous) else signal.default_int_handler
        signal.signal(signal.SIGINT, again)

    def finishing(self) -> None:
        """From here the run only records how it ended (a moment): a further Ctrl-C waits for that."""
        if self._installed:
            signal.signal(signal.SIGINT, self._note)

    def _note(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False


@dataclass
class Extracted:
    """One document's extraction, or why it failed (an exception in the extractor).

    From an extraction process the facts come as `values` (`store.fact_values` tuples, several
    times cheaper to send than pydantic facts) and `extraction.facts` is empty.
    """

    extraction: Extraction
    error: str | None = None
    values: list[tuple[Any, ...]] | None = None

    @property
    def facts_count(self) -> int:
        return len(self.values) if self.values is not None else len(self.extraction.facts)


def extract_one(document: Document, *, keep_dropped: bool = False) -> Extracted:
    """`extract_document`, with a failure recorded against the document instead of raised."""
    if document.error or not document.text:
        return Extracted(Extraction())
    try:
        return Extracted(extract_document(document, keep_dropped=keep_dropped))
    except Exception as exc:  # one bad document must not end a run over millions
        return Extracted(Extraction(), f"extraction failed: {type(exc).__name__}: {exc}")


def as_values(extracted: Extracted) -> Extracted:
    """The facts as the `fact_values` tuples the writer stores (and an extraction process sends),
    each `Fact` dropped as it is converted: a very large document never holds both (a pydantic
    fact takes ≈ 5 KB, its tuple ≈ 0.7 KB; 250 k facts in one 200 MB file)."""
    facts = extracted.extraction.facts
    values: list[tuple[Any, ...]] = []
    while facts:
        values.append(fact_values(facts.pop()))
    values.reverse()
    extracted.values = values
    return extracted


@contextmanager
def _worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Extraction processes, shut down when the work came to its end; stopped at once when the
    consumer stopped early or something failed (one of them died, too), without waiting for the rest.

    A `concurrent.futures` pool, not a `multiprocessing` one: when a process dies (killed, or a crash
    in native code) it fails the tasks in flight (`BrokenProcessPool`), where a `multiprocessing`
    pool starts another process and leaves the task it had waiting forever."""
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker)
    try:
        yield pool
    except BaseException:  # (GeneratorExit too: the consumer stopped early)
        _stop_now(pool)
        raise
    else:
        pool.shutdown()


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """End the pool's processes without waiting for the tasks they are on, then wait for them to go.
    (Python 3.14 has `terminate_workers` for this; it reads the pool's `_processes` as here.)"""
    for process in list((pool._processes or {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Ctrl-C held back, not lost, while the pool may start an extraction process (it starts them
    when tasks are submitted): the process inherits the block and ignores Ctrl-C (`_start_worker`)
    before one could break it in the middle of its imports; this process gets a Ctrl-C that came
    meanwhile as soon as the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _start_worker() -> None:
    """An extraction process: Ctrl-C is for the main process (which stops the run and the
    workers), then the lexicon and patterns are loaded."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


def _warm_up() -> None:
    """Load the lexicon and compile the patterns once per extraction process, before any task (a
    sentence naming a company too)."""
    text = "2024年全省生产总值增长5.2%，达到1.2万亿元。贵州茅台营业收入增长15%。"
    extract_one(Document(name="-", path="-", text=text))


class ExtractionProcessDied(Exception):
    """An extraction process died (killed, or crashed in native code): the pool's other processes
    were stopped with it, and `not_stored` names, in order, the documents taken from the input and
    not handed back (those of the batches in flight)."""

    def __init__(self, not_stored: list[str]) -> None:
        super().__init__(f"an extraction process died; {len(not_stored)} documents in flight were not extracted")
        self.not_stored = not_stored


Item = TypeVar("Item")
Out = TypeVar("Out")


def _batches(items: Iterable[tuple[Item, int]], size: int, count: int) -> Iterator[list[Item]]:
    """The items, each with its size, in batches of up to `size` (or one larger item) and `count` items."""
    batch: list[Item] = []
    total = 0
    for item, item_size in items:
        batch.append(item)
        total += item_size
        if total >= size or len(batch) >= count:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _in_order(
    pool: ProcessPoolExecutor, batches: Iterable[list[Item]], task: Callable[..., list[Out]], args: tuple[Any, ...],
    workers: int, name: Callable[[Item], str],
) -> Iterator[tuple[list[Item], list[Out]]]:
    """Each batch with what `task(batch, *args)` gave for it in an extraction process, in order, the
    batches taken lazily: at most `2 × workers + 1` are in flight. When a process dies, raises
    `ExtractionProcessDied` with the `name` of every item of the batches not handed back."""
    sent: deque[tuple[list[Item], Future[list[Out]]]] = deque()
    batch: list[Item] = []
    try:
        for batch in batches:
            with ctrl_c_held():  # (a process the pool starts now must not be interrupted mid-import)
                sent.append((batch, pool.submit(task, batch, *args)))
            batch = []
            while len(sent) > 2 * workers:
                yield sent[0][0], sent[0][1].result()
                sent.popleft()
        while sent:
            yield sent[0][0], sent[0][1].result()
            sent.popleft()
    except BrokenProcessPool as died:
        lost = [*(in_flight for in_flight, _ in sent), batch]
        raise ExtractionProcessDied([name(item) for in_flight in lost for item in in_flight]) from died


def unchanged(document: Document, known: Known | None) -> bool:
    """Whether a document read is the one stored at its path (`known`): the same hash, and that one
    was read and extracted (a failed or stale one is tried again)."""
    return (
        known is not None
        and not document.error
        and known[1] == document.sha256
        and known[2] not in ("failed", "stale")
    )


# (document, its extraction), or (document without its text, None) when it is unchanged
Result = tuple[Document, Extracted | None]
# a file to read (its path and what is stored there), or a document read by the main process
FileTask = tuple[str | Document, Known | None]


def _nothing_known(_path: str) -> Known | None:
    return None


def _never() -> bool:
    return False


def _read_and_extract(tasks: list[FileTask], max_bytes: int, published: date | None) -> list[Result]:
    """A task in an extraction process: read the files, skip the documents that are unchanged,
    extract the others; the facts go back as tuples ready to store."""
    out: list[Result] = []
    for source, known in tasks:
        documents = [source] if isinstance(source, Document) else read_documents(
            Path(source), max_bytes=max_bytes, published=published)
        for document in documents:
            if unchanged(document, known):
                out.append((document.model_copy(update={"text": ""}), None))
                continue
            out.append((document, as_values(extract_one(document))))
    return out


def _size(path: Path) -> int:
    """The file's size in bytes, 0 when it cannot be found (reading it then says why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _file_tasks(
    files: Iterable[Path], max_bytes: int, published: date | None, known: Callable[[str], Known | None],
    stop: Callable[[], bool],
) -> Iterator[tuple[FileTask, int]]:
    """What to send to the extraction processes, and about how many bytes each is: a file's path
    with what is stored at it; for a JSON Lines file (whose documents are only known by reading
    it: read here, a line at a time) each document, without its text when it is unchanged."""
    for file in files:
        if stop():
            return
        if file.suffix.lower() not in JSONL_SUFFIXES:
            yield (str(file), known(str(file))), _size(file)
            continue
        for document in read_documents(file, max_bytes=max_bytes, published=published):
            if stop():
                return
            found = known(document.path)
            if unchanged(document, found):
                document = document.model_copy(update={"text": ""})
            yield (document, found), 3 * len(document.text)


def extract_files(
    files: Iterable[Path],
    workers: int = 1,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: date | None = None,
    known: Callable[[str], Known | None] = _nothing_known,
    stop: Callable[[], bool] = _never,
    batch_bytes: int = BATCH_BYTES,
    batch_files: int = BATCH_FILES,
) -> Generator[Result, None, None]:
    """(document, extraction) for each document of the files, in order; (document, None) for one
    that is unchanged (`unchanged`: `known(path)` is what is stored at its path). The facts are
    handed over as the tuples the writer stores (`Extracted.values`, `as_values`), whichever
    process extracted them.

    With `workers > 1` the extraction processes read the files themselves: the main process
    sends paths in batches (with what is stored at each), and at most `2 × workers + 1` batches
    are in flight, so memory stays bounded however many files there are. A JSON Lines file,
    whose documents are only known by reading it, is read here, a line at a time, and its changed
    documents are sent. Each document comes back with its text (to be stored), or without it
    when unchanged.

    `stop()` is asked before each file (one process: before each document); when it says so,
    no more is read. When an extraction process dies, `ExtractionProcessDied` names the documents
    sent and not handed back.
    """
    if workers <= 1:
        for file in files:
            for document in read_documents(file, max_bytes=max_bytes, published=published):
                if stop():
                    return
                if unchanged(document, known(document.path)):
                    yield document, None
                else:
                    yield document, as_values(extract_one(document))
        return
    tasks = _file_tasks(files, max_bytes, published, known, stop)
    with _worker_pool(workers) as pool:
        for _batch, results in _in_order(pool, _batches(tasks, batch_bytes, batch_files), _read_and_extract,
                                         (max_bytes, published), workers, _task_path):
            yield from results


def _task_path(task: FileTask) -> str:
    """The path of a file to read, or of a document read by the main process."""
    source = task[0]
    return source if isinstance(source, str) else source.path


def run(
    paths: Iterable[str],
    db: str | None,
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[Document, str], None] | None = None,
    published: date | None = None,
) -> RunSummary:
    """Run the job over `paths` into `db`; `on_document(doc, outcome)` reports progress.

    One process writes to the database (`DocumentWriter`: one connection, one transaction per
    document, so a committed document survives an interrupted run); with `workers > 1` the
    extraction runs in that many other processes.

    A database error (a full disk, a lock held too long, a read-only file) stops the run with
    `summary.stopped` set and named in `summary.failures`, not with an exception: what was
    committed before stays, and a later run goes on from there. So does an extraction process that
    dies (killed, or crashed): the documents in flight are named in `summary.failures`. Ctrl-C stops
    it after the document being stored, with `summary.interrupted` set (`CtrlC`); the run is
    recorded `interrupted`.
    """
    summary = RunSummary()
    engine = make_engine(db)
    opened = _open(db, engine, summary)
    if opened is None:
        engine.dispose()
        return summary
    writer, run_id = opened
    summary.started = True
    ctrl_c = CtrlC()
    results = extract_files(iter_files(paths), workers, max_bytes=max_bytes, published=published,
                            known=writer.known, stop=_stop_asked(ctrl_c, summary))
    with ctrl_c:
        try:
            _store_all(results, writer, summary, ctrl_c, on_document, db, workers)
        finally:
            ctrl_c.finishing()
            results.close()  # stops the extraction processes if the loop ended early
            # a second Ctrl-C stops at once (KeyboardInterrupt): the run is still recorded
            summary.interrupted = summary.interrupted or ctrl_c.requested
            _record_end(writer, run_id, summary, db)
            writer.close()
            engine.dispose()
    return summary


def _open(db: str | None, engine: Engine, summary: RunSummary) -> tuple[DocumentWriter, int] | None:
    """The database upgraded, its writer and this run's record in it; None when a database error
    stopped the run (`summary.stopped` says why)."""
    try:
        upgrade_to_head(db)
        writer = DocumentWriter(engine)
    except (DBAPIError, CommandError) as err:
        _stop(summary, db, err, None)
        return None
    try:
        run_id = writer.start_run()
    except DBAPIError as err:
        _stop(summary, db, err, None)
        writer.close()
        return None
    return writer, run_id


def _stop_asked(ctrl_c: CtrlC, summary: RunSummary) -> Callable[[], bool]:
    """Whether Ctrl-C asked the reading to stop (the run is then interrupted)."""

    def stopping() -> bool:
        if ctrl_c.requested:
            summary.interrupted = True
        return ctrl_c.requested

    return stopping


def _store_all(
    results: Iterable[Result], writer: DocumentWriter, summary: RunSummary, ctrl_c: CtrlC,
    on_document: Callable[[Document, str], None] | None, db: str | None, workers: int,
) -> None:
    """Store the documents as they come, until the last, Ctrl-C (between two documents: the ones
    stored are whole), a database error or an extraction process that died."""
    storing: Document | None = None
    try:
        for document, extracted in results:
            storing = document
            outcome = _store_one(writer, summary, document, extracted, on_document)
            storing = None
            if ctrl_c.requested and outcome != "unchanged":
                summary.interrupted = True
                return
    except DBAPIError as err:
        _stop(summary, db, err, storing)
    except ExtractionProcessDied as died:
        _stop_for_dead_process(summary, died, workers)


def _store_one(writer: DocumentWriter, summary: RunSummary, document: Document, extracted: Extracted | None,
               on_document: Callable[[Document, str], None] | None) -> str:
    """Store one document and its facts in one transaction (or count it unchanged), and report it:
    `stored`, `failed` or `unchanged`."""
    summary.documents_read += 1
    if extracted is None:
        summary.documents_unchanged += 1
        outcome = "unchanged"
    else:
        outcome = _store(writer, summary, document, extracted)
    if on_document:
        on_document(document, outcome)
    return outcome


def _store(writer: DocumentWriter, summary: RunSummary, document: Document, extracted: Extracted) -> str:
    """Store a document read and extracted, failed or not, and count it: `stored` or `failed`."""
    extraction = extracted.extraction
    if extracted.error and not document.error:
        document.error = extracted.error
    stored = writer.store(document, extraction.facts, values=extracted.values)
    summary.chars += len(document.text)
    summary.facts_stored += extracted.facts_count
    summary.candidates_rejected += len(extraction.rejected)
    room = MAX_REJECTIONS_KEPT - len(summary.rejections)
    if room > 0:
        summary.rejections.extend(extraction.rejected[:room])
    if document.error:
        record_failure(summary, document.path, document.error, kept=stored.kept)
        return "failed"
    summary.documents_stored += 1
    return "stored"


def _record_end(writer: DocumentWriter, run_id: int, summary: RunSummary, db: str | None) -> None:
    """Record how the run ended and its counts; a database error doing so stops it (unless one did before)."""
    try:
        finish_run(writer, run_id, summary)
    except DBAPIError as err:
        if summary.stopped is None:
            _stop(summary, db, err, None)


def record_failure(summary: RunSummary, path: str, error: str, *, kept: bool) -> None:
    """Count a document that could not be read or extracted (the job and the distributed job)."""
    summary.documents_failed += 1
    if kept:
        summary.documents_kept += 1
        error += " (its last good version is kept)"
    summary.failures.append((path, error))


def upgrade_to_head(db: str | None) -> None:
    """`models.db.upgrade`, safe when several runs start at once on one database: nothing is
    locked when it is already at head; otherwise the whole migration runs in one transaction that
    holds a lock from its start (SQLite: the write lock, `BEGIN IMMEDIATE`; PostgreSQL: an
    advisory lock), so a second run waits, then finds the database at head and does nothing, and
    a killed run leaves no half-made schema."""
    url = make_url(database_url(db))
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql") or url.database in (None, "", ":memory:"):
        upgrade(db)
        return
    if backend == "sqlite":
        Path(url.database or "").expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    revision, head = current_revision(db)
    if revision == head:
        return
    engine = make_engine(db)
    cfg = alembic_config(db)
    try:
        with engine.begin() as conn:
            if backend == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:  # PostgreSQL: DDL is transactional too; an advisory lock makes the runs take turns
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def _stop(
    summary: RunSummary, db: str | None, err: DBAPIError | CommandError, document: Document | None
) -> None:
    if not summary.started:  # the database could not even be opened: that is all there is to say
        summary.stopped = database_problem(err, db)
    else:
        where = f" while storing {document.path}" if document is not None else ""
        summary.stopped = (
            f"run stopped{where}: {database_problem(err, db)}; the documents stored before are intact and a"
            " new run goes on from them"
        )
    summary.failures.append((shown_db(db), summary.stopped))


def _stop_for_dead_process(summary: RunSummary, died: ExtractionProcessDied, workers: int) -> None:
    """Name each document in flight when an extraction process died, and stop the run (it failed)."""
    for path in died.not_stored:
        summary.failures.append((path, "not stored: an extraction process died while it was in flight"))
    summary.stopped = (
        f"run stopped: an extraction process died (killed, or crashed); the {len(died.not_stored)} documents in"
        " flight (named above) were not stored and the files after them were not read; the documents stored"
        " before are intact and a new run goes on from them"
    )
    summary.failures.append((f"--workers {workers}", summary.stopped))


def finish_run(writer: DocumentWriter, run_id: int, summary: RunSummary) -> None:
    """Record a run's end and its counts in `runs` (the job and the distributed job alike)."""
    writer.finish_run(
        run_id,
        status=summary.status,
        documents_read=summary.documents_read,
        documents_unchanged=summary.documents_unchanged,
        documents_failed=summary.documents_failed,
        facts_stored=summary.facts_stored,
        candidates_rejected=summary.candidates_rejected,
    )
