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
from typing import Final

LEXICON_DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A line of a lexicon file that does not fit its table; the message names the file, the
    line and the column (units.tsv:12:3: factor: 'x1' is not a decimal number)."""


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, what a cell must be, and whether it may be empty."""

    name: str
    kind: str = "text"  # text | word (no spaces) | int | decimal | date | flag (0/1) | chars | one of `choices`
    choices: frozenset[str] = frozenset()
    optional: bool = False


@dataclass(frozen=True)
class Table:
    """A lexicon file's columns, and the columns whose values together may not repeat."""

    columns: tuple[Column, ...]
    key: tuple[int, ...] = (0,)


def _one_of(name: str, *values: str, optional: bool = False) -> Column:
    return Column(name, "choice", frozenset(values), optional)


_DIMENSIONS: Final = (
    "money", "ratio", "ratio_bp", "count", "time", "energy", "energy_coal", "power", "apparent_power", "voltage",
    "length", "area", "volume", "mass", "data", "temperature", "speed", "concentration", "physical",
    "index_points", "age",
)

# the dimensions of the indicator catalogue's measures (which units a level of one may have)
_CATALOGUE_DIMENSIONS: Final = (
    "money", "energy", "power", "mass", "volume", "area", "length", "count", "rate", "index", "duration", "other",
)

