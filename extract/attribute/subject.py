"""Subject: the region or organisation a fact is about.

Rules (named on the fact; the members of `SubjectRule`):
- subject.market_index: a stock index or market word in the figure's clause gives its market
  (上证指数跌0.4% → A股, 恒生指数 → 港股; market_indexes.tsv), before any name;
- subject.sentence_org / subject.sentence_province / subject.sentence_place / subject.sentence_country: the
  nearest organisation, province, place or foreign country (countries.tsv) named before the number in its
  sentence (a company as the sentence's actor, a city, a province, 美国), in the most explicit form the
  document gives it (a country only where it opens its clause: 出口美国, 按澳洲动力煤价格 name none); a kind
  of body or place is no name (generic_names.tsv; a kind_word inside it, 地区主流煤矿; what the number
  before it measures, 30万千瓦光伏电站);
  subject.reporter: a reporting body named there (中国人民银行发布…) stands for its country;
  subject.self_report: a company cited before 公司 (力合股份预计，公司上半年…) speaks of itself; a company
  whose forecast verb runs into what it forecasts (泛海控股预计亏损…; subject_words.tsv, own_forecast) is no
  source cited but the figure's subject; a place after a verb of where the name before it lies
  (五道沟镇地处柳河县南部; located_in) is no subject;
- subject.scope_word: 全省/我省 → the document's province, 全国/我国 → 中国, 全市 → its city;
  subject.scope_word_only_province: 全省 in a text of no province or city of its own that names one
  province only (安徽省物价局…) is that province;
  subject.scope_word_named: 全省 after a province the sentence names is that province (全市 after a
  prefecture, that city; 全县 after a county, that county);
  subject.scope_word_carried: 全省 after a city carried from before is that city's province, and 全市
  in a text about many cities the city just named;
- subject.paragraph: a subject named earlier in the paragraph (or a lead), or a scope word's place
  (全国 → 中国), goes on to a sentence that names none; not, in a place's own text (or the
  country's), an organisation named in passing (neither in the paragraph's first sentence nor in a
  heading above: 海南大学…。新设立4所高校 is 海南's); subject.route: a sentence whose only names are
  a route's ends has none;
- subject.demonstrative: 该公司, 该行 (a demonstrative of subject_words.tsv before a back reference) point
  at the company named last before them (carried as for subject.paragraph), where that is another
  body than the document's organisation; so does 公司 alone in a roundup naming three or more listed
  companies, after one of them;
- subject.document_organisation: 公司, 该行 and the like are the organisation the document is about (its
  title's, or the one listed company the first paragraph of an untitled, not national text names, or, under
  a title line naming only a results report, 2012 年度报告, the one listed company the text names anywhere);
- subject.document_city / subject.document / subject.document_national: otherwise the city a
  title names (in a text speaking of 全县, the county its head or opening names by its short name, or
  the one county it names by its full name anywhere), the province the document is about, or 中国
  for a national text; subject.none: none of these (null);
- subject.respectively: the names listed before 分别 give the listed figures theirs, one each.

Speed: the patterns run per sentence, so most use the standard `re` (cheaper per call than
`regex`). `\\p{Han}` is spelled for `re` as the exact ranges `regex` itself gives (`HAN`), so
both modules agree on every character.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from itertools import islice
from typing import Final, NamedTuple

import regex

from extract import lexicon
from extract.attribute.period import time_pattern
from extract.numbers import CN_DIGIT_CHARS, MAGNITUDE_CHARS, PLAIN_DIGIT_CHARS
from extract.patterns import (
    HAN,
    ITEM_START,
    SPACE,
    EndingWith,
    alternation,
    find_all,
    grouped_alternation,
    last_match,
    longest_first,
    top_level_branches,
    up_to_last,
)
from extract.quantities import CLAUSE_BREAK, clause_start
from extract.shortcuts import BranchScan


def _org_suffix_source() -> str:
    """The ends of an organisation's name (org_suffixes.tsv), longest first, each with what may not
    follow it, as one alternation."""
    return "|".join(re.escape(suffix) + (f"(?![{re.escape(not_before)}])" if not_before else "")
                    for suffix, not_before in lexicon.org_suffixes())


_ORG_SUFFIX: Final = _org_suffix_source()
_ORG_ENDS: Final = tuple(suffix for suffix, _ in lexicon.org_suffixes())  # (the same ends, for endswith)
# The suffixes of a place's name (place_suffixes.tsv: 省, 市, 自治州, 镇), in the file's order, and as one
# alternation
_PLACE_SUFFIXES: Final = tuple(suffix for suffix, _ in lexicon.place_suffixes())
_PLACE_SUFFIX: Final = "|".join(re.escape(suffix) for suffix in _PLACE_SUFFIXES)
_PLACE_SUFFIXES_LONGEST: Final = tuple(sorted(_PLACE_SUFFIXES, key=len, reverse=True))  # (自治州 before 州)
_STOP_BEFORE: Final = "的在和与及、，,；;。！？!?“”\"《》（）() 　\n:：对向从由把被让使将为是了着也均并"


# A generic word, not a name (generic_names.tsv): it starts with a `start` word (个…, 该…), is a
# `whole` word (公司, 全市) or ends with an `end` word (…上市公司, …返乡, …园区).
_GENERIC_PREFIXES: Final = tuple(longest_first(lexicon.generic_names("start")))
_GENERIC_EXACT: Final = frozenset(lexicon.generic_names("whole"))
_ZONE_ENDINGS: Final = tuple(longest_first(lexicon.generic_names("zone_end")))
_GENERIC_ENDINGS: Final = tuple(longest_first([*lexicon.generic_names("end"), *_ZONE_ENDINGS]))
# A kind of financial company, not one (上市系保险公司, 非上市保险公司, 寿险公司, 券商, 证券公司分公司): no name
@cache
def _financial_kind() -> re.Pattern[str]:
    """A financial trade, with a word before it that keeps it a kind (subject_words.tsv, trade_prefix: 上市系,
    中资) and what a kind of body of that trade ends with (trade_tail: 公司, 分公司), as a pattern."""
    return re.compile(
        rf"(?:{_words('trade_prefix')})?(?:{_words('financial_trade')})(?:{_words('trade_tail')})*"
    )


# A group or company named by its trade alone (教育集团, 旅游公司): a kind, not a name
@cache
def _trade_only() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('trade')})(?:集团|公司|有限公司|集团公司|集团有限公司)")


def _words(role: str) -> str:
    """The words of a role of subject_words.tsv as an alternation, in the file's order."""
    return _alternation(lexicon.subject_words(role))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, words))

_GENERIC_PLACE: Final = re.compile(
    rf"^(?:{_alternation(_GENERIC_PREFIXES)}).*|^(?:{_alternation(longest_first(_GENERIC_EXACT))})$"
    rf"|.*(?:{_alternation(_GENERIC_ENDINGS)})$"
)


def _is_generic(name: str) -> bool:
    """Whether `_GENERIC_PLACE` matches the name. Without a line break in it (`.` stops at one, `$`
    matches before a final one), its branches are a prefix, an exact word and a suffix test."""
    if "\n" in name:
        return _GENERIC_PLACE.match(name) is not None
    return name.startswith(_GENERIC_PREFIXES) or name in _GENERIC_EXACT or name.endswith(_GENERIC_ENDINGS)


def _zone_of_a_place(name: str) -> bool:
    """Whether a name that ends like a kind of zone (generic_names.tsv, zone_end: 示范区) opens with a
    province or a division of the gazetteer and at most two more characters (济源示范区): that place's zone, a
    name, where 乡村振兴示范区 is a kind."""
    ending = next((e for e in _ZONE_ENDINGS if name.endswith(e)), None)
    if ending is None:
        return False
    head = name[:-len(ending)]
    return any(head[:end] in _province_short() or head[:end] in _gazetteer_forms()
               or head[:end] in _place_short_names() for end in range(max(2, len(head) - 2), len(head) + 1))


def _a_kind_of_body(name: str) -> bool:
    """Whether an organisation's name read back from its suffix is generic (`_is_generic`), and no place's zone."""
    return _is_generic(name) and not _zone_of_a_place(name)


def _org_extension(suffixes: str) -> re.Pattern[str]:
    """More of a name up to another suffix after one (中联港 + 航集团; …(集团 + )股份有限公司)."""
    return re.compile(rf"[)）]?[{HAN}]{{0,6}}?(?:{suffixes})")


_ORG_EXTENSION: Final = _org_extension(_ORG_SUFFIX)
# Words no organisation's name holds (subject_words.tsv, `no_name`), and a number: what is before the
# last of them is no part of it. The verbs that make the name after them an object (`makes_object`:
# 建成, 收购, 出售…) too.
_ORG_VERB_NUMBER: Final = "[0-9]+"


class _OrgVerbs(NamedTuple):
    any: re.Pattern[str]  # one of the words
    after_last: re.Pattern[str]  # up to the end of the last of the non-overlapping matches (as finditer finds them)
    start_chars: re.Pattern[str]  # a character one of them starts with


def _not_into_a_legal_form(word: str) -> str:
    """What may not follow a word no name holds where its end begins an organisation's legal form (玩具 +
    有限公司 holds no 具有: org_suffixes.tsv), as a look-ahead, or ""."""
    rests = {suffix[k:] for suffix, _ in lexicon.org_suffixes() for k in range(1, len(suffix))
             if word.endswith(suffix[:k])}
    return f"(?!{alternation(rests)})" if rests else ""


@cache
def _org_verbs() -> _OrgVerbs:
    words = longest_first([*lexicon.subject_words("no_name"), *lexicon.subject_words("makes_object")])
    pattern = "|".join(re.escape(word) + _not_into_a_legal_form(word) for word in words) + "|" + _ORG_VERB_NUMBER
    # (each repetition of after_last is one leftmost search, and the loop takes as many as there are)
    return _OrgVerbs(
        re.compile(pattern),
        re.compile(rf"(?:.*?(?:{pattern}))*", re.DOTALL),
        re.compile("[0-9" + "".join(re.escape(w[0]) for w in words) + "]"),
    )


# What no name runs across: a preposition or a joint (鄂州花湖机场 + 由 + 顺丰集团 is two names;
# subject_words.tsv, name_break)
def _name_break_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.subject_words("name_break")))


_NAME_BREAK: Final = _name_break_pattern()


def _extends_a_name(more: str) -> bool:
    """Whether `more` (up to another suffix after a name: 中联港 + 航集团) continues the name."""
    return not _holds_org_verb(more) and _NAME_BREAK.search(more) is None


def _holds_org_verb(text: str) -> bool:
    """Whether the text holds one of the words no name holds, skipped where no character one starts with stands."""
    verbs = _org_verbs()
    return verbs.start_chars.search(text) is not None and verbs.any.search(text) is not None


def _after_last_verb(name: str) -> int:
    """Where the last word no name holds ends in `name`, 0 if none: a name holding no character one
    starts with holds none, and the pattern would match it empty."""
    verbs = _org_verbs()
    if verbs.start_chars.search(name) is None:
        return 0
    return verbs.after_last.match(name).end()  # type: ignore[union-attr]

class SubjectRule(StrEnum):
    """The rules that choose a fact's subject. A member's value is the name shown with the fact
    (`facts --explain`); code tests members, not names."""

    DOCUMENT = "subject.document"
    DOCUMENT_CITY = "subject.document_city"
    DOCUMENT_NATIONAL = "subject.document_national"
    DOCUMENT_ORGANISATION = "subject.document_organisation"
    NONE = "subject.none"
    PARAGRAPH = "subject.paragraph"
    DEMONSTRATIVE = "subject.demonstrative"
    REPORTER = "subject.reporter"
    ROUTE = "subject.route"
    SCOPE_WORD = "subject.scope_word"
    SCOPE_WORD_CARRIED = "subject.scope_word_carried"
    SCOPE_WORD_NAMED = "subject.scope_word_named"
    SCOPE_WORD_ONLY_PROVINCE = "subject.scope_word_only_province"
    SENTENCE_ORG = "subject.sentence_org"
    MARKET_INDEX = "subject.market_index"
    SENTENCE_PLACE = "subject.sentence_place"
    SENTENCE_PROVINCE = "subject.sentence_province"
    SENTENCE_COUNTRY = "subject.sentence_country"
    RESPECTIVELY = "subject.respectively"
    SELF_REPORT = "subject.self_report"


# The rules that take the subject an entity of the fact's own sentence names, by the entity's kind
SENTENCE_RULES: Final = {"org": SubjectRule.SENTENCE_ORG, "province": SubjectRule.SENTENCE_PROVINCE,
                         "place": SubjectRule.SENTENCE_PLACE, "country": SubjectRule.SENTENCE_COUNTRY}
NAMED_IN_SENTENCE: Final = frozenset(SENTENCE_RULES.values())



class Entity(NamedTuple):
    start: int
    end: int
    name: str
    kind: str  # org | province | place


# A verb or preposition glued before an organisation's name (subject_words.tsv, leading_prep: 据, 随着)
def _leading_prep_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(lexicon.subject_words('leading_prep'))})")


