"""Period: the time a fact refers to, normalised as in FACTS.md. All of the period logic lives
here: time expressions, the document's year, and the document's time model (`DocumentTime`).

Rules (each named on the fact):
- period.year, period.part_of_document_year, period.plan, period.years_up_to_now …: the nearest
  time expression before the number in its sentence (a comparison base, 比上年, is not one);
  period.since_year: a year a stretch runs from up to the text's time (自2008年以来, 2022年至今) gives
  the years from it to the document's (2008/2011); period.since_month: a month (2023年5月至今, 自2010年5月份以来)
  the months from it to the text's publication (2023-05/2025-12);
  period.part_of_stated_year: a bare month or quarter after a month of a stated year in its sentence
  is of that year (2020年11月底…，11月初… → 2020-11), not of the document's;
- period.months_before_publication: an actual figure's months that would end after the month the
  text was published are the year before's (1～5月 in a text of March 2011: 2010-01/2010-05); days
  are not (出行日期从4月1日至4月6日: days ahead), nor targets and forecasts;
- period.report_year / period.title: 全年 and 年末 are the year a title or the paragraph names
  (年末 that year's December; also the year its sentence names before it: 据2024年人口抽样调查，年末…
  → 2024-12), else the document's; a headline opening with a year before the one
  it was published in (2025年昆明全市常住人口874.4万, May 2026) names that year;
- period.year_of_year_end: 全年 after a year's end (截至2025年末，全年新登记…) is that year (a stock
  after it stays at the year's end); period.year_of_part: 全年 right before a number after a part of a
  year (第二季度…，全年10万辆交付目标) is that whole year; period.flow_of_the_year: a flow under 年末 (招生,
  出栏) is the year's, and so is what was done over it under a 年末 carried from a sentence before (开展…3014场);
  period.year_to_month_end: a flow as of a month's end (截至6月底，全行业完成固定资产投资…) is the months
  from January to it (measure_heads.tsv, flow);
- period.disclosed_report: the day a company discloses a results report (8月21日晚间披露了半年报)
  is not its figures' period: they are the months the report covers;
- period.heading: a section heading with a time governs its section; a line that is only a
  period (a box headed “十四五”时期) governs the bullet lines under it;
- period.paragraph: a time a sentence opens with (2025年上半年，…) governs the rest of its
  paragraph; the part of a year a release's paragraph opens with (前三季度，…) governs the
  paragraphs after it until a heading; a story's lead governs the story (in a text of several
  stories, each opening a line with 央视网消息, 本报讯…: each story's own lead, where it states one);
  period.reached_at_end: but a level reached under years the paragraph opens with (过去五年，…。…装机达到
  1.27亿千瓦; period_cues.tsv reached_verb) is the level at their end, the last year;
- period.digest_session / period.digest_week: a morning market digest (…财经早餐2024年8月29日) reports
  the last trading day before its date: a market move with no time of its own is that day's, 本周
  that day's week;
- period.lead_session: a market story whose lead opens with a day and a market's move (6月11日，…三大指数
  全线下跌) reports that session: a later move with no time of its own is that day's;
- period.census: in a story whose head or lead names a census (七普, 第七次全国人口普查) as its source,
  a figure with no time of its own is of the census's year (and the story of the year after);
- period.plan_year: in a work report or a story about one, a figure with no time of its own in a
  paragraph naming none is of the document's year; period.review_year: but in a section whose
  heading names no time and whose first sentence opens with an earlier year (一、…⏎2025年是“十四五”
  收官之年。一年来…), of that year; period.review_undated: a figure with no time before the report
  states its year's targets (主要预期目标是：…) is of a review whose years the text does not state (null);
  period.review_plan: but in a report of a five-year plan's first year (2026), of the plan just ended
  (2021/2025); period.review_of_excerpt: in a report (not a story about one) whose text names no targets,
  no plan and not its own year (an excerpt of its review), of the year before the report's;
  period.review_lead: in a report stating no targets, of the years its opening reviews
  (各位代表！…五年来，… → 2021/2025);
- period.last_week_day: 上周五 is that day of the week before the one the text was published in;
  period.week_day: a weekday named alone (美国股市周四上涨) is the last such day up to the day published;
- period.breakdown: a sentence opening with 其中 breaks down the figure before it: its period (also
  before a period carried from a lead or a section further up);
- period.now_published: 目前 (at present) is the month the text was published, when it says;
  period.today / period.yesterday: 今日, 昨日 are that day and the one before;
- period.fiscal: a company's fiscal quarter or year (ZOOM第二财季) whose months the text does not say
  gives no period (period_words.tsv, FISCAL);
- how a time expression reads: period.day, period.days, period.as_of_day (截至3月5日), period.holiday
  (春节期间: its days off), period.month_range, period.year_range, period.marketing_year (2010/11年度),
  period.plan_years (“十四五”前三年),
  period.plan_end (“十二五”末, 十四五期末: the plan's last year),
  period.years_ahead (未来5年), period.span (two times joined into one: 2020年至2025年),
  period.results_report (2011年一季报: the months the report covers; 半年报 named without a year in the
  figure's sentence or the one before it, over a period carried from the story's opening); unread: period.unknown,
  period.part_unresolved, period.relative_unresolved (a part of a year, 今年 when the document's year
  is not known), period.years_unresolved (近年来, 一年半来: a stretch with no stated bounds);
- a time naming a budget's item with the word after it (上年结转: period_cues.tsv, item_name) is no time;
- a time that is the base of a comparison (比上年, 与2010年相比, 低于去年同期) is not the period
  (period.comparison_base): only the base value right after it has that time, or a from-time's
  (period.comparison_from, 从2020年的…提高到; the first and last years of a stretch opening the sentence
  for the values a move goes from and to: 2012年至2021年，…从57亿件增长至1083亿件); a year's 同期 in a story
  of some months is those
  months (period.same_months), 同期 after the sentence's own time is that time (period.same_time), and a
  sentence opening with 同期， is of the time the sentences just before it report (period.same_period);
- period.listed: times listed in order before 分别 give the listed figures theirs, one each;
- period.of_fact_before: a figure with no time of its own takes the months or days of the fact
  before it in its paragraph; period.day_of_fact_before: a day written alone before it (12日, 到25日)
  is that day of the month of the fact before; period.stock_against_year_start: a figure compared with the year's
  start (较年初) is a stock at the end of the months it is reported for; period.balance_at_months_end: so is
  an item of a balance sheet (总资产, 负债率; measure_heads.tsv kind balance);
- period.holiday_named_before: a holiday's word with no name (今年假期, 假期里) is the holiday the text named
  last before it (中秋国庆假期);
- period.moved_to: the value a move goes to from a time the sentence names (从一季度末的6.95%提升至7.69%) is of
  the time carried, at the end of its months where the move starts from a point (一季度末, 2017年底);
- period.report_end / period.year_to_report_end: 报告期末, 年初至报告期末 in a text about a results
  report are its last month and the year up to it (报告期末 opening a paragraph, for each of its
  sentences: 报告期末，总资产…。客户贷款…); period.year_of_target: months set against the
  year's target are that year's; period.target_year: a target naming no time is the document's year,
  also in a work report's list of targets under a heading of the year it reviews (一、2009年工作回顾…
  主要预期目标是：…);
  period.census_decade: a change in a census story is over the ten years up to it;
- period.none: nothing in the text dates the figure (null);
- relative years (今年, 去年, 上年) resolve against the document's year: a publication date
  given with the input (`--date`, an HTML page's), a date line or dateline in the text, else
  the latest year the text names as a date and after every year it compares with (a year opening
  an event's name counts: “2022中外知名企业四川行”).

Mentions carry a typed kind (`MentionKind`) and the rules are the members of `PeriodRule`: code tests
the members, and their names (the values) are only for the explanation.
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from bisect import bisect_right
from calendar import monthrange
from datetime import date, timedelta
from enum import Enum, StrEnum
from functools import cache
from typing import Final

import regex

from extract import lexicon
from extract.numbers import (
    CN_DIGITS,
    MAGNITUDE_CHARS,
    PLAIN_DIGIT_CHARS,
    YEAR_DIGIT_CHARS,
    ZERO_CHARS,
    parse_number,
)
from extract.patterns import HAN, SPACE, EndingWith, alternation, first_chars, last_match, longest_first
from extract.sentences import Sentences, Span

_CN_NUM: Final = ZERO_CHARS + PLAIN_DIGIT_CHARS + "两十"
_MONTH: Final = rf"(?:1[0-2]|0?[1-9]|[{_CN_NUM}]{{1,3}})"
# A year in Arabic digits, or in Chinese ones written one by one (二〇二三), from 1900 to 2099
_YEAR: Final = rf"(?:19|20)[0-9]{{2}}|(?:一九|二[{ZERO_CHARS}])[{YEAR_DIGIT_CHARS}]{{2}}"


@cache
def time_pattern() -> re.Pattern[str]:
    """Every way a time is written. Compiled with the standard `re` behind a one-character
    lookahead (the first characters any branch can start with), which lets the scan skip
    ahead at C speed: the same matches, twenty times faster than a bare alternation."""
    return re.compile(_time_source(""), re.VERBOSE)


def _time_source(guard: str) -> str:
    """The source of the time pattern, with `guard` (a lookahead) after its first character's."""
    plans = _plan_periods()
    ahead = _ahead_words()
    words = sorted((w for w in lexicon.period_words() if w not in plans and w not in ahead), key=len, reverse=True)
    named = "|".join(re.escape(w) for w in words)
    plan_names = "|".join(re.escape(w) for w in sorted(plans, key=len, reverse=True))
    body = _time_body(named, plan_names, "|".join(re.escape(w) for w in ahead) or "(?!)")
    # (every character a match can start with, read off the pattern itself: a hand-kept set had left
    # out 多, 几 and 数, so 多年来 was never read)
    first = "".join(sorted(first_chars("(?x)" + body)))
    return rf"""(?=[{re.escape(first)}]){guard}{body}"""


def _ahead_words() -> tuple[str, ...]:
    """The words before a number of years ahead (未来, 今后: period_words.tsv, AHEAD)."""
    return tuple(sorted((w for w, v in lexicon.period_words().items() if v == "AHEAD"), key=len, reverse=True))


def _time_body(named: str, plan_names: str, ahead: str) -> str:
    """Every way a time is written, as one verbose alternation (`named`: the period words, `plan_names`:
    the plans' names, `ahead`: the words before a number of years ahead)."""
    return rf"""(?:
        (?P<month_range>(?P<ry1>{_YEAR})年(?P<rm1>{_MONTH})月份?[-—~至到](?P<ry2>{_YEAR})年(?P<rm2>{_MONTH})月份?(?:末|底)?)
      | (?P<year_range>(?P<y1>{_YEAR})(?:年)?[-—~至到](?P<y2>{_YEAR})年(?:间|期间)?)
      | (?P<marketing_year>(?P<my1>{_YEAR})/(?P<my2>(?:19|20)?[0-9]{{2}})年度)
      | (?P<plan>(?P<plan_name>{plan_names}))[”"’]?(?:规划)?
          (?:(?:期间|时期)?(?P<plan_part>[前后])(?P<plan_years>[一二三四两1-4])年|(?P<plan_end>期?末期?)|期间|时期|以来|初|时
             |中|收官|开局)?
      | (?:(?P<year>{_YEAR})(?:年(?:度)?|(?=Q[1-4](?![0-9])|全年|[上下]半年|第?[一二三四]季度))|(?P<rel>{named})
         | (?<![0-9０-９.．])(?P<short_year>[0-9]{{2}})年
           (?={_MONTH}(?:[-—~至到]{_MONTH})?月|全年|[上下]半年|前三季度|第?[一二三四]季度))
        (?:
           (?P<m1>{_MONTH})(?:月份?)?(?:[-—~至到、]|份?至)(?P<m2>{_MONTH})月(?:份)?(?:末|底)?
         | [前头](?P<first_n>[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})(?:个)?月
         | 前(?P<first_q>[一二三1-3])(?:个)?季度
         | 第?(?P<q1>[一二三1-3])(?:季度)?[-—~至到]第?(?P<q2>[二三四2-4])季度
         | (?:第|[ ]?Q(?=[1-4]))?(?P<quarter>[一二三四1-4])(?:季度|季(?=末)|(?<=Q[1-4])(?![0-9]))(?P<quarter_end>末)?
         | (?P<half>上半年|下半年|半年(?=[末底]))(?P<half_end>末|底)?
         | (?P<month>{_MONTH})月(?:份)?(?P<month_end>末|底)?
         | (?P<year_end>末|底)
        )?
      | (?P<ahead>(?:{ahead})(?P<ahead_n>[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})年(?:内|里|间|中)?)
      | (?P<span_years>(?:近|过去|这)?(?P<span_n>[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})年(?P<span_half>半)?(?:来|以来|间)
          | (?:近|过去|这)?半年(?:来|以来)|(?:近|多|几|数)年(?:来|以来)
          | (?:近|过去的?|这)(?P<span_n2>[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})年(?:中|里)?(?![0-9]))
      | (?P<bare_first_n>[前头](?:[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})(?:个)?月)
      | (?P<bare_quarter>前[一二三]季度
          |第?[一二三1-3](?:季度)?[-—~至到]第?[二三四2-4]季度
          |[一二三四](?:季度末?|季末)|第[一二三四1-4]季度末?|(?<![0-9])[1-4]季度末?
          |(?<![0-9A-Za-z])Q[1-4](?![0-9A-Za-z]))
      | (?P<asof_month>(?<=截至|截止)(?:1[0-2]|[1-9])月(?=[0-9]{{1,2}}日))
      | (?P<bare_m1>{_MONTH})(?:月份?)?[-—~至到、](?P<bare_m2>{_MONTH})月份?(?:末|底)?
      | (?P<bare_month>(?<![0-9年])(?:1[0-2]|[1-9])月份?(?:末|底)?(?:(?=[0-9]{{1,2}}[日号])|(?![0-9]))
          | (?<![{_CN_NUM}百千万第个])(?:十[一二]|[{PLAIN_DIGIT_CHARS}十])月份?(?:末|底)?(?![0-9{_CN_NUM}]))
      | (?P<bare_half>(?:上半年|下半年)(?:末|底)?|(?<![上下一近过这多])半年[末底])
        )
        """


_YEARS: Final = re.compile(r"[0-9]{4}/[0-9]{4}")


@cache
def _plan_periods() -> dict[str, str]:
    """The five-year plans period_words.tsv names (十四五 → 2021/2025): the rows whose period is years."""
    return {w: v for w, v in lexicon.period_words().items() if _YEARS.fullmatch(v)}


def _int(text: str) -> int | None:
    if len(text) <= 4 and text.isascii() and text.isdigit():
        return int(text)  # a year or a month in Arabic digits: what parse_number gives it
    n = parse_number(text)
    return int(n.value) if n is not None else None


class PeriodRule(StrEnum):
    """The rules that choose a fact's period. A member's value is the name shown with the fact
    (`facts --explain`, the module docstring says what each does); code tests members, not names."""

    AS_OF_DAY = "period.as_of_day"
    BREAKDOWN = "period.breakdown"
    CENSUS = "period.census"
    CENSUS_DECADE = "period.census_decade"
    COMPARISON_BASE = "period.comparison_base"
    COMPARISON_FROM = "period.comparison_from"
    DAY = "period.day"
    DAYS = "period.days"
    DIGEST_SESSION = "period.digest_session"
    LEAD_SESSION = "period.lead_session"
    WEEK_DAY = "period.week_day"
    DIGEST_WEEK = "period.digest_week"
    DISCLOSED_REPORT = "period.disclosed_report"
    FISCAL = "period.fiscal"
    FLOW_OF_THE_YEAR = "period.flow_of_the_year"
    YEAR_TO_MONTH_END = "period.year_to_month_end"
    HEADING = "period.heading"
    HOLIDAY = "period.holiday"
    LAST_WEEK_DAY = "period.last_week_day"
    LISTED = "period.listed"
    MONTH_RANGE = "period.month_range"
    MONTHS_BEFORE_PUBLICATION = "period.months_before_publication"
    NONE = "period.none"
    NOW = "period.now"
    NOW_PUBLISHED = "period.now_published"
    OF_FACT_BEFORE = "period.of_fact_before"
    PARAGRAPH = "period.paragraph"
    REACHED_AT_END = "period.reached_at_end"
    PART_OF_DOCUMENT_YEAR = "period.part_of_document_year"
    PART_OF_STATED_YEAR = "period.part_of_stated_year"
    SINCE_YEAR = "period.since_year"
    SINCE_MONTH = "period.since_month"
    DAY_OF_FACT_BEFORE = "period.day_of_fact_before"
    PART_UNRESOLVED = "period.part_unresolved"
    PLAN = "period.plan"
    PLAN_YEAR = "period.plan_year"
    REVIEW_OF_EXCERPT = "period.review_of_excerpt"
    PLAN_YEARS = "period.plan_years"
    PLAN_END = "period.plan_end"
    REVIEW_YEAR = "period.review_year"
    REVIEW_UNDATED = "period.review_undated"
    REVIEW_PLAN = "period.review_plan"
    REVIEW_LEAD = "period.review_lead"
    RELATIVE_UNRESOLVED = "period.relative_unresolved"
    REPORT = "period.report"
    REPORT_END = "period.report_end"
    REPORT_YEAR = "period.report_year"
    RESULTS_REPORT = "period.results_report"
    SAME_MONTHS = "period.same_months"
    SAME_TIME = "period.same_time"
    SAME_PERIOD = "period.same_period"
    SPAN = "period.span"
    STOCK_AGAINST_YEAR_START = "period.stock_against_year_start"
    BALANCE_AT_MONTHS_END = "period.balance_at_months_end"
    MOVED_TO = "period.moved_to"
    HOLIDAY_NAMED_BEFORE = "period.holiday_named_before"
    TARGET_YEAR = "period.target_year"
    TITLE = "period.title"
    TODAY = "period.today"
    UNKNOWN = "period.unknown"
    YEAR = "period.year"
    YEAR_OF_TARGET = "period.year_of_target"
    YEAR_OF_YEAR_END = "period.year_of_year_end"
    YEAR_OF_PART = "period.year_of_part"
    YEAR_RANGE = "period.year_range"
    MARKETING_YEAR = "period.marketing_year"
    YEAR_TO_REPORT_END = "period.year_to_report_end"
    YEARS_AHEAD = "period.years_ahead"
    YEARS_UNRESOLVED = "period.years_unresolved"
    YEARS_UP_TO_NOW = "period.years_up_to_now"
    YESTERDAY = "period.yesterday"


class MentionKind(Enum):
    """What a time expression is to the facts after it."""

    PERIOD = "period"  # a time that is a fact's period (2025年, 一季度, “十四五”期间)
    REPORT_YEAR = "report_year"  # 全年, 年末: the year being reported (a title's year before the document's)
    NOW = "now"  # 目前, 如今: ends the reach of a time named earlier in the sentence
    UNBOUNDED = "unbounded"  # 一年半来, 近年来: a stretch up to now whose bounds are not said: no period
    DATE = "date"  # 2021年6月8日: a day something happened, not a period
    COMPARISON_BASE = "comparison_base"  # 比上年, 与2010年相比: the base of a comparison


