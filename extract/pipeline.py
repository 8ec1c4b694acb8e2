"""The extraction of one document: normalise → quantities → attribute → validate.

`extract_document` is the single entry point used by `statfacts facts`, `statfacts run`, the
benchmark and the distributed job, so every path produces the same facts.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from extract import EXTRACTOR_VERSION
from extract.attribute.indicator import indicator_for
from extract.attribute.modality import modality_for
from extract.attribute.period import TimeMention, _time_pattern, document_year, time_mentions, title_period
from extract.attribute.subject import document_region, entities, last_entity, subject_for, title_span
from extract.normalise import normalise
from extract.quantities import LIST_GAP, Dropped, Quantity, find_quantities
from extract.sentences import Span, line_spans, sentence_spans
from extract.validate import Rejection, validate
from models.fact import Document, Fact

_BULLET = regex.compile(r"^\s*(?:[-•·*—]|[0-9]{1,2}[.、)]|[（(][0-9一二三四五六七八九十]{1,2}[)）])")


@dataclass
class Extraction:
    """What one document gave: valid facts, rejected candidates, and numbers ruled out."""

    facts: list[Fact] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    version: str = EXTRACTOR_VERSION


def _heading_periods(view: str, doc_year: int | None) -> list[tuple[int, int, str]]:
    """Spans of bullet lines governed by a heading line that is only a period (“十四五”时期)."""
    out: list[tuple[int, int, str]] = []
    lines = line_spans(view)
    current: str | None = None
    start = 0
    for line in lines:
        text = view[line.start:line.end].strip()
        if not text:
            continue
        m = _time_pattern().search(text)
        if m and len(text) <= 12 and len(text) - len(m.group()) <= 4 and not regex.search(r"[0-9]", text[m.end():]):
            if current is not None:
                out.append((start, line.start, current))
            from extract.attribute.period import read_time

            current = read_time(m, doc_year).period
            start = line.end
            continue
        if current is not None and not _BULLET.match(view[line.start:line.end]):
            out.append((start, line.start, current))
            current = None
    if current is not None:
        out.append((start, len(view), current))
    return [s for s in out if s[2]]


def extract_text(text: str, doc: str = "-", *, published=None, keep_dropped: bool = False) -> Extraction:
    """Facts of a text given directly (tests and library use)."""
    return extract_document(Document(name=doc, path=doc, text=text, published=published), keep_dropped=keep_dropped)


def extract_document(document: Document, *, keep_dropped: bool = False) -> Extraction:
    result = Extraction()
    text = document.text
    norm = normalise(text)
    view = norm.view
    dropped: list[Dropped] | None = result.dropped if keep_dropped else None
    quantities = find_quantities(view, dropped)
    if not quantities:
        return result
    sentences = sentence_spans(view)
    sentence_starts = [s.start for s in sentences]
    year, _year_rule = document_year(view, document.published)
    region = document_region(view)
    mentions = time_mentions(view, year)
    mention_ends = [m.end for m in mentions]
    headings = _heading_periods(view, year)

    carries = _paragraph_carries(view, sentences, mentions)
    t_start, t_end = title_span(view)
    report_period = title_period(view[t_start:t_end]) if t_end > t_start else None

    carried_for: Span | None = None
    carried_subject: str | None = None
    pending: list[tuple[Quantity, dict[str, object]]] = []
    prev_q: Quantity | None = None
    prev_indicator: str | None = None
    prev_sentence: Span | None = None
    for q in quantities:
        sentence = sentences[bisect_right(sentence_starts, q.start) - 1]
        if sentence is not prev_sentence:
            prev_q, prev_indicator = None, None
            prev_sentence = sentence
        carry = carries[bisect_right(sentence_starts, q.start) - 1]
        period, period_rule = _period(view, mentions, mention_ends, headings, sentence, q, carry)
        if period is None and report_period and period_rule == "period.none":
            period, period_rule = report_period, "period.title"
        if sentence is not carried_for:
            carried_for = sentence
            line_start = view.rfind("\n", 0, sentence.start) + 1
            carried_subject = last_entity(view, line_start, sentence.start) if line_start < sentence.start else None
            if carried_subject is None and region.province is None:
                # a document about many places: the story's place is the one named just before
                carried_subject = last_entity(view, max(0, line_start - 600), line_start)
        subject, subject_rule = subject_for(view, sentence.start, q.number_start, region, carried_subject)
        subjects = [e.name for e in entities(view, sentence.start, q.start)]
        modality, modality_rule = modality_for(view, sentence.start, q.number_start)
        indicator, indicator_rule = indicator_for(view, q, sentence.start, prev_q, prev_indicator, subjects)
        start, end = norm.to_stored(q.start, q.end)
        s_start, s_end = norm.to_stored(sentence.start, sentence.end)
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
            "sentence": text[s_start:s_end].strip(),
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


_RESPECTIVELY = regex.compile(r"分别(?:增长|增加|下降|减少|提高|上升|为|是|达到?|占)?了?$")


def _respectively(view: str, items: list[tuple[Quantity, dict[str, object]]]) -> None:
    """…游客6380万人次，…收入810亿元，分别增长15.1%和12.8%: the k-th number of a 分别 list
    measures the k-th of the things named before it in the sentence."""
    i = 0
    while i < len(items):
        q, cand = items[i]
        floor = items[i - 1][0].end if i > 0 else max(0, q.start - 12)
        if not _RESPECTIVELY.search(view, floor, q.start) or i == 0:
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


# A time right after these words is a starting point or a horizon, not the fact's period.
_NOT_A_PERIOD_BEFORE = regex.compile(r"(?:自|自从|迈向|迈入|面向|展望)[“\"‘]?$")
# A sentence comparing two states (从17.9%提升到35.5%) spans its own time: nothing is carried in.
_SPAN_COMPARISON = regex.compile(r"(?:从|由)[^。；;]{0,40}?(?:提升|提高|增长|增加|上升|下降|降低|减少|缩短|扩大|升|降)(?:到|至)")
_OPENING_GAP = regex.compile(r"^[“”\"'‘’\s]*$")


def _is_period_word(view: str, m: TimeMention) -> bool:
    return not _NOT_A_PERIOD_BEFORE.search(view, max(0, m.start - 4), m.start)


def _paragraph_carries(view: str, sentences: list[Span], mentions: list[TimeMention]) -> list[str | None]:
    """For each sentence, the period opened by an earlier sentence of its paragraph (2025年，…)."""
    carries: list[str | None] = []
    current: str | None = None
    mi = 0
    for k, sentence in enumerate(sentences):
        if k > 0 and "\n" in view[sentences[k - 1].end - 1:sentence.start + 1]:
            current = None  # a new paragraph
        carries.append(current)
        while mi < len(mentions) and mentions[mi].start < sentence.start:
            mi += 1
        if mi < len(mentions):
            m = mentions[mi]
            if m.start < sentence.end and _OPENING_GAP.match(view[sentence.start:m.start]) and _is_period_word(view, m):
                current = m.period
    return carries


def _period(
    view: str,
    mentions: list[TimeMention],
    mention_ends: list[int],
    headings: list[tuple[int, int, str]],
    sentence: Span,
    q: Quantity,
    carry: str | None,
) -> tuple[str | None, str]:
    i = bisect_right(mention_ends, q.number_start) - 1
    report_year: TimeMention | None = None
    while i >= 0 and mentions[i].start >= sentence.start:
        m = mentions[i]
        if m.end <= q.number_start and _is_period_word(view, m):
            if m.rule == "period.now":
                return None, m.rule
            if m.rule == "period.report_year":
                # 2025年，…全年签约…: 全年 is the year named before it, else the report's year
                report_year = report_year or m
            elif m.period:
                return m.period, m.rule
        i -= 1
    if report_year is not None:
        if carry:
            return carry, "period.paragraph"
        return report_year.period, report_year.rule
    for start, end, period in headings:
        if start <= q.start < end:
            return period, "period.heading"
    if carry and not _SPAN_COMPARISON.search(view, sentence.start, sentence.end):
        return carry, "period.paragraph"
    return None, "period.none"
