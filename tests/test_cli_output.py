"""What `statfacts query` prints (issue 13): JSON Lines values are numbers, as `facts` and `export`
write them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import statfacts

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
