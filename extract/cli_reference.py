"""docs/cli.md: the help of `statfacts` and of each of its commands, as `--help` prints it.

    python -m extract.cli_reference > docs/cli.md

`tests/test_docs.py` regenerates it and fails when the file in the repository is stale.
"""

from __future__ import annotations

import os
from typing import Any

import typer
from typer.testing import CliRunner

from extract.cli import app

# A fixed width and no colour: the same text on every machine.
_ENV = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1", "TERM": "dumb"}


def _commands(group: Any, prefix: list[str]) -> list[list[str]]:
    """Every command path under `group` (a click group, as Typer builds it), in the order `--help`
    lists them."""
    out: list[list[str]] = []
    context = group.make_context("statfacts", [], resilient_parsing=True)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if command is None or command.hidden:
            continue
        out.append([*prefix, name])
        if hasattr(command, "list_commands"):
            out.extend(_commands(command, [*prefix, name]))
    return out


def _help(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env=_ENV, prog_name="statfacts", color=False)
    return "\n".join(line.rstrip() for line in result.output.splitlines()).strip("\n")


def reference() -> str:
    """The whole reference, as Markdown."""
    group = typer.main.get_command(app)
    parts = [
        "# Command reference",
        "",
        "Generated from `--help` by `python -m extract.cli_reference > docs/cli.md`; "
        "`tests/test_docs.py` fails when it is stale.",
        "",
        "## statfacts",
        "",
        "```text",
        _help([]),
        "```",
    ]
    for path in _commands(group, []):
        parts += ["", f"## statfacts {' '.join(path)}", "", "```text", _help(path), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    os.environ.update(_ENV)
    print(reference(), end="")
