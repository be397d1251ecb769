"""The store: analyses kept in SQLite or PostgreSQL, grown incrementally, queried by the web app.

One schema and one set of queries (SQLAlchemy Core, parameterised) for both back ends. Every write is
one transaction per batch, so a crash or a kill mid-ingest leaves the database as it was after the
last committed batch. Schema changes are alembic migrations, run on open: an old file upgrades in place.

Writers are serialised. Linking reads the stored neighbours of new events and rewrites them, so two
writers working side by side would each rewrite the same rows from a stale read (and, on PostgreSQL,
collide on their keys). Every write transaction therefore first takes the store's write lock (a
PostgreSQL advisory lock; ``BEGIN IMMEDIATE`` on SQLite), re-checks what is already stored, and only
then reads and writes. A writer that cannot get the lock within ``write_wait`` seconds, or keeps hitting
transient failures, gets :class:`StoreBusy` (the API answers 503 with Retry-After); nothing is half
written. The slow part, reading each article, runs before the lock is taken.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ColumnElement

from ..clean.normalize import fold, fold_text
from ..model import (
    Analysis,
    Article,
    Contradiction,
    ControlState,
    Event,
    Mention,
    MergedEvent,
    Story,
    _build,
    article_from_dict,
    event_from_dict,
    merged_from_dict,
    to_dict,
)
from . import review as R
from . import rollup
from . import schema as S

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
CHECKPOINT_ROWS = 12  # stored control states read before the earliest change, to find a checkpoint
BLOCK_DAYS = 3  # candidate window around a new event's date when loading what it may merge with
_CHUNK = 400
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_WRITE_WAIT = 600.0  # seconds a writer waits for the write lock (the CLI); the API waits less
READ_BUSY_MS = 15_000  # SQLite: how long a reader waits on a rare lock (WAL readers seldom wait)
MAX_ATTEMPTS = 8  # write transactions retried after a transient failure, at most
WRITE_LOCK_KEY = 0x74617761747572  # PostgreSQL advisory lock id: b"tawatur" as a number
# Column limits of the schema that a record's own fields fill (PostgreSQL enforces them; SQLite does
# not, so they are checked at intake on both). An article id leaves room for the ids derived from it
# (an event id is the article id plus ':' and 10 hex digits; a repeated id gets '~n').
MAX_ARTICLE_ID = 180
MAX_OUTLET = 200
MAX_PUBLISHED = 40
T = TypeVar("T")


class StoreError(ValueError):
    """A request the store cannot serve (bad filter, unknown back end); the message says why."""


class StoreBusy(RuntimeError):
    """Another writer held the store for longer than this writer may wait; nothing was written.

    ``retry_after`` is a hint in seconds (the API sends it as Retry-After)."""

    def __init__(self, message: str, retry_after: int = 5):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored (same content hash)
    failed: list[dict[str, str]] = field(default_factory=list)
    events: int = 0
    touched: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        t = ", ".join(f"{k} {v}" for k, v in sorted(self.touched.items()))
        return (f"{len(self.added)} added, {len(self.skipped)} already stored, {len(self.failed)} failed, "
                f"{self.events} event(s)" + (f"; touched: {t}" if t else ""))


@dataclass
class EventFilter:
    """Filters for :meth:`Store.events`; every field optional, combined with AND. ``type``,
    ``polarity`` and ``side`` take one value or a sequence of them (any of)."""

    type: str | Sequence[str] | None = None
    polarity: str | Sequence[str] | None = None
    side: str | Sequence[str] | None = None
    place: str | None = None  # gazetteer id or place name
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    date_from: str | None = None
    date_to: str | None = None
    status: str | None = None
    outlet: str | None = None
    merged_event: str | None = None
    article: str | None = None
    review: str | None = None  # None hides rejected events; else one of review.REVIEW_FILTERS
    actor: str | None = None  # actor id, else actor name (see :func:`actor_key`)


# --------------------------------------------------------------------------- helpers

def _dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def content_hash(article: Article) -> str:
    """sha256 of the article's received content (whitespace-trimmed), the key that makes re-ingest a no-op."""
    body = article.raw or article.text or article.html or ""
    return hashlib.sha256(body.strip().encode("utf-8")).hexdigest()


def _place_key(place: Any) -> str | None:
    if place is None:
        return None
    return place.gazetteer_id or place.name or None


