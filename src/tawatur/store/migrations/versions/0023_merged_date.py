"""Each events row carries its merged event's day (``merged_date``: the ``merged_events.date`` of its
``merged_event``), filled here, with an index (date, merged_date, merged_event): the blindspot page
under a window of days (/coverage/merged-events) then reads the window's reports on that index and
orders their merged events by day without reading ``merged_events``. PostgreSQL planned the page as a
walk of ``ix_merged_events_date`` newest first probing each merged event for a report in the window
(~96,590 merged events probed for 30 days of 2023 at 110,000 events: 136-179 ms p95).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

FILL = ("UPDATE events SET merged_date = (SELECT m.date FROM merged_events m WHERE m.id = events.merged_event) "
        "WHERE merged_event IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("merged_date", sa.String(10)))
    op.execute(FILL)
    op.create_index("ix_events_date_merged", "events", ["date", "merged_date", "merged_event"])


def downgrade() -> None:
    op.drop_index("ix_events_date_merged", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("merged_date")
