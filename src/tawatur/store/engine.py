"""The store's engine: opening a database, its write lock, transient-failure retries and migrations.

Writers are serialised. Linking reads the stored neighbours of new events and rewrites them, so two
writers working side by side would each rewrite the same rows from a stale read (and, on PostgreSQL,
collide on their keys). Every write transaction therefore first takes the store's write lock (a
PostgreSQL advisory lock; ``BEGIN IMMEDIATE`` on SQLite), re-checks what is already stored, and only
then reads and writes. A writer that cannot get the lock within ``write_wait`` seconds, or keeps hitting
transient failures, gets :class:`StoreBusy` (the API answers 503 with Retry-After); nothing is half
written.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from . import schema as S

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_WRITE_WAIT = 600.0  # seconds a writer waits for the write lock (the CLI); the API waits less
READ_BUSY_MS = 15_000  # SQLite: how long a reader waits on a rare lock (WAL readers seldom wait)
MAX_ATTEMPTS = 8  # write transactions retried after a transient failure, at most
WRITE_LOCK_KEY = 0x74617761747572  # PostgreSQL advisory lock id: b"tawatur" as a number
T = TypeVar("T")
StoreT = TypeVar("StoreT", bound="StoreBase")


class StoreError(ValueError):
    """A request the store cannot serve (bad filter, unknown back end); the message says why."""


class StoreBusy(RuntimeError):
    """Another writer held the store for longer than this writer may wait; nothing was written.

    ``retry_after`` is a hint in seconds (the API sends it as Retry-After)."""

    def __init__(self, message: str, retry_after: int = 5):
        super().__init__(message)
        self.retry_after = retry_after



def normalise_url(url_or_path: str) -> str:
    """A SQLAlchemy URL: postgresql:// goes to psycopg 3, anything not a URL is a SQLite file path."""
    if url_or_path.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url_or_path.split("://", 1)[1]
    if url_or_path.startswith(("postgresql+psycopg://", "sqlite://")):
        return url_or_path
    if "://" in url_or_path:
        raise StoreError(f"unsupported database URL {url_or_path.split('://')[0]}:// "
                         "(use a SQLite file path or postgresql://)")
    return f"sqlite:///{Path(url_or_path).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling is off: it would open a transaction only at the first
    # write, after the reads that decide what to write. _sqlite_begin emits BEGIN itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; one file to copy
    cur.execute("PRAGMA synchronous=FULL")  # a committed batch survives a crash
    cur.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """A write transaction takes SQLite's write lock at once (BEGIN IMMEDIATE), waiting up to its
    ``write_wait_ms``; a read transaction is a plain deferred BEGIN."""
    wait_ms = conn.get_execution_options().get("write_wait_ms")
    if wait_ms is None:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={READ_BUSY_MS}")
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={max(1, int(wait_ms))}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# SQLSTATEs of PostgreSQL failures that a later attempt may not meet: serialization failure, deadlock,
# lock wait timed out (the write lock), unique violation (a writer that did not take the lock).
_PG_RETRY = {"40001", "40P01", "55P03", "23505"}
_PG_BUSY = {"40001", "40P01", "55P03"}
_SQLITE_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (primary codes)


def transient_error(exc: DBAPIError) -> tuple[bool, bool]:
    """(worth another attempt, a sign of a busy store) for a database error."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state:
        return state in _PG_RETRY or state.startswith("08"), state in _PG_BUSY or state.startswith("08")
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        busy = (code & 0xFF) in _SQLITE_BUSY
        return busy, busy
    busy = "database is locked" in str(orig) or "database is busy" in str(orig)
    return busy, busy


def bump_version(conn: Connection) -> None:
    """Raise the store's data version in the writing transaction (readers' caches then go stale)."""
    c = S.store_state.c
    conn.execute(update(S.store_state).where(c.key == S.DATA_VERSION).values(value=c.value + 1))


def data_version(conn: Connection) -> int:
    """The store's data version: one primary-key read, however large the store."""
    c = S.store_state.c
    return conn.execute(select(c.value).where(c.key == S.DATA_VERSION)).scalar_one_or_none() or 0


