"""Story index state kept in the store (anchors/places per article, each story's centroid) and the
short lines seen per outlet, so an incremental ingest cleans and links exactly as one batch would;
indexes for the place and bbox event filters.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_place_name_date", "events", ["place_name", "date"])
    op.create_index("ix_events_place_id_date", "events", ["place_id", "date"])
    op.create_index("ix_events_lon_lat", "events", ["lon", "lat"])
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("centroid", sa.Text(), nullable=True))
    op.create_table(
        "story_keys",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("day", sa.Integer()),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("story_id", sa.String(200), nullable=False),
    )
    op.create_index("ix_story_keys_article_id", "story_keys", ["article_id"])
    op.create_index("ix_story_keys_key_day", "story_keys", ["key", "day"])
    op.create_table(
        "outlet_lines",
        sa.Column("outlet", sa.String(200), primary_key=True),
        sa.Column("key", sa.String(1000), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("outlet_lines")
    op.drop_index("ix_story_keys_key_day", table_name="story_keys")
    op.drop_index("ix_story_keys_article_id", table_name="story_keys")
    op.drop_table("story_keys")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("centroid")
    op.drop_index("ix_events_lon_lat", table_name="events")
    op.drop_index("ix_events_place_id_date", table_name="events")
    op.drop_index("ix_events_place_name_date", table_name="events")
