"""Control is a timeline (several states a place): rows keyed "<place>#<n>", grouped by place_key.

Revision ID: 0004
Revises: 0003
Create Date: 2024-12-08
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("control") as batch:
        batch.add_column(sa.Column("place_key", sa.String(200), nullable=True))
        batch.create_index("ix_control_place_key", ["place_key"])
    op.execute("UPDATE control SET place_key = key WHERE place_key IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("control") as batch:
        batch.drop_index("ix_control_place_key")
        batch.drop_column("place_key")
