"""SQLAlchemy 2 tables: documents, facts, runs (and the views made by the migrations)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)  # identity of a source (FILE or FILE#ID)
    name: Mapped[str] = mapped_column(String(512), index=True)  # the `doc` of its facts
    sha256: Mapped[str] = mapped_column(String(64))
    chars: Mapped[int] = mapped_column(Integer, default=0)
    encoding: Mapped[str | None] = mapped_column(String(32))
    # ok | empty | failed | stale (the last read failed; text and facts are from the last good one)
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)  # the text as stored: offsets index it
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    extractor_version: Mapped[str | None] = mapped_column(String(32))

    facts: Mapped[list[FactRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # exact decimal: NUMERIC for arithmetic in SQL, and its exact text (SQLite keeps NUMERIC as REAL)
    value: Mapped[Decimal] = mapped_column(Numeric(38, 12, asdecimal=True))
    value_text: Mapped[str] = mapped_column(String(64))
    value_max: Mapped[Decimal | None] = mapped_column(Numeric(38, 12, asdecimal=True))
    value_max_text: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str] = mapped_column(String(32))
    qualifier: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    direction: Mapped[str | None] = mapped_column(String(4))
    modality: Mapped[str] = mapped_column(String(8))
    indicator: Mapped[str] = mapped_column(Text)
    # the indicator catalogue's id of the measure (lexicon/indicators.tsv), None when no entry fits
    indicator_id: Mapped[str | None] = mapped_column(String(96))
    # the value on its dimension's base unit (W, kWh, t, m2, m3 …; money in its currency), exact
    value_base: Mapped[Decimal | None] = mapped_column(Numeric(38, 12, asdecimal=True))
    value_base_text: Mapped[str | None] = mapped_column(String(64))
    base_unit: Mapped[str | None] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(32))
    sentence: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    extractor_version: Mapped[str] = mapped_column(String(32))

    document: Mapped[DocumentRow] = relationship(back_populates="facts")

    __table_args__ = (
        Index("ix_facts_document_id", "document_id"),
        # (no index on indicator or subject: they are matched anywhere in the text, LIKE '%…%')
        Index("ix_facts_unit", "unit"),
        Index("ix_facts_period", "period"),
        Index("ix_facts_indicator_id", "indicator_id"),
    )


class CatalogueEntryRow(Base):
    """The indicator catalogue as the job last read it, derived readings included (the view
    `catalogue` counts each entry's facts)."""

    __tablename__ = "catalogue_entries"

    id: Mapped[str] = mapped_column(String(96), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(16))
    reading: Mapped[str] = mapped_column(String(16))  # level | share | growth | change
    domain: Mapped[str] = mapped_column(String(32))
    of_id: Mapped[str | None] = mapped_column(String(96))  # a growth or change reading: the level it reads


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[str] = mapped_column(String(32))
    # running | ok | failed | interrupted (Ctrl-C, or killed: marked by the next run)
    status: Mapped[str] = mapped_column(String(16), default="running")
    pid: Mapped[int | None] = mapped_column(Integer)  # the process that runs it, on `host`
    host: Mapped[str | None] = mapped_column(String(255))
    documents_read: Mapped[int] = mapped_column(Integer, default=0)
    documents_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    documents_failed: Mapped[int] = mapped_column(Integer, default=0)
    facts_stored: Mapped[int] = mapped_column(Integer, default=0)
    candidates_rejected: Mapped[int] = mapped_column(Integer, default=0)


