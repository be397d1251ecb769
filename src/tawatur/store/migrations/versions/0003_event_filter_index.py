"""Composite index for the commonest event query (outlet + type + date range).

Revision ID: 0003
Revises: 0002
Create Date: 2024-12-08
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_outlet_type_date", "events", ["outlet", "type", "date"])


def downgrade() -> None:
    op.drop_index("ix_events_outlet_type_date", table_name="events")
