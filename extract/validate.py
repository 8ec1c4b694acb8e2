"""Stage 5: every candidate passes through the pydantic `Fact` before it is stored.

A candidate that fails is never dropped silently: it becomes a `Rejection` with the reason,
counted in the run summary and shown with --verbose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from models.fact import Fact


@dataclass(frozen=True)
class Rejection:
    doc: str
    start: int
    end: int
    text: str
    reason: str


def validate(candidate: dict[str, Any]) -> Fact | Rejection:
    """The validated fact, or a rejection saying which field failed and why."""
    try:
        return Fact.__pydantic_validator__.validate_python(candidate)  # what Fact.model_validate runs
    except ValidationError as err:  # the pydantic boundary: its only way to report a failure
        reason = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'fact'}: {e['msg']}" for e in err.errors())
        return Rejection(
            str(candidate.get("doc", "")), int(candidate.get("start", 0)), int(candidate.get("end", 0)),
            str(candidate.get("text", "")), reason,
        )
