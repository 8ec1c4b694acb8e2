"""Numerals → exact decimals."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numbers import CN_DIGITS, PLAIN_DIGIT_CHARS, YEAR_DIGIT_CHARS, ZERO_CHARS, parse_number


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("45482亿", "4548200000000", None),
        ("3.5万", "35000", None),
        ("一百二十万", "1200000", None),
        ("三万亿", "3000000000000", None),
        ("1亿3千万", "130000000", None),
        ("4万5千", "45000", None),
        ("3万4000", "34000", None),
        ("40个亿", "4000000000", None),
        ("1,100万", "11000000", None),
        ("45,482", "45482", None),
        ("两千", "2000", None),
        ("廿", "20", None),
        ("一千零五", "1005", None),
        ("二〇二四", "2024", None),
        ("两三", "2", "3"),
        ("七八十", "70", "80"),
        ("1.57", "1.57", None),
        ("12.50", "12.5", None),
    ],
)
def test_reads(text: str, value: str, value_max: str | None) -> None:
    n = parse_number(text)
    assert n is not None
    assert n.value == Decimal(value)
    assert n.value_max == (Decimal(value_max) if value_max else None)


def test_more_inside_is_a_lower_bound() -> None:
    n = parse_number("1亿3千多万")
    assert n is not None and n.more and n.value == Decimal("130000000")


def test_exact_decimals_not_floats() -> None:
    n = parse_number("1.57万")
    assert n is not None and str(n.value) == "15700"
    assert str(parse_number("0.1").value + parse_number("0.2").value) == "0.3"  # type: ignore[union-attr]


def test_nonsense_is_not_a_number() -> None:
    assert parse_number("") is None
    assert parse_number("9" * 200) is None


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_agrees_with_cn2an_on_any_integer(n: int) -> None:
    text = cn2an.an2cn(n)
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == n or parsed.value_max is not None


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["", "万", "亿"]))
def test_arabic_with_magnitude(n: int, mag: str) -> None:
    parsed = parse_number(f"{n}{mag}")
    assert parsed is not None
    assert parsed.value == n * {"": 1, "万": 10**4, "亿": 10**8}[mag]


def test_the_digit_sets_the_rules_read_are_the_digits_parsed() -> None:
    # (the rules' character classes of headings, days and written years are made from these, not typed again)
    assert [CN_DIGITS[c] for c in PLAIN_DIGIT_CHARS] == list(range(1, 10))
    assert {CN_DIGITS[c] for c in ZERO_CHARS} == {0}
    assert YEAR_DIGIT_CHARS == ZERO_CHARS + PLAIN_DIGIT_CHARS
    for year in ("二〇二三", "一九八五", "二○一○", "二零零八"):
        number = parse_number(year)
        assert number is not None and number.value == int(year.translate({ord(c): str(CN_DIGITS[c]) for c in year}))
