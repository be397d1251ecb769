"""Review that persists: the append-only review log, each reviewed event's folded state, and the
review columns of the events table (the reviewed state and the merged event a merge/split chose).

Revision ID: 0006_review
Revises: 0005
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_review"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("review", sa.String(20), nullable=True))
        batch.add_column(sa.Column("review_cluster", sa.String(200), nullable=True))
        batch.create_index("ix_events_review", ["review"])
        batch.create_index("ix_events_review_cluster", ["review_cluster"])
    op.create_table(
        "reviews",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("undoes", sa.Integer(), nullable=True),
    )
    op.create_index("ix_reviews_action", "reviews", ["action"])
    op.create_index("ix_reviews_target", "reviews", ["target"])
    op.create_index("ix_reviews_undoes", "reviews", ["undoes"])
    op.create_table(
        "event_reviews",
        sa.Column("event_id", sa.String(200), primary_key=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("cluster", sa.String(200), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("ix_event_reviews_cluster", "event_reviews", ["cluster"])


def downgrade() -> None:
    op.drop_index("ix_event_reviews_cluster", table_name="event_reviews")
    op.drop_table("event_reviews")
    for name in ("ix_reviews_undoes", "ix_reviews_target", "ix_reviews_action"):
        op.drop_index(name, table_name="reviews")
    op.drop_table("reviews")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_review_cluster")
        batch.drop_index("ix_events_review")
        batch.drop_column("review_cluster")
        batch.drop_column("review")
