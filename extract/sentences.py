"""Sentence and paragraph spans of the view.

A sentence ends at 。！？!? or a line break; a paragraph at a line break. Clause breaks
(，、：；) are handled where they matter (quantities, attribution).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# ；separates the clauses of one sentence (a list of targets after 预期目标是：), so it does not end one.
_SENTENCE_END = regex.compile(r"[。！!？?…]+[”’」』)]?|\n")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def sentence_spans(view: str) -> list[Span]:
    """Sentences in order; every character of the view belongs to exactly one."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(view):
        end = m.end()
        if end > start:
            spans.append(Span(start, end))
        start = end
    if start < len(view):
        spans.append(Span(start, len(view)))
    return spans


def line_spans(view: str) -> list[Span]:
    """Lines (paragraphs), without their line breaks."""
    spans: list[Span] = []
    start = 0
    for m in regex.finditer(r"\n", view):
        spans.append(Span(start, m.start()))
        start = m.end()
    spans.append(Span(start, len(view)))
    return spans
