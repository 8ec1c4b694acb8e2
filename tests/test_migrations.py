"""Migrations (issue 7): a database made at the first revision, with data, upgrades to head (whatever
head is) keeping every document and fact; `statfacts run` on an old database upgrades it first,
also when two runs start on it at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from conftest import ROOT, SEEDS, statfacts
from sqlalchemy import MetaData, insert

from extract.pipeline import extract_document
from extract.read import read_paths
from extract.store import document_values, fact_row
from models.db import current_revision, make_engine, upgrade

FIRST = "0001_initial"
OLD_SEEDS = sorted(SEEDS.glob("*.txt"))[:2]


def old_database(db: Path, files: list[Path]) -> int:
    """A database at the first revision holding these files' documents and facts, written with
    that revision's own columns (read from the file, so later models do not matter); the number
    of facts."""
    upgrade(str(db), FIRST)
    engine = make_engine(str(db))
    meta = MetaData()
    meta.reflect(engine, only=["documents", "facts"])
    documents, facts = meta.tables["documents"], meta.tables["facts"]
    count = 0
    with engine.begin() as conn:
        for document in read_paths(files):
            values = {k: v for k, v in document_values(document).items() if k in documents.c}
            doc_id = conn.execute(insert(documents).values(**values)).inserted_primary_key[0]
            rows = [
                {k: v for k, v in fact_row(f, doc_id).items() if k in facts.c}
                for f in extract_document(document).facts
            ]
            if rows:
                conn.execute(insert(facts), rows)
            count += len(rows)
    engine.dispose()
    assert current_revision(str(db))[0] == FIRST
    return count


def rows(db: Path, table: str, columns: list[str] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(db)) as conn:
        names = columns or [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        quoted = ", ".join(f'"{n}"' for n in names)
        return names, sorted(conn.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)


def test_upgrade_from_the_first_revision_keeps_every_fact(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    n_facts = old_database(db, sorted(SEEDS.glob("*.txt")))
    assert n_facts > 50
    doc_columns, docs_before = rows(db, "documents")
    fact_columns, facts_before = rows(db, "facts")
    upgrade(str(db))
    revision, head = current_revision(str(db))
    assert revision == head
    assert rows(db, "documents", doc_columns)[1] == docs_before
    assert rows(db, "facts", fact_columns)[1] == facts_before
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM fact_view").fetchone()[0] == n_facts


def test_run_on_an_old_database_upgrades_it_first(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_database(db, OLD_SEEDS)
    names, facts_before = rows(db, "facts")
    proc = statfacts("run", str(SEEDS), "--db", str(db))
    new = len(list(SEEDS.glob("*.txt"))) - len(OLD_SEEDS)
    assert f"stored {new}, unchanged {len(OLD_SEEDS)}, failed 0" in proc.stdout
    revision, head = current_revision(str(db))
    assert revision == head
    old_ids = {r[names.index("document_id")] for r in facts_before}
    _, facts_after = rows(db, "facts", names)
    assert [r for r in facts_after if r[names.index("document_id")] in old_ids] == facts_before
    assert len(facts_after) > len(facts_before)


def test_two_runs_at_once_on_an_old_database(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_database(db, OLD_SEEDS)
    command = [sys.executable, "-m", "extract", "run", str(SEEDS), "--db", str(db), "--no-progress"]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    for proc in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in out + err, out + err
    revision, head = current_revision(str(db))
    assert revision == head
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(list(SEEDS.glob("*.txt")))
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
