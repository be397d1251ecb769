"""The per-day counts summed per (day, type) and per (day, side) (``event_day_types``,
``event_day_sides``, store/rollup.py), counted here from ``event_days`` and kept in step by every write
after: the daily chart, unfiltered or under a type or sides filter, then reads its two series as
stored instead of grouping ~26,000 (day, type, side, polarity) rows into ~8,800 on every request.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = {"event_day_types": "type", "event_day_sides": "side"}  # as they stand in this revision


def upgrade() -> None:
    for name, col in TABLES.items():
        op.create_table(
            name,
            sa.Column("date", sa.String(10), primary_key=True),
            sa.Column(col, sa.String(40), primary_key=True),
            sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("dead", sa.Integer(), nullable=False, server_default="0"),
            sqlite_with_rowid=False,  # stored in key order: a day series reads it as it lies
        )
        # summed from the finer counts (a few rows per day), not from every events row
        op.execute(f"INSERT INTO {name} (date, {col}, n, dead) "  # noqa: S608 (names are constants)
                   f"SELECT date, {col}, sum(n), sum(dead) FROM event_days GROUP BY date, {col} HAVING sum(n) > 0")


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
