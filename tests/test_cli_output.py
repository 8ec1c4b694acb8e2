"""What `statfacts query` prints (issue 13): JSON Lines values are numbers, as `facts` and `export`
write them; the table fits 80 and 120 columns with a few columns, never breaks a number, and
`--columns` chooses others."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT, statfacts
from rich.cells import cell_len

from extract.cli import OutputFormat, _print_rows


def test_query_jsonl_values_are_numbers_like_export(seeded: Path) -> None:
    queried = [json.loads(x) for x in statfacts("query", "--format", "jsonl", "--db", str(seeded)).stdout.splitlines()]
    exported = [json.loads(x) for x in statfacts("export", "-f", "jsonl", "--db", str(seeded)).stdout.splitlines()]
    assert len(queried) == len(exported) > 90
    key = ("doc", "start", "end")
    by_key = {tuple(e[k] for k in key): e for e in exported}
    for row in queried:
        assert isinstance(row["value"], int | float), row
        assert row["value_max"] is None or isinstance(row["value_max"], int | float), row
        same = by_key[tuple(row[k] for k in key)]
        assert (row["value"], row["value_max"]) == (same["value"], same["value_max"])


def test_decimals_from_a_database_are_json_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    """`query --sql` on PostgreSQL gives NUMERIC columns as Decimal: numbers in JSON Lines too."""
    rows = [{"value": Decimal("4548200000000"), "share": Decimal("19.6"), "none": None, "text": "55GWh"}]
    _print_rows(rows, ["value", "share", "none", "text"], OutputFormat.jsonl)
    assert capsys.readouterr().out == '{"value": 4548200000000, "share": 19.6, "none": null, "text": "55GWh"}\n'


# ------------------------------------------------------------------------------------- tables
def table(seeded: Path, width: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", "query", *args, "--db", str(seeded)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "COLUMNS": str(width), "LINES": "50"})


@pytest.mark.parametrize("width", [80, 120])
def test_the_table_fits_the_terminal_and_never_breaks_a_number(seeded: Path, width: int) -> None:
    proc = table(seeded, width)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert all(cell_len(line) <= width for line in lines), max(lines, key=cell_len)
    header = next(line for line in lines if "value" in line)
    assert header.split() == ["value", "unit", "indicator", "subject", "period", "doc"]
    tokens = {token for line in lines for token in line.split()}
    facts = [json.loads(x) for x in statfacts("query", "-f", "jsonl", "--db", str(seeded)).stdout.splitlines()]
    for fact in facts:  # each value, unit and period whole on one line
        assert format(Decimal(str(fact["value"])), "f") in tokens, fact
        assert fact["period"] is None or fact["period"] in tokens, fact
    assert f"{len(facts)} rows" in proc.stderr


def test_columns_chooses_what_the_table_shows(seeded: Path) -> None:
    proc = table(seeded, 200, "--columns", "value,value_max,qualifier,kind,sentence", "--limit", "3")
    header = next(line for line in proc.stdout.splitlines() if "value" in line)
    assert header.split() == ["value", "value_max", "qualifier", "kind", "sentence"]
    csv_out = statfacts("query", "--format", "csv", "--columns", "doc,value,path", "--limit", "2", "--db",
                        str(seeded)).stdout
    assert csv_out.splitlines()[0] == "doc,value,path"
    bad = table(seeded, 80, "--columns", "value,colour")
    assert bad.returncode == 2 and "colour" in bad.stderr and "sentence" in bad.stderr, bad.stderr
