"""`statfacts` whose extraction processes die on a file whose name holds `MARK`, as a segfault in
native code or `kill -9` would kill one: `python -c` runs `main` (tests/test_workers.py). The
extraction processes are spawned: they import this module to find the task, so it lives here, not
in the test."""

from __future__ import annotations

import os
import signal
import sys
from datetime import date
from pathlib import Path

import extract.job as job
from extract.cli import main as statfacts
from extract.job import FileTask, Result

MARK = "dies"
_read_and_extract = job._read_and_extract


def read_and_extract_or_die(tasks: list[FileTask], max_bytes: int, published: date | None) -> list[Result]:
    """`job._read_and_extract`, but the process kills itself (SIGKILL) on a batch with a marked file."""
    if any(isinstance(source, str) and MARK in Path(source).name for source, _known in tasks):
        os.kill(os.getpid(), signal.SIGKILL)
    return _read_and_extract(tasks, max_bytes, published)


def main(args: list[str]) -> None:
    """`statfacts ARGS` with the extraction task that dies."""
    job._read_and_extract = read_and_extract_or_die
    sys.argv = ["statfacts", *args]
    statfacts()
