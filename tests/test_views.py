"""The dashboard views of migration 0002 (indicator_series, conflicting_figures) on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import statfacts
from sqlalchemy import Engine, insert, text

from models.db import make_engine, upgrade
from models.tables import DocumentRow, FactRow

# The example queries of docs/data-out.md, run as written.
SERIES_QUERY = """
SELECT indicator, subject, period, modality, value_text, unit, n_sources, n_values
FROM indicator_series
WHERE indicator = :indicator
ORDER BY period_start, modality
"""
CONFLICTS_QUERY = """
SELECT indicator, subject, period, unit, n_values, min_value, max_value, value_text, doc, text
FROM conflicting_figures
ORDER BY indicator, subject, period, value, doc
"""
MULTI_PERIOD_QUERY = """
SELECT indicator, unit, modality, COUNT(*) AS periods, MIN(period_start) AS first, MAX(period_end) AS last
FROM indicator_series
WHERE period IS NOT NULL
GROUP BY indicator, unit, modality
HAVING COUNT(*) > 1
ORDER BY periods DESC, indicator
"""
SOURCES_QUERY = """
SELECT doc, COUNT(*) AS facts, COUNT(DISTINCT indicator) AS indicators
FROM fact_view
GROUP BY doc
ORDER BY doc
"""

KEY = ("indicator", "subject", "period", "unit", "kind", "direction", "modality")


def fact_key(f: dict[str, Any]) -> tuple[Any, ...]:
    """The series a stored fact belongs to: its measure (catalogue id, else phrase), subject, period,
    axis unit (the base unit when it has one), kind, direction and modality."""
    return (f["indicator_id"] or f["indicator"], f["subject"], f["period"], f["base_unit"] or f["unit"], f["kind"],
            f["direction"], f["modality"])


def row_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["series"], r["subject"], r["period"], r["base_unit"] or r["unit"], r["kind"], r["direction"],
            r["modality"])


def axis_value(f: dict[str, Any]) -> Decimal:
    return Decimal(f["value_base_text"] if f["base_unit"] else f["value_text"])


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database at the latest migration, on each backend."""
    sqlite = request.param == "sqlite"
    db = str(tmp_path / "views.db") if sqlite else str(request.getfixturevalue("fresh_pg_url"))
    upgrade(db)
    return db


@pytest.fixture
def engine(empty_db: str) -> Iterator[Engine]:
    eng = make_engine(empty_db)
    yield eng
    eng.dispose()


# ------------------------------------------------------------------------------ a known dataset
def _add(engine: Engine, docs: dict[str, list[dict[str, Any]]]) -> None:
    """Documents with facts, written straight into the tables (the views are what is tested)."""
    with engine.begin() as conn:
        for name, facts in docs.items():
            body = "。".join(f["text"] for f in facts)
            doc_id = conn.execute(insert(DocumentRow).values(
                path=f"in/{name}", name=name, sha256="0" * 64, chars=len(body), status="ok", text=body,
                ingested_at=datetime(2026, 1, 1), extractor_version="test",
            )).inserted_primary_key[0]
            at = 0
            rows = []
            for f in facts:
                row = {"indicator": "产能", "subject": "贵州", "period": "2025", "unit": "GWh",
                       "kind": "level", "direction": None, "modality": "actual", "qualifier": "exact",
                       "value_max": None, "value_max_text": None, "rule": "test", "optional": False,
                       "extractor_version": "test"}
                row.update(f)
                row.update(document_id=doc_id, start=at, end=at + len(f["text"]), sentence=f["text"],
                           value=Decimal(f["value_text"]))
                rows.append(row)
                at += len(f["text"]) + 1
            conn.execute(insert(FactRow), rows)


