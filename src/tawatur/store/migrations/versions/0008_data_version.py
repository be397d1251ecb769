"""The store's data version: one counter every committed write raises in its own transaction, so the
workbench's aggregate cache knows with one row read whether anything changed (counting 100,000 events
on every request cost more than most cached answers), whichever process wrote.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "store_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False, server_default="0"),
    )
    op.bulk_insert(state, [{"key": "data_version", "value": 0}])


def downgrade() -> None:
    op.drop_table("store_state")