_LEADING_PREP: Final = _leading_prep_pattern()
# A word that makes what a suffix reads back as a name a kind of body or place (subject_words.tsv,
# kind_word: 主流, 现役)
_KIND_WORD: Final = re.compile(alternation(lexicon.subject_words("kind_word")))
_LEADING_DATE_CHARS: Final = "年月份日号"  # (5月份银行…: a month and its 份, then the name)
_LEADING_YEAR: Final = re.compile(r"^[0-9]*年(?:度|底|末|初)?")
_YEAR_START: Final = frozenset("0123456789年")
_HAN_CHAR: Final = re.compile(f"[{HAN}]")
_PREFECTURE: Final = re.compile(r"^(.+?[市省县])地区$")


# Where the last break character of a name ends.
_AFTER_LAST_STOP: Final = up_to_last(_STOP_BEFORE)


def _after_last_stop(name: str) -> str:
    last = _AFTER_LAST_STOP.match(name)
    return name[last.end():] if last is not None else name


def _clean_org(name: str) -> str:
    # drop a leading verb or preposition glued to the name (据贵州能矿锰业集团 → 贵州能矿锰业集团)
    prep = _LEADING_PREP.match(name)
    return name[prep.end():] if prep is not None else name


@cache
def _name_ends() -> tuple[BranchScan, tuple[str, ...]]:
    """Where a name ends: a province's, a city's or a company's name, an organisation's or a place's
    suffix, found by one scan of the alternation of `_suffix_branches` (a BranchScan: it matches as the
    flat alternation would), and the kind of name each branch ends."""
    branches = _suffix_branches()
    return BranchScan([b for b, _ in branches]), tuple(kind for _, kind in branches)


def _suffix_branches() -> list[tuple[str, str]]:
    """The branches of the names' alternation, in order, each with the kind of name it ends: each starts
    with a literal character, and they keep their order (a company named whole before its place: 贵州茅台;
    `(?:省|市|…)+` spelled as one branch per first suffix, 省(?:省|市|…)*, …)."""
    provinces = sorted({x for full, short, _ in lexicon.regions() for x in (full, short)}, key=len, reverse=True)
    # (市长, 市委, 市民, 省级, 区域, 县城区域: no place's end; 市居民, 县农民 are a place's residents; but
    # 博乐市增长23.7%: a place, then its growth)
    after_place = rf"(?![{''.join(sorted(_PLACE_WORD_NEXT))}]|[{HAN}](?:域|委|场|级|属|内|化|份))"
    # (a company named whole first: 贵州茅台 is no 贵州, unless the place's sector is meant: 江苏银行业)
    branches = [(f"{b}{_not_the_company()}", "company")
                for b in top_level_branches(grouped_alternation(list(lexicon.companies())))]
    provinces_alternation = grouped_alternation([x for x in provinces if x != "中国"])
    branches += [(b, "province") for b in top_level_branches(provinces_alternation)]
    # (whole names: 东部地区, 长三角地区; 国家统计局, whose figures are the country's)
    # (…部门 is a department, not the ministry: 文化和旅游部门所属的艺术表演团体)
    branches += [(re.escape(name), "city") for name in lexicon.areas()]
    # (not in brackets inside a name: 中石油（哈萨克斯坦）阿克纠宾公司)
    countries = grouped_alternation(list(lexicon.countries()))
    branches += [(f"{b}(?![）)])", "country") for b in top_level_branches(countries)]
    branches += [(f"{re.escape(name)}(?!门)", "city") for name in lexicon.reporters()]
    # (a prefecture by the short name the gazetteer lets stand alone, 深圳, 武汉: its 市 goes with it; or by
    # its full name where that ends in no 市: 锡林郭勒盟, 延边朝鲜族自治州, 大兴安岭地区)
    fulls = {p.name for p in lexicon.places() if p.bare and not p.name.endswith("市")}
    bare = sorted((_bare_city_names() | fulls) - set(provinces), key=len, reverse=True)
    branches += [(f"{b}(?:市{after_place})?", "city") for b in top_level_branches(grouped_alternation(bare))]
    branches += [(b, "org") for b in top_level_branches(_ORG_SUFFIX)]
    branches += [(f"{re.escape(s)}(?:{_PLACE_SUFFIX})*{after_place}", "place") for s in _PLACE_SUFFIXES]
    return branches


# The run of characters a name can hold that ends where the search ends (its start: the
# earliest position from which every character up to the end is one of them).
_ORG_NAME_RUN: Final = re.compile(rf"[{HAN}A-Za-z0-9（）()]*\Z")
_PLACE_NAME_RUN: Final = re.compile(rf"[{HAN}]*\Z")


# A candidate name: (start, end, kind, text), a plain tuple (cheaper to make than a NamedTuple).
_Raw = tuple[int, int, str, str]


# What makes a company's name the place's sector instead (江苏银行业金融机构; subject_words.tsv, sector_after)
def _not_the_company() -> str:
    return f"(?!{_words('sector_after')})"


def _raw_entities(view: str, start: int, end: int) -> list[_Raw]:
    """Candidate names found from their ends: one fast scan for suffixes, then a look back over
    the characters a name can hold (at most 16 for an organisation, 5 for a place)."""
    out: list[_Raw] = []
    floor = start
    last_floor = start  # (the floor before the last name found)
    scan, kinds = _name_ends()
    # The matches do not overlap and `floor` is the end of an earlier one: none starts before it.
    for m_start, m_end, branch in scan.finditer(view, start, end):
        kind = kinds[branch]
        if kind == "company" and _closes_a_word(view, m_start):
            continue  # 其中石油和天然气开采业: the 中 of 其中, then 石油, no 中石油
        if kind in ("province", "city", "company", "country"):
            out.append((m_start, m_end, kind, view[m_start:m_end]))
        elif kind == "org":
            b = _ORG_NAME_RUN.search(view, max(floor, m_start - 16), m_start).start()  # type: ignore[union-attr]
            if b == floor and out and out[-1][1] == b and out[-1][2] != "org":
                place_start, _, place_kind, _ = out.pop()  # 上海 + 港, 广州 + 白云国际机场: a place opening its name
                b = place_start
                if out and out[-1][1] == b and (out[-1][2] == "company" or out[-1][3] in lexicon.listed_companies()):
                    b = out.pop()[0]  # 兴业银行 + 福州 + 分行: a company's part in a place is named with it
                elif place_kind == "city" and out and out[-1][1] == b and out[-1][2] == "city":
                    b = out.pop()[0]  # 宁波 + 舟山 + 港: two cities glued before it are both its name
                elif place_kind in ("city", "country"):  # 吉利 + 贵阳 + 公司, 龙源电力 + 南非 + 公司: inside a name
                    # (not back past the 16 characters a name reaches: where the city already stands before
                    # them, the name starts with it)
                    reach = max(last_floor, min(m_start - 16, place_start))
                    b = _ORG_NAME_RUN.search(view, reach, place_start).start()  # type: ignore[union-attr]
            if m_start - b < 2:
                continue
            out.append((b, m_end, kind, view[b:m_end]))
        else:
            b = _PLACE_NAME_RUN.search(view, max(floor, m_start - 5), m_start).start()  # type: ignore[union-attr]
            if b == m_start:
                continue
            out.append((b, m_end, kind, view[b:m_end]))
        last_floor, floor = floor, m_end
    listed = _listed_in(view)
    return _with_listed(out, view, start, end, listed) if listed else out


def _closes_a_word(view: str, start: int) -> bool:
    """Whether the character at start closes a word begun before it (其 + 中: 其中石油… holds no 中石油;
    subject_words.tsv, closing_word)."""
    return start > 0 and view[start - 1:start + 1] in _WORDS_BEFORE_NAMES


_WORDS_BEFORE_NAMES: Final = frozenset(lexicon.subject_words("closing_word"))


_SHARE_CLASSES: Final = ("A", "B")  # (万科A: a letter after a company's name makes it the name of its share)


def _with_listed(found: list[_Raw], view: str, start: int, end: int, listed: frozenset[str]) -> list[_Raw]:
    """The candidate names with the listed companies of view[start:end] (listed_companies.tsv) among
    them: a listed name takes the place of a place inside it (承德 in 承德露露), not of a longer name
    holding it (立讯精密公司)."""
    spans: list[_Raw] = []
    for name in listed:
        at = view.find(name, start, end)
        while at >= 0:
            if _at_a_name_start(view, at) and view[at + len(name):at + len(name) + 1] not in _SHARE_CLASSES:
                spans.append((at, at + len(name), "company", name))
            at = view.find(name, at + len(name), end)
    if not spans:
        return found
    out = list(found)
    # (in the text's order, the longest first where two start together: taking one out of a longer name decides
    # whether the next is held by it, so the outcome must not hang on the order a set of names is read in)
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        s_start, s_end = span[0], span[1]
        if any(r[0] <= s_start and s_end <= r[1] and r[1] - r[0] > s_end - s_start
               and _NAME_BREAK.search(view, s_end, r[1]) is None for r in out):
            continue  # (held by a longer name; not by a run a break cuts after it: 光威复材在公司董事会)
        out = [r for r in out if r[1] <= s_start or s_end <= r[0]]
        out.append(span)
    return sorted(out)


def _is_results_report_title(title: str) -> bool:
    """Whether a title's line names a company's results report (2012 年度报告, 2023年半年度报告:
    results_reports.tsv)."""
    return any(name in title for name in lexicon.results_reports())


def _only_listed_company(view: str) -> str | None:
    """The one listed company a text names anywhere, if it names exactly one (a report titled only
    2012 年度报告 that says 公司 and, once, 万科权益…: 万科's)."""
    listed = _listed_in(view)
    return next(iter(listed)) if len(listed) == 1 else None


def _listed_in(view: str) -> frozenset[str]:
    """The listed companies a text names where a name can start (`_at_a_name_start`): looked up once per
    document (a phrase read on its own is scanned again, which costs less than keeping it)."""
    return _scan_listed(view) if len(view) < _SHORT_TEXT else _listed_in_document(view)


_SHORT_TEXT: Final = 200


@lru_cache(maxsize=2)  # (the document being read, and at most one more: a large one is not kept long)
def _listed_in_document(view: str) -> frozenset[str]:
    return _scan_listed(view)


def _scan_listed(view: str) -> frozenset[str]:
    """The listed companies of `_listed_in`, from the characters that open a name and the two that begin
    one."""
    firsts, beginnings, lengths = _listed_index()
    names = lexicon.listed_companies()
    found = set()
    for m in firsts.finditer(view):  # (each where a name can start: `_at_a_name_start`)
        at = m.start()
        if view[at:at + 2] in beginnings:
            for length in lengths:
                if view[at:at + length] in names:
                    found.add(view[at:at + length])
                    break
    return frozenset(found)


@cache
def _listed_index() -> tuple[re.Pattern[str], frozenset[str], tuple[int, ...]]:
    names = lexicon.listed_companies()
    # (a character that opens a name, before one that can follow it there, after a character that is no
    # Han or one of _BEFORE_A_NAME, or at the start: the class first, which `re` scans for fastest)
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    second = "".join(sorted({re.escape(n[1]) for n in names if len(n) > 1}))
    firsts = re.compile(rf"[{first}](?=[{second}])"
                        rf"(?:(?<=[^{HAN}].)|(?<=[{re.escape(_BEFORE_A_NAME)}].)|(?<=^.))")
    return firsts, frozenset(n[:2] for n in names), tuple(sorted({len(n) for n in names}, reverse=True))


def _at_a_name_start(view: str, pos: int) -> bool:
    """Whether a listed company's short name (listed_companies.tsv) can start at pos: after a character
    that is no Han or ends a word before a name (的, 和, 、; 其中 + 报喜鸟), not inside a word (我国新能源)."""
    if pos == 0:
        return True
    before = view[pos - 1]
    return before in _BEFORE_A_NAME or _HAN_CHAR.match(before) is None


_BEFORE_A_NAME: Final = _STOP_BEFORE + "".join(lexicon.subject_words("before_name"))


def entities(view: str, start: int, end: int) -> list[Entity]:
    """The names of view[start:end]: provinces, cities and places, organisations and companies, each
    read back from where it ends (`_raw_entities`) and kept only if it is a name."""
    out: list[Entity] = []
    last_end = -1
    for m_start, m_end, kind, name in _raw_entities(view, start, end):
        adjacent = m_start == last_end
        last_end = m_end
        if m_start > 0 and view[m_start - 1] == "除" and _EXCEPT_END.match(view, m_end):
            continue  # 我国除台湾省外: the place left out, not the one the figures are of
        found: Entity | None
        if kind in ("company", "org"):
            found, last_end = _organisation(view, m_start, m_end, end, kind, name)
        elif kind == "place":
            found = _place(view, m_start, m_end, name, adjacent)
        else:
            found = _region(view, m_start, m_end, kind, name)
        if found is not None and not _left_out(view, found.end - len(found.name), found.name):
            # (全省（不含深圳）, 快递业务量（不包含邮政集团包裹业务）: a name left out of the figures)
            out.append(found)
            if found.kind == "province":
                county = _place_after_its_province(view, found, province_short_name(found.name))
                if county is not None:
                    out.append(county)  # 湖南邵东打火机产业…: the county, named with its province
    return out


def _place_after_its_province(view: str, province: Entity, short: str) -> Entity | None:
    """A division of a province named by its short name right after it (湖南邵东, 河北武安), which alone the
    gazetteer does not let stand for it: the longest, named with its province as written (the most
    explicit form)."""
    found = _short_names_in(short).match(view, province.end)
    if found is None:
        return None
    return Entity(province.start, found.end(), province.name + found.group(), "place")