# Every file beside this module, with its columns (the header comment of each says the same in words).
TABLES: Final[dict[str, Table]] = {
    "units.tsv": Table((Column("surface", "word"), Column("code", "word"), Column("factor", "decimal"),
                        _one_of("dimension", *_DIMENSIONS))),
    "measure_words.tsv": Table((Column("word", "word"), Column("abstract", "flag"),
                                Column("address", "flag", optional=True))),
    "qualifiers.tsv": Table((Column("word", "word"), _one_of("position", "before", "after"),
                             _one_of("qualifier", "exact", "approx", "min", "max"),
                             Column("not_after", "chars", optional=True),
                             Column("not_before", "chars", optional=True)), key=(0, 1)),
    "change_words.tsv": Table((Column("word", "word"), _one_of("direction", "up", "down"),
                               Column("not_after", "chars", optional=True), Column("noun", "flag", optional=True),
                               Column("rate", "flag", optional=True))),
    "modality_words.tsv": Table((Column("word", "word"), _one_of("modality", "target", "forecast", "actual"),
                                 Column("not_after", "chars", optional=True), Column("weak", "flag", optional=True),
                                 Column("noun", "flag", optional=True))),
    "modality_follow.tsv": Table((Column("word", "word"), _one_of("follows", "weak", "noun", optional=True))),
    "implied_units.tsv": Table((Column("keyword", "word"), Column("unit", "text", optional=True),
                                Column("needs_magnitude", "flag"))),
    "exclusions.tsv": Table((_one_of("kind", "after", "before", "phrase"), Column("text", "text")), key=(0, 1)),
    "period_words.tsv": Table((Column("phrase", "word"), Column("period", "word"),
                               _one_of("reading", "report_year", "year_end", "published", optional=True))),
    "holiday_names.tsv": Table((Column("name", "word"), Column("holiday", "word"), Column("needs", "flag"))),
    "holidays.tsv": Table((Column("year", "int"), Column("holiday", "word"), Column("first", "date"),
                           Column("last", "date")), key=(0, 1)),
    "regions.tsv": Table((Column("full", "word"), Column("short", "word"), _one_of("level", "country", "province"))),
    "areas.tsv": Table((Column("name", "word"),)),
    "countries.tsv": Table((Column("name", "word"),)),
    "reporters.tsv": Table((Column("name", "word"), Column("subject", "word"))),
    "national_words.tsv": Table((Column("word", "word"),)),
    "companies.tsv": Table((Column("name", "word"), _one_of("kind", "listed", "platform", "abroad"))),
    "listed_companies.tsv": Table((Column("name", "word"), Column("code", "word"))),
    "subject_words.tsv": Table((Column("word", "word"), _one_of(
        "role", "newspaper", "commentator", "head_title", "said", "trade", "financial_trade", "source_noun",
        "source_verb", "cites_next", "makes_object", "no_name", "topic_adverb", "no_company", "route", "agency",
        "company_group", "analyst", "before_name", "place_count", "leading_prep", "compared_with", "not_scope_after",
        "superlative", "back_reference", "pronoun", "listed_form", "excluding", "grade",
        "demonstrative", "sector_after", "name_tail", "zone_end", "short_form", "counted_after", "count",
        "so_called", "partner_before", "trade_with", "name_break", "place_word_next", "kind_word", "byline",
        "closing_word", "trade_prefix", "trade_tail", "country_part", "not_etc", "own_forecast", "located_in",
        "object_less_after")),
        key=(0, 1)),
    "place_suffixes.tsv": Table((Column("suffix", "word"), Column("gazetteer", "flag"),
                                  Column("county", "flag", optional=True), Column("town", "flag", optional=True))),
    "scope_words.tsv": Table((Column("word", "word"),
                              _one_of("level", "world", "country", "province", "city", "county"))),
    "unit_not_before.tsv": Table((Column("unit", "word"), Column("characters", "chars"))),
    "unit_contexts.tsv": Table((Column("unit", "word"), _one_of("role", "near", "near_always", "temperature_before"),
                                Column("word", "word")), key=(0, 1, 2)),
    "cities.tsv": Table((Column("city", "word"), Column("province", "word"))),
    "places.tsv": Table((Column("full", "word"), Column("short", "word", optional=True),
                         _one_of("level", "prefecture", "county"), Column("province", "word"), Column("bare", "flag")),
                        key=(0, 3)),
    "whole_words.tsv": Table((Column("word", "word"),)),
    "filler_words.tsv": Table((Column("word", "word"),)),
    "one_character_names.tsv": Table((Column("word", "word"),)),
    "object_verbs.tsv": Table((Column("word", "word"), _one_of("role", "verb", "adverb"))),
    "plan_words.tsv": Table((Column("word", "word"),)),
    "rank_words.tsv": Table((Column("word", "word"),
                             _one_of("role", "scope", "field", "group", "verb", "move", "adverb",
                                                      "context", "ranked_in")), key=(0, 1)),
    "weekdays.tsv": Table((Column("day", "word"), _one_of("index", *"0123456"))),
    "censuses.tsv": Table((Column("name", "word"), Column("year", "int"))),
    "results_reports.tsv": Table((Column("name", "word"), _one_of("last_month", "3", "6", "9", "12"))),
    "plan_headings.tsv": Table((Column("word", "word"),)),
    "review_headings.tsv": Table((Column("word", "word"),)),
    "market_indexes.tsv": Table((Column("name", "word"), Column("market", "word"))),
    "budget_stages.tsv": Table((Column("word", "word"),
                                _one_of("role", "stage", "process", "budget", "account", "item"),
                                Column("name", "word", optional=True)), key=(0, 1)),
    "aim_words.tsv": Table((Column("word", "word"), _one_of("role", "aim", "year")), key=(0, 1)),
    "opening_clauses.tsv": Table((Column("word", "word"), _one_of("position", "start", "end")), key=(0, 1)),
    "group_measures.tsv": Table((Column("word", "word"), _one_of("role", "measure", "counter"))),
    "list_words.tsv": Table((Column("word", "word"), _one_of("role", "opening", "predicate", "said_of",
                                                                      "place_count", "joint"))),
    "comparison_words.tsv": Table((Column("word", "word"), _one_of("role", "base", "than", "share_of", "after_base"),
                                   _one_of("direction", "up", "down", optional=True)), key=(0, 1)),
    "measure_heads.tsv": Table((Column("word", "word"), _one_of("kind", "flow", "stock", "balance", "rate"))),
    "indicators.tsv": Table((Column("id", "word"), Column("name_zh", "word"), Column("name_en", "text"),
                             Column("synonyms", "word", optional=True),
                             _one_of("dimension", *_CATALOGUE_DIMENSIONS),
                             _one_of("reading", "level", "share", "growth"),
                             Column("domain", "word"))),
    "catalogue_words.tsv": Table((Column("word", "word"), _one_of("role", "stock", "stem_end", "per_unit", "total")),
                                 key=(0, 1)),
    "indicator_words.tsv": Table((Column("word", "word"), _one_of("role", "prefix", "suffix", "growth", "short",
                                                                          "share_of", "verb",
                                                                          "subject_end", "predicate"),
                                  Column("stands_for", "word", optional=True))),
    "base_units.tsv": Table((Column("code", "word"), Column("base_unit", "word"), Column("factor", "decimal"))),
    "generic_names.tsv": Table((Column("word", "word"), _one_of("position", "start", "whole", "end", "zone_end"))),
    "org_suffixes.tsv": Table((Column("suffix", "word"), Column("not_before", "chars", optional=True))),
    "table_columns.tsv": Table((Column("word", "word"),
                                _one_of("meaning", "change", "last_year", "period_start", "period_end"))),
    "phrase_ends.tsv": Table((Column("word", "word"), _one_of("side", "leading", "trailing", "split"),
                              Column("not_after", "chars", optional=True),
                              Column("only_before", "chars", optional=True)), key=(0, 1)),
    "period_cues.tsv": Table((Column("word", "word"),
                              _one_of("role", "record_since", "record_top", "record_new", "market_move",
                                      "since", "holiday_back", "holiday_back_opener", "flow_verb", "reached_verb",
                                      # (period.py's own word lists)
                                      "contract", "holiday_word", "date_label", "aimed_at", "yesterday", "today",
                                      "as_of", "not_a_period", "digest_head", "census_change", "opening_after",
                                      "box_rest", "same_time_of", "same_period", "item_name", "story_opening",
                                      "not_census",
                                      "report_to_end", "report_end", "report_within", "report_word",
                                      "base_year_before", "base_year_not_after", "base_year_joined",
                                      "base_year_closing", "other_week", "this_week")),
                              key=(0, 1)),
    "move_verbs.tsv": Table((Column("word", "word"), _one_of("role", "first_value", "unitless_end", "price_level",
                                                             "two_states", "from", "to")),
                            key=(0, 1)),
    "quantity_words.tsv": Table((Column("word", "word"),
                                 _one_of("role", "change_gap", "duration_after", "period_before", "period_unit",
                                         "share_before", "share_after", "not_a_class_before", "comparison_end",
                                         "change_context", "spread_after")), key=(0, 1)),
    "ratio_words.tsv": Table((Column("word", "word"), _one_of("role", "ratio", "verb"))),
    "title_words.tsv": Table((Column("word", "word"), _one_of("role", "report", "company_report", "plan",
                                                               "plan_story", "execution")), key=(0, 1)),
    "measure_phrase_words.tsv": Table((Column("word", "word"),
                                       _one_of("role", "no_noun", "noun_end", "topic_only", "basis", "comparison",
                                               "measure_noun",
                                               "generic_head", "relative_head", "total_head", "threshold_verb",
                                               "derived_average",
                                               "derived_change", "owner_kind", "class_noun", "ratio_base_verb",
                                               "running_total", "own_word", "relative_start", "than_adverb",
                                               "no_label", "function_word", "etc_rank", "name_tail"),
                                       Column("not_before", "chars", optional=True)), key=(0, 1)),
}


