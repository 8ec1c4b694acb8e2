"""The NFKC view and its map back to stored offsets."""

from __future__ import annotations

from hypothesis import given
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
def test_any_view_span_maps_into_the_stored_text(text: str) -> None:
    n = normalise(text)
    for start in range(0, len(n.view) + 1, 7):
        for end in range(start, len(n.view) + 1, 5):
            s, e = n.to_stored(start, end)
            assert 0 <= s <= e <= len(text)
