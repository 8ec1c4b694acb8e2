"""The speed shortcuts of the rules (`extract/quantities.py`; the scan for names of `extract/attribute/subject.py`).

Each shortcut gives exactly the answer of the plain computation it stands in for, and says in
three lines what it skips, why that is sound, and which tests prove the equivalence (`Proof:`, a
`pytest -k` selection of `tests/test_fast_paths.py`). The rules hand each one their own patterns
and words, and what a shortcut relies on (first characters, longest matches) is derived from
those, never kept by hand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from extract import lexicon
from extract.numbers import CN_DIGIT_CHARS, CN_DIGITS
from extract.patterns import first_chars, grouped_alternation, longest_first, longest_match


def factored_alternation(words: list[str]) -> str:
    """The alternation of `words`, longest first, factored by first character.

    Skips: the branches of every other first character (`re` tries one branch per character).
    Sound: only words that start with the character at the position can match; their order is kept.
    Proof: pytest tests/test_fast_paths.py -k grouped_alternation"""
    return grouped_alternation(longest_first(words))


def guarded_alternation(words: list[str]) -> str:
    """`factored_alternation(words)` behind a look-ahead for the words' first characters.

    Skips: the branches, where none of the first characters follows (one class test fails instead).
    Sound: a word matches only where its first character stands.
    Proof: pytest tests/test_fast_paths.py -k guarded_alternation"""
    first = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(first)}])(?:{factored_alternation(words)})"


class SearchAtEnd:
    """`pattern.search(text)` for a pattern ending in `$`; `longest`, read off it, the most a match spans.

    Skips: all but the last `longest + 1` characters; with `marks` (one is in every match), texts whose end has none.
    Sound: a match ends at the end or before a final line break; the search starts inside `text` (look-behinds see).
    Proof: pytest tests/test_fast_paths.py -k "search_at_the_end or comparison_at_the_end or longest_match"
    """

    __slots__ = ("longest", "marks", "pattern")

    def __init__(self, pattern: re.Pattern[str], marks: str = "") -> None:
        if not pattern.pattern.endswith("$"):
            raise ValueError(f"{pattern.pattern!r} does not end in $")
        self.pattern = pattern
        self.longest = longest_match(pattern.pattern)
        self.marks: re.Pattern[str] | None = re.compile(f"[{re.escape(marks)}]") if marks else None

    def search(self, text: str) -> re.Match[str] | None:
        start = max(0, len(text) - self.longest - 1)
        if self.marks is not None and self.marks.search(text, start) is None:
            return None
        return self.pattern.search(text, start)


# ------------------------------------------------------------------- the numeral runs worth reading
def candidate_runs(
    numeral: str, followers: Iterable[str], prefix_ends: Iterable[str], skip: str = ""
) -> re.Pattern[str]:
    """The runs of `[numeral]` that start with a digit, hold 万 or 亿, come before a follower or after a prefix end.

    Skips: the other runs (一些, 统一, 十分), which the loop's own test passes over; with `skip`, the runs it matches.
    Sound: each match is a whole run (no follower that counts is a numeral): the loop meets the runs it would keep.
    Proof: pytest tests/test_fast_paths.py -k "anchor_scan or kept_anchor"

    (The pattern opens with the numeral class so that `re` scans for it fast; the tests on the
    first character and the one before it are look-behinds after it.)"""
    numeral_class = re.compile(f"[{numeral}]")
    one = f"[{numeral}]"
    after = re.escape("".join(sorted(c for c in followers if not numeral_class.fullmatch(c))))
    before = re.escape("".join(sorted(prefix_ends)))
    not_a_run = f"(?!{skip})" if skip else ""
    return re.compile(
        rf"{one}(?<!{one}{one}){not_a_run}"
        rf"(?:(?<=[0-9万亿]){one}*|(?<=[{before}]{one}){one}*|(?={one}*[万亿]){one}*"
        rf"|{one}*(?=[{after}]))"
    )


class DropRules(NamedTuple):
    """The pieces of the quantity rules that `certain_drops` is written from."""

    numeral: str  # the body of the numeral-run class
    range_marks: str  # the marks between the two numbers of a range
    prefix_words: tuple[str, ...]  # what can stand before a quantity's first numeral and belong to it
    date_or_label: re.Pattern[str]  # the words after a number that make it a date or a label
    duration_ok: re.Pattern[str]  # what after 年 makes it a duration, not a year
    unit_heads: dict[str, str]  # 千/百 → the characters after them that make them start a unit


def certain_drops(rules: DropRules) -> str:
    """A pattern, tried after a run's first character, for the runs the rules always drop: a year
    (2025年, 五年来), a date or label word (3月, 2号线), a code (6D, [79ZDA), a lone Chinese digit
    before a measure word (一个, 三项) or 零/〇.

    Skips: reading those runs (only when the dropped candidates are not wanted: `--explain` lists them).
    Sound: `_excluded` drops each, and what the candidate takes after the run holds no numeral and starts no prefix.
    Proof: pytest tests/test_fast_paths.py -k "certain_drop or read_otherwise"

    The shapes are spelled from the groups of `_pattern`: after the run nothing may continue the
    number or open a range (a range mark after a unit or not, 多/余, 个 before 万/亿, a decimal
    point or thousands comma, 分之, 点 before a digit, a unit with a numeral in it), and the run
    must be the whole number (no 千瓦 or 百分 at its end). Only runs with no prefix word before them
    (百分之, 第, 数, 负, -; also across a line break, as `EndingWith` reads `$`) qualify."""
    units = lexicon.units()
    numeral = f"[{rules.numeral}]"
    numeral_class = re.compile(numeral)
    range_sep = f"[{re.escape(rules.range_marks)}]"

    def some(words: list[str] | tuple[str, ...]) -> str:
        return f"(?:{guarded_alternation(list(words))})" if words else "(?!)"

    def magnitude_whole(char: str) -> str:  # 千 or 百 just before, where no unit starts with it
        heads = rules.unit_heads[char]
        return f"(?<={char})" + (f"(?![{re.escape(heads)}])" if heads else "")

    any_unit = some(list(units))
    with_numeral = [w for w in units if numeral_class.search(w)]
    measure = lexicon.measure_words()
    # at the run's end: the number is the whole run, and nothing after it continues the number
    # or opens a range (`no_unit_range` for a range mark after a unit); one class for the single
    # characters and one look-ahead for the pairs, since each test costs a step per run
    range_marks = re.escape(rules.range_marks)
    ends_here = (
        rf"(?:(?<![千百])|{magnitude_whole('千')}|{magnitude_whole('百')})"
        rf"(?![多余{range_marks}]|个[万亿]|[.,][0-9]|分之|点[{CN_DIGIT_CHARS}])"
    )
    no_unit_range = rf"(?!{any_unit}{range_sep})(?!{some(with_numeral)})"
    # no unit, 成 or %, then a date or label word (`exclude.date_or_label`) or a letter (`exclude.code`)
    word_starts = re.escape("".join(sorted(first_chars(rules.date_or_label.pattern))))
    no_unit_word = (
        rf"(?=[A-Za-z{word_starts}])(?=[A-Za-z]|{rules.date_or_label.pattern})(?!{any_unit})(?![成%‰])"
    )
    # the unit 年 (no longer unit starts with it): a four-digit year whatever follows, another
    # number with nothing after 年 (级, 以上, 之久) that `exclude.year` reads
    longer = [w[1:] for w in units if w.startswith("年") and w != "年"]
    year = (
        rf"年{f'(?!{some(longer)})' if longer else ''}(?!{range_sep})(?:(?<=[0-9]{{4}}年)(?<!{numeral}[0-9]{{4}}年)"
        rf"|(?!级)(?!{some(tuple(lexicon.qualifiers()['after']))})(?!{rules.duration_ok.pattern}))"
    )
    # a run of one character: 一 before a unit but 倍 (`exclude.generic_one`), 二 to 九 before a
    # measure word (`exclude.small_chinese_count`), 零 (`exclude.zero_word`)
    small = "".join(c for c, v in CN_DIGITS.items() if 1 <= v <= 9 and c != "一")  # (壹 is no bare 一)
    zeros = "".join(c for c, v in CN_DIGITS.items() if v == 0)
    not_measure = [w for w in units if w not in measure]
    single = (
        rf"(?<!{numeral}{numeral})(?:(?<=一)(?!{some(['倍'])})(?={any_unit})"
        rf"|(?<=[{small}])(?!{some(not_measure)})(?={any_unit})|(?<=[{zeros}])){no_unit_range}"
    )
    # What the candidate takes after the run (a unit, 级, a qualifier word) must not end in the start
    # of a prefix word (以上 + 万元 is 上万元): the next run's prefix search does not look back
    # before the end of the candidate before it, so skipping that candidate would let it see one.
    starts = {w[:k] for w in rules.prefix_words for k in range(1, len(w) + 1)}
    bad_posts = [w for w in lexicon.qualifiers()["after"] if any(w.endswith(x) for x in starts)]
    bad_units = [w for w in units if any(w.endswith(x) for x in starts)]
    bad_class = [w for w in ("级",) if any(w.endswith(x) for x in starts)]
    tail_safe = (
        rf"(?!(?:{any_unit})?级?{some(bad_posts)})(?!(?:{any_unit})?{some(bad_class)})(?!{some(bad_units)})"
    )
    # `exclude.code`: a letter, . or _ before the run
    code = rf"(?<=[A-Za-z._].){numeral}*+{ends_here}{no_unit_range}{tail_safe}"
    word_ends = re.escape("".join(sorted({w[-1] for w in rules.prefix_words})))
    # (written from the run's second character on: `candidate_runs` tests it after the first)
    return (
        rf"(?<![{word_ends}]{numeral})(?<![{word_ends}]\n{numeral})"
        rf"(?:{code}|{numeral}*+{ends_here}(?:{year}|{no_unit_word}|{single}){tail_safe})"
    )


# ------------------------------------------------------------------ excluded phrases, read locally
# How far a local test walks back to find where the document-wide scan can be taken up again;
# beyond that (text dense with phrase characters or quotes) the document-wide scan is run once.
SYNC_WALK: Final = 64


class Spans:
    """Spans, sorted, answering "is [start, end) inside one of them" by bisection (a running
    maximum of ends makes one look-up enough, however many spans there are)."""

    __slots__ = ("max_end", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.max_end[i] >= end


class PhraseScan:
    """What is known of the excluded phrases and quoted labels before any document: the two
    patterns (scanned over a document with `finditer`, so which occurrences count depends on the
    ones before), which quoted text is a label, and what the local test derives from them."""

    __slots__ = ("inner", "is_label", "longest", "phrase", "pieces", "quote_opener", "quoted", "quoted_longest")

    def __init__(self, phrase: re.Pattern[str], phrases: list[str], quoted: re.Pattern[str],
                 is_label: Callable[[str], bool]) -> None:
        self.phrase, self.quoted, self.is_label = phrase, quoted, is_label
        self.longest = max(map(len, phrases), default=0)
        # every substring of a phrase, and the characters that stand anywhere but first in one
        self.pieces = frozenset(w[i:j] for w in phrases for i in range(len(w)) for j in range(i + 1, len(w) + 1))
        self.inner = frozenset(c for w in phrases for c in w[1:])
        self.quote_opener = re.compile(f"[{re.escape(''.join(sorted(first_chars(quoted.pattern))))}]")
        self.quoted_longest = longest_match(quoted.pattern)

    def spans(self, view: str) -> Spans:
        """The document-wide spans: every phrase, every quoted label."""
        found = [(m.start(), m.end()) for m in self.phrase.finditer(view)]
        found += [(m.start(), m.end()) for m in self.quoted.finditer(view) if self.is_label(m.group())]
        return Spans(found)


class PhraseTest:
    """Whether [start, end) lies inside an excluded phrase or a quoted label of `view`, read near the number.

    Skips: the document-wide scans (`PhraseScan.spans`), but where the walk back to a sync point gives up.
    Sound: a scan from a place no span straddles (no phrase's inner character, no quote opening) finds the same spans.
    Proof: pytest tests/test_fast_paths.py -k local_phrase_test"""

    __slots__ = ("scan", "spans", "view")

    def __init__(self, scan: PhraseScan, view: str) -> None:
        self.scan, self.view = scan, view
        self.spans: Spans | None = None

    def covers(self, start: int, end: int) -> bool:
        phrase = self._phrase_covers(start, end)
        if phrase:
            return True
        quoted = self._quoted_covers(start, end)
        if quoted:
            return True
        if phrase is None or quoted is None:
            if self.spans is None:
                self.spans = self.scan.spans(self.view)
            return self.spans.covers(start, end)
        return False

    def _phrase_covers(self, start: int, end: int) -> bool | None:
        view, scan = self.view, self.scan
        if view[start:end] not in scan.pieces:
            return False  # a phrase covering the number holds it
        sync = max(0, end - scan.longest)
        floor = sync - SYNC_WALK
        while sync > 0 and view[sync] in scan.inner:
            sync -= 1
            if sync < floor:
                return None
        # a covering match starts at `start` or before and is at most `longest` long: it lies before
        # `start + longest`, and so do the matches before it (the scan is bounded: no quadratic work
        # in a long text with many numbers)
        for m in scan.phrase.finditer(view, sync, start + scan.longest):
            if m.start() > start:
                break
            if m.end() >= end:
                return True
        return False

    def _quoted_covers(self, start: int, end: int) -> bool | None:
        view, scan = self.view, self.scan
        reach = scan.quoted_longest
        lo = max(0, end - reach)
        if lo > start or scan.quote_opener.search(view, lo, start + 1) is None:
            return False  # a quote covering the number opens in [end - reach, start]
        sync = lo
        for _ in range(SYNC_WALK):
            opener = scan.quote_opener.search(view, max(0, sync - (reach - 1)), sync) if sync else None
            if opener is None:
                break
            sync = opener.start()
        else:
            return None
        for m in scan.quoted.finditer(view, sync, start + reach):  # (bounded as above)
            if m.start() > start:
                break
            if m.end() >= end and scan.is_label(m.group()):
                return True
        return False


# ------------------------------------------------------------------ an alternation read by its first character
class BranchScan:
    """`re.compile("|".join(f"{b}()" for b in branches)).finditer(text, start, end)`, each match as
    (start, end, the index of the branch that matched).

    Skips: at a position, the branches that cannot start with its character (`re` tries every branch in turn).
    Sound: a branch matches only where one of its first characters stands; the others keep their order.
    Proof: pytest tests/test_fast_paths.py -k branch_scan
    """

    __slots__ = ("by_char", "starts")

    def __init__(self, branches: list[str]) -> None:
        indexes: dict[str, list[int]] = {}
        for i, branch in enumerate(branches):
            for char in first_chars(branch):
                indexes.setdefault(char, []).append(i)
        patterns: dict[tuple[int, ...], tuple[re.Pattern[str], tuple[int, ...]]] = {}
        for found in indexes.values():
            key = tuple(found)
            if key not in patterns:
                patterns[key] = (re.compile("|".join(f"{branches[i]}()" for i in key)), (-1, *key))
        self.by_char: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {
            char: patterns[tuple(found)] for char, found in indexes.items()}
        self.starts: re.Pattern[str] = re.compile(f"[{re.escape(''.join(sorted(indexes)))}]" if indexes else "(?!)")

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        starts, by_char = self.starts.search, self.by_char
        found = starts(text, start, end)
        while found is not None:
            at = found.start()
            pattern, branch = by_char[text[at]]
            match = pattern.match(text, at, end)
            if match is None:
                found = starts(text, at + 1, end)
            else:
                yield at, match.end(), branch[match.lastindex or 0]
                found = starts(text, match.end(), end)