def _cell_problem(column: Column, cell: str) -> str | None:
    """What is wrong with a cell, or None."""
    if not cell:
        return None if column.optional else "is empty"
    kind = column.kind
    if kind == "choice":
        return None if cell in column.choices else f"{cell!r} is not one of {', '.join(sorted(column.choices))}"
    if kind in ("word", "chars") and any(c.isspace() for c in cell):
        return f"{cell!r} holds a space"
    if kind == "int" and not (cell.isascii() and cell.isdigit()):
        return f"{cell!r} is not a whole number"
    if kind == "flag" and cell not in ("0", "1"):
        return f"{cell!r} is not 0 or 1"
    if kind == "decimal":
        try:
            Decimal(cell)
        except ArithmeticError:
            return f"{cell!r} is not a decimal number"
    if kind == "date":
        try:
            date.fromisoformat(cell)
        except ValueError:
            return f"{cell!r} is not a date (YYYY-MM-DD)"
    return None


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of a TSV table, each a list of stripped cells (as many as the table has
    columns), checked against the table's columns: a cell that does not fit, a row with too many
    cells or a repeated key raises a `LexiconError` naming the file, line and column."""
    table = TABLES.get(name)
    out: list[list[str]] = []
    seen: dict[tuple[str, ...], int] = {}
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if table is not None:
                cells = _checked(name, number, cells, table, seen)
            out.append(cells)
    if not out:
        raise LexiconError(f"{name}: no rows (a rule reading the table would match nothing, or everywhere)")
    return out


def _of_role(name: str, role: str) -> list[list[str]]:
    """The rows of a table whose second column (its role) is `role`. A role the table does not have,
    or one left with no rows, raises a `LexiconError` naming the file: its words would make the rules an
    empty alternation, which matches everywhere."""
    column = TABLES[name].columns[1]
    if column.kind == "choice" and role not in column.choices:
        raise LexiconError(f"{name}: {column.name}: {role!r} is not one of {', '.join(sorted(column.choices))}")
    found = [r for r in rows(name) if r[1] == role]
    if not found:
        raise LexiconError(f"{name}: {column.name} {role!r} has no rows (a rule reading its words would match "
                           "everywhere)")
    return found


def _checked(name: str, number: int, cells: list[str], table: Table, seen: dict[tuple[str, ...], int]) -> list[str]:
    columns = table.columns
    if len(cells) > len(columns):
        raise LexiconError(f"{name}:{number}:{len(columns) + 1}: {len(cells)} cells, the table has "
                           f"{len(columns)} ({', '.join(c.name for c in columns)})")
    cells = cells + [""] * (len(columns) - len(cells))
    for index, (column, cell) in enumerate(zip(columns, cells, strict=True), start=1):
        problem = _cell_problem(column, cell)
        if problem is not None:
            raise LexiconError(f"{name}:{number}:{index}: {column.name}: {problem}")
    key = tuple(cells[i] for i in table.key)
    if key in seen:
        raise LexiconError(f"{name}:{number}:{table.key[0] + 1}: {'/'.join(key)} repeats line {seen[key]}")
    seen[key] = number
    return cells


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
def address_words() -> frozenset[str]:
    """Measure words that are the parts of a building's address (measure_words.tsv, address: 栋, 层)."""
    return frozenset(r[0] for r in rows("measure_words.tsv") if len(r) > 2 and r[2] == "1")


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
def qualifier_followers() -> dict[str, str]:
    """Qualifier word after a number → characters that, right after it, make it the start of another
    word (内 of 内资, 内河: no 'within')."""
    return {row[0]: row[4] for row in rows("qualifiers.tsv") if len(row) > 4 and row[4] and row[1] == "after"}