class TimeMention:
    """A time expression found in the view: where it stands, the period it names and what it is to
    the facts after it. A plain class with slots: compiled, its constructor is a native call."""

    __slots__ = ("end", "kind", "period", "rule", "start")

    def __init__(self, start: int, end: int, period: str | None, rule: PeriodRule,
                 kind: MentionKind = MentionKind.PERIOD) -> None:
        self.start, self.end = start, end
        self.period: str | None = period  # None when it names a part of a year that is not known
        self.rule = rule  # the rule's name, shown with the fact (`facts --explain`)
        self.kind = kind

    def _fields(self) -> tuple[object, ...]:
        return self.start, self.end, self.period, self.rule, self.kind

    def __repr__(self) -> str:
        return (f"TimeMention(start={self.start!r}, end={self.end!r}, period={self.period!r}, rule={self.rule!r}, "
                f"kind={self.kind!r})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeMention) and self._fields() == other._fields()


def _full_year(short: int, doc_year: int | None) -> int:
    """The year a two-digit year stands for (18年 → 2018; 98年 → 1998): of this century unless that would be
    after the document's year (or, with none known, after 2030)."""
    return 2000 + short if 2000 + short <= (doc_year if doc_year is not None else 2030) else 1900 + short


def _year_of(year_text: str | None, rel: str | None, doc_year: int | None, named_year: int | None) -> int | None:
    """The year of a match's `year` group (2024年) or else of its `rel` group (今年, 去年; 当年: the
    year named last before it, `named_year`, else the document's)."""
    if year_text:
        return _int(year_text)
    if rel:
        spec = lexicon.period_words().get(rel, "")
        if spec == "LAST":
            return named_year if named_year is not None else doc_year
        if spec.startswith("Y") and doc_year is not None:
            return doc_year + int(spec[1:] or 0)
    return None


@cache
def back_reference_words() -> tuple[str, ...]:
    """The period words that stand for the year named last before them (当年, 该年)."""
    return tuple(w for w, v in lexicon.period_words().items() if v == "LAST")


def read_time(m: re.Match[str], doc_year: int | None, named_year: int | None = None) -> TimeMention:
    """The time mention a match of the time pattern makes, by the branch that matched: a range of
    months or years, a stretch of years up to now, now, a plan period, a year (named or relative,
    with the part of it the match names), or a part of the document's year."""
    start, end = m.span()
    span_years, rel, plan, year_text = m.group("span_years", "rel", "plan", "year")
    if m.group("short_year"):
        year_text = str(_full_year(int(m.group("short_year")), doc_year))  # 18年1-7月份 → 2018
    if m.group("month_range") or m.group("year_range"):
        return _range_mention(m)
    if m.group("marketing_year"):
        return _marketing_year(m)
    if span_years:
        return _years_up_to_now(m, doc_year)
    if m.group("ahead"):
        return _years_ahead(m, doc_year)
    if rel and lexicon.period_words().get(rel) == "NOW":
        return TimeMention(start, end, None, PeriodRule.NOW, MentionKind.NOW)
    if rel and lexicon.period_words().get(rel) == "FISCAL":
        # ZOOM第二财季…营收11.6亿美元: a fiscal quarter whose months the text does not say
        return TimeMention(start, end, None, PeriodRule.FISCAL, MentionKind.UNBOUNDED)
    if plan:
        return _plan_mention(m)
    if year_text or rel:
        return _year_mention(m, year_text, rel, doc_year, named_year)
    if any(m.group("bare_first_n", "bare_quarter", "bare_half", "bare_m1", "bare_month", "asof_month")):
        if doc_year is None:
            return TimeMention(start, end, None, PeriodRule.PART_UNRESOLVED)
        sub = time_pattern().match(f"{doc_year}年{m.group()}")
        if sub is not None:
            return TimeMention(start, end, _within_year(sub, doc_year), PeriodRule.PART_OF_DOCUMENT_YEAR)
    return TimeMention(start, end, None, PeriodRule.UNKNOWN)


def _range_mention(m: re.Match[str]) -> TimeMention:
    """2009年2月至2010年5月, 2021—2025年: a range from an earlier time to a later one."""
    start, end = m.span()
    if m.group("month_range"):
        y1, m1, y2, m2 = (_int(m.group(g)) for g in ("ry1", "rm1", "ry2", "rm2"))
        if y1 and y2 and m1 and m2 and 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) < (y2, m2):
            return TimeMention(start, end, f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", PeriodRule.MONTH_RANGE)
        return TimeMention(start, end, None, PeriodRule.UNKNOWN)
    y1, y2 = _int(m.group("y1")), _int(m.group("y2"))
    if y1 and y2 and y1 < y2:
        return TimeMention(start, end, f"{y1:04d}/{y2:04d}", PeriodRule.YEAR_RANGE)
    return TimeMention(start, end, None, PeriodRule.UNKNOWN)


def _marketing_year(m: re.Match[str]) -> TimeMention:
    """2010/2011年度, 2010/11年度: a crop's marketing year, across the two years it names (the second the year
    after the first)."""
    y1 = _int(m.group("my1"))
    if y1 and f"{y1 + 1:04d}".endswith(m.group("my2")):  # (1999/2000年度, 1999/00年度)
        return TimeMention(m.start(), m.end(), f"{y1:04d}/{y1 + 1:04d}", PeriodRule.MARKETING_YEAR)
    return TimeMention(m.start(), m.end(), None, PeriodRule.UNKNOWN)


def _years_up_to_now(m: re.Match[str], doc_year: int | None) -> TimeMention:
    """近三年, 五年来: the years before the document's (one year: last year); unbounded without a
    number of years or a document year (一年半来, 近年来)."""
    start, end = m.span()
    n = _int(m.group("span_n") or m.group("span_n2") or "")
    if m.group("span_half") or not n:
        return TimeMention(start, end, None, PeriodRule.YEARS_UNRESOLVED, MentionKind.UNBOUNDED)
    if n == 1 and doc_year is not None:
        return TimeMention(start, end, f"{doc_year - 1:04d}", PeriodRule.YEARS_UP_TO_NOW)  # 一年来: last year
    if doc_year is not None and 1 <= n <= 30:
        return TimeMention(start, end, f"{doc_year - n}/{doc_year - 1}", PeriodRule.YEARS_UP_TO_NOW)
    return TimeMention(start, end, None, PeriodRule.YEARS_UNRESOLVED, MentionKind.UNBOUNDED)


def _years_ahead(m: re.Match[str], doc_year: int | None) -> TimeMention:
    """未来5年, 今后十年: that many years from the document's own on (in 2011, 2011/2015)."""
    start, end = m.span()
    n = _int(m.group("ahead_n"))
    if doc_year is None or not n or n > 30:
        return TimeMention(start, end, None, PeriodRule.YEARS_UNRESOLVED, MentionKind.UNBOUNDED)
    return TimeMention(start, end, f"{doc_year:04d}/{doc_year + n - 1:04d}", PeriodRule.YEARS_AHEAD)


def _plan_mention(m: re.Match[str]) -> TimeMention:
    """A plan period (“十四五”) and the first or last years of it (“十五”后三年 → 2003/2005)."""
    start, end = m.span()
    years = _plan_periods().get(m.group("plan_name"))
    part, n = m.group("plan_part"), _int(m.group("plan_years") or "")
    if years is not None and part and n:
        first, last = int(years[:4]), int(years[5:])
        span = (first, first + n - 1) if part == "前" else (last - n + 1, last)
        return TimeMention(start, end, f"{span[0]:04d}/{span[1]:04d}", PeriodRule.PLAN_YEARS)
    if years is not None and m.group("plan_end"):
        return TimeMention(start, end, years[5:], PeriodRule.PLAN_END)  # “十二五”末: the plan's last year
    return TimeMention(start, end, years, PeriodRule.PLAN)


def _year_mention(m: re.Match[str], year_text: str | None, rel: str | None, doc_year: int | None,
                  named_year: int | None) -> TimeMention:
    """A year named (2025年) or relative (今年, 去年), with the part of it the match names; 全年 and
    年末 mean the year being reported, taking a year named just before them, if any (period_words.tsv,
    reading report_year; year_end, 年末: a stock at the year's end, FACTS.md: 年末 → YYYY-12)."""
    start, end = m.span()
    year = _year_of(year_text, rel, doc_year, named_year)
    if year is None:
        return TimeMention(start, end, None, PeriodRule.RELATIVE_UNRESOLVED)
    reading = lexicon.period_readings().get(rel or "")
    if reading in ("report_year", "year_end"):
        period = f"{year:04d}-12" if reading == "year_end" else _within_year(m, year)
        return TimeMention(start, end, period, PeriodRule.REPORT_YEAR, MentionKind.REPORT_YEAR)
    return TimeMention(start, end, _within_year(m, year), PeriodRule.YEAR)


def _within_year(m: re.Match[str], year: int) -> str:
    y = f"{year:04d}"
    m1, m2, first_n, first_q, quarter, quarter_end, half, month = m.group(
        "m1", "m2", "first_n", "first_q", "quarter", "quarter_end", "half", "month")
    if m1 and m2:
        a, b = _int(m1), _int(m2)
        if a and b and 1 <= a <= b <= 12:
            return f"{y}-{a:02d}/{y}-{b:02d}"
    if first_n:
        n = _int(first_n)
        if n and 1 <= n <= 12:
            return f"{y}-01/{y}-{n:02d}"
    if first_q:
        n = _int(first_q)
        if n:
            return f"{y}-01/{y}-{3 * n:02d}"
    q1, q2 = m.group("q1", "q2")
    if q1 and q2:
        a, b = _int(q1), _int(q2)
        if a and b and a < b:
            return f"{y}-{3 * a - 2:02d}/{y}-{3 * b:02d}"  # 一至三季度: the months of those quarters
    if quarter:
        n = _int(quarter)
        if n and quarter_end:
            return f"{y}-{3 * n:02d}"
        if n:
            return f"{y}-{3 * n - 2:02d}/{y}-{3 * n:02d}"
    if half:
        if m.group("half_end"):
            return f"{y}-12" if half == "下半年" else f"{y}-06"  # 上半年末, 半年末: a stock at the half's end
        return f"{y}-01/{y}-06" if half == "上半年" else f"{y}-07/{y}-12"
    if m.group("year_end"):
        return f"{y}-12"
    if month:
        n = _int(month)
        if n and 1 <= n <= 12:
            return f"{y}-{n:02d}"
    return y


# 10月1日至8日: days within the month
_DAYS_OF_MONTH: Final = re.compile(r"(?P<d1>[0-9]{1,2})日?(?:至|到|—|-|~)(?P<d2>[0-9]{1,2})日")
_MONTH_PERIOD: Final = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})")
# A stock as of the time after these (截至9月30日: that day, the month's last too; 截至9月底，…: the paragraph's
# time; period_cues.tsv, as_of)
_AS_OF: Final = EndingWith(lexicon.period_cues("as_of"))
# As of a month's end (截至6月底, 截止到11月末), the month read by `_int`
_AS_OF_MONTH_END: Final = re.compile(rf"(?:{alternation(lexicon.period_cues('as_of'))})(?P<m>{_MONTH})月份?(?:底|末)")
_DAY_AFTER: Final = re.compile(rf"[0-9{PLAIN_DIGIT_CHARS}十]{{1,3}}[日号]")
# Words after a time running a stretch from it up to the text's (period_cues.tsv, since: 以来, 至今, 到现在),
# not a trend's (以来的)
def _since_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon.period_cues('since'))})(?!的)")


_SINCE: Final = _since_pattern()
# A time after 比/较/与/低于 (比上年增长, 与2010年相比, 低于去年同期) is the base of a comparison,
# not the fact's period.
_COMPARISON_WORDS: Final = (*lexicon.comparison_words("base"), *lexicon.comparison_words("than"),
                             *lexicon.comparison_words("share_of"))  # comparison_words.tsv
_COMPARED_BEFORE: Final = EndingWith(_COMPARISON_WORDS)
# A ratio's base (恢复至2019年同期的98.2%): the ratio after it is of the figure's own time
_RATIO_BASE_BEFORE: Final = EndingWith(lexicon.comparison_words("share_of"))
_SAME_TIME_BRACKET: Final = EndingWith(["同期（", "同期("])
# A time before 以来 and a record (2002年4月底以来新低, 2023年5月以来最高) is the start of the
# stretch the figure is the highest or lowest of, not its period
# A time in a record (当月增速创今年新高, 创年内最低): the stretch the figure is a record of
# (period_cues.tsv: record_new, record_top after 创, record_since after 以来)
def _record_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The record right after a time (_RECORD_IN), after a time after 创 (_RECORD_TOP), after 以来 (_RECORD_SINCE)."""
    return (re.compile(f"的?(?:{alternation(lexicon.period_cues('record_new'))})"),
            re.compile(f"的?(?:{alternation(lexicon.period_cues('record_top'))})"),
            re.compile(f"[底末]?以来(?:的)?(?:{alternation(lexicon.period_cues('record_since'))})"))


_RECORD_IN, _RECORD_TOP, _RECORD_SINCE = _record_patterns()
_ON_THE_BASIS: Final = re.compile(r"的?基础上")  # (在2020年的基础上翻一番: the base of the change)


# Every match of the time pattern holds one of these characters (a year's 年, a month's 月, a
# quarter's 季度, a plan's 十四五) or one of the named period words holding none of them (目前).
_ANCHOR_CHARS: Final = "年月季五Q"
# The most characters a match holds before its first anchor character, in the branches other than
# a named word (the words are measured where they are read): a year 2024年 holds four, 过去三十一年来 and
# 前二十一个月 five, a month range with no 月 after its first month (二十一至二十二月: numerals of at most
# three characters each) seven, a range of years with no 年 after its first (2013-2018年) nine.
_ANCHOR_REACH: Final = 9


@cache
def _mention_scan() -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    """The anchors (where a time may be), how far before its anchor a time may start, and the time
    pattern behind a lookahead for an anchor character within that reach.

    A match of the time pattern holds an anchor: one of _ANCHOR_CHARS within the reach of its
    start, or a named word holding none of them, which starts the match (its first character
    stands for it in the lookahead). So the lookahead holds wherever the time pattern matches, and
    the third pattern matches exactly where and as the time pattern does (the same groups); it
    only gives up sooner at the digits and numerals of a number far from any 年 or 月."""
    words = lexicon.period_words()
    bare = [w for w in words if not any(c in w for c in _ANCHOR_CHARS)]
    reach = max([_ANCHOR_REACH, *(min(w.index(c) for c in _ANCHOR_CHARS if c in w) for w in words if w not in bare)])
    chars = re.escape(_ANCHOR_CHARS + "".join(sorted({w[0] for w in bare})))
    # (literal branches only: `re` then skips ahead to their first characters at C speed)
    anchors = "|".join([*_ANCHOR_CHARS, *map(re.escape, sorted(bare, key=len, reverse=True))])
    guard = rf"(?=[^{chars}]{{0,{reach}}}[{chars}])"
    return re.compile(anchors), reach, re.compile(_time_source(guard), re.VERBOSE)


def may_hold_time(text: str) -> bool:
    """False when `text` holds no anchor, so no time expression (see `_mention_scan`)."""
    return _mention_scan()[0].search(text) is not None


def time_matches(view: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of `time_pattern().finditer(view, start, end)`, found from their anchors: a
    match starting at `pos` or after holds an anchor at or after the first one from `pos` (all of
    it lies before `end`), and starts at most `reach` before that anchor, so it is the first match
    from there (lookbehinds see the text before where a search starts). With no anchor left, no
    time is left, and the rest of the span is not scanned."""
    anchors, reach, scan = _mention_scan()
    out: list[re.Match[str]] = []
    pos = start
    while (anchor := anchors.search(view, pos, end)) is not None:
        m = scan.search(view, max(pos, anchor.start() - reach), end)
        if m is None:
            break
        out.append(m)
        pos = m.end()  # (every match holds at least one character)
    return out


def _read_days(view: str, mention: TimeMention, day: re.Match[str]) -> None:
    """A month followed by a day: that day (5月1日 → 2025-05-01; a day opening a clause is when its
    figures were counted, but it sets no period for the sentences after it: `MentionKind.DATE`);
    days of the month (10月1日至7日 → 2025-10-01/2025-10-07); a stock 截至 a day (截至4月26日 → that
    day, the month's last too: 截至9月30日 → 2025-09-30, where 截至9月底 is the month)."""
    month = _MONTH_PERIOD.fullmatch(mention.period or "")
    days = _DAYS_OF_MONTH.match(view, mention.end)
    if days is not None:
        d1, d2 = int(days.group("d1")), int(days.group("d2"))
        if month is not None and 1 <= d1 < d2 <= 31:
            mention.period, mention.rule = f"{mention.period}-{d1:02d}/{mention.period}-{d2:02d}", PeriodRule.DAYS
        return
    d = _int(day.group()[:-1]) or 0
    last = _last_day(int(month.group("y")), int(month.group("m"))) if month is not None else 0
    if _AS_OF.before(view, mention.start):
        if 1 <= d <= last:
            # (the day of its sentence's stocks, which sets no period for the sentences after it)
            mention.period, mention.rule = f"{mention.period}-{d:02d}", PeriodRule.AS_OF_DAY
            mention.kind = MentionKind.DATE
        return
    mention.rule, mention.kind = PeriodRule.DAY, MentionKind.DATE
    mention.period = f"{mention.period}-{d:02d}" if 1 <= d <= last else None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 31