@cache
def _short_names_in(province: str) -> re.Pattern[str]:
    """The short names (two characters at least, no province's: 海南 of 海南藏族自治州) of the gazetteer's
    divisions of a province, as one pattern, longest first."""
    names = {p.short for p in lexicon.places() if p.province == province and len(p.short) >= 2}
    return re.compile(alternation(names - set(_province_short())) or "(?!)")


def _organisation(view: str, m_start: int, m_end: int, end: int, kind: str, name: str) -> tuple[Entity | None, int]:
    """An organisation named: a company of companies.tsv whole, one read back from its suffix cleaned of
    what is no part of it (`_cleaned_organisation`); and where its name ends, with the longest
    extension it takes (江苏银行 + 股份有限公司, 中联港 + 航集团)."""
    name_end = m_end
    more = _ORG_EXTENSION.match(view, m_end)
    if more and more.end() <= end and _extends_a_name(more.group()):
        name += more.group()
        name_end = more.end()
    if kind == "company":
        if _speaker_role().match(view, name_end):
            return None, name_end  # (光大证券首席分析师…表示: where a commentator works, as below)
        return Entity(m_start, name_end, name, "org"), name_end
    return _cleaned_organisation(view, m_start, name_end, name), name_end


@cache
def _graded() -> re.Pattern[str]:
    """A grade inside a name (subject_words.tsv, grade: 国家级, 卓越级; or a numeral's: 三级, 5A级; and 以上:
    二级以上): the name is a kind of body."""
    return re.compile(rf"(?:{_words('grade')}|[{CN_DIGIT_CHARS}十0-9A]+)级|级以上")


def _cleaned_organisation(view: str, m_start: int, name_end: int, name: str) -> Entity | None:
    """The organisation's name without the words glued before it (a verb, a preposition, a time), or
    None when what remains is no name: generic, a kind counted, withheld, or a commentator's employer."""
    name = _clean_org(name)
    if _EDITION in name:
        name = _edition_named(view, name_end, name)
    if name and name[0] in _YEAR_START:
        name = _LEADING_YEAR.sub("", name)  # 2010年公司…, 2022年度跨国公司: a time, then the name
    if name and name[0] in _LEADING_DATE_CHARS and view[name_end - len(name) - 1:name_end - len(name)].isdigit():
        name = name.lstrip(_LEADING_DATE_CHARS)  # 1—10月全省港口: a date's 月 (but 日照港集团 after no digit)
    if _a_kind_of_body(name):
        return None
    # keep the name from its last break character on (a short bracket inside it, 内蒙古蒙草生态环境
    # (集团)股份有限公司, is part of it)
    inner = _INNER_BRACKET.search(name)
    head = _after_last_stop(name[:inner.start()]) if inner is not None else ""
    name = head + name[inner.start():] if inner is not None and head else _after_last_stop(name)
    name = _clean_org(name[_after_last_verb(name):])  # (主要 + 因 + 部分公司: the preposition after the verb)
    if name.startswith(_EDITION):
        name = _edition_named(view, name_end, name)  # (第136届广交会: its number, no verb's object)
    if name and name[0] in _LEADING_DATE_CHARS and view[name_end - len(name) - 1:name_end - len(name)].isdigit():
        # 截至2021年底公司的…, 2011年4月1日公司…: a time's end, then 公司
        name = _LEADING_YEAR.sub("", name) if name[0] == "年" else name.lstrip(_LEADING_DATE_CHARS)
    # a count or a measure is no name: what follows 14家, 四家 is the counted thing (14家公司, 四家子公司), what
    # follows a number and its unit the measured one (30万千瓦光伏电站, 3.5万艘次船舶进出港)
    name_start = name_end - len(name)
    if _last_count(view, max(0, name_start - 1), name_end) > name_start \
            or _measured_after_number(view, name_start, name):
        # (4个铁路局集团公司: a kind counted, not a name; 广州一家百货公司: the place that opens it)
        return _place_before_count(view, m_start, name_end)
    if len(name) < 3 or _a_kind_of_body(name) or _trade_only().fullmatch(name) is not None \
            or _WITHHELD.search(name) or _financial_kind().fullmatch(name) is not None:
        return None  # (某高校, 某公司: a name withheld is none; 上市系保险公司: a kind)
    if _graded().search(name) is not None:
        return None  # 卓越级智能工厂, 二级以上公立医院: a grade names a kind of body, not one
    if _COUNTED_AFTER.match(view, name_end) and view[name_start - 1:name_start] != "、":
        return None  # 公立医院52个, 民营医院121个: a kind counted right after it (not the last of a list)
    if _speaker_role().match(view, name_end):
        return None  # 民生银行首席经济学家温彬认为…: where a commentator works, not what the figures are of
    if _KIND_WORD.search(name) is not None:
        return None  # 地区主流煤矿, 现役燃煤电厂, 新三板挂牌公司: a kind of body
    return Entity(m_start, name_end, name, "org")


_EDITION: Final = "届"
_EDITION_NUMBER: Final = regex.compile(rf"第[0-9{CN_DIGIT_CHARS}十百]+\Z")


def _edition_named(view: str, name_end: int, name: str) -> str:
    """An event's name read from its edition (第136届广交会, 本届广交会): with its number where 第N stands
    before 届 (第136届广交会), else what follows 届 (本届 is this edition, no part of the name: 广交会)."""
    edition = name_end - len(name) + name.rindex(_EDITION)
    number = _EDITION_NUMBER.search(view, max(0, edition - 6), edition)
    return view[number.start():name_end] if number is not None else view[edition + len(_EDITION):name_end]


def _measured_after_number(view: str, name_start: int, name: str) -> bool:
    """Whether the name starts with a unit (units.tsv, a magnitude before it) right after a number: it is
    what the number measures or counts (30万千瓦光伏电站, 第45周猪肉批发市场)."""
    if name_start == 0 or view[name_start - 1] not in _NUMERAL_CHARS:
        return False
    unit = _UNIT_OPENING.match(name)
    return unit is not None and unit.end() < len(name)


def _place(view: str, m_start: int, m_end: int, name: str, adjacent: bool) -> Entity | None:
    """A place read back from its suffix, or None: a division the gazetteer does not know (园区进行分区,
    有关县), a phrase the suffix ends inside (建立省市县三级…), a generic or scope word."""
    name = name[_after_last_verb(name):].lstrip(_LEADING_DATE_CHARS)
    if len(name) < 2 or _is_generic(name) or _counted(view, m_end - len(name), name):
        return None
    if name.endswith(_GAZETTEER_SUFFIXES):
        known = _known_place(name)
        return Entity(m_end - len(known), m_end, known, "place") if known is not None else None
    kind = "province" if name in _province_short() else "place"
    if not adjacent and m_start > 0:
        before = view[m_start - 1]
        if before not in _STOP_BEFORE and _HAN_CHAR.match(before):
            return None  # inside a longer phrase (建立省市县三级…): not a place name
    if "地区" in name:
        prefecture = _PREFECTURE.match(name)
        if prefecture:
            name = prefecture.group(1)  # 深圳市地区生产总值: the city, not a 地区
    name = _after_last_stop(name)
    if len(name) < 2 or _is_generic(name) or _scope_re().search(name) or _KIND_WORD.search(name) is not None:
        return None  # (…, 大型现代化港区: a kind of place)
    if kind == "place" and _stem_length(name) < 2 and name not in _place_short_names():
        return None  # (含村卫生室: a town's or a village's name has two characters before its suffix at least,
        # unless the gazetteer holds it as a division's short name: 清镇 of 清镇市)
    return Entity(m_start, m_end, name, kind)


def _stem_length(name: str) -> int:
    """The length of a place's name before its suffix, the longest it ends with (西门村: 2; 昌吉回族自治州: 4)."""
    return len(name) - next((len(suffix) for suffix in _PLACE_SUFFIXES_LONGEST if name.endswith(suffix)), 0)


def _counted(view: str, start: int, name: str) -> bool:
    """Whether a name read back from a place's suffix is a number's magnitude or measure word and the
    kind counted (54.2万个行政村, 3个县): no place."""
    return start > 0 and view[start - 1].isdigit() and (
        name[0] in MAGNITUDE_CHARS or name[0] in lexicon.measure_words())


def _region(view: str, m_start: int, m_end: int, kind: str, name: str) -> Entity | None:
    """A city of the gazetteer (a place, whole wherever it stands), a foreign country where it stands alone
    opening its clause, or a province, unless generic or the start of a newspaper's name (据上海证券报,
    贵州日报报道)."""
    if kind == "city":
        return Entity(m_start, m_end, name, "place")
    if kind == "country":
        # (美国7月CPI同比升2.9%, 2022年，德国经济…: a country opening its clause, maybe after its time, is who the
        # figures are of; inside a clause it qualifies what is measured: 澳洲BJ动力煤, 日本采购商, 在马来西亚采购)
        # (美国 + 市场占比, 俄罗斯 + 段管线; 美国 + 西屋公司: part of what is measured, or of a name)
        alone = _country_part().match(view, m_end) is None and _NAME_TAIL.match(view, m_end) is None
        return Entity(m_start, m_end, name, "country") if alone and _opens_its_clause(view, m_start) else None
    if _is_generic(name) or (kind == "province" and _newspaper().match(view, m_end)):
        return None
    return Entity(m_start, m_end, name, kind)


# A word right after a country that makes it part of what is measured (美国 + 市场; subject_words.tsv, country_part)
@cache
def _country_part() -> re.Pattern[str]:
    return re.compile(_words("country_part"))


def _opens_its_clause(view: str, start: int) -> bool:
    """Whether the country at `start` opens its clause, or follows only the clause's time there (2024年美国…), or
    other countries listed before it that do (法国、英国、德国投资分别增长…)."""
    begin = clause_start(view, start)
    listed_before = _countries_listed().search(view, begin, start)
    return _only_time_before(view, begin, listed_before.start() if listed_before is not None else start)


def _only_time_before(view: str, begin: int, start: int) -> bool:
    """Whether view[begin:start], from a clause's start to a name, is empty or the clause's time alone
    (white space around either aside: 2017年， 全球…, as a PDF's text is spaced), after the number of a
    digest's item that the clause opens (3、日本上周…)."""
    item = ITEM_START.match(view, begin, start)
    text = view[item.end() if item is not None else begin:start].strip()
    return not text or time_pattern().fullmatch(text) is not None


@cache
def _countries_listed() -> re.Pattern[str]:
    """Countries, each followed by a list mark or joint (法国、英国、), ending where the search ends."""
    joints = alternation(sorted(_LIST_JOINS, key=len, reverse=True))
    return re.compile(rf"(?:(?:{alternation(lexicon.countries())})(?:{joints}))+$")


# A short bracket inside an organisation's name, before its suffix (…环境(集团)股份有限公司)
_INNER_BRACKET: Final = regex.compile(r"[（(]\p{Han}{1,4}[）)](?=\p{Han})")


def _counted_after_pattern() -> regex.Pattern[str]:
    """A count right after a name (公立医院52个), or after the quote closing it (全球“灯塔工厂”3家): the name
    is the kind counted (its measure words: subject_words.tsv, counted_after: 个, 家, 所)."""
    return regex.compile(rf"[\p{{Pf}}\p{{Pe}}]?[0-9][0-9,.]*(?:{_words('counted_after')})")


_COUNTED_AFTER: Final = _counted_after_pattern()


# The end of an exception (除台湾省外, 除上海以外)
_EXCEPT_END: Final = re.compile(r"[以之]?外")
# A word before a name that leaves it out of the figures (subject_words.tsv, excluding: 不含, 不包括)
_EXCLUDING: Final = tuple(lexicon.subject_words("excluding"))


def _left_out(view: str, start: int, name: str) -> bool:
    """Whether a name found at `start` (read back from its end, so perhaps with the word before it) is
    one the figures leave out: right after an `excluding` word, or opening with one."""
    return name.startswith(_EXCLUDING) or any(view.startswith(w, start - len(w), start) for w in _EXCLUDING)


# The rest of a newspaper's name after the place that opens it (上海 + 证券报, 贵州 + 日报)
@cache
def _newspaper() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{0,3}}?(?:{_words('newspaper')})")


# A commentator's role after the body they work for (首席经济学家, 宏观分析师, 研究员, …团队)
@cache
def _speaker_role() -> regex.Pattern[str]:
    return regex.compile(
        rf"\p{{Han}}{{0,8}}?(?:{_words('commentator')}|(?<=\p{{Han}}{{2}})团队(?:认为|表示|指出|预计))"
        # (…研究所(下称南方所)所长林建宁指出: an alias in brackets, a head's title, a name, what they said)
        rf"|(?:[（(][^（()）]{{1,12}}[)）])?(?:{_words('head_title')})"
        rf"\p{{Han}}{{2,4}}?(?:{_words('said')})"
    )
# A name withheld (某高校, 山东某公司); 某某 stands for a name left out of an example
_WITHHELD: Final = re.compile(r"(?<!某)某(?!某)")