@cache
def change_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("change_words.tsv")}


@cache
def change_nouns() -> frozenset[str]:
    """The change words that are nouns naming a measure with a short word before them (户均增收)."""
    return frozenset(r[0] for r in rows("change_words.tsv") if len(r) > 3 and r[3] == "1")


@cache
def rate_nouns() -> dict[str, str]:
    """The change words that are nouns naming a growth rate (增速, 降幅), each with its direction."""
    return {r[0]: r[1] for r in rows("change_words.tsv") if len(r) > 4 and r[4] == "1"}


@cache
def change_blockers() -> dict[str, str]:
    return {r[0]: r[2] for r in rows("change_words.tsv") if len(r) > 2 and r[2]}


@cache
def modality_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("modality_words.tsv")}


@cache
def modality_blockers() -> dict[str, str]:
    """Modality word → characters that, right before it, make it part of another word (主要, 模拟)."""
    return {r[0]: r[2] for r in rows("modality_words.tsv") if r[2]}


@cache
def weak_modality_words() -> frozenset[str]:
    """The modality words that set their modality only right before a word announcing a figure
    (modality_words.tsv, weak=1: 将, 要, 拟, 争取)."""
    return frozenset(r[0] for r in rows("modality_words.tsv") if r[3] == "1")


@cache
def noun_modality_words() -> frozenset[str]:
    """The modality words that are also the noun naming a plan (modality_words.tsv, noun=1: 计划, 目标)."""
    return frozenset(r[0] for r in rows("modality_words.tsv") if r[4] == "1")


