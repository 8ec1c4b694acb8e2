"""Two files with the same name in different folders (issue 13): both are stored, and what lists
documents or facts tells them apart by `path` (exports, query, the views); `show NAME` refuses a
name that is not one document and lists the paths."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import statfacts
from sqlalchemy import text

from models.db import make_engine

A_TEXT = "2025年，贵州省粮食产量达到1100万吨，比上年增长3%。\n"
B_TEXT = "2025年，贵州省粮食产量达到1200万吨，比上年增长5%。\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def twins(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str, str]:
    """A database holding a/note.txt and b/note.txt; (db, path of a, path of b)."""
    for folder, body in (("a", A_TEXT), ("b", B_TEXT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "note.txt").write_text(body, encoding="utf-8")
    db = str(tmp_path / "x.db") if request.param == "sqlite" else str(request.getfixturevalue("fresh_pg_url"))
    a, b = str(tmp_path / "a" / "note.txt"), str(tmp_path / "b" / "note.txt")
    statfacts("run", a, b, "--db", db, "--no-progress")
    return db, a, b


def test_exports_carry_the_path(twins: tuple[str, str, str], tmp_path: Path) -> None:
    db, a, b = twins
    exported = statfacts("export", "--format", "csv", "--db", db).stdout.lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert {(r["doc"], r["path"], r["value"]) for r in rows} >= {
        ("note.txt", a, "11000000"), ("note.txt", b, "12000000")}
    out = tmp_path / "facts.parquet"
    statfacts("export", "-o", str(out), "--db", db)
    table = pq.read_table(out).to_pylist()
    assert {r["path"] for r in table} == {a, b}
    assert not pq.read_schema(out).field("path").nullable
    # the JSON Lines export stays the FACTS.md contract, as `statfacts facts` prints it
    lines = statfacts("export", "-f", "jsonl", "--db", db).stdout.splitlines()
    assert lines and all("path" not in json.loads(line) for line in lines)


def test_query_carries_the_path(twins: tuple[str, str, str]) -> None:
    db, a, b = twins
    rows = [json.loads(line) for line in statfacts("query", "--format", "jsonl", "--db", db).stdout.splitlines()]
    assert {r["path"] for r in rows} == {a, b}
    rows = list(csv.DictReader(io.StringIO(statfacts("query", "--format", "csv", "--db", db).stdout)))
    assert {r["path"] for r in rows} == {a, b}


def test_views_carry_the_path(twins: tuple[str, str, str]) -> None:
    db, a, b = twins
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            series = conn.execute(text("SELECT doc, path FROM indicator_series")).all()
            conflicts = conn.execute(text("SELECT doc, path, value_text FROM conflicting_figures")).all()
            facts = conn.execute(text("SELECT DISTINCT path FROM fact_view")).all()
    finally:
        engine.dispose()
    assert series and {p for _, p in series} <= {a, b}
    assert {(d, p) for d, p, _ in conflicts} == {("note.txt", a), ("note.txt", b)}  # 1100 vs 1200万吨
    assert {p for (p,) in facts} == {a, b}


def test_show_refuses_an_ambiguous_name(twins: tuple[str, str, str]) -> None:
    db, a, b = twins
    proc = statfacts("show", "note.txt", "--db", db, check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert a in proc.stderr and b in proc.stderr and proc.stdout == "", proc.stderr
    assert statfacts("show", a, "--db", db).stdout == A_TEXT
    assert statfacts("show", b, "--db", db).stdout == B_TEXT
