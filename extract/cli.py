"""The `statfacts` command line (also `python -m extract`)."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from typer.core import TyperCommand

import extract
from extract import COMPILED_NOTE, EXTRACTOR_VERSION, buildinfo
from extract.export import (
    DocFilter,
    IndicatorFilter,
    IndicatorIdFilter,
    PeriodFilter,
    SubjectFilter,
    UnitFilter,
    require_known_indicator_id,
)
from models.fields import CONTRACT_FIELDS, DECIMAL_FIELDS, SERIES_FIELDS

if TYPE_CHECKING:
    from rich.progress import Progress
    from typer._click import Context, HelpFormatter

    from extract.job import RunSummary


class HelpCommand(TyperCommand):
    """A command whose help names its arguments as the usage line does (PATH, FILE), without the
    Python type typer writes after them (`<list[str]>`); options show their metavar."""

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                name = param.metavar or (param.name or "").upper()
                arguments.append((name + ("..." if param.nargs != 1 else ""), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


class Statfacts(typer.Typer):
    """The command line: every command is a `HelpCommand` unless it names another class."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
        kwargs.setdefault("cls", HelpCommand)
        return super().command(*args, **kwargs)


class OutputFormat(StrEnum):
    """How `facts` and `query` print rows."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"


INTERRUPTED = 130  # the exit code of a program stopped by Ctrl-C (128 + SIGINT)


def _positive(value: float) -> float:
    if value <= 0:
        raise typer.BadParameter("must be more than 0")
    return value


app = Statfacts(
    name="statfacts",
    help=(
        "Turn every numeric statistic in Chinese news and government text into a clean, sourced,"
        " queryable record.\n\nTypical use: `statfacts run seeds/` fills data.db; `statfacts query"
        " --indicator 产能` reads it; `statfacts facts FILE --format jsonl` prints facts without a"
        " database."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
db_app = Statfacts(help="Database schema: upgrade to the latest migration, or show the current one.",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True)
DbOption = Annotated[str, typer.Option("--db", metavar="FILE|URL",
                                       help="SQLite file or SQLAlchemy URL (postgresql://…).")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")]

DateOption = Annotated[
    datetime | None,
    typer.Option("--date", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
                 help="Publication date of inputs that carry none (plain text): 今年, 一季度 and 年末 are read "
                      "against its year, and it is stored with the document like an HTML page's date."),
]

# what `--format table` shows of a fact unless --columns says otherwise: it fits 80 columns
TABLE_COLUMNS = ["value", "unit", "indicator", "subject", "period", "doc"]
_UNBROKEN = {"value", "value_max", "start", "end", "unit", "period", "qualifier", "kind", "direction", "modality"}
_NUMBERS = {"value", "value_max", "start", "end"}
ColumnsOption = Annotated[str | None, typer.Option(
    "--columns", metavar="LIST",
    help="The columns to print, comma-separated, in this order (default: all; a table shows "
         f"{','.join(TABLE_COLUMNS)}).")]

FACT_COLUMNS = [*CONTRACT_FIELDS, *SERIES_FIELDS]


def _version_callback(value: bool) -> None:
    if value:
        print(f"statfacts {EXTRACTOR_VERSION} (compiled stages: {COMPILED_NOTE})")
        raise typer.Exit()


def _warn_if_stale() -> None:
    """Say on standard error when the code that runs is not the source beside it (extract/buildinfo.py)."""
    warning = buildinfo.stale(Path(extract.__file__).parent)
    if warning:
        print(f"statfacts: warning: {warning}", file=sys.stderr)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """statfacts."""


# ---------------------------------------------------------------------------------------- run
@app.command()
def run(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH",
                                                      help="Files and folders (recursive). Default: seeds/")] = None,
    db: DbOption = "data.db",
    workers: Annotated[int, typer.Option(min=1, metavar="N",
                                         help="Extraction processes (one writer to the database).")] = 1,
    max_mb: Annotated[float, typer.Option("--max-mb", metavar="MB", callback=_positive,
                                          help="Skip files larger than this (MB).")] = 512.0,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List rejected candidates and failures.")] = False,
    progress: Annotated[bool | None, typer.Option(help="Progress bar (default: on a terminal).")] = None,
    published: DateOption = None,
) -> None:
    """Extract facts from files and folders into the database (default seeds/ into data.db).

    The database is upgraded to the latest migration first. Unchanged documents are skipped; a
    changed document has its facts replaced in one transaction. Exit code 1 when any file failed.
    """
    from extract.job import run as run_job
    from extract.problems import fail, reported

    targets, missing = _existing(paths or ["seeds"])
    if not targets:
        raise typer.Exit(2)
    bar, total = _progress_bar(targets, progress)
    with bar:
        task = bar.add_task("run", total=total, doc="")

        def tick(document: Any, outcome: str) -> None:
            bar.update(task, advance=1, doc=f"{document.name[:40]} {outcome}")

        try:
            with reported(db):
                summary = run_job(targets, db, workers=workers, max_bytes=int(max_mb * 1024 * 1024),
                                  on_document=tick, published=published.date() if published else None)
        except KeyboardInterrupt:  # a second Ctrl-C: stopped at once (the first stops between documents)
            raise fail("interrupted twice: stopped at once; every document stored so far is whole, and the run "
                       "is recorded as interrupted: run again to go on", INTERRUPTED) from None
    if summary.stopped and not summary.started:  # the database could not be opened: nothing was done
        raise fail(summary.stopped)
    _print_summary(summary, verbose)
    if summary.interrupted:
        raise typer.Exit(INTERRUPTED)
    if summary.failures or missing:
        raise typer.Exit(1)


def _existing(targets: list[str]) -> tuple[list[str], list[str]]:
    """(the paths that are there, those that are not): a path that is not there is the caller's
    mistake, not a document: named on standard error, never stored."""
    missing = [p for p in targets if not Path(p).exists()]
    for p in missing:
        typer.echo(f"error: {p}: no such file or folder", err=True)
    return [p for p in targets if p not in missing], missing


def _progress_bar(targets: list[str], progress: bool | None) -> tuple[Progress, int | None]:
    """The progress bar on standard error (by default when it is a terminal), and how many documents
    there are to read when it shows: the number of files when each is one document (a JSON Lines
    file holds many: none then)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from extract.read import iter_files

    show = sys.stderr.isatty() if progress is None else progress
    files = list(iter_files(targets)) if show else []
    total = len(files) if show and not any(f.suffix.lower() == ".jsonl" for f in files) else None
    bar = Progress(TextColumn("[bold]statfacts run"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[doc]}"),
                   TimeElapsedColumn(), console=err, transient=True, disable=not show)
    return bar, total


