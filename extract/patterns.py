"""Small helpers over compiled `regex` patterns shared by the stages."""

from __future__ import annotations

import array
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, Final

import regex

from extract.numbers import PLAIN_DIGIT_CHARS

# A paragraph or a clause that opens a numbered item of a digest or a list (1、, 2., （三）)
ITEM_START: Final = re.compile(rf"\s*(?:[0-9]{{1,2}}[、.．]|[（(][0-9{PLAIN_DIGIT_CHARS}十]{{1,3}}[)）])")


def last_match(
    pattern: re.Pattern[str] | regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | regex.Match[str] | None:
    """The last non-overlapping match of `pattern` in text[pos:endpos], or None."""
    found = None
    for found in pattern.finditer(text, pos, len(text) if endpos is None else endpos):  # noqa: B007
        pass  # (only the last one is wanted)
    return found


def find_all(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where `word` stands in text[start:end], each place in order (overlapping ones too)."""
    stop = len(text) if end is None else end
    at = text.find(word, start, stop)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, stop)


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct words, longest first, then in code-point order (a fixed order, whatever the
    hash seed): the order an alternation of them is tried in."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """The words as one alternation of literals, longest first (`longest_first`)."""
    return "|".join(re.escape(w) for w in longest_first(words))


def up_to_last(chars: str) -> re.Pattern[str]:
    """A pattern whose `match(text, pos, endpos)` ends just after the last of `chars` in
    text[pos:endpos] (its greedy run backs off to it), and fails where none of them stands."""
    return re.compile(f"(?s:.*)[{re.escape(chars)}]")


class EndingWith:
    """Words that must end right at a position (a qualifier before a number, a label before a
    code): the pattern `(?:word|…)$` searched in a short window before that position.

    Most positions have a character before them that ends none of the words; for those a set
    look-up answers without a search. A line break is always searched, since `$` also matches
    just before a final one. The answer is the pattern's own, so callers see no difference.
    """

    __slots__ = ("last_chars", "pattern", "reach")

    def __init__(self, words: Iterable[str]) -> None:
        chosen = longest_first(w for w in words if w)
        self.pattern: re.Pattern[str] = re.compile(rf"(?:{'|'.join(map(re.escape, chosen))})$")
        self.last_chars: frozenset[str] = frozenset(w[-1] for w in chosen) | {"\n"}
        # how far back a word can start: the longest word, and a final line break `$` matches before
        self.reach: int = max(map(len, chosen), default=0) + 1

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`, skipped where it cannot match."""
        if endpos <= pos or text[endpos - 1] not in self.last_chars:
            return None
        return self.pattern.search(text, pos, endpos)

    def before(self, text: str, end: int, floor: int = 0) -> re.Match[str] | None:
        """One of the words ending right at `end` (not starting before `floor`), however long it is:
        a word added to a lexicon file is found without a window to widen in code."""
        return self.search(text, max(floor, end - self.reach), end)


def _every_character() -> str:
    """Every code point, in order (surrogates included)."""
    typecode = next(t for t in "IL" if array.array(t).itemsize == 4)
    codec = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
    return array.array(typecode, range(sys.maxunicode + 1)).tobytes().decode(codec, "surrogatepass")


@cache
def class_body(item: str) -> str:
    """The body of a `re` character class holding exactly the characters `regex` matches with
    `item` (\\p{Han}, \\s), found by running `regex` itself over every code point."""
    parts = []
    for m in regex.finditer(f"(?:{item})+", _every_character()):
        first, last = re.escape(m.group()[0]), re.escape(m.group()[-1])
        parts.append(first if m.end() - m.start() == 1 else f"{first}-{last}")
    return "".join(parts)


def grouped_alternation(words: list[str]) -> str:
    """An alternation of literal words, factored by first character (北(?:京市|京)|天(?:津市|津)…):
    it matches as `|`.join(words) does (at a position only the words starting with its character
    can match, and they keep their order), but `re` tries one branch per character, not all."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "|".join(
        re.escape(first) + (re.escape(group[0][1:]) if len(group) == 1 else
                            "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
        for first, group in groups.items()
    )


def top_level_branches(alternation: str) -> list[str]:
    """The branches of a pattern split at its top-level `|` (for alternations of escaped words and
    groups: a `|` or parenthesis inside a character class is not told apart)."""
    out = [""]
    depth = 0
    escaped = False
    for ch in alternation:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("")
            continue
        out[-1] += ch
    return out


@cache
def class_chars(item: str) -> str:
    """Every character `regex` matches with `item` (\\s, \\p{Han}), in code-point order."""
    return "".join(m.group() for m in regex.finditer(f"(?:{item})+", _every_character()))


# `regex`'s \p{Han} and \s for `re` (whose own \s differs: it takes \x1c-\x1f), as character class
# bodies, and the whitespace characters themselves (for `in` tests and sets)
HAN: Final = class_body(r"\p{Han}")
SPACE: Final = class_body(r"\s")
SPACE_CHARS: Final = class_chars(r"\s")


def first_chars(pattern: str) -> frozenset[str]:
    """Every character a match of `pattern` (a `re` pattern) can start with, read off its parsed
    form: the set a fast pre-test looks up before trying the pattern, derived so it cannot fall
    out of step with it. A pattern whose first character is unbounded (., [^…]) or that can
    match empty raises ValueError (no pre-test can skip it)."""
    chars, nullable = _edge(_parse(pattern), first=True)
    if nullable:
        raise ValueError(f"{pattern!r} can match the empty string")
    return frozenset(chars)


def last_chars(pattern: str) -> frozenset[str]:
    """Every character a match of `pattern` can end with (see `first_chars`)."""
    chars, nullable = _edge(_parse(pattern), first=False)
    if nullable:
        raise ValueError(f"{pattern!r} can match the empty string")
    return frozenset(chars)


def longest_match(pattern: str) -> int:
    """The most characters a match of `pattern` (a `re` pattern) can span, as `re`'s own parser
    computes it (look-arounds take none); ValueError when a match can be as long as the text."""
    import re._constants as constants  # type: ignore[import-not-found]
    import re._parser as parser  # type: ignore[import-not-found]

    longest = int(parser.parse(pattern).getwidth()[1])
    if longest >= constants.MAXREPEAT:
        raise ValueError(f"{pattern!r} has no longest match")
    return longest


def _parse(pattern: str) -> list[tuple[Any, Any]]:
    import re._parser as parser  # type: ignore[import-not-found]  # (the standard library's own parser)

    return list(parser.parse(pattern))


def _edge(items: list[tuple[Any, Any]], *, first: bool) -> tuple[set[str], bool]:
    """(the characters the sequence can start with — or end with, when not `first` —, whether it
    can match empty)."""
    out: set[str] = set()
    for op, arg in (items if first else reversed(items)):
        chars, nullable = _edge_of(str(op), arg, first=first)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _edge_of(op: str, arg: Any, *, first: bool) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {chr(arg)}, False
    if op == "IN":
        return _class_chars(arg), False
    if op == "BRANCH":
        edges = [_edge(list(branch), first=first) for branch in arg[1]]
        return set().union(*(e[0] for e in edges)), any(e[1] for e in edges)
    if op == "SUBPATTERN":
        return _edge(list(arg[-1]), first=first)
    if op in ("MAX_REPEAT", "MIN_REPEAT"):
        least, _most, body = arg
        chars, nullable = _edge(list(body), first=first)
        return chars, nullable or least == 0
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # (zero width: anchors and look-arounds take no character)
    raise ValueError(f"no bounded set of characters for {op}")


def _class_chars(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, arg in items:
        kind = str(op)
        if kind == "LITERAL":
            out.add(chr(arg))
        elif kind == "RANGE":
            lo, hi = arg
            out.update(chr(c) for c in range(lo, hi + 1))
        elif kind == "CATEGORY":
            out.update(_category_chars(str(arg)))
        else:
            raise ValueError(f"no bounded set of characters for a class with {kind}")
    return out


@cache
def _category_chars(category: str) -> str:
    """The characters of a `re` class category (\\s, \\d, \\w) as `re` matches them."""
    escape = {"CATEGORY_SPACE": r"\s", "CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w"}.get(category)
    if escape is None:
        raise ValueError(f"no bounded set of characters for {category}")
    return "".join(m.group() for m in re.finditer(f"(?:{escape})+", _every_character()))
