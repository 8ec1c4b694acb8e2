"""Subject (extract/attribute/subject.py), case by case: a small document, a number in it, the
subject FACTS.md gives that number."""

from __future__ import annotations

import pytest

from extract import lexicon
from extract.pipeline import extract_text

CASES = [
    # a clause that happens to end in 公司, 区 or 市 is no name
    ("受益于公司产品结构优化，营业收入增长12%。", "12%", None),
    ("园区进行分区管理后，入驻企业达到120家。", "120家", None),
    # a division of the gazetteer is found whole, wherever the clause around it starts
    ("2024年，受益于遵义市的带动，全年接待游客1.2亿人次。", "1.2亿人次", "遵义市"),
    ("上半年广州交通运行平稳，港口集装箱吞吐量增长4.9%。", "4.9%", "广州"),
    ("清镇市今年新增就业1.2万人。", "1.2万人", "清镇市"),
]


@pytest.mark.parametrize(("document", "fact_text", "subject"), CASES, ids=[c[1] for c in CASES])
def test_subject(document: str, fact_text: str, subject: str | None) -> None:
    facts = {f.text: f for f in extract_text(document).facts}
    assert fact_text in facts, sorted(facts)
    assert facts[fact_text].subject == subject, facts[fact_text].rule


def test_gazetteer_covers_every_province_and_names_are_unique_per_province() -> None:
    places = lexicon.places()
    provinces = {short for _, short, level in lexicon.regions() if level == "province"}
    assert {p.province for p in places} <= provinces
    assert len({p.province for p in places}) >= 31
    assert sum(p.level == "prefecture" for p in places) >= 330
    seen: set[tuple[str, str]] = set()
    for p in places:
        assert (p.name, p.province) not in seen, p
        seen.add((p.name, p.province))
        assert not p.bare or (p.level == "prefecture" and len(p.short) >= 2), p
