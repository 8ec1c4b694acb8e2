"""Stage 2: a NFKC view of the document (and ∶ read as :) and a map from view offsets back to stored offsets.

The view is made character by character with `unicodedata` (full-width digits and
punctuation become ASCII, ℃ becomes °C, ㎡ becomes m2), so every view character comes from
exactly one stored character. Spans found in the view are mapped back to the document as
stored, which is what offsets always refer to.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from extract.patterns import HAN


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
    table.update(_LOOK_ALIKES)
    return table


# Marks NFKC keeps that the press uses for an ASCII one, read as it: ∶ (RATIO) in 8.5∶40.2∶51.3
_LOOK_ALIKES: dict[int, str] = {0x2236: ":"}


@dataclass(frozen=True)
class NormalisedText:
    """`view` is what the rules read; `to_stored` maps view spans back to the stored text."""

    stored: str
    view: str
    # breakpoints: (view offset, stored offset) at each place the two stop moving together
    _view_marks: list[int] = field(default_factory=list)
    _stored_marks: list[int] = field(default_factory=list)
    # spaces left out between a figure and a word: where each run was in the view, and how many
    # characters were left out up to it (offsets of the NFKC view are the view's plus that many)
    _gap_at: list[int] = field(default_factory=list)
    _gap_shift: list[int] = field(default_factory=list)

    def stored_offset(self, view_offset: int, *, end: bool = False) -> int:
        """The stored offset for a view offset (for an end offset, the end of its character)."""
        if end:
            if view_offset <= 0:
                return 0
            return self.stored_offset(view_offset - 1) + 1
        if self._gap_at:
            g = bisect_right(self._gap_at, view_offset) - 1
            if g >= 0:
                view_offset += self._gap_shift[g]
        if not self._view_marks:
            return view_offset
        i = bisect_right(self._view_marks, view_offset) - 1
        if i < 0:
            return view_offset
        vmark, smark = self._view_marks[i], self._stored_marks[i]
        if i % 2 == 0:
            # inside an expansion: every view character of it maps to the one stored character
            return smark
        return smark + (view_offset - vmark)

    def to_stored(self, start: int, end: int) -> tuple[int, int]:
        if not self._view_marks and not self._gap_at:
            return start, end  # the view is the stored text itself
        stored_start = self.stored_offset(start)
        # (an empty span where left-out spaces were maps to the place after them, not across them)
        return stored_start, max(stored_start, self.stored_offset(end, end=True))


# Spaces between a figure and the word next to it (2024 年, 1349084 亿元, 增长 5.0%: text taken from
# PDFs) are left out of the view: a run of spaces (NFKC makes every space but a line break " " or a
# tab) after a digit or % before a Han character, or after a Han character before a digit. The runs
# are found by a plain scan for spaces (rare in Chinese text) and their neighbours looked at.
_HAN_CHAR: Final = re.compile(f"[{HAN}]")
_FIGURE_ENDS: Final = frozenset("0123456789%")
_DIGITS: Final = frozenset("0123456789")
_BLANKS: Final = frozenset(" \t")


def _spaces_in_figures(view: str) -> list[tuple[int, int]]:
    """The runs of spaces between a figure and the word next to it, in order. The runs are found with
    `str.find` (spaces are few in Chinese text, and it is many times faster than a pattern's scan);
    each is kept when a digit or % and a Han character, or a Han character and a digit, stand
    around it."""
    runs: set[tuple[int, int]] = set()
    size = len(view)
    for blank in (" ", "\t"):
        at = view.find(blank)
        while at >= 0:
            start = at
            while start > 0 and view[start - 1] in _BLANKS:
                start -= 1
            end = at + 1
            while end < size and view[end] in _BLANKS:
                end += 1
            if start > 0 and end < size:
                before, after = view[start - 1], view[end]
                if (before in _FIGURE_ENDS and _HAN_CHAR.match(after)) \
                        or (after in _DIGITS and _HAN_CHAR.match(before)):
                    runs.add((start, end))
            at = view.find(blank, end)
    return sorted(runs)


# A line break after a comma (今年一季度净利润2.65亿元，⏎同比增10.49%: a line cut inside its sentence, as
# text copied from a fixed-width page has it) is left out of the view too, when a line goes on after it.
_BREAK_AFTER_COMMA: Final = re.compile(r"[,、](?P<cut>[ \t]*\n)(?=[ \t]*[^\s])")


def _breaks_after_commas(view: str) -> list[tuple[int, int]]:
    """The line breaks (with the blanks around them) that cut a sentence after a comma."""
    return [m.span("cut") for m in _BREAK_AFTER_COMMA.finditer(view)]


def normalise(text: str) -> NormalisedText:
    """The NFKC view of `text`, character by character, without the spaces between a figure and
    the word next to it nor the line breaks that cut a sentence after a comma, with its offset map."""
    nfkc = _nfkc_view(text)
    gaps = _spaces_in_figures(nfkc.view) if " " in nfkc.view or "\t" in nfkc.view else []
    cuts = _breaks_after_commas(nfkc.view)
    if cuts:
        gaps = sorted(set(gaps) | set(cuts))
    if not gaps:
        return nfkc
    pieces: list[str] = []
    gap_at: list[int] = []  # (where each run was, in the view without it and those before)
    gap_shift: list[int] = []  # (how many spaces were left out up to and with it)
    pos = shift = 0
    for start, end in gaps:
        pieces.append(nfkc.view[pos:start])
        gap_at.append(start - shift)
        shift += end - start
        gap_shift.append(shift)
        pos = end
    pieces.append(nfkc.view[pos:])
    return NormalisedText(text, "".join(pieces), nfkc._view_marks, nfkc._stored_marks, gap_at, gap_shift)


def _nfkc_view(text: str) -> NormalisedText:
    """The NFKC view of `text`, character by character, with its offset map."""
    view, expanding = _view(text)
    if not expanding:
        return NormalisedText(text, view)
    # Some characters expanded: record, for each, where it starts in both texts (even marks)
    # and where the texts move together again after it (odd marks).
    view_marks: list[int] = []
    stored_marks: list[int] = []
    shift = 0
    table = _nfkc_table()
    finder = re.compile("|".join(re.escape(ch) for ch in expanding))
    for m in finder.finditer(text):
        s = m.start()
        width = len(table[ord(text[s])])
        view_marks.append(s + shift)
        stored_marks.append(s)
        shift += width - 1
        view_marks.append(s + 1 + shift)
        stored_marks.append(s + 1)
    return NormalisedText(text, view, view_marks, stored_marks)


def _view(text: str) -> tuple[str, list[str]]:
    """The view, and the characters of `text` whose NFKC form is longer than one character.

    `str.translate` with a dict looks every character up (about 7 M characters/s). Here one
    C-level scan (a `re` character class compiled to a bitmap) finds the first character that
    changes, which is replaced throughout with `str.replace` (hundreds of M characters/s), and
    the scan goes on from there. Chinese text has a handful of distinct such characters
    (，：（）％ and full-width digits), so this is one scan and a few replaces. This is exact because
    no NFKC form contains a character that itself changes (checked in `_changing_chars`).
    """
    pattern = _changing_chars()
    m = pattern.search(text)
    if m is None:
        return text, []
    table = _nfkc_table()
    view = text
    expanding: list[str] = []
    while m is not None:
        # every character before `m` is unchanged or already replaced: `ch` first occurs here
        ch = m.group()
        target = table.get(ord(ch))
        pos = m.end()
        if target is not None:  # (the astral range of the pattern also matches unchanged characters)
            view = view.replace(ch, target)
            pos = m.start() + len(target)
            if len(target) != 1:
                expanding.append(ch)
        m = pattern.search(view, pos)
    return view, expanding


@cache
def _changing_chars() -> re.Pattern[str]:
    """A pattern for one character that may change under NFKC.

    The Basic Multilingual Plane part is exact (sre compiles it to a bitmap, ~80 M characters/s);
    all characters beyond it are matched and looked up, because ranges there are tested one by
    one and would make the scan many times slower (they are rare in Chinese text).
    """
    table = _nfkc_table()
    if any(ord(ch) in table for target in table.values() for ch in target):
        raise AssertionError("an NFKC form contains a character that changes: replace-all is not exact")
    bmp = sorted(cp for cp in table if cp <= 0xFFFF)
    parts: list[str] = []
    i = 0
    while i < len(bmp):
        j = i
        while j + 1 < len(bmp) and bmp[j + 1] == bmp[j] + 1:
            j += 1
        first, last = re.escape(chr(bmp[i])), re.escape(chr(bmp[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return re.compile(f"[{''.join(parts)}\U00010000-\U0010FFFF]")
