"""Join the three revisions made in parallel on 0005 (merged-event place indexes, the workbench's
filter columns, review) into one head, so later revisions have one parent.

Revision ID: 0007
Revises: 0006, 0006_explore, 0006_review
Create Date: 2026-12-04
"""
from __future__ import annotations

revision = "0007"
down_revision = ("0006", "0006_explore", "0006_review")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: a merge point only."""


def downgrade() -> None:
    """Nothing to change: a merge point only."""