def _print_summary(summary: RunSummary, verbose: bool) -> None:
    """What the run stored, each failure, with --verbose each rejected candidate, and for an
    interrupted run what to do."""
    out = Console(soft_wrap=True)
    out.print(
        f"documents read {summary.documents_read}: stored {summary.documents_stored}, "
        f"unchanged {summary.documents_unchanged}, failed {summary.documents_failed}"
        + (f" (last good version kept for {summary.documents_kept})" if summary.documents_kept else "")
        + "; "
        f"facts stored {summary.facts_stored}; candidates rejected by validation {summary.candidates_rejected}"
    )
    for path, reason in summary.failures:
        out.print(f"  failed: {path}: {reason}")
    if verbose:
        for r in summary.rejections:
            out.print(f"  rejected: {r.doc}[{r.start}:{r.end}] {r.text!r}: {r.reason}")
    if summary.interrupted:
        pending = (summary.documents_read - summary.documents_stored - summary.documents_unchanged
                   - summary.documents_failed)
        unstored = f", {pending} read were not" if pending else ""
        out.print(f"interrupted (Ctrl-C): the documents counted above are stored{unstored}; run again to go on")


# -------------------------------------------------------------------------------------- facts
@app.command()
def facts(
    files: Annotated[list[str], typer.Argument(metavar="FILE", help="Files (or folders) to read.")],
    fmt: FormatOption = OutputFormat.jsonl,
    explain: Annotated[bool, typer.Option("--explain", help="Add the rules that decided each fact, "
                                          "its sentence, and the numbers that were ruled out.")] = False,
    published: DateOption = None,
    shown: ColumnsOption = None,
) -> None:
    """Extract and print facts without a database (jsonl is the FACTS.md contract). A file that cannot be
    read, or whose extraction fails, is named on stderr with the reason; the others' facts are printed,
    and the exit code is 1."""
    from extract.job import extract_one
    from extract.read import read_paths

    rows: list[dict[str, Any]] = []
    failed = 0
    for document in read_paths(files, published=published.date() if published else None):
        extracted = extract_one(document, keep_dropped=explain)
        error = document.error or extracted.error
        if error:
            typer.echo(f"error: {document.path}: {error}", err=True)
            failed += 1
            continue
        result = extracted.extraction
        for fact in result.facts:
            row = fact.contract()
            if explain:
                row["rule"] = fact.rule
                row["sentence"] = fact.sentence
            rows.append(row)
        if explain:
            for d in result.dropped:
                err.print(f"dropped {document.name} {d.text!r}: {d.rule}")
            for r in result.rejected:
                err.print(f"rejected {document.name}[{r.start}:{r.end}] {r.text!r}: {r.reason}")
    columns = FACT_COLUMNS + (["rule", "sentence"] if explain else [])
    _print_rows(rows, columns, fmt, wanted=shown)
    if failed:
        raise typer.Exit(1)


