"""The pydantic records: the FACTS.md contract for one fact, and a read document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.fields import CONTRACT_FIELDS, SERIES_FIELDS

Qualifier = Literal["exact", "approx", "min", "max"]
Kind = Literal["level", "change", "rank"]
Direction = Literal["up", "down"]
Modality = Literal["actual", "target", "forecast"]

# the fields of FACTS.md, in its order: `statfacts facts --format jsonl` prints exactly these
__all__ = ["CONTRACT_FIELDS", "SERIES_FIELDS"]


def json_number(value: Decimal | None) -> int | float | None:
    """A decimal as a JSON number: integers stay integers, others the shortest float repr."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


class Fact(BaseModel):
    """One numeric quantity that reports how much, how many, how large or how fast."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)
    # not finite (NaN, ±Infinity): rejected by pydantic's own check, as "Input should be a finite number"
    value: Decimal = Field(allow_inf_nan=False)
    value_max: Decimal | None = Field(default=None, allow_inf_nan=False)
    unit: str
    qualifier: Qualifier = "exact"
    kind: Kind = "level"
    direction: Direction | None = None
    modality: Modality = "actual"
    indicator: str = Field(min_length=1)
    subject: str | None = None
    # a year, month or day, or an interval of them (FACTS.md: 2025, 2025-03, 2025-10-01, 2025-01/2025-03)
    period: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
    # comparable series beyond the contract: the indicator catalogue's id of the measure (None when
    # no entry fits) and the value on its dimension's base unit (None for a unit of no known dimension)
    indicator_id: str | None = None
    value_base: Decimal | None = Field(default=None, allow_inf_nan=False)
    base_unit: str | None = None
    # provenance beyond the contract
    sentence: str = ""
    rule: str = ""
    optional: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Fact:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if len(self.text) != self.end - self.start:
            raise ValueError("text does not fit its span")
        if self.kind == "change" and self.direction is None:
            raise ValueError("a change needs a direction")
        if self.kind != "change" and self.direction is not None:
            raise ValueError("only a change has a direction")
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError("value_max is below value")
        return self

    def contract(self) -> dict[str, Any]:
        """The FACTS.md fields, then the comparable-series fields, values as JSON numbers."""
        out: dict[str, Any] = {}
        for name in (*CONTRACT_FIELDS, *SERIES_FIELDS):
            v = getattr(self, name)
            out[name] = json_number(v) if name in ("value", "value_max", "value_base") else v
        return out


class Document(BaseModel):
    """A document as read: its text exactly as stored (offsets index it) and what is known of it."""

    model_config = ConfigDict(extra="forbid")

    name: str
    path: str
    text: str
    encoding: str = "utf-8"
    sha256: str = ""
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    error: str | None = None
