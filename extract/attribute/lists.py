"""Lists: the numbers of a list each take their own measure, subject or period from the things
named with them.

`distribute_lists` runs over a document's candidate facts, in order, after each has been
attributed alone: the k-th number of a 分别 list measures the k-th of the things named before it
(indicator.respectively, subject.respectively, and the periods `DocumentTime.listed_periods` reads),
a second list of as many numbers reads the same measures again, and a list of places with as many
numbers after it gives each number its place.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Final

from extract import lexicon
from extract.attribute.indicator import (
    IndicatorRule,
    clean_phrase,
    etc_list,
    list_of_clause,
    split_list,
)
from extract.attribute.period import DocumentTime
from extract.attribute.subject import SubjectRule, split_named, split_places
from extract.numbers import CN_DIGIT_CHARS
from extract.patterns import HAN, SPACE, alternation
from extract.quantities import LIST_GAP, Quantity, clause_start, find_quantities

# A candidate fact with the quantity it was read from, in the document's order
Item = tuple[Quantity, dict[str, object]]


# (the patterns below run per sentence or per fact: the standard `re` is cheaper per call than `regex`,
# and \s and \p{Han} are spelled as `regex` reads them)
# The base a list of changes is compared with (同比, 比上年同期), written once for the two lists below
_CHANGES_BASE: Final = "(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度?|(?:19|20)[0-9]{2}年)(?:同期)?)"


# Only list marks and the base the changes are compared with (，同比分别增长…, ，比上年同期分别…)
_ONLY_PUNCT_AND_BASE: Final = re.compile(rf"[{SPACE}，,、；;：:和及与]*{_CHANGES_BASE}?[{SPACE}，,]*")


@cache
def _respectively_pattern() -> re.Pattern[str]:
    """分别 and the verb before a list's numbers: a change word (change_words.tsv) or 为, 是, 达, 占, 以, 有,
    after the base the changes are compared with (分别比上年上涨); or another verb of up to four characters
    (`free`: 分别盈利, 分别新认定), whose list must be named in its own clause."""
    known = rf"(?:{alternation(lexicon.change_words())}|为|是|达到?|占|以|有)?[到至了]?"
    return re.compile(rf"分别{_CHANGES_BASE}?(?:{known}|(?P<free>[{HAN}]{{1,4}}))$")


def distribute_lists(view: str, items: list[Item], time: DocumentTime) -> None:
    """The k-th number of a 分别 list measures the k-th of the things named before it: the
    numbers before it in the sentence (…游客6380万人次，…收入810亿元，分别增长15.1%和12.8%), or a
    list named right before 分别, of measures (工业机器人、新能源汽车产量分别增长…) or of places
    (贵阳市、遵义市地区生产总值分别为…)."""
    i = 0
    while i < len(items):
        q = items[i][0]
        floor = items[i - 1][0].end if i > 0 else max(0, q.start - 12)
        resp = _respectively_pattern().search(view, floor, q.start)
        if resp is None:
            after_changes = _changes_in_turn(view, items, i, floor)
            i = after_changes or _places_and_values(view, items, i)
            continue
        group = [i]
        j = i + 1
        while j < len(items) and LIST_GAP.fullmatch(view[items[j - 1][0].end:items[j][0].start]):
            group.append(j)
            j += 1
        named = _measures_before(items, i) if i > 0 and _ONLY_PUNCT_AND_BASE.fullmatch(view[floor:resp.start()]) \
            else []
        if len(group) > 1 and len(named) >= len(group):
            # …收入810亿元，分别增长12.8%…: each number the measure of a number before it, in order
            _measures_in_turn(items, group, named[len(named) - len(group):])
        elif len(group) > 1 and (resp.group("free") is None or items[i][1]["kind"] != "rank"):
            # 城乡居民人均可支配收入分别增长…: the list is named right there, not by the numbers before
            _named_list(view, resp.start(), [items[k][1] for k in group], time, verb=resp.group("free") or "")
        i = _read_again(view, items, group, j)


@cache
def _change_before_list() -> re.Pattern[str]:
    """A change word (change_words.tsv) after the base it is compared with, opening a clause right after a
    level (…收入90亿元，同比增长16.9%和33.3%)."""
    return re.compile(rf"[，,]{_CHANGES_BASE}?(?:{alternation(lexicon.change_words())})了?")


# Two numbers of one list, joined by a list mark or a joint (list_words.tsv) but not by a comma (16.9%和33.3%)
_JOINED: Final = re.compile(rf"、?(?:{alternation(lexicon.list_words('joint'))})|、")


def _changes_in_turn(view: str, items: list[Item], i: int, floor: int) -> int:
    """With no 分别, changes listed right after a change word (…游客800万人次，…收入90亿元，同比增长16.9%和33.3%)
    read the levels before them in their sentence in turn, where there are as many: each its measure.
    Returns the item after the list, or 0 where there is no such list."""
    if i == 0 or items[i][0].kind != "change" or not _change_before_list().fullmatch(view, floor, items[i][0].start):
        return 0
    group = [i]
    j = i + 1
    while j < len(items) and items[j][0].kind == "change" \
            and _JOINED.fullmatch(view, items[j - 1][0].end, items[j][0].start):
        group.append(j)
        j += 1
    named = _measures_before(items, i)
    if len(group) < 2 or len(named) != len(group):
        return 0
    _measures_in_turn(items, group, named)
    return j


def _measures_in_turn(items: list[Item], group: list[int], measures: list[str]) -> None:
    """The k-th number of `group` measures the k-th of `measures` (indicator.respectively)."""
    for k, indicator in zip(group, measures, strict=True):
        items[k][1]["indicator"] = indicator
        items[k][1]["rule"] = f"{items[k][1]['rule']} {IndicatorRule.RESPECTIVELY}"


@cache
def _second_reading() -> re.Pattern[str]:
    """What stands between a 分别 list and a second list of as many numbers that reads the same
    measures again (，两年平均增长15.5%和16.0%; ，同比加快5.9、2.6和3.8个百分点): a change word
    (change_words.tsv), after the base it is compared with."""
    return re.compile(
        rf"[，,](?:[0-9一二两三四五六七八九十]+年)?(?:平均|年均)?{_CHANGES_BASE}?(?:{alternation(lexicon.change_words())})(?:为|了)?")


def _read_again(view: str, items: list[Item], group: list[int], j: int) -> int:
    """Where the numbers from j on are a second list of as many as `group`, in its sentence, that
    reads the same measures again, each takes the measure of its place in `group`. Returns where
    the search for 分别 goes on."""
    n = len(group)
    second = list(range(j, j + n))
    if n < 2 or j + n > len(items) or len({str(items[k][1]["indicator"]) for k in group}) < n:
        return j
    sentence = items[group[0]][1]["sentence"]
    if any(items[k][1]["sentence"] != sentence for k in second) or not _second_reading().fullmatch(
        view, items[group[-1]][0].end, items[j][0].start
    ):
        return j
    gaps = itertools.pairwise(second)
    if not all(LIST_GAP.fullmatch(view, items[a][0].end, items[b][0].start) for a, b in gaps):
        return j
    for first, again in zip(group, second, strict=True):
        items[again][1]["indicator"] = items[first][1]["indicator"]
        items[again][1]["rule"] = f"{items[again][1]['rule']} {IndicatorRule.RESPECTIVELY}"
    return j + n


def _places_and_values(view: str, items: list[Item], i: int) -> int:
    """A list of places and a list of as many numbers after them with no 分别 (滨州、聊城、菏泽增速仅为1.2%、
    1.5%、3.2%): each number its place. Returns the next item to read."""
    j = i + 1
    while j < len(items) and LIST_GAP.fullmatch(view, items[j - 1][0].end, items[j][0].start) \
            and view[items[j - 1][0].end] != "，":
        j += 1
    n = j - i
    q = items[i][0]
    begin = clause_start(view, q.start)
    phrase = view[begin:q.start]
    if n < 2 or "、" not in phrase:
        return i + 1
    places = split_places(phrase, n)
    if places is None:
        return i + 1
    measure = _measure_after(phrase, places)
    for k, place in zip(range(i, j), places, strict=True):
        cand = items[k][1]
        cand["subject"] = place
        cand["rule"] = f"{cand['rule']} {SubjectRule.RESPECTIVELY}"
        _not_the_places(cand, places, measure)
    return j


def _said_after(text: str, places: list[str]) -> str:
    """What a clause listing places says after the last of them, without their count and what is said of
    them (places_rest: 遵义、安顺两市增幅较大 → 增幅)."""
    return places_rest().sub("", text[text.rfind(places[-1]) + len(places[-1]):])


def _said_of_names(text: str, names: list[str]) -> str:
    """What a clause listing names says of them after the last, without their count and up to a figure of
    its own (大众汽车集团、雷诺集团和沃尔沃等3家下滑幅度超过两成 → 下滑幅度)."""
    rest = _said_after(text, names)
    figures = find_quantities(rest)
    return clean_phrase(rest[:figures[0].start] if figures else rest, [])


def _measure_after(phrase: str, places: list[str]) -> str:
    """The measure a clause listing places names after the last of them, cleaned (潮州、揭阳增速仅为: 增速)."""
    rest = _said_after(phrase, places)
    return clean_phrase(rest, []) if rest else ""


def _not_the_places(cand: dict[str, object], places: list[str], measure: str) -> None:
    """A number given its place from a list keeps no indicator naming the places or only their count
    (江门、肇庆增速分别为…, 遵义、安顺两市增速分别为…: 增速, not 江门、肇庆 or 两市): the measure after them
    instead, where there is one."""
    indicator = str(cand["indicator"])
    if measure and (any(place in indicator for place in places) or not places_rest().sub("", indicator)):
        cand["indicator"] = measure
        cand["rule"] = f"{cand['rule']} {IndicatorRule.AFTER_LISTED_PLACES}"


def _measures_before(items: list[Item], i: int) -> list[str]:
    """The measures of the levels before item i in its sentence, each once, in order."""
    sentence = items[i][1]["sentence"]
    named: list[str] = []
    for q, cand in items[:i]:
        if cand["sentence"] == sentence and q.kind == "level" and str(cand["indicator"]) not in named:
            named.append(str(cand["indicator"]))
    return named


def _rule_of(rules: str, prefix: str) -> str:
    """The rule of `rules` (space-separated names) that starts with `prefix`."""
    return next((r for r in rules.split() if r.startswith(prefix)), prefix)


@cache
def places_rest() -> re.Pattern[str]:
    """Around the measure that follows a list of places: how many they are (两市, 3个省份: a count and a
    place word of list_words.tsv), the 等 closing the list, and what is said of them (较大, 紧随其后)."""
    counted = alternation(lexicon.list_words("place_count"))
    said = alternation(lexicon.list_words("said_of"))
    return re.compile(rf"^(?:[{_COUNT_CHARS}]+个?(?:{counted})|等地?)|(?:{said})$")


# (the characters of a small count of places: 两市, 十个省份, 3个县)
_COUNT_CHARS: Final = CN_DIGIT_CHARS + "十0-9"


def _listed_periods(view: str, begin: int, respectively: int, group: list[dict[str, object]],
                    time: DocumentTime) -> None:
    """Times listed before 分别, in its clause or opening the clause before (7、8月，全省出口分别增长…):
    each number of the group its own (一季度、二季度、三季度…分别增长5.4%、5.2%和4.8%)."""
    if begin > 1 and view[begin - 1] in ")）":
        # 2011-2013年完全摊薄后的EPS(每股收益)分别为…: a bracket inside the phrase opens no clause
        opening = max(view.rfind("(", 0, begin - 1), view.rfind("（", 0, begin - 1))
        if opening > 0:
            begin = clause_start(view, opening)
    periods = time.listed_periods(begin, respectively, len(group))
    if periods is None and begin > 1 and view[begin - 1] in "，,":
        periods = time.listed_periods(clause_start(view, begin - 1), respectively, len(group))
    if periods is None:
        return
    for cand, (period, rule) in zip(group, periods, strict=True):
        cand["period"] = period
        cand["rule"] = str(cand["rule"]).replace(_rule_of(str(cand["rule"]), "period."), rule)


def _listed_subjects(view: str, begin: int, phrase: str, n: int) -> tuple[list[str] | None, str]:
    """The places (or companies) a list before 分别 names, one per number, and the measure said of
    them: in its clause, or in the clause before (遵义、安顺两市增幅较大，分别达12.5%和11.2%)."""
    places = split_places(phrase, n)
    measure = ""
    if places is None and "、" not in phrase and begin > 1 and view[begin - 1] in "，,":
        before = view[clause_start(view, begin - 1):begin - 1]
        places = split_places(before, n)
        if places is not None:
            measure = _said_after(before, places) \
                or clean_phrase(phrase, [])  # (海南、北京紧随其后，增速分别为…: the measure 分别 follows)
        else:
            named = split_named(before, n)  # 大众汽车集团、雷诺集团和沃尔沃等3家下滑幅度超过两成，分别下降…
            if named is not None:
                places, measure = named[0], _said_of_names(before, named[0]) or clean_phrase(phrase, [])
    if places is None:
        names_and_measure = split_named(phrase, n)
        if names_and_measure is not None:
            places, measure = names_and_measure  # 中国人寿、中国平安、新华保险的新业务价值分别为…: each its company
            measure = clean_phrase(measure, []) or measure  # (洋河股份前三季度营收: the measure without its time)
    return places, measure


def _list_before(view: str, begin: int, n: int) -> list[str] | None:
    """The n things listed in one of the two clauses before the clause starting at `begin` (the
    nearest holding a 、), per `list_of_clause`."""
    end = begin
    for _ in range(2):
        if end < 2 or view[end - 1] not in "，,":
            return None
        start = clause_start(view, end - 1)
        if "、" in view[start:end - 1]:
            return list_of_clause(view[start:end - 1], n)
        end = start
    return None


def _named_list(view: str, respectively: int, group: list[dict[str, object]], time: DocumentTime, *,
                verb: str = "") -> None:
    """A list named right before 分别 gives each number of the group its own thing: its own period
    when times are listed (`_listed_periods`); a place of the gazetteer or a company opening each
    item is the item's subject (贵阳市、遵义市地区生产总值), else the items are measures
    (工业机器人、新能源汽车产量). After 分别 and a verb of its own (分别盈利, 分别新认定), what is
    measured is the list with that verb (甲公司、乙集团盈利; 轮胎模具、硫化机收入), named in its clause."""
    begin = clause_start(view, respectively)
    phrase = view[begin:respectively] + verb
    _listed_periods(view, begin, respectively, group, time)
    places, measure = _listed_subjects(view, begin, phrase, len(group))
    if places is not None:
        in_clause = _measure_after(phrase, places) if not measure and places[-1] in phrase else ""
        for cand, place in zip(group, places, strict=True):
            cand["subject"] = place
            cand["rule"] = f"{cand['rule']} {SubjectRule.RESPECTIVELY}"
            if measure:
                cand["indicator"] = measure
            else:
                _not_the_places(cand, places, in_clause)
        return
    named = split_list(str(group[0]["indicator"]).replace("分别", "") if verb else str(group[0]["indicator"]),
                       len(group))
    if named is None and "等" in phrase:
        named = etc_list(phrase, len(group))  # 化工、汽车制造等重点行业产值分别增长…
    if named is None and "、" not in phrase and not verb:
        # 尤其是互联网和相关服务业、软件和信息技术服务业，持续较快增长，同比分别增长15.9%和37.5%
        named = _list_before(view, begin, len(group))
    if named is None:
        return
    for cand, indicator in zip(group, named, strict=True):
        cand["indicator"] = indicator
        cand["rule"] = f"{cand['rule']} {IndicatorRule.RESPECTIVELY}"
