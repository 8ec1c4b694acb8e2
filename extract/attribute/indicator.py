"""Indicator: the shortest phrase of the sentence that names what is measured.

Rules (named on the fact):
- indicator.counted_thing: a count's measure word is followed by the counted thing
  (5个全国重点实验室 → 全国重点实验室); indicator.counted_doing: a count of a class of units only
  (行业, 城市) with what the clause says they do (22个行业实现增速回升 → 行业实现增速回升);
- indicator.before_verb: the phrase before the verb or qualifier that introduces the number
  (全省新能源电池产能达到55GWh → 新能源电池产能), for a change the phrase before the change
  word (贸易额增长了19.6% → 贸易额), with time, place, scope and filler words stripped;
- indicator.following_noun: a number that describes the noun after it (2兆瓦液态燃料…实验堆,
  6000平方米的集体养鸡场);
- indicator.shared: a number with no phrase of its own takes the indicator of the number before
  it in the sentence (从17.9%提升到35.5%, 营收557.4亿元，同比增长14.8%);
- indicator.topic_prefix: a bare head word (产值, 出栏) after a fuller indicator takes its topic
  (肉鸡产能…, 出栏… → 肉鸡出栏).
- another reading of the measure just named: indicator.parenthesised_value (836.7亿斤（4,183.5万吨）),
  indicator.base_value (与2010年…的4613871人相比), indicator.aim_of_previous (高于6%以上的预期目标),
  indicator.share_of_plan (完成年度预算的100.3% → …完成年度预算), indicator.derived_rate (两年平均增长
  5.2%), indicator.head_of_previous (增速居全国第三位 → …增速), indicator.share_of_previous (占比…),
  indicator.total_of_previous (国内生产总值增长5%，总量达到140.19万亿元 → 国内生产总值),
  indicator.end_of_move (大白菜均价从0.3元/公斤上涨到0.6元/公斤: the value moved to, of the measure moved from);
- indicator.before_change_word: a short phrase with its change word (户均增收);
- indicator.class_of: the noun after a class (40万吨级航道); indicator.object_of_verb: what a verb
  before the number acts on (拿出120.6亿元支持…: the noun after the number);
- last resorts, where the clause names no measure: indicator.sentence_prefix (the sentence's last
  phrase before the number), indicator.raw_prefix (the raw text before it), indicator.label_line (a
  line above a figure standing alone), indicator.quantity_text (the quantity itself), indicator.line_head (the
  item its line opens with as a sentence of its own: ——科学技术支出。完成102.09亿元 → 科学技术支出);
- from the facts around: indicator.of_sentence_before (分季度看，一季度同比增长18.3%: a time alone
  names no measure, the one just reported goes on), indicator.head_of_breakdown (a breakdown's part
  takes the head of the measure it breaks down), indicator.of_counted_group (a group's measure after
  a count of its units: 技工学校12所，招生4300人 → 技工学校招生; group_measures.tsv),
  indicator.respectively (the measures listed before 分别 give the listed figures theirs, one each),
  indicator.after_listed_places (places listed in the number's clause are whose the figures are; the
  measure is what follows them: 江门、肇庆增速分别为… → 增速).
- indicator.budget_account: a budget's bare item (收入总计, 结转, 总支出) is the item of the budget account named
  last before it (一般公共预算收入总计; budget_stages.tsv roles account and item);
- indicator.budget_stage: a phrase that is only a stage of a budget (执行中调整为, 实际完成) after a
  budget's measure is that measure at that stage (…年初预算127.4亿元，执行中调整为129.2亿元 →
  一般公共预算收入调整预算; budget_stages.tsv).
- indicator.without_owners: a measure said of a list of its owners (交通运输、有色金属行业的单季净利润,
  with no 分别 to split it) is the measure alone: the owners are who, not what.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import cache, lru_cache
from typing import Final

import regex

from extract import lexicon
from extract.attribute.modality import AIM_AFTER
from extract.attribute.period import _DAY_AFTER, REPORT_TIME_WORDS, may_hold_time, time_pattern
from extract.attribute.subject import entities, list_opening, scope_pattern
from extract.numbers import PLAIN_DIGIT_CHARS
from extract.patterns import (
    HAN,
    SPACE_CHARS,
    alternation,
    first_chars,
    grouped_alternation,
    last_chars,
    last_match,
    longest_first,
    up_to_last,
)
from extract.quantities import CLAUSE_BREAK, Quantity, find_quantities

# Speed notes. The patterns below use no feature that only the `regex` module has, so most are
# compiled with the standard `re`, which runs them two to three times faster; `re`'s \s also takes
# \x1c-\x1f, so where a pattern needs \s it uses `regex`'s own set (`patterns.SPACE_CHARS`).
# Most substitutions are also skipped when a character that every match needs is absent from the
# text (an `in` test costs a fraction of a regex scan); the result is the same either way.
_WHITESPACE: Final = SPACE_CHARS
_WS: Final = "[" + _WHITESPACE + "]"
# The numerals of headings, lists and ordinals (一 … 十), and those a count may also use (两)
_ORDINAL: Final = PLAIN_DIGIT_CHARS + "十"
_COUNTING: Final = _ORDINAL + "两"



def _phrase_words(role: str) -> str:
    """The words of one role of measure_phrase_words.tsv as an alternation, longest first."""
    return alternation(lexicon.measure_phrase_words(role))


# What follows a number without naming what it measures: a comparison, a bound, a ranking, a level
# word, a base (广东省以27117.96亿元居于全国首位, 21%的高位, 在减税16.92亿元的基础上; measure_phrase_words.tsv, no_noun)
def _not_a_noun_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_words('no_noun')})")


_NOT_A_NOUN: Final = _not_a_noun_pattern()
_HAN_START: Final = regex.compile(r"\p{Han}")
_DANGLING_BRACKET: Final = re.compile(r"^[)）]+|[(（]+$")
_COMPARED_TO: Final = re.compile(r"(?:比|较|与)[^，,。；;]{0,10}$")
# A parenthesis inside the phrase (以下简称“归母净利润”) says nothing about what is measured.
_PARENTHETICAL: Final = re.compile(r"[（(][^）)]*[）)]")
# A parenthesis still open where the phrase ends: the number stands inside it (机构300所（其中幼儿园286所), and
# what the parenthesis says before it is its phrase
_OPEN_PARENTHESIS: Final = re.compile(r"^.*[（(]")
# A rank's own words (rank_words.tsv): 位居行业第三 → what ranks is named before them. Before the verb,
# where it stands (在全国, 全国排名) and how long it has stood there (连续3年, 暂, 有望); after it, where
# it stands: a scope, a field, or a group of places or bodies (居粮食主产省, 居西部省份).
def _rank_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rank's words at the end of the phrase before a number (_RANK_WORDS), and before 首位, where what a rank
    verb ranks in may be any short name (_FIRST_PLACE_WORDS: 居长江中上游港口首位, 保持在各设区市首位)."""
    adverb = (rf"(?:{alternation(lexicon.rank_words('adverb'))}"
              rf"|连续[0-9{PLAIN_DIGIT_CHARS}十两]+(?:年|个季度|个月))")
    where = alternation(lexicon.rank_words("scope") + lexicon.rank_words("field"))
    verbs = alternation(lexicon.rank_words("verb") + lexicon.rank_words("move"))
    rank_words = re.compile(
        rf"(?:在?(?:{where}))?(?:{alternation(lexicon.rank_words('context'))})?{adverb}*(?:{verbs})"
        rf"(?:在?(?:{where}|[{HAN}]{{0,8}}?(?:{alternation(lexicon.rank_words('group'))})))?(?:前列)?$"
    )
    first_place = re.compile(rf"{adverb}*(?:{verbs})在?[{HAN}]{{0,10}}?$")
    return rank_words, first_place


_RANK_WORDS, _FIRST_PLACE_WORDS = _rank_patterns()


