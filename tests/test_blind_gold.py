"""A second gold set: twelve documents of kinds the seeds do not have (a communiqué, a city's
monthly release, a work report, company results, energy, transport, census, agriculture, a
filed news story, science, a county feature, customs), annotated by a team member who did not
read the extractor's code. Floors are the figures reached when the set was adopted; a change
that lowers one fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate import load_jsonl, score
from extract.pipeline import extract_document
from extract.read import read_paths

BLIND = Path(__file__).parent / "blind"


@pytest.fixture(scope="module")
def result() -> dict:
    pred = [f.contract() for d in read_paths([BLIND / "docs"]) for f in extract_document(d).facts]
    return score(load_jsonl(BLIND / "gold.jsonl"), pred)


def test_size() -> None:
    gold = load_jsonl(BLIND / "gold.jsonl")
    assert len(gold) >= 200 and len({g["doc"] for g in gold}) == 12


def test_quantities(result: dict) -> None:
    assert result["levels"]["quantity"].f1 >= 0.97


def test_facts(result: dict) -> None:
    assert result["levels"]["fact"].f1 >= 0.92


def test_attributes(result: dict) -> None:
    attrs = result["attributes"]
    assert attrs["indicator_char_f1"] >= 0.87
    assert attrs["period_accuracy"] >= 0.78
    assert attrs["subject_char_f1"] >= 0.83
    assert attrs["modality_accuracy"] >= 0.97