def _chunks(seq: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the calendar's ends (9999-12-31 + 3 days is 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it), unpaired surrogates
_INPUT_FIELDS = ("raw", "text", "html", "title", "url", "outlet", "published", "author", "id")


def scrubbed(obj: Any) -> Any:
    """``obj`` with every NUL and unpaired surrogate in its strings replaced by U+FFFD, in place for
    dataclasses; one code point for one, so every offset into the text still holds."""
    if isinstance(obj, str):
        return _UNSTORABLE.sub("\ufffd", obj)
    if isinstance(obj, list):
        obj[:] = [scrubbed(x) for x in obj]
    elif isinstance(obj, tuple):
        return tuple(scrubbed(x) for x in obj)
    elif isinstance(obj, dict):
        items = [(scrubbed(k), scrubbed(v)) for k, v in obj.items()]
        obj.clear()
        obj.update(items)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            setattr(obj, f.name, scrubbed(getattr(obj, f.name)))
    return obj


def scrub_article(article: Article) -> bool:
    """Make an article storable: NUL and unpaired surrogates (from JSON escapes or broken input) become
    U+FFFD, with a warning. True when something was replaced."""
    if not any(isinstance(v := getattr(article, k), str) and _UNSTORABLE.search(v) for k in _INPUT_FIELDS):
        return False
    scrubbed(article)
    article.warnings.append("NUL or unpaired surrogate characters replaced by U+FFFD (no database stores them)")
    return True


def record_problem(article: Article) -> str | None:
    """Why the store cannot keep this record as given (a field longer than its column), or None."""
    aid = article.id or ""
    if not aid.strip():
        return "the id is empty or only spaces"
    if len(aid) > MAX_ARTICLE_ID:
        return f"id is {len(aid):,} characters long; the limit is {MAX_ARTICLE_ID}"
    if article.outlet and len(article.outlet) > MAX_OUTLET:
        return f"outlet is {len(article.outlet):,} characters long; the limit is {MAX_OUTLET}"
    if article.published and len(article.published) > MAX_PUBLISHED:
        return f"published is {len(article.published):,} characters long; the limit is {MAX_PUBLISHED}"
    return None


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


def migrate(conn: Connection) -> None:
    """Bring the schema to the newest alembic revision (creates it on an empty database)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")  # one head since 0007 joined the parallel 0006_* branches


# --------------------------------------------------------------------------- the store

class Store(R.ReviewMixin):
    """A tawatur database. Use :func:`open_store`; close it (or use ``with``) when done."""

    def __init__(self, engine: Engine, write_wait: float = DEFAULT_WRITE_WAIT):
        self.engine = engine
        self.dialect = engine.dialect.name
        self.write_wait = write_wait
        self.generation = 0  # writes committed through this Store (keys the workbench's aggregate cache)

    # context manager ------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

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

    def ingest_analysis(self, analysis: Analysis, lines: Any = None) -> IngestResult:
        """Store a whole analysis (``tawatur analyze --db``) in one transaction, replacing same ids;
        ``lines`` (the run's RepeatedLines) are added to the outlets' counts."""
        res = IngestResult()
        for a in analysis.articles:
            scrub_article(a)
        bad = {a.id: why for a in analysis.articles if (why := record_problem(a))}
        res.failed = [{"input": a.id[:MAX_ARTICLE_ID], "reason": bad[a.id]}
                      for a in analysis.articles if a.id in bad]
        good = [a for a in analysis.articles if a.id not in bad]
        deltas = ({o: {k: lines.counts[o][k] for k in keys} for o, keys in lines.changed.items()}
                  if lines is not None else {})

        def work(conn: Connection) -> tuple[list[Article], list[Event]]:
            self._add_line_counts(conn, deltas)
            known = self._hashes(conn, [content_hash(a) for a in good])
            keep = [a for a in good if known.get(content_hash(a)) in (None, a.id)]
            dropped = {a.id for a in good} - {a.id for a in keep} | set(bad)
            self._write_articles(conn, keep)
            events = [e for e in analysis.events if e.article not in dropped]
            self._write_events(conn, events, analysis.merged_events, {a.id: a for a in keep})
            self._write_linked(conn, analysis, None)
            R.rebuild(conn)  # the analyst's reviews outlive re-ingest
            return keep, events

        keep, events = self.write(work)
        if lines is not None:
            lines.changed.clear()
        kept = {a.id for a in keep}
        res.skipped = [a.id for a in good if a.id not in kept]  # same text stored under another id
        res.added = [a.id for a in keep]
        res.events = len(events)
        res.touched = {"stories": len(analysis.stories), "merged_events": len(analysis.merged_events),
                       "contradictions": len(analysis.contradictions), "control": len(analysis.control)}
        return res

    def ingest_articles(self, articles: Iterable[Article], *, run_pipeline: bool | None = None
                        ) -> IngestResult:
        """Add new articles incrementally, in one transaction.

        Articles whose content hash is stored are skipped. The rest run through the per-article
        pipeline (``run_pipeline=None``: only those not yet segmented), then, under the write lock,
        only the stories, merged events, contradictions and control states they may touch (blocking
        by place, date and type) are loaded into a :class:`tawatur.link.Linker`, and what it reports
        touched is written back.
        """
        res = IngestResult()
        fresh = self._new_only(articles, res)
        lines = self._repeated_lines({a.outlet for a in fresh if a.outlet})
        base = {o: dict(c) for o, c in lines.counts.items()}
        fresh = self._analyse(fresh, res, run_pipeline, lines)
        if not fresh:
            return res
        # what this batch adds to its outlets' line counts, applied to the counts read under the lock
        deltas = {o: {k: lines.counts[o][k] - base.get(o, {}).get(k, 0) for k in keys}
                  for o, keys in lines.changed.items()}
        pristine = copy.deepcopy(fresh)  # linking annotates the articles; a retry starts clean
        attempts = 0

        def work(conn: Connection) -> tuple[list[Article], list[Event], dict[str, set[str]] | None,
                                            dict[str, list]]:
            nonlocal attempts
            attempts += 1
            batch = fresh if attempts == 1 else copy.deepcopy(pristine)
            batch, late = self._still_new(conn, batch)  # another writer may have stored some meanwhile
            if not batch:
                return [], [], {}, late
            self._add_line_counts(conn, deltas)
            existing, state = self._candidates(conn, batch)
            old_dates = {m.id: m.date.value or None for m in existing.merged_events}
            linker = _make_linker(existing, state)
            touched = linker.add(batch)
            tails = self._control_tails(conn, linker, touched, old_dates)
            self._complete_stories(conn, linker, touched["stories"])
            analysis = linker.analysis()
            self._write_articles(conn, batch)
            # stored events keep their rows: only their merged event's status moves (_write_linked)
            new_events = [e for a in batch for e in a.events]
            by_article = {a.id: a for a in batch + existing.articles}
            self._write_events(conn, new_events, analysis.merged_events, by_article)
            self._write_story_keys(conn, linker, batch)
            self._write_linked(conn, analysis, touched, linker)
            self._write_control_tails(conn, tails)
            R.rebuild(conn)  # the analyst's reviews outlive re-linking
            return batch, new_events, touched, late

        try:
            batch, new_events, touched, late = self.write(work)
        except DBAPIError as exc:
            if transient_error(exc)[0]:
                raise
            return self._one_by_one(pristine, res, exc)
        lines.changed.clear()
        res.skipped += late["skipped"]
        res.failed += late["failed"]
        res.added = sorted(a.id for a in batch)
        res.events = len(new_events)
        res.touched = {k: len(v) for k, v in (touched or {}).items()}
        return res

    def _one_by_one(self, arts: list[Article], res: IngestResult, exc: DBAPIError) -> IngestResult:
        """The database refused a batch: store its articles one at a time, so that only the record
        it refuses is reported (with the database's reason) and every other one is kept."""
        if len(arts) == 1:
            reason = str(exc.orig).strip().splitlines()[0][:300] if exc.orig else type(exc).__name__
            res.failed.append({"input": arts[0].source_path or arts[0].id,
                               "reason": f"the database refused this article: {reason}"})
            return res
        for a in arts:
            one = self.ingest_articles([a], run_pipeline=False)
            res.added += one.added
            res.skipped += one.skipped
            res.failed += [f for f in one.failed if f not in res.failed]
            res.events += one.events
            for k, v in one.touched.items():
                res.touched[k] = res.touched.get(k, 0) + v
        res.added.sort()
        return res

    def _still_new(self, conn: Connection, arts: list[Article]) -> tuple[list[Article], dict[str, list]]:
        """``arts`` less those stored since :meth:`_new_only` looked (read under the write lock)."""
        known = self._hashes(conn, [content_hash(a) for a in arts])
        taken: set[str] = set()
        for part in _chunks([a.id for a in arts]):
            taken |= set(conn.execute(select(S.articles.c.id).where(S.articles.c.id.in_(part))).scalars())
        late: dict[str, list] = {"skipped": [], "failed": []}
        keep = []
        for a in arts:
            if content_hash(a) in known:
                late["skipped"].append(a.id)
            elif a.id in taken:
                late["failed"].append({"input": a.id, "reason": "an article with this id but other text is stored"})
            else:
                keep.append(a)
        return keep, late

    def _new_only(self, articles: Iterable[Article], res: IngestResult) -> list[Article]:
        batch: dict[str, Article] = {}
        for a in articles:
            scrub_article(a)
            why = record_problem(a)
            if why:
                res.failed.append({"input": (a.source_path or a.id or "?")[:MAX_ARTICLE_ID], "reason": why})
                continue
            h = content_hash(a)
            if h not in batch:
                batch[h] = a
            else:
                res.skipped.append(a.id)
        with self.engine.connect() as conn:
            known = self._hashes(conn, list(batch))
        ids = set(self._existing_ids(list(a.id for a in batch.values())))
        fresh = []
        for h, a in batch.items():
            if h in known:
                res.skipped.append(a.id)
            elif a.id in ids:
                res.failed.append({"input": a.id, "reason": "an article with this id but other text is stored"})
            else:
                fresh.append(a)
        return fresh

    def _analyse(self, arts: list[Article], res: IngestResult, run: bool | None,
                 lines: Any = None) -> list[Article]:
        todo = [a for a in arts if run or (run is None and not a.sentences and not a.events)]
        if todo:
            if lines is not None:  # the outlet's repeated lines, as analyze marks them
                lines.mark_all(todo)
            from ..pipeline import analyze_many
            out_map = dict(zip([a.id for a in todo], analyze_many(todo), strict=True))
            arts = [out_map.get(a.id, a) for a in arts]
        for a in arts:  # kept (text, no events) so nothing is lost, and reported
            if a.meta.get("failed"):
                res.failed.append({"input": a.source_path or a.id,
                                   "reason": "; ".join(a.warnings) + " (article kept without events)"})
                a.events = []
        return arts

    def _repeated_lines(self, outlets: set[str]) -> Any:
        """The short lines these outlets' stored pages carried, with their page counts."""
        from ..clean.boilerplate import RepeatedLines

        counts: dict[str, dict[str, int]] = {}
        c = S.outlet_lines.c
        with self.engine.connect() as conn:
            for part in _chunks(sorted(outlets)):
                for outlet, key, n in conn.execute(select(c.outlet, c.key, c.n).where(c.outlet.in_(part))):
                    counts.setdefault(outlet, {})[key] = n
        return RepeatedLines(counts)

    def _add_line_counts(self, conn: Connection, deltas: dict[str, dict[str, int]]) -> None:
        """Add a batch's page counts to the stored ones, read in the caller's (locked) transaction, so
        that writers side by side add up instead of overwriting each other's counts."""
        if not any(deltas.values()):
            return
        from ..clean.boilerplate import RepeatedLines

        c = S.outlet_lines.c
        lines = RepeatedLines()
        for outlet, add in sorted(deltas.items()):
            stored: dict[str, int] = {}
            for part in _chunks(sorted(add)):
                stored.update(conn.execute(select(c.key, c.n).where(c.outlet == outlet, c.key.in_(part))).all())
            lines.counts[outlet] = {k: stored.get(k, 0) + n for k, n in add.items()}
            lines.changed[outlet] = set(add)
        self.save_repeated_lines(conn, lines)

    def save_repeated_lines(self, conn: Connection, lines: Any) -> None:
        """Write the counts that changed (``RepeatedLines.changed``) in the caller's transaction."""
        c = S.outlet_lines.c
        for outlet, keys in sorted(lines.changed.items()):
            ks = sorted(keys)
            for part in _chunks(ks):
                conn.execute(delete(S.outlet_lines).where(c.outlet == outlet, c.key.in_(part)))
            rows = [{"outlet": outlet, "key": k, "n": lines.counts[outlet][k]} for k in ks]
            for part in _chunks(rows, 2000):
                conn.execute(insert(S.outlet_lines), list(part))
        lines.changed.clear()

    def _existing_ids(self, ids: list[str]) -> list[str]:
        out: list[str] = []
        with self.engine.connect() as conn:
            for part in _chunks(ids):
                out += conn.execute(select(S.articles.c.id).where(S.articles.c.id.in_(part))).scalars().all()
        return out

    def _hashes(self, conn: Connection, hashes: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(hashes):
            rows = conn.execute(select(S.articles.c.content_hash, S.articles.c.id)
                                .where(S.articles.c.content_hash.in_(part)))
            out.update({h: i for h, i in rows})
        return out

    def _candidates(self, conn: Connection, fresh: list[Article]) -> tuple[Analysis, Any]:
        """What the new articles may link with: merged events sharing a place (or, placeless, a type)
        within reach of a new event's date, with their events, contradictions, the whole control
        history of those places, and the story candidates (:meth:`_story_candidates`)."""
        from ..link.linker import StoryState
        from ..link.merge import CAMPAIGN_SPAN, SPAN_MAX, campaign

        evs = [e for a in fresh for e in a.events]
        places = {k for e in evs if (k := _place_key(e.place))}
        types = {e.type for e in evs}
        days = [d for e in evs if (d := _day(e.date.value or None))]
        days += [d for a in fresh if (d := _day(a.published))]
        me = S.merged_events.c
        conds: list[ColumnElement[bool]] = []
        if places:
            conds.append(me.place_id.in_(list(places)))
        if types:
            conds.append(and_(me.place_id.is_(None), me.type.in_(list(types))))
        merged: list[MergedEvent] = []
        if conds:
            where: ColumnElement[bool] = or_(*conds)
            if days:  # a merged event spans up to SPAN_MAX days (a campaign on a region, more)
                reach = BLOCK_DAYS + (CAMPAIGN_SPAN if any(map(campaign, evs)) else SPAN_MAX)
                lo = _shift(min(days), -reach).isoformat()
                hi = _shift(max(days), reach).isoformat()
                where = and_(where, or_(me.date.is_(None), me.date == "", me.date.between(lo, hi)))
            merged = [merged_from_dict(json.loads(d)) for d in
                      conn.execute(select(me.data).where(where).limit(2000)).scalars()]
        mids = [m.id for m in merged]
        events = self._load(conn, S.events, S.events.c.merged_event, mids, event_from_dict)
        contra = self._load(conn, S.contradictions, S.contradictions.c.merged_event, mids,
                            lambda d: _build(Contradiction, d))
        state = StoryState()
        story_ids = self._story_candidates(conn, fresh, {e.article for e in events}, state)
        stories = self._load_stories(conn, story_ids, state)
        aids = sorted({e.article for e in events} | set(state.articles))
        arts = self._load(conn, S.articles, S.articles.c.id, aids, article_from_dict, full=True)
        _attach(arts, events)
        # control: each touched place's timeline is continued from the store (_control_tails)
        return Analysis(articles=arts, events=events, stories=stories, merged_events=merged,
                        contradictions=contra), state

    def _control_tails(self, conn: Connection, linker: Any, touched: dict[str, set[str]],
                       old_dates: dict[str, str | None]) -> dict[str, tuple[list[str], list[tuple[int, ControlState]]]]:
        """Rebuild the control timeline of each touched place as the whole history would, reading
        only its tail: the stored dated states before the earliest changed date are kept (up to a
        checkpoint that took in nothing dated later), the reports from there on and the undated ones
        are folded again. Returns place -> (stored row keys replaced, (number, state) rows to write)."""
        from ..link.control import CONTROL_TYPES
        from ..link.places import primary_key

        tails: dict[str, tuple[list[str], list[tuple[int, ControlState]]]] = {}
        for pk in sorted(touched.get("control", ())):
            mids = [m for m in touched.get("merged_events", ()) if m in linker.merged
                    and linker.merged[m].type in CONTROL_TYPES and primary_key(linker.merged[m].place) == pk]
            if not mids:
                continue
            dates = [d or "9999" for m in mids for d in (linker.merged[m].date.value or None, old_dates.get(m))]
            ckey = pk.split(":", 1)[1] if pk.startswith("gid:") else pk
            cutoff = min(dates)
            tail = self._control_rows(conn, ckey, cutoff, CHECKPOINT_ROWS)  # the recent part first
            tails[ckey] = self._control_tail(conn, linker, pk, mids, tail, cutoff, full=False) or \
                self._control_tail(conn, linker, pk, mids, self._control_rows(conn, ckey, cutoff, None),
                                   cutoff, full=True)
            linker.control.pop(pk, None)  # written by _write_control_tails, not _write_control
        return tails

    @staticmethod
    def _control_rows(conn: Connection, ckey: str, cutoff: str, before: int | None
                      ) -> list[tuple[int, str, ControlState]]:
        """Stored states of a place as (number, key, state) in timeline order: the undated ones, the
        dated ones from ``cutoff`` on and the ``before`` latest ones before it (all with None)."""
        c = S.control.c
        if before is None:
            qs = [select(c.key, c.data).where(c.place_key == ckey)]
        else:
            qs = [select(c.key, c.data).where(c.place_key == ckey, or_(c.since.is_(None), c.since >= cutoff)),
                  select(c.key, c.data).where(c.place_key == ckey, c.since < cutoff)
                  .order_by(c.since.desc()).limit(before)]
        rows = {}
        for q in qs:
            for k, d in conn.execute(q):
                tail = k.rsplit("#", 1)[-1]
                rows[k] = (int(tail) if tail.isdigit() else 0, k, _build(ControlState, json.loads(d)))
        return sorted(rows.values(), key=lambda r: r[0])

    def _control_tail(self, conn: Connection, linker: Any, pk: str, mids: list[str],
                      rows: list[tuple[int, str, ControlState]], cutoff: str, full: bool
                      ) -> tuple[list[str], list[tuple[int, ControlState]]] | None:
        """(keys replaced, rows written) for one place from its ``rows``; None when these rows hold no
        checkpoint (then the caller reads the whole timeline: ``full``)."""
        undated = [r for r in rows if not r[2].since]
        dated = [r for r in rows if r[2].since]
        start, j = self._checkpoint(conn, [st for _, _, st in dated], cutoff)
        if j == 0 and not full:
            return None
        states = self._control_replay(conn, linker, pk, mids, start, [st for _, _, st in dated[:j]])
        ckey = pk.split(":", 1)[1] if pk.startswith("gid:") else pk
        for st in states:
            if pk.startswith("gid:"):
                st.gazetteer_id = ckey
        u = sum(1 for st in states if not st.since)
        if j > 0 and u == len(undated):  # numbering unchanged: rewrite the undated and the tail
            keep = j - 1  # the last kept state's ``until`` moves: it is rewritten too
            first = dated[keep][0]
            return ([k for _, k, _ in undated] + [k for _, k, _ in dated[keep:]],
                    list(enumerate(states[:u], 1)) + list(enumerate(states[u + keep:], first)))
        if not full:
            return None
        return [k for _, k, _ in rows], list(enumerate(states, 1))

    def _control_replay(self, conn: Connection, linker: Any, pk: str, mids: list[str], start: str | None,
                        prefix: list[ControlState]) -> list[ControlState]:
        """The place's timeline from ``start`` on (all of it without a start), with the evidence of
        each report as the linker would quote it."""
        from ..link.control import CONTROL_TYPES, control_timeline
        from ..link.places import primary_key
        from ..link.sources import UNKNOWN_OUTLET, outlet_of

        pids = sorted({k for m in mids if (k := _place_key(linker.merged[m].place))})
        me = S.merged_events.c
        where = [me.place_id.in_(pids), me.type.in_(CONTROL_TYPES)]
        if start is not None:
            where.append(or_(me.date >= start, me.date.is_(None), me.date == ""))
        history = {m.id: m for d in conn.execute(select(me.data).where(*where).order_by(me.id)).scalars()
                   if primary_key((m := merged_from_dict(json.loads(d))).place) == pk}
        history.update({i: m for i, m in linker.merged.items()
                        if m.type in CONTROL_TYPES and primary_key(m.place) == pk})
        events = {i: linker.events[i] for m in history.values() for i in m.events if i in linker.events}
        outlets = {e.article: outlet_of(linker.articles.get(e.article), e) for e in events.values()}
        need = sorted(i for m in history.values() for i in m.events if i not in events)
        ev = S.events.c
        for part in _chunks(need):
            for d, outlet in conn.execute(select(ev.data, ev.outlet).where(ev.id.in_(part))):
                e = event_from_dict(json.loads(d))
                events[e.id] = e
                outlets.setdefault(e.article, outlet or UNKNOWN_OUTLET)
        return control_timeline(pk, list(history.values()), events, outlets, prefix=prefix, start=start)

    @staticmethod
    def _checkpoint(conn: Connection, states: list[ControlState], cutoff: str) -> tuple[str | None, int]:
        """(start date, number of dated states kept): the latest state begun before ``cutoff`` whose
        predecessor began earlier and took in no report dated from that state's start on."""
        j = max((i for i, st in enumerate(states) if (st.since or "9999") < cutoff), default=0)
        me = S.merged_events.c
        while j > 0:
            start, prev = states[j].since or "9999", states[j - 1]
            if (prev.since or "9999") < start:
                later = conn.execute(select(func.count()).select_from(S.merged_events).where(
                    me.id.in_(prev.events), or_(me.date >= start, me.date.is_(None), me.date == ""))).scalar_one()
                if not later:
                    return states[j].since, j
            j -= 1
        return None, 0

    def _write_control_tails(self, conn: Connection,
                             tails: dict[str, tuple[list[str], list[tuple[int, ControlState]]]]) -> None:
        for _ckey, (old_keys, rows) in sorted(tails.items()):
            for part in _chunks(old_keys):
                conn.execute(delete(S.control).where(S.control.c.key.in_(part)))
            if rows:
                conn.execute(insert(S.control), [_control_row(st, n) for n, st in rows])

    def _story_candidates(self, conn: Connection, fresh: list[Article], sharing: set[str],
                          state: Any) -> set[str]:
        """Stored articles the story index may compare the new ones with (sharing an anchor or a place
        within DAYS_NEAR days, or a merged event), with their keys and day put in ``state``; returns
        the stories they belong to."""
        from ..link.linker import article_day, article_places
        from ..link.stories import DAYS_NEAR, MAX_CANDS, article_keys, features

        k = S.story_keys.c
        keys: set[str] = set()
        dated: list[int] = []
        undated: set[str] = set()
        for a in fresh:
            ak = article_keys(features(a)[1], article_places(a))
            day = article_day(a)
            keys.update(ak)
            if day is None:
                undated.update(ak)
            else:
                dated.append(day)
        found: set[str] = set(sharing)
        for part in _chunks(sorted(keys)):
            conds = [k.day.is_(None)]
            if dated:
                conds.append(k.day.between(min(dated) - DAYS_NEAR, max(dated) + DAYS_NEAR))
            found.update(conn.execute(select(k.article_id).where(k.key.in_(part), or_(*conds))).scalars())
        for key in sorted(undated):  # an undated article looks at the latest of each key
            found.update(conn.execute(select(k.article_id).where(k.key == key)
                                      .order_by(k.pk.desc()).limit(2 * MAX_CANDS)).scalars())
        sids: set[str] = set()
        rows: dict[str, tuple[list[str], int | None]] = {}
        for part in _chunks(sorted(found)):
            for aid, key, day, sid in conn.execute(select(k.article_id, k.key, k.day, k.story_id)
                                                   .where(k.article_id.in_(part)).order_by(k.pk)):
                rows.setdefault(aid, ([], day))[0].append(key)
                sids.add(sid)
        state.articles.update(rows)
        return sids

    def _load_stories(self, conn: Connection, sids: set[str], state: Any) -> list[Story]:
        out = []
        for part in _chunks(sorted(sids)):
            for d, cen in conn.execute(select(S.stories.c.data, S.stories.c.centroid)
                                       .where(S.stories.c.id.in_(part))):
                story = _build(Story, json.loads(d))
                out.append(story)
                if cen:
                    state.stories[story.id] = json.loads(cen)
        return out

    def _complete_stories(self, conn: Connection, linker: Any, sids: set[str]) -> None:
        """Load what a touched story's refresh needs and the batch did not bring (its other members,
        their events and merged events), so its dates, title and summary are those of the whole story."""
        members = {a for sid in sids for a in linker.story_index.members.get(sid, [])}
        need = sorted(a for a in members if a not in linker.articles)
        events = self._load(conn, S.events, S.events.c.article_id, need, event_from_dict)
        have = {e.id for e in events}
        mids = sorted({e.cluster for e in events if e.cluster} |
                      {m for a in members if a in linker.articles for e in linker.articles[a].events
                       if (m := linker.event_merged.get(e.id))})
        merged = self._load(conn, S.merged_events, S.merged_events.c.id,
                            [m for m in mids if m not in linker.merged], merged_from_dict)
        known = {**linker.merged, **{m.id: m for m in merged}}
        # a summary quotes the best report of each merged event, wherever that report's story is
        others = [i for m in mids if m in known for i in known[m].events
                  if i not in linker.events and i not in have]
        events += self._load(conn, S.events, S.events.c.id, others, event_from_dict)
        need = sorted(set(need) | {e.article for e in events if e.article not in linker.articles})
        if not need and not merged:
            return
        arts = self._load(conn, S.articles, S.articles.c.id, need, None, full=True)
        _attach(arts, events)
        linker.complete_stories(Analysis(articles=arts, events=events, merged_events=merged), sids)

    def _write_story_keys(self, conn: Connection, linker: Any, fresh: list[Article]) -> None:
        idx = linker.story_index
        rows = [{"key": key, "day": idx.days.get(a.id), "article_id": a.id, "story_id": idx.parent[a.id]}
                for a in fresh if a.id in idx.parent for key in idx.keys(a.id)]
        ids = [a.id for a in fresh]
        for part in _chunks(ids):
            conn.execute(delete(S.story_keys).where(S.story_keys.c.article_id.in_(part)))
        for part in _chunks(rows, 2000):
            conn.execute(insert(S.story_keys), list(part))

    def _load(self, conn: Connection, table: Table, col: Any, keys: Sequence[str], build: Any,
              full: bool = False) -> list[Any]:
        out = []
        for part in _chunks(list(keys)):
            if full:
                for row in conn.execute(select(table).where(col.in_(part))).mappings():
                    out.append(self._article_from_row(row))
            else:
                for d in conn.execute(select(table.c.data).where(col.in_(part))).scalars():
                    out.append(build(json.loads(d)))
        return out

    @staticmethod
    def _article_from_row(row: Any) -> Article:
        d = json.loads(row["data"])
        d.update(raw=row["raw"], text=row["text"], removed=json.loads(row["removed"]),
                 meta=json.loads(row["meta"]))
        return article_from_dict(d)

    def _write_articles(self, conn: Connection, arts: list[Article]) -> None:
        ids = [a.id for a in arts]
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for part in _chunks(ids):
            conn.execute(delete(S.mentions).where(S.mentions.c.article_id.in_(part)))
            conn.execute(delete(S.articles).where(S.articles.c.id.in_(part)))
            if self.dialect == "sqlite":
                conn.execute(text("DELETE FROM articles_fts WHERE article_id IN (SELECT value FROM json_each(:ids))"),
                             {"ids": json.dumps(list(part))})
        rows, mrows, frows = [], [], []
        for a in arts:
            d = to_dict(a)
            for k in ("raw", "text", "html", "removed", "meta", "events", "mentions"):
                d.pop(k, None)
            folded = fold_text(a.text or a.raw) + search_names(a)
            rows.append({"id": a.id, "content_hash": content_hash(a), "url": a.url, "outlet": a.outlet,
                         "published": a.published, "title": a.title, "raw": a.raw or a.text,
                         "text": a.text, "folded": folded, "removed": _dumps(a.removed),
                         "meta": _dumps(a.meta), "data": _dumps(d), "ingested_at": now})
            frows.append({"article_id": a.id, "folded": folded})
            mrows += [{"article_id": a.id, "kind": m.kind, "start": m.start, "end": m.end, "text": m.text,
                       "sentence": m.sentence, "entity_id": m.id or None, "rule": m.rule,
                       "attrs": _dumps(m.attrs)} for m in a.mentions]
        if rows:
            conn.execute(insert(S.articles), rows)
        if mrows:
            conn.execute(insert(S.mentions), mrows)
        if frows and self.dialect == "sqlite":
            conn.execute(text("INSERT INTO articles_fts (article_id, folded) VALUES (:article_id, :folded)"), frows)

    def _write_events(self, conn: Connection, evs: list[Event], merged: list[MergedEvent],
                      arts: dict[str, Article]) -> None:
        cluster = {eid: m for m in merged for eid in m.events}
        ids = [e.id for e in evs]
        rollup.apply(conn, ids, -1)  # the rows rewritten leave the per-day counts, then come back
        for part in _chunks(ids):
            conn.execute(delete(S.events).where(S.events.c.id.in_(part)))
            conn.execute(delete(S.sources).where(S.sources.c.event_id.in_(part)))
        rows, srows = [], []
        for e in evs:
            m = cluster.get(e.id)
            if m is not None:
                e.cluster = m.id
            outlet = arts[e.article].outlet if e.article in arts else None
            if outlet is None:
                outlet = self._outlet_of(conn, e.article)
            p = e.place
            rows.append({"id": e.id, "article_id": e.article, "type": e.type, "polarity": e.polarity,
                         "side": e.actor.side if e.actor else "unknown", "place_id": _place_key(p),
                         "place_name": p.name if p else None, "lat": p.lat if p else None,
                         "lon": p.lon if p else None, "date": (e.date.value or None) if e.date else None,
                         "outlet": outlet, "merged_event": e.cluster,
                         "status": m.status if m else None, "data": _dumps(e),
                         "actor": actor_key(e), "fatalities": e.fatalities or 0})
            s = e.source
            srows.append({"event_id": e.id, "article_id": e.article, "outlet": outlet, "name": s.name,
                          "name_en": s.name_en, "kind": s.kind, "chain": _dumps(s.chain)})
        if rows:
            conn.execute(insert(S.events), rows)
            conn.execute(insert(S.sources), srows)
        rollup.apply(conn, ids, 1)

    def _outlet_of(self, conn: Connection, article_id: str) -> str | None:
        return conn.execute(select(S.articles.c.outlet).where(S.articles.c.id == article_id)).scalar()

    def _write_linked(self, conn: Connection, an: Analysis, touched: dict[str, set[str]] | None,
                      linker: Any = None) -> None:
        """Upsert stories, merged events, contradictions and control; ``touched`` limits it (and ids
        touched but gone from the analysis are deleted: absorbed by a merge). With the ``linker``,
        each story's index state is kept too, for the next ingest to continue from."""
        def story_row(s: Story) -> dict[str, Any]:
            st = linker.story_index.state(s.id) if linker is not None else None
            return {**_story_row(s), "centroid": json.dumps(st, separators=(",", ":"),
                                                            ensure_ascii=False) if st else None}

        specs = [
            ("stories", S.stories, S.stories.c.id, an.stories, lambda s: s.id, story_row),
            ("merged_events", S.merged_events, S.merged_events.c.id, an.merged_events, lambda m: m.id,
             _merged_row),
            ("contradictions", S.contradictions, S.contradictions.c.id, an.contradictions, lambda c: c.id,
             _contra_row),
        ]
        for name, table, col, items, key, row in specs:
            if touched is not None and name in touched:
                wanted = set(touched[name])
                items = [x for x in items if key(x) in wanted]
                gone = list(wanted)
            else:
                gone = [key(x) for x in items]
            for part in _chunks(gone):
                conn.execute(delete(table).where(col.in_(part)))
            if items:
                conn.execute(insert(table), [row(x) for x in items])
        self._write_control(conn, an.control, touched)
        if touched is None or "merged_events" in touched:
            # keep each event row's status in step with its merged event: one statement, many rows
            wanted = touched.get("merged_events", set()) if touched is not None else None
            rows = [{"eid": e, "mid": m.id, "st": m.status} for m in an.merged_events
                    if wanted is None or m.id in wanted for e in m.events]
            if rows:
                conn.execute(S.events.update().where(S.events.c.id == bindparam("eid"))
                             .values(merged_event=bindparam("mid"), status=bindparam("st")), rows)

    def _write_control(self, conn: Connection, states: list[ControlState],
                       touched: dict[str, set[str]] | None) -> None:
        """Replace the whole timeline of every touched place (a timeline is rewritten, not patched)."""
        if touched is not None and "control" in touched:
            # The linker names places by its own keys; a state is touched when its key is named or
            # it rests on a touched merged event. Its place's whole timeline is then rewritten.
            named, merged = set(touched["control"]), set(touched.get("merged_events", ()))
            places = {_control_key(c) for c in states if _control_key(c) in named or set(c.events) & merged}
            states = [c for c in states if _control_key(c) in places]
        else:
            places = {_control_key(c) for c in states}
        for part in _chunks(sorted(places)):
            conn.execute(delete(S.control).where(S.control.c.place_key.in_(part)))
        rows, count = [], {}
        for c in states:
            k = _control_key(c)
            count[k] = count.get(k, 0) + 1
            rows.append(_control_row(c, count[k]))
        if rows:
            conn.execute(insert(S.control), rows)

    # feeds -----------------------------------------------------------------
    def feed_state(self, url: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.feeds).where(S.feeds.c.url == url)).mappings().first()
        if row is None:
            return {"url": url, "etag": None, "last_modified": None, "failures": 0, "next_poll": 0.0,
                    "last_status": None, "seen": []}
        d = dict(row)
        d["seen"] = json.loads(d["seen"] or "[]")
        return d

    def save_feed_state(self, state: dict[str, Any]) -> None:
        row = dict(state)
        row["seen"] = json.dumps(list(row.get("seen", []))[-5000:], ensure_ascii=False)

        def work(conn: Connection) -> None:
            conn.execute(delete(S.feeds).where(S.feeds.c.url == row["url"]))
            conn.execute(insert(S.feeds), [row])

        self.write(work)

    # reading ---------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in S.ALL_TABLES}

    def events(self, f: EventFilter | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
               ) -> tuple[list[dict[str, Any]], int]:
        """Events matching ``f`` (newest first) as dicts with ``outlet``/``status`` added, and the total."""
        c = S.events.c
        rows, total = self._event_page(f or EventFilter(), [c.data, c.outlet, c.status, c.merged_event,
                                                            c.review], limit, offset)
        states = self._review_states([r.id for r in rows if r.review])
        out = []
        for r in rows:
            d = json.loads(r.data)
            d.update(outlet=r.outlet, status=r.status, cluster=r.merged_event)
            out.append(R.overlay(d, states.get(r.id)))
        return out, total

    def _review_states(self, ids: list[str]) -> dict[str, R.ReviewState]:
        if not ids:
            return {}
        with self.engine.connect() as conn:
            return R.states_of(conn, ids)

    def _event_page(self, f: EventFilter, cols: list[Any], limit: int, offset: int,
                    after: Cursor | None = None) -> tuple[list[Any], int]:
        """One page of matching events, newest first, and the total. The page's ids are found first
        (an index walk sorts only ids and dates), then only those rows are read whole. ``after``: the
        page that follows the row (date, id) instead of ``offset`` (keyset: no skipped rows are read,
        and the total, -1, is not counted)."""
        limit, offset = _check_page(limit, offset)
        c = S.events.c
        with self.engine.connect() as conn:
            f = _resolve_review(conn, self._resolve_place(conn, f))
            total = count_events(conn, f) if after is None else -1
            conds = shown_conds(conn, f, by_date=True)
            if after is not None:
                conds.append(_after_cond(self.dialect, after))
            ids = conn.execute(select(c.id).where(*conds).order_by(c.date.desc(), c.id)
                               .limit(limit).offset(offset if after is None else 0)).scalars().all()
            rows = {r.id: r for r in conn.execute(select(c.id, *cols).where(c.id.in_(ids)))} if ids else {}
        return [rows[i] for i in ids if i in rows], total

    def resolve_place(self, conn: Connection, f: EventFilter) -> EventFilter:
        return self._resolve_place(conn, f)

    @staticmethod
    def _resolve_place(conn: Connection, f: EventFilter) -> EventFilter:
        """``place`` is a gazetteer id or a name: decide which once (an id when any event has it), so
        the filter walks one index instead of OR-ing two."""
        if not f.place or f.place.startswith(("id:", "name:")):
            return f
        c = S.events.c
        is_id = conn.execute(select(c.id).where(c.place_id == f.place).limit(1)).first() is not None
        return replace(f, place=("id:" if is_id else "name:") + f.place)

    def _page(self, q: Any, count_q: Any, order: list[Any], limit: int, offset: int) -> tuple[list[Any], int]:
        limit, offset = _check_page(limit, offset)
        with self.engine.connect() as conn:
            total = conn.execute(count_q).scalar_one()
            rows = conn.execute(q.order_by(*order).limit(limit).offset(offset)).all()
        return rows, total

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.events.c.data, S.events.c.outlet, S.events.c.status,
                                    S.events.c.merged_event).where(S.events.c.id == event_id)).first()
            states = R.states_of(conn, [event_id]) if r is not None else {}
        if r is None:
            return None
        d = json.loads(r.data)
        d.update(outlet=r.outlet, status=r.status, cluster=r.merged_event)
        return R.overlay(d, states.get(event_id))

    def _simple(self, table: Table, conds: list[Any], order: list[Any], limit: int, offset: int
                ) -> tuple[list[dict[str, Any]], int]:
        rows, total = self._page(select(table.c.data).where(*conds),
                                 select(func.count()).select_from(table).where(*conds), order, limit, offset)
        return [json.loads(r.data) for r in rows], total

    def _one(self, table: Table, col: Any, key: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            d = conn.execute(select(table.c.data).where(col == key)).scalar()
        return json.loads(d) if d else None

    def stories(self, limit: int = DEFAULT_LIMIT, offset: int = 0, place: str | None = None
                ) -> tuple[list[dict[str, Any]], int]:
        conds = []
        if place:
            sub = select(S.merged_events.c.story).where(S.merged_events.c.place_id == place)
            conds.append(S.stories.c.id.in_(sub))
        return self._simple(S.stories, conds, [S.stories.c.end.desc(), S.stories.c.id], limit, offset)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return self._one(S.stories, S.stories.c.id, story_id)

    def merged_events(self, *, type: str | Sequence[str] | None = None, status: str | None = None,
                      story: str | None = None, place: str | None = None, limit: int = DEFAULT_LIMIT,
                      offset: int = 0, events: EventFilter | None = None) -> tuple[list[dict[str, Any]], int]:
        """Merged events, newest first, as reviews left them (``events``: only those with a report
        matching that filter): a merged event a review changed is recomputed from its members, one
        left without members is not listed, and the ones splits made follow the stored ones."""
        c = S.merged_events.c
        conds = [col == v for col, v in ((c.status, status), (c.story, story), (c.place_id, place)) if v]
        if type:
            conds.append(c.type == type if isinstance(type, str) else c.type.in_(list(type)))
        types = {type} if isinstance(type, str) else set(type or ())
        limit, offset = _check_page(limit, offset)
        with self.engine.connect() as conn:
            if events is not None:
                ef = _resolve_review(conn, self._resolve_place(conn, events))
                ec = shown_conds(conn, ef)
                ev = S.events.c
                conds.append(c.id.in_(select(func.coalesce(ev.review_cluster, ev.merged_event)).where(*ec)))
            affected = R.affected_merged(conn)
            if not affected:
                items, n = self._simple(S.merged_events, conds, [c.date.desc(), c.id], limit, offset)
                return [{**d, "reviewed": False} for d in items], n
            gone, made = self._review_groups(conn, affected)
            conds.append(c.id.not_in(sorted(gone)) if gone else c.id.is_not(None))
            total = conn.execute(select(func.count()).select_from(S.merged_events).where(*conds)).scalar_one()
            rows = conn.execute(select(c.data).where(*conds).order_by(c.date.desc(), c.id)
                                .limit(limit).offset(offset)).scalars().all()
            page = self._reviewed_merged(conn, [merged_from_dict(json.loads(d)) for d in rows], ())
            want = {"status": status, "story": story}
            extra = [m for m in made if all(getattr(m, k) == v for k, v in want.items() if v)
                     and (not types or m.type in types) and (not place or _place_key(m.place) == place)
                     and (events is None or set(m.events) & self._matching_ids(conn, events, m.events))]
        if len(page) < limit:
            start = max(0, offset - total)
            page += extra[start:start + limit - len(page)]
        return [R.merged_dict(m) for m in page], total + len(extra)

    def _matching_ids(self, conn: Connection, f: EventFilter, ids: list[str]) -> set[str]:
        """Which of ``ids`` match ``f``."""
        ef = _resolve_review(conn, self._resolve_place(conn, f))
        return set(conn.execute(select(S.events.c.id).where(*shown_conds(conn, ef), S.events.c.id.in_(ids))).scalars())

    def _review_groups(self, conn: Connection, affected: set[str]) -> tuple[set[str], list[MergedEvent]]:
        """(stored merged events a review emptied, merged events splits made), among ``affected``."""
        stored = set()
        for part in _chunks(sorted(affected)):
            stored |= set(conn.execute(select(S.merged_events.c.id).where(S.merged_events.c.id.in_(part))).scalars())
        base = {m.id: m for m in self._load(conn, S.merged_events, S.merged_events.c.id, sorted(stored),
                                            merged_from_dict)}
        new = R.regroup(conn, affected, base)
        gone = {mid for mid, me in new.items() if me is None and mid in stored}
        made = sorted((me for mid, me in new.items() if me is not None and mid not in stored),
                      key=lambda m: (m.date.value or "", m.id), reverse=True)
        return gone, made

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        """One merged event as reviews left it (``review.state`` "emptied" when a merge took all its
        reports elsewhere or all were rejected)."""
        with self.engine.connect() as conn:
            stored = self._load(conn, S.merged_events, S.merged_events.c.id, [merged_id], merged_from_dict)
            got = self._reviewed_merged(conn, stored, [merged_id], keep_empty=True)
        return R.merged_dict(got[0]) if got else None

    def contradictions(self, *, kind: str | None = None, merged_event: str | None = None,
                       limit: int = DEFAULT_LIMIT, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        c = S.contradictions.c
        conds = [col == v for col, v in ((c.kind, kind), (c.merged_event, merged_event)) if v]
        return self._simple(S.contradictions, conds, [c.id], limit, offset)

    def contradiction(self, cid: str) -> dict[str, Any] | None:
        return self._one(S.contradictions, S.contradictions.c.id, cid)

    def places(self, limit: int = DEFAULT_LIMIT, offset: int = 0, name: str | None = None
               ) -> tuple[list[dict[str, Any]], int]:
        """Places events happened at, with event counts, most reported first."""
        c = S.events.c
        with self.engine.connect() as conn:
            review = _resolve_review(conn, EventFilter()).review
        conds = [c.place_id.is_not(None), *_review_conds(review)]
        if name:
            conds.append(or_(c.place_name == name, c.place_id == name))
        n = func.count().label("n")
        q = (select(c.place_id, func.max(c.place_name).label("name"), func.max(c.lat).label("lat"),
                    func.max(c.lon).label("lon"), n).where(*conds).group_by(c.place_id))
        cq = select(func.count(func.distinct(c.place_id))).where(*conds)
        rows, total = self._page(q, cq, [n.desc(), c.place_id], limit, offset)
        return [{"id": r.place_id, "name": r.name, "lat": r.lat, "lon": r.lon, "events": r.n}
                for r in rows], total

    def place(self, key: str) -> dict[str, Any] | None:
        """A place: name, coordinates, its control timeline and event count."""
        items, _ = self.places(1, 0, name=key)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(S.control.c.key, S.control.c.data)
                .where(or_(S.control.c.place_key == key, S.control.c.place == key))).all()
        # the timeline's own order (undated states first, then oldest first), on every database
        rows = sorted(rows, key=lambda r: (r.key.rsplit("#", 1)[0], int(r.key.rsplit("#", 1)[1] or 0)))
        ctrl = [json.loads(r.data) for r in rows]
        current = next((c for c in reversed(ctrl) if c.get("current")), ctrl[-1] if ctrl else None)
        if not items and not ctrl:
            return None
        base = items[0] if items else {"id": key, "name": ctrl[0].get("place"), "lat": None, "lon": None,
                                       "events": 0}
        base["control"] = ctrl
        base["current"] = current  # who holds it now (holder, since, confidence, evidence)
        return base

    def control(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        return self._simple(S.control, [], [S.control.c.since.desc(), S.control.c.key], limit, offset)

    def sources(self, outlet: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
                ) -> tuple[list[dict[str, Any]], int]:
        """Who is quoted, by outlet: (outlet, source name, kind, number of events)."""
        c = S.sources.c
        conds = [c.outlet == outlet] if outlet else []
        n = func.count().label("n")
        q = (select(c.outlet, c.name, func.max(c.name_en).label("name_en"), func.max(c.kind).label("kind"), n)
             .where(*conds).group_by(c.outlet, c.name))
        sub = select(c.outlet, c.name).where(*conds).group_by(c.outlet, c.name).subquery()
        rows, total = self._page(q, select(func.count()).select_from(sub), [n.desc(), c.outlet, c.name],
                                 limit, offset)
        return [{"outlet": r.outlet, "name": r.name, "name_en": r.name_en, "kind": r.kind, "events": r.n}
                for r in rows], total

    def outlets(self) -> list[dict[str, Any]]:
        c = S.articles.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.outlet, func.count().label("n")).group_by(c.outlet)
                                .order_by(func.count().desc())).all()
        return [{"outlet": r.outlet, "articles": r.n} for r in rows if r.outlet]

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.articles).where(S.articles.c.id == article_id)).mappings().first()
            if row is None:
                return None
            art = self._article_from_row(row)
            art.mentions = [Mention(kind=m.kind, start=m.start, end=m.end, text=m.text, sentence=m.sentence,
                                    attrs=json.loads(m.attrs), rule=m.rule) for m in conn.execute(
                select(S.mentions).where(S.mentions.c.article_id == article_id).order_by(S.mentions.c.pk))]
            art.events = [event_from_dict(json.loads(d)) for d in conn.execute(
                select(S.events.c.data).where(S.events.c.article_id == article_id)).scalars()]
        return art

    def articles(self, outlet: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
                 ) -> tuple[list[dict[str, Any]], int]:
        c = S.articles.c
        conds = [c.outlet == outlet] if outlet else []
        rows, total = self._page(select(c.id, c.url, c.outlet, c.published, c.title).where(*conds),
                                 select(func.count()).select_from(S.articles).where(*conds),
                                 [c.published.desc(), c.id], limit, offset)
        return [dict(r._mapping) for r in rows], total

    def search(self, query: str, limit: int = DEFAULT_LIMIT, offset: int = 0
               ) -> tuple[list[dict[str, Any]], int]:
        """Articles whose folded text holds every word of ``query`` (folded the same way)."""
        words = [w for w in fold_text(query).split() if any(ch.isalnum() for ch in w)][:20]
        if not words:
            return [], 0
        limit, offset = _check_page(limit, offset)
        a = S.articles.c
        if self.dialect == "sqlite":
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            ids_q = text("SELECT article_id FROM articles_fts WHERE articles_fts MATCH :m")
            params: dict[str, Any] = {"m": match}
            cond = a.id.in_(ids_q.bindparams(**params).columns(article_id=S.articles.c.id.type))
        else:
            cond = text("fts @@ plainto_tsquery('simple', :m)").bindparams(m=" ".join(words))
        q = select(a.id, a.url, a.outlet, a.published, a.title, a.text).where(cond)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(S.articles).where(cond)).scalar_one()
            rows = conn.execute(q.order_by(a.published.desc(), a.id).limit(limit).offset(offset)).all()
        out = []
        for r in rows:
            d = dict(r._mapping)
            d["snippet"] = _snippet(d.pop("text") or "", words[0])
            out.append(d)
        return out, total

    def export_pages(self, f: EventFilter, max_events: int, bodies: bool = False, page: int = MAX_LIMIT
                     ) -> Iterator[Analysis]:
        """The events matching ``f``, newest first, as Analyses of at most MAX_LIMIT events each and
        ``max_events`` in all, page after page by keyset (each page reads only its own rows: with
        offsets, the last page of a 100,000-event export walked past all the others)."""
        c = S.events.c
        after: Cursor | None = None
        left = max_events
        while left > 0:
            size = min(page, left)
            rows, _ = self._event_page(f, [c.data, c.outlet, c.merged_event, c.review, c.date], size, 0, after)
            if not rows:
                return
            yield self._analysis_of(rows, bodies)
            left -= len(rows)
            after = (rows[-1].date, rows[-1].id)
            if len(rows) < size:
                return

    def events_analysis(self, f: EventFilter | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0,
                        *, bodies: bool = True) -> tuple[Analysis, int]:
        """One page of the events matching ``f`` (newest first) as an :class:`Analysis`, and the total.

        The analysis holds those events, the merged events and contradictions they belong to, and
        their articles: whole (``bodies=True``, for the panels' evidence and the ACLED cues) or only
        id and outlet (``bodies=False``, enough for the GeoJSON writer). At most ``limit`` events.
        """
        c = S.events.c
        rows, total = self._event_page(f or EventFilter(), [c.data, c.outlet, c.merged_event, c.review],
                                       limit, offset)
        return self._analysis_of(rows, bodies), total

    def _analysis_of(self, rows: list[Any], bodies: bool) -> Analysis:
        """The Analysis of one page of event rows (see :meth:`events_analysis`)."""
        states = self._review_states([r.id for r in rows if r.review])
        events, outlets = [], {}
        for r in rows:
            d = json.loads(r.data)
            d["cluster"] = r.merged_event
            ev = event_from_dict(R.overlay(d, states.get(r.id)))
            events.append(ev)
            outlets.setdefault(ev.article, r.outlet)
        mids = sorted({e.cluster for e in events if e.cluster})
        with self.engine.connect() as conn:
            merged = self._reviewed_merged(conn, self._load(conn, S.merged_events, S.merged_events.c.id,
                                                            mids, merged_from_dict), mids)
            contra = self._load(conn, S.contradictions, S.contradictions.c.merged_event, mids,
                                lambda d: _build(Contradiction, d))
            if bodies:
                arts = self._load(conn, S.articles, S.articles.c.id, sorted(outlets), None, full=True)
            else:
                arts = [Article(id=aid, outlet=o) for aid, o in sorted(outlets.items())]
        return Analysis(articles=arts, events=events, merged_events=merged, contradictions=contra)

    def load_analysis(self, story: str | None = None, max_events: int = 20000, *, bodies: bool = False,
                      rejected: bool = False) -> Analysis:
        """An :class:`Analysis` for the report writers: all, or one story; the articles without their
        bodies unless ``bodies`` (the panels then show each evidence in its sentence). Analysts'
        reviews are laid over it; rejected events are left out unless ``rejected``."""
        with self.engine.connect() as conn:
            if story:
                merged = [merged_from_dict(json.loads(d)) for d in conn.execute(
                    select(S.merged_events.c.data).where(S.merged_events.c.story == story)).scalars()]
                stories = [_build(Story, json.loads(d)) for d in conn.execute(
                    select(S.stories.c.data).where(S.stories.c.id == story)).scalars()]
                mids = [m.id for m in merged]
                events = self._load(conn, S.events, S.events.c.merged_event, mids, event_from_dict)
                contra = self._load(conn, S.contradictions, S.contradictions.c.merged_event, mids,
                                    lambda d: _build(Contradiction, d))
                places = sorted({k for m in merged if (k := _place_key(m.place))})
                control = self._load(conn, S.control, S.control.c.place_key, places,
                                     lambda d: _build(ControlState, d))
            else:
                merged = [merged_from_dict(json.loads(d)) for d in
                          conn.execute(select(S.merged_events.c.data)).scalars()]
                stories = [_build(Story, json.loads(d)) for d in conn.execute(select(S.stories.c.data)).scalars()]
                events = [event_from_dict(json.loads(d)) for d in conn.execute(
                    select(S.events.c.data).order_by(S.events.c.date, S.events.c.id).limit(max_events)).scalars()]
                contra = [_build(Contradiction, json.loads(d)) for d in
                          conn.execute(select(S.contradictions.c.data)).scalars()]
                control = [_build(ControlState, json.loads(d)) for d in
                           conn.execute(select(S.control.c.data)).scalars()]
            events, merged = self._reviewed_analysis(conn, events, merged, rejected)
            aids = sorted({e.article for e in events})
            arts = self._load(conn, S.articles, S.articles.c.id, aids, article_from_dict, full=bodies)
        return Analysis(articles=arts, events=events, stories=stories, merged_events=merged,
                        contradictions=contra, control=control)

    def _reviewed_analysis(self, conn: Connection, events: list[Event], merged: list[MergedEvent],
                           rejected: bool) -> tuple[list[Event], list[MergedEvent]]:
        """Events with their reviews laid over (the rejected dropped unless ``rejected``) and the
        merged events a review changed recomputed, the ones it made (splits) added."""
        states = R.states_of(conn, conn.execute(select(S.event_reviews.c.event_id)).scalars())
        if not states:
            return events, merged
        out = []
        for e in events:
            st = states.get(e.id)
            if st is None:
                out.append(e)
            elif rejected or st.state != "rejected":
                out.append(R.event_overlaid(to_dict(e), st))
        mids = {m.id for m in merged} | {e.cluster for e in out if e.cluster}
        return out, self._reviewed_merged(conn, merged, mids)

    def _reviewed_merged(self, conn: Connection, merged: list[MergedEvent], mids: Iterable[str],
                         keep_empty: bool = False) -> list[MergedEvent]:
        """``merged`` with those a review changed recomputed from their members (the emptied ones
        left out unless ``keep_empty``), plus the review-made ones among ``mids``."""
        affected = R.affected_merged(conn)
        if not affected:
            return merged
        base = {m.id: m for m in merged}
        new = R.regroup(conn, (set(mids) | set(base)) & affected, base)
        out = []
        for m in merged:
            if m.id not in new:
                out.append(m)
            elif new[m.id] is not None:
                out.append(new[m.id])
            elif keep_empty:
                m.review = {"state": "emptied", "moved_in": [], "linked_events": list(m.events)}
                m.events = []
                out.append(m)
        out += [me for mid, me in sorted(new.items()) if mid not in base and me is not None]
        return out

    def check_consistency(self) -> list[str]:
        """Problems found (empty when sound): dangling events, mentions, FTS rows out of step."""
        problems = []
        with self.engine.connect() as conn:
            ids = select(S.articles.c.id)
            n = conn.execute(select(func.count()).select_from(S.events)
                             .where(S.events.c.article_id.not_in(ids))).scalar_one()
            if n:
                problems.append(f"{n} event(s) of a missing article")
            n = conn.execute(select(func.count()).select_from(S.mentions)
                             .where(S.mentions.c.article_id.not_in(ids))).scalar_one()
            if n:
                problems.append(f"{n} mention(s) of a missing article")
            if self.dialect == "sqlite":
                nf = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
                na = conn.execute(select(func.count()).select_from(S.articles)).scalar_one()
                if nf != na:
                    problems.append(f"full-text index holds {nf} rows for {na} articles")
        return problems


