"""Sentence and paragraph spans of the view.

A sentence ends at 。！？!? or a line break; a paragraph at a line break. Clause breaks
(，、：；) are handled where they matter (quantities, attribution).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

import regex

# ；separates the clauses of one sentence (a list of targets after 预期目标是：), so it does not end one.
_TERMINATORS: Final = "。！!？?…"
_SENTENCE_END: Final = regex.compile(rf"[{_TERMINATORS}]+[”’」』)]?|\n")
# The same matches, spelled to open with one character class: `re` then skips to the next
# terminator or line break in one C scan instead of trying the alternation at every character.
_SENTENCE_END_SCAN: Final = re.compile(rf"[{_TERMINATORS}\n](?:(?<=\n)|[{_TERMINATORS}]*[”’」』)]?)")


class Span(NamedTuple):
    start: int
    end: int


class Sentences:
    """The sentences of a view as two lists of offsets (a document has thousands of sentences
    and few hold a number, so a `Span` is made only for the ones asked for)."""

    __slots__ = ("ends", "starts")

    def __init__(self, view: str) -> None:
        # every match is at least one character long, so no sentence is empty
        ends = [m.end() for m in _SENTENCE_END_SCAN.finditer(view)]
        if not ends or ends[-1] < len(view):
            ends.append(len(view))
        if not view:
            ends = []
        self.ends: list[int] = ends
        self.starts: list[int] = [0, *ends[:-1]] if ends else []

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, k: int) -> Span:
        return Span(self.starts[k], self.ends[k])
