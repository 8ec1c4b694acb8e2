"""The quantity corpora: positive (sentence → expected facts), negative (no fact), must-not-crash.

Each case is a test. Cases the extractor does not get right yet are listed with a reason in
corpus/known_gaps.tsv and run as strict xfails: fixing one makes the suite say so.
"""

from __future__ import annotations

import pytest
from corpus_check import CORPUS, compare_quantities, load

from extract.pipeline import extract_text

POSITIVE = load("quantities_positive_a.jsonl") + load("quantities_positive_b.jsonl")
NEGATIVE = load("quantities_negative.jsonl")
with open(CORPUS / "must_not_crash.txt", encoding="utf-8") as _fh:
    CRASH = [line.rstrip("\n") for line in _fh if line.strip()]


def _known_gaps() -> dict[str, str]:
    gaps = {}
    with open(CORPUS / "known_gaps.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                case_id, reason = line.rstrip("\n").split("\t", 1)
                gaps[case_id] = reason
    return gaps


GAPS = _known_gaps()


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(reason=GAPS[case["id"]], strict=True)] if case["id"] in GAPS else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_corpus_sizes() -> None:
    assert len(POSITIVE) >= 300
    assert len(NEGATIVE) >= 80
    assert len(CRASH) >= 50
    genres = {c["genre"] for c in POSITIVE}
    assert len(genres) >= 10


@pytest.mark.parametrize("case", [_param(c) for c in POSITIVE])
def test_positive(case: dict) -> None:
    problems = compare_quantities(case)
    assert not problems, f"{case['sentence']}: {problems}"


@pytest.mark.parametrize("case", [_param(c) for c in NEGATIVE])
def test_negative(case: dict) -> None:
    facts = extract_text(case["sentence"]).facts
    assert not facts, f"{case['sentence']} ({case['why']}): {[f.text for f in facts]}"


@pytest.mark.parametrize("text", CRASH)
def test_must_not_crash(text: str) -> None:
    result = extract_text(text)
    for fact in result.facts:
        assert text[fact.start:fact.end] == fact.text
