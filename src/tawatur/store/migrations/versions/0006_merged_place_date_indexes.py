"""Composite indexes on merged events by place and date (and type), for incremental ingest: the
candidates a new batch may merge with (a place within a few days) and a place's control history from
a checkpoint on (and its latest stored states) are read by index ranges instead of every merged event of the batch's places
(1.0 s -> 0.01 s per batch at 110,000 merged events, SQLite without ANALYZE statistics).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_merged_events_place_date", "merged_events", ["place_id", "date"])
    op.create_index("ix_merged_events_place_type_date", "merged_events", ["place_id", "type", "date"])
    op.create_index("ix_control_place_key_since", "control", ["place_key", "since"])


def downgrade() -> None:
    op.drop_index("ix_control_place_key_since", table_name="control")
    op.drop_index("ix_merged_events_place_type_date", table_name="merged_events")
    op.drop_index("ix_merged_events_place_date", table_name="merged_events")
