"""`statfacts export`: stored facts as CSV (opens in Excel), JSON Lines (FACTS.md) or Parquet.

All three formats carry the same rows, in document order, chosen by the same filters as
`statfacts query`. Values are never rounded on the way out: they come from the exact decimal
text each fact was stored with (`value_text`), not from the NUMERIC column (which SQLite keeps
as a float).

- jsonl: the FACTS.md fields in their order, then `indicator_id`, `value_base`, `base_unit`, as
  `statfacts facts --format jsonl` prints them (values as JSON numbers).
- csv: UTF-8 with a byte-order mark so that Excel reads the Chinese text; the FACTS.md fields
  (values as exact decimal text, null as an empty cell), the fact's sentence and its document's
  path (two files of one name in different folders are two documents).
- parquet: typed columns: `value`/`value_max`/`value_base` as decimal128(38, 12) (the database's NUMERIC)
  plus their exact text, offsets as int64, the rest as nullable strings; the path as in csv.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from models.fields import CONTRACT_FIELDS, DECIMAL_FIELDS, SERIES_FIELDS

if TYPE_CHECKING:  # pyarrow is imported only when a Parquet file is written
    import pyarrow as pa


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


# the FACTS.md fields in their order, then the catalogue's id and the value on its base unit
FACT_FIELDS: tuple[str, ...] = (*CONTRACT_FIELDS, *SERIES_FIELDS)
_VALUES = DECIMAL_FIELDS
# CSV: the FACTS.md fields, then the sentence the fact was read from and its document's path
CSV_COLUMNS: list[str] = [*FACT_FIELDS, "sentence", "path"]
# Parquet: the FACTS.md fields with exact text next to each value, then the sentence and the path
PARQUET_COLUMNS: list[str] = [
    *(c for field in FACT_FIELDS for c in ((field, f"{field}_text") if field in _VALUES else (field,))),
    "sentence", "path",
]
DECIMAL_PRECISION, DECIMAL_SCALE = 38, 12  # as the facts.value column: NUMERIC(38, 12)
_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)
_DECIMAL_CONTEXT = Context(prec=DECIMAL_PRECISION + 2)


class ExportError(Exception):
    """A fact that cannot be written in the chosen format (reported to the user, nothing written)."""


# ------------------------------------------------------------------------------------ rows
def contract_row(record: dict[str, Any]) -> dict[str, Any]:
    """A stored fact (a `fact_records` row) in the FACTS.md shape, values as JSON numbers."""
    from models.fact import json_number

    out: dict[str, Any] = {}
    for name in FACT_FIELDS:
        if name in _VALUES:
            exact = record[f"{name}_text"]
            out[name] = json_number(Decimal(exact)) if exact is not None else None
        else:
            out[name] = record[name]
    return out


def csv_row(record: dict[str, Any]) -> list[str]:
    """One CSV line: exact decimal text for values, empty cells for nulls."""
    cells: list[str] = []
    for name in CSV_COLUMNS:
        key = f"{name}_text" if name in _VALUES else name
        v = record[key]
        cells.append("" if v is None else str(v))
    return cells


def jsonl_line(record: dict[str, Any]) -> str:
    """The line `statfacts facts --format jsonl` prints for this fact (same separators, same order)."""
    return json.dumps(contract_row(record), ensure_ascii=False) + "\n"


def _decimal(text: str | None) -> Decimal | None:
    """The value as decimal(38, 12), rounded to 12 places as the database column keeps it."""
    if text is None:
        return None
    try:
        fixed = Decimal(text).quantize(_QUANTUM, context=_DECIMAL_CONTEXT)
    except InvalidOperation:
        fixed = None
    if fixed is None or len(fixed.as_tuple().digits) > DECIMAL_PRECISION:
        raise ExportError(f"value {text} does not fit decimal({DECIMAL_PRECISION}, {DECIMAL_SCALE})")
    return fixed


def parquet_schema() -> pa.Schema:
    import pyarrow as pa

    dec = pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)
    nullable = {"value_max", "value_max_text", "direction", "subject", "period", "indicator_id", "value_base",
                "value_base_text", "base_unit"}
    types: dict[str, pa.DataType] = {"start": pa.int64(), "end": pa.int64(), "value": dec, "value_max": dec,
                                     "value_base": dec}
    fields = [pa.field(c, types.get(c, pa.string()), nullable=c in nullable) for c in PARQUET_COLUMNS]
    meta = {
        "statfacts": "facts in the FACTS.md shape; value/value_max are exact (value_text/value_max_text "
                     "hold the decimal text as stored)",
    }
    return pa.schema(fields, metadata=meta)


def parquet_table(records: list[dict[str, Any]]) -> pa.Table:
    import pyarrow as pa

    columns: dict[str, list[Any]] = {c: [] for c in PARQUET_COLUMNS}
    for r in records:
        for c in PARQUET_COLUMNS:
            if c in _VALUES:
                columns[c].append(_decimal(r[f"{c}_text"]))
            else:
                columns[c].append(r[c])
    return pa.Table.from_pydict(columns, schema=parquet_schema())


# ---------------------------------------------------------------------------------- writing
def write_csv(records: list[dict[str, Any]], stream: IO[str]) -> None:
    """CSV rows to a text stream opened with newline="" (the byte-order mark is the stream's encoding)."""
    import csv

    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(csv_row(r))


def write_jsonl(records: list[dict[str, Any]], stream: IO[str]) -> None:
    for r in records:
        stream.write(jsonl_line(r))


def write_parquet(records: list[dict[str, Any]], target: str | IO[bytes]) -> None:
    import pyarrow.parquet as pq

    pq.write_table(parquet_table(records), target, compression="zstd")


@contextmanager
def _binary_target(out: str | None) -> Iterator[IO[bytes]]:
    """The --out file (written next to it and moved into place when complete), or standard output."""
    if out is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = Path(out)
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as fh:
            yield fh
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def write_records(records: list[dict[str, Any]], fmt: ExportFormat, out: str | None) -> None:
    with _binary_target(out) as target:
        if fmt is ExportFormat.parquet:
            write_parquet(records, target)
            return
        encoding = "utf-8-sig" if fmt is ExportFormat.csv else "utf-8"
        text = io.TextIOWrapper(target, encoding=encoding, newline="" if fmt is ExportFormat.csv else "\n")
        try:
            if fmt is ExportFormat.csv:
                write_csv(records, text)
            else:
                write_jsonl(records, text)
            text.flush()
        finally:
            text.detach()  # the caller owns the binary stream (standard output stays open)


# the suffixes of an --out file, by the format written into it
SUFFIXES: dict[str, ExportFormat] = {".csv": ExportFormat.csv, ".jsonl": ExportFormat.jsonl,
                                     ".ndjson": ExportFormat.jsonl, ".parquet": ExportFormat.parquet,
                                     ".pq": ExportFormat.parquet}


@dataclass(frozen=True)
class Refusal:
    """Why an export is refused before anything is read or written."""

    reason: str


def format_for(fmt: ExportFormat | None, out: str | None) -> ExportFormat | Refusal:
    """The format to write: the one --out's suffix names (which --format, when given, must agree
    with), else --format, else csv. A suffix that names no format written here, or another format
    than --format, gives the reason to refuse instead: a file is never written in a format its
    name does not say."""
    suffix = Path(out).suffix.lower() if out else ""
    if not suffix:
        return fmt or ExportFormat.csv
    named = SUFFIXES.get(suffix)
    known = ", ".join(SUFFIXES)
    if named is None:
        return Refusal(f"--out {out}: export does not write {suffix} files; name it {known} (or give no suffix: csv)")
    if fmt is not None and fmt is not named:
        return Refusal(f"--out {out} names {named.value}, not the {fmt.value} of --format: make the two agree")
    return named


# -------------------------------------------------------------------------------------- CLI
def require_known_indicator_id(indicator_id: str | None) -> None:
    """Stop with the nearest ids when --indicator-id names no catalogue entry (query and export)."""
    if indicator_id:
        from extract.attribute.catalogue import unknown_id
        from extract.problems import fail

        problem = unknown_id(indicator_id)
        if problem:
            raise fail(problem)



# The filters `export` and `query` share
IndicatorFilter = Annotated[str | None, typer.Option(metavar="TEXT", help="Indicator contains this text.")]
IndicatorIdFilter = Annotated[str | None, typer.Option(
    "--indicator-id", metavar="ID",
    help="The indicator catalogue's id, exactly (gdp, retail_sales_growth; the view `catalogue` lists them).")]
SubjectFilter = Annotated[str | None, typer.Option(metavar="TEXT", help="Subject contains this text.")]
UnitFilter = Annotated[str | None, typer.Option(metavar="CODE", help="Unit equals this code (CNY, %, 个 …).")]
PeriodFilter = Annotated[str | None, typer.Option(metavar="PREFIX", help="Period starts with this (2025, 2025-01 …).")]
DocFilter = Annotated[str | None, typer.Option(metavar="TEXT", help="Document name contains this text.")]


def register(app: typer.Typer) -> None:
    """Add `statfacts export` to the command line."""

    @app.command("export")
    def export(
        fmt: Annotated[ExportFormat | None, typer.Option(
            "--format", "-f", case_sensitive=False,
            help="csv (UTF-8 with BOM, for Excel), jsonl (FACTS.md) or parquet. "
                 "Default: from --out's suffix (.csv, .jsonl, .ndjson, .parquet, .pq), else csv.")] = None,
        indicator: IndicatorFilter = None,
        indicator_id: IndicatorIdFilter = None,
        subject: SubjectFilter = None,
        unit: UnitFilter = None,
        period: PeriodFilter = None,
        doc: DocFilter = None,
        out: Annotated[str | None, typer.Option("--out", "-o", metavar="FILE", help="Write to this file (default: "
                                                "standard output; Parquet needs a file or a pipe).")] = None,
        db: Annotated[str, typer.Option("--db", metavar="FILE|URL",
                                        help="SQLite file or SQLAlchemy URL (postgresql://…).")] = "data.db",
    ) -> None:
        """Export stored facts as CSV, JSON Lines or Parquet, filtered as in `query`.

        Every format has the same rows as `statfacts facts` gives for the same documents, with exact
        values. Examples: `statfacts export -o facts.csv`; `statfacts export --format jsonl --unit CNY`;
        `statfacts export --indicator 产能 -o capacity.parquet`;
        `statfacts export --indicator-id gdp --subject 贵阳 -o gdp.csv`.
        """
        from extract.problems import reported
        from extract.query import fact_records

        chosen = _chosen_format_or_exit(fmt, out, db, indicator_id)
        with reported(db):
            records = fact_records(db, indicator=indicator, indicator_id=indicator_id, subject=subject, unit=unit,
                                   period=period, doc=doc)
        _write_or_exit(records, chosen, out)
        if out is not None:
            typer.echo(f"{len(records)} facts written to {out} ({chosen.value})", err=True)


def _chosen_format_or_exit(fmt: ExportFormat | None, out: str | None, db: str,
                           indicator_id: str | None) -> ExportFormat:
    """The format to write, or exit with status 2 and a reason: a format the output cannot take, no
    database, an unknown catalogue id, Parquet to a terminal."""
    chosen = format_for(fmt, out)
    if isinstance(chosen, Refusal):
        typer.echo(f"error: {chosen.reason}", err=True)
        raise typer.Exit(2)
    if "://" not in db and not Path(db).exists():
        typer.echo(f"no database at {db}: run `statfacts run` first", err=True)
        raise typer.Exit(2)
    require_known_indicator_id(indicator_id)
    if chosen is ExportFormat.parquet and out is None and sys.stdout.isatty():
        typer.echo("Parquet is binary: give --out FILE (or pipe the output)", err=True)
        raise typer.Exit(2)
    return chosen


def _write_or_exit(records: list[dict[str, object]], chosen: ExportFormat, out: str | None) -> None:
    """Write the records, or exit with status 1 and what went wrong (nothing is left half written)."""
    from extract.problems import file_problem

    try:
        write_records(records, chosen, out)
    except ExportError as exc:
        typer.echo(f"error: export failed, nothing written: {exc}", err=True)
        raise typer.Exit(1) from None
    except OSError as exc:
        if out is None:  # standard output closed early (`| head`): nothing to say
            raise
        typer.echo(f"error: {file_problem(exc, out)}", err=True)
        raise typer.Exit(1) from None
