"""Writes: incremental ingest. New articles are read before the write lock is taken; under it, the
stored neighbours of their events are loaded, linked with them, and the rows they touch rewritten, in one
transaction per batch, so a crash or a kill mid-ingest leaves the database as it was after the last
committed batch."""
from __future__ import annotations

import json
import pickle
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ColumnElement

from ..clean.normalize import fold_text
from ..model import (
    Analysis,
    Article,
    Contradiction,
    ControlState,
    Event,
    MergedEvent,
    Story,
    _build,
    article_from_dict,
    event_from_dict,
    merged_from_dict,
    to_dict,
)
from . import chains, firsts, quoted, rollup
from . import review as R
from . import schema as S
from .engine import transient_error
from .queries import actor_key
from .rows import (
    MAX_ARTICLE_ID,
    _attach,
    _chunks,
    _contra_row,
    _control_key,
    _control_row,
    _day,
    _dumps,
    _make_linker,
    _merged_row,
    _place_key,
    _shift,
    _story_row,
    content_hash,
    record_problem,
    scrub_article,
    search_names,
)

CHECKPOINT_ROWS = 12  # stored control states read before the earliest change, to find a checkpoint
BLOCK_DAYS = 3  # candidate window around a new event's date when loading what it may merge with
MAX_CANDIDATES = 2000  # stored merged events loaded for one batch at most


def candidate_windows(fresh: list[Article]) -> list[tuple[date, date]] | None:
    """The days a stored merged event may lie on to be a candidate for the batch (None: any day): a
    reach of BLOCK_DAYS plus the span a merged event may have (a campaign's when the batch holds one)
    around each day of the batch (its events' and its articles'), overlapping ranges joined. For a
    batch of nearby days this is the one window min - reach .. max + reach; for reports spread over
    years, the ranges around them and not the years between."""
    from ..link.merge import CAMPAIGN_SPAN, SPAN_MAX, campaign

    evs = [e for a in fresh for e in a.events]
    days = [d for e in evs if (d := _day(e.date.value or None))]
    days += [d for a in fresh if (d := _day(a.published))]
    if not days:
        return None
    reach = BLOCK_DAYS + (CAMPAIGN_SPAN if any(map(campaign, evs)) else SPAN_MAX)
    return _merge_spans([(_shift(d, -reach), _shift(d, reach)) for d in days])


def batch_days(fresh: list[Article]) -> list[int]:
    """The days of a batch (its events' and its articles'), as sorted ordinals."""
    days = {d for a in fresh for e in a.events if (d := _day(e.date.value or None))}
    days |= {d for a in fresh if (d := _day(a.published))}
    return sorted(d.toordinal() for d in days)


def closest_first(rows: Iterable[tuple[str, str | None]], days: list[int]) -> list[str]:
    """Ids of (id, day) rows ordered by how many days lie between the row's day and the nearest of
    ``days`` (sorted ordinals), closest first, ties by id; undated rows (they fit any day, so they
    tell least about this batch) and a batch without days come last. When more stored merged events
    qualify than a batch may load, these are the ones a new report most likely joins."""
    far = 1 << 30

    def gap(day: str | None) -> int:
        d = _day(day or None)
        if d is None or not days:
            return far
        o = d.toordinal()
        i = bisect_left(days, o)
        return min(abs(days[j] - o) for j in (i - 1, i) if 0 <= j < len(days))

    return [i for _, i in sorted((gap(day), i) for i, day in rows)]