# --------------------------------------------------------------------------- rows

def _story_row(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "start": s.start, "end": s.end, "data": _dumps(s)}


def _merged_row(m: MergedEvent) -> dict[str, Any]:
    p = m.place
    return {"id": m.id, "type": m.type, "status": m.status, "polarity": m.polarity, "side": m.side,
            "place_id": _place_key(p), "place_name": p.name if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "date": m.date.value or None, "story": m.story,
            "n_outlets": m.n_outlets, "data": _dumps(m)}


def _contra_row(c: Contradiction) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind, "merged_event": c.merged_event, "data": _dumps(c)}


def _control_key(c: ControlState) -> str:
    return c.gazetteer_id or c.place


def _control_row(c: ControlState, n: int) -> dict[str, Any]:
    return {"key": f"{_control_key(c)}#{n}", "place_key": _control_key(c), "place": c.place, "place_en": c.place_en, "holder": c.holder,
            "since": c.since, "contested": bool(c.contested), "data": _dumps(c)}


def search_names(article: Article) -> str:
    """The names an article is about, in English and in their canonical Arabic form, appended to the
    text the full-text search indexes: a search for "Homs" or "Hay'at Tahrir al-Sham" finds Arabic
    articles that never spell it in Latin letters."""
    names: set[str] = set()
    for m in article.mentions:
        if m.kind in ("place", "actor", "source", "person"):
            for key in ("name_en", "name"):
                if isinstance(m.attrs.get(key), str):
                    names.add(m.attrs[key])
    for ev in article.events:
        if ev.place is not None:
            names.update((ev.place.name_en, ev.place.name, ev.place.admin1))
        for actor in (ev.actor, ev.target):
            if actor is not None:
                names.update((actor.name_en, actor.name))
        names.update((ev.source.name_en, ev.source.name))
    names.discard("")
    names.discard("the article")
    return "\n" + fold_text(" ".join(sorted(n for n in names if n))) if names else ""


