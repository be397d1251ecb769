"""Who is quoted, by outlet (``source_names``, store/quoted.py): the source rows counted by (outlet,
name, kind, name_en), filled here from the stored source rows and kept in step by every write after,
so the sources view (``/api/v1/sources``: per outlet and name, the events citing it) groups a row per
distinct source instead of every source row. 110,000 events with a source row each, the view's page
and its total: SQLite ~150 + ~175 ms, PostgreSQL ~47 + ~54 ms (a hash aggregate over a sequential
scan of the sources).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_names",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("outlet", sa.String(200)),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(40)),
        sa.Column("name_en", sa.Text()),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_source_names_outlet_name", "source_names", ["outlet", "name"])
    from tawatur.store import quoted
    quoted.rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_source_names_outlet_name", table_name="source_names")
    op.drop_table("source_names")
