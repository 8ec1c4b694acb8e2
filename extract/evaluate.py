"""`statfacts eval`: precision, recall and F1 of extracted facts against a gold file.

Gold and predictions are FACTS.md records. Within a document each prediction is paired with at
most one gold fact, best pairs first (right quantity before wrong, larger overlap before
smaller). Gold facts marked `required: false` are neutral. Three levels are scored:
detection (spans overlap), quantity (value and unit right), fact (also qualifier, kind and an
indicator sharing at least half its characters with the gold one).
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract import lexicon

_ALIASES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "％": "%", "百分点": "pp",
            "个百分点": "pp", "位": "rank", "名": "rank"}


def canonical_unit(unit: Any) -> str:
    text = unicodedata.normalize("NFKC", str(unit or "")).strip()
    if text in _ALIASES:
        return _ALIASES[text]
    known = lexicon.units().get(text)
    return known.code if known else text


def _same_value(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _chars(text: Any) -> Counter[str]:
    norm = unicodedata.normalize("NFKC", str(text or ""))
    return Counter(c for c in norm if not unicodedata.category(c).startswith(("P", "Z")))


def char_f1(pred: Any, gold: Any) -> float:
    p, g = _chars(pred), _chars(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Level:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: not JSON ({err.msg})") from err
    return out


def _quantity_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether a predicted fact has the gold's quantity: the same value in the same unit."""
    return _same_value(p.get("value"), g.get("value")) and canonical_unit(p.get("unit")) == canonical_unit(
        g.get("unit")
    )


def pair(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Gold and predicted facts paired one to one within a document by overlapping spans: the right
    quantity first, then the larger overlap."""
    gold_by_doc: dict[str, list[int]] = defaultdict(list)
    pred_by_doc: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        gold_by_doc[g["doc"]].append(i)
    for j, p in enumerate(pred):
        pred_by_doc[p.get("doc", "")].append(j)
    pairs: list[tuple[int, int]] = []
    for doc, gis in gold_by_doc.items():
        options = []
        for i in gis:
            g = gold[i]
            for j in pred_by_doc.get(doc, []):
                p = pred[j]
                overlap = min(int(p["end"]), int(g["end"])) - max(int(p["start"]), int(g["start"]))
                if overlap > 0:
                    options.append((0 if _quantity_ok(p, g) else 1, -overlap, i, j))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, _, i, j in sorted(options):
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                pairs.append((i, j))
    return pairs


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """The scores of `pred` on the documents of `gold`: detection, quantity and fact levels
    (`_fact_ok`), the attribute scores (`_attribute_scores`), misses, spurious facts, wrong quantities."""
    docs = {g["doc"] for g in gold}
    pred = [p for p in pred if p.get("doc") in docs]
    pairs = pair(gold, pred)
    required = sum(1 for g in gold if g.get("required", True))
    neutral = sum(1 for i, _ in pairs if not gold[i].get("required", True))
    counted = len(pred) - neutral
    detected = [(i, j) for i, j in pairs if gold[i].get("required", True)]
    quantity = [(i, j) for i, j in detected if _quantity_ok(pred[j], gold[i])]
    full = [(i, j) for i, j in quantity if _fact_ok(pred[j], gold[i])]
    levels = {
        name: Level(len(ps), counted - len(ps), required - len(ps))
        for name, ps in (("detect", detected), ("quantity", quantity), ("fact", full))
    }
    attributes = _attribute_scores(gold, pred, quantity) if quantity else {}
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    return {
        "gold_required": required,
        "predicted": len(pred),
        "levels": levels,
        "attributes": attributes,
        "missed": [gold[i] for i in range(len(gold)) if gold[i].get("required", True) and i not in matched_gold],
        "spurious": [pred[j] for j in range(len(pred)) if j not in matched_pred],
        "wrong_quantity": [(gold[i], pred[j]) for i, j in detected if (i, j) not in set(quantity)],
    }


def _fact_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether a predicted fact with the right quantity is one a dashboard can use: its qualifier and
    kind agree and its indicator's character F1 is at least 0.5."""
    return ((p.get("qualifier") or "exact") == (g.get("qualifier") or "exact")
            and (p.get("kind") or "level") == (g.get("kind") or "level")
            and char_f1(p.get("indicator"), g.get("indicator")) >= 0.5)


def _attribute_scores(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                      quantity: list[tuple[int, int]]) -> dict[str, float]:
    """Over the pairs with the right quantity: the indicator's character F1, the accuracy of qualifier,
    kind and modality, of the period (where either gives one) and the subject's character F1 (where
    the gold gives one)."""
    n = len(quantity)
    attributes = {"indicator_char_f1": sum(char_f1(pred[j].get("indicator"), gold[i].get("indicator"))
                                           for i, j in quantity) / n}
    for key, default in (("qualifier", "exact"), ("kind", "level"), ("modality", "actual")):
        attributes[f"{key}_accuracy"] = sum(
            (pred[j].get(key) or default) == (gold[i].get(key) or default) for i, j in quantity
        ) / n
    with_period = [(i, j) for i, j in quantity if gold[i].get("period") or pred[j].get("period")]
    if with_period:
        attributes["period_accuracy"] = sum(
            (pred[j].get("period") or None) == (gold[i].get("period") or None) for i, j in with_period
        ) / len(with_period)
    with_subject = [(i, j) for i, j in quantity if gold[i].get("subject")]
    if with_subject:
        attributes["subject_char_f1"] = sum(
            char_f1(pred[j].get("subject"), gold[i].get("subject")) for i, j in with_subject
        ) / len(with_subject)
    return attributes


LOG_COLUMNS = ("date", "commit", "gold", "facts", "quantity_f1", "fact_f1", "indicator", "subject", "period",
               "qualifier", "kind", "modality")


def _commit() -> str:
    """The git commit of the working tree (with `+` when it has changes), or `-`."""
    import subprocess

    here = Path(__file__).resolve().parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=here, capture_output=True, text=True,
                              timeout=10, check=False)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=here,
                               capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return "-"
    if head.returncode != 0:
        return "-"
    return head.stdout.strip() + ("+" if dirty.stdout.strip() else "")


def append_log(path: str | Path, gold: str, result: dict[str, Any]) -> None:
    """One line of scores in a TSV log (written with its header when new)."""
    from datetime import datetime

    path = Path(path)
    levels, attrs = result["levels"], result["attributes"]
    row = [datetime.now().strftime("%Y-%m-%d %H:%M"), _commit(), gold, str(result["gold_required"]),
           f"{levels['quantity'].f1:.3f}", f"{levels['fact'].f1:.3f}"]
    for key in ("indicator_char_f1", "subject_char_f1", "period_accuracy", "qualifier_accuracy", "kind_accuracy",
                "modality_accuracy"):
        row.append(f"{attrs[key]:.3f}" if key in attrs else "")
    new = not path.exists()
    with open(path, "a", encoding="utf-8") as fh:
        if new:
            fh.write("\t".join(LOG_COLUMNS) + "\n")
        fh.write("\t".join(row) + "\n")