def _count_pattern() -> re.Pattern[str]:
    """A number and its measure word (14家, 四家, 50多所): what follows is counted, not named (the measure
    words: subject_words.tsv, count: 家, 个, 所)."""
    return re.compile(rf"[0-9零〇一二两三四五六七八九十百千万][多余]?(?:{_words('count')})")


_COUNT: Final = _count_pattern()


def _place_before_count(view: str, name_start: int, name_end: int) -> Entity | None:
    """A province or a division of the gazetteer right before the first count of a kind counted
    (广州一家百货公司, 江苏3家银行): the place the figures are of; else None."""
    count = _COUNT.search(view, name_start, name_end)
    if count is None:
        return None
    at = count.start()
    while at > name_start and view[at - 1] in _NUMERAL_CHARS:
        at -= 1  # (the whole number: 12家)
    head = view[name_start:at]
    province = next((p for p in _province_short() if head.endswith(p)), None)
    found = Entity(at - len(province), at, province, "province") if province is not None else None
    place = _known_place(head) if found is None else None
    if place is not None:
        found = Entity(at - len(place), at, place, "place")
    if found is None or listed(view, found.start, found.end):
        return None  # (太原、北京4个铁路局集团公司: the last of a list is an example, not the subject)
    return found


_NUMERAL_CHARS: Final = frozenset("0123456789" + CN_DIGIT_CHARS + MAGNITUDE_CHARS)
# A unit opening a text, a magnitude before it (万千瓦, 亿千瓦时, MW, 艘次)
_UNIT_OPENING: Final = re.compile(rf"[{MAGNITUDE_CHARS}]*(?:{alternation(lexicon.units())})")


def _last_count(view: str, start: int, end: int) -> int:
    """Where the last count in view[start:end] ends, or `start` if there is none."""
    found = start
    for m in _COUNT.finditer(view, start, end):
        found = m.end()
    return found


# Suffixes of the divisions the gazetteer lists: a place written with one of them must be one of
# them (a town, 镇/乡/村, is not listed: for those the look-back alone decides; place_suffixes.tsv, gazetteer)
_GAZETTEER_SUFFIXES: Final = tuple(suffix for suffix, gazetteer in lexicon.place_suffixes() if gazetteer)


@cache
def _gazetteer_forms() -> frozenset[str]:
    """The ways a division is written with a suffix: its full name, and its short name with the
    full name's last character (黔南州 for 黔南布依族苗族自治州; 清镇市)."""
    out: set[str] = {full for full, _, level in lexicon.regions() if level == "province"}
    for place in lexicon.places():
        out.add(place.name)
        if len(place.short) >= 2:
            out.add(place.short + place.name[-1])
    out.update(_county_forms())  # (counties become cities or districts: 神木县 → 神木市, 清苑县 → 清苑区)
    return frozenset(out)


@cache
def _place_short_names() -> frozenset[str]:
    """The short names of the gazetteer's divisions (清镇 of 清镇市, 遵义 of 遵义市)."""
    return frozenset(p.short for p in lexicon.places() if p.short)


@cache
def _gazetteer_shorts() -> frozenset[str]:
    """Short names that end like a full one (广州, 杭州 of 广州市, 杭州市)."""
    return frozenset(p.short for p in lexicon.places() if p.short.endswith(_GAZETTEER_SUFFIXES))


def _known_place(name: str) -> str | None:
    """The longest end of `name` that is a division of the gazetteer written with its suffix
    (受益于遵义市 → 遵义市) or by a short name that ends like one (上半年广州 → 广州), or None."""
    forms, shorts = _gazetteer_forms(), _gazetteer_shorts()
    for i in range(len(name) - 1):  # (the longest first)
        if name[i:] in forms or name[i:] in shorts:
            return name[i:]
    return None


@cache
def _province_short() -> dict[str, str]:
    out = {}
    for full, short, _ in lexicon.regions():
        out[full] = short
        out[short] = short
    return out


@cache
@cache
def country_name() -> str:
    """The country's short name (regions.tsv, level country: 中国), the subject of a national figure."""
    return next(short for _full, short, level in lexicon.regions() if level == "country")


def province_short_name(name: str) -> str:
    """A province's short name (山东省 → 山东); any other name as it is."""
    return _province_short().get(name, name)


@cache
def province_names() -> frozenset[str]:
    """The provinces' names as subjects, full and short (the country's not among them)."""
    return frozenset(n for full, short, level in lexicon.regions() if level == "province" for n in (full, short))


# (plain alternations of words: `re` skips to their first characters by itself, and a lookahead
# in front would keep it from doing so)
@cache
def _national_title() -> re.Pattern[str]:
    """A title of a text about the whole country: one naming it, or a body publishing its figures."""
    bodies = [name for name, subject in lexicon.reporters().items() if subject == "中国"]
    return re.compile("|".join(["国务院", "全国", "中国", "国家", *map(re.escape, bodies)]))


@cache
def _national() -> re.Pattern[str]:
    """Words of a text about the whole country (national_words.tsv: 全国, 我国, 广义货币) and the
    bodies publishing its figures (reporters.tsv)."""
    bodies = [name for name, subject in lexicon.reporters().items() if subject == "中国"]
    return re.compile("|".join(map(re.escape, [*lexicon.national_words(), *bodies])))
# Where a story was filed, not what it is about: a dateline (新华社北京10月20日电) or a byline
# (记者  王红茹丨北京报道)
_AGENCIES: Final = alternation(lexicon.subject_words("agency"))  # (who files a story from a city: 新华社)
FILED: Final = regex.compile(
    rf"(?:{_AGENCIES}|记者)\p{{Han}}{{0,4}}?\p{{Han}}{{2,4}}[0-9]{{1,2}}月[0-9]{{1,2}}日(?:电|讯)"
    r"|记者[^\n。，,]{0,12}?[丨|｜ 　]\p{Han}{2,4}报道"
)
_DATELINE_CITY: Final = regex.compile(
    rf"(?:{_AGENCIES})(?P<city>\p{{Han}}{{2,3}}?)[0-9]{{1,2}}月[0-9]{{1,2}}日(?:电|讯)"
)


@cache
def _province_pattern() -> re.Pattern[str]:
    # a plain alternation of names: the standard `re` scans it three times faster than `regex`
    return re.compile(grouped_alternation([n for n in sorted(_province_short(), key=len, reverse=True) if n != "中国"]))


@dataclass
class DocumentRegion:
    province: str | None
    city: str | None
    organisation: str | None = None
    city_is_title: bool = False  # the document is a city's own (苏州市2024年…公报; 柳河…。…我县…)
    province_is_dateline: bool = False  # known only from 新华社南昌…电: it resolves 全省, no more
    national: bool = False  # the text speaks of 全国/我国: with no region of its own, it is about 中国
    # the one province a text of no province of its own names (as an agency's, 安徽省物价局…): its 全省
    only_province: str | None = None
    # (full name, short form) of the companies the text names with their short form in brackets
    aliases: tuple[tuple[str, str], ...] = ()
    # (short form, listed name) of the listed companies the text also names without the word the press drops
    # (保利 for 保利发展): those names stand for the listed one
    listed_forms: tuple[tuple[str, str], ...] = ()


def title_span(view: str) -> tuple[int, int]:
    """The span of the document's head: its first short lines (at most three, up to the first
    long one), where a title, an issuer and a dateline stand."""
    start = 0
    first, last = -1, -1
    lines = 0
    size = len(view)
    while start < size and lines < 3:
        end = view.find("\n", start)
        end = size if end < 0 else end
        line = view[start:end].strip()
        if line:
            if len(line) > 60:
                break
            if first < 0:
                first = start
            last = end
            lines += 1
        start = end + 1
    return (first, last) if first >= 0 else (0, 0)


def _province_counts(view: str, dateline: regex.Match[str] | None) -> tuple[Counter[str], Counter[str]]:
    """How often each province is named in the view, outside the dateline (新华社南昌…电): in all,
    and other than as one of a list (西安、太原、北京: an example)."""
    short = _province_short()
    # (counted in the order first met: most_common breaks ties by that order)
    counts: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    d_start, d_end = dateline.span() if dateline is not None else (-1, -1)
    for m in _province_pattern().finditer(view):
        if not d_start <= m.start() < d_end:
            name = short[m.group()]
            counts[name] += 1
            if not listed(view, m.start(), m.end()) and _route_after().match(view, m.end()) is None \
                    and _route_before().before(view, m.start()) is None \
                    and _NAME_TAIL.match(view, m.end()) is None:
                alone[name] += 1  # (nor an end of a route, 北京-成都, nor the start of a name, 上海航运交易所)
    return counts, alone


def _is_national(view: str) -> bool:
    """Whether the text speaks of the whole country (全国, 我国) twice or more (the second mention
    found ends the scan)."""
    return next(islice(_national().finditer(view), 1, None), None) is not None


def _national_count(view: str) -> int:
    """How often the text speaks of the whole country (全国, 我国, 国家统计局)."""
    return sum(1 for _ in _national().finditer(view))


def _one_of_many(counts: Counter[str], province: str) -> bool:
    """Whether a text names many provinces (six or more; `counts`, its mentions of each), the one
    its title names among them but in less than a fifth of the mentions: a story about many
    places, the title's one of them."""
    return len(counts) >= 6 and counts.get(province, 0) < 0.2 * sum(counts.values())


def document_region(view: str) -> DocumentRegion:
    """The province (and city, organisation) the document is about, if one clearly dominates.

    A title naming a place or an organisation decides (江西省2024年…统计公报, 华信电气股份有限公司
    2025年半年度报告); otherwise the province named most, if it has most of the mentions.
    """
    dateline = _DATELINE_CITY.search(view, 0, min(len(view), 3000))
    t_start, t_end = title_span(view)
    province, city, organisation = _title_names(view, t_start, t_end)
    province, named_alone = _dominant_province(view, t_start, t_end, province, dateline)
    title_city = city is not None
    if city is None and dateline:
        city = dateline.group("city")
    opening_city = _opening_city(view, t_end) if city is None else None
    if organisation is None:
        organisation = _opening_organisation(view, t_end)
    if organisation is None and t_end > t_start and _BACK_REFERENCE.search(view, t_start, min(len(view), 2000)):
        organisation = _title_company(view, t_start, t_end)
    if organisation is None and city is None and ((province is None and not _is_national(view))
                                                  or _opens_with_company(view, t_end)):
        organisation = _opening_company(view, t_end)
    if organisation is None:
        organisation = _opening_named_company(view, t_end)
    if organisation is None and city is None and _is_results_report_title(view[t_start:t_end].partition("\n")[0]):
        organisation = _only_listed_company(view)  # (2012 年度报告⏎…公司…万科权益…: the report is 万科's)
    if organisation is not None and _digest_head().search(view, 0, max(0, view.find("\n"))) is not None:
        organisation = None  # (陆家嘴财经早餐…⏎3、小米集团…: a digest's first item, not the text's company)
    if organisation is not None:
        organisation = _fullest_form(view, organisation)
    from_dateline = province is None and not title_city and city is not None
    if province is None and city:
        province = _province_of_city(city)
    aliases = company_aliases(view)
    if aliases and t_end > t_start:
        organisation, province = _aliased_organisation(view[t_start:t_end], organisation, province, aliases)
    if city is None:
        city = opening_city  # (for 全市/全县 alone: not the document's place as a title would make it)
    if city is None and _speaks_as_a_county(view):
        county = _county_by_short_name(view, t_start, t_end, province)
        if county is None:
            county = _one_county_named(view, province)  # (柳河县三源浦镇…: by its full name in the text)
        if county is not None:
            city = county.name  # (the county's own text, as a title naming it would make it)
            province = province or county.province
            title_city = True
    only_province = None
    if province is None and city is None:
        if named_alone is None:
            named_alone = _province_counts(view, dateline)[1]  # (alone: not one of a list, nor a name's start)
        only_province = next(iter(named_alone)) if len(named_alone) == 1 else None
    return DocumentRegion(province, city, organisation, city_is_title=title_city,
                          province_is_dateline=from_dateline and province is not None, national=_is_national(view),
                          only_province=only_province, aliases=aliases,
                          listed_forms=tuple(_listed_short_forms(view)))


def _fullest_form(view: str, name: str) -> str:
    """A company named by a short name with no suffix (苹果), as the text also writes it with the
    plain suffix 公司 (苹果公司昨天发布…财报), or as a notice's head gives it in full (证券简称:蒙草生态 ⏎
    内蒙古蒙草生态环境(集团)股份有限公司): that more explicit form. A name with a suffix of its own
    (江苏银行, 中远集团) stays as written, not made its legal name."""
    if name.endswith(_ORG_ENDS):
        return name
    head = 0
    for _ in range(_HEAD_LINES):  # (a notice's head: its code and short name, then its full name)
        line_end = view.find("\n", head)
        line_end = len(view) if line_end < 0 else line_end
        if line_end - head > _HEAD_LINE_CHARS:
            break  # (a paragraph: the head has ended)
        head = line_end + 1
    legal = next((e.name for e in entities(view, 0, head) if e.kind == "org" and name in e.name
                  and e.name != name and e.name.endswith(_COMPANY)), None)
    if legal is not None:
        return legal  # 证券简称:蒙草生态 ⏎ 内蒙古蒙草生态环境(集团)股份有限公司: the name the notice gives in full
    return name + _COMPANY if name + _COMPANY in view else name