def time_mentions(view: str, doc_year: int | None, start: int = 0, end: int | None = None, *,
                  holidays: bool = True, named_year: int | None = None) -> list[TimeMention]:
    """The time expressions in view[start:end], read (`holidays=False`: the caller knows the view
    names no public holiday)."""
    out: list[TimeMention] = []
    day_after = _DAY_AFTER.match
    stated_year: int | None = None  # (the year of the last month or day the sentence states with it, no base)
    since_end = -1  # (where the words running a stretch from a year up to the text's time end)
    for m in time_matches(view, start, len(view) if end is None else end):
        m_start, m_end = m.span()
        if view.startswith(lexicon.period_cues("contract"), m_end) and m.group().endswith(("月", "月份")):
            # 棉花期货10月合约: the month a contract is for, what is traded, not when (period_cues.tsv, contract:
            # 合约, 交割)
            continue
        if _opens_a_quoted_name(view, m_start, m_end):
            continue  # 获评“2023年山东省质量标杆”: the year is part of an award's or an event's name
        mention = read_time(m, doc_year, named_year)
        if mention.rule == PeriodRule.PART_OF_DOCUMENT_YEAR and stated_year is not None and stated_year != doc_year:
            # 2020年11月底，…发放42.96亿美元，11月初则发放了50.6亿美元: the year the sentence states
            mention = read_time(m, stated_year)
            mention.rule = PeriodRule.PART_OF_STATED_YEAR
        if m.group("year") and mention.period is not None:
            named_year = int(mention.period[:4])  # (what a later 当年, 该年 stands for)
        if mention.rule == PeriodRule.YEAR and mention.period is not None and len(mention.period) == 4:
            results = _RESULTS_OF.match(view, m_end)
            if results is not None:  # 2011年一季报, 2024年半年度报告: the months the report covers
                last_month = lexicon.results_reports()[results.group("report")]
                mention.period = f"{mention.period}-01/{mention.period}-{last_month:02d}"
                mention.rule = PeriodRule.RESULTS_REPORT
        day = day_after(view, m_end)
        if day is not None:
            _read_days(view, mention, day)
        if _COMPARED_BEFORE.before(view, _before_quotes(view, m_start)) is not None \
                or _SAME_TIME_BRACKET.before(view, m_start) is not None \
                or _RECORD_SINCE.match(view, m_end) is not None or _RECORD_IN.match(view, m_end) is not None \
                or (view.startswith("创", m_start - 1) and _RECORD_TOP.match(view, m_end) is not None) \
                or (view.startswith("在", m_start - 1) and _ON_THE_BASIS.match(view, m_end) is not None):
            # kept only for the base value itself (与2010年…的4,613,871人相比, 比上年同期的1.27元);
            # 去年同期（2021年4月3日-4月5日）, 为2002年4月底以来新低, 在2020年的基础上: what the figure is
            # compared with
            mention.rule = PeriodRule.COMPARISON_BASE
            mention.kind = MentionKind.COMPARISON_BASE
        elif out and out[-1].kind is MentionKind.COMPARISON_BASE and mention.kind is MentionKind.PERIOD \
                and _LIST_MARKS.fullmatch(view, out[-1].end, m_start):
            # 较1-2月、1-3月、1-4月分别下降…: the times listed after a base are bases too
            mention.rule = PeriodRule.COMPARISON_BASE
            mention.kind = MentionKind.COMPARISON_BASE
        elif out and out[-1].kind is MentionKind.COMPARISON_BASE and mention.kind is MentionKind.REPORT_YEAR \
                and out[-1].end == m_start and out[-1].period is not None and mention.period is not None:
            # 低于去年全年19.1%的增速: the base's whole year (its end for 年末)
            mention.period = out[-1].period[:4] + mention.period[4:]
            mention.rule = PeriodRule.COMPARISON_BASE
            mention.kind = MentionKind.COMPARISON_BASE
        if m_start < since_end:
            continue  # (从2008年到现在: 现在 ends the stretch read with the year)
        year = int(mention.period) if mention.kind is MentionKind.PERIOD and mention.period is not None \
            and len(mention.period) == 4 and mention.period.isdigit() else None
        since = _SINCE.match(view, m_end) if year is not None and doc_year is not None \
            and (year == doc_year or year < doc_year - 1) else None
        if since is not None and year is not None and doc_year is not None:
            # 自2008年以来, 从2008年到现在, 2022年至今: the years from it to the document's (the year before the
            # document's alone: 2025年以来 in a text of January 2026 is 2025's, one of later in 2026 both's)
            mention.period = f"{year:04d}/{doc_year:04d}" if year < doc_year else mention.period
            mention.rule = PeriodRule.SINCE_YEAR
            since_end = since.end()
        if m.group("year") and mention.kind is MentionKind.PERIOD and mention.period is not None \
                and len(mention.period) >= 7:
            stated_year = int(mention.period[:4])  # (a month or day: a year alone may name a plan, 2010年农网…工程)
        elif mention.kind is MentionKind.REPORT_YEAR and out and out[-1].end == m_start \
                and out[-1].kind is MentionKind.PERIOD and out[-1].period and len(out[-1].period) == 4 \
                and out[-1].period.isdigit():
            stated_year = int(out[-1].period)  # 从2021年全年来看，1月至12月…: the year's whole states its year
        out.append(mention)
    if len(out) > 1:
        out = _with_day_ranges(view, out)
        out = _with_spans(view, out)
    if holidays and _holiday_names().search(view, start, len(view) if end is None else end) is not None:
        out = _with_holidays(view, doc_year, out, start, len(view) if end is None else end)
    return out


# The rest of a short name in quotation marks after the time that opens it (“2023年山东省质量标杆”: no
# punctuation inside, which quoted speech, “2023年，我们…”, has)
_QUOTED_NAME_REST: Final = regex.compile(r"[\p{Han}A-Za-z0-9]{2,20}[”\"’]")


def _opens_a_quoted_name(view: str, start: int, end: int) -> bool:
    """Whether the time at view[start:end] opens a name in quotation marks (an award, a list, an event)."""
    return start > 0 and (view[start - 1] == '"' or unicodedata.category(view[start - 1]) == "Pi") \
        and _QUOTED_NAME_REST.match(view, end) is not None


def _listed_parts(view: str, start: int, end: int, year: str) -> list[str] | None:
    """The quarters or months a list written with one unit ends at `end` with (一、二、三季度; 7、8、9月),
    each its own, in `year`; None where view[start:end] ends with no such list."""
    found = _LISTED_PARTS.search(view, start, end)
    if found is None or not year.isdigit():
        return None
    items = found.group("items").split("、")
    numbers = [n for n in map(_int, items) if n is not None]
    quarters = found.group("unit") == "季度"
    if len(numbers) != len(items) or not all(1 <= n <= (4 if quarters else 12) for n in numbers):
        return None
    if quarters:
        return [f"{year}-{3 * n - 2:02d}/{year}-{3 * n:02d}" for n in numbers]
    return [f"{year}-{n:02d}" for n in numbers]


# Quarters or months listed with one unit after the last (一、二、三季度, 7、8、9月份)
_LISTED_PARTS: Final = re.compile(
    rf"(?P<items>(?:(?:1[0-2]|[1-9]|十[一二]?|[{PLAIN_DIGIT_CHARS}])、)+(?:1[0-2]|[1-9]|十[一二]?|[{PLAIN_DIGIT_CHARS}]))"
    r"(?P<unit>月份?|季度)$"
)
_LISTED_REACH: Final = 20  # (how far before a time a list of its parts is read)


def _each_of(mention: TimeMention, written: str) -> list[str] | None:
    """The years of a stretch of years (2007年-2009年), the months of a stretch of months of one year
    written in months (3-5月, not 三季度), one by one; None for any other time."""
    assert mention.period is not None
    first, _, last = mention.period.partition("/")
    if mention.rule == PeriodRule.YEAR_RANGE:
        return [f"{year:04d}" for year in range(int(first), int(last) + 1)]
    if len(first) == len(last) == 7 and first[:4] == last[:4] and "月" in written and "季" not in written:
        year = first[:4]
        return [f"{year}-{month:02d}" for month in range(int(first[5:]), int(last[5:]) + 1)]
    return None


def _before_quotes(view: str, pos: int) -> int:
    """Where the opening quotes right before pos begin (比“十三五”末: before “)."""
    while pos > 0 and unicodedata.category(view[pos - 1]) == "Pi":
        pos -= 1
    return pos


_TO_DAY: Final = re.compile(rf"[0-9{PLAIN_DIGIT_CHARS}十]{{1,3}}[日号][\s]*(?:至|到|—|-|~|－)[\s]*")
_FULL_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _with_day_ranges(view: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Two days joined as a range (4月1日至4月6日, 2021年4月3日-4月5日) are one period, the days
    from the first to the last."""
    out: list[TimeMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (last is not None and last.kind in _DAY_KINDS and mention.kind in _DAY_KINDS
                and last.period and mention.period and _FULL_DAY.fullmatch(last.period)
                and _FULL_DAY.fullmatch(mention.period)
                and _TO_DAY.fullmatch(view, last.end, mention.start)):
            end_day = mention.period
            if "年" not in view[mention.start:mention.end]:
                end_day = last.period[:4] + end_day[4:]  # 2021年4月3日-4月5日: the end is in 2021
            if last.period < end_day:
                kind = MentionKind.COMPARISON_BASE if MentionKind.COMPARISON_BASE in (last.kind, mention.kind) \
                    else MentionKind.PERIOD
                out[-1] = TimeMention(last.start, mention.end, f"{last.period}/{end_day}", PeriodRule.DAYS, kind)
                continue
        out.append(mention)
    return out


_DAY_KINDS: Final = (MentionKind.DATE, MentionKind.COMPARISON_BASE)
_TO_SPAN: Final = re.compile(r"\s*(?:到|至)\s*")
_YEAR_OR_MONTH: Final = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")


def _with_spans(view: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Two years or two months joined by 到 or 至 (从2004年末到2008年末, 2020年至2022年) are one
    span, from the first to the last."""
    out: list[TimeMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (last is not None and last.kind is MentionKind.PERIOD and mention.kind is MentionKind.PERIOD
                and last.period and mention.period and len(last.period) == len(mention.period)
                and _YEAR_OR_MONTH.fullmatch(last.period) and _YEAR_OR_MONTH.fullmatch(mention.period)
                and last.period < mention.period and _TO_SPAN.fullmatch(view, last.end, mention.start)):
            out[-1] = TimeMention(last.start, mention.end, f"{last.period}/{mention.period}", PeriodRule.SPAN)
            continue
        out.append(mention)
    return out


def _holiday_words() -> str:
    """The words after a holiday's name that are part of the holiday named (春节假期, 国庆黄金周, 中秋当天;
    period_cues.tsv, holiday_word), as an alternation."""
    return alternation(lexicon.period_cues("holiday_word"))


_HOLIDAY_WORDS: Final = _holiday_words()  # (catalogue.py reads the holidays before a measure with them)


@cache
def _holiday_pattern() -> re.Pattern[str]:
    """A public holiday named (春节, “五一”假期, 国庆黄金周), not a time before or after it (春节前)."""
    names = lexicon.holiday_names()
    name_alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(
        rf"(?P<open>[“\"‘])?(?P<name>{name_alternation})(?(open)[”\"’])(?P<word>{_holiday_words()})?"
        r"(?P<trip>(?=旅游|出游|出行|档期))?"
        r"(?!前|后|以来|之前|之后|过后|前后|前夕|节前|节后)"
    )


# A holiday's word with no name (period_cues.tsv, holiday_back: 假期), and the words that may stand before one
# (holiday_back_opener: 今年假期); any other Han character before it makes another word (寒假期间)
def _holiday_back_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.period_cues("holiday_back")))


_HOLIDAY_BACK: Final = _holiday_back_pattern()
_HAN_CHAR: Final = re.compile(f"[{HAN}]")


def _opens_a_word(view: str, pos: int) -> bool:
    return pos == 0 or not _HAN_CHAR.match(view, pos - 1) or view.endswith(lexicon.period_cues("holiday_back_opener"),
                                                                         0, pos)


@cache
def _holiday_names() -> re.Pattern[str]:
    """The holidays' names alone: a plain alternation of words, which `re` finds fast (the full
    pattern, opening with an optional quote, it cannot skip ahead for)."""
    return re.compile("|".join(map(re.escape, sorted(lexicon.holiday_names(), key=len, reverse=True))))


_YEAR_BEFORE_HOLIDAY: Final = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年?[“\"‘]?$")


def _latest_holiday_year(view: str) -> int | None:
    """The latest year named with a public holiday (2021“五一”, 2020年国庆), a date as good as 2024年3月."""
    years = [int(y.group(1)) for m in _holiday_names().finditer(view)
             if (y := _YEAR_BEFORE_HOLIDAY.search(view, max(0, m.start() - 6), m.start())) is not None]
    return max(years, default=None)


_BARE_YEAR_BEFORE: Final = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年?$")


def _with_holidays(view: str, doc_year: int | None, mentions: list[TimeMention], start: int,
                   end: int) -> list[TimeMention]:
    """The mentions with each public holiday named in [start, end) as its days off in its year
    (今年“五一”假期 → 2021-05-01/2021-05-05, holidays.tsv): the year named right before it, which it
    takes the place of, else the document's."""
    out = list(mentions)
    names, days_off = lexicon.holiday_names(), lexicon.holidays()
    for m in _holiday_pattern().finditer(view, start, end):
        holiday, needs_word = names[m.group("name")]
        if needs_word and not (m.group("open") or m.group("word") or m.group("trip") is not None):
            continue  # 五一路, 十一个
        first = m.start()
        year = doc_year
        before = next((x for x in out if x.end == first and x.kind is MentionKind.PERIOD), None)
        if before is not None and before.period and len(before.period) == 4:
            year, first = int(before.period), before.start  # 2021年春节, 今年“五一”
            out.remove(before)
        else:
            bare = _BARE_YEAR_BEFORE.search(view, max(start, first - 5), first)
            if bare is not None:
                year, first = int(bare.group(1)), bare.start()  # 2021“五一”旅行大数据报告
        span = days_off.get((year, holiday)) if year is not None else None
        if span is None:
            continue
        period = span[0].isoformat() if span[0] == span[1] else f"{span[0].isoformat()}/{span[1].isoformat()}"
        mention = TimeMention(first, m.end(), period, PeriodRule.HOLIDAY)
        if _COMPARED_BEFORE.before(view, first) is not None:
            mention.rule, mention.kind = PeriodRule.COMPARISON_BASE, MentionKind.COMPARISON_BASE
        out.append(mention)
    out.sort(key=lambda x: x.start)
    return out


def _date_labels() -> str:
    """The labels of a date line (发布时间：2024-04-20; period_cues.tsv, date_label), as an alternation."""
    return alternation(lexicon.period_cues("date_label"))


# (on `re`, which finds it faster; \s as `regex` reads it)
def _published_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_date_labels()})[:：]?[{SPACE}]*(?P<y>(?:19|20)[0-9]{{2}})[-年/.](?P<m>[0-9]{{1,2}})"
        r"[-月/.](?P<d>[0-9]{1,2})"
    )


_PUBLISHED: Final = _published_pattern()
# A day standing alone at the start of a line of the document's head, as news pages print it
# (2011年09月26, 2015年12月05日 08：05 来源：…, 2025-10-20 11:05:32)
_HEAD_DAY: Final = re.compile(
    rf"(?:^|\n)[{SPACE}]*(?P<y>(?:19|20)[0-9]{{2}})[-年/.](?P<m>[0-9]{{1,2}})[-月/.](?P<d>[0-9]{{1,2}})日?"
    rf"(?=[{SPACE}　]|$|星期|周[一二三四五六日]|来源)",
    re.M,
)
_HEAD_DAY_REACH: Final = 300
# A line that is only a day written in Chinese numerals (二〇一九年四月二十日), as official documents date
# themselves at the head or at the foot, or a date line so written (发布时间：二〇二四年四月二十日)
def _written_day_line_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"^[{SPACE}]*(?:(?:{_date_labels()})[:：][{SPACE}]*)?(?P<y>[{YEAR_DIGIT_CHARS}]{{4}})年"
        rf"(?P<m>十[一二]?|[{PLAIN_DIGIT_CHARS}])月"
        rf"(?P<d>[一二三]?十[{PLAIN_DIGIT_CHARS}]?|[{PLAIN_DIGIT_CHARS}])日[{SPACE}]*$",
        re.M,
    )


_WRITTEN_DAY_LINE: Final = _written_day_line_pattern()
_WRITTEN_DIGITS: Final = str.maketrans({c: str(CN_DIGITS[c]) for c in YEAR_DIGIT_CHARS})
_FOOT_REACH: Final = 200  # (how far from the end a date line signing the text off is looked for)


def _written_day(view: str) -> date | None:
    """The day of a line written in Chinese numerals at the document's head or foot (二〇一九年四月二十日)."""
    m = _WRITTEN_DAY_LINE.search(view, 0, _HEAD_DAY_REACH) or _WRITTEN_DAY_LINE.search(
        view, max(0, len(view) - _FOOT_REACH))
    if m is None:
        return None
    month, day = _int(m.group("m")), _int(m.group("d"))
    try:
        return date(int(m.group("y").translate(_WRITTEN_DIGITS)), month or 0, day or 0)
    except ValueError:
        return None
# A day written compactly in brackets on the head's first line, as a broadcast's transcript is headed
# (《新闻联播》 (20250927))
_HEAD_COMPACT_DAY: Final = re.compile(
    r"\A[^\n]{0,30}?[(（](?P<y>(?:19|20)[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])[)）]")
# The day of a newspaper's edition in the head (《人民日报》（2025年06月03日第 01 版）)
_EDITION_DAY: Final = re.compile(
    rf"(?P<y>(?:19|20)[0-9]{{2}})年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日"
    rf"[{SPACE}]*第[{SPACE}]*[0-9]{{1,3}}[{SPACE}]*版")
# A date standing in the document's head (2025-10-20 11:05:32　来源：新华网; ——2025年1月20日在…); the view
# drops a space after figures, so a date may stand right before 来源
_HEAD_DATE: Final = re.compile(
    r"(?:^|\n)[^\n]{0,30}?(?P<y>(?:19|20)[0-9]{2})"
    rf"(?:[-./][0-9]{{1,2}}[-./][0-9]{{1,2}}(?![0-9])"
    rf"|年[0-9]{{1,2}}月[0-9]{{1,2}}日?(?=[{SPACE}　]|$|星期|周[一二三四五六日]|来源))"
    r"|——(?P<y2>(?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日在",
    re.M,
)
# A year written as a date (2024年3月, 2024年，) and a year named at all (2024年), each as two
# patterns, one per century, that `regex` finds by their literal start (20…, 19…) far faster
# than one alternation. Together they find what one pattern would: a match cannot start inside
# another (not after a digit, and the characters after a year hold no four digits), so no match
# hides another and the two lists hold every match. The later century comes first.
# A year aimed at or foreseen (预计2030年，…; 力争2027年): not the document's own, nor one it reports on
# (period_cues.tsv, aimed_at)
def _year_patterns() -> tuple[tuple[regex.Pattern[str], ...], tuple[regex.Pattern[str], ...]]:
    """The years written as a date (_DATED_YEAR) and the years named at all (_NAMED_YEAR), one pattern a century."""
    aimed_at = f"(?<!{alternation(lexicon.period_cues('aimed_at'))})"
    dated = tuple(
        regex.compile(
            rf"(?<![0-9到])(?<![^截]至){aimed_at}({century}[0-9]{{2}})"
            rf"(?:年[0-9{PLAIN_DIGIT_CHARS}十]{{1,3}}月|年[,，、]|[,，])"
        )
        for century in ("20", "19")
    )
    named = tuple(
        regex.compile(
            rf"(?<![0-9到])(?<![^截]至){aimed_at}({century}[0-9]{{2}})年"
            rf"(?!(?:前|以前|之前)(?![0-9{PLAIN_DIGIT_CHARS}十]))"
        )
        for century in ("20", "19")
    )
    return dated, named


_DATED_YEAR, _NAMED_YEAR = _year_patterns()