def _json_value(value: Any) -> Any:
    """A value JSON has no type for: a decimal (NUMERIC) as a number, as FACTS.md writes values;
    anything else (a date) as its text."""
    if isinstance(value, Decimal):
        from models.fact import json_number

        return json_number(value)
    return str(value)


def _print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: OutputFormat, *, wanted: str | None = None
                ) -> None:
    """Rows in the format asked for: the `wanted` columns (comma-separated) or, for a table of facts,
    `TABLE_COLUMNS`, else all `columns`."""
    columns = _chosen_columns(columns, wanted, fmt)
    if fmt is OutputFormat.jsonl:
        for row in rows:
            line = json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=_json_value)
            sys.stdout.write(line + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    else:
        console = Console()
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for c in columns:  # text folds to the terminal's width; a number, a code or a period never breaks
            if c in ("doc", "path"):  # cut short on a narrow terminal (--format csv has it whole)
                table.add_column(c, overflow="ellipsis")
            else:
                table.add_column(c, no_wrap=c in _UNBROKEN, justify="right" if c in _NUMBERS else "left",
                                 overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        console.print(table)
        Console(stderr=True).print(f"{len(rows)} rows")


def _chosen_columns(columns: list[str], wanted: str | None, fmt: OutputFormat) -> list[str]:
    if wanted:
        names = [name.strip() for name in wanted.split(",") if name.strip()]
        unknown = [name for name in names if name not in columns]
        if unknown:
            from extract.problems import fail

            raise fail(f"--columns: no column {', '.join(unknown)}; choose from {','.join(columns)}")
        return names
    if fmt is OutputFormat.table and all(c in columns for c in TABLE_COLUMNS):
        return TABLE_COLUMNS
    return columns


# -------------------------------------------------------------------------------------- query
@app.command()
def query(
    indicator: IndicatorFilter = None,
    indicator_id: IndicatorIdFilter = None,
    subject: SubjectFilter = None,
    unit: UnitFilter = None,
    period: PeriodFilter = None,
    doc: DocFilter = None,
    sql: Annotated[str | None, typer.Option(metavar="SQL",
                                            help="Run a read-only SQL statement instead of the filters.")] = None,
    limit: Annotated[int, typer.Option(min=0, metavar="N", help="At most this many rows (0: all).")] = 0,
    fmt: FormatOption = OutputFormat.table,
    shown: ColumnsOption = None,
    db: DbOption = "data.db",
) -> None:
    """Query stored facts by filters, or run a read-only SQL statement (writes are refused)."""
    from extract.problems import reported
    from extract.query import QueryError, filter_facts, read_only_sql

    _require_database(db)
    require_known_indicator_id(indicator_id)
    with reported(db):
        if sql:
            outcome = read_only_sql(db, sql)
            if isinstance(outcome, QueryError):
                typer.echo(f"refused: {outcome.message}", err=True)
                raise typer.Exit(2)
            columns, rows = outcome
        else:
            columns, rows = filter_facts(db, indicator=indicator, indicator_id=indicator_id, subject=subject,
                                         unit=unit, period=period, doc=doc, limit=limit)
            if fmt is OutputFormat.jsonl:  # numbers, as `facts` and `export` write them (csv: the exact text)
                for row in rows:
                    for name in DECIMAL_FIELDS:
                        row[name] = None if row[name] is None else Decimal(row[name])
    _print_rows(rows, columns, fmt, wanted=shown)


def _require_database(db: str) -> None:
    """A command that reads a database refuses an SQLite file that is not there (instead of making it)."""
    if "://" not in db and not Path(db).exists():
        from extract.problems import fail

        raise fail(f"no database at {db}: `statfacts run --db {db}` makes one (or give --db)")


# --------------------------------------------------------------------------------------- show
@app.command()
def show(
    doc: Annotated[str, typer.Argument(metavar="DOC", help="Document name or path as stored.")],
    db: DbOption = "data.db",
) -> None:
    """Print a stored document's text exactly as stored (fact offsets index this text)."""
    from sqlalchemy import or_, select

    from extract.problems import fail, reported
    from models.db import make_engine, shown_db
    from models.tables import DocumentRow

    _require_database(db)
    with reported(db):
        engine = make_engine(db, read_only=True)
        try:
            with engine.connect() as conn:
                found = conn.execute(
                    select(DocumentRow.path, DocumentRow.text)
                    .where(or_(DocumentRow.name == doc, DocumentRow.path == doc))
                    .order_by(DocumentRow.path)
                ).all()
        finally:
            engine.dispose()
    # a path names one document; a name may be that of files in several folders
    chosen = [row for row in found if row[0] == doc] or found
    if not chosen:
        raise fail(f"no document {doc!r} in {shown_db(db)}: give a name or a path as `statfacts query` lists them", 1)
    if len(chosen) > 1:
        raise fail(f"{len(chosen)} documents are named {doc!r}; give one of their paths: "
                   + ", ".join(row[0] for row in chosen), 1)
    sys.stdout.write(chosen[0][1] or "")


# --------------------------------------------------------------------------------------- eval
@app.command("eval")
def evaluate(
    gold: Annotated[str, typer.Argument(metavar="GOLD", help="Gold facts (JSON Lines, FACTS.md format).")],
    files: Annotated[list[str], typer.Argument(metavar="FILE", help="The documents the gold facts refer to.")],
    errors: Annotated[bool, typer.Option("--errors", help="List misses, spurious facts, wrong quantities.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    log: Annotated[Path | None, typer.Option(
        "--log", metavar="FILE",
        help="Append the scores, with the date and the git commit, as a line of this TSV file "
             "(the history of a validation set: do the rules generalise or fit?).")] = None,
) -> None:
    """Precision, recall and F1 of the extractor on FILES against GOLD (a file that cannot be read, or
    whose extraction fails, is named on stderr and scored with no facts; the exit code is then 1)."""
    from extract.evaluate import load_jsonl, score
    from extract.job import extract_one
    from extract.read import read_paths

    gold_facts = load_jsonl(gold)
    pred: list[dict[str, Any]] = []
    failed = 0
    for document in read_paths(files):
        extracted = extract_one(document)
        error = document.error or extracted.error
        if error:
            typer.echo(f"error: {document.path}: {error}", err=True)
            failed += 1
        pred.extend(f.contract() for f in extracted.extraction.facts)
    _print_scores(score(gold_facts, pred), gold, errors=errors, as_json=as_json, log=log)
    if failed:
        raise typer.Exit(1)


def _print_scores(result: dict[str, Any], gold: str, *, errors: bool, as_json: bool, log: Path | None) -> None:
    """The scores of `evaluate`: as JSON, or as lines (with the misses, spurious and wrong facts asked for)."""
    from extract.evaluate import append_log

    if log is not None:
        append_log(log, gold, result)
    if as_json:
        out = {
            "gold_required": result["gold_required"],
            "predicted": result["predicted"],
            "levels": {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp,
                           "fn": v.fn} for k, v in result["levels"].items()},
            "attributes": result["attributes"],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    print(f"gold facts (required): {result['gold_required']}   predicted: {result['predicted']}")
    for name, lv in result["levels"].items():
        print(f"{name:9s} P {lv.precision:.3f}  R {lv.recall:.3f}  F1 {lv.f1:.3f}"
              f"   (tp {lv.tp}, fp {lv.fp}, fn {lv.fn})")
    for key, value in result["attributes"].items():
        print(f"{key:18s} {value:.3f}")
    if errors:
        for g in result["missed"]:
            print("MISSED   ", g["doc"], g.get("text"), "|", g.get("indicator"))
        for p in result["spurious"]:
            print("SPURIOUS ", p.get("doc"), p.get("text"), p.get("value"), p.get("unit"))
        for g, p in result["wrong_quantity"]:
            print("WRONG    ", g["doc"], g.get("text"), g.get("value"), g.get("unit"), "->", p.get("text"),
                  p.get("value"), p.get("unit"))


# ----------------------------------------------------------------------------------------- db
@db_app.command("upgrade")
def db_upgrade(db: DbOption = "data.db") -> None:
    """Upgrade the database to the latest migration (creating it if needed)."""
    from extract.job import upgrade_to_head
    from extract.problems import reported
    from models.db import current_revision, shown_db

    with reported(db):
        upgrade_to_head(db)  # the same locked upgrade a run does: safe beside a running job
        rev, _ = current_revision(db)
    print(f"{shown_db(db)}: at revision {rev}")


@db_app.command("current")
def db_current(db: DbOption = "data.db") -> None:
    """Show the database's migration revision and the latest one."""
    from extract.problems import reported
    from models.db import current_revision, shown_db

    _require_database(db)
    with reported(db):
        rev, head = current_revision(db)
    state = "up to date" if rev == head else "behind: run `statfacts db upgrade`"
    print(f"{shown_db(db)}: revision {rev} (latest {head}) — {state}")


# Commands contributed by other modules: each defines `register(app)`.
COMMAND_MODULES = ("extract.export", "extract.report", "extract.bench")
for _name in COMMAND_MODULES:
    if importlib.util.find_spec(_name) is not None:
        _module = importlib.import_module(_name)
        _register = getattr(_module, "register", None)
        if _register is not None:
            _register(app)


def main() -> None:
    _warn_if_stale()
    app()


if __name__ == "__main__":
    main()
