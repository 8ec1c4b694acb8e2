"""Interrupted runs (issue 13): Ctrl-C stops a run between two documents with a summary of what was
stored and the run recorded as `interrupted`; a run killed outright (`kill -9`) is recorded as
`interrupted` by the next run, which leaves alone the runs a live process still holds."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from sqlalchemy import insert
from test_crash import count_documents, make_corpus, start_run

from models.db import make_engine, upgrade
from models.tables import RunRow

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("interrupt") / "corpus", 300)


def runs(db: Path) -> list[tuple[int, str, str | None]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, status, finished_at FROM runs ORDER BY id").fetchall()


def wait_for(db: Path, documents: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while count_documents(db) < documents:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)


@pytest.mark.parametrize("extra", [(), ("--workers", "2")], ids=["one process", "two workers"])
def test_ctrl_c_prints_what_was_stored_and_marks_the_run_interrupted(
    corpus: Path, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    db = tmp_path / "x.db"
    proc = start_run(corpus, db, *extra)
    wait_for(db, 20, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in out + err, out + err
    stored = count_documents(db)
    assert 20 <= stored < 313
    summary = out.splitlines()[0]
    assert summary.startswith("documents read ") and "stored " in summary, out
    assert "interrupted" in out + err, out + err
    [(_, status, finished)] = runs(db)
    assert status == "interrupted" and finished is not None
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # the next run goes on from there
    again = subprocess.run([sys.executable, "-m", "extract", "run", str(corpus), "--db", str(db), "--no-progress"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 1 and "unchanged" in again.stdout  # (the corpus has two bad files)
    assert [status for _, status, _ in runs(db)] == ["interrupted", "failed"]


def test_a_run_killed_outright_is_marked_interrupted_by_the_next(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    proc = start_run(corpus, db)
    wait_for(db, 10, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)  # (reaped: its pid is gone)
    assert [status for _, status, _ in runs(db)] == ["running"]
    subprocess.run([sys.executable, "-m", "extract", "run", str(SEEDS), "--db", str(db), "--no-progress"],
                   cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    assert [status for _, status, _ in runs(db)] == ["interrupted", "ok"]


def test_only_runs_whose_process_is_gone_are_marked(tmp_path: Path) -> None:
    """A run held by a live process (another run on the same database), a run on another machine
    and the runs that are over are left as they are."""
    db = tmp_path / "x.db"
    upgrade(str(db))
    dead_pid = _ended_pid()
    here = socket.gethostname()
    rows = [
        ("running", os.getpid(), here),  # alive: this test's own process
        ("running", dead_pid, here),  # its process is gone
        ("running", dead_pid, "another-machine"),  # cannot be checked from here
        ("running", None, None),  # made before runs recorded their process
        ("ok", dead_pid, here),
        ("failed", dead_pid, here),
    ]
    engine = make_engine(str(db))
    with engine.begin() as conn:
        for status, pid, host in rows:
            conn.execute(insert(RunRow).values(started_at=datetime(2026, 1, 1), version="test", status=status,
                                               pid=pid, host=host))
    engine.dispose()
    subprocess.run([sys.executable, "-m", "extract", "run", str(SEEDS / "003_836a8e24381455d6.txt"), "--db",
                    str(db), "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    assert [status for _, status, _ in runs(db)] == [
        "running", "interrupted", "running", "interrupted", "ok", "failed", "ok"]


def _ended_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_ctrl_c_while_extraction_processes_start_is_held_not_lost() -> None:
    # (the pool starts a process when a task is submitted; one started while Ctrl-C is held inherits
    # the block, so Ctrl-C cannot break its imports and print a traceback)
    from extract.job import ctrl_c_held

    # (sent to this thread: a signal sent to the process goes to any thread that does not block it,
    # and other tests may have left threads running)
    with pytest.raises(KeyboardInterrupt), ctrl_c_held():
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        held = True  # (reached: the signal waits for the block to end)
    assert held
