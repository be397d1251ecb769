"""The workbench's filters and charts: each event's actor and toll as indexed columns (filled from the
stored event), so the actor filter and the per-day aggregates never parse the events' JSON.

Revision ID: 0006_explore
Revises: 0005
Create Date: 2026-12-04
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006_explore"
down_revision = "0005"
branch_labels = None
depends_on = None
_BATCH = 2000


def _actor(d: dict) -> str | None:
    a = d.get("actor") or {}
    return (a.get("id") or a.get("name") or None) if isinstance(a, dict) else None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("actor", sa.String(200), nullable=True))
        batch.add_column(sa.Column("fatalities", sa.Integer(), nullable=False, server_default="0"))
    conn = op.get_bind()
    ev = sa.table("events", sa.column("id"), sa.column("data"), sa.column("actor"), sa.column("fatalities"))
    last = ""
    while True:  # keyset batches: memory stays flat on a large store
        rows = conn.execute(sa.select(ev.c.id, ev.c.data).where(ev.c.id > last).order_by(ev.c.id)
                            .limit(_BATCH)).all()
        if not rows:
            break
        for r in rows:
            d = json.loads(r.data)
            conn.execute(ev.update().where(ev.c.id == r.id).values(
                actor=_actor(d), fatalities=int(d.get("fatalities") or 0)))
        last = rows[-1].id
    op.create_index("ix_events_actor_date", "events", ["actor", "date", "id"])
    op.create_index("ix_events_date_type_side", "events", ["date", "type", "side", "fatalities"])


def downgrade() -> None:
    op.drop_index("ix_events_date_type_side", table_name="events")
    op.drop_index("ix_events_actor_date", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("fatalities")
        batch.drop_column("actor")