@cache
def modality_follow() -> tuple[str, ...]:
    """Words that, right after a weak modality word, make it announce a figure (modality_follow.tsv:
    达到, 实现, 突破), in the file's order."""
    return tuple(r[0] for r in rows("modality_follow.tsv") if r[1] in ("", "weak"))


@cache
def noun_modality_follow() -> tuple[str, ...]:
    """Words that, right after a modality word that is also a plan's noun (计划, 目标), make it the plan's
    name (modality_follow.tsv, follows noun: 的, 任务, 和), in the file's order."""
    return tuple(r[0] for r in rows("modality_follow.tsv") if r[1] == "noun")


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
def period_readings() -> dict[str, str]:
    """A period word with a reading in period_words.tsv → that reading (report_year: 全年, 年内; year_end: 年末,
    年底; published: 目前, 截至目前)."""
    return {r[0]: r[2] for r in rows("period_words.tsv") if r[2]}


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
def countries() -> tuple[str, ...]:
    """The countries other than China (countries.tsv), longest first."""
    return tuple(sorted((r[0] for r in rows("countries.tsv")), key=len, reverse=True))


@cache
def platforms() -> frozenset[str]:
    """The companies of companies.tsv that are platforms reporting their own figures (携程, 飞猪)."""
    return frozenset(r[0] for r in rows("companies.tsv") if r[1] == "platform")


@cache
def national_words() -> tuple[str, ...]:
    """Words of a text about the whole country (national_words.tsv): 全国, 我国, 广义货币."""
    return tuple(r[0] for r in rows("national_words.tsv"))


@cache
def reporters() -> dict[str, str]:
    """A body that publishes a country's figures → the subject its figures have (reporters.tsv)."""
    return {r[0]: r[1] for r in rows("reporters.tsv")}


@cache
def companies() -> tuple[str, ...]:
    """Companies named whole wherever they stand (companies.tsv), longest first."""
    return tuple(sorted((r[0] for r in rows("companies.tsv")), key=len, reverse=True))


@cache
def listed_companies() -> frozenset[str]:
    """Listed companies by their short names (listed_companies.tsv), those companies.tsv does not hold:
    named only after a word's boundary (我国新能源 holds no 国新能源)."""
    return frozenset(r[0] for r in rows("listed_companies.tsv")) - {r[0] for r in rows("companies.tsv")}


@cache
def one_character_names() -> frozenset[str]:
    """Things one character names, a breakdown's item (杏, 煤) (one_character_names.tsv)."""
    return frozenset(r[0] for r in rows("one_character_names.tsv"))


@cache
def filler_words() -> frozenset[str]:
    """Words that alone name no measure (filler_words.tsv)."""
    return frozenset(r[0] for r in rows("filler_words.tsv"))


@cache
def object_verbs() -> dict[str, str]:
    """Verbs whose measured object follows the number, and the adverbs before them (object_verbs.tsv)."""
    return {r[0]: r[1] for r in rows("object_verbs.tsv")}


@cache
def plan_words() -> tuple[str, ...]:
    """Plans a figure is measured against (plan_words.tsv: 年度预算, 计划), in the file's order."""
    return tuple(r[0] for r in rows("plan_words.tsv"))


@cache
def list_words(role: str) -> tuple[str, ...]:
    """The words of one role in list_words.tsv (what opens a listing clause, what follows its items, what
    is said of listed places, the place word of their count, what joins a list's last two items), in the
    file's order."""
    return tuple(r[0] for r in _of_role("list_words.tsv", role))


@cache
def comparison_words(role: str) -> dict[str, str]:
    """The words of one role in comparison_words.tsv (`base`: 比, 较; `than`: 高于, 低于; `share_of`: 恢复至;
    `after_base`: 多, 偏少), in the file's order, each with the way a `than` or `after_base` word makes the
    difference go (up, down; empty for `base`)."""
    return {r[0]: r[2] for r in _of_role("comparison_words.tsv", role)}


@cache
def subject_words(role: str) -> tuple[str, ...]:
    """The words of one role in subject_words.tsv, in the file's order."""
    return tuple(r[0] for r in _of_role("subject_words.tsv", role))


