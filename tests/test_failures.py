"""Bad input and a bad disk (issue 7): each failed file is named with its reason, no traceback,
the exit code is non-zero, and the good files are stored; a full disk stops the run with a clear
message and leaves the database intact."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS, statfacts, write_bad_files
from test_crash import db_content, make_corpus
from typer.testing import CliRunner

import models.db
from extract.cli import app

GOOD = [SEEDS / "003_836a8e24381455d6.txt"]


def failures(output: str) -> dict[str, str]:
    """{path: reason} from the `failed: PATH: REASON` lines of the run summary."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        if line.strip().startswith("failed: "):
            path, _, reason = line.strip().removeprefix("failed: ").partition(": ")
            found[path] = reason
    return found


def stored(db: Path) -> dict[str, tuple[str, str | None, int]]:
    """{document name: (status, error, number of facts)}."""
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT d.name, d.status, d.error, count(f.id) FROM documents d"
            " LEFT JOIN facts f ON f.document_id = d.id GROUP BY d.id"
        ).fetchall()
    return {name: (status, error, n) for name, status, error, n in rows}


def test_bad_inputs_are_named_and_the_good_ones_stored(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in GOOD:
        shutil.copy(seed, inbox / seed.name)
    write_bad_files(inbox)
    good = {"id": "ok1", "text": "今年全省粮食产量增长3%。", "date": "2025-07-01"}
    lines = [json.dumps(good, ensure_ascii=False), '{"id": "bad", "text": 5',
             json.dumps({**good, "id": "ok2"}, ensure_ascii=False)]
    (inbox / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    proc = statfacts("run", str(inbox), str(tmp_path / "missing-folder"), "--db", str(db), "--max-mb", "0.05",
                     check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "Traceback" not in output
    named = failures(proc.stdout)
    expect = {
        "binary.txt": "binary",
        "photo.txt": "binary file: a PNG image",
        "huge.txt": "over the limit of 52428 bytes (--max-mb)",
        "broken.pdf": "cannot read PDF",
        "gone.txt": "broken symbolic link",
        "feed.jsonl#2": "line 2: invalid JSON",
    }
    expect_paths = {str(inbox / name): reason for name, reason in expect.items()}
    assert set(named) == set(expect_paths), output
    assert f"error: {tmp_path / 'missing-folder'}: no such file or folder" in proc.stderr  # named, not stored
    for path, reason in expect_paths.items():
        assert reason in named[path], (path, named[path])
    rows = stored(db)
    for seed in GOOD:
        assert rows[seed.name][:2] == ("ok", None) and rows[seed.name][2] > 0
    assert rows["empty.txt"] == ("empty", None, 0)
    assert rows["feed.jsonl#ok1"][:2] == ("ok", None) and rows["feed.jsonl#ok2"][:2] == ("ok", None)
    assert rows["feed.jsonl#2"][0] == "failed" and rows["binary.txt"][0] == "failed"
    assert "missing-folder" not in rows


def test_unreadable_file_is_named(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("2025年全省生产总值增长5.2%。", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("全省增长5%。", encoding="utf-8")
    locked.chmod(0)
    db = tmp_path / "x.db"
    command = [sys.executable, "-m", "extract", "run", str(tmp_path), "--db", str(db)]
    if os.geteuid() == 0:  # root reads anything: run the job without the capabilities that allow it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv (util-linux) to drop the read-anything capability")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in output, output
    assert failures(proc.stdout) == {str(locked): "cannot read: Permission denied"}
    rows = stored(db)
    assert rows[good.name][0] == "ok"
    assert rows["locked.txt"] == ("failed", "cannot read: Permission denied", 0)


# ---------------------------------------------------------------------------------- full disk
@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A corpus of 43 documents (two of them bad) and the database a clean run makes of it."""
    base = tmp_path_factory.mktemp("disk")
    corpus = make_corpus(base / "corpus", 30)
    clean = base / "clean.db"
    assert statfacts("run", str(corpus), "--db", str(clean), check=False).returncode == 1
    return corpus, clean


def test_full_disk_stops_with_a_message_and_an_intact_database(
    small_corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's `max_page_count` makes the database "full" after a few documents (SQLITE_FULL,
    what a full disk gives); the run stops with a message, and a run with room finishes the job."""
    corpus, clean = small_corpus
    db = tmp_path / "full.db"
    models.db.upgrade(str(db))
    with closing(sqlite3.connect(db)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    plain = models.db._sqlite_pragmas

    def tiny_disk(dbapi_conn: Any, record: Any) -> None:
        plain(dbapi_conn, record)
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 12}")

    monkeypatch.setattr(models.db, "_sqlite_pragmas", tiny_disk)
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert "run stopped while storing" in result.output
    assert "the disk is full" in result.output and "database or disk is full" in result.output
    partial_docs, partial_facts = db_content(db)  # passes the integrity check
    clean_docs, clean_facts = db_content(clean)
    assert 0 < len(partial_docs) < len(clean_docs)
    kept = {doc[0] for doc in partial_docs}  # every stored document whole, with all its facts
    assert [f for f in clean_facts if f[0] in kept] == partial_facts
    monkeypatch.setattr(models.db, "_sqlite_pragmas", plain)
    assert runner.invoke(app, ["run", str(corpus), "--db", str(db), "--no-progress"]).exit_code == 1
    assert db_content(db) == (clean_docs, clean_facts)


def test_full_tmpfs_disk(small_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """The same on a real full filesystem: a small tmpfs (needs root and mount rights)."""
    corpus, clean = small_corpus
    disk = tmp_path / "disk"
    disk.mkdir()
    fresh = tmp_path / "fresh.db"  # room for the schema and its journal, and little more
    models.db.upgrade(str(fresh))
    size_k = 3 * fresh.stat().st_size // 1024
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_k}k", "tmpfs", str(disk)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        db = disk / "data.db"
        proc = statfacts("run", str(corpus), "--db", str(db), check=False)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 1 and "Traceback" not in output, output
        assert "the disk is full" in output, output
        assert 0 < len(db_content(db)[0]) < len(db_content(clean)[0])  # intact, and partly done
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        statfacts("run", str(corpus), "--db", str(db), check=False)
        assert db_content(db) == db_content(clean)
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


# ------------------------------------------------------------------ a file that goes bad (issue 13)
def test_a_file_that_goes_bad_keeps_its_last_good_version(seeds_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    statfacts("run", str(seeds_copy), "--db", str(db))
    before = stored(db)
    assert sum(n for _, _, n in before.values()) > 0
    with closing(sqlite3.connect(db)) as conn:
        texts_before = dict(conn.execute("SELECT name, text FROM documents").fetchall())

    # every file over the size limit: nothing can be read, nothing stored may be lost
    proc = statfacts("run", str(seeds_copy), "--db", str(db), "--max-mb", "0.001", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stdout + proc.stderr
    assert "kept" in proc.stdout  # the summary says the last good versions were kept
    after = stored(db)
    for name, (status, error, n) in after.items():
        assert n == before[name][2], name  # the facts are all still there
        assert status == "stale" and "over the limit" in (error or ""), (name, status, error)
    with closing(sqlite3.connect(db)) as conn:
        assert dict(conn.execute("SELECT name, text FROM documents").fetchall()) == texts_before

    # one file overwritten with random bytes: that one is kept as it was, the others are read again
    victim = seeds_copy / "003_836a8e24381455d6.txt"
    good_bytes = victim.read_bytes()
    victim.write_bytes(os.urandom(3000))
    statfacts("run", str(seeds_copy), "--db", str(db), check=False)
    after = stored(db)
    assert after[victim.name][0] == "stale" and after[victim.name][2] == before[victim.name][2]
    assert all(after[n][0] == "ok" for n in after if n != victim.name)

    # a successful read replaces it again and clears the mark
    victim.write_bytes(good_bytes)
    statfacts("run", str(seeds_copy), "--db", str(db))
    assert stored(db) == before


def test_a_reader_without_its_library_fails_the_file_not_the_run(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>2024年全省生产总值增长5.2%。</p></body></html>", encoding="utf-8")
    text = tmp_path / "note.txt"
    text.write_text("2024年全省生产总值增长5.2%。", encoding="utf-8")
    db = tmp_path / "x.db"
    # trafilatura made unimportable, as when lxml.html.clean is missing
    code = ("import sys; sys.modules['trafilatura'] = None; from extract.cli import main; "
            f"sys.argv = ['statfacts', 'run', {str(tmp_path)!r}, '--db', {str(db)!r}]; main()")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in output, output
    reason = failures(proc.stdout)[str(page)]
    assert "HTML" in reason and "trafilatura" in reason and "\n" not in reason
    rows = stored(db)
    assert rows["note.txt"][0] == "ok" and rows["page.html"][0] == "failed"


def test_a_document_whose_extraction_fails_is_named_and_the_others_still_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`facts` (how quality is measured) and `eval` go on past a document whose extraction fails, as
    `run` does: it is named on stderr with its reason, the others' facts are printed, the exit code is 1."""
    import extract.job
    import extract.pipeline

    bad, good = tmp_path / "a_bad.txt", tmp_path / "b_good.txt"
    bad.write_text("2025年，全省粮食产量120万吨。", encoding="utf-8")
    shutil.copy(GOOD[0], good)
    plain = extract.pipeline.extract_document

    def failing(document: Any, **kwargs: Any) -> Any:
        if document.name == bad.name:
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return plain(document, **kwargs)

    monkeypatch.setattr(extract.pipeline, "extract_document", failing)
    monkeypatch.setattr(extract.job, "extract_document", failing)
    result = CliRunner().invoke(app, ["facts", str(bad), str(good)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    printed = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert printed and {row["doc"] for row in printed} == {good.name}, result.stdout
    assert f"error: {bad}: extraction failed: AttributeError" in result.stderr, result.stderr
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**printed[0], "required": True}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), str(bad), str(good)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert f"error: {bad}: extraction failed: AttributeError" in result.stderr, result.stderr