def _snippet(body: str, word: str, width: int = 90) -> str:
    """Some original text around the first match of folded ``word``."""
    f = fold(body)
    i = f.text.find(word)
    if i < 0:
        return body[:2 * width]
    start, end = f.span(i, i + len(word))
    return body[max(0, start - width): end + width]


def bump_version(conn: Connection) -> None:
    """Raise the store's data version in the writing transaction (readers' caches then go stale)."""
    c = S.store_state.c
    conn.execute(update(S.store_state).where(c.key == S.DATA_VERSION).values(value=c.value + 1))


def data_version(conn: Connection) -> int:
    """The store's data version: one primary-key read, however large the store."""
    c = S.store_state.c
    return conn.execute(select(c.value).where(c.key == S.DATA_VERSION)).scalar_one_or_none() or 0


Cursor = tuple[str | None, str]  # the (date, id) of the last row of a page, newest first


def _after_cond(dialect: str, after: Cursor) -> ColumnElement[bool]:
    """The rows that follow ``after`` in the pages' order (date newest first, then id). Where an
    undated row falls is the database's own: last on SQLite (NULL sorts lowest), first on PostgreSQL."""
    c = S.events.c
    day, eid = after
    if day is None:
        tail = and_(c.date.is_(None), c.id > eid)
        return or_(tail, c.date.is_not(None)) if dialect == "postgresql" else tail
    later = or_(c.date < day, and_(c.date == day, c.id > eid))
    return later if dialect == "postgresql" else or_(later, c.date.is_(None))


