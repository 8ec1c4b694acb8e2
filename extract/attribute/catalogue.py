"""One series per measure: a fact's indicator phrase → an id of the indicator catalogue, and its
value on the base unit of its dimension.

The catalogue (`lexicon/indicators.tsv`) names each measure once, with the synonyms the press uses.
A phrase maps to an entry when, with the words that do not change the measure taken off its
front (a place, a scope word, a time, 实现 — `lexicon/indicator_words.tsv`), it is the entry's
name or one of its synonyms, read with the press's abbreviations spelled out (规上 → 规模以上).
The fact's kind and unit then choose the reading, and never across dimensions:

- a level in the entry's dimension → the entry (`gdp`);
- a change in percent of an amount → its growth rate (`gdp_growth`), as does a level in percent
  of a phrase ending in a growth word (GDP增速);
- a change in the measure's own unit, or in percentage points of a rate → `<id>_change`;
- anything else (a rank, a CNY amount for a rate, a percent level of an amount) → no id.

Rules: `catalogue.name` (the phrase is a name), `catalogue.scoped` (a name once places, scope
words and times are taken off), `catalogue.growth_word` (a name followed by a growth word);
`catalogue.none` when no entry fits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Final

import regex

from extract import lexicon
from extract.attribute.period import _time_pattern

# the dimension of a catalogue entry that each units.tsv dimension is
_DIMENSION_OF_UNITS: Final[dict[str, str]] = {
    "money": "money", "count": "count", "energy": "energy", "energy_coal": "energy", "power": "power",
    "mass": "mass", "volume": "volume", "area": "area", "length": "length", "time": "duration",
    "age": "duration", "index_points": "index",
}
_PERCENT: Final = frozenset({"%", "‰"})
_POINTS: Final = frozenset({"pp", "bp", "基点"})

_FOLD: Final = regex.compile(r"[\s“”\"'‘’《》「」]+|\([^()]*\)")


@dataclass(frozen=True)
class Entry:
    id: str
    name_zh: str
    name_en: str
    dimension: str  # money energy power mass volume area length count rate index duration other
    reading: str  # level | share | growth
    domain: str
    of: str | None = None  # a derived or growth reading: the id of the level it reads


@dataclass(frozen=True)
class Mapping:
    id: str | None
    rule: str


@dataclass(frozen=True)
class _Catalogue:
    entries: dict[str, Entry]  # every id facts may carry, derived readings included
    by_name: dict[str, str]  # a folded name or synonym → its entry's id
    prefixes: frozenset[str]  # words before a name that do not change the measure
    prefix_lengths: tuple[int, ...]  # their lengths, longest first
    suffixes: tuple[str, ...]  # words after a name that do not change the measure, longest first
    growth_words: tuple[str, ...]  # longest first
    shorts: tuple[tuple[str, str], ...]  # abbreviation → what it stands for


def _fold(phrase: str) -> str:
    """A phrase as names are compared: NFKC (full-width letters, digits and brackets), no spaces,
    quotes or bracketed asides (居民消费价格指数（CPI） = 居民消费价格指数), letters upper-case (gdp = GDP)."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", phrase)).upper()


@cache
def catalogue() -> _Catalogue:
    entries: dict[str, Entry] = {}
    by_name: dict[str, str] = {}
    words = lexicon.indicator_words()
    shorts = tuple(sorted(((w, s) for w, (role, s) in words.items() if role == "short"), key=lambda p: -len(p[0])))
    for row in lexicon.indicators():
        of = row.id.removesuffix("_growth") if row.reading == "growth" else None
        entries[row.id] = Entry(row.id, row.name_zh, row.name_en, row.dimension, row.reading, row.domain, of)
        for name in (row.name_zh, *row.synonyms):
            by_name.setdefault(_spelled_out(_fold(name), shorts), row.id)
    for entry in list(entries.values()):
        if entry.reading == "growth":
            continue
        if entry.dimension != "rate" and entry.reading == "level" and f"{entry.id}_growth" not in entries:
            entries[f"{entry.id}_growth"] = Entry(f"{entry.id}_growth", f"{entry.name_zh}增速",
                                                  f"{entry.name_en}, growth rate", "rate", "growth", entry.domain,
                                                  entry.id)
        entries[f"{entry.id}_change"] = Entry(f"{entry.id}_change", f"{entry.name_zh}增减",
                                              f"{entry.name_en}, change", entry.dimension, "change", entry.domain,
                                              entry.id)
    prefixes = {w for w, (role, _) in words.items() if role == "prefix"}
    prefixes |= set(lexicon.scope_words())
    for full, short, _level in lexicon.regions():
        prefixes |= {full, short}
    for place in lexicon.places():
        prefixes |= {place.name, place.short} - {""}
    prefixes |= {f"{city}市" for city in lexicon.cities()}
    return _Catalogue(entries, by_name, frozenset(prefixes), tuple(sorted({len(p) for p in prefixes}, reverse=True)),
                      _role(words, "suffix"), _role(words, "growth"), shorts)


def _role(words: dict[str, tuple[str, str]], role: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, (r, _) in words.items() if r == role), key=len, reverse=True))


