"""Small helpers over compiled `regex` patterns shared by the stages."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

import regex


def last_match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The last non-overlapping match of `pattern` in text[pos:endpos], or None."""
    found = deque(pattern.finditer(text, pos, len(text) if endpos is None else endpos), maxlen=1)
    return found[0] if found else None


class EndingWith:
    """Words that must end right at a position (a qualifier before a number, a label before a
    code): the pattern `(?:word|…)$` searched in a short window before that position.

    Most positions have a character before them that ends none of the words; for those a set
    look-up answers without a search. A line break is always searched, since `$` also matches
    just before a final one. The answer is the pattern's own, so callers see no difference.
    """

    __slots__ = ("last_chars", "pattern")

    def __init__(self, words: Iterable[str]) -> None:
        chosen = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        self.pattern: re.Pattern[str] = re.compile(rf"(?:{'|'.join(map(re.escape, chosen))})$")
        self.last_chars: frozenset[str] = frozenset(w[-1] for w in chosen) | {"\n"}

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`, skipped where it cannot match."""
        if endpos <= pos or text[endpos - 1] not in self.last_chars:
            return None
        return self.pattern.search(text, pos, endpos)