_COMPANY: Final = "公司"
_HEAD_LINES: Final = 3
_HEAD_LINE_CHARS: Final = 40


# A line of the head saying who published, wrote or edited the text (发布人：腾讯网; subject_words.tsv, byline)
def _byline_pattern() -> re.Pattern[str]:
    return re.compile(rf"[{SPACE}　\-—]*(?:{_words('byline')})[{SPACE}　]*[:：]")


_BYLINE: Final = _byline_pattern()


_TOWN_ENDS: Final = lexicon.town_suffixes()


def _opens_a_line(view: str, e: Entity) -> bool:
    """Whether a name opens a line (红石镇 ⏎ 一、基本情况: the title of a town's own text)."""
    start = e.end - len(e.name)
    return start == 0 or view[start - 1] == "\n"


def _title_names(view: str, t_start: int, t_end: int) -> tuple[str | None, str | None, str | None]:
    """The province, city and organisation the head names first (not where its story was filed, nor
    a listed city, a reporting body, an object or a source cited)."""
    province = city = organisation = None
    if t_end <= t_start:
        return None, None, None
    filed = FILED.search(view, t_start, t_end)
    for e in entities(view, t_start, t_end):
        if filed is not None and filed.start() <= e.start < filed.end():
            continue  # 记者 王红茹丨北京报道: where the story was filed
        if _BYLINE.match(view, view.rfind("\n", 0, e.start) + 1):
            continue  # 发布人：腾讯网: who published the text, not what it is about
        if e.kind == "province" and province is None:
            province = _province_short().get(e.name, e.name)
        elif e.kind == "place" and city is None and (e.name.endswith(("市", "州", "县", "区", "旗", "盟"))
                                                     or (e.name.endswith(_TOWN_ENDS) and _opens_a_line(view, e))) \
                and not listed(view, e.start, e.end) and e.name not in lexicon.areas():
            # (not an area, a part of the whole: 中西部地区同比均创下超40%高增速; a town's name opening a line of the
            # head, 红石镇: the town's own text, whose 全镇 it is)
            city = e.name
        elif e.kind == "org" and organisation is None and e.name not in lexicon.reporters() \
                and not an_object(view, e.end - len(e.name)) and not cited_in_sentence(view, e):
            organisation = e.name
    if city is None:
        city = _title_city(view, t_start, t_end)
    return province, city, organisation


def _dominant_province(view: str, t_start: int, t_end: int, province: str | None,
                       dateline: regex.Match[str] | None) -> tuple[str | None, Counter[str] | None]:
    """The title's province unless the text names many and it is one example among them; else 中国
    for a national title; else the province the whole text names most, if it dominates. And the
    provinces the text names alone, where it was read for them (else None)."""
    scan: tuple[Counter[str], Counter[str]] | None = None  # (the whole text's provinces, read once)
    if province is not None and province != "中国":
        scan = _province_counts(view, dateline)
        if _one_of_many(scan[0], province):
            province = None  # 解码一季度GDP：江西领跑全国 over a story of 28 provinces: one example, not its place
    if province is None and t_end > t_start and _national_title().search(view, t_start, t_end):
        province = "中国"
    if province is None:
        # (a scan of the whole text, made only when the title does not decide)
        counts, alone = scan if scan is not None else _province_counts(view, dateline)
        if alone:
            top, n = alone.most_common(1)[0]
            # named often, most of the time; or the only province a text not about the country names
            if (n >= 3 and n >= 0.6 * sum(counts.values()) and n > _national_count(view)) \
                    or (len(counts) == 1 and not _is_national(view)):
                province = top
        return province, alone
    return province, scan[1] if scan is not None else None


def _province_of_city(city: str) -> str | None:
    """The province of a city the document is about (a municipality is its own, 重庆市 → 重庆)."""
    short = _province_short()
    if city in short:
        return short[city]
    if city.rstrip("市") in short:
        return short[city.rstrip("市")]
    return lexicon.cities().get(city.rstrip("市"))


def _aliased_organisation(head: str, organisation: str | None, province: str | None,
                          aliases: tuple[tuple[str, str], ...]) -> tuple[str | None, str | None]:
    """The organisation by the short form the text gives it, when the head uses that form or the
    organisation is its full name (中国南车500亿动车订单未完工 … 中国南车股份有限公司(中国南车)); the
    province, unless it was only the 中国 of that name."""
    for full_name, short_form in aliases:
        if organisation in (None, full_name) and (short_form in head or organisation == full_name):
            if province == "中国" and short_form.startswith("中国"):
                province = None  # (the 中国 of the company's name)
            return short_form, province
    return organisation, province


# A short form in brackets right after a name (中国南车股份有限公司(中国南车), …（以下简称“华信电气”）; the words
# introducing it: subject_words.tsv, short_form)
def _short_form_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"[（(](?:{_words('short_form')})?[“\"「]?(?P<short>[\p{{Han}}A-Za-z]{{2,8}})[”\"」]?[）)]")


_SHORT_FORM: Final = _short_form_pattern()


# A stock code in brackets (（300109）, (601919.SH)) after a listed company's name (新开源, *ST远洋): the
# name is the run of name characters before it, from the start of its line or after punctuation
_STOCK_CODE: Final = re.compile(r"[（(][0-9]{6}(?:\.S[HZ])?[）)]")
_CODED_NAME: Final = regex.compile(r"(?:^|(?<=[\s，,。；;：:、“”\"]))[\p{Han}A-Za-z*]{2,8}\Z", regex.M)


def company_aliases(view: str) -> tuple[tuple[str, str], ...]:
    """The companies a text names with a short form of their own in brackets after their full name:
    (full name, short form), the short form's characters standing in the full name in order; and
    the listed companies it names with their stock code (新开源（300109）): (name, name)."""
    out: list[tuple[str, str]] = []
    if "（" in view or "(" in view:
        for code in _STOCK_CODE.finditer(view):
            coded = _CODED_NAME.search(view, max(0, code.start() - 8), code.start())
            if coded is None:
                continue
            name = coded.group()
            cut = _after_last_verb(name)  # (增持新开源（300109）: the company after the verb; but
            if len(name) - cut >= 2:  # 悦达投资（600805）: the name ends in a word that elsewhere is one)
                name = name[cut:]
            if 2 <= len(name) <= 6 and not _is_generic(name) and all(name != s for _, s in out):
                out.append((name, name))
    if "等" in view:
        for name in _listed_companies(view):
            if all(name != s for _, s in out):
                out.append((name, name))
    for name, _listed in _listed_short_forms(view):
        if all(name != s for _, s in out):
            out.append((name, name))
    for found in _SHORT_FORM.finditer(view):
        short = found.group("short")
        if _is_generic(short) or any(short == s for _, s in out):  # (以下简称“公司”: no name)
            continue
        named = [e for e in entities(view, max(0, found.start() - 24), found.start())
                 if e.kind == "org" and e.end == found.start()]
        if named and _abbreviates(short, named[-1].name) and short != named[-1].name:
            out.append((named[-1].name, short))
    return tuple(out)


@cache
def _company_list() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """A count of 家 after 等 and what they are (subject_words.tsv, company_group: 等21家公司), and the
    list of names that ends right before it (西安旅游、上海新梅、京能置业)."""
    count = re.compile(rf"等[0-9零一二两三四五六七八九十百千]+家(?:{_words('company_group')})")
    item = r"[\p{Han}A-Za-z*]{2,12}"
    return count, regex.compile(rf"(?P<items>{item}(?:[、和]{item})+)\Z")


_LIST_REACH: Final = 100  # (how far before 等 a list of names is read)
_ITEM_REST: Final = 6  # (at most, the rest of a list's item after a name in it: 西安|国家版本馆、)


def name_as_listed(candidate: dict[str, object], region: DocumentRegion) -> None:
    """A candidate whose subject is a listed company's short form the text also gives (保利 … for 保利发展)
    is named as listed; done on the finished candidate, so its measure lost the name as written."""
    subject = candidate.get("subject")
    if region.listed_forms and isinstance(subject, str):
        candidate["subject"] = dict(region.listed_forms).get(subject, subject)


def _listed_short_forms(view: str) -> list[tuple[str, str]]:
    """The shorter forms the text also gives the listed companies it names (双汇发展 … 双汇中报业绩), each
    with the listed name: a listed short name without the word the press drops (subject_words.tsv,
    listed_form: 发展, 股份), standing where a name can start and not followed by that word."""
    out: list[tuple[str, str]] = []
    for name in sorted(_listed_in(view)):
        form = next((w for w in lexicon.subject_words("listed_form") if name.endswith(w)), None)
        if form is None or len(name) - len(form) < 2:
            continue
        short = name[:-len(form)]
        if any(short == s for s, _ in out) or _known_place(short) == short or short in _province_short() \
                or _is_generic(short):
            continue
        if any(not view.startswith(form, at + len(short)) and _at_a_name_start(view, at)
               for at in find_all(view, short)):
            out.append((short, name))
    return out


def _listed_companies(view: str) -> list[str]:
    """The names a text lists as companies (其中西安旅游、上海新梅等21家公司: 西安旅游, 上海新梅); the
    count is found first, then the list read back from it."""
    out: list[str] = []
    count, listed_names = _company_list()
    for found in count.finditer(view):
        names_before = listed_names.search(view, max(0, found.start() - _LIST_REACH), found.start())
        if names_before is None:
            continue
        items = regex.split(r"[、和]", names_before.group("items"))
        opening = list_opening().match(items[0])
        if opening is not None:
            items[0] = items[0][opening.end():]
        names = [name for name in items if 2 <= len(name) <= 6 and not _is_generic(name)]
        if len(names) == len(items):  # (one item no name: the list is no list of names)
            out.extend(names)
    return out


@cache
def list_opening() -> re.Pattern[str]:
    """Up to the last word opening a list before its first item (list_words.tsv, `opening`: 其中 +
    西安旅游)."""
    return re.compile(".*(?:" + "|".join(map(re.escape, lexicon.list_words("opening"))) + ")")


def _abbreviates(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in order (南车 in 中国南车股份有限公司)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


# How far into a document its opening reaches: the paragraph after the head that says whose
# figures follow (…市统计局发布, XX股份有限公司（以下简称“公司”）…).
_OPENING_CHARS: Final = 300


def _so_called_pattern() -> re.Pattern[str]:
    """What a document's company is called in its opening (（以下简称“公司”）; subject_words.tsv, so_called:
    公司, 本公司, 集团)."""
    return re.compile(rf"[（(]以下简称[“\"]?(?:{_words('so_called')})")


_SO_CALLED: Final = _so_called_pattern()


# What follows a body cited as the source of what comes next (上海证券研报显示, 携程数据显示, 某机构预计)
@cache
def _cited_as_source() -> re.Pattern[str]:
    # (中信建投朱玥、马王杰在8月17日研报中表示: its analysts named, then where they said it)
    # (one or two words of what it published: 的分析报告显示, 监测数据显示)
    return re.compile(rf"(?:的)?(?:最新)?(?:(?:公布|发布)的?)?(?:{_words('source_noun')}){{0,2}}"
                      rf"(?:{_words('source_verb')})"
                      rf"|(?:[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})*)?在[^，,。；;]{{0,12}}?(?:{_words('source_noun')})中"
                      rf"(?:{_words('source_verb')})")


def cited(view: str, end: int, name: str = "") -> bool:
    """Whether the name ending at `end` is cited as a source (上海证券研报显示): it stands for where
    the next figures come from, not for what they are of, and is not carried to the next sentence.
    Not a company forecasting its own figures, the verb run into them (格力电器预计实现净利润…,
    泛海控股预计亏损…; subject_words.tsv, own_forecast), unless it studies others' (…证券预计…)."""
    if _cited_as_source().match(view, end) is None:
        return False
    return not (_OWN_FORECAST.match(view, end) and _a_company(name) and not name.endswith(_analyst_ends()))


# What stands before a body cited as the source of what follows (据 + 中指研究院计算)
@cache
def _cites_next() -> EndingWith:
    return EndingWith(lexicon.subject_words("cites_next"))


def cited_in_sentence(view: str, e: Entity) -> bool:
    """Whether a name is cited in its sentence as the source of its figures (上海证券研报显示，…;
    据中指研究院计算，…): the sentence is not about it (unless it publishes a country's figures or
    is a platform reporting its own)."""
    if e.name in lexicon.reporters() or e.name in lexicon.platforms():
        return False
    start = e.end - len(e.name)
    return cited(view, e.end, e.name) or _cites_next().before(view, start) is not None


def _known_company(name: str) -> bool:
    """Whether a name is a listed or known company's (listed_companies.tsv, companies.tsv)."""
    return name in lexicon.listed_companies() or name in lexicon.companies()


def _a_company(name: str) -> bool:
    """Whether a name is a company's: a listed or known company's, or one ending with an organisation's suffix."""
    return _known_company(name) or name.endswith(_ORG_ENDS)


# A forecast verb run into what is forecast, no clause mark between (预计实现, 预计亏损; subject_words.tsv,
# own_forecast): said by a company of itself, not a source cited (中金公司预计，…)
@cache
def _own_forecast_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_words('own_forecast')})(?=\p{{Han}})")


_OWN_FORECAST: Final = _own_forecast_pattern()


