"""One series per measure: the indicator catalogue's id and comparable values on each fact, the
catalogue as a table, and views that group by measure and subject.

- `facts` gains `indicator_id` (lexicon/indicators.tsv, null when no entry fits), `value_base`,
  `value_base_text` and `base_unit` (the value on its dimension's base unit: W, kWh, t, m2 …).
- `catalogue_entries` holds the catalogue (derived readings included), filled here and kept in
  step with the extractor's lexicon by every run;
  the view `catalogue` lists each entry with its fact and subject counts.
- `indicator_series` and `conflicting_figures` group by `series` — the catalogue id when there is
  one, else the phrase — and by subject, period, base unit, kind, direction and modality, so one
  row is one figure of one measure of one subject: 地区生产总值 and GDP are one series, 万千瓦 and
  兆瓦 one axis. Values are compared on the base unit (`min_value`, `max_value` are in it).
- `fact_view` shows the new columns.

Facts stored before this migration have no id until their document is read again (the job reads
every document again when the extractor's version changes).

Revision ID: 0006_catalogue
Revises: 0005_views_days
Create Date: 2026-12-04
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0006_catalogue"
down_revision = "0005_views_days"
branch_labels = None
depends_on = None

FACT_VIEW = """
CREATE VIEW fact_view AS
SELECT f.id AS fact_id, d.name AS doc, d.path AS path, f.start, f."end", f.text,
       f.value, f.value_text, f.value_max, f.value_max_text, f.unit, f.qualifier, f.kind, f.direction,
       f.modality, f.indicator, f.subject, f.period, f.sentence, f.rule, f.optional,
       f.extractor_version, d.title, d.published, d.source, d.url,
       f.indicator_id, f.value_base, f.value_base_text, f.base_unit
FROM facts f JOIN documents d ON d.id = f.document_id
"""

# a series: one measure (the catalogue's id, else the phrase) of one subject, on one base unit
KEY = "m.series, m.subject, m.period, m.axis_unit, m.kind, m.direction, m.modality"

_BASE = """
    SELECT f.id AS fact_id, f.document_id, d.name AS doc, d.path AS path,
           COALESCE(f.indicator_id, f.indicator) AS series, f.indicator_id, f.indicator,
           f.subject, f.period, f.unit, COALESCE(f.base_unit, f.unit) AS axis_unit, f.base_unit,
           f.kind, f.direction, f.modality,
           f.value, f.value_text, f.value_max, f.value_max_text, f.value_base, f.value_base_text,
           CASE WHEN f.base_unit IS NULL THEN f.value ELSE f.value_base END AS axis_value,
           f.qualifier, f.text, f.start, f."end", f.sentence
    FROM facts f JOIN documents d ON d.id = f.document_id
"""
_MARKED = f"""
    SELECT m.*,
           COUNT(*) OVER (PARTITION BY {KEY}) AS n_facts,
           COUNT(*) OVER (PARTITION BY {KEY}, m.axis_value) AS value_facts,
           MIN(m.axis_value) OVER (PARTITION BY {KEY}) AS min_value,
           MAX(m.axis_value) OVER (PARTITION BY {KEY}) AS max_value,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, m.document_id ORDER BY m.fact_id) = 1
                THEN 1 ELSE 0 END AS first_in_doc,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, m.axis_value, m.document_id ORDER BY m.fact_id) = 1
                THEN 1 ELSE 0 END AS first_of_value_in_doc,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY {KEY}, m.axis_value ORDER BY m.fact_id) = 1
                THEN 1 ELSE 0 END AS first_of_value
    FROM base m
"""
_COUNTED = f"""
    SELECT m.*,
           SUM(m.first_in_doc) OVER (PARTITION BY {KEY}) AS n_sources,
           SUM(m.first_of_value_in_doc) OVER (PARTITION BY {KEY}, m.axis_value) AS value_sources,
           SUM(m.first_of_value) OVER (PARTITION BY {KEY}) AS n_values
    FROM marked m
