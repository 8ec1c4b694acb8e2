"""`run --workers N`: the extraction processes read their own files (the main process only looks
up what is stored and stores), and the run records exactly what one process records: the same
documents, facts and failures, the same unchanged documents skipped, the last good version of a
file gone bad kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS, statfacts, write_bad_files
from dying_worker import MARK

import extract.job as job
import extract.read as read
from extract.job import RunSummary, extract_files, run
from extract.pipeline import extract_document
from extract.store import fact_values
from models.fact import Document

SENTENCES = [
    "2024年全省地区生产总值增长5.2%，达到1.2万亿元。",
    "今年全市新增就业岗位3.5万个，城镇调查失业率为5.1%。",
    "去年粮食产量达到1300万吨，比上年增加12万吨。",
]


def _inbox(root: Path) -> Path:
    """Good files and every kind of bad one the reader names."""
    inbox = root / "inbox"
    inbox.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, inbox / seed.name)
    for i, sentence in enumerate(SENTENCES):
        (inbox / f"s{i}.txt").write_text(sentence * (1 + i), encoding="utf-8")
    (inbox / "gbk.txt").write_bytes("今年全省粮食产量增长3%。".encode("gb18030"))
    write_bad_files(inbox)
    good = {"id": "ok1", "text": "今年全省粮食产量增长3%。", "date": "2025-07-01"}
    lines = [json.dumps(good, ensure_ascii=False), '{"id": "bad", "text": 5',
             json.dumps({**good, "id": "ok2"}, ensure_ascii=False), json.dumps({**good, "id": "ok1"})]
    (inbox / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inbox


def _content(db: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(db)) as conn:
        documents = conn.execute(
            "SELECT path, name, sha256, chars, encoding, status, error, title, published, text FROM documents"
            " ORDER BY path"
        ).fetchall()
        facts = conn.execute(
            'SELECT d.path, f.start, f."end", f.text, f.value_text, f.unit, f.indicator, f.subject, f.period,'
            " f.rule FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.start, f.\"end\""
        ).fetchall()
    return documents, facts


def _counts(summary: RunSummary) -> tuple[Any, ...]:
    return (summary.documents_read, summary.documents_stored, summary.documents_unchanged,
            summary.documents_failed, summary.documents_kept, summary.facts_stored, summary.candidates_rejected,
            summary.chars, sorted(summary.failures), summary.status)


def _run(inbox: Path, db: Path, workers: int, **kw: Any) -> tuple[RunSummary, list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []
    summary = run([str(inbox)], str(db), workers=workers, max_bytes=50_000,
                  on_document=lambda d, outcome: seen.append((d.path, outcome)), **kw)
    return summary, seen


@pytest.mark.slow
def test_workers_record_what_one_process_records(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    one, one_seen = _run(inbox, tmp_path / "one.db", 1, published=date(2025, 3, 1))
    two, two_seen = _run(inbox, tmp_path / "two.db", 2, published=date(2025, 3, 1))
    assert one.documents_failed == 7 and one.documents_stored == 10
    assert _counts(two) == _counts(one)
    assert two_seen == one_seen  # progress: every document, in the order read, with its outcome
    assert _content(tmp_path / "two.db") == _content(tmp_path / "one.db")

    # again: the unchanged documents are skipped, the failed ones tried again
    one, one_seen = _run(inbox, tmp_path / "one.db", 1, published=date(2025, 3, 1))
    two, two_seen = _run(inbox, tmp_path / "two.db", 2, published=date(2025, 3, 1))
    assert two.documents_unchanged == one.documents_unchanged == 10
    assert _counts(two) == _counts(one) and two_seen == one_seen

    # a changed file is read again; one gone bad keeps its last good version
    (inbox / "s0.txt").write_text(SENTENCES[0] + SENTENCES[1], encoding="utf-8")
    (inbox / "s1.txt").write_bytes(bytes(range(256)) * 8)
    one, one_seen = _run(inbox, tmp_path / "one.db", 1, published=date(2025, 3, 1))
    two, two_seen = _run(inbox, tmp_path / "two.db", 2, published=date(2025, 3, 1))
    assert (two.documents_stored, two.documents_failed, two.documents_kept) == (1, 8, 1)
    assert _counts(two) == _counts(one) and two_seen == one_seen
    assert _content(tmp_path / "two.db") == _content(tmp_path / "one.db")


@pytest.mark.slow
def test_the_main_process_reads_no_file_of_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(12):
        (inbox / f"{i:02d}.txt").write_text(SENTENCES[i % 3] * (1 + i % 4), encoding="utf-8")
    one = run([str(inbox)], str(tmp_path / "one.db"))

    def refuse(path: Path, **kw: object) -> Iterator[Document]:
        raise AssertionError(f"the main process read {path}")

    # (the extraction processes are spawned: they import the reader afresh)
    monkeypatch.setattr(read, "read_file", refuse)
    monkeypatch.setattr(job, "read_file", refuse, raising=False)
    two = run([str(inbox)], str(tmp_path / "two.db"), workers=2)
    assert _counts(two) == _counts(one)
    assert _content(tmp_path / "two.db") == _content(tmp_path / "one.db")


@pytest.mark.slow
def test_extract_files_streams_in_order_with_bounded_look_ahead(tmp_path: Path) -> None:
    files = []
    for i in range(30):
        path = tmp_path / f"d{i:02d}.txt"
        path.write_text(SENTENCES[i % 3] * (1 + i % 4), encoding="utf-8")
        files.append(path)
    asked: list[str] = []

    def known(path: str) -> tuple[int, str, str] | None:
        asked.append(path)
        return None

    names: list[str] = []
    ahead: list[int] = []
    for document, extracted in extract_files(files, 2, known=known, batch_bytes=1, batch_files=1):
        names.append(document.name)
        ahead.append(len(asked) - len(names))
        assert extracted is not None and extracted.error is None
        # from a worker the facts come back as the tuples the writer stores
        assert extracted.values == [fact_values(f) for f in extract_document(document).facts]
    assert names == [f"d{i:02d}.txt" for i in range(30)]
    # at most 2 × workers + 1 batches (of one file here) are looked up ahead of the results
    assert max(ahead) <= 2 * 2 + 1


@pytest.mark.slow
def test_a_stop_request_ends_the_reading(tmp_path: Path) -> None:
    files = []
    for i in range(30):
        path = tmp_path / f"d{i:02d}.txt"
        path.write_text(SENTENCES[i % 3], encoding="utf-8")
        files.append(path)

    def names_until_three(workers: int) -> list[str]:
        got: list[str] = []
        results = extract_files(files, workers, stop=lambda: len(got) >= 3, batch_bytes=1, batch_files=1)
        for document, _extracted in results:
            got.append(document.name)
        return got

    for workers in (1, 2):
        got = names_until_three(workers)
        assert 3 <= len(got) <= 3 + 2 * workers + 1
        assert got == [f"d{i:02d}.txt" for i in range(len(got))]


def test_one_process_hands_over_the_facts_as_the_tuples_it_stores(tmp_path: Path) -> None:
    """As from an extraction process: a very large document does not hold its pydantic facts while
    they are stored (≈ 5 KB a fact against ≈ 0.7 KB a tuple)."""
    files = []
    for i in range(3):
        path = tmp_path / f"d{i}.txt"
        path.write_text(SENTENCES[i] * (2 + i), encoding="utf-8")
        files.append(path)
    for document, extracted in extract_files(files, 1):
        assert extracted is not None and extracted.extraction.facts == []
        expected = [fact_values(f) for f in extract_document(document).facts]
        assert expected and extracted.values == expected
        assert extracted.facts_count == len(expected)


def _stored(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [path for (path,) in conn.execute("SELECT path FROM documents ORDER BY path")]


@pytest.mark.slow
def test_a_dead_extraction_process_stops_the_run_and_names_the_documents_not_stored(tmp_path: Path) -> None:
    """An extraction process killed (or crashed in native code) must not hang the run: it stops, names
    the documents that were on their way and were not stored, keeps every document stored before, and
    fails; the next run goes on from there to what one process stores."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [f"d{i:02d}{'-' + MARK if i == 20 else ''}.txt" for i in range(40)]
    for i, name in enumerate(names):
        (inbox / name).write_text(SENTENCES[i % 3] * (1 + i % 4), encoding="utf-8")
    paths = [str(inbox / name) for name in names]
    db = tmp_path / "x.db"
    # (the timeout only turns a hang into a failure: the run takes seconds)
    proc = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); import dying_worker;"
         " dying_worker.main(sys.argv[1:])", "run", str(inbox), "--db", str(db), "--workers", "2", "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out, out
    assert "an extraction process died" in out, out
    not_stored = [line.split(": ")[1] for line in proc.stdout.splitlines() if "not stored: an extraction" in line]
    stored = _stored(db)
    assert paths[20] in not_stored
    # what was stored is every file before those on their way; the files after them were not read
    assert stored + not_stored == paths[:len(stored) + len(not_stored)]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("failed",)]
    one = tmp_path / "one.db"
    run([str(inbox)], str(one))
    facts_of = {path: [row for row in _content(one)[1] if row[0] == path] for path in paths}
    assert _content(db)[1] == [row for path in stored for row in facts_of[path]]

    again = statfacts("run", str(inbox), "--db", str(db), "--workers", "2", "--no-progress")
    assert f"unchanged {len(stored)}," in again.stdout
    assert _content(db) == _content(one)
