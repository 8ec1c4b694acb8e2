"""What a sentence takes from the document and from the sentences before it.

`DocumentContext` holds what is computed once per document (its sentences, region, dateline and
time) and each sentence's names, found once. The rest are the rules of what goes on from one fact
to the next: the subject named last in the paragraph (or section) goes on to a sentence that
names none (`subject_going_on`, `subject_goes_on`), and the measure just reported goes on to a
number whose clause names none (`indicator_in_context`). Their rule names are in
`attribute/subject.py` (subject.paragraph) and `attribute/indicator.py` (indicator.of_sentence_before,
indicator.head_of_breakdown).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import Final

from extract import lexicon
from extract.attribute.indicator import (
    IndicatorRule,
    breakdown_head,
    indicator_for,
    names_no_measure,
    only_function_words,
    opens_with_viewpoint,
)
from extract.attribute.period import DocumentTime
from extract.attribute.subject import (
    FILED,
    NAMED_IN_SENTENCE,
    Entity,
    SubjectRule,
    a_trade_partner,
    an_object,
    cited,
    country_name,
    document_region,
    entities,
    is_bare_city,
    listed,
    province_names,
    province_short_name,
    title_span,
    topic_name,
)
from extract.patterns import ITEM_START, alternation, find_all, last_match
from extract.quantities import Quantity, clause_start
from extract.sentences import Sentences, Span
from models.fact import Document


class DocumentContext:
    """Per-document facts computed once and looked up per quantity (sentences are read on
    demand, so a long document with few numbers costs little)."""

    def __init__(self, view: str, document: Document) -> None:
        self.view = view
        self.sentences = Sentences(view)
        self.starts = self.sentences.starts
        self.ends = self.sentences.ends
        self.region = document_region(view)
        dl = FILED.search(view, 0, min(len(view), 3000))
        self.dateline = (dl.start(), dl.end()) if dl else None
        self.time = DocumentTime(view, self.sentences, document.published, title_span(view), self.dateline)
        self._entities: dict[int, list[Entity]] = {}

    def entities(self, k: int) -> list[Entity]:
        found = self._entities.get(k)
        if found is None:
            s_start, s_end = self.starts[k], self.ends[k]
            found = entities(self.view, s_start, s_end)
            topic = topic_name(self.view, s_start, s_end)
            if topic is not None and not any(e.start < topic.end and topic.start < e.end for e in found):
                found = sorted([topic, *found], key=lambda e: e.start)
            if self.region.aliases:
                found = with_aliases(self.view, s_start, s_end, found, self.region.aliases)
            dateline = self.dateline
            if dateline is not None and s_start <= dateline[0] < s_end:
                # 新华社北京10月20日电: where the story was filed, not what it is about
                found = [e for e in found if not (dateline[0] <= e.start < dateline[1])]
            self._entities[k] = found
        return found

    def example_province(self, last_subject: tuple[int, str], pos: int) -> bool:
        """Whether the subject to carry is a province named in an earlier paragraph of a text about the
        whole country (在江苏仪征市… in a national grain report): an example, kept to its paragraph."""
        region = self.region
        return region.national and region.province is None and last_subject[1] in province_names() \
            and last_subject[0] < self.view.rfind("\n", 0, pos) + 1

    def carry_floor(self, pos: int) -> int:
        """Where a subject named before `pos` can be carried from: its paragraph, or in a document
        about many places the section around (`_section_floor`); not in a county's or a city's own work
        report, which takes a new topic with each paragraph."""
        line_start = self.view.rfind("\n", 0, pos) + 1
        if self.region.province is None and not (self.region.city_is_title and self.time.plan_document) \
                and not ITEM_START.match(self.view, line_start):
            return self._section_floor(line_start)
        return self._topic_floor(line_start, pos)

    def _topic_floor(self, line_start: int, pos: int) -> int:
        """The end of the last run-in topic sentence of the paragraph before `pos` (科技创新优势加快培塑。:
        short, no number, no name), or the paragraph's start: a work report moves from topic to topic
        within one paragraph, and a name stays in its topic."""
        view = self.view
        j = bisect_right(self.starts, pos) - 1 - 1
        while j >= 0 and self.starts[j] >= line_start:
            s_start, s_end = self.starts[j], self.ends[j]
            if s_end - s_start <= _TOPIC_CHARS and view[s_end - 1] == "。" \
                    and _NUMBER_OR_REFERENCE.search(view, s_start, s_end) is None and not self.entities(j):
                return s_end
            j -= 1
        return line_start

    def carried_subject(self, k: int) -> str | None:
        """The last place or organisation named before sentence k in its paragraph (or, in a
        document about many places, in the paragraphs just before)."""
        found = self.carried_entity(k)
        if found is not None and found.kind == "province":
            return province_short_name(found.name)  # (山东省 → 山东, as a province is named)
        return found.name if found is not None else None

    def carried_entity(self, k: int, after: int = -1) -> Entity | None:
        """The name `carried_subject` gives, where it stands; only one standing after `after`."""
        floor = max(self.carry_floor(self.starts[k]), after)
        ends = self.ends
        j = k - 1
        view = self.view
        while j >= 0 and ends[j] > floor:
            if self.in_breakdown(j):
                j -= 1  # 分县市看，博乐市增长23.7%；精河县…: parts of the whole, each with its own figure
                continue
            for e in reversed(self.entities(j)):
                if (e.kind != "province" or (self.region.province not in (None, country_name())
                                             and province_short_name(e.name) != self.region.province)) \
                        and not listed(view, e.start, e.end) and e.name not in lexicon.areas() \
                        and not is_bare_city(e.name) and not an_object(view, e.start) and e.start > after \
                        and (e.name in lexicon.platforms() or not cited(view, e.end, e.name)):
                    return e  # the last one that is not the document's province, an area (东部地区), nor one of a list
            j -= 1
        return None

    def in_breakdown(self, j: int) -> bool:
        """Whether sentence j stands in a breakdown: a run of clauses, up to a full stop, opened by a
        point of view (分县市看，…；…)."""
        view, start = self.view, self.starts[j]
        opened = max(view.rfind("。", 0, start), view.rfind("\n", 0, start)) + 1
        return opens_with_viewpoint(view, opened, self.ends[j])

    def _section_floor(self, line_start: int) -> int:
        """How far back, in a document about many places, a subject is carried from: the
        paragraphs before, up to 600 characters, but not past a heading (a short line without a
        full stop) nor into an earlier numbered item (1、…) of a digest."""
        view = self.view
        floor = line_start
        while floor > 0 and line_start - floor < _CARRY_REACH:
            before = view.rfind("\n", 0, floor - 1) + 1
            paragraph = view[before:floor - 1].strip()
            if paragraph and ((len(paragraph) <= 30 and "。" not in paragraph) or ITEM_START.match(paragraph)):
                break  # a heading, or an item of its own
            floor = before
        return max(floor, line_start - _CARRY_REACH)


def with_aliases(view: str, start: int, end: int, found: list[Entity],
                  aliases: tuple[tuple[str, str], ...]) -> list[Entity]:
    """The names of view[start:end] with each company the text gives a short form of (中国南车股份有限公司
    (中国南车)) under that short form, wherever it writes the full name or the short one (the 中国 of
    中国南车的存货 is no name of its own)."""
    out = list(found)
    for full, short in aliases:
        out = [Entity(e.start, e.end, short, "org") if e.name == full else e for e in out]
        at = view.find(short, start, end)
        while at >= 0:
            stop = at + len(short)
            if not any(e.start <= at and stop <= e.end and e.kind == "org" for e in out):
                out = [e for e in out if not (e.start < stop and at < e.end)]
                out.append(Entity(at, stop, short, "org"))
            at = view.find(short, stop, end)
    return sorted(out, key=lambda e: e.start)


_CARRY_REACH: Final = 600


_TOPIC_CHARS: Final = 16  # (at most, with its full stop: 高质量教育体系加快构建。)


def _number_or_reference_pattern() -> re.Pattern[str]:
    """A digit, or a word referring back to a name (subject_words.tsv, back_reference and pronoun: 公司,
    该, 其) or standing for the document's region (scope_words.tsv: 全市, 全省): a sentence holding one
    is no run-in topic."""
    words = [*lexicon.subject_words("back_reference"), *lexicon.subject_words("pronoun"), *lexicon.scope_words()]
    return re.compile("[0-9０-９]|" + alternation(words))


_NUMBER_OR_REFERENCE: Final = _number_or_reference_pattern()



class Lazy:
    """A value computed on first use and kept (the carried subject of a sentence)."""

    __slots__ = ("arg", "done", "fn", "value")

    def __init__(self, fn: Callable[[int], str | None], arg: int) -> None:
        self.fn, self.arg, self.done = fn, arg, False
        self.value: str | None = None

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = self.fn(self.arg), True
        return self.value


def subject_going_on(ctx: DocumentContext, k: int, sentence: Span,
                      last_subject: tuple[int, str] | None) -> str | Lazy | None:
    """The subject sentence k takes when it names none: the last fact's, in the paragraph (or
    section), unless a platform cites its own data after it (…增长300%。飞猪报告也显示，…。预订量涨超
    450%) or a later paragraph names another (…南京市…16.4亿元。⏎春节假期，阜阳市…。截至目前，…12家);
    else the last name the sentences before it hold (looked up only if needed)."""
    if last_subject is not None and last_subject[0] >= ctx.carry_floor(sentence.start) \
            and not ctx.example_province(last_subject, sentence.start):
        named = ctx.carried_entity(k, after=last_subject[0]) if k > 0 and ctx.starts[k - 1] > last_subject[0] \
            else None
        if named is not None and (named.name in lexicon.platforms()
                                  or "\n" in ctx.view[last_subject[0]:named.start]):
            return named.name
        return last_subject[1]
    return Lazy(ctx.carried_subject, k)


# How far back a budget's account is looked for before a bare item of it (收入总计, 结转)
_BUDGET_REACH: Final = 400


@cache
def _budget_accounts() -> re.Pattern[str]:
    """The budget accounts of budget_stages.tsv (一般公共预算, 政府性基金预算), longest first."""
    return re.compile(alternation(list(lexicon.budget_stages("account"))))


def _budget_item(view: str, number_start: int, indicator: str) -> str | None:
    """A budget's bare item (收入总计, 结转: budget_stages.tsv, item) as the item of the budget account named last
    before it (…6179.3亿元，收入总计7470亿元 → 一般公共预算收入总计), as the text writes it before the number (the
    cleaning leaves a total's 总计 out); None for any other phrase, or with no account named."""
    if indicator not in lexicon.budget_stages("item"):
        return None
    account = last_match(_budget_accounts(), view, max(0, number_start - _BUDGET_REACH), number_start)
    if account is None:
        return None
    written = next((item for item in lexicon.budget_stages("item") if view.endswith(item, 0, number_start)),
                   indicator)  # (the items longest first)
    return account.group() + written


def subject_goes_on(view: str, subject: str, rule: SubjectRule, before: list[Entity]) -> bool:
    """Whether a fact's subject, named in its sentence (or stood for by a scope word: 全国 → 中国),
    goes on to the sentences after it: not an area (one part of the whole), a bare city, a source
    cited (but a platform's own data) nor something built or renamed."""
    return (rule in NAMED_IN_SENTENCE or rule == SubjectRule.SCOPE_WORD) and subject not in lexicon.areas() \
        and not is_bare_city(subject) \
        and not any(e.name == subject and ((cited(view, e.end, e.name) and subject not in lexicon.platforms())
                                           or an_object(view, e.start)) for e in before)


def _opens_clause(view: str, sentence_start: int, number_start: int, name: str) -> bool:
    """Whether the clause of the number opens with `name` (2010年，中国风力发电…)."""
    return view.startswith(name, clause_start(view, number_start, sentence_start))


def indicator_in_context(ctx: DocumentContext, q: Quantity, sentence: Span, prev_q: Quantity | None,
                         prev_indicator: str | None, before: list[Entity], subject: str | None,
                         last_fact: tuple[int, str] | None,
                         sentence_entities: list[Entity]) -> tuple[str, IndicatorRule]:
    """The indicator of q: its sentence's (without the names that are its subject), else the
    measure just reported where the phrase names none, or a breakdown of it."""
    view = ctx.view
    # (新开工抽水蓄能电站3座: what is built; 出口美国: a market traded with; both stay in what is measured)
    names = [e.name for e in before if not an_object(view, e.end - len(e.name)) and not a_trade_partner(view, e)]
    # (北京市国有资产经营有限责任公司（以下简称“北京国资公司”）营业收入: the name as written, whatever it is called)
    names += [view[e.start:e.end] for e in before if e.name in names and view[e.start:e.end] != e.name]
    if subject is not None and subject == ctx.region.organisation and subject not in names \
            and not _names_a_share(view, sentence.start, q.start, subject):
        names.append(subject)  # 比亚迪新能源汽车销量 in 比亚迪's report: the company is who, not what
    elif subject is not None and subject == country_name() and _opens_clause(view, sentence.start, q.start, subject):
        names.append(subject)  # 2010年，中国风力发电新增装机达1600万千瓦: the country is who, not what
    indicator, rule = indicator_for(view, q, sentence.start, prev_q, prev_indicator, names)
    item = _budget_item(view, q.start, indicator)
    if item is not None:
        return item, IndicatorRule.BUDGET_ACCOUNT
    if last_fact is None or q.start - last_fact[0] > _INDICATOR_REACH:
        return indicator, rule
    no_measure = only_function_words(indicator) or (
        rule in LAST_RESORTS and names_no_measure(indicator, tuple(e.name for e in sentence_entities)))
    if (rule == IndicatorRule.QUANTITY_TEXT or no_measure) and "\n\n" not in view[last_fact[0]:q.start]:
        # 分季度看，一季度同比增长18.3%: a time alone names no measure; the one just reported goes on (as it
        # does to a number alone, 同比增10.49%, on a line a break has cut from its measure, and to a phrase of
        # function words alone whatever rule read it: …4000公里还是3000公里, 也基本持平)
        return last_fact[1], IndicatorRule.OF_SENTENCE_BEFORE
    if rule == IndicatorRule.BEFORE_VERB and q.dimension != "count" and "\n" not in view[last_fact[0]:q.start] \
            and (head := breakdown_head(indicator, last_fact[1])):  # (…企业83家: a count is no industry's value)
        return indicator + head, IndicatorRule.HEAD_OF_BREAKDOWN
    return indicator, rule


def bracket_closing(view: str, sentence: Span, pos: int) -> int | None:
    """Where the bracket that `pos` stands in closes (just after it), when one opened before `pos` in its
    sentence, with words before `pos`, closes after it there (预算36.3亿元（其中：开发区4.6亿元）); else None
    (浙江（6.1%）、安徽（5.9%）: a bracket holding a value alone is no aside)."""
    opened = max(view.rfind("（", sentence.start, pos), view.rfind("(", sentence.start, pos))
    if opened < 0 or opened + 1 == pos or max(view.rfind("）", opened, pos), view.rfind(")", opened, pos)) >= 0:
        return None
    closes = [at for at in (view.find("）", pos, sentence.end), view.find(")", pos, sentence.end)) if at >= 0]
    return min(closes) + 1 if closes else None


def _names_a_share(view: str, start: int, end: int, company: str) -> bool:
    """Whether the company's name stands in view[start:end] as part of its share's (万科A, 万科B)."""
    return any(at + len(company) < end and view[at + len(company)] in "ABH"
               for at in find_all(view, company, start, end))


# The indicator rules that found no measure in the clause, only what stands before the number.
LAST_RESORTS: Final = frozenset({IndicatorRule.SENTENCE_PREFIX, IndicatorRule.RAW_PREFIX})


_INDICATOR_REACH: Final = 200  # how far back a measure reported before goes on
