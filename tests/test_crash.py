"""Crash safety (issue 7): `kill -9` at any moment, then a re-run, gives exactly the database a
clean run gives; two runs on one SQLite file at once both finish with that database."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS

Content = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]
ARTICLES = 300


def make_corpus(folder: Path, documents: int) -> Path:
    """`documents` small articles made of the seeds' paragraphs, each different, plus a JSON Lines
    dump of 12 articles with one malformed line, and one binary file (a failed document)."""
    paragraphs = [
        line.strip()
        for seed in sorted(SEEDS.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if any(ch.isdigit() for ch in line) and len(line.strip()) > 20
    ]
    folder.mkdir(parents=True)
    for i in range(documents):
        body = "\n\n".join(paragraphs[(i * k + k) % len(paragraphs)] for k in (1, 3, 7))
        (folder / f"doc{i:04d}.txt").write_text(f"第{i}篇\n\n{body}\n", encoding="utf-8")
    lines = [json.dumps({"id": f"n{i}", "text": paragraphs[(5 * i) % len(paragraphs)], "date": "2025-06-01"},
                        ensure_ascii=False) for i in range(12)]
    lines[4] = '{"id": "n4", "text": '
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 16)
    return folder


def _columns(conn: sqlite3.Connection, table: str, leave_out: set[str]) -> str:
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    return ", ".join(f'x."{n}"' for n in names if n not in leave_out)


def db_content(db: Path) -> Content:
    """Every document and fact, without ids and timestamps (a fact by its document's path), sorted;
    the database must pass SQLite's integrity check."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        docs = conn.execute(
            f"SELECT {_columns(conn, 'documents', {'id', 'ingested_at'})} FROM documents x"
        ).fetchall()
        facts = conn.execute(
            f"SELECT d.path, {_columns(conn, 'facts', {'id', 'document_id'})} FROM facts x"
            " JOIN documents d ON d.id = x.document_id"
        ).fetchall()
    return sorted(docs, key=repr), sorted(facts, key=repr)


def count_documents(db: Path) -> int:
    if not db.exists():
        return -1
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # no tables yet: the first run is migrating
        return 0


def start_run(corpus: Path, db: Path | str, *extra: str) -> subprocess.Popen[str]:
    """`statfacts run` in its own process group (its extraction processes die with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "extract", "run", str(corpus), "--db", str(db), "--no-progress", *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out + err


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool]) -> bool:
    """SIGKILL the run's process group once `ready()`; False when the run ended first."""
    while proc.poll() is None and not ready():
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.02)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    return killed


@pytest.fixture(scope="module")
def corpus_and_clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Content]:
    base = tmp_path_factory.mktemp("crash")
    # enough articles that a run is still going when a kill arrives, on a busy machine too
    corpus = make_corpus(base / "corpus", ARTICLES)
    clean = base / "clean.db"
    code, output = finish(start_run(corpus, clean))
    assert code == 1 and "Traceback" not in output, output  # image.txt and news.jsonl#5 fail
    content = db_content(clean)
    assert len(content[0]) == ARTICLES + 12 + 1 and len(content[1]) > ARTICLES
    return corpus, clean, content


def test_kill_9_at_any_moment_then_rerun_equals_a_clean_run(
    tmp_path: Path, corpus_and_clean: tuple[Path, Path, Content]
) -> None:
    corpus, _, clean = corpus_and_clean
    db = tmp_path / "killed.db"
    # killed while the new database is being created and migrated
    assert kill_when(start_run(corpus, db), lambda: db.exists())
    if db.exists():  # no half-made schema: no tables at all, or all of them at a revision
        with closing(sqlite3.connect(db)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "alembic_version" in tables or not tables & {"documents", "facts", "runs"}
    # killed mid-run, then again with extraction processes, each time after more documents
    for extra, more in (((), 10), (("--workers", "2"), 25)):
        before = max(count_documents(db), 0)
        assert kill_when(start_run(corpus, db, *extra), lambda n=before + more: count_documents(db) >= n)
        stored = count_documents(db)
        assert before + more <= stored < len(clean[0])
    code, output = finish(start_run(corpus, db))
    assert code == 1 and "Traceback" not in output, output
    assert "unchanged" in output
    assert db_content(db) == clean


def test_two_runs_at_once_on_one_new_file(
    tmp_path: Path, corpus_and_clean: tuple[Path, Path, Content]
) -> None:
    corpus, _, clean = corpus_and_clean
    db = tmp_path / "shared.db"
    first, second = start_run(corpus, db), start_run(corpus, db)
    for code, output in (finish(first), finish(second)):
        assert code == 1 and "Traceback" not in output, output  # 1: the corpus has two bad inputs
        assert f"documents read {ARTICLES + 12 + 1}" in output
    assert db_content(db) == clean


def test_two_runs_at_once_on_one_postgres_database(
    fresh_pg_url: str, corpus_and_clean: tuple[Path, Path, Content]
) -> None:
    from sqlalchemy import create_engine, text

    corpus, clean_db, _ = corpus_and_clean
    first, second = start_run(corpus, fresh_pg_url), start_run(corpus, fresh_pg_url)
    for code, output in (finish(first), finish(second)):
        assert code == 1 and "Traceback" not in output, output
        assert f"documents read {ARTICLES + 12 + 1}" in output
    documents = "SELECT path, status, sha256 FROM documents"
    facts = 'SELECT d.path, f.start, f."end", f.text, f.unit FROM facts f JOIN documents d ON d.id = f.document_id'
    engine = create_engine(fresh_pg_url)
    with engine.connect() as conn:
        found = [sorted(tuple(r) for r in conn.execute(text(q))) for q in (documents, facts)]
    engine.dispose()
    with closing(sqlite3.connect(clean_db)) as conn:
        expected = [sorted(conn.execute(q).fetchall()) for q in (documents, facts)]
    assert found == expected
