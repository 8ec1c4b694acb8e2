"""Modality: whether a figure happened (actual), is aimed at (target) or is expected (forecast).

The last modality word before the number in its sentence (for an expectation, 有望 or 预计, in its
clause group: up to a semicolon) governs it (modality.word); 将, 要 and 争取
count only where they announce a figure (将达到, 要实现, 争取实现), not where 将 means 把, 要 is part of
主要/需要 or 争取 means secured (争取上级转移支付资金173.2亿元). A word after 据 in its clause (据测算,
据初步测算, 据…数据中心测算) reports a calculation, not a forecast. A figure no word governs whose period
is after the document's year (到2030年，地区生产总值突破7000亿元, in a report of 2026) is a target
(modality.future_period, decided once the period is known).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from extract import lexicon
from extract.numbers import PLAIN_DIGIT_CHARS
from extract.patterns import alternation

# The rule of a figure no modality word governs (actual), and of one an aim word after it makes a target
DEFAULT_RULE: Final = "modality.default"
AIM_AFTER_RULE: Final = "modality.aim_after"
PLAN_YEAR_RULE: Final = "modality.plan_year"  # (a figure a work report dates to the year it plans is aimed at)
FUTURE_RULE: Final = "modality.future_period"  # (a figure of a year after the document's, no word saying so)

# The weak words (modality_words.tsv, weak=1: 将, 要, 拟, 争取) and what, right after one, makes it
# announce a figure: a word of modality_follow.tsv (将达到, 要实现) or a number
_WEAK: Final = lexicon.weak_modality_words()


def _weak_follow_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(lexicon.modality_follow())}|[0-9{PLAIN_DIGIT_CHARS}十两])")


_WEAK_FOLLOW: Final = _weak_follow_pattern()
# The modality words that are also a plan's noun (modality_words.tsv, noun: 计划, 目标)
_NOUN_USE: Final = lexicon.noun_modality_words()


def _noun_follow_pattern() -> re.Pattern[str]:
    """What, right after a modality word that is also a plan's noun, makes it the plan's name: a clause mark,
    a closing quote or bracket, or a word of modality_follow.tsv, follows noun (的, 任务: 完成全年目标任务的95%)."""
    words = lexicon.noun_modality_follow()
    return re.compile(r"[，,。；;、”)）]" + (f"|{alternation(words)}" if words else ""))


_NOUN_FOLLOW: Final = _noun_follow_pattern()
# An expectation governs its clause group up to a semicolon, unless it opens a list with a colon
# (aims go on: 一是…力争…；二是…新建5G基站1万个 in a plan)
_SEMICOLON: Final = re.compile(r"[；;]")
_OPENS_LIST: Final = re.compile(r"[^，,。；;]{0,4}[：:]")


@cache
def _pattern() -> re.Pattern[str]:
    # a plain alternation of words: the standard `re` skips to their first characters by itself
    words = sorted(lexicon.modality_words(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# The marks that end a clause (据 before a modality word in its clause makes the word a report)
_CLAUSE_MARKS: Final = "，,。；;：:\n"


def _clause_start(view: str, pos: int) -> int:
    """Where the clause holding `pos` starts (after the last clause mark before it)."""
    return max(view.rfind(mark, 0, pos) for mark in _CLAUSE_MARKS) + 1


# A number that names an aim after it (低于全年5.5%左右的预期目标, 完成6%以上的目标; aim_words.tsv, both roles)
_AIMS: Final = sorted({*lexicon.aim_words("aim"), *lexicon.aim_words("year")}, key=len, reverse=True)
AIM_AFTER: Final = re.compile("的?(?:" + "|".join(map(re.escape, _AIMS)) + ")")


def modality_for(view: str, sentence_start: int, number_start: int, number_end: int | None = None) -> tuple[str, str]:
    """The modality of a figure whose number spans number_start:number_end (its unit and bound
    words included), and the rule that chose it."""
    if number_end is not None and AIM_AFTER.match(view, number_end):
        return "target", AIM_AFTER_RULE
    words, blockers = lexicon.modality_words(), lexicon.modality_blockers()
    found: tuple[str, str] | None = None
    for m in _pattern().finditer(view, sentence_start, number_start):
        word = m.group()
        m_start = m.start()
        before = view[m_start - 1] if m_start > 0 else ""
        if before and before in blockers.get(word, ""):
            continue  # 主要, 需要; 模拟, 虚拟: part of another word (modality_words.tsv, not_after)
        if word in _WEAK and (not before or not _WEAK_FOLLOW.match(view, m.end())):
            continue  # (nor one opening the text)
        if view.find("据", max(sentence_start, _clause_start(view, m_start)), m_start) >= 0:
            continue  # 据初步测算, 据…数据中心测算: a calculation reported, not a forecast
        if word in _NOUN_USE and _NOUN_FOLLOW.match(view, m.end()):
            continue  # 扶持计划，… : the name of a plan, not an aim
        if word in _WEAK and found is not None and found[0] == "forecast":
            continue  # 测算…将逾: 将 only marks the future of a forecast
        if words[word] == "forecast" and _SEMICOLON.search(view, m.end(), number_start) \
                and not _OPENS_LIST.match(view, m.end()):
            continue  # …有望上升至第20位；工业增加值跨过万亿元: an expectation of another clause group
        found = (words[word], f"modality.{word}")
    if found is None or found[0] == "actual":
        return "actual", found[1] if found else DEFAULT_RULE
    return found


def modality_in_time(modality: str, rule: str, period: str | None, document_year: int | None,
                     planned: Callable[[], bool]) -> tuple[str, str]:
    """A fact's modality read against its period where no word decided it: a figure of the year a
    work report plans (加快推进300个省级重大项目 under its 二、2024年工作安排) is aimed at (modality.plan_year),
    and so is a figure of a year after the document's (到2030年，地区生产总值突破7000亿元 in a report of
    2026: modality.future_period). `planned` says whether the report plans the fact's period."""
    if rule != DEFAULT_RULE:
        return modality, rule
    if planned():
        return "target", PLAN_YEAR_RULE
    if period is not None and document_year is not None and int(period[:4]) > document_year:
        return "target", FUTURE_RULE
    return modality, rule