class IndicatorRule(StrEnum):
    """The rules that choose a fact's indicator. A member's value is the name shown with the fact
    (`facts --explain`); code tests members, not names."""

    AIM_OF_PREVIOUS = "indicator.aim_of_previous"
    BASE_VALUE = "indicator.base_value"
    BEFORE_CHANGE_WORD = "indicator.before_change_word"
    BEFORE_VERB = "indicator.before_verb"
    CLASS_OF = "indicator.class_of"
    COUNTED_THING = "indicator.counted_thing"
    COUNTED_DOING = "indicator.counted_doing"
    END_OF_MOVE = "indicator.end_of_move"
    LINE_HEAD = "indicator.line_head"
    BUDGET_STAGE = "indicator.budget_stage"
    BUDGET_ACCOUNT = "indicator.budget_account"
    DERIVED_RATE = "indicator.derived_rate"
    FOLLOWING_NOUN = "indicator.following_noun"
    HEAD_OF_BREAKDOWN = "indicator.head_of_breakdown"
    HEAD_OF_PREVIOUS = "indicator.head_of_previous"
    TOTAL_OF_PREVIOUS = "indicator.total_of_previous"
    LABEL_LINE = "indicator.label_line"
    OBJECT_OF_VERB = "indicator.object_of_verb"
    OF_COUNTED_GROUP = "indicator.of_counted_group"
    OF_SENTENCE_BEFORE = "indicator.of_sentence_before"
    PARENTHESISED_VALUE = "indicator.parenthesised_value"
    QUANTITY_TEXT = "indicator.quantity_text"
    RAW_PREFIX = "indicator.raw_prefix"
    RESPECTIVELY = "indicator.respectively"
    AFTER_LISTED_PLACES = "indicator.after_listed_places"
    SENTENCE_PREFIX = "indicator.sentence_prefix"
    SHARE_OF_PLAN = "indicator.share_of_plan"
    SHARE_OF_PREVIOUS = "indicator.share_of_previous"
    SHARED = "indicator.shared"
    TOPIC_PREFIX = "indicator.topic_prefix"
    WITHOUT_OWNERS = "indicator.without_owners"



def _phrase_end_words(side: str) -> str:
    """The words phrase_ends.tsv strips at one side of a phrase, as an alternation tried longest
    first: a word with `not_after` characters not right after one of them (签约), one with
    `only_before` characters only with one of them after it (提升到). Words are factored by first
    character (`grouped_alternation`: `re` tries one branch per character, not every word); a
    character with a conditional word keeps its words as branches of their own, in the same order."""
    groups: dict[str, list[lexicon.PhraseEnd]] = {}
    for end in lexicon.phrase_ends(side):
        groups.setdefault(end.word[0], []).append(end)
    branches = []
    for group in groups.values():
        if any(end.not_after or end.only_before for end in group):
            branches += [_phrase_end_branch(end) for end in group]
        else:
            branches.append(grouped_alternation([end.word for end in group]))
    return "|".join(branches)


def _phrase_end_branch(end: lexicon.PhraseEnd) -> str:
    branch = re.escape(end.word)
    if end.not_after:
        branch = f"(?<![{re.escape(end.not_after)}])" + branch
    if end.only_before:
        branch += f"[{re.escape(end.only_before)}]"
    return branch


# Words stripped from the start of the phrase before a number (phrase_ends.tsv, `leading`), one
# after another, and what is no word: numbers and list marks (tried first: 连续3年 whole, not the
# word 连续), punctuation, and two marks whose condition looks further along the phrase.
def _leading_pattern() -> re.Pattern[str]:
    return re.compile(
        r"^(?:[-•·*>" + _WHITESPACE + rf"]+|连续[0-9{_COUNTING}]+年|[0-9{_COUNTING}]+年(?:来|间|内|中)?(?!期)"
        rf"|[0-9]{{1,2}}[.、．]|[（(][{_ORDINAL}0-9]{{1,2}}[）)]|[{_ORDINAL}]{{1,2}}、|"
        + _phrase_end_words("leading") + "|"
        r"有(?![效色机线关害益序形望所力用])(?![^的]*的)|"  # (有进出口实绩的外贸企业: a clause, kept)
        r"[，,、：:”]|“(?=[^”]*$))+"
    )


# Words stripped from the end of the phrase (verbs and particles that introduce the number:
# phrase_ends.tsv, `trailing`), punctuation and spaces: the longest run of them that ends it.
def _trailing_pattern() -> re.Pattern[str]:
    return re.compile(r"(?:" + _phrase_end_words("trailing") + r"|[,，:：、]|" + _WS + r")+$")


# (built once, at import, from the data)
_LEADING: Final = _leading_pattern()
# Every character a _LEADING match can start with (derived from the pattern: a pre-test that skips it)
_LEADING_FIRST: Final = first_chars(_LEADING.pattern)
_TRAILING: Final = _trailing_pattern()
# Every character a _TRAILING match can end with (derived from the pattern). `$` also matches before a
# final line break, but that is whitespace, so the text's last character still decides.
_TRAILING_LAST: Final = last_chars(_TRAILING.pattern)
# A phrase is often context + adverb + verb-object: keep what follows the last such adverb
# (phrase_ends.tsv, `split`: 累计, 实现, 全省 not after 占, 于 or 比).
def _split_after_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_end_words('split')})")


_SPLIT_AFTER: Final = _split_after_pattern()
# The value a figure is compared with, in the clause of the comparison (与2010年第六次全国人口普查的4613871人相比)
_BASE_VALUE_BEFORE: Final = re.compile(r"(?:与|同|和|较|比)[^，,。；;]{0,30}的$")
# The basis of a comparison (按可比口径, 按不变价格计算, 扣除价格因素; measure_phrase_words.tsv, basis),
# or a conversion (按美元计价折算): how a change was measured
def _basis_pattern() -> re.Pattern[str]:
    return re.compile(f"{_phrase_words('basis')}|按[^，,。；;按]{{1,10}}?折算")


_BASIS: Final = _basis_pattern()
# A share or ratio of the thing named just before (增加值…，占全省生产总值的比重为11.9%; measure_phrase_words.tsv,
# relative_start).
def _relative_start_pattern() -> re.Pattern[str]:
    return re.compile(f"^(?:{_phrase_words('relative_start')})")


_RELATIVE_START: Final = _relative_start_pattern()
_SHARE: Final = re.compile(r"^(?P<head>.+?)(?:占据了?|占到|占了?)(?P<whole>[^占]+?)的$")
# Nouns that name a measure themselves: a number after them, followed by 的 + noun, still measures them
# (measure_phrase_words.tsv, measure_noun).
def _measure_nouns_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_words('measure_noun')})$")


_MEASURE_NOUNS: Final = _measure_nouns_pattern()
_RIGHT_STOP: Final = ")）的在由到至为是将等，,。；;：:、！？!? \t（(【["


# A word that ends the noun after a number (measure_phrase_words.tsv, noun_end: 已, 正在; 均 not before 价)
def _right_cut_pattern() -> re.Pattern[str]:
    words = lexicon.measure_phrase_words("noun_end")
    branches = [re.escape(w) + (f"(?![{re.escape(words[w])}])" if words[w] else "") for w in longest_first(words)]
    return re.compile(f"(?:{'|'.join(branches)})")


_RIGHT_CUT: Final = _right_cut_pattern()
_INNER_ZHONG: Final = re.compile(r"中有.*$|中(?=[，,])")
_TRAILING_ZHONG: Final = re.compile(r"中$")
_RIGHT_BREAK: Final = "，,；;。！!？?\n：:（(【["
# The words joining a list's last two items (list_words.tsv, joint: 和, 以及), in the file's order
_JOINTS: Final = lexicon.list_words("joint")


# A joint before a number: the next of a list of counts starts (5个项目和3个平台)
def _list_next_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(_JOINTS)})(?=[0-9{_COUNTING}])")


_LIST_NEXT: Final = _list_next_pattern()
# The base a ratio is of, with the verb before it (恢复至2019年同期的; measure_phrase_words.tsv, ratio_base_verb)
def _base_of_ratio_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_words('ratio_base_verb')})[^，,。；;]{{0,14}}的$")


_BASE_OF_RATIO: Final = _base_of_ratio_pattern()
# (从 and 由 inside a word open no phrase: 从业, 从事, 从而, 由于, 自由, 理由, 经由)
_PREP_PHRASE: Final = re.compile(
    r"在[^，,。；]{1,12}?(?:中|上|里|内)(?=[^，,。；]*$)"
    r"|(?:(?<![服随])从(?![业事而严未来不])|(?<![自理缘经])由(?![于此]))[^，,。；]*$"
)


# What a change is compared with, taken off the phrase: a fixed phrase, tried first (measure_phrase_words.tsv,
# comparison: 同比, 较之前), 比 or 较 and a time (比上年同期, 较去年同月, 较2019年末), 与…相比. Every match holds
# 比 or 较.
def _comparison_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_phrase_words('comparison')}|"
        r"(?:比|较)(?:上|去|前)(?:一)?(?:年度?|月|季度|代|期)(?:同期|同月|末|底)?(?:的)?|(?:比|较)今?年初|"
        r"(?:与|同|和)[^，,。；;]{1,10}?相比|比(?:19|20)[0-9]{2}年末?|较(?:19|20)[0-9]{2}年末?|比上月末?|较上月末?)"
    )