@cache
def rank_words(role: str) -> tuple[str, ...]:
    """The words of one role in rank_words.tsv (scope: 全国; field: 行业; group: 省份; verb: 位居;
    move: 升至; adverb: 仍; context: 排名; ranked_in: 跻身), longest first."""
    return tuple(sorted((r[0] for r in _of_role("rank_words.tsv", role)), key=len, reverse=True))


@cache
def results_reports() -> dict[str, int]:
    """A company's results report by name → the last month of the year it covers (results_reports.tsv:
    半年报 → 6, 年报 → 12)."""
    return {r[0]: int(r[1]) for r in rows("results_reports.tsv")}


@cache
def weekdays() -> dict[str, int]:
    """A day of the week by name → its place in the week, 0 for Monday (weekdays.tsv: 周五 → 4)."""
    return {r[0]: int(r[1]) for r in rows("weekdays.tsv")}


@cache
def censuses() -> dict[str, int]:
    """A national population census by name → its year (censuses.tsv: 七普 → 2020)."""
    return {r[0]: int(r[1]) for r in rows("censuses.tsv")}


@cache
def opening_clauses(position: str) -> tuple[str, ...]:
    """Words that open (`start`) or end (`end`) a source's or an estimate's clause before the time a
    sentence opens with (opening_clauses.tsv: 据…，; 初步核算，)."""
    return tuple(r[0] for r in _of_role("opening_clauses.tsv", position))


@cache
def aim_words(role: str) -> tuple[str, ...]:
    """Words naming an aim (aim_words.tsv): `aim` after a value (…的预期目标), `year` a year's targets
    (主要预期目标是：…), longest first."""
    return tuple(sorted((r[0] for r in _of_role("aim_words.tsv", role)), key=len, reverse=True))


@cache
def plan_headings() -> tuple[str, ...]:
    """Words of the heading over a work report's plan for its year (plan_headings.tsv: 工作安排)."""
    return tuple(r[0] for r in rows("plan_headings.tsv"))


@cache
def market_indexes() -> dict[str, str]:
    """Stock indexes and market words → the market a figure of them is about (market_indexes.tsv:
    上证指数 → A股, 恒生指数 → 港股), longest first."""
    return dict(sorted(((r[0], r[1]) for r in rows("market_indexes.tsv")), key=lambda r: len(r[0]), reverse=True))


@cache
def budget_stages(role: str) -> dict[str, str]:
    """The words of one role in budget_stages.tsv (stage: 调整 → 调整预算; process: 执行中; budget: 年初预算),
    longest first, each with its name ("" for none)."""
    found = [(r[0], r[2]) for r in _of_role("budget_stages.tsv", role)]
    return dict(sorted(found, key=lambda r: len(r[0]), reverse=True))


@cache
def review_headings() -> tuple[str, ...]:
    """Words of a short line heading a work report's review of a time (review_headings.tsv: 回顾)."""
    return tuple(r[0] for r in rows("review_headings.tsv"))


@cache
def place_suffixes() -> tuple[tuple[str, bool], ...]:
    """The suffixes of a place's name (place_suffixes.tsv: 省, 市, 自治州, 镇), in the file's order, each with
    whether the divisions of the gazetteer end with it (a place written with it must be one of them)."""
    return tuple((r[0], r[1] == "1") for r in rows("place_suffixes.tsv"))


@cache
def county_suffixes() -> tuple[str, ...]:
    """The suffixes a county-level division may be written with (place_suffixes.tsv, county: 县, 区, 市), in the
    file's order: a county that became a district or a city is read by its stem with any of them."""
    return tuple(r[0] for r in rows("place_suffixes.tsv") if r[2] == "1")


@cache
def town_suffixes() -> tuple[str, ...]:
    """The suffixes of a town-level division's name (place_suffixes.tsv, town: 镇, 乡, 街道): a head line opening
    with one is the town's own text, whose 全镇 it is."""
    return tuple(r[0] for r in rows("place_suffixes.tsv") if len(r) > 3 and r[3] == "1")


@cache
def scope_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("scope_words.tsv")}


