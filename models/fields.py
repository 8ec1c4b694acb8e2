"""The fields of a fact, in FACTS.md's order: the one list the model, the command line and the
exports use (a module of its own, so that `statfacts --help` imports no pydantic)."""

from __future__ import annotations

from typing import Final

CONTRACT_FIELDS: Final[tuple[str, ...]] = (
    "doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind",
    "direction", "modality", "indicator", "subject", "period",
)

# After them, in jsonl and the exports: the indicator catalogue's id and the value on its base unit
# (the scorer ignores fields it does not know)
SERIES_FIELDS: Final[tuple[str, ...]] = ("indicator_id", "value_base", "base_unit")

# The fields that hold exact decimals (a number in jsonl, exact text in CSV and the database)
DECIMAL_FIELDS: Final[tuple[str, ...]] = ("value", "value_max", "value_base")
