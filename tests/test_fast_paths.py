"""The shortcuts taken for speed answer exactly as the slower way they stand in for.

Each test compares a fast path with the plain computation it replaces, on generated text and on
every sentence of the corpora, so a shortcut that drifts from its meaning fails here.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from decimal import Decimal
from unittest import mock

import pytest
import regex
from conftest import corpus_texts, source_module
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import lexicon
from extract import quantities as Q
from extract.attribute import lists as L
from extract.attribute import period as T
from extract.attribute import subject as S
from extract.attribute.period import (
    _DATED_YEAR,
    _NAMED_YEAR,
    _PUBLISHED,
    HeadingReader,
    _int,
    _latest_year,
    may_hold_time,
    time_matches,
    time_pattern,
)
from extract.attribute.period import heading_periods as _heading_periods
from extract.numbers import _combine, _normal, parse_number
from extract.patterns import (
    EndingWith,
    _every_character,
    alternation,
    class_body,
    grouped_alternation,
    longest_match,
    top_level_branches,
)
from extract.quantities import (
    _COMPARED,
    _COMPARISON_END,
    _PREFIX,
    _PREFIX_WORDS,
    _QUOTED_NAME,
    CLAUSE_BREAK,
    _anchors,
    _change_trigger,
    _exclusion_patterns,
    _followers,
    _pattern,
    _phrase_scan,
    _quoted_is_name,
    clause_start,
)
from extract.sentences import _SENTENCE_END, Sentences
from extract.shortcuts import (
    SYNC_WALK,
    BranchScan,
    PhraseTest,
    SearchAtEnd,
    factored_alternation,
    guarded_alternation,
)
from extract.validate import validate

TEXTS = corpus_texts()
_ANCHOR = re.compile(rf"[{Q._NUMERAL_RUN_CHARS}]+")  # every run of numerals, whole

# text made of the words the patterns look for, numerals, punctuation and line breaks
_PIECES = [*lexicon.qualifiers()["before"], *_PREFIX_WORDS, *lexicon.exclusions()["before"], "全国第", "2", "三",
           "万", "元", "\n", "，", "。", "”", "！", "?", " ", "之", "增长"]
texts_of_pieces = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(texts_of_pieces, st.data())
@settings(max_examples=300)
def test_ending_with_answers_as_its_pattern(text: str, data: st.DataObject) -> None:
    words = list(lexicon.qualifiers()["before"])
    fast = EndingWith(words)
    endpos = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(0, endpos))
    expected = fast.pattern.search(text, pos, endpos)
    found = fast.search(text, pos, endpos)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_ending_with_searches_before_a_final_line_break() -> None:
    # `$` matches before a line break at the end of the window: the set look-up must not skip it
    fast = EndingWith(["超过"])
    assert fast.search("超过\n", 0, 3) is not None
    assert fast.search("超过1", 0, 3) is None
    assert fast.search("超过", 0, 2) is not None


@given(st.text(alphabet="ab。！？!?…”’」』)\n ", max_size=40))
def test_sentences_partition_the_view(view: str) -> None:
    sentences = Sentences(view)
    # the plain definition: a sentence runs to the end of each terminator match, the rest is one more
    expected: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(view):
        expected.append((start, m.end()))
        start = m.end()
    if start < len(view):
        expected.append((start, len(view)))
    assert [(sentences[k].start, sentences[k].end) for k in range(len(sentences))] == expected


@given(st.from_regex(r"[0-9]{1,30}(\.[0-9]{1,6})?", fullmatch=True))
def test_a_plain_arabic_number_reads_as_the_fold_reads_it(text: str) -> None:
    n = parse_number(text)
    digits = sum(c.isdigit() for c in text)
    folded = _combine(text)
    if digits > 24 or folded is None or folded > Decimal(10) ** 24:
        assert n is None
        return
    assert n is not None
    # str(): Decimal equality is numeric, and 1.50 must come out as 1.5 exactly as the fold gives it
    assert (str(n.value), n.value_max, n.more, n.has_magnitude, n.chinese_only, n.bare_one) == (
        str(_normal(folded)), None, False, False, False, False)


def test_quantity_patterns_match_on_re_as_on_regex() -> None:
    """The quantity patterns run on the standard library's `re`; `regex` reads the same source
    the same way on every corpus sentence (a construct the two engines read differently fails)."""
    after, before, phrase = _exclusion_patterns()
    patterns: list[re.Pattern[str]] = [_pattern(), _pattern(False), after, before.pattern, phrase]
    for fast in patterns:
        slow = regex.compile(fast.pattern, regex.VERBOSE if fast.flags & re.VERBOSE else 0)
        for text in TEXTS:
            for pos in range(0, len(text), 7):
                a, b = fast.match(text, pos), slow.match(text, pos)
                assert (a.span() if a else None) == (b.span() if b else None), (fast.pattern[:40], text, pos)
                if a and b:
                    assert a.groupdict() == b.groupdict()


@given(st.text(alphabet="ab中1，,；。\n（)[]：", max_size=200), st.data())
def test_clause_start_is_after_the_last_break_in_its_window(view: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(view)))
    floor = data.draw(st.integers(0, pos))
    lo = max(floor, pos - 80)
    breaks = [i + 1 for i in range(lo, pos) if view[i] in CLAUSE_BREAK]
    assert clause_start(view, pos, floor) == (breaks[-1] if breaks else lo)


def test_the_han_class_for_re_is_regex_s_own() -> None:
    every = _every_character()
    for item in (r"\p{Han}", r"\s"):
        fast = re.compile(f"[{class_body(item)}]+")
        slow = regex.compile(f"(?:{item})+")
        assert [m.span() for m in fast.finditer(every)] == [m.span() for m in slow.finditer(every)]


@given(st.lists(st.text(alphabet="北京天津市省", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
       st.text(alphabet="北京天津市省区", max_size=20))
def test_a_grouped_alternation_matches_as_the_plain_one(words: list[str], text: str) -> None:
    plain = re.compile("|".join(map(re.escape, words)))
    grouped = re.compile(grouped_alternation(words))
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), grouped.match(text, pos)
        assert (a.span() if a else None) == (b.span() if b else None)
    assert len(top_level_branches(grouped_alternation(words))) == len({w[0] for w in words})


@given(st.text(alphabet="12一三十百千万亿些统第之数上负-\n元年个%分，的", max_size=40))
def test_the_anchor_scan_keeps_every_numeral_run_that_may_hold_a_quantity(view: str) -> None:
    runs = [m.span() for m in _ANCHOR.finditer(view)]
    kept = [m.span() for m in _anchors().finditer(view)]
    assert set(kept) <= set(runs)  # whole runs only
    for start, end in runs:
        run = view[start:end]
        may_hold = (
            "0" <= run[0] <= "9" or "万" in run or "亿" in run
            or view[end:end + 1] in _followers()
            or (start > 0 and view[start - 1] in _PREFIX.last_chars)
        )
        if may_hold:
            assert (start, end) in kept, run
def test_sentence_offsets_are_the_terminator_matches_on_the_corpora() -> None:
    for view in TEXTS:
        ends = [m.end() for m in _SENTENCE_END.finditer(view)]
        if view and (not ends or ends[-1] < len(view)):
            ends.append(len(view))
        assert Sentences(view).ends == ends


def _plain_heading_periods(view: str, doc_year: int | None) -> list[tuple[int, int, str]]:
    """`heading_periods` as a plain reading of every line."""
    reader = HeadingReader(doc_year)
    line_end = -1
    for raw in view.split("\n"):
        line_start = line_end + 1
        line_end = line_start + len(raw)
        reader.line(raw, line_start, line_end)
    return reader.spans(len(view))


# lines of headings, periods, bullets and paragraphs, with whitespace where `strip` removes it
_LINE_PIECES = ["一、", "（二）", "(三)", "第四章", "2024年", "上半年", "十四五", "时期", "前三季度", "1-9月", "- ",
                "• ", "1.", "全省", "经济", "增长", "8.1%", "工作回顾", "；", " ", "\u3000", "\t", "\r", "\u2028",
                "\n", "\n", "总体上看，各项主要指标运行平稳", "。"]
lines_of_pieces = st.lists(st.sampled_from(_LINE_PIECES), max_size=40).map("".join)


@given(lines_of_pieces, st.sampled_from([None, 2024]))
@settings(max_examples=500)
def test_heading_periods_read_as_every_line_read(view: str, year: int | None) -> None:
    assert _heading_periods(view, year) == _plain_heading_periods(view, year)


def test_heading_periods_read_as_every_line_read_on_the_corpora() -> None:
    for view in TEXTS:
        for year in (None, 2024):
            assert _heading_periods(view, year) == _plain_heading_periods(view, year)


@given(st.text(alphabet="19202420251999年月,，、3前以之到至一 \n", max_size=40))
def test_the_latest_year_is_the_greatest_of_both_centuries(view: str) -> None:
    for patterns in (_DATED_YEAR, _NAMED_YEAR):
        years = [int(y) for p in patterns for y in p.findall(view)]
        assert _latest_year(patterns, view) == (max(years) if years else None)


def test_the_publication_line_is_found_on_re_as_on_regex() -> None:
    slow = regex.compile(  # (the labels of a date line: period_cues.tsv, date_label)
        rf"(?:{alternation(lexicon.period_cues('date_label'))})[:：]?\s*(?P<y>(?:19|20)[0-9]{{2}})[-年/.]"
        r"(?P<m>[0-9]{1,2})[-月/.](?P<d>[0-9]{1,2})"
    )
    spaces = "".join(ch for ch in map(chr, range(0x3001)) if regex.match(r"\s", ch) or re.match(r"\s", ch))
    texts = [*TEXTS, *(f"发布时间：{s}2025-10-20" for s in spaces), "日期 2024年3月1日", "时间:\u00852024/1/2"]
    for text in texts:
        a, b = _PUBLISHED.search(text), slow.search(text)
        assert (a.span() if a else None) == (b.span() if b else None)
        if a and b:
            assert a.groupdict() == b.groupdict()


def test_heading_periods_at_the_length_limits() -> None:
    # a period heading of 11 to 13 characters, a section heading of 23 to 25, padded with whitespace
    heads = [f"{'全' * k}2024年上半年" for k in range(3, 6)]
    heads += [f"一、2024年{'工' * k}" for k in range(16, 19)]
    body = f"\n- 增长8.1%\n- 增长5%\n{'总体上看，各项主要指标运行平稳' * 2}\n- 增长"
    views = []
    for head in heads:
        for pad in ("", " ", "\u3000\u3000", "\t \r", " " * 30):
            for lead in ("", "正文。\n", "正文。\n\n"):
                views.append(f"{lead}{pad}{head}{pad}{body}")
    for view in views:
        assert _heading_periods(view, 2024) == _plain_heading_periods(view, 2024)
    assert any(_heading_periods(view, 2024) for view in views)


# text made of what times are written with: period words, digits, numerals, 年, 月, 季度 and their neighbours
_TIME_PIECES = [*lexicon.period_words(), "2024", "19", "20", "0", "1", "3", "12", "一", "二", "三", "十", "〇", "五",
                "年", "月", "份", "季度", "第", "前", "个", "半年", "至", "-", "到", "日", "号", "截至", "截止", "近",
                "过去", "来", "以来", "间", "末", "底", "规划", "，", "\n", "增长"]


def _assert_same_time_matches(text: str, start: int, end: int) -> None:
    fast = [(m.span(), m.groupdict()) for m in time_matches(text, start, end)]
    slow = [(m.span(), m.groupdict()) for m in time_pattern().finditer(text, start, end)]
    assert fast == slow, (text[start:end], fast, slow)


@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=30).map("".join), st.data())
@settings(max_examples=500)
def test_time_matches_are_the_time_pattern_s(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    _assert_same_time_matches(text, start, end)


def test_time_matches_are_the_time_pattern_s_on_the_corpora() -> None:
    # the anchors and their reach: a month range in long numerals holds seven characters before its 月
    _assert_same_time_matches("截至二十一至二十二月，前二十一个月，过去三十一年来", 0, 25)
    for text in TEXTS:
        sentences = Sentences(text)
        for k in range(len(sentences)):
            _assert_same_time_matches(text, sentences.starts[k], sentences.ends[k])
        _assert_same_time_matches(text, 0, len(text))


def test_a_short_arabic_number_reads_as_parse_number_reads_it() -> None:
    for size in range(1, 5):
        for digits in itertools.product("0123456789", repeat=size):
            text = "".join(digits)
            n = parse_number(text)
            assert _int(text) == (int(n.value) if n is not None else None)


_GENERIC_PIECES = [*S._GENERIC_PREFIXES, *sorted(S._GENERIC_EXACT), *S._GENERIC_ENDINGS, "北京", "a", "\n"]


@given(st.lists(st.sampled_from(_GENERIC_PIECES), max_size=4).map("".join))
@settings(max_examples=500)
def test_a_generic_name_is_what_the_generic_pattern_matches(name: str) -> None:
    assert S._is_generic(name) == (S._GENERIC_PLACE.match(name) is not None)


_VERB_PIECES = [*top_level_branches(S._org_verbs().any.pattern.replace("[0-9]+", "12")),
                "公司", "北京", "港", "a", "\n"]


@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=5).map("".join))
@settings(max_examples=500)
def test_the_end_of_a_name_s_last_verb_is_the_pattern_s(name: str) -> None:
    assert S._after_last_verb(name) == S._org_verbs().after_last.match(name).end()  # type: ignore[union-attr]
    assert S._holds_org_verb(name) == (S._org_verbs().any.search(name) is not None)


def test_names_read_on_the_corpora_as_the_patterns_read_them() -> None:
    for text in TEXTS:
        for pos in range(0, len(text), 3):
            for size in (2, 4, 7):
                name = text[pos:pos + size]
                assert S._is_generic(name) == (S._GENERIC_PLACE.match(name) is not None)
                assert S._after_last_verb(name) == S._org_verbs().after_last.match(name).end()  # type: ignore[union-attr]
                assert S._holds_org_verb(name) == (S._org_verbs().any.search(name) is not None)


def test_attribution_patterns_match_on_re_as_on_regex() -> None:
    """The attribution patterns of the pipeline and the period module run on the standard `re`; their `regex` sources
    (as first written) match the same on every corpus sentence, at every position and window."""
    pairs: list[tuple[re.Pattern[str], str]] = [
        (T._SPAN_COMPARISON,  # (the verbs: move_verbs.tsv, two_states)
         rf"(?:从|由)[^。；;]{{0,40}}?(?:{alternation(lexicon.move_verbs('two_states'))})(?:到|至)"),
        (T._BASE_VALUE, r"[^，,。；;]{0,16}的|(?:同期)?(?:接近|约为?|近|超过|达到?|为|是)?"),
        (T._OPENING_AFTER, rf"(?:{alternation(lexicon.period_cues('opening_after'))})?[，,]"),  # (period_cues.tsv)
        (T._OPENING_GAP, r"^[“”\"'‘’\s]*(?:\p{Han}{1,6}[，,]|\p{Han}{1,6}的)?$"),
        (T._OPENING_TOPIC, r"[“”\"'‘’\s]*\p{Han}{1,6}[，,]"),
        (L._ONLY_PUNCT_AND_BASE,
         r"[\s，,、；;：:和及与]*(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度?|(?:19|20)[0-9]{2}年)(?:同期)?)?[\s，,]*"),
        (L._respectively_pattern(), L._respectively_pattern().pattern),
    ]
    not_a_period = regex.compile(rf"(?:{alternation(lexicon.period_cues('not_a_period'))})[“\"‘]?$")
    for text in [*TEXTS, "自“2025年", "于\n2025年", "面向 2025年"]:
        for pos in range(len(text) + 1):
            lo = max(0, pos - 4)
            found = T._NOT_A_PERIOD_BEFORE.search(text, lo, pos)
            assert (found is None) == (not_a_period.search(text, lo, pos) is None)
            if pos % 3:
                continue
            for fast, source in pairs:
                slow = regex.compile(source)
                for a, b in ((fast.match(text, pos), slow.match(text, pos)),
                             (fast.search(text, lo, pos), slow.search(text, lo, pos)),
                             (fast.fullmatch(text, lo, pos), slow.fullmatch(text, lo, pos))):
                    assert (a.span() if a else None) == (b.span() if b else None), (source, text[lo:pos + 40])


def test_a_value_that_is_not_finite_is_rejected_by_pydantic_s_own_check() -> None:
    # (the model has no validator of its own for it: pydantic rejects NaN and infinities before any would run)
    base = {"doc": "d", "start": 0, "end": 1, "text": "x", "value": Decimal(1), "unit": "", "indicator": "i"}
    for field in ("value", "value_max"):
        for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("sNaN"), float("inf"), "nan"):
            rejection = validate({**base, field: bad})
            assert getattr(rejection, "reason", None) == f"{field}: Input should be a finite number"


def test_a_text_without_an_anchor_holds_no_time() -> None:
    for text in TEXTS:
        for start in range(0, len(text), 5):
            window = text[start:start + 12]
            if not may_hold_time(window):
                assert time_pattern().search(window) is None, window


@given(st.text(alphabet="12一三十百千万亿些统第之数上负-\n元年个%分，的", max_size=40))
def test_a_kept_anchor_not_after_a_prefix_end_passes_the_loop_s_test(view: str) -> None:
    # `find_quantities` tests a run only where a prefix may end before it; elsewhere `_anchors`
    # must have kept only runs that start with a digit, hold 万 or 亿, or have a follower after them
    for m in _anchors().finditer(view):
        start, end = m.span()
        run = m.group()
        if start > 0 and view[start - 1] in _PREFIX.last_chars:
            continue
        assert "0" <= run[0] <= "9" or "万" in run or "亿" in run or view[end:end + 1] in _followers(), run


def _dispatch_as_named(m: re.Match[str]) -> str:
    if m.group("pct"):
        return "percent"
    if m.group("rank_num") is not None and m.group("num") is None:
        return "rank"
    if m.group("vague"):
        return "vague"
    return "number"


_Q_SOURCE = source_module("extract.quantities")  # (its readers can be replaced: see `source_module`)


def _dispatch_by_index(m: re.Match[str]) -> str:
    """The reader `_read` calls for `m`."""
    readers = {"_read_percent_words": "percent", "_read_rank": "rank", "_read_vague": "vague", "_read_number": "number"}
    with contextlib.ExitStack() as stack:
        for name, branch in readers.items():
            stack.enter_context(mock.patch.object(_Q_SOURCE, name, lambda *_args, branch=branch: (None, branch)))
        return _Q_SOURCE._read(m.string, m, [])[1]


_QUANTITY_PIECES = ["百分之", "三分之", "第", "全国第", "数", "上", "几", "负", "-", "至", "~", "2", "15", "3.5",
                    "1,200", "三", "十", "百", "千", "万", "亿", "多", "余", "个", "元", "亿元", "%", "成", "级",
                    "以上", "位", "名", "年", "，", "的", " ", "k"]


@given(st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=12).map("".join))
def test_the_branch_read_is_the_one_the_named_groups_tell(text: str) -> None:
    for allow_range in (True, False):
        for pos in range(len(text)):
            m = _pattern(allow_range).match(text, pos)
            if m is not None and m.end() > m.start():
                assert _dispatch_by_index(m) == _dispatch_as_named(m), (text, pos)


def test_the_branch_read_is_the_one_the_named_groups_tell_on_the_corpora() -> None:
    seen = set()
    for text in TEXTS:
        for pos in range(len(text)):
            m = _pattern().match(text, pos)
            if m is not None and m.end() > m.start():
                assert _dispatch_by_index(m) == _dispatch_as_named(m), (text, pos)
                seen.add(_dispatch_as_named(m))
    assert seen == {"percent", "rank", "vague", "number"}


@given(st.lists(st.text(alphabet="元亿万吨年", min_size=1, max_size=3), min_size=1, max_size=6, unique=True),
       st.text(alphabet="元亿万吨年人", max_size=12))
def test_a_guarded_alternation_matches_as_the_factored_one(words: list[str], text: str) -> None:
    factored, guarded = re.compile(factored_alternation(words)), re.compile(guarded_alternation(words))
    for pos in range(len(text) + 1):
        a, b = factored.match(text, pos), guarded.match(text, pos)
        assert (a.span() if a else None) == (b.span() if b else None)


def _flat_matches(branches: list[str], text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    flat = re.compile("|".join(f"{b}()" for b in branches))
    return [(m.start(), m.end(), (m.lastindex or 0) - 1) for m in flat.finditer(text, start, end)]


_BRANCHES = ["北京", "北京市", "京(?!东)", "东", "市(?:区|县)*", "区(?![内外])", "(?<!中)国"]


_BRANCH_PIECES = ["北京", "北京市", "市", "区", "县", "东", "中国", "国", "内", "外"]


@given(st.lists(st.sampled_from(_BRANCH_PIECES), max_size=8).map("".join), st.data())
@settings(max_examples=500)
def test_a_branch_scan_finds_what_the_flat_alternation_finds(text: str, data: st.DataObject) -> None:
    # (branches whose first characters overlap, look-aheads and look-behinds, windows inside the text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    branches = data.draw(st.permutations(_BRANCHES))
    assert list(BranchScan(branches).finditer(text, start, end)) == _flat_matches(branches, text, start, end)


def test_the_branch_scan_of_names_finds_what_the_names_pattern_finds_on_the_corpora() -> None:
    scan, kinds = S._name_ends()
    branches = S._suffix_branches()
    assert kinds == tuple(kind for _, kind in branches)
    flat = [b for b, _ in branches]
    for text in TEXTS:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert list(scan.finditer(text, start, end)) == _flat_matches(flat, text, start, end)


_END_SEARCHES = [_change_trigger(), _COMPARISON_END, _COMPARED]


def test_the_longest_match_is_read_off_the_pattern() -> None:
    assert longest_match(r"(?<![新])(?P<t>增长|增加了)(?P<g>分别为|到)?$") == 6  # (a look-behind takes no character)
    assert longest_match(r"(?:比|较)[^，,]{1,12}?(?P<w>偏高|高)了?$") == 16
    assert longest_match(r"[“\"][^”\"]{0,8}[”\"]") == 10
    for unbounded in (r"a+$", r"(?:比|较).*$"):
        with pytest.raises(ValueError):
            longest_match(unbounded)
    with pytest.raises(ValueError):
        SearchAtEnd(re.compile("增长"))  # (not anchored at the end: no shortcut)


_END_PIECES = [*list(lexicon.change_words())[:40], "新", "比", "较", "上年", "同比", "比上年", "高", "偏高", "了", "为",
               "分别为", "到", "+", "-", "，", "\n", "的", "企业", "增长"]


@given(st.lists(st.sampled_from(_END_PIECES), max_size=14).map("".join))
def test_a_search_at_the_end_finds_what_the_whole_search_finds(text: str) -> None:
    for at_end in _END_SEARCHES:
        a, b = at_end.pattern.search(text), at_end.search(text)
        assert (a.regs if a else None) == (b.regs if b else None), (at_end.pattern.pattern[-30:], text)


@given(st.lists(st.sampled_from([*_END_PIECES, "较上年", "去年", "环比", "快", "少了"]), max_size=14).map("".join))
def test_a_comparison_at_the_end_holds_a_comparison_mark_within_reach(text: str) -> None:
    # the two comparison searches skip a clause end with no 比 or 较: they find what they find without that test
    for at_end in (_COMPARISON_END, _COMPARED):
        unmarked = SearchAtEnd(at_end.pattern)
        a, b = unmarked.search(text), at_end.search(text)
        assert (a.regs if a else None) == (b.regs if b else None), (at_end.pattern.pattern, text)


_PHRASE_PIECES = [*lexicon.exclusions()["phrase"], "一", "四", "五", "十", "2", "5", "G", "PM", "“", "”", '"', "'", "‘",
                  "’", "《", "》", "「", "」", "的", "年", "，", "\n", "增长"]


def _plain_phrase_spans(view: str) -> list[tuple[int, int]]:
    """The spans the rules exclude, as they define them: two document-wide scans."""
    spans = [m.span() for m in _exclusion_patterns()[2].finditer(view)]
    return spans + [m.span() for m in _QUOTED_NAME.finditer(view) if _quoted_is_name(m.group())]


def _phrase_test_agrees(view: str) -> None:
    plain = _plain_phrase_spans(view)
    local = PhraseTest(_phrase_scan(), view)
    document_wide = _phrase_scan().spans(view)
    for start in range(len(view)):
        for end in range(start + 1, min(len(view), start + 12) + 1):
            covered = any(s <= start and end <= e for s, e in plain)
            assert local.covers(start, end) == covered, (view, start, end)
            assert document_wide.covers(start, end) == covered, (view, start, end)
    assert local.spans is None or len(view) > SYNC_WALK  # the document-wide scan only where the walk gives up


@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=40).map("".join))
@settings(max_examples=300)
def test_the_local_phrase_test_answers_as_the_document_wide_spans(view: str) -> None:
    _phrase_test_agrees(view)


def test_the_local_phrase_test_answers_as_the_document_wide_spans_on_the_corpora() -> None:
    for text in TEXTS:
        if len(text) < 3000:
            _phrase_test_agrees(text)


def test_the_local_phrase_test_falls_back_where_the_walk_gives_up() -> None:
    view = '"' * 400 + "“十四五”" + "一线" * 100 + "3"
    _phrase_test_agrees(view)
    local = PhraseTest(_phrase_scan(), view)
    local.covers(len(view) - 1, len(view))
    assert local.spans is not None


class _RecordingPattern:
    """A compiled pattern that records the window of every `finditer` over it."""

    def __init__(self, pattern: re.Pattern[str], windows: list[int]) -> None:
        self.compiled, self.pattern, self.windows = pattern, pattern.pattern, windows

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        stop = len(text) if endpos is None else min(endpos, len(text))
        self.windows.append(stop - pos)
        return self.compiled.finditer(text, pos, stop)


def test_the_local_phrase_test_reads_only_near_the_number() -> None:
    """Each number's re-scan stays within a few phrase lengths of it, however long the document
    (an unbounded one made a long text with many numbers quadratic)."""
    F = source_module("extract.shortcuts")  # (the source: a compiled one takes only real patterns)
    windows: list[int] = []
    scan = F.PhraseScan(_RecordingPattern(_exclusion_patterns()[2], windows), lexicon.exclusions()["phrase"],
                        _RecordingPattern(_QUOTED_NAME, windows), _quoted_is_name)
    view = "“增长5G”为5%，" * 3000
    test = F.PhraseTest(scan, view)
    for m in re.finditer("5", view):
        test.covers(m.start(), m.end())
    assert test.spans is None  # (the document-wide scan was never needed)
    assert windows and max(windows) <= 2 * max(scan.longest, scan.quoted_longest) + F.SYNC_WALK + 1


def test_the_whitespace_characters_are_regex_s_own() -> None:
    from extract.patterns import SPACE_CHARS

    every = _every_character()
    assert "".join(regex.findall(r"\s", every)) == SPACE_CHARS
    space_class = class_body(r"\s")
    assert re.fullmatch(f"[{space_class}]+", SPACE_CHARS)


# Pieces around the shapes `shortcuts.certain_drops` skips and everything that could make them read otherwise
_DROP_PIECES = [
    "No.", "2025", "2", "15", "3.5", "1,200", "一", "二", "两", "三", "零", "〇", "十", "百",
    "千", "万", "亿", "年", "月", "日", "日元", "号", "号线", "届", "大", "个", "个月", "个百分点",
    "项", "家", "倍", "元", "%", "成", "级", "多", "余", "点", "分", "分之", "瓦", "至",
    "-", "~", "以上", "以内", "内", "时间", "之久", "第", "负", "数", "百分之", "A", "D", "G",
    "x", ".", "_", "，", "。", "“", "”", "\n", " ",
]


def _quantities_both_ways(view: str) -> tuple[list[str], list[str]]:
    dropped: list[Q.Dropped] = []
    slow = [repr(q) for q in Q.find_quantities(view, dropped)]  # every anchor read
    fast = [repr(q) for q in Q.find_quantities(view)]  # the certain drops skipped
    return slow, fast


@given(st.lists(st.sampled_from(_DROP_PIECES), max_size=14).map("".join))
@settings(max_examples=1500)
def test_skipping_the_certain_drops_keeps_every_quantity(view: str) -> None:
    slow, fast = _quantities_both_ways(view)
    assert fast == slow


def test_skipping_the_certain_drops_keeps_every_quantity_on_the_corpora() -> None:
    skipped = 0
    for text in TEXTS:
        slow, fast = _quantities_both_ways(text)
        assert fast == slow, text[:80]
        skipped += len(list(_anchors().finditer(text))) - len(list(_anchors(True).finditer(text)))
    assert skipped > 1000  # (the skip is used: a pattern that never matches would pass the line above)


@pytest.mark.parametrize(
    ("text", "rule"),
    [("2025年", "exclude.year"), ("五年来", "exclude.year"), ("3月", "exclude.date_or_label"),
     ("2号线", "exclude.date_or_label"), ("6D打印", "exclude.code"), ("[79ZDA", "exclude.code"),
     ("一个", "exclude.generic_one"), ("三项", "exclude.small_chinese_count"), ("零部件", "exclude.zero_word")],
)
def test_each_shape_of_certain_drop_is_skipped_and_is_dropped(text: str, rule: str) -> None:
    view = f"据介绍，{text}工作"
    dropped: list[Q.Dropped] = []
    assert Q.find_quantities(view, dropped) == []
    assert [d.rule for d in dropped] == [rule]
    assert list(_anchors().finditer(view)) and not list(_anchors(True).finditer(view))


@pytest.mark.parametrize(
    "text",
    ["2025年-2030年", "3至5月", "3个月至5个月", "一至两亿元", "一倍", "一个亿", "三分之一", "一点五倍", "三个百分点",
     "第3月", "负3月", "上一年", "五年以上", "五年时间", "3.5年", "1,200年", "三百分点", "五千瓦", "第\n3月", "两元",
     "零至5%", "A3-5万元", "A3万元-5万元", "零个至5个", "x2025年-2030年",
     # a qualifier word that ends in a prefix word: 以上 + 万元 reads as 上万元 only if 以上 is skipped
     "No.2025以上万元", "2025年以上万元", "一个以上万元", "零个以上万元"],
)
def test_a_run_that_may_read_otherwise_is_not_skipped(text: str) -> None:
    view = f"据介绍，{text}工作"
    first = next(_ANCHOR.finditer(view))
    assert first.start() in {m.start() for m in _anchors(True).finditer(view)}, text


def test_a_time_mention_s_init_sets_every_slot() -> None:
    import inspect

    cls = source_module("extract.attribute.period").TimeMention  # (the source: a compiled __init__ has no signature)
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert sorted(params) == sorted(cls.__slots__)
    made = cls(*range(len(params)))
    assert [getattr(made, name) for name in params] == list(range(len(params)))


def test_a_quantity_s_init_sets_every_slot_in_order() -> None:
    import inspect

    cls = source_module("extract.quantities").Quantity  # (the source: a compiled __init__ has no signature)
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == list(Q._QUANTITY_FIELDS) and sorted(params) == sorted(cls.__slots__)
    made = cls(*range(len(params)))
    assert [getattr(made, name) for name in params] == list(range(len(params)))
    assert repr(made).startswith("Quantity(start=0, end=1, ") and repr(made).endswith(", optional=12)")
    assert Q.Quantity(0, 1, Decimal(1), None, "").rules is not Q.Quantity(0, 1, Decimal(1), None, "").rules


# ------------------------------------------------------------ derived first and last characters
def test_first_and_last_characters_are_read_off_a_pattern() -> None:
    from extract.patterns import first_chars, last_chars

    assert first_chars(r"(?:ab|c[de]|x?y|“(?=[^”]*$))+") == frozenset("acxy“")
    assert last_chars(r"(?:ab|c[de]|(?<!q)x?y|\d)+$") == frozenset("bdey0123456789") | {
        c for c in map(chr, range(0x110000)) if re.fullmatch(r"\d", c)}
    for unbounded in (r"a|.b", r"[^a]b", r"a?"):
        with pytest.raises(ValueError):
            first_chars(unbounded)


_STRIP_PIECES = ["其中", "同时", "10年", "5年期", "“新三样”", "”", "达到", "约为", "增长到", "均", "人均", "已",
                 "产量", "投资", "的", "，", " ", "\n"]


@given(st.lists(st.sampled_from(_STRIP_PIECES), max_size=8).map("".join))
def test_the_strip_pre_tests_skip_only_texts_the_patterns_leave_alone(text: str) -> None:
    """`_strip_ends` tries _LEADING only when the first character is in _LEADING_FIRST, and
    _TRAILING only when the last is in _TRAILING_LAST: a text the test skips is one the pattern
    does not change."""
    from extract.attribute import indicator

    if text and text[0] not in indicator._LEADING_FIRST:
        assert indicator._LEADING.match(text) is None
    if text and text[-1] not in indicator._TRAILING_LAST:
        assert indicator._TRAILING.search(text) is None


def test_words_ending_at_a_position_are_found_however_long() -> None:
    # (a word added to a lexicon file is found with no window to widen in code; a final line break
    # is read past, as `$` does)
    words = EndingWith(["比", "恢复至", "相当于全国平均水平的"])
    text = "客运量相当于全国平均水平的98%，恢复至\n2019年"
    assert words.before(text, text.index("98")).group() == "相当于全国平均水平的"
    assert words.before(text, text.index("2019")).group() == "恢复至"
    assert words.before(text, text.index("98"), floor=text.index("全国")) is None
