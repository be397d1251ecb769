"""Queries: pages of events, stories, merged events, places, sources and articles for the API and the
pages, each answered by one parameterised SQLAlchemy Core query on SQLite or PostgreSQL."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    func,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.sql import ColumnElement

from ..clean.normalize import fold_text
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
from .engine import StoreError
from .rows import _chunks, _day, _place_key, _snippet

MAX_LIMIT = 500
DEFAULT_LIMIT = 50


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




class QueriesMixin:
    """Reading: every read the API, the pages and the exports make."""

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
        and the total, -1, is not counted). A bbox is tested on the date index as it is walked on
        SQLite only (``by_date``, no statistics); PostgreSQL's planner chooses from its statistics of
        lon and lat, which ``+ 0`` hid from it: it guessed a few rows in a city's bbox and walked the
        whole date index with parallel workers (~20 ms to start them, 0.2 ms of reading at 100,000
        events)."""
        limit, offset = _check_page(limit, offset)
        c = S.events.c
        with self.engine.connect() as conn:
            f = states_excluding(conn, _resolve_review(conn, self._resolve_place(conn, f)))
            total = count_events(conn, f) if after is None else -1
            tail = [_after_cond(self.dialect, after)] if after is not None else []
            skip = offset if after is None else 0
            parts = _choices(f) if self.dialect == "sqlite" else [f]
            if len(parts) == 1:
                q = (select(c.id).where(*shown_conds(conn, f, by_date=self.dialect == "sqlite"), *tail)
                     .order_by(c.date.desc(), c.id))
            else:
                q = _merged_pages([select(c.id, c.date).where(*shown_conds(conn, p, by_date=True), *tail)
                                   for p in parts], skip + limit)
            ids = conn.execute(q.limit(limit).offset(skip)).scalars().all()
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
                conds.append(c.id.in_(select(_effective_cluster(conn)).where(*ec)))
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
        return set(conn.execute(select(S.events.c.id).where(*shown_conds(conn, ef), S.events.c.id.in_(ids)))
                   .scalars())

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
        """Who is quoted, by outlet: (outlet, source name, kind, number of events), from the source rows
        counted by (outlet, name, kind, name_en) (``source_names``, :mod:`.quoted`): a row per
        distinct source grouped, not every source row (110,000 events quoting 4,800 outlet and name
        pairs, median under load: SQLite 638 -> 12 ms, PostgreSQL 162 -> 11 ms)."""
        c = S.source_names.c
        conds = [c.outlet == outlet] if outlet else []
        n = func.sum(c.n).label("n")
        q = (select(c.outlet, c.name, func.max(c.name_en).label("name_en"), func.max(c.kind).label("kind"), n)
             .where(*conds).group_by(c.outlet, c.name))
        sub = select(c.outlet, c.name).where(*conds).group_by(c.outlet, c.name).subquery()
        rows, total = self._page(q, select(func.count()).select_from(sub), [n.desc(), c.outlet, c.name],
                                 limit, offset)
        return [{"outlet": r.outlet, "name": r.name, "name_en": r.name_en, "kind": r.kind, "events": int(r.n)}
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



Cursor = tuple[str | None, str]  # the (date, id) of the last row of a page, newest first


def _effective_cluster(conn: Connection) -> ColumnElement[Any]:
    """Each event's merged event as reviews left it: the one a merge or split moved it to, else its
    own. While no review moved any event (one probe of the review_cluster index; ``>= ''`` as in
    :func:`review.reviewed_cond`) that is the merged event column alone, which the filters' covering
    indexes carry (migration 0016), so the merged events of matching events are read on the index;
    the COALESCE read every matching table row (100k store, SQLite, a page under a place: count
    43 -> 13 ms, page 107 -> 42; PostgreSQL read them by bitmap heap scan)."""
    c = S.events.c
    if conn.execute(select(c.id).where(c.review_cluster >= "").limit(1)).first() is None:
        return c.merged_event
    return func.coalesce(c.review_cluster, c.merged_event)


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


def _choices(f: EventFilter) -> list[EventFilter]:
    """``f`` split on its first choice of several types, sides or polarities, a filter per value (the
    values' events are apart), else ``[f]``. Not when a place, outlet, actor, article, merged event or
    day sets another index to walk by date: it tests the choice on its entries (the covering indexes
    carry type, side and polarity) and was as fast or faster (a place and three types at offset 1,000:
    2.1 ms, split 5.6)."""
    if any((f.place, f.outlet, f.actor, f.article, f.merged_event, f.date_from, f.date_to)):
        return [f]
    for key in ("type", "side", "polarity"):
        v = getattr(f, key)
        values = sorted(set(v)) if v and not isinstance(v, str) else []
        if len(values) > 1:
            return [replace(f, **{key: x}) for x in values]
    return [f]


def _merged_pages(parts: list[Any], upto: int) -> Any:
    """The ids of the rows of ``parts`` (each selecting id and date) newest first: each part's first
    ``upto`` rows in that order, put together and ordered again. On SQLite a choice of several values
    (``side IN (...)``) was read whole on its index and sorted for a page (two sides of six at
    110,000 events: ~37,000 entries, 12 ms); each value's part walks its (value, date, id) index
    newest first and stops after ``upto`` rows (0.2 ms)."""
    c = S.events.c
    firsts = [p.order_by(c.date.desc(), c.id).limit(upto).subquery() for p in parts]
    u = union_all(*(select(*f.c) for f in firsts)).subquery()
    return select(u.c.id).order_by(u.c.date.desc(), u.c.id)


def _check_page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise StoreError("offset must be 0 or more")
    return limit, offset


def _event_conds(f: EventFilter, by_date: bool = False, scan_polarity: bool = False) -> list[ColumnElement[bool]]:
    """SQL conditions of a filter. ``by_date``: for a page read newest first on SQLite, the bbox is
    tested on the (date, lon, lat, id) index as it is walked (``+ 0`` keeps the planner off the lon
    range; PostgreSQL is left its statistics, see ``_event_page``).
    ``scan_polarity``: the polarity is tested on another index as it is walked (``|| ''`` keeps the
    planner off the polarity index, which SQLite, without statistics, takes even when the polarity
    holds nearly every event: a grouping then reads its range and sorts it, ~2x the walk of the
    grouped column's own index in order)."""
    c = S.events.c
    conds: list[ColumnElement[bool]] = [
        col == v for col, v in ((c.outlet, f.outlet), (c.actor, f.actor), (c.article_id, f.article)) if v]
    if f.merged_event:
        conds.append(R.effective_cluster_cond(f.merged_event))
    polarity = c.polarity.concat("") if scan_polarity else c.polarity
    for col, v in ((c.type, f.type), (polarity, f.polarity), (c.side, f.side)):
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
    return conds + _state_conds(f, hide=bool(conds))


def _state_conds(f: EventFilter, hide: bool) -> list[ColumnElement[bool]]:
    """The status and review conditions; ``hide``: the status and the unreviewed (every event no analyst
    touched) are tested on the rows another condition's index finds (``|| ''`` keeps the planner off
    their indexes). Alone, a page walks the (status|review, date, id) index newest first (migration
    0021); beside another condition SQLite, without statistics, took that index for the status every
    event has and read every row (110,000 events, count under a status and an actor: 87 -> 9 ms). The
    reviewed states (accepted, edited, rejected: an analyst's few) stay on their index."""
    c = S.events.c
    broad = f.review in (None, "unreviewed")
    status, review = c.status.concat("") if hide else c.status, c.review.concat("") if hide and broad else c.review
    return ([status == f.status] if f.status else []) + _review_conds(f.review, review)


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


def states_excluding(conn: Connection, f: EventFilter) -> EventFilter:
    """``f`` without its status when every stored event has it, and with 'unreviewed' read as 'all'
    while no event is reviewed: the same events match, and the aggregates take the paths of the
    filter without them (a condition every row meets read all 110,000 rows for the coverage: ~0.7 s
    on SQLite; the event list counted every entry of the status index). Each is one probe of the
    (status|review, date, id) index (migration 0021)."""
    c = S.events.c
    if f.status is not None:
        other = or_(c.status.is_(None), c.status < f.status, c.status > f.status)
        if conn.execute(select(c.id).where(other).limit(1)).first() is None:
            f = replace(f, status=None)
    if f.review == "unreviewed" and conn.execute(select(c.id).where(c.review.in_(R.STATES)).limit(1)).first() is None:
        f = replace(f, review="all")
    return f


def _review_conds(review: str | None, col: ColumnElement[Any] | None = None) -> list[ColumnElement[bool]]:
    """Which events a read shows by their review: by default all but the rejected ones. The reviewed
    are those whose column holds one of the states it is written with (:meth:`ReviewState.label`), as
    a list: SQLite reads each on the (review, date, id) index and sorts the few, where for the range
    ``>= ''`` it walked the whole date index for a page (110,000 events, none reviewed: 50 ms).
    ``col``: the review column as the condition reads it (hidden from the planner, :func:`_state_conds`)."""
    col = S.events.c.review if col is None else col
    if review is None:  # tested on the row: for pages and joins; counts subtract (see hidden_split)
        return [or_(col.is_(None), col != "rejected")]
    if review not in R.REVIEW_FILTERS:
        raise StoreError(f"review must be one of {', '.join(R.REVIEW_FILTERS)}")
    return {"all": [], "rejected": [col == "rejected"], "accepted": [col == "accepted"],
            "edited": [col == "edited"], "reviewed": [col.in_(R.STATES)],
            "unreviewed": [col.is_(None)]}[review]


def hidden_split(conn: Connection, f: EventFilter, scan_polarity: bool = False
                 ) -> tuple[list[ColumnElement[bool]], list[list[ColumnElement[bool]]]]:
    """Conditions of ``f`` (place and review resolved) over every event, and the conditions of the
    rejected events among them, in batches of ids, when ``f`` hides them (else no batch).
    ``scan_polarity``: see :func:`_event_conds`.

    A count or grouped aggregate is then the one over every event minus the one over the rejected:
    the first runs as if nothing were rejected (on the covering indexes), the second reads the few
    rejected rows by primary key; a condition on every row cost up to 5x at 100,000 events."""
    if f.review is not None:
        return _event_conds(f, scan_polarity=scan_polarity), []
    base = _event_conds(replace(f, review="all"), scan_polarity=scan_polarity)
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
    answer the filter (a few rows a day), or from the counts per choice when it sets one outlet,
    actor or place by id and no day (a few rows per cell: :func:`rollup.choice_count`; a count of
    the choice's index range read ~9,000 entries under an outlet at 110,000 events, each sent to the
    table on PostgreSQL until a vacuum marks the pages), else counted on the events' indexes; the
    rejected hidden counted by id and subtracted. The unreviewed are every matching event less the
    reviewed (an analyst's few, on the review index): counted, they were every entry of the review
    index's NULL range (110,000 events: ~5 ms on PostgreSQL, ~3 ms on SQLite, unloaded)."""
    if f.review == "unreviewed":
        return count_events(conn, replace(f, review="all")) - count_events(conn, replace(f, review="reviewed"))
    base, hidden = hidden_split(conn, f)
    if rollup.covers(f):
        return sum(v[0] for v in rollup.grouped(conn, f, (), hidden).values())
    def counted(conds: list[Any]) -> int:
        return conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one()
    choice = None if f.date_from or f.date_to else rollup.one_choice(f)
    total = counted(base) if choice is None else rollup.choice_count(conn, f, *choice)
    return total - sum(counted(h) for h in hidden)


def actor_key(e: Event) -> str | None:
    """What the actor filter matches: the actor's id when the lexicon gave one, else its name."""
    a = e.actor
    return (a.id or a.name or None) if a else None


def event_conds(f: EventFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``f`` on the events table, for queries built outside this module
    (``place`` should be resolved first with :meth:`Store.resolve_place`)."""
    return _event_conds(f)


