"""Stage 3: find quantities — number, magnitude, unit, qualifier, range, kind — in the view.

One compiled pattern finds every candidate (a numeral run with what can follow it); the careful
work (exclusions, implied units, qualifiers before the number, change or level) is done only
around those candidates. Every decision is recorded under a rule name that travels with the
quantity, so `statfacts facts --explain` can say why a number was read, kept or dropped.

The patterns of this stage use nothing beyond what the standard library's `re` reads (it refuses
Unicode properties and the other `regex` extensions when compiling, so it cannot silently read one
differently), and they run on `re`: it takes a half to a quarter of the time per match and per
group on them. The one pattern with a Unicode property stays on `regex`.

What only makes these rules faster (the scan for numeral runs worth reading, the runs always
dropped, the local phrase test, the search at a clause's end) is in `extract/shortcuts.py`, each
shortcut with its equivalence test.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import Final

import regex

from extract import lexicon
from extract.numbers import (
    BIG_MAGNITUDES,
    CN_DIGIT_CHARS,
    CN_DIGITS,
    MAGNITUDE_CHARS,
    SMALL_MAGNITUDES,
    YEAR_DIGIT_CHARS,
    Number,
    parse_number,
)
from extract.patterns import HAN, EndingWith, alternation, first_chars, last_match, up_to_last
from extract.shortcuts import (
    DropRules,
    PhraseScan,
    PhraseTest,
    SearchAtEnd,
    candidate_runs,
    certain_drops,
    factored_alternation,
    guarded_alternation,
)

# Characters that end a clause (the kind of a number is decided inside its clause).
CLAUSE_BREAK: Final = "，,；;。！!？?\n：:（）()【】[]"
# Between two numbers of one list (分别增长8.1%、7.4%和6.2%): a list mark or a joint (list_words.tsv joint: 和, 以及)
_JOINTS: Final = alternation(lexicon.list_words("joint"))
LIST_GAP: Final = re.compile(rf"[、，,]|{_JOINTS}|、和")
_LIST_GAP_FIRST: Final = first_chars(LIST_GAP.pattern)  # (a pre-test: no match starts elsewhere)
# Where a ranking stands, the verbs that put a figure at its place and the words that show a clause
# is a ranking (rank_words.tsv)
SCOPE_RANK: Final = alternation(lexicon.rank_words("scope"))
RANK_VERBS: Final = re.compile(rf"(?:{alternation(lexicon.rank_words('verb') + lexicon.rank_words('move'))})$")
RANK_CONTEXT: Final = re.compile(alternation(lexicon.rank_words("context")))


class Quantity:
    """A quantity found in the view (offsets into the view, not yet into the stored text).

    A plain class with slots: one is made per candidate, and compiled its constructor is a native
    call (a dataclass's generated `__init__` is ten times slower there)."""

    __slots__ = ("dimension", "direction", "end", "kind", "number_end", "number_start", "optional", "qualifier",
                 "rules", "start", "unit", "value", "value_max")

    def __init__(
        self, start: int, end: int, value: Decimal, value_max: Decimal | None, unit: str, qualifier: str = "exact",
        kind: str = "level", direction: str | None = None, number_start: int = 0, number_end: int = 0,
        dimension: str = "", rules: list[str] | None = None, optional: bool = False,
    ) -> None:
        self.start, self.end, self.value, self.value_max, self.unit = start, end, value, value_max, unit
        self.qualifier, self.kind, self.direction = qualifier, kind, direction
        self.number_start = number_start  # where the numeral itself starts (after a qualifier word)
        self.number_end = number_end
        self.dimension = dimension
        self.rules: list[str] = [] if rules is None else rules
        self.optional = optional  # a vague or class quantity (百亿级, 数千个): FACTS.md borderline

    def __repr__(self) -> str:
        return "Quantity(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in _QUANTITY_FIELDS) + ")"


# The fields of a `Quantity` in its constructor's order (its `repr` lists them)
_QUANTITY_FIELDS: Final = ("start", "end", "value", "value_max", "unit", "qualifier", "kind", "direction",
                           "number_start", "number_end", "dimension", "rules", "optional")


@dataclass
class Dropped:
    """A candidate the rules decided is not a fact, with the rule that said so."""

    start: int
    end: int
    text: str
    rule: str


_ARABIC: Final = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"


def _unit_heads() -> dict[str, str]:
    """千 and 百 → the characters that, right after them, make them the start of a unit of the
    table (千瓦, 千升, 百分点) rather than a magnitude: derived from `units.tsv`."""
    units = lexicon.units()
    return {c: "".join(sorted({u[1] for u in units if len(u) > 1 and u[0] == c})) for c in "千百"}


def _not_before_unit(char: str) -> str:
    """`千(?![瓦米…])`: the magnitude character where no unit starts with it."""
    heads = _unit_heads()[char]
    return char + (f"(?![{re.escape(heads)}])" if heads else "")


# Magnitude characters that must not be read as magnitudes because a unit starts with them.
_CN_CHAR: Final = (
    rf"(?:[{CN_DIGIT_CHARS}]|{_not_before_unit('千')}|{_not_before_unit('百')}|[十拾佰仟万萬亿億])"
)
_CN: Final = rf"{_CN_CHAR}+(?:点[{''.join(CN_DIGITS)}]+)?"
_ATOM: Final = rf"(?:{_ARABIC}|{_CN})"
# The marks between the two numbers of a range (3至5个, 12~18万, 1万-5万元).
_RANGE_MARKS: Final = "至到~-—–－〜～―"
_RANGE_SEP: Final = f"[{re.escape(_RANGE_MARKS)}]"
# A number: atoms with magnitudes, 多/余 inside (1亿3千多万), 个 before 亿/万 (40个亿; but 6000个亿元以上项目
# is a count), a space between digits and 万/亿 (484.74 亿元, as text converted from PDF has it).
NUMBER: Final = rf"{_ATOM}(?:[多余]?(?:{_ATOM}|个(?=[万亿])(?![万亿]元以上)|(?<=[0-9])\x20(?=[万亿])))*"


@cache
def _pattern(allow_range: bool = True, allow_post: bool = True) -> re.Pattern[str]:
    units = guarded_alternation(list(lexicon.units()))
    after = guarded_alternation([w for w, q in lexicon.qualifiers()["after"].items() if w not in ("多", "余")])
    # (多 after a unit only where nothing follows it in its word: 3亩多。, 80%多的行政村; not 多少, 多家)
    post = f"{after}|多(?=[的，,。；;、)）\n]|$)" if allow_post else "(?!)"
    # (a price per a counted amount, 元/500克: after a money unit's slash, a whole number and a unit; the money units'
    # last characters from units.tsv)
    money_ends = "".join(sorted({u[-1] for u, unit in lexicon.units().items() if unit.dimension == "money"}))
    per_amount = rf"(?<=[{re.escape(money_ends)}]/)[1-9][0-9]{{0,3}}(?![0-9%.．])(?:{units})"
    return re.compile(
        rf"""
        (?P<pct>(?:[0-9]+|[{CN_DIGIT_CHARS}十百千万]+)分之)(?P<pct_num>{NUMBER})(?P<pct_rsep>{_RANGE_SEP}(?:百分之|千分之)?(?P<pct_num2>{NUMBER}))?
        (?P<post_pct>{after})?
      | (?P<rank_scope>{SCOPE_RANK})?第(?P<rank_num>[0-9]+|[{CN_DIGIT_CHARS}十百千万]+)(?P<rank_unit>位|名)?
      | (?P<vague>数|上|几)(?P<vague_mag>[十百千万亿]+)(?P<vague_more>[多余])?
        (?P<vague_unit>{units})?(?P<vague_class>级)?
      | (?P<sign>[-−+]|负|零下)?(?P<num>{NUMBER})
        (?:{"" if allow_range else "(?!)"}(?P<unit1>{units})?(?P<rsep>{_RANGE_SEP})(?P<num2>{NUMBER}))?
        (?P<more>[多余])?
        (?:(?:(?<=[0-9])\x20)?(?P<unit>{units})(?:/(?P<per>{units}|[万亿千百](?:{units})|日(?![0-9])|{per_amount}))?
          |(?P<cheng>成多?)(?![为员立本果都绩交效功型熟片套群长])|(?:(?<=[0-9])\x20)?(?P<pct_sign>%|‰)
          |(?P<per_base>/(?:10|100)?[万千](?![0-9])))?
        (?P<klass>级)?
        (?P<post>{post})?
        """,
        re.VERBOSE,
    )


@cache
def _before_qualifier() -> EndingWith:
    return EndingWith(lexicon.qualifiers()["before"])


@cache
def _change_trigger() -> SearchAtEnd:
    words = list(lexicon.change_words())
    # the trigger, then at most a few filler words before the number (quantity_words.tsv change_gap: 了, 达到),
    # tried in the file's order
    gaps = "|".join(map(re.escape, lexicon.quantity_words("change_gap")))
    return SearchAtEnd(re.compile(rf"(?<![新])(?P<trigger>{alternation(words)})(?P<gap>{gaps})?$"))


@cache
def _exclusion_patterns() -> tuple[re.Pattern[str], EndingWith, re.Pattern[str]]:
    ex = lexicon.exclusions()
    after = re.compile(rf"(?:{alternation(ex['after'])})")
    before = EndingWith(ex["before"])
    # (a phrase ending in a Latin letter ends a Latin word: 5G, not the 5G of 5GW or 5GB)
    latin_end = [p for p in ex["phrase"] if p[-1] in _LATIN]
    plain = [p for p in ex["phrase"] if p[-1] not in _LATIN]
    branches = [b for b in (alternation(plain) if plain else "", rf"(?:{alternation(latin_end)})(?![A-Za-z])"
                            if latin_end else "") if b]
    phrase = re.compile("|".join(branches))
    return after, before, phrase


