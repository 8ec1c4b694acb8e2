"""Shared helpers for the corpus tests: run the extractor on a corpus sentence and compare."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from extract.evaluate import canonical_unit
from extract.pipeline import extract_text

CORPUS = Path(__file__).parent / "corpus"


def load(name: str) -> list[dict[str, Any]]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _span(sentence: str, text: str, after: int) -> tuple[int, int]:
    i = sentence.find(text, after)
    if i < 0:
        i = sentence.find(text)
    return i, i + len(text)


def compare_quantities(case: dict[str, Any]) -> list[str]:
    """Differences between the expected facts of a case and what the extractor gives ([] = pass)."""
    sentence = case["sentence"]
    got = [f.contract() for f in extract_text(sentence).facts]
    problems: list[str] = []
    used: set[int] = set()
    cursor = 0
    for exp in case["facts"]:
        s, e = _span(sentence, exp["text"], cursor)
        cursor = max(cursor, e)
        match = None
        best = 0
        for j, g in enumerate(got):
            if j in used:
                continue
            overlap = min(e, g["end"]) - max(s, g["start"])
            if overlap > best:
                best, match = overlap, j
        if match is None:
            problems.append(f"missed {exp['text']}")
            continue
        used.add(match)
        g = got[match]
        for key in ("value", "value_max"):
            if not _close(g[key], exp.get(key)):
                problems.append(f"{exp['text']}: {key} {g[key]} != {exp.get(key)}")
        if canonical_unit(g["unit"]) != canonical_unit(exp["unit"]):
            problems.append(f"{exp['text']}: unit {g['unit']!r} != {exp['unit']!r}")
        for key, default in (("qualifier", "exact"), ("kind", "level")):
            if (g[key] or default) != (exp.get(key) or default):
                problems.append(f"{exp['text']}: {key} {g[key]} != {exp.get(key)}")
        if (exp.get("kind") == "change") and g["direction"] != exp.get("direction"):
            problems.append(f"{exp['text']}: direction {g['direction']} != {exp.get('direction')}")
    for j, g in enumerate(got):
        if j not in used:
            problems.append(f"spurious {g['text']}")
    return problems
