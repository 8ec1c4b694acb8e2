"""The fast NFKC view is exactly the character-by-character NFKC mapping (`str.translate`), and the
spaces left out of it between figures and words are exactly those a plain pattern finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalise import NormalisedText, _nfkc_table, _nfkc_view, _spaces_in_figures, normalise

_TABLE = _nfkc_table()
_CHANGING = sorted(_TABLE)
_EXPANDING = [cp for cp in _CHANGING if len(_TABLE[cp]) > 1]

characters = st.one_of(
    st.sampled_from([chr(cp) for cp in _CHANGING]),
    st.sampled_from([chr(cp) for cp in _EXPANDING]),
    st.sampled_from(list("增长生产总值万亿元，。：；（）％１２３.5%\n ")),
    st.characters(),  # anything, astral and lone surrogates included
)


def reference(text: str) -> NormalisedText:
    """The plain construction: translate, then a mark pair at every expanding character."""
    view = text.translate(_TABLE)
    if len(view) == len(text):
        return NormalisedText(text, view)
    view_marks, stored_marks, shift = [], [], 0
    for s, ch in enumerate(text):
        target = _TABLE.get(ord(ch))
        if target is not None and len(target) != 1:
            view_marks.append(s + shift)
            stored_marks.append(s)
            shift += len(target) - 1
            view_marks.append(s + 1 + shift)
            stored_marks.append(s + 1)
    return NormalisedText(text, view, view_marks, stored_marks)


@settings(max_examples=400)
@given(st.lists(characters, max_size=80).map("".join))
def test_view_and_marks_equal_the_reference(text: str) -> None:
    assert _nfkc_view(text) == reference(text)


# The runs of spaces (after NFKC, blanks are " " and tabs) between a digit or % and a Han character,
# or a Han character and a digit, as a plain pattern finds them
_SPACES_IN_FIGURES = regex.compile(r"(?<=[0-9%])[ \t]+(?=\p{Han})|(?<=\p{Han})[ \t]+(?=[0-9])")


@settings(max_examples=400)
@given(st.lists(characters, max_size=80).map("".join))
def test_the_spaces_left_out_are_the_pattern_s_and_the_rest_of_the_view_is_kept(text: str) -> None:
    nfkc = _nfkc_view(text).view
    runs = [m.span() for m in _SPACES_IN_FIGURES.finditer(nfkc)]
    assert _spaces_in_figures(nfkc) == runs
    kept, pos = [], 0
    for start, end in runs:
        kept.append(nfkc[pos:start])
        pos = end
    assert normalise(text).view == "".join(kept) + nfkc[pos:]


def test_no_change_returns_the_text_itself() -> None:
    text = "全省生产总值增长5.2%。"
    assert normalise(text).view is text


def test_full_width_and_expanding_together() -> None:
    text = "气温２５℃，面积３㎡（约１／２）"
    n = normalise(text)
    assert n == reference(text)
    assert n.view == "气温25°C,面积3m2(约1/2)"