def _check_page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise StoreError("offset must be 0 or more")
    return limit, offset


def _event_conds(f: EventFilter, by_date: bool = False) -> list[ColumnElement[bool]]:
    """SQL conditions of a filter. ``by_date``: for a page read newest first, the bbox is tested on
    the (date, lon, lat, id) index as it is walked (``+ 0`` keeps the planner off the lon range)."""
    c = S.events.c
    conds: list[ColumnElement[bool]] = [
        col == v for col, v in ((c.status, f.status), (c.outlet, f.outlet), (c.actor, f.actor),
                                (c.article_id, f.article)) if v]
    if f.merged_event:
        conds.append(R.effective_cluster_cond(f.merged_event))
    conds += _review_conds(f.review)
    for col, v in ((c.type, f.type), (c.polarity, f.polarity), (c.side, f.side)):
        vals = [v] if isinstance(v, str) else sorted(set(v or ()))
        if len(vals) == 1 and vals[0]:
            conds.append(col == vals[0])
        elif vals:
            conds.append(col.in_(vals))
    if f.place and f.place.startswith("id:"):
        conds.append(c.place_id == f.place[3:])
    elif f.place and f.place.startswith("name:"):
        conds.append(c.place_name == f.place[5:])
    elif f.place:
        conds.append(or_(c.place_id == f.place, c.place_name == f.place))
    if f.bbox:
        lo_lon, lo_lat, hi_lon, hi_lat = f.bbox
        if lo_lon > hi_lon or lo_lat > hi_lat:
            raise StoreError("bbox must be min_lon,min_lat,max_lon,max_lat")
        lon, lat = (c.lon + 0, c.lat + 0) if by_date else (c.lon, c.lat)
        conds += [lon.between(lo_lon, hi_lon), lat.between(lo_lat, hi_lat)]
    for v in (f.date_from, f.date_to):
        if v and _day(v) is None:
            raise StoreError(f"not an ISO date: {v!r} (use YYYY-MM-DD)")
    if f.date_from:
        conds.append(c.date >= f.date_from[:10])
    if f.date_to:
        conds.append(c.date <= f.date_to[:10])
    return conds