# A time of day (16:30, 9:05): an hour, a colon, two digits of minutes, and no third part (85:10:5 is a ratio)
_CLOCK_AFTER: Final = re.compile(r":[0-5][0-9](?![0-9:])")
_CLOCK_BEFORE: Final = re.compile(r"(?<![0-9:])(?:[01]?[0-9]|2[0-4]):$")
_PARENS: Final = re.compile(r"[（(][^（()）]*[)）]")
# After a number of 年, the words that make it a duration, not a year (quantity_words.tsv duration_after: 之久)
_DURATION_YEAR_OK: Final = re.compile(alternation(lexicon.quantity_words("duration_after")))
_LATIN: Final = frozenset(string.ascii_letters)
# A short quoted label: an opening quote, at most eight characters, a closing quote.
_QUOTE_OPENS, _QUOTE_CLOSES, _QUOTED_INSIDE = "“\"'‘「『《", "”\"'’」』》", 8
_QUOTED_NAME: Final = re.compile(
    f"[{re.escape(_QUOTE_OPENS)}][^{re.escape(_QUOTE_CLOSES)}]{{0,{_QUOTED_INSIDE}}}[{re.escape(_QUOTE_CLOSES)}]"
)


_NUMERAL_CHAR: Final = re.compile(rf"[0-9{CN_DIGIT_CHARS}十百千万亿]")
_DIGIT_OR_TEN: Final = re.compile(f"[{CN_DIGIT_CHARS}十拾]")
_HAN_OR_QUOTE: Final = regex.compile(r"[\p{Han}“]")
# After a threshold, what makes it no class of things (quantity_words.tsv not_a_class_before: 的, 为)
_NOT_A_CLASS_BEFORE: Final = re.compile(alternation(lexicon.quantity_words("not_a_class_before")))
_YEAR_NUMERAL: Final = re.compile(rf"[0-9]{{4}}|[{YEAR_DIGIT_CHARS}]{{4}}")
# Before a number of a period unit, the words that make it the period's (quantity_words.tsv period_before: 近, 前)
_PERIOD_BEFORE: Final = EndingWith(lexicon.quantity_words("period_before"))
# A comparison right before a number or its sign (quantity_words.tsv comparison_end: 同比, 比上年; every word holds
# 比 or 较: a clause end with neither is not searched), and the words of a change in a clause (with change_context:
# 增速, 增长)
_COMPARISON_WORDS: Final = lexicon.quantity_words("comparison_end")
_COMPARISON_END: Final = SearchAtEnd(re.compile(rf"(?:{alternation(_COMPARISON_WORDS)})(?:[+]|[-−])?$"), marks="比较")
_CHANGE_CONTEXT: Final = re.compile(alternation(_COMPARISON_WORDS + lexicon.quantity_words("change_context")))


# Up to the last clause break of a window.
_TO_LAST_CLAUSE_BREAK: Final = up_to_last(CLAUSE_BREAK)


def clause_start(view: str, pos: int, floor: int = 0) -> int:
    """The start of the clause holding `pos` (after the last clause break in the 80 characters
    before it)."""
    lo = max(floor, pos - 80)
    m = _TO_LAST_CLAUSE_BREAK.match(view, lo, pos) if pos > lo else None
    return m.end() if m else lo


# Numerals: where every quantity has its number. One fast scan finds them (`_anchors`); the full
# pattern runs only there.
_NUMERAL_RUN_CHARS: Final = f"0-9{CN_DIGIT_CHARS}{MAGNITUDE_CHARS}"
# Signs that make a number negative (负5%, -3℃, 零下5摄氏度)
_MINUS: Final = frozenset({"-", "−", "负", "零下"})
# What can stand right before a quantity's first numeral and belongs to it (百分之, 全国第, 数千, 负, -).
_PREFIX_WORDS: Final = ("百分之", "千分之", "第", "数", "上", "几", "负", "零下", "-", "−", "+")
_PREFIX_ALL: Final = (*_PREFIX_WORDS, *(f"{scope}第" for scope in SCOPE_RANK.split("|")))
_PREFIX: Final = EndingWith(_PREFIX_ALL)


@cache
def _followers() -> frozenset[str]:
    """Characters that can follow a Chinese numeral in a quantity: a unit's first character,
    成, %, 级, 多/余, 个 (40个亿), 点 (十二点五), 分 (三分之一), a range mark, a digit."""
    chars = {u[0] for u in lexicon.units()} | set("成%‰级多余个点分之0123456789" + _RANGE_MARKS)
    chars |= set(CN_DIGIT_CHARS) | set(MAGNITUDE_CHARS)
    return frozenset(chars)


@cache
def _anchors(skip_certain_drops: bool = False) -> re.Pattern[str]:
    """The numeral runs `find_quantities` reads (`shortcuts.candidate_runs`), with or without the
    runs the rules always drop (`shortcuts.certain_drops`: not when the dropped are wanted)."""
    skip = ""
    if skip_certain_drops:
        skip = certain_drops(DropRules(_NUMERAL_RUN_CHARS, _RANGE_MARKS, _PREFIX_ALL, _exclusion_patterns()[0],
                                       _DURATION_YEAR_OK, _unit_heads()))
    return candidate_runs(_NUMERAL_RUN_CHARS, _followers(), _PREFIX.last_chars, skip)


def find_quantities(view: str, dropped: list[Dropped] | None = None) -> list[Quantity]:
    """Every quantity in `view`, in order. Candidates ruled out go to `dropped` when given.

    At each numeral run (`_anchors`) the pattern is matched (`_match_at`), the match read
    (`_read_match`) and kept unless an excluded phrase covers it; then the quantities a whole view
    gives are added (`_with_derived`)."""
    out: list[Quantity] = []
    pattern = _pattern()
    phrase_test: PhraseTest | None = None
    pos = 0
    for anchor in _anchors(dropped is None).finditer(view):
        if anchor.start() < pos:
            continue
        m = _match_at(view, anchor, pos, pattern)
        if m is None:
            continue
        q, why, pos = _read_match(view, m, out)
        if q is None:
            if dropped is not None and why:
                dropped.append(Dropped(m.start(), m.end(), m.group(), why))
            continue
        if phrase_test is None:
            phrase_test = PhraseTest(_phrase_scan(), view)
        if phrase_test.covers(q.number_start, q.number_end):
            if dropped is not None:
                dropped.append(Dropped(q.start, q.end, view[q.start:q.end], "exclude.phrase"))
            continue
        out.append(q)
    return _with_derived(view, out)


