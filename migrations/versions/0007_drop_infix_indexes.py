"""Drop the indexes on `facts.indicator` and `facts.subject`: `query`, `export` and `report` match
those anywhere in the text (LIKE '%…%'), which no B-tree index serves, so each cost every insert
(about a tenth of storing a fact on dense releases) and saved no read. The series views group by
the catalogue id (indexed) and read the whole table.

Revision ID: 0007_drop_infix_indexes
Revises: 0006_catalogue
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0007_drop_infix_indexes"
down_revision = "0006_catalogue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_facts_indicator", table_name="facts")
    op.drop_index("ix_facts_subject", table_name="facts")


def downgrade() -> None:
    op.create_index("ix_facts_indicator", "facts", ["indicator"])
    op.create_index("ix_facts_subject", "facts", ["subject"])
