"""Periods of days: `indicator_series.period_start`/`period_end` for a day (2025-05-01) and an
interval of days (2025-10-01/2025-10-07), which facts have since FACTS.md named days as periods.

The bounds are read off the period's length, on SQLite and PostgreSQL alike: a period is a year,
month or day (4, 7 or 10 characters), or two of one precision joined by `/` (9, 15 or 21).
The views are those of 0004 otherwise, made again; the downgrade makes 0004's again.

Revision ID: 0005_views_days
Revises: 0004_views_path
Create Date: 2026-12-03
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0005_views_days"
down_revision = "0004_views_path"
branch_labels = None
depends_on = None

PERIOD_START = ("CASE WHEN r.period LIKE '%/%' THEN substr(r.period, 1, (length(r.period) - 1) / 2) "
                "ELSE r.period END")
PERIOD_END = ("CASE WHEN r.period LIKE '%/%' THEN substr(r.period, (length(r.period) - 1) / 2 + 2) "
              "ELSE r.period END")


def _views_0004() -> ModuleType:
    """The migration that made the views before this one (its file name is not a module name)."""
    source = Path(__file__).with_name("0004_views_path.py")
    spec = importlib.util.spec_from_file_location("statfacts_migration_0004_views_path", source)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {source}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def indicator_series() -> str:
    before = _views_0004()
    sql = before.INDICATOR_SERIES.replace(f"{before._PERIOD_END} AS period_end", f"{PERIOD_END} AS period_end")
    sql = sql.replace(f"{before._PERIOD_START} AS period_start", f"{PERIOD_START} AS period_start")
    if PERIOD_START not in sql or PERIOD_END not in sql:
        raise RuntimeError("0004's indicator_series has no period bounds to replace")
    return sql


def _drop() -> None:
    op.execute("DROP VIEW IF EXISTS conflicting_figures")
    op.execute("DROP VIEW IF EXISTS indicator_series")


def upgrade() -> None:
    _drop()
    op.execute(indicator_series())
    op.execute(_views_0004().CONFLICTING_FIGURES)


def downgrade() -> None:
    _drop()
    before = _views_0004()
    op.execute(before.INDICATOR_SERIES)
    op.execute(before.CONFLICTING_FIGURES)