def _match_at(view: str, anchor: re.Match[str], pos: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The pattern's match for the numeral run `anchor`, from a prefix before it (百分之, 全国第, 数千,
    负, -) where one stands there, or None: no match, or a Chinese numeral with nothing a quantity
    needs after it (一些, 统一, 十分)."""
    anchor_start = anchor.start()
    m = None
    # Only after a character that ends a prefix can there be one; elsewhere `_anchors` has already
    # made sure the run passes the test below (it starts with a digit, holds 万 or 亿, or a
    # follower comes after it).
    if anchor_start > 0 and view[anchor_start - 1] in _PREFIX.last_chars:
        back = _PREFIX.before(view, anchor_start, pos)
        if back is not None:
            m = pattern.match(view, back.start())
        else:
            run = anchor.group()
            if (
                not ("0" <= run[0] <= "9")
                and view[anchor.end():anchor.end() + 1] not in _followers()
                and "万" not in run and "亿" not in run
            ):
                return None
    if m is None or m.end() <= anchor_start:
        m = pattern.match(view, anchor_start)
    if m is None or m.end() == m.start():
        return None
    return m


def _without_glued_post(view: str, m: re.Match[str]) -> re.Match[str]:
    """The match without the qualifier word after its number where that word opens another word
    (13个内资项目: 内 of 内资, no 'within'; qualifiers.tsv, not_before)."""
    post = m.group("post")
    if post:
        blockers = lexicon.qualifier_followers().get(post, "")
        after = view[m.end():m.end() + 1]
        if after and after in blockers:
            shorter = _pattern(True, False).match(view, m.start())
            if shorter is not None:
                return shorter
    return m


def _read_match(view: str, m: re.Match[str], out: list[Quantity]) -> tuple[Quantity | None, str, int]:
    """The quantity a match reads (or why none) and where the scan goes on: where a range's two
    numbers have different units (下降3.4个百分点至21.9%), or are where a move goes from and to
    (`_moves_between`), the first number alone."""
    m = _without_glued_post(view, m)
    if _moves_between(view, m):
        m = _pattern(False).match(view, m.start()) or m
    q, why = _read(view, m, out)
    end = m.end()
    if q is None and why == "range.mismatch":
        single = _pattern(False).match(view, m.start())
        if single is not None:
            end = single.end()
            q, why = _read(view, single, out)
    return q, why, end


def _moves_between(view: str, m: re.Match[str]) -> bool:
    """Whether a range's two numbers are where a move goes from and to (净利润从1.031亿到5.845亿: two figures,
    not a range; a spread word after them makes one, 从3万元到5万元不等: quantity_words.tsv spread_after)."""
    return m.group("num2") is not None and m.group("rsep") in ("到", "至") and m.start() > 0 \
        and view[m.start() - 1] in "从由" and not view.startswith(lexicon.quantity_words("spread_after"), m.end())


def _with_derived(view: str, out: list[Quantity]) -> list[Quantity]:
    """The quantities found with those the whole view gives: the parts of a ratio (85：10：5),
    shares in words (一半, 三分之一), first places (居全国首位), and the end of a move per unit."""
    if ":" in view:
        out = _with_ratio_parts(view, out)
    if "一半" in view or "半数" in view or "/" in view:
        out = _with_shares(view, out)
    if "首位" in view:
        out = _with_first_places(view, out)
    if len(out) > 1:
        _move_ends_per_unit(view, out)
        _changes_per_unit(view, out)
    return out


# A move from one value to another in one clause (由11.6元/斤降至昨日的10.6元)
# (the words opening its first value and its end: move_verbs.tsv, from: 从, 由; to: 到, 至)
_MOVE_FROM: Final = re.compile(rf"(?:{alternation(lexicon.move_verbs('from'))})$")
_MOVE_TO_GAP: Final = re.compile(rf"[^，,。；;！!？?\n]{{0,12}}?(?:{alternation(lexicon.move_verbs('to'))})"
                                 r"[^，,。；;！!？?\n]{0,12}")


def _move_ends_per_unit(view: str, found: list[Quantity]) -> None:
    """The end of a move whose start is a price per unit, written with the money unit alone
    (由11.6元/斤降至10.6元), is per that unit too."""
    for first, second in pairwise(found):
        if first.dimension == "rate" and "/" in first.unit and second.dimension == "money" \
                and first.unit.startswith(view[second.number_end:second.end]) \
                and _MOVE_FROM.search(view, max(0, first.start - 1), first.start) is not None \
                and _MOVE_TO_GAP.fullmatch(view, first.end, second.start) is not None:
            second.unit, second.dimension = first.unit, "rate"
            second.rules.append("quantity.unit.of_move_start")


# What stands between a price per unit and a change of it in money alone: after it, a clause mark and
# a change word (为19057元/吨，跌2元); before it, the verb of the level it reached (涨520元报7.43万元/吨)
@cache
def _change_after_price() -> re.Pattern[str]:
    return re.compile(rf"[，,](?:{alternation(lexicon.change_words())})")


# (move_verbs.tsv, price_level: 报, 达)
def _price_after_change_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.move_verbs("price_level")))


_PRICE_AFTER_CHANGE: Final = _price_after_change_pattern()


def _changes_per_unit(view: str, found: list[Quantity]) -> None:
    """A change written with the money unit alone right next to a price per unit (为19057元/吨，跌2元;
    涨520元报7.43万元/吨) is per that unit too."""
    for first, second in pairwise(found):
        if first.dimension == "rate" and "/" in first.unit and second.dimension == "money" \
                and second.kind == "change" and first.unit.startswith(view[second.number_end:second.end]) \
                and _change_after_price().fullmatch(view, first.end, second.start):
            second.unit, second.dimension = first.unit, "rate"
            second.rules.append("quantity.unit.of_price_before")
        elif second.dimension == "rate" and "/" in second.unit and first.dimension == "money" \
                and first.kind == "change" and second.unit.startswith(view[first.number_end:first.end]) \
                and _PRICE_AFTER_CHANGE.fullmatch(view, first.end, second.start):
            first.unit, first.dimension = second.unit, "rate"
            first.rules.append("quantity.unit.of_price_after")


# A ratio written with colons (三次产业结构为8.5：40.1：51.4, 城乡居民收入比为2.34:1): two to five
# parts; with two, a word for a ratio must stand just before it (10:30 is a time of day).
_RATIO: Final = re.compile(r"(?<![0-9.:])[0-9]+(?:\.[0-9]+)?(?::[0-9]+(?:\.[0-9]+)?){1,4}(?![0-9.:])")
_RATIO_PART: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_RUN_BEFORE_COLON: Final = re.compile(r"[0-9.:]*\Z")  # the digits, points and colons a ratio starts with


# A word for a ratio and the verb after it (ratio_words.tsv), ending right before a ratio, and how far
# back they may start (the longest of each; 8 characters at least)
def _ratio_word_pattern() -> tuple[re.Pattern[str], int]:
    ratios, verbs = lexicon.ratio_words("ratio"), lexicon.ratio_words("verb")
    pattern = re.compile(f"(?:{alternation(ratios)})(?:{alternation(verbs)})?$")
    return pattern, max(8, max(map(len, ratios), default=0) + max(map(len, verbs), default=0))


_RATIO_WORD, _RATIO_WORD_REACH = _ratio_word_pattern()
_CLOCK: Final = re.compile(r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?")


def _with_ratio_parts(view: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each part of a colon-written ratio as a quantity of its own (unit "", FACTS.md)."""
    parts: list[Quantity] = []
    colon = view.find(":")
    while colon > 0:
        # a ratio holds a colon between digits: read it from the start of the digits before it
        m = None
        if colon + 1 < len(view) and view[colon - 1].isdigit() and view[colon + 1].isdigit():
            start = _RUN_BEFORE_COLON.search(view, max(0, colon - 40), colon).start()  # type: ignore[union-attr]
            m = _RATIO.match(view, start)
        colon = view.find(":", m.end() if m is not None else colon + 1)
        if m is None:
            continue
        text = m.group()  # (the view is NFKC-normalised: a full-width colon is ":" here)
        doubtful = text.count(":") < 2 or _CLOCK.fullmatch(text) is not None  # two parts, or a time of day
        if doubtful and _RATIO_WORD.search(view, max(0, m.start() - _RATIO_WORD_REACH), m.start()) is None:
            continue
        for part in _RATIO_PART.finditer(view, m.start(), m.end()):
            a, b = part.span()
            parts.append(Quantity(a, b, Decimal(part.group()), None, "", number_start=a, number_end=b,
                                  dimension="ratio_part", rules=["quantity.ratio_part"]))
    return _in_place_of(found, parts)


def _in_place_of(found: list[Quantity], read: list[Quantity]) -> list[Quantity]:
    """`found` with the quantities a pass of its own has `read` instead of those they overlap, in order."""
    if not read:
        return found
    kept = [q for q in found if not any(r.start < q.end and q.start < r.end for r in read)]
    return sorted(kept + read, key=lambda q: q.start)


# A share written as a half (一半, 半数) or a fraction with a slash (1/6, 1/4), where a word of shares,
# a qualifier or 的 stands around it (约占全球的1/6左右, 约1/4的企业): no date (2024/5/6), code or score
_SHARE: Final = re.compile(
    r"(?P<half>一半|半数)(?!一半)|(?<![0-9./])(?P<num>[1-9])/(?P<den>[2-9]|1[0-2])(?![0-9./号日期次页版届])"
)
# (the words of shares around it: quantity_words.tsv share_before: 占, 约; share_after: 左右, 的; those before
# looked for as far back as the longest is long)
_SHARE_CONTEXT_BEFORE: Final = re.compile(rf"(?:{alternation(lexicon.quantity_words('share_before'))})$")
_SHARE_CONTEXT_BEFORE_REACH: Final = max(map(len, lexicon.quantity_words("share_before")), default=0)
_SHARE_CONTEXT_AFTER: Final = re.compile(alternation(lexicon.quantity_words("share_after")))


