"""Tables: the columns of a table in the text give its cells their meaning.

A results table (业绩快报, 主要会计数据) is written one row per line: the row's label, then its
cells, under a header line naming the columns (项目 本报告期 上年同期 增减变动幅度(%)). Rules
(named on the fact; the header's words are data, table_columns.tsv):
- table.change_column: a cell under 增减, 变动, 增长 or 同比 is the row's change, up or down by its
  sign (-35.86% is a fall of 35.86 %), in per cent or in the table's unit (增（减）额);
- table.last_year_column: a cell under 上年同期 or 上年 is of the year before the row's period;
- table.period_start_column: a cell under 期初 (本报告期初, 年初) is a stock at the end of the year before;
- table.period_end_column: a cell under 期末 (本报告期末) is a stock at the end of the row's year;
- table.year_column: a cell under a year (2019年) is of that year;
- table.bracketed_negative: a cell in brackets ((2,637)) is negative, under a change's column a fall.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from extract import lexicon
from extract.patterns import longest_first
from extract.quantities import YEAR_COLUMN, Quantity, bracketed_cell, column_in, table_header


def _words(meaning: str) -> re.Pattern[str]:
    """A column header's words of one meaning (table_columns.tsv)."""
    return re.compile("|".join(re.escape(w) for w in longest_first(lexicon.table_columns(meaning))))


_CHANGE: Final = _words("change")
_LAST_YEAR: Final = _words("last_year")
_PERIOD_START: Final = _words("period_start")
_PERIOD_END: Final = _words("period_end")


def _year_before(period: str) -> str:
    return "/".join(f"{int(part[:4]) - 1:04d}{part[4:]}" for part in period.split("/"))


def read_table_columns(view: str, items: list[tuple[Quantity, dict[str, object]]]) -> None:
    """Give each cell of a table row the meaning of its column (see the module's rules)."""
    rows: dict[int, list[int]] = {}
    for k, (q, _cand) in enumerate(items):
        line_start = view.rfind("\n", 0, q.start) + 1
        rows.setdefault(line_start, []).append(k)
    for line_start, cells in rows.items():
        if len(cells) < 2:
            continue
        line_end = view.find("\n", line_start)
        line = view[line_start:len(view) if line_end < 0 else line_end]
        if "。" in line or "，" in line:
            continue  # (prose, not a row)
        header = table_header(view, line_start)  # (read once for the row's cells)
        if header is None:
            continue
        for k in cells:
            # (counted from the row's end: a cell that is no figure, (30) or -, still holds its column)
            q, cand = items[k]
            column = column_in(header, view, q.start, q.end)
            if column is None:
                continue
            if bracketed_cell(view, q.start, q.end) and isinstance(cand["value"], Decimal) and cand["value"] > 0:
                cand["value"] = -cand["value"]  # (2,637): a negative figure, a fall under a change's column
                cand["rule"] = f"{cand['rule']} table.bracketed_negative"
            _apply(column, q, cand)


def _apply(column: str, q: Quantity, cand: dict[str, object]) -> None:
    period = cand.get("period")
    year = YEAR_COLUMN.fullmatch(column)  # (a column named by a year: its cells are of that year)
    if year is not None:
        cand["period"] = year.group(1)
        cand["rule"] = f"{cand['rule']} table.year_column"
    elif _CHANGE.search(column) and (q.unit in ("%", "pp") or "quantity.unit.of_table" in q.rules):
        # (增减变动幅度(%): a change in per cent; 增（减）额: in the table's unit)
        value = cand["value"]
        cand["kind"] = "change"
        cand["direction"] = "down" if isinstance(value, Decimal) and value < 0 else "up"
        if isinstance(value, Decimal) and value < 0:
            cand["value"] = -value
        cand["rule"] = f"{cand['rule']} table.change_column"
    elif _PERIOD_START.search(column) and isinstance(period, str) and period[:4].isdigit():
        cand["period"] = f"{int(period[:4]) - 1:04d}-12"
        cand["rule"] = f"{cand['rule']} table.period_start_column"
    elif _PERIOD_END.search(column) and isinstance(period, str) and len(period) == 4 and period.isdigit():
        cand["period"] = f"{period}-12"
        cand["rule"] = f"{cand['rule']} table.period_end_column"
    elif _LAST_YEAR.search(column) and isinstance(period, str) and period[:4].isdigit():
        cand["period"] = _year_before(period)
        cand["rule"] = f"{cand['rule']} table.last_year_column"