def _spelled_out(folded: str, shorts: tuple[tuple[str, str], ...]) -> str:
    for short, full in shorts:
        if short in folded:
            folded = folded.replace(short, full)
    return folded


def _unscoped(phrase: str, cat: _Catalogue) -> str:
    """The phrase with places, scope words, times and neutral verbs taken off its front."""
    while phrase:
        match = _time_pattern().match(phrase)
        if match is not None and match.end() < len(phrase):
            phrase = phrase[match.end():]
            continue
        # the longest prefix word the phrase starts with (and is more than)
        length = next((n for n in cat.prefix_lengths if n < len(phrase) and phrase[:n] in cat.prefixes), 0)
        if not length:
            return phrase
        phrase = phrase[length:]
    return phrase


@lru_cache(maxsize=1 << 16)  # a job's phrases repeat; a bound keeps a long job's memory flat
def indicator_id(indicator: str, kind: str, unit: str) -> Mapping:
    """The catalogue id of a fact with this indicator phrase, kind and unit, and the rule that says why."""
    cat = catalogue()
    folded = _spelled_out(_fold(indicator), cat.shorts)
    rule = "catalogue.name"
    found = cat.by_name.get(folded)
    if found is None:
        rule = "catalogue.scoped"
        folded = _unscoped(folded, cat)
        found = cat.by_name.get(folded)
    if found is None:
        word = _ending(folded, cat.suffixes)
        found = cat.by_name.get(folded[: -len(word)]) if word else None
    growth_word = False
    if found is None:
        word = _ending(folded, cat.growth_words)
        if word:
            found = cat.by_name.get(folded[: -len(word)])
            growth_word, rule = True, "catalogue.growth_word"
    if found is None:
        return Mapping(None, "catalogue.none")
    reading = _reading(cat.entries[found], kind, unit, growth_word)
    return Mapping(reading, rule if reading is not None else "catalogue.none")


def _ending(phrase: str, words: tuple[str, ...]) -> str:
    """The longest of `words` the phrase ends with (and is more than), or ""."""
    return next((w for w in words if phrase.endswith(w) and len(w) < len(phrase)), "")


def _reading(entry: Entry, kind: str, unit: str, growth_word: bool) -> str | None:
    """The id of the entry's reading a fact of this kind and unit is, or None across dimensions."""
    if kind == "rank":
        return None
    if entry.reading == "growth" or growth_word:
        level = entry.of if entry.reading == "growth" else entry.id
        return f"{level}_growth" if unit in _PERCENT else None
    if entry.dimension == "index" and unit in _PERCENT | _POINTS:  # PMI 50.2%, up 0.5 个百分点
        return entry.id if kind == "level" and unit in _PERCENT else f"{entry.id}_change" if kind == "change" \
            and unit in _POINTS else f"{entry.id}_growth" if kind == "change" else None
    if entry.dimension == "rate" or entry.reading == "share":
        if kind == "level":
            return entry.id if unit in _PERCENT or unit == "" else None
        return f"{entry.id}_change" if unit in _POINTS else None
    if kind == "change":
        if unit in _PERCENT:
            return f"{entry.id}_growth"
        return f"{entry.id}_change" if _fits(entry, unit) else None
    return entry.id if _fits(entry, unit) else None


def _fits(entry: Entry, unit: str) -> bool:
    """Whether an amount in `unit` can be a level of the entry."""
    if unit in _PERCENT or unit in _POINTS:
        return False
    if entry.dimension == "other":
        return True
    if entry.dimension == "index":
        return unit in ("", "点")
    dimension = _dimension_of_code().get(unit)
    return dimension is not None and _DIMENSION_OF_UNITS.get(dimension) == entry.dimension


@cache
def _dimension_of_code() -> dict[str, str]:
    """A unit code (units.tsv, measure words) → its dimension."""
    return {u.code: u.dimension for u in lexicon.units().values()}


@cache
def base_value_factor(unit: str) -> tuple[str, Decimal] | None:
    """The base unit of a unit code and the exact factor to it; None for a unit of no known dimension
    (a compound unit kept as written, or none)."""
    listed = lexicon.base_units().get(unit)
    if listed is not None:
        return listed
    if unit in _dimension_of_code():
        return unit, Decimal(1)
    return None


def base_value(value: Decimal, unit: str) -> tuple[Decimal | None, str | None]:
    """A value on its dimension's base unit (500 万千瓦 = 5000000 kW → 5000000000 W), exact."""
    found = base_value_factor(unit)
    if found is None:
        return None, None
    base, factor = found
    return (value if factor == 1 else value * factor), base


def unknown_id(wanted: str) -> str | None:
    """Why `wanted` names no catalogue entry, with the nearest ids (for --indicator-id), or None."""
    entries = catalogue().entries
    if wanted in entries:
        return None
    import difflib

    near = difflib.get_close_matches(wanted, list(entries), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    return (f"--indicator-id {wanted}: no entry of the indicator catalogue has that id{hint} "
            "(`statfacts query --sql \"SELECT id, name_zh FROM catalogue\"` lists them)")
