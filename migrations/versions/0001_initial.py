"""Initial schema: documents, facts, runs, and the fact_view for dashboards.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.String(1024), nullable=False, unique=True),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("chars", sa.Integer, nullable=False, server_default="0"),
        sa.Column("encoding", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("extractor_version", sa.String(32)),
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Numeric(38, 12), nullable=False),
        sa.Column("value_text", sa.String(64), nullable=False),
        sa.Column("value_max", sa.Numeric(38, 12)),
        sa.Column("value_max_text", sa.String(64)),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("qualifier", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("direction", sa.String(4)),
        sa.Column("modality", sa.String(8), nullable=False),
        sa.Column("indicator", sa.Text, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("period", sa.String(32)),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("optional", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("extractor_version", sa.String(32), nullable=False),
    )
    for col in ("document_id", "indicator", "subject", "unit", "period"):
        op.create_index(f"ix_facts_{col}", "facts", [col])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="running"),
        sa.Column("documents_read", sa.Integer, nullable=False, server_default="0"),
        sa.Column("documents_unchanged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("documents_failed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("facts_stored", sa.Integer, nullable=False, server_default="0"),
        sa.Column("candidates_rejected", sa.Integer, nullable=False, server_default="0"),
    )
    op.execute(
        """
        CREATE VIEW fact_view AS
        SELECT f.id AS fact_id, d.name AS doc, d.path AS path, f.start, f."end", f.text,
               f.value, f.value_text, f.value_max, f.value_max_text, f.unit, f.qualifier, f.kind, f.direction,
               f.modality, f.indicator, f.subject, f.period, f.sentence, f.rule, f.optional,
               f.extractor_version, d.title, d.published, d.source, d.url
        FROM facts f JOIN documents d ON d.id = f.document_id
        """
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS fact_view")
    op.drop_table("runs")
    op.drop_table("facts")
    op.drop_table("documents")
