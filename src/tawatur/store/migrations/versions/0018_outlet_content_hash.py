"""The articles' key becomes the outlet plus the content: a wire story carried word for word by two
outlets is two reports in the store, as ``tawatur analyze`` counts it, where the content alone kept
only the first. Each stored row with an outlet gets sha256(outlet, newline, its content's sha256),
computed from its stored hash and outlet alone (the received HTML of an article is not stored, so
the content could not be hashed again); rows without an outlet keep their hash. A re-ingest of a
stored article from its outlet still finds its key and stays a no-op.

The downgrade hashes each such row's stored content again; where two outlets carry the same text,
the first stored gets the old key, and the others (the old key cannot hold both) their new key in
capitals, which no key of 0017 (lowercase hex) can equal and which upgrading again reads back.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""
from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# copied, not imported, from store/rows.py outlet_key as it stands at this revision (a later key
# must not change what this revision wrote)
articles = sa.table("articles", sa.column("id", sa.String), sa.column("content_hash", sa.String),
                    sa.column("outlet", sa.String), sa.column("raw", sa.Text), sa.column("text", sa.Text),
                    sa.column("ingested_at", sa.String))


def _keyed(outlet: str, body_hash: str) -> str:
    return hashlib.sha256(f"{outlet}\n{body_hash}".encode()).hexdigest()


def _rehash(new: dict[str, str]) -> None:
    """Set the rows' hashes, 500 a statement (a new key meets no other row's: sha256 of distinct input)."""
    stmt = articles.update().where(articles.c.id == sa.bindparam("aid")).values(content_hash=sa.bindparam("h"))
    items = list(new.items())
    for i in range(0, len(items), 500):
        op.get_bind().execute(stmt, [{"aid": a, "h": h} for a, h in items[i:i + 500]])


def upgrade() -> None:
    rows = op.get_bind().execute(sa.select(articles.c.id, articles.c.outlet, articles.c.content_hash)
                                 .where(articles.c.outlet.is_not(None)))
    _rehash({aid: h.lower() if h != h.lower() else _keyed(outlet.strip(), h)
             for aid, outlet, h in rows if outlet.strip()})


def downgrade() -> None:
    rows = op.get_bind().execute(sa.select(articles.c.id, articles.c.outlet, articles.c.content_hash,
                                           articles.c.raw, articles.c.text)
                                 .order_by(articles.c.ingested_at, articles.c.id)).all()
    taken = {h for _aid, outlet, h, _raw, _text in rows if not (outlet or "").strip()}
    old: dict[str, str] = {}
    for aid, outlet, h, raw, text in rows:
        if (outlet or "").strip():
            body = hashlib.sha256((raw or text or "").strip().encode("utf-8")).hexdigest()
            old[aid] = h.upper() if body in taken else body
            taken.add(old[aid])
    _rehash(old)
