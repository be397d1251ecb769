"""PostgreSQL: a narrow (lon, lat) index, ``ix_events_lon_lat_count``, beside the (lon, lat) index that
carries date and id (migration 0019), for the total of a bbox. The total reads every entry whose lon
lies in the box (a B-tree finds the lon range and tests lat on each entry); on the carrying index those
entries are twice as wide, so a governorate's box (0.5°) at 110,000 events read 506 index pages on
average over bench_store's 16 places (825 around Homs, ~62,000 entries for 27,532 inside), the most of
any API filter. On the narrow index the same counts read 273 (exec p50 10.0 -> 3.3 ms, p90 16.7 -> 10.0
on a loaded machine); the planner takes it for the count (fewest pages) and keeps the carrying index
for a small box's page (the date and id it needs without the table). The query is unchanged.

(The region filter's p95 of ~70 ms first measured on PostgreSQL was another thing: a store filled in
bulk and not yet vacuumed, whose count the planner made a parallel scan of the table; see
``Store.settle``.)

SQLite is left as it was: its ``ix_events_lon_lat`` is already (lon, lat) alone (no INCLUDE there).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

NAME = "ix_events_lon_lat_count"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(NAME, "events", ["lon", "lat"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(NAME, table_name="events")