def _share_matches(view: str) -> list[re.Match[str]]:
    """`_SHARE.finditer(view)`, tried only where 一半, 半数 or a slash after a digit stands (a scan of the
    pattern at every position costs more than finding those with `str.find`)."""
    starts = []
    for mark, back in (("一半", 0), ("半数", 0), ("/", 1)):
        at = view.find(mark)
        while at >= 0:
            if back == 0 or (at > 0 and view[at - 1].isdigit()):
                starts.append(at - back)
            at = view.find(mark, at + 1)
    out = []
    end = 0
    for start in sorted(starts):
        m = _SHARE.match(view, start) if start >= end else None
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _with_shares(view: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each half (一半, 半数: 50 %) and slash fraction (1/6: 16.6667 %) as a share of its own."""
    shares: list[Quantity] = []
    after = lexicon.qualifiers()["after"]
    for m in _share_matches(view):
        a, b = m.span()
        if m.group("half"):
            value = Decimal(50)
            if a > 0 and view[a - 1] == "一":
                continue  # (一一半: no half)
        else:
            num, den = int(m.group("num")), int(m.group("den"))
            if num >= den or (_SHARE_CONTEXT_BEFORE.search(view, max(0, a - _SHARE_CONTEXT_BEFORE_REACH), a) is None
                              and _SHARE_CONTEXT_AFTER.match(view, b) is None):
                continue
            value = _fraction(Decimal(num) * 100 / Decimal(den))
        post = next((w for w in sorted(after, key=len, reverse=True) if view.startswith(w, b)), None)
        q = Quantity(a, b + (len(post) if post else 0), value, None, "%", number_start=a, number_end=b,
                     dimension="ratio", rules=["quantity.share_words"])
        _apply_qualifiers(view, q, post)
        _apply_before_qualifier(view, q)
        _decide_kind(view, q, [])
        shares.append(q)
    return _in_place_of(found, shares)


# What puts 首位 in a ranking (居全国首位, 位居同类城市首位, 排名首位, 居长江中上游港口首位, 保持在首位): a
# rank verb (the ranks' own, RANK_VERBS), then what it ranks in
_FIRST_PLACE_BEFORE: Final = re.compile(rf"{RANK_VERBS.pattern.removesuffix('$')}在?[{HAN}]{{0,10}}$")


def _with_first_places(view: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each first place a rank verb puts 首位 in (居全国首位: rank 1), found with `str.find`."""
    firsts: list[Quantity] = []
    at = view.find("首位")
    while at >= 0:
        if _FIRST_PLACE_BEFORE.search(view, max(0, at - 16), at) is not None:
            firsts.append(Quantity(at, at + 2, Decimal(1), None, "rank", kind="rank", number_start=at,
                                   number_end=at + 2, dimension="rank", rules=["quantity.rank_first"]))
        at = view.find("首位", at + 2)
    return sorted([*found, *firsts], key=lambda q: q.start) if firsts else found


def _quoted_is_name(quoted: str) -> bool:
    """A short quoted label made of numbers (“十四五”, “6+3”, “1468”): a programme name."""
    inner = quoted[1:-1]
    return bool(inner) and bool(_NUMERAL_CHAR.search(inner))


@cache
def _phrase_scan() -> PhraseScan:
    """The excluded phrases and quoted labels, for the local test of `shortcuts.PhraseTest`."""
    return PhraseScan(_exclusion_patterns()[2], lexicon.exclusions()["phrase"], _QUOTED_NAME, _quoted_is_name)


@cache
def _branch_starts() -> tuple[int, int, int]:
    """The numbers of the first group of the rank, vague and number branches of `_pattern` (the
    same in both of its forms)."""
    index = _pattern().groupindex
    starts = index["rank_scope"], index["vague"], index["sign"]
    assert all(_pattern(False).groupindex[name] == index[name] for name in ("rank_scope", "vague", "sign"))
    return starts


def _read(view: str, m: re.Match[str], previous: list[Quantity]) -> tuple[Quantity | None, str]:
    """The quantity a match reads, by the branch that matched (or why none): a number, a vague magnitude, a
    rank or percent words."""
    # The branch that matched: each branch holds a group that always takes part and its groups are
    # numbered apart from the others', so the last group closed (`lastindex`) is one of the
    # matched branch's. This is the same as asking, in order, for the percent words' `pct`, a rank
    # number without `num`, and `vague` (each non-empty where its branch matched).
    rank, vague, number = _branch_starts()
    last = m.lastindex
    if last is None or last >= number:
        return _read_number(view, m, previous)
    if last >= vague:
        return _read_vague(view, m)
    if last >= rank:
        return _read_rank(view, m)
    return _read_percent_words(view, m)


def _number_or_none(text: str | None) -> Number | None:
    """The number a group holds, or None when the group is empty or unreadable."""
    return parse_number(text) if text else None


def _read_percent_words(view: str, m: re.Match[str]) -> tuple[Quantity | None, str]:
    """A share in words (百分之三十, 千分之五, 三分之一) as a percentage, or why none: unreadable."""
    num = _number_or_none(m.group("pct_num"))
    if num is None:
        return None, "number.unreadable"
    # 百分之三十 → 30 %, 千分之五 → 0.5 %, 三分之一 → 33.333333333333 %
    denominator = parse_number(m.group("pct")[:-2])
    if denominator is None or denominator.value == 0:
        return None, "number.unreadable"
    scale = Decimal(100) / denominator.value
    num2 = _number_or_none(m.group("pct_num2"))
    value = _fraction(num.value * scale)
    q = Quantity(m.start(), m.end(), value, _fraction(num2.value * scale) if num2 else None, "%",
                 number_start=m.start(), number_end=m.end(), dimension="ratio",
                 rules=["quantity.percent_words"])
    _apply_qualifiers(view, q, m.group("post_pct"))
    _decide_kind(view, q, [])
    return q, ""


_TWELVE_DECIMALS: Final = Decimal("1e-12")


def _fraction(value: Decimal) -> Decimal:
    """A ratio as a percentage: exact when it ends (1/8 → 12.5), else to twelve decimals, the scale the facts
    table stores (NUMERIC(38, 12); 1/3 → 33.333333333333: FACTS.md's 33.33… %, as close as a reader's 100/3)."""
    exact = value.normalize()
    if exact.as_tuple().exponent >= -12:  # type: ignore[operator]
        return exact if exact != exact.to_integral_value() else Decimal(int(exact))
    return value.quantize(_TWELVE_DECIMALS)


def _read_rank(view: str, m: re.Match[str]) -> tuple[Quantity | None, str]:
    """A rank (全国第三, 第2位, 居湖北第一), or why none: an excluded term (第一产业) or an ordinal (第一批)."""
    ordinal = m.start("rank_num") - 1  # (where its 第 stands)
    if any(view.startswith(phrase, ordinal) for phrase in _ordinal_phrases()):
        return None, "exclude.phrase"  # 全省第一产业: a term (exclusions.tsv), not 全省第一
    scope, unit = m.group("rank_scope"), m.group("rank_unit")
    before = view[max(0, m.start() - 6):m.start()]
    clause = view[clause_start(view, m.start()):m.start()]
    is_rank = bool(scope) and (m.end() >= len(view) or not _is_ordinal_noun(view, m.end()))
    if not is_rank and unit:
        # 第2位, 第3名: a position in a ranking (the measure word says so)
        is_rank = True
    if not is_rank and (RANK_VERBS.search(before) or RANK_CONTEXT.search(clause)
                        or _RANKED_IN.search(clause) or _RANK_BEFORE_IN_LIST.search(before)) \
            and not _is_ordinal_noun(view, m.end()):
        is_rank = True  # (居湖北第一, 跻身河南人口第一大市: a rank within what is named between; 第五、第三)
    if not is_rank:
        return None, "exclude.ordinal"
    num = parse_number(m.group("rank_num"))
    if num is None:
        return None, "number.unreadable"
    q = Quantity(m.start(), m.end(), num.value, None, "rank", kind="rank", number_start=m.start(),
                 number_end=m.end(), dimension="rank", rules=["quantity.rank_ordinal"])
    return q, ""


# A rank just before, joined to this one as a list (分别居全国第五、第三)
_RANK_BEFORE_IN_LIST: Final = re.compile(rf"第(?:[0-9]+|[{CN_DIGIT_CHARS}十]+)(?:位|名)?[、和]$")

# A ranking verb (rank_words.tsv ranked_in: 居, 跻身), then what the ranking is within (居湖北第一, 位居全国城市第3),
# up to the rank.
_RANKED_IN: Final = re.compile(rf"(?:{alternation(lexicon.rank_words('ranked_in'))})[{HAN}]{{1,6}}$")


@cache
def _ordinal_phrases() -> tuple[str, ...]:
    """The excluded phrases that open with an ordinal's 第 (第一产业)."""
    return tuple(p for p in lexicon.exclusions()["phrase"] if p.startswith("第"))


def _is_ordinal_noun(view: str, pos: int) -> bool:
    """第一 followed by a noun or measure word (第一家, 第一批) is an ordinal, not a rank; 第一大 (the
    largest) is a rank."""
    nxt = view[pos:pos + 1]
    return bool(nxt) and (nxt in "家个批次届期季条项位名轮年" or nxt in lexicon.measure_words())


def _read_vague(view: str, m: re.Match[str]) -> tuple[Quantity | None, str]:
    """A vague magnitude with a unit or 级, optional: a lower bound (数千亿元, 上万人), approximate with 级
    (百亿级); none with neither."""
    unit_text = m.group("vague_unit")
    if not unit_text and not m.group("vague_class"):
        return None, "exclude.vague_without_unit"
    num = parse_number(m.group("vague_mag"))
    if num is None:
        return None, "number.unreadable"
    unit = lexicon.units()[unit_text] if unit_text else None
    value = num.value * (unit.factor if unit else 1)
    code = unit.code if unit else "CNY"
    q = Quantity(m.start(), m.end(), value, None, code, qualifier="min", number_start=m.start(),
                 number_end=m.end(), dimension=unit.dimension if unit else "money",
                 rules=["quantity.vague_magnitude"], optional=True)
    if m.group("vague_class"):
        q.qualifier = "approx"
    _apply_before_qualifier(view, q)
    return q, ""


_NUMBER_GROUPS: Final = ("sign", "num", "unit1", "num2", "more", "unit", "per", "cheng", "pct_sign", "per_base",
                         "klass", "post")


# A unit as read: its code, the factor to the code, its dimension, and the unit as written (None
# when unwritten; the list's whole unit where it completes the one written: 0.3个 … 0.7个百分点)
_Unit = tuple[str, Decimal, str, str | None]


def _read_number(view: str, m: re.Match[str], previous: list[Quantity]) -> tuple[Quantity | None, str]:
    """A number with what is written around it (the groups `_NUMBER_GROUPS` of `_pattern`): the
    number read and not ruled out (`_number_kept`), its range, unit, value (`_placed_quantity`),
    qualifier and kind (`_describe`)."""
    sign, num_text, unit1, num2_text, more_mark, unit_text, per, cheng, pct_sign, per_base, klass, post = m.group(
        *_NUMBER_GROUPS)
    num, why = _number_kept(view, m, num_text, unit_text, pct_sign, cheng, more_mark, num2_text, klass)
    if num is None:
        return None, why
    num2 = None
    if num2_text:
        num2, why = _range_end(num2_text, unit1, unit_text, pct_sign or cheng)
        if num2 is None:
            return None, why
    rules: list[str] = []
    unit: _Unit | None
    if per_base:
        # 孕产妇死亡率15.1/10万: a rate per a population base, the base kept as its unit (FACTS.md: a unit
        # the table does not list keeps its surface form)
        rules.append("quantity.unit.per_base")
        unit, why = (per_base, Decimal(1), "rate", per_base), ""
    elif pct_sign or cheng or unit_text:
        unit, why = _written_unit(view, m, num, unit_text, per, cheng, pct_sign, rules)
    else:
        unit, why = _unwritten_unit(view, m, num, num_text, klass, previous, rules)
    if unit is None:
        return None, why
    q = _placed_quantity(view, m, num, num2, num2_text, unit, sign, rules)
    if klass:
        _class_descriptor(q, num, num_text)
    more = num.more or bool(more_mark) or (unit[3] is not None and "多" in unit[3]) or cheng == "成多"
    _describe(view, q, m.end(), previous, more, post, sign)
    return q, ""


def _number_kept(view: str, m: re.Match[str], num_text: str, unit_text: str | None, pct_sign: str | None,
                 cheng: str | None, more_mark: str | None, num2_text: str | None,
                 klass: str | None) -> tuple[Number | None, str]:
    """The number read, or why there is none: unreadable, or ruled out by what stands around it
    (`_excluded`), or a numeral of magnitudes alone (`_bare_magnitude`)."""
    num = parse_number(num_text.replace(" ", "") if " " in num_text else num_text)
    if num is None:
        return None, "number.unreadable"
    num_start, num_end = m.span("num")
    why = _excluded(view, m.end(), num, num_text, unit_text, num_start, num_end, pct_sign, cheng, more_mark,
                    num2_text)
    if not why and num.chinese_only and not klass:
        why = _bare_magnitude(view, m.start(), num_text)
    return (None, why) if why else (num, "")


def _placed_quantity(view: str, m: re.Match[str], num: Number, num2: Number | None, num2_text: str | None,
                     unit: _Unit, sign: str | None, rules: list[str]) -> Quantity:
    """The quantity with its value in its unit, from its sign or number to the end of the match; a
    price written after 每 and a unit (每公斤20.2元) starts there, its compound unit kept whole (元/公斤)."""
    unit_code, factor, dimension, unit_text = unit
    num_start, num_end = m.span("num")
    value, value_max = _values(num, num2, num2_text, factor, rules)
    start = m.start("sign") if sign else num_start
    if dimension == "money" and unit_text and not sign \
            and "每" in view[max(0, num_start - _PER_REACH):num_start]:
        per_unit = _per_unit_before(view, num_start)
        if per_unit is not None:
            start, unit_code, dimension = per_unit[0], f"{unit_text}/{per_unit[1]}", "rate"
            rules.append("quantity.unit.per_prefix")
    return Quantity(start, m.end(), value, value_max, unit_code, number_start=num_start, number_end=num_end,
                    dimension=dimension, rules=rules)


def _describe(view: str, q: Quantity, end: int, previous: list[Quantity], more: bool, post: str | None,
              sign: str | None) -> None:
    """The quantity's qualifier (近, 以上, 多), a threshold that names a class (10亿元以上重大项目: optional),
    its kind and direction (a sign's too), and a rank where its context ranks it."""
    _apply_qualifiers(view, q, post, more=more)
    if post in ("以上", "以下") and _names_a_class(view, end):  # (`end`: the match's, before a qualifier after it)
        # 10亿元以上重大项目93个: a threshold that names a class of things (FACTS.md borderline)
        q.optional = True
        q.rules.append("quantity.class_threshold")
    _decide_kind(view, q, previous)
    if sign in _MINUS:
        _apply_minus(view, q)
    elif sign == "+":
        _apply_plus(view, q)
    if q.kind == "level" and _is_rank_position(view, q):
        q.kind = "rank"
        q.rules.append("kind.rank_context")
    elif q.kind == "change" and _is_rank_position(view, q):
        q.unit, q.dimension = "rank", "rank"  # 排名上升3位, 较上年前移1位: places in a ranking
        q.rules.append("quantity.rank_change")


def _bare_magnitude(view: str, start: int, num_text: str) -> str:
    """A Chinese numeral of magnitudes alone (百度, 万人, 千家万户) is no number, but after a
    qualifier (超过百亿元 is a bound)."""
    if _DIGIT_OR_TEN.search(num_text) or _before_qualifier().before(view, start):
        return ""
    return "exclude.bare_magnitude"


def _range_end(
    num2_text: str, unit1: str | None, unit_text: str | None, ratio: str | None
) -> tuple[Number | None, str]:
    """The upper number of a range (3至5个, 12~18万, 1万-5万元, 10%—15%), or why there is none: it
    is unreadable or its unit differs from the lower's (`range.mismatch`), or no unit or ratio
    (`ratio`: the % or 成 written) says what the range counts."""
    num2 = parse_number(num2_text)
    if num2 is None or (unit1 and unit1 != unit_text):
        return None, "range.mismatch"
    if not (unit_text or ratio):
        return None, "exclude.bare_range"
    return num2, ""


def _written_unit(
    view: str, m: re.Match[str], num: Number, unit_text: str | None, per: str | None, cheng: str | None,
    pct_sign: str | None, rules: list[str],
) -> tuple[_Unit | None, str]:
    """The unit written after the number: %, ‰, 成, a rate (元/股), a unit of the table; or why
    the unit rules the number out (2590度 with no electricity near: `exclude.unit_out_of_context`)."""
    if pct_sign:
        rules.append("quantity.percent")
        return ("%", Decimal("0.1") if pct_sign == "‰" else Decimal(1), "ratio", unit_text), ""
    if cheng:
        rules.append("quantity.cheng")
        return ("%", Decimal(10), "ratio", unit_text), ""
    assert unit_text is not None
    if per:
        # 52.3元/股, 0.35元/千瓦时, 0.5吨标准煤/万元: a rate, its compound unit kept whole as written
        rules.append("quantity.unit.compound_rate")
        return (f"{unit_text}/{per}", lexicon.units()[unit_text].factor, "rate", unit_text), ""
    shared = _list_shared_unit(view, m.end(), unit_text)
    if shared is not None:
        unit_text = shared  # 分别提高0.3个和0.7个百分点: the list's last item writes the whole unit
        rules.append("quantity.list_shared_unit")
    unit = lexicon.units()[unit_text]
    why = _unit_context_excluded(view, m, num, unit_text)
    temperature = _unit_contexts().get(unit_text, (None, False, None))[2]
    if why and temperature is not None and temperature.search(view, max(0, m.start() - 12), m.start()):
        unit = lexicon.units()["摄氏度"]  # 最高气温升至40度: degrees of temperature, not kWh
        why = ""
    rules.append(f"quantity.unit.{unit.dimension}")
    if why:
        return None, why
    return (unit.code, unit.factor, unit.dimension, unit_text), ""


def _unwritten_unit(
    view: str, m: re.Match[str], num: Number, num_text: str, klass: str | None, previous: list[Quantity],
    rules: list[str],
) -> tuple[_Unit | None, str]:
    """The unit of a number with none written: money for a class of 亿 (千亿级), the ratio unit a
    list writes once, a unit the words imply, the unit of the sentence's quantity before, the
    unitless measure a move starts from; or `exclude.no_unit`."""
    end = m.end()
    if klass and num.has_magnitude and num.value >= 10**8:
        rules.append("quantity.class_money")  # 千亿级产业集群
        return ("CNY", Decimal(1), "money", None), ""
    shared = _list_shared_unit(view, end, "")
    if shared is None and num.has_magnitude:
        paired = _paired_magnitude_unit().match(view, end)
        shared = paired.group("unit") if paired is not None else None  # 分别达到3万和2.2万公顷
    if shared is not None:
        # 分别增长3.2和4.5个百分点: a ratio unit written once for the list
        unit = lexicon.units()[shared]
        rules.append("quantity.list_shared_unit")
        return (unit.code, unit.factor, unit.dimension, None), ""
    table = _table_unit(view, m.start(), end)
    if table is not None:
        rules.append("quantity.unit.of_table")  # 单位:人民币万元 ⏎ 营业总收入 284,362.09 176,839.65
        return table, ""
    implied = _implied_unit(view, m.start(), end, num)
    if implied is not None:
        rules.append("quantity.implied_unit")
        return (implied, Decimal(1), "implied", None), ""
    earlier = _sentence_unit(view, m.start(), num_text, previous)
    if earlier is not None:
        rules.append("quantity.unit.of_sentence")
        return (earlier.unit, Decimal(1), earlier.dimension, None), ""
    if _moved_to(view, m.start(), previous):
        rules.append("quantity.unit.of_pair")
        return ("", Decimal(1), "implied", None), ""
    return None, "exclude.no_unit"


def _values(
    num: Number, num2: Number | None, num2_text: str | None, factor: Decimal, rules: list[str]
) -> tuple[Decimal, Decimal | None]:
    """The value and the upper end of a range, in the unit's code (`factor`): a range's lower
    number takes the magnitude written only at its upper one (12~18万); 两三 is a range too."""
    value = num.value
    value_max = None
    if num2 is not None and num2_text is not None:
        if not num.has_magnitude and num2.has_magnitude and num2.value > num.value * 10:
            value = value * _magnitude_of(num2_text)  # 12~18万: the magnitude of the upper end applies to both
        value_max = (num2.value if num2.value_max is None else num2.value_max) * factor
        rules.append("quantity.range")
        if value_max < value * factor:  # 减少10.21亿元到9.21亿元: written from its higher end
            return value_max, value * factor
    elif num.value_max is not None:
        value_max = num.value_max * factor
        rules.append("quantity.range_adjacent_digits")
    return value * factor, value_max


def _class_descriptor(q: Quantity, num: Number, num_text: str) -> None:
    """级 after the number (百亿级, 千万级): a class, not an amount (FACTS.md borderline); of
    magnitudes alone (千亿级), an approximate one."""
    q.optional = True
    q.rules.append("quantity.class_descriptor")
    if num.chinese_only and not any(c in CN_DIGIT_CHARS for c in num_text):
        q.qualifier = "approx"


def _names_a_class(view: str, end: int) -> bool:
    """Whether a word follows the threshold (10亿元以上重大项目) that makes it name a class of
    things, rather than a verb or particle (以上的, 以上为)."""
    following = view[end:end + 1]
    return _HAN_OR_QUOTE.match(following) is not None and not _NOT_A_CLASS_BEFORE.match(following)


# A value in brackets, then its change with its sign (（42.99元，+0.21%）, (28.15元，-0.04%))
_SIGNED_IN_BRACKETS: Final = re.compile(r"[（(][^（()）]{0,12}?[0-9][^（()）]{0,6}?[，,、 ]$")


def _signed_change(view: str, num_start: int, percent: bool) -> bool:
    """Whether the number is a percentage whose sign follows a value in brackets: that value's change,
    not a label (+86)."""
    return percent and num_start > 1 and view[num_start - 1] in "+-−" \
        and _SIGNED_IN_BRACKETS.search(view, max(0, num_start - 24), num_start - 1) is not None


def _apply_plus(view: str, q: Quantity) -> None:
    """A plus sign on a value's change in brackets (（42.99元，+0.21%）): a change up."""
    if q.unit == "%" and _signed_change(view, q.number_start, True):
        q.kind, q.direction = "change", "up"
        q.rules.append("kind.plus_sign")


def _apply_minus(view: str, q: Quantity) -> None:
    """A minus sign (负5%, -3℃): in a change, the direction down; else, and after a rate named as a
    rate (自然增长率为-0.10‰), a negative value."""
    rate = _RATE_NAMED_BEFORE.search(view, max(0, q.start - 6), q.start) is not None
    if not rate and (q.kind == "change" or _change_context(view, q)
                     or _signed_change(view, q.number_start, q.unit == "%")):
        q.kind, q.direction = "change", "down"
        q.rules.append("kind.negative_sign")
    else:
        q.value = -q.value
        if q.value_max is not None:
            q.value_max = -q.value_max


# A rate named right before a number (自然增长率为, 利润率：): its value, whatever its sign
_RATE_NAMED_BEFORE: Final = re.compile(r"率(?:为|是|达|：|:)?\s*$")


def _magnitude_of(text: str) -> Decimal:
    """The magnitude written at the end of a range's upper number, which its lower number shares
    (12~18万 → 10⁴, 一至两千 → 10³, 3至5千万 → 10⁷)."""
    mag = Decimal(1)
    for c in reversed(text):
        factor = SMALL_MAGNITUDES.get(c) or BIG_MAGNITUDES.get(c)
        if factor is None:
            break
        mag *= factor
    return mag


_CODE_BEFORE: Final = _LATIN | frozenset("0123456789._")
# The units of time a period word before the number makes a period's (quantity_words.tsv period_unit: 年, 个月)
_PERIOD_UNITS: Final = frozenset(lexicon.quantity_words("period_unit"))


def _excluded(
    view: str, end: int, num: Number, num_text: str, unit_text: str | None, num_start: int, num_end: int,
    pct_sign: str | None, cheng: str | None, more: str | None, range_end: str | None = None,
) -> str:
    """The rule that says this number is not a fact, or '' (`end`: where the candidate ends; the
    other groups as `_pattern` matched them). The tests are pure, so a test of a conjunction may
    be taken first where it is cheaper; the rules are tried in their order."""
    return (_label_or_code(view, end, unit_text, num_start, num_end, pct_sign, cheng)
            or _year_or_period(view, end, num_text, unit_text, num_start)
            or _word_not_figure(view, end, num, unit_text, pct_sign or cheng, more, range_end))  # (一成: 10 %)


def _label_or_code(view: str, end: int, unit_text: str | None, num_start: int, num_end: int,
                   pct_sign: str | None, cheng: str | None) -> str:
    """A number that labels or codes something: after a label word (第, 编号), in a code (A3, 5G), a
    clock time (16:30), before a date or label word (3月, 2号线, 5部门)."""
    after_ex, before_ex, _ = _exclusion_patterns()
    if before_ex.before(view, num_start) \
            and not _signed_change(view, num_start, bool(pct_sign) or unit_text == "%"):
        return "exclude.label_before"
    if num_start > 0 and view[num_start - 1] in _CODE_BEFORE:
        return "exclude.code"
    if not unit_text and not pct_sign and not cheng:
        if view[num_end:num_end + 1] in _LATIN:
            return "exclude.code"
        if _CLOCK_AFTER.match(view, num_end) or _CLOCK_BEFORE.search(view, max(0, num_start - 3), num_start):
            return "exclude.clock_time"  # 16:30收盘
        if after_ex.match(view, end) or after_ex.match(view, num_end):
            return "exclude.date_or_label"
    elif unit_text:
        dimension = lexicon.units()[unit_text].dimension
        if dimension in ("time", "count", "age"):
            after = after_ex.match(view, end)
            if after and after.group() != "大":
                return "exclude.date_or_label"
            whole = after_ex.match(view, num_end)
            if whole is not None and len(whole.group()) > len(unit_text):
                return "exclude.date_or_label"  # 5部门, 5岁以上人口: a word that starts with the unit
    return ""


def _year_or_period(view: str, end: int, num_text: str, unit_text: str | None, num_start: int) -> str:
    """A year (2025年, 二〇二五年; not a duration, 3.5年, 5年来) or a period's number after its word
    (第三季度, 前5个月), or a code's unit run into more letters (5G网络)."""
    if unit_text == "年":
        if "." not in num_text and not _DURATION_YEAR_OK.match(view, end):
            return "exclude.year"
        if _YEAR_NUMERAL.fullmatch(num_text):
            return "exclude.year"
    if unit_text in _PERIOD_UNITS:
        word = _PERIOD_BEFORE.before(view, num_start)
        qualifier = _before_qualifier().before(view, num_start) if word is not None else None
        if word is not None and (qualifier is None or qualifier.start() >= word.start()):
            return "exclude.period"  # (近5年; not 接近6000小时, where 近 ends a qualifier)
    if unit_text and unit_text[-1] in _LATIN and view[end:end + 1] in _LATIN:
        return "exclude.code"
    return ""


def _word_not_figure(view: str, end: int, num: Number, unit_text: str | None, ratio_mark: str | None,
                     more: str | None, range_end: str | None) -> str:
    """A numeral that is part of a word, not a figure: the article 一 (一台, 一个), a unit run into the
    next word (2单元, 9点钟), an address (3栋2单元), 零 (零部件), a small count of a list's items (三个维度).
    `ratio_mark`: the %, ‰ or 成 written after the number (1%, 一成: figures)."""
    nxt = view[end:end + 1]  # '' at the end of the view
    # (一 opening a range, 一到两亿元, is a number, not the article of 一台, 一个)
    if num.bare_one and not range_end and unit_text != "倍" and not ratio_mark and not more:
        return "exclude.generic_one"
    if unit_text and nxt:
        if nxt in lexicon.unit_not_before().get(unit_text, ""):
            return "exclude.unit_is_part_of_word"  # 2单元, 9点钟
        if "0" <= nxt <= "9" and unit_text in lexicon.address_words():
            return "exclude.address"  # 3栋2单元 (but 842户3150人: two counts)
    if num.chinese_only and num.value == 0:
        return "exclude.zero_word"  # 零部件, 零距离
    if (unit_text and num.chinese_only and not num.has_magnitude and num.value <= 10 and not num.more
            and unit_text in lexicon.measure_words() and num.value_max is None and not more):
        return "exclude.small_chinese_count"  # 三个维度, 两项: items of a list, not a statistic
    return ""


@cache
def _unit_contexts() -> dict[str, tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None]]:
    """Unit → (the pattern of the words it needs near, whether a number with 万/亿 needs them too, the
    pattern of the words that make 度 a temperature right before it), from unit_contexts.tsv."""
    out: dict[str, tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None]] = {}
    for unit, roles in lexicon.unit_contexts().items():
        near = roles.get("near_always") or roles.get("near")
        before = roles.get("temperature_before")
        out[unit] = (re.compile(alternation(near)) if near else None, "near_always" in roles,
                     re.compile(alternation(before)) if before else None)
    return out


