"""Every candidate passes the pydantic model; failures are reported, never dropped silently."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract import job
from extract.pipeline import Extraction
from extract.validate import Rejection, validate
from models.fact import Fact

GOOD = {
    "doc": "a.txt", "start": 0, "end": 5, "text": "55GWh", "value": Decimal(55), "value_max": None, "unit": "GWh",
    "qualifier": "exact", "kind": "level", "direction": None, "modality": "actual", "indicator": "新能源电池产能",
    "subject": "贵州", "period": "2025",
}


def test_a_good_candidate_becomes_a_fact() -> None:
    fact = validate(GOOD)
    assert isinstance(fact, Fact)
    assert fact.contract()["value"] == 55


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "change", "direction": None}, "direction"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"period": "last year"}, "period"),
        ({"indicator": ""}, "indicator"),
        ({"end": 3}, "span"),
        ({"value": Decimal("NaN")}, "value"),
        ({"value_max": Decimal(1)}, "value_max"),
    ],
)
def test_a_bad_candidate_is_a_rejection_with_its_reason(change: dict, field: str) -> None:
    out = validate({**GOOD, **change})
    assert isinstance(out, Rejection)
    assert out.reason and out.text == GOOD["text"]


def test_rejections_are_counted_by_the_job(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("产能达到55GWh。", encoding="utf-8")
    rejection = Rejection("a.txt", 0, 5, "55GWh", "indicator: too short")
    monkeypatch.setattr(job, "extract_document", lambda d, **_: Extraction(rejected=[rejection]))
    summary = job.run([str(tmp_path / "a.txt")], str(tmp_path / "x.db"))
    assert summary.candidates_rejected == 1 and summary.rejections == [rejection]
