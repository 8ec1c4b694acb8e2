"""The lexicon (extract/lexicon/*.tsv): every file fits its table, a bad line is named by file,
line and column, and every entry is reachable by the rules that read it — an entry the rules
never use is a defect (it looks like it works and does nothing)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import regex

from extract import lexicon, quantities
from extract.attribute import context as context_rules
from extract.attribute import indicator
from extract.attribute import lists as lists_rules
from extract.attribute import modality as modality_rules
from extract.attribute import period as period_rules
from extract.attribute import subject as subject_rules
from extract.attribute.indicator import clean_phrase, split_list
from extract.attribute.period import time_mentions
from extract.attribute.subject import (
    _after_last_verb,
    _is_generic,
    an_object,
    cited,
    company_aliases,
    entities,
    scope_pattern,
    topic_name,
)
from extract.patterns import HAN, EndingWith, alternation, first_chars, last_chars, longest_first
from extract.pipeline import extract_text
from extract.shortcuts import SearchAtEnd
from models.fact import Fact

LEXICON = Path(lexicon.__file__).parent


def test_every_file_has_a_table_and_loads() -> None:
    files = {p.name for p in LEXICON.glob("*.tsv")}
    assert files == set(lexicon.TABLES), "a file without a table, or a table without a file"
    for name in lexicon.TABLES:
        assert lexicon.rows(name), name


@pytest.fixture
def scratch_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the lexicon to break, read instead of the real one (every table read again from it,
    and from the real one after the test)."""
    copy = tmp_path / "lexicon"
    shutil.copytree(LEXICON, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "*.md"))
    monkeypatch.setattr(lexicon, "LEXICON_DIR", copy)
    _clear_lexicon_caches()
    yield copy
    monkeypatch.undo()
    _clear_lexicon_caches()


def _clear_lexicon_caches() -> None:
    """Forget every table the lexicon has read, so that the next reading sees the files as they are."""
    for value in vars(lexicon).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


@pytest.mark.parametrize(
    ("name", "line", "where", "says"),
    [
        ("units.tsv", "吨公里\tt·km\tx1\tmass", ":3: factor", "'x1' is not a decimal number"),
        ("units.tsv", "吨公里\tt·km\t1\tweight", ":4: dimension", "'weight' is not one of"),
        ("qualifiers.tsv", "约莫\tbefore\tabout", ":3: qualifier", "'about' is not one of"),
        ("holidays.tsv", "2027\t春节\t2027-02-30\t2027-03-01", ":3: first", "is not a date"),
        ("measure_words.tsv", "樽\t1\t0\t1", ":4:", "4 cells, the table has 3"),
        ("scope_words.tsv", "全盟\t", ":2: level", "is empty"),
        ("units.tsv", "吨\tt\t1\tmass", ":1:", "吨 repeats line"),
        ("phrase_ends.tsv", "达到\tafter", ":2: side", "'after' is not one of"),
        ("phrase_ends.tsv", "其中\tleading", ":1:", "其中/leading repeats line"),
        ("generic_names.tsv", "集团\tmiddle", ":2: position", "'middle' is not one of"),
        ("org_suffixes.tsv", "公司\t", ":1:", "公司 repeats line"),
        ("generic_names.tsv", "个\twhole", ":1:", "个 repeats line"),
        ("modality_words.tsv", "必将\ttarget\t\t2", ":4: weak", "'2' is not 0 or 1"),
        ("modality_follow.tsv", "达到", ":1:", "达到 repeats line"),
        ("subject_words.tsv", "优于\tcompared", ":2: role", "'compared' is not one of"),
        ("measure_phrase_words.tsv", "附近\tno_noun\t\t1", ":4:", "4 cells, the table has 3"),
        ("measure_phrase_words.tsv", "左右\tno_noun", ":1:", "左右/no_noun repeats line"),
        ("title_words.tsv", "年鉴\ttitle", ":2: role", "'title' is not one of"),
        ("move_verbs.tsv", "变为\tunitless_end", ":1:", "变为/unitless_end repeats line"),
        ("period_cues.tsv", "次高\trecord", ":2: role", "'record' is not one of"),
        ("comparison_words.tsv", "多\tafter_base\tup", ":1:", "多/after_base repeats line"),
        ("ratio_words.tsv", "关系\tnoun", ":2: role", "'noun' is not one of"),
        ("subject_words.tsv", "高于\tcompared_with", ":1:", "高于/compared_with repeats line"),
        ("quantity_words.tsv", "之久\tduration", ":2: role", "'duration' is not one of"),
        ("quantity_words.tsv", "了\tchange_gap", ":1:", "了/change_gap repeats line"),
    ],
)
def test_a_bad_line_is_named_by_file_line_and_column(scratch_lexicon: Path, name: str, line: str, where: str,
                                                      says: str) -> None:
    path = scratch_lexicon / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError) as error:
        lexicon.rows(name)
    message = str(error.value)
    assert message.startswith(f"{name}:{len(lines) + 1}{where}"), message
    assert says in message, message


# Every lookup of a table by one value of a column (a role), with a value it is read with: a role left with no
# rows would give the rules an empty alternation, which matches everywhere.
_ROLE_LOOKUPS = [
    ("list_words.tsv", "joint", lexicon.list_words), ("comparison_words.tsv", "base", lexicon.comparison_words),
    ("subject_words.tsv", "demonstrative", lexicon.subject_words), ("rank_words.tsv", "verb", lexicon.rank_words),
    ("opening_clauses.tsv", "start", lexicon.opening_clauses), ("aim_words.tsv", "aim", lexicon.aim_words),
    ("budget_stages.tsv", "stage", lexicon.budget_stages), ("group_measures.tsv", "counter", lexicon.group_measures),
    ("catalogue_words.tsv", "stock", lexicon.catalogue_words),
    ("measure_phrase_words.tsv", "no_noun", lexicon.measure_phrase_words),
    ("period_cues.tsv", "flow_verb", lexicon.period_cues), ("move_verbs.tsv", "unitless_end", lexicon.move_verbs),
    ("quantity_words.tsv", "change_gap", lexicon.quantity_words), ("ratio_words.tsv", "verb", lexicon.ratio_words),
    ("title_words.tsv", "report", lexicon.title_words), ("table_columns.tsv", "change", lexicon.table_columns),
    ("generic_names.tsv", "whole", lexicon.generic_names),
]


@pytest.mark.parametrize(("name", "role", "lookup"), _ROLE_LOOKUPS, ids=[n for n, _r, _l in _ROLE_LOOKUPS])
def test_a_role_left_with_no_rows_is_refused_by_file_and_role(scratch_lexicon: Path, name: str, role: str,
                                                              lookup: Callable[[str], object]) -> None:
    assert lookup(role), (name, role)
    path = scratch_lexicon / name
    kept = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("#") or line.split("\t")[1:2] != [role]]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    _clear_lexicon_caches()
    with pytest.raises(lexicon.LexiconError) as error:
        lookup(role)
    assert str(error.value).startswith(f"{name}: ") and repr(role) in str(error.value), error.value


@pytest.mark.parametrize(("name", "role", "lookup"), _ROLE_LOOKUPS[:3], ids=[n for n, _r, _l in _ROLE_LOOKUPS[:3]])
def test_a_role_the_table_does_not_have_is_refused(name: str, role: str, lookup: Callable[[str], object]) -> None:
    with pytest.raises(lexicon.LexiconError) as error:
        lookup(role + "_misspelt")
    assert "is not one of" in str(error.value), error.value


def test_a_table_left_with_no_rows_is_refused(scratch_lexicon: Path) -> None:
    path = scratch_lexicon / "plan_headings.tsv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if line.startswith("#")), encoding="utf-8")
    with pytest.raises(lexicon.LexiconError) as error:
        lexicon.plan_headings()
    assert str(error.value).startswith("plan_headings.tsv: no rows"), error.value


# ---------------------------------------------------------------------------- every entry reachable
# A unit whose reading depends on the words around it is probed in such words.
_UNIT_CONTEXT = {
    "度": "全年用电量5亿度。",
    "年": "历时5年之久。",
    "K": "超导转变温度达到5K。",
    "点": "上证指数上涨5点。",
    "P": "全省算力规模达到5P。",
}


@pytest.mark.parametrize("surface", sorted(lexicon.units()))
def test_every_unit_is_read(surface: str) -> None:
    unit = lexicon.units()[surface]
    text = _UNIT_CONTEXT.get(surface, f"数量为5{surface}。")
    assert any(f.unit == unit.code for f in extract_text(text).facts), (surface, text)


def test_every_money_unit_per_a_unit_is_a_price_s_unit() -> None:
    # (units.tsv, dimension money: 美元/公斤, as written or as its code, is the unit of a price, a measure of
    # the catalogue per a unit; the catalogue keeps no list of its own)
    from extract.attribute.catalogue import indicator_id
    money = [(surface, unit.code) for surface, unit in lexicon.units().items() if unit.dimension == "money"]
    assert money
    for surface, code in money:
        for written in (surface, code):
            assert indicator_id("生猪价格", "level", f"{written}/公斤").id == "live_hog_price", written
    assert indicator_id("生猪价格", "level", "吨/公斤").id is None  # (the control: no money)


def test_every_unit_context_word_decides_its_unit() -> None:
    # (unit_contexts.tsv: with a word of its context near, the unit is read; with none, it is not;
    # 度 after a temperature word is degrees Celsius)
    units = lexicon.units()
    for unit, roles in lexicon.unit_contexts().items():
        for role, words in roles.items():
            for word in words:
                if role == "temperature_before":
                    facts = extract_text(f"当天{word}升至38{unit}。").facts
                    assert [f.unit for f in facts] == [units["摄氏度"].code], (unit, word)
                    continue
                facts = extract_text(f"据了解，{word}方面为5{unit}。").facts
                assert [f.unit for f in facts] == [units[unit].code], (unit, word)
        assert not extract_text(f"据了解，数量为5{unit}。").facts, unit


def test_a_unit_context_word_added_as_data_is_read(scratch_lexicon: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # unit_contexts.tsv: 点 beside an index named only by its letters (CCPPI各月分别为344点)
    text = "2011年上半年，CCPPI为344点。"
    assert not extract_text(text).facts
    path = scratch_lexicon / "unit_contexts.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "点\tnear_always\tPPI\n", encoding="utf-8")
    lexicon.unit_contexts.cache_clear()
    monkeypatch.setattr(quantities, "_unit_contexts", functools.cache(quantities._unit_contexts.__wrapped__))
    assert [f.text for f in extract_text(text).facts] == ["344点"]


def test_every_qualifier_is_read() -> None:
    for position, words in lexicon.qualifiers().items():
        for word, qualifier in words.items():
            if position == "before":
                text = f"共有{word}500家企业。"
            elif word in ("多", "余"):
                text = f"共有500{word}家企业。"
            else:
                text = f"共有500家{word}企业。"
            assert any(f.qualifier == qualifier for f in extract_text(text).facts), (word, text)
    for word, followers in lexicon.qualifier_followers().items():
        for ch in followers:
            # the word opens another word (13个内资项目): no qualifier, no part of the quantity
            [fact] = extract_text(f"共有500家{word}{ch}企业。").facts
            assert (fact.text, fact.qualifier) == ("500家", "exact"), (word, ch)
        [fact] = extract_text(f"共有500家{word}，企业。").facts  # (the control)
        assert fact.text == f"500家{word}", word


def test_a_qualifier_s_following_character_added_as_data_is_read() -> None:
    # qualifiers.tsv, not_before: 资 after 内 (13个内资项目: 内资, not within 13)
    [fact] = extract_text("全市13个内资项目开工。").facts
    assert (fact.text, fact.qualifier) == ("13个", "exact")


def test_every_national_word_makes_a_text_naming_no_place_the_country_s() -> None:
    for w in lexicon.national_words():
        facts = extract_text(f"5月末，{w}相关数据公布。本外币存款余额310.5万亿元。{w}运行平稳。").facts
        assert [f.subject for f in facts] == ["中国"], w
    facts = extract_text("5月末，相关数据公布。本外币存款余额310.5万亿元。运行平稳。").facts  # (the control)
    assert [f.subject for f in facts] == [None]


def test_a_national_word_added_as_data_is_read() -> None:
    # national_words.tsv: 银行间市场, a market of the whole country (民企债券在银行间市场…)
    text = "1-5月，银行间市场民企债券共发行1520亿元。银行间市场运行平稳。"
    assert [f.subject for f in extract_text(text).facts] == ["中国"]


def test_every_change_word_makes_a_change_its_way() -> None:
    for word, direction in lexicon.change_words().items():
        facts = extract_text(f"全省粮食产量{word}5%。").facts
        assert any(f.kind == "change" and f.direction == direction for f in facts), word


def test_every_address_word_before_a_number_is_an_address() -> None:
    # measure_words.tsv, address: 3栋2单元 is where people live, no count
    assert lexicon.address_words()
    for word in lexicon.address_words():
        assert extract_text(f"该小区3{word}2单元的居民已全部安全撤离。").facts == [], word
    # (control: a count of households before a count of persons is two counts)
    assert [f.text for f in extract_text("全年搬迁群众842户3150人。").facts] == ["842户", "3150人"]


def test_an_address_word_added_as_data_is_read(scratch_lexicon: Path) -> None:
    text = "全年搬迁群众842户3150人。"
    path = scratch_lexicon / "measure_words.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n户\t0\n", "\n户\t0\t1\n"), encoding="utf-8")
    _clear_lexicon_caches()
    assert [f.text for f in extract_text(text).facts] == ["3150人"]


def test_every_rate_noun_makes_the_percentage_it_names_a_change_its_way() -> None:
    # change_words.tsv, rate: 增速, 降幅 name a growth rate, before the percentage or right after it
    rates = lexicon.rate_nouns()
    assert rates
    for word, direction in rates.items():
        for text in (f"各市GDP{word}：北京10.7%、浙江10.6%。", f"全市工业以5.8%的{word}位居首位。"):
            facts = [f for f in extract_text(text).facts if f.unit == "%"]
            assert facts and all(f.kind == "change" and f.direction == direction for f in facts), (word, text)
    # (control: a noun the column does not mark names a level)
    assert [f.kind for f in extract_text("全市工业以5.8%的比重位居首位。").facts if f.unit == "%"] == ["level"]


def test_a_rate_noun_added_as_data_is_read(scratch_lexicon: Path) -> None:
    text = "全市工业以5.8%的涨速位居首位。"
    assert [f.kind for f in extract_text(text).facts if f.unit == "%"] == ["level"]
    _add_line(scratch_lexicon, "change_words.tsv", "涨速\tup\t\t1\t1")
    quantities.rate_patterns.cache_clear()
    assert [(f.kind, f.direction) for f in extract_text(text).facts if f.unit == "%"] == [("change", "up")]


def test_a_short_measure_before_a_change_word_keeps_it_only_when_it_is_a_noun() -> None:
    # 营收增速 (a noun: the measure's growth rate), but 营收 before 增长 or 上涨 (a verb: no part of it)
    for word in (w for w in lexicon.change_words() if len(w) == 2):
        facts = extract_text(f"其中，营收{word}5%。").facts
        expected = "营收" + word if word in lexicon.change_nouns() else "营收"
        assert [f.indicator for f in facts] == [expected], word


def test_every_modality_word_sets_its_modality() -> None:
    for word, modality in lexicon.modality_words().items():
        facts = extract_text(f"全省粮食产量{word}达到500万吨。").facts
        assert any(f.modality == modality for f in facts), word


def test_every_modality_follow_word_lets_a_weak_word_announce_a_figure() -> None:
    # (modality_follow.tsv: 将 + 达到 sets the target; 将 before a word not listed sets nothing)
    weak = sorted(lexicon.weak_modality_words())
    assert weak and lexicon.modality_follow()
    for word in weak:
        modality = lexicon.modality_words()[word]
        for follow in lexicon.modality_follow():
            if follow in lexicon.modality_words():
                continue  # (将力争: a modality word of its own, the last word before the number governs)
            facts = extract_text(f"全省粮食产量{word}{follow}500万吨。").facts
            assert any(f.modality == modality and f"modality.{word}" in f.rule for f in facts), (word, follow)
        [fact] = extract_text(f"全市{word}引进外资5亿元。").facts
        assert fact.modality == "actual", word


def test_every_modality_word_is_no_modality_after_its_not_after_characters() -> None:
    # (modality_words.tsv, not_after: 主要, 需要, 模拟 are other words)
    assert lexicon.modality_blockers()
    for word, characters in lexicon.modality_blockers().items():
        assert any(f"modality.{word}" in f.rule for f in extract_text(f"全省粮食产量{word}达到500万吨。").facts), word
        for before in characters:
            facts = extract_text(f"全省粮食产量{before}{word}达到500万吨。").facts
            assert not any(f"modality.{word}" in f.rule for f in facts), (word, before)


def _plan_named_modality(word: str) -> list[str]:
    return [f.modality for f in extract_text(f"出台扶持{word}，新增就业岗位5000个。").facts]


def test_every_noun_modality_word_is_a_plan_s_name_before_a_clause_mark() -> None:
    # (modality_words.tsv, noun: 扶持计划，… names a plan, no aim; a modality word that is no noun sets its
    # modality there)
    nouns = lexicon.noun_modality_words()
    assert nouns
    for word in nouns:
        assert _plan_named_modality(word) == ["actual"], word
        assert any(f"modality.{word}" in f.rule for f in extract_text(f"全省粮食产量{word}达到500万吨。").facts), word
    assert _plan_named_modality("打算") == ["target"]  # (the control: not marked a noun)


