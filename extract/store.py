"""Stage 6: store one document and its facts in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Connection, delete, insert, select, update

from extract import EXTRACTOR_VERSION
from models.fact import Document, Fact
from models.tables import DocumentRow, FactRow


def _exact(v: Decimal | None) -> str | None:
    if v is None:
        return None
    return format(v, "f")


def fact_row(fact: Fact, document_id: int) -> dict[str, object]:
    return {
        "document_id": document_id,
        "start": fact.start,
        "end": fact.end,
        "text": fact.text,
        "value": fact.value,
        "value_text": _exact(fact.value),
        "value_max": fact.value_max,
        "value_max_text": _exact(fact.value_max),
        "unit": fact.unit,
        "qualifier": fact.qualifier,
        "kind": fact.kind,
        "direction": fact.direction,
        "modality": fact.modality,
        "indicator": fact.indicator,
        "subject": fact.subject,
        "period": fact.period,
        "sentence": fact.sentence,
        "rule": fact.rule,
        "optional": fact.optional,
        "extractor_version": EXTRACTOR_VERSION,
    }


def known_hash(conn: Connection, path: str) -> tuple[int, str, str] | None:
    """(id, sha256, status) of a stored document, or None."""
    row = conn.execute(
        select(DocumentRow.id, DocumentRow.sha256, DocumentRow.status).where(DocumentRow.path == path)
    ).first()
    return (row[0], row[1], row[2]) if row else None


def store_document(conn: Connection, document: Document, facts: list[Fact]) -> int:
    """Replace whatever was stored for this document's path; the caller owns the transaction."""
    status = "failed" if document.error else ("empty" if not document.text.strip() else "ok")
    values = {
        "path": document.path,
        "name": document.name,
        "sha256": document.sha256,
        "chars": len(document.text),
        "encoding": document.encoding or None,
        "status": status,
        "error": document.error,
        "title": document.title,
        "published": document.published,
        "source": document.source,
        "url": document.url,
        "text": document.text,
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        "extractor_version": EXTRACTOR_VERSION,
    }
    existing = conn.execute(select(DocumentRow.id).where(DocumentRow.path == document.path)).scalar()
    if existing is not None:
        conn.execute(delete(FactRow).where(FactRow.document_id == existing))
        conn.execute(update(DocumentRow).where(DocumentRow.id == existing).values(**values))
        doc_id = int(existing)
    else:
        doc_id = int(conn.execute(insert(DocumentRow).values(**values)).inserted_primary_key[0])
    if facts:
        conn.execute(insert(FactRow), [fact_row(f, doc_id) for f in facts])
    return doc_id