def _unit_context_excluded(view: str, m: re.Match[str], num: Number, unit_text: str) -> str:
    """`exclude.unit_out_of_context` for a unit that needs its context and has none near (度 without
    electricity, 点 without an index, K without temperature); else empty."""
    needs, always, _temperature = _unit_contexts().get(unit_text, (None, False, None))
    if needs is None:
        return ""
    if (always or not num.has_magnitude) and not needs.search(view, max(0, m.start() - 30), m.end() + 6):
        return "exclude.unit_out_of_context"
    return ""


_PER_REACH: Final = 6  # (how far before a number 每 and its unit are looked for: 每千瓦时, 每立方米)


@cache
def _per_pattern() -> re.Pattern[str]:
    """每 and a unit of the table that is not a time (每公斤, 每吨, 每千瓦时; not 每年, 每月)."""
    units = [u for u, unit in lexicon.units().items() if unit.dimension not in ("time", "count")]
    return re.compile(rf"每(?P<per>{factored_alternation(units)})\Z")


def _per_unit_before(view: str, num_start: int) -> tuple[int, str] | None:
    """(where 每 stands, the unit after it) when the number follows 每 and a unit directly."""
    m = _per_pattern().search(view, max(0, num_start - _PER_REACH), num_start)
    return (m.start(), m.group("per")) if m is not None else None


