"""Clear errors everywhere (issue 13, section 3): every command that opens a database or writes a
file says in one line what is wrong and what to do, with a non-zero exit code and no traceback,
and never prints a connection URL's password. A database in a folder that cannot be written is
still read."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, statfacts
from sqlalchemy.engine import make_url

from models.db import upgrade

UNREACHABLE = "postgresql+psycopg://u:secret@127.0.0.1:1/x"
READING = (["query"], ["show", "003_836a8e24381455d6.txt"], ["db", "current"], ["export"])


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The command failed, with no traceback, and said why in a single line on standard error."""
    output = proc.stdout + proc.stderr
    assert proc.returncode not in (0, None), output
    assert "Traceback" not in output, output
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, output
    return lines[0]


def unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """`statfacts ARGS` without root's right to write anything (as a user would run it)."""
    command = [sys.executable, "-m", "extract", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv (util-linux) to drop the write-anything capability")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def read_only_folder(seeded: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeded database alone in a folder nobody may write (the file read-only too)."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "facts.db"
    shutil.copy(seeded, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)


# -------------------------------------------------------------------------- read-only folder
def test_a_database_in_a_read_only_folder_is_read(read_only_folder: Path, seeded: Path, tmp_path: Path) -> None:
    db = str(read_only_folder)
    expected = statfacts("query", "--format", "csv", "--db", str(seeded)).stdout
    assert unprivileged("query", "--format", "csv", "--db", db).stdout == expected
    text = (SEEDS / "003_836a8e24381455d6.txt").read_text(encoding="utf-8")
    assert unprivileged("show", "003_836a8e24381455d6.txt", "--db", db).stdout == text
    exported = unprivileged("export", "--format", "csv", "--db", db)
    assert exported.returncode == 0 and exported.stdout.count("\n") > 90, exported.stderr
    page = tmp_path / "report.html"
    made = unprivileged("report", "--db", db, "-o", str(page))
    assert made.returncode == 0 and page.stat().st_size > 10_000, made.stderr
    current = unprivileged("db", "current", "--db", db)
    assert current.returncode == 0 and "up to date" in current.stdout, current.stderr
    assert list(read_only_folder.parent.iterdir()) == [read_only_folder]  # nothing was made there


def test_writing_in_a_read_only_folder_says_the_folder_must_be_writable(
    read_only_folder: Path, tmp_path: Path
) -> None:
    # a database one migration behind: `db upgrade` has something to write
    old = tmp_path / "old" / "facts.db"
    old.parent.mkdir()
    upgrade(str(old), "0001_initial")
    old.parent.chmod(0o555)
    try:
        line = one_line_error(unprivileged("db", "upgrade", "--db", str(old)))
    finally:
        old.parent.chmod(0o755)
    assert "writable" in line and str(old.parent) in line and "db upgrade" not in line, line

    proc = unprivileged("run", str(SEEDS / "003_836a8e24381455d6.txt"), "--db", str(read_only_folder),
                        "--no-progress")
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Traceback" not in output, output
    assert "writable" in output and str(read_only_folder.parent) in output and "db upgrade" not in output


# --------------------------------------------------------------------------- damaged databases
@pytest.fixture(params=["damaged", "not-a-database"])
def damaged(request: pytest.FixtureRequest, seeded: Path, tmp_path: Path) -> Path:
    db = tmp_path / "bad.db"
    if request.param == "damaged":  # the header is right, the pages after it are garbage
        data = bytearray(seeded.read_bytes())
        data[100:8192] = b"\xff" * (8192 - 100)
        db.write_bytes(bytes(data))
    else:
        db.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    return db


@pytest.mark.parametrize("command", [*READING, ["db", "upgrade"], ["report", "-o", "r.html"]], ids=" ".join)
def test_a_damaged_database_is_one_line(damaged: Path, command: list[str], tmp_path: Path) -> None:
    proc = statfacts(*command, "--db", str(damaged), cwd=tmp_path, check=False)
    line = one_line_error(proc)
    assert "damaged" in line and str(damaged) in line and "db upgrade" not in line, line


def test_a_damaged_database_stops_a_run_in_one_line(damaged: Path) -> None:
    proc = statfacts("run", str(SEEDS), "--db", str(damaged), "--no-progress", check=False)
    line = one_line_error(proc)
    assert "damaged" in line and proc.stdout == "", proc.stdout


# ------------------------------------------------------------------------- PostgreSQL problems
@pytest.mark.parametrize("command", [*READING, ["db", "upgrade"], ["report", "-o", "r.html"],
                                     ["run", str(SEEDS), "--no-progress"]], ids=" ".join)
def test_an_unreachable_server_is_one_line_without_the_password(command: list[str], tmp_path: Path) -> None:
    proc = statfacts(*command, "--db", UNREACHABLE, cwd=tmp_path, check=False)
    line = one_line_error(proc)
    assert "secret" not in proc.stdout + proc.stderr
    assert "postgresql+psycopg://u:***@127.0.0.1:1/x" in line and "cannot connect" in line, line
    assert "server" in line  # what to do: check the server and the URL


@pytest.mark.parametrize("command", [["query"], ["export"], ["db", "current"], ["run", str(SEEDS)]], ids=" ".join)
def test_postgresql_without_its_driver_names_the_extra(command: list[str], tmp_path: Path) -> None:
    code = ("import sys; sys.modules['psycopg'] = None; from extract.cli import main; "
            f"sys.argv = ['statfacts', *{command!r}, '--db', 'postgresql://u:secret@127.0.0.1:1/x']; main()")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False)
    line = one_line_error(proc)
    assert "pip install '.[pg]'" in line and "psycopg" in line and "secret" not in line, line


