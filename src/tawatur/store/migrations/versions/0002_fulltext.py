"""Full-text search over articles in the folded Arabic form: FTS5 on SQLite, tsvector on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2024-12-08
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # unicode61 without diacritic removal: the folded form is already normalised.
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5("
                   "article_id UNINDEXED, folded, tokenize='unicode61 remove_diacritics 0')")
        op.execute("INSERT INTO articles_fts (article_id, folded) SELECT id, folded FROM articles")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN fts tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED")
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (fts)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS fts")
