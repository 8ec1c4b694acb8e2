"""The fast NFKC view is exactly the character-by-character NFKC mapping (`str.translate`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalise import NormalisedText, _nfkc_table, normalise

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
    assert normalise(text) == reference(text)


def test_no_change_returns_the_text_itself() -> None:
    text = "全省生产总值增长5.2%。"
    assert normalise(text).view is text


def test_full_width_and_expanding_together() -> None:
    text = "气温２５℃，面积３㎡（约１／２）"
    n = normalise(text)
    assert n == reference(text)
    assert n.view == "气温25°C,面积3m2(约1/2)"
