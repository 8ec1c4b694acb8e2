"""`statfacts report`: one self-contained HTML file to browse the stored facts.

The file needs no network when it is opened: the data, the page's script and style, and the
chart library (Chart.js, vendored in extract/assets/) are all inlined. A Content-Security-Policy
in the page allows no connection and only the page's own two scripts (by hash), and all document
text reaches the page as JSON inside <script type="application/json">, rendered with textContent:
nothing from a document is ever parsed as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer

ASSETS = Path(__file__).resolve().parent / "assets"
CHART_JS = "chart.umd.min.js"
CONTEXT_CHARS = 60  # characters on each side when a fact's sentence cannot be located


# ------------------------------------------------------------------------------------ data
def _highlight(sentence: str, doc_text: str | None, start: int, end: int, text: str) -> tuple[str, int, int]:
    """(the sentence, where the fact's text is in it): by offsets in the document, else by search.

    A sentence that cannot be placed (no stored text, or it does not contain the fact) is
    replaced by the document's text around the fact.
    """
    if doc_text is not None and sentence:
        at = doc_text.rfind(sentence, 0, start + len(sentence))
        if 0 <= at <= start and end <= at + len(sentence):
            return sentence, start - at, end - at
    i = sentence.find(text) if sentence else -1
    if i >= 0:
        return sentence, i, i + len(text)
    if doc_text is not None and doc_text[start:end] == text:
        lo = max(0, start - CONTEXT_CHARS)
        window = doc_text[lo:end + CONTEXT_CHARS]
        return window, start - lo, end - lo
    return sentence or text, 0, 0


def _period_key(period: str) -> tuple[str, str]:
    first, _, last = period.partition("/")
    return first, last or first


def _document_texts(db: str, paths: set[str]) -> dict[str, str | None]:
    from sqlalchemy import select

    from models.db import make_engine
    from models.tables import DocumentRow

    engine = make_engine(db, read_only=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(DocumentRow.path, DocumentRow.text))
            return {p: t for p, t in rows if p in paths}
    finally:
        engine.dispose()


def series_of(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chartable series: facts of one measure (the catalogue's id, else the indicator phrase) of one
    subject, on one axis unit (the base unit: kW and MW are one axis) and of one kind, with a known
    period, when they span at least two periods. Each lists its periods in time order and its
    facts' ids; a line never mixes two subjects."""
    groups: dict[tuple[str, str | None, str, str], list[dict[str, Any]]] = defaultdict(list)
    for f in facts:
        if f["period"]:
            groups[(f["indicator_id"] or f["indicator"], f["subject"], f["axis_unit"], f["kind"])].append(f)
    out: list[dict[str, Any]] = []
    for (series, subject, unit, kind), members in groups.items():
        periods = sorted({m["period"] for m in members}, key=_period_key)
        if len(periods) < 2:
            continue
        members.sort(key=lambda m: (_period_key(m["period"]), m["id"]))
        label = _catalogue_names().get(series, series)
        out.append({"indicator": label, "indicator_id": members[0]["indicator_id"], "subject": subject,
                    "unit": unit, "kind": kind, "periods": periods, "facts": [m["id"] for m in members]})
    out.sort(key=lambda s: (-len(s["periods"]), -len(s["facts"]), s["indicator"], s["subject"] or "", s["unit"]))
    return out


def _catalogue_names() -> dict[str, str]:
    """A catalogue id → its Chinese name (the label of its series)."""
    from extract.attribute.catalogue import catalogue

    return {e.id: e.name_zh for e in catalogue().entries.values()}


def report_data(db: str, *, source: str | None = None) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data (documents and sentences stored once)."""
    from extract import EXTRACTOR_VERSION
    from extract.query import fact_records

    records = fact_records(db)
    texts = _document_texts(db, {r["path"] for r in records})
    docs: list[dict[str, Any]] = []
    doc_index: dict[str, int] = {}
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}
    facts: list[dict[str, Any]] = []
    for r in records:
        if r["path"] not in doc_index:
            doc_index[r["path"]] = len(docs)
            docs.append({"name": r["doc"], "title": r["title"], "path": r["path"]})
        shown, a, b = _highlight(r["sentence"], texts.get(r["path"]), r["start"], r["end"], r["text"])
        if shown not in sentence_index:
            sentence_index[shown] = len(sentences)
            sentences.append(shown)
        facts.append({
            "id": int(r["fact_id"]), "d": doc_index[r["path"]], "s": sentence_index[shown], "h": [a, b],
            "start": r["start"], "end": r["end"], "text": r["text"],
            "value": r["value_text"], "value_max": r["value_max_text"],
            "y": float(Decimal(r["value_base_text"] if r["base_unit"] else r["value_text"])),
            "axis_unit": r["base_unit"] or r["unit"], "indicator_id": r["indicator_id"],
            "unit": r["unit"], "qualifier": r["qualifier"], "kind": r["kind"], "direction": r["direction"],
            "modality": r["modality"], "indicator": r["indicator"], "subject": r["subject"],
            "period": r["period"], "rule": r["rule"],
        })
    return {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "source": source if source is not None else _source_name(db),
        "version": EXTRACTOR_VERSION,
        "docs": docs,
        "sentences": sentences,
        "facts": facts,
        "series": series_of(facts),
    }


def _source_name(db: str) -> str:
    """The database as shown in the page: a file's name, or a URL without its password."""
    if "://" not in db:
        return Path(db).name
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True)


