"""Stage 2: a NFKC view of the document and a map from view offsets back to stored offsets.

The view is made character by character with `unicodedata` (full-width digits and
punctuation become ASCII, ℃ becomes °C, ㎡ becomes m2), so every view character comes from
exactly one stored character. Spans found in the view are mapped back to the document as
stored, which is what offsets always refer to.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import regex


@cache
def _nfkc_table() -> dict[int, str]:
    """Every code point whose NFKC form differs from itself → that form."""
    table: dict[int, str] = {}
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if unicodedata.is_normalized("NFKC", ch):
            continue
        table[cp] = unicodedata.normalize("NFKC", ch)
    return table


@cache
def _expanding_chars() -> regex.Pattern[str]:
    """A pattern matching the characters whose NFKC form is longer than one character."""
    chars = "".join(regex.escape(chr(cp)) for cp, s in _nfkc_table().items() if len(s) != 1)
    return regex.compile(f"[{chars}]")


@dataclass(frozen=True)
class NormalisedText:
    """`view` is what the rules read; `to_stored` maps view spans back to the stored text."""

    stored: str
    view: str
    # breakpoints: (view offset, stored offset) at each place the two stop moving together
    _view_marks: list[int] = field(default_factory=list)
    _stored_marks: list[int] = field(default_factory=list)

    def stored_offset(self, view_offset: int, *, end: bool = False) -> int:
        """The stored offset for a view offset (for an end offset, the end of its character)."""
        if not self._view_marks:
            return view_offset
        if end:
            if view_offset <= 0:
                return 0
            return self.stored_offset(view_offset - 1) + 1
        i = bisect_right(self._view_marks, view_offset) - 1
        if i < 0:
            return view_offset
        vmark, smark = self._view_marks[i], self._stored_marks[i]
        if i % 2 == 0:
            # inside an expansion: every view character of it maps to the one stored character
            return smark
        return smark + (view_offset - vmark)

    def to_stored(self, start: int, end: int) -> tuple[int, int]:
        return self.stored_offset(start), self.stored_offset(end, end=True)


def normalise(text: str) -> NormalisedText:
    """The NFKC view of `text`, character by character, with its offset map."""
    view = text.translate(_nfkc_table())
    if len(view) == len(text):
        return NormalisedText(text, view)
    # Some characters expanded: record, for each, where it starts in both texts (even marks)
    # and where the texts move together again after it (odd marks).
    view_marks: list[int] = []
    stored_marks: list[int] = []
    shift = 0
    table = _nfkc_table()
    for m in _expanding_chars().finditer(text):
        s = m.start()
        width = len(table[ord(text[s])])
        view_marks.append(s + shift)
        stored_marks.append(s)
        shift += width - 1
        view_marks.append(s + 1 + shift)
        stored_marks.append(s + 1)
    return NormalisedText(text, view, view_marks, stored_marks)
