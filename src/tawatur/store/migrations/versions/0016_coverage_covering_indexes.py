"""The events' type, side, place and actor indexes carry each report's merged event and article too,
and the sources get an (event_id, kind, outlet, chain) index: the filtered outlet coverage under those
filters reads the matching reports and, joined, their source chains on indexes alone, instead of one
events row (with its JSON) and one sources row per matching report (bench_aggregates' 100k store,
SQLite, median ms: under a type 109 -> 53, two sides 227 -> 114-160, a place 50 -> 22, an actor
31 -> 13, 30 days 30 -> 13; the answers as before; PostgreSQL: type 97 -> 54, two sides 150 -> 95-101,
place 49 -> 32-43). The database keeps indexes in step with every write itself: no count to move on
ingest, review or delete. What it costs: filling the 100k store took 31 -> 36 s, its file 311 -> 326 MB
(one run each, loaded machine).

The polarity and outlet indexes stay as they were: widened, SQLite's planner (no statistics) took
narrower indexes that read table rows instead, for the control places under a rare polarity (the
place index: 1.8 -> 121 ms) and the daily groups under an outlet (the (outlet, type, date) index:
21 -> 35 ms).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""
from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# the indexes as they stand before and after this revision (copied, not imported: a later schema may
# change them): (value, date, id, the aggregates' columns[, the report's merged event and article])
CARRIED = ["type", "side", "polarity", "fatalities", "actor", "place_id", "outlet"]
REPORT = ["merged_event", "article_id"]
FILTER_INDEXES = {"ix_events_type_date": "type", "ix_events_side_date": "side",
                  "ix_events_place_id_date": "place_id", "ix_events_actor_date": "actor"}


def _filter_indexes(extra: list[str]) -> None:
    for name, col in FILTER_INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [col, "date", "id", *[c for c in CARRIED if c != col], *extra])


def upgrade() -> None:
    _filter_indexes(REPORT)
    op.create_index("ix_sources_event_chain", "sources", ["event_id", "kind", "outlet", "chain"])


def downgrade() -> None:
    op.drop_index("ix_sources_event_chain", table_name="sources")
    _filter_indexes([])
