"""What went wrong, in one line for the person at the command line: what is wrong and what to do.

Database errors (SQLite and PostgreSQL, through SQLAlchemy and Alembic), a database driver that is
not installed, a file that cannot be written. A connection URL is always shown without its
password (`models.db.shown_db`). The commands report these at their boundary (`reported`); the
job reports a database error that stops a run through `database_problem`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

PG_EXTRA = "pip install '.[pg]'"
# the driver each SQLAlchemy backend statfacts knows needs, and how to install it
_DRIVERS = {"psycopg": PG_EXTRA, "psycopg2": PG_EXTRA}


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `error: MESSAGE` on standard error; the Exit to raise (`raise fail(...)`)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def reported(db: str | None) -> Iterator[None]:
    """Run a command's work; a database problem (or a missing driver, or a file that cannot be
    made) ends it with one line on standard error and exit code 2 instead of a traceback."""
    try:
        yield
    except Exception as err:  # the command's boundary: known problems become one line, others go on
        message = problem(err, db)
        if message is None:
            raise
        raise fail(message) from None


def problem(err: BaseException, db: str | None) -> str | None:
    """What `err` means for someone using `db` (one line), or None when it is not a problem of the
    database, its driver or a file."""
    from alembic.util import CommandError
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(err, DBAPIError | CommandError):
        return database_problem(err, db)
    if isinstance(err, ImportError):
        return driver_problem(err, db)
    if isinstance(err, NoSuchModuleError | ArgumentError):
        return (f"--db {_shown(db)} is neither an SQLite file nor a database URL statfacts can use: give a file "
                "name (data.db) or a postgresql:// URL")
    if isinstance(err, OSError) and err.filename:
        return file_problem(err, str(err.filename))
    return None


def driver_problem(err: ImportError, db: str | None) -> str | None:
    """A database driver that is not installed, with the command that installs it."""
    name = (err.name or "").split(".")[0]
    if name not in _DRIVERS:
        return None
    return (f"--db {_shown(db)} needs the database driver {name}, which is not installed: "
            f"{_DRIVERS[name]} (the PostgreSQL extra)")


def database_problem(err: Exception, db: str | None) -> str:
    """What a database error means, with the driver's words, and what to do about it."""
    from alembic.util import CommandError
    from sqlalchemy.exc import DBAPIError

    shown = _shown(db)
    if isinstance(err, CommandError):
        if "Can't locate revision" in str(err):
            return (f"{shown} has a schema revision this statfacts does not know ({err}): it was made by a newer "
                    "statfacts; use that version, or another --db")
        return f"the schema of {shown} cannot be upgraded ({err})"
    orig = err.orig if isinstance(err, DBAPIError) else None
    said = _first_line(str(orig) if orig is not None else str(err))
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    state = str(getattr(orig, "sqlstate", "") or "")
    low = said.lower()
    file = _sqlite_file(db)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in low or "not a database" in low:
        return (f"{shown} is damaged or is not a statfacts database ({said}): restore it from a backup, or give "
                "--db another file")
    if name.startswith("SQLITE_FULL") or state == "53100" or "is full" in low or "no space" in low:
        return f"the disk is full (or the database reached its size limit) ({said}): free some space, then run again"
    if name.startswith("SQLITE_BUSY") or "locked" in low:
        return (f"{shown} stayed locked by another process past the busy timeout ({said}): let the other run "
                "finish, then try again")
    if file is not None and (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or "readonly" in low
                             or "read-only" in low or "unable to open" in low):
        return _sqlite_unwritable(file, shown, said)
    if name.startswith("SQLITE_IOERR") or "disk i/o" in low:
        return f"a disk I/O error on {shown} ({said}): check the disk and the file"
    if "no such table" in low or state == "42P01" or ("relation" in low and "does not exist" in low):
        return (f"{shown} has no statfacts tables ({said}): `statfacts run --db {shown}` fills a new database, "
                f"`statfacts db upgrade --db {shown}` brings an older one up to date")
    if file is None and isinstance(err, DBAPIError) and err.statement is None:
        return (f"cannot connect to {shown} ({said}): check that the server is running and that the URL's host, "
                "port, user, password and database are right")
    if state == "25006" or "read-only" in low or "readonly" in low:
        return f"{shown} cannot be written ({said}): give a user or a database that may write"
    return f"a database error on {shown} ({said})"


def _sqlite_unwritable(file: Path, shown: str, said: str) -> str:
    folder = file.parent
    if not os.access(folder, os.W_OK):
        return (f"the folder {folder} cannot be written ({said}): SQLite writes its journal next to the database, "
                "so make the folder writable, or copy the database to a folder that is (query, show, export "
                "and report read it where it is)")
    if file.exists() and not os.access(file, os.W_OK):
        return (f"{shown} is a read-only file ({said}): make it writable, or copy it (query, show, export and "
                "report read it as it is)")
    return f"{shown} cannot be opened for writing ({said}): check the path and its permissions"


def file_problem(err: OSError, path: str) -> str:
    """A file that cannot be written (an export, a report) or a folder that cannot be made."""
    target = Path(path)
    shown = target.name.removesuffix(".part") if target.name.endswith(".part") else target.name
    where = target.with_name(shown)
    folder = where.parent
    if err.errno == errno.ENOENT and not folder.is_dir():
        return f"cannot write {where}: the folder {folder} does not exist: create it, or choose another place"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write {where}: the folder {folder} cannot be written ({err.strerror}): choose another place"
    if err.errno == errno.EISDIR or where.is_dir():
        return f"cannot write {where}: it is a folder: give a file name"
    if err.errno == errno.ENOSPC:
        return f"cannot write {where}: the disk is full: free some space, or choose another place"
    return f"cannot write {where}: {err.strerror or err}"


def _shown(db: str | None) -> str:
    from models.db import shown_db

    return shown_db(db)


def _sqlite_file(db: str | None) -> Path | None:
    """The SQLite file of `db`, or None for a server (or an in-memory database)."""
    from sqlalchemy.engine import make_url

    from models.db import database_url

    url = make_url(database_url(db))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "").expanduser().resolve()


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].strip() if text.strip() else text
