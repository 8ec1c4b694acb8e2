"""The indicator catalogue (lexicon/indicators.tsv): every entry reached, the readings chosen by kind
and unit (never across dimensions), comparable base values, and sentences that say one measure in
different words landing on one id and one base value."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from extract import lexicon
from extract.attribute.catalogue import _fold, _key, _spelled_out, base_value, catalogue, indicator_id
from extract.pipeline import extract_text

# a unit a level of each dimension may have
UNIT_OF: dict[str, str] = {
    "money": "CNY", "energy": "kWh", "power": "kW", "mass": "t", "volume": "m3", "area": "m2", "length": "km",
    "count": "个", "rate": "%", "index": "", "duration": "d", "other": "",
}


def _level_reading(entry: lexicon.Indicator) -> tuple[str, str]:
    """(kind, unit) of a fact that is a level of the entry, and the id it must get."""
    if entry.reading == "growth":
        return "level", "%"
    return "level", UNIT_OF[entry.dimension]


@pytest.mark.parametrize("entry", lexicon.indicators(), ids=lambda e: e.id)
def test_every_name_and_synonym_maps_to_its_entry(entry: lexicon.Indicator) -> None:
    kind, unit = _level_reading(entry)
    for name in (entry.name_zh, *entry.synonyms):
        assert indicator_id(name, kind, unit).id == entry.id, name


def test_no_name_stands_under_two_ids_of_one_dimension() -> None:
    """A name (as it is looked up: its key) names one entry, or entries of different dimensions that
    the unit tells apart (风电: installed capacity in kW, generation in kWh)."""
    seen: dict[tuple[str, str], str] = {}
    for entry in lexicon.indicators():
        for name in {entry.name_zh, *entry.synonyms}:
            key = (_key(_spelled_out(_fold(name), catalogue().shorts)), entry.dimension)
            assert seen.setdefault(key, entry.id) == entry.id, f"{name}: {seen[key]} and {entry.id}"


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("风电", "kW", "installed_capacity_wind"), ("风电", "kWh", "generation_wind"),
    ("全省水电", "万千瓦", None), ("核电", "MW", "installed_capacity_nuclear"), ("核电", "亿千瓦时", None),
    ("核电", "GWh", "generation_nuclear"), ("光伏", "t", None),
])
def test_a_name_of_two_entries_is_the_one_its_unit_fits(phrase: str, unit: str, expected: str | None) -> None:
    assert indicator_id(phrase, "level", unit).id == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("生猪价格", "元/公斤", "live_hog_price"),  # money per a unit: a price
    ("基本每股收益", "元/股", "eps"),  # a per-share amount
    ("营业收入", "元/股", None),  # not an amount per a unit
    ("能源消费总量", "tce", "energy_consumption_total"),  # tonnes of coal equivalent are energy
    ("上海凤凰营业收入", "CNY", "revenue"),  # a company (companies.tsv) before the measure
])
def test_units_and_words_around_a_measure(phrase: str, unit: str, expected: str | None) -> None:
    assert indicator_id(phrase, "level", unit).id == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("新业务价值", "港元", "new_business_value"),  # a unit as written (units.tsv) is the unit of its code
    ("集装箱吞吐量", "TEU", "container_throughput"),
    ("出口总额", "美元", "exports"),
    ("集装箱吞吐量", "港元", None),  # never across dimensions
])
def test_a_unit_as_written_fits_as_its_code(phrase: str, unit: str, expected: str | None) -> None:
    assert indicator_id(phrase, "level", unit).id == expected


def test_a_change_of_two_entries_in_percent_is_no_guess() -> None:
    assert indicator_id("风电", "change", "%").id is None


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("住户存款", "level", "CNY", "household_deposits"),  # a stock named without 余额
    ("人民币贷款", "level", "CNY", "rmb_loans_outstanding"),
    ("人民币贷款", "change", "%", "rmb_loans_outstanding_growth"),
    ("人民币贷款", "change", "CNY", "new_rmb_loans"),  # a stock's change in its unit is its flow
    ("人民币存款余额", "change", "CNY", "new_rmb_deposits"),
    ("社会融资规模存量", "change", "CNY", "tsf_flow"),
    ("住户存款余额", "change", "CNY", "household_deposits_change"),  # no flow entry: the change reading
])
def test_a_stock_and_its_flow(phrase: str, kind: str, unit: str, expected: str) -> None:
    assert indicator_id(phrase, kind, unit).id == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("住宿和餐饮业的增加值", "CNY", "accommodation_catering_value_added"),  # 的
    ("交通运输仓储与邮政业增加值", "CNY", "transport_storage_post_value_added"),  # 与 for 和, no list comma
    ("社会保障及就业支出", "CNY", "social_security_expenditure"),
    ("第三产业增加值占全省生产总值的比例", "%", "tertiary_share_of_gdp"),  # GDP's names, the share word
    ("研发经费投入占地区生产总值比率", "%", "rd_intensity"),
    ("服务业增加值所占比重", "%", "tertiary_share_of_gdp"),
])
def test_spellings_that_do_not_change_the_measure(phrase: str, unit: str, expected: str) -> None:
    assert indicator_id(phrase, "level", unit).id == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("三产增加值占地区GDP的比例", "%", "tertiary_share_of_gdp"),  # the part and the whole by their own names
    ("高技术制造业增加值占规上工业增加值总量的比重", "%", "high_tech_manufacturing_share"),
    ("规模以上工业原煤产量占全国比重", "%", None),  # no share entry of that part
    ("第三产业增加值占一般公共预算收入比重", "%", None),  # a part with another whole
    ("三产增加值占地区GDP的比例", "CNY", None),  # a share is never an amount
])
def test_a_share_is_read_from_its_part_and_its_whole(phrase: str, unit: str, expected: str | None) -> None:
    mapping = indicator_id(phrase, "level", unit)
    assert mapping.id == expected
    assert expected is None or mapping.rule == "catalogue.share_parts"


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("滨江片区实现地区生产总值", "level", "CNY", "gdp"),  # a name after a verb its subject stands before
    ("滨江片区完成规模以上工业增加值", "change", "%", "industrial_value_added_above_scale_growth"),
    ("滨江片区累计实现社会消费品零售总额", "level", "CNY", "retail_sales"),
    ("滨江片区实现地区生产总值增速", "level", "%", "gdp_growth"),  # and a growth word after it
    ("限额以上单位通过互联网实现的餐饮收入", "change", "%", None),  # 的: a narrower measure
    ("滨江片区实现地区生产总值", "level", "%", None),  # never across dimensions
])
def test_a_name_after_a_verb_is_that_name(phrase: str, kind: str, unit: str, expected: str | None) -> None:
    mapping = indicator_id(phrase, kind, unit)
    assert mapping.id == expected
    assert expected is None or mapping.rule in ("catalogue.after_verb", "catalogue.growth_word")


@pytest.mark.parametrize(("phrase", "expected"), [
    # a whole that is only a place or scope word is the wider total of the same measure, not the whole
    # of the share entry named part 占比 (第三产业增加值占比: of GDP)
    ("第三产业增加值占全国比重", None),
    ("税收收入占全省的比重", None),
    ("新能源汽车销量占全球比重", None),
    ("第三产业增加值占全省生产总值的比例", "tertiary_share_of_gdp"),  # a place before a whole that names one
    ("第三产业增加值占比", "tertiary_share_of_gdp"),  # (the share entry named part 占比: of GDP)
])
def test_a_share_of_a_places_total_is_not_the_share_of_another_whole(phrase: str, expected: str | None) -> None:
    assert indicator_id(phrase, "level", "%").id == expected


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    # the subject before the verb is part of the measure's name: the phrase without the verb is that name
    # (not the company measure after the verb)
    ("规模以上服务业企业实现营业收入", "level", "CNY", "services_above_scale_revenue"),
    ("全市限额以上单位实现消费品零售额", "level", "CNY", "retail_sales_above_quota"),
    ("规模以上工业企业累计实现营业收入", "change", "%", "industrial_operating_revenue_growth"),
    ("全省规上服务业企业实现营业收入增速", "level", "%", "services_above_scale_revenue_growth"),
])
def test_a_name_the_verb_stands_inside_is_that_name(phrase: str, kind: str, unit: str, expected: str) -> None:
    mapping = indicator_id(phrase, kind, unit)
    assert mapping.id == expected
    assert mapping.rule in ("catalogue.verb_dropped", "catalogue.growth_word")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("高技术制造业增加值占比", "high_tech_manufacturing_share"),  # the one share entry of that part
    ("高技术制造业增加值占全部工业企业比重", "high_tech_manufacturing_share"),  # a whole that names no entry
    ("高技术制造业增加值占全国比重", None),  # a share of the national total is another measure
    ("规模以上工业原煤产量占比", None),  # no share entry of that part
    ("第三产业增加值占一般公共预算收入比重", None),  # a whole that names another entry
])
def test_a_share_is_read_from_its_part_alone(phrase: str, expected: str | None) -> None:
    mapping = indicator_id(phrase, "level", "%")
    assert mapping.id == expected
    assert expected is None or mapping.rule == "catalogue.share_of_part"


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("地区生产总值 [", "level", "CNY", "gdp"),  # an aside left open at the end
    ("地区生产总值（", "change", "%", "gdp_growth"),
])
def test_spellings_of_punctuation_that_do_not_change_the_measure(phrase: str, kind: str, unit: str,
                                                                  expected: str) -> None:
    assert indicator_id(phrase, kind, unit).id == expected


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("春节假期全社会跨区域人员流动量", "level", "人次", "cross_regional_trips"),  # a holiday is a time
    ("国庆、中秋假期全社会跨区域人员流动量", "change", "%", "cross_regional_trips_growth"),
    ("“五一”假期国内旅游出游人次", "level", "人次", "domestic_tourist_trips"),
    ("中秋全社会跨区域人员流动量", "level", "人次", None),  # 中秋 alone is a holiday only with its word
])
def test_a_holiday_before_a_name_is_a_time(phrase: str, kind: str, unit: str, expected: str | None) -> None:
    assert indicator_id(phrase, kind, unit).id == expected


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("郑州机场年货邮吞吐量", "level", "t", "airport_cargo_throughput"),  # a named site or body first
    ("华信电气股份有限公司营业收入", "change", "%", "revenue_growth"),
    ("东湖高新区地区生产总值", "level", "CNY", "gdp"),
    ("机场货邮吞吐量", "level", "t", "airport_cargo_throughput"),  # a name that is one anyway
    ("三峡电站装机容量", "level", "kW", None),  # one plant is no subject end: its capacity, not a series
    ("万科市值", "level", "CNY", "market_cap"),  # a listed company by its short name (listed_companies.tsv)
    ("彼时立讯精密营业收入", "change", "%", "revenue_growth"),
    ("万科公司市值", "level", "CNY", "market_cap"),
    # a count of places (subject_words.tsv, place_count) whose figure it is, after a region's name or not
    ("多个县区经济总量", "level", "CNY", "gdp"),
    ("皖北6市常住人口", "level", "人", "resident_population"),
    ("21个省份地区生产总值", "change", "%", "gdp_growth"),
])
def test_a_named_subject_before_a_name_is_taken_off(phrase: str, kind: str, unit: str,
                                                    expected: str | None) -> None:
    mapping = indicator_id(phrase, kind, unit)
    assert mapping.id == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), [
    ("参加基本养老保险", "人", "pension_insured"),  # a name without the word that ends it (人数)
    ("光伏发电装机", "kW", "installed_capacity_solar"),  # 容量
    ("医院", "个", "hospitals"),  # 数
    ("用电", "kWh", "electricity_consumption_total"),  # a stem that is a name stays that name's
])
def test_a_name_written_without_its_last_word(phrase: str, unit: str, expected: str) -> None:
    assert indicator_id(phrase, "level", unit).id == expected


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    # a word that may stand before a name (实际, 国内) is taken off only until what is left is a name
    ("全省实际使用外资", "change", "%", "actual_use_of_foreign_capital_growth"),
    ("全国实际使用外资金额", "level", "CNY", "actual_use_of_foreign_capital"),
    ("全国国内旅游出游人次", "level", "人次", "domestic_tourist_trips"),
    ("2024年全市国内旅游收入", "level", "CNY", "domestic_tourism_revenue"),
    ("全年实际GDP", "change", "%", "gdp_growth"),  # and further when no earlier part is one
])
def test_scope_words_are_taken_off_only_until_a_name_is_left(phrase: str, kind: str, unit: str,
                                                              expected: str) -> None:
    assert indicator_id(phrase, kind, unit).id == expected


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected"), [
    ("市本级一般公共预算收入", "level", "CNY", "general_budget_revenue"),  # a budget's own level
    ("市级政府性基金预算支出", "change", "%", "government_fund_expenditure_growth"),
    ("县区经济总量", "level", "CNY", "gdp"),
    ("国内汽车销量", "level", "辆", "automobile_sales"),
    ("中报净利润", "change", "%", "net_profit_growth"),  # a report's name is a time
    ("总净利润", "change", "%", "net_profit_growth"),
    ("CPI同比涨幅", "level", "%", "cpi_growth"),
    ("规模以上工业增加值比上年同期增长", "level", "%", "industrial_value_added_above_scale_growth"),
    ("全市GDP总量增速", "level", "%", "gdp_growth"),  # a neutral end word before the growth word
    # a group of cities an environment figure is measured over is its scope, not its measure
    ("环保重点城市二氧化硫年均浓度", "change", "%", "so2_concentration_growth"),
    ("地级及以上城市二氧化硫年均浓度", "change", "%", "so2_concentration_growth"),
])
def test_scope_time_and_growth_words_around_a_name(phrase: str, kind: str, unit: str, expected: str) -> None:
    assert indicator_id(phrase, kind, unit).id == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("一般公共预算收入总计", None),  # the revenue with transfers and bonds added: as much as 支出总计
    ("市级政府性基金预算支出总计", None),
    ("国有资本经营预算收入合计", None),
    ("税收收入合计", "tax_revenue"),  # not a budget account: 合计 changes nothing
    ("负债合计", "total_liabilities"),
])
def test_a_budget_accounts_total_is_not_its_revenue(phrase: str, expected: str | None) -> None:
    assert indicator_id(phrase, "level", "CNY").id == expected


def test_a_growth_entry_reads_a_level_entry() -> None:
    ids = {e.id for e in lexicon.indicators()}
    for entry in lexicon.indicators():
        if entry.reading == "growth":
            assert entry.id.endswith("_growth") and entry.id.removesuffix("_growth") in ids, entry.id


def test_every_indicator_word_is_read() -> None:
    for word, (role, stands_for) in lexicon.indicator_words().items():
        if role == "prefix":
            assert indicator_id(f"{word}地区生产总值", "level", "CNY").id == "gdp", word
        elif role == "growth":
            assert indicator_id(f"地区生产总值{word}", "level", "%").id == "gdp_growth", word
        elif role == "suffix":
            assert indicator_id(f"地区生产总值{word}", "level", "CNY").id == "gdp", word
        elif role == "subject_end":  # a named body or site before a name
            assert indicator_id(f"东湖{word}地区生产总值", "level", "CNY").id == "gdp", word
        elif role == "verb":  # before a name, and between a subject and a name
            assert indicator_id(f"{word}地区生产总值", "level", "CNY").id == "gdp", word
            assert indicator_id(f"滨江片区{word}地区生产总值", "level", "CNY").id == "gdp", word
        elif role == "share_of":
            assert indicator_id(f"三产增加值{word}全省GDP比重", "level", "%").id == "tertiary_share_of_gdp", word
        elif role == "predicate":  # opening the clause's predicate after a name
            assert indicator_id(f"地区生产总值{word}前列", "level", "CNY").id == "gdp", word
        else:
            names = [n for e in lexicon.indicators() for n in (e.name_zh, *e.synonyms) if stands_for in n]
            assert names, f"{word}: no name holds {stands_for}"
            entry = next(e for e in lexicon.indicators() if names[0] in (e.name_zh, *e.synonyms))
            kind, unit = _level_reading(entry)
            assert indicator_id(names[0].replace(stands_for, word), kind, unit).id == entry.id, word


def test_every_base_unit_is_a_unit_of_the_same_dimension() -> None:
    dimension = {u.code: u.dimension for u in lexicon.units().values()}
    for code, (base, factor) in lexicon.base_units().items():
        assert code in dimension and base in dimension, code
        assert dimension[code] == dimension[base] or {dimension[code], dimension[base]} == {"ratio_bp", "ratio"}
        assert factor > 0


@pytest.mark.parametrize(("phrase", "kind", "unit", "expected", "rule"), [
    ("地区生产总值", "level", "CNY", "gdp", "catalogue.name"),
    ("国内生产总值连续", "level", "CNY", "gdp", "catalogue.before_predicate"),
    ("研发支出排名第一", "level", "CNY", "rd_investment", "catalogue.before_predicate"),
    ("CPI增幅将有望", "change", "%", "cpi_growth", "catalogue.growth_word"),
    ("全县地区生产总值", "level", "CNY", "gdp", "catalogue.scoped"),
    ("1—11月份规模以上工业增加值", "change", "%", "industrial_value_added_above_scale_growth", "catalogue.scoped"),
    ("贵阳市GDP", "level", "CNY", "gdp", "catalogue.scoped"),
    ("GDP增速", "level", "%", "gdp_growth", "catalogue.name"),
    ("社会消费品零售总额增速", "level", "%", "retail_sales_growth", "catalogue.growth_word"),
    ("社会消费品零售总额", "change", "%", "retail_sales_growth", "catalogue.name"),
    ("常住人口", "change", "人", "resident_population_change", "catalogue.name"),
    ("城镇调查失业率", "change", "pp", "surveyed_unemployment_rate_change", "catalogue.name"),
    # never across dimensions
    ("社会消费品零售总额", "level", "%", None, "catalogue.none"),
    ("城镇调查失业率", "level", "CNY", None, "catalogue.none"),
    ("城镇调查失业率", "change", "%", None, "catalogue.none"),
    ("发电量", "level", "kW", None, "catalogue.none"),
    ("地区生产总值", "rank", "位", None, "catalogue.none"),
    # a narrower measure is another measure
    ("第三产业增加值", "level", "CNY", "tertiary_industry_value_added", "catalogue.name"),
    ("非金属矿物制品业利润总额", "level", "CNY", None, "catalogue.none"),  # one industry of forty-one
])
def test_the_reading_follows_kind_and_unit(phrase: str, kind: str, unit: str, expected: str | None,
                                           rule: str) -> None:
    mapping = indicator_id(phrase, kind, unit)
    assert (mapping.id, mapping.rule) == (expected, rule)


def test_derived_readings_are_catalogue_entries() -> None:
    entries = catalogue().entries
    assert entries["retail_sales_growth"].of == "retail_sales"
    assert entries["gdp_growth"].of == "gdp"  # the explicit entry, not a derived copy
    assert entries["surveyed_unemployment_rate_change"].dimension == "rate"
    assert "surveyed_unemployment_rate_growth" not in entries  # a rate has no growth rate


@pytest.mark.parametrize(("value", "unit", "base", "base_unit"), [
    ("5000000", "kW", "5000000000", "W"),
    ("5000", "MW", "5000000000", "W"),
    ("5", "GW", "5000000000", "W"),
    ("449.2", "kL", "449.2", "m3"),
    ("12", "kg", "0.012", "t"),
    ("3", "mu", "3", "mu"),  # 1/15 ha is no exact decimal: mu stays its own axis
    ("45482", "CNY", "45482", "CNY"),
    ("2000", "家", "2000", "家"),
    ("25", "bp", "0.25", "pp"),
])
def test_base_values_are_exact(value: str, unit: str, base: str, base_unit: str) -> None:
    got, got_unit = base_value(Decimal(value), unit)
    assert got_unit == base_unit and got == Decimal(base)


def test_a_compound_unit_has_no_base_value() -> None:
    assert base_value(Decimal("52.3"), "元/股") == (None, None)


def _facts(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(f.indicator_id, f.value_base, f.base_unit) for f in extract_text(text).facts]


@pytest.mark.parametrize("pair", [
    ("2024年，全省规上工业增加值增长8.5%。", "2024年，全省规模以上工业增加值增长8.5%。"),
    ("2024年，全市地区生产总值5500亿元。", "2024年，全市GDP达5500亿元。"),
    ("2024年，全省社会消费品零售总额增长6.1%。", "2024年，全省社零总额增长6.1%。"),
    ("截至2024年底，全省电力装机容量500万千瓦。", "截至2024年底，全省发电装机5000兆瓦。"),
    ("截至2024年底，全省发电装机容量达到5吉瓦。", "截至2024年底，全省总装机容量500万千瓦。"),
])
def test_one_measure_in_different_words_is_one_id_and_one_base_value(pair: tuple[str, str]) -> None:
    first, second = (_facts(text) for text in pair)
    assert len(first) == len(second) == 1
    assert first == second and first[0][0] is not None


def test_the_mapping_adds_fields_and_a_rule_only() -> None:
    fact = extract_text("2024年，全省地区生产总值5500亿元，增长5.2%。").facts
    assert [(f.indicator, f.unit, f.kind, f.indicator_id) for f in fact] == [
        ("地区生产总值", "CNY", "level", "gdp"), ("地区生产总值", "%", "change", "gdp_growth")]
    assert all(f.rule.split()[-1].startswith("catalogue.") for f in fact)
    assert fact[0].value_base == Decimal("550000000000") and fact[0].base_unit == "CNY"


# ------------------------------------------------------------------ the gold mapping
# Indicator phrases of real published text (tests/real: dev and validation documents), each with the
# id a reader who did not write the mapping gave it (null when no entry is that measure). The dev
# parts' errors are read to improve the catalogue; the held-out part's are not.
GOLD = Path(__file__).parent / "catalogue"
# (precision, recall) floors as measured; the bar is precision 0.95, recall 0.85
# (both parts re-read against the current catalogue in the eleventh session: four rows null → an id,
# which lowered recall, dev 0.986 → 0.961 before the scope words it showed missing, held-out 0.770 → 0.746)
# (twelfth session: the general rules and entries of its commits, ten dev rows of measures then added
# re-annotated; held-out 0.940/0.746 → 0.941/0.762)
# (thirteenth session: a verb inside a name, catalogue.verb_dropped; held-out 0.941/0.762 → 0.942/0.778)
# (entries for measures the reviewer found missing: eighteen dev rows of those measures re-annotated, dev
# 0.977/0.977 → 0.981/0.981; held-out rows of those measures still say null until re-checked, which lowers
# its precision 0.942 → 0.803; fourteenth session: the held-out null rows re-checked against those entries,
# 11 of 167 given them: held-out 0.951/0.784)
# (sixteenth session: a second dev part, phrases_dev2.tsv, 260 phrases of the dev documents' facts not in the
# other two, annotated by a reader who did not read the mapping: 0.872/0.732 as first measured; the words
# opening a clause's predicate (catalogue.before_predicate) and the synonyms it showed missing brought it to
# 0.893/0.893, the other parts unchanged)
# (nineteenth session: a third dev part, phrases_dev3.tsv, 260 phrases of the dev documents' facts not in the other
# three, sampled at random and annotated by a reader who did not read the mapping: 0.933/0.636 as first measured;
# synonyms it showed missing (秋粮总产, 地铁运营里程, 查验出入境人员, 新能源总装机, 国有投资) and 双双
# opening a predicate, 彼时 before a name, brought it to 0.941/0.727, the other parts unchanged; eight entries for
# measures the reader found none for (电厂存煤, 专项转移支付, 动力煤价格…: its two rows so reasoned now name them)
# to 0.943/0.735)
# (twenty-first session: a fourth dev part, phrases_dev4.tsv, 260 phrases of the facts of the documents merged that
# session, sampled at random and annotated by a reader who did not read the mapping: 0.910/0.709 as first measured;
# synonyms it showed missing (石油需求, 乡村居民人均可支配收入, 减免税费, PCT专利申请受理量 …), 本地 as a prefix word
# and 到位资金 alone no longer the developers' funds brought it to 0.946/0.814; a listed company's short name taken
# off the front, dev3 0.943/0.735 → 0.944/0.750; the other parts unchanged)
# (twenty-third session: a count of places at the front (多个县区), 分别为 as a verb, 最终录得 opening a predicate
# and 揽收量: dev3 0.945/0.794, dev4 0.947/0.837; a fifth dev part, phrases_dev5.tsv, 280 phrases of the facts of
# the session's new documents, sampled at random and annotated by a reader who did not read the mapping, most of
# them old industry news whose figures no entry holds (235 null): 0.815/0.489 as first measured; synonyms it
# showed missing (移动通信用户数, 赔款与给付支出, 货邮运输量, 境外游客, 肉类总产, 粮食每亩产量), 年产 as a prefix word
# and 只 opening a predicate brought it to 0.853/0.644; the other parts unchanged, held-out 0.951/0.784)
FLOORS = {"phrases_dev.tsv": (0.980, 0.980), "phrases_dev2.tsv": (0.892, 0.892), "phrases_dev3.tsv": (0.946, 0.793),
          "phrases_dev4.tsv": (0.946, 0.836), "phrases_dev5.tsv": (0.852, 0.644),
          "phrases_heldout.tsv": (0.950, 0.783)}


def mapping_scores(path: Path) -> tuple[float, float, int]:
    """Precision and recall of the mapping on a gold file, and its number of rows."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    right = wrong = missed = 0
    for row in rows:
        gold = None if row["expected_id"] == "null" else row["expected_id"]
        got = indicator_id(row["phrase"], row["kind"], row["unit"]).id
        right += got is not None and got == gold
        wrong += got is not None and got != gold
        missed += gold is not None and got != gold
    return right / max(right + wrong, 1), right / max(right + missed, 1), len(rows)


def test_the_gold_has_at_least_400_phrases_with_known_ids() -> None:
    ids = set(catalogue().entries)
    total = 0
    for name in FLOORS:
        with open(GOLD / name, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        total += len(rows)
        assert all(r["expected_id"] == "null" or r["expected_id"] in ids for r in rows), name
    assert total >= 400


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_mapping_keeps_its_precision_and_recall_on_the_gold(name: str) -> None:
    precision, recall, _rows = mapping_scores(GOLD / name)
    floor_p, floor_r = FLOORS[name]
    assert precision >= floor_p and recall >= floor_r, (name, precision, recall)


@pytest.mark.parametrize(("phrase", "kind", "unit"), [
    ("城镇调查失业率增速", "change", "%"),  # a rate with a growth word: a rate has no growth rate
    ("城镇调查失业率增速", "level", "%"),
])
def test_every_id_mapped_is_an_entry(phrase: str, kind: str, unit: str) -> None:
    mapping = indicator_id(phrase, kind, unit)
    assert mapping.id is None or mapping.id in catalogue().entries, mapping
