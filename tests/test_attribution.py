"""Attribution rules on small documents: periods, subjects, modality, indicators."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from types import ModuleType

import pytest

from extract.attribute import indicator as indicator_module
from extract.attribute import period as period_module
from extract.attribute import subject as subject_module
from extract.pipeline import extract_text


def facts(text: str) -> dict[str, dict]:
    return {f.text: f.contract() for f in extract_text(text).facts}


def test_as_of_the_month_s_last_day_is_that_day() -> None:
    # (the day written: annotators of real text date 截至9月30日 to the day; 截至9月底 is the month)
    got = facts("发布时间：2025年10月21日\n截至9月30日，公司总资产3008亿元。")
    assert got["3008亿元"]["period"] == "2025-09-30"


def test_a_dotted_date_in_the_head_gives_the_year() -> None:
    got = facts("2025.10.20 14:30 更新\n前三季度，全市地区生产总值增长5.1%。")
    assert got["5.1%"]["period"] == "2025-01/2025-09"


def test_a_day_is_that_day_for_its_sentence_only() -> None:
    # FACTS.md: 5月1日 → 2025-05-01 (it was null before the spec said so)
    got = facts("发布时间：2025年3月2日\n1月27日，该集团新增订单12亿元。\n集团员工达到1200人。")
    assert got["12亿元"]["period"] == "2025-01-27"
    assert got["1200人"]["period"] is None


def test_comparison_base_dates_its_own_value_only() -> None:
    got = facts("全市常住人口为486万人，与2010年的461万人相比，增加25万人。")
    assert got["461万人"]["period"] == "2010"
    assert got["25万人"]["period"] is None


def test_a_text_taken_from_a_pdf_with_spaces_around_its_figures_reads_as_without_them() -> None:
    got = facts("2024 年国民经济和社会发展统计公报\n发布时间：2025 年 2 月 28 日\n初步核算，2024 年全年国内生产总值"
                " 1349084 亿元，比上年增长 5.0%。1—11 月份，规模以上工业增加值增长 5.8%；年末全国人口 140828 万人。")
    assert got["1349084 亿元"]["period"] == "2024"
    assert got["1349084 亿元"]["indicator"] == "国内生产总值"
    assert (got["5.0%"]["kind"], got["5.0%"]["period"]) == ("change", "2024")
    assert got["5.8%"]["period"] == "2024-01/2024-11"
    assert got["140828 万人"]["period"] == "2024-12"


def test_respectively_maps_in_order() -> None:
    got = facts("发布时间：2025年1月12日\n去年，全区接待游客6380万人次，实现旅游收入810亿元，分别增长15.1%和12.8%。")
    assert got["15.1%"]["indicator"] == got["6380万人次"]["indicator"]
    assert got["12.8%"]["indicator"] == got["810亿元"]["indicator"]


def test_respectively_after_a_comparison_base_maps_in_order() -> None:
    # 同比 (比上年, 较上年同期) before 分别 names the base of the changes, not a list of their own
    got = facts("公司发布2011年中期报告\n发布时间：2011年8月9日\n公司上半年实现营业收入199.9亿元，净利润29.8亿元，"
                "同比分别增长19.2%和5.9%；销售面积565.5万平方米，销售金额656.5亿元，比上年同期分别增长76.7%和78.6%。")
    assert (got["19.2%"]["indicator"], got["5.9%"]["indicator"]) == ("营业收入", "净利润")
    assert (got["76.7%"]["indicator"], got["78.6%"]["indicator"]) == ("销售面积", "销售金额")


def test_a_second_reading_of_a_respectively_list_maps_in_the_same_order() -> None:
    # …分别增长15.9%和37.5%，两年平均增长15.5%和16.0%: the second list reads the same measures again
    got = facts("2021年一季度广东经济运行\n一季度，互联网和相关服务业、软件和信息技术服务业持续较快增长，"
                "同比分别增长15.9%和37.5%，两年平均增长15.5%和16.0%。")
    assert got["15.5%"]["indicator"] == got["15.9%"]["indicator"] == "互联网和相关服务业"
    assert got["16.0%"]["indicator"] == got["37.5%"]["indicator"] == "软件和信息技术服务业"


def test_a_list_before_respectively_and_a_verb_to_splits_the_levels_and_their_changes() -> None:
    got = facts("2024年统计公报\n2024年，全国高技术制造业、装备制造业增加值占规模以上工业增加值的比重分别上升到16.3%、"
                "34.6%，比上年分别提高0.6和1.0个百分点。")
    share = "增加值占规模以上工业增加值的比重"
    assert (got["16.3%"]["indicator"], got["34.6%"]["indicator"]) == ("高技术制造业" + share, "装备制造业" + share)
    assert (got["0.6"]["indicator"], got["1.0个百分点"]["indicator"]) == ("高技术制造业" + share, "装备制造业" + share)


def test_title_sets_subject_and_period_of_a_communique() -> None:
    got = facts("江西省2024年国民经济和社会发展统计公报\n全年全省地区生产总值34202.5亿元，比上年增长5.1%。")
    f = got["34202.5亿元"]
    assert (f["subject"], f["period"], f["indicator"]) == ("江西", "2024", "地区生产总值")
    assert got["5.1%"]["kind"] == "change" and got["5.1%"]["period"] == "2024"


def test_targets_and_forecasts() -> None:
    got = facts("今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。")
    assert got["5%左右"]["modality"] == "target" and got["60万人以上"]["modality"] == "target"
    got = facts("预计全年实现营业收入45亿元左右，据测算，成本下降约15%。")
    assert got["45亿元左右"]["modality"] == "forecast"


def test_a_filed_story_is_about_the_country_not_the_dateline_city() -> None:
    got = facts("新华社北京10月20日电 今年前三季度，全国规模以上工业增加值同比增长6.2%。我国经济运行稳中有进。")
    assert got["6.2%"]["subject"] == "中国"


def test_overlapping_names_of_one_length_clean_an_indicator_the_same_way_in_every_process() -> None:
    """Names are cut from an indicator longest first; two of one length must be cut in a fixed
    order, not in the order of a set (which changes with the string hash seed of each process)."""
    import subprocess
    import sys

    program = (
        "from extract.attribute.indicator import _clean_phrase;"
        "print(_clean_phrase('甲乙丙丁产值', ['甲乙丙', '乙丙丁', '丙丁戊', '戊己庚', '丁戊己', '乙丙丁戊']))"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout
        for seed in range(12)
    }
    assert len(outputs) == 1, outputs


_RULES: list[tuple[ModuleType, type[StrEnum], str]] = [
    (period_module, period_module.PeriodRule, "period."),
    (indicator_module, indicator_module.IndicatorRule, "indicator."),
    (subject_module, subject_module.SubjectRule, "subject."),
]


@pytest.mark.parametrize(("module", "rules", "prefix"), _RULES, ids=[r[2] for r in _RULES])
def test_every_attribution_rule_is_documented_and_every_fact_names_members(module: ModuleType, rules: type[StrEnum],
                                                                            prefix: str) -> None:
    """The rules of each attribution stage are the members of its enum (code tests the members, never
    the names): each is described in its module's docstring (what `facts --explain` names), and the
    rules a fact carries for that stage are all members."""
    names = {rule.value for rule in rules}
    assert all(name.startswith(prefix) for name in names)
    assert not [name for name in names if name not in (module.__doc__ or "")]
    docs = sorted((Path(__file__).parent / "real" / "dev" / "docs").glob("*.txt"))[:40]
    seen: set[str] = set()
    for doc in docs:
        for fact in extract_text(doc.read_text(encoding="utf-8")).facts:
            named = [r for r in fact.rule.split() if r.startswith(prefix)]
            assert named and set(named) <= names, fact.rule
            seen.update(named)
    assert len(seen) > 5  # (the corpus exercises many of them)


def test_a_measure_after_a_count_of_units_is_that_groups_measure() -> None:
    # (found in city communiqués and work reports: 职业学校12所，招生… / 重点项目140个，总投资…)
    got = facts("发布时间：2024年3月1日\n2023年，全市技工学校12所，招生4300人，在校学生1.1万人。"
                "新开工工业项目140个，总投资386亿元。光伏发电企业9家，发电量21.7亿千瓦时。")
    assert got["4300人"]["indicator"] == "技工学校招生"
    assert got["1.1万人"]["indicator"] == "技工学校在校学生"
    assert got["386亿元"]["indicator"] == "新开工工业项目总投资"
    assert got["21.7亿千瓦时"]["indicator"] == "光伏发电企业发电量"


def test_a_measure_after_a_count_of_people_or_with_its_own_topic_keeps_its_phrase() -> None:
    got = facts("发布时间：2024年3月1日\n2023年，全市新增就业3.2万人，招生4300人。"
                "全市工业项目140个，工业投资增长5.1%，全年总投资386亿元。")
    assert got["4300人"]["indicator"] == "招生"
    assert got["5.1%"]["indicator"] == "工业投资"


def test_a_running_total_word_before_the_verb_keeps_the_topic_with_the_measure() -> None:
    # (累计实现/累计完成 as 实现/完成 alone: 医药产业累计实现利润总额 → 医药产业利润总额, as the dev gold has it)
    got = facts("发布时间：2024年8月1日\n1—6月，全市医药产业累计实现利润总额38亿元。"
                "上半年，全省工业累计完成技改投资300亿元。全省规模以上工业企业累计实现营业收入1.2万亿元。")
    assert got["38亿元"]["indicator"] == "医药产业利润总额"
    assert got["300亿元"]["indicator"] == "工业技改投资"
    assert got["1.2万亿元"]["indicator"] == "规模以上工业企业营业收入"


def test_a_space_between_two_headlines_of_a_title_ends_the_phrase() -> None:
    got = facts("6月社融增速回落 新增人民币贷款2.1万亿元\n电煤供应总体平稳　重点电厂存煤达21天\n"
                "发布时间：2023-07-12\n6月末，社会融资规模存量同比增长9%。")
    assert got["2.1万亿元"]["indicator"] == "新增人民币贷款"
    assert got["21天"]["indicator"] == "重点电厂存煤"


def test_a_change_against_last_period_written_short_leaves_the_measure_whole() -> None:
    # (同增/环增 = 同比增长/环比增长 in market reports and titles)
    got = facts("10月末外汇储备环增170亿美元\n上半年营收同增12%，净利润同降5%，新增贷款环减300亿元。")
    assert (got["170亿美元"]["indicator"], got["170亿美元"]["direction"]) == ("外汇储备", "up")
    assert (got["12%"]["indicator"], got["5%"]["indicator"]) == ("营收", "净利润")
    assert (got["300亿元"]["indicator"], got["300亿元"]["direction"]) == ("新增贷款", "down")


def test_a_company_whose_name_opens_with_a_comparison_word_is_no_comparison() -> None:
    # (比亚迪上半年净利润同比增长…: 比 opens the company's name, not a comparison)
    got = facts("比亚迪上半年净利润同比增长204.68%\n8月28日晚间，比亚迪发布半年度报告。")
    assert got["204.68%"]["indicator"] == "净利润"


def test_a_list_of_residents_shares_the_whole_income_measure() -> None:
    got = facts("全年城镇、农村居民人均可支配收入分别增长4.5%、7.2%。")
    assert (got["4.5%"]["indicator"], got["7.2%"]["indicator"]) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")


def test_a_figure_in_brackets_restating_a_change_in_other_units_is_that_change() -> None:
    # (粮食总产量…增加888万吨（178亿斤）: the bracket gives the same increase in jin)
    got = facts("2023年全国粮食总产量69541万吨（13908亿斤），比2022年增加888万吨（178亿斤），增长1.3%。"
                "单位面积产量5845公斤/公顷，比2022年增加47公斤/公顷（3.1公斤/亩）。")
    assert (got["13908亿斤"]["kind"], got["178亿斤"]["kind"], got["178亿斤"]["direction"]) == ("level", "change", "up")
    assert (got["3.1公斤/亩"]["kind"], got["3.1公斤/亩"]["direction"]) == ("change", "up")


def test_a_word_holding_deng_is_not_cut_as_an_etc() -> None:
    # (高等, 中等: 等 is part of the word, not 等 closing a list)
    got = facts("全国共有普通高等学校2756所，中等职业学校7085所。高等教育毛入学率60.2%。")
    assert got["2756所"]["indicator"] == "普通高等学校"
    assert got["7085所"]["indicator"] == "中等职业学校"
    assert got["60.2%"]["indicator"] == "高等教育毛入学率"


def test_gong_inside_gonggong_is_no_total() -> None:
    # (共 as "altogether" starts a measure after it; inside 公共 it is part of the word)
    got = facts("其中：医院38355个，专业公共卫生机构12121个。全市公共图书馆12个。全市计划生育率达到98%。")
    assert got["98%"]["indicator"] == "计划生育率"  # (计划 as a plan starts nothing inside 计划生育)
    assert got["12121个"]["indicator"] == "专业公共卫生机构"
    assert got["12个"]["indicator"] == "公共图书馆"
    got = facts("全县地方一般预算收入5.2亿元，其中一般债务限额12亿元。")  # (nor 一般 inside 一般预算, 一般债务)
    assert (got["5.2亿元"]["indicator"], got["12亿元"]["indicator"]) == ("地方一般预算收入", "一般债务限额")


def test_companies_listed_before_respectively_share_the_measure_without_its_time() -> None:
    got = facts("泸州老窖、洋河股份前三季度营收分别为223.38亿元、292.41亿元。")
    assert (got["223.38亿元"]["subject"], got["292.41亿元"]["subject"]) == ("泸州老窖", "洋河股份")
    assert (got["223.38亿元"]["indicator"], got["292.41亿元"]["indicator"]) == ("营收", "营收")


def test_the_thing_counted_ends_before_an_adverb() -> None:
    got = facts("截至10月30日，A股20家白酒上市公司均已披露三季报，5家企业均价上涨。")
    assert got["20家"]["indicator"] == "白酒上市公司"


def test_the_number_in_a_stock_index_s_name_is_no_fact() -> None:
    got = facts("美国股市周四上涨，标准普尔500指数上涨1.89%，沪深300指数下跌0.5%，日经225指数收涨1.1%。")
    assert sorted(got) == ["0.5%", "1.1%", "1.89%"]


def test_a_market_s_close_up_or_down_is_a_change() -> None:
    got = facts("美国股市周四上涨，道琼斯指数收高1.7%，纳斯达克指数收升1.78%，美国原油期货收涨2.5%，"
                "金价收低0.3%，铜价收跌1%。")
    assert [(got[t]["kind"], got[t]["direction"], got[t]["indicator"]) for t in ("1.7%", "1.78%", "0.3%", "1%")] == [
        ("change", "up", "道琼斯指数"), ("change", "up", "纳斯达克指数"), ("change", "down", "金价"),
        ("change", "down", "铜价")]
    assert got["2.5%"]["indicator"] == "美国原油期货"


def test_a_count_of_enterprises_is_no_part_of_an_industry_breakdown() -> None:
    # (…企业 ends in 业 but is no industry: it takes no 增加值 from the measure before)
    got = facts("规模以上工业增加值增长6.2%，其中高技术制造业增加值增长12.8%。新增国家级专精特新“小巨人”企业83家。")
    assert got["83家"]["indicator"] == "新增国家级专精特新“小巨人”企业"


def test_the_aim_a_growth_is_measured_against_is_a_growth_too() -> None:
    # (增长9.8%，高于6%以上的预期目标: the aim is a growth rate, as the dev gold has it)
    got = facts("前三季度，全省GDP同比增长9.8%，高于6%以上的预期目标；居民消费价格上涨0.6%，低于3%左右的预期目标。"
                "全年粮食产量500万吨，超过480万吨的年度目标。")
    assert [(got[t]["kind"], got[t]["direction"]) for t in ("6%以上", "3%左右")] == [("change", "up")] * 2
    assert got["超过480万吨"]["kind"] == "level"


def test_a_percentage_of_a_growth_rate_is_a_change() -> None:
    # (其中，广东（3.3%）…: the provinces' 增速 carried to the bracketed figures)
    got = facts("从地区生产总值增速看，共有18个省份增速高于5.2%的全国水平。其中，浙江（6.1%）、安徽（5.9%）领先。")
    assert [(got[t]["kind"], got[t]["direction"]) for t in ("6.1%", "5.9%")] == [("change", "up")] * 2