def _base_year_pattern() -> re.Pattern[str]:
    """A year right after a word of comparison (period_cues base_year_before: 比2024年), or after a word that
    also joins (base_year_joined: 与2024年) where its clause closes the comparison (base_year_closing: 与2024年同期
    相比); not 环比's 比, and not a year a stretch runs from (base_year_not_after: 比2020年以来)."""
    before = alternation(lexicon.period_cues("base_year_before"))
    # (a joining word's clause closes within the year and 12 characters after it: 与2024年同期相比)
    joined = (rf"(?:{alternation(lexicon.period_cues('base_year_joined'))})"
              rf"(?=[^，,。；;\n]{{0,17}}?(?:{alternation(lexicon.period_cues('base_year_closing'))}))")
    return re.compile(rf"(?<!环)(?:{before}|{joined})((?:19|20)[0-9]{{2}})年"
                      rf"(?!{alternation(lexicon.period_cues('base_year_not_after'))})")


_BASE_YEAR: Final = _base_year_pattern()
# Last year as a base, in the clause before another base year (比上年同期多…，比2019年同期…)
_LAST_YEAR_BASE: Final = re.compile(r"(?:比|较)(?:上年|去年)同期[^。；;]*[，,]$")
# …or a base year the text averages the two years since over (比2019年同期增长10.6%，两年平均增长5.2%)
_TWO_YEAR_AVERAGE: Final = re.compile(r"(?:[0-9]{1,2}[-—–~～至到])?[0-9]{0,2}[^。；;，,0-9]{0,8}[0-9.]+%?[，,]两年平均")


# A year that opens the name of an event or a list (“2022中外知名企业四川行”活动季, 2024金融街论坛年会):
# not an amount (1986亿元, 2000万吨, 2010家: a magnitude, a unit or a measure word after it)
def _event_year_patterns() -> tuple[regex.Pattern[str], ...]:
    amount = alternation([*MAGNITUDE_CHARS, *lexicon.units(), *lexicon.measure_words()])
    return tuple(
        regex.compile(rf"(?<![0-9])({century}[0-9]{{2}})(?=\p{{Han}})(?!年|月|日|届|{amount})")
        for century in ("20", "19")
    )


_EVENT_YEAR: Final = _event_year_patterns()


def _latest_year(patterns: tuple[regex.Pattern[str], ...], view: str) -> int | None:
    """The greatest year the patterns find, each pattern a century, the later first: a year of
    one is later than every year of the next, so the first that finds one answers."""
    for pattern in patterns:
        # (each year is four ASCII digits: the greatest string is the greatest number)
        latest = max(pattern.findall(view), default=None)
        if latest is not None:
            return int(latest)
    return None


def _latest_report_year(view: str) -> int | None:
    """The latest year by which a results report the text names (2021年半年报, 2020年年报) was out: its own
    year, the next for a report of the whole year."""
    return max((int(m.group("y")) + (1 if lexicon.results_reports()[m.group("report")] == 12 else 0)
                for m in _NAMED_REPORT.finditer(view)), default=None)


# A results report disclosed (披露了半年报, 发布年报): its figures are of the months it covers
# (results_reports.tsv)
_DISCLOSED_REPORT: Final = re.compile(rf"(?:披露|发布|公布)了?(?P<report>{alternation(lexicon.results_reports())})")
# Companies' results of the first half (半年报, 中报) or the first quarters (一季报, 三季报), named in a
# head without a year, or right after a year (2011年一季报, 2024年第三季度报告)
_RESULTS_OF: Final = re.compile(
    rf"(?P<report>{alternation(name for name, month in lexicon.results_reports().items() if month < 12)})(?!道)"
)
# A results report named with its year (发布2023年年度报告, 披露2024年半年报), looked for in a story's
# opening (_OPENING_REACH characters after its head)
_NAMED_REPORT: Final = re.compile(rf"(?P<y>(?:19|20)[0-9]{{2}})年(?P<report>{alternation(lexicon.results_reports())})")
_OPENING_REACH: Final = 300


# A report's title: a year (its half, its quarter), then a word of a report (title_words.tsv, report)
def _title_report_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<y>(?:19|20)[0-9]{2})年(?:(?P<half>半年度|上半年)|(?P<q>第?[一二三四1-4]季度)|(?:年度)?)"
        rf"[^\n]{{0,30}}?(?:{alternation(lexicon.title_words('report'))})"
    )


_TITLE_REPORT: Final = _title_report_pattern()


def _title_execution_pattern() -> re.Pattern[str]:
    """A year, then within 30 characters and no other year a word of how it went (title_words.tsv, execution)."""
    return re.compile(rf"(?P<y>{_YEAR})年[^\n年]{{0,30}}?(?:{alternation(lexicon.title_words('execution'))})")


_TITLE_EXECUTION: Final = _title_execution_pattern()


def title_period(title: str) -> str | None:
    """The period a report's title names (…2024年国民经济和社会发展统计公报 → 2024; 关于2025年预算执行情况和2026年
    预算草案的报告 → 2025, the year whose execution it reports)."""
    if "政府工作报告" in title:
        return None  # a work report speaks of last year, this year and the plan: no one period
    executed = _TITLE_EXECUTION.search(title)
    if executed is not None:
        year = _int(executed.group("y"))
        return f"{year:04d}" if year else None
    m = _TITLE_REPORT.search(title)
    if m is None:
        return None
    y = m.group("y")
    if m.group("half"):
        return f"{y}-01/{y}-06"
    if m.group("q"):
        n = _int(m.group("q").lstrip("第"))
        if n:
            return f"{y}-{3 * n - 2:02d}/{y}-{3 * n:02d}"
    return y


def _five_years(period: str | None) -> bool:
    """Whether a period is a span of five years (2021/2025): a five-year plan's, or five years back."""
    first, _, last = (period or "").partition("/")
    return first.isdigit() and last.isdigit() and int(last) - int(first) == 4


# A day ending a line of the head after an outlet, a source or an author (经济日报 2024-03-05; 来源：新华网
# 2024年03月05日 10:21; the view drops the space before the day), the line holding no clause of a sentence
_LINE_END_DAY: Final = re.compile(
    rf"^[^\n。，,；;]{{0,30}}?(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})[-年/.](?P<m>[0-9]{{1,2}})[-月/.](?P<d>[0-9]{{1,2}})日?"
    rf"(?:[{SPACE}　]*[0-9]{{1,2}}[:：][0-9]{{2}}(?:[:：][0-9]{{2}})?)?[{SPACE}　]*$",
    re.M,
)
# A source's bracket signing the text off with a day (（来源：某市统计局，2024年3月5日）)
_SOURCE_FOOT_DAY: Final = re.compile(
    r"[（(]来源[:：][^）)\n]{0,30}?(?P<y>(?:19|20)[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日[）)]")


def _head_line_end_day(view: str) -> re.Match[str] | None:
    """A day ending a line of the head below its title (see _LINE_END_DAY)."""
    first = view.find("\n")
    return _LINE_END_DAY.search(view, first + 1, _HEAD_DAY_REACH) if 0 <= first < _HEAD_DAY_REACH else None


def publication_date(view: str, published: date | None) -> date | None:
    """The day the text was published: the date given with it, else its publication line."""
    if published is not None:
        return published
    m = (_PUBLISHED.search(view[:2000]) or _HEAD_DAY.search(view[:_HEAD_DAY_REACH])
         or _HEAD_COMPACT_DAY.match(view) or _EDITION_DAY.search(view, 0, _HEAD_DAY_REACH)
         or _head_line_end_day(view) or _SOURCE_FOOT_DAY.search(view, max(0, len(view) - _FOOT_REACH)))
    if m is None:
        return _written_day(view)
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# The day before the text's (昨日, 昨天; period_cues.tsv, yesterday), and where the text says which day that is
# (昨日（9月22日）)
def _yesterday_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(lexicon.period_cues("yesterday"))
    return re.compile(words), re.compile(
        rf"(?:{words})[（(](?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12][0-9]|0?[1-9])日[）)]")


_YESTERDAY, _YESTERDAY_IS = _yesterday_patterns()


# The day of the text (今日, 今天; period_cues.tsv, today), and the periods a fact only has from around its sentence
def _today_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.period_cues("today")))


_TODAY: Final = _today_pattern()
_CARRIED_IN: Final = frozenset({PeriodRule.NONE, PeriodRule.PARAGRAPH, PeriodRule.HEADING, PeriodRule.TITLE})

# A weekday of the week before the text's (上周五), and one named alone (周四, not 上周四, 本周四, 每周四, 周年,
# 周末; weekdays.tsv), and a sentence about another week
_LAST_WEEKDAY: Final = re.compile(f"上({alternation(lexicon.weekdays())})")
_BARE_WEEKDAY: Final = re.compile(f"(?<![上下本每])({alternation(lexicon.weekdays())})(?![年末边岁])")


def _other_week_pattern() -> re.Pattern[str]:
    """A word naming another week than the text's (period_cues other_week: 上周, 下个星期)."""
    return re.compile(alternation(lexicon.period_cues("other_week")))


_OTHER_WEEK: Final = _other_week_pattern()


# A work report's title with its year (2025年广州市政府工作报告): the year it is delivered in
_REPORT_TITLE_YEAR: Final = re.compile(r"(?:^|\n)[^\n]{0,12}?(?P<y>(?:19|20)[0-9]{2})年[^\n]{0,16}?政府工作报告")
_REPORT_TITLE_REACH: Final = 200


def document_year(view: str, published: date | None) -> tuple[int | None, str]:
    """The year 今年 refers to, and the rule that found it."""
    if published is not None:
        return published.year, "year.given"
    m = _PUBLISHED.search(view[:2000])
    if m:
        return int(m.group("y")), "year.publication_line"
    m = _HEAD_DATE.search(view[:400]) or _HEAD_COMPACT_DAY.match(view)
    if m:
        return int(m.group("y") or m.group("y2")), "year.head_date"
    written = _written_day(view)
    if written is not None:
        return written.year, "year.head_date"  # 二〇一九年四月二十日 at the head or the foot
    m = _REPORT_TITLE_YEAR.search(view[:_REPORT_TITLE_REACH])
    if m:
        return int(m.group("y")), "year.report_title"  # 2025年…政府工作报告: its 今年 is 2025
    # a year the text compares with (比2024年全年, 与2024年同期相比) is before the document's; one
    # compared with just after last year (比上年同期多1970亿元，比2019年同期多7219亿元) is the year before last
    based = max((int(m.group(1)) + (2 if _LAST_YEAR_BASE.search(view, max(0, m.start() - 30), m.start())
                                       or _TWO_YEAR_AVERAGE.match(view, m.end()) else 1)
                 for m in _BASE_YEAR.finditer(view)), default=None)
    year = max((y for y in (_latest_year(_DATED_YEAR, view), _latest_holiday_year(view)) if y is not None),
               default=None)
    reported = _latest_report_year(view)
    if year is not None and reported is not None and reported > year:
        # 2018年3月…; 刚发布的2021年半年报显示…: a text that reads a report is written once it is out (an
        # annual report the year after the year it covers)
        return (based, "year.after_comparison_base") if based and based > reported else (reported, "year.report_read")
    if year is not None:
        named = _latest_year(_NAMED_YEAR, view)
        if named is not None and named == year + 1 and not (based and based > named):
            # 自2021年4月上市迄今… and 对2022年度业绩作出预测: a past event is dated, the text's year named
            return named, "year.named_after_dated"
        return (based, "year.after_comparison_base") if based and based > year else (year, "year.latest_dated")
    year = max((y for y in (_latest_year(_NAMED_YEAR, view), _latest_year(_EVENT_YEAR, view)) if y is not None),
               default=None)
    if year is not None:
        return (based, "year.after_comparison_base") if based and based > year else (year, "year.latest_named")
    if based is not None:
        return based, "year.after_comparison_base"
    return None, "year.unknown"


# ------------------------------------------------------------------ the document's time model
# A comparison with the start of the year (较年初, 比上年末, 较去年底): what is compared is a stock
_AGAINST_YEAR_START: Final = re.compile(r"(?:较|比)(?:今?年初|(?:上|去)年(?:末|底|年末|年底))")
_CLAUSE_END: Final = re.compile(r"[，,；;。\n]")


def _clause_begin(view: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last of ，；。 or a line's end before it."""
    return max(view.rfind(c, 0, pos) for c in "，,；;。\n") + 1


_SENTENCE_END: Final = re.compile(r"[。！!？?\n]")
# Months of one year from its January (2011-01/2011-06)
_MONTHS_OF_A_YEAR: Final = re.compile(r"([0-9]{4})-01/\1-(?:0[2-9]|1[01])")
_BULLET: Final = regex.compile(rf"^\s*(?:[-•·*—]|[0-9]{{1,2}}[.、)]|[（(][0-9{PLAIN_DIGIT_CHARS}十]{{1,2}}[)）])")
_DIGIT: Final = regex.compile(r"[0-9]")
_PLAN_TITLE: Final = re.compile(alternation(lexicon.title_words("plan")))  # (title_words.tsv: 工作报告, 发展计划)
# A report's top-level section heading on a line of its own, naming no time (一、一年接着一年干，…)
_TOP_SECTION: Final = re.compile(rf"(?:^|\n)[{PLAIN_DIGIT_CHARS}十]+、[^\n0-9。]{{2,40}}(?=\n)")
# A plan named (重点工作, 工作安排: plan_headings.tsv) or the text's own year (今年, 本年: period_words.tsv, Y
# with no reading): a work report naming either plans its year
_PLAN_OR_THIS_YEAR: Final = re.compile(alternation((
    *lexicon.plan_headings(),
    *(word for word, period in lexicon.period_words().items()
      if period == "Y" and word not in lexicon.period_readings()))))
# A company report's own time words (period_cues.tsv): 年初至报告期末 (report_to_end: the year to the report's
# end), 报告期末 (report_end: a stock at its end); 报告期内 (report_within) is the report's period itself
_REPORT_TO_END: Final = lexicon.period_cues("report_to_end")
_REPORT_END: Final = lexicon.period_cues("report_end")
_REPORT_SPAN: Final = re.compile(alternation((*_REPORT_TO_END, *_REPORT_END, *lexicon.period_cues("report_within"))))
# A paragraph opening at the end of the report's period (报告期末，…; 截至报告期末，…)
_REPORT_END_OPENING: Final = re.compile(rf"\s*(?:{alternation(lexicon.period_cues('as_of'))})?(?:本)?"
                                        rf"(?:{alternation(_REPORT_END)})[，,]")
# The same words, and 报告期 alone (report_word: 报告期公司实现营业收入…), as an indicator's phrase may hold them
REPORT_TIME_WORDS: Final = re.compile(alternation((*_REPORT_TO_END, *_REPORT_END, *lexicon.period_cues("report_within"),
                                                   *lexicon.period_cues("report_word"))))


def _within_report(report: str, view: str, start: int, end: int) -> tuple[str, PeriodRule]:
    """The period a report's time word names, the report's period being `report` (2025-07/2025-09)."""
    span = _PART_OF_YEAR.fullmatch(report)
    words = view[start:end]
    to_end = any(word in words for word in _REPORT_TO_END)
    at_end = any(word in words for word in _REPORT_END)
    if span is not None and to_end:
        return f"{span.group(1)}-01/{report[-7:]}", PeriodRule.YEAR_TO_REPORT_END
    if span is not None and at_end:
        return report[-7:], PeriodRule.REPORT_END
    if len(report) == 4 and at_end and not to_end:
        return f"{report}-12", PeriodRule.REPORT_END  # an annual report's end: the year's (年末)
    return report, PeriodRule.REPORT


# Companies' annual reports named with no year (到年报发布, 年度报告显示), in a story published by May
# (the season they come out in): the reports of the year before
_ANNUAL_RESULTS: Final = re.compile(r"(?<![半季中0-9年度])年报|(?<![0-9年])年度报告")
_ANNUAL_REPORT_SEASON: Final = 5


# A morning market digest (陆家嘴财经早餐2024年8月29日星期四, 市场早报…; period_cues.tsv, digest_head): the date in
# its head
def _digest_head_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon.period_cues('digest_head'))})[^\n]{{0,12}}?"
                      r"(?P<y>(?:19|20)[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日")


_DIGEST_HEAD: Final = _digest_head_pattern()
# A sentence reporting a market's move in a session (指数跌0.4%报2837.43点, 成交额4991亿元, 收报7.0958;
# period_cues.tsv, market_move)
def _market_move_pattern() -> re.Pattern[str]:
    return re.compile(f"{alternation(lexicon.period_cues('market_move'))}|报(?=[0-9])")


_MARKET_MOVE: Final = _market_move_pattern()


def _this_week_pattern() -> re.Pattern[str]:
    """A word naming the text's own week in the clause before a number (period_cues this_week: 本周)."""
    return re.compile(rf"(?:{alternation(lexicon.period_cues('this_week'))})[^，,。；;]*$")


_THIS_WEEK: Final = _this_week_pattern()
# What opens a news story at the start of a line (period_cues.tsv, story_opening)
def _story_opening_pattern() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(lexicon.period_cues('story_opening'))})", re.M)


_STORY_OPENING: Final = _story_opening_pattern()
# A lead opening with a day (6月11日，…)
_LEAD_DAY: Final = re.compile(r"(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12][0-9]|0?[1-9])日[，,]")


def _trading_day_before(day: date) -> date:
    """The last weekday before `day` (a Monday's digest reports the Friday's session)."""
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def digest_session(head: str) -> date | None:
    """The trading day a morning digest reports: the last before the date its head names."""
    m = _DIGEST_HEAD.search(head)
    if m is None:
        return None
    try:
        return _trading_day_before(date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    except ValueError:
        return None


def _census_pattern() -> re.Pattern[str]:
    """A national census named as a story's source (七普数据公布后, 第七次全国人口普查; censuses.tsv), not where
    its name runs into a word it ends the start of (五普通话: period_cues.tsv, not_census)."""
    words = lexicon.period_cues("not_census")
    names = []
    for name in longest_first(lexicon.censuses()):
        rests = [word[k:] for word in words for k in range(1, len(word)) if name.endswith(word[:k])]
        names.append(re.escape(name) + (f"(?!{alternation(rests)})" if rests else ""))
    return re.compile("|".join(names))


_CENSUS: Final = _census_pattern()
# (a change from one census to the next: period_cues.tsv, census_change)
def _census_change_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.period_cues("census_change")))


_CENSUS_CHANGE: Final = _census_change_pattern()
_CENSUS_LEAD: Final = 300  # (how far into the text the census must be named to be what it reports)


def census_year(view: str) -> int | None:
    """The year of the latest census the text's head and lead name, if any."""
    years = [lexicon.censuses()[m.group()] for m in _CENSUS.finditer(view, 0, min(len(view), _CENSUS_LEAD))]
    return max(years, default=None)