_COMPARISON: Final = _comparison_pattern()
# 电源工程完成投资 → 电源工程投资: a verb between a topic and the measure it reports
# A running total's word right before 实现/完成 (累计实现利润总额; measure_phrase_words.tsv, running_total)
def _running_total_end_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_words('running_total')})$")


_RUNNING_TOTAL_END: Final = _running_total_end_pattern()
# What is left of a phrase that only reads a measure named before again (两年平均增长, 同期增长, 平均增速;
# measure_phrase_words.tsv, derived_average and derived_change)
def _derived_rate_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:[0-9一二两三四五六七八九十]+年)?(?:同期)?(?:{_phrase_words('derived_average')})?"
                      rf"(?:{_phrase_words('derived_change')})?(?:为|达)?")


_DERIVED_RATE: Final = _derived_rate_pattern()
# A clause that only compares the measure just named with others (分别高于全国、全省3.5个和2.5个百分点; the
# adverbs: measure_phrase_words.tsv, than_adverb; the words: comparison_words.tsv, than)
def _than_only_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"^[，,；;\s]*(?:{_phrase_words('than_adverb')})*"
        rf"(?:{alternation(lexicon.comparison_words('than'))})[^，,。；;0-9]{{0,12}}$"
    )


_THAN_ONLY: Final = _than_only_pattern()


def _heads(role: str) -> frozenset[str]:
    return frozenset(lexicon.measure_phrase_words(role))


# (measure_phrase_words.tsv: relative_head 增速, 占比; generic_head 产能, 出栏; total_head 总量)
_RELATIVE_HEADS: Final = _heads("relative_head")
_GENERIC_HEADS: Final = _heads("generic_head")
_TOTAL_HEADS: Final = _heads("total_head")


@cache
def _change_words() -> re.Pattern[str]:
    """A change word (change_words.tsv), not right after a character that makes it part of another
    word (its `not_after`: the 收 of 营收 starts no 收高)."""
    blockers = lexicon.change_blockers()
    branches = [rf"(?<![{re.escape(blockers[w])}]){re.escape(w)}" if w in blockers else re.escape(w)
                for w in longest_first(lexicon.change_words())]
    return re.compile(rf"(?<![新])(?:{'|'.join(branches)})(?!值|速为|率)")


_OPEN_BRACKET_END: Final = re.compile(r"[(（]" + _WS + r"*$")
_PUNCT_RUN: Final = re.compile(r"[" + _WHITESPACE + r"，,。；;：:、“”]+")
# The first character of the view that ends the phrase after a number.
_RIGHT_BREAK_CHAR: Final = re.compile("[" + re.escape(_RIGHT_BREAK) + "]")


# A Latin abbreviation in brackets inside a name (中期借贷便利（MLF）操作)
_ABBREVIATION: Final = re.compile(r"[（(][A-Za-z]{1,10}[)）]")


def _clause_end(view: str, pos: int) -> int:
    hi = min(len(view), pos + 40)
    found = _RIGHT_BREAK_CHAR.search(view, pos, hi)
    while found is not None and (abbreviation := _ABBREVIATION.match(view, found.start(), hi)) is not None:
        found = _RIGHT_BREAK_CHAR.search(view, abbreviation.end(), hi)  # （MLF）: inside the name
    return found.start() if found else hi


# The first character after a number where its noun ends (outside quotes) or a quote opens or closes.
_NOUN_END_OR_QUOTE: Final = re.compile("[" + re.escape(_RIGHT_STOP) + "0-9“‘”’]")
_CODE_NAME: Final = re.compile("[0-9]+[A-Za-z]+")


def _before_next_bound(text: str, end: int) -> int:
    """Where a noun ending before a number ends, without a bound word of that number (qualifiers.tsv,
    before: 超过, 近) at its end."""
    bound = _next_bound().search(text, 0, end)
    return bound.start() if bound is not None and bound.start() > 0 else end


@cache
def _next_bound() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(list(lexicon.qualifiers()['before']))})$")


def _quoted_end(text: str, start: int) -> int:
    """Where the noun ends, scanning from `start` (outside any quote) and skipping quoted stretches."""
    quote_depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "“‘":
            quote_depth += 1
        elif ch in "”’":
            quote_depth = max(0, quote_depth - 1)
        elif quote_depth == 0 and (ch in _RIGHT_STOP or "0" <= ch <= "9"):
            return i
    return len(text)


def _right_noun(right: str) -> str:
    """The noun phrase right after a number (5个全国重点实验室 → 全国重点实验室)."""
    text = right[1:] if right.startswith("的") else right
    if any(joint in text for joint in _JOINTS):
        m = _LIST_NEXT.search(text)
        if m:
            text = text[:m.start()]
    code = _CODE_NAME.match(text)  # (5G基站, 3D打印机: a name opening with digits and letters)
    stop = _NOUN_END_OR_QUOTE.search(text, code.end() if code else 0)
    while stop is not None and (abbreviation := _ABBREVIATION.match(text, stop.start())) is not None:
        stop = _NOUN_END_OR_QUOTE.search(text, abbreviation.end())  # 中期借贷便利（MLF）操作: one name
    if stop is not None:
        # before the first quote, the noun ends at the first stop character or digit
        end = stop.start() if stop.group() not in "“‘”’" else _quoted_end(text, stop.start())
        if stop.group().isdigit():
            end = _before_next_bound(text, end)  # 5个总投资超过10亿元: 超过 is the next number's
        text = text[:end]
    cut = _RIGHT_CUT.search(text, 2) if len(text) > 2 else None
    if cut:
        text = text[:cut.start()]
    if "中" in text:
        text = _TRAILING_ZHONG.sub("", text)
        text = _INNER_ZHONG.sub("", text)
    return text[:18].strip("“”\"‘’ ")


_LEFT_BREAK: Final = "".join(c for c in CLAUSE_BREAK if c not in "（）()")
# Everything up to and including the last character that ends the phrase before a number.
_UP_TO_LEFT_BREAK: Final = up_to_last(_LEFT_BREAK)


def _clause_begin(view: str, pos: int, floor: int) -> int:
    """Where the phrase before `pos` begins (a parenthesis inside a name does not end it)."""
    lo = max(floor, pos - 60)
    found = _UP_TO_LEFT_BREAK.match(view, lo, pos)
    lo = found.end() if found else lo
    gap = last_match(_GAP_BETWEEN_WORDS, view, lo, pos) if " " in view[lo:pos] or "\u3000" in view[lo:pos] else None
    return gap.end() if gap else lo  # 社融增速回落 新增人民币贷款1.27万亿: two headlines of a title


# A space between two Chinese words: it separates two headlines of a title, or a byline from the text
_GAP_BETWEEN_WORDS: Final = regex.compile(rf"(?<=\p{{Han}})[{SPACE_CHARS}]+(?=\p{{Han}})")


# A company's or a bank's word for itself, opening a phrase (公司实现营业收入, 该行总资产; measure_phrase_words.tsv,
# own_word)
def _leading_own_pattern() -> re.Pattern[str]:
    return re.compile(f"^(?:{_phrase_words('own_word')})(?![0-9])")


_OWN_WORDS: Final = tuple(lexicon.measure_phrase_words("own_word"))
_LEADING_OWN: Final = _leading_own_pattern()


@cache
def _object_verb() -> re.Pattern[str]:
    """A phrase that ends with a verb whose object follows the number, and adverbs before it (还发行)."""
    words = lexicon.object_verbs()
    adverbs = sorted((w for w, role in words.items() if role == "adverb"), key=len, reverse=True)
    verbs = sorted((w for w, role in words.items() if role == "verb"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(adverbs)})*(?:{'|'.join(verbs)})$")


@cache
def _leading_scope() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{scope_pattern().pattern})")


@cache
def _scope_words() -> tuple[str, ...]:
    return tuple(lexicon.scope_words())


def without_listed_owners(indicator: str) -> str | None:
    """The measure alone of a measure said of a list of its owners (交通运输、有色金属、纺织服饰行业的单季
    净利润 → 单季净利润), or None when the indicator is no such phrase. Read once the lists before 分别
    have been split (a list of measures before 的 stays whole: there is no owner to drop)."""
    owners, de, measure = indicator.rpartition("的")
    if not de or "、" not in owners or len(measure) < 2 or "、" in measure:
        return None
    items = [item for item in owners.replace("和", "、").split("、") if item]
    named = sum(1 for item in items if [e.name for e in entities(item, 0, len(item))] == [item])
    if not owners.endswith(_owner_kinds()) and 2 * named < len(items):
        return None  # (城镇、农村居民的人均可支配收入: no owners named, a measure of two groups)
    return measure


