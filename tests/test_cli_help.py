"""The command line's options (issue 13): counts that must be positive are refused at parsing,
every --format lists its choices, and no help shows a Python type."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from conftest import SEEDS
from typer.testing import CliRunner

from extract.cli import app

COMMANDS = [[], ["run"], ["facts"], ["query"], ["show"], ["eval"], ["export"], ["report"], ["bench"], ["db"],
            ["db", "current"], ["db", "upgrade"]]
# what typer writes for an option or argument without a metavar: <str>, <int>, <list[str]>, <path> …
PYTHON_TYPE = regex.compile(r"<(?:str|int|float|bool|path|datetime|Path|list\[[^\]]*\]|[a-z]+\[[^\]]*\])>")


def help_of(command: list[str]) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "statfacts")
def test_help_shows_no_python_types(command: list[str]) -> None:
    text = help_of(command)
    assert not PYTHON_TYPE.search(text), PYTHON_TYPE.findall(text)
    assert not regex.search(r"<[^|>\n]+>", text), text  # <…> only around a list of choices


@pytest.mark.parametrize(("command", "choices"), [
    (["facts"], "table|csv|jsonl"), (["query"], "table|csv|jsonl"), (["export"], "csv|jsonl|parquet")])
def test_every_format_lists_its_choices(command: list[str], choices: str) -> None:
    line = next(ln for ln in help_of(command).splitlines() if ln.strip().startswith(("-f, --format", "--format")))
    assert choices in line, line


@pytest.mark.parametrize("command", [["facts", str(SEEDS / "003_836a8e24381455d6.txt")], ["query"]])
def test_an_unknown_format_is_refused_at_parsing(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--format", "xml"])
    assert result.exit_code == 2 and "xml" in result.output and "jsonl" in result.output, result.output


@pytest.mark.parametrize(("option", "value"), [("--workers", "0"), ("--workers", "-2"), ("--max-mb", "0"),
                                               ("--max-mb", "-1")])
def test_counts_that_must_be_positive_are_refused(option: str, value: str, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--db", str(db), option, value])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}'" in result.output, result.output
    assert not db.exists()  # refused before anything was done
