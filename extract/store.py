"""Stage 6: store one document and its facts in one transaction.

`store_document` does it on a connection whose transaction the caller owns. `DocumentWriter` is
the job's single writer: one connection for the whole run, one short transaction per document
(so a committed document survives an interrupted run), the facts of a document inserted with
one `executemany`, statements compiled once.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from extract import EXTRACTOR_VERSION
from models.fact import Document, Fact
from models.tables import Base, CatalogueEntryRow, DocumentRow, FactRow, RunRow

# PostgreSQL advisory lock keys (any fixed numbers): document writes, and schema upgrades
WRITER_LOCK = 7_291_001
UPGRADE_LOCK = 7_291_002

FACT_COLUMNS = (
    "document_id", "start", "end", "text", "value", "value_text", "value_max", "value_max_text", "unit",
    "qualifier", "kind", "direction", "modality", "indicator", "subject", "period", "sentence", "rule",
    "optional", "extractor_version", "indicator_id", "value_base", "value_base_text", "base_unit",
)

def exact_text(v: Decimal | None) -> str | None:
    """A decimal's exact text (no exponent), as the facts table stores it beside the number."""
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
        "value_text": exact_text(fact.value),
        "value_max": fact.value_max,
        "value_max_text": exact_text(fact.value_max),
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
        "indicator_id": fact.indicator_id,
        "value_base": fact.value_base,
        "value_base_text": exact_text(fact.value_base),
        "base_unit": fact.base_unit,
    }


def fact_values(fact: Fact) -> tuple[Any, ...]:
    """A fact's `facts` row as a tuple in `FACT_COLUMNS` order, without the `document_id`
    (cheaper than `fact_row` to build and to send between processes)."""
    return (
        fact.start, fact.end, fact.text, fact.value, exact_text(fact.value), fact.value_max, exact_text(fact.value_max),
        fact.unit, fact.qualifier, fact.kind, fact.direction, fact.modality, fact.indicator, fact.subject,
        fact.period, fact.sentence, fact.rule, fact.optional, EXTRACTOR_VERSION, fact.indicator_id, fact.value_base,
        exact_text(fact.value_base), fact.base_unit,
    )


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


def _table(row: type[Base]) -> Table:
    """The table a declarative class maps (SQLAlchemy types `__table__` as any FromClause, a class
    being able to map a selectable; these classes map plain tables)."""
    table = row.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row.__name__} maps {table!r}, not a table")
    return table


# Statements built once (Core, on the tables), compiled once per dialect (`_Prepared`).
_DOCUMENTS = _table(DocumentRow)
_FACTS = _table(FactRow)
_KNOWN = select(_DOCUMENTS.c.id, _DOCUMENTS.c.sha256, _DOCUMENTS.c.status).where(
    _DOCUMENTS.c.path == bindparam("lookup_path")
)
_DOCUMENT_ID = select(_DOCUMENTS.c.id, _DOCUMENTS.c.status).where(_DOCUMENTS.c.path == bindparam("lookup_path"))
_DELETE_FACTS = delete(_FACTS).where(_FACTS.c.document_id == bindparam("replaced_id"))
_UPDATE_DOCUMENT = update(_DOCUMENTS).where(_DOCUMENTS.c.id == bindparam("replaced_id"))
_MARK_STALE = update(_DOCUMENTS).where(_DOCUMENTS.c.id == bindparam("replaced_id"))
_INSERT_DOCUMENT = insert(_DOCUMENTS).returning(_DOCUMENTS.c.id)


def _compile(
    conn: Connection, statement: Any, keys: tuple[str, ...] | None = None
) -> tuple[str, bool, list[str], dict[str, Any]]:
    """A Core statement compiled for the connection's dialect (with `keys` as its column keys):
    its SQL text, whether its parameters are positional, the bind names (in the positional order
    when they are), and the bind processors SQLAlchemy would apply, by bind name."""
    dialect = conn.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
    positional = bool(compiled.positional)
    names = list(compiled.positiontup or []) if positional else list(compiled.binds)
    processors: dict[str, Any] = {}
    for name in names:
        processor = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors[name] = processor
    return compiled.string, positional, names, processors


