"""Modality (extract/attribute/modality.py), case by case: a sentence, a number in it, the modality
FACTS.md gives that number."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

CASES = [
    # 拟 (plans to) and 打算 (intends to) make what follows an aim, whatever verb follows 拟 (拟以…募资)
    ("公司拟以6.02元/股的定增价募资110亿元，全国社保基金拟认购50亿元。", "50亿元", "target"),
    ("公司拟以6.02元/股的定增价募资110亿元，全国社保基金拟认购50亿元。", "110亿元", "target"),
    ("今年，他打算将每亩种到5500株左右。", "5500株左右", "target"),
    ("该系统可模拟10万个用户同时在线。", "10万个", "actual"),
    ("全年地区生产总值预期目标是增长5%左右。", "5%左右", "target"),
    ("预计全年粮食产量将超过1.2亿吨。", "超过1.2亿吨", "forecast"),
    # a target's task, done: the share of it that was done is what happened
    ("前三季度，城镇新增就业1045万人，完成全年目标任务的95%。", "95%", "actual"),
    # an expectation stays in its clause group
    ("总量在全国排名有望上升至第20位；稀土永磁材料产量增长30%以上。", "30%以上", "actual"),
    ("总量在全国排名有望上升至第20位；稀土永磁材料产量增长30%以上。", "第20位", "forecast"),
    # a number that names an aim after it is the aim; the figure compared with it happened
    ("城镇调查失业率均值为5.2%，低于全年5.5%左右的预期目标。", "5.5%左右", "target"),
    ("城镇调查失业率均值为5.2%，低于全年5.5%左右的预期目标。", "5.2%", "actual"),
    # a work report's figure of its own year, the one it plans, is aimed at (加快推进300个省级重大项目), in a report
    # that names its plans (重点工作; one naming none is an excerpt of its review: test_period.py)
    ("2025年辽宁省政府工作报告\n二、2025年重点工作\n持续扩大有效投资。深入实施15项重大工程，"
     "加快推进300个省级重大项目、6000个亿元以上项目建设。", "300个", "target"),
    # …but what it says of the year before happened
    ("2025年辽宁省政府工作报告\n过去一年，深入实施15项重大工程，加快推进300个省级重大项目建设，投资增长5%。",
     "300个", "actual"),
    # 争取 is an aim before a verb or a number (争取实现…); before what was secured it happened
    # (争取上级转移支付资金173.2亿元, a budget report's last year)
    ("过去一年，加强与省直部门衔接，争取上级转移支付资金173.2亿元，增长6.2%。", "173.2亿元", "actual"),
    ("今年，全市地区生产总值增长6%左右，争取实现增长7%。", "7%", "target"),
    # a calculation reported after 据 (据初步测算, 据文化和旅游部数据中心测算) is no forecast
    ("据初步测算，直接拉动消费需求1200多亿元。", "1200多亿元", "actual"),
    ("据文化和旅游部数据中心测算，清明节假期全国国内旅游出游1.02亿人次。", "1.02亿人次", "actual"),
    # a figure of a year after the document's, with no word saying what it is, is aimed at
    ("某市政府工作报告\n——2026年1月20日在某市人民代表大会上\n到2030年，地区生产总值突破7000亿元。", "突破7000亿元",
     "target"),
    # …while one of a year before it happened
    ("某市政府工作报告\n——2026年1月20日在某市人民代表大会上\n2025年，地区生产总值突破5200亿元。", "突破5200亿元",
     "actual"),
    # aims go on through a plan's list
    ("今年重点抓好以下工作：一是力争绿色能源装机达到1.6亿千瓦；二是新建5G基站1万个。", "1万个", "target"),
]


@pytest.mark.parametrize(("sentence", "fact_text", "modality"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_modality(sentence: str, fact_text: str, modality: str) -> None:
    facts = {f.text: f for f in extract_text(sentence).facts}
    assert fact_text in facts, sorted(facts)
    assert facts[fact_text].modality == modality, facts[fact_text].rule


def test_a_figure_under_a_work_report_s_heading_of_the_year_it_plans_is_a_target() -> None:
    # (a work report's 二、2024年工作安排: every figure under it is aimed at, as the dev gold has it)
    report = ("2024年某市人民政府工作报告\n一、2023年工作回顾\n"
              "过去一年，全市地区生产总值增长5.5%，新开工重大项目180个。\n"
              "二、2024年工作安排\n重点抓好以下工作：新开工重大项目200个以上，年度完成投资500亿元。\n")
    got = {f.text: (f.modality, f.period) for f in extract_text(report).facts}
    assert got["180个"] == ("actual", "2023")
    assert got["200个以上"] == ("target", "2024")
    assert got["500亿元"] == ("target", "2024")