def migrate(conn: Connection) -> None:
    """Bring the schema to the newest alembic revision (creates it on an empty database)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")  # one head since 0007 joined the parallel 0006_* branches



class StoreBase:
    """The engine and the write transaction every writing part of :class:`Store` goes through."""

    def __init__(self, engine: Engine, write_wait: float = DEFAULT_WRITE_WAIT):
        self.engine = engine
        self.dialect = engine.dialect.name
        self.write_wait = write_wait
        self.generation = 0  # writes committed through this Store (keys the workbench's aggregate cache)

    # context manager ------------------------------------------------------
    def __enter__(self: StoreT) -> StoreT:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def settle(self) -> None:
        """After a bulk write (a whole analysis stored, a store filled in bulk): on PostgreSQL, VACUUM
        (ANALYZE) the database, outside any transaction. A bulk load leaves every new row version
        unmarked in the visibility map, so the covering indexes the workbench reads (events' filter
        indexes, sources' event index) send each matched row to the table anyway, and the tables filled
        after the last ANALYZE (articles, sources) have no statistics, until autovacuum comes by
        (minutes later; the benches' 100k store was vacuumed by it in the middle of their runs). On that
        store after a bulk rewrite, the filtered outlet coverage's p50 (a loaded machine, 15 runs) under a
        place 188 -> 149 ms, an actor 150 -> 81, 30 days 136 -> 103, a type and days 283 -> 70 once
        settled; rewritten again with its statistics kept (only the visibility lost) within the noise.
        SQLite has no visibility map and its plans were chosen without statistics (migration 0016:
        ANALYZE turned some to worse indexes), so nothing is done there."""
        if self.dialect != "postgresql":
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # the store's own tables, named (a bare VACUUM warns on every shared catalog it may not touch)
            names = ", ".join(conn.dialect.identifier_preparer.quote(t) for t in inspect(conn).get_table_names())
            conn.exec_driver_sql(f"VACUUM (ANALYZE) {names}")

    # writing --------------------------------------------------------------
    def write(self, work: Callable[[Connection], T], wait: float | None = None) -> T:
        """Run ``work(conn)`` in one transaction holding the store's write lock, and return its result.

        A transient failure (lock wait timed out, SQLite busy, PostgreSQL serialization failure,
        deadlock or key collision) rolls the transaction back and runs ``work`` again, with jittered
        backoff, until ``wait`` seconds (default ``write_wait``) have passed or MAX_ATTEMPTS were
        made; then :class:`StoreBusy`. ``work`` must read what it needs through ``conn``, so that
        every attempt starts from what is stored.
        """
        wait = self.write_wait if wait is None else wait
        deadline = time.monotonic() + wait
        for attempt in range(1, MAX_ATTEMPTS + 1):
            left = max(0.001, deadline - time.monotonic())
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(write_wait_ms=left * 1000)
                    with conn.begin():
                        self._take_write_lock(conn, left)
                        result = work(conn)
                        bump_version(conn)
                self.generation += 1  # committed: cached aggregates of this process are stale
                return result
            except DBAPIError as exc:
                retry, busy = transient_error(exc)
                left = deadline - time.monotonic()
                if not retry or (not busy and attempt == MAX_ATTEMPTS):
                    raise
                if left <= 0 or attempt == MAX_ATTEMPTS:
                    raise StoreBusy(f"the store is busy with another writer (waited {wait:g}s, "
                                    f"{attempt} attempt(s)); nothing was written, try again",
                                    retry_after=max(1, min(60, int(wait / 2) or 1))) from exc
                time.sleep(min(left, random.uniform(0.05, 0.2) * 2 ** min(attempt, 5)))
        raise AssertionError("unreachable")  # pragma: no cover

    def _take_write_lock(self, conn: Connection, wait: float) -> None:
        """PostgreSQL: the transaction-scoped advisory lock every tawatur writer takes, waiting at most
        ``wait`` seconds (SQLite took its lock with BEGIN IMMEDIATE)."""
        if self.dialect != "postgresql":
            return
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {max(1, int(wait * 1000))}")
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
        conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
