"""The events counted per filter choice (outlet, actor, place) within each (type, side, polarity) cell,
and per cell (``event_values``, store/rollup.py), counted here from the events rows and kept in step
by every write after: the facets, unfiltered or under a type, sides or polarity filter, read a few rows
per choice instead of grouping every matching event (~15 ms a facet at 100,000 events).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CHOICES = ("outlet", "actor", "place_id")  # as they stand in this revision


def upgrade() -> None:
    op.create_table(
        "event_values",
        sa.Column("facet", sa.String(10), primary_key=True),
        sa.Column("value", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(40), primary_key=True),
        sa.Column("side", sa.String(40), primary_key=True),
        sa.Column("polarity", sa.String(20), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dead", sa.Integer(), nullable=False, server_default="0"),
        sqlite_with_rowid=False,
    )
    cell = "type, side, polarity"
    toll = "count(*), coalesce(sum(fatalities), 0)"
    op.execute(f"INSERT INTO event_values (facet, value, {cell}, n, dead) "  # noqa: S608 (names are constants)
               f"SELECT '', '', {cell}, {toll} FROM events GROUP BY {cell}")
    for col in CHOICES:
        op.execute(f"INSERT INTO event_values (facet, value, {cell}, n, dead) "  # noqa: S608
                   f"SELECT '{col}', {col}, {cell}, {toll} FROM events WHERE {col} IS NOT NULL "
                   f"GROUP BY {col}, {cell}")


def downgrade() -> None:
    op.drop_table("event_values")
