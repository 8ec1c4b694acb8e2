"""Scoring of the attribution corpus: each case is a little document (context + sentence)."""

from __future__ import annotations

from typing import Any

from corpus_check import load

from extract.evaluate import char_f1
from extract.pipeline import extract_text


def run_case(case: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(expected, got) pairs, got None when the fact was not found."""
    context = case.get("context") or ""
    doc = f"{context}\n{case['sentence']}" if context else case["sentence"]
    offset = len(doc) - len(case["sentence"])
    got = [f.contract() for f in extract_text(doc).facts if f.start >= offset]
    out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    used: set[int] = set()
    cursor = 0
    for exp in case["facts"]:
        s = case["sentence"].find(exp["text"], cursor)
        if s < 0:
            s = case["sentence"].find(exp["text"])
        s += offset
        e = s + len(exp["text"])
        cursor = e - offset
        best, match = 0, None
        for j, g in enumerate(got):
            ov = min(e, g["end"]) - max(s, g["start"])
            if j not in used and ov > best:
                best, match = ov, j
        if match is not None:
            used.add(match)
        out.append((exp, got[match] if match is not None else None))
    return out


def scores(cases: list[dict[str, Any]]) -> dict[str, float]:
    n = found = 0
    ind = subj = per = mod = 0.0
    for case in cases:
        for exp, got in run_case(case):
            n += 1
            if got is None:
                continue
            found += 1
            ind += char_f1(got["indicator"], exp["indicator"])
            subj += 1.0 if (got["subject"] or None) == (exp["subject"] or None) else char_f1(
                got["subject"], exp["subject"]) if exp["subject"] and got["subject"] else 0.0
            per += (got["period"] or None) == (exp["period"] or None)
            mod += got["modality"] == exp["modality"]
    return {"facts": n, "found": found / n, "indicator_char_f1": ind / found, "subject": subj / found,
            "period_accuracy": per / found, "modality_accuracy": mod / found}


ATTRIBUTION = load("attribution.jsonl")
