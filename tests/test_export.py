"""`statfacts export`: every format reads back to the database's rows, as many as `statfacts facts` gives."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, SEEDS, statfacts

from extract.export import (
    CSV_COLUMNS,
    FACT_FIELDS,
    PARQUET_COLUMNS,
    ExportError,
    contract_row,
    parquet_table,
)
from models.fact import CONTRACT_FIELDS, SERIES_FIELDS

DB_SQL = """
    SELECT d.name AS doc, f.start, f."end", f.text, f.value_text, f.value_max_text, f.unit, f.qualifier,
           f.kind, f.direction, f.modality, f.indicator, f.subject, f.period, f.sentence
    FROM facts f JOIN documents d ON d.id = f.document_id
    ORDER BY d.name, d.path, f.start, f."end", f.id
"""


@pytest.fixture(scope="module")
def facts_lines() -> list[str]:
    """What `statfacts facts seeds/*.txt --format jsonl` prints, line by line."""
    files = [str(p.relative_to(ROOT)) for p in sorted(SEEDS.glob("*.txt"))]
    out = statfacts("facts", *files, "--format", "jsonl").stdout
    return out.splitlines()


def db_rows(db: Path) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(DB_SQL)]


def test_jsonl_is_the_facts_contract(seeded: Path, facts_lines: list[str], tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    statfacts("export", "--format", "jsonl", "--db", str(seeded), "--out", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(facts_lines) > 0
    # the same lines as `statfacts facts` prints (fields, order, number formatting), as a multiset
    assert Counter(lines) == Counter(facts_lines)
    rows = db_rows(seeded)
    for line, row in zip(lines, rows, strict=True):
        fact = json.loads(line)
        assert list(fact) == [*CONTRACT_FIELDS, *SERIES_FIELDS]
        assert isinstance(fact["value"], int | float)
        assert Decimal(str(fact["value"])) == Decimal(row["value_text"])
        for name in ("doc", "start", "end", "text", "unit", "indicator", "subject", "period", "direction"):
            assert fact[name] == row[name]


def test_jsonl_to_stdout_by_default_format(seeded: Path, facts_lines: list[str]) -> None:
    out = statfacts("export", "-f", "jsonl", "--db", str(seeded)).stdout
    assert len(out.splitlines()) == len(facts_lines)


def test_csv_has_bom_and_reads_back(seeded: Path, facts_lines: list[str], tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    statfacts("export", "--db", str(seeded), "--out", str(out))  # csv from the suffix
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == CSV_COLUMNS
        read = list(reader)
    rows = db_rows(seeded)
    assert len(read) == len(rows) == len(facts_lines)
    for got, row in zip(read, rows, strict=True):
        assert got["doc"] == row["doc"]
        assert int(got["start"]) == row["start"] and int(got["end"]) == row["end"]
        assert got["value"] == row["value_text"]  # exact decimal text, no float round trip
        assert got["value_max"] == (row["value_max_text"] or "")
        for name in ("text", "unit", "qualifier", "kind", "modality", "indicator", "sentence"):
            assert got[name] == row[name]
        for name in ("direction", "subject", "period"):
            assert got[name] == (row[name] or "")


def test_parquet_types_and_values(seeded: Path, facts_lines: list[str], tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    statfacts("export", "--format", "parquet", "--db", str(seeded), "--out", str(out))
    table = pq.read_table(out)
    assert table.column_names == PARQUET_COLUMNS
    schema = table.schema
    assert schema.field("value").type == pa.decimal128(38, 12)
    assert schema.field("value_max").type == pa.decimal128(38, 12)
    assert schema.field("start").type == pa.int64() and schema.field("end").type == pa.int64()
    assert schema.field("doc").type == pa.string() and not schema.field("doc").nullable
    assert schema.field("subject").nullable and schema.field("period").nullable
    rows = db_rows(seeded)
    read = table.to_pylist()
    assert len(read) == len(rows) == len(facts_lines)
    for got, row in zip(read, rows, strict=True):
        assert got["value"] == Decimal(row["value_text"])
        assert got["value_text"] == row["value_text"]
        if row["value_max_text"] is None:
            assert got["value_max"] is None
        else:
            assert got["value_max"] == Decimal(row["value_max_text"])
        for name in ("doc", "start", "end", "text", "unit", "qualifier", "kind", "direction", "modality",
                     "indicator", "subject", "period", "sentence"):
            assert got[name] == row[name], name


@pytest.mark.parametrize(("option", "sql", "param"), [
    ("--unit", "f.unit = ?", "CNY"),
    ("--period", "f.period LIKE ?", "2025"),
    ("--subject", "f.subject LIKE ?", "贵州"),
    ("--indicator", "f.indicator LIKE ?", "产"),
    ("--doc", "d.name LIKE ?", "004"),
])
def test_filters_as_in_query(seeded: Path, option: str, sql: str, param: str) -> None:
    like = param if option == "--unit" else (f"{param}%" if option == "--period" else f"%{param}%")
    with closing(sqlite3.connect(seeded)) as conn:
        expected = conn.execute(
            f"SELECT COUNT(*) FROM facts f JOIN documents d ON d.id = f.document_id WHERE {sql}", (like,)
        ).fetchone()[0]
    out = statfacts("export", "-f", "jsonl", option, param, "--db", str(seeded)).stdout
    lines = out.splitlines()
    assert len(lines) == expected
    query = statfacts("query", option, param, "--format", "jsonl", "--db", str(seeded)).stdout
    assert len(query.splitlines()) == expected


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    proc = statfacts("export", "--db", str(tmp_path / "none.db"), check=False)
    assert proc.returncode == 2
    assert "no database" in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_unknown_format_is_refused(seeded: Path) -> None:
    proc = statfacts("export", "--format", "xlsx", "--db", str(seeded), check=False)
    assert proc.returncode != 0


def _record(value: str, value_max: str | None = None) -> dict[str, Any]:
    return {"doc": "a.txt", "path": "a.txt", "start": 0, "end": 3, "text": "x", "value_text": value,
            "value_max_text": value_max, "unit": "%", "qualifier": "exact", "kind": "level",
            "direction": None, "modality": "actual", "indicator": "i", "subject": None, "period": None,
            "sentence": "s", "indicator_id": None, "value_base_text": value, "base_unit": "%"}


def test_fields_are_the_contract() -> None:
    assert (*CONTRACT_FIELDS, "indicator_id", "value_base", "base_unit") == FACT_FIELDS
    assert list(CSV_COLUMNS) == [*CONTRACT_FIELDS, "indicator_id", "value_base", "base_unit", "sentence", "path"]


def test_values_are_exact() -> None:
    assert contract_row(_record("4548200000000"))["value"] == 4548200000000
    assert contract_row(_record("19.6"))["value"] == 19.6
    assert contract_row(_record("3", "5"))["value_max"] == 5
    table = parquet_table([_record("0.000000000001"), _record("12345678901234567890.5")])
    assert table.column("value").to_pylist() == [Decimal("1E-12"), Decimal("12345678901234567890.5")]
    with pytest.raises(ExportError):
        parquet_table([_record("1" + "0" * 30)])  # more than 26 integer digits: no decimal(38, 12)


def test_parquet_to_a_pipe(seeded: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "extract", "export", "-f", "parquet", "--db", str(seeded)],
                          cwd=ROOT, capture_output=True, check=True)
    table = pq.read_table(io.BytesIO(proc.stdout))
    assert table.num_rows == len(db_rows(seeded))


def test_export_from_postgresql(fresh_pg_url: str, tmp_path: Path) -> None:
    lite_db = tmp_path / "same.db"
    statfacts("run", "seeds", "--db", str(lite_db))
    statfacts("run", "seeds", "--db", fresh_pg_url)
    pg = statfacts("export", "-f", "jsonl", "--db", fresh_pg_url).stdout.splitlines()
    lite = statfacts("export", "-f", "jsonl", "--db", str(lite_db)).stdout.splitlines()
    assert len(pg) > 0
    assert pg == lite  # same rows, same order, same exact values from NUMERIC on PostgreSQL
    out = tmp_path / "pg.parquet"
    statfacts("export", "--db", fresh_pg_url, "--out", str(out))
    assert pq.read_table(out).num_rows == len(pg)