"""
# '2025' -> 2025 .. 2025; '2025-01/2025-11' -> 2025-01 .. 2025-11; '2025-10-01/2025-10-07' (as 0005)
PERIOD_START = ("CASE WHEN r.period LIKE '%/%' THEN substr(r.period, 1, (length(r.period) - 1) / 2) "
                "ELSE r.period END")
PERIOD_END = ("CASE WHEN r.period LIKE '%/%' THEN substr(r.period, (length(r.period) - 1) / 2 + 2) "
              "ELSE r.period END")

INDICATOR_SERIES = f"""
CREATE VIEW indicator_series AS
WITH base AS ({_BASE}),
marked AS ({_MARKED}),
counted AS ({_COUNTED}),
ranked AS (
    SELECT m.*,
           ROW_NUMBER() OVER (
               PARTITION BY {KEY}
               ORDER BY m.value_sources DESC, m.value_facts DESC,
                        CASE WHEN m.qualifier = 'exact' THEN 0 ELSE 1 END, m.axis_value DESC, m.fact_id
           ) AS pick
    FROM counted m
)
SELECT r.series, r.indicator_id, r.indicator, r.subject, r.period,
       {PERIOD_START} AS period_start,
       {PERIOD_END} AS period_end,
       r.unit, r.kind, r.direction, r.modality,
       r.value, r.value_text, r.qualifier, r.value_base, r.value_base_text, r.base_unit,
       r.min_value, r.max_value, r.n_values, r.n_facts, r.n_sources, r.value_sources,
       r.fact_id, r.doc, r.path
FROM ranked r
WHERE r.pick = 1
"""

CONFLICTING_FIGURES = f"""
CREATE VIEW conflicting_figures AS
WITH base AS ({_BASE}),
marked AS ({_MARKED}),
counted AS ({_COUNTED})
SELECT c.series, c.indicator_id, c.indicator, c.subject, c.period, c.unit, c.kind, c.direction, c.modality,
       c.n_values, c.min_value, c.max_value, c.n_sources,
       c.value, c.value_text, c.value_max_text, c.qualifier, c.value_base, c.value_base_text, c.base_unit,
       c.fact_id, c.doc, c.path, c.text, c.start, c."end", c.sentence
FROM counted c
WHERE c.n_values > 1 AND c.subject IS NOT NULL AND c.period IS NOT NULL
"""

CATALOGUE = """
CREATE VIEW catalogue AS
SELECT e.id, e.name_zh, e.name_en, e.dimension, e.reading, e.domain, e.of_id,
       COUNT(f.id) AS n_facts, COUNT(DISTINCT f.subject) AS n_subjects
FROM catalogue_entries e LEFT JOIN facts f ON f.indicator_id = e.id
GROUP BY e.id, e.name_zh, e.name_en, e.dimension, e.reading, e.domain, e.of_id
"""


def _drop_views() -> None:
    for view in ("catalogue", "conflicting_figures", "indicator_series", "fact_view"):
        op.execute(f"DROP VIEW IF EXISTS {view}")


def upgrade() -> None:
    _drop_views()
    op.add_column("facts", sa.Column("indicator_id", sa.String(96)))
    op.add_column("facts", sa.Column("value_base", sa.Numeric(38, 12)))
    op.add_column("facts", sa.Column("value_base_text", sa.String(64)))
    op.add_column("facts", sa.Column("base_unit", sa.String(32)))
    op.create_index("ix_facts_indicator_id", "facts", ["indicator_id"])
    op.create_table(
        "catalogue_entries",
        sa.Column("id", sa.String(96), primary_key=True),
        sa.Column("name_zh", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("reading", sa.String(16), nullable=False),
        sa.Column("domain", sa.String(32), nullable=False),
        sa.Column("of_id", sa.String(96)),
    )
    from extract.store import sync_catalogue  # the catalogue this extractor reads; each run keeps it so

    sync_catalogue(op.get_bind())
    op.execute(FACT_VIEW)
    op.execute(INDICATOR_SERIES)
    op.execute(CONFLICTING_FIGURES)
    op.execute(CATALOGUE)


def _before() -> ModuleType:
    """The migration that made the views before this one (its file name is not a module name)."""
    source = Path(__file__).with_name("0005_views_days.py")
    spec = importlib.util.spec_from_file_location("statfacts_migration_0005_views_days", source)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {source}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fact_view_0001() -> str:
    return FACT_VIEW.replace(",\n       f.indicator_id, f.value_base, f.value_base_text, f.base_unit", "")


def downgrade() -> None:
    _drop_views()
    op.drop_table("catalogue_entries")
    op.drop_index("ix_facts_indicator_id", table_name="facts")
    with op.batch_alter_table("facts") as batch:
        for column in ("base_unit", "value_base_text", "value_base", "indicator_id"):
            batch.drop_column(column)
    op.execute(_fact_view_0001())
    before = _before()
    op.execute(before.indicator_series())
    op.execute(before._views_0004().CONFLICTING_FIGURES)