# a story about a work report (…代表市政府作政府工作报告: title_words.tsv, plan_story)
_REPORT_STORY: Final = re.compile(alternation(lexicon.title_words("plan_story")))
# A value set as an aim (…低于3%左右的预期目标): the year's, when the figures around are months
# (aim_words.tsv, year: 预期目标, 主要目标, 全年目标 …)
_YEAR_TARGET: Final = re.compile("|".join(map(re.escape, lexicon.aim_words("year"))))
_ANNUAL_AIM_AFTER: Final = re.compile(f"的?(?:{_YEAR_TARGET.pattern})")
_SENTENCE_PUNCT: Final = re.compile(r"[。，,；;：:！？!?]")
_CLAUSE_PUNCT: Final = re.compile(r"[。，,；;！？!?]")  # (a heading's colon is no clause's end)
# What a line that is only a period holds beside the time (“十四五”时期：; the words after the time and a plan's
# noun, 规划: period_cues.tsv, box_rest)
def _box_rest_pattern() -> re.Pattern[str]:
    return re.compile(rf"[“”\"‘’《》\s]*(?:规划)?(?:{alternation(lexicon.period_cues('box_rest'))})?[“”\"‘’《》：:\s]*")


_BOX_REST: Final = _box_rest_pattern()
_PART_OF_YEAR: Final = re.compile(r"([0-9]{4})-[0-9]{2}/\1-[0-9]{2}")  # 2025-01/2025-09: months of one year
_SECTION_MARKS: Final = (
    rf"[{PLAIN_DIGIT_CHARS}十]{{1,3}}、|[（(][{PLAIN_DIGIT_CHARS}十]{{1,3}}[）)]|第[{PLAIN_DIGIT_CHARS}十]{{1,3}}[部章节]"
)
_SECTION_MARK: Final = re.compile(rf"(?:{_SECTION_MARKS})")  # (used with `match`)
# A line (the line break before it, then the line) that can open a heading's span: its text
# (`str.strip`ped: `re`'s \s is the same set) is one to 12 characters, or at most 24 and opens
# with a section mark. Each part is possessive, so a longer line fails at once: the text is at
# most 12 (24) characters exactly when those cover all of it but trailing whitespace.
# A short line heading a work report's review (review_headings.tsv: 站在新起点：2012年工作回顾)
_REVIEW_HEADING: Final = re.compile(alternation(lexicon.review_headings()))


def heading_line_pattern() -> re.Pattern[str]:
    """A line that can change the heading periods: a short one (up to 12 characters), or one of up
    to 24 that opens with a section mark or holds a review heading's word."""
    review = alternation(lexicon.review_headings())
    return re.compile(
        rf"\n[^\S\n]*+(?:\S[^\n]{{0,11}}+|(?=(?:{_SECTION_MARKS})|[^\n]{{0,22}}(?:{review}))[^\n]{{1,24}}+)"
        rf"[^\S\n]*+(?=\n|\Z)"
    )


_HEADING_LINE: Final = heading_line_pattern()


_DATE_LINE: Final = re.compile(r"\s*(?:19|20)[0-9]{2}年(?:1[0-2]|0?[1-9])月(?:[0-9]{1,2}日)?\s*"
                              rf"|\s*[{YEAR_DIGIT_CHARS}]{{4}}年[{PLAIN_DIGIT_CHARS}十]{{1,2}}月(?:[{PLAIN_DIGIT_CHARS}十]{{1,3}}日)?\s*")


def _is_date_line(text: str) -> bool:
    """Whether a line is only a date (2024年3月, 2024年3月15日, 二〇二四年三月十五日)."""
    return _DATE_LINE.fullmatch(text) is not None


class HeadingReader:
    """What each line does to the heading periods (`heading_periods` reads the lines that can
    change them; the tests read every line with it and compare):

    - a section heading (一、2024年工作回顾; 2024年工作回顾, a short line opening with a time; 站在新起点：
      2012年工作回顾, a line naming a time and a review: review_headings.tsv) governs the paragraphs up to
      the next section heading; a subsection heading that names no time
      ((一)高质量发展…) goes on under its section's period;
    - a line that is only a period (a box headed “十四五”时期) governs the bullet lines under it."""

    def __init__(self, doc_year: int | None) -> None:
        self.doc_year = doc_year
        self.out: list[tuple[int, int, str]] = []
        self.current: str | None = None
        self.level = 0
        self.mode = ""
        self.start = 0

    def _open(self, period: str | None, mode: str, level: int, line_start: int, line_end: int) -> None:
        self._close(line_start)
        self.current, self.mode, self.level, self.start = period, mode, level, line_end

    def _close(self, at: int) -> None:
        if self.current is not None:
            self.out.append((self.start, at, self.current))
        self.current = None

    def line(self, raw: str, line_start: int, line_end: int) -> None:
        text = raw.strip()
        if not text:
            return
        if len(text) > 24:
            # a paragraph, not a heading: it can only end a box's bullet list
            if self.mode == "box" and self.current is not None and not _BULLET.match(raw):
                self._close(line_start)
            return
        m = time_pattern().search(text)
        period = read_time(m, self.doc_year).period if m else None
        if _SECTION_MARK.match(text):
            level = 2 if text[0] in "（(" else 1
            if level == 2 and period is None and self.mode == "section" and self.level == 1:
                return  # （一）…: a part of the section, under its period
            self._open(period, "section", level, line_start, line_end)
            return
        if _is_date_line(text):
            return  # 2024年3月 alone on its line: when the document was issued, not a section's period
        if m and _REVIEW_HEADING.search(text) and not _CLAUSE_PUNCT.search(text):
            self._open(period, "section", 1, line_start, line_end)  # 站在新起点：2012年工作回顾
            return
        if m and len(text) <= 12 and not _DIGIT.search(text, m.end()):
            if len(text) - len(m.group()) <= 4 and _BOX_REST.fullmatch(text[:m.start()] + text[m.end():]):
                self._open(period, "box", 0, line_start, line_end)  # “十四五”时期
                return
            if m.start() == 0 and not _SENTENCE_PUNCT.search(text):
                self._open(period, "section", 1, line_start, line_end)  # 2024年工作回顾
                return
        if self.mode == "box" and self.current is not None and not _BULLET.match(raw):
            self._close(line_start)

    def spans(self, size: int) -> list[tuple[int, int, str]]:
        self._close(size)
        return self.out


def heading_periods(view: str, doc_year: int | None) -> list[tuple[int, int, str]]:
    """Spans governed by a heading's period (`HeadingReader`).

    Lines are read one by one only under a box's heading (any line may end its bullet list);
    elsewhere only a line `_HEADING_LINE` finds can change anything (an empty line never does, a
    longer one only ends a bullet list, and one of 13 to 24 characters only a section heading or
    a bullet list), so the scan skips to the next of those."""
    reader = HeadingReader(doc_year)
    size = len(view)
    next_start = 0  # where the next line to read starts (just after a line break, but for the first)
    while next_start <= size:
        if next_start > 0 and (reader.mode != "box" or reader.current is None):
            found = _HEADING_LINE.search(view, next_start - 1)
            if found is None:
                break
            next_start = found.start() + 1
        line_start = next_start
        line_end = view.find("\n", line_start)
        if line_end < 0:
            line_end = size
        next_start = line_end + 1
        reader.line(view[line_start:line_end], line_start, line_end)
    return reader.spans(size)


# A time right after these words (and an opening quote) is a starting point or a horizon, not the
# fact's period: (?:自|自从|迈向|面向|于…)[“"‘]?$ spelled out as words ending right there (period_cues.tsv,
# not_a_period).
def _not_a_period_before() -> EndingWith:
    return EndingWith(w + quote for w in lexicon.period_cues("not_a_period") for quote in ("", "“", '"', "‘"))


_NOT_A_PERIOD_BEFORE: Final = _not_a_period_before()
# A sentence comparing two states (从17.9%提升到35.5%) spans its own time: nothing is carried in (the verbs of
# the move, here and in _TO_AFTER: move_verbs.tsv, two_states).
def _two_states_verbs() -> str:
    return alternation(lexicon.move_verbs("two_states"))


def _span_comparison_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_FROM})[^。；;]{{0,40}}?(?:{_two_states_verbs()})(?:{_TO})")


# The words opening a move's first value and its end (move_verbs.tsv, from: 从, 由; to: 到, 至)
_FROM: Final = alternation(lexicon.move_verbs("from"))
_TO: Final = alternation(lexicon.move_verbs("to"))
_SPAN_COMPARISON: Final = _span_comparison_pattern()
_MOVE_FROM_TIME: Final = re.compile(rf"(?:{_FROM})$")


# After a time moved from: 的, the first value and a verb of the move (move_verbs.tsv, first_value)
def _move_to_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:同期|以前|之前)?的[^，,。；;]{{1,16}}?(?:{alternation(lexicon.move_verbs('first_value'))})"
                      rf"(?:{_TO}|为)了?")


_MOVE_TO: Final = _move_to_pattern()
# (与去年接近33%的…, 去年同期27.7%)
_BASE_VALUE: Final = re.compile(r"[^，,。；;]{0,16}的|(?:同期)?(?:接近|约为?|近|超过|达到?|为|是)?")
# A difference in percentage points (低于去年同期2.6个百分点: the gap from the base, not its value)
_POINTS: Final = re.compile(rf"[0-9.０-９．零{PLAIN_DIGIT_CHARS}两十]+个?百分点")
# The start of a move from one value to another, up to the verb (由8,017人上升为, 从17.9%提升到)
_FROM_VALUE: Final = re.compile(rf"(?:{_FROM})(?:(?!{_FROM})[^，,。；;]){{0,24}}$")
# A value and its unit, all a move with no verb writes before 到 or 至 (2.227亿到163.6亿)
_BARE_VALUE: Final = rf"[0-9][0-9.,]*[万亿]*(?:{alternation(list(lexicon.units()))})?"
# The rest of such a move after its first value, up to 到, 至 or 为 (move_verbs.tsv, two_states); or with no verb,
# 到 or 至 right after the value
def _to_after_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:,(?=[0-9])|[^，,。；;]){{0,20}}?(?:{_two_states_verbs()})(?:{_TO}|为)"
                      rf"|{_BARE_VALUE}(?:{_TO})")


_TO_AFTER: Final = _to_after_pattern()


def _base_of_span(view: str, mentions: list[TimeMention], sentence: Span, number_start: int) -> str | None:
    """The period of the first value of a move (由8,017人上升为12,764人) in a sentence that names the
    year it compares with (与2010年相比，…): that year; None otherwise."""
    base = next((m for m in mentions if m.kind is MentionKind.COMPARISON_BASE and m.period
                 and m.end <= number_start), None)
    if base is None:
        return _end_of_years(view, mentions, sentence, number_start)
    before = _FROM_VALUE.search(view, max(base.end, number_start - 24), number_start)
    if before is None or _TO_AFTER.match(view, number_start) is None:
        return None
    return base.period


def _end_of_years(view: str, mentions: list[TimeMention], sentence: Span, number_start: int) -> str | None:
    """The first or the last year of a stretch the sentence opens with (2012年至2021年，…从57亿件增长至1083亿件)
    for the values a move goes from and to; None otherwise."""
    years = next((m for m in mentions if m.rule is PeriodRule.YEAR_RANGE and m.period and sentence.start <= m.start
                  and m.end <= number_start), None)
    if years is None or years.period is None:
        return None
    first, _, last = years.period.partition("/")
    if _FROM_VALUE.search(view, max(years.end, number_start - 24), number_start) is not None \
            and _TO_AFTER.match(view, number_start) is not None:
        return first
    move = _SPAN_COMPARISON.search(view, years.end, number_start)
    if (move is not None and move.end() == number_start) or _BARE_MOVE_TO.search(view, years.end, number_start):
        return last
    return None


# A move written with no verb, up to the value it goes to (营业收入从2.227亿到163.6亿: 到 or 至 right after the first
# value and its unit)
_BARE_MOVE_TO: Final = re.compile(rf"(?:{_FROM}){_BARE_VALUE}(?:{_TO})$")


_CLAUSE_MARK: Final = re.compile(r"[，,；;]")  # (a time after one clause opens its sentence, not after more)
# What may stand between a sentence's opening time and its comma (2025年以来，…; period_cues.tsv, opening_after)
def _opening_after_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon.period_cues('opening_after'))})?[，,]")


_OPENING_AFTER: Final = _opening_after_pattern()
# What may stand before a sentence's opening time: quotes, a short topic (生产方面，前三季度，…) or a
# word qualifying the time (刚刚过去的2025年，…)
_OPENING_GAP: Final = re.compile(rf"^[“”\"'‘’{SPACE}]*(?:[{HAN}]{{1,6}}[，,]|[{HAN}]{{1,6}}的)?$")


def _marks_only(gap: str) -> bool:
    """Whether the text before a sentence's first time is only quotes, spaces or the dash that sets off
    a report's paragraph (——这五年服务国家大局能力不断增强)."""
    return all(ch in "“”\"'‘’" or ch.isspace() or unicodedata.category(ch) == "Pd" for ch in gap)


@cache
def _source_gap() -> re.Pattern[str]:
    """A source's or an estimate's clause before the time a sentence opens with (opening_clauses.tsv:
    据国家统计局河南调查总队数据，2024年河南夏粮…; 初步核算，前三季度…; 海关统计显示，1—5月…)."""
    starts = "|".join(map(re.escape, lexicon.opening_clauses("start")))
    ends = "|".join(map(re.escape, lexicon.opening_clauses("end")))
    clause = r"[^，,。；;：:\n]"
    return re.compile(rf"[“”\"'‘’{SPACE}]*(?:(?:{starts}){clause}{{1,30}}|{clause}{{0,30}}(?:{ends}))[，,]")


_OPENING_TOPIC: Final = re.compile(rf"[“”\"'‘’{SPACE}]*[{HAN}]{{1,6}}[，,]")  # (生产方面，…)


def _year_made_precise(view: str, mentions: list[TimeMention], i: int) -> TimeMention:
    """Mention i, or the time a few characters after it that it gives the year of (今年 + 国庆、中秋假期:
    国庆、 is one of the holidays the second names)."""
    m = mentions[i]
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    if after is not None and after.start - m.end <= 4 and not _CLAUSE_MARK.search(view, m.end, after.start) \
            and after.kind is MentionKind.PERIOD and m.period \
            and len(m.period) == 4 and after.period and after.period.startswith(m.period) and after.period != m.period:
        return after
    return m


# A time and the word after it naming a budget's item (上年结转: period_cues.tsv, item_name)
def _item_name_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.period_cues("item_name")))


_ITEM_NAME: Final = _item_name_pattern()


def _is_period_word(view: str, m: TimeMention) -> bool:
    if _ITEM_NAME.match(view, m.start) is not None:
        return False  # 加上中央转移支付补助、上年结转等6179.3亿元: 上年结转 is an item, the sum the year's
    if m.rule in (PeriodRule.SPAN, PeriodRule.SINCE_YEAR, PeriodRule.SINCE_MONTH) \
            or _NOT_A_PERIOD_BEFORE.before(view, m.start) is None:
        return True  # (自2009年底至2010年10月, 自2008年以来: a span from one time to another, 自 or not)
    # 高于今年一季度的2%: a comparative's 于 names the time of the figure compared with, a period
    return _COMPARATIVE_YU.search(view, max(0, m.start - 3), m.start) is not None


# What after 同期 makes it the sentence's own time (全省同期的2.1%, 同期增速; period_cues.tsv, same_time_of), or a
# number
def _same_time_of_pattern() -> re.Pattern[str]:
    return re.compile(rf"{alternation(lexicon.period_cues('same_time_of'))}|[0-9]")


_SAME_TIME_OF: Final = _same_time_of_pattern()
# A sentence opening a breakdown of the figure before (其中，…; 其中纳税最多的…: a mark after 其中 or not)
_BREAKDOWN: Final = re.compile(rf"[{SPACE}]*其中")
# A sentence opening with 同期 (in the same time): of the time the sentences just before it report (period_cues.tsv,
# same_period)
def _same_period_pattern() -> re.Pattern[str]:
    return re.compile(rf"[{SPACE}]*(?:{alternation(lexicon.period_cues('same_period'))})[，,]")


_SAME_PERIOD: Final = _same_period_pattern()
_COMPARATIVE_YU: Final = re.compile(r"[高低快慢大小多少]于[“\"‘]?$")


def _period(
    view: str,
    mentions: list[TimeMention],
    headings: list[tuple[int, int, str]],
    sentence: Span,
    number_start: int,
    carry: str | None,
    title_year: str | None = None,
    months: str | None = None,
    in_paragraph: bool = False,
) -> tuple[str | None, PeriodRule]:
    """The period of the number at `number_start` in its sentence: the time named last before it
    (`_named_period`), else 全年/年末's year (`_report_year_period`), else the period carried from the
    paragraph or the section's heading (`_carried_period`).

    `months`: the part of a year the figures around are for (a carried or the head's period),
    which a year's 同期 (去年同期, 2020年同期) takes in that year. `in_paragraph`: `carry` is the
    time an earlier sentence of the paragraph opens with, which goes before a heading's period."""
    base = _base_of_span(view, mentions, sentence, number_start)
    if base is not None:
        return base, PeriodRule.COMPARISON_FROM
    named, report_year = _named_period(view, mentions, number_start, months)
    if named is not None:
        return named
    if report_year is not None:
        return _report_year_period(report_year, headings, number_start, title_year, carry)
    return _carried_period(view, mentions, headings, sentence, number_start, carry, in_paragraph)


# A day written alone (12日, 到25日): not the end of a date (1月12日) nor of a number (2.12日)
_BARE_DAY: Final = re.compile(r"(?<![0-9０-９月.．])([0-9]{1,2})[日号](?![0-9])")


def _bare_day(view: str, start: int, end: int, period_before: str) -> str | None:
    """The date a day written alone last in view[start:end] names in the month of `period_before` (a month
    or a day, 2011-01 or 2011-01-11), or None."""
    found = last_match(_BARE_DAY, view, start, end)
    month = _MONTH_OF.match(period_before)
    if found is None or month is None:
        return None
    day = int(found.group(1))
    if not 1 <= day <= _last_day(int(month.group(1)), int(month.group(2))):
        return None
    return f"{month.group()}-{day:02d}"


_MONTH_OF: Final = re.compile(r"([0-9]{4})-([0-9]{2})(?=-[0-9]{2}$|$)")


# A value right after a time, then a clause break before the number read (去年同期535.38亿元,同比增长…)
_OWN_VALUE_THEN_BREAK: Final = re.compile(r"[^，,；;。]{0,4}[0-9][^，,；;。]*[，,；;]")


