"""Views for dashboards and analysts: indicator_series and conflicting_figures.

Both are plain SQL (window functions, no dialect-specific aggregates) so that they work the same
on SQLite (3.25 or later) and PostgreSQL, for Datasette, Metabase or Superset.

A *series key* is (indicator, subject, period, unit, kind, direction, modality): a growth rate and
a level, or a target and an actual figure, are different series even when they share a unit.

indicator_series
    One row per series key. `value` is the figure most documents agree on (ties: more facts, an
    exact figure before an approximate one, the larger value, the first stored); `value_text` is
    its exact decimal text and `qualifier` the qualifier of that fact; `fact_id`/`doc` point at one
    fact that states it. `min_value`/`max_value` span all facts of the key, `n_values` counts the
    distinct values, `n_facts` the facts, `n_sources` the distinct documents, `value_sources` the
    documents that state the chosen value. `period_start`/`period_end` split `period`
    (`2021/2025` -> 2021, 2025; `2025` -> 2025, 2025) for a time axis.

conflicting_figures
    One row per fact whose series key (with a known subject and period) has more than one distinct
    value: the facts an analyst checks first. `n_values`, `min_value`, `max_value` describe the
    key; each row carries the document, the quoted text and the sentence.

Revision ID: 0002_views
Revises: 0001_initial
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0002_views"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

KEY = "f.indicator, f.subject, f.period, f.unit, f.kind, f.direction, f.modality"


def _key(alias: str) -> str:
    return KEY.replace("f.", f"{alias}.")


# per fact: how many facts and documents share its key and its value (distinct counts are sums of
# first-occurrence flags, since COUNT(DISTINCT …) OVER is not portable)
_MARKED = f"""
    SELECT f.id AS fact_id, f.document_id, d.name AS doc, {KEY},
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
       r.fact_id, r.doc
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
       c.fact_id, c.doc, c.text, c.start, c."end", c.sentence
FROM counted c
WHERE c.n_values > 1 AND c.subject IS NOT NULL AND c.period IS NOT NULL
"""


def upgrade() -> None:
    op.execute(INDICATOR_SERIES)
    op.execute(CONFLICTING_FIGURES)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS conflicting_figures")
    op.execute("DROP VIEW IF EXISTS indicator_series")
