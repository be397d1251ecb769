"""The outlet, place and actor indexes carry the columns the workbench's aggregates read (type, side,
polarity, toll, actor, place) after their (value, date, id) prefix: the facets or a chart under one of
those filters then read the filter's slice of the index alone instead of every matching row of the
table (one random read per event). Pages keep their order: the prefix is unchanged. The merged event
is left out: ingest rewrites it on stored rows, and carrying it cost a quarter of the ingest rate into
a 110,000-event store.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CARRIED = ["type", "side", "polarity", "fatalities", "actor", "place_id"]
INDEXES = {"ix_events_outlet_date": "outlet", "ix_events_place_id_date": "place_id",
           "ix_events_actor_date": "actor"}


def upgrade() -> None:
    for name, col in INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [col, "date", "id", *[c for c in CARRIED if c != col]])


def downgrade() -> None:
    for name, col in INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [col, "date", "id"])