def _merge_spans(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or touching day ranges joined, in order."""
    out: list[tuple[date, date]] = []
    for lo, hi in sorted(spans):
        if out and lo <= _shift(out[-1][1], 1):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


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



class WritesMixin:
    """Ingest: :meth:`ingest_articles` and :meth:`ingest_analysis`, and the row writers they use."""

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
            before = self._write_events(conn, events, analysis.merged_events, {a.id: a for a in keep})
            self._write_linked(conn, analysis, None)
            firsts.refresh(conn, before | {m.id for m in analysis.merged_events} | {e.cluster for e in events})
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
        # linking annotates the articles; a retry starts clean from this snapshot (pickled: a third
        # of a deep copy's time, and unpickled only when a retry needs it)
        pristine = pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL)
        attempts = 0

        def work(conn: Connection) -> tuple[list[Article], list[Event], dict[str, set[str]] | None,
                                            dict[str, list]]:
            nonlocal attempts
            attempts += 1
            batch = fresh if attempts == 1 else pickle.loads(pristine)
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
            before = self._write_events(conn, new_events, analysis.merged_events, by_article)
            self._write_story_keys(conn, linker, batch)
            self._write_linked(conn, analysis, touched, linker)
            firsts.refresh(conn, before | set(touched.get("merged_events", ())) | {e.cluster for e in new_events})
            self._write_control_tails(conn, tails)
            R.rebuild(conn)  # the analyst's reviews outlive re-linking
            return batch, new_events, touched, late

        try:
            batch, new_events, touched, late = self.write(work)
        except DBAPIError as exc:
            if transient_error(exc)[0]:
                raise
            return self._one_by_one(pickle.loads(pristine), res, exc)
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

        merged = self._candidate_merged(conn, fresh)
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

    @staticmethod
    def _candidate_merged(conn: Connection, fresh: list[Article]) -> list[MergedEvent]:
        """Stored merged events a new event may join: at one of the batch's places (or placeless, of
        one of its types), undated or dated within :func:`candidate_windows` (indexed ranges on
        ``ix_merged_events_place_date``). One window from the batch's first day to its last loaded,
        for a batch of reports spread over two years, every merged event of its places in between,
        cut at the cap by :func:`closest_first`."""
        evs = [e for a in fresh for e in a.events]
        places = sorted({k for e in evs if (k := _place_key(e.place))})
        types = sorted({e.type for e in evs})
        me = S.merged_events.c
        conds: list[ColumnElement[bool]] = []
        if places:
            conds.append(me.place_id.in_(places))
        if types:
            conds.append(and_(me.place_id.is_(None), me.type.in_(types)))
        if not conds:
            return []
        where: ColumnElement[bool] = or_(*conds)
        spans = candidate_windows(fresh)
        if spans is not None:
            dated = [me.date.between(lo.isoformat(), hi.isoformat()) for lo, hi in spans]
            where = and_(where, or_(me.date.is_(None), me.date == "", *dated))
        rows = conn.execute(select(me.data).where(where).limit(MAX_CANDIDATES + 1)).scalars().all()
        if len(rows) > MAX_CANDIDATES:  # the cap is reached: keep the closest to the batch's days
            dated = conn.execute(select(me.id, me.date).where(where)).all()
            keep = closest_first(dated, batch_days(fresh))[:MAX_CANDIDATES]
            rows = [d for part in _chunks(keep, 500)
                    for d in conn.execute(select(me.data).where(me.id.in_(part)).order_by(me.id)).scalars()]
        return [merged_from_dict(json.loads(d)) for d in rows]

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
                      arts: dict[str, Article]) -> set[str]:
        """Write the events rows (and their sources), replacing same ids; returns the merged events
        the replaced rows were in (their outlets are counted again: :mod:`.firsts`)."""
        cluster = {eid: m for m in merged for eid in m.events}
        ids = [e.id for e in evs]
        deltas = rollup.counted(conn, ids, -1)  # the rows rewritten leave the per-day counts...
        cited = chains.counted(conn, ids, -1)  # ...and their sources the chains' counts...
        names = quoted.counted(conn, ids, -1)  # ...and who is quoted
        before: set[str] = set()
        for part in _chunks(ids):
            before.update(m for m in conn.execute(select(S.events.c.merged_event)
                                                  .where(S.events.c.id.in_(part))).scalars() if m)
            conn.execute(delete(S.events).where(S.events.c.id.in_(part)))
            conn.execute(delete(S.sources).where(S.sources.c.event_id.in_(part)))
        rows, srows = [], []
        stored = self._articles_of(conn, {e.article for e in evs})
        days = _merged_days(conn, {e.cluster for e in evs if e.cluster and e.id not in cluster})
        days.update((m.id, m.date.value or None) for m in merged)
        for e in evs:
            m = cluster.get(e.id)
            if m is not None:
                e.cluster = m.id
            outlet = arts[e.article].outlet if e.article in arts else None
            if outlet is None:
                outlet = stored.get(e.article, (None, None))[0]
            p, s = e.place, e.source
            counted = outlet is not None and s.kind is not None and s.kind != "outlet"
            rows.append({"id": e.id, "article_id": e.article, "type": e.type, "polarity": e.polarity,
                         "side": e.actor.side if e.actor else "unknown", "place_id": _place_key(p),
                         "place_name": p.name if p else None, "lat": p.lat if p else None,
                         "lon": p.lon if p else None, "date": (e.date.value or None) if e.date else None,
                         "outlet": outlet, "merged_event": e.cluster,
                         "status": m.status if m else None, "data": _dumps(e),
                         "actor": actor_key(e), "fatalities": e.fatalities or 0,
                         "published": stored.get(e.article, (None, None))[1],
                         "cited": _dumps(s.chain) if counted else None,
                         "merged_date": days.get(e.cluster) if e.cluster else None})
            srows.append({"event_id": e.id, "article_id": e.article, "outlet": outlet, "name": s.name,
                          "name_en": s.name_en, "kind": s.kind, "chain": _dumps(s.chain)})
        if rows:
            conn.execute(insert(S.events), rows)
            conn.execute(insert(S.sources), srows)
        for r in rows:  # ...and the rows written come in, counted as written (no read back)
            rollup.add(deltas, r, 1)
        rollup.write(conn, deltas)
        chains.add(cited, srows, {r["id"]: (r["type"], r["side"], r["polarity"]) for r in rows})
        chains.write(conn, cited)
        quoted.add(names, srows)
        quoted.write(conn, names)
        return before

    @staticmethod
    def _articles_of(conn: Connection, ids: set[str]) -> dict[str, tuple[str | None, str | None]]:
        """The stored articles' outlet and publication by id (the events rows carry the publication as
        stored, which the coverage's first reports compare: migration 0022)."""
        a = S.articles.c
        return {r.id: (r.outlet, r.published) for part in _chunks(sorted(ids))
                for r in conn.execute(select(a.id, a.outlet, a.published).where(a.id.in_(part)))}

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
            # keep each event row's status and merged day in step with its merged event (a merged
            # event whose day the linker moved rewrites its reports' ``merged_date``): one statement
            wanted = touched.get("merged_events", set()) if touched is not None else None
            rows = [{"eid": e, "mid": m.id, "st": m.status, "md": m.date.value or None} for m in an.merged_events
                    if wanted is None or m.id in wanted for e in m.events]
            rows = self._changed_rows(conn, rows) if touched is not None else rows
            if rows:
                conn.execute(S.events.update().where(S.events.c.id == bindparam("eid"))
                             .values(merged_event=bindparam("mid"), status=bindparam("st"),
                                     merged_date=bindparam("md")), rows)

    @staticmethod
    def _changed_rows(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Those of the (event, merged event, status, merged day) ``rows`` whose stored row holds other
        values: an incremental batch touches merged events of a hundred stored reports, of which about
        half move (a read by primary key costs less than rewriting a row, its indexes and its log pages)."""
        c = S.events.c
        rows = list({r["eid"]: r for r in rows}.values())  # an event named twice: the last one holds
        stored: dict[str, tuple[Any, Any, Any]] = {}
        for part in _chunks(sorted({r["eid"] for r in rows})):
            stored.update((i, (m, st, md)) for i, m, st, md in conn.execute(
                select(c.id, c.merged_event, c.status, c.merged_date).where(c.id.in_(part))))
        want = {r["eid"]: (r["mid"], r["st"], r["md"]) for r in rows}
        return [r for r in rows if stored.get(r["eid"], want[r["eid"]]) != want[r["eid"]]]

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



def fill_reports(conn: Connection) -> None:
    """Copy each events row's article publication and counted source chain onto it (``published``,
    ``cited``: migration 0022) from the articles and sources rows, and its merged event's day
    (``merged_date``: migration 0023) from the merged events rows: for a store whose events, articles,
    sources or merged events were written in bulk, not by the writers."""
    conn.execute(text("UPDATE events SET published = (SELECT a.published FROM articles a WHERE a.id = events.article_id), "
                      "cited = (SELECT s.chain FROM sources s WHERE s.event_id = events.id AND s.outlet IS NOT NULL "
                      "AND s.kind != 'outlet' ORDER BY s.pk LIMIT 1), "
                      "merged_date = (SELECT m.date FROM merged_events m WHERE m.id = events.merged_event)"))


def _merged_days(conn: Connection, ids: set[str]) -> dict[str, str | None]:
    """The stored merged events' days by id (an events row written with a merged event the batch's
    analysis does not hold carries its stored day: migration 0023)."""
    m = S.merged_events.c
    return {r.id: r.date for part in _chunks(sorted(ids))
            for r in conn.execute(select(m.id, m.date).where(m.id.in_(part)))}