def strip_listed_owners(candidate: dict[str, object]) -> None:
    """A candidate fact's measure alone where its indicator is a measure said of a list of its owners
    (`without_listed_owners`), with the rule that took them out."""
    measure = without_listed_owners(str(candidate["indicator"]))
    if measure is not None:
        candidate["indicator"] = measure
        candidate["rule"] = f"{candidate['rule']} {IndicatorRule.WITHOUT_OWNERS}"


@cache
def _owner_kinds() -> tuple[str, ...]:
    """What a list of owners ends with when it names their kind (交通运输、有色金属行业的…)."""
    return tuple(lexicon.measure_phrase_words("owner_kind"))


def clean_phrase(text: str, subjects: list[str]) -> str:
    """Strip time, place, scope and filler words from a phrase before a number."""
    cleaned = _clean_phrase(text, subjects)
    if not cleaned and subjects:
        # 新开工抽水蓄能电站3座: the named thing is what is counted, not only who counts
        cleaned = _clean_phrase(text, [])
        if cleaned in _place_names() or cleaned in lexicon.companies() or cleaned in lexicon.listed_companies():
            return ""  # …：北京10.7%、浙江10.6%; 中国国航上涨近8%: a place or a company alone is who, not what
    if cleaned and _TOPIC_ONLY.fullmatch(cleaned):
        return ""  # 分季度看, 从GDP总量看: a heading of what follows, no measure of its own
    return cleaned


@cache
def _place_names() -> frozenset[str]:
    """Provinces and gazetteer divisions, full and short: names of places, never of measures."""
    names = {x for full, short, _ in lexicon.regions() for x in (full, short)}
    for place in lexicon.places():
        names.add(place.name)
        if place.short:
            names.add(place.short)
    return frozenset(names)


# A phrase that only introduces a topic (分季度看, 从GDP总量看, 从投资来看), an aside (按不变价格计算),
# or is a word naming no measure (measure_phrase_words.tsv, topic_only: 目标, 水平; a market report's
# verb: …跌1.02%报17692.45点)
def _topic_only_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:分|从|就)[^，,。；;]{{1,12}}?(?:来看|看|而言)|按(?:不变|可比|现行)?价格计算|"
                      rf"{_phrase_words('topic_only')}")


_TOPIC_ONLY: Final = _topic_only_pattern()


def _strip_ends(text: str) -> str:
    """Strip _LEADING words from the start, then _TRAILING words from the end.

    Doing it again changes nothing: _LEADING stops where none of its words matches, and taking an end
    off the text cannot make one match there (its only look at the rest of the text is the lookahead
    for a ”, and _TRAILING removes none); _TRAILING takes the longest suffix made of its words, and
    what is left ends in no such suffix (its lookbehinds see the same characters as before).
    """
    if text and text[0] in _LEADING_FIRST:
        lead = _LEADING.match(text)
        if lead is not None:
            text = text[_whole_word_start(text, lead.end()):]
    if text and text[-1] in _TRAILING_LAST:
        text = _TRAILING.sub("", text)
    return text


@cache
def _whole_word_reach() -> int:
    return max((len(w) for w in lexicon.whole_words()), default=1)


