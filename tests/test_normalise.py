"""The NFKC view and its map back to stored offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from extract.normalise import normalise


def test_full_width_becomes_ascii_with_same_offsets() -> None:
    n = normalise("增长１２．５％，")
    assert n.view == "增长12.5%,"
    assert n.to_stored(2, 7) == (2, 7)


def test_expanding_characters_map_back() -> None:
    text = "面积３㎡，气温２５℃"
    n = normalise(text)
    i = n.view.index("3m2")
    s, e = n.to_stored(i, i + 3)
    assert text[s:e] == "３㎡"
    i = n.view.index("25°C")
    s, e = n.to_stored(i, i + 4)
    assert text[s:e] == "２５℃"


@given(st.text(max_size=200))
@example("0000000 㐀")  # (an empty span where the space between a figure and a word was left out)
def test_any_view_span_maps_into_the_stored_text(text: str) -> None:
    n = normalise(text)
    for start in range(0, len(n.view) + 1, 7):
        for end in range(start, len(n.view) + 1, 5):
            s, e = n.to_stored(start, end)
            assert 0 <= s <= e <= len(text)


def test_spaces_between_figures_and_words_are_left_out_of_the_view() -> None:
    # (text taken from PDFs: 2024 年全年国内生产总值 1349084 亿元，比上年增长 5.0%)
    text = "2024 年全年国内生产总值 1349084 亿元，比上年增长 5.0%。1—11 月份增长 5.8%"
    n = normalise(text)
    assert n.view == "2024年全年国内生产总值1349084亿元,比上年增长5.0%。1—11月份增长5.8%"
    i = n.view.index("1349084亿元")
    s, e = n.to_stored(i, i + len("1349084亿元"))
    assert text[s:e] == "1349084 亿元"
    i = n.view.index("11月份")
    assert text[slice(*n.to_stored(i, i + 4))] == "11 月份"
    assert normalise("GDP 5 trillion, 北京 12 个").view == "GDP 5 trillion, 北京12个"


def test_a_line_break_after_a_comma_is_left_out_of_the_view() -> None:
    # (a line cut inside its sentence: 净利润2.65亿元，⏎同比增10.49% is one sentence)
    text = "一季度净利润2.65亿元，\n同比增10.49%。\n二、主要行业情况\n制造业、 \n  服务业"
    n = normalise(text)
    assert n.view == "一季度净利润2.65亿元,同比增10.49%。\n二、主要行业情况\n制造业、  服务业"
    i = n.view.index("10.49%")
    assert text[slice(*n.to_stored(i, i + 6))] == "10.49%"
    assert normalise("全省，\n\n下一段").view == "全省,\n\n下一段"  # (a blank line ends the paragraph)


@given(st.text(alphabet="0１2年 　\n％%亿㎡，、", max_size=60))
def test_every_view_character_comes_from_its_stored_character(text: str) -> None:
    n = normalise(text)
    for i, ch in enumerate(n.view):
        s, e = n.to_stored(i, i + 1)
        assert ch in unicodedata.normalize("NFKC", text[s:e]), (text, i)