def _named_period(view: str, mentions: list[TimeMention], number_start: int,
                  months: str | None) -> tuple[tuple[str | None, PeriodRule] | None, TimeMention | None]:
    """The period the last time named before the number gives it, if one does; and the report-year
    word (全年, 年末) met on the way, which names no year of its own."""
    report_year: TimeMention | None = None
    for m in reversed(mentions):
        if m.end > number_start or not _is_period_word(view, m):
            continue
        if view.startswith("以来的", m.end):
            continue  # 延续去年以来的发展趋势: the start of a trend described, not the figure's time
        if _MOVE_FROM_TIME.search(view, max(0, m.start - 1), m.start):
            move = _MOVE_TO.match(view, m.end)
            if move is not None and move.end() <= number_start:
                # 从一季度末的6.95%提升至7.69%; 由2008年以前的2300公斤提高到了3000公斤，亩增产700公斤:
                # the time moved from is the first value's only
                continue
        if view.startswith("同期", m.end) and _OWN_VALUE_THEN_BREAK.match(view, m.end + 2, number_start):
            continue  # 去年同期535.38亿元,同比增长64%: a year's 同期 is its own value's time only
        if m.kind is MentionKind.COMPARISON_BASE:
            if m.period and _BASE_VALUE.fullmatch(view, m.end, number_start) \
                    and _POINTS.match(view, number_start) is None \
                    and _RATIO_BASE_BEFORE.before(view, m.start) is None:
                # 与2010年第六次全国人口普查的4,613,871人相比; 低于去年同期27.7%: that time's (同期: the
                # months around, in that year); not points after it, the gap from it
                return (_same_months(view, m, months) or m.period, m.rule), report_year
            continue
        if m.kind is MentionKind.NOW or m.kind is MentionKind.UNBOUNDED:
            return (None, m.rule), report_year
        if m.kind is MentionKind.REPORT_YEAR:
            # 2025年，…全年签约…: 全年 is the year named before it, else the report's year
            report_year = report_year or m
        elif m.period:
            return _period_of_named(view, mentions, m, report_year, number_start, months), report_year
    return None, report_year


def _period_of_named(view: str, mentions: list[TimeMention], m: TimeMention, report_year: TimeMention | None,
                     number_start: int, months: str | None) -> tuple[str | None, PeriodRule]:
    """The period a time named before the number gives it: the year's end where a report-year word
    after it says 年末 (去年年末, 1—11月份…；年末…), that year where 全年 follows its year's end, the
    sentence's own time where 同期 refers to it, a year's 同期 in the months around; else its own."""
    assert m.period is not None
    if report_year is not None and report_year.period is not None:
        if report_year.period.endswith("-12"):
            if m.end == report_year.start and m.period[:4].isdigit():
                return f"{m.period[:4]}-12", report_year.rule  # 去年年末, 2019年末: a stock at that year's end
            if _PART_OF_YEAR.fullmatch(m.period) and m.kind is MentionKind.PERIOD:
                return f"{m.period[:4]}-12", report_year.rule  # 1—11月份，…增长5.8%；年末全国人口…: that year's end
            if len(m.period) == 4 and m.period.isdigit() and m.kind is MentionKind.PERIOD:
                return f"{m.period}-12", report_year.rule  # 据2024年人口抽样调查，年末全市常住人口…: that year's end
        elif len(report_year.period) == 4 and len(m.period) == 7 and m.period.endswith("-12") \
                and m.period[:4].isdigit():
            return m.period[:4], PeriodRule.YEAR_OF_YEAR_END  # 截至2025年末，全年新登记经营主体…: that year
        elif len(report_year.period) == 4 and m.kind is MentionKind.PERIOD and _PART_OF_YEAR.fullmatch(m.period) \
                and "的" not in view[report_year.end:number_start]:
            # 第二季度交付新车…，全年10万辆交付目标: that whole year (not 完成全年目标任务的95%, a share of it)
            return m.period[:4], PeriodRule.YEAR_OF_PART
    same = view.find("同期", m.end + 1, number_start)
    if same > 0 and m.kind is MentionKind.PERIOD and _SAME_TIME_OF.match(view, same + 2):
        # 高于今年一季度的2%，也高于全省同期的2.1%: 同期 is the sentence's own time, the first it names
        own = next((x for x in mentions if x.period and x.kind is MentionKind.PERIOD and x.end <= same
                    and _is_period_word(view, x)), None)
        if own is not None and own is not m:
            return own.period, PeriodRule.SAME_TIME
    own_months = next((x.period for x in reversed(mentions) if x.end <= m.start and x.kind is MentionKind.PERIOD
                       and x.period is not None and _PART_OF_YEAR.fullmatch(x.period)), None)
    # (the months the sentence names before it first: 2021年第二季度营收…,去年同期…)
    same_months = _same_months(view, m, own_months or months)
    if same_months is not None:
        return same_months, PeriodRule.SAME_MONTHS
    return m.period, m.rule


def _same_months(view: str, m: TimeMention, months: str | None) -> str | None:
    """A year's 同期 in a story of `months` (the part of a year its figures are for): those months
    in that year (去年同期, in a story of 2021-01/2021-03 → 2020-01/2020-03); else None."""
    if m.period is None or len(m.period) != 4 or months is None or not view.startswith("同期", m.end):
        return None
    span = _PART_OF_YEAR.fullmatch(months)
    return months.replace(span.group(1), m.period) if span is not None else None


def _report_year_period(report_year: TimeMention, headings: list[tuple[int, int, str]], number_start: int,
                        title_year: str | None, carry: str | None) -> tuple[str | None, PeriodRule]:
    """全年 and 年末 are the year named before them (the heading's, the title's, the paragraph's), else
    the report's."""
    heading = next((p for start, end, p in headings if start <= number_start < end and p[:4].isdigit()), None)
    # (of a span of years, the last: 全年 under “十四五”时期工作回顾 is the year just reviewed)
    year = (heading.rpartition("/")[2][:4] if heading else None) or title_year or (
        carry.rpartition("/")[2][:4] if carry and carry[:4].isdigit() else None)
    if year is None:
        return report_year.period, report_year.rule
    rule = PeriodRule.HEADING if heading else PeriodRule.TITLE if title_year else PeriodRule.PARAGRAPH
    if report_year.period and report_year.period.endswith("-12"):
        return f"{year}-12", rule  # 河南省2024年…公报 (published 2025): 年末 is 2024-12
    return year, rule


def _time_moved_from(view: str, mentions: list[TimeMention], number_start: int) -> str | None:
    """The period of a time a move to the number starts from (从一季度末的6.95%提升至7.69%, for 7.69%), if
    the sentence names one before it."""
    for m in mentions:
        if m.period and m.end <= number_start and _MOVE_FROM_TIME.search(view, max(0, m.start - 1), m.start):
            move = _MOVE_TO.match(view, m.end)
            if move is not None and move.end() <= number_start:
                return m.period
    return None


_MONTHS_SPAN: Final = re.compile(r"([0-9]{4})-[0-9]{2}/\1-[0-9]{2}")


def _carried_period(view: str, mentions: list[TimeMention], headings: list[tuple[int, int, str]], sentence: Span,
                    number_start: int, carry: str | None, in_paragraph: bool) -> tuple[str | None, PeriodRule]:
    """A sentence naming no time of the number's: the time its paragraph opened with, else its
    section heading's, else the period carried from before (a lead's); none if it names none."""
    moved_from = _time_moved_from(view, mentions, number_start)
    if carry is not None and moved_from is not None:
        # 二季度，…从一季度末的6.95%提升至7.69%: the value moved to is of the time carried; from a point
        # (一季度末, 2017年底) the move's end is a stock at the end of the months carried
        if len(moved_from) == 7 and _MONTHS_SPAN.fullmatch(carry):
            return carry.partition("/")[2], PeriodRule.MOVED_TO
        return carry, PeriodRule.MOVED_TO
    carried = carry is not None and (not _SPAN_COMPARISON.search(view, sentence.start, sentence.end) or any(
        m.kind is MentionKind.COMPARISON_BASE and m.period for m in mentions))
    # (a move from one value to another is of two times: the carried one only where the
    # sentence names the other, the year it compares with)
    if carried and in_paragraph:
        return carry, PeriodRule.PARAGRAPH  # 一季度，…。新开工线路202.79公里 under “十二五”能源建设开门红
    for start, end, period in headings:
        if start <= number_start < end:
            return period, PeriodRule.HEADING
    if carried:
        return carry, PeriodRule.PARAGRAPH
    return None, PeriodRule.NONE


_LIST_MARKS: Final = re.compile(r"[、，,和及与]|以及")
# The standard moment of a census (2020年11月1日零时): its figures are that year's
_CENSUS_MOMENT: Final = re.compile(r"[0-9]{1,2}日零时")
_YEAR_END: Final = re.compile(r"年末|年底")  # (a stock at the year's end)


def _flow_verb_pattern() -> re.Pattern[str]:
    """A verb naming what was done over a time (period_cues.tsv flow_verb: 新增, 建成)."""
    return re.compile(alternation(lexicon.period_cues("flow_verb")))


_FLOW_VERB: Final = _flow_verb_pattern()


def _reached_verb_pattern() -> re.Pattern[str]:
    """A verb naming a level reached (period_cues.tsv reached_verb: 达到, 增至)."""
    return re.compile(alternation(lexicon.period_cues("reached_verb")))


_REACHED_VERB: Final = _reached_verb_pattern()
_UNKNOWN: Final = object()  # (a carry not yet found: None is a carry found to be none)


# How the document's year was found when the text itself dates it (a date line, a dateline)
_DATED_BY_THE_TEXT: Final = frozenset({"year.given", "year.publication_line", "year.head_date"})
# A headline opening with the year of its figures (2025年昆明全市常住人口874.4万), not with a month of it
_HEADLINE_YEAR: Final = re.compile(
    rf"(?:原标题[：:])?(?P<y>(?:19|20)[0-9]{{2}})年(?![0-9{PLAIN_DIGIT_CHARS}十]{{1,2}}月|末|底)")


def _a_year_earlier_if_ahead(period: str, published_month: str) -> str | None:
    """`period` a year earlier when it is months of the year of `published_month` (2011-03) that
    end after it (2011-01/2011-05 → 2010-01/2010-05); else None. Days are left as they are (a text
    speaks of days ahead: 出行日期从4月1日至4月6日)."""
    ends = period.split("/")
    if any(len(end) != 7 for end in ends) or ends[-1] <= published_month \
            or ends[-1][:4] != published_month[:4]:
        return None
    return "/".join(f"{int(end[:4]) - 1:04d}{end[4:]}" for end in ends)


