"""The store: analyses kept in SQLite or PostgreSQL, grown incrementally, queried by the web app.

One schema and one set of queries (SQLAlchemy Core, parameterised) for both back ends. Every write is
one transaction per batch, so a crash or a kill mid-ingest leaves the database as it was after the
last committed batch. Schema changes are alembic migrations, run on open: an old file upgrades in place.

Writers are serialised by the store's write lock (see :mod:`.engine`); the slow part, reading each
article, runs before the lock is taken.

The parts, one module a job: :mod:`.engine` (opening, write lock, retries, migrations), :mod:`.rows`
(model objects as rows), :mod:`.writes` (ingest), :mod:`.queries` (reads), :mod:`.feeds` (feed
state), :mod:`.review` (analysts' changes). :class:`Store` is their sum.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event

from . import review as R
from .engine import (
    DEFAULT_WRITE_WAIT,
    MIGRATIONS,
    WRITE_LOCK_KEY,
    StoreBase,
    StoreBusy,
    StoreError,
    _sqlite_begin,
    _sqlite_pragmas,
    migrate,
    normalise_url,
    transient_error,
)
from .feeds import FeedsMixin
from .queries import DEFAULT_LIMIT, MAX_LIMIT, EventFilter, QueriesMixin, actor_key, event_conds
from .rows import MAX_ARTICLE_ID, content_hash, search_names
from .writes import IngestResult, WritesMixin

__all__ = ["DEFAULT_LIMIT", "DEFAULT_WRITE_WAIT", "MAX_ARTICLE_ID", "MAX_LIMIT", "MIGRATIONS", "WRITE_LOCK_KEY",
           "EventFilter", "IngestResult", "Store", "StoreBusy", "StoreError", "actor_key", "content_hash",
           "event_conds", "migrate", "normalise_url", "open_store", "search_names", "transient_error"]


class Store(StoreBase, WritesMixin, QueriesMixin, FeedsMixin, R.ReviewMixin):
    """A tawatur database. Use :func:`open_store`; close it (or use ``with``) when done."""


def open_store(url_or_path: str, write_wait: float = DEFAULT_WRITE_WAIT) -> Store:
    """Open (creating or upgrading) a store: a SQLite file path, or a postgresql:// URL.

    ``write_wait``: seconds a write may wait for another writer before :class:`StoreBusy`. Migrations
    run under the write lock, so processes opening a new database at once create it once."""
    url = normalise_url(url_or_path)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, pool_pre_ping=url.startswith("postgresql"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    store = Store(engine, write_wait)
    try:
        store.write(migrate)
    except BaseException:
        engine.dispose()
        raise
    return store