# A verb that makes the name after it in its clause what was built, set up or renamed (an object)
@cache
def _makes_an_object() -> re.Pattern[str]:
    # (not before a word telling when or where the name after it was made: 成立于1994年的…公司; object_less_after)
    return re.compile(f"(?:{_words('makes_object')})(?!{_words('object_less_after')})")


_CLAUSE_BREAKS: Final = "，,；;。！!？?\n：:"


def an_object(view: str, start: int) -> bool:
    """Whether the name starting at `start` follows, in its clause, a verb that makes it what was
    built or renamed (筹资建成…固原市医院, 更名为海南医科大学): the sentence is not about it, and the
    next one is not either."""
    clause = start
    while clause > 0 and start - clause < 40 and view[clause - 1] not in _CLAUSE_BREAKS:
        clause -= 1
    return _makes_an_object().search(view, clause, start) is not None


# A name with no suffix of its own opening a sentence or a digest's item, right before the time its
# figures are of, a reporting verb or a colon (12、理想汽车第二季度收入…, 比亚迪上半年实现…, 丨飞猪：…)
# (or before a verb of reporting and a company's measure: 锦航科技实现净利润)
@cache
def _topic_name() -> re.Pattern[str]:
    return re.compile(
        rf"[{SPACE}]*(?P<item>[0-9]{{1,2}}[、.．][{SPACE}]*|[丨|·•][{SPACE}]*)?"
        rf"(?P<name>[{HAN}A-Za-z][{HAN}A-Za-z0-9]{{1,7}}?)(?:{_words('topic_adverb')})*"
        r"(?=第?[一二三四1-4](?:季度|财季|财政季度)|[上下]半年|前三季度|(?:19|20)\d\d年|(?:预计|发布|公布|披露|宣布)[^的]|(?P<colon>[：:])"
        rf"|(?:{_company_measure_after_verb()}))"
    )


@cache
def _company_measure_after_verb() -> str:
    """A verb a measure is reported with (indicator_words.tsv, verb: 实现) and a company's measure
    (indicators.tsv, domain company, level: 净利润, 营业收入), as a pattern."""
    verbs = [word for word, (role, _) in lexicon.indicator_words().items() if role == "verb"]
    measures = {name for entry in lexicon.indicators() if entry.domain == "company" and entry.reading == "level"
                for name in (entry.name_zh, *entry.synonyms) if not name.isascii()}
    return f"(?:{alternation(verbs)})(?:{grouped_alternation(sorted(measures, key=len, reverse=True))})"


# What such an opening is when it is no company: the economy, a sector, a people, a market, a scope
@cache
def _no_company() -> re.Pattern[str]:
    return re.compile(_words("no_company"))


def topic_name(view: str, start: int, end: int) -> Entity | None:
    """A company named by its short name alone where its sentence opens (理想汽车, 比亚迪): an
    organisation, though no suffix says so, when the time or a reporting verb follows it and it
    is no word of the economy (工业, 居民, 全省…), no measure and no place."""
    found = _topic_name().match(view, start, end)
    if found is None:
        return None
    name = found.group("name")
    if found.group("colon") and not (found.group("item") or "").startswith(("丨", "|", "·", "•")) \
            and name not in lexicon.companies() and name not in lexicon.listed_companies():
        return None  # 风电：并网风电…: a line headed by a sector, not a digest's item (丨飞猪：…)
    if _no_company().search(name) or _is_generic(name) or _holds_org_verb(name) or _known_place(name) \
            or name in _province_short() or name.endswith(lexicon.measure_heads()) \
            or name in lexicon.period_cues("as_of"):
        return None  # (截止2019年12月31日: a stock's date, period_cues.tsv as_of)
    return Entity(found.start("name"), found.end("name"), name, "org")


def listed(view: str, start: int, end: int) -> bool:
    """Whether the name at start:end is one of a list (北京、广州、深圳等): an example, not what the
    text is about."""
    return view[end:end + 1] in ("、", "等") or (start > 0 and view[start - 1] == "、")


@cache
def _bare_city_names() -> frozenset[str]:
    """The short names the gazetteer lets stand alone for a prefecture (深圳, 遵义)."""
    return frozenset(p.short for p in lexicon.places() if p.bare)


def is_bare_city(name: str) -> bool:
    """Whether a name is a prefecture's short name standing alone (武汉, 乌海): named so in passing,
    as a part or an example, it is the subject of its own sentence only, never carried on."""
    return name in _bare_city_names()


@cache
def _bare_city_pattern() -> re.Pattern[str]:
    """The short names the gazetteer lets stand alone for a prefecture (深圳, 遵义)."""
    provinces = set(_province_short())
    return re.compile(grouped_alternation(sorted(_bare_city_names() - provinces, key=len, reverse=True)))


def _title_city(view: str, start: int, end: int) -> str | None:
    """A prefecture a title names by its short name alone (深圳上半年GDP增长3%), in the fullest form
    the document gives (深圳市 where it writes that)."""
    found = None
    for found in _bare_city_pattern().finditer(view, start, end):
        line_start = view.rfind("\n", 0, found.start()) + 1
        byline = view.startswith("报道", found.end()) or "记者" in view[line_start:found.start()]
        if not byline and not listed(view, found.start(), found.end()) and _NAME_TAIL.match(view, found.end()) is None:
            break  # (not a byline: …记者 陈洁 佛山报道; not one of a list: 北京、广州、深圳等; not the start of
            # a body's name: 来源：中国人民银行长沙中心支行)
    else:
        return None
    if found is None:
        return None
    full = lexicon.place_names()[found.group()].name
    return full if _written_whole(view, full) else found.group()


def _written_whole(view: str, name: str) -> bool:
    """Whether the text writes `name` as a name, not as the start of a word (秦皇岛市场: no 秦皇岛市)."""
    return any(view[at + len(name):at + len(name) + 1] not in _PLACE_WORD_NEXT for at in find_all(view, name))


# Characters that, right after a place's 市/县/区, make it part of another word (市场, 市民, 区域, 县城区域 …;
# the place pattern's look-ahead reads the same; subject_words.tsv, place_word_next)
_PLACE_WORD_NEXT: Final = frozenset(lexicon.subject_words("place_word_next"))


def _opening_city(view: str, head_end: int) -> str | None:
    """The city or county a document's opening names first (2025年上半年，遵义市…; 记者从清镇市
    统计局获悉), when the title names none: a division of the gazetteer, not a province; the last of
    divisions named one right after another (黔东南苗族侗族自治州 + 榕江县: the county)."""
    found: Entity | None = None
    for e in entities(view, head_end, min(len(view), head_end + _OPENING_CHARS)):
        if found is not None and e.start != found.end:
            break
        if e.kind == "place" and e.name.endswith(_GAZETTEER_SUFFIXES) and _known_place(e.name) == e.name:
            found = e
    return found.name if found is not None else None


# A title that opens with a company's short name and what it reports (海天味业发布2024年半年报,
# 比亚迪上半年营收增长, 宁德时代：前三季度净利润增长25%; title_words.tsv, company_report) or a year:
# the name, when the text then calls it 公司
def _title_company_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"^\s*(?P<name>[\p{Han}A-Za-z]{2,6}?)[：:]?\s*(?:(?:19|20)[0-9]{2}(?:年|(?![0-9]))|"
        rf"{alternation(lexicon.title_words('company_report'))})"
    )


_TITLE_COMPANY: Final = _title_company_pattern()


@cache
def _county_scope() -> re.Pattern[str]:
    """The scope words by which a county's own text speaks of it (全县, 我县)."""
    words = [w for w, level in lexicon.scope_words().items() if level == "county"]
    return re.compile("|".join(re.escape(w) for w in longest_first(words)))


def _speaks_as_a_county(view: str) -> bool:
    return _county_scope().search(view) is not None


@cache
def _county_shorts() -> tuple[re.Pattern[str], dict[str, list[lexicon.Place]]]:
    """The short names of counties that the gazetteer does not let stand alone everywhere (柳河 for
    柳河县), at the start of a line or sentence, and the counties each names."""
    by_short: dict[str, list[lexicon.Place]] = {}
    for place in lexicon.places():
        if place.level == "county" and not place.bare and len(place.short) >= 2:
            by_short.setdefault(place.short, []).append(place)
    alternation = grouped_alternation(sorted(by_short, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\n。；;]))(?:{alternation})", re.MULTILINE), by_short


def _county_by_short_name(view: str, t_start: int, t_end: int, province: str | None) -> lexicon.Place | None:
    """The county a text that speaks of 全县/我县 names by its short form where a sentence of its
    title or opening starts (柳河依托良好的资源优势…), when that names one county (of its province)."""
    pattern, by_short = _county_shorts()
    for start, end in ((t_start, t_end), (t_end, min(len(view), t_end + _OPENING_CHARS))):
        found = pattern.search(view, start, end)
        if found is None:
            continue
        counties = [c for c in by_short[found.group()] if province is None or c.province == province]
        if len(counties) == 1:
            return counties[0]
    return None


@cache
def _county_forms() -> dict[str, lexicon.Place]:
    """The county-level divisions by their full names (柳河县), and by the names they had or took when a
    county became a district or a city (清苑县 of 清苑区, 南和区 of 南和县): the stem with another county
    suffix (place_suffixes.tsv, county), where no other division is written so and the stem is no one
    character (城区, 郊区)."""
    counties = [place for place in lexicon.places() if place.level == "county"]
    out = {place.name: place for place in counties}
    taken = {place.name for place in lexicon.places()}
    suffixes = lexicon.county_suffixes()
    renamed: dict[str, list[lexicon.Place]] = {}
    for place in counties:
        own = next((suffix for suffix in suffixes if place.name.endswith(suffix)), None)
        stem = place.name[:-len(own)] if own else ""
        if len(stem) >= 2:
            for suffix in suffixes:
                if stem + suffix not in taken:
                    renamed.setdefault(stem + suffix, []).append(place)
    out.update((name, places[0]) for name, places in renamed.items() if len(places) == 1)
    return out


def _one_county_named(view: str, province: str | None) -> lexicon.Place | None:
    """The one county a text that speaks of 全县/我县 names by its full name anywhere (柳河县三源浦镇…), of its
    province, if it names one: the county whose own text it is, as when its title names it."""
    counties = _county_forms()
    named = {e.name for e in entities(view, 0, len(view)) if e.kind == "place" and e.name in counties
             and (province is None or counties[e.name].province == province)}
    return counties[named.pop()] if len(named) == 1 else None


def _title_company(view: str, start: int, end: int) -> str | None:
    """The company a title names by its short name before what it reports, if it is no place,
    province, reporting body or generic word."""
    m = _TITLE_COMPANY.match(view, start, end)
    if m is None:
        return None
    name = m.group("name")
    name = name[_after_last_verb(name):]  # (解读中海集运半年报: the company after the commentary's verb)
    if len(name) < 2 or (name in _province_short() or name in lexicon.place_names() or name in lexicon.reporters()
            or _is_generic(name) or _scope_re().match(name) or _known_place(name) is not None
            or _no_company().search(name) or name in _measure_prefixes()):
        return None  # (关于2025年…的报告: no company either; 单季净利创历史新高: a measure's word)
    return name


@cache
def _measure_prefixes() -> frozenset[str]:
    """The words before a measure's name that do not change it (indicator_words.tsv, prefix: 单季, 全年):
    no company's name."""
    return frozenset(w for w, (role, _) in lexicon.indicator_words().items() if role == "prefix")


def _opening_organisation(view: str, head_end: int) -> str | None:
    """The company a document's opening names as the one it calls 公司 (XX股份有限公司（以下简称
    “公司”）), when the title names none."""
    end = min(len(view), head_end + _OPENING_CHARS)
    so_called = _SO_CALLED.search(view, head_end, end)
    if so_called is None:
        return None
    named = [e for e in entities(view, head_end, so_called.start()) if e.kind == "org"]
    return named[-1].name if named else None


# The head of a morning market digest (财经早餐, 早报; period_cues.tsv, digest_head)
@cache
def _digest_head() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.period_cues("digest_head")))


def _opens_with_company(view: str, head_end: int) -> bool:
    """Whether the text's first paragraph opens with a company's name (沪硅产业自设立以来…)."""
    at = head_end
    while at < len(view) and view[at].isspace():
        at += 1
    found = entities(view, at, min(len(view), at + 12))
    return bool(found) and found[0].start == at and (
        found[0].name in lexicon.listed_companies() or found[0].name in lexicon.companies())


def _first_paragraph_end(view: str, head_end: int) -> int:
    """Where a document's first paragraph after its head ends, within its opening characters."""
    line_end = view.find("\n", head_end + 1)
    return min(len(view), head_end + _OPENING_CHARS, line_end if line_end >= 0 else len(view))


def _opening_company(view: str, head_end: int) -> str | None:
    """The one company (companies.tsv, listed_companies.tsv) a document's first paragraph names, where the
    text goes on to call it 公司 (沪硅产业自设立以来…。报告期内，公司…): a results report without a title."""
    end = _first_paragraph_end(view, head_end)
    companies = {e.name for e in entities(view, head_end, end)
                 if e.name in lexicon.listed_companies() or e.name in lexicon.companies()}
    if len(companies) != 1 or _BACK_REFERENCE.search(view, end, min(len(view), 2000)) is None \
            or next(iter(companies)).endswith(_analyst_ends()):
        return None  # (东方证券 opening a forum's report is who analyses, not whose figures)
    return companies.pop()


