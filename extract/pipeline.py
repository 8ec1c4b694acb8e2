"""The extraction of one document: normalise → quantities → attribute → validate.

`extract_document` is the single entry point used by `statfacts facts`, `statfacts run`, the
benchmark and the distributed job, so every path produces the same facts.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Final

from extract import EXTRACTOR_VERSION, lexicon
from extract.attribute.catalogue import base_value, indicator_id
from extract.attribute.indicator import (
    IndicatorRule,
    breakdown_head,
    clean_phrase,
    counted_group,
    etc_list,
    indicator_for,
    list_of_clause,
    names_no_measure,
    of_counted_group,
    opens_with_viewpoint,
    read_as_aim,
    read_as_growth,
    split_list,
    without_listed_owners,
)
from extract.attribute.modality import DEFAULT_RULE as MODALITY_DEFAULT
from extract.attribute.modality import FUTURE_RULE, PLAN_YEAR_RULE, modality_for
from extract.attribute.period import DocumentTime
from extract.attribute.subject import (
    FILED,
    NAMED_IN_SENTENCE,
    Entity,
    SubjectRule,
    an_object,
    cited,
    document_region,
    entities,
    is_bare_city,
    listed,
    nameable,
    province_names,
    split_named,
    split_places,
    subject_for,
    title_span,
    topic_name,
)
from extract.attribute.table import read_table_columns
from extract.normalise import NormalisedText, normalise
from extract.patterns import SPACE, alternation
from extract.quantities import LIST_GAP, Dropped, Quantity, clause_start, find_quantities
from extract.sentences import Sentences, Span
from extract.validate import Rejection, validate
from models.fact import Document, Fact


@dataclass
class Extraction:
    """What one document gave: valid facts, rejected candidates, and numbers ruled out."""

    facts: list[Fact] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    version: str = EXTRACTOR_VERSION


def extract_text(text: str, doc: str = "-", *, published=None, keep_dropped: bool = False) -> Extraction:
    """Facts of a text given directly (tests and library use)."""
    return extract_document(Document(name=doc, path=doc, text=text, published=published), keep_dropped=keep_dropped)


class _Context:
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
                found = _with_aliases(self.view, s_start, s_end, found, self.region.aliases)
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
                and not _ITEM_START.match(self.view, line_start):
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
                if e.kind != "province" and not listed(view, e.start, e.end) and e.name not in lexicon.areas() \
                        and not is_bare_city(e.name) and not an_object(view, e.start) and e.start > after \
                        and (e.name in lexicon.platforms() or not cited(view, e.end)):
                    return e  # the last one that is not a province, an area (东部地区), nor one of a list
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
            if paragraph and ((len(paragraph) <= 30 and "。" not in paragraph) or _ITEM_START.match(paragraph)):
                break  # a heading, or an item of its own
            floor = before
        return max(floor, line_start - _CARRY_REACH)


def _with_aliases(view: str, start: int, end: int, found: list[Entity],
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
_NUMBER_OR_REFERENCE: Final = re.compile(r"[0-9０-９]|该|其|公司|集团|本行|本市|全市|全省|全区|全县")
# A paragraph that opens a numbered item of a digest or a list (1、, 2., （三）)
_ITEM_START: Final = re.compile(r"\s*(?:[0-9]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,3}[)）])")


class _Lazy:
    """A value computed on first use and kept (the carried subject of a sentence)."""

    __slots__ = ("arg", "done", "fn", "value")

    def __init__(self, fn: Callable[[int], str | None], arg: int) -> None:
        self.fn, self.arg, self.done = fn, arg, False
        self.value: str | None = None

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = self.fn(self.arg), True
        return self.value


def extract_document(document: Document, *, keep_dropped: bool = False) -> Extraction:
    """Find a document's quantities, then each one's indicator, subject, modality and period from
    its sentence and what the sentences before it said; validate every candidate."""
    result = Extraction()
    norm = normalise(document.text)
    quantities = find_quantities(norm.view, result.dropped if keep_dropped else None)
    if not quantities:
        return result
    ctx = _Context(norm.view, document)
    pending = _Reading(ctx, document, norm).candidates(quantities)
    _respectively(norm.view, pending, ctx.time)
    read_table_columns(norm.view, pending)
    for _q, candidate in pending:
        _without_owners(candidate)
        _comparable(candidate)
        checked = validate(candidate)
        if isinstance(checked, Fact):
            result.facts.append(checked)
        else:
            result.rejected.append(checked)
    return result


class _Reading:
    """A document's quantities read in order: each one attributed from its sentence (what belongs to
    the sentence is found once for all its quantities) and from what goes on from the facts before
    it (the last subject named, the last measure reported)."""

    def __init__(self, ctx: _Context, document: Document, norm: NormalisedText) -> None:
        self.ctx = ctx
        self.document = document
        self.norm = norm
        self.k = -1  # the sentence being read
        self.sentence = Span(0, 0)
        self.sentence_text = ""
        self.sentence_entities: list[Entity] = []
        self.sentence_nameable: list[Entity] = []  # those of them that can be what its figures are of
        self.carry: str | None = None
        self.carried_subject: str | _Lazy | None = None
        self.prev_q: Quantity | None = None  # the quantity before, in this sentence, and its indicator
        self.prev_indicator: str | None = None
        self.last_subject: tuple[int, str] | None = None
        self.last_fact: tuple[int, str] | None = None  # where the last fact with a measure of its own ends, and it
        self.group: str | None = None  # the group the last count of units in this sentence counted (技工学校12所)

    def candidates(self, quantities: list[Quantity]) -> list[tuple[Quantity, dict[str, object]]]:
        """Each quantity with its candidate fact, in order."""
        time = self.ctx.time
        pending: list[tuple[Quantity, dict[str, object]]] = []
        for q in quantities:
            k = time.sentence_index(q.start)
            if k != self.k:
                self._enter_sentence(k)
            pending.append((q, self._candidate(q)))
        return pending

    def _enter_sentence(self, k: int) -> None:
        """What belongs to sentence k, once for all its quantities (the period it carries, the
        subject going on into it, its names, its stored text)."""
        ctx = self.ctx
        self.k = k
        self.sentence = ctx.sentences[k]
        self.prev_q, self.prev_indicator, self.group = None, None, None
        self.carry = ctx.time.carry(k)
        self.carried_subject = _subject_going_on(ctx, k, self.sentence, self.last_subject)
        self.sentence_entities = ctx.entities(k)
        self.sentence_nameable = nameable(ctx.view, self.sentence.start, self.sentence_entities)
        s_start, s_end = self.norm.to_stored(self.sentence.start, self.sentence.end)
        self.sentence_text = self.document.text[s_start:s_end].strip()

    def _candidate(self, q: Quantity) -> dict[str, object]:
        """q's candidate fact: its subject, modality, indicator and period, from its sentence and what
        goes on from the facts before it."""
        ctx, view, sentence = self.ctx, self.ctx.view, self.sentence
        before = [e for e in self.sentence_entities if e.end <= q.number_start]
        subject, subject_rule = subject_for(view, sentence.start, q.number_start, ctx.region, self.carried_subject,
                                            before, self.sentence_nameable)
        modality, modality_rule = modality_for(view, sentence.start, q.number_start, q.end)
        indicator, indicator_rule = _indicator(ctx, q, sentence, self.prev_q, self.prev_indicator, before, subject,
                                               self.last_fact, self.sentence_entities)
        indicator, indicator_rule = of_counted_group(indicator, indicator_rule, self.group)
        read_as_aim(q, self.prev_q, indicator_rule)  # (增长9.8%，高于6%以上的预期目标: a change too)
        read_as_growth(q, indicator)
        period, period_rule = ctx.time.period_of(self.k, sentence, q.number_start, self.carry,
                                                 target=modality == "target", measure=indicator, number_end=q.end,
                                                 actual=modality == "actual")
        if modality_rule == MODALITY_DEFAULT and ctx.time.planned(period, period_rule, q.start):
            # 加快推进300个省级重大项目 in a work report, or under its 二、2024年工作安排: a figure of the
            # year it plans is aimed at
            modality, modality_rule = "target", PLAN_YEAR_RULE
        elif modality_rule == MODALITY_DEFAULT and period is not None and ctx.time.year is not None \
                and int(period[:4]) > ctx.time.year:
            # 到2030年，地区生产总值突破7000亿元 in a report of 2026: a figure of a year to come is aimed at
            modality, modality_rule = "target", FUTURE_RULE
        text = self.document.text
        start, end = self.norm.to_stored(q.start, q.end)
        candidate: dict[str, object] = {
            "doc": self.document.name,
            "start": start,
            "end": end,
            "text": text[start:end],
            "value": q.value,
            "value_max": q.value_max,
            "unit": q.unit,
            "qualifier": q.qualifier,
            "kind": q.kind,
            "direction": q.direction if q.kind == "change" else None,
            "modality": modality,
            "indicator": indicator,
            "subject": subject,
            "period": period,
            "sentence": self.sentence_text,
            "rule": " ".join([*q.rules, indicator_rule, subject_rule, period_rule, modality_rule]),
            "optional": q.optional,
        }
        self._remember(q, before, subject, subject_rule, indicator, indicator_rule)
        return candidate

    def _remember(self, q: Quantity, before: list[Entity], subject: str | None, subject_rule: SubjectRule,
                  indicator: str, indicator_rule: IndicatorRule) -> None:
        """What of q's fact goes on to the quantities after it: its subject (one named in its sentence
        that goes on), its indicator, and its measure where it names one of its own."""
        if subject is not None and _goes_on(self.ctx.view, subject, subject_rule, before) \
                and not self.ctx.in_breakdown(self.k):
            self.last_subject = (q.start, subject)  # (分县市看，…精河县增长…: a part's subject stays in its sentence)
        self.prev_q, self.prev_indicator = q, indicator or self.prev_indicator
        self.group = counted_group(self.ctx.view, self.sentence.start, q, indicator, indicator_rule) or self.group
        if indicator_rule not in _LAST_RESORTS:
            self.last_fact = (q.end, indicator)


def _subject_going_on(ctx: _Context, k: int, sentence: Span,
                      last_subject: tuple[int, str] | None) -> str | _Lazy | None:
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
    return _Lazy(ctx.carried_subject, k)


def _indicator(ctx: _Context, q: Quantity, sentence: Span, prev_q: Quantity | None, prev_indicator: str | None,
               before: list[Entity], subject: str | None, last_fact: tuple[int, str] | None,
               sentence_entities: list[Entity]) -> tuple[str, IndicatorRule]:
    """The indicator of q: its sentence's (without the names that are its subject), else the
    measure just reported where the phrase names none, or a breakdown of it."""
    view = ctx.view
    names = [e.name for e in before if not an_object(view, e.end - len(e.name))]  # (新开工抽水蓄能电站3座: what)
    if subject is not None and subject == ctx.region.organisation and subject not in names \
            and not _names_a_share(view, sentence.start, q.start, subject):
        names.append(subject)  # 比亚迪新能源汽车销量 in 比亚迪's report: the company is who, not what
    indicator, rule = indicator_for(view, q, sentence.start, prev_q, prev_indicator, names)
    if last_fact is None or q.start - last_fact[0] > _INDICATOR_REACH:
        return indicator, rule
    if (rule == IndicatorRule.QUANTITY_TEXT or (rule in _LAST_RESORTS and names_no_measure(
            indicator, tuple(e.name for e in sentence_entities)))) and "\n\n" not in view[last_fact[0]:q.start]:
        # 分季度看，一季度同比增长18.3%: a time alone names no measure; the one just reported goes on (as it
        # does to a number alone, 同比增10.49%, on a line a break has cut from its measure)
        return last_fact[1], IndicatorRule.OF_SENTENCE_BEFORE
    if rule == IndicatorRule.BEFORE_VERB and q.dimension != "count" and "\n" not in view[last_fact[0]:q.start] \
            and (head := breakdown_head(indicator, last_fact[1])):  # (…企业83家: a count is no industry's value)
        return indicator + head, IndicatorRule.HEAD_OF_BREAKDOWN
    return indicator, rule


def _goes_on(view: str, subject: str, rule: SubjectRule, before: list[Entity]) -> bool:
    """Whether a fact's subject, named in its sentence (or stood for by a scope word: 全国 → 中国),
    goes on to the sentences after it: not an area (one part of the whole), a bare city, a source
    cited (but a platform's own data) nor something built or renamed."""
    return (rule in NAMED_IN_SENTENCE or rule == SubjectRule.SCOPE_WORD) and subject not in lexicon.areas() \
        and not is_bare_city(subject) \
        and not any(e.name == subject and ((cited(view, e.end) and subject not in lexicon.platforms())
                                           or an_object(view, e.start)) for e in before)


def _names_a_share(view: str, start: int, end: int, company: str) -> bool:
    """Whether the company's name stands in view[start:end] as part of its share's (万科A, 万科B)."""
    at = view.find(company, start, end)
    while at >= 0:
        after = at + len(company)
        if after < end and view[after] in "ABH":
            return True
        at = view.find(company, after, end)
    return False


def _without_owners(candidate: dict[str, object]) -> None:
    """The measure alone where the indicator is a measure said of a list of its owners."""
    measure = without_listed_owners(str(candidate["indicator"]))
    if measure is not None:
        candidate["indicator"] = measure
        candidate["rule"] = f"{candidate['rule']} {IndicatorRule.WITHOUT_OWNERS}"


def _comparable(candidate: dict[str, object]) -> None:
    """The catalogue's id of the candidate's measure and its value on its dimension's base unit."""
    kind, unit = str(candidate["kind"]), str(candidate["unit"])
    mapping = indicator_id(str(candidate["indicator"]), kind, unit)
    candidate["indicator_id"] = mapping.id
    candidate["rule"] = f"{candidate['rule']} {mapping.rule}"
    value = candidate["value"]
    if isinstance(value, Decimal):
        candidate["value_base"], candidate["base_unit"] = base_value(value, unit)


# The indicator rules that found no measure in the clause, only what stands before the number.
_LAST_RESORTS: Final = frozenset({IndicatorRule.SENTENCE_PREFIX, IndicatorRule.RAW_PREFIX})
_INDICATOR_REACH: Final = 200  # how far back a measure reported before goes on


# (the patterns below run per sentence or per fact: the standard `re` is cheaper per call than `regex`,
# and \s and \p{Han} are spelled as `regex` reads them)
# The base a list of changes is compared with (同比, 比上年同期), written once for the two lists below
_CHANGES_BASE: Final = "(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度?)(?:同期)?)"
# Only list marks and the base the changes are compared with (，同比分别增长…, ，比上年同期分别…)
_ONLY_PUNCT_AND_BASE: Final = re.compile(rf"[{SPACE}，,、；;：:和及与]*{_CHANGES_BASE}?[{SPACE}，,]*")


@cache
def _respectively_pattern() -> re.Pattern[str]:
    """分别 and the verb before a list's numbers: a change word (change_words.tsv) or 为, 是, 达, 占, 以, 有,
    after the base the changes are compared with (分别比上年上涨)."""
    return re.compile(rf"分别{_CHANGES_BASE}?(?:{alternation(lexicon.change_words())}|为|是|达到?|占|以|有)?[到至了]?$")


def _respectively(view: str, items: list[tuple[Quantity, dict[str, object]]], time: DocumentTime) -> None:
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
            i = _places_and_values(view, items, i)
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
            for slot, k in enumerate(group):
                items[k][1]["indicator"] = named[len(named) - len(group) + slot]
                items[k][1]["rule"] = f"{items[k][1]['rule']} {IndicatorRule.RESPECTIVELY}"
        elif len(group) > 1:
            # 城乡居民人均可支配收入分别增长…: the list is named right there, not by the numbers before
            _named_list(view, resp.start(), [items[k][1] for k in group], time)
        i = _read_again(view, items, group, j)


@cache
def _second_reading() -> re.Pattern[str]:
    """What stands between a 分别 list and a second list of as many numbers that reads the same
    measures again (，两年平均增长15.5%和16.0%; ，同比加快5.9、2.6和3.8个百分点): a change word
    (change_words.tsv), after the base it is compared with."""
    return re.compile(
        rf"[，,](?:[0-9一二两三四五六七八九十]+年)?(?:平均|年均)?{_CHANGES_BASE}?(?:{alternation(lexicon.change_words())})(?:为|了)?")


def _read_again(view: str, items: list[tuple[Quantity, dict[str, object]]], group: list[int], j: int) -> int:
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


def _places_and_values(view: str, items: list[tuple[Quantity, dict[str, object]]], i: int) -> int:
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
    for k, place in zip(range(i, j), places, strict=True):
        cand = items[k][1]
        cand["subject"] = place
        cand["rule"] = f"{cand['rule']} {SubjectRule.RESPECTIVELY}"
    return j


def _measures_before(items: list[tuple[Quantity, dict[str, object]]], i: int) -> list[str]:
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


# Around the measure that follows a list of places: how many they are (两市, 3个省份), how it went (较大)
_PLACES_REST: Final = re.compile(
    r"^(?:[两三四五六七八九十0-9]+个?(?:省份|省|市|县|区|州|地)|等地?)|(?:较大|较快|较高|明显|最快|最高|居前|领先)$"
)


def _listed_periods(view: str, begin: int, respectively: int, group: list[dict[str, object]],
                    time: DocumentTime) -> None:
    """Times listed before 分别, in its clause or opening the clause before (7、8月，全省出口分别增长…):
    each number of the group its own (一季度、二季度、三季度…分别增长5.4%、5.2%和4.8%)."""
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
            measure = _PLACES_REST.sub("", before[before.rfind(places[-1]) + len(places[-1]):])
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


def _named_list(view: str, respectively: int, group: list[dict[str, object]], time: DocumentTime) -> None:
    """A list named right before 分别 gives each number of the group its own thing: its own period
    when times are listed (`_listed_periods`); a place of the gazetteer or a company opening each
    item is the item's subject (贵阳市、遵义市地区生产总值), else the items are measures
    (工业机器人、新能源汽车产量)."""
    begin = clause_start(view, respectively)
    phrase = view[begin:respectively]
    _listed_periods(view, begin, respectively, group, time)
    places, measure = _listed_subjects(view, begin, phrase, len(group))
    if places is not None:
        for cand, place in zip(group, places, strict=True):
            cand["subject"] = place
            cand["rule"] = f"{cand['rule']} {SubjectRule.RESPECTIVELY}"
            if measure:
                cand["indicator"] = measure
        return
    named = split_list(str(group[0]["indicator"]), len(group))
    if named is None and "等" in phrase:
        named = etc_list(phrase, len(group))  # 化工、汽车制造等重点行业产值分别增长…
    if named is None and "、" not in phrase:
        # 尤其是互联网和相关服务业、软件和信息技术服务业，持续较快增长，同比分别增长15.9%和37.5%
        named = _list_before(view, begin, len(group))
    if named is None:
        return
    for cand, indicator in zip(group, named, strict=True):
        cand["indicator"] = indicator
        cand["rule"] = f"{cand['rule']} {IndicatorRule.RESPECTIVELY}"
