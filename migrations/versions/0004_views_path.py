"""The views name each fact's document by its path too: `indicator_series` and
`conflicting_figures` get a `path` column next to `doc` (two files of the same name in different
folders are different documents; `fact_view` has had `path` from the start).

The views are those of 0002 otherwise, made again (a view cannot gain a column in place on SQLite);
the downgrade makes 0002's again.

Revision ID: 0004_views_path
Revises: 0003_run_process
Create Date: 2026-12-03
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0004_views_path"
down_revision = "0003_run_process"
branch_labels = None
depends_on = None

KEY = "f.indicator, f.subject, f.period, f.unit, f.kind, f.direction, f.modality"


def _key(alias: str) -> str:
    return KEY.replace("f.", f"{alias}.")


_MARKED = f"""
    SELECT f.id AS fact_id, f.document_id, d.name AS doc, d.path AS path, {KEY},
           f.value, f.value_text, f.value_max, f.value_max_text, f.qualifier, f.text, f.start, f."end",
           f.sentence,
           COUNT(*) OVER (PARTITION BY {KEY}) AS n_facts,
           COUNT(*) OVER (PARTITION BY {KEY}, f.value) AS value_facts,
           MIN(f.value) OVER (PARTITION BY {KEY}) AS min_value,
           MAX(f.value) OVER (PARTITION BY {KEY}) AS max_value,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, f.document_id ORDER BY f.id) = 1
                THEN 1 ELSE 0 END AS first_in_doc,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, f.value, f.document_id ORDER BY f.id) = 1
                THEN 1 ELSE 0 END AS first_of_value_in_doc,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, f.value ORDER BY f.id) = 1
                THEN 1 ELSE 0 END AS first_of_value
    FROM facts f JOIN documents d ON d.id = f.document_id
"""

_COUNTED = f"""
    SELECT m.*,
           SUM(m.first_in_doc) OVER (PARTITION BY {_key("m")}) AS n_sources,
           SUM(m.first_of_value_in_doc) OVER (PARTITION BY {_key("m")}, m.value) AS value_sources,
           SUM(m.first_of_value) OVER (PARTITION BY {_key("m")}) AS n_values
    FROM marked m
"""

# '2025' -> 2025 .. 2025; '2025-01/2025-11' -> 2025-01 .. 2025-11; '2021/2025' -> 2021 .. 2025
_PERIOD_START = ("CASE WHEN substr(r.period, 5, 1) = '-' THEN substr(r.period, 1, 7) "
                 "ELSE substr(r.period, 1, 4) END")
_PERIOD_END = (
    "CASE WHEN r.period LIKE '%/%' "
    "THEN substr(r.period, CASE WHEN substr(r.period, 5, 1) = '-' THEN 9 ELSE 6 END) "
    f"ELSE {_PERIOD_START} END"
)

INDICATOR_SERIES = f"""
CREATE VIEW indicator_series AS
WITH marked AS ({_MARKED}),
counted AS ({_COUNTED}),
ranked AS (
    SELECT c.*,
           ROW_NUMBER() OVER (
               PARTITION BY {_key("c")}
               ORDER BY c.value_sources DESC, c.value_facts DESC,
                        CASE WHEN c.qualifier = 'exact' THEN 0 ELSE 1 END, c.value DESC, c.fact_id
           ) AS pick
    FROM counted c
)
SELECT r.indicator, r.subject, r.period,
       {_PERIOD_START} AS period_start,
       {_PERIOD_END} AS period_end,
       r.unit, r.kind, r.direction, r.modality,
       r.value, r.value_text, r.qualifier,
       r.min_value, r.max_value, r.n_values, r.n_facts, r.n_sources, r.value_sources,
       r.fact_id, r.doc, r.path
FROM ranked r
WHERE r.pick = 1
"""

CONFLICTING_FIGURES = f"""
CREATE VIEW conflicting_figures AS
WITH marked AS ({_MARKED}),
counted AS ({_COUNTED})
SELECT c.indicator, c.subject, c.period, c.unit, c.kind, c.direction, c.modality,
       c.n_values, c.min_value, c.max_value, c.n_sources,
       c.value, c.value_text, c.value_max_text, c.qualifier,
       c.fact_id, c.doc, c.path, c.text, c.start, c."end", c.sentence
FROM counted c
WHERE c.n_values > 1 AND c.subject IS NOT NULL AND c.period IS NOT NULL
"""


def _drop() -> None:
    op.execute("DROP VIEW IF EXISTS conflicting_figures")
    op.execute("DROP VIEW IF EXISTS indicator_series")


def upgrade() -> None:
    _drop()
    op.execute(INDICATOR_SERIES)
    op.execute(CONFLICTING_FIGURES)


def _views_0002() -> ModuleType:
    """The migration that made the views before this one (its file name is not a module name)."""
    source = Path(__file__).with_name("0002_views.py")
    spec = importlib.util.spec_from_file_location("statfacts_migration_0002_views", source)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {source}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    _drop()
    before = _views_0002()
    op.execute(before.INDICATOR_SERIES)
    op.execute(before.CONFLICTING_FIGURES)