def test_the_readme_names_the_postgresql_extra() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--db postgresql://…` needs `pip install '.[pg]'`" in readme


def test_a_live_server_url_is_shown_without_its_password(fresh_pg_url: str) -> None:
    shown = make_url(fresh_pg_url).render_as_string(hide_password=True)
    for command in (["db", "upgrade"], ["db", "current"]):
        out = statfacts(*command, "--db", fresh_pg_url).stdout
        assert out.startswith(f"{shown}: ") and "***" in out, out


# ------------------------------------------------------------------------------- output files
@pytest.mark.parametrize("command", [["export", "-o"], ["report", "-o"]], ids=" ".join)
def test_an_output_in_a_missing_folder_is_one_line(command: list[str], seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.csv"
    line = one_line_error(statfacts(*command, str(target), "--db", str(seeded), check=False))
    assert str(target.parent) in line and "does not exist" in line, line
    assert not (tmp_path / "no").exists()


def test_an_output_in_a_read_only_folder_is_one_line(seeded: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for command in ("export", "report"):
            line = one_line_error(unprivileged(command, "-o", str(folder / "out"), "--db", str(seeded)))
            assert str(folder) in line and "cannot be written" in line, line
    finally:
        folder.chmod(0o755)


def test_a_database_without_statfacts_tables_says_how_to_make_them(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    for command in (["query"], ["export"], ["show", "x.txt"]):
        line = one_line_error(statfacts(*command, "--db", str(db), check=False))
        assert "statfacts run" in line or "statfacts db upgrade" in line, line


# ------------------------------------------------------------------------------- missing inputs
def test_a_missing_path_is_an_error_not_a_document(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    missing = tmp_path / "no" / "such" / "path"
    good = SEEDS / "003_836a8e24381455d6.txt"
    proc = statfacts("run", str(missing), str(good), "--db", str(db), "--no-progress", check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stdout + proc.stderr
    assert f"error: {missing}: no such file or folder" in proc.stderr, proc.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT name, status FROM documents").fetchall() == [(good.name, "ok")]
    # nothing to read at all: an error, and no database is made
    alone = tmp_path / "alone.db"
    line = one_line_error(statfacts("run", str(missing), "--db", str(alone), check=False))
    assert str(missing) in line and "no such file or folder" in line, line
    assert not alone.exists()


# ------------------------------------------------------------------------------ export suffixes
@pytest.mark.parametrize("name", ["facts.json", "facts.tsv", "facts.xlsx", "facts.txt"])
def test_export_refuses_a_suffix_it_does_not_write(name: str, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / name
    for extra in ([], ["--format", "csv"]):
        line = one_line_error(statfacts("export", "-o", str(target), *extra, "--db", str(seeded), check=False))
        assert target.suffix in line and ".csv" in line and ".parquet" in line, line
        assert not target.exists() and list(tmp_path.iterdir()) == []


def test_export_writes_the_format_its_suffix_names(seeded: Path, tmp_path: Path) -> None:
    line = one_line_error(statfacts("export", "--format", "csv", "-o", str(tmp_path / "x.parquet"), "--db",
                                    str(seeded), check=False))
    assert "parquet" in line and "csv" in line, line
    for name, head in (("x.ndjson", b'{"doc": '), ("x.pq", b"PAR1"), ("x", b"\xef\xbb\xbfdoc,"),
                       ("x.CSV", b"\xef\xbb\xbfdoc,")):
        statfacts("export", "-o", str(tmp_path / name), "--db", str(seeded))
        assert (tmp_path / name).read_bytes().startswith(head), name


@pytest.mark.parametrize("command", [*READING, ["report"]], ids=" ".join)
def test_a_missing_database_is_one_line(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "data.db"
    line = one_line_error(statfacts(*command, "--db", str(db), cwd=tmp_path, check=False))
    assert str(db) in line and "statfacts run" in line, line
    assert not db.exists()


def test_facts_names_a_file_it_cannot_read_as_it_is_spelled(tmp_path: Path) -> None:
    missing = tmp_path / "[bold]draft.txt"  # square brackets are not markup here
    line = one_line_error(statfacts("facts", str(missing), check=False))
    assert line == f"error: {missing}: no such file", line


# ------------------------------------------------------------------------ an unknown catalogue id
@pytest.mark.parametrize("command", [["query"], ["export", "--format", "jsonl"]])
def test_an_unknown_indicator_id_is_named_with_the_nearest_ids(seeded: Path, command: list[str]) -> None:
    proc = statfacts(*command, "--indicator-id", "gpd", "--db", str(seeded), check=False)
    line = one_line_error(proc)
    assert "gpd" in line and "gdp" in line and proc.returncode == 2
    ok = statfacts(*command, "--indicator-id", "gdp_growth", "--db", str(seeded), check=False)
    assert ok.returncode == 0, ok.stderr
