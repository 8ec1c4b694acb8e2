"""Small helpers over compiled `regex` patterns shared by the stages."""

from __future__ import annotations

from collections import deque

import regex


def last_match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The last non-overlapping match of `pattern` in text[pos:endpos], or None."""
    found = deque(pattern.finditer(text, pos, len(text) if endpos is None else endpos), maxlen=1)
    return found[0] if found else None