@cache
def _list_unit_pattern() -> re.Pattern[str]:
    """The next item of a list with a unit written (和0.7个百分点, 、5.1%; past items written
    without one: 、1.4、1.1倍) and that unit."""
    units = guarded_alternation(list(lexicon.units()))
    return re.compile(rf"(?:(?:{LIST_GAP.pattern})[0-9.]+(?={LIST_GAP.pattern}))*"
                      rf"(?:{LIST_GAP.pattern})(?P<num>{NUMBER})(?P<unit>{units})")


# A table's unit line (单位:人民币万元, 金额单位：亿元) and a row's own unit in its label (基本每股收益(元))
_TABLE_UNIT_LINE: Final = re.compile(
    r"(?:^|\n)[ \t　]*(?:金额|计量)?单位[:：][ \t　]*(?:人民币)?(?P<unit>[^\s，,。；;）)]{1,6})"
)
# A caption line giving a table's currency, what it does not cover after it (人民币百万元，百分比除外)
_CAPTION_UNIT_LINE: Final = re.compile(
    r"(?:^|\n)[ \t　]*(?:人民币)?(?P<unit>[十百千万亿]*元)[，,][^\n，,。]{0,10}除外[ \t　]*(?=\n)"
)
_ROW_UNIT: Final = re.compile(r"[（(](?P<unit>[^（()）\s]{1,6})[）)][ \t　]*$")
_TABLE_REACH: Final = 3000
# A header line of a table: its columns apart by spaces, no figure but a year naming a column (2019年)
_HEADER_REACH: Final = 40  # lines looked up from a row (a bank's income statement has 20 rows)
_COLUMN_GAP: Final = re.compile(r"[ \t　]+")
YEAR_COLUMN: Final = re.compile(r"((?:19|20)[0-9]{2})年度?")  # (the year a column is named by: 2019年)
_PER_CENT_COLUMN: Final = re.compile(r"[（(]%[）)]")  # 变动（%）


