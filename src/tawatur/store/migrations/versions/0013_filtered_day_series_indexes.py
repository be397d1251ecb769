"""The indexes of the per-day counts led by type, side and polarity carry the day and the other keys
(were the key with the count and toll only), and the events' polarity index carries the aggregates'
columns as 0010/0011 gave the other filter indexes.

Under a type filter the daily chart's side series groups ``event_days`` by (day, side): on
(type, n, dead) every matching count row was read from the table and sorted; on (type, date, side, n,
dead) it is one range of the index, already in day order (bench_explore's 100k store, raw SQLite,
loaded machine: 19 -> 7 ms; under two sides 20 -> 10 ms; under a polarity 37 -> 19 ms). The facets
under a polarity filter read the index alone instead of one table row per matching event.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# the indexes before and after this revision (copied, not imported: a later schema may change them)
BEFORE = {"ix_event_days_type": ("type",), "ix_event_days_side": ("side",), "ix_event_days_polarity": ("polarity",)}
AFTER = {"ix_event_days_type": ("type", "date", "side"), "ix_event_days_side": ("side", "date", "type"),
         "ix_event_days_polarity": ("polarity", "date", "type", "side")}
POLARITY = ["polarity", "date", "id", "type", "side", "fatalities", "actor", "place_id", "outlet"]


def _day_indexes(cols: dict[str, tuple[str, ...]]) -> None:
    for name, keys in cols.items():
        op.drop_index(name, table_name="event_days")
        op.create_index(name, "event_days", [*keys, "n", "dead"])


def upgrade() -> None:
    _day_indexes(AFTER)
    op.drop_index("ix_events_polarity", table_name="events")
    op.create_index("ix_events_polarity_date", "events", POLARITY)


def downgrade() -> None:
    op.drop_index("ix_events_polarity_date", table_name="events")
    op.create_index("ix_events_polarity", "events", ["polarity"])
    _day_indexes(BEFORE)
