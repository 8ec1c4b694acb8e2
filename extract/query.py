"""Reading the database: filtered facts, and read-only SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError, StatementError

from models.db import make_engine

VIEW_COLUMNS = ["doc", "start", "end", "text", "value_text", "value_max_text", "unit", "qualifier", "kind",
                "direction", "modality", "indicator", "subject", "period", "indicator_id", "value_base_text",
                "base_unit", "sentence", "path"]

# Statements that only read. Anything else is refused before it reaches the database, and the
# connection itself is read-only (SQLite mode=ro; a read-only transaction elsewhere).
_READ_ONLY = regex.compile(r"^\s*(?:--[^\n]*\n\s*)*(?:SELECT|WITH|EXPLAIN|VALUES)\b", regex.IGNORECASE)
_WRITE_WORDS = regex.compile(
    r"\b(?:INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|REPLACE|ATTACH|DETACH|VACUUM|REINDEX|PRAGMA|GRANT|TRUNCATE)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class QueryError:
    message: str


def filter_facts(db: str, *, indicator: str | None = None, indicator_id: str | None = None,
                 subject: str | None = None,
                 unit: str | None = None, period: str | None = None, doc: str | None = None, limit: int = 0
                 ) -> tuple[list[str], list[dict[str, Any]]]:
    rows = _filtered_rows(db, VIEW_COLUMNS, indicator=indicator, indicator_id=indicator_id, subject=subject,
                          unit=unit, period=period, doc=doc, limit=limit)
    for r in rows:
        r["value"] = r.pop("value_text")
        r["value_max"] = r.pop("value_max_text")
        r["value_base"] = r.pop("value_base_text")
    renamed = {"value_text": "value", "value_max_text": "value_max", "value_base_text": "value_base"}
    columns = [renamed.get(c, c) for c in VIEW_COLUMNS]
    return columns, rows


def _filter_clauses(*, indicator: str | None, subject: str | None, unit: str | None, period: str | None,
                    doc: str | None, indicator_id: str | None = None) -> tuple[str, dict[str, str]]:
    """The WHERE clause (or "") and its parameters for the filters shared by query, export and report."""
    clauses: list[str] = []
    params: dict[str, str] = {}
    for name, value, sql, pattern in (
        ("indicator", indicator, "indicator LIKE :indicator", "%{}%"),
        ("indicator_id", indicator_id, "indicator_id = :indicator_id", "{}"),
        ("subject", subject, "subject LIKE :subject", "%{}%"),
        ("unit", unit, "unit = :unit", "{}"),
        ("period", period, "period LIKE :period", "{}%"),
        ("doc", doc, "doc LIKE :doc", "%{}%"),
    ):
        if value:
            clauses.append(sql)
            params[name] = pattern.format(value)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


# fact_view columns read by `fact_records` (exports and the HTML report), in this order
RECORD_COLUMNS = ["fact_id", "doc", "path", "start", "end", "text", "value_text", "value_max_text", "unit",
                  "qualifier", "kind", "direction", "modality", "indicator", "subject", "period", "sentence",
                  "rule", "optional", "title", "indicator_id", "value_base_text", "base_unit"]


def fact_records(db: str, *, indicator: str | None = None, indicator_id: str | None = None,
                 subject: str | None = None,
                 unit: str | None = None, period: str | None = None, doc: str | None = None, limit: int = 0
                 ) -> list[dict[str, Any]]:
    """Stored facts as fact_view rows (RECORD_COLUMNS), filtered as `filter_facts`, in document order.

    Values stay exact: `value_text` / `value_max_text` are the decimal strings the facts were stored with.
    """
    rows = _filtered_rows(db, RECORD_COLUMNS, indicator=indicator, indicator_id=indicator_id, subject=subject,
                          unit=unit, period=period, doc=doc, limit=limit)
    for r in rows:
        r["optional"] = bool(r["optional"])
    return rows


def _filtered_rows(db: str, columns: list[str], *, indicator: str | None, indicator_id: str | None,
                   subject: str | None, unit: str | None, period: str | None, doc: str | None,
                   limit: int) -> list[dict[str, Any]]:
    """The fact_view rows (`columns`) the filters keep, in document order, at most `limit` (0: all)."""
    where, params = _filter_clauses(indicator=indicator, indicator_id=indicator_id, subject=subject, unit=unit,
                                    period=period, doc=doc)
    lim = f"LIMIT {int(limit)}" if limit > 0 else ""
    sql = (f'SELECT {", ".join(_q(c) for c in columns)} FROM fact_view {where} '
           f'ORDER BY doc, path, "start", "end", fact_id {lim}')
    engine = make_engine(db, read_only=True)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def _q(column: str) -> str:
    return f'"{column}"' if column in ("start", "end") else column


def read_only_sql(db: str, sql: str) -> tuple[list[str], list[dict[str, Any]]] | QueryError:
    """Run one reading statement; a statement that writes is refused and changes nothing."""
    if not _READ_ONLY.match(sql) or _WRITE_WORDS.search(_strip_strings(sql)):
        return QueryError(
            "only a single SELECT (or WITH … SELECT) statement may run here; nothing was changed")
    if ";" in _strip_strings(sql).strip().rstrip(";"):
        return QueryError("one statement at a time; nothing was changed")
    engine = make_engine(db, read_only=True)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SET TRANSACTION READ ONLY"))
            result = conn.execute(text(sql))
            columns = list(result.keys())
            rows = [dict(zip(columns, r, strict=True)) for r in result]
            conn.rollback()
    except SQLAlchemyError as exc:  # the database's own refusal or syntax error, reported to the user
        orig = exc.orig if isinstance(exc, StatementError) else None
        return QueryError(f"the database refused the statement: {str(orig or exc).splitlines()[0]}")
    finally:
        engine.dispose()
    return columns, rows


def _strip_strings(sql: str) -> str:
    return regex.sub(r"'(?:[^']|'')*'", "''", sql)
