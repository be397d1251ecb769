"""The outlets of each merged event and which reported it first (``merged_outlets``, store/firsts.py),
counted here from the stored events and their articles and kept in step by ingest after: the
workbench's outlet coverage then counts these rows per outlet instead of a window over every event
joined to its article. And an index (outlet, chain, kind) on the sources, so the unfiltered coverage
reads each outlet's source chains on the index alone; and (place_key, since, key, holder, contested) on
the control states, so the control intervals read a place's timeline on the index alone; and covering
indexes on the per-day counts for the daily charts' and facets' groupings (by day and type, by day and
side, by type, by side, by polarity). The events' filter indexes carry the outlet, and those of type
and side carry the aggregates' columns as 0010 gave the others.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# the indexes as they stand in this revision (copied, not imported: a later schema may change them)
EVENT_DAYS_INDEXES = {"ix_event_days_date_type": ("date", "type"), "ix_event_days_date_side": ("date", "side"),
                      "ix_event_days_type": ("type",), "ix_event_days_side": ("side",),
                      "ix_event_days_polarity": ("polarity",)}

# the filter indexes carry the outlet too, and the type and side indexes carry what 0010 gave the
# others: (value, date, id, the aggregates' columns), so facets under a type or sides filter (the outlet,
# actor and place facets) read the index alone instead of every matching row
CARRIED = ["type", "side", "polarity", "fatalities", "actor", "place_id", "outlet"]
FILTER_INDEXES = {"ix_events_type_date": "type", "ix_events_side_date": "side", "ix_events_outlet_date": "outlet",
                  "ix_events_place_id_date": "place_id", "ix_events_actor_date": "actor"}
BEFORE = {"ix_events_type_date": ["type", "date"], "ix_events_side_date": ["side", "date", "id"]}
CARRIED_0010 = ["type", "side", "polarity", "fatalities", "actor", "place_id"]

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from tawatur.store import firsts

    op.create_table(
        "merged_outlets",
        sa.Column("merged_event", sa.String(200), primary_key=True),
        sa.Column("outlet", sa.String(200), primary_key=True),
        sa.Column("first", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_merged_outlets_outlet_first", "merged_outlets", ["outlet", "first"])
    op.create_index("ix_sources_outlet_chain", "sources", ["outlet", "chain", "kind"])
    op.create_index("ix_control_place_key_intervals", "control", ["place_key", "since", "key", "holder", "contested"])
    for name, cols in EVENT_DAYS_INDEXES.items():
        op.create_index(name, "event_days", [*cols, "n", "dead"])
    for name, col in FILTER_INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [col, "date", "id", *[c for c in CARRIED if c != col]])
    firsts.rebuild(op.get_bind())


def downgrade() -> None:
    for name, col in FILTER_INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", BEFORE.get(name, [col, "date", "id", *[c for c in CARRIED_0010 if c != col]]))
    for name in EVENT_DAYS_INDEXES:
        op.drop_index(name, table_name="event_days")
    op.drop_index("ix_control_place_key_intervals", table_name="control")
    op.drop_index("ix_sources_outlet_chain", table_name="sources")
    op.drop_table("merged_outlets")