def _in_whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a whole word of the text (whole_words.tsv)."""
    words, reach = lexicon.whole_words(), _whole_word_reach()
    for a in range(max(0, end - reach), start + 1):
        for b in range(end, min(len(text), a + reach) + 1):
            if b - a > end - start and text[a:b] in words:
                return True
    return False


def _whole_word_start(text: str, cut: int) -> int:
    """Where to cut `text` whose leading words end at `cut`: earlier, at the start of a whole word
    that the cut would split (能源消费总量: not after 能)."""
    words = lexicon.whole_words()
    for start in range(max(0, cut - _whole_word_reach() + 1), cut):
        for end in range(cut + 1, min(len(text), start + _whole_word_reach()) + 1):
            if text[start:end] in words:
                return start
    return cut


def _without_times(text: str) -> str:
    """The text without its times (those inside a whole word kept), a month's day with its month
    (截至5月31日销售…: 销售…)."""
    out: list[str] = []
    pos = 0
    for m in time_pattern().finditer(text):
        if m.start() < pos or _in_whole_word(text, m.start(), m.end()):
            continue
        out.append(text[pos:m.start()])
        day = _DAY_AFTER.match(text, m.end()) if m.group().endswith("月") else None
        pos = day.end() if day is not None else m.end()
    out.append(text[pos:])
    return "".join(out)


def _clean_phrase(text: str, subjects: list[str]) -> str:
    """The phrase without what names no measure around it (`_without_context`), from the last word
    that starts a measure on (`_from_last_split`), its ends and quotes tidied (`_tidied`)."""
    text = _without_context(text, subjects)
    if "的" in text[-2:]:  # the 的 of `的$`: last, or before a final line break
        text = _BASE_OF_RATIO.sub("", text)
    if "在" in text or any(word in text for word in _FROM_WORDS):
        text = _PREP_PHRASE.sub("", text)
    if "等" in text[:-1]:
        etc = text.rfind("等")
        if not _in_whole_word(text, etc, etc + 1):  # (高等, 中等: a word, not a list closed by 等)
            text = text[etc + 1:]
    text = _strip_ends(text)  # the same as three rounds of both
    if "占" in text and "的" in text[-2:]:
        share = _SHARE.match(text)
        if share and len(share.group("head")) >= 2:
            text = share.group("head")
    return _tidied(_strip_ends(_from_last_split(text)))  # (_strip_ends: the same as two rounds of both)


def _without_context(text: str, subjects: list[str]) -> str:
    """The phrase without a parenthetical, what it is compared with, times, the report's time words,
    a leading scope or own word (全省, 公司) and the names of the subjects."""
    if "(" in text or "（" in text:
        text = _OPEN_PARENTHESIS.sub("", _PARENTHETICAL.sub("", text))
    if "比" in text or "较" in text:  # every _COMPARISON has one of them
        text = _COMPARISON.sub("", text)
    if may_hold_time(text):
        text = _without_times(text)
    if "报告期" in text:
        text = REPORT_TIME_WORDS.sub("", text)  # 报告期内公司实现营业收入: the report's time, then the company
    if text.startswith(_scope_words()):
        text = _leading_scope().sub("", text)
    if text.startswith(_OWN_WORDS):
        text = _LEADING_OWN.sub("", text)  # 公司营业总收入: the company is the subject
    if subjects:
        for name in longest_first(subjects):  # a fixed order, whatever the hash seed
            if len(name) >= 2 and name in text:
                text = _without_name(text, name)
        text = text.replace("的的", "的")  # (调高后的五粮液的出厂价 without 五粮液: one 的)
    return text


def _without_name(text: str, name: str) -> str:
    """The phrase without a subject's name, and the word of a region's kind right after it (山西大同地区主流
    煤矿坑口价 → 主流煤矿坑口价; measure_phrase_words.tsv, name_tail)."""
    return _name_with_tail(name).sub("", text)


@lru_cache(maxsize=1 << 12)  # a document's subjects repeat; a bound keeps a long job's memory flat
def _name_with_tail(name: str) -> re.Pattern[str]:
    return re.compile(f"{re.escape(name)}(?:{_NAME_TAIL})?")


# The word of a region's kind after a name, which is part of it (measure_phrase_words.tsv, name_tail: 地区; not
# before the characters that make it another word: 地区生产总值)
def _name_tail_alternation() -> str:
    words = lexicon.measure_phrase_words("name_tail")
    return "|".join(re.escape(w) + (f"(?![{re.escape(words[w])}])" if words[w] else "") for w in longest_first(words))


_NAME_TAIL: Final = _name_tail_alternation()


# The words of a running total (measure_phrase_words.tsv, running_total: 累计, 合计, 共), and those of them that
# before a measure's head are part of it (not 共 alone: 两地共投资 → 两地投资)
_RUNNING_TOTALS: Final = frozenset(lexicon.measure_phrase_words("running_total"))
_RUNNING_TOTAL_WORDS: Final = frozenset(w for w in _RUNNING_TOTALS if len(w) >= 2)


def _from_last_split(text: str) -> str:
    """The phrase from the last verb or connective that starts a measure after it (实现, 完成, 合计…),
    keeping what stands before it where it names whose measure it is (鞋服产业实现产值 → 鞋服产业产值,
    风电、光伏合计新增 → 风电、光伏新增)."""
    last = last_match(_SPLIT_AFTER, text)
    if last is None or _in_whole_word(text, last.start(), last.end()):
        return text  # 一般公共预算收入: 一般 and 共 are part of the word here
    if len(text) - last.end() < 2:
        return text
    tail = text[last.end():]
    head = text[:last.start()]
    if last.group() in _RUNNING_TOTAL_WORDS and tail.endswith(lexicon.measure_heads()):
        return text  # 风电累计装机容量: the running total's word before a measure's head is part of the measure
    if last.group() in ("实现", "完成") and tail.endswith(lexicon.measure_heads()):
        head = _RUNNING_TOTAL_END.sub("", head)  # 医药产业累计实现利润总额: the running total's word, then the verb
        if _SPLIT_AFTER.search(head):
            head = _from_last_split(head)  # 全省工业累计完成技改投资 → 工业
        split = last_match(_SPLIT_AFTER, head)
        if len(head) >= 2 and (split is None or _in_whole_word(head, split.start(), split.end())):
            return head + tail  # (通过公共网络实现零售额: the 共 of 公共 starts nothing)
    if len(tail) <= 2 and last.start() >= 2 and last.group() in _RUNNING_TOTALS:
        return head + tail
    return tail


def _tidied(text: str) -> str:
    """The phrase without outer quotes and brackets that pair with nothing, a dangling bracket, an
    unbalanced quote in a short phrase, and cut to its last 20 characters (40 for a list)."""
    text = _strip_outer_quotes(text.strip("\"' 　()（）"))
    # After the strip, a dangling bracket can only be left before a final line break.
    if text.endswith("\n"):
        text = _DANGLING_BRACKET.sub("", text)
    # an unbalanced quote left at either end
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "") if len(text) < 4 else text
    if len(text) > (40 if "、" in text else 20):  # (a list is kept whole for a 分别 after it to split)
        text = text[-20:]
    return text


_OPENING: Final = {"“": "”", "‘": "’"}
_CLOSING: Final = {"”": "“", "’": "‘"}


def _strip_outer_quotes(text: str) -> str:
    """The text without a quote at either end that pairs with none inside it: “新三样”产品出口 keeps
    its quotes (a label the measure is named by), 产品出口” and “产品出口 lose theirs."""
    while text:
        first, last = text[0], text[-1]
        if first in _CLOSING or (first in _OPENING and _OPENING[first] not in text[1:]):
            text = text[1:]
        elif last in _CLOSING and _CLOSING[last] not in text[:-1]:
            text = text[:-1]
        else:
            break
    return text.strip("\"' 　")


_CLAUSE_SPLIT: Final = re.compile(r"[，,；;：:。！？!?\n]")
_FIRST_NUMERAL: Final = re.compile(r"[0-9０-９]")


# (or a clause naming it with 方面: 拨备覆盖率方面，招商银行以405.93%遥遥领先)
_TOPIC: Final = re.compile(
    r"(?:(?:从|就)(?P<topic>[^，,。；;]{2,16}?)(?:来看|看|而言)|(?:^|(?<=[，,。；;]))(?P<aspect>[^，,。；;]{2,12}?)方面)[，,]")


def _last_clause_phrase(before: str, subjects: list[str]) -> str:
    """The topic the sentence opens with (从前三季度GDP增速来看，…：北京10.7% → GDP增速), else the
    phrase of the last clause before a number that names something (至9月末，全线货车日均装车
    3.1万车，增长5% → 全线货车日均装车): the clause up to its first number, cleaned."""
    topic = _TOPIC.search(before)
    if topic is not None:
        phrase = clean_phrase(topic.group("topic") or topic.group("aspect"), subjects)
        if phrase:
            return phrase
    phrases = []
    for clause in reversed(_CLAUSE_SPLIT.split(before)):
        digit = _FIRST_NUMERAL.search(clause)
        phrase = clean_phrase(clause[:digit.start()] if digit else clause, subjects)
        if phrase and _change_words().fullmatch(phrase) is None:  # (增长 alone names nothing)
            phrases.append(phrase)
    # (the nearest that ends with a measure's head: 特别是工业投资，增势强劲，增长达50.8% → 工业投资)
    named = next((p for p in phrases if p.endswith(_measure_heads())), None)
    return named or (phrases[0] if phrases else "")


@cache
def _measure_heads() -> tuple[str, ...]:
    return tuple(lexicon.measure_heads())


def _ends_with_de(left: str) -> bool:
    """Whether the phrase, without a prepositional phrase, ends in 的."""
    if "在" in left or any(word in left for word in _FROM_WORDS):
        left = _PREP_PHRASE.sub("", left)
    return left.rstrip().endswith("的")  # stripped of whitespace, `的$` matches only a final 的


def indicator_for(
    view: str,
    q: Quantity,
    sentence_start: int,
    previous: Quantity | None,
    previous_indicator: str | None,
    subjects: list[str],
) -> tuple[str, IndicatorRule]:
    """The indicator of `q` and the rule that chose it: the rules below, tried in order."""
    if previous_indicator and previous_indicator.endswith(lexicon.plan_words()):
        previous_indicator = _plan_share()[1].sub("", previous_indicator)  # (the measure, not its plan's share)
    left, trigger = _phrase_before(view, q, sentence_start, previous, subjects)
    right = view[q.end:_clause_end(view, q.end)]
    right_noun = _noun_after(right)
    if right_noun in lexicon.filler_words():
        right_noun = ""  # 广东以31174亿元居首: what follows says where it stands, not what is measured
    if previous is not None and previous_indicator and _moved_to_from(view, previous, q):
        # 大白菜均价从0.3元/公斤上涨到0.6元/公斤: the value a move goes to is of the measure it went from
        return previous_indicator, IndicatorRule.END_OF_MOVE
    found = _reading_of_previous(left, right, previous_indicator)
    if found is None and right_noun:
        found = _noun_of_class_or_count(q, right, right_noun)
    if found is not None:
        return found
    # (cleaned only here: the rules above do not read it, and cleaning reads nothing but its arguments)
    left_clean = clean_phrase(left, subjects)
    if (len(left_clean) == 1 and left_clean not in lexicon.one_character_names()) \
            or left_clean in lexicon.filler_words():
        left_clean = ""  # 为, 有, 成, 计, 依旧, 当日: one character (but 杏, 煤) or a filler word names no measure
    found = _noun_after_rules(q, left, left_clean, right, right_noun) if right_noun else None
    if found is None:
        found = _total_of_previous(left_clean, previous, previous_indicator)
    if found is None:
        found = _phrase_rules(left, left_clean, trigger, previous_indicator, subjects)
    if found is not None:
        return found
    return _last_resort(view, q, sentence_start, left, right_noun, previous_indicator, subjects)


# The words opening a move's first value and its end (move_verbs.tsv, from: 从, 由; to: 到, 至)
_FROM_WORDS: Final = lexicon.move_verbs("from")
_FROM: Final = alternation(_FROM_WORDS)
_TO: Final = alternation(lexicon.move_verbs("to"))
# Between the value a move goes from and the one it goes to: a short verb (上涨, 发展, or none) and 到 or 至, then
# perhaps the time of the second (由2007年的727万亩发展到2010年的902万亩, 已上涨至目前的2285元/吨)
_MOVE_GAP: Final = re.compile(rf"[，,]?(?:已经?)?[{HAN}]{{0,3}}?(?:{_TO})了?(?:[^，,。；;：:]{{1,10}}的)?")
# Before the value moved from: 从 or 由, and perhaps its time (从2009年的1900元/吨)
_MOVE_FROM: Final = re.compile(rf"(?:{_FROM})(?:(?:(?!{_FROM})[^，,。；;：:]){{1,10}}的)?$")


def _moved_to_from(view: str, previous: Quantity, q: Quantity) -> bool:
    """Whether `q` is the value a move goes to from `previous` (从0.3元/公斤上涨到0.6元/公斤)."""
    return previous.kind == "level" and _MOVE_GAP.fullmatch(view, previous.end, q.start) is not None \
        and _MOVE_FROM.search(view, max(0, previous.start - 12), previous.start) is not None


def _total_of_previous(left_clean: str, previous: Quantity | None,
                       previous_indicator: str | None) -> tuple[str, IndicatorRule] | None:
    """A word for the whole amount (total_head: 总量) alone before a number: all of the measure just named
    (国内生产总值增长5%，总量达到140.19万亿元); not after a count of units, where it is the group's
    (技工学校12所，总量… : indicator.of_counted_group)."""
    if left_clean in _TOTAL_HEADS and previous_indicator and previous is not None and previous.dimension != "count" \
            and not previous_indicator.endswith(left_clean):
        return previous_indicator, IndicatorRule.TOTAL_OF_PREVIOUS
    return None


def read_as_aim(q: Quantity, previous: Quantity | None, rule: IndicatorRule) -> None:
    """Another reading of a change just named, in its unit, is a change too, its way: the aim it is
    measured against (增长9.8%，高于6%以上的预期目标: kind.aim_of_change), or a value in brackets after a
    name (用电增长超过15%的省份依次是新疆(31.2%)、江西(21.4%): kind.bracketed_change)."""
    if previous is None or previous.kind != "change" or previous.unit != q.unit or q.kind != "level":
        return
    if rule == IndicatorRule.AIM_OF_PREVIOUS:
        q.kind, q.direction = previous.kind, previous.direction
        q.rules.append("kind.aim_of_change")
    elif rule == IndicatorRule.PARENTHESISED_VALUE:
        q.kind, q.direction = previous.kind, previous.direction
        q.rules.append("kind.bracketed_change")


def read_as_growth(q: Quantity, indicator: str) -> None:
    """A percentage of a measure named as a growth rate (省份增速 carried to 广东（3.3%）) is a change."""
    if q.kind == "level" and q.unit == "%" and q.value >= 0 and indicator.endswith(("增速", "增幅")):
        q.kind, q.direction = "change", "up"  # (a negative rate stays a level: -2.1% says no way on its own)
        q.rules.append("kind.growth_measure")


def counted_group(view: str, sentence_start: int, q: Quantity, indicator: str, rule: IndicatorRule) -> str | None:
    """The group a count of units names (技工学校12所 → 技工学校: a 招生 after it in the sentence is
    its measure; group_measures.tsv counters), or None: not a count of units, nor a part in brackets
    (学前教育机构300所（其中幼儿园286所），教职工…)."""
    if q.kind != "level" or q.unit not in lexicon.group_measures("counter") or not indicator \
            or rule not in (IndicatorRule.COUNTED_THING, IndicatorRule.BEFORE_VERB):
        return None
    between = view[sentence_start:q.start]
    if between.count("（") + between.count("(") > between.count("）") + between.count(")"):
        return None
    return indicator


def of_counted_group(indicator: str, rule: IndicatorRule, group: str | None) -> tuple[str, IndicatorRule]:
    """A group's measure (group_measures.tsv: 招生, 总投资) after a count of its units in the sentence
    is the group's (技工学校12所，招生4300人 → 技工学校招生); any other indicator stays as it is."""
    if rule == IndicatorRule.BEFORE_VERB and group is not None and indicator in lexicon.group_measures("measure") \
            and not group.endswith(indicator):  # (5个总投资超过10亿元: the count counted the measure itself)
        return group + indicator, IndicatorRule.OF_COUNTED_GROUP
    return indicator, rule