def resolve_review(conn: Connection, f: EventFilter) -> EventFilter:
    """``f`` with its review condition decided (none while nothing is rejected)."""
    return _resolve_review(conn, f)


def _resolve_review(conn: Connection, f: EventFilter) -> EventFilter:
    """The default (all but rejected) needs no condition while nothing is rejected (one index probe):
    a condition on every filter costs up to 6x on 100,000 events (the planner's index choice moves)."""
    if f.review is not None:
        return f
    c = S.events.c
    if conn.execute(select(c.id).where(c.review == "rejected").limit(1)).first() is None:
        return replace(f, review="all")
    return f


def _review_conds(review: str | None) -> list[ColumnElement[bool]]:
    """Which events a read shows by their review: by default all but the rejected ones."""
    c = S.events.c
    if review is None:  # tested on the row: for pages and joins; counts subtract (see hidden_split)
        return [or_(c.review.is_(None), c.review != "rejected")]
    if review not in R.REVIEW_FILTERS:
        raise StoreError(f"review must be one of {', '.join(R.REVIEW_FILTERS)}")
    return {"all": [], "rejected": [c.review == "rejected"], "accepted": [c.review == "accepted"],
            "edited": [c.review == "edited"], "reviewed": [c.review.is_not(None)],
            "unreviewed": [c.review.is_(None)]}[review]