class DocumentTime:
    """The time model of one document: its year, its headings' periods, the periods its
    sentences, paragraphs and lead open with, and from them the period of each fact.

    Sentences are read on demand and what is found is kept, so a long document with few numbers
    costs little."""

    def __init__(self, view: str, sentences: Sentences, published: date | None, head: tuple[int, int],
                 dateline: tuple[int, int] | None) -> None:
        self.view = view
        self.sentences = sentences
        self.starts = sentences.starts
        self.ends = sentences.ends
        self._settle_year(published, head)
        self.headings = heading_periods(view, self.year)
        # a work report or a plan sets the targets of its own year
        self.plan_document = _PLAN_TITLE.search(view, head[0], head[1]) is not None or (
            _REPORT_STORY.search(view, 0, min(len(view), 400)) is not None)
        title_end = view.find("\n", head[0], head[1])
        # (the report itself: its title, the head's first line, is a plan's; not a story about one)
        self.plan_title = _PLAN_TITLE.search(view, head[0], head[1] if title_end < 0 else title_end) is not None
        self._settle_publication(published)
        self.yesterday = self._yesterday()
        self.session = digest_session(view[head[0]:head[1]]) if head[1] > head[0] else None
        self.lead_session = self._session_of_lead() if self.session is None else None
        self.dateline = dateline
        self._mentions: dict[int, list[TimeMention]] = {}
        self._openings: dict[int, TimeMention | None] = {}
        self._lead: tuple[str] | None = None
        self._stories: list[int] | None = None  # (where each story after the first opens, in a text of several)
        self._story_leads: dict[int, str | None] = {}
        self._section_leads: dict[int, str | None] = {}
        self._carries: dict[int, str | None] = {}
        self.holidays = _holiday_names().search(view) is not None  # (whether any sentence can name one)
        self._sentence_periods: dict[int, str] = {}  # the period of the last fact of a sentence that has one
        self._last_part: tuple[int, str] | None = None  # where the last fact of months or days stood, and its period
        self._last_listed: tuple[int, list[tuple[str, PeriodRule]]] | None = None  # (the last list's end, its times)
        self._holidays_named: list[TimeMention] | None = None  # (the holidays the text names, found when needed)
        self._top_sections: list[int] | None = None
        self._targets_at: int | None = None  # (where a work report first states its year's targets; -1: nowhere)
        self._plans_stated: bool | None = None  # (whether it states targets or heads a plan anywhere)
        self._lead_review: tuple[int, str | None] | None = None  # (see `_review_lead`)

    def _session_of_lead(self) -> date | None:
        """The trading day a market story reports: its lead opening with that day and a market's move
        (6月11日，…A股市场出现调整，三大指数全线下跌): the moves it goes on to report are that day's."""
        k = self._lead_sentence(self.head_end)
        if self.year is None or k >= len(self.sentences):
            return None
        at = self.starts[k]
        while at < len(self.view) and self.view[at].isspace():
            at += 1
        day = _LEAD_DAY.match(self.view, at)
        if day is None:
            return None
        end = _SENTENCE_END.search(self.view, at)
        if _MARKET_MOVE.search(self.view, at, end.start() if end is not None else len(self.view)) is None:
            return None
        try:
            return date(self.year, int(day.group("m")), int(day.group("d")))
        except ValueError:
            return None

    def _settle_year(self, published: date | None, head: tuple[int, int]) -> None:
        """The document's year (`document_year`; after a census, the year after it), and the period its
        head reports (`report_period`: a title's year or months, or a headline's earlier year) with
        the year it names (`title_year`), which goes before a later publication's."""
        view = self.view
        self.year, year_rule = document_year(view, published)
        self.census = census_year(view)
        if self.census is not None and year_rule not in ("year.given", "year.publication_line", "year.head_date") \
                and (self.year is None or self.year <= self.census):
            self.year = self.census + 1  # a census's data are published the year after it
        self.head_end = head[1]
        self.report_period = title_period(view[head[0]:head[1]]) if head[1] > head[0] else None
        if self.report_period is None and head[1] > head[0]:
            self.report_period = self._title_months(head)
        self.title_year = self.report_period if self.report_period and len(self.report_period) == 4 else None
        if self.title_year is not None and self.year is not None and int(self.title_year) < self.year:
            # 2024年金融统计数据报告, published in January 2025: its 12月末 and 全年 are 2024's
            self.year = int(self.title_year)
        elif self.report_period is None and self.year is not None and year_rule in _DATED_BY_THE_TEXT:
            headline = _HEADLINE_YEAR.match(view, head[0], head[1])
            if headline is not None and int(headline.group("y")) < self.year:
                # 2025年昆明全市常住人口874.4万, published in May 2026: its 全年 and 年末 are 2025's (its 去年
                # still counts from the publication)
                self.report_period = self.title_year = headline.group("y")

    def _settle_publication(self, published: date | None) -> None:
        """The day and month the text was published, when known; and in a story of spring about annual
        reports named with no year, the year they report (the one before)."""
        self.published_day = publication_date(self.view, published)
        self.published_month = self.published_day.isoformat()[:7] if self.published_day is not None else None
        if self.report_period is None:
            named = _NAMED_REPORT.search(self.view, self.head_end, min(len(self.view), self.head_end + _OPENING_REACH))
            if named is not None:
                # 星海银行发布2023年年度报告。…截至报告期末，…: a story on the report, of the months it covers
                year, last_month = named.group("y"), lexicon.results_reports()[named.group("report")]
                self.report_period = year if last_month == 12 else f"{year}-01/{year}-{last_month:02d}"
        if self.report_period is None and self.published_day is not None \
                and self.published_day.month <= _ANNUAL_REPORT_SEASON and _ANNUAL_RESULTS.search(self.view):
            # 到年报发布，…全年实现营收…, published in May: the year of the annual reports is the last one
            self.report_period = self.title_year = f"{self.published_day.year - 1:04d}"

    def planned(self, period: str | None, rule: PeriodRule, pos: int) -> bool:
        """Whether a figure at pos is of the year a work report plans: dated to it by the report's own
        reading (PLAN_YEAR), or by a heading over its plan for the year (二、2024年工作安排;
        plan_headings.tsv)."""
        if rule == PeriodRule.PLAN_YEAR:
            return True
        if rule != PeriodRule.HEADING or not self.plan_document or period != f"{self.year}":
            return False
        for start, end, _ in self.headings:
            if start <= pos < end:
                line = self.view[self.view.rfind("\n", 0, start) + 1:start]
                return any(word in line for word in lexicon.plan_headings())
        return False

    def sentence_index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def _title_months(self, head: tuple[int, int]) -> str | None:
        """The months a head names without a year (27省份一季度GDP出炉, 上半年经济运行情况), in the
        document's year: the period of the figures the story reports."""
        for m in time_mentions(self.view, self.year, head[0], head[1]):
            if m.period and m.kind is MentionKind.PERIOD and _PART_OF_YEAR.fullmatch(m.period) \
                    and not self.view.startswith("以来", m.end):
                return m.period
        results = _RESULTS_OF.search(self.view, head[0], head[1])
        if results is not None and self.year is not None:
            # A股半年报…, 三季报透视: a story about companies' half-year or quarter results
            last_month = lexicon.results_reports()[results.group("report")]
            return f"{self.year:04d}-01/{self.year:04d}-{last_month:02d}"
        return None

    def mentions(self, k: int) -> list[TimeMention]:
        found = self._mentions.get(k)
        if found is None:
            named_year = self._named_year_before(k) if self._holds_back_reference(k) else None
            found = time_mentions(self.view, self.year, self.starts[k], self.ends[k], holidays=self.holidays,
                                  named_year=named_year)
            report_period = self.report_period
            if found and report_period and len(report_period) == 4:
                for m in found:
                    if m.kind is MentionKind.REPORT_YEAR:
                        # 河南省2024年…公报: its 全年 is 2024, its 年末 2024-12
                        year_end = m.period is not None and m.period.endswith("-12")
                        m.period = f"{report_period}-12" if year_end else report_period
            if self.holidays and not any(m.rule == PeriodRule.HOLIDAY for m in found):
                back = self._holiday_named_before(k)
                if back is not None:
                    found = sorted([*found, back], key=lambda m: m.start)
            for m in found:
                if m.rule == PeriodRule.YEARS_UP_TO_NOW and _five_years(m.period):
                    plan = self._plan_in_paragraph(k, m.start)
                    if plan is not None:
                        m.period, m.rule = plan, PeriodRule.PLAN  # “十四五”时期…。五年间: the plan's five years
                elif m.kind is MentionKind.PERIOD and m.period is not None and len(m.period) == 7 \
                        and self.published_day is not None and _SINCE.match(self.view, m.end):
                    self._read_since(m, self.published_day)
            self._mentions[k] = found
        return found

    @staticmethod
    def _read_since(m: TimeMention, published: date) -> None:
        """A month a stretch runs from up to the text's time (2023年5月至今): the months from it to the one
        published; left as it is when it is not before it. (A day's, 自9月19日以来, is left as the day: what
        follows it often reads the day as a start, 由11.6元/斤降至昨日的10.6元.)"""
        end = published.isoformat()[:7]
        if m.period is not None and m.period < end:
            m.period, m.rule = f"{m.period}/{end}", PeriodRule.SINCE_MONTH

    def _holiday_named_before(self, k: int) -> TimeMention | None:
        """A holiday's word with no name in sentence k (假期, 黄金周: period_cues.tsv, holiday_back), at its
        clause's start or after an opener (今年假期), as the holiday the text named last before it (中秋国庆假期,
        in a paragraph before), if it named one."""
        start, end = self.starts[k], self.ends[k]
        bare = next((m for m in _HOLIDAY_BACK.finditer(self.view, start, end) if _opens_a_word(self.view, m.start())),
                    None)
        if bare is None:
            return None
        if self._holidays_named is None:
            self._holidays_named = [m for m in _with_holidays(self.view, self.year, [], 0, len(self.view))
                                    if m.rule == PeriodRule.HOLIDAY]
        named = [m for m in self._holidays_named if m.end <= bare.start()]
        if not named:
            return None
        return TimeMention(bare.start(), bare.end(), named[-1].period, PeriodRule.HOLIDAY_NAMED_BEFORE)

    def _plan_in_paragraph(self, k: int, end: int) -> str | None:
        """The five-year plan's years a plan period named earlier in sentence k's paragraph gives
        (“十四五”时期 → 2021/2025), if any."""
        start = self.view.rfind("\n", 0, self.starts[k]) + 1
        plans = [m.period for m in time_mentions(self.view, self.year, start, end, holidays=self.holidays)
                 if m.rule == PeriodRule.PLAN and _five_years(m.period)]
        return plans[-1] if plans else None

    def _holds_back_reference(self, k: int) -> bool:
        sentence = self.view[self.starts[k]:self.ends[k]]
        return any(word in sentence for word in back_reference_words())

    def _named_year_before(self, k: int) -> int | None:
        """The year named last (2010年) in the sentences of k's paragraph before it."""
        view = self.view
        j = k - 1
        while j >= 0 and "\n" not in view[self.ends[j]:self.starts[j + 1]]:
            for m in reversed(self.mentions(j)):
                if m.period and view[m.start:m.start + 4].isdigit() and m.kind is MentionKind.PERIOD:
                    return int(m.period[:4])
            j -= 1
        return None

    def opening(self, k: int) -> TimeMention | None:
        """The time a sentence opens with (2025年，…), which governs the rest of its paragraph."""
        if k in self._openings:
            return self._openings[k]
        found = None
        view = self.view
        mentions = self.mentions(k)
        for i, m in enumerate(mentions):
            if m.kind is MentionKind.COMPARISON_BASE or not _is_period_word(view, m):
                continue
            if m.kind is MentionKind.DATE:
                break
            m = _year_made_precise(view, mentions, i)  # 今年国庆、中秋假期，…: the holiday
            gap = view[self.starts[k]:m.start]
            bare = _marks_only(gap) or _source_gap().fullmatch(gap) is not None  # (据…数据，)
            # 截至9月底，… (period_cues.tsv, as_of)
            as_of = gap.strip() in lexicon.period_cues("as_of") and _OPENING_AFTER.match(view, m.end)
            topic = _OPENING_TOPIC.match(gap)
            if as_of or ((bare or _OPENING_GAP.match(gap)) and (bare or _OPENING_AFTER.match(view, m.end))) or (
                gap.endswith(("，", ",")) and _OPENING_AFTER.match(view, m.end)
                and not _CLAUSE_MARK.search(gap, topic.end() if topic else 0, len(gap) - 1)
            ):
                found = m  # 2025年，… / 据介绍，2025年上半年，全市… / 价格方面，发言人介绍，8月份，…
            break
        self._openings[k] = found
        return found

    def _yesterday(self) -> date | None:
        """The day 昨日 names: the one the text gives in brackets after it, in the publication's year,
        else the day before publication (None without a publication date)."""
        day = self.published_day
        if day is None:
            return None
        said = _YESTERDAY_IS.search(self.view)
        if said is not None:
            month, of_month = int(said.group("month")), int(said.group("day"))
            if of_month <= monthrange(day.year, month)[1] and date(day.year, month, of_month) <= day:
                return date(day.year, month, of_month)
        return day - timedelta(days=1)

    def _joined(self, j: int) -> bool:
        """Whether sentence j and sentence j+1 are in one paragraph."""
        end = self.sentences.ends[j]  # where sentence j + 1 starts
        return "\n" not in self.view[end - 1:end + 1]

    def carry(self, k: int) -> str | None:
        """The period opened by the nearest earlier sentence that opens with one (2025年上半年，…):
        it governs what follows until another is stated or a section heading names another (`period_of`
        takes a heading's period before it); with none in the paragraph, the lead's period."""
        known = self._carries.get(k, _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
        reached = [k]  # sentences whose carry is the one found (none between opens with a time)
        found: str | None = None
        j = k - 1
        while True:
            if j < 0 or not self._joined(j):
                earlier = self.section_lead(j)
                found = earlier if earlier is not None else self.story_lead(j + 1)
                break
            opening = self.opening(j)
            if opening is not None:
                found = self._opened_period(opening)
                break
            known = self._carries.get(j, _UNKNOWN)
            if known is not _UNKNOWN:
                found = known  # type: ignore[assignment]
                break
            reached.append(j)
            j -= 1
        for index in reached:
            self._carries[index] = found
        return found

    def paragraph_opening(self, k: int) -> str | None:
        """The period the nearest earlier sentence of sentence k's paragraph opens with, set off by a
        comma (一季度，…), if any: not 全年 (the year of the heading or the title) nor a stretch of
        years that is only its sentence's measure's (近3年全社会研发经费投入年均增长12.8%)."""
        j = k - 1
        while j >= 0 and self._joined(j):
            opening = self.opening(j)
            if opening is not None:
                if opening.kind is MentionKind.PERIOD and (_OPENING_AFTER.match(self.view, opening.end) or (
                        opening.period is not None and _MONTH_PERIOD.fullmatch(opening.period)
                        and not self.plan_document)):
                    # (a month opening it with no comma too: 前八个月人民币贷款增加…。8月份人民币贷款增加…。分部门看，…;
                    # not in a work report, where it dates an event: 去年7月底市政府下达…任务)
                    return opening.period
                if self._whole_year_opening(opening):
                    return self._opened_period(opening)
                return None
            j -= 1
        return None

    def _whole_year_opening(self, opening: TimeMention) -> bool:
        """Whether a sentence opens with 全年 itself (全年原煤产量13.05亿吨): the year of the heading or the
        title, which the rest of its paragraph reports on."""
        return opening.kind is MentionKind.REPORT_YEAR and opening.period is not None \
            and len(opening.period) == 4

    def _opened_period(self, opening: TimeMention) -> str | None:
        """The period a sentence's opening time gives what follows it: 全年's is the year it stands
        for where it stands (a heading's, the title's), its own otherwise."""
        if self._whole_year_opening(opening):
            return _report_year_period(opening, self.headings, opening.start, self.title_year, None)[0]
        return opening.period

    def section_lead(self, j: int) -> str | None:
        """The part of a year a paragraph before sentence j+1 opens with (前三季度，全市…, 1—9月，…),
        in the nearest such paragraph of the same section: a heading line between ends the search.
        `j` is the last sentence of a paragraph (or -1). A release sets its months so and reports
        figures for them paragraph after paragraph; a year, a month or a plan period opening a
        paragraph of a story is that paragraph's own."""
        seen: list[int] = []
        found: str | None = None
        while j >= 0:
            if j in self._section_leads:
                found = self._section_leads[j]
                break
            seen.append(j)
            first = j
            while first > 0 and self._joined(first - 1):
                first -= 1
            short = self.ends[j] - self.starts[first] <= 60  # (a longer paragraph is no heading)
            line = self.view[self.starts[first]:self.ends[j]].strip() if short else "-"
            if line:
                if short and len(line) <= 24 and "。" not in line:
                    break  # a heading: a new section, whose own period (if any) `period_of` reads first
                opening = self.opening(first)
                if opening is not None and opening.period and _PART_OF_YEAR.fullmatch(opening.period) \
                        and not self._moves_to_another_part(first, j, opening.period):
                    found = opening.period
                    break
            j = first - 1
        for index in seen:
            self._section_leads[index] = found
        return found

    def _moves_to_another_part(self, first: int, last: int, period: str) -> bool:
        """Whether sentences first..last name another part of the year than the one they open with (一季度
        净利1.32亿元，…二季度净利3.18亿元): a paragraph comparing parts of a year, no lead for the ones after."""
        return any(m.kind is MentionKind.PERIOD and m.period and m.period != period
                   and _PART_OF_YEAR.fullmatch(m.period) is not None
                   for k in range(first, last + 1) for m in self.mentions(k))

    def _holds_figure(self, k: int) -> bool:
        """Whether sentence k holds a number in digits outside its time mentions (a lead reporting
        figures, not only dating an event: 2009年6月，两部门组织实施了…)."""
        pos = self.starts[k]
        for m in self.mentions(k):
            if _DIGIT.search(self.view, pos, m.start) is not None:
                return True
            pos = max(pos, m.end)
        return _DIGIT.search(self.view, pos, self.ends[k]) is not None

    @property
    def lead_period(self) -> str | None:
        """A news story's lead (its first paragraph after the head) that opens with a period
        (2025年上半年，全市…) sets the period of the story until another is stated."""
        if self._lead is None:
            self._lead = (self._lead_after(self.head_end) or "",)
        return self._lead[0] or None

    def story_lead(self, k: int) -> str | None:
        """The lead period of the story sentence k stands in: in a text of several stories, each opening
        a line with what opens a news story (央视网消息（新闻联播）：…; period_cues.tsv, story_opening), a story
        after the first has its own lead where its lead states one (上半年，国内生产总值… then 国庆假期旅游火热 ⏎
        央视网消息…：国庆假期，全国…), else the text's."""
        start = self._story_start(k)
        if start is None:
            return self.lead_period
        if start not in self._story_leads:
            self._story_leads[start] = self._lead_after(start - 1)
        return self._story_leads[start] or self.lead_period

    def _story_start(self, k: int) -> int | None:
        """Where the story sentence k stands in opens, in a text of several stories (see `story_lead`); None
        in the first story or the only one."""
        if self._stories is None:
            found = [m.start() for m in _STORY_OPENING.finditer(self.view)]
            self._stories = found[1:] if len(found) > 1 else []  # (the first story's lead is the text's)
        at = bisect_right(self._stories, self.starts[k]) - 1 if k < len(self.sentences) else -1
        return self._stories[at] if at >= 0 else None

    def _lead_sentence(self, head_end: int) -> int:
        """The first sentence of the lead after view[:head_end]: not an empty one, nor a date alone on its
        line (2024年3月: when the document was issued); len(sentences) if there is none."""
        k = self.sentence_index(head_end + 1) if head_end < len(self.view) else len(self.sentences)
        while k < len(self.sentences) and (not self.view[self.starts[k]:self.ends[k]].strip()
                                           or _is_date_line(self.view[self.starts[k]:self.ends[k]])):
            k += 1
        return k

    def _lead_after(self, head_end: int) -> str | None:
        """The period the lead after view[:head_end] states (see `lead_period`)."""
        lead: str | None = None
        k = self._lead_sentence(head_end)
        lead_line_end = self.view.find("\n", self.starts[k]) if k < len(self.sentences) else -1
        lead_line_end = len(self.view) if lead_line_end < 0 else lead_line_end
        first = True
        while k < len(self.sentences) and self.starts[k] < lead_line_end:
            if first and self._holds_figure(k):
                # a filed story's lead states the story's period wherever it stands in it
                # (…国家统计局20日发布数据，初步核算，今年前三季度国内生产总值…); any story's lead
                # so states the months it reports (截至4月26日，27个省份发布了一季度GDP数据) or the holiday
                # (8天的中秋国庆假期落下帷幕。…8.26亿人次出游); a
                # stretch since a time (三季度以来股价平均上涨12.14%) is only its own figure's
                for m in self.mentions(k):
                    if m.kind is MentionKind.DATE and m.period and _CENSUS_MOMENT.match(self.view, m.end):
                        lead = m.period[:4]  # 现将2020年11月1日零时我市人口的基本情况公布如下
                        break
                    if m.period and m.kind not in (MentionKind.COMPARISON_BASE, MentionKind.DATE) \
                            and _is_period_word(self.view, m) and not self.view.startswith("以来", m.end) \
                            and (self.dateline is not None or _PART_OF_YEAR.fullmatch(m.period)
                                 or _MONTH_PERIOD.fullmatch(m.period) or m.rule == PeriodRule.HOLIDAY):
                        lead = m.period
                        break
                if lead is not None:
                    break
                first = False
            opening = self.opening(k)
            if opening is not None and opening.period and _OPENING_AFTER.match(self.view, opening.end):
                lead = opening.period
                break
            k += 1
        return lead

    def listed_periods(self, start: int, end: int, n: int) -> list[tuple[str, PeriodRule]] | None:
        """The n periods a list in view[start:end] names one after another (一季度、二季度、三季度,
        2023年和2024年) with nothing but list marks between them, each with its rule, or None; where it
        names no time, those of a list of as many its sentence gave before (…2011-2013年EPS分别为…，对应的PE
        分别为…)."""
        mentions = [m for m in time_mentions(self.view, self.year, start, end, holidays=self.holidays)
                    if m.period and m.kind is MentionKind.PERIOD]
        listed = self._listed(mentions, start, end, n)
        if listed is not None:
            self._last_listed = (end, listed)
        elif not mentions and self._last_listed is not None and len(self._last_listed[1]) == n \
                and self._last_listed[0] <= start and not _SENTENCE_END.search(self.view, self._last_listed[0], start):
            return self._last_listed[1]
        return listed

    def _listed(self, mentions: list[TimeMention], start: int, end: int, n: int) -> list[tuple[str, PeriodRule]] | None:
        """`listed_periods` from the times the list's clause names."""
        one = mentions[0] if len(mentions) == 1 else None
        final = mentions[-1] if mentions else None
        if final is not None and final.period and n >= 2:
            parts = _listed_parts(self.view, max(start, final.start - _LISTED_REACH), final.end, final.period[:4])
            if parts is not None and len(parts) == n:
                return [(period, PeriodRule.LISTED) for period in parts]  # 7、8月; 一、二、三季度…分别增长…
        if one is not None and one.period and "、" not in self.view[one.end:end]:
            each = _each_of(one, self.view[one.start:one.end])
            if each is not None and len(each) == n:
                # 2007年-2009年，…分别为42.43%、46.81%和53.06%; 3-5月用电增速…分别为13.4%、11.2%和10.8%: one
                # each, in order (not where the clause lists measures: 3-5月，工业、投资、消费分别增长…)
                return [(period, PeriodRule.LISTED) for period in each]
        if len(mentions) != n or n < 2:
            return None
        for before, after in itertools.pairwise(mentions):
            if not _LIST_MARKS.fullmatch(self.view, before.end, after.start):
                return None
        return [(m.period, PeriodRule.LISTED) for m in mentions if m.period]

    def period_of(self, k: int, sentence: Span, number_start: int, carry: str | None, *,
                  target: bool = False, measure: str = "", number_end: int = -1,
                  actual: bool = False, level: bool = False) -> tuple[str | None, PeriodRule]:
        """`_fact_period`, and in a sentence opening with 其中 (a breakdown of the figure before it:
        2021年完成投资596.3亿元。其中，交通运输…完成182.4亿元) the period of the last fact of the
        sentence before, in its paragraph. An `actual` figure (not a target, not a forecast) cannot be
        of months that had not ended when the text came out: those are the year before's."""
        period, rule = self._fact_period(k, sentence, number_start, carry, target=target, measure=measure,
                                         number_end=number_end)
        if rule == PeriodRule.REPORT_YEAR and self.plan_document and self.year is not None \
                and period == f"{self.year:04d}" and not target:
            reviewed = self._year_reviewed(k)
            if reviewed is not None:
                # 一、工作回顾⏎2025年是“十四五”收官之年…全年接待游客人次增长20.7%, in a report of 2026: the
                # year reviewed
                period, rule = reviewed, PeriodRule.REVIEW_YEAR
        if actual and period is not None and self.published_month is not None:
            before_publication = _a_year_earlier_if_ahead(period, self.published_month)
            if before_publication is not None:
                # 1～5月，…内销20074.69亿元 in a text of March 2011: 2010's first five months
                period, rule = before_publication, PeriodRule.MONTHS_BEFORE_PUBLICATION
        if rule in (PeriodRule.PARAGRAPH, PeriodRule.HEADING, PeriodRule.TITLE) and period is not None \
                and _MONTHS_OF_A_YEAR.fullmatch(period) and self._opens_at_report_end(k):
            # 报告期末，总资产…。客户贷款…245,252.05亿元: the paragraph's figures are stocks at the report's end
            period, rule = period.partition("/")[2], PeriodRule.REPORT_END
        elif period is not None and _MONTHS_OF_A_YEAR.fullmatch(period) \
                and self._against_year_start(number_start, max(number_start, number_end)):
            # 上半年，…应收账款净额为266.26亿元，较年初增长138.17%: a stock at the end of those months
            period, rule = period.partition("/")[2], PeriodRule.STOCK_AGAINST_YEAR_START
        elif period is not None and _MONTHS_OF_A_YEAR.fullmatch(period) and measure.endswith(lexicon.balance_heads()):
            # 上半年，公司…总资产达到2100亿元 (measure_heads.tsv kind balance): the balance at those months' end
            period, rule = period.partition("/")[2], PeriodRule.BALANCE_AT_MONTHS_END
        elif rule is PeriodRule.PARAGRAPH and level and period is not None and _YEARS.fullmatch(period) \
                and self._reached(number_start):
            # 过去五年，…。…电力总装机达到1.27亿千瓦 (a `level`: not 增速达到15.6%): the level at the years' end
            period, rule = period.partition("/")[2], PeriodRule.REACHED_AT_END
        before = self._sentence_periods.get(k - 1)
        if before is not None and k > 0 and _BREAKDOWN.match(self.view, sentence.start) is not None \
                and self._joined(k - 1) and ((period is None and rule == PeriodRule.NONE) or (
                    rule == PeriodRule.PARAGRAPH and carry is not None and carry != self.paragraph_opening(k))):
            # (before a period carried from further back: 2026年前五个月…17.48万亿元。其中，… under a lead of 5月末)
            return before, PeriodRule.BREAKDOWN
        if period is None and rule == PeriodRule.NONE and k > 0 and _SAME_PERIOD.match(self.view, sentence.start):
            # 2022年…增长7.7%。⏎同期，我国与“一带一路”沿线国家进出口合计13.83万亿元: the time just reported
            earlier = next((self._sentence_periods[j] for j in range(k - 1, max(-1, k - 4), -1)
                            if j in self._sentence_periods), None)
            if earlier is not None:
                self._sentence_periods[k] = earlier
                return earlier, PeriodRule.SAME_PERIOD
        if period is not None and rule != PeriodRule.AS_OF_DAY:
            # (the day of an as-of count sets no period for the breakdown after it: 截至4月27日，已有27个
            # 省份公布…。其中，广东以31174亿元居首)
            self._sentence_periods[k] = period
        return period, rule

    def _opens_at_report_end(self, k: int) -> bool:
        """Whether sentence k's paragraph opens with the end of the report's period (报告期末，…; 截至报告期末，…)."""
        return _REPORT_END_OPENING.match(self.view, self.view.rfind("\n", 0, self.starts[k]) + 1) is not None

    def _reached(self, number_start: int) -> bool:
        """Whether the number's clause names a level reached before it (装机达到1.27亿千瓦; 分别达到3.4万元、1.7万元;
        period_cues.tsv reached_verb)."""
        return _REACHED_VERB.search(self.view, _clause_begin(self.view, number_start), number_start) is not None

    def _done_over_time(self, sentence: Span, number_start: int) -> bool:
        """Whether the number's clause names what was done over a time (开展文化惠民活动3014场, 建成小剧场37个;
        period_cues.tsv flow_verb)."""
        begin = max(sentence.start, _clause_begin(self.view, number_start))
        return _FLOW_VERB.search(self.view, begin, number_start) is not None

    def _against_year_start(self, number_start: int, number_end: int) -> bool:
        """Whether the clause of the number, or the one after it, compares with the start of the year
        (…净额为266.26亿元，较年初增长138.17%); the clauses are cut after the number (a comma inside it,
        76,031.07亿元, ends no clause)."""
        view = self.view
        begin = _clause_begin(view, number_start)
        end = number_end
        for _ in range(2):
            found = _CLAUSE_END.search(view, end)
            end = found.end() if found is not None else len(view)
            if found is None or found.group() in "。\n":
                break
        return _AGAINST_YEAR_START.search(view, begin, end) is not None

    def _fact_period(self, k: int, sentence: Span, number_start: int, carry: str | None, *,
                     target: bool = False, measure: str = "", number_end: int = -1) -> tuple[str | None, PeriodRule]:
        """`_period_of`, and after a fact with no time of its own in the paragraph of a fact before
        it whose period was months or days (1—11月，…增长5%。…增长3%), that period: the facts of a
        paragraph are read in order, and the last such period is kept."""
        period, rule = self._period_of(k, sentence, number_start, carry, target=target, measure=measure)
        special = (self._relative_to_publication(k, sentence, number_start, period, rule, target)
                   or self._of_the_source(sentence, number_start, period, rule, target)
                   or self._of_the_report(sentence, number_start, number_end, period, rule, target))
        if special is not None:
            return special
        if period is None and rule == PeriodRule.NONE and self._last_part is not None \
                and self._last_part[0] >= self.view.rfind("\n", 0, sentence.start) + 1:
            day = _bare_day(self.view, sentence.start, number_start, self._last_part[1])
            if day is not None:
                # 1月11日，…8250元/吨。12日中石化上涨20元/吨: that day of the month of the fact before
                self._last_part = (number_start, day)
                return day, PeriodRule.DAY_OF_FACT_BEFORE
            return self._last_part[1], PeriodRule.OF_FACT_BEFORE
        if period is None and rule == PeriodRule.NONE and self.lead_session is not None and not target \
                and _MARKET_MOVE.search(self.view, sentence.start, sentence.end) is not None:
            return self.lead_session.isoformat(), PeriodRule.LEAD_SESSION  # (see `_session_of_lead`)
        if period is not None and len(period) > 4:
            self._last_part = (number_start, period)  # (a year stated in passing governs no more)
        return period, rule

    def _relative_to_publication(self, k: int, sentence: Span, number_start: int, period: str | None, rule: PeriodRule,
                                 target: bool) -> tuple[str | None, PeriodRule] | None:
        """A time the text counts from the day it was published: 目前 (its month), 今日, 昨日, 上周五."""
        if rule == PeriodRule.NOW and self.published_month is not None and not target:
            now = next((m for m in reversed(self.mentions(k)) if m.kind is MentionKind.NOW and m.end <= number_start),
                       None)
            # (the words for "now" that date a status, 目前, 截至目前: period_words.tsv, reading published; 如今,
            # nowadays, against a past, is not so dated)
            if now is not None and lexicon.period_readings().get(self.view[now.start:now.end]) == "published":
                return self.published_month, PeriodRule.NOW_PUBLISHED  # 目前，全县储备粮库存…
        if rule in _CARRIED_IN and self.published_day is not None and not target \
                and _TODAY.search(self.view, sentence.start, number_start) is not None:
            return self.published_day.isoformat(), PeriodRule.TODAY  # 万科A今日收于8.06元: the day published
        if period is not None or rule != PeriodRule.NONE:
            return None
        if self.yesterday is not None and _YESTERDAY.search(self.view, sentence.start, number_start) is not None:
            # 昨日，全市…: the day before the text's (its own 昨日（9月22日） when it says which)
            return self.yesterday.isoformat(), PeriodRule.YESTERDAY
        if self.published_day is not None:
            weekdays = list(_LAST_WEEKDAY.finditer(self.view, sentence.start, number_start))
            if weekdays:
                weekday = weekdays[-1]  # (the last one before the number)
                day = self.published_day
                monday = day - timedelta(days=day.weekday() + 7)
                day = monday + timedelta(days=lexicon.weekdays()[weekday.group(1)])
                return day.isoformat(), PeriodRule.LAST_WEEK_DAY
            bare = list(_BARE_WEEKDAY.finditer(self.view, sentence.start, number_start))
            if bare and _OTHER_WEEK.search(self.view, sentence.start, number_start) is None:
                # 美国股市周四上涨, in a report of Friday: the last such day up to the one published
                back = (self.published_day.weekday() - lexicon.weekdays()[bare[-1].group(1)]) % 7
                return (self.published_day - timedelta(days=back)).isoformat(), PeriodRule.WEEK_DAY
        return None

    def _of_the_source(self, sentence: Span, number_start: int, period: str | None, rule: PeriodRule,
                       target: bool) -> tuple[str | None, PeriodRule] | None:
        """A figure with no time of its own in a text about a census (its year, or the ten years up to
        it for a change) or in a morning market digest (the session it reports, or that week; a time carried
        from an item before, 1、据海关统计，今年7月，… ⏎ 国内股市 ⏎ 1、…上证指数涨0.09%, is that item's own)."""
        carried_in_digest = rule == PeriodRule.PARAGRAPH and self.session is not None
        if (period is not None or rule != PeriodRule.NONE) and not carried_in_digest:
            return None
        if self.census is not None and not target and not carried_in_digest:
            clause = max(self.view.rfind(c, sentence.start, number_start) for c in "，,；;") + 1
            if _CENSUS_CHANGE.search(self.view, max(clause, sentence.start), number_start) is not None:
                # 十年人口增量均不足百万: the change over the ten years up to the census
                return f"{self.census - 9:04d}/{self.census:04d}", PeriodRule.CENSUS_DECADE
            return f"{self.census:04d}", PeriodRule.CENSUS  # 七普数据公布后…：乙市常住人口达到1260万人
        if self.session is not None and _MARKET_MOVE.search(self.view, sentence.start, sentence.end) is not None:
            # a morning digest's market move: the session it reports (本周: that session's week)
            day = self.session
            if _THIS_WEEK.search(self.view, sentence.start, number_start) is not None:
                monday = day - timedelta(days=day.weekday())
                return f"{monday.isoformat()}/{day.isoformat()}", PeriodRule.DIGEST_WEEK
            return day.isoformat(), PeriodRule.DIGEST_SESSION
        return None

    def _as_of_month_end(self, sentence: Span, number_start: int, period: str) -> bool:
        """Whether the sentence says, before the number, 截至 the end of the month `period` names (截至6月底)."""
        return any(_int(m.group("m")) == int(period[5:])
                   for m in _AS_OF_MONTH_END.finditer(self.view, sentence.start, number_start))

    def _of_the_report(self, sentence: Span, number_start: int, number_end: int, period: str | None, rule: PeriodRule,
                       target: bool) -> tuple[str | None, PeriodRule] | None:
        """A results report disclosed on a day (its figures are of the months it covers), and a part of
        the year's figure set against the annual target (the target is the year's)."""
        if rule == PeriodRule.DAY and period is not None and not target:
            report = _DISCLOSED_REPORT.search(self.view, sentence.start, number_start)
            if report is not None:
                # 8月21日晚间披露了半年报，报告期公司实现营业收入…: the report's months, not the day it came out
                year = int(period[:4])
                last_month = lexicon.results_reports()[report.group("report")]
                if last_month < 12:
                    return f"{year:04d}-01/{year:04d}-{last_month:02d}", PeriodRule.DISCLOSED_REPORT
                return f"{year - 1:04d}", PeriodRule.DISCLOSED_REPORT
        if target and period is not None and number_end >= 0 and _PART_OF_YEAR.fullmatch(period) \
                and _ANNUAL_AIM_AFTER.match(self.view, number_end):
            return period[:4], PeriodRule.YEAR_OF_TARGET  # 前三季度…上涨0.6%，低于3%左右的预期目标
        return None

    def _results_named_before(self, k: int, sentence: Span, number_start: int) -> str | None:
        """The results report without a year (半年报, 一季报) named before the number in sentence k or in the
        sentence before it in its paragraph, if any."""
        begin = self.starts[k - 1] if k > 0 and self._joined(k - 1) else sentence.start
        found = _RESULTS_OF.search(self.view, begin, number_start)
        if found is None or _NAMED_REPORT.match(self.view, max(0, found.start() - 5), found.end()):
            return None
        return found.group("report")

    def _period_of(self, k: int, sentence: Span, number_start: int, carry: str | None, *,
                   target: bool = False, measure: str = "") -> tuple[str | None, PeriodRule]:
        """The period of a fact whose number starts at `number_start` in sentence k (`carry`:
        `self.carry(k)`, the same for all the sentence's facts), and the rule that chose it. A
        target that names no time is the document's year (主要预期目标是：地区生产总值增长5%以上,
        in a report of January 2025)."""
        # (the head's period is the first story's, in a text of several: 上半年经济运行… ⏎ … ⏎ 早稻丰收在望 ⏎
        # 央视网消息…)
        report_period = self.report_period if self._story_start(k) is None else None
        months = carry if carry is not None and _PART_OF_YEAR.fullmatch(carry) else report_period
        period, rule = _period(self.view, self.mentions(k), self.headings, sentence, number_start, carry,
                               self.title_year, months, carry is not None and carry == self.paragraph_opening(k))
        if rule == PeriodRule.PARAGRAPH and self.year is not None:
            report = self._results_named_before(k, sentence, number_start)
            if report is not None:
                # 今年二季度，…。首批三家公司半年报齐亮相。…分别盈利…: the figures a results report gives are of
                # the months it covers, not of the period the story opened with
                last_month = lexicon.results_reports()[report]
                return f"{self.year:04d}-01/{self.year:04d}-{last_month:02d}", PeriodRule.RESULTS_REPORT
        if rule == PeriodRule.PARAGRAPH and report_period and _PART_OF_YEAR.fullmatch(report_period) \
                and period == report_period[:4] \
                and all(m.kind is MentionKind.COMPARISON_BASE or m.start >= number_start for m in self.mentions(k)):
            # 家电市场上半年增速减缓: …2011年家电市场过于平淡的开局…, then 同比增速分别为…: the year a paragraph
            # names as its topic is the year of the months the text reports (where the sentence names no time
            # before the number but a comparison's base)
            return report_period, PeriodRule.TITLE
        if period is not None and len(period) == 7 and period.endswith("-12") and (
                (measure.endswith(lexicon.flow_heads()) and (
                    rule == PeriodRule.PARAGRAPH or _YEAR_END.search(self.view, sentence.start, number_start)))
                or (rule == PeriodRule.PARAGRAPH and self._done_over_time(sentence, number_start))):
            # 年末…存栏…；生猪出栏241.2万头, 12月末，…存栏…。出栏…: a flow is the year's; 年末共有…。开展文化惠民
            # 活动3014场: so is what was done over it
            return period[:4], PeriodRule.FLOW_OF_THE_YEAR
        if period is not None and _MONTH_PERIOD.fullmatch(period) and period[5:] != "01" \
                and measure.endswith(lexicon.flow_heads()) and self._as_of_month_end(sentence, number_start, period):
            # 截至6月底，全行业完成固定资产投资615.2亿元: what was done up to a month's end is the months from January
            # (up to December's, the year)
            ytd = period[:4] if period[5:] == "12" else f"{period[:4]}-01/{period}"
            return ytd, PeriodRule.YEAR_TO_MONTH_END
        if rule == PeriodRule.YEAR_OF_YEAR_END and period is not None and measure.endswith(lexicon.stock_heads()):
            # 截至2010年底，全年新增装机达1600万千瓦，累计装机容量达到4182.7万千瓦: a stock is the year's end
            return f"{period}-12", rule
        if rule == PeriodRule.NONE and report_period and _REPORT_SPAN.search(self.view, sentence.start,
                                                                                number_start):
            return _within_report(report_period, self.view, sentence.start, number_start)
        if period is None and report_period and rule == PeriodRule.NONE:
            return report_period, PeriodRule.TITLE
        if period is None and target and self.year is not None and (
            self.plan_document or _YEAR_TARGET.search(self.view, sentence.start, number_start)
        ):
            return f"{self.year:04d}", PeriodRule.TARGET_YEAR
        if target and rule == PeriodRule.HEADING and self.plan_document and self.year is not None \
                and period is not None and len(period) == 4 and int(period) < self.year \
                and _YEAR_TARGET.search(self.view, sentence.start, number_start):
            # 一、2009年工作回顾 …⏎主要预期目标是：生产总值增长10%, in a report of 2010: the targets are 2010's
            return f"{self.year:04d}", PeriodRule.TARGET_YEAR
        if period is None and rule == PeriodRule.NONE and self.plan_document and self.year is not None \
                and not self._time_in_paragraph(k, number_start):
            reviewed = self._year_reviewed(k)
            if reviewed is not None:
                # 一、…（a heading with no time）⏎2025年是“十四五”收官之年。一年来，…: the section reviews 2025
                return reviewed, PeriodRule.REVIEW_YEAR
            if self._before_targets(number_start):
                plan = self._plan_just_ended()
                if plan is not None:
                    # a report of 2026, the first year of a plan: its review is of the plan just ended
                    return plan, PeriodRule.REVIEW_PLAN
                # （一）经济实力显著增强。地区生产总值达14.2万亿元… before 今年…主要预期目标是: the review, of
                # years the text does not state (its heading cut away)
                return None, PeriodRule.REVIEW_UNDATED
            lead = self._review_lead(k)
            if lead is not None:
                # 各位代表！…五年来，…。⏎——经济综合实力实现新跃升。…年均增长5.9%, in a report that states no
                # targets: the years its opening reviews
                return lead, PeriodRule.REVIEW_LEAD
            if self.plan_title and not self._states_plans():
                # (a report's text stating no targets and heading no plan: an excerpt of its review) 实际使用外资
                # 33.8亿美元, in a report of 2026: done in 2025
                return f"{self.year - 1:04d}", PeriodRule.REVIEW_OF_EXCERPT
            # a work report, or a story about one, plans its own year (新增国家高新技术企业500家)
            return f"{self.year:04d}", PeriodRule.PLAN_YEAR
        return period, rule

    def _plan_just_ended(self) -> str | None:
        """The years of the five-year plan that ended the year before the document's (2021/2025 for a
        report of 2026; period_words.tsv), if one did."""
        if self.year is None:
            return None
        last = f"{self.year - 1:04d}"
        return next((years for years in _plan_periods().values() if years.endswith("/" + last)), None)

    def _before_targets(self, pos: int) -> bool:
        """Whether pos stands in a work report's body before the report states its year's targets
        (主要预期目标是：…), which it does later: in the review of what was done."""
        if self._targets_at is None:
            found = _YEAR_TARGET.search(self.view, self.head_end)
            self._targets_at = found.start() if found is not None else -1
        return self.head_end < pos < self._targets_at

    def _states_plans(self) -> bool:
        """Whether a work report's text states its year's targets after its head (主要预期目标是：…), or anywhere
        names a plan (重点工作, 工作安排: plan_headings.tsv) or its own year (今年, 本年: period_words.tsv, Y with
        no reading)."""
        if self._plans_stated is None:
            self._before_targets(self.head_end + 1)  # (finds where the targets are stated, if anywhere)
            self._plans_stated = self._targets_at != -1 or _PLAN_OR_THIS_YEAR.search(self.view) is not None
        return self._plans_stated

    def _review_lead(self, k: int) -> str | None:
        """In a work report that states no targets, the years its opening (its head and the paragraph
        after it) reviews, counted back from its own (五年来 → 2021/2025, 一年来 → 2025 in a report of
        2026), for a sentence after the opening; else None."""
        if self._lead_review is None:  # (the opening's last sentence and the years it reviews, found once)
            self._lead_review = self._opening_review()
        last, reviewed = self._lead_review
        return reviewed if last < k else None

    def _opening_review(self) -> tuple[int, str | None]:
        """The last sentence of a work report's opening (its head and the paragraph after it) and the last
        time counted back from the report's own the opening names (五年来, 一年来, “十四五”), where the report
        states no targets; else (len(sentences), None)."""
        self._before_targets(self.head_end + 1)  # (finds where the targets are stated, if anywhere)
        if self._targets_at != -1:
            return len(self.starts), None  # (a report stating its targets: the review is what stands before them)
        reviewed = None
        for j in range(len(self.starts)):
            for m in self.mentions(j):
                if m.rule in (PeriodRule.YEARS_UP_TO_NOW, PeriodRule.PLAN) and m.period:
                    reviewed = m.period
            if self.starts[j] >= self.head_end - 1 and not self._joined(j):
                return j, reviewed  # (the end of the first paragraph after the head)
        return len(self.starts), None

    def _year_reviewed(self, k: int) -> str | None:
        """In a work report, the year before the report's that the top-level section of sentence k
        reviews, when the section's first sentence opens with it (2025年是“十四五”收官之年, 过去一年，):
        a section headed 一、… whose heading names no time."""
        line_start = self.view.rfind("\n", 0, self.starts[k]) + 1
        if self._top_sections is None:  # (the ends of the report's top-level headings, found once)
            self._top_sections = [m.end() for m in _TOP_SECTION.finditer(self.view)]
        at = bisect_right(self._top_sections, line_start) - 1  # (the nearest one before the sentence's line)
        if at < 0 or self._top_sections[at] >= len(self.view):
            return None
        first = self.sentence_index(self._top_sections[at] + 1)
        if first < 0 or first >= len(self.starts) or first > k:
            return None
        opening = next((m for m in self.mentions(first) if m.period), None)
        if opening is None or self.view[self.starts[first]:opening.start].strip() \
                or len(opening.period or "") != 4 or self.year is None or int(opening.period or 0) >= self.year:
            return None
        return opening.period

    def _time_in_paragraph(self, k: int, end: int) -> bool:
        """Whether the paragraph of sentence k names a time before `end` (其中，…分别完成182.4亿元
        after 2021年完成投资达596.3亿元)."""
        j = k
        while True:
            if any(m.period and m.end <= end and m.kind is not MentionKind.DATE for m in self.mentions(j)):
                return True
            if j == 0 or not self._joined(j - 1):
                return False
            j -= 1
