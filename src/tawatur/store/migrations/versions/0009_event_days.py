"""The events counted per day, type, side and polarity with their toll (``event_days``, store/rollup.py),
counted here from the stored events and kept in step by every write after: the per-day charts and
the type/side/polarity facets and totals then read a few rows per day, not every event.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from tawatur.store import rollup

    op.create_table(
        "event_days",
        sa.Column("date", sa.String(10), primary_key=True),
        sa.Column("type", sa.String(40), primary_key=True),
        sa.Column("side", sa.String(40), primary_key=True),
        sa.Column("polarity", sa.String(20), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dead", sa.Integer(), nullable=False, server_default="0"),
    )
    rollup.rebuild(op.get_bind(), ["event_days"])  # the tables of later revisions do not exist yet


def downgrade() -> None:
    op.drop_table("event_days")
