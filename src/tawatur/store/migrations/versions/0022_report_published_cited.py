"""Each events row carries what the outlet coverage reads of a report besides its own columns: its
article's publication (``published``: which outlet reported a merged event first) and the chain of its
source row when the coverage's chains count it (``cited``: with an outlet, of a kind other than
"outlet"; the events writer writes one source row per event), filled here from the articles and
sources rows; the type, side, place and actor indexes carry both after the report's merged event and
article (0016). The coverage under a place, an actor, days or a bbox then reads the matching events
alone: it probed the articles (PostgreSQL: a hash join of every article) and the sources per
matching report (110,000 events, a place's 7,000 reports under load: ~20 ms + ~30 ms of probes).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# the indexes as they stand before and after this revision (copied, not imported: a later schema may
# change them): (value, date, id, the aggregates' columns, the report's merged event and article[,
# its publication and cited chain])
CARRIED = ["type", "side", "polarity", "fatalities", "actor", "place_id", "outlet"]
REPORT = ["merged_event", "article_id"]
FILTER_INDEXES = {"ix_events_type_date": "type", "ix_events_side_date": "side",
                  "ix_events_place_id_date": "place_id", "ix_events_actor_date": "actor"}
FILL = ("UPDATE events SET published = (SELECT a.published FROM articles a WHERE a.id = events.article_id), "
        "cited = (SELECT s.chain FROM sources s WHERE s.event_id = events.id AND s.outlet IS NOT NULL "
        "AND s.kind != 'outlet' ORDER BY s.pk LIMIT 1)")


def _filter_indexes(extra: list[str]) -> None:
    for name, col in FILTER_INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [col, "date", "id", *[c for c in CARRIED if c != col], *REPORT, *extra])


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("published", sa.String(40)))
        batch.add_column(sa.Column("cited", sa.Text()))
    op.execute(FILL)
    _filter_indexes(["published", "cited"])


def downgrade() -> None:
    _filter_indexes([])
    with op.batch_alter_table("events") as batch:
        batch.drop_column("cited")
        batch.drop_column("published")
