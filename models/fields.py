"""The fields of a fact, in FACTS.md's order: the one list the model, the command line and the
exports use (a module of its own, so that `statfacts --help` imports no pydantic)."""

from __future__ import annotations

from typing import Final

CONTRACT_FIELDS: Final[tuple[str, ...]] = (
    "doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind",
    "direction", "modality", "indicator", "subject", "period",
)