def _opening_named_company(view: str, head_end: int) -> str | None:
    """The one company a document's first paragraph names by a name ending in the word the text goes on
    to call it by alone, opening a clause more than once (中石油（哈萨克斯坦）阿克纠宾公司…。…介绍，公司目前…；
    …，公司已累计选派…)."""
    end = _first_paragraph_end(view, head_end)
    named = [e for e in entities(view, head_end, end) if e.kind == "org"]
    if len({e.name for e in named}) != 1:
        return None
    name = named[0].name
    backs = [b.group() for b in _CLAUSE_BACK_REFERENCE.finditer(view, named[0].end, min(len(view), 2000))]
    if len(backs) < 2 or not all(name.endswith(b) and len(name) > len(b) + 1 for b in backs):
        return None  # (a company quoted once in a story about many: …公司近期新建了…。公司可持续发展总监说)
    return name


def scope_subject(word: str, region: DocumentRegion) -> str | None:
    level = lexicon.scope_words().get(word)
    if level == "country":
        return "中国"
    if level == "province":
        return None if region.province == "中国" else region.province  # (全省 in the country's text: not it)
    if level in ("city", "county"):
        return region.city or region.province
    return None


# A scope word right after these is what the subject is compared with or ranked in (高于全国,
# 比全省平均水平, 占全国34.5%, 居全国第1位, 在全国率先; subject_words.tsv, compared_with)
def _compared_with() -> EndingWith:
    return EndingWith(lexicon.subject_words("compared_with"))


_COMPARED_WITH: Final = _compared_with()

# The ends of a zone's name (苏州高新区, 浒关开发区): a zone a document is about is no company its 公司 refers to
# (subject_words.tsv, zone_end)
_ZONE_ENDS: Final = lexicon.subject_words("zone_end")


def _back_reference_pattern() -> re.Pattern[str]:
    """A word referring back to the organisation the document is about (subject_words.tsv,
    back_reference: 公司, 该行)."""
    return re.compile(alternation(lexicon.subject_words("back_reference")))


_BACK_REFERENCE: Final = _back_reference_pattern()
# A back reference opening a clause (，公司目前…; 。公司…): the organisation as the clause's subject
_CLAUSE_BACK_REFERENCE: Final = re.compile(rf"(?<=[，,。；;\n])(?:{_BACK_REFERENCE.pattern})")
# A word pointing at a name just given (subject_words.tsv, demonstrative: 该): before a back reference
# (该 + 公司) it points at the company named last, not at the document's
_DEMONSTRATIVES: Final = tuple(lexicon.subject_words("demonstrative"))

# After a scope word, what makes it part of a name or a rank (subject_words.tsv, not_scope_after:
# 重点, 性, 一流) and a rank's number (全国第一, 全国百强 is a word, 全省10强)
def _not_scope() -> str:
    return alternation(lexicon.subject_words("not_scope_after")) + rf"|第[0-9{PLAIN_DIGIT_CHARS}十](?!产业)|[0-9]+强"


@cache
def scope_pattern() -> regex.Pattern[str]:
    # 全国重点实验室, 全国性, 全省一流: the scope word is part of a name there, not the fact's region
    words = "|".join(regex.escape(w) for w in lexicon.scope_words())
    return regex.compile(rf"(?:{words})(?!{_not_scope()})")


@cache
def _scope_re() -> re.Pattern[str]:
    """scope_pattern() for the standard `re` (the same matches)."""
    words = "|".join(re.escape(w) for w in lexicon.scope_words())
    return re.compile(rf"(?:{words})(?!{_not_scope()})")


# The rest of an organisation's or an index's name after the place that opens it (上海 + 航运交易所,
# 上海 + 出口集装箱指数, 上海 + 有色网; its end: subject_words.tsv, name_tail)
def _name_tail_pattern() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{0,6}}?(?:{_words('name_tail')})")


_NAME_TAIL: Final = _name_tail_pattern()
# Route marks: a place before or after one is an end of a trip (广州飞贵阳, 北京-成都, 南宁到靖西)
@cache
def _route_after() -> re.Pattern[str]:
    return re.compile(_words("route"))


# The words and marks that join a route's ends (北京-成都, 南宁到靖西, 广州飞往贵阳; subject_words.tsv, route)
@cache
def _route_before() -> EndingWith:
    return EndingWith(lexicon.subject_words("route"))


def _in_route(view: str, e: Entity, ents: list[Entity]) -> bool:
    """Whether a place is one end of a route whose other end is a place too."""
    if e.kind == "org":
        return False
    after = _route_after().match(view, e.end)
    before = _route_before().before(view, e.start)
    return any(o is not e and o.kind != "org" and (
        (after is not None and o.start == after.end()) or (before is not None and o.end == before.start()))
        for o in ents)


# What stands between two names of a list: the list comma, a joint of list_words.tsv (和, 与)
_LIST_JOINS: Final = frozenset(("、", *lexicon.list_words("joint")))


def _an_agent(view: str, e: Entity, ents: list[Entity], floor: int) -> bool:
    """Whether the name is one of those 由 names as doing something (…机场由顺丰集团、湖北省共同出资建设):
    who builds, funds or publishes is not what the figures are of."""
    pos = e.end - len(e.name)  # (where the name itself starts: 由 may be inside the span found)
    while pos > floor:
        before = view[pos - 1]
        if before == "由":
            return True
        if before not in _LIST_JOINS:
            return False
        listed_before = next((x for x in ents if x.end == pos - 1), None)
        if listed_before is None:
            return False
        pos = listed_before.end - len(listed_before.name)
    return False


def nameable(view: str, sentence_start: int, ents: list[Entity]) -> list[Entity]:
    """The names of a sentence that can be what its figures are of: not those who do something to
    another (由A、B出资建设), what is built or dealt in (新开工…电站, 出售…公司), nor a source cited.
    Each name's standing depends on the names before it only, so a sentence's list serves all its
    figures (those before each number)."""
    counted = _in_counted_lists(view, ents)
    return [e for e in ents if not _an_agent(view, e, ents, sentence_start)
            and not an_object(view, e.end - len(e.name))
            and not cited_in_sentence(view, e)
            and not a_trade_partner(view, e)
            and e not in counted]


# A word right before a place that makes it a market traded with (出口美国; subject_words.tsv, partner_before)
@cache
def _partner_before() -> EndingWith:
    return EndingWith(lexicon.subject_words("partner_before"))


# A word of trade right after 对 and a place (对香港出口; subject_words.tsv, trade_with)
@cache
def _trade_with() -> re.Pattern[str]:
    return re.compile(_words("trade_with"))


def a_trade_partner(view: str, e: Entity) -> bool:
    """Whether a place stands right after a word of trade with it (出口中国香港0.91亿元, 进口澳大利亚), or
    between 对 and one (对香港出口): a partner, not whose figure it is."""
    if e.kind == "org":
        return False
    start = e.end - len(e.name)
    country = country_name()
    if view.startswith(country, start - len(country)):
        start -= len(country)  # (出口中国香港: the region named with its country)
    if start > 0 and view[start - 1] == "对" and _trade_with().match(view, e.end) is not None:
        return True
    return _partner_before().before(view, start) is not None


def _in_counted_lists(view: str, ents: list[Entity]) -> list[Entity]:
    """The names of a list that its count closes: places before a count of places (济南、泰安、菏泽3个市地
    累计推广…), and any name in the items of a list closed by 等 and a count (`_closed_by_etc_count`):
    examples of the whole, which the figures are of."""
    out: list[Entity] = []
    for i, e in enumerate(ents):
        if e.kind == "org" or _COUNTED_PLACES.match(view, e.end) is None:
            continue
        run = [e]
        while i > 0 and ents[i - 1].end + 1 == run[-1].end - len(run[-1].name) and view[ents[i - 1].end] in "、和" \
                and ents[i - 1].kind != "org":
            i -= 1
            run.append(ents[i])
        if len(run) > 1:
            out += run
    return out + [e for e in ents if e not in out and _closed_by_etc_count(view, e)]


def _closed_by_etc_count(view: str, e: Entity) -> bool:
    """Whether the name stands in a list closed by 等 and a count in its clause, in one of its items
    (沿江高铁宜昌至涪陵段、燕矶长江大桥、蒲圻电厂三期等3296个; 莱克电气绿能科技、中核苏阀…等13个)."""
    etc = _COUNT_AFTER_ETC.search(view, e.end, min(len(view), e.end + _LIST_REACH))
    if etc is None or _CLAUSE_MARK.search(view, e.end, etc.start()) is not None:
        return False
    gap = view[e.end:etc.start()]
    # (after 等 and a kind of thing, not a count, the name must be in an item: 立中集团、古城香业等企业)
    in_list = "、" in gap if etc.group("count") else 0 <= gap.find("、") <= _ITEM_REST
    return not gap or in_list or gap.startswith("和") or listed(view, e.start, e.end)


# Where a clause ends (quantities.CLAUSE_BREAK but the brackets, which a list's item may hold)
_CLAUSE_MARK: Final = re.compile("[" + re.escape("".join(c for c in CLAUSE_BREAK if c not in "（）()【】[]")) + "]")


# A count of places closing a list of them (3个市地, 七市, 14个省区; subject_words.tsv, place_count)
_COUNTED_PLACES: Final = re.compile(rf"[0-9一二两三四五六七八九十]+个?(?:{_words('place_count')})")
# 等 and a count after the examples of a list (等2957个, 等10家), or a kind of thing (等企业; not a word 等 opens,
# 等于, 等级: subject_words.tsv, not_etc)
_COUNT_AFTER_ETC: Final = re.compile(
    rf"等(?:(?P<count>[0-9一二两三四五六七八九十百千万.]+)|(?!{_words('not_etc')})[{HAN}])")


@cache
def _market_indexes() -> re.Pattern[str]:
    return re.compile(alternation(list(lexicon.market_indexes())))


def _market_index(view: str, start: int, end: int) -> str | None:
    """The market of the last stock index or market word of view[start:end] (market_indexes.tsv), or None."""
    found = last_match(_market_indexes(), view, start, end) if start < end else None
    return lexicon.market_indexes()[found.group()] if found is not None else None


def subject_for(view: str, sentence_start: int, number_start: int, region: DocumentRegion,
                carried: str | Callable[[], str | None] | None,
                ents: list[Entity] | None = None,
                sentence_nameable: list[Entity] | None = None) -> tuple[str | None, SubjectRule]:
    """The subject of a fact whose number starts at `number_start`, and the rule that chose it
    (`ents`: the names before the number; `sentence_nameable`: `nameable` of its whole sentence)."""
    market = _market_index(view, clause_start(view, number_start), number_start)
    if market is not None:
        return market, SubjectRule.MARKET_INDEX  # 截至收盘，上证指数跌0.4%…，深证成指跌0.31%: A股
    if ents is None:
        ents = entities(view, sentence_start, number_start)
    scope = _last_scope_word(view, sentence_start, number_start)
    if not ents:
        named = ents
    elif sentence_nameable is not None:
        named = [e for e in sentence_nameable if e.end <= number_start]
    else:
        named = nameable(view, sentence_start, ents)
    best: Entity | None = next((e for e in reversed(named) if not _in_route(view, e, ents)
                                and not _where_the_one_before_lies(view, e, named)), None) if named else None
    if scope is not None and best is None and lexicon.scope_words().get(scope.group()) == "city" \
            and not region.city_is_title:
        city = carried() if callable(carried) else carried
        carried = city
        if city and city != region.city and _a_city(city):
            # (重庆实现社会消费品零售总额…。同时，全市…: in a text about many cities, the city just named)
            return city, SubjectRule.SCOPE_WORD_CARRIED
    if scope is not None and (best is None or scope.start() > best.start):
        found = _subject_of_scope(view, scope, ents, region)
        if found is not None:
            return found
    if best is not None:
        return _subject_named(best, region)
    speaker = _speaking_of_itself(view, ents, number_start)
    if speaker is not None:
        return speaker.name, SubjectRule.SELF_REPORT
    organisation = region.organisation
    back = _BACK_REFERENCE.search(view, sentence_start, number_start) if organisation else None
    if organisation and back is not None:
        demonstrative = view.endswith(_DEMONSTRATIVES, sentence_start, back.start())
        last_named = carried() if callable(carried) else carried
        carried = last_named
        if last_named and last_named != organisation and _known_place(last_named) is None \
                and last_named not in province_names() \
                and (demonstrative or _one_of_several_companies(view, last_named)):
            return last_named, SubjectRule.DEMONSTRATIVE
    if organisation and back is not None and not organisation.endswith(_ZONE_ENDS):
        return organisation, SubjectRule.DOCUMENT_ORGANISATION
    if callable(carried):
        carried = carried()  # looked up only when the sentence itself names no one
    if carried and scope is not None and lexicon.scope_words().get(scope.group()) == "province":
        return _province_of(carried), SubjectRule.SCOPE_WORD_CARRIED  # 贵阳市…。全省… → 贵州
    if carried and _named_in_passing(view, sentence_start, carried, region):
        carried = None  # (海南…政府工作报告: 海南大学整体发展…。新设立4所高校 → 海南)
    if carried:
        return lexicon.reporters().get(carried, carried), SubjectRule.PARAGRAPH
    if named:  # (every name the sentence holds is a route's end: best is None)
        return None, SubjectRule.ROUTE  # 北京-杭州的高铁票价: a route's figure is not the document's place's
    return _subject_of_document(region)


