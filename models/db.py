"""Engine, sessions and upgrade-to-head for SQLite (default) or any SQLAlchemy URL."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

import migrations

DEFAULT_DB = "data.db"
MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent


# A PostgreSQL URL without a driver means psycopg (3), the driver statfacts installs (`.[pg]`);
# SQLAlchemy alone would pick psycopg2.
_PG_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def database_url(db: str | None) -> str:
    """A URL for a file name or a URL (`data.db`, `sqlite:///x.db`, `postgresql://…`)."""
    db = db or DEFAULT_DB
    if "://" in db:
        scheme, rest = db.split("://", 1)
        return f"{_PG_SCHEMES.get(scheme.lower(), scheme)}://{rest}"
    return f"sqlite:///{Path(db).expanduser()}"


def shown_db(db: str | None) -> str:
    """The database as shown to a person: a file name as given, a URL without its password."""
    db = db or DEFAULT_DB
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:  # not a URL SQLAlchemy can read: its scheme only, nothing that may be a secret
        return f"{db.split('://', 1)[0]}://…"


def is_postgres(db: str | None) -> bool:
    return make_url(database_url(db)).get_backend_name() == "postgresql"


def make_engine(db: str | None, *, read_only: bool = False) -> Engine:
    url = make_url(database_url(db))
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if read_only and database and database != ":memory:":
            ro = _read_only_uri(Path(database).expanduser().resolve())
            engine = create_engine("sqlite://", creator=lambda: _sqlite_connect(ro, uri=True))
        else:
            engine = create_engine(url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if read_only and url.get_backend_name() == "postgresql":
        # every transaction of this engine is READ ONLY: the server refuses any write
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def _read_only_uri(path: Path) -> str:
    """An SQLite URI that opens the file for reading only.

    A WAL database is read with its `-shm` index beside it, which SQLite must create when it is
    missing: in a folder that cannot be written it cannot, so a database there without a `-wal`
    file is opened `immutable` (nothing can change it: a writer could not create its journal
    there either). With a `-wal` file left beside it, it is read normally (SQLite reads the
    `-shm` file that came with it)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def _sqlite_connect(target: str, *, uri: bool):  # type: ignore[no-untyped-def]
    import sqlite3

    return sqlite3.connect(target, uri=uri, timeout=60, check_same_thread=False)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA journal_mode")
    mode = cur.fetchone()
    if mode and str(mode[0]).lower() != "wal":
        # WAL lets readers (dashboards) work while a run writes; a committed document survives
        # a killed process (synchronous=NORMAL is durable against process crashes in WAL mode).
        with suppress(Exception):  # a read-only connection cannot switch modes: keep what the file has
            cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # The job commits every document on its own; these make that cheap without weakening it:
    # a larger page cache for the facts indexes, temporary b-trees in memory, and the WAL
    # truncated after each checkpoint so a long run does not leave a large file behind.
    cur.execute("PRAGMA cache_size=-16384")  # KiB: 16 MiB per connection
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA journal_size_limit=67108864")
    # checkpoint every 4000 WAL pages (16 MiB) rather than 1000: a page that several documents'
    # commits rewrite (index pages) is copied back into the database once per checkpoint, so
    # fewer checkpoints copy less. A commit is as durable as before; only the WAL grows larger.
    cur.execute("PRAGMA wal_autocheckpoint=4000")
    cur.close()


def alembic_config(db: str | None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url(db).replace("%", "%%"))
    return cfg


def upgrade(db: str | None, revision: str = "head") -> None:
    """Bring the database to the latest migration (creating it when it does not exist)."""
    url = make_url(database_url(db))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db)
    cfg = alembic_config(db)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def current_revision(db: str | None) -> tuple[str | None, str | None]:
    """(the database's revision, the head revision), read without writing anything (a database in
    a folder that cannot be written is read as well)."""
    url = make_url(database_url(db))
    file = url.database if url.get_backend_name() == "sqlite" else None
    # (an SQLite file that does not exist yet cannot be opened read-only: it is made empty)
    read_only = file is None or (file not in ("", ":memory:") and Path(file).expanduser().exists())
    engine = make_engine(db, read_only=read_only)
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    return rev, head