# Dimensions of a class a number gives the noun after it (110千伏及以上线路, 10千伏线路)
_CLASS_DIMENSIONS: Final = frozenset({"voltage"})
_NOUN_ONLY: Final = regex.compile(r"\p{Han}{1,8}")
# After a threshold, what it sorts out and is counted (…超过2000小时的县高达, …以上的炼厂有)
_OF_THE_COUNTED: Final = regex.compile(r"(?:以上|以下)?的\p{Han}{1,10}")


def _phrase_before(view: str, q: Quantity, sentence_start: int, previous: Quantity | None,
                   names: list[str]) -> tuple[str, str]:
    """The phrase before the number in its clause (after the quantity before it), without how it was
    measured, the change word that introduces the number (returned apart) and what it is compared with."""
    lo = _clause_begin(view, q.start, sentence_start)
    if previous is not None and previous.end > lo and not (
        previous.dimension in _CLASS_DIMENSIONS and _NOUN_ONLY.fullmatch(view, previous.end, q.start)
    ):  # (新开工110千伏及以上线路215公里: the grid's voltage class is part of what is built)
        lo = previous.end
        if (previous.optional and previous.qualifier == "min" and previous.dimension != "count") or (
            previous.unit == "岁" and _HAN_START.match(view, previous.end)
            and not _change_words().match(view, previous.end)  # (76.7岁提高到…77岁: a value moved)
        ):
            lo = previous.start  # 10亿元以上重大项目93个, 15—59岁人口为…: the class is part of what is counted
        elif q.dimension == "count" and _OF_THE_COUNTED.fullmatch(view, previous.end, q.start):
            # 日照时数超过2000小时的县高达94个: the threshold, its measure and all, says which are counted
            lo = _clause_begin(view, previous.start, sentence_start)
    left = view[lo:q.start]
    if "按" in left or "扣除" in left or "口径" in left:
        left = _BASIS.sub("", left)  # 按可比口径同比增长: how it was measured, not what
    trigger = ""
    if q.kind == "change":
        last = last_match(_change_words(), left)
        if last is not None:
            trigger = last.group()
            left = left[:last.start()]
        if "比" in left or "较" in left:
            left = _COMPARISON.sub("", left)
        if "比" in left or "较" in left or "与" in left:
            compared = _COMPARED_TO.search(left)  # 比上半年回落: the base of the comparison
            if compared is not None and not any(left.startswith(name, compared.start()) for name in names):
                left = left[:compared.start()]  # (but 比亚迪上半年净利润: a name that opens with 比)
    if q.kind == "rank":
        ranks_in = _FIRST_PLACE_WORDS if "quantity.rank_first" in q.rules else _RANK_WORDS
        left = ranks_in.sub("", left.rstrip())
    return left, trigger


def _noun_after(right: str) -> str:
    """The noun right after the number, or "" where what follows is no noun (1.27元增加0.19元,
    …的4,613,871人相比, a time, a number)."""
    noun = _right_noun(right)
    if noun and (_change_words().match(noun) or _NOT_A_NOUN.match(noun) or time_pattern().match(noun)
                 or (noun[0] in "0123456789" and not _CODE_NAME.match(noun))):
        return ""
    return noun