def test_a_noun_modality_word_added_as_data_is_a_plan_s_name(scratch_lexicon: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # modality_words.tsv, noun: 打算 (a plan) before a clause mark names it
    assert _plan_named_modality("打算") == ["target"]
    path = scratch_lexicon / "modality_words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [f"{line}\t\t\t1" if line == "打算\ttarget" else line for line in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(modality_rules, "_NOUN_USE", lexicon.noun_modality_words())
    assert _plan_named_modality("打算") == ["actual"]


def _after_a_plan_s_noun(follow: str) -> list[str]:
    return [f.modality for f in extract_text(f"出台扶持计划{follow}新增就业岗位5000个。").facts]


def test_every_noun_modality_follow_word_makes_the_noun_a_plan_s_name() -> None:
    # (modality_follow.tsv, follows noun: 计划 + 的, 任务, 和 names a plan and sets no aim; the control, 是,
    # leaves 计划 an aim)
    follows = lexicon.noun_modality_follow()
    assert follows
    for follow in follows:
        assert _after_a_plan_s_noun(follow) == ["actual"], follow
    assert _after_a_plan_s_noun("是") == ["target"]


def test_a_noun_modality_follow_word_added_as_data_makes_the_noun_a_plan_s_name(
        scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # modality_follow.tsv, follows noun: 内 (扶持计划内新增…: within the plan, no aim)
    assert _after_a_plan_s_noun("内") == ["target"]
    _add_line(scratch_lexicon, "modality_follow.tsv", "内\tnoun")
    monkeypatch.setattr(modality_rules, "_NOUN_FOLLOW", modality_rules._noun_follow_pattern())
    assert _after_a_plan_s_noun("内") == ["actual"]


def test_every_measure_word_is_a_count_unit() -> None:
    for word in lexicon.measure_words():
        assert any(f.unit == word for f in extract_text(f"全省共有500{word}。").facts), word


def test_every_implied_unit_is_given_after_its_keyword() -> None:
    for keyword, unit, _needs_magnitude in lexicon.implied_units():
        facts = extract_text(f"{keyword}为500万。").facts
        assert any(f.unit == unit for f in facts), (keyword, [(f.text, f.unit) for f in facts])


def test_every_exclusion_excludes() -> None:
    found = lexicon.exclusions()
    for word in found["after"]:
        assert not extract_text(f"共5{word}。").facts, ("after", word)
    for word in found["before"]:
        assert not extract_text(f"{word}5项。").facts, ("before", word)
    for phrase in found["phrase"]:
        assert not [f for f in extract_text(f"{phrase}。").facts if f.start < len(phrase)], ("phrase", phrase)


def test_every_period_word_is_a_time() -> None:
    for word, period in lexicon.period_words().items():
        written = f"{word}5年" if period == "AHEAD" else word  # (未来, 今后: before a number of years)
        assert any(m.start == 0 and m.end == len(written) for m in time_mentions(written, 2025)), word
        if period == "AHEAD":
            assert [m.period for m in time_mentions(written, 2025)] == ["2025/2029"], word
        if period == "FISCAL":  # (a fiscal quarter or year: no period, and none carried past it)
            assert [(m.period, m.rule) for m in time_mentions(written, 2025)] == [(None, "period.fiscal")], word


def _published_now(word: str) -> list[str | None]:
    text = f"全市粮食生产情况\n来源：新华网  2024-03-05\n{word}，全市粮食库存120万吨。"
    return [f.period for f in extract_text(text).facts]


def _report_year(word: str) -> list[tuple[str | None, str]]:
    return [(m.period, m.rule) for m in time_mentions(word, 2025)]


def test_every_period_word_reading_is_read() -> None:
    # period_words.tsv, reading: report_year (全年: the year being reported), year_end (年末: its end), published
    # (目前: the month the text was published); each with a control, a word of its period with no reading
    readings = lexicon.period_readings()
    assert set(readings.values()) == {"report_year", "year_end", "published"}
    for word, reading in readings.items():
        if reading == "published":
            assert lexicon.period_words()[word] == "NOW", word
            assert _published_now(word) == ["2024-03"], word
        else:
            period = "2025-12" if reading == "year_end" else "2025"
            assert _report_year(word) == [(period, "period.report_year")], word
    assert _report_year("本年") == [("2025", "period.year")]  # (the controls)
    assert _published_now("如今") == [None]


def test_a_period_word_reading_added_as_data_is_read(scratch_lexicon: Path) -> None:
    # period_words.tsv: 本年 read as the year being reported (as 本年度); 如今 as a now of the month published
    assert _report_year("本年") == [("2025", "period.year")]
    assert _published_now("如今") == [None]
    path = scratch_lexicon / "period_words.tsv"
    text = path.read_text(encoding="utf-8").replace("\n本年\tY\n", "\n本年\tY\treport_year\n")
    path.write_text(text.replace("\n如今\tNOW\n", "\n如今\tNOW\tpublished\n"), encoding="utf-8")
    _clear_lexicon_caches()
    assert _report_year("本年") == [("2025", "period.report_year")]
    assert _published_now("如今") == ["2024-03"]


def test_every_holiday_name_is_a_holiday_of_the_calendar() -> None:
    calendar = lexicon.holidays()
    for name, (holiday, needs_word) in lexicon.holiday_names().items():
        written = f"“{name}”假期" if needs_word else name
        mentions = time_mentions(f"今年{written}，全市接待游客", 2024)
        assert any(m.rule == "period.holiday" for m in mentions), name
        assert (2024, holiday) in calendar, holiday


def test_the_holiday_calendar_holds_every_holiday_of_every_year_with_ordered_days() -> None:
    named = {holiday for holiday, _needs in lexicon.holiday_names().values()}
    years = {year for year, _holiday in lexicon.holidays()}
    for year in years:
        assert {holiday for y, holiday in lexicon.holidays() if y == year} == named, year
    for (year, holiday), (first, last) in lexicon.holidays().items():
        assert first <= last and (last - first).days < 10 and last.year == year, (year, holiday)


def test_every_scope_word_is_found() -> None:
    for word in lexicon.scope_words():
        assert scope_pattern().match(word), word


def test_every_area_and_reporter_is_a_subject() -> None:
    for area in lexicon.areas():
        facts = extract_text(f"分地区看，{area}投资增长1.4%。").facts
        assert [f.subject for f in facts] == [area], area
    for body, subject in lexicon.reporters().items():
        facts = extract_text(f"{body}发布数据显示，10月末广义货币余额增长8%，各项贷款余额增长7.5%。").facts
        assert {f.subject for f in facts} == {subject}, body


def test_every_country_opening_its_clause_is_a_subject_and_no_subject_inside_it() -> None:
    # countries.tsv: a country opening its clause (after its time) is whose figure it is; inside the clause
    # (an origin, a place where) it qualifies what is measured
    assert lexicon.countries()
    for country in lexicon.countries():
        [fact] = extract_text(f"2023年，{country}原油产量增长5%。").facts
        assert fact.subject == country, country
        [fact] = extract_text(f"2023年，按{country}原油价格计算的进口额增长5%。").facts
        assert fact.subject != country, country


def test_every_country_part_word_makes_the_country_part_of_what_is_measured() -> None:
    # subject_words.tsv, country_part: 美国 + 市场占比 is a share of a market, no figure of the country's
    assert lexicon.subject_words("country_part")
    for word in lexicon.subject_words("country_part"):
        [fact] = extract_text(f"2023年，美国{word}占全市出口的比重为16.2%。").facts
        assert fact.subject != "美国", word
    [fact] = extract_text("2023年，美国原油占全市进口的比重为16.2%。").facts
    assert fact.subject == "美国"  # (the control)


def test_a_country_added_as_data_is_a_subject(scratch_lexicon: Path) -> None:
    # countries.tsv: 马里 (left out as the start of 马里兰; added, it is read where it opens a clause)
    def subject() -> str | None:
        [fact] = extract_text("2023年，马里黄金产量增长5%。").facts
        return fact.subject

    assert subject() is None
    _add_line(scratch_lexicon, "countries.tsv", "马里")
    _clear_lexicon_caches()
    subject_rules._name_ends.cache_clear()
    subject_rules._countries_listed.cache_clear()
    try:
        assert subject() == "马里"
    finally:
        subject_rules._name_ends.cache_clear()
        subject_rules._countries_listed.cache_clear()


def test_every_company_is_named_whole() -> None:
    # (a name opening with a place, 贵州茅台, is the company's; the rest of the sentence is no name)
    for company in lexicon.companies():
        facts = extract_text(f"上半年，{company}营业收入同比增长12%，经营情况保持稳定。").facts
        assert [f.subject for f in facts] == [company], company


def test_every_listed_company_is_named_whole_after_a_word_s_boundary() -> None:
    listed = [r for r in lexicon.rows("listed_companies.tsv")]
    assert all(code.isdigit() and len(code) == 6 for _, code in listed)
    assert not {name for name, _ in listed} & set(lexicon.companies())  # (one file per name)
    for name in sorted(lexicon.listed_companies()):
        facts = extract_text(f"上半年，{name}营业收入同比增长12%，经营情况保持稳定。").facts
        assert [f.subject for f in facts] == [name], name


def test_every_object_verb_hands_over_to_its_object() -> None:
    verbs = [w for w, role in lexicon.object_verbs().items() if role == "verb"]
    adverbs = [w for w, role in lexicon.object_verbs().items() if role == "adverb"]
    for verb in verbs:
        facts = extract_text(f"去年，全市{verb}3000亿元中期借贷便利操作，效果明显。").facts
        assert [f.indicator for f in facts] == ["中期借贷便利操作"], verb
    for adverb in adverbs:
        facts = extract_text(f"去年，全市{adverb}发行200亿元永续债，效果明显。").facts
        assert [f.indicator for f in facts] == ["永续债"], adverb


def test_every_plan_word_makes_a_share_of_the_measure_before() -> None:
    for plan in lexicon.plan_words():
        facts = extract_text(f"全市税收收入215.1亿元，完成{plan}的100.3%，可比增长6.9%。").facts
        assert [f.indicator for f in facts] == ["税收收入", f"税收收入完成{plan}", "税收收入"], plan


def test_every_list_word_bounds_a_listed_item() -> None:
    for word in lexicon.list_words("opening"):
        facts = extract_text(f"{word}电子元件、智能家电，总体较快增长，同比分别增长12%和8%。").facts
        assert [f.indicator for f in facts] == ["电子元件", "智能家电"], word
    for word in lexicon.list_words("predicate"):
        facts = extract_text(f"电子元件、智能家电{word}较快，同比分别增长12%和8%。").facts
        assert [f.indicator for f in facts] == ["电子元件", "智能家电"], word


def test_every_word_said_of_listed_places_is_left_out_of_their_measure() -> None:
    # list_words.tsv: what a clause says of the places it lists (较大, 紧随其后) and the place word of
    # their count (两市, 三个省份) stand between the places and the measure 分别 follows
    for word in lexicon.list_words("said_of"):
        facts = extract_text(f"其中，遵义、安顺增幅{word}，分别达12.5%和11.2%。").facts
        assert [(f.indicator, f.subject) for f in facts] == [("增幅", "遵义"), ("增幅", "安顺")], word
    for word in lexicon.list_words("place_count"):
        facts = extract_text(f"其中，遵义、安顺两{word}增幅较大，分别达12.5%和11.2%。").facts
        assert [f.indicator for f in facts] == ["增幅", "增幅"], word
    # (control: a word the file does not hold stays in the measure)
    facts = extract_text("其中，遵义、安顺增幅稍慢，分别达12.5%和11.2%。").facts
    assert [f.indicator for f in facts] == ["增幅稍慢", "增幅稍慢"]


_SEVERAL_COMPANIES = ("汽车经销商半年报：和谐汽车净利下滑\n和谐汽车上半年净亏损9.14亿元，同比下降334%。\n"
                      "正通汽车上半年营收下降12%。{}公司上半年净利同比增长超100%，经营现金流改善。")


def _subject_of_last(text: str) -> str | None:
    return extract_text(text).facts[-1].subject


def _title_city(title: str) -> str | None:
    return subject_rules._title_city(title, 0, len(title))


def _subject_of_zone_s_company(zone: str) -> str | None:
    """Whose a figure of 公司 is in a text about a zone (or a body) that names a company before it."""
    text = (f"{zone}投资120亿开展20个重点项目\n三是新兴产业项目多。苏州柯尔医疗器械有限公司是一家生产医疗器械的企业。"
            "为满足市场需要，公司计划一期投资6600万元。")
    return next(f.subject for f in extract_text(text).facts if f.text == "6600万元")


def test_every_subject_word_of_a_name_s_end_plays_its_role() -> None:
    # (subject_words.tsv: what after a name makes it another's, ends a body's name, introduces a short form,
    # ends a zone's name; each with a control, a word the file does not hold for the role)
    words = lexicon.subject_words
    for role in ("sector_after", "name_tail", "short_form", "zone_end"):
        assert words(role), role
    for w in (*words("sector_after"), "营收"):  # 贵州茅台 + 行业: the province's trade, no company
        assert ("贵州茅台" in _names(f"去年贵州茅台{w}增长12%")) == (w == "营收"), w
    for w in (*words("name_tail"), "今年"):  # 深圳 + …交易所: a body's name, no city
        assert _title_city(f"深圳{w}上半年营收增长3%") == (None if w != "今年" else "深圳"), w
    for w in (*words("short_form"), "简写"):  # …有限公司（以下简称“华信电气”）
        aliases = company_aliases(f"据报道，华信电气股份有限公司（{w}“华信电气”）发布2023年年报。")
        assert aliases == ((("华信电气股份有限公司", "华信电气"),) if w != "简写" else ()), w
    zones = {"区": "苏州高新区", "园": "苏州智能制造产业园"}  # (a zone's name for each end)
    assert set(words("zone_end")) <= set(zones)
    for w in words("zone_end"):
        assert _subject_of_zone_s_company(zones[w]) == "苏州柯尔医疗器械有限公司", w
    assert _subject_of_zone_s_company("苏州高新集团") == "苏州高新集团"  # (the control: a body, no zone)


def test_every_demonstrative_points_at_the_company_named_last() -> None:
    # subject_words.tsv, demonstrative: 该公司 is the company just named, not the document's
    for word in lexicon.subject_words("demonstrative"):
        assert _subject_of_last(_SEVERAL_COMPANIES.format(word)) == "正通汽车", word
    assert _subject_of_last(_SEVERAL_COMPANIES.format("")) != "正通汽车"  # (control: 公司 alone)


def test_a_demonstrative_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _SEVERAL_COMPANIES.format("此")
    assert _subject_of_last(text) != "正通汽车"
    _add_line(scratch_lexicon, "subject_words.tsv", "此\tdemonstrative")
    monkeypatch.setattr(subject_rules, "_DEMONSTRATIVES", tuple(lexicon.subject_words("demonstrative")))
    assert _subject_of_last(text) == "正通汽车"


def test_a_grade_word_added_as_data_makes_a_kind(scratch_lexicon: Path) -> None:
    # subject_words.tsv, grade: 示范 before 级 inside a name makes it a kind of body
    assert _names("示范级智能工厂产值增长12%") == ["示范级智能工厂"]
    _add_line(scratch_lexicon, "subject_words.tsv", "示范\tgrade")
    subject_rules._graded.cache_clear()
    assert _names("示范级智能工厂产值增长12%") == []


def test_a_kind_word_added_as_data_makes_a_kind(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv, kind_word: 骨干 inside a name makes it a kind of body
    assert _names("去年，骨干煤矿产量增长12%") == ["骨干煤矿"]
    _add_line(scratch_lexicon, "subject_words.tsv", "骨干\tkind_word")
    monkeypatch.setattr(subject_rules, "_KIND_WORD", re.compile(alternation(lexicon.subject_words("kind_word"))))
    assert _names("去年，骨干煤矿产量增长12%") == []


def test_an_excluding_word_added_as_data_leaves_a_name_out(scratch_lexicon: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv, excluding: 剔除 before a name leaves it out of the figures
    assert _names("全省（剔除深圳）共办理1984辆") == ["深圳"]
    _add_line(scratch_lexicon, "subject_words.tsv", "剔除\texcluding")
    monkeypatch.setattr(subject_rules, "_EXCLUDING", tuple(lexicon.subject_words("excluding")))
    assert _names("全省（剔除深圳）共办理1984辆") == []


def _joined(joint: str) -> tuple[object, ...]:
    """What the rules reading a list's joints make of one (list_words.tsv, joint): a list of measures, of
    places, the noun before a count, and whose a figure of a body some bodies fund is."""
    funded = extract_text(f"鄂州花湖机场由顺丰集团、湖北省{joint}鄂州市共同出资建设，总投资320亿元。").facts
    return (split_list(f"工业机器人、新能源汽车{joint}服务器产量", 3),
            subject_rules.split_places(f"湖北、安徽{joint}上海", 3),
            indicator._right_noun(f"项目{joint}3个平台"), [f.subject for f in funded])


_JOINED = (["工业机器人产量", "新能源汽车产量", "服务器产量"], ["湖北", "安徽", "上海"], "项目", ["鄂州花湖机场"])


def test_every_joint_joins_a_list_s_last_items() -> None:
    joints = lexicon.list_words("joint")
    assert joints
    for joint in joints:
        if len(joint) == 1:
            assert _joined(joint) == _JOINED, joint
        else:  # (the rule of who funds looks at one character before a name: 以及 is no joint of it, a known gap)
            assert _joined(joint)[:3] == _JOINED[:3], joint
    assert _joined("同") == (None, None, "项目同", ["鄂州市"])  # (the control: no joint)


def test_a_joint_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # list_words.tsv, joint: 同 (湖北、安徽同上海) joins a list's last two items
    assert _joined("同") != _JOINED
    _add_line(scratch_lexicon, "list_words.tsv", "同\tjoint")
    monkeypatch.setattr(indicator, "_JOINTS", lexicon.list_words("joint"))
    monkeypatch.setattr(indicator, "_LIST_NEXT", indicator._list_next_pattern())
    monkeypatch.setattr(subject_rules, "_LAST_JOINED", subject_rules._last_joined_pattern())
    monkeypatch.setattr(subject_rules, "_LIST_JOINS", frozenset(("、", *lexicon.list_words("joint"))))
    assert _joined("同") == _JOINED


def test_a_word_said_of_listed_places_added_as_data_is_read(scratch_lexicon: Path) -> None:
    text = "其中，遵义、安顺增幅稍慢，分别达12.5%和11.2%。"
    assert [f.indicator for f in extract_text(text).facts] == ["增幅稍慢", "增幅稍慢"]
    _add_line(scratch_lexicon, "list_words.tsv", "稍慢\tsaid_of")
    lists_rules.places_rest.cache_clear()
    assert [f.indicator for f in extract_text(text).facts] == ["增幅", "增幅"]


def _names(text: str) -> list[str]:
    return [e.name for e in entities(text, 0, len(text))]


def test_every_subject_word_plays_its_role() -> None:
    words = lexicon.subject_words
    for w in words("grade"):
        assert _names(f"{w}级智能工厂产值增长12%") == [], w  # (a grade names a kind of body)
    assert _names("海尔智能工厂产值增长12%") == ["海尔智能工厂"]  # (control: a body's own name)
    for w in words("kind_word"):
        assert _names(f"去年，{w}煤矿产量增长12%") == [], w  # (a kind of body, not one)
        assert _names(f"去年，{w}小镇游客增长12%") == [], w  # (a kind of place)
    assert _names("去年，大柳塔煤矿产量增长12%") == ["大柳塔煤矿"]  # (controls: a mine's and a town's own name)
    assert _names("去年，大柳塔小镇游客增长12%") == ["大柳塔小镇"]
    for w in words("excluding"):
        assert _names(f"全省（{w}深圳）共办理1984辆") == [], w  # (a name the figures leave out)
        assert _names(f"快递业务量（{w}邮政集团包裹业务）") == [], w
    assert _names("全省（含深圳）共办理1984辆") == ["深圳"]  # (control: a name the figures take in)
    for w in words("newspaper"):
        assert _names(f"据上海{w}报道") == [], w  # 上海 + 证券报: no place
    for w in words("commentator"):
        assert "民生银行" not in _names(f"民生银行{w}温彬表示"), w
    for w in words("head_title"):
        assert "南方医药经济研究所" not in _names(f"南方医药经济研究所{w}林建宁指出"), w
    for w in words("said"):
        assert "南方医药经济研究所" not in _names(f"南方医药经济研究所所长林建宁{w}"), w
    for w in words("trade"):
        assert _names(f"组建{w}集团3家") == [], w
    for w in words("financial_trade"):
        assert _names(f"上市{w}公司") == [], w
    for w in words("source_noun"):
        assert cited(f"携程{w}显示", 2), w
    for w in words("source_verb"):
        assert cited(f"携程{w}", 2), w
    for w in words("located_in"):
        text = f"红石镇\n红石镇{w}柳河县东部，幅员面积210平方公里。"
        assert extract_text(text).facts[0].subject == "红石镇", w  # (where it lies is no subject)
    for w in words("own_forecast"):
        assert extract_text(f"泛海控股{w}亏损90亿元。").facts[0].subject == "泛海控股", w  # (its own figure)
        assert extract_text(f"中金公司{w}，今年GDP增长5%。").facts[0].subject is None, w  # (control: a source)
    for w in words("cites_next"):
        text = f"{w}中指研究院计算，商品房销售额下降46.6%。"
        assert "中指研究院" in _names(text), w  # (a name, but not the figure's subject)
        assert extract_text(text).facts[0].subject is None, w
    for w in words("makes_object"):
        assert an_object(f"去年{w}海南医科大学", 2 + len(w)), w
    for w in words("object_less_after"):
        text = f"成立{w}1994年的东莞宏达玩具有限公司投资总额104万美元。"
        assert not an_object(text, text.index("东莞")), w  # (when it was made: no object)
        assert extract_text(text).facts[0].subject == "东莞宏达玩具有限公司", w
    for w in words("topic_adverb"):
        text = f"比亚迪{w}上半年实现营业收入100亿元"
        found = topic_name(text, 0, len(text))
        assert found is not None and found.name == "比亚迪", w
    assert topic_name("华为上半年实现营业收入", 0, 10) is not None  # (the control: a company's name)
    for w in words("agency"):
        # (a dateline's city is where the story was filed, not a place its sentence names)
        [fact] = extract_text(f"{w}杭州3月5日电 企业利润增长6%。").facts
        assert "subject.sentence_place" not in fact.rule, w
    [fact] = extract_text("杭州3月5日 企业利润增长6%。").facts  # (the control: no agency, the city is named)
    assert "subject.sentence_place" in fact.rule
    for w in words("no_company"):
        text = f"华{w}上半年实现营业收入100亿元"
        assert topic_name(text, 0, len(text)) is None, w
    for w in words("no_name"):
        assert _after_last_verb(f"华为{w}华为") == 2 + len(w), w  # (what stands before it is no part of a name)
    for w in words("route"):
        facts = extract_text(f"清明机票\n4月5日当天广州{w}贵阳最低机票为174元，多数航线的票价都在一折到三折。").facts
        assert [f.subject for f in facts] == [None], w
    for w in words("not_etc"):
        assert subject_rules._COUNT_AFTER_ETC.match(f"等{w}") is None, w  # (等于, 等级: a word, no list's end)
    assert subject_rules._COUNT_AFTER_ETC.match("等企业") is not None  # (the control: a kind of thing)
    for w in words("place_count"):
        facts = extract_text(f"山东新能源发展情况\n在济南、泰安、菏泽3个{w}累计推广乙醇汽油近600万吨。").facts
        assert [f.subject for f in facts if f.text == "近600万吨"] == ["山东"], w
    for w in words("before_name"):
        assert subject_rules._at_a_name_start(f"今年{w}五粮液", 3), w
    assert not subject_rules._at_a_name_start("今年乙五粮液", 3)  # (the control: inside a word)
    for w in words("analyst"):
        # (a body that studies others' figures, cited before 公司, speaks of the company it writes about)
        facts = extract_text(f"某某股份半年报点评\n中泰{w}认为，公司上半年新业务价值下降11.7%。").facts
        assert [f.subject for f in facts] != [f"中泰{w}"] and "subject.self_report" not in facts[0].rule, w
    [fact] = extract_text("某某股份半年报点评\n中泰集团认为，公司上半年新业务价值下降11.7%。").facts
    assert fact.subject == "中泰集团" and "subject.self_report" in fact.rule  # (the control: a company)
    for w in words("leading_prep"):
        assert subject_rules._clean_org(f"{w}贵州能矿锰业集团") == "贵州能矿锰业集团", w
    for w in words("compared_with"):
        text = f"全市工业增速{w}全国"  # (the last scope word not compared with: 全市)
        found = subject_rules._last_scope_word(text, 0, len(text))
        assert found is not None and found.group() == "全市", w
    found = subject_rules._last_scope_word("全市工业增速全国", 0, 8)  # (the control: 全国 is the last)
    assert found is not None and found.group() == "全国"
    for w in words("not_scope_after"):
        assert scope_pattern().match(f"全国{w}") is None, w
    assert scope_pattern().match("全国工业")  # (the control)
    for w in words("superlative"):
        facts = extract_text(f"2022年，全球{w}大煤炭企业产量增长1.2%。").facts
        assert {f.subject for f in facts} == {None}, w
    assert [f.subject for f in extract_text("2022年，全球煤炭企业产量增长1.2%。").facts] == ["全球"]
    company = "贵州茅台发布2024年年报\n贵州茅台表示，遵义市白酒产业发展良好。{}全年营业收入增长15%。"
    for w in words("back_reference"):
        # (the document's company, not the place the paragraph named: 遵义市 without the word)
        assert [f.subject for f in extract_text(company.format(w)).facts] == ["贵州茅台"], w
    assert [f.subject for f in extract_text(company.format("")).facts] == ["遵义市"]  # (the control)
    report = "贵州省2024年政府工作报告\n遵义市加快建设白酒产业基地。{}科技创新加快推进。新增专利300件。"
    for w in [*words("pronoun"), *words("back_reference"), *lexicon.scope_words()]:
        # a short sentence holding one is no run-in topic that keeps the name before it in its topic
        assert "subject.paragraph" in extract_text(report.format(w)).facts[0].rule, w
    assert "subject.paragraph" not in extract_text(report.format("")).facts[0].rule  # (the control: a topic)
    stem_text = ("猪价持续上涨\n国家统计局数据显示，上半年生猪价格上涨30%。\n"
                 "上半年，{}营业收入下降。\n报告认为，{}屠宰量下降，毛利率为14.5%。")
    for w in words("listed_form"):
        # a listed company's short name without the word (双汇发展 … 双汇) names it in its sentence
        name = next(n for n in sorted(lexicon.listed_companies()) if n.endswith(w) and len(n) - len(w) >= 2)
        fact = extract_text(stem_text.format(name, name[:-len(w)])).facts[-1]
        assert "subject.sentence_org" in fact.rule, (w, name)
    fact = extract_text(stem_text.format("双汇食品", "双汇")).facts[-1]  # (the control: no listed name)
    assert "subject.sentence_org" not in fact.rule
    for w in words("company_group"):
        # (names listed before 等3家 + the word are companies wherever the text names them again)
        text = f"其中西安旅游、上海新梅、京能置业等3家{w}业绩大增。西安旅游上半年净利润同比增长1102.39倍。"
        assert extract_text(text).facts[-1].subject == "西安旅游", w


def test_every_title_word_dates_or_names_what_the_title_reports_and_needs_its_line() -> None:
    title_period = period_rules.title_period
    reports = lexicon.title_words("report")
    assert reports and title_period("某市2024年国民经济") is None  # (the control)
    for w in reports:
        assert title_period(f"某市2024年国民经济{w}") == "2024", w
        assert not any(w != other and other in w for other in reports), w
    companies = lexicon.title_words("company_report")
    assert companies and subject_rules._title_company("海天味业扩产", 0, 6) is None  # (the control)
    for w in companies:
        title = f"海天味业{w}"
        assert subject_rules._title_company(title, 0, len(title)) == "海天味业", w
        assert not any(w != other and w.startswith(other) for other in companies), w


def test_every_generic_name_is_generic_and_needs_its_line() -> None:
    starts, wholes, ends = (lexicon.generic_names(p) for p in ("start", "whole", "end"))
    for w in starts:
        assert _is_generic(f"{w}北京"), w
        assert not any(w != s and w.startswith(s) for s in starts), w
    for w in wholes:
        assert _is_generic(w), w
        assert not w.startswith(starts) and not w.endswith(ends), w  # (a start or an end word says it)
    for w in ends:
        assert _is_generic(f"北京{w}"), w
        assert not any(w != e and w.endswith(e) for e in ends), w


def test_every_filler_word_names_no_measure() -> None:
    # (the measure just named goes on: 营业收入 for the second number)
    for word in lexicon.filler_words():
        facts = extract_text(f"公司营业收入120亿元，{word}增长12%。").facts
        assert [f.indicator for f in facts] == ["营业收入", "营业收入"], word
        # …nor after the number (广东以31174亿元居首: where it stands)
        facts = extract_text(f"全省地区生产总值增长5%，广东以31174亿元{word}。").facts
        assert [f.indicator for f in facts] == ["地区生产总值", "地区生产总值"], word


def test_every_one_character_name_is_a_measure_of_its_own() -> None:
    # (an item of a breakdown named by one character keeps it: 其中，葡萄…，杏8.45万亩; any other
    # character alone names no measure, and the measure just named goes on)
    assert lexicon.one_character_names()
    for word in lexicon.one_character_names():
        assert len(word) == 1, word
        facts = extract_text(f"全年林果产量180万吨。其中，葡萄70万吨，{word}8万吨。").facts
        assert [f.indicator for f in facts] == ["林果产量", "葡萄", word], word
    facts = extract_text("全年林果产量180万吨。其中，葡萄70万吨，为8万吨。").facts
    assert [f.indicator for f in facts][-1] == "葡萄"


def test_every_whole_word_survives_the_cleaning() -> None:
    for word in lexicon.whole_words():
        assert clean_phrase(f"{word}指标", []).startswith(word), word


def test_every_phrase_end_is_stripped_where_it_stands() -> None:
    # (what a word needs after it goes with it; right after a character of its `not_after`, the
    # word is no phrase end)
    strip = indicator._strip_ends
    for side in ("leading", "trailing"):
        for end in lexicon.phrase_ends(side):
            word = end.word + end.only_before[:1]
            text = f"{word}粮食产量" if side == "leading" else f"粮食产量{word}"
            assert strip(text) == "粮食产量", (side, end)
            if end.only_before:
                alone = f"{end.word}粮食产量" if side == "leading" else f"粮食产量{end.word}"
                assert strip(alone) == alone, (side, end)
            for before in end.not_after if side == "trailing" else "":
                kept = f"粮食产量{before}{end.word[0]}"  # (what follows it may be another word: 签约 + 为)
                assert strip(f"粮食产量{before}{word}").startswith(kept), (side, end, before)


def test_every_split_word_cuts_the_phrase_after_it() -> None:
    # (phrase_ends.tsv, split: what follows the last one is what is measured; right after a character
    # of its `not_after`, the word cuts nothing: 占全省…)
    assert lexicon.phrase_ends("split")
    for end in lexicon.phrase_ends("split"):
        assert indicator._from_last_split(f"工业企业{end.word}营业收入指标") == "营业收入指标", end
        for before in end.not_after:
            text = f"工业企业{before}{end.word}营业收入指标"
            assert indicator._from_last_split(text) == text, (end, before)


def test_phrase_end_words_are_tried_longest_first() -> None:
    # (else a word would be shadowed by a shorter one before it: 如 before 如今)
    for side in ("leading", "trailing", "split"):
        lengths = [len(e.word) + bool(e.only_before) for e in lexicon.phrase_ends(side)]
        assert lengths == sorted(lengths, reverse=True), side


def _indicator_rule(fact: Fact) -> str:
    return next(r for r in fact.rule.split() if r.startswith("indicator."))


def test_every_measure_phrase_word_plays_its_role() -> None:
    words = lexicon.measure_phrase_words
    for w in words("no_noun"):  # (quoted: a stop character in it, 等 or 在, does not end the noun first)
        assert indicator._noun_after(f"“{w}”，") == "", w
    assert indicator._noun_after("“企业”，") == "企业"  # (the control)
    for w, not_before in words("noun_end").items():
        assert indicator._right_noun(f"“企业{w}开工”") == "企业", w
        for after in not_before:
            assert indicator._right_noun(f"“企业{w}{after}开工”") == f"企业{w}{after}开工", (w, after)
    for w in words("topic_only"):
        assert clean_phrase(w, []) == "", w
    for w in words("basis"):
        [fact] = extract_text(f"全市工业增加值{w}同比增长8%。").facts
        assert fact.indicator == "工业增加值", w
    for w in words("comparison"):  # (every match of the pattern holds 比 or 较: the rest is not looked for)
        assert "比" in w or "较" in w, w
        assert indicator._without_context(f"工业增加值{w}", []) == "工业增加值", w
    assert indicator._without_context("工业增加值较同期", []) == "工业增加值较同期"  # (the control)
    for w in words("measure_noun"):  # (not the noun after it: 投入 then reads that as its object)
        fact = extract_text(f"全市新开工{w}20亿元的项目3个。").facts[0]
        assert _indicator_rule(fact) != "indicator.following_noun", w
    fact = extract_text("全市新开工20亿元的项目3个。").facts[0]  # (the control)
    assert _indicator_rule(fact) == "indicator.following_noun"
    relative, total = words("relative_head"), words("total_head")
    for h in words("generic_head"):
        # a head alone after a measure ending with one takes its topic
        other = "产量" if h != "产量" else "产值"
        facts = extract_text(f"全市肉鸡养殖{h}5000万元，{other}3000万元。").facts
        # (the whole head comes off the measure before, however long: 销售额, 营业收入)
        assert [f.indicator for f in facts] == [f"肉鸡养殖{h}", f"肉鸡养殖{other}"], h
        if h not in relative and h not in total:  # (占比: a part of the measure just named first; 总量: all of it)
            facts = extract_text(f"全市肉鸡养殖{other}5000万元，{h}3000万元。").facts
            assert [f.indicator for f in facts] == [f"肉鸡养殖{other}", f"肉鸡养殖{h}"], h
    for h in relative:
        facts = extract_text(f"全市工业增加值1000亿元，{h}居全国第三位。").facts
        assert [(f.indicator, _indicator_rule(f)) for f in facts][1] \
            == (f"工业增加值{h}", "indicator.head_of_previous"), h
    for w in words("threshold_verb"):
        # a threshold the measure before it passes, not a figure of the noun after
        facts = extract_text(f"全市工业增加值{w}1000亿元的企业有5家。").facts
        assert facts[0].indicator == "工业增加值", w
    assert extract_text("全市工业增加值1000亿元的企业有5家。").facts[0].indicator != "工业增加值"  # (the control)
    for h in total:
        facts = extract_text(f"全市工业增加值增长8%，{h}达到1000亿元。").facts
        assert [(f.indicator, _indicator_rule(f)) for f in facts][1] \
            == ("工业增加值", "indicator.total_of_previous"), h
    facts = extract_text("全市工业增加值增长8%，达到1000亿元。").facts  # (the control)
    assert _indicator_rule(facts[1]) != "indicator.total_of_previous"
    for w in words("derived_average"):
        facts = extract_text(f"全市工业增加值增长8%，两年{w}增长5.2%。").facts
        assert [(f.indicator, _indicator_rule(f)) for f in facts][1] == ("工业增加值", "indicator.derived_rate"), w
    for w in words("derived_change"):
        facts = extract_text(f"全市工业增加值增长8%，两年平均{w}5.2%。").facts
        assert [(f.indicator, _indicator_rule(f)) for f in facts][1] == ("工业增加值", "indicator.derived_rate"), w
    for w in words("owner_kind"):
        assert indicator.without_listed_owners(f"交通运输、有色金属{w}的单季净利润") == "单季净利润", w
    for w in words("class_noun"):  # a count of them with what they do after it
        assert _last_indicator(f"今年有22个{w}实现增速回升。") == (f"{w}实现增速回升", "indicator.counted_doing"), w
    assert _last_indicator("今年有22个区县实现增速回升。")[1] == "indicator.counted_thing"  # (the control)
    assert indicator.without_listed_owners("交通运输、有色金属的单季净利润") is None  # (the control)


def _first_value_move(verb: str) -> list[str | None]:
    return [f.period for f in extract_text(f"2024年，全市存款占比由一季度末的6.95%{verb}至7.69%。").facts]


def _unitless_move(verb: str) -> list[str]:
    text = f"全省城乡居民收入倍差系数由“十三五”末期的2.51{verb}至2.36。"
    return [f.rule.split()[0] for f in extract_text(text).facts]


def test_every_move_verb_moves_a_value() -> None:
    # first_value: the time before the first value is not the second's (its period is the text's year)
    assert lexicon.move_verbs("first_value")
    for verb in lexicon.move_verbs("first_value"):
        assert _first_value_move(verb) == ["2024-03", "2024"], verb
    assert _first_value_move("变动") == ["2024-03", "2024-03"]  # (the control: no move verb)
    # unitless_end: the number after is the move's end, unitless as the first
    assert lexicon.move_verbs("unitless_end")
    for verb in lexicon.move_verbs("unitless_end"):
        if verb in lexicon.units():
            continue  # (升 right after a number is read as its unit, litres: a known gap)
        assert _unitless_move(verb) == ["quantity.implied_unit", "quantity.unit.of_pair"], verb
    assert _unitless_move("变动") == ["quantity.implied_unit"]  # (the control: no move verb, no number)


@pytest.mark.parametrize(
    ("line", "read", "before", "after"),
    [("变动\tfirst_value", lambda: _first_value_move("变动"), ["2024-03", "2024-03"], ["2024-03", "2024"]),
     ("变动\tunitless_end", lambda: _unitless_move("变动"), ["quantity.implied_unit"],
      ["quantity.implied_unit", "quantity.unit.of_pair"])],
    ids=["first_value", "unitless_end"],
)
def test_a_move_verb_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch, line: str,
                                           read: Callable[[], list[str]], before: list[str], after: list[str]) -> None:
    # move_verbs.tsv: 变动 (as 变为) moves a value to another
    assert read() == before
    _add_line(scratch_lexicon, "move_verbs.tsv", line)
    monkeypatch.setattr(period_rules, "_MOVE_TO", period_rules._move_to_pattern())
    monkeypatch.setattr(quantities, "_MOVED_TO", quantities._moved_to_pattern())
    assert read() == after


def _two_states(verb: str) -> list[str | None]:
    # (a stretch of years the sentence opens with, and a year it compares with: the times of the move's two values)
    texts = (f"发布时间：2022-03-01\n2012年至2021年，全国快递业务量从57亿件{verb}至1083亿件。",
             f"发布时间：2011-05-01\n与2010年相比，全市人口由8,017人{verb}为12,764人。")
    return [f.period for text in texts for f in extract_text(text).facts]


# move_verbs.tsv, from and to: the words opening a move's first value and its end (从57亿件增长至1083亿件 after
# 2012年至2021年: the first value is of 2012, the end of 2021)
_MOVE_TEXT = "2012年至2021年，全国快递业务量{}57亿件增长{}1083亿件。"


def test_every_move_from_and_to_word_opens_a_move_s_value() -> None:
    assert lexicon.move_verbs("from") and lexicon.move_verbs("to")
    for first in lexicon.move_verbs("from"):
        for to in lexicon.move_verbs("to"):
            got = [f.period for f in extract_text(_MOVE_TEXT.format(first, to)).facts]
            assert got == ["2012", "2021"], (first, to)
    # (the control: no word of a move, the figures are of the whole stretch)
    assert [f.period for f in extract_text(_MOVE_TEXT.format("自", "达")).facts] == ["2012/2021", "2012/2021"]


def test_move_from_and_to_words_added_as_data_are_read(scratch_lexicon: Path) -> None:
    # (the rules build their patterns when their modules load: a fresh interpreter reads the copy)
    _add_line(scratch_lexicon, "move_verbs.tsv", "自\tfrom")
    _add_line(scratch_lexicon, "move_verbs.tsv", "达\tto")
    code = ("import sys; from pathlib import Path; import extract.lexicon as lexicon; "
            "lexicon.LEXICON_DIR = Path(sys.argv[1]); from extract.pipeline import extract_text; "
            "print(' '.join(str(f.period) for f in extract_text(sys.argv[2]).facts))")
    done = subprocess.run([sys.executable, "-c", code, str(scratch_lexicon), _MOVE_TEXT.format("自", "达")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2012", "2021"]


def test_every_two_states_verb_gives_the_values_of_a_move_their_times() -> None:
    # move_verbs.tsv, two_states: 从57亿件增长至1083亿件 after 2012年至2021年 (2012, then 2021); 由8,017人上升为 after
    # 与2010年相比 (2010)
    assert lexicon.move_verbs("two_states")
    for verb in lexicon.move_verbs("two_states"):
        assert _two_states(verb) == ["2012", "2021", "2010", None], verb
    assert _two_states("变动") == ["2012/2021", "2012/2021", None, None]  # (the control)


def test_a_two_states_verb_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # move_verbs.tsv, two_states: 回落 (从…回落至, as 下降)
    assert _two_states("回落") == ["2012/2021", "2012/2021", None, None]
    _add_line(scratch_lexicon, "move_verbs.tsv", "回落\ttwo_states")
    monkeypatch.setattr(period_rules, "_SPAN_COMPARISON", period_rules._span_comparison_pattern())
    monkeypatch.setattr(period_rules, "_TO_AFTER", period_rules._to_after_pattern())
    assert _two_states("回落") == ["2012", "2021", "2010", None]


_PERIOD_CUE_TEXT = {
    # (a time in a record is not the period of a figure after it in the sentence: 9% is of 2024年5月)
    "record_since": "2024年5月，全市工业增速达到8.1%，为2019年以来{}，其中制造业增长9%。",
    "record_top": "2024年5月，全市工业增速达到8.1%，创2019年{}，其中制造业增长9%。",
    "record_new": "2024年5月，全市工业增速达到8.1%，为2019年{}，其中制造业增长9%。",
    # (a market's move in a morning digest is of the session before its date)
    "market_move": "财经早报2025年6月11日星期三\n06-11 06:30\n1、北向资金{}56亿元。",
    # (a stretch from a year up to the text's time: the years from it to the document's)
    "since": "发布时间：2011-05-20\n铁道部债务\n自2008年{}，铁道部已经发行债务融资工具共计5550亿元。",
}
_PERIOD_CUE_READ = {"record_since": ["2024-05", "2024-05"], "record_top": ["2024-05", "2024-05"],
                    "record_new": ["2024-05", "2024-05"], "market_move": ["2025-06-10"], "since": ["2008/2011"]}
_NO_CUE_READ = {"record_since": ["2024-05", "2019/2024"], "record_top": ["2024-05", "2019"],
                "record_new": ["2024-05", "2019"], "market_move": [None], "since": [None]}


def _periods(role: str, word: str) -> list[str | None]:
    return [f.period for f in extract_text(_PERIOD_CUE_TEXT[role].format(word)).facts]


def test_every_period_cue_plays_its_role() -> None:
    for role in _PERIOD_CUE_TEXT:
        assert lexicon.period_cues(role), role
        for word in lexicon.period_cues(role):
            assert _periods(role, word) == _PERIOD_CUE_READ[role], (role, word)
        control = {"market_move": "流入", "since": "迄今"}.get(role, "次高")
        assert _periods(role, control) == _NO_CUE_READ[role], role  # (the control)


@pytest.mark.parametrize(("role", "word"), [("record_since", "次高"), ("record_top", "次高"), ("record_new", "次高"),
                                            ("market_move", "流入"), ("since", "迄今")],
                         ids=["record_since", "record_top", "record_new", "market_move", "since"])
def test_a_period_cue_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch, role: str,
                                            word: str) -> None:
    # period_cues.tsv: 次高 (the second highest) is a record; 流入 (money flowing in) a market's move; 迄今 (up to
    # now) runs a stretch
    assert _periods(role, word) == _NO_CUE_READ[role]
    _add_line(scratch_lexicon, "period_cues.tsv", f"{word}\t{role}")
    record_in, record_top, record_since = period_rules._record_patterns()
    monkeypatch.setattr(period_rules, "_RECORD_IN", record_in)
    monkeypatch.setattr(period_rules, "_RECORD_TOP", record_top)
    monkeypatch.setattr(period_rules, "_RECORD_SINCE", record_since)
    monkeypatch.setattr(period_rules, "_MARKET_MOVE", period_rules._market_move_pattern())
    monkeypatch.setattr(period_rules, "_SINCE", period_rules._since_pattern())
    assert _periods(role, word) == _PERIOD_CUE_READ[role]


# subject_words.tsv: a word of trade makes a place a market traded with, not the figure's subject: right
# before it (partner_before: 出口香港), or after 对 and it (trade_with: 对香港出口)
_PARTNER_TEXT = {"partner_before": "{}香港0.91亿元", "trade_with": "对香港{}0.91亿元"}
_PARTNER_CONTROL = {"partner_before": "", "trade_with": "发放"}  # (no word of trade: the place is the figure's)
_PARTNER_ADDED = {"partner_before": "运往", "trade_with": "投资"}  # (shipped to; investment in)
_PARTNER_PATTERN = {"partner_before": "_partner_before", "trade_with": "_trade_with"}


def _partner_subject(role: str, word: str) -> str | None:
    text = (f"娄底市2025年国民经济和社会发展统计公报\n全市进出口总额100亿元。{_PARTNER_TEXT[role].format(word)}，"
            "下降1.5%。")
    return next(f.subject for f in extract_text(text).facts if f.text == "0.91亿元")


@pytest.mark.parametrize("role", list(_PARTNER_TEXT))
def test_every_partner_word_makes_the_place_a_partner(role: str) -> None:
    assert lexicon.subject_words(role)
    for word in lexicon.subject_words(role):
        assert _partner_subject(role, word) == "娄底市", word
    assert _partner_subject(role, _PARTNER_CONTROL[role]) == "香港"


@pytest.mark.parametrize("role", list(_PARTNER_TEXT))
def test_a_partner_word_added_as_data_is_read(scratch_lexicon: Path, role: str) -> None:
    word, pattern = _PARTNER_ADDED[role], getattr(subject_rules, _PARTNER_PATTERN[role])
    assert _partner_subject(role, word) == "香港"
    _add_line(scratch_lexicon, "subject_words.tsv", f"{word}\t{role}")
    _clear_lexicon_caches()
    pattern.cache_clear()
    try:
        assert _partner_subject(role, word) == "娄底市"
    finally:
        pattern.cache_clear()


def test_every_name_break_ends_a_name_s_run() -> None:
    # subject_words.tsv, name_break (由, 在): no organisation's name runs across one (中联港 + 由 + 航集团)
    assert lexicon.subject_words("name_break")
    for ch in lexicon.subject_words("name_break"):
        assert not subject_rules._extends_a_name(f"{ch}航集团"), ch
    assert subject_rules._extends_a_name("航集团")  # (the control: the name goes on)


def test_a_name_break_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv: 给 (to) breaks a name's run too
    assert subject_rules._extends_a_name("给航集团")
    _add_line(scratch_lexicon, "subject_words.tsv", "给\tname_break")
    _clear_lexicon_caches()
    monkeypatch.setattr(subject_rules, "_NAME_BREAK", subject_rules._name_break_pattern())
    assert not subject_rules._extends_a_name("给航集团")


def test_every_place_word_next_makes_the_place_another_word() -> None:
    # subject_words.tsv, place_word_next (场, 民): 秦皇岛市场 holds no 秦皇岛市
    assert lexicon.subject_words("place_word_next")
    for ch in lexicon.subject_words("place_word_next"):
        assert not subject_rules._written_whole(f"秦皇岛市{ch}", "秦皇岛市"), ch
    assert subject_rules._written_whole("秦皇岛市。", "秦皇岛市")  # (the control: the place written whole)


def test_a_place_word_next_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv: 容 (市容, a city's look) makes the place another word too
    assert subject_rules._written_whole("秦皇岛市容", "秦皇岛市")
    _add_line(scratch_lexicon, "subject_words.tsv", "容\tplace_word_next")
    _clear_lexicon_caches()
    monkeypatch.setattr(subject_rules, "_PLACE_WORD_NEXT", frozenset(lexicon.subject_words("place_word_next")))
    assert not subject_rules._written_whole("秦皇岛市容", "秦皇岛市")


_FLOW_TEXT = "某市2025年国民经济和社会发展统计公报\n年末共有公共图书馆9个。{}文化惠民活动3014场。"


def _flow_periods(verb: str) -> list[str | None]:
    return [f.period for f in extract_text(_FLOW_TEXT.format(verb)).facts if f.text == "3014场"]


def test_every_flow_verb_makes_the_figure_the_year_s() -> None:
    # period_cues.tsv, flow_verb (开展, 建成): under a 年末 carried from the sentence before, what was done is the year
    assert lexicon.period_cues("flow_verb")
    for verb in lexicon.period_cues("flow_verb"):
        assert _flow_periods(verb) == ["2025"], verb
    assert _flow_periods("拥有") == ["2025-12"]  # (the control: a stock)


def test_a_flow_verb_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv: 组织 (organised) names what was done over the year too
    assert _flow_periods("组织") == ["2025-12"]
    _add_line(scratch_lexicon, "period_cues.tsv", "组织\tflow_verb")
    monkeypatch.setattr(period_rules, "_FLOW_VERB", period_rules._flow_verb_pattern())
    assert _flow_periods("组织") == ["2025"]


_REACHED_TEXT = "某省2026年政府工作报告\n过去五年，全省经济持续向好。工业增加值年均增长6%，{}1.27亿千瓦。"


def _reached_periods(verb: str) -> list[str | None]:
    return [f.period for f in extract_text(_REACHED_TEXT.format(verb)).facts if f.text.endswith("1.27亿千瓦")]


def test_every_reached_verb_makes_a_level_of_a_review_the_last_year_s() -> None:
    # period_cues.tsv, reached_verb (达到, 增至): under years an earlier sentence of the paragraph opens with, a
    # level reached is the level at their end
    assert lexicon.period_cues("reached_verb")
    for verb in lexicon.period_cues("reached_verb"):
        assert _reached_periods(f"电力总装机{verb}") == ["2025"], verb
    assert _reached_periods("电力总装机") == ["2021/2025"]  # (the control: no verb of reaching)
    assert _reached_periods("新增电力装机") == ["2021/2025"]  # (nor what was added over the years)


def test_a_reached_verb_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv: 增加到 (increased to) reaches a level too
    assert _reached_periods("电力总装机增加到") == ["2021/2025"]
    _add_line(scratch_lexicon, "period_cues.tsv", "增加到\treached_verb")
    monkeypatch.setattr(period_rules, "_REACHED_VERB", period_rules._reached_verb_pattern())
    assert _reached_periods("电力总装机增加到") == ["2025"]


_HOLIDAY_TEXT = "《新闻联播》 (20231007)\n假期消费市场\n中秋国庆假期，城乡市场人气旺盛。\n{}，全市接待游客120万人次。"
_HOLIDAY_DAYS = "2023-09-29/2023-10-06"


def _holiday_periods(opening: str) -> list[str | None]:
    return [f.period for f in extract_text(_HOLIDAY_TEXT.format(opening)).facts]


def test_every_holiday_back_word_is_the_holiday_named_before() -> None:
    # period_cues.tsv, holiday_back (假期里, …) and holiday_back_opener (今年假期): the holiday named before
    assert lexicon.period_cues("holiday_back") and lexicon.period_cues("holiday_back_opener")
    for word in lexicon.period_cues("holiday_back"):
        assert _holiday_periods(f"{word}里") == [_HOLIDAY_DAYS], word
    for opener in lexicon.period_cues("holiday_back_opener"):
        assert _holiday_periods(f"{opener}假期") == [_HOLIDAY_DAYS], opener
    assert _holiday_periods("寒假期间") == [None]  # (the control: another word)


@pytest.mark.parametrize(("line", "opening"),
                         [("节日\tholiday_back", "节日里"), ("这次\tholiday_back_opener", "这次假期")],
                         ids=["holiday_back", "holiday_back_opener"])
def test_a_holiday_back_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch, line: str,
                                                   opening: str) -> None:
    assert _holiday_periods(opening) == [None]
    _add_line(scratch_lexicon, "period_cues.tsv", line)
    monkeypatch.setattr(period_rules, "_HOLIDAY_BACK", period_rules._holiday_back_pattern())
    assert _holiday_periods(opening) == [_HOLIDAY_DAYS]


def _budget_indicators(text: str) -> list[str]:
    return [f.indicator for f in extract_text(text).facts]


def test_every_budget_account_and_item_is_read() -> None:
    # budget_stages.tsv, account and item: a bare item is the item of the account named last before it
    accounts, items = lexicon.budget_stages("account"), lexicon.budget_stages("item")
    assert accounts and items
    for account in accounts:
        assert _budget_indicators(f"{account}收入100亿元，收入总计200亿元。")[1] == f"{account}收入总计", account
    for item in items:
        assert _budget_indicators(f"一般公共预算收入100亿元，{item}200亿元。")[1] == f"一般公共预算{item}", item
    assert _budget_indicators("一般公共预算收入100亿元，增加值200亿元。")[1] == "增加值"  # (the control: no item)


@pytest.mark.parametrize(("line", "text", "expected"),
                         [("专项资金预算\taccount", "专项资金预算收入100亿元，收入总计200亿元。",
                           "专项资金预算收入总计"),
                          ("调入资金\titem", "一般公共预算收入100亿元，调入资金200亿元。", "一般公共预算调入资金")],
                         ids=["account", "item"])
def test_a_budget_account_or_item_added_as_data_is_read(scratch_lexicon: Path, line: str, text: str,
                                                        expected: str) -> None:
    assert _budget_indicators(text)[1] != expected
    _add_line(scratch_lexicon, "budget_stages.tsv", line)
    context_rules._budget_accounts.cache_clear()
    try:
        assert _budget_indicators(text)[1] == expected
    finally:
        context_rules._budget_accounts.cache_clear()


def _contract_month(word: str) -> list[str | None]:
    text = f"发布时间：2011-08-08\n8月5日，郑州棉花期货10月{word}结算价22124元/吨。"
    return [f.period for f in extract_text(text).facts]


def test_every_contract_word_makes_the_month_before_it_no_time() -> None:
    # period_cues.tsv, contract: 10月合约 is the contract traded, the figure the day's (the control: 10月份, a time)
    assert lexicon.period_cues("contract")
    for word in lexicon.period_cues("contract"):
        assert _contract_month(word) == ["2011-08-05"], word
    assert _contract_month("份") == ["2010-10"]


def _holiday_word_period(word: str) -> list[str | None]:
    return [f.period for f in extract_text(f"发布时间：2024-05-06\n五一{word}，全市接待游客120万人次。").facts]


def test_every_holiday_word_makes_a_name_a_holiday() -> None:
    # period_cues.tsv, holiday_word: 五一 (also an ordinary word) is the holiday with one after it (五一假期: its days)
    assert lexicon.period_cues("holiday_word")
    for word in lexicon.period_cues("holiday_word"):
        assert _holiday_word_period(word) == ["2024-05-01/2024-05-05"], word
    assert _holiday_word_period("路") == [None]  # (the control: 五一路)


def test_a_holiday_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, holiday_word: 节 (五一节, as 五一假期)
    assert _holiday_word_period("节") == [None]
    _add_line(scratch_lexicon, "period_cues.tsv", "节\tholiday_word")
    monkeypatch.setattr(period_rules, "_holiday_pattern", functools.cache(period_rules._holiday_pattern.__wrapped__))
    assert _holiday_word_period("节") == ["2024-05-01/2024-05-05"]


def _published_on(label: str) -> list[date | None]:
    # (a date line in digits, not ending its line, and one in Chinese numerals)
    return [period_rules.publication_date(f"某市经济运行\n{label}：{day}\n全市地区生产总值增长5%。", None)
            for day in ("2024-04-20 某市统计局", "二〇二四年四月二十日")]


def test_every_date_label_dates_the_text() -> None:
    # period_cues.tsv, date_label: 发布时间：2024-04-20 is the day the text was published
    assert lexicon.period_cues("date_label")
    for label in lexicon.period_cues("date_label"):
        assert _published_on(label) == [date(2024, 4, 20)] * 2, label
    assert _published_on("来源") == [None, None]  # (the control)


def test_a_date_label_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, date_label: 发布 (发布：2024-04-20, as 发布时间)
    assert _published_on("发布") == [None, None]
    _add_line(scratch_lexicon, "period_cues.tsv", "发布\tdate_label")
    monkeypatch.setattr(period_rules, "_PUBLISHED", period_rules._published_pattern())
    monkeypatch.setattr(period_rules, "_WRITTEN_DAY_LINE", period_rules._written_day_line_pattern())
    assert _published_on("发布") == [date(2024, 4, 20)] * 2


def _aimed_year(word: str) -> list[int | None]:
    # (a year written as a date, 2030年，, and a year named, 2030年全市)
    return [period_rules.document_year(f"全市经济\n{word}2030年{gap}全市地区生产总值达到5万亿元。", None)[0]
            for gap in ("，", "")]


def test_every_aimed_at_word_makes_the_year_after_it_not_the_document_s() -> None:
    # period_cues.tsv, aimed_at: 预计2030年 is a year foreseen, not the one the document is of
    assert lexicon.period_cues("aimed_at")
    for word in lexicon.period_cues("aimed_at"):
        assert _aimed_year(word) == [None, None], word
    assert _aimed_year("在") == [2030, 2030]  # (the control)


def test_an_aimed_at_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, aimed_at: 争取 (争取2030年, as 力争)
    assert _aimed_year("争取") == [2030, 2030]
    _add_line(scratch_lexicon, "period_cues.tsv", "争取\taimed_at")
    dated, named = period_rules._year_patterns()
    monkeypatch.setattr(period_rules, "_DATED_YEAR", dated)
    monkeypatch.setattr(period_rules, "_NAMED_YEAR", named)
    assert _aimed_year("争取") == [None, None]


def _day_published(word: str) -> list[str | None]:
    text = f"股市收盘\n发布时间：2024-03-05\n据统计，{word}全市二手房成交量为1200套。"
    return [f.period for f in extract_text(text).facts]


def _yesterday_said(word: str) -> list[str | None]:
    # (a later paragraph says which day 昨日 is)
    text = (f"猪肉价格\n发布时间：2011-09-26\n据监测，{word}全国出栏肉猪价格为19.22元/公斤。\n"
            f"{word}（9月22日）猪肉批发价格回落。")
    return [f.period for f in extract_text(text).facts]


def test_every_yesterday_and_today_word_is_a_day_of_publication() -> None:
    # period_cues.tsv, yesterday: the day before the text's, or the day it says (昨日（9月22日）); today: the text's
    assert lexicon.period_cues("yesterday") and lexicon.period_cues("today")
    for word in lexicon.period_cues("yesterday"):
        assert _day_published(word) == ["2024-03-04"], word
        assert _yesterday_said(word) == ["2011-09-22"], word
    for word in lexicon.period_cues("today"):
        assert _day_published(word) == ["2024-03-05"], word
    assert _day_published("前日") == _yesterday_said("前日") == [None]  # (the control)


@pytest.mark.parametrize(("line", "word", "period"), [("昨晚\tyesterday", "昨晚", "2024-03-04"),
                                                       ("今晨\ttoday", "今晨", "2024-03-05")],
                         ids=["yesterday", "today"])
def test_a_yesterday_or_today_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch,
                                                         line: str, word: str, period: str) -> None:
    # period_cues.tsv: 昨晚 (last night) as 昨日, 今晨 (this morning) as 今日
    assert _day_published(word) == [None]
    _add_line(scratch_lexicon, "period_cues.tsv", line)
    yesterday, yesterday_is = period_rules._yesterday_patterns()
    monkeypatch.setattr(period_rules, "_YESTERDAY", yesterday)
    monkeypatch.setattr(period_rules, "_YESTERDAY_IS", yesterday_is)
    monkeypatch.setattr(period_rules, "_TODAY", period_rules._today_pattern())
    assert _day_published(word) == [period]


def _as_of(word: str) -> tuple[str, str]:
    # (the rule reading a day after it, and the one giving the second sentence of a paragraph it opens its time)
    [day] = time_mentions(f"{word}9月30日", 2025)
    opening = f"发布时间：2025-11-20\n{word}9月底，全市存款余额1万亿元。全市贷款余额8000亿元。"
    second = extract_text(opening).facts[-1]
    return day.rule, next(r for r in second.rule.split() if r.startswith("period."))


def test_every_as_of_word_makes_a_stock_as_of_the_time_after_it() -> None:
    # period_cues.tsv, as_of: 截至9月30日 is that day (2025-09-30); 截至9月底，… opens the paragraph with its time
    assert lexicon.period_cues("as_of")
    for word in lexicon.period_cues("as_of"):
        assert _as_of(word) == ("period.as_of_day", "period.paragraph"), word
    assert _as_of("截止至") == ("period.day", "period.of_fact_before")  # (the control)


def test_an_as_of_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, as_of: 截止至 (as 截止到)
    assert _as_of("截止至") == ("period.day", "period.of_fact_before")
    _add_line(scratch_lexicon, "period_cues.tsv", "截止至\tas_of")
    monkeypatch.setattr(period_rules, "_AS_OF", EndingWith(lexicon.period_cues("as_of")))
    assert _as_of("截止至") == ("period.as_of_day", "period.paragraph")


def _horizon(word: str) -> list[str | None]:
    return [f.period for f in extract_text(f"发布时间：2024-03-01\n{word}2035年，全市地区生产总值达到5万亿元。").facts]


def test_every_not_a_period_word_makes_the_time_after_it_a_horizon() -> None:
    # period_cues.tsv, not_a_period: 迈向2035年 is a horizon, not the figure's period
    assert lexicon.period_cues("not_a_period")
    for word in lexicon.period_cues("not_a_period"):
        assert _horizon(word) == [None], word
        assert _horizon(f"{word}“") == [None], word  # (an opening quote between)
    assert _horizon("在") == ["2035"]  # (the control)


def test_a_not_a_period_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, not_a_period: 奔向 (as 迈向)
    assert _horizon("奔向") == ["2035"]
    _add_line(scratch_lexicon, "period_cues.tsv", "奔向\tnot_a_period")
    monkeypatch.setattr(period_rules, "_NOT_A_PERIOD_BEFORE", period_rules._not_a_period_before())
    assert _horizon("奔向") == [None]


def test_every_digest_head_word_makes_a_morning_digest() -> None:
    # period_cues.tsv, digest_head: 财经早餐2024年8月29日 reports the session before that day
    assert lexicon.period_cues("digest_head")
    for word in lexicon.period_cues("digest_head"):
        assert period_rules.digest_session(f"财经{word}2024年8月29日星期四") == date(2024, 8, 28), word
    assert period_rules.digest_session("财经新闻2024年8月29日星期四") is None  # (the control)


def test_a_digest_head_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, digest_head: 午报 (a midday digest, as 早报)
    assert period_rules.digest_session("财经午报2024年8月29日星期四") is None
    _add_line(scratch_lexicon, "period_cues.tsv", "午报\tdigest_head")
    monkeypatch.setattr(period_rules, "_DIGEST_HEAD", period_rules._digest_head_pattern())
    assert period_rules.digest_session("财经午报2024年8月29日星期四") == date(2024, 8, 28)


def _census_period(word: str) -> list[str | None]:
    text = f"中部省会人口大比拼\n七普数据公布后，各省会城市的人口排位引发热议。\n丙省次之，常住人口{word}152.67万人。"
    return [f.period for f in extract_text(text).facts]


def test_every_census_change_word_makes_a_change_over_the_census_s_ten_years() -> None:
    # period_cues.tsv, census_change: 常住人口增量 in a census's story is of the ten years up to it
    assert lexicon.period_cues("census_change")
    for word in lexicon.period_cues("census_change"):
        assert _census_period(word) == ["2011/2020"], word
    assert _census_period("达到") == ["2020"]  # (the control: the census's year)


def test_a_census_change_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, census_change: 净增 (as 增加)
    assert _census_period("净增") == ["2020"]
    _add_line(scratch_lexicon, "period_cues.tsv", "净增\tcensus_change")
    monkeypatch.setattr(period_rules, "_CENSUS_CHANGE", period_rules._census_change_pattern())
    assert _census_period("净增") == ["2011/2020"]


def _opening_rule(word: str) -> str:
    # (the rule giving the second sentence of a paragraph its time, the first opening with a topic, the time and
    # the word)
    text = f"发布时间：2025-11-20\n金融方面，前三季度{word}，全市存款余额1万亿元。全市贷款余额8000亿元。"
    return next(r for r in extract_text(text).facts[-1].rule.split() if r.startswith("period."))


def test_every_opening_after_word_lets_the_time_before_it_open_the_paragraph() -> None:
    # period_cues.tsv, opening_after: 前三季度末，… opens the paragraph with its time
    assert lexicon.period_cues("opening_after")
    for word in lexicon.period_cues("opening_after"):
        assert _opening_rule(word) == "period.paragraph", word
    assert _opening_rule("里") == "period.title"  # (the control: the months of the title's, the document's year)


def test_an_opening_after_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, opening_after: 里 (前三季度里，…, as 期间)
    assert _opening_rule("里") == "period.title"
    _add_line(scratch_lexicon, "period_cues.tsv", "里\topening_after")
    monkeypatch.setattr(period_rules, "_OPENING_AFTER", period_rules._opening_after_pattern())
    assert _opening_rule("里") == "period.paragraph"


def _box(word: str) -> list[tuple[int, int, str]]:
    # (a line that is only a year in quotes and the word: a box over the bullet lines under it)
    return period_rules.heading_periods(f"某市统计公报\n“2024年”{word}\n- 全市增长8.1%\n- 全县增长5%\n正文。", 2025)


def test_every_box_rest_word_makes_a_line_a_box_s_heading() -> None:
    # period_cues.tsv, box_rest: “2024年”以来 heads the bullet lines under it
    assert lexicon.period_cues("box_rest")
    for word in lexicon.period_cues("box_rest"):
        assert [period for _start, _end, period in _box(word)] == ["2024"], word
    assert _box("里") == []  # (the control)


def test_a_box_rest_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, box_rest: 阶段 (“2024年”阶段, as 时期)
    assert _box("阶段") == []
    _add_line(scratch_lexicon, "period_cues.tsv", "阶段\tbox_rest")
    monkeypatch.setattr(period_rules, "_BOX_REST", period_rules._box_rest_pattern())
    assert [period for _start, _end, period in _box("阶段")] == ["2024"]


def _same_time(word: str) -> tuple[str | None, str]:
    text = f"发布时间：2022年7月28日\n上半年，甲市工业增长3%，今年一季度增长2%，全省同期{word}为2.1%。"
    fact = extract_text(text).facts[-1]
    return fact.period, next(r for r in fact.rule.split() if r.startswith("period."))


def test_every_same_time_of_word_makes_the_same_time_the_sentence_s_own() -> None:
    # period_cues.tsv, same_time_of: 全省同期水平为2.1% is of the sentence's own time (上半年), not 一季度's
    assert lexicon.period_cues("same_time_of")
    for word in lexicon.period_cues("same_time_of"):
        assert _same_time(word) == ("2022-01/2022-06", "period.same_time"), word
    assert _same_time("约") == ("2022-01/2022-03", "period.year")  # (the control)


def test_a_same_time_of_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, same_time_of: 数据 (全省同期数据为2.1%, as 水平)
    assert _same_time("数据") == ("2022-01/2022-03", "period.year")
    _add_line(scratch_lexicon, "period_cues.tsv", "数据\tsame_time_of")
    monkeypatch.setattr(period_rules, "_SAME_TIME_OF", period_rules._same_time_of_pattern())
    assert _same_time("数据") == ("2022-01/2022-06", "period.same_time")


def _same_period(word: str) -> list[str | None]:
    text = (f"《新闻联播》 (20230113)\n2022年我国外贸进出口总值42.07万亿元，比2021年增长7.7%。\n"
            f"{word}，我国与东盟进出口6.52万亿元。")
    return [f.period for f in extract_text(text).facts]


def test_every_same_period_word_gives_a_sentence_the_time_just_reported() -> None:
    # period_cues.tsv, same_period: 同期，我国与东盟进出口6.52万亿元 is of 2022, the time just reported
    assert lexicon.period_cues("same_period")
    for word in lexicon.period_cues("same_period"):
        assert _same_period(word) == ["2022", "2022", "2022"], word
    assert _same_period("此外") == ["2022", "2022", None]  # (the control)


def test_a_same_period_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, same_period: 同一时间 (as 同期)
    assert _same_period("同一时间") == ["2022", "2022", None]
    _add_line(scratch_lexicon, "period_cues.tsv", "同一时间\tsame_period")
    monkeypatch.setattr(period_rules, "_SAME_PERIOD", period_rules._same_period_pattern())
    assert _same_period("同一时间") == ["2022", "2022", "2022"]


def _item_sum_period(item: str) -> list[str | None]:
    text = f"黑龙江省人民政府关于2022年财政决算的报告\n全省一般公共预算收入，加上中央转移支付补助、{item}等6179.3亿元。"
    return [f.period for f in extract_text(text).facts]


def test_every_item_name_is_no_period() -> None:
    # period_cues.tsv, item_name: 上年结转 names an item, the sum is the year's (the control: 上年收入, a time)
    assert lexicon.period_cues("item_name")
    for item in lexicon.period_cues("item_name"):
        assert _item_sum_period(item) == ["2022"], item
    assert _item_sum_period("上年收入") == ["2021"]


def test_an_item_name_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv: 上年调入 (funds brought in from the year before) is an item too
    assert _item_sum_period("上年调入") == ["2021"]
    _add_line(scratch_lexicon, "period_cues.tsv", "上年调入\titem_name")
    monkeypatch.setattr(period_rules, "_ITEM_NAME", period_rules._item_name_pattern())
    assert _item_sum_period("上年调入") == ["2022"]


def test_every_measure_head_is_shared_by_a_list() -> None:
    for head in lexicon.measure_heads():
        assert split_list(f"小麦、玉米{head}", 2) == [f"小麦{head}", f"玉米{head}"], head


def test_every_balance_head_is_a_stock_at_the_end_of_its_months() -> None:
    # measure_heads.tsv kind balance: 上半年，公司总资产… is the balance at June's end
    assert lexicon.balance_heads()
    for head in lexicon.balance_heads():
        [fact] = extract_text(f"发布时间：2022-08-20\n上半年，公司总{head}为500亿元。").facts
        assert fact.period == "2022-06", head


def test_places_regions_and_cities_agree() -> None:
    provinces = {short for _full, short, level in lexicon.regions() if level == "province"}
    for place in lexicon.places():
        assert place.province in provinces, place
        assert not place.short or place.name.startswith(place.short), place
    for city, province in lexicon.cities().items():
        assert province in provinces, city
    assert len(provinces) == 34
    units = lexicon.units()
    for unit in lexicon.unit_not_before():
        assert unit in units, unit


# ------------------------------------------------- what one line of data added, and nothing else
def test_a_unit_added_as_data_is_read() -> None:
    # units.tsv: 吉焦, energy (a unit FACTS.md's table does not list keeps its surface form)
    [fact] = extract_text("全年供热量1200吉焦。").facts
    assert (fact.value, fact.unit) == (1200, "吉焦")


def test_a_qualifier_added_as_data_is_read() -> None:
    # qualifiers.tsv: 不下 before a number is a lower bound (not after 放, 舍, 落, 拿: 放不下)
    [fact] = extract_text("参展企业不下500家。").facts
    assert (fact.text, fact.qualifier) == ("不下500家", "min")


def test_an_area_added_as_data_is_a_subject() -> None:
    # areas.tsv: 长株潭都市圈
    [fact] = extract_text("长株潭都市圈地区生产总值突破2万亿元。").facts
    assert fact.subject == "长株潭都市圈"


def test_a_plan_period_added_as_data_is_read() -> None:
    # period_words.tsv: 十一五 → 2006/2010
    [fact] = extract_text("“十一五”期间，全国单位GDP能耗下降19.1%。").facts
    assert fact.period == "2006/2010"


def test_a_scope_word_added_as_data_stands_for_the_document_s_place() -> None:
    # scope_words.tsv: 全旗 (a banner, county level) is the banner the document is about, not a
    # place the sentence names before it
    report = ("乌审旗2024年统计公报\n在鄂尔多斯市的带动下，全旗地区生产总值增长6%，全旗规模以上工业增加值增长8%，"
              "全旗城乡居民收入稳步提高。")
    assert {f.subject for f in extract_text(report).facts} == {"乌审旗"}


@pytest.fixture
def phrase_end_added(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Add a line to a copy of phrase_ends.tsv and build the indicator's patterns from it, as the
    module does at import from the real file."""

    def add(line: str) -> None:
        path = scratch_lexicon / "phrase_ends.tsv"
        path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
        lexicon.phrase_ends.cache_clear()
        leading, trailing = indicator._leading_pattern(), indicator._trailing_pattern()
        monkeypatch.setattr(indicator, "_LEADING", leading)
        monkeypatch.setattr(indicator, "_LEADING_FIRST", first_chars(leading.pattern))
        monkeypatch.setattr(indicator, "_TRAILING", trailing)
        monkeypatch.setattr(indicator, "_TRAILING_LAST", last_chars(trailing.pattern))

    yield add
    lexicon.phrase_ends.cache_clear()


def test_a_phrase_end_added_as_data_is_stripped(phrase_end_added: Callable[[str], None]) -> None:
    # phrase_ends.tsv: 录得 at the end of the phrase introduces the number, as 达到 does
    [fact] = extract_text("公司营业收入录得120亿元。").facts
    assert fact.indicator == "营业收入录得"
    phrase_end_added("录得\ttrailing")
    [fact] = extract_text("公司营业收入录得120亿元。").facts
    assert fact.indicator == "营业收入"


def test_every_org_suffix_ends_a_name_and_not_before_what_makes_it_another_word() -> None:
    # (a suffix a generic_names.tsv end word also ends, 园区 or 示范区, is a kind there, not a name; a zone_end word,
    # 示范区, after no place too)
    generic_ends = (*lexicon.generic_names("end"), *lexicon.generic_names("zone_end"))
    for suffix, not_before in lexicon.org_suffixes():
        if suffix.endswith(generic_ends) or "由" in suffix:  # (由 ends a name's run: 自由贸易港, a known gap)
            continue
        text = f"上半年，华信电气{suffix}营业收入增长12%。"
        assert any(e.kind == "org" and e.name.endswith(suffix) for e in entities(text, 0, len(text))), suffix
        for ch in not_before:
            text = f"上半年，华信电气{suffix}{ch}营业收入增长12%。"
            assert not any(e.name.endswith(suffix) for e in entities(text, 0, len(text))), (suffix, ch)


def test_an_org_suffix_added_as_data_ends_a_name(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # org_suffixes.tsv: 商会 (a chamber of commerce) ends a body's name
    text = "上半年，华信电气商会会员企业营业收入增长12%。"
    assert not any(e.name == "华信电气商会" for e in entities(text, 0, len(text)))
    path = scratch_lexicon / "org_suffixes.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "商会\t\n", encoding="utf-8")
    lexicon.org_suffixes.cache_clear()
    suffixes = subject_rules._org_suffix_source()
    monkeypatch.setattr(subject_rules, "_ORG_SUFFIX", suffixes)
    monkeypatch.setattr(subject_rules, "_ORG_EXTENSION", subject_rules._org_extension(suffixes))
    subject_rules._name_ends.cache_clear()
    try:
        assert any(e.name == "华信电气商会" for e in entities(text, 0, len(text)))
    finally:
        lexicon.org_suffixes.cache_clear()
        subject_rules._name_ends.cache_clear()


def test_every_table_column_word_gives_its_cells_their_meaning() -> None:
    for meaning in ("change", "last_year", "period_start", "period_end"):
        for word in lexicon.table_columns(meaning):
            cell = "60.80%" if meaning == "change" else "176,839.65"
            text = f"2016年度业绩快报\n单位:人民币万元\n项目 本报告期 {word}\n营业总收入 284,362.09 {cell}\n"
            facts = {f.text: f for f in extract_text(text).facts}
            assert f"table.{meaning}_column" in facts[cell].rule, (word, facts[cell].rule)


def test_every_comparison_word_plays_its_role() -> None:
    # a base word: the time after it is what the figure is compared with, not its period
    for word in lexicon.comparison_words("base"):
        facts = extract_text(f"2025年5月，全市工业增加值{word}2024年5月增长8%。").facts
        assert [f.period for f in facts] == ["2025-05"], word
    # a than word: the same, and points after it are a change its way
    for word, direction in lexicon.comparison_words("than").items():
        facts = extract_text(f"2025年5月，全市工业增加值增速{word}2024年5月2.5个百分点。").facts
        assert [(f.period, f.kind, f.direction) for f in facts] == [("2025-05", "change", direction)], word
        facts = extract_text(f"全市工业增加值增长8%，分别{word}全国、全省1.5个和0.5个百分点。").facts
        assert [f.indicator for f in facts] == ["工业增加值"] * 3, word
    # a share_of word: the time after it is the base a ratio is of, the ratio the figure's own time's
    for word in lexicon.comparison_words("share_of"):
        facts = extract_text(f"2025年5月，全市客运量{word}2019年同期的98.2%。").facts
        assert [f.period for f in facts] == ["2025-05"], word



def test_every_after_base_word_makes_the_number_after_it_a_change_its_way() -> None:
    # (comparison_words.tsv, after_base: 比上年多5家, 较常年偏少; some are change words too, 多, and read so
    # first: the pattern then still names the word)
    words = lexicon.comparison_words("after_base")
    assert words
    for word, way in words.items():
        found = quantities._COMPARED.search(f"今年全市春耕比上年{word}")
        assert found is not None and found.group("word") == word, word
        assert (word in quantities._COMPARED_UP) == (way == "up"), word
        [fact] = extract_text(f"今年全市春耕比上年{word}5天。").facts
        assert (fact.kind, fact.direction) == ("change", way), word
    [fact] = extract_text("今年全市春耕比上年推迟5天。").facts  # (the control: no such word)
    assert (fact.kind, fact.direction) == ("level", None)


def test_an_after_base_word_added_as_data_makes_a_change(scratch_lexicon: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # comparison_words.tsv, after_base: 推迟 (later than the base) is a change up
    text = "今年全市春耕比上年推迟5天。"
    assert [(f.kind, f.direction) for f in extract_text(text).facts] == [("level", None)]
    _add_line(scratch_lexicon, "comparison_words.tsv", "推迟\tafter_base\tup")
    compared, up = quantities._compared_pattern()
    monkeypatch.setattr(quantities, "_COMPARED", compared)
    monkeypatch.setattr(quantities, "_COMPARED_UP", up)
    assert [(f.kind, f.direction) for f in extract_text(text).facts] == [("change", "up")]


def _ratio_parts(word: str) -> list[str]:
    return [f.text for f in extract_text(f"全市城乡居民收入{word}2.34:1。").facts]


def test_every_ratio_word_lets_a_ratio_of_two_parts_be_read() -> None:
    ratios, verbs = lexicon.ratio_words("ratio"), lexicon.ratio_words("verb")
    assert ratios and verbs
    for ratio in ratios:
        for verb in ("", *verbs):
            assert _ratio_parts(ratio + verb) == ["2.34", "1"], (ratio, verb)
    assert _ratio_parts("关系") == []  # (the control: no ratio word)


def test_a_ratio_word_added_as_data_lets_a_ratio_be_read(scratch_lexicon: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # ratio_words.tsv: 关系 (城乡居民收入关系2.34:1) names a ratio
    assert _ratio_parts("关系") == []
    _add_line(scratch_lexicon, "ratio_words.tsv", "关系\tratio")
    pattern, reach = quantities._ratio_word_pattern()
    monkeypatch.setattr(quantities, "_RATIO_WORD", pattern)
    monkeypatch.setattr(quantities, "_RATIO_WORD_REACH", reach)
    assert _ratio_parts("关系") == ["2.34", "1"]


def _price_change_unit(word: str) -> list[str]:
    return [f.unit for f in extract_text(f"今日铜价涨520元{word}7.43万元/吨。").facts]


def test_every_price_level_word_makes_the_change_before_it_per_the_price_s_unit() -> None:
    assert lexicon.move_verbs("price_level")
    for word in lexicon.move_verbs("price_level"):
        if word in ("至", "到"):
            continue  # (涨520元至7.43万元/吨 is read as a range first: no fact; a known gap)
        assert _price_change_unit(word) == ["元/吨", "元/吨"], word
    assert _price_change_unit("收于") == ["CNY", "元/吨"]  # (the control: a word not listed)


def test_a_price_level_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # move_verbs.tsv, price_level: 收于 (涨520元收于7.43万元/吨) as 报
    assert _price_change_unit("收于") == ["CNY", "元/吨"]
    _add_line(scratch_lexicon, "move_verbs.tsv", "收于\tprice_level")
    monkeypatch.setattr(quantities, "_PRICE_AFTER_CHANGE", quantities._price_after_change_pattern())
    assert _price_change_unit("收于") == ["元/吨", "元/吨"]


def test_every_group_measure_is_the_counted_group_s() -> None:
    for word in lexicon.group_measures("measure"):
        facts = extract_text(f"全市共有技工学校12所，{word}43亿元。").facts
        assert [f.indicator for f in facts][-1] == f"技工学校{word}", word
    for counter in lexicon.group_measures("counter"):
        facts = extract_text(f"全市共有技工学校12{counter}，招生4300人。").facts
        assert [f.indicator for f in facts][-1] == "技工学校招生", counter


def test_every_measure_phrase_word_of_a_phrase_s_cleaning_plays_its_role() -> None:
    # (measure_phrase_words.tsv: the roles that take words off a phrase, or read it with the measure just
    # named; each with a control, a word the file does not hold for it)
    words = lexicon.measure_phrase_words
    for role in ("ratio_base_verb", "running_total", "own_word", "relative_start", "than_adverb", "no_label",
                 "function_word", "etc_rank", "name_tail"):
        assert words(role), role
    for w in (*words("ratio_base_verb"), "等于"):  # the base a ratio is of, taken off with its verb
        expected = "客运量" if w != "等于" else "今年全市客运量等于2019年同期的"
        assert _last_indicator(f"今年全市客运量{w}2019年同期的98.2%。")[0] == expected, w
    for w in (*words("running_total"), "已"):  # the running total's word before 实现, taken off with it
        expected = "医药产业利润总额" if w != "已" else "利润总额"
        assert _last_indicator(f"全省医药产业{w}实现利润总额120亿元。")[0] == expected, w
    for w in (*words("own_word"), "本社"):  # a company's word for itself
        assert clean_phrase(f"{w}营业总收入", []) == ("营业总收入" if w != "本社" else "本社营业总收入"), w
    for w in (*words("relative_start"), "超过"):  # a share of the measure just named
        read = _last_indicator(f"全市工业增加值1000亿元，{w}地区生产总值的比重为11.9%。")
        assert (read[1] == "indicator.share_of_previous") == (w != "超过"), w
    for w in (*words("than_adverb"), "稍"):  # a clause only comparing the measure just named
        read = _last_indicator(f"全市工业增加值增长8%，{w}高于全国、全省1.5个和0.5个百分点。")
        assert (read[0] == "工业增加值") == (w != "稍"), w
    for w in (*words("no_label"), "记录"):  # a byline above a figure standing alone is no label
        read = _last_indicator(f"{w}王明\n3481亿元\n")
        assert (read[1] == "indicator.quantity_text") == (w != "记录"), w
    for w in (*words("function_word"), "则"):  # alone after a place, no measure
        assert indicator.names_no_measure(f"广东省{w}", ("广东省",)) == (w != "则"), w
    for w in (*words("etc_rank"), "新兴"):  # between 等 and the items' kind
        items = indicator.etc_list(f"化工、汽车制造、电子信息等{w}行业产值", 3)
        assert (items == ["化工行业产值", "汽车制造行业产值", "电子信息行业产值"]) == (w != "新兴"), w
    for w, not_before in (*words("name_tail").items(), ("一带", "")):  # a region's kind word after a name
        assert clean_phrase(f"山西大同{w}主流煤矿坑口价", ["山西大同"]) == (
            "主流煤矿坑口价" if w != "一带" else "一带主流煤矿坑口价"), w
        for after in not_before:  # (地区 + 生产总值: another word)
            assert clean_phrase(f"山西大同{w}{after}", ["山西大同"]).startswith(f"{w}{after}"), (w, after)


def test_every_rank_word_plays_its_role() -> None:
    def ranks(text: str) -> list[tuple[str, str, str]]:
        return [(f.text, f.unit, f.indicator) for f in extract_text(text).facts]

    for scope in lexicon.rank_words("scope"):  # read with the number
        assert ranks(f"去年，全市工业增速位居{scope}第3位。") == [(f"{scope}第3位", "rank", "工业增速")], scope
    for field in lexicon.rank_words("field"):  # stripped from what ranks, not read with the number
        assert ranks(f"去年，公司营收增速位居{field}第3位。") == [("第3位", "rank", "营收增速")], field
    for verb in lexicon.rank_words("verb") + lexicon.rank_words("move"):
        assert ranks(f"去年，全市工业增速{verb}全国第3位。") == [("全国第3位", "rank", "工业增速")], verb
    for group in lexicon.rank_words("group"):  # the end of a group of places or bodies a ranking stands in
        assert ranks(f"去年，全市工业增速位居中部{group}第3位。") == [("第3位", "rank", "工业增速")], group
    for adverb in lexicon.rank_words("adverb"):
        assert ranks(f"去年，全市工业增速{adverb}位居全国第3位。") == [("全国第3位", "rank", "工业增速")], adverb
    for word in lexicon.rank_words("context"):  # a move in a ranking is a change of rank, not of people
        assert [(f.unit, f.kind) for f in extract_text(f"去年，全市工业增速{word}上升3位。").facts] \
            == [("rank", "change")], word


@pytest.mark.parametrize(("line", "text", "before", "after"), [
    ("屈居\tverb", "去年，全市工业增速屈居全国第3位。", "工业增速屈", "工业增速"),
    ("依然\tadverb", "去年，全市工业增速依然位居全国第3位。", "工业增速依然", "工业增速"),
    ("地市\tgroup", "去年，全市工业增速位居中部地市第3位。", "工业增速位居中部地市", "工业增速"),
], ids=["verb", "adverb", "group"])
def test_a_rank_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch, line: str,
                                           text: str, before: str, after: str) -> None:
    # rank_words.tsv: 屈居 (ranks, modestly), 依然 (still), 地市 (prefectures as a group a ranking stands in)
    assert [f.indicator for f in extract_text(text).facts] == [before]
    _add_line(scratch_lexicon, "rank_words.tsv", line)
    rank_words, first_place = indicator._rank_patterns()
    monkeypatch.setattr(indicator, "_RANK_WORDS", rank_words)
    monkeypatch.setattr(indicator, "_FIRST_PLACE_WORDS", first_place)
    assert [f.indicator for f in extract_text(text).facts] == [after]


def test_every_market_index_gives_its_market() -> None:
    for name, market in lexicon.market_indexes().items():
        facts = extract_text(f"财经早餐\n截至收盘，{name}跌0.4%，成交额较上日放大。").facts
        assert [f.subject for f in facts] == [market], name
    control = extract_text("财经早餐\n截至收盘，该指数跌0.4%，成交额放大。").facts  # (no index named)
    assert [f.subject for f in control] != ["A股"]


def test_every_budget_stage_word_plays_its_role() -> None:
    def last(text: str) -> str:
        return extract_text(text).facts[-1].indicator

    for stage, name in lexicon.budget_stages("stage").items():  # the budget's measure at that stage
        verb = "为" if name else ""  # (执行中调整为, 实际完成139.3亿元)
        assert last(f"全市一般公共预算收入年初预算127.4亿元，{stage}{verb}139.3亿元。") == f"一般公共预算收入{name}", \
            stage
    for process in lexicon.budget_stages("process"):  # how the stage came about, before it
        assert last(f"全市一般公共预算收入年初预算127.4亿元，市人大常委会{process}调整为139.3亿元。") \
            == "一般公共预算收入调整预算", process
    for budget in lexicon.budget_stages("budget"):  # taken off the measure to leave its base
        assert last(f"全市一般公共预算收入{budget}127.4亿元，实际完成139.3亿元。") == "一般公共预算收入", budget
    assert last("全市存款准备金率年初为3%，调整为2.5%。") != "存款准备金率调整预算"  # (the control: no budget)


def test_every_results_report_gives_the_months_it_covers() -> None:
    for name, last_month in lexicon.results_reports().items():
        facts = extract_text(f"发布时间：2024年10月30日\n10月28日晚间，公司披露了{name}，实现营业收入12亿元。").facts
        expected = "2023" if last_month == 12 else f"2024-01/2024-{last_month:02d}"
        assert [f.period for f in facts] == [expected], name


def test_every_plan_heading_makes_the_figures_under_it_targets() -> None:
    for word in lexicon.plan_headings():
        report = ("2024年某市人民政府工作报告\n一、2023年工作回顾\n过去一年，全市新开工重大项目180个。\n"
                  f"二、2024年{word}\n新开工重大项目200个以上。\n")
        got = {f.text: f.modality for f in extract_text(report).facts}
        assert got == {"180个": "actual", "200个以上": "target"}, word


_REVIEW_REPORT = ("政府工作报告\n——2013年3月8日在某县第十六届人民代表大会第二次会议上\n各位代表：\n"
                  "站在新起点：2012年工作{}\n2012年是不平凡的一年。\n全县生产总值完成27.6亿元。\n"
                  "今年是全面建设的关键之年。\n")  # (a report speaking of its own year: it plans it too)


def test_every_review_heading_dates_the_figures_under_it() -> None:
    # review_headings.tsv: a short line naming a time and a review heads the review of that time
    for word in lexicon.review_headings():
        report = _REVIEW_REPORT.format(word)
        assert [f.period for f in extract_text(report).facts] == ["2012"], word
    # (control: a line naming a time and no such word heads nothing: the report plans its own year)
    assert [f.period for f in extract_text(_REVIEW_REPORT.format("亮点")).facts] == ["2013"]


def test_a_review_heading_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _REVIEW_REPORT.format("盘点")
    assert [f.period for f in extract_text(report).facts] == ["2013"]
    _add_line(scratch_lexicon, "review_headings.tsv", "盘点")
    review = re.compile(alternation(lexicon.review_headings()))
    monkeypatch.setattr(period_rules, "_REVIEW_HEADING", review)
    monkeypatch.setattr(period_rules, "_HEADING_LINE", period_rules.heading_line_pattern())
    assert [f.period for f in extract_text(report).facts] == ["2012"]


_PLAN_TEXT = "某市{}\n时间：2025-02-09\n今年，全市新增国家高新技术企业500家。\n全市建成5G基站1.2万个。"


def test_every_plan_title_word_dates_the_figures_to_the_year_planned() -> None:
    # title_words.tsv, plan: a work report's or a plan's figures with no time of their own are of its year
    for word in lexicon.title_words("plan"):
        assert [f.period for f in extract_text(_PLAN_TEXT.format(word)).facts] == ["2025", "2025"], word
    # (control: a title of another kind leaves such a figure undated)
    assert [f.period for f in extract_text(_PLAN_TEXT.format("发展综述")).facts] == ["2025", None]
    for word in lexicon.title_words("plan_story"):
        story = f"某市召开人代会\n时间：2025-02-09\n市长代表市政府作{word}。\n全市建成5G基站1.2万个。"
        assert [f.period for f in extract_text(story).facts] == ["2025"], word


def test_a_plan_title_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _PLAN_TEXT.format("规划纲要")
    assert [f.period for f in extract_text(text).facts] == ["2025", None]
    _add_line(scratch_lexicon, "title_words.tsv", "规划纲要\tplan")
    monkeypatch.setattr(period_rules, "_PLAN_TITLE", re.compile(alternation(lexicon.title_words("plan"))))
    assert [f.period for f in extract_text(text).facts] == ["2025", "2025"]


def test_every_opening_clause_leaves_the_time_to_its_paragraph() -> None:
    for position in ("start", "end"):
        for word in lexicon.opening_clauses(position):
            clause = f"{word}有关数据，" if position == "start" else f"有关数据{word}，"
            text = (f"外贸运行情况\n(2019年6月10日)\n某省统计局\n今年以来，全省外贸稳中有进。\n"
                    f"{clause}1—5月全省进出口总值1200亿元。出口总值800亿元。")
            got = {f.text: f.period for f in extract_text(text).facts}
            assert got == {"1200亿元": "2019-01/2019-05", "800亿元": "2019-01/2019-05"}, word


def test_every_aim_word_makes_the_value_before_it_an_aim() -> None:
    for word in lexicon.aim_words("aim"):
        # (the aim of the change just named: a target, a change its way, of that measure)
        facts = extract_text(f"全年地区生产总值增长9.8%，高于6%以上的{word}。").facts
        assert [(f.modality, f.kind, f.indicator) for f in facts][1] == ("target", "change", "地区生产总值"), word
    for word in lexicon.aim_words("year"):
        # (set against a year's target, among figures for months: a target of the year)
        text = f"全市经济运行\n发布时间：2025年11月2日\n前三季度，全市居民消费价格上涨0.6%，低于3%左右的{word}。"
        assert [(f.modality, f.period) for f in extract_text(text).facts][1] == ("target", "2025"), word


def _add_line(lexicon_dir: Path, name: str, line: str) -> None:
    path = lexicon_dir / name
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    _clear_lexicon_caches()


def test_a_modality_follow_word_added_as_data_lets_a_weak_word_announce(scratch_lexicon: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # modality_follow.tsv: 引进 after 将 announces the figure brought in (将引进外资5亿元: a target)
    text = "全市将引进外资5亿元。"
    assert [f.modality for f in extract_text(text).facts] == ["actual"]
    _add_line(scratch_lexicon, "modality_follow.tsv", "引进")
    monkeypatch.setattr(modality_rules, "_WEAK_FOLLOW", modality_rules._weak_follow_pattern())
    assert [f.modality for f in extract_text(text).facts] == ["target"]


def test_a_modality_word_s_not_after_character_added_as_data_makes_it_another_word(
        scratch_lexicon: Path) -> None:
    # modality_words.tsv: 要 after 索 is 索要 (to demand), no aim
    text = "该企业向政府索要投资5亿元。"
    assert [f.modality for f in extract_text(text).facts] == ["target"]
    path = scratch_lexicon / "modality_words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [line.replace("\t主需", "\t索主需") if line.startswith("要\t") else line for line in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lexicon.modality_blockers.cache_clear()
    assert [f.modality for f in extract_text(text).facts] == ["actual"]


@pytest.fixture
def subject_word_added(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Add a line to a copy of subject_words.tsv and build the subject rules' patterns from it, as
    the module does at import (or on first use) from the real file."""

    def add(line: str) -> None:
        _add_line(scratch_lexicon, "subject_words.tsv", line)
        monkeypatch.setattr(subject_rules, "_LEADING_PREP", subject_rules._leading_prep_pattern())
        monkeypatch.setattr(subject_rules, "_COMPARED_WITH", subject_rules._compared_with())
        monkeypatch.setattr(subject_rules, "_SUPERLATIVE", subject_rules._superlative_pattern())
        monkeypatch.setattr(subject_rules, "_BACK_REFERENCE", subject_rules._back_reference_pattern())
        monkeypatch.setattr(context_rules, "_NUMBER_OR_REFERENCE", context_rules._number_or_reference_pattern())
        monkeypatch.setattr(subject_rules, "_NAME_TAIL", subject_rules._name_tail_pattern())
        monkeypatch.setattr(subject_rules, "_SHORT_FORM", subject_rules._short_form_pattern())
        monkeypatch.setattr(subject_rules, "_ZONE_ENDS", lexicon.subject_words("zone_end"))
        monkeypatch.setattr(subject_rules, "_COUNTED_AFTER", subject_rules._counted_after_pattern())
        monkeypatch.setattr(subject_rules, "_COUNT", subject_rules._count_pattern())
        monkeypatch.setattr(subject_rules, "_SO_CALLED", subject_rules._so_called_pattern())
        _clear_subject_caches()

    yield add
    lexicon.subject_words.cache_clear()
    _clear_subject_caches()


def _clear_subject_caches() -> None:
    for cached in (subject_rules.scope_pattern, subject_rules._scope_re,
                   subject_rules._name_ends, subject_rules.province_names,
                   subject_rules._financial_kind):
        cached.cache_clear()


def test_every_place_suffix_ends_a_place_and_every_gazetteer_suffix_one_of_its_divisions() -> None:
    # (place_suffixes.tsv: a place is read back from its suffix, 青禾 + 村; a place written with a suffix of
    # the gazetteer's divisions must be one of them: 青禾县 is none, 修文县 is one)
    suffixes = lexicon.place_suffixes()
    assert suffixes
    scan, kinds = subject_rules._name_ends()
    for suffix, _ in suffixes:
        text = f"青禾{suffix}"
        found = next(scan.finditer(text, 0, len(text)), None)
        assert found is not None and kinds[found[2]] == "place" and found[0] == 2, suffix
    gazetteer = tuple(suffix for suffix, listed in suffixes if listed)
    assert gazetteer
    divisions = [*(full for full, _short, _level in lexicon.regions()), *(p.name for p in lexicon.places())]
    for suffix in gazetteer:
        assert _names(f"据统计，青禾{suffix}粮食产量增长5%。") == [], suffix
        division = next(name for name in divisions if name.endswith(suffix))
        assert _names(f"据统计，{division}粮食产量增长5%。"), (suffix, division)
    for suffix in (s for s, _ in suffixes if not s.endswith(gazetteer)):  # (镇, 乡, 村: the look-back alone)
        assert _names(f"据统计，青禾{suffix}粮食产量增长5%。") == [f"青禾{suffix}"], suffix


def test_a_place_suffix_added_as_data_ends_a_place(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # place_suffixes.tsv: 屯 (a village, no division of the gazetteer) ends a place's name
    text = "据统计，青禾屯粮食产量增长5%。"
    assert _names(text) == []
    _add_line(scratch_lexicon, "place_suffixes.tsv", "屯\t0")
    suffixes = tuple(suffix for suffix, _ in lexicon.place_suffixes())
    monkeypatch.setattr(subject_rules, "_PLACE_SUFFIXES", suffixes)
    monkeypatch.setattr(subject_rules, "_PLACE_SUFFIX", "|".join(map(re.escape, suffixes)))
    _clear_subject_caches()
    try:
        assert _names(text) == ["青禾屯"]
    finally:
        monkeypatch.undo()
        _clear_subject_caches()


def test_every_subject_word_of_a_count_or_a_so_called_name_plays_its_role() -> None:
    # (subject_words.tsv: a count right after a name makes it a kind counted, 遵义市人民医院52个; a count before
    # a name's suffix makes the place before it the subject, 广州一家百货公司; what a document's company is
    # called after 以下简称 makes the name before it the document's organisation; each with a control)
    words = lexicon.subject_words
    for role in ("counted_after", "count", "so_called"):
        assert words(role), role
    for w in (*words("counted_after"), "张"):
        assert (_names(f"遵义市人民医院52{w}") == []) == (w != "张"), w
    for w in (*words("count"), "张"):
        assert (_names(f"据报道，广州一{w}百货公司营业收入增长5%。") == ["广州"]) == (w != "张"), w
    for w in (*words("so_called"), "本厂"):
        text = f"2024年年度报告摘要\n华信电气股份有限公司（以下简称“{w}”）董事会发布年报。"
        named = subject_rules._opening_organisation(text, text.index("\n"))
        assert named == (None if w == "本厂" else "华信电气股份有限公司"), w


@pytest.mark.parametrize(("line", "text", "before", "after"), [
    ("张\tcounted_after", "遵义市人民医院52张", ["遵义市人民医院"], []),
    ("张\tcount", "据报道，广州一张百货公司营业收入增长5%。", ["广州一张百货公司"], ["广州"]),
])
def test_a_subject_word_of_a_count_added_as_data_is_read(subject_word_added: Callable[[str], None], line: str,
                                                         text: str, before: list[str], after: list[str]) -> None:
    # subject_words.tsv, counted_after and count: 张 (a made-up line) counts what stands before or after it
    assert _names(text) == before
    subject_word_added(line)
    assert _names(text) == after


def test_a_so_called_word_added_as_data_names_the_document_s_organisation(
        subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, so_called: 本厂 after 以下简称 is the document's organisation
    text = "2024年年度报告摘要\n华信电气股份有限公司（以下简称“本厂”）董事会发布年报。"
    assert subject_rules._opening_organisation(text, text.index("\n")) is None
    subject_word_added("本厂\tso_called")
    assert subject_rules._opening_organisation(text, text.index("\n")) == "华信电气股份有限公司"


def test_a_back_reference_added_as_data_refers_to_the_documents_company(
        subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, back_reference: 本社 speaks of the cooperative the document is about, not of the
    # place its paragraph named
    text = "黔农合作社发布2024年年报\n黔农合作社表示，遵义市蔬菜产业发展良好。本社全年营业收入增长15%。"
    assert [f.subject for f in extract_text(text).facts] == ["遵义市"]
    subject_word_added("本社\tback_reference")
    assert [f.subject for f in extract_text(text).facts] == ["黔农合作社"]


def test_a_pronoun_added_as_data_keeps_a_sentence_from_being_a_topic(subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, pronoun: 此 refers back, so 此项工作加快推进。 is no run-in topic
    text = "贵州省2024年政府工作报告\n遵义市加快建设白酒产业基地。此项工作加快推进。新增专利300件。"
    assert "subject.paragraph" not in extract_text(text).facts[0].rule
    subject_word_added("此\tpronoun")
    assert "subject.paragraph" in extract_text(text).facts[0].rule


def test_a_listed_form_added_as_data_lets_a_shorter_name_stand_for_the_company(
        subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, listed_form: 科技 dropped from a listed company's short name (万兴科技 … 万兴)
    name = next(n for n in sorted(lexicon.listed_companies()) if n.endswith("科技") and len(n) >= 4)
    text = ("猪价持续上涨\n国家统计局数据显示，上半年生猪价格上涨30%。\n"
            f"上半年，{name}营业收入下降。\n报告认为，{name[:-2]}屠宰量下降，毛利率为14.5%。")
    assert "subject.sentence_org" not in extract_text(text).facts[-1].rule
    subject_word_added("科技\tlisted_form")
    assert "subject.sentence_org" in extract_text(text).facts[-1].rule


def test_a_predicate_word_added_as_data_ends_a_measure_s_name(scratch_lexicon: Path) -> None:
    # indicator_words.tsv, predicate: 领跑 opens the clause's predicate after 地区生产总值
    from extract.attribute import catalogue as catalogue_rules
    catalogue_rules.indicator_id.cache_clear()
    assert catalogue_rules.indicator_id("地区生产总值领跑", "level", "CNY").id is None
    _add_line(scratch_lexicon, "indicator_words.tsv", "领跑\tpredicate")
    catalogue_rules.catalogue.cache_clear()
    catalogue_rules.indicator_id.cache_clear()
    try:
        assert catalogue_rules.indicator_id("地区生产总值领跑", "level", "CNY").id == "gdp"
    finally:
        catalogue_rules.catalogue.cache_clear()
        catalogue_rules.indicator_id.cache_clear()


# a unit of each dimension of the catalogue a level of its entries is read in (units.tsv)
_CATALOGUE_UNIT: dict[str, str] = {"money": "CNY", "count": "人", "power": "kW", "energy": "kWh", "mass": "t",
                                   "area": "m2"}


def _names_without(role: str) -> dict[str, list[tuple[str, str, str]]]:
    """For each word of a role of catalogue_words.tsv, the level entries of the catalogue a name of which
    ends with it and is no name of the catalogue without it: (the name without it, the entry's id, a unit
    of its dimension)."""
    written = {name for row in lexicon.indicators() for name in (row.name_zh, *row.synonyms)}
    found: dict[str, list[tuple[str, str, str]]] = {}
    for word in lexicon.catalogue_words(role):
        found[word] = [(name[: -len(word)], row.id, _CATALOGUE_UNIT[row.dimension])
                       for row in lexicon.indicators() for name in (row.name_zh, *row.synonyms)
                       if row.reading == "level" and row.dimension in _CATALOGUE_UNIT and name.endswith(word)
                       and len(name) - len(word) >= 2 and name[: -len(word)] not in written]
    return found


def test_every_catalogue_word_of_a_name_s_end_names_the_entry_without_it() -> None:
    # (catalogue_words.tsv, stock: 社融规模存量 is named 社融规模 too; stem_end: 参加基本养老保险人数 is named
    # 参加基本养老保险 too)
    from extract.attribute.catalogue import indicator_id
    for role in ("stock", "stem_end"):
        assert lexicon.catalogue_words(role), role
        for word, named in _names_without(role).items():
            assert any(indicator_id(stem, "level", unit).id == id_ for stem, id_, unit in named), (role, word)


def test_every_per_unit_catalogue_word_makes_a_money_measure_a_price() -> None:
    # (catalogue_words.tsv, per_unit: money per a unit, 元/公斤, is a level of a money measure whose name
    # holds one: 生猪价格, 每股收益, 人均可支配收入)
    from extract.attribute.catalogue import indicator_id
    words = lexicon.catalogue_words("per_unit")
    assert words
    for word in words:
        named = [row.name_zh for row in lexicon.indicators() if row.dimension == "money" and word in row.name_zh
                 and not any(other in row.name_zh for other in words if other != word)]
        assert any(indicator_id(name, "level", "CNY/公斤").id for name in named), word
    assert indicator_id("营业收入", "level", "CNY/公斤").id is None  # (the control: a measure of no unit)


def test_every_total_catalogue_word_ends_a_budget_s_balance_total() -> None:
    # (catalogue_words.tsv, total: 一般公共预算收入总计 is the revenue with transfers and bonds, not the account)
    from extract.attribute.catalogue import indicator_id
    words = lexicon.catalogue_words("total")
    assert words
    for word in words:
        assert indicator_id(f"一般公共预算收入{word}", "level", "CNY").id is None, word
    assert indicator_id("一般公共预算收入总额", "level", "CNY").id == "general_budget_revenue"  # (the control)


def test_a_per_unit_catalogue_word_added_as_data_makes_a_price(scratch_lexicon: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # catalogue_words.tsv, per_unit: 收入 (a made-up line) makes 营业收入 in 元/公斤 a level of it
    from extract.attribute import catalogue as catalogue_rules
    catalogue_rules.indicator_id.cache_clear()
    assert catalogue_rules.indicator_id("营业收入", "level", "CNY/公斤").id is None
    _add_line(scratch_lexicon, "catalogue_words.tsv", "收入\tper_unit")
    monkeypatch.setattr(catalogue_rules, "_PER_UNIT", regex.compile(alternation(lexicon.catalogue_words("per_unit"))))
    catalogue_rules.indicator_id.cache_clear()
    try:
        assert catalogue_rules.indicator_id("营业收入", "level", "CNY/公斤").id == "revenue"
    finally:
        catalogue_rules.indicator_id.cache_clear()


def test_a_leading_prep_added_as_data_is_taken_off_a_name(subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, leading_prep: 通过 before a body's name is no part of it
    assert subject_rules._clean_org("通过贵州能矿锰业集团") == "通过贵州能矿锰业集团"
    subject_word_added("通过\tleading_prep")
    assert subject_rules._clean_org("通过贵州能矿锰业集团") == "贵州能矿锰业集团"


def test_a_compared_with_word_added_as_data_makes_the_scope_after_it_no_subject(
        subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, compared_with: 优于全国 compares with the country
    text = "全市工业增速优于全国"
    found = subject_rules._last_scope_word(text, 0, len(text))
    assert found is not None and found.group() == "全国"
    subject_word_added("优于\tcompared_with")
    found = subject_rules._last_scope_word(text, 0, len(text))
    assert found is not None and found.group() == "全市"


def test_a_not_scope_after_word_added_as_data_makes_the_scope_word_part_of_a_name(
        subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, not_scope_after: 全国示范 (全国示范县) is a title, no scope
    assert scope_pattern().match("全国示范县")
    subject_word_added("示范\tnot_scope_after")
    assert scope_pattern().match("全国示范县") is None


@pytest.mark.parametrize(
    ("line", "read", "before", "after"),
    [
        # sector_after: 概念 after a company's name (华为概念股) names the stocks said to profit from it, not it
        ("概念\tsector_after", lambda: _names("去年华为概念股上涨12%"), ["华为"], []),
        # name_tail: 研究院 after 深圳 ends a body's name, so the title names no city
        ("研究院\tname_tail", lambda: _title_city("深圳研究院上半年营收增长3%"), "深圳", None),
        # short_form: 又称 introduces a short form in brackets
        ("又称\tshort_form", lambda: company_aliases("据报道，华信电气股份有限公司（又称“华信电气”）发布2023年年报。"),
         (), (("华信电气股份有限公司", "华信电气"),)),
        # zone_end: a bonded port (洋山保税港) is a zone: the document's 公司 is the company named before
        ("港\tzone_end", lambda: _subject_of_zone_s_company("洋山保税港"), "洋山保税港", "苏州柯尔医疗器械有限公司"),
    ],
    ids=["sector_after", "name_tail", "short_form", "zone_end"],
)
def test_a_subject_word_of_a_name_s_end_added_as_data_is_read(subject_word_added: Callable[[str], None], line: str,
                                                              read: Callable[[], object], before: object,
                                                              after: object) -> None:
    assert read() == before
    subject_word_added(line)
    assert read() == after


def test_a_superlative_added_as_data_makes_the_world_no_subject(subject_word_added: Callable[[str], None]) -> None:
    # subject_words.tsv, superlative: 全球唯一的… is a superlative's scope
    text = "2022年，全球唯一的深海采矿船作业量增长1.2%。"
    assert [f.subject for f in extract_text(text).facts] == ["全球"]
    subject_word_added("唯一\tsuperlative")
    assert [f.subject for f in extract_text(text).facts] == [None]


@pytest.fixture
def indicator_word_added(scratch_lexicon: Path,
                         monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Add a line to a copy of a lexicon file and build the indicator's word patterns from the
    copy, as the module does at import from the real files."""

    def add(name: str, line: str) -> None:
        _add_line(scratch_lexicon, name, line)
        indicator._owner_kinds.cache_clear()
        for constant, build in (("_SPLIT_AFTER", indicator._split_after_pattern),
                                ("_NOT_A_NOUN", indicator._not_a_noun_pattern),
                                ("_RIGHT_CUT", indicator._right_cut_pattern),
                                ("_TOPIC_ONLY", indicator._topic_only_pattern),
                                ("_BASIS", indicator._basis_pattern),
                                ("_COMPARISON", indicator._comparison_pattern),
                                ("_MEASURE_NOUNS", indicator._measure_nouns_pattern),
                                ("_DERIVED_RATE", indicator._derived_rate_pattern),
                                ("_BASE_OF_RATIO", indicator._base_of_ratio_pattern),
                                ("_RUNNING_TOTAL_END", indicator._running_total_end_pattern),
                                ("_LEADING_OWN", indicator._leading_own_pattern),
                                ("_RELATIVE_START", indicator._relative_start_pattern),
                                ("_THAN_ONLY", indicator._than_only_pattern),
                                ("_NO_LABEL", indicator._no_label_pattern),
                                ("_FUNCTION_WORDS", indicator._function_words_pattern),
                                ("_ETC_LIST", indicator._etc_list_pattern),
                                ("_NAME_TAIL", indicator._name_tail_alternation)):
            monkeypatch.setattr(indicator, constant, build())
        indicator._name_with_tail.cache_clear()
        monkeypatch.setattr(indicator, "_OWN_WORDS", tuple(lexicon.measure_phrase_words("own_word")))
        totals = frozenset(lexicon.measure_phrase_words("running_total"))
        monkeypatch.setattr(indicator, "_RUNNING_TOTALS", totals)
        monkeypatch.setattr(indicator, "_RUNNING_TOTAL_WORDS", frozenset(w for w in totals if len(w) >= 2))
        monkeypatch.setattr(indicator, "_GENERIC_HEADS", indicator._heads("generic_head"))
        monkeypatch.setattr(indicator, "_RELATIVE_HEADS", indicator._heads("relative_head"))
        monkeypatch.setattr(indicator, "_TOTAL_HEADS", indicator._heads("total_head"))
        monkeypatch.setattr(indicator, "_CLASS_NOUNS", indicator._heads("class_noun"))
        monkeypatch.setattr(indicator, "_THRESHOLD_VERB", indicator._threshold_verb_pattern())

    yield add
    lexicon.measure_phrase_words.cache_clear()
    lexicon.phrase_ends.cache_clear()
    indicator._owner_kinds.cache_clear()


def _last_indicator(text: str) -> tuple[str, str]:
    fact = extract_text(text).facts[-1]
    return fact.indicator, _indicator_rule(fact)


@pytest.mark.parametrize(
    ("name", "line", "read", "before", "after"),
    [
        # a split word: 每月 (as 每年) opens what is measured
        ("phrase_ends.tsv", "每月\tsplit", lambda: indicator._from_last_split("全市每月新增就业岗位"),
         "每月新增就业岗位", "新增就业岗位"),
        # no_noun: 附近 after a number (5万元附近) names nothing
        ("measure_phrase_words.tsv", "附近\tno_noun", lambda: indicator._noun_after("附近，"), "附近", ""),
        # noun_end: 陆续 ends the noun after a number (3个项目陆续开工)
        ("measure_phrase_words.tsv", "陆续\tnoun_end", lambda: indicator._right_noun("企业陆续开工"),
         "企业陆续开工", "企业"),
        # topic_only: 折算 alone (as 约合, 折合) names no measure
        ("measure_phrase_words.tsv", "折算\ttopic_only", lambda: clean_phrase("折算", []), "折算", ""),
        # basis: 按美元计算 says how the change was measured
        ("measure_phrase_words.tsv", "按美元计算\tbasis",
         lambda: _last_indicator("全市出口额按美元计算同比增长8%。")[0], "出口额按美元计算", "出口额"),
        # comparison: 较同期 names what the change is compared with
        ("measure_phrase_words.tsv", "较同期\tcomparison",
         lambda: indicator._without_context("工业增加值较同期", []), "工业增加值较同期", "工业增加值"),
        # measure_noun: 造价 is measured by the number after it, not the noun after that
        ("measure_phrase_words.tsv", "造价\tmeasure_noun",
         lambda: extract_text("全市新开工造价20亿元的场馆3个。").facts[0].indicator, "场馆", "新开工造价"),
        # generic_head: 面积 after 小麦产量 is 小麦面积
        ("measure_phrase_words.tsv", "面积\tgeneric_head",
         lambda: _last_indicator("全市小麦产量50万吨，面积30万亩。")[0], "面积", "小麦面积"),
        # relative_head: 增量 after 工业增加值 is its increase
        ("measure_phrase_words.tsv", "增量\trelative_head",
         lambda: _last_indicator("全市工业增加值1000亿元，增量居全国第三位。")[0], "增量", "工业增加值增量"),
        # threshold_verb: 越过 before a number and 的 + a noun makes it a threshold of the measure before
        ("measure_phrase_words.tsv", "越过\tthreshold_verb",
         lambda: extract_text("全市工业增加值越过1000亿元的企业有5家。").facts[0].indicator, "企业有", "工业增加值"),
        # total_head: 总规模 after 工业增加值 is all of it
        ("measure_phrase_words.tsv", "总规模\ttotal_head",
         lambda: _last_indicator("全市工业增加值增长8%，总规模达到1000亿元。"),
         ("总规模", "indicator.before_verb"), ("工业增加值", "indicator.total_of_previous")),
        # derived_average: 年化 (as 年均) reads the measure just named again
        ("measure_phrase_words.tsv", "年化\tderived_average",
         lambda: _last_indicator("全市工业增加值增长8%，两年年化增长5.2%。"),
         ("年化", "indicator.before_change_word"), ("工业增加值", "indicator.derived_rate")),
        # derived_change: 平均增加 (as 平均增长) too
        ("measure_phrase_words.tsv", "增加\tderived_change",
         lambda: _last_indicator("全市工业增加值增长8%，两年平均增加5.2%。"),
         ("工业增加值", "indicator.shared"), ("工业增加值", "indicator.derived_rate")),
        # owner_kind: a list of owners ending with 领域 (as 行业) is dropped from the measure
        ("measure_phrase_words.tsv", "领域\towner_kind",
         lambda: indicator.without_listed_owners("交通运输、有色金属领域的单季净利润"), None, "单季净利润"),
        # class_noun: 区县 (as 行业) counted with what they do
        ("measure_phrase_words.tsv", "区县\tclass_noun", lambda: _last_indicator("今年有22个区县实现增速回升。"),
         ("区县", "indicator.counted_thing"), ("区县实现增速回升", "indicator.counted_doing")),
        # ratio_base_verb: 等于 (as 相当于) before the base a ratio is of
        ("measure_phrase_words.tsv", "等于\tratio_base_verb",
         lambda: _last_indicator("今年全市客运量等于2019年同期的98.2%。")[0], "今年全市客运量等于2019年同期的",
         "客运量"),
        # running_total: 已 before 实现 is taken off with the verb
        ("measure_phrase_words.tsv", "已\trunning_total",
         lambda: _last_indicator("全省医药产业已实现利润总额120亿元。")[0], "利润总额", "医药产业利润总额"),
        # own_word: 本社 (a cooperative's word for itself) opening a phrase
        ("measure_phrase_words.tsv", "本社\town_word", lambda: clean_phrase("本社营业总收入", []),
         "本社营业总收入", "营业总收入"),
        # relative_start: 超过 opens a ratio of the measure just named
        ("measure_phrase_words.tsv", "超过\trelative_start",
         lambda: _last_indicator("全市工业增加值1000亿元，超过地区生产总值的比重为11.9%。"),
         ("超过地区生产总值的比重", "indicator.before_verb"),
         ("工业增加值超过地区生产总值的比重", "indicator.share_of_previous")),
        # than_adverb: 稍 before 高于 (稍高于全国) only compares the measure just named
        ("measure_phrase_words.tsv", "稍\tthan_adverb",
         lambda: _last_indicator("全市工业增加值增长8%，稍高于全国、全省1.5个和0.5个百分点。"),
         ("稍高于全国、全省", "indicator.derived_rate"), ("工业增加值", "indicator.derived_rate")),
        # no_label: 记录 (as 记者) makes the line no label of the figure under it
        ("measure_phrase_words.tsv", "记录\tno_label", lambda: _last_indicator("记录王明\n3481亿元\n"),
         ("记录王明", "indicator.label_line"), ("3481亿元", "indicator.quantity_text")),
        # function_word: 则 alone after a place names no measure
        ("measure_phrase_words.tsv", "则\tfunction_word", lambda: indicator.names_no_measure("广东省则", ("广东省",)),
         False, True),
        # etc_rank: 新兴 between 等 and the items' kind is left out of their measure
        ("measure_phrase_words.tsv", "新兴\tetc_rank",
         lambda: indicator.etc_list("化工、汽车制造、电子信息等新兴行业产值", 3),
         ["化工新兴行业产值", "汽车制造新兴行业产值", "电子信息新兴行业产值"],
         ["化工行业产值", "汽车制造行业产值", "电子信息行业产值"]),
        # name_tail: 一带 right after a subject's name taken off a phrase goes with it
        ("measure_phrase_words.tsv", "一带\tname_tail",
         lambda: clean_phrase("长三角一带主流煤矿坑口价", ["长三角"]), "一带主流煤矿坑口价", "主流煤矿坑口价"),
    ],
    ids=["split", "no_noun", "noun_end", "topic_only", "basis", "comparison", "measure_noun", "generic_head",
         "relative_head", "threshold_verb", "total_head", "derived_average", "derived_change", "owner_kind",
         "class_noun", "ratio_base_verb", "running_total", "own_word", "relative_start", "than_adverb", "no_label",
         "function_word", "etc_rank", "name_tail"],
)
def test_a_measure_phrase_word_added_as_data_is_read(indicator_word_added: Callable[[str, str], None], name: str,
                                                     line: str, read: Callable[[], object], before: object,
                                                     after: object) -> None:
    assert read() == before
    indicator_word_added(name, line)
    assert read() == after


@pytest.mark.parametrize(
    ("line", "title", "read", "before", "after"),
    [
        # report: a yearbook's title (某市2024年国民经济年鉴) dates what it reports
        ("年鉴\treport", "某市2024年国民经济年鉴", lambda t: period_rules.title_period(t), None, "2024"),
        # company_report: a company's short name before 分红 (its dividend) is the company
        ("分红\tcompany_report", "海天味业分红方案出炉", lambda t: subject_rules._title_company(t, 0, len(t)),
         None, "海天味业"),
    ],
    ids=["report", "company_report"],
)
def test_a_title_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch, line: str,
                                            title: str, read: Callable[[str], str | None], before: str | None,
                                            after: str) -> None:
    assert read(title) == before
    _add_line(scratch_lexicon, "title_words.tsv", line)
    monkeypatch.setattr(period_rules, "_TITLE_REPORT", period_rules._title_report_pattern())
    monkeypatch.setattr(subject_rules, "_TITLE_COMPANY", subject_rules._title_company_pattern())
    assert read(title) == after


# quantity_words.tsv: the words around a number that decide how quantities.py reads it

def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_text(text).facts]


def test_every_change_gap_keeps_the_number_after_it_the_change() -> None:
    gaps = lexicon.quantity_words("change_gap")
    assert gaps
    before = lexicon.qualifiers()["before"]
    for gap in gaps:
        found = quantities._change_trigger().search(f"今年全市粮食产量增长{gap}")
        assert found is not None and found.group("gap") == gap, gap
        if gap == "为" or (gap[-1] in "到至" and gap != "达到"):  # (增长到: the number is the level it ends at)
            assert _facts(f"今年全市粮食占比提高{gap}5个百分点。") == [("5个百分点", "level")], gap
        elif gap not in before:  # (a qualifier before the number, 约, is read with it: no gap)
            assert _facts(f"今年全市粮食产量增长{gap}5%。") == [("5%", "change")], gap
    assert _facts("今年全市粮食产量增长或5%。") == [("5%", "level")]  # (the control: no such word)
    assert _facts("今年全市粮食占比提高超5个百分点。") == [("5个百分点", "change")]  # (超 after 高: no qualifier)


def test_a_change_gap_added_as_data_is_read(scratch_lexicon: Path) -> None:
    # quantity_words.tsv, change_gap: 幅度达 (增长幅度达5%) as 幅度为
    text = "今年全市粮食产量增长幅度达5%。"
    assert _facts(text) == [("5%", "level")]
    _add_line(scratch_lexicon, "quantity_words.tsv", "幅度达\tchange_gap")
    quantities._change_trigger.cache_clear()
    try:
        assert _facts(text) == [("5%", "change")]
    finally:
        quantities._change_trigger.cache_clear()


def test_every_duration_word_makes_a_number_of_years_a_duration() -> None:
    words = lexicon.quantity_words("duration_after")
    assert words
    for word in words:
        assert quantities._DURATION_YEAR_OK.fullmatch(word), word
    # (时间 after a number is read as a time of day's 时 first, exclusions.tsv; 以内 as a qualifier)
    assert _facts("全市建成学校用了5年之久。") == [("5年", "level")]
    assert _facts("全市3年内资企业增加5家。")[0] == ("3年", "level")  # (内 before 资: no qualifier)
    assert _facts("全市建成学校用了5年光景。") == []  # (the control: a year)


def _move_or_spread(word: str) -> list[tuple[str, object, object]]:
    facts = [f.contract() for f in extract_text(f"补贴从3万元到5万元{word}。").facts]
    return [(f["text"], f["value"], f["value_max"]) for f in facts]


def test_every_spread_word_makes_from_one_number_to_another_a_range() -> None:
    # quantity_words.tsv, spread_after (不等): 从A到B before it is one range, not a move from one figure to another
    assert lexicon.quantity_words("spread_after")
    for word in lexicon.quantity_words("spread_after"):
        assert _move_or_spread(word) == [("3万元到5万元", 30000, 50000)], word
    assert _move_or_spread("") == [("3万元", 30000, None), ("5万元", 50000, None)]  # (the control: a move)


def test_a_spread_word_added_as_data_is_read(scratch_lexicon: Path) -> None:
    # quantity_words.tsv, spread_after: 之间 (从3万元到5万元之间) spreads as 不等 does
    assert _move_or_spread("之间") == [("3万元", 30000, None), ("5万元", 50000, None)]
    _add_line(scratch_lexicon, "quantity_words.tsv", "之间\tspread_after")
    _clear_lexicon_caches()
    assert _move_or_spread("之间") == [("3万元到5万元", 30000, 50000)]


def test_a_duration_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # quantity_words.tsv, duration_after: 光景 (用了5年光景) as 之久
    text = "全市建成学校用了5年光景。"
    assert _facts(text) == []
    _add_line(scratch_lexicon, "quantity_words.tsv", "光景\tduration_after")
    monkeypatch.setattr(quantities, "_DURATION_YEAR_OK",
                        re.compile(alternation(lexicon.quantity_words("duration_after"))))
    quantities._anchors.cache_clear()  # (the runs always dropped are found with the words too)
    try:
        assert _facts(text) == [("5年", "level")]
    finally:
        monkeypatch.undo()
        quantities._anchors.cache_clear()


def _period_text(word: str, unit: str) -> str:
    return f"全市{word}5{unit}{'之久' if unit == '年' else ''}新建学校5所。"  # (5年之久: no year)


def test_every_period_word_and_unit_make_the_number_a_period_s() -> None:
    words, units = lexicon.quantity_words("period_before"), lexicon.quantity_words("period_unit")
    assert words and units
    for unit in units:
        assert unit in lexicon.units(), unit
        assert _facts(_period_text("", unit))[0] == (f"5{unit}", "level"), unit  # (the control: no period word)
        for word in words:
            assert _facts(_period_text(word, unit)) == [("5所", "level")], (word, unit)


def test_a_period_word_or_unit_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # quantity_words.tsv: 头 (头5个月) as 前; 分钟 (近5分钟) as 小时
    assert _facts(_period_text("头", "个月"))[0] == ("5个月", "level")
    assert _facts(_period_text("近", "分钟"))[0] == ("近5分钟", "level")
    _add_line(scratch_lexicon, "quantity_words.tsv", "头\tperiod_before")
    _add_line(scratch_lexicon, "quantity_words.tsv", "分钟\tperiod_unit")
    monkeypatch.setattr(quantities, "_PERIOD_BEFORE", EndingWith(lexicon.quantity_words("period_before")))
    monkeypatch.setattr(quantities, "_PERIOD_UNITS", frozenset(lexicon.quantity_words("period_unit")))
    assert _facts(_period_text("头", "个月")) == [("5所", "level")]
    assert _facts(_period_text("近", "分钟")) == [("5所", "level")]


def _shares(text: str) -> list[str]:
    return [f.text for f in extract_text(text).facts if f.unit == "%"]


def test_every_share_word_makes_a_fraction_a_share() -> None:
    before, after = lexicon.quantity_words("share_before"), lexicon.quantity_words("share_after")
    assert before and after
    for word in before:
        assert len(_shares(f"全市外资企业{word}1/4。")) == 1, word
    for word in after:
        assert len(_shares(f"全市1/4{word}企业实现盈利。")) == 1, word
    assert _shares("全市外资企业有1/4。") == []  # (the controls: no word of shares)
    assert _shares("全市1/4强企业实现盈利。") == []


def test_a_share_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # quantity_words.tsv: 有 before (外资企业有1/4), 强 after (1/4强) as 占, 以上
    _add_line(scratch_lexicon, "quantity_words.tsv", "有\tshare_before")
    _add_line(scratch_lexicon, "quantity_words.tsv", "强\tshare_after")
    before, after = lexicon.quantity_words("share_before"), lexicon.quantity_words("share_after")
    monkeypatch.setattr(quantities, "_SHARE_CONTEXT_BEFORE", re.compile(rf"(?:{alternation(before)})$"))
    monkeypatch.setattr(quantities, "_SHARE_CONTEXT_AFTER", re.compile(alternation(after)))
    assert _shares("全市外资企业有1/4。") == ["1/4"]
    assert _shares("全市1/4强企业实现盈利。") == ["1/4"]


def _threshold_names_a_class(text: str) -> bool:
    return extract_text(text).facts[0].optional


def test_every_word_after_a_threshold_makes_it_no_class() -> None:
    words = lexicon.quantity_words("not_a_class_before")
    assert words
    for word in words:
        assert not _threshold_names_a_class(f"全市10亿元以上{word}项目有5个。"), word
    assert _threshold_names_a_class("全市10亿元以上项目有5个。")  # (the control: a class of projects)


def test_a_word_after_a_threshold_added_as_data_is_read(scratch_lexicon: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # quantity_words.tsv, not_a_class_before: 者 (10亿元以上者有5个) as 的
    text = "全市10亿元以上者有5个。"
    assert _threshold_names_a_class(text)
    _add_line(scratch_lexicon, "quantity_words.tsv", "者\tnot_a_class_before")
    monkeypatch.setattr(quantities, "_NOT_A_CLASS_BEFORE",
                        re.compile(alternation(lexicon.quantity_words("not_a_class_before"))))
    assert not _threshold_names_a_class(text)


def test_every_ranked_in_verb_makes_the_ordinal_after_what_it_names_a_rank() -> None:
    verbs = lexicon.rank_words("ranked_in")
    assert verbs
    for verb in verbs:
        assert _facts(f"全市工业{verb}湖北第一。") == [("第一", "rank")], verb
    assert _facts("全市工业晋身湖北第一。") == []  # (the control: no such verb)


def test_a_ranked_in_verb_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # rank_words.tsv, ranked_in: 晋身 (晋身湖北第一) as 跻身
    _add_line(scratch_lexicon, "rank_words.tsv", "晋身\tranked_in")
    monkeypatch.setattr(quantities, "_RANKED_IN",
                        re.compile(rf"(?:{alternation(lexicon.rank_words('ranked_in'))})[{HAN}]{{1,6}}$"))
    assert _facts("全市工业晋身湖北第一。") == [("第一", "rank")]


def _kind_of_negative(before: str) -> tuple[str, str | None, str]:
    [fact] = extract_text(f"全市粮食{before}方面产量为-5万吨。").facts
    return fact.kind, fact.direction, str(fact.value)


def test_every_comparison_and_change_context_word_makes_a_negative_number_a_change_down() -> None:
    comparisons, changes = lexicon.quantity_words("comparison_end"), lexicon.quantity_words("change_context")
    assert comparisons and changes
    for word in comparisons:
        assert set(word) & set("比较"), word  # (only a clause's end holding 比 or 较 is searched)
        assert quantities._COMPARISON_END.search(f"全市粮食产量{word}-"), word
    for word in comparisons + changes:
        assert _kind_of_negative(word) == ("change", "down", "50000"), word
    assert _kind_of_negative("") == ("level", None, "-50000")  # (the control: a negative value)
    assert [(f.kind, f.direction) for f in extract_text("全市粮食产量比上年5%。").facts] == [("change", "up")]


def test_a_comparison_or_change_context_word_added_as_data_is_read(scratch_lexicon: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # quantity_words.tsv: 较去年 (较去年5%) as 比去年; 变动 (变动方面…-5万吨) as 增长
    comparison = "全市粮食产量较去年5%。"
    assert [(f.kind, f.direction) for f in extract_text(comparison).facts] == [("level", None)]
    assert _kind_of_negative("变动") == ("level", None, "-50000")
    _add_line(scratch_lexicon, "quantity_words.tsv", "较去年\tcomparison_end")
    _add_line(scratch_lexicon, "quantity_words.tsv", "变动\tchange_context")
    comparisons = lexicon.quantity_words("comparison_end")
    monkeypatch.setattr(quantities, "_COMPARISON_END",
                        SearchAtEnd(re.compile(rf"(?:{alternation(comparisons)})(?:[+]|[-−])?$"), marks="比较"))
    monkeypatch.setattr(quantities, "_CHANGE_CONTEXT",
                        re.compile(alternation(comparisons + lexicon.quantity_words("change_context"))))
    assert [(f.kind, f.direction) for f in extract_text(comparison).facts] == [("change", "up")]
    assert _kind_of_negative("变动") == ("change", "down", "50000")


def _kinds_of_listed_changes(joint: str) -> list[str]:
    return [f.kind for f in extract_text(f"今年全市粮食产量增长8.1%{joint}7.4%。").facts]


def test_every_joint_joins_two_numbers_of_a_list() -> None:
    joints = lexicon.list_words("joint")
    assert joints
    for joint in joints:  # (the second number is the first's kind: a change)
        assert _kinds_of_listed_changes(joint) == ["change", "change"], joint
        assert quantities._BRACKETED_LIST_GAP.fullmatch(f"）{joint}福建（"), joint  # (江西（6.9%）和福建（6.7%）)
    assert _kinds_of_listed_changes("同") == ["change", "level"]  # (the control: no joint)


def test_a_joint_added_as_data_joins_two_numbers_of_a_list(scratch_lexicon: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # list_words.tsv, joint: 同 (增长8.1%同7.4%) as 和
    _add_line(scratch_lexicon, "list_words.tsv", "同\tjoint")
    monkeypatch.setattr(quantities, "LIST_GAP", re.compile(rf"[、，,]|{alternation(lexicon.list_words('joint'))}|、和"))
    assert _kinds_of_listed_changes("同") == ["change", "change"]


def test_every_byline_word_keeps_its_line_s_names_out_of_the_document_s_subject() -> None:
    # (subject_words.tsv, byline: the head line 发布人：腾讯网 names who published the text, not what it is about;
    # the control is a line with no such word, whose company the head names)
    words = lexicon.subject_words("byline")
    assert words
    for w in (*words, "消息"):
        text = f"海上风电发展潜力巨大\n发布时间：2011-07-07\n{w}：腾讯网\n近日，海上风电装机容量达到10万千瓦。"
        organisation = subject_rules.document_region(text).organisation
        assert (organisation is None) == (w != "消息"), (w, organisation)


def test_a_byline_word_added_as_data_keeps_its_line_out_of_the_subject(
        subject_word_added: Callable[[str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv, byline: 供稿 (a made-up line) opens a line naming who supplied the text
    text = "海上风电发展潜力巨大\n发布时间：2011-07-07\n供稿：腾讯网\n近日，海上风电装机容量达到10万千瓦。"
    assert subject_rules.document_region(text).organisation == "腾讯"
    subject_word_added("供稿\tbyline")
    monkeypatch.setattr(subject_rules, "_BYLINE", subject_rules._byline_pattern())
    assert subject_rules.document_region(text).organisation is None


def test_every_closing_word_keeps_a_company_from_starting_inside_it() -> None:
    # (subject_words.tsv, closing_word: 其中石油和天然气开采业 names 石油, not the company 中石油; the control is the
    # company named after a stop)
    words = lexicon.subject_words("closing_word")
    assert words
    for w in words:
        assert "中石油" not in _names(f"工业增加值增长5%，{w[:-1]}中石油和天然气开采业增长8%。"), w
    assert "中石油" in _names("工业增加值增长5%，中石油营业收入增长8%。")


def test_a_closing_word_added_as_data_keeps_a_company_from_starting_inside_it(
        subject_word_added: Callable[[str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    # subject_words.tsv, closing_word: 心中 (a made-up line) is a word, so 心中石油… holds no 中石油
    text = "工业增加值增长5%，心中石油和天然气开采业增长8%。"
    assert "中石油" in _names(text)
    subject_word_added("心中\tclosing_word")
    monkeypatch.setattr(subject_rules, "_WORDS_BEFORE_NAMES", frozenset(lexicon.subject_words("closing_word")))
    assert "中石油" not in _names(text)


def _later_story_period(opening: str) -> str | None:
    """The period of the last figure of a bulletin's second story, opened by `opening` (period_cues.tsv,
    story_opening): the second story's lead's (a holiday) where the opening starts a story, else the first's."""
    text = ("《新闻联播》 (20241008)\n前三季度国民经济运行总体平稳\n央视网消息（新闻联播）：国家统计局今天公布，"
            "前三季度，国内生产总值949746亿元，同比增长4.8%。\n国庆假期文旅消费活跃\n"
            f"{opening}（记者 王明）：文化和旅游部今天发布数据，国庆节假期7天，全国国内旅游出游7.65亿人次。\n"
            "各地景区接待外国游客人数明显增加。\n全国重点景区接待游客1.5亿人次。")
    return {f.text: f.period for f in extract_text(text).facts}["1.5亿人次"]


def test_every_story_opening_starts_a_story_with_its_own_lead() -> None:
    # (period_cues.tsv, story_opening: 央视网消息, 本报讯, 新华社 … at a line's start open a news story; the control
    # is a word that opens none, whose line stays in the first story)
    words = lexicon.period_cues("story_opening")
    assert words
    for w in words:
        assert _later_story_period(w) == "2024-10-01/2024-10-07", w
    assert _later_story_period("据悉") == "2024-01/2024-09"


def test_a_story_opening_added_as_data_starts_a_story(scratch_lexicon: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, story_opening: 光明网消息 (a made-up line) opens a story
    assert _later_story_period("光明网消息") == "2024-01/2024-09"
    _add_line(scratch_lexicon, "period_cues.tsv", "光明网消息\tstory_opening")
    monkeypatch.setattr(period_rules, "_STORY_OPENING", period_rules._story_opening_pattern())
    assert _later_story_period("光明网消息") == "2024-10-01/2024-10-07"


def test_every_trade_prefix_and_tail_keeps_a_financial_trade_a_kind() -> None:
    # (subject_words.tsv, trade_prefix: 上市系 + 保险公司 is a kind of insurer, no name; trade_tail: 保险 +
    # 公司 + 分公司 too; the controls: a name before the trade, 平安保险公司, and a tail that is none, 集团)
    prefixes, tails = lexicon.subject_words("trade_prefix"), lexicon.subject_words("trade_tail")
    assert prefixes and tails
    for p in prefixes:
        assert _names(f"据统计，{p}保险公司营业收入增长5%。") == [], p
    for t in tails:
        assert _names(f"据统计，保险{t}营业收入增长5%。") == [], t
    assert _names("据统计，平安保险公司营业收入增长5%。") == ["平安保险公司"]
    assert _names("据统计，寿险集团营业收入增长5%。") == ["寿险集团"]


@pytest.mark.parametrize(("line", "text"), [("新兴\ttrade_prefix", "据统计，新兴保险公司营业收入增长5%。"),
                                            ("支公司\ttrade_tail", "据统计，保险公司支公司营业收入增长5%。")])
def test_a_trade_prefix_or_tail_added_as_data_keeps_the_trade_a_kind(
        subject_word_added: Callable[[str], None], line: str, text: str) -> None:
    # subject_words.tsv, trade_prefix and trade_tail: 新兴, 支公司 (made-up lines) keep the trade a kind
    assert _names(text) != []
    subject_word_added(line)
    assert _names(text) == []


# weekdays.tsv: a day of the week after 上 is that day of the week before the text's; alone, the last such day
# up to the day published (a text of Friday 3 November 2023)
def _weekday_periods(day: str) -> tuple[str | None, str | None]:
    text = (f"某股市行情\n发布时间：2023-11-03\n上{day}，某指数收于3020.5点。\n"
            f"美国股市{day}上涨，道琼斯指数收高1.7%。\n")
    got = {f.text: f.period for f in extract_text(text).facts}
    return got.get("3020.5点"), got.get("1.7%")


def test_every_weekday_is_its_day_of_the_week() -> None:
    monday_before, friday = date(2023, 10, 23), date(2023, 11, 3)
    for day, index in lexicon.weekdays().items():
        last_week = (monday_before.toordinal() + index)
        this_week = friday.toordinal() - (4 - index) % 7
        assert _weekday_periods(day) == (date.fromordinal(last_week).isoformat(),
                                         date.fromordinal(this_week).isoformat()), day
    assert _weekday_periods("周年") == (None, None)  # (the control: no day of the week)


def test_a_weekday_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # weekdays.tsv: 星期四, as 周四
    assert _weekday_periods("星期四") == (None, None)
    _add_line(scratch_lexicon, "weekdays.tsv", "星期四\t3")
    monkeypatch.setattr(period_rules, "_LAST_WEEKDAY", re.compile(f"上({alternation(lexicon.weekdays())})"))
    monkeypatch.setattr(period_rules, "_BARE_WEEKDAY", re.compile(f"({alternation(lexicon.weekdays())})"))
    assert _weekday_periods("星期四") == ("2023-10-26", "2023-11-02")


# censuses.tsv: a census named in a story's lead gives its figures with no time of their own its year
def _census_name_period(name: str) -> str | None:
    text = (f"中部省会人口大比拼\n{name}数据公布后，各省会城市的人口排位引发热议。\n"
            "乙市常住人口达到1260万人，跻身全省第一。")
    return next(f.period for f in extract_text(text).facts if f.text == "1260万人")


def test_every_census_name_gives_a_story_its_year() -> None:
    for name, year in lexicon.censuses().items():
        assert _census_name_period(name) == str(year), name
    assert _census_name_period("统计") is None  # (the control)
    for word in lexicon.period_cues("not_census"):  # (七普通: no census)
        assert period_rules.census_year("七" + word + "话的数据公布后") is None, word


def test_a_census_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # censuses.tsv: the fourth census (1990), as 四普
    assert _census_name_period("四普") is None
    _add_line(scratch_lexicon, "censuses.tsv", "四普\t1990")
    monkeypatch.setattr(period_rules, "_CENSUS", period_rules._census_pattern())
    assert _census_name_period("四普") == "1990"


def test_a_not_census_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, not_census: 普查 after 七 (七普查点: seven census points) names no census
    assert period_rules.census_year("七普查点数据公布后") == 2020
    _add_line(scratch_lexicon, "period_cues.tsv", "普查\tnot_census")
    monkeypatch.setattr(period_rules, "_CENSUS", period_rules._census_pattern())
    assert period_rules.census_year("七普查点数据公布后") is None


# period_cues.tsv, a company report's own time words: report_to_end (from the year's start to the report's end),
# report_end (a stock at its end), report_within (the report's period itself), report_word (报告期 alone: left
# out of an indicator's phrase with the others)
_REPORT_WORD_PERIOD = {"report_to_end": "2025-01/2025-09", "report_end": "2025-09", "report_within": "2025-07/2025-09"}


def _report_word_reading(word: str) -> tuple[str | None, str | None]:
    text = f"海岳新能源科技股份有限公司2025年第三季度报告\n{word}，公司实现营业收入86.4亿元。\n"
    fact = extract_text(text).facts[0]
    return fact.period, fact.indicator


def test_every_report_time_word_gives_its_period() -> None:
    for role, period in _REPORT_WORD_PERIOD.items():
        assert lexicon.period_cues(role), role
        for word in lexicon.period_cues(role):
            assert _report_word_reading(word) == (period, "营业收入"), word
    for word in lexicon.period_cues("report_word"):
        assert clean_phrase(f"{word}营业收入", []) == "营业收入", word
    assert clean_phrase("当期营业收入", []) == "当期营业收入"  # (the control)
    # (the control: a word of no reading leaves the title's quarter, not the year to its end nor its end)
    assert _report_word_reading("与此同时")[0] == "2025-07/2025-09"


# period_cues.tsv, base_year_before and base_year_not_after: a year a text with no date compares with
# (比2024年增长5%) is before the text's own, which is the year after it; not a year a stretch runs from
def _year_after_base(before: str, after: str = "") -> tuple[int | None, str]:
    return period_rules.document_year(f"全市工业增加值{before}2024年{after}增长5%。", None)


def test_every_base_year_before_word_makes_the_text_s_year_the_one_after() -> None:
    assert lexicon.period_cues("base_year_before")
    for word in lexicon.period_cues("base_year_before"):
        assert _year_after_base(word) == (2025, "year.after_comparison_base"), word
    assert _year_after_base("在") == (2024, "year.latest_named")  # (the control: no comparison)


def test_a_base_year_before_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, base_year_before: 对照 (对照2024年, as 比)
    assert _year_after_base("对照") == (2024, "year.latest_named")
    _add_line(scratch_lexicon, "period_cues.tsv", "对照\tbase_year_before")
    monkeypatch.setattr(period_rules, "_BASE_YEAR", period_rules._base_year_pattern())
    assert _year_after_base("对照") == (2025, "year.after_comparison_base")


def test_every_base_year_not_after_word_makes_the_year_before_it_no_base() -> None:
    assert lexicon.period_cues("base_year_not_after")
    for word in lexicon.period_cues("base_year_not_after"):
        assert _year_after_base("比", word)[1] != "year.after_comparison_base", word
    assert _year_after_base("比", "同期") == (2025, "year.after_comparison_base")  # (the control)


def test_a_base_year_not_after_word_added_as_data_is_read(scratch_lexicon: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, base_year_not_after: 以后 (比2024年以后, as 以来)
    assert _year_after_base("比", "以后") == (2025, "year.after_comparison_base")
    _add_line(scratch_lexicon, "period_cues.tsv", "以后\tbase_year_not_after")
    monkeypatch.setattr(period_rules, "_BASE_YEAR", period_rules._base_year_pattern())
    assert _year_after_base("比", "以后")[1] != "year.after_comparison_base"


# period_cues.tsv, other_week: in a sentence about another week, a day of the week named alone (周四) is not
# the last such day up to the day published (a text of Friday 3 November 2023)
def _bare_weekday_period(opening: str) -> str | None:
    text = f"某股市行情\n发布时间：2023-11-03\n{opening}美国股市连续下跌，周四上涨，道琼斯指数收高1.7%。\n"
    return next(f.period for f in extract_text(text).facts if f.text == "1.7%")


def test_every_other_week_word_keeps_a_weekday_alone_from_the_text_s_week() -> None:
    assert lexicon.period_cues("other_week")
    for word in lexicon.period_cues("other_week"):
        assert _bare_weekday_period(word) is None, word
    assert _bare_weekday_period("此前") == "2023-11-02"  # (the control)


def test_an_other_week_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, other_week: 上一周 (as 上周)
    assert _bare_weekday_period("上一周") == "2023-11-02"
    _add_line(scratch_lexicon, "period_cues.tsv", "上一周\tother_week")
    monkeypatch.setattr(period_rules, "_OTHER_WEEK", period_rules._other_week_pattern())
    assert _bare_weekday_period("上一周") is None


# period_cues.tsv, this_week: in a morning market digest, a move of the text's own week (本周累计跌0.8%) is of
# the days of that trading week up to the session reported
def _digest_week_period(word: str) -> str | None:
    text = f"财经早餐2025年3月15日星期六\n03-15 06:30\n1、美元指数跌0.3%报103.72，{word}累计跌0.8%。"
    return next(f.period for f in extract_text(text).facts if f.text == "0.8%")


def test_every_this_week_word_gives_a_digest_s_move_its_week() -> None:
    assert lexicon.period_cues("this_week")
    for word in lexicon.period_cues("this_week"):
        assert _digest_week_period(word) == "2025-03-10/2025-03-14", word
    assert _digest_week_period("当日") == "2025-03-14"  # (the control: the session)


def test_a_this_week_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, this_week: 这周 (as 本周)
    assert _digest_week_period("这周") == "2025-03-14"
    _add_line(scratch_lexicon, "period_cues.tsv", "这周\tthis_week")
    monkeypatch.setattr(period_rules, "_THIS_WEEK", period_rules._this_week_pattern())
    assert _digest_week_period("这周") == "2025-03-10/2025-03-14"


# place_suffixes.tsv, county: a county that became a district or a city is read by its stem with any county
# suffix, as it was named then or is now (清苑县 of the gazetteer's 清苑区; 南和区 of its 南和县)
def _clear_county_caches() -> None:
    for cached in (subject_rules._gazetteer_forms, subject_rules._county_forms):
        cached.cache_clear()


def test_every_county_suffix_writes_a_renamed_county() -> None:
    assert lexicon.county_suffixes()
    for suffix in lexicon.county_suffixes():
        assert _names(f"据统计，清苑{suffix}粮食产量增长5%。") == [f"清苑{suffix}"], suffix
        assert _names(f"据统计，南和{suffix}粮食产量增长5%。") == [f"南和{suffix}"], suffix
    assert _names("据统计，清苑旗粮食产量增长5%。") == []  # (the control: 旗 is no county suffix)


def test_a_county_suffix_added_as_data_is_read(scratch_lexicon: Path) -> None:
    # place_suffixes.tsv, county: 旗 (a banner is county-level too)
    text = "据统计，清苑旗粮食产量增长5%。"
    assert _names(text) == []
    path = scratch_lexicon / "place_suffixes.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace("旗\t1\n", "旗\t1\t1\n"), encoding="utf-8")
    _clear_lexicon_caches()
    _clear_county_caches()
    try:
        assert _names(text) == ["清苑旗"]
    finally:
        _clear_lexicon_caches()
        _clear_county_caches()


# place_suffixes.tsv, town: a line of the head opening with a town's name (红石镇, 采胜街道) makes the text the town's
def test_every_town_suffix_makes_a_head_line_the_town_s_text() -> None:
    assert lexicon.town_suffixes()
    for suffix in lexicon.town_suffixes():
        text = f"采胜{suffix}\n一、基本情况\n现辖3个城市社区，总人口38943人。"
        assert [f.subject for f in extract_text(text).facts] == [f"采胜{suffix}"] * 2, suffix
    text = "采胜村\n一、基本情况\n现辖3个城市社区，总人口38943人。"
    assert [f.subject for f in extract_text(text).facts] == [None, None]  # (the control: 村 is no town suffix)


# title_words.tsv, execution: a title's year before a word of how it went (预算执行情况) is the year its 全年 and
# 年末 are of, not the year the report is delivered in
def _execution_periods(word: str) -> list[str | None]:
    text = (f"某市2025年预算{word}和2026年预算草案\n某市财政局\n2026年1月\n"
            "全年一般公共预算收入完成85亿元，增长3%。截至年末，政府债务余额197.88亿元。")
    return [f.period for f in extract_text(text).facts]


def test_every_execution_word_makes_the_title_s_year_the_reviewed_one() -> None:
    assert lexicon.title_words("execution")
    for word in lexicon.title_words("execution"):
        assert _execution_periods(word) == ["2025", "2025", "2025-12"], word
    assert _execution_periods("安排") == ["2026", "2026", "2026-12"]  # (the control: the year delivered in)


def test_an_execution_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # title_words.tsv, execution: 完成情况 (预算完成情况, as 执行情况)
    assert _execution_periods("完成情况") == ["2026", "2026", "2026-12"]
    _add_line(scratch_lexicon, "title_words.tsv", "完成情况\texecution")
    monkeypatch.setattr(period_rules, "_TITLE_EXECUTION", period_rules._title_execution_pattern())
    assert _execution_periods("完成情况") == ["2025", "2025", "2025-12"]


# period_cues.tsv, base_year_joined and base_year_closing: 与2024年 is a base only where its clause closes the
# comparison (与2024年同期相比), not where 与 joins two things (2025年预算执行情况与2026年预算草案)
def test_every_base_year_joined_word_compares_only_where_its_clause_closes() -> None:
    assert lexicon.period_cues("base_year_joined") and lexicon.period_cues("base_year_closing")
    for word in lexicon.period_cues("base_year_joined"):
        for closing in lexicon.period_cues("base_year_closing"):
            assert _year_after_base(word, f"{closing}") == (2025, "year.after_comparison_base"), (word, closing)
        assert _year_after_base(word, "预算草案的")[1] != "year.after_comparison_base", word


def test_a_base_year_closing_word_added_as_data_is_read(scratch_lexicon: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # period_cues.tsv, base_year_closing: 对比 (与2024年对比, as 相比)
    assert _year_after_base("与", "对比")[1] != "year.after_comparison_base"
    _add_line(scratch_lexicon, "period_cues.tsv", "对比\tbase_year_closing")
    monkeypatch.setattr(period_rules, "_BASE_YEAR", period_rules._base_year_pattern())
    assert _year_after_base("与", "对比") == (2025, "year.after_comparison_base")


# generic_names.tsv, zone_end: a name ending with the word is a kind (乡村振兴示范区), unless a place opens it
# (济源示范区: that place's zone, a name)
def test_every_zone_end_word_after_a_place_is_that_place_s_zone() -> None:
    assert lexicon.generic_names("zone_end")
    for word in lexicon.generic_names("zone_end"):
        assert _names(f"据统计，济源{word}生产总值增长5%。") == [f"济源{word}"], word
        assert _names(f"据统计，乡村振兴{word}生产总值增长5%。") == [], word  # (the control: a kind)


def test_a_zone_end_word_added_as_data_is_read(scratch_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # generic_names.tsv, zone_end: 园区 (济源园区, as 济源示范区) where it was an end
    assert _names("据统计，济源园区生产总值增长5%。") == []
    path = scratch_lexicon / "generic_names.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace("园区\tend\n", "园区\tzone_end\n"), encoding="utf-8")
    _clear_lexicon_caches()
    zones = tuple(longest_first(lexicon.generic_names("zone_end")))
    monkeypatch.setattr(subject_rules, "_ZONE_ENDINGS", zones)
    endings = tuple(longest_first([*lexicon.generic_names("end"), *zones]))
    monkeypatch.setattr(subject_rules, "_GENERIC_ENDINGS", endings)
    assert _names("据统计，济源园区生产总值增长5%。") == ["济源园区"]
