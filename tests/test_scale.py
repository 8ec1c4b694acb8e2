"""The job at scale: parallel extraction equals serial, input is streamed, failures are contained."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import extract.job as job
from extract.job import run
from extract.pipeline import Extraction
from extract.validate import Rejection
from models.fact import Document

SENTENCES = [
    "2024年全省地区生产总值增长5.2%，达到1.2万亿元。",
    "全市新增就业岗位3.5万个，城镇调查失业率为5.1%。",
    "去年粮食产量达到1300万吨，比上年增加12万吨。",
]


def _facts(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            'SELECT d.path, f.start, f."end", f.text, f.value_text, f.unit, f.indicator, f.subject, f.period '
            'FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.start, f."end"'
        ).fetchall()


@pytest.mark.slow
def test_workers_store_what_one_process_stores(tmp_path: Path, seeds_copy: Path) -> None:
    one = run([str(seeds_copy)], str(tmp_path / "one.db"))
    two = run([str(seeds_copy)], str(tmp_path / "two.db"), workers=2)
    assert (one.documents_stored, two.documents_stored) == (5, 5)
    assert one.facts_stored == two.facts_stored >= 70
    assert _facts(tmp_path / "one.db") == _facts(tmp_path / "two.db")


def test_a_document_the_extractor_fails_on_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, sentence in enumerate(SENTENCES):
        (tmp_path / f"{i}.txt").write_text(sentence, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("BOOM 3个", encoding="utf-8")
    real = job.extract_document

    def flaky(document: Document, **kw: object) -> Extraction:
        if "BOOM" in document.text:
            raise ValueError("boom")
        return real(document)

    monkeypatch.setattr(job, "extract_document", flaky)
    summary = run([str(tmp_path)], str(tmp_path / "x.db"))
    assert summary.documents_stored == 3 and summary.documents_failed == 1
    assert summary.failures[0][0].endswith("bad.txt")
    assert "extraction failed: ValueError: boom" in summary.failures[0][1]
    with sqlite3.connect(tmp_path / "x.db") as conn:
        status = conn.execute("SELECT status FROM documents WHERE path LIKE '%bad.txt'").fetchone()
    assert status == ("failed",)
    # a failed document is tried again by the next run
    monkeypatch.setattr(job, "extract_document", real)
    again = run([str(tmp_path)], str(tmp_path / "x.db"))
    assert (again.documents_unchanged, again.documents_stored, again.documents_failed) == (3, 1, 0)


def test_rejections_kept_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(SENTENCES[0], encoding="utf-8")

    def rejecting(document: Document, **kw: object) -> Extraction:
        return Extraction(rejected=[Rejection(document.name, 0, 1, "x", "why")] * 4)

    monkeypatch.setattr(job, "extract_document", rejecting)
    monkeypatch.setattr(job, "MAX_REJECTIONS_KEPT", 6)
    summary = run([str(tmp_path)], str(tmp_path / "x.db"))
    assert summary.candidates_rejected == 20
    assert len(summary.rejections) == 6


def test_facts_inserted_in_slices_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.store as store

    text = "".join(SENTENCES * 5)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    whole = run([str(tmp_path / "a.txt")], str(tmp_path / "whole.db"))
    monkeypatch.setattr(store, "INSERT_CHUNK", 4)
    sliced = run([str(tmp_path / "a.txt")], str(tmp_path / "sliced.db"))
    assert whole.facts_stored == sliced.facts_stored > 8
    assert _facts(tmp_path / "whole.db") == _facts(tmp_path / "sliced.db")