def hidden_split(conn: Connection, f: EventFilter) -> tuple[list[ColumnElement[bool]], list[list[ColumnElement[bool]]]]:
    """Conditions of ``f`` (place and review resolved) over every event, and the conditions of the
    rejected events among them, in batches of ids, when ``f`` hides them (else no batch).

    A count or grouped aggregate is then the one over every event minus the one over the rejected:
    the first runs as if nothing were rejected (on the covering indexes), the second reads the few
    rejected rows by primary key; a condition on every row cost up to 5x at 100,000 events."""
    if f.review is not None:
        return _event_conds(f), []
    base = _event_conds(replace(f, review="all"))
    c = S.events.c
    ids = conn.execute(select(c.id).where(c.review == "rejected").order_by(c.id)).scalars().all()
    return base, [[c.id.in_(list(part)), *base] for part in _chunks(ids)]


def shown_conds(conn: Connection, f: EventFilter, by_date: bool = False) -> list[ColumnElement[bool]]:
    """Conditions of ``f`` (review resolved) tested on each row, for pages and joins: the rejected
    ids, read first (few), are left out by id, so an index that covers a filter (it holds the id)
    stays covering; a test of the review column read every matching row."""
    if f.review is not None:
        return _event_conds(f, by_date)
    c = S.events.c
    ids = conn.execute(select(c.id).where(c.review == "rejected").order_by(c.id)).scalars().all()
    return _event_conds(replace(f, review="all"), by_date) + [c.id.not_in(list(p)) for p in _chunks(ids, 5000)]