@cache
def _plan_share() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrase before a share of a plan (，完成年度预算的 / 为调整预算的; plan_words.tsv), and the end of
    an indicator made of it (…完成年度预算)."""
    plans = "|".join(map(re.escape, sorted(lexicon.plan_words(), key=len, reverse=True)))
    return (re.compile(rf"[{SPACE_CHARS}，,]*(?:完成|为|达到|达|占)?(?P<plan>{plans})数?的[{SPACE_CHARS}]*"),
            re.compile(rf"完成(?:{plans})$"))


def _reading_of_previous(left: str, right: str,
                         previous_indicator: str | None) -> tuple[str, IndicatorRule] | None:
    """The measure just named, where the number is another reading of it: in brackets after it, the
    base it is compared with, the aim it is measured against, or the share of its plan it reached."""
    if not previous_indicator:
        return None
    share = _plan_share()[0].fullmatch(left) if "的" in left else None
    if share is not None:
        return f"{previous_indicator}完成{share.group('plan')}", IndicatorRule.SHARE_OF_PLAN  # 完成年度预算的100.3%
    if ("(" in left or "（" in left) and _OPEN_BRACKET_END.search(left):
        return previous_indicator, IndicatorRule.PARENTHESISED_VALUE  # 836.7亿斤（4,183.5万吨）
    if _BASE_VALUE_BEFORE.match(left):
        return previous_indicator, IndicatorRule.BASE_VALUE  # 4868243人，与2010年…的4613871人相比
    if AIM_AFTER.match(right):
        # 增长9.8%，高于6%以上的预期目标: an aim named after the number is the aim of the measure before
        return previous_indicator, IndicatorRule.AIM_OF_PREVIOUS
    return None


def _noun_of_class_or_count(q: Quantity, right: str, right_noun: str) -> tuple[str, IndicatorRule] | None:
    """The noun after a class (三个千亿级主导产业集群, 40万吨级航道) or a count (5个全国重点实验室); a
    count of a class of units only (行业, 城市) with what they do, where the clause says it right after
    (22个行业实现增速回升 → 行业实现增速回升)."""
    if "quantity.class_descriptor" in q.rules:
        return right_noun, IndicatorRule.CLASS_OF
    if q.dimension == "count" and q.kind != "rank":
        qualified = _noun_after_threshold(right, right_noun)
        if qualified:
            return qualified, IndicatorRule.COUNTED_THING
        if right_noun in _CLASS_NOUNS and right.startswith(right_noun):
            doing = _PREDICATE_TO_CLAUSE_END.fullmatch(right, len(right_noun))
            if doing is not None:
                return right_noun + doing.group(), IndicatorRule.COUNTED_DOING
        return right_noun, IndicatorRule.COUNTED_THING
    return None


def _noun_after_threshold(right: str, right_noun: str) -> str:
    """The noun a count counts after a threshold that qualifies it (12家营收超亿元的企业 → 企业: the phrase
    before 的 holds a figure of its own), or ""."""
    rest = right[len(right_noun):] if right.startswith(right_noun) else ""
    if not rest.startswith("的") or not find_quantities(right_noun):
        return ""
    return _noun_after(rest)


# A noun naming only a class of the units counted (measure_phrase_words.tsv, class_noun), and what
# they do after it: a short run of Han to the clause's end, no 的 opening it (城市的调查数据: a measure)
_CLASS_NOUNS: Final = _heads("class_noun")
_PREDICATE_TO_CLAUSE_END: Final = re.compile(rf"(?!的)[{HAN}]{{2,12}}")


# A verb passing a threshold right before the number (measure_phrase_words.tsv, threshold_verb: 超过, 位于)
def _threshold_verb_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_phrase_words('threshold_verb')})$")


_THRESHOLD_VERB: Final = _threshold_verb_pattern()
# A scope word right before the number (全国超过一半的家庭: the share of what follows)
_SCOPE_AT_END: Final = re.compile(f"(?:{alternation(lexicon.scope_words())})$")


def _passes_a_threshold(q: Quantity, left: str, left_clean: str) -> bool:
    """Whether the number is a threshold the measure before it passes (GDP总量超1万亿元的省份, 位于60.0%以上
    的高景气区间): a threshold verb or a bound word (超) right before it; not after a verb acting on what
    follows (承接了…的订单) nor a scope word (全国超过一半的家庭: a share of those)."""
    return (_THRESHOLD_VERB.search(left) is not None
            or ("qualifier.before" in q.rules and q.qualifier in ("min", "max"))) \
        and not _object_verb().search(left_clean) and not _SCOPE_AT_END.search(left)


def _noun_after_rules(q: Quantity, left: str, left_clean: str, right: str,
                      right_noun: str) -> tuple[str, IndicatorRule] | None:
    """The noun after a level that describes it (2兆瓦…实验堆, 21亿元的项目) or that a verb before acts on."""
    if q.kind != "level":
        return None
    if right.startswith("的") and left_clean and _passes_a_threshold(q, left, left_clean):
        # GDP总量超1万亿元的省份: a threshold of the measure before it, which the things after pass
        return _THRESHOLD_VERB.sub("", left_clean) or left_clean, IndicatorRule.BEFORE_VERB
    if (right.startswith("的") and not _MEASURE_NOUNS.search(left_clean)) or _ends_with_de(left) or not left_clean:
        return right_noun, IndicatorRule.FOLLOWING_NOUN
    if _object_verb().search(left_clean):
        return right_noun, IndicatorRule.OBJECT_OF_VERB  # (财政)拿出120.6亿元支持…: what the verb acts on
    return None


def _budget_stage(phrase: str, previous_indicator: str) -> str | None:
    """A phrase that is only a stage of a budget (budget_stages.tsv: 执行中调整, 后经…批准调整, 实际完成),
    after a budget's measure: that measure's base with the stage's name (一般公共预算收入年初预算 →
    一般公共预算收入调整预算, 一般公共预算收入); else None."""
    if "预算" not in previous_indicator:
        return None
    processes = tuple(lexicon.budget_stages("process"))
    stage = next((w for w in lexicon.budget_stages("stage")
                  if phrase.endswith(w) and (len(phrase) == len(w) or phrase[:-len(w)].endswith(processes))), None)
    if stage is None:
        return None
    base = previous_indicator
    for budget in lexicon.budget_stages("budget"):
        if base.endswith(budget) and len(base) > len(budget) + 1:
            base = base[:-len(budget)]
            break
    return base + lexicon.budget_stages("stage")[stage]


def _phrase_rules(left: str, left_clean: str, trigger: str, previous_indicator: str | None,
                  subjects: list[str]) -> tuple[str, IndicatorRule] | None:
    """The cleaned phrase before the number, read with the measure just named where it is a part of
    it (增速, 占比) or another reading of it (两年平均增长)."""
    # (the stage as cleaned, 执行中调整为 → 执行中调整, or as written where cleaning takes it all: 实际完成)
    staged = (_budget_stage(left_clean, previous_indicator) or _budget_stage(left.strip(), previous_indicator)) \
        if previous_indicator else None
    if staged is not None:
        return staged, IndicatorRule.BUDGET_STAGE  # 年初预算127.4亿元，执行中调整为129.2亿元，实际完成…
    if left_clean in _RELATIVE_HEADS and previous_indicator and not previous_indicator.endswith(left_clean):
        return previous_indicator + left_clean, IndicatorRule.HEAD_OF_PREVIOUS  # 增速居全国第三位
    if left_clean and previous_indicator and _RELATIVE_START.match(left_clean) and previous_indicator not in left_clean:
        return previous_indicator + left_clean, IndicatorRule.SHARE_OF_PREVIOUS
    if previous_indicator and (_DERIVED_RATE.fullmatch(left_clean + trigger) or _THAN_ONLY.search(left)):
        # 两年平均增长5.2%, 比2019年同期增长15.5%: another reading of the measure just named
        return previous_indicator, IndicatorRule.DERIVED_RATE
    if left_clean and trigger and len(left_clean) <= 2 and len(trigger) == 2 and not any(
        len(name) >= 2 and name in left for name in subjects
    ):
        if trigger in lexicon.change_nouns():
            return left_clean + trigger, IndicatorRule.BEFORE_CHANGE_WORD  # 户均增收 (not 东部地区投资增长)
        return left_clean, IndicatorRule.BEFORE_CHANGE_WORD  # 股价上涨: the verb is no part of the measure
    if not left_clean:
        return None
    before = previous_indicator or ""
    topic = _topic_of(before) if left_clean in _GENERIC_HEADS else ""
    if len(topic) > 1 and len(before) > len(left_clean) + 1 and not before.endswith(left_clean):
        return topic + left_clean, IndicatorRule.TOPIC_PREFIX  # 肉鸡产能…，出栏… → 肉鸡出栏
    return left_clean, IndicatorRule.BEFORE_VERB


def _topic_of(indicator: str) -> str:
    """What an indicator ending with a generic head is of, the head taken off (肉鸡产能 → 肉鸡; 公司营业收入 →
    公司, not 公司营业): empty where it is only the head (营业收入)."""
    head = max((h for h in _GENERIC_HEADS if indicator.endswith(h)), key=len, default="")
    return indicator[:-len(head)] if head else ""


def _last_resort(view: str, q: Quantity, sentence_start: int, left: str, right_noun: str,
                 previous_indicator: str | None, subjects: list[str]) -> tuple[str, IndicatorRule]:
    """Where the phrase before the number names nothing: the measure just named, the noun after it,
    the sentence's last phrase, the raw text before it, the quantity itself."""
    if previous_indicator:
        return previous_indicator, IndicatorRule.SHARED
    if right_noun:
        return right_noun, IndicatorRule.FOLLOWING_NOUN
    head = _line_head(view, sentence_start, subjects, dashed=True)
    if head:
        return head, IndicatorRule.LINE_HEAD
    raw = _last_clause_phrase(view[sentence_start:q.start], subjects)
    if raw:
        return raw, IndicatorRule.SENTENCE_PREFIX
    head = _line_head(view, sentence_start, subjects)
    if head:
        return head, IndicatorRule.LINE_HEAD
    raw = _PUNCT_RUN.sub("", left)[-20:]
    if raw:
        return raw, IndicatorRule.RAW_PREFIX
    label = _label_line(view, q, subjects)
    if label:
        return label, IndicatorRule.LABEL_LINE
    return view[q.start:q.end], IndicatorRule.QUANTITY_TEXT


def _line_head(view: str, sentence_start: int, subjects: list[str], dashed: bool = False) -> str:
    """The item a line opens with as a sentence of its own, where the sentence of a number naming no measure
    follows it on that line (——科学技术支出。完成102.09亿元，占预算的96.1%: 科学技术支出); `dashed`: an item set
    off by a dash, anywhere before the sentence on its line (——节能环保支出。…。剔除上述因素后，同口径增长8.7%)."""
    line_start = view.rfind("\n", 0, sentence_start) + 1
    if dashed:
        if line_start >= len(view) or unicodedata.category(view[line_start]) != "Pd":
            return ""
        first_end = view.find("。", line_start, sentence_start)
        if first_end < 0:
            return ""
        sentence_start = first_end + 1
    head = view[line_start:sentence_start].strip()
    if not head or len(head) > 24 or head[-1] not in "。：:" or _FIRST_NUMERAL.search(head) is not None:
        return ""
    return clean_phrase(_without_dashes(head[:-1]), subjects)


def _without_dashes(head: str) -> str:
    """The head without the dashes and spaces that set it off (——增值税 → 增值税)."""
    start = 0
    while start < len(head) and (unicodedata.category(head[start]) == "Pd" or head[start].isspace()):
        start += 1
    return head[start:]


# A line that is no label: a byline or a source (本报记者 郁静娴, 来源：…; measure_phrase_words.tsv, no_label)
def _no_label_pattern() -> re.Pattern[str]:
    return re.compile(f"{_phrase_words('no_label')}|[0-9]")


