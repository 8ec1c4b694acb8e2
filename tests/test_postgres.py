"""`--db postgresql://…` end to end: run, re-run, query, read-only SQL, on a real server.

Each test gets a new database on the STATFACTS_PG_URL server (`fresh_pg_url` in conftest:
skipped without it, a failure when STATFACTS_REQUIRE_SERVICES=1, as in CI).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import statfacts
from sqlalchemy import text

from extract.pipeline import extract_document
from extract.read import read_paths
from models.db import database_url, make_engine

pytestmark = pytest.mark.slow


def test_url_without_driver_means_psycopg() -> None:
    assert database_url("postgresql://u:p@h:5432/d") == "postgresql+psycopg://u:p@h:5432/d"
    assert database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def _stored(url: str) -> list[tuple[str, int, int, str, Decimal, str, str, str]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            'SELECT d.name, f.start, f."end", f.text, f.value, f.value_text, f.unit, f.indicator '
            'FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY d.name, f.start, f."end", f.id'
        )).all()
    engine.dispose()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _expected(folder: Path) -> list[tuple[str, int, int, str, Decimal, str, str, str]]:
    rows = []
    for document in read_paths([folder]):
        for f in extract_document(document).facts:
            rows.append((f.doc, f.start, f.end, f.text, f.value, format(f.value, "f"), f.unit, f.indicator))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def test_run_rerun_query_on_postgres(fresh_pg_url: str, seeds_copy: Path) -> None:
    # the URL as a user writes it: no driver named
    url = fresh_pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    out = statfacts("run", str(seeds_copy), "--db", url).stdout
    assert "documents read 5: stored 5" in out and "failed 0" in out

    stored = _stored(url)
    expected = _expected(seeds_copy)
    assert len(stored) >= 70
    assert [r[:4] + r[5:] for r in stored] == [r[:4] + r[5:] for r in expected]
    # NUMERIC keeps the exact value
    assert [r[4] for r in stored] == [r[4] for r in expected]

    # a second run: nothing changes
    out = statfacts("run", str(seeds_copy), "--db", url).stdout
    assert "stored 0, unchanged 5" in out
    assert _stored(url) == stored

    # an edited article: its facts are replaced, the others untouched
    article = sorted(seeds_copy.glob("*.txt"))[0]
    with open(article, "a", encoding="utf-8") as fh:
        fh.write("\n2025年，全省新增高标准农田120万亩。\n")
    out = statfacts("run", str(seeds_copy), "--db", url).stdout
    assert "stored 1, unchanged 4" in out
    after = _stored(url)
    assert len(after) == len(stored) + 1
    assert any(r[3] == "120万亩" and r[5] == "1200000" for r in after)

    # the runs table records each run
    engine = make_engine(url)
    with engine.connect() as conn:
        runs = conn.execute(text("SELECT status, documents_read FROM runs ORDER BY id")).all()
    engine.dispose()
    assert [tuple(r) for r in runs] == [("ok", 5)] * 3

    # query: filters and JSON Lines
    out = statfacts("query", "--db", url, "--format", "jsonl").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(after)
    out = statfacts("query", "--db", url, "--indicator", "产能", "--format", "jsonl").stdout
    some = [json.loads(line) for line in out.splitlines()]
    assert some and all("产能" in r["indicator"] for r in some)
    sql = "SELECT count(*) AS n FROM fact_view"
    out = statfacts("query", "--db", url, "--sql", sql, "--format", "jsonl").stdout
    assert json.loads(out)["n"] == len(after)

    out = statfacts("db", "current", "--db", url).stdout
    assert "up to date" in out


def test_sql_that_writes_is_refused_on_postgres(fresh_pg_url: str, seeds_copy: Path) -> None:
    statfacts("run", str(seeds_copy), "--db", fresh_pg_url)
    before = len(_stored(fresh_pg_url))
    proc = statfacts("query", "--db", fresh_pg_url, "--sql", "DELETE FROM facts", check=False)
    assert proc.returncode != 0 and "refused" in proc.stderr
    # a write the statement filter cannot see is refused by the server: the transaction is READ ONLY
    proc = statfacts("query", "--db", fresh_pg_url, "--sql", "SELECT nextval('facts_id_seq')", check=False)
    assert proc.returncode != 0 and "read-only" in proc.stderr.lower()
    assert len(_stored(fresh_pg_url)) == before