KNOWN = {
    "a.txt": [
        {"text": "55GWh", "value_text": "55"},
        {"text": "目标100GWh", "value_text": "100", "modality": "target"},
        {"text": "40GWh", "value_text": "40", "period": "2024"},
        {"text": "增长19.6%", "value_text": "19.6", "unit": "%", "kind": "change", "direction": "up",
         "indicator": "贸易额", "period": "2025-01/2025-11"},
        {"text": "3个", "value_text": "3", "unit": "个", "indicator": "平台", "subject": None},
        {"text": "5个", "value_text": "5", "unit": "个", "indicator": "平台", "subject": None},
    ],
    "b.txt": [
        {"text": "55GWh", "value_text": "55"},
        {"text": "约55GWh", "value_text": "55", "qualifier": "approx"},
        {"text": "64.5%", "value_text": "64.5", "unit": "%", "indicator": "利用率", "period": "2021/2025"},
        {"text": "1.5亿人次", "value_text": "150000000", "unit": "人次", "indicator": "旅客",
         "period": "2025-10-01/2025-10-07"},
        {"text": "1274.3万人次", "value_text": "12743000", "unit": "人次", "indicator": "客运量",
         "period": "2025-05-01"},
    ],
    "c.txt": [
        {"text": "60GWh", "value_text": "60"},
        {"text": "4548200000000.5元", "value_text": "4548200000000.5", "unit": "CNY", "indicator": "引资额"},
    ],
}


def _rows(engine: Engine, sql: str, **params: Any) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def test_indicator_series_on_known_facts(engine: Engine) -> None:
    _add(engine, KNOWN)
    rows = _rows(engine, "SELECT * FROM indicator_series")
    assert sum(r["n_facts"] for r in rows) == sum(len(v) for v in KNOWN.values())
    by_key = {tuple(r[k] for k in KEY): r for r in rows}
    cap = by_key[("产能", "贵州", "2025", "GWh", "level", None, "actual")]
    # 55 is stated by two documents (three facts), 60 by one: 55 wins
    assert Decimal(cap["value_text"]) == 55 and cap["qualifier"] == "exact"
    assert (cap["n_facts"], cap["n_sources"], cap["n_values"], cap["value_sources"]) == (4, 3, 2, 2)
    assert Decimal(str(cap["min_value"])) == 55 and Decimal(str(cap["max_value"])) == 60
    assert cap["doc"] in ("a.txt", "b.txt")
    # a target is its own series, not a second value of the actual figure
    target = by_key[("产能", "贵州", "2025", "GWh", "level", None, "target")]
    assert target["value_text"] == "100" and target["n_values"] == 1
    # period bounds for a time axis
    assert (by_key[("产能", "贵州", "2024", "GWh", "level", None, "actual")]["period_start"]) == "2024"
    trade = by_key[("贸易额", "贵州", "2025-01/2025-11", "%", "change", "up", "actual")]
    assert (trade["period_start"], trade["period_end"]) == ("2025-01", "2025-11")
    rate = by_key[("利用率", "贵州", "2021/2025", "%", "level", None, "actual")]
    assert (rate["period_start"], rate["period_end"]) == ("2021", "2025")
    # days, and an interval of days (FACTS.md: 5月1日, 10月1日至7日)
    week = by_key[("旅客", "贵州", "2025-10-01/2025-10-07", "人次", "level", None, "actual")]
    assert (week["period_start"], week["period_end"]) == ("2025-10-01", "2025-10-07")
    day = by_key[("客运量", "贵州", "2025-05-01", "人次", "level", None, "actual")]
    assert (day["period_start"], day["period_end"]) == ("2025-05-01", "2025-05-01")
    # exact text survives where SQLite's NUMERIC is a float
    money = by_key[("引资额", "贵州", "2025", "CNY", "level", None, "actual")]
    assert money["value_text"] == "4548200000000.5"
    # unknown subject: still one series row, with its two values
    platform = by_key[("平台", None, "2025", "个", "level", None, "actual")]
    assert platform["n_values"] == 2 and platform["value_text"] == "5"  # a tie: the larger value


