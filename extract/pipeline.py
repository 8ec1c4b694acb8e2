"""The extraction of one document: normalise → quantities → attribute → validate.

This module wires the stages and holds no rule of its own: the rules are in `extract/quantities.py`
and `extract/attribute/` (what goes on from sentence to sentence in `context.py`, lists in
`lists.py`).

`extract_document` is the single entry point used by `statfacts facts`, `statfacts run`, the
benchmark and the distributed job, so every path produces the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract import EXTRACTOR_VERSION
from extract.attribute.catalogue import add_comparable
from extract.attribute.context import (
    LAST_RESORTS,
    DocumentContext,
    Lazy,
    bracket_closing,
    indicator_in_context,
    subject_goes_on,
    subject_going_on,
)
from extract.attribute.indicator import (
    IndicatorRule,
    counted_group,
    of_counted_group,
    read_as_aim,
    read_as_growth,
    strip_listed_owners,
)
from extract.attribute.lists import Item, distribute_lists
from extract.attribute.modality import modality_for, modality_in_time
from extract.attribute.subject import Entity, SubjectRule, name_as_listed, nameable, subject_for
from extract.attribute.table import read_table_columns
from extract.normalise import NormalisedText, normalise
from extract.quantities import Dropped, Quantity, find_quantities
from extract.sentences import Span
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


def extract_document(document: Document, *, keep_dropped: bool = False) -> Extraction:
    """Find a document's quantities, then each one's indicator, subject, modality and period from
    its sentence and what the sentences before it said; validate every candidate."""
    result = Extraction()
    norm = normalise(document.text)
    quantities = find_quantities(norm.view, result.dropped if keep_dropped else None)
    if not quantities:
        return result
    ctx = DocumentContext(norm.view, document)
    pending = _Reading(ctx, document, norm).candidates(quantities)
    distribute_lists(norm.view, pending, ctx.time)
    read_table_columns(norm.view, pending)
    for _q, candidate in pending:
        strip_listed_owners(candidate)
        name_as_listed(candidate, ctx.region)
        add_comparable(candidate)
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

    def __init__(self, ctx: DocumentContext, document: Document, norm: NormalisedText) -> None:
        self.ctx = ctx
        self.document = document
        self.norm = norm
        self.k = -1  # the sentence being read
        self.sentence = Span(0, 0)
        self.sentence_text = ""
        self.sentence_entities: list[Entity] = []
        self.sentence_nameable: list[Entity] = []  # those of them that can be what its figures are of
        self.carry: str | None = None
        self.carried_subject: str | Lazy | None = None
        self.prev_q: Quantity | None = None  # the quantity before, in this sentence, and its indicator
        self.prev_indicator: str | None = None
        self.last_subject: tuple[int, str] | None = None
        self.last_fact: tuple[int, str] | None = None  # where the last fact with a measure of its own ends, and it
        self.group: str | None = None  # the group the last count of units in this sentence counted (技工学校12所)
        # a bracket the quantities before were read in: where it closes, and the quantity and indicator before it
        self.aside: tuple[int, Quantity | None, str | None] | None = None

    def candidates(self, quantities: list[Quantity]) -> list[Item]:
        """Each quantity with its candidate fact, in order."""
        time = self.ctx.time
        pending: list[Item] = []
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
        self.prev_q, self.prev_indicator, self.group, self.aside = None, None, None, None
        self.carry = ctx.time.carry(k)
        self.carried_subject = subject_going_on(ctx, k, self.sentence, self.last_subject)
        self.sentence_entities = ctx.entities(k)
        self.sentence_nameable = nameable(ctx.view, self.sentence.start, self.sentence_entities)
        s_start, s_end = self.norm.to_stored(self.sentence.start, self.sentence.end)
        self.sentence_text = self.document.text[s_start:s_end].strip()

    def _candidate(self, q: Quantity) -> dict[str, object]:
        """q's candidate fact: its subject, modality, indicator and period, from its sentence and what
        goes on from the facts before it."""
        ctx, view, sentence = self.ctx, self.ctx.view, self.sentence
        if self.aside is not None and q.start >= self.aside[0]:
            # 预算36.3亿元（其中：开发区4.6亿元），实际完成37.9亿元: what a bracket held is no measure after it
            _, self.prev_q, self.prev_indicator = self.aside
            self.aside = None
        before = [e for e in self.sentence_entities if e.end <= q.number_start]
        subject, subject_rule = subject_for(view, sentence.start, q.number_start, ctx.region, self.carried_subject,
                                            before, self.sentence_nameable)
        modality, modality_rule = modality_for(view, sentence.start, q.number_start, q.end)
        indicator, indicator_rule = indicator_in_context(ctx, q, sentence, self.prev_q, self.prev_indicator, before,
                                                         subject, self.last_fact, self.sentence_entities)
        indicator, indicator_rule = of_counted_group(indicator, indicator_rule, self.group)
        read_as_aim(q, self.prev_q, indicator_rule)  # (增长9.8%，高于6%以上的预期目标: a change too)
        read_as_growth(q, indicator)
        period, period_rule = ctx.time.period_of(self.k, sentence, q.number_start, self.carry,
                                                 target=modality == "target", measure=indicator, number_end=q.end,
                                                 actual=modality == "actual", level=q.kind == "level")
        modality, modality_rule = modality_in_time(modality, modality_rule, period, ctx.time.year,
                                                   lambda: ctx.time.planned(period, period_rule, q.start))
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
        if subject is not None and subject_goes_on(self.ctx.view, subject, subject_rule, before) \
                and not self.ctx.in_breakdown(self.k):
            self.last_subject = (q.start, subject)  # (分县市看，…精河县增长…: a part's subject stays in its sentence)
        if self.aside is None:
            closes = bracket_closing(self.ctx.view, self.sentence, q.start)
            if closes is not None:
                self.aside = (closes, self.prev_q, self.prev_indicator)
        self.prev_q, self.prev_indicator = q, indicator or self.prev_indicator
        self.group = counted_group(self.ctx.view, self.sentence.start, q, indicator, indicator_rule) or self.group
        if indicator_rule not in LAST_RESORTS:
            self.last_fact = (q.end, indicator)


