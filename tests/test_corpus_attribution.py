"""The attribution corpus: sentences (with the document context before them) and the expected
indicator, subject, period and modality of each fact.

Scored as a whole, like the evaluation: the floors are what the extractor reached when this
corpus was written; a change that lowers one of them fails here.
"""

from __future__ import annotations

import pytest
from attribution_check import ATTRIBUTION, run_case, scores


def test_corpus_size_and_variety() -> None:
    assert len(ATTRIBUTION) >= 150
    assert len({c["genre"] for c in ATTRIBUTION}) >= 10
    subjects = {f["subject"] for c in ATTRIBUTION for f in c["facts"]}
    assert len(subjects) >= 30


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, float]:
    return scores(ATTRIBUTION)


@pytest.mark.parametrize(
    ("measure", "floor"),
    [
        ("found", 0.99),
        ("indicator_char_f1", 0.94),
        ("subject", 0.95),
        ("period_accuracy", 0.97),
        ("modality_accuracy", 0.97),
    ],
)
def test_floor(corpus_scores: dict[str, float], measure: str, floor: float) -> None:
    assert corpus_scores[measure] >= floor, corpus_scores


@pytest.mark.parametrize(
    "case_id",
    ["t001", "t008", "t022", "t041", "t055", "t069", "t081", "t112", "t122", "t140"],
)
def test_representative_cases_exactly(case_id: str) -> None:
    case = next(c for c in ATTRIBUTION if c["id"] == case_id)
    for expected, got in run_case(case):
        assert got is not None, expected
        assert (got["subject"], got["period"], got["modality"]) == (
            expected["subject"], expected["period"], expected["modality"]), (case["sentence"], got)