def _speaking_of_itself(view: str, ents: list[Entity], number_start: int) -> Entity | None:
    """A company cited before 公司 in its sentence (力合股份预计，公司上半年净利润…): it speaks of itself.
    Not a body that studies others' figures (中泰证券认为，公司…: the company it writes about)."""
    for e in reversed(ents):
        if e.kind != "org" or not cited(view, e.end, e.name):
            continue
        if e.name.endswith(_analyst_ends()) or e.name in lexicon.reporters() or e.name in lexicon.platforms():
            return None
        return e if _BACK_REFERENCE.search(view, e.end, number_start) else None
    return None


@cache
def _analyst_ends() -> tuple[str, ...]:
    return lexicon.subject_words("analyst")


def _named_in_passing(view: str, pos: int, name: str, region: DocumentRegion) -> bool:
    """Whether `name`, carried to the sentence at `pos`, is an organisation a place's own text (a
    province's, a city's or the country's, not a company's) names in passing: not a place, and named
    neither in the first sentence of the paragraph nor in a heading above it (a section about a
    company keeps it)."""
    if region.organisation is not None or not (
            (region.province and not region.province_is_dateline) or region.city_is_title
            or (region.national and region.province is None)):
        return False
    if _known_place(name) == name or name in province_names() or name in lexicon.areas() \
            or name in lexicon.platforms() or _ENDS_AS_A_PLACE.search(name):
        return False
    line_start = view.rfind("\n", 0, pos) + 1
    first_stop = view.find("。", line_start)
    if view.find(name, line_start, len(view) if first_stop < 0 else first_stop) >= 0:
        return False  # (贵州磷化集团加快转型。…: the paragraph is about it)
    end = line_start - 1
    while end > 0 and line_start - end < _HEADING_REACH:
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end].strip()
        if line and len(line) <= _HEADING_CHARS and "。" not in line and name in line:
            return False  # (a heading naming it above the paragraph, a byline between)
        end = start - 1
    return True


# A place the gazetteer does not list (桃源村, 贵阳高新区)
_ENDS_AS_A_PLACE: Final = re.compile(rf"(?:{_PLACE_SUFFIX})$")
_HEADING_REACH: Final = 600  # (how far above its paragraph a heading is looked for)
_HEADING_CHARS: Final = 30  # (at most: a line longer, or with a full stop, is a paragraph)


def _last_scope_word(view: str, start: int, end: int) -> re.Match[str] | None:
    """The last scope word (全省, 全市, 全国) of view[start:end] not named as what is compared with
    (高于全国增幅 is no subject)."""
    scope = None
    for found in _scope_re().finditer(view, start, end):
        if _COMPARED_WITH.before(view, found.start(), start) is None:
            scope = found
    return scope


def _a_city(name: str) -> bool:
    """Whether a name is a prefecture's (遵义市, 深圳) or a city of a province's rank (重庆, 上海市)."""
    if name in _bare_city_names():
        return True
    place = lexicon.place_names().get(name)
    if place is not None and place.name.endswith("市"):
        return True
    return _province_short().get(name, "") in _municipalities()


@cache
def _municipalities() -> frozenset[str]:
    """The short names of the cities of a province's rank (regions.tsv: a province whose full name ends in 市)."""
    return frozenset(short for full, short, level in lexicon.regions() if level == "province" and full.endswith("市"))


def _subject_of_scope(view: str, scope: re.Match[str], ents: list[Entity],
                      region: DocumentRegion) -> tuple[str | None, SubjectRule] | None:
    """The subject a scope word after every name of the sentence gives: the province the sentence
    names before 全省 where it is not the document's, else the document's place of that level."""
    in_sentence = _province_named_before(view, ents, scope.start()) \
        if lexicon.scope_words().get(scope.group()) == "province" else None
    if in_sentence is not None and in_sentence != region.province:
        # 湖北依托武汉…，全省航天产业营收…; (a 广东 story) 江苏省统计局称，全省GDP…: the province the
        # sentence names before 全省, not as what it is compared with
        return in_sentence, SubjectRule.SCOPE_WORD_NAMED
    level = lexicon.scope_words().get(scope.group())
    city = _city_named_before(view, ents, scope.start()) if level == "city" \
        else _county_named_before(view, ents, scope.start()) if level == "county" else None
    if city is not None and not (region.city and (region.city.startswith(city) or city.startswith(region.city))):
        # (a text about 东莞) 阳江的制造业完成增加值…，拉动全市规上工业增长20.8个百分点: the city just named
        return city, SubjectRule.SCOPE_WORD_NAMED
    if lexicon.scope_words().get(scope.group()) == "province" and region.province == "中国":
        return None, SubjectRule.NONE  # (全省 in the country's text: a province it does not name, nor the country)
    if lexicon.scope_words().get(scope.group()) == "province" and region.only_province is not None \
            and not listed(view, scope.start(), scope.end()):
        # 安徽省物价局监测数据显示…。(paragraphs on) 全省肉类总产…, in a text speaking of the country too: the one
        # province the text names (not a level in a list of them: 9个省、自治区、直辖市)
        return region.only_province, SubjectRule.SCOPE_WORD_ONLY_PROVINCE
    if lexicon.scope_words().get(scope.group()) == "world":
        # 2022年，全球煤炭消费量增长1.2%: a clause opening with 全球 is about the world (but 全球最大的…基地,
        # 来自全球30多个国家: a superlative's or a place's scope, no subject)
        opens = _only_time_before(view, clause_start(view, scope.start()), scope.start())  # (2024年全球…)
        return (scope.group(), SubjectRule.SCOPE_WORD) if opens and not _SUPERLATIVE.match(view, scope.end()) else None
    subject = scope_subject(scope.group(), region)
    return (subject, SubjectRule.SCOPE_WORD) if subject else None



# A superlative after 全球 in its clause (subject_words.tsv, superlative: 最, 首, 第一)
def _superlative_pattern() -> re.Pattern[str]:
    return re.compile(rf"[^，,。；;]{{0,6}}?(?:{alternation(lexicon.subject_words('superlative'))})")


_SUPERLATIVE: Final = _superlative_pattern()


def _one_of_several_companies(view: str, name: str) -> bool:
    """Whether `name` is a listed or known company of a text naming three or more listed companies (a
    roundup of results: there 公司 is the company just named, not the one the text opens with)."""
    return _known_company(name) and len(_listed_in(view)) >= 3


@cache
def _located_in() -> EndingWith:
    return EndingWith(lexicon.subject_words("located_in"))


def _where_the_one_before_lies(view: str, e: Entity, named: list[Entity]) -> bool:
    """Whether a place is where the name before it in its sentence lies (五道沟镇地处柳河县南部，幅员面积187平方公里;
    subject_words.tsv, located_in: 位于, 地处): the figures are of that name, not of the place around it."""
    start = e.end - len(e.name)
    return e.kind == "place" and _located_in().before(view, start) is not None \
        and any(other.end <= start - 2 for other in named if other is not e)


def _subject_named(best: Entity, region: DocumentRegion) -> tuple[str | None, SubjectRule]:
    """The subject the sentence names: a reporting body's country, a province's short name, or the
    most explicit form the document gives the name (广州 in a document of 广州市)."""
    if best.name in lexicon.reporters():
        return lexicon.reporters()[best.name], SubjectRule.REPORTER  # 中国人民银行发布…: the country's figure
    name = _province_short().get(best.name, best.name)
    for fuller in (region.city, region.organisation):
        if fuller and fuller != name and fuller.startswith(name):
            name = fuller
    return name, SENTENCE_RULES[best.kind]


def _subject_of_document(region: DocumentRegion) -> tuple[str | None, SubjectRule]:
    """The subject of a sentence that names no one and carries no one: the document's organisation,
    its city (a title's), its province (not only a dateline's), or 中国 for a national text."""
    if region.organisation:
        return region.organisation, SubjectRule.DOCUMENT_ORGANISATION
    if region.city and region.city_is_title:
        return region.city, SubjectRule.DOCUMENT_CITY
    if region.province and not region.province_is_dateline:
        return region.province, SubjectRule.DOCUMENT
    if region.national and (region.province is None or region.province_is_dateline):
        return "中国", SubjectRule.DOCUMENT_NATIONAL
    return None, SubjectRule.NONE


def _province_named_before(view: str, ents: list[Entity], before: int) -> str | None:
    """The province a sentence names last before `before`, not as what it is compared with."""
    named = _named_before(view, ents, before, lambda e: e.kind == "province")
    return _province_short().get(named.name, named.name) if named is not None else None


def _city_named_before(view: str, ents: list[Entity], before: int) -> str | None:
    """The prefecture (or a city of a province's rank) a sentence names last before `before`, not as what
    it is compared with."""
    named = _named_before(view, ents, before, lambda e: _a_city(e.name))
    return named.name if named is not None else None


def _county_named_before(view: str, ents: list[Entity], before: int) -> str | None:
    """The county a sentence names last before `before`, not as what it is compared with."""
    named = _named_before(view, ents, before, _a_county)
    return named.name if named is not None else None


def _a_county(e: Entity) -> bool:
    place = lexicon.place_names().get(e.name)
    return place is not None and place.level == "county"


def _named_before(view: str, ents: list[Entity], before: int, fits: Callable[[Entity], bool]) -> Entity | None:
    """The last of `ents` ending by `before` that `fits`, not named as what the sentence compares with."""
    return next((e for e in reversed(ents)
                 if e.end <= before and fits(e) and _COMPARED_WITH.before(view, e.start) is None), None)


def _province_of(name: str) -> str | None:
    """The province a place belongs to (itself for a province), None for anything else."""
    short = _province_short()
    if name in short:
        return short[name]
    place = lexicon.place_names().get(name)
    return place.province if place is not None else None


# A joint before a list's last item (list_words.tsv, joint: 和, 以及)
def _last_joined_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.list_words("joint")))


_LAST_JOINED: Final = _last_joined_pattern()


def split_places(phrase: str, n: int) -> list[str] | None:
    """The places a list opens with, one per item (贵阳市、遵义市地区生产总值 → 贵阳市, 遵义市), when
    each of the n items of the phrase starts with a province or a division of the gazetteer."""
    last = phrase.rfind("、")
    joined = _LAST_JOINED.search(phrase, max(last, 0))
    if joined is not None:  # 湖北、安徽和上海: the last item after 和, 及 or 与
        phrase = phrase[:joined.start()] + "、" + phrase[joined.end():]
    parts = phrase.split("、")
    if len(parts) != n:
        return None
    out: list[str] = []
    for part in parts:
        found = _place_at_start(part.strip())
        if found is None:
            return None
        out.append(found)
    return out


_NAMED_ITEM: Final = re.compile(rf"[{HAN}A-Za-z]{{2,12}}")


def split_named(phrase: str, n: int) -> tuple[list[str], str] | None:
    """The names a list holds, and the measure after them, when the n items are names: before 的
    (中国人寿、中国平安、新华保险的新业务价值 → the three companies, 新业务价值), at least half of them
    ones the entity rules find whole (an organisation, a place); without 的 (华信电气、黔能集团和贵州磷化集团
    营业收入), the last an organisation opening the measure and at least half of the others organisations
    found whole."""
    head, de, measure = phrase.rpartition("的")
    if not de:
        head = phrase
    elif len(measure) < 2:
        return None
    last = head.rfind("、")
    joined = _LAST_JOINED.search(head, max(last, 0))
    if joined is not None:
        head = head[:joined.start()] + "、" + head[joined.end():]
    parts = [part.strip() for part in head.split("、")]
    if len(parts) != n or not all(_NAMED_ITEM.fullmatch(part) for part in parts[:-1]):
        return None
    if not de:
        opening = entities(parts[-1], 0, len(parts[-1]))
        if not opening or opening[0].start != 0 or opening[0].kind != "org" or len(parts[-1]) - opening[0].end < 2:
            return None
        parts[-1], measure = opening[0].name, parts[-1][opening[0].end:]
        whole = sum(1 for part in parts[:-1]
                    if [(e.name, e.kind) for e in entities(part, 0, len(part))] == [(part, "org")])
        return (parts, measure) if 2 * whole >= n - 1 else None
    if not _NAMED_ITEM.fullmatch(parts[-1]):
        return None
    whole = sum(1 for part in parts if [e.name for e in entities(part, 0, len(part))] == [part])
    return (parts, measure) if 2 * whole >= n else None


def _place_at_start(text: str) -> str | None:
    """The province, gazetteer division or foreign country a text starts with (its longest), or None."""
    short = _province_short()
    names = lexicon.place_names()
    for end in range(min(len(text), 12), 1, -1):
        head = text[:end]
        if head in short:
            return short[head]
        if head in names or head in _gazetteer_forms() or head in _country_names():
            return head
    return None


@cache
def _country_names() -> frozenset[str]:
    """The countries of countries.tsv, as a set to look a list's item up in."""
    return frozenset(lexicon.countries())
