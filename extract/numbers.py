"""Numeral strings → exact decimals.

Handles Arabic numbers (with decimals and thousands separators), Chinese numerals (through
`cn2an`, including 〇/零/两/廿 and big units), and mixed forms where Arabic digits and Chinese
magnitude words alternate (`3.5万`, `45482亿`, `1亿3千万`, `4万5千`, `3万4000`, `40个亿`).
Adjacent Chinese digits such as 两三 or 七八 are a range (2–3, 7–8), not 23 or 78.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

import cn2an
import regex

# The digits: the zeros, the digits one to nine as plain text writes them, 两 (two, as a count; 兩 as
# traditional characters write it, as 萬 and 億 below), and the financial forms a cheque or a contract
# writes (壹 … 玖)
ZERO_CHARS: Final = "零〇○"
PLAIN_DIGIT_CHARS: Final = "一二三四五六七八九"
_FINANCIAL_DIGIT_CHARS: Final = "壹贰叁肆伍陆柒捌玖"
CN_DIGITS: Final = {
    **dict.fromkeys(ZERO_CHARS, 0), **{c: v for v, c in enumerate(PLAIN_DIGIT_CHARS, start=1)}, "两": 2, "兩": 2,
    **{c: v for v, c in enumerate(_FINANCIAL_DIGIT_CHARS, start=1)},
}
CN_TENS: Final = {"廿": 20, "卅": 30}
SMALL_MAGNITUDES: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_MAGNITUDES: Final = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

CN_DIGIT_CHARS: Final = "".join(CN_DIGITS) + "".join(CN_TENS)
# The digits a year is written with one by one (二〇二五, 一九九八)
YEAR_DIGIT_CHARS: Final = ZERO_CHARS + PLAIN_DIGIT_CHARS
MAGNITUDE_CHARS: Final = "".join(SMALL_MAGNITUDES) + "".join(BIG_MAGNITUDES)

# A well-formed Chinese numeral that cn2an reads (digits and magnitudes, an optional 点 part).
_PURE_CN: Final = regex.compile(
    rf"[{CN_DIGIT_CHARS}{MAGNITUDE_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?"
)
_TOKEN: Final = regex.compile(
    rf"(?P<arabic>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)|(?P<cn>[{CN_DIGIT_CHARS}])"
    rf"|(?P<small>[{''.join(SMALL_MAGNITUDES)}])|(?P<big>[{''.join(BIG_MAGNITUDES)}])|(?P<point>点)"
)
_PLAIN_ARABIC: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Two adjacent Chinese digits d, d+1 (两三, 七八): a range.
_RANGE_PAIRS: Final = {"一二", "二三", "两三", "兩三", "三四", "四五", "五六", "六七", "七八", "八九"}


class Number(NamedTuple):
    """A number read (immutable: `parse_number` hands the same one to every caller; a tuple is
    made several times faster than a frozen dataclass)."""

    value: Decimal
    value_max: Decimal | None = None
    more: bool = False  # 多/余 inside the numeral (两千多, 1亿3千多万): a lower bound
    has_magnitude: bool = False  # 万/亿/千/百/十 folded in
    chinese_only: bool = False
    bare_one: bool = False  # the single character 一 (a generic article: 一台, 一个)


# Nothing real is counted beyond this; longer digit runs are codes or noise, not quantities.
MAX_VALUE: Final = Decimal(10) ** 24
MAX_DIGITS: Final = 24


def _normal(d: Decimal) -> Decimal:
    """A decimal without exponent noise: 4.5482E+12 → 4548200000000, 1.50 → 1.5."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


@lru_cache(maxsize=8192)
def _cn2an_value(text: str) -> Decimal | None:
    """A pure Chinese numeral through cn2an, or None when it does not read it."""
    try:
        out = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):  # cn2an signals an ill-formed numeral this way
        return None
    return Decimal(str(out))


@lru_cache(maxsize=8192)
def parse_number(text: str) -> Number | None:
    """Read a numeral string as matched by the quantity rules; None when it is not a number."""
    text = text.replace(",", "")
    if _PLAIN_ARABIC.fullmatch(text):
        # most numbers: what the fold below gives a lone Arabic number, without the fold (every
        # character is a digit but a decimal point, and an integer's Decimal has no exponent noise
        # for `_normal` to take away)
        if len(text) - ("." in text) > MAX_DIGITS or len(text) > 64:
            return None
        plain = Decimal(text)
        if "." in text:
            plain = _normal(plain)
        return Number(plain) if plain <= MAX_VALUE else None
    if not text or sum(c.isdigit() for c in text) > MAX_DIGITS or len(text) > 64:
        return None
    chinese_only = not any("0" <= c <= "9" for c in text)
    more = "多" in text or "余" in text or "几" in text
    core = text.replace("多", "").replace("余", "").replace("几", "").replace("个", "")
    if not core:
        return None
    has_magnitude = any(c in SMALL_MAGNITUDES or c in BIG_MAGNITUDES for c in core)
    if chinese_only:
        if core in _RANGE_PAIRS or (len(core) == 3 and core[:2] in _RANGE_PAIRS and core[2] in MAGNITUDE_CHARS):
            return _chinese_range(core)
        if len(core) == 4 and core[:2] in _RANGE_PAIRS and core[2:] in {"十万", "百万", "千万", "十亿", "百亿"}:
            return _chinese_range(core)
        if _PURE_CN.fullmatch(core) and not more:
            value = _cn2an_value(core)
            if value is not None and value <= MAX_VALUE:
                return Number(_normal(value), None, False, has_magnitude, True, core == "一")
    value = _combine(core)
    if value is None or value > MAX_VALUE:
        return None
    return Number(_normal(value), None, more, has_magnitude, chinese_only, core == "一")


def _chinese_range(core: str) -> Number:
    low, high = Decimal(CN_DIGITS[core[0]]), Decimal(CN_DIGITS[core[1]])
    factor = Decimal(1)
    for c in core[2:]:
        factor *= SMALL_MAGNITUDES.get(c, BIG_MAGNITUDES.get(c, 1))
    return Number(_normal(low * factor), _normal(high * factor), False, len(core) > 2, True)


def _combine(core: str) -> Decimal | None:
    """Fold digits and magnitude words: sections below 万, then 万 and 亿 groups (`core`: the
    numeral without 多, 余, 几 and 个, which `parse_number` takes out first)."""
    total = Decimal(0)  # completed 万/亿 groups
    section = Decimal(0)  # the part below 万 being built
    current: Decimal | None = None  # the last number read, waiting for its magnitude
    last_digit = False
    seen = False
    for m in _TOKEN.finditer(core):
        kind = m.lastgroup
        if kind == "point":
            return None
        seen = True
        tok = m.group()
        if kind == "arabic":
            current = Decimal(tok)
            last_digit = False
        elif kind == "cn":
            d = Decimal(CN_TENS.get(tok, CN_DIGITS.get(tok, 0)))
            current = current * 10 + d if (last_digit and current is not None) else d
            last_digit = True
        elif kind == "small":
            section += (current if current is not None else Decimal(1)) * SMALL_MAGNITUDES[tok]
            current = None
            last_digit = False
        elif kind == "big":
            mag = BIG_MAGNITUDES[tok]
            group = section + (current or 0)
            if mag == 10**8:
                total = (total + group) * mag if (total or group) else Decimal(mag)
            else:
                total += group * mag if group else Decimal(mag)
            section, current = Decimal(0), None
            last_digit = False
    if not seen:
        return None
    return total + section + (current or 0)