# ------------------------------------------------------------------------------------ page
def script_json(data: Any) -> str:
    """JSON that can sit inside <script type="application/json">: no `<`, `>` or `&` appear raw,
    so no text can close the element or open a comment."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        raw = raw.replace(ch, esc)
    return raw


def _inline_script(code: str) -> str:
    # the vendored build has no "</script" or "<!--"; keep it so for any future update
    code = code.replace("</script", "<\\/script").replace("<!--", "<\\!--")
    # a source-map comment would only make developer tools look for a file that is not shipped
    lines = code.rstrip().splitlines()
    if lines and lines[-1].startswith("//# sourceMappingURL="):
        code = "\n".join(lines[:-1]) + "\n"
    return code


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(data: dict[str, Any]) -> str:
    """The whole page for `report_data`'s data."""
    chart = _inline_script((ASSETS / CHART_JS).read_text(encoding="utf-8"))
    app = _inline_script((ASSETS / "report.js").read_text(encoding="utf-8"))
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    return (_head(data, css, _policy(chart, app)) + _page_header(data) + _SECTIONS
            + _scripts(data, chart, app))


def _policy(chart: str, app: str) -> str:
    """The Content-Security-Policy: no connection, and no script but the page's own two (by hash)."""
    return (f"default-src 'none'; script-src {_csp_hash(chart)} {_csp_hash(app)}; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def _head(data: dict[str, Any], css: str, csp: str) -> str:
    """The page from its start to <body>: the policy, the title, the style."""
    title = f"statfacts report: {data['source']}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="statfacts {html.escape(str(data['version']))}">
<title>{html.escape(title)}</title>
<style>
{css}
</style>
</head>
<body>
"""


def _page_header(data: dict[str, Any]) -> str:
    """The heading with what the report holds and where from, and the toolbar of filters."""
    n_facts, n_docs = len(data["facts"]), len(data["docs"])
    return f"""<header>
  <h1>statfacts report</h1>
  <p class="meta">{n_facts} facts from {n_docs} documents · database {html.escape(str(data['source']))}
    · generated {html.escape(str(data['generated']))} · statfacts {html.escape(str(data['version']))}</p>
</header>
<nav class="toolbar" aria-label="filters">
  <input id="search" type="search" placeholder="Search facts, indicators, subjects, sentences…"
         aria-label="Search" autocomplete="off">
  <label>Subject <select id="filter-subject"></select></label>
  <label>Unit <select id="filter-unit"></select></label>
  <label>Modality <select id="filter-modality"></select></label>
  <label>Period <select id="filter-period"></select></label>
  <button id="reset" type="button">Reset</button>
  <span id="count" role="status"></span>
</nav>
"""


# The charts, the table and the detail dialog, filled by the page's script
_SECTIONS = """<main>
  <section id="series-section" aria-labelledby="series-heading">
    <h2 id="series-heading">Series <small id="series-count"></small></h2>
    <p class="hint">Indicators stated for several periods (they follow the filters).
      Click a point for its source.</p>
    <div id="charts"></div>
    <button id="more-charts" type="button" hidden>More charts</button>
  </section>
  <section aria-labelledby="facts-heading">
    <h2 id="facts-heading">Facts</h2>
    <p class="hint">Click a column to sort, a row to see its sentence.</p>
    <div class="table-wrap">
      <table id="facts">
        <thead><tr></tr></thead>
        <tbody></tbody>
      </table>
    </div>
    <button id="more-rows" type="button" hidden>Show more rows</button>
    <p id="empty" hidden>No fact matches the filters.</p>
  </section>
</main>
<dialog id="fact-detail" aria-labelledby="detail-indicator">
  <button id="detail-close" class="close" type="button" aria-label="Close">×</button>
  <h3 id="detail-indicator"></h3>
  <p id="detail-doc"></p>
  <blockquote id="detail-sentence" lang="zh-CN"></blockquote>
  <dl id="detail-fields"></dl>
</dialog>
"""


def _scripts(data: dict[str, Any], chart: str, app: str) -> str:
    """The data (as JSON, never parsed as HTML), the chart library and the page's script, to the end."""
    return f"""<script id="statfacts-data" type="application/json">{script_json(data)}</script>
<script>{chart}</script>
<script>{app}</script>
</body>
</html>
"""


def write_report(db: str, out: str) -> int:
    """Write the report for `db` to `out`; the number of facts in it."""
    data = report_data(db)
    page = render_html(data)
    path = Path(out)
    part = path.with_name(path.name + ".part")
    try:
        part.write_text(page, encoding="utf-8")
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return len(data["facts"])


# -------------------------------------------------------------------------------------- CLI
def register(app: typer.Typer) -> None:
    """Add `statfacts report` to the command line."""

    @app.command("report")
    def report(
        db: Annotated[str, typer.Option("--db", metavar="FILE|URL",
                                        help="SQLite file or SQLAlchemy URL (postgresql://…).")] = "data.db",
        out: Annotated[str, typer.Option("--out", "-o", metavar="FILE", help="The HTML file to write.")
                       ] = "report.html",
    ) -> None:
        """Write one self-contained HTML page of the stored facts (opens offline in any browser).

        A searchable, sortable table with filters by subject, unit, modality and period; a chart of
        each indicator stated for several periods; click a fact for its sentence and document.
        """
        from extract.problems import reported

        if "://" not in db and not Path(db).exists():
            typer.echo(f"no database at {db}: run `statfacts run` first", err=True)
            raise typer.Exit(2)
        with reported(db):
            n = write_report(db, out)
        typer.echo(f"report of {n} facts written to {out}", err=True)