class _Prepared:
    """A Core statement compiled once for a dialect and run on the connection's DBAPI cursor.

    Executing a statement through SQLAlchemy costs, each time, a cache look-up and an execution
    context and result object: several times SQLite's own work for the small statements a
    document needs. Here the SQL text is made once; the parameters are put in the dialect's
    order (or by name) and passed through the bind processors SQLAlchemy would apply (dates and
    times as text on SQLite). The statement runs in the connection's transaction; a driver error
    comes out as SQLAlchemy's `DBAPIError`, as from `Connection.execute`.
    """

    def __init__(self, conn: Connection, statement: Any, keys: tuple[str, ...] | None = None) -> None:
        self.sql, self.positional, self.names, self.processors = _compile(conn, statement, keys)

    def params(self, values: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        procs = self.processors
        if self.positional:
            return tuple(procs[n](values[n]) if n in procs else values[n] for n in self.names)
        return {n: procs[n](values[n]) if n in procs else values[n] for n in self.names}

    def first_row(self, conn: Connection, values: dict[str, Any]) -> tuple[Any, ...] | None:
        """Execute; the first row of the result, if the statement returns rows."""
        params = self.params(values)
        dbapi = conn.dialect.loaded_dbapi
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(self.sql, params)
            row = cursor.fetchone() if cursor.description is not None else None
        except dbapi.Error as err:  # the driver's failure, as SQLAlchemy would report it
            raise DBAPIError.instance(self.sql, params, err, dbapi.Error, dialect=conn.dialect) from err
        finally:
            cursor.close()
        return tuple(row) if row is not None else None


_PREPARED: dict[tuple[str, int, tuple[str, ...] | None], _Prepared] = {}


def _run(
    conn: Connection, statement: Any, values: dict[str, Any], keys: tuple[str, ...] | None = None
) -> tuple[Any, ...] | None:
    """Execute one of this module's statements through its `_Prepared` form; its first row."""
    cache_key = (f"{conn.dialect.name}+{conn.dialect.driver}", id(statement), keys)
    prepared = _PREPARED.get(cache_key)
    if prepared is None:
        prepared = _PREPARED[cache_key] = _Prepared(conn, statement, keys)
    return prepared.first_row(conn, values)


def known_hash(conn: Connection, path: str) -> tuple[int, str, str] | None:
    """(id, sha256, status) of a stored document, or None."""
    row = _run(conn, _KNOWN, {"lookup_path": path})
    return (row[0], row[1], row[2]) if row else None


class Stored(NamedTuple):
    """Where a document was stored, and whether a failed read kept its last good version."""

    id: int
    kept: bool = False


def store_document(
    conn: Connection, document: Document, facts: list[Fact], *, values: list[tuple[Any, ...]] | None = None
) -> Stored:
    """Replace whatever was stored for this document's path; the caller owns the transaction.
    The facts are `facts`, or `values` (`fact_values` tuples) when given."""
    stored = replace_document(conn, document_values(document))
    rows = values if values is not None else [fact_values(f) for f in facts]
    if rows:
        insert_facts(conn, rows, document_id=stored.id)
    return stored


def store_rows(conn: Connection, values: dict[str, Any], rows: list[dict[str, Any]]) -> Stored:
    """Replace the document at `values["path"]` and its facts by these rows (their `document_id`
    is set here); the caller owns the transaction. Used by the distributed loader."""
    stored = replace_document(conn, values)
    if rows:
        for row in rows:
            row["document_id"] = stored.id
        insert_facts(conn, rows)
    return stored


def replace_document(conn: Connection, values: dict[str, Any]) -> Stored:
    """Insert the `documents` row, or update the one at its path and delete that one's facts.

    A failed read never replaces a good one: when the path holds a document that was read (its
    status is not `failed`), its text and facts stay and it is marked `stale` with the reason of
    the failed read; only a successful read replaces it."""
    keys = tuple(values)
    existing = _run(conn, _DOCUMENT_ID, {"lookup_path": values["path"]})
    if existing is None:
        inserted = _run(conn, _INSERT_DOCUMENT, values, keys)
        if inserted is None:
            raise RuntimeError("INSERT … RETURNING gave no id")
        return Stored(int(inserted[0]))
    doc_id, status = int(existing[0]), str(existing[1])
    if values["status"] == "failed" and status != "failed":
        conn.execute(_MARK_STALE, {"replaced_id": doc_id, "status": "stale", "error": values["error"]})
        return Stored(doc_id, kept=True)
    _run(conn, _DELETE_FACTS, {"replaced_id": doc_id})
    _run(conn, _UPDATE_DOCUMENT, {**values, "replaced_id": doc_id}, keys)
    return Stored(doc_id)


class _FactInsert:
    """`INSERT INTO facts` compiled once for a dialect, with the bind processors of its columns.

    A statement built per document costs its construction and cache lookup; here it is compiled
    once and the rows — dicts, or tuples in `FACT_COLUMNS` order — become the driver's
    parameters directly (tuples in the compiled order, or dicts), each value passed through the
    processor SQLAlchemy would apply (NUMERIC → float on SQLite, booleans), in one
    `executemany`.
    """

    def __init__(self, conn: Connection) -> None:
        self.sql, self.positional, names, processors = _compile(conn, insert(_FACTS), FACT_COLUMNS)
        self.order: list[str] = names if self.positional else list(FACT_COLUMNS)
        if sorted(names) != sorted(FACT_COLUMNS):
            raise RuntimeError(f"the facts table does not have the columns {FACT_COLUMNS}")
        self.processors = [(FACT_COLUMNS.index(n), p) for n, p in processors.items()]
        # tuple rows (FACT_COLUMNS order) → the compiled order
        self.reorder = None if tuple(self.order) == FACT_COLUMNS else itemgetter(
            *(FACT_COLUMNS.index(n) for n in self.order)
        )

    def params(self, rows: list[dict[str, Any]] | list[tuple[Any, ...]], document_id: int | None = None
               ) -> list[Any]:
        """Driver parameters for rows (tuples without the document id when `document_id` is given)."""
        out: list[Any] = []
        procs = self.processors
        for row in rows:
            if isinstance(row, dict):
                values = [row[c] for c in FACT_COLUMNS]
            else:
                values = [document_id, *row] if document_id is not None else list(row)
            for i, p in procs:
                values[i] = p(values[i])
            if self.positional:
                out.append(tuple(values) if self.reorder is None else self.reorder(values))
            else:
                out.append(dict(zip(FACT_COLUMNS, values, strict=True)))
        return out


_FACT_INSERTS: dict[str, _FactInsert] = {}


# rows per executemany: a document with tens of thousands of facts (one very large file) is
# inserted in slices, so its parameters are never all built at once
INSERT_CHUNK = 2000


def insert_facts(
    conn: Connection, rows: list[dict[str, Any]] | list[tuple[Any, ...]], *, document_id: int | None = None
) -> None:
    """Insert `facts` rows with `executemany`: dicts with every column, tuples in `FACT_COLUMNS`
    order, or (with `document_id`) `fact_values` tuples."""
    key = f"{conn.dialect.name}+{conn.dialect.driver}"
    statement = _FACT_INSERTS.get(key)
    if statement is None:
        statement = _FACT_INSERTS[key] = _FactInsert(conn)
    for i in range(0, len(rows), INSERT_CHUNK):
        conn.exec_driver_sql(statement.sql, statement.params(rows[i:i + INSERT_CHUNK], document_id))


class DocumentWriter:
    """The single writer of a run: one connection, one transaction per document."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn = engine.connect()
        self.dialect = engine.dialect.name

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction that first takes the database's writer lock: on SQLite the write
        lock (`BEGIN IMMEDIATE`, waiting out the busy timeout), on PostgreSQL a transaction-scoped
        advisory lock. Two runs on one database then never both find a path missing and both
        insert it (and on SQLite no read snapshot has to be upgraded to a write)."""
        with self.conn.begin():
            if self.dialect == "sqlite":
                self.conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.dialect == "postgresql":
                self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
            yield self.conn

    def known(self, path: str) -> tuple[int, str, str] | None:
        """(id, sha256, status) of the document stored at `path`, or None."""
        found = known_hash(self.conn, path)
        self.conn.commit()  # end the read at once: hold no snapshot between documents
        return found

    def store(self, document: Document, facts: list[Fact], *, values: list[tuple[Any, ...]] | None = None
              ) -> Stored:
        """Replace the stored document and its facts (or `fact_values` tuples); committed when
        this returns."""
        with self._write() as conn:
            return store_document(conn, document, facts, values=values)

    def store_rows(self, values: dict[str, Any], rows: list[dict[str, Any]]) -> Stored:
        with self._write() as conn:
            return store_rows(conn, values, rows)

    def start_run(self) -> int:
        """Record a new run (`running`, with this process and host); first mark `interrupted` the
        runs left `running` by a process that is gone (killed, or its machine restarted)."""
        host = socket.gethostname()
        with self.conn.begin():
            left = self.conn.execute(
                select(RunRow.id, RunRow.pid, RunRow.host).where(RunRow.status == "running")
            ).all()
            sync_catalogue(self.conn)
            gone = [run_id for run_id, pid, on in left if _process_gone(pid, on, host)]
            if gone:
                self.conn.execute(update(RunRow).where(RunRow.id.in_(gone)).values(status="interrupted"))
            key = self.conn.execute(
                insert(RunRow).values(started_at=_now(), version=EXTRACTOR_VERSION, status="running",
                                      pid=os.getpid(), host=host)
            ).inserted_primary_key
            if key is None:
                raise RuntimeError("the database gave the new run no id")
            return int(key[0])

    def finish_run(self, run_id: int, *, status: str, **counts: int) -> None:
        """Record a run's end: `status` is ok, failed or interrupted."""
        if self.conn.in_transaction():  # a failed or interrupted store left its transaction behind
            self.conn.rollback()
        with self.conn.begin():
            self.conn.execute(
                update(RunRow).where(RunRow.id == run_id).values(finished_at=_now(), status=status, **counts)
            )

    def close(self) -> None:
        self.conn.close()


def sync_catalogue(conn: Connection) -> None:
    """Make `catalogue_entries` the catalogue this extractor reads (lexicon/indicators.tsv with its
    derived readings), changing nothing when it already is."""
    from extract.attribute.catalogue import catalogue

    wanted = {e.id: (e.id, e.name_zh, e.name_en, e.dimension, e.reading, e.domain, e.of)
              for e in catalogue().entries.values()}
    table = CatalogueEntryRow.__table__
    stored = {tuple(r) for r in conn.execute(select(*(table.c[c] for c in _CATALOGUE_COLUMNS)))}
    if stored == set(wanted.values()):
        return
    conn.execute(delete(CatalogueEntryRow))
    conn.execute(insert(CatalogueEntryRow), [dict(zip(_CATALOGUE_COLUMNS, row, strict=True))
                                             for row in wanted.values()])


_CATALOGUE_COLUMNS = ("id", "name_zh", "name_en", "dimension", "reading", "domain", "of_id")


def _process_gone(pid: int | None, host: str | None, this_host: str) -> bool:
    """Whether the process of a run left `running` is gone: a run from before runs recorded their
    process (no pid), or one of this machine whose process has ended. A run of another machine
    cannot be checked from here and is left as it is."""
    if pid is None:
        return True
    if host != this_host:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, as another user's process
        return False
    return False


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