_NO_LABEL: Final = _no_label_pattern()


def _label_line(view: str, q: Quantity, subjects: list[str]) -> str:
    """The label of a number standing alone on its line, as a chart's caption does: the short line
    before it (新增个人住房贷款⏎3481亿元), else the phrase the line after it opens with (80%⏎单产提升对
    粮食增产贡献率超过…)."""
    line_start = view.rfind("\n", 0, q.start) + 1
    line_end = view.find("\n", q.end)
    line_end = len(view) if line_end < 0 else line_end
    if view[line_start:q.start].strip() or view[q.end:line_end].strip():
        return ""
    before = view[view.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
    if before and len(before) <= 20 and _NO_LABEL.search(before) is None and before[-1] not in "。！？：:":
        return clean_phrase(before, subjects)
    after_end = view.find("\n", line_end + 1)
    after = view[line_end + 1:len(view) if after_end < 0 else after_end]
    clause = _CLAUSE_SPLIT.split(after, maxsplit=1)[0] if after else ""
    digit = _FIRST_NUMERAL.search(clause)
    return clean_phrase(clause[:digit.start()] if digit else clause, subjects) if clause else ""


# A point of view that opens a passage (分季度看, 从行业看, 按地区看): no measure
_VIEWPOINT: Final = re.compile(r"(?:分|从|按)[^，,。；;]{1,4}看")


def opens_with_viewpoint(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] opens with a point of view (分县市看，博乐市增长23.7%；…): the places it
    then names are parts of the whole, each with its figure."""
    while start < end and view[start].isspace():
        start += 1
    return _VIEWPOINT.match(view, start, end) is not None


# What is left of a phrase naming no measure (广东省以; measure_phrase_words.tsv, function_word)
def _function_words_pattern() -> re.Pattern[str]:
    return re.compile(f"^(?:{_phrase_words('function_word')})+$")


_FUNCTION_WORDS: Final = _function_words_pattern()


def only_function_words(phrase: str) -> bool:
    """Whether a phrase is function words alone (还, 也基本, 即便: measure_phrase_words.tsv, function_word)."""
    return _FUNCTION_WORDS.fullmatch(phrase) is not None


def names_no_measure(phrase: str, subjects: tuple[str, ...] = ()) -> bool:
    """Whether a phrase, without the subjects named in it, its points of view, times, punctuation
    and function words, is empty (一季度, 分季度看，二季度, 广东省以)."""
    rest = phrase
    for name in subjects:
        rest = rest.replace(name, "")
    rest = _VIEWPOINT.sub("", rest)
    rest = time_pattern().sub("", rest) if may_hold_time(rest) else rest
    rest = _PUNCT_RUN.sub("", rest).strip().strip("(（")  # (广东（3.3%）: a name and its bracket)
    return not rest or only_function_words(rest)


_NUMERALS: Final = frozenset(_ORDINAL)


@cache
def _share_of() -> re.Pattern[str]:
    """A measure's head followed by 占 (增加值占…的比重): where a share that list items share begins."""
    return re.compile(f"(?:{'|'.join(map(re.escape, lexicon.measure_heads()))})占")


def split_list(phrase: str, n: int) -> list[str] | None:
    """The n items of a list a phrase names (工业机器人、新能源汽车、服务器产量 → 工业机器人产量,
    新能源汽车产量, 服务器产量: a measure's head written once after the last item is every
    item's), or None when it does not name n. Items are split at 、, and the last two also at
    one 和/及/与 (批发和零售业、住宿和餐饮业 stays two items)."""
    parts = phrase.split("、")
    if n == 2 and len(parts) == 1 and "城乡" in phrase:
        # 城乡居民人均可支配收入分别增长4.7%、6.6%: the towns' and the villages'
        return [phrase.replace("城乡", "城镇", 1), phrase.replace("城乡", "农村", 1)]
    if len(parts) == n - 1:
        # the last two items are joined by the joint that stands once in them, 和 first (居住类和其他用品及服务类价格)
        joint = next((j for j in _JOINTS if parts[-1].count(j) == 1), None)
        if joint is None:
            return None
        parts = [*parts[:-1], *parts[-1].split(joint)]
    if len(parts) != n or not all(parts):
        return None
    if len(parts[0]) == 2 and parts[0][0] == "第":
        parts[0] = parts[0][1:]  # 第一、二、三产业: a 第 shared by the items (not 第一产业、第二产业…)
    if all(len(p) == 1 and p in _NUMERALS for p in parts[:-1]):
        parts = ["第" + p for p in parts]  # (第)一、二、三产业…: ordinals, 第 is every item's
    elif not parts[0]:
        return None
    others, last = parts[:-1], parts[-1]
    head = next((h for h in lexicon.measure_heads() if last.endswith(h) and len(last) > len(h)), "")
    if not head and len({len(p) for p in others}) == 1 and len(others[0]) <= 4 and len(last) > len(others[0]):
        head = last[len(others[0]):]  # 进口、出口整体通关时间: short items of one length, then what they share
    if not head and (share := _share_of().search(last)) is not None and share.start() > 0:
        head = last[share.start():]  # 高技术制造业、装备制造业增加值占规模以上工业增加值的比重
    if head and not any(p.endswith(head) for p in others) and not _amounts_of_their_own(others, head):
        parts = [p + head for p in others] + [last]
    return parts


def _amounts_of_their_own(items: list[str], head: str) -> bool:
    """Whether a head that names an amount (measure_heads.tsv, flow: 利润) is no head of listed items that
    each end in a measure's head after a word of their own (营业收入和净利润: 营业收入 is an amount beside
    净利润, not 营业收入利润; a rate, 增加值、零售总额的增速, is each item's)."""
    heads = lexicon.measure_heads()
    return head in lexicon.flow_heads() and all(any(i.endswith(h) and len(i) > len(h) for h in heads) for i in items)


def breakdown_head(indicator: str, previous: str) -> str:
    """The measure an industry named alone takes in a breakdown by industry (汽车制造业增加值增长9.1%，
    专用设备制造业增长10.6% → 专用设备制造业增加值): the head of the measure just reported
    (measure_heads.tsv), when that too was an industry's; "" otherwise."""
    if not indicator.endswith("业") or indicator == previous:
        return ""
    head = next((h for h in lexicon.measure_heads() if previous.endswith(h) and len(previous) > len(h)), "")
    if not head or head == "增速" or not previous[: -len(head)].endswith("业"):
        return ""
    return head


# A list closed by 等 and what its items are (化工、汽车制造等重点行业产值): the items, a word that ranks
# or counts them (measure_phrase_words.tsv, etc_rank; or a count: 等3个), and the measure they share
def _etc_list_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<items>[^，,。；;：:]+、[^，,。；;：:]+?)等(?:{_phrase_words('etc_rank')}|[0-9{_ORDINAL}]+个)?"
        r"(?P<head>[^、，,。；;]{2,})"
    )


_ETC_LIST: Final = _etc_list_pattern()


def etc_list(phrase: str, n: int) -> list[str] | None:
    """The n measures a list closed by 等 names (其中化工、汽车制造、电子信息等重点行业产值 → 化工行业产值,
    汽车制造行业产值, 电子信息行业产值), or None when it names another number of items."""
    found = _ETC_LIST.search(phrase)
    if found is None:
        return None
    items = found.group("items").split("、")
    items[0] = _strip_ends(items[0])
    if len(items) != n or not all(items):
        return None
    return [item + found.group("head") for item in items]


@cache
def _list_predicate() -> re.Pattern[str]:
    """The first word of what a listing clause says of its items (list_words.tsv, `predicate`)."""
    return re.compile("|".join(map(re.escape, lexicon.list_words("predicate"))))



def list_of_clause(clause: str, n: int) -> list[str] | None:
    """The n things a clause lists before the clause of 分别 and its numbers (尤其是A、B，…分别增长
    x%和y%; 由于A、B、C增长较快，…分别增长…): the items split at 、, without the words opening the
    clause or what it says of them; None when the clause lists another number of things or holds a
    number of its own."""
    if _DIGIT_OR_PERCENT.search(clause) is not None:
        return None
    items = clause.split("、")
    if len(items) != n:
        return None
    predicate = _list_predicate().search(items[-1])
    if predicate is not None:
        items[-1] = items[-1][:predicate.start()]
    opening = list_opening().match(items[0])
    if opening is not None:
        items[0] = items[0][opening.end():]
    items[0] = _strip_ends(items[0])
    if not all(0 < len(item) <= 15 for item in items):
        return None
    return items


_DIGIT_OR_PERCENT: Final = re.compile(r"[0-9%％]")