@cache
def unit_contexts() -> dict[str, dict[str, tuple[str, ...]]]:
    """Unit → role → the words of its context (unit_contexts.tsv): `near` (read only with one near,
    unless the number has 万/亿), `near_always` (even then), `temperature_before` (度 after one is
    degrees Celsius)."""
    table: dict[str, dict[str, list[str]]] = {}
    for unit, role, word in rows("unit_contexts.tsv"):
        table.setdefault(unit, {}).setdefault(role, []).append(word)
    return {unit: {role: tuple(words) for role, words in roles.items()} for unit, roles in table.items()}


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
def group_measures(role: str) -> frozenset[str]:
    """Measures of a counted group (group_measures.tsv, role `measure`: 总投资, 招生), after a count
    of units in their sentence the group's; the measure words counting such units (role `counter`:
    所, 个)."""
    return frozenset(r[0] for r in _of_role("group_measures.tsv", role))


@cache
def measure_heads() -> tuple[str, ...]:
    """Head words of measures (measure_heads.tsv), longest first."""
    return tuple(sorted((r[0] for r in rows("measure_heads.tsv")), key=len, reverse=True))


@cache
def flow_heads() -> tuple[str, ...]:
    """The head words of measures that are amounts over a time (产量, 出栏, 营业收入)."""
    return tuple(r[0] for r in rows("measure_heads.tsv") if r[1] == "flow")


@cache
def stock_heads() -> tuple[str, ...]:
    """The head words of measures that are levels at a point (存栏, 装机容量)."""
    return tuple(r[0] for r in rows("measure_heads.tsv") if r[1] == "stock")


@cache
def balance_heads() -> tuple[str, ...]:
    """The head words of the items of a balance sheet (总资产, 负债率): a stock at the end of the months
    they are reported for."""
    return tuple(r[0] for r in rows("measure_heads.tsv") if r[1] == "balance")


@dataclass(frozen=True)
class Indicator:
    """An entry of the indicator catalogue (indicators.tsv)."""

    id: str
    name_zh: str
    name_en: str
    synonyms: tuple[str, ...]
    dimension: str
    reading: str  # level | share | growth
    domain: str


@cache
def indicators() -> list[Indicator]:
    return [Indicator(r[0], r[1], r[2], tuple(s for s in r[3].split("|") if s), r[4], r[5], r[6])
            for r in rows("indicators.tsv")]


@cache
def indicator_words() -> dict[str, tuple[str, str]]:
    """A word around a measure's name → (its role: prefix | suffix | growth | short | share_of | verb | subject_end,
    what a short stands for)."""
    return {r[0]: (r[1], r[2]) for r in rows("indicator_words.tsv")}


@cache
def catalogue_words(role: str) -> tuple[str, ...]:
    """The words of one role in catalogue_words.tsv (stock: 余额, 存量; stem_end: 人数, 容量; per_unit: 价, 人均;
    total: 总计, 合计), in the file's order."""
    return tuple(r[0] for r in _of_role("catalogue_words.tsv", role))


@cache
def base_units() -> dict[str, tuple[str, Decimal]]:
    """A unit code → (the base unit of its dimension, the exact factor to it) (base_units.tsv)."""
    return {r[0]: (r[1], Decimal(r[2])) for r in rows("base_units.tsv")}


@dataclass(frozen=True)
class PhraseEnd:
    """A word stripped from one end of the phrase before a number (phrase_ends.tsv)."""

    word: str
    not_after: str  # characters that, right before the word, make it part of another word
    only_before: str  # characters one of which must follow the word (and goes with it); "" for none


@cache
def phrase_ends(side: str) -> tuple[PhraseEnd, ...]:
    """The words phrase_ends.tsv strips at one side of a phrase (`leading` | `trailing`; or cuts it after:
    `split`), longest
    first (what a word takes with it counted), then in code-point order: the order an alternation
    of them is tried in."""
    ends = [PhraseEnd(r[0], r[2], r[3]) for r in rows("phrase_ends.tsv") if r[1] == side]
    return tuple(sorted(ends, key=lambda e: (-len(e.word) - (1 if e.only_before else 0), e.word)))


