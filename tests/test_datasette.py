"""A real dashboard client reads the views: Datasette, started on a database the seeds filled with
the README's recipe (docs/datasette/metadata.yml), answers over loopback with the rows SQLite
gives, page after page; the recipe's facets and canned query answer.

The server is Datasette itself (a test dependency, in requirements/test.txt), run as a user runs
it; the client is urllib. Missing Datasette skips the module, and fails it in CI
(STATFACTS_REQUIRE_SERVICES=1).
"""

from __future__ import annotations

import base64
import importlib.util
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, require_services, statfacts

pytestmark = pytest.mark.slow

METADATA = ROOT / "docs" / "datasette" / "metadata.yml"
# smaller than indicator_series on the seeds, so that a view is read in several pages (`_next`)
PAGE = 25
# how long the server may take to answer its first request: a guard against a hung start, not a
# measurement (nothing here asserts on time)
START_TIMEOUT = 120.0
# requests go to loopback only, never through a proxy the environment may name
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> Any:
    with _OPENER.open(url, timeout=60) as response:
        # numbers exactly as Datasette wrote them (see _cell)
        return json.loads(response.read().decode("utf-8"), parse_float=Decimal, parse_constant=Decimal)


def _cell(value: Any) -> tuple[str, Any]:
    """A value as one of (null, number, text, blob), numbers as normalised decimals: SQLite gives
    int and float, Datasette's JSON gives the same numbers in text (5, 2.5, 1e+16), so 93 from
    SQLite and 93 from JSON compare equal, and the text '93' differs from the number 93."""
    if value is None:
        return ("null", None)
    if isinstance(value, bool):
        raise AssertionError(f"a boolean in a view: {value!r}")
    if isinstance(value, int | float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return ("number", str(number.normalize()))
    if isinstance(value, str):
        return ("text", value)
    if isinstance(value, bytes):
        return ("blob", value)
    if isinstance(value, dict) and value.get("$base64"):  # Datasette's JSON for a blob
        return ("blob", base64.b64decode(value["encoded"]))
    raise AssertionError(f"unexpected value {value!r}")


def _rows(rows: list[Any]) -> list[tuple[tuple[str, Any], ...]]:
    """Rows as a sorted list (a view has no order of its own), each cell as _cell makes it."""
    return sorted((tuple(_cell(v) for v in row) for row in rows), key=repr)


def in_sqlite(db: Path, sql: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[Any]]:
    """Columns and rows as Python's sqlite3 reads them, on a read-only connection."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cursor = conn.execute(sql, params or {})
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        conn.close()


class Datasette:
    """`datasette serve DB -m docs/datasette/metadata.yml` on 127.0.0.1, a free port."""

    def __init__(self, db: Path, logs: Path) -> None:
        self.db = db
        self.name = db.stem  # Datasette names a database after its file
        self.logs = logs
        self.proc: subprocess.Popen[bytes] | None = None
        self.base = ""

    def stderr(self) -> str:
        path = self.logs / "datasette.err"
        return path.read_text(encoding="utf-8", errors="replace")[-4000:] if path.exists() else ""

    def start(self) -> None:
        for _attempt in range(3):  # (another process may take the free port before Datasette binds it)
            port = _free_port()
            self.base = f"http://127.0.0.1:{port}"
            with (self.logs / "datasette.out").open("wb") as out, (self.logs / "datasette.err").open("wb") as err:
                self.proc = subprocess.Popen(
                    [sys.executable, "-m", "datasette", "serve", str(self.db), "-m", str(METADATA),
                     "-h", "127.0.0.1", "-p", str(port),
                     "--setting", "max_returned_rows", str(PAGE),
                     # the recipe's facets and queries are checked for what they answer, not timed
                     "--setting", "sql_time_limit_ms", "60000", "--setting", "facet_time_limit_ms", "60000",
                     "--setting", "suggest_facets", "off"],
                    stdin=subprocess.DEVNULL, stdout=out, stderr=err)
            if self._wait():
                return
            if "address already in use" not in self.stderr().lower():
                break
        raise AssertionError(f"Datasette did not start at {self.base}:\n{self.stderr()}")

    def _wait(self) -> bool:
        """Poll until the server answers (True) or its process ends (False); fail on a hung start."""
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                _get(f"{self.base}/-/versions.json")
                return True
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        raise AssertionError(f"Datasette gave no answer at {self.base} in {START_TIMEOUT:.0f} s:\n{self.stderr()}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def get(self, path: str, **params: str) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return _get(f"{self.base}/{urllib.parse.quote(self.name)}/{path}{query}")

    def read_view(self, name: str) -> tuple[list[str], list[Any]]:
        """Columns and every row of a view or table, read through the JSON API page by page."""
        columns: list[str] | None = None
        rows: list[Any] = []
        params = {"_size": "max"}
        for _page in range(10_000):
            page = self.get(f"{urllib.parse.quote(name)}.json", **params)
            assert columns is None or page["columns"] == columns, (columns, page["columns"])
            columns = page["columns"]
            rows += page["rows"]
            if not page.get("next"):
                assert columns is not None
                return columns, rows
            params = {"_size": "max", "_next": str(page["next"])}
        raise AssertionError(f"{name}: no last page")


@pytest.fixture(scope="module")
def datasette(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Datasette]:
    if importlib.util.find_spec("datasette") is None:
        if require_services():
            pytest.fail("Datasette is not installed and STATFACTS_REQUIRE_SERVICES=1")
        pytest.skip("Datasette is not installed (pip install -r requirements/test.txt)")
    work = tmp_path_factory.mktemp("datasette")
    db = work / "data.db"  # the name the recipe's metadata.yml gives the database
    statfacts("run", "seeds/", "--db", str(db), "--no-progress")
    server = Datasette(db, work)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def assert_view_reads_the_same(server: Datasette, name: str) -> int:
    """The view through Datasette has the columns and rows `SELECT * FROM name` gives; the count."""
    columns, rows = server.read_view(name)
    want_columns, want_rows = in_sqlite(server.db, f'SELECT * FROM "{name}"')
    assert columns == want_columns
    assert len(rows) == len(want_rows), (name, len(rows), len(want_rows))
    assert _rows(rows) == _rows(want_rows), name
    return len(want_rows)


def test_indicator_series_reads_the_same_through_datasette(datasette: Datasette) -> None:
    n = assert_view_reads_the_same(datasette, "indicator_series")
    assert n > PAGE, f"the seeds give {n} series: lower PAGE so that the view is read in several pages"


# (another view is checked the same way: add its name here)
@pytest.mark.parametrize("view", ["fact_view", "conflicting_figures", "catalogue"])
def test_the_other_views_read_the_same_through_datasette(datasette: Datasette, view: str) -> None:
    assert_view_reads_the_same(datasette, view)


def test_the_readme_shows_the_recipe_the_tests_run() -> None:
    import re

    import yaml  # (a dependency of Datasette's)

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"\n```yaml\n(.*?)\n```", readme, re.S)
    assert len(shown) == 1, "README.md shows metadata.yml once"
    assert yaml.safe_load(shown[0]) == yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    assert "datasette data.db -m docs/datasette/metadata.yml" in readme
    assert "](docs/datasette/metadata.yml)" in readme


def test_the_recipe_facets_indicator_series_on_subject_and_period(datasette: Datasette) -> None:
    # no _facet in the URL: the facets are the ones metadata.yml names
    facets = datasette.get("indicator_series.json", _size="1")["facet_results"]
    assert set(facets) == {"subject", "period"}, list(facets)
    settings = _get(f"{datasette.base}/-/settings.json")
    size = int(settings["default_facet_size"])
    for column in ("subject", "period"):
        _, counted = in_sqlite(datasette.db, f"SELECT {column}, count(*) FROM indicator_series "
                                             f"WHERE {column} IS NOT NULL GROUP BY {column}")
        want = dict(counted)
        shown = {r["value"]: r["count"] for r in facets[column]["results"]}
        assert shown, column
        assert len(shown) == min(size, len(want)), (column, len(shown), len(want))
        assert {v: want.get(v) for v in shown} == shown, column
        assert facets[column]["truncated"] == (len(want) > size), column
        assert sorted(shown.values(), reverse=True) == sorted(want.values(), reverse=True)[: len(shown)], column


def test_the_recipe_canned_query_lists_a_measure_by_subject_and_period(datasette: Datasette) -> None:
    import yaml  # (a dependency of Datasette's)

    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    sql = metadata["databases"][datasette.name]["queries"]["measure"]["sql"]
    # the measure with the most series that one page holds
    _, found = in_sqlite(datasette.db, f"SELECT series FROM indicator_series GROUP BY series HAVING count(*) "
                                       f"BETWEEN 2 AND {PAGE} ORDER BY count(*) DESC, series LIMIT 1")
    assert found, "no measure with several series on the seeds"
    indicator = found[0][0]
    answer = datasette.get("measure.json", measure=indicator)
    assert answer["ok"] is True and answer["error"] is None, answer
    assert answer["truncated"] is False
    want_columns, want_rows = in_sqlite(datasette.db, sql, {"measure": indicator})
    assert answer["columns"] == want_columns == ["subject", "period", "indicator", "value_text", "unit",
                                                 "value_base_text", "base_unit", "kind", "direction", "modality",
                                                 "n_sources"]
    assert len(answer["rows"]) == len(want_rows) >= 2
    assert _rows(answer["rows"]) == _rows(want_rows)
    # the shape a script would ask for: an array of objects
    array = datasette.get("measure.json", measure=indicator, _shape="array")
    assert [row["period"] for row in array] == [row[1] for row in answer["rows"]]
    # a measure no text names: no rows, no error
    none = datasette.get("measure.json", measure="不存在的指标")
    assert none["ok"] is True and none["rows"] == []