def count_events(conn: Connection, f: EventFilter) -> int:
    """How many events match ``f`` (place and review resolved): from the per-day counts when they
    answer the filter (a few rows a day), else counted on the events' indexes."""
    base, hidden = hidden_split(conn, f)
    if rollup.covers(f):
        return sum(v[0] for v in rollup.grouped(conn, f, (), hidden).values())
    return sum(sign * conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one()
               for sign, conds in [(1, base), *((-1, h) for h in hidden)])


def actor_key(e: Event) -> str | None:
    """What the actor filter matches: the actor's id when the lexicon gave one, else its name."""
    a = e.actor
    return (a.id or a.name or None) if a else None


def event_conds(f: EventFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``f`` on the events table, for queries built outside this module
    (``place`` should be resolved first with :meth:`Store.resolve_place`)."""
    return _event_conds(f)


def _make_linker(existing: Analysis, state: Any = None) -> Any:
    from ..link import Linker
    return Linker(existing, story_state=state)


def _attach(arts: list[Article], events: list[Event]) -> None:
    """Give loaded articles their loaded events (a story's refresh reads them off its articles)."""
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article, []).append(e)
    for a in arts:
        if not a.events:
            a.events = by_article.get(a.id, [])


# --------------------------------------------------------------------------- opening

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
