"""The process of a run: `runs.pid` and `runs.host`, so that the next run can tell a run that is
still going (its process is alive) from one that was killed and left `running`, and mark that one
`interrupted` (a status a run stopped by Ctrl-C gets too).

Revision ID: 0003_run_process
Revises: 0002_views
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_run_process"
down_revision = "0002_views"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("runs", sa.Column("pid", sa.Integer))
    op.add_column("runs", sa.Column("host", sa.String(255)))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("host")
        batch.drop_column("pid")