def test_conflicting_figures_on_known_facts(engine: Engine) -> None:
    _add(engine, KNOWN)
    rows = _rows(engine, CONFLICTS_QUERY)
    # only 产能/贵州/2025/GWh/actual has different values with subject and period known
    assert [(r["doc"], r["text"]) for r in rows] == [
        ("a.txt", "55GWh"), ("b.txt", "55GWh"), ("b.txt", "约55GWh"), ("c.txt", "60GWh"),
    ]
    assert {(r["indicator"], r["subject"], r["period"], r["unit"], r["n_values"]) for r in rows} == {
        ("产能", "贵州", "2025", "GWh", 2)}
    assert {Decimal(str(r["min_value"])) for r in rows} == {55}
    assert {Decimal(str(r["max_value"])) for r in rows} == {60}


def test_views_go_away_on_downgrade(empty_db: str) -> None:
    from alembic import command

    from models.db import alembic_config

    eng = make_engine(empty_db)
    try:
        with eng.begin() as conn:
            cfg = alembic_config(empty_db)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001_initial")
        with eng.connect() as conn:
            conn.execute(text("SELECT COUNT(*) FROM fact_view"))
            with pytest.raises(Exception):  # noqa: B017 - each backend raises its own error
                conn.execute(text("SELECT COUNT(*) FROM indicator_series"))
    finally:
        eng.dispose()
    upgrade(empty_db)  # and come back
    eng = make_engine(empty_db)
    try:
        assert _rows(eng, "SELECT COUNT(*) AS n FROM conflicting_figures")[0]["n"] == 0
    finally:
        eng.dispose()


# ------------------------------------------------------------------------------- on the seeds
@pytest.fixture
def seeded(empty_db: str) -> str:
    statfacts("run", "seeds", "--db", empty_db)
    return empty_db


def test_readme_queries_on_the_seeds(seeded: str) -> None:
    eng = make_engine(seeded)
    try:
        facts = _rows(eng, 'SELECT f.*, d.name AS doc FROM facts f JOIN documents d ON d.id = f.document_id')
        assert facts
        series = _rows(eng, "SELECT * FROM indicator_series")
        conflicts = _rows(eng, CONFLICTS_QUERY)
        conflict_spans = _rows(eng, 'SELECT doc, "start" FROM conflicting_figures')
        multi = _rows(eng, MULTI_PERIOD_QUERY)
        sources = _rows(eng, SOURCES_QUERY)
        some_indicator = multi[0]["indicator"] if multi else facts[0]["indicator"]
        one = _rows(eng, SERIES_QUERY, indicator=some_indicator)
    finally:
        eng.dispose()

    # what the views must say, worked out here from the facts themselves
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in facts:
        groups[fact_key(f)].append(f)
    assert len(series) == len(groups)
    assert sum(r["n_facts"] for r in series) == len(facts)
    for r in series:
        members = groups[row_key(r)]
        values = {axis_value(m) for m in members}
        assert r["n_facts"] == len(members)
        assert r["n_values"] == len(values)
        assert r["n_sources"] == len({m["document_id"] for m in members})
        assert axis_value(r) in values
        assert min(values) <= axis_value(r) <= max(values)
    expected_conflicts = sorted(
        (f["doc"], f["start"]) for key, members in groups.items()
        if key[1] is not None and key[2] is not None and len({axis_value(m) for m in members}) > 1
        for f in members
    )
    assert sorted((r["doc"], r["start"]) for r in conflict_spans) == expected_conflicts
    assert len(conflicts) == len(conflict_spans)
    assert {r["doc"] for r in sources} == {f["doc"] for f in facts}
    assert sum(r["facts"] for r in sources) == len(facts)
    assert one and all(r["indicator"] == some_indicator for r in one)
    for r in multi:
        assert r["periods"] > 1 and r["first"] <= r["last"]



