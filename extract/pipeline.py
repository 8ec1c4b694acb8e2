"""The extraction of one document: normalise → quantities → attribute → validate.

`extract_document` is the single entry point used by `statfacts facts`, `statfacts run`, the
benchmark and the distributed job, so every path produces the same facts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import regex

from extract import EXTRACTOR_VERSION
from extract.attribute.indicator import indicator_for
from extract.attribute.modality import modality_for
from extract.attribute.period import TimeMention, _time_pattern, document_year, time_mentions, title_period
from extract.attribute.subject import Entity, document_region, entities, subject_for, title_span
from extract.normalise import normalise
from extract.patterns import HAN, SPACE, EndingWith
from extract.quantities import LIST_GAP, Dropped, Quantity, find_quantities
from extract.sentences import Sentences, Span
from extract.validate import Rejection, validate
from models.fact import Document, Fact

_DATELINE: Final = regex.compile(
    r"(?:新华社|中新社|中新网|人民网|央视网|本报|记者)\p{Han}{0,4}?\p{Han}{2,4}[0-9]{1,2}月[0-9]{1,2}日(?:电|讯)"
)
_BULLET: Final = regex.compile(r"^\s*(?:[-•·*—]|[0-9]{1,2}[.、)]|[（(][0-9一二三四五六七八九十]{1,2}[)）])")


@dataclass
class Extraction:
    """What one document gave: valid facts, rejected candidates, and numbers ruled out."""

    facts: list[Fact] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    version: str = EXTRACTOR_VERSION


_DIGIT: Final = regex.compile(r"[0-9]")
_PART_OF_YEAR: Final = re.compile(r"([0-9]{4})-[0-9]{2}/\1-[0-9]{2}")  # 2025-01/2025-09: months of one year
_SECTION_MARKS: Final = (
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部章节]"
)
_SECTION_MARK: Final = re.compile(rf"(?:{_SECTION_MARKS})")  # (used with `match`)
# A line (the line break before it, then the line) that can open a heading's span: its text
# (`str.strip`ped: `re`'s \s is the same set) is one to 12 characters, or at most 24 and opens
# with a section mark. Each part is possessive, so a longer line fails at once: the text is at
# most 12 (24) characters exactly when those cover all of it but trailing whitespace.
_HEADING_LINE: Final = re.compile(
    rf"\n[^\S\n]*+(?:\S[^\n]{{0,11}}+|(?=(?:{_SECTION_MARKS}))[^\n]{{1,24}}+)[^\S\n]*+(?=\n|\Z)"
)


def _heading_periods(view: str, doc_year: int | None) -> list[tuple[int, int, str]]:
    """Spans governed by a heading's period: a section heading with a time (一、2024年工作回顾)
    governs the paragraphs up to the next section heading; a line that is only a period (a box
    headed “十四五”时期) governs the bullet lines under it.

    Lines are read one by one only under a box's heading (any line may end its bullet list);
    elsewhere only a line `_HEADING_LINE` finds can change anything (an empty line never does, a
    longer one only ends a bullet list, and one of 13 to 24 characters only a section heading or
    a bullet list), so the scan skips to the next of those."""
    from extract.attribute.period import read_time

    out: list[tuple[int, int, str | None]] = []
    current: str | None = None
    mode = ""
    start = 0
    size = len(view)
    next_start = 0  # where the next line to read starts (just after a line break, but for the first)
    while next_start <= size:
        if next_start > 0 and (mode != "box" or current is None):
            found = _HEADING_LINE.search(view, next_start - 1)
            if found is None:
                break
            next_start = found.start() + 1
        line_start = next_start
        line_end = view.find("\n", line_start)
        if line_end < 0:
            line_end = size
        next_start = line_end + 1
        raw = view[line_start:line_end]
        text = raw.strip()
        if not text:
            continue
        if len(text) > 24:
            # a paragraph, not a heading: it can only end a box's bullet list
            if mode == "box" and current is not None and not _BULLET.match(raw):
                out.append((start, line_start, current))
                current = None
            continue
        m = _time_pattern().search(text)
        if _SECTION_MARK.match(text):
            if current is not None:
                out.append((start, line_start, current))
            current = read_time(m, doc_year).period if m else None
            mode, start = "section", line_end
            continue
        if m and len(text) <= 12 and len(text) - len(m.group()) <= 4 and not _DIGIT.search(text, m.end()):
            if current is not None:
                out.append((start, line_start, current))
            current = read_time(m, doc_year).period
            mode, start = "box", line_end
            continue
        if mode == "box" and current is not None and not _BULLET.match(raw):
            out.append((start, line_start, current))
            current = None
    if current is not None:
        out.append((start, len(view), current))
    return [(a, b, p) for a, b, p in out if p]


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
        self.year, _ = document_year(view, document.published)
        self.region = document_region(view)
        self.headings = _heading_periods(view, self.year)
        t_start, t_end = title_span(view)
        self.report_period = title_period(view[t_start:t_end]) if t_end > t_start else None
        dl = _DATELINE.search(view, 0, min(len(view), 3000))
        self.dateline = (dl.start(), dl.end()) if dl else None
        self._entities: dict[int, list[Entity]] = {}
        self._mentions: dict[int, list[TimeMention]] = {}
        self._openings: dict[int, TimeMention | None] = {}
        self._lead: tuple[str] | None = None
        self._section_leads: dict[int, str | None] = {}

    def sentence_index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def entities(self, k: int) -> list[Entity]:
        found = self._entities.get(k)
        if found is None:
            s_start, s_end = self.starts[k], self.ends[k]
            found = entities(self.view, s_start, s_end)
            dateline = self.dateline
            if dateline is not None and s_start <= dateline[0] < s_end:
                # 新华社北京10月20日电: where the story was filed, not what it is about
                found = [e for e in found if not (dateline[0] <= e.start < dateline[1])]
            self._entities[k] = found
        return found

    def mentions(self, k: int) -> list[TimeMention]:
        found = self._mentions.get(k)
        if found is None:
            found = time_mentions(self.view, self.year, self.starts[k], self.ends[k])
            report_period = self.report_period
            if found and report_period and len(report_period) == 4:
                for m in found:
                    if m.rule == "period.report_year":
                        # 河南省2024年…公报: its 全年 is 2024, its 年末 2024-12
                        year_end = m.period is not None and m.period.endswith("-12")
                        m.period = f"{report_period}-12" if year_end else report_period
            self._mentions[k] = found
        return found

    def opening(self, k: int) -> TimeMention | None:
        """The time a sentence opens with (2025年，…), which governs the rest of its paragraph."""
        if k in self._openings:
            return self._openings[k]
        found = None
        view = self.view
        for m in self.mentions(k):
            if m.rule == "period.comparison_base" or not _is_period_word(view, m):
                continue
            if m.rule == "period.date":
                break
            gap = view[self.starts[k]:m.start]
            after = view[m.end:m.end + 3]
            bare = not gap.strip("“”\"'‘’ \t")
            if (_OPENING_GAP.match(gap) and (bare or _OPENING_AFTER.match(after))) or (
                gap.endswith(("，", ",")) and _OPENING_AFTER.match(after)
            ):
                found = m  # 2025年，… / 据介绍，2025年上半年，全市…
            break
        self._openings[k] = found
        return found

    def _joined(self, j: int) -> bool:
        """Whether sentence j and sentence j+1 are in one paragraph."""
        end = self.sentences.ends[j]  # where sentence j + 1 starts
        return "\n" not in self.view[end - 1:end + 1]

    def carry(self, k: int) -> str | None:
        """The period opened by the nearest earlier sentence that opens with one (2025年上半年，…):
        it governs what follows until another is stated or a section heading names another (`_period`
        takes a heading's period before it); with none in the paragraph, the lead's period."""
        j = k - 1
        while j >= 0 and self._joined(j):
            opening = self.opening(j)
            if opening is not None:
                return opening.period
            j -= 1
        earlier = self.section_lead(j)
        return earlier if earlier is not None else self.lead_period

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
            line = self.view[self.starts[first]:self.ends[j]].strip()
            if line:
                if len(line) <= 24 and "。" not in line:
                    break  # a heading: a new section, whose own period (if any) `_period` reads first
                opening = self.opening(first)
                if opening is not None and opening.period and _PART_OF_YEAR.fullmatch(opening.period):
                    found = opening.period
                    break
            j = first - 1
        for index in seen:
            self._section_leads[index] = found
        return found

    @property
    def lead_period(self) -> str | None:
        """A news story's lead (its first paragraph after the head) that opens with a period
        (2025年上半年，全市…) sets the period of the story until another is stated."""
        if self._lead is None:
            self._lead = ("",)
            _, head_end = title_span(self.view)
            k = self.sentence_index(head_end + 1) if head_end < len(self.view) else len(self.sentences)
            while k < len(self.sentences) and not self.view[self.starts[k]:self.ends[k]].strip():
                k += 1
            lead_line_end = self.view.find("\n", self.starts[k]) if k < len(self.sentences) else -1
            lead_line_end = len(self.view) if lead_line_end < 0 else lead_line_end
            first = True
            while k < len(self.sentences) and self.starts[k] < lead_line_end:
                if first and self.dateline is not None:
                    # a filed story's lead states the story's period wherever it stands in it
                    # (…国家统计局20日发布数据，初步核算，今年前三季度国内生产总值…)
                    for m in self.mentions(k):
                        if m.period and m.rule not in ("period.comparison_base", "period.date")\
                                and _is_period_word(self.view, m):
                            self._lead = (m.period,)
                            break
                    if self._lead != ("",):
                        break
                    first = False
                opening = self.opening(k)
                if opening is not None and opening.period:
                    self._lead = (opening.period,)
                    break
                k += 1
        return self._lead[0] or None

    def carried_subject(self, k: int) -> str | None:
        """The last place or organisation named before sentence k in its paragraph (or, in a
        document about many places, in the paragraphs just before)."""
        line_start = self.view.rfind("\n", 0, self.starts[k]) + 1
        floor = line_start if self.region.province is not None else max(0, line_start - 600)
        ends = self.ends
        j = k - 1
        while j >= 0 and ends[j] > floor:
            for e in reversed(self.entities(j)):
                if e.kind != "province":
                    return e.name  # the last one that is not a province
            j -= 1
        return None


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
    result = Extraction()
    text = document.text
    norm = normalise(text)
    view = norm.view
    dropped: list[Dropped] | None = result.dropped if keep_dropped else None
    quantities = find_quantities(view, dropped)
    if not quantities:
        return result
    ctx = _Context(view, document)

    pending: list[tuple[Quantity, dict[str, object]]] = []
    prev_q: Quantity | None = None
    prev_indicator: str | None = None
    prev_k = -1
    carried_subject: _Lazy | None = None
    carry: str | None = None
    sentence = Span(0, 0)
    sentence_text = ""
    mentions: list[TimeMention] = []
    sentence_entities: list[Entity] = []
    title_year = ctx.report_period if ctx.report_period and len(ctx.report_period) == 4 else None
    for q in quantities:
        k = ctx.sentence_index(q.start)
        if k != prev_k:  # what belongs to the sentence, once for all its quantities
            sentence = ctx.sentences[k]
            prev_q, prev_indicator = None, None
            prev_k = k
            carry = ctx.carry(k)
            carried_subject = _Lazy(ctx.carried_subject, k)
            mentions, sentence_entities = ctx.mentions(k), ctx.entities(k)
            s_start, s_end = norm.to_stored(sentence.start, sentence.end)
            sentence_text = text[s_start:s_end].strip()
        period, period_rule = _period(view, mentions, ctx.headings, sentence, q, carry, title_year)
        if period is None and ctx.report_period and period_rule == "period.none":
            period, period_rule = ctx.report_period, "period.title"
        before = [e for e in sentence_entities if e.end <= q.number_start]
        subject, subject_rule = subject_for(view, sentence.start, q.number_start, ctx.region, carried_subject,
                                            before)
        modality, modality_rule = modality_for(view, sentence.start, q.number_start)
        indicator, indicator_rule = indicator_for(view, q, sentence.start, prev_q, prev_indicator,
                                                  [e.name for e in before])
        start, end = norm.to_stored(q.start, q.end)
        rules = [*q.rules, indicator_rule, subject_rule, period_rule, modality_rule]
        candidate = {
            "doc": document.name,
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
            "sentence": sentence_text,
            "rule": " ".join(rules),
            "optional": q.optional,
        }
        pending.append((q, candidate))
        prev_q, prev_indicator = q, indicator or prev_indicator
    _respectively(view, pending)
    for _q, candidate in pending:
        checked = validate(candidate)
        if isinstance(checked, Fact):
            result.facts.append(checked)
        else:
            result.rejected.append(checked)
    return result


# (the patterns below run per sentence or per fact: the standard `re` is cheaper per call than `regex`,
# and \s and \p{Han} are spelled as `regex` reads them)
_ONLY_PUNCT: Final = re.compile(rf"[{SPACE}，,、；;：:和及与]*")
_RESPECTIVELY: Final = re.compile(r"分别(?:增长|增加|下降|减少|提高|上升|为|是|达到?|占)?了?$")


def _respectively(view: str, items: list[tuple[Quantity, dict[str, object]]]) -> None:
    """…游客6380万人次，…收入810亿元，分别增长15.1%和12.8%: the k-th number of a 分别 list
    measures the k-th of the things named before it in the sentence."""
    i = 0
    while i < len(items):
        q, cand = items[i]
        floor = items[i - 1][0].end if i > 0 else max(0, q.start - 12)
        resp = _RESPECTIVELY.search(view, floor, q.start) if i > 0 else None
        if resp is None or not _ONLY_PUNCT.fullmatch(view[floor:resp.start()]):
            # 城乡居民人均可支配收入分别增长…: the list is named right there, not by the numbers before
            i += 1
            continue
        group = [i]
        j = i + 1
        while j < len(items) and LIST_GAP.fullmatch(view[items[j - 1][0].end:items[j][0].start]):
            group.append(j)
            j += 1
        sentence = cand["sentence"]
        before = [k for k in range(i) if items[k][1]["sentence"] == sentence and items[k][0].kind == "level"]
        named: list[str] = []
        for k in before:
            ind = str(items[k][1]["indicator"])
            if ind not in named:
                named.append(ind)
        if len(group) > 1 and len(named) >= len(group):
            for slot, k in enumerate(group):
                items[k][1]["indicator"] = named[len(named) - len(group) + slot]
                items[k][1]["rule"] = f"{items[k][1]['rule']} indicator.respectively"
        i = j


# A time right after these words (and an opening quote) is a starting point or a horizon, not the
# fact's period: (?:自|自从|迈向|迈入|面向|展望|于)[“"‘]?$ spelled out as words ending right there.
_NOT_A_PERIOD_WORDS: Final = ("自", "自从", "迈向", "迈入", "面向", "展望", "于")
_NOT_A_PERIOD_BEFORE: Final = EndingWith(w + quote for w in _NOT_A_PERIOD_WORDS for quote in ("", "“", '"', "‘"))
# A sentence comparing two states (从17.9%提升到35.5%) spans its own time: nothing is carried in.
_SPAN_COMPARISON: Final = re.compile(
    r"(?:从|由)[^。；;]{0,40}?(?:提升|提高|增长|增加|上升|下降|降低|减少|缩短|扩大|升|降)(?:到|至)"
)
_BASE_VALUE: Final = re.compile(r"[^，,。；;]{0,16}的")
_OPENING_AFTER: Final = re.compile(r"(?:以来|期间|时期|末|底)?[，,]")
# What may stand before a sentence's opening time: quotes, or a short topic (生产方面，前三季度，…)
_OPENING_GAP: Final = re.compile(rf"^[“”\"'‘’{SPACE}]*(?:[{HAN}]{{1,6}}[，,])?$")


def _is_period_word(view: str, m: TimeMention) -> bool:
    return _NOT_A_PERIOD_BEFORE.search(view, max(0, m.start - 4), m.start) is None


def _period(
    view: str,
    mentions: list[TimeMention],
    headings: list[tuple[int, int, str]],
    sentence: Span,
    q: Quantity,
    carry: str | None,
    title_year: str | None = None,
) -> tuple[str | None, str]:
    report_year: TimeMention | None = None
    for m in reversed(mentions):
        if m.end > q.number_start or not _is_period_word(view, m):
            continue
        if m.rule == "period.comparison_base":
            if m.period and _BASE_VALUE.fullmatch(view, m.end, q.number_start):
                return m.period, m.rule  # 与2010年第六次全国人口普查的4,613,871人相比
            continue
        if m.rule == "period.now":
            return None, m.rule
        if m.rule == "period.report_year":
            # 2025年，…全年签约…: 全年 is the year named before it, else the report's year
            report_year = report_year or m
        elif m.period:
            return m.period, m.rule
    if report_year is not None:
        # 全年 and 年末 are the year named before them (the title's, the paragraph's), else the report's
        year = title_year or (carry[:4] if carry and carry[:4].isdigit() else None)
        if year is None:
            return report_year.period, report_year.rule
        rule = "period.title" if title_year else "period.paragraph"
        if report_year.period and report_year.period.endswith("-12"):
            return f"{year}-12", rule  # 河南省2024年…公报 (published 2025): 年末 is 2024-12
        return year, rule
    for start, end, period in headings:
        if start <= q.start < end:
            return period, "period.heading"
    if carry and not _SPAN_COMPARISON.search(view, sentence.start, sentence.end):
        return carry, "period.paragraph"
    return None, "period.none"