def table_header(view: str, line_start: int) -> list[str] | None:
    """The columns of the nearest header line above the row starting at `line_start`, if no sentence
    or blank line comes between (项目 本报告期 上年同期 增减变动幅度(%); 项目 2019年 2018年 增（减）额)."""
    end = line_start - 1
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return None
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end].strip()
        if not line or "。" in line:
            return None
        columns = _COLUMN_GAP.split(YEAR_COLUMN.sub(r" \g<0> ", line).strip())  # (项目2019年2018年: three)
        if all(_FIRST_DIGIT.search(c) is None or YEAR_COLUMN.fullmatch(c) for c in columns):
            return columns if len(columns) >= 3 else None
        end = start - 1
    return None


def bracketed_cell(view: str, start: int, end: int) -> bool:
    """Whether a table's cell view[start:end] stands in brackets, as a negative figure does ((2,637))."""
    return start > 0 and view[start - 1] == "(" and view.startswith(")", end)


def column_of(view: str, line_start: int, start: int, end: int) -> str | None:
    """The header of the column a row's cell view[start:end] stands in (`column_in` the row's header)."""
    header = table_header(view, line_start)
    return None if header is None else column_in(header, view, start, end)


def column_in(header: list[str], view: str, start: int, end: int) -> str | None:
    """The column of `header` a row's cell view[start:end] stands in, counted from the row's end (the
    label and its first cell may stand together: 利息净收入240,224)."""
    if bracketed_cell(view, start, end):
        end += 1
    line_end = view.find("\n", end)
    after = view[end:len(view) if line_end < 0 else line_end].split()
    return header[-1 - len(after)] if len(after) < len(header) else None


def _magnified_unit(text: str) -> _Unit | None:
    """A unit written with its magnitude words (万元, 百万元, 亿千瓦时, 元): code, factor, dimension."""
    factor = Decimal(1)
    k = 0
    while k < len(text) and text[k] in _MAGNITUDE_VALUES and text[k:] not in lexicon.units():
        factor *= _MAGNITUDE_VALUES[text[k]]
        k += 1
    unit = lexicon.units().get(text[k:])
    return (unit.code, unit.factor * factor, unit.dimension, None) if unit is not None else None


def _table_unit(view: str, start: int, end: int) -> _Unit | None:
    """The unit of a bare number standing as a table's cell (on a row under a unit line, with no
    sentence ended between, and a space or the row's end after it): the row's own (基本每股收益(元)),
    else the table's."""
    after = end + 1 if bracketed_cell(view, start, end) else end  # ((30): a negative figure in brackets)
    if start == 0 or (after < len(view) and view[after] not in " \t　\n"):
        return None
    line_start = view.rfind("\n", 0, start) + 1
    floor = max(0, line_start - _TABLE_REACH)
    if view.rfind("单位", floor, line_start) < 0 and view.rfind("除外", floor, line_start) < 0:
        return None  # (no unit line above: no table; one `rfind` where the pattern would scan)
    label = view[line_start:start].rstrip(" \t　")
    digit = _FIRST_DIGIT.search(label)
    label = label[:digit.start()] if digit is not None else label
    head = max((m for m in (last_match(_TABLE_UNIT_LINE, view[floor:line_start]),
                            last_match(_CAPTION_UNIT_LINE, view[floor:line_start])) if m is not None),
               key=lambda m: m.end(), default=None)
    if head is None or "。" in view[floor + head.end():start]:
        return None
    column = column_of(view, line_start, start, end)
    if column is not None and _PER_CENT_COLUMN.search(column):
        return _magnified_unit("%")  # 变动（%）: its cells are per cent whatever the table's unit
    row = _ROW_UNIT.search(label.rstrip())
    if row is not None and (own := _magnified_unit(row.group("unit"))) is not None:
        return own
    return _magnified_unit(head.group("unit"))


_FIRST_DIGIT: Final = re.compile(r"[0-9]")
# Magnitude words and their values (十, 百, 千, 万, 亿 and their formal forms)
_MAGNITUDE_VALUES: Final = {
    word: Decimal(value) for word, value in (*SMALL_MAGNITUDES.items(), *BIG_MAGNITUDES.items())
}


@cache
def _paired_magnitude_unit() -> re.Pattern[str]:
    """A later number in 万 or 亿 after 和, 与, 、 or 至 with its unit written (3万和2.2万公顷), past numbers in
    万 or 亿 of the same list written without one (757.8亿、376.53亿、90.16亿美元): the unit the first, written
    without one, shares."""
    units = guarded_alternation(list(lexicon.units()))
    item = r"[0-9][0-9.]*(?:多|余)?[万亿]+"
    return re.compile(rf"(?:(?:和|与|及|、){item}(?=和|与|及|、))*(?:和|与|及|、|至|到|或){item}(?P<unit>{units})")


def _list_shared_unit(view: str, end: int, written: str) -> str | None:
    """The unit of a list's next item when it completes the one written here: a longer unit that
    starts with it (0.3个 … 0.7个百分点), or, for a number with no unit (`written` empty), a
    ratio unit (3.2和4.5个百分点); None otherwise."""
    if view[end:end + 1] not in _LIST_GAP_FIRST:
        return None
    m = _list_unit_pattern().match(view, end)
    if m is None:
        return None
    unit = m.group("unit")
    if written:
        return unit if len(unit) > len(written) and unit.startswith(written) else None
    return unit if lexicon.units()[unit].dimension == "ratio" else None


# The dimensions of units a later number of the sentence may leave unwritten (常住人口增加397.4万人、
# 年均增量为39.74万): counts, and what the words imply (人, 人次, CNY).
_CARRIED_DIMENSIONS: Final = frozenset({"count", "implied", "money"})


_DIGITS_THEN_MAGNITUDE: Final = re.compile(r"[0-9][0-9.]*(?:多|余)?[万亿]")


def _sentence_unit(view: str, start: int, num_text: str, previous: list[Quantity]) -> Quantity | None:
    """The quantity before in the sentence whose unit a number in digits and 万 or 亿 with none
    written takes (增加300万人，湖南同期增长不到75万 → 人), or None."""
    if not previous or _DIGITS_THEN_MAGNITUDE.search(num_text) is None:
        return None
    last = previous[-1]
    if last.dimension not in _CARRIED_DIMENSIONS or last.unit in ("", "%"):
        return None
    between = view[last.end:start]
    if any(c in between for c in "。！？；\n") or len(between) > 40:
        return None
    return last


# Between the two values of a move (由1.04下降到0.59, 从49.2回升至50.1; move_verbs.tsv, unitless_end)
def _moved_to_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(lexicon.move_verbs('unitless_end'))})"
                      f"(?:{alternation(lexicon.move_verbs('to'))}|为)$")


_MOVED_TO: Final = _moved_to_pattern()


def _moved_to(view: str, start: int, previous: list[Quantity]) -> bool:
    """Whether the number at `start` is where a move ends that starts at the unitless number just
    before it in its clause (能源消费弹性系数由1.04下降到0.59): it is of the same measure, unitless too."""
    if not previous:
        return False
    last = previous[-1]
    if last.unit != "" or last.dimension != "implied" or start - last.end > 6:
        return False
    between = view[last.end:start]
    return _MOVED_TO.search(between) is not None and not any(c in between for c in CLAUSE_BREAK)


def _implied_unit(view: str, start: int, end: int, num: Number) -> str | None:
    """A unit the words make certain when none is written (常住人口1260万 → 人)."""
    cstart = clause_start(view, start)
    while cstart > 1 and view[cstart - 1] in ":：" and view[cstart - 2].isdigit() and view[cstart:cstart + 1].isdigit():
        cstart = clause_start(view, cstart - 1)  # 对美元16:30收盘报7.0943: a clock time's colon ends no clause
    left = view[max(cstart, start - 14):start]
    if cstart > 0 and view[cstart - 1] in "）)":
        # 总人口性别比（以女性为100…）为100.89: the keyword stands before the parenthesis
        left = _PARENS.sub("", view[max(0, start - 60):start])[-14:]
    right = view[end:end + 4]
    # (a magnitude folded in: 60亿, 三千; the tens of a numeral alone, 十 of 十分亮眼 or 二十, are none)
    magnitude = num.has_magnitude and num.value >= 100
    usable = [(keyword, unit) for keyword, unit, needs_magnitude in lexicon.implied_units()
              if magnitude or not needs_magnitude]
    # what follows the number names what it counts before anything said ahead of it (育儿补贴制度惠及
    # 3000多万婴幼儿 counts children, not money), where it names a unit: a unitless keyword (指数, an empty
    # unit) makes a figure unitless only from before it
    for keyword, unit in usable:
        if unit and right.startswith(keyword):
            return unit
    for keyword, unit in usable:
        if keyword in left:
            return unit
    return None


def _apply_before_qualifier(view: str, q: Quantity) -> None:
    """A qualifier word right before the number (近, 超过, 约) unless a blocker precedes it: the span takes it."""
    words = lexicon.qualifiers()["before"]
    m = _before_qualifier().before(view, q.start)
    if m and m.start() > 0 and view[m.start() - 1] in lexicon.qualifier_blockers().get(m.group(), ""):
        m = None
    if m:
        q.start = m.start()
        q.qualifier = words[m.group()]
        q.rules.append("qualifier.before")


@cache
def _share_qualifier() -> re.Pattern[str]:
    """A bound word of a share's verb (约占: qualifiers.tsv's before words ending in 占) and the whole it
    is of, up to the number (约占全省的三分之一)."""
    words = [w for w in lexicon.qualifiers()["before"] if w.endswith("占")]
    return re.compile(rf"(?P<word>{alternation(words) or '(?!)'})[^，,。；;：:、\n0-9]{{1,{_SHARE_REACH - 3}}}$")


_SHARE_REACH: Final = 20  # (how far before a share its bounded verb is looked for: 约占全国太阳能热水器生产能力10%)


def _apply_share_qualifier(view: str, q: Quantity) -> None:
    """约占全省的三分之一: the bound of the share's verb is the share's, the whole named between."""
    m = _share_qualifier().search(view, max(0, q.start - _SHARE_REACH), q.start)
    if m is not None:
        q.qualifier = lexicon.qualifiers()["before"][m.group("word")]
        q.rules.append("qualifier.share")


