"""The status and review indexes carry the date and id: (status, date, id) and (review, date, id),
replacing the indexes of the column alone. A page of events under a status, or under a review state
('unreviewed' is every event no analyst touched), walks its index newest first and stops after the
page; on the column alone SQLite read every matching row and sorted it (110,000 events, a page under
'single-source' or 'unreviewed': ~50 ms; 0.2 ms walked). The probes of one value (is anything
rejected?) and counts read the same prefix as before.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05
"""
from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# the indexes before and after this revision (copied, not imported: a later schema may change them)
BEFORE = {"ix_events_status": ["status"], "ix_events_review": ["review"]}
AFTER = {"ix_events_status_date": ["status", "date", "id"], "ix_events_review_date": ["review", "date", "id"]}


def _swap(drop: dict[str, list[str]], create: dict[str, list[str]]) -> None:
    for name in drop:
        op.drop_index(name, table_name="events")
    for name, cols in create.items():
        op.create_index(name, "events", cols)


def upgrade() -> None:
    _swap(BEFORE, AFTER)


def downgrade() -> None:
    _swap(AFTER, BEFORE)