# ------------------------------------------------------------------- one series per measure
MEASURES = {
    "gdp_a.txt": [
        {"text": "5500亿元", "value_text": "550000000000", "unit": "CNY", "indicator": "地区生产总值",
         "subject": "贵阳市", "period": "2024", "indicator_id": "gdp", "value_base_text": "550000000000",
         "base_unit": "CNY"},
        {"text": "4800亿元", "value_text": "480000000000", "unit": "CNY", "indicator": "地区生产总值",
         "subject": "遵义市", "period": "2024", "indicator_id": "gdp", "value_base_text": "480000000000",
         "base_unit": "CNY"},
        {"text": "500万千瓦", "value_text": "5000000", "unit": "kW", "indicator": "装机容量", "subject": "贵州",
         "period": "2024", "indicator_id": "installed_capacity_total", "value_base_text": "5000000000",
         "base_unit": "W"},
    ],
    "gdp_b.txt": [
        {"text": "5500亿元", "value_text": "550000000000", "unit": "CNY", "indicator": "GDP", "subject": "贵阳市",
         "period": "2024", "indicator_id": "gdp", "value_base_text": "550000000000", "base_unit": "CNY"},
        {"text": "5200兆瓦", "value_text": "5200", "unit": "MW", "indicator": "发电装机", "subject": "贵州",
         "period": "2024", "indicator_id": "installed_capacity_total", "value_base_text": "5200000000",
         "base_unit": "W"},
    ],
}


def test_a_series_is_one_measure_of_one_subject_on_one_axis(engine: Engine) -> None:
    for facts in MEASURES.values():
        for f in facts:
            f["value_base"] = Decimal(f["value_base_text"])
    _add(engine, MEASURES)
    rows = {(r["series"], r["subject"]): r for r in _rows(engine, "SELECT * FROM indicator_series")}
    # 地区生产总值 and GDP are one series; two cities are two
    assert set(rows) == {("gdp", "贵阳市"), ("gdp", "遵义市"), ("installed_capacity_total", "贵州")}
    assert (rows[("gdp", "贵阳市")]["n_facts"], rows[("gdp", "贵阳市")]["n_sources"]) == (2, 2)
    assert rows[("gdp", "遵义市")]["value_text"] == "480000000000"
    # 500万千瓦 and 5200兆瓦 on one axis (W): two values of one series, compared on the base unit
    cap = rows[("installed_capacity_total", "贵州")]
    assert (cap["n_values"], cap["base_unit"]) == (2, "W")
    assert Decimal(str(cap["min_value"])) == Decimal("5000000000")
    assert Decimal(str(cap["max_value"])) == Decimal("5200000000")
    conflicts = _rows(engine, "SELECT series, subject, text FROM conflicting_figures ORDER BY text")
    assert [(r["series"], r["text"]) for r in conflicts] == [
        ("installed_capacity_total", "500万千瓦"), ("installed_capacity_total", "5200兆瓦")]


def test_the_catalogue_view_counts_each_entry_s_facts(seeded: str) -> None:
    eng = make_engine(seeded)
    try:
        entries = {r["id"]: r for r in _rows(eng, "SELECT * FROM catalogue")}
        mapped = _rows(eng, "SELECT indicator_id, COUNT(*) AS n, COUNT(DISTINCT subject) AS s FROM facts "
                            "WHERE indicator_id IS NOT NULL GROUP BY indicator_id")
    finally:
        eng.dispose()
    from extract.attribute.catalogue import catalogue

    assert set(entries) == set(catalogue().entries)
    assert mapped, "the seeds name no catalogued measure"
    for r in mapped:
        assert (entries[r["indicator_id"]]["n_facts"], entries[r["indicator_id"]]["n_subjects"]) == (r["n"], r["s"])
    assert sum(e["n_facts"] for e in entries.values()) == sum(r["n"] for r in mapped)
    assert entries["retail_sales_growth"]["of_id"] == "retail_sales"


def test_the_facts_table_keeps_only_indexes_a_query_uses(empty_db: str) -> None:
    """`query --indicator/--subject` match anywhere in the text (LIKE '%…%'), which no index serves:
    an index on them costs every insert and saves no read."""
    from sqlalchemy import inspect

    eng = make_engine(empty_db)
    try:
        indexes = {tuple(ix["column_names"]) for ix in inspect(eng).get_indexes("facts")}
    finally:
        eng.dispose()
    assert indexes == {("document_id",), ("unit",), ("period",), ("indicator_id",)}
