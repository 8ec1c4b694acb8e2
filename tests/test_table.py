"""Tables (extract/attribute/table.py): a results table's columns give its cells their meaning."""

from __future__ import annotations

from decimal import Decimal

from extract.pipeline import extract_text

_RESULTS = (
    "内蒙古蒙草生态环境(集团)股份有限公司\n2016年度业绩快报\n一、2016年度主要财务数据和指标\n单位:人民币万元\n"
    "项目 本报告期 上年同期 增减变动幅度(%)\n"
    "营业总收入 284,362.09 176,839.65 60.80%\n"
    "基本每股收益(元) 0.35 0.18 94.44%\n"
    "本报告期末 本报告期初 增减变动幅度(%)\n"
    "归属于上市公司股东的每股净资产(元) 2.8138 4.3868 -35.86%\n"
    "注:1、本表数据为公司合并报表数据。\n"
)


def _cells(text: str = _RESULTS) -> dict[str, dict[str, object]]:
    return {f.text: f.model_dump() for f in extract_text(text).facts}


def test_a_row_s_cells_take_the_row_s_label_and_the_table_s_unit() -> None:
    cells = _cells()
    assert (cells["176,839.65"]["indicator"], cells["176,839.65"]["unit"]) == ("营业总收入", "CNY")
    assert cells["176,839.65"]["value"] == Decimal("1768396500")
    assert (cells["0.18"]["value"], cells["0.18"]["unit"]) == (Decimal("0.18"), "CNY")  # (元) of its row


def test_a_cell_under_a_change_column_is_the_row_s_change_up_or_down_by_its_sign() -> None:
    cells = _cells()
    assert (cells["60.80%"]["kind"], cells["60.80%"]["direction"]) == ("change", "up")
    fall = cells["-35.86%"]
    assert (fall["kind"], fall["direction"], fall["value"]) == ("change", "down", Decimal("35.86"))


def test_a_cell_under_last_year_or_the_period_s_start_is_of_the_year_before() -> None:
    cells = _cells()
    assert (cells["284,362.09"]["period"], cells["176,839.65"]["period"]) == ("2016", "2015")
    assert (cells["2.8138"]["period"], cells["4.3868"]["period"]) == ("2016-12", "2015-12")


def test_the_company_of_a_results_table_is_named_whole_with_its_bracket() -> None:
    assert _cells()["60.80%"]["subject"] == "内蒙古蒙草生态环境(集团)股份有限公司"


def test_a_note_s_numbering_under_a_table_is_no_cell() -> None:
    assert "1" not in _cells()


# A bank's income statement: its unit in a caption line (人民币百万元，百分比除外), its columns the years and the
# change in amount and in per cent
_BANK = (
    "中国邮政储蓄银行股份有限公司\n2019年年度报告\n7.2.1利润表分析\n利润表主要项目变动\n人民币百万元，百分比除外\n"
    "项目 2019年 2018年 增（减）额 变动（%）\n"
    "利息净收入 240,224 234,122 6,102 2.61\n"
    "营业收入 276,809 260,995 15,814 6.06\n"
    "信用减值损失 55,384 55,414 (30) (0.05)\n"
    "营业外收支净额 1,357 (2,637) 3,994 -\n"
    "利息净收入\n报告期内，本集团实现利息净收入2,402.24亿元。\n"
)


def test_a_caption_line_of_a_currency_is_the_table_s_unit_and_a_per_cent_column_s_cells_are_per_cent() -> None:
    cells = _cells(_BANK)
    assert (cells["240,224"]["value"], cells["240,224"]["unit"]) == (Decimal("240224000000"), "CNY")
    assert (cells["2.61"]["value"], cells["2.61"]["unit"]) == (Decimal("2.61"), "%")


def test_a_cell_under_a_year_is_of_that_year_and_under_a_change_in_amount_is_the_row_s_change() -> None:
    cells = _cells(_BANK)
    assert (cells["240,224"]["period"], cells["234,122"]["period"]) == ("2019", "2018")
    assert (cells["6,102"]["kind"], cells["6,102"]["direction"], cells["6,102"]["value"]) == (
        "change", "up", Decimal("6102000000"))
    assert (cells["2.61"]["kind"], cells["2.61"]["indicator"]) == ("change", "利息净收入")


def test_a_cell_in_brackets_is_negative_and_under_a_change_a_fall() -> None:
    cells = _cells(_BANK)
    fall = cells["30"]
    assert (fall["kind"], fall["direction"], fall["value"]) == ("change", "down", Decimal("30000000"))
    assert (cells["0.05"]["unit"], cells["0.05"]["direction"]) == ("%", "down")
    assert (cells["2,637"]["value"], cells["2,637"]["period"]) == (Decimal("-2637000000"), "2018")


def test_a_long_table_s_last_rows_still_read_its_header() -> None:
    # a bank's income statement runs to some twenty rows under one header
    rows = "".join(f"项目{k} {100 + k} {90 + k} 10 1.00\n" for k in range(20))
    text = _BANK.replace("营业收入 276,809", rows + "营业收入 276,809")
    cells = _cells(text)
    assert (cells["260,995"]["period"], cells["6.06"]["unit"]) == ("2018", "%")