def _apply_qualifiers(view: str, q: Quantity, post: str | None, *, more: bool = False) -> None:
    """The qualifier of `q`: 多/余 (a lower bound), a word after it (以上, 左右), else one before it."""
    if more:
        q.qualifier = "min"
        q.rules.append("qualifier.more")
    if post:
        q.qualifier = lexicon.qualifiers()["after"][post]
        q.rules.append("qualifier.after")
    if q.qualifier == "exact" or q.rules[-1] == "qualifier.more":
        before_q = q.qualifier
        _apply_before_qualifier(view, q)
        if q.qualifier == "exact":
            _apply_share_qualifier(view, q)
        if before_q == "min" and q.qualifier != "min" and more:
            # 近600余家: keep the bound written right at the number
            q.qualifier = "min"
    elif _before_qualifier().before(view, q.start):
        # 超过10万元以上: both say the same; the span takes the word before too
        _apply_before_qualifier(view, q)
        q.qualifier = lexicon.qualifiers()["after"][post] if post else q.qualifier


def _decide_kind(view: str, q: Quantity, previous: list[Quantity]) -> None:
    """Whether `q` is a level or a change (and its direction): an item of a list takes the kind of
    the one before it; else a change word before it in its clause decides (`_kind_of_change_word`);
    else a comparison, a difference in points or a growth rate's noun (`_kind_without_change_word`)."""
    floor = clause_start(view, q.start)
    prev = previous[-1] if previous else None
    if prev is not None and _continues_list(view, prev, q, floor):
        q.kind, q.direction = prev.kind, prev.direction
        q.rules.append("kind.list_continues")  # 增长56.23%、335.42%; 江西（6.9%）、福建（6.7%）
        return
    if prev is not None and prev.kind == "change" and prev.dimension == q.dimension and prev.unit != q.unit \
            and view[prev.end:q.start] in ("（", "("):
        q.kind, q.direction = prev.kind, prev.direction
        q.rules.append("kind.restated")  # 增加888万吨（178亿斤）: the same change in other units
        return
    if prev is not None and prev.end > floor:
        floor = prev.end
    pre = view[floor:q.start]
    m = _change_trigger().search(pre)
    if m is not None and m.start("trigger") > 0:
        blockers = lexicon.change_blockers().get(m.group("trigger"), "")
        if view[floor + m.start("trigger") - 1] in blockers:
            m = None
    if m is None and _bracketed_after_change(view, q):
        return
    if m is None:
        _kind_without_change_word(view, q, pre)
    else:
        _kind_of_change_word(view, q, m, floor)


def _bracketed_after_change(view: str, q: Quantity) -> bool:
    """A percentage in brackets right after a name, in a clause whose change word names what it measures
    (用电增长较快的省份依次是新疆(48.2%)、…): a change in that word's direction (the list's next items follow it)."""
    if q.unit != "%" or q.start == 0 or view[q.start - 1] not in _OPENING_BRACKETS:
        return False
    change = last_match(_any_change_word(), view[clause_start(view, q.start - 1):q.start - 1])
    if change is None:
        return False
    q.kind, q.direction = "change", lexicon.change_words()[change.group()]
    q.rules.append("kind.bracketed_after_change")
    return True


_OPENING_BRACKETS: Final = "(（"


def _continues_list(view: str, prev: Quantity, q: Quantity, floor: int) -> bool:
    """Whether `q` is the next item of a list `prev` is in, with the same unit: right after it in its
    clause (、, 和, 以及), or each with its figure in brackets after its name (江西（6.9%）、福建（6.7%）)."""
    if prev.unit != q.unit or prev.end > q.start:
        return False
    if _BRACKETED_LIST_GAP.fullmatch(view, prev.end, q.start):
        return True
    if prev.kind == "change" and q.unit == "%" and _NAMED_LIST_GAP.fullmatch(view, prev.end, q.start):
        return True  # 增速…：北京10.7%、浙江10.6%、…山东9.9%: each item as the first
    return prev.end > floor and LIST_GAP.fullmatch(view, prev.end, q.start) is not None


def _kind_without_change_word(view: str, q: Quantity, pre: str) -> None:
    """The kind of a figure no change word introduces: a comparison's difference (比上年多, 较…高), a
    difference in percentage points (its clause's verb, or 高于/低于), a growth rate's noun before or
    after it (增速…：北京10.7%; 以58.3%的增速); else a level."""
    if _COMPARISON_END.search(pre):
        q.kind, q.direction = "change", "up"
        q.rules.append("kind.change_comparison")
        return
    compared = _COMPARED.search(pre)
    if compared:
        q.kind = "change"
        q.direction = "up" if compared.group("word") in _COMPARED_UP else "down"
        q.rules.append("kind.compared")
        return
    if q.unit == "pp":
        # a difference in percentage points is a change; its direction is the clause's verb, or the
        # 高于/低于 after it (增速低于全国2.5个百分点)
        last = last_match(_any_change_word(), pre)
        than = last_match(_THAN, pre)
        if than is not None and (last is None or than.start() >= last.end()):  # 分别高于全国、全省3.5个和2.5个百分点
            q.kind, q.direction = "change", "up" if than.group() in _THAN_UP else "down"
            q.rules.append("kind.points_than")
        elif last is not None:
            q.kind, q.direction = "change", lexicon.change_words()[last.group()]
            q.rules.append("kind.points_change")
        return
    if q.unit == "%" and _growth_rate(view, q, q.start):  # GDP增速…：北京10.7%、浙江10.6%
        return
    if q.unit == "%" and (after := rate_patterns()[1].match(view, q.end)) is not None:
        q.kind, q.direction = "change", lexicon.rate_nouns()[after.group("rate")]
        q.rules.append("kind.growth_rate_after")  # 以58.3%的增速位居首位, 0.75%的降幅


def _kind_of_change_word(view: str, q: Quantity, m: re.Match[str], floor: int) -> None:
    """The kind a change word before the figure gives it: a change in the word's direction, unless the
    word leads to an end level (增长到, 下降至) — a growth rate's end is still a growth rate."""
    gap = m.group("gap") or ""
    noun = m.group("trigger") in lexicon.rate_nouns()
    if not noun and (gap in ("到", "至", "为") or (gap and gap[-1] in "到至" and gap != "达到")):
        if q.unit == "%" and _growth_rate(view, q, floor + m.start("trigger")):
            return  # 增速放缓至4.9%: the rate it ends at is still a growth rate
        q.rules.append("kind.end_level")
        return
    q.kind = "change"
    q.direction = lexicon.change_words()[m.group("trigger")]
    q.rules.append("kind.change_word")


# Between two figures each in brackets after its name (江西（6.9%）、福建（6.7%）)
_BRACKETED_LIST_GAP: Final = re.compile(rf"[）)](?:[、，,]|{_JOINTS})[{HAN}]{{1,8}}[（(]")
# Between two items of a list that name each its place or thing before its figure (北京10.7%、浙江10.6%)
_NAMED_LIST_GAP: Final = re.compile(rf"、[{HAN}]{{1,6}}")
@cache
def rate_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a noun of a growth rate stands (change_words.tsv, rate: a percentage it names is a change,
    directly or through a list after it; 增长率 is none of them, it names a level too: 人口自然增长率), and
    where one stands right after its percentage (58.3%的增速, 1.7%的两年平均增速)."""
    nouns = alternation(lexicon.rate_nouns())
    return re.compile(nouns), re.compile(rf"的(?:两年)?(?:平均)?(?P<rate>{nouns})")
_RATE_REACH: Final = 60


def _growth_rate(view: str, q: Quantity, before: int) -> bool:
    """Whether a growth rate's noun (增速, 降幅) names the percentage `q` in its sentence before
    `before` (not a share: 占…): then `q` is a change, in the noun's direction."""
    start = max(0, view.rfind("。", 0, before) + 1, before - _RATE_REACH)
    rate = last_match(rate_patterns()[0], view[start:before])
    if rate is None or "占" in view[start + rate.end():q.start]:
        return False
    own = clause_start(view, q.start)
    if start + rate.end() <= own and "率" in view[own:q.start]:
        return False  # …涨幅2%左右，城镇调查失业率控制在5.5%: the clause names a rate of its own
    q.kind, q.direction = "change", lexicon.rate_nouns()[rate.group()]
    q.rules.append("kind.growth_rate")
    return True
# A word saying which way a figure differs from what it is compared with (comparison_words.tsv)
_THAN: Final = re.compile(alternation(lexicon.comparison_words("than")))
_THAN_UP: Final = frozenset(w for w, way in lexicon.comparison_words("than").items() if way == "up")


# A comparison's base between 比 or 较 and a word saying which way the figure differs (比上年多, 较常年偏少;
# comparison_words.tsv, after_base), and the words of it that make it go up
def _compared_pattern() -> tuple[SearchAtEnd, frozenset[str]]:
    words = lexicon.comparison_words("after_base")
    return (SearchAtEnd(re.compile(rf"(?:比|较)[^，,。；;]{{1,12}}?(?P<word>{alternation(words)})了?$"), marks="比较"),
            frozenset(w for w, way in words.items() if way == "up"))


_COMPARED, _COMPARED_UP = _compared_pattern()


@cache
def _any_change_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![新])(?:{alternation(list(lexicon.change_words()))})(?!值)")


def _change_context(view: str, q: Quantity) -> bool:
    """Whether the clause before `q` speaks of a change (同比, 比上年, 增速, 增长)."""
    pre = view[clause_start(view, q.start):q.start]
    return bool(_CHANGE_CONTEXT.search(pre))


def _is_rank_position(view: str, q: Quantity) -> bool:
    """Whether a figure in 位 or 名 is a position in a ranking (its clause says 排名, 位次, 位列 …)."""
    if q.unit not in ("位", "名"):
        return False
    clause = view[clause_start(view, q.start):q.start]
    return bool(RANK_CONTEXT.search(clause))
