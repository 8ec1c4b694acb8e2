"""Language data (units, measure words, qualifier words, exclusions, period words).

Each table is a TSV file beside this module that a linguist can edit; it is loaded once per
process and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of a TSV table, each a list of stripped cells."""
    out: list[list[str]] = []
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append([cell.strip() for cell in line.split("\t")])
    return out


@dataclass(frozen=True)
class Unit:
    surface: str
    code: str
    factor: Decimal
    dimension: str


@cache
def units() -> dict[str, Unit]:
    table = {r[0]: Unit(r[0], r[1], Decimal(r[2]), r[3]) for r in rows("units.tsv")}
    for word, _abstract in measure_words().items():
        table.setdefault(word, Unit(word, word, Decimal(1), "count"))
    return table


@cache
def measure_words() -> dict[str, bool]:
    """Measure word → whether it is abstract (counts list items rather than things)."""
    return {r[0]: r[1] == "1" for r in rows("measure_words.tsv")}


@cache
def qualifiers() -> dict[str, dict[str, str]]:
    """position ('before'|'after') → word → qualifier."""
    out: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for row in rows("qualifiers.tsv"):
        out[row[1]][row[0]] = row[2]
    return out


@cache
def qualifier_blockers() -> dict[str, str]:
    """Qualifier word → characters that, right before it, make it part of another word."""
    return {row[0]: row[3] for row in rows("qualifiers.tsv") if len(row) > 3 and row[3]}


@cache
def change_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("change_words.tsv")}


@cache
def change_blockers() -> dict[str, str]:
    return {r[0]: r[2] for r in rows("change_words.tsv") if len(r) > 2 and r[2]}


@cache
def modality_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("modality_words.tsv")}


@cache
def implied_units() -> list[tuple[str, str, bool]]:
    out = [(r[0], r[1] if len(r) > 1 else "", len(r) > 2 and r[2] == "1") for r in rows("implied_units.tsv")]
    # longest keyword first so that 常住人口 wins over 人口
    return sorted(out, key=lambda t: -len(t[0]))


@cache
def exclusions() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"after": [], "before": [], "phrase": []}
    for kind, text in rows("exclusions.tsv"):
        out[kind].append(text)
    return out


@cache
def period_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("period_words.tsv")}


@cache
def holiday_names() -> dict[str, tuple[str, bool]]:
    """A holiday's name in the press → (the holiday, whether the name needs a holiday word after it
    or quotes around it to be one)."""
    return {r[0]: (r[1], r[2] == "1") for r in rows("holiday_names.tsv")}


@cache
def holidays() -> dict[tuple[int, str], tuple[date, date]]:
    """(year, holiday) → its first and last day off (holidays.tsv)."""
    return {(int(r[0]), r[1]): (date.fromisoformat(r[2]), date.fromisoformat(r[3])) for r in rows("holidays.tsv")}


@cache
def regions() -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in rows("regions.tsv")]


@cache
def areas() -> tuple[str, ...]:
    """Areas across provinces reported on as a whole (areas.tsv), longest first."""
    return tuple(sorted((r[0] for r in rows("areas.tsv")), key=len, reverse=True))


@cache
def reporters() -> dict[str, str]:
    """A body that publishes a country's figures → the subject its figures have (reporters.tsv)."""
    return {r[0]: r[1] for r in rows("reporters.tsv")}


@cache
def scope_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("scope_words.tsv")}


@cache
def unit_not_before() -> dict[str, str]:
    """Unit → characters that, right after it, show it is part of another word (单元, 点钟)."""
    return {r[0]: r[1] for r in rows("unit_not_before.tsv")}


@cache
def cities() -> dict[str, str]:
    """City (without 市) → its province's short name."""
    return {r[0]: r[1] for r in rows("cities.tsv")}


@dataclass(frozen=True)
class Place:
    name: str  # full name: 遵义市, 清镇市, 黔南布依族苗族自治州
    short: str  # 遵义, 清镇, 黔南 ("" where only the full name is read)
    level: str  # prefecture | county
    province: str  # the province's short name
    bare: bool  # the short name alone is read as the place


@cache
def places() -> list[Place]:
    """China's prefecture- and county-level divisions (places.tsv)."""
    return [Place(r[0], r[1], r[2], r[3], r[4] == "1") for r in rows("places.tsv")]


@cache
def place_names() -> dict[str, Place]:
    """Full name, and a bare short name, → its place (the first one listed where names repeat)."""
    out: dict[str, Place] = {}
    for place in places():
        out.setdefault(place.name, place)
    for place in places():
        if place.bare:
            out.setdefault(place.short, place)
    return out


@cache
def whole_words() -> frozenset[str]:
    """Words the cleaning of an indicator phrase must not cut (whole_words.tsv)."""
    return frozenset(r[0] for r in rows("whole_words.tsv"))


@cache
def measure_heads() -> tuple[str, ...]:
    """Head words of measures (measure_heads.tsv), longest first."""
    return tuple(sorted((r[0] for r in rows("measure_heads.tsv")), key=len, reverse=True))
