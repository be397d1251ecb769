"""The outlet coverage's kept counts per (type, side, polarity) cell (store/cells.py, store/chains.py):
per (merged event, outlet, cell) whether the outlet reported it first among the cell's reports and
whether it has a dated report there (``merged_outlet_cells``), those rows summed per (outlet, cell)
(``outlet_cells``), the merged events whose reports lie in several cells (``merged_mixed``), and the
source rows per (outlet, chain, cell) (``outlet_chain_cells``); counted here from the stored rows and
kept in step by every write after. The coverage under a type, side, polarity or outlet filter reads
these instead of every matching report joined to its article and its sources. And the events counted
per filter choice (outlet, actor, place), day and cell (``event_day_values``, store/rollup.py): the
daily series under one choice reads that choice's days in order instead of grouping its events rows.

bench_aggregates' 100k store, min of 15 uncached runs (a loaded machine), SQLite: coverage under a type
89 -> 2.8 ms, two sides 239 -> 3.4, an outlet 42 -> 1.0; daily unfiltered 14.1 -> 6.6, under an outlet
26.2 -> 8.5, a place 22.5 -> 7.3, an actor 14.3 -> 4.3; PostgreSQL: coverage type 77 -> 6.9, two sides
121 -> 7.5, outlet 97 -> 3.0; daily outlet 31 -> 9.4, place 33 -> 8.1 (answers identical). What it costs:
the SQLite file 326 -> 355 MB, the PostgreSQL database 644 -> 753 MB; ~25 ms more per ingest batch of 50
articles (~3% of the batch).

And ``ix_sources_event_id`` goes: ``ix_sources_event_chain`` (0016) leads with the event id, and both
SQLite and PostgreSQL take it for every lookup of an event's source rows (the deletes of a rewrite,
the chains' counts, the coverage's join).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

def _cell() -> list[sa.Column]:
    """The (type, side, polarity) key columns, new for each table."""
    return [sa.Column("type", sa.String(40), primary_key=True), sa.Column("side", sa.String(40), primary_key=True),
            sa.Column("polarity", sa.String(20), primary_key=True)]


def upgrade() -> None:
    from tawatur.store import cells, rollup
    op.create_table(
        "merged_outlet_cells",
        sa.Column("merged_event", sa.String(200), primary_key=True),
        sa.Column("outlet", sa.String(200), primary_key=True),
        *_cell(),
        sa.Column("first", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("dated", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "outlet_cells",
        sa.Column("outlet", sa.String(200), primary_key=True),
        *_cell(),
        sa.Column("merged", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("firsts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dated", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table("merged_mixed", sa.Column("merged_event", sa.String(200), primary_key=True))
    op.create_table(
        "outlet_chain_cells",
        sa.Column("outlet", sa.String(200), primary_key=True),
        sa.Column("chain", sa.Text(), primary_key=True),
        *_cell(),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
    )
    # the rows the coverage's chains always counted (with an outlet, of a kind other than "outlet"),
    # under their event's cell
    op.execute("INSERT INTO outlet_chain_cells (outlet, chain, type, side, polarity, n) "
               "SELECT s.outlet, s.chain, e.type, e.side, e.polarity, count(*) FROM sources s "
               "JOIN events e ON e.id = s.event_id WHERE s.outlet IS NOT NULL AND s.kind != 'outlet' "
               "GROUP BY s.outlet, s.chain, e.type, e.side, e.polarity")
    cells.rebuild(op.get_bind())
    op.create_table(
        "event_day_values",
        sa.Column("facet", sa.String(10), primary_key=True),
        sa.Column("value", sa.String(200), primary_key=True),
        sa.Column("date", sa.String(10), primary_key=True),
        *_cell(),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dead", sa.Integer(), nullable=False, server_default="0"),
        sqlite_with_rowid=False,
    )
    rollup.rebuild(op.get_bind(), ["event_day_values"])
    op.drop_index("ix_sources_event_id", table_name="sources")


def downgrade() -> None:
    op.create_index("ix_sources_event_id", "sources", ["event_id"])
    for name in ("event_day_values", "outlet_chain_cells", "merged_mixed", "outlet_cells", "merged_outlet_cells"):
        op.drop_table(name)