@cache
def measure_phrase_words(role: str) -> dict[str, str]:
    """The words of one role in measure_phrase_words.tsv (no_noun: 左右; noun_end: 已; topic_only: 目标;
    basis: 按可比口径; comparison: 同比; measure_noun: 总投资; generic_head: 出栏; relative_head: 增速;
    derived_average: 平均; derived_change: 增长; ratio_base_verb: 恢复至; running_total: 累计; own_word: 该行;
    relative_start: 占; than_adverb: 分别; no_label: 记者; function_word: 以; etc_rank: 重点), in the file's order,
    each with the characters that, right after it, make it part of another word (均价: not a noun_end; "" for
    none)."""
    return {r[0]: r[2] for r in _of_role("measure_phrase_words.tsv", role)}


@cache
def period_cues(role: str) -> tuple[str, ...]:
    """The words of one role in period_cues.tsv (record_since: 新低; record_top: 最高; record_new: 新高;
    market_move: 收盘, 涨; flow_verb: 新增, 建成; reached_verb: 达到), in the file's order.
    (period.py's own word lists: contract: 合约; holiday_word: 假期; date_label: 发布时间; aimed_at: 预计;
    yesterday: 昨日; today: 今日; as_of: 截至; not_a_period: 自; digest_head: 早报; census_change: 增量;
    opening_after: 以来; box_rest: 时期; same_time_of: 水平; same_period: 同期; not_census: 普通; a company report's
    own times: report_to_end: 年初至报告期末; report_end: 报告期末; report_within: 报告期内; report_word: 报告期;
    base_year_before: 比; base_year_not_after: 以来; other_week: 上周; this_week: 本周)"""
    return tuple(r[0] for r in _of_role("period_cues.tsv", role))


@cache
def move_verbs(role: str) -> tuple[str, ...]:
    """The verbs of a move to a value of one role in move_verbs.tsv (first_value: 提升, 回落; unitless_end:
    下降, 变为; price_level: 报, 达; two_states: 提升, 降), in the file's order."""
    return tuple(r[0] for r in _of_role("move_verbs.tsv", role))


@cache
def quantity_words(role: str) -> tuple[str, ...]:
    """The words of one role in quantity_words.tsv (change_gap: 了, 达到; duration_after: 之久; period_before: 近;
    period_unit: 个月; share_before: 占; share_after: 左右; not_a_class_before: 的; comparison_end: 同比;
    change_context: 增速), in the file's order."""
    return tuple(r[0] for r in _of_role("quantity_words.tsv", role))


@cache
def ratio_words(role: str) -> tuple[str, ...]:
    """The words of one role in ratio_words.tsv (ratio: 比, 结构; verb: 为, 调整为), in the file's order."""
    return tuple(r[0] for r in _of_role("ratio_words.tsv", role))


@cache
def title_words(role: str) -> tuple[str, ...]:
    """The words of one role in title_words.tsv (report: 公报, 快报; company_report: 发布, 半年报; execution:
    执行情况), in the file's order."""
    return tuple(r[0] for r in _of_role("title_words.tsv", role))


@cache
def org_suffixes() -> tuple[tuple[str, str], ...]:
    """The ends of an organisation's name (org_suffixes.tsv) with the characters that, right after
    one, make it no end: (suffix, not_before), longest first, then in code-point order."""
    return tuple(sorted(((r[0], r[1]) for r in rows("org_suffixes.tsv")), key=lambda r: (-len(r[0]), r[0])))


@cache
def table_columns(meaning: str) -> tuple[str, ...]:
    """The words of table_columns.tsv that give a column one meaning (`change` | `last_year` |
    `period_start` | `period_end`), in the file's order."""
    return tuple(r[0] for r in _of_role("table_columns.tsv", meaning))


@cache
def generic_names(position: str) -> tuple[str, ...]:
    """The words of generic_names.tsv at one position of a name (`start` | `whole` | `end` | `zone_end`), in
    the file's order: a name starting with, being or ending with one is a kind, not a name (a `zone_end`
    after a place: that place's zone, 济源示范区)."""
    return tuple(r[0] for r in _of_role("generic_names.tsv", position))
