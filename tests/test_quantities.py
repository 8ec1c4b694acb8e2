"""Quantities from real phrasing: numbers, units, qualifiers, ranges, kinds, exclusions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_text


def one(text: str) -> dict:
    facts = extract_text(text).facts
    assert len(facts) == 1, [f.text for f in facts]
    return facts[0].contract()


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "qualifier"),
    [
        ("2025年，全省新能源电池产能达到55GWh。", "55GWh", 55, "GWh", "exact"),
        # 内 after a count opens another word (内资, 内河): no 'within'; after a time it is one (3个月内)
        ("莱克电气、中核苏阀等13个内资项目开工。", "13个", 13, "个", "exact"),
        ("项目在3个月内完成。", "3个月内", 3, "month", "max"),
        # counts of a measure done several times over an area or along a line keep their whole unit
        ("抗旱浇麦超过1.14亿亩次。", "超过1.14亿亩次", 114000000, "亩次", "min"),
        # a rate per day written 日 (10190万桶/日) keeps its compound unit, as 桶/天 does
        ("全球石油需求升至10190万桶/日。", "10190万桶/日", 101900000, "桶/日", "exact"),
        ("全年完成4889.75万列公里。", "4889.75万列公里", 48897500, "列公里", "exact"),
        # a rate per a population base (孕产妇死亡率15.1/10万): its base kept as its unit
        ("孕产妇死亡率下降到15.1/10万。", "15.1/10万", Decimal("15.1"), "/10万", "exact"),
        ("合同引资额超45482亿元。", "超45482亿元", 4548200000000, "CNY", "min"),
        ("累计支持近2000家企业。", "近2000家", 2000, "家", "approx"),
        ("位于甘肃民勤的2兆瓦液态燃料实验堆。", "2兆瓦", 2, "MW", "exact"),
        ("年发电量约2590万度。", "约2590万度", 25900000, "kWh", "approx"),
        ("全社会用电量突破1.2亿千瓦时。", "突破1.2亿千瓦时", 120000000, "kWh", "min"),
        ("常住人口1260万，比上年末增加。", "1260万", 12600000, "人", "exact"),
        ("投资总额突破60亿，带动就业。", "突破60亿", 6000000000, "CNY", "min"),
        ("每只鸡产生鸡粪约2.5公斤。", "约2.5公斤", Decimal("2.5"), "kg", "approx"),
        ("产值达13.5亿元以上。", "13.5亿元以上", 1350000000, "CNY", "min"),
        ("卖鸡粪多挣10万元左右。", "10万元左右", 100000, "CNY", "approx"),
        ("肉鸡一般3个多月出栏。", "3个多月", 3, "month", "min"),
        ("森林覆盖率达到百分之六十二。", "百分之六十二", 62, "%", "exact"),
        ("出口占比接近三成。", "接近三成", 30, "%", "approx"),
        ("不足1万人的小镇。", "不足1万人", 10000, "人", "max"),
        # crossing a mark (首破, 跨越, 迈上, 超越): at least it; falling through one (跌破): at most
        ("集装箱吞吐量首破3000万标准箱。", "首破3000万标准箱", 30000000, "标准箱", "min"),
        ("孝感、黄冈跨越3000亿元规模。", "跨越3000亿元", 300000000000, "CNY", "min"),
        ("全省GDP迈上11万亿元新台阶。", "迈上11万亿元", 11000000000000, "CNY", "min"),
        ("货物吞吐量超越3亿吨。", "超越3亿吨", 300000000, "t", "min"),
        ("上证指数跌破3000点。", "跌破3000点", 3000, "点", "max"),
        ("超导转变温度达到96K。", "96K", 96, "K", "exact"),
        ("全年平均气温１７．３℃。", "１７．３℃", Decimal("17.3"), "°C", "exact"),
        ("成交额1,100万元。", "1,100万元", 11000000, "CNY", "exact"),
        # a space between the digits and 亿 (text converted from PDF)
        ("全市财政总收入484.74 亿元。", "484.74 亿元", 48474000000, "CNY", "exact"),
        ("全市共有规模以上企业 500 家。", "500 家", 500, "家", "exact"),
        ("同比增长 5.2 %。", "5.2 %", Decimal("5.2"), "%", "exact"),
        # an exchange rate has no unit (FACTS.md: a number that truly has none gets "")
        ("人民币对美元中间价报7.1030。", "7.1030", Decimal("7.1030"), "", "exact"),
        # the people a number of 万 counts, written after it
        ("旧城改造惠及70多万群众。", "70多万", 700000, "人", "min"),
        # a box office of 亿 is money (implied_units.tsv)
        ("清明假期电影总票房已超8亿，打破清明档纪录。", "超8亿", 800000000, "CNY", "min"),
        # 之上, 及以上 make a floor; 不会超过 a ceiling (qualifiers.tsv)
        ("外汇储备规模连续保持在3.2万亿美元之上。", "3.2万亿美元之上", 3200000000000, "USD", "min"),
        ("三省份的GDP均增长了8%及以上。", "8%及以上", 8, "%", "min"),
        ("未并网容量一般不会超过10%。", "不会超过10%", 10, "%", "max"),
        # a price per ounce (每盎司35美元) keeps its compound unit
        ("花旗重申对银价的预测为每盎司35美元。", "每盎司35美元", 35, "美元/盎司", "exact"),
        # a price of a barrel of oil or a pound of cotton, in dollars or cents (units.tsv: 桶, 磅, 美分)
        ("2022年布伦特原油期货均价为98.86美元/桶。", "98.86美元/桶", Decimal("98.86"), "美元/桶", "exact"),
        ("国际棉花指数(M)为135.32美分/磅。", "135.32美分/磅", Decimal("135.32"), "美分/磅", "exact"),
        # a count of instruments and pieces (台件, measure_words.tsv)
        ("全年强制检定计量器具26.6万台件。", "26.6万台件", 266000, "台件", "exact"),
    ],
)
def test_quantity(sentence: str, text: str, value: object, unit: str, qualifier: str) -> None:
    fact = one(sentence)
    assert (fact["text"], fact["unit"], fact["qualifier"]) == (text, unit, qualifier)
    assert Decimal(str(fact["value"])) == Decimal(str(value))
    assert sentence[fact["start"]:fact["end"]] == text


def test_a_number_of_wan_with_no_unit_takes_the_unit_of_the_one_before_in_its_sentence() -> None:
    facts = {f.text: f for f in extract_text("十年间长沙常住人口增加300万人，湖南同期增长不到75万。").facts}
    assert facts["不到75万"].unit == "人" and facts["不到75万"].value == 750000
    facts = {f.text: f for f in extract_text("郑州常住人口增加397.4万人、年均增量为39.74万。").facts}
    assert facts["39.74万"].unit == "人"
    # not across a sentence, and not for a numeral that only looks like one (十分, 万一)
    assert [f.text for f in extract_text("常住人口增加300万人。另有75万。").facts] == ["300万人"]
    assert [f.text for f in extract_text("增加300万人，两者十分接近，万一有变。").facts] == ["300万人"]


def test_a_ratio_written_with_the_ratio_sign() -> None:
    # ∶ (U+2236 RATIO), which NFKC keeps, reads as a colon
    facts = [f.contract() for f in extract_text("三次产业结构为8.5∶40.2∶51.3。").facts]
    assert [(f["value"], f["unit"]) for f in facts] == [(8.5, ""), (40.2, ""), (51.3, "")]


def test_a_number_in_wan_before_another_with_its_unit_shares_that_unit() -> None:
    # 3万和2.2万公顷: the first is in 公顷 too, not in the money of the sentence's quantity before
    text = "新增贷款减少31.9亿元，潍坊、济宁两市的用地缺口分别达到3万和2.2万公顷。"
    facts = {f.text: f for f in extract_text(text).facts}
    assert (facts["3万"].value, facts["3万"].unit) == (30000, "ha")


def test_every_number_in_wan_or_yi_of_a_list_shares_the_unit_its_last_item_writes() -> None:
    # 757.8亿、376.53亿、248.7亿、90.16亿美元: all four are in 美元, not only the one next to the last
    text = "各类机构累计获批的QDII额度分别为757.8亿、376.53亿、248.7亿、90.16亿美元。"
    facts = [(f.text, f.value, f.unit) for f in extract_text(text).facts]
    assert facts == [("757.8亿", 75780000000, "USD"), ("376.53亿", 37653000000, "USD"),
                     ("248.7亿", 24870000000, "USD"), ("90.16亿美元", 9016000000, "USD")]


def test_a_range_written_from_its_higher_end_keeps_both_ends_in_order() -> None:
    # 减少10.21亿元到9.21亿元 (a forecast's decrease, its larger end first): value the lower end, value_max the
    # higher, not a fact rejected for a value_max below its value
    facts = [f.contract() for f in extract_text("与上年同期相比，将减少10.21亿元到9.21亿元。").facts]
    assert [(f["text"], f["value"], f["value_max"], f["direction"]) for f in facts] == [
        ("10.21亿元到9.21亿元", 921000000, 1021000000, "down")]


def test_one_tenth_written_with_cheng_is_a_figure_not_the_article_one() -> None:
    # 一成 is 10 %, as 两成 is 20 %: the lone 一 before 成 is no article (一个, 一台), and 一成不变 stays a word
    facts = [(f.text, f.value, f.unit) for f in extract_text("春玉米播种过一成，春大豆近一成，利润增长一成。").facts]
    assert facts == [("一成", 10, "%"), ("近一成", 10, "%"), ("一成", 10, "%")]
    assert extract_text("这是一成不变的做法。").facts == []


def test_a_table_s_unit_line_gives_its_cells_their_unit() -> None:
    # 单位:人民币万元 over a results table: its bare cells are in 万元; a row's own unit (元) goes first
    table = ("2016年度业绩快报\n一、2016年度主要财务数据和指标\n单位:人民币万元\n"
             "项目 本报告期 上年同期 增减变动幅度(%)\n"
             "营业总收入 284,362.09 176,839.65 60.80%\n基本每股收益(元) 0.35 0.18 94.44%\n"
             "注:1、本表数据为公司合并报表数据。\n公司全年实现营业收入284,362.09万元，增长60.80%。")
    facts = {(f.start, f.text): f for f in extract_text(table).facts}
    cells = {text: (f.value, f.unit) for (_, text), f in sorted(facts.items())}
    assert cells["176,839.65"] == (Decimal("1768396500"), "CNY")
    assert cells["0.18"] == (Decimal("0.18"), "CNY")
    # a bare number in prose after the table (where a 。 ends it) takes no unit from it
    assert not [f for f in extract_text(table + "\n全年共计3,000。").facts if f.text == "3,000"]


def test_first_place_in_a_ranking_is_rank_one() -> None:
    # 居全省首位, 位居同类城市首位: rank 1; 首位 with no ranking (把就业摆在首位) is no figure
    facts = {f.text: f for f in extract_text("上半年，福州GDP总量达5859.48亿元，居全省首位。").facts}
    assert (facts["首位"].value, facts["首位"].unit, facts["首位"].kind) == (Decimal(1), "rank", "rank")
    assert not [f for f in extract_text("全市坚持把稳就业摆在首位，多措并举。").facts if f.text == "首位"]
    # …with any ranking the verb names before it (居长江中上游港口首位, 位居云南省首位, 保持在首位)
    for text in ("集装箱吞吐量达到350万标箱、居长江中上游港口首位。", "考核连续4年位居云南省首位。",
                 "增速仍保持在首位。"):
        assert [(f.text, f.unit) for f in extract_text(text).facts if f.text == "首位"] == [("首位", "rank")], text


def test_ranges() -> None:
    f = one("每个乡镇建设3至5个物流点。")
    assert (f["value"], f["value_max"], f["unit"]) == (3, 5, "个")
    f = one("月薪12~18万元不等。")
    assert (f["value"], f["value_max"]) == (120000, 180000)
    f = one("带动两三百人就业。")
    assert (f["value"], f["value_max"], f["unit"]) == (200, 300, "人")


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        # 58.3%的增速, 0.75%的降幅, 升幅为0.53%: a growth rate, in the noun's direction
        ("湖北省以58.3%的增速位居首位。", "58.3%", "up"),
        ("猪肉价格较前一日出现0.75%的降幅。", "0.75%", "down"),
        ("外汇储备规模较9月末上升170亿美元，升幅为0.53%。", "0.53%", "up"),
        # 调升184个基点, 调贬105个基点, 减排20% (change_words.tsv)
        ("人民币对美元中间价报7.1030，调升184个基点。", "184个基点", "up"),
        ("本周人民币对美元中间价累计调贬105个基点。", "105个基点", "down"),
        ("重点区域要减排20%，非重点区域保持不变。", "20%", "down"),
        # a list of names each with its figure in brackets shares the kind of its first (far from 增速)
        ("增速超过全国水平的省份还包括内蒙古（5.8%）、黑龙江（5.4%）、四川（5.3%）、云南（5.3%）、甘肃（5.3%）、山东（5.2%）、"
         "安徽（5.2%）、河北（5.2%）、重庆（5.2%）、宁夏（5.2%）和广西（4.9%）。", "4.9%", "up"),
        # figures in brackets after names, reading the change just named (用电增长超过15%), are changes its way
        ("上半年用电增长超过15%的省份依次是新疆(31.2%)、江西(21.4%)和福建(20.6%)。", "31.2%", "up"),
        ("上半年用电增长超过15%的省份依次是新疆(31.2%)、江西(21.4%)和福建(20.6%)。", "20.6%", "up"),
        # 同比高/同比低 right before the number: the change of a share against a year before
        ("企业债券余额占比7.8%，同比高0.1个百分点；股票余额占比2.7%，同比低0.3个百分点。", "0.1个百分点", "up"),
        ("企业债券余额占比7.8%，同比高0.1个百分点；股票余额占比2.7%，同比低0.3个百分点。", "0.3个百分点", "down"),
        # points after 低于/高于 go the way of that word, not of a rate noun before it (增速低于…)
        ("全市投资增长8%，增速低于全国2.5个百分点。", "2.5个百分点", "down"),
        ("全市投资增长8%，增速高于全国1.5个百分点。", "1.5个百分点", "up"),
        # a percentage in brackets after a name is of the clause before it, whose change word names it (the
        # control: test_a_bracketed_percentage_after_no_change_word_is_a_level)
        ("上半年，用电增长较快的省份依次是新疆(48.2%)、云南(26%)。", "48.2%", "up"),
        ("上半年，用电增长较快的省份依次是新疆(48.2%)、云南(26%)。", "26%", "up"),
    ],
)
def test_a_change_named_by_its_word_or_its_rate_noun(text: str, fact_text: str, direction: str) -> None:
    facts = {f.text: f for f in extract_text(text).facts}
    assert (facts[fact_text].kind, facts[fact_text].direction) == ("change", direction), text


def test_duo_after_a_unit_is_a_lower_bound_where_nothing_follows_it_in_its_word() -> None:
    # (3亩多, 1%多, 80%多的: more than; 多少 and 多家 open another word: the control)
    facts = {f.text: f.qualifier for f in extract_text("挂果面积3亩多，佣金降到1%多，80%多的行政村通了5G。").facts}
    assert facts == {"3亩多": "min", "1%多": "min", "80%多": "min"}
    facts = {f.text: f.qualifier for f in extract_text("每户收入100元多少不一。").facts}
    assert facts == {"100元": "exact"}


def test_a_bracketed_percentage_after_no_change_word_is_a_level() -> None:
    facts = {f.text: f for f in extract_text("城镇化率较高的省份依次是北京(86%)、上海(85%)。").facts}
    assert (facts["86%"].kind, facts["85%"].kind) == ("level", "level")


def test_a_price_after_mei_and_a_unit_of_three_characters_keeps_the_compound_unit() -> None:
    # (每千瓦时1.15元, 每立方米3.2元: the unit after 每 is as long as 千瓦时; 每公斤 is the control)
    text = "上网电价为每千瓦时1.15元，水价每立方米3.2元，猪肉每公斤24元。"
    facts = {f.text: f.unit for f in extract_text(text).facts}
    assert facts == {"每千瓦时1.15元": "元/千瓦时", "每立方米3.2元": "元/立方米",
                     "每公斤24元": "元/公斤"}


def test_a_price_per_unit_with_its_money_unit_carried_from_before_keeps_that_unit() -> None:
    # (销售额增加300万元，每公斤50万: no unit is written for the second, so no compound one is made)
    facts = {f.text: f for f in extract_text("销售额增加300万元，每公斤50万。").facts}
    assert facts["50万"].unit == "CNY", {t: f.unit for t, f in facts.items()}


def test_the_end_of_a_move_takes_the_compound_unit_of_its_start() -> None:
    # 由11.6元/斤降至…10.6元: the price it fell to is per 斤 too
    facts = {f.text: f for f in extract_text("猪肉价格由11.6元/斤降至昨日的10.6元，降幅达8.6%。").facts}
    assert facts["10.6元"].unit == "元/斤", {t: f.unit for t, f in facts.items()}


def test_a_change_of_a_price_per_unit_next_to_it_is_per_that_unit_too() -> None:
    # 为19057元/吨，跌2元 (after it) and 涨520元报7.43万元/吨 (before it): the change is per 吨 too
    facts = {f.text: f for f in extract_text("8月17日，中国棉花价格指数328级为19057元/吨，跌2元。").facts}
    assert facts["2元"].unit == "元/吨", {t: f.unit for t, f in facts.items()}
    facts = {f.text: f for f in extract_text("9月13日，国产电池级碳酸锂价格涨520元报7.43万元/吨，连涨4日。").facts}
    assert facts["520元"].unit == "元/吨", {t: f.unit for t, f in facts.items()}
    facts = {f.text: f for f in extract_text("企业营业收入为1.2万元/人，增加200元，投资500元。").facts}
    assert facts["500元"].unit == "CNY"  # (only the change right next to the price)


def test_change_and_direction() -> None:
    f = one("2025年1至11月，贵州对共建“一带一路”国家的贸易额增长了19.6%。")
    assert (f["kind"], f["direction"], f["value"]) == ("change", "up", 19.6)
    f = one("城镇调查失业率比上年下降0.5个百分点。")
    assert (f["kind"], f["direction"], f["unit"]) == ("change", "down", "pp")
    f = one("全市工业增加值同比-4%。")
    assert (f["kind"], f["direction"], f["value"]) == ("change", "down", 4)


def test_both_ends_of_a_move_are_levels() -> None:
    facts = [f.contract() for f in extract_text("工业投资占比重从17.9%提升到35.5%。").facts]
    assert [(f["value"], f["kind"]) for f in facts] == [(17.9, "level"), (35.5, "level")]


def test_from_one_number_to_another_is_a_move_not_a_range() -> None:
    # 从A到B with no verb between: where a move goes from and to, two figures (and 不等 after them: a range)
    facts = [f.contract() for f in extract_text("十年间，公司净利润从7526万到35.65亿。").facts]
    assert [(f["text"], f["value"], f["unit"]) for f in facts] == [
        ("7526万", 75260000, "CNY"), ("35.65亿", 3565000000, "CNY")]
    facts = [f.contract() for f in extract_text("营业收入由6.963亿元至96.44亿元。").facts]
    assert [(f["text"], f["value_max"]) for f in facts] == [("6.963亿元", None), ("96.44亿元", None)]
    f = one("补贴从3万元到5万元不等。")
    assert (f["value"], f["value_max"]) == (30000, 50000)


def test_respectively_gives_three_changes() -> None:
    facts = [f.contract() for f in extract_text("三次产业增加值分别增长8.1%、7.4%和6.2%。").facts]
    assert [(f["value"], f["kind"], f["direction"]) for f in facts] == [
        (8.1, "change", "up"), (7.4, "change", "up"), (6.2, "change", "up")]


def test_a_ratio_unit_written_once_after_a_list_is_every_item_s() -> None:
    # (the first item of three, two numbers before the unit, too: 分别增长3.3、1.4、1.1倍)
    facts = [f.contract() for f in extract_text("三类产品出口分别增长3.3、1.4、1.1倍。").facts]
    assert [(f["text"], f["value"], f["unit"]) for f in facts] == [
        ("3.3", 3.3, "times"), ("1.4", 1.4, "times"), ("1.1倍", 1.1, "times")]


def test_a_signed_percentage_after_a_price_in_brackets_is_its_change() -> None:
    # (a market table in prose: 新华保险（42.99元，+0.21%）、中国太保（28.15元，-0.04%）)
    facts = extract_text("新华保险（42.99元，+0.21%）、中国太保（28.15元，-0.04%）。").facts
    read = {f.text: (f.contract()["value"], f.kind, f.direction) for f in facts}
    assert read["+0.21%"] == (0.21, "change", "up")
    assert read["-0.04%"] == (0.04, "change", "down")
    assert "+86" not in {f.text for f in extract_text("咨询电话+86 10 12345678，欢迎来电。").facts}


def test_a_half_and_a_written_fraction_are_shares() -> None:
    facts = [f.contract() for f in extract_text(
        "全省超过一半的企业实现增长，产业投资占比达到一半，经济总量约占全球的1/6左右，去年约1/4的企业盈利。").facts]
    assert [(f["text"], f["value"], f["unit"], f["qualifier"]) for f in facts] == [
        ("超过一半", 50, "%", "min"), ("一半", 50, "%", "exact"), ("1/6左右", 16.666666666667, "%", "approx"),
        ("约1/4", 25, "%", "approx")]
    assert [(f.text, f.contract()["value"], f.qualifier) for f in extract_text("受访者中超过半数表示满意。").facts] == [
        ("超过半数", 50, "min")]
    # a date or a code written with a slash is no share
    assert extract_text("会议于2024/5/6召开，文件编号为3/5号，比分为2/1。").facts == []


def test_ranks() -> None:
    f = one("数字经济增速连续多年位列全国第一。")
    assert (f["text"], f["value"], f["unit"], f["kind"]) == ("全国第一", 1, "rank", "rank")
    facts = [f.contract() for f in extract_text("综合实力排名由2020年的42位上升至2024年的36位。").facts]
    assert [(f["value"], f["kind"]) for f in facts] == [(42, "rank"), (36, "rank")]
    # the largest, the second largest: a rank; a rank within a place named between verb and rank
    f = one("东盟继续保持我省第一大贸易伙伴地位。")
    assert (f["value"], f["unit"], f["kind"]) == (1, "rank", "rank")
    f = one("全县粮食产量连续多年居湖北第一。")
    assert (f["value"], f["unit"], f["kind"]) == (1, "rank", "rank")
    assert extract_text("这是第一家入驻园区的企业。").facts == []
    f = one("欧盟是我第二大贸易伙伴。")
    assert (f["value"], f["unit"], f["kind"]) == (2, "rank", "rank")
    assert extract_text("该项目为全省第一个开工项目。").facts == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“十四五”期间，全省上下团结一心。",
        "这是第50万辆整车下线。",
        "在省十四届人大四次会议代表通道（第一场）上。",
        "推动人工智能大模型在“8+4”重点行业落地。",
        "项目编号[23ZGXRWJD1726]。",
        "“双优大模型1.0”能精准预测产酒率。",
        "一台发动机从装配上线到下线。",
        "紧扣打造“六大产业集群”等部署。",
        "2025年1月27日上午9时30分。",
        "零部件企业集聚。",
        "在岸人民币对美元16:30收盘。",
    ],
)
def test_not_facts(sentence: str) -> None:
    assert extract_text(sentence).facts == []


def test_every_fact_names_its_rules() -> None:
    f = extract_text("合同引资额超45482亿元。").facts[0]
    assert "qualifier.before" in f.rule and "indicator." in f.rule and "period." in f.rule


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("將派發1萬張入場券。", "将派发1万张入场券。"),
    ("煤炭產量達3.5億噸。", "煤炭产量达3.5亿吨。"),
    ("兩三家企業虧損。", "两三家企业亏损。"),
    ("全市共有3000輛新能源汽車，120個項目。", "全市共有3000辆新能源汽车，120个项目。"),
])
def test_figures_written_in_traditional_characters_are_read_as_in_simplified(traditional: str,
                                                                               simplified: str) -> None:
    # (Hong Kong and Taiwan texts: 兩 as a digit, the measure words 張, 輛, 個, the unit 噸; the unit of a
    # count is its measure word as written)
    def read(text: str) -> list[tuple[object, ...]]:
        return [(f["value"], f["value_max"], f["qualifier"], f["kind"])
                for f in (fact.contract() for fact in extract_text(text).facts)]
    assert read(traditional) == read(simplified) != []
    assert [f.contract()["unit"] for f in extract_text(traditional).facts][-1] in ("張", "t", "家", "個")


def test_fractions_are_percentages() -> None:
    f = one("约三分之一的企业实现盈利。")
    assert (f["text"], f["unit"], f["qualifier"]) == ("约三分之一", "%", "approx")
    # FACTS.md: 三分之一 → 33.33… %: close enough to 100/3 for any reader (the scorer allows 1e-6 relative)
    assert abs(Decimal(str(f["value"])) - Decimal(100) / 3) < Decimal("1e-9")
    assert abs(Decimal(str(one("近三分之二的村实现集体增收。")["value"])) - Decimal(200) / 3) < Decimal("1e-9")
    assert one("出生缺陷发生率为千分之五。")["value"] == 0.5


def test_space_before_a_latin_unit() -> None:
    f = one("新型储能装机达到55 GWh。")
    assert (f["text"], f["value"], f["unit"]) == ("55 GWh", 55, "GWh")


def test_a_rate_named_growth_is_a_level() -> None:
    # 人口自然增长率 is a rate of its own, stated as a level (the corpus reads it so)
    f = one("人口自然增长率为千分之一点二。")
    assert (f["kind"], f["value"], f["unit"]) == ("level", 0.12, "%")


NUMERIC_TEXT = st.text(
    alphabet=st.sampled_from(
        list("0123456789０１２.,，。%％万亿千百十一二两三四五六七八九零〇第")
        + list("约超近多余以上左右元个家吨年月日增长下降至到从“”（）-~ 　\n")
    ),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), NUMERIC_TEXT))
def test_never_raises_and_spans_index_the_input(text: str) -> None:
    for fact in extract_text(text).facts:
        assert text[fact.start:fact.end] == fact.text
        assert fact.end > fact.start


def test_a_clause_naming_a_rate_of_its_own_is_no_growth_rate() -> None:
    # (涨幅 two clauses before does not make the jobless rate a change)
    text = "居民消费价格涨幅2%左右，城镇调查失业率控制在5.5%左右，粮食产量稳定。"
    facts = {f.text: f for f in extract_text(text).facts}
    assert (facts["2%左右"].kind, facts["5.5%左右"].kind) == ("change", "level")


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "kind"),
    [
        # a negative rate named as a rate (自然增长率为-0.10‰) is that rate's level, below zero
        ("全年出生率7.88‰，自然增长率为-0.10‰。", "-0.10‰", Decimal("-0.010"), "level"),
        ("人口自然增长率-0.93‰。", "-0.93‰", Decimal("-0.093"), "level"),
        # …but a growth written with its sign is a fall (增速为-2.7%)
        ("房地产开发投资额同比增速为-2.7%。", "-2.7%", Decimal("2.7"), "change"),
    ],
)
def test_a_minus_sign_after_a_rate_is_a_negative_level(text: str, fact_text: str, value: Decimal, kind: str) -> None:
    facts = {f.text: f for f in extract_text(text).facts}
    assert (facts[fact_text].value, facts[fact_text].kind) == (value, kind), facts[fact_text].rule


def test_per_mille_points_are_tenths_of_percentage_points() -> None:
    # 个千分点 is to ‰ what 个百分点 is to %: 1.87个千分点 = 0.187 pp
    [fact] = extract_text("出生率比上年下降1.87个千分点。").facts
    assert (fact.value, fact.unit, fact.kind, fact.direction) == (Decimal("0.187"), "pp", "change", "down")


@pytest.mark.parametrize(
    ("text", "fact_text", "qualifier"),
    [
        # the bound of a share's verb is the share's, the whole it is of named between (约占全省的三分之一)
        ("全市粮食产量约占全省的三分之一。", "三分之一", "approx"),
        ("云南已形成约占全国太阳能热水器生产能力10%的产业。", "10%", "approx"),  # (a long whole between)
        ("出口约占全国的40%。", "40%", "approx"),
        ("出口占全国的40%。", "40%", "exact"),
    ],
)
def test_a_bound_before_a_share_verb_bounds_the_share(text: str, fact_text: str, qualifier: str) -> None:
    facts = {f.text: f for f in extract_text(text).facts}
    assert facts[fact_text].qualifier == qualifier, facts[fact_text].rule


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        # places moved in a ranking are a change of rank (unit rank, as a rank's), not of people (位)
        ("全国排名有望上升3位、居第14位。", "3位", "up"),
        ("总量居全国第8位，较上年前移1位。", "1位", "up"),
        ("位次后移2位。", "2位", "down"),
    ],
)
def test_places_moved_in_a_ranking_are_a_change_of_rank(text: str, fact_text: str, direction: str) -> None:
    facts = {f.text: f for f in extract_text(text).facts}
    f = facts[fact_text]
    assert (f.unit, f.kind, f.direction) == ("rank", "change", direction), f.rule


def test_a_foreign_currency_after_a_magnitude_is_the_unit_not_yuan() -> None:
    # (LG显示亏损2100亿韩元 was read as 2100亿 with the yuan the context implies; 亿元新台币 as 亿元)
    facts = extract_text("第二季度乐金显示亏损2100亿韩元，友达亏损130.1亿元新台币，南非项目投资450余万兰特。").facts
    assert [(f.text, f.unit) for f in facts] == [("2100亿韩元", "韩元"), ("130.1亿元新台币", "新台币"),
                                                 ("450余万兰特", "兰特")]


def test_a_unit_the_spec_does_not_list_keeps_its_surface_form() -> None:
    # (FACTS.md: a unit the table does not list keeps its surface form; 港元 was HKD, TEU 标箱, 毫米 mm)
    facts = extract_text("恒指成交939.3亿港元，重箱量389万TEU，降水量12毫米，日元汇率下跌。").facts
    assert [f.unit for f in facts] == ["港元", "TEU", "毫米"]


def test_a_price_per_a_counted_amount_keeps_the_whole_compound_unit() -> None:
    # (元/500克, 美元/50公斤: the amount a price is of, with its number, is part of its unit; a power over an
    # energy, 2GW/5GWh, is two figures, and so is a ratio of percentages)
    text = "精瘦肉从14.90元/500克降至13.2元/500克，小麦收购价30美元/50公斤；储能电站规模2GW/5GWh，占比5%/10%。"
    facts = {f.text: f.unit for f in extract_text(text).facts}
    assert facts == {"14.90元/500克": "元/500克", "13.2元/500克": "元/500克", "30美元/50公斤": "美元/50公斤",
                     "2GW": "GW", "5GWh": "GWh", "5%": "%", "10%": "%"}


def test_the_tens_of_a_numeral_alone_imply_no_money() -> None:
    # (十分亮眼 after 利润: 十 is no magnitude a sum of money is written with, as 60亿 is; 十分钟 is a duration)
    facts = {f.text: f.unit for f in extract_text("去年利润增速表现十分亮眼，投资总额突破60亿，会议开了十分钟。").facts}
    assert facts == {"突破60亿": "CNY", "十分钟": "min"}


def test_near_ending_a_qualifier_makes_no_period() -> None:
    # (近5年 is a stretch of time, no figure; in 接近6000小时 the 近 ends the qualifier 接近: a figure of hours)
    facts = {f.text: (f.unit, f.qualifier) for f in extract_text("近5年，火电机组平均利用小时数接近6000小时。").facts}
    assert facts == {"接近6000小时": ("h", "approx")}
