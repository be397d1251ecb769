"""Review that persists: an analyst's accept / reject / edit of an event and merge / split of merged
events, kept as an append-only log and laid over the pipeline's output whenever events are read.

Why a log and an overlay rather than editing rows: ingest and linking rewrite event rows and merged
events freely (re-ingesting an article, re-running ``analyze --db``), and an analyst's change must
outlive that. So every change is one row of ``reviews`` (who, when, what), keyed on stable event ids
(an event id is the article id plus a hash of what it says). The log is folded into ``event_reviews``
(each reviewed event's state: accepted/rejected, the edited fields, the merged event a merge or split
put it in), which is re-applied to the ``events`` rows' filter columns after every change and every
ingest; the rows' ``data`` always keeps what the pipeline found, so an undo restores it exactly.

An undo is itself a log row naming the change it takes back (nothing is ever deleted or updated in
the log); folding skips undone changes.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from ..model import EVENT_TYPES, SIDES, Article, Event, MergedEvent, event_from_dict, merged_from_dict
from . import cells, chains, rollup
from . import schema as S

ACTIONS = ("accept", "reject", "edit", "merge", "split", "undo")
EDITABLE = ("type", "place", "side", "date", "toll")
STATES = ("accepted", "rejected", "edited", "regrouped")
# EventFilter.review: which events a read shows; None hides the rejected ones
REVIEW_FILTERS = ("all", "rejected", "accepted", "edited", "reviewed", "unreviewed")
MAX_WHO = 200
MAX_TOLL = 1_000_000
MAX_SPLIT = 500
SPLIT_PREFIX = "me-rv"


class ReviewError(ValueError):
    """A review the store refuses (unknown event, bad value, nothing to undo); the message says why.
    ``status`` is the HTTP status the API answers with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class ReviewState:
    """What the log says about one event, folded oldest first."""

    state: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    cluster: str | None = None
    changes: list[int] = field(default_factory=list)
    who: str = ""
    at: str = ""

    def label(self) -> str:
        """The events row's ``review`` column: the verdict if any, else what was changed."""
        return self.state or ("edited" if self.fields else "regrouped")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_who(who: str | None) -> str:
    """The analyst's name as logged: trimmed, not empty, at most MAX_WHO characters."""
    who = (who or "").strip()
    if not who:
        raise ReviewError("say who reviews (a name)")
    if len(who) > MAX_WHO or any(ord(ch) < 32 for ch in who):
        raise ReviewError(f"the reviewer's name must be at most {MAX_WHO} printable characters")
    return who


# --------------------------------------------------------------------------- values

def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Edited values, normalised: a known type and side, an ISO date, a toll (0 or more), a place the
    gazetteer knows (by id or by name) with its coordinates. Anything else is a ReviewError."""
    if not isinstance(fields, dict) or not fields:
        raise ReviewError(f"an edit needs at least one of: {', '.join(EDITABLE)}")
    unknown = sorted(set(fields) - set(EDITABLE))
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(map(str, unknown))[:200]}: editable are {', '.join(EDITABLE)}")
    out: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "type":
            if v not in EVENT_TYPES:
                raise ReviewError(f"type must be one of {', '.join(EVENT_TYPES)}")
            out[k] = v
        elif k == "side":
            if v not in SIDES:
                raise ReviewError(f"side must be one of {', '.join(SIDES)}")
            out[k] = v
        elif k == "date":
            out[k] = _check_date(v)
        elif k == "toll":
            out[k] = _check_toll(v)
        else:
            out[k] = place_value(v)
    return out


def _check_date(v: Any) -> str:
    try:
        return date.fromisoformat(str(v).strip()).isoformat() if len(str(v).strip()) == 10 else _bad_date(v)
    except ValueError:
        return _bad_date(v)


def _bad_date(v: Any) -> str:
    raise ReviewError(f"date must be a calendar date YYYY-MM-DD, not {str(v)[:40]!r}")


def _check_toll(v: Any) -> int:
    if isinstance(v, bool):
        raise ReviewError("toll must be a whole number of people killed (0 or more)")
    try:
        n = int(str(v).strip())
    except ValueError:
        raise ReviewError("toll must be a whole number of people killed (0 or more)") from None
    if not 0 <= n <= MAX_TOLL:
        raise ReviewError(f"toll must be between 0 and {MAX_TOLL:,}")
    return n


def place_value(v: Any) -> dict[str, Any]:
    """A place the gazetteer knows, by its id or any of its names, as the event's place dict."""
    from ..read.gazetteer import Gazetteer

    name = str(v or "").strip()
    if not name or len(name) > 200:
        raise ReviewError("place must be a gazetteer id or a place name (at most 200 characters)")
    gaz = Gazetteer.default()
    e = gaz.get(name) or gaz.resolve(name)
    if e is None:
        raise ReviewError(f"unknown place {name[:80]!r}: give a gazetteer id or a name the gazetteer knows")
    return {"name": e.name, "name_en": e.name_en, "lat": e.lat, "lon": e.lon, "admin1": e.admin1,
            "kind": e.kind, "geo_precision": 1, "gazetteer_id": e.id, "aliases": []}


# --------------------------------------------------------------------------- the log

def log_rows(conn: Connection) -> list[Any]:
    return list(conn.execute(select(S.reviews).order_by(S.reviews.c.pk)))


def append(conn: Connection, who: str, action: str, target: str, payload: dict[str, Any],
           undoes: int | None = None) -> int:
    """Add one change to the log (never updated or deleted afterwards) and return its number."""
    row = {"at": now(), "who": who, "action": action, "target": target,
           "payload": json.dumps(payload, ensure_ascii=False, separators=(",", ":")), "undoes": undoes}
    res = conn.execute(insert(S.reviews).values(**row))
    return int(res.inserted_primary_key[0])


def undone(rows: Iterable[Any]) -> set[int]:
    return {r.undoes for r in rows if r.action == "undo" and r.undoes is not None}


def fold(rows: list[Any], anchors: dict[str, str | None]) -> dict[str, ReviewState]:
    """Each event's review state from the log rows (oldest first), skipping undone changes.

    A merge moves the events of other merged events into the target, named by one of its events (its
    ``anchor``): the target is the merged event that anchor is linked to now (``anchors``), so a merge
    holds when re-linking renames the merged event."""
    skip = undone(rows)
    out: dict[str, ReviewState] = {}
    for r in rows:
        if r.action == "undo" or r.pk in skip:
            continue
        p = json.loads(r.payload or "{}")
        ids = p.get("events", []) if r.action in ("merge", "split") else [r.target]
        for eid in ids:
            st = out.setdefault(eid, ReviewState())
            if r.action == "accept":
                st.state = "accepted"
            elif r.action == "reject":
                st.state = "rejected"
            elif r.action == "edit":
                st.fields.update(p.get("fields", {}))
            elif r.action == "merge":
                st.cluster = merge_target(p, anchors)
            elif r.action == "split":
                st.cluster = p["into"]
            st.changes.append(r.pk)
            st.who, st.at = r.who, r.at
    return out


def merge_target(p: dict[str, Any], anchors: dict[str, str | None]) -> str:
    into = p["into"]
    if into.startswith(SPLIT_PREFIX):
        return into
    return anchors.get(p.get("anchor") or "") or into


def rebuild(conn: Connection) -> int:
    """Fold the whole log into ``event_reviews`` and lay it over the events rows (those reviewed now
    and those reviewed before). Runs after every change and every ingest; returns the reviewed count."""
    rows = log_rows(conn)
    old = set(conn.execute(select(S.event_reviews.c.event_id)).scalars())
    if not rows and not old:
        return 0
    anchor_ids = sorted({json.loads(r.payload).get("anchor") for r in rows if r.action == "merge"} - {None})
    anchors: dict[str, str | None] = {}
    for part in _chunks(anchor_ids):
        anchors.update(conn.execute(select(S.events.c.id, S.events.c.merged_event)
                                    .where(S.events.c.id.in_(part))).all())
    states = fold(rows, anchors)
    conn.execute(delete(S.event_reviews))
    if states:
        conn.execute(insert(S.event_reviews), [
            {"event_id": eid, "state": st.label(), "fields": _dumps(st.fields), "cluster": st.cluster,
             "changes": _dumps(st.changes), "who": st.who, "at": st.at} for eid, st in sorted(states.items())])
    apply_to_rows(conn, sorted(old | set(states)), states)
    return len(states)


def apply_to_rows(conn: Connection, ids: list[str], states: dict[str, ReviewState]) -> None:
    """Set each events row's filter columns to its reviewed values (or back to the pipeline's own,
    read from ``data``, when it is no longer reviewed), so filters, counts and pages see the review.
    Only rows whose values change are written, and the per-day counts move with them; a row moved to
    another (type, side, polarity) cell moves its source chains' and its merged event's per-cell
    counts too (:mod:`.chains`, :mod:`.cells`)."""
    c = S.events.c
    names = ("type", "polarity", "side", "place_id", "place_name", "lat", "lon", "date", "fatalities",
             "review", "review_cluster")
    deltas: dict[tuple, list[int]] = {}
    moves: dict[str, tuple[tuple, tuple]] = {}
    mids: set[str] = set()
    for part in _chunks(ids):
        for r in conn.execute(select(c.id, c.data, c.outlet, c.actor, c.merged_event, *(c[k] for k in names))
                              .where(c.id.in_(part))).all():
            st = states.get(r.id)
            cols = _row_values(json.loads(r.data), st)
            now = {k: r._mapping[k] for k in names}
            if cols == now:
                continue
            kept = {"outlet": r.outlet, "actor": r.actor}  # not reviewed, but counted with the rest
            rollup.add(deltas, {**now, **kept}, -1)
            rollup.add(deltas, {**cols, **kept}, 1)
            was, cell = (tuple(v[k] for k in cells.CELL) for v in (now, cols))
            if was != cell:
                moves[r.id] = (was, cell)
                mids.add(r.merged_event)
            conn.execute(update(S.events).where(c.id == r.id).values(**cols))
    rollup.write(conn, deltas)
    if moves:
        chains.write(conn, chains.moved(conn, moves))
        cells.refresh(conn, mids)


def _row_values(data: dict[str, Any], st: ReviewState | None) -> dict[str, Any]:
    """The filter columns of an events row, the review laid over the pipeline's values."""
    d = overlay(data, st) if st else data
    p = d.get("place") or None
    return {"type": d["type"], "polarity": d.get("polarity", "asserted"),
            "side": (d.get("actor") or {}).get("side") or "unknown",
            "place_id": (p.get("gazetteer_id") or p.get("name") or None) if p else None,
            "place_name": p.get("name") if p else None, "lat": p.get("lat") if p else None,
            "lon": p.get("lon") if p else None, "date": (d.get("date") or {}).get("value") or None,
            "fatalities": int(d.get("fatalities") or 0),
            "review": st.label() if st else None, "review_cluster": st.cluster if st else None}


def overlay(d: dict[str, Any], st: ReviewState | None) -> dict[str, Any]:
    """An event dict with its reviewed values laid over it, and ``review``/``reviewed`` saying so
    (``review.original`` keeps what the pipeline found for every field the analyst changed)."""
    if st is None:
        d.setdefault("review", None)
        d["reviewed"] = False
        return d
    original: dict[str, Any] = {}
    f = st.fields
    if "type" in f:
        original["type"], d["type"] = d.get("type"), f["type"]
    if "side" in f:
        actor = dict(d.get("actor") or {})
        original["side"], actor["side"] = actor.get("side", "unknown"), f["side"]
        d["actor"] = actor
    if "place" in f:
        original["place"], d["place"] = d.get("place"), dict(f["place"])
    if "date" in f:
        old = d.get("date") or {}
        original["date"] = old.get("value") or None
        d["date"] = {"value": f["date"], "precision": "day", "text": old.get("text", ""), "basis": "review"}
    if "toll" in f:
        original["toll"], d["fatalities"] = d.get("fatalities", 0), f["toll"]
    if st.cluster:
        original["cluster"] = d.get("cluster")
        d["cluster"] = st.cluster
    d["review"] = {"state": st.label(), "fields": {k: v for k, v in f.items() if k != "place"} |
                   ({"place": f["place"].get("gazetteer_id")} if "place" in f else {}),
                   "cluster": st.cluster, "original": original, "changes": st.changes, "who": st.who,
                   "at": st.at}
    d["reviewed"] = True
    return d


def states_of(conn: Connection, ids: Iterable[str]) -> dict[str, ReviewState]:
    """The stored review states of these events (only the reviewed ones are returned)."""
    out: dict[str, ReviewState] = {}
    c = S.event_reviews.c
    for part in _chunks(sorted(set(ids))):
        for r in conn.execute(select(S.event_reviews).where(c.event_id.in_(part))):
            st = ReviewState(state=r.state if r.state in ("accepted", "rejected") else "",
                             fields=json.loads(r.fields), cluster=r.cluster, changes=json.loads(r.changes),
                             who=r.who, at=r.at)
            out[r.event_id] = st
    return out


# --------------------------------------------------------------------------- merged events

def effective_cluster_cond(mid: str) -> Any:
    """Events whose merged event, after review, is ``mid``."""
    c = S.events.c
    return or_(c.review_cluster == mid, (c.review_cluster.is_(None)) & (c.merged_event == mid))


def reviewed_cond() -> Any:
    """The events an analyst reviewed: their ``review`` is set (never empty, :meth:`ReviewState.label`),
    written as the range ``>= ''`` (every string, no NULL): SQLite, without statistics, reads
    ``IS NOT NULL`` by scanning the whole table (each merged-events page asks which merged events a
    review changed: 188 ms at 100,000 events) and the range on the review index (a few rows, 0.004 ms).
    PostgreSQL takes the index either way."""
    return S.events.c.review >= ""


def affected_merged(conn: Connection) -> set[str]:
    """Merged events whose members or members' values a review changed (few: read whole, on the
    review index: :func:`reviewed_cond`)."""
    c = S.events.c
    rows = conn.execute(select(c.merged_event, c.review_cluster).where(reviewed_cond())).all()
    return {m for r in rows for m in (r.merged_event, r.review_cluster) if m}


def regroup(conn: Connection, mids: Iterable[str], base: dict[str, MergedEvent]) -> dict[str, MergedEvent | None]:
    """Merged events recomputed from their members after review (rejected ones left out), with the
    linker's own aggregation; None for a merged event left with no member (merged away, all rejected)."""
    from ..link.merge import aggregate
    from ..link.tolls import merged_toll

    out: dict[str, MergedEvent | None] = {}
    c = S.events.c
    for mid in sorted(set(mids)):
        rows = conn.execute(select(c.id, c.data, c.outlet, c.merged_event).where(effective_cluster_cond(mid))
                            .where(or_(c.review.is_(None), c.review != "rejected"))
                            .order_by(c.date, c.id).limit(5000)).all()
        if not rows:
            out[mid] = None
            continue
        states = states_of(conn, [r.id for r in rows])
        members = [event_from_dict(overlay(json.loads(r.data), states.get(r.id))) for r in rows]
        arts = {r.id: Article(id=json.loads(r.data)["article"], outlet=r.outlet) for r in rows}
        by_article = {a.id: a for a in arts.values()}
        b = base.get(mid)
        me = MergedEvent(id=mid, type=Counter(e.type for e in members).most_common(1)[0][0],
                         story=b.story if b else None, events=[e.id for e in members])
        aggregate(me, members, by_article)
        merged_toll(me, members)
        moved_in = sorted(r.id for r in rows if r.merged_event != mid)
        me.review = {"state": "regrouped" if moved_in or mid.startswith(SPLIT_PREFIX) or
                     (b is not None and set(b.events) != set(me.events)) else "edited",
                     "moved_in": moved_in, "linked_events": list(b.events) if b else []}
        out[mid] = me
    return out


def split_id(event_ids: list[str]) -> str:
    """The id of the merged event a split makes of these events (stable: the same split, the same id)."""
    return SPLIT_PREFIX + hashlib.sha1("\n".join(sorted(event_ids)).encode("utf-8")).hexdigest()[:10]


def merged_dict(me: MergedEvent) -> dict[str, Any]:
    from ..model import to_dict

    d = to_dict(me)
    d["reviewed"] = bool(me.review)
    return d


def load_merged(conn: Connection, mid: str) -> MergedEvent | None:
    d = conn.execute(select(S.merged_events.c.data).where(S.merged_events.c.id == mid)).scalar()
    return merged_from_dict(json.loads(d)) if d else None


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _chunks(seq: list[Any], n: int = 400) -> Iterable[list[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def event_overlaid(d: dict[str, Any], st: ReviewState | None) -> Event:
    return event_from_dict(overlay(d, st))


# --------------------------------------------------------------------------- writing (Store mixin)

class ReviewMixin:
    """The review verbs of :class:`tawatur.store.Store`: each is one write transaction under the
    store's write lock that appends to the log and re-folds it."""

    engine: Any

    def write(self, work: Any, wait: float | None = None) -> Any:  # provided by Store
        raise NotImplementedError

    def review_event(self, event_id: str, action: str, who: str,
                     fields: dict[str, Any] | None = None) -> dict[str, Any]:
        """Accept, reject or edit one event; returns the log entry."""
        who = check_who(who)
        if action not in ("accept", "reject", "edit"):
            raise ReviewError("action must be accept, reject or edit")
        payload = {"fields": check_fields(fields or {})} if action == "edit" else {}

        def work(conn: Connection) -> int:
            if conn.execute(select(S.events.c.id).where(S.events.c.id == event_id)).first() is None:
                raise ReviewError("no event with this id", 404)
            pk = append(conn, who, action, event_id, payload)
            rebuild(conn)
            return pk

        return self.review_change(self.write(work))

    def merge_merged(self, into: str, others: list[str], who: str) -> dict[str, Any]:
        """Merge the merged events ``others`` into ``into``: their (reviewed) members join it."""
        who = check_who(who)
        others = [o for o in dict.fromkeys(others) if o]
        if not others or into in others:
            raise ReviewError("name one or more other merged events to merge into this one")

        def work(conn: Connection) -> int:
            c = S.events.c
            anchor = conn.execute(select(c.id).where(effective_cluster_cond(into)).order_by(c.id).limit(1)).scalar()
            if anchor is None:
                raise ReviewError(f"no merged event {into[:80]!r} with reports", 404)
            moved: list[str] = []
            for o in others:
                ids = list(conn.execute(select(c.id).where(effective_cluster_cond(o)).order_by(c.id)).scalars())
                if not ids:
                    raise ReviewError(f"no merged event {o[:80]!r} with reports", 404)
                moved += ids
            pk = append(conn, who, "merge", into, {"into": into, "anchor": anchor, "from": others,
                                                   "events": moved})
            rebuild(conn)
            return pk

        return self.review_change(self.write(work))

    def split_merged(self, mid: str, event_ids: list[str], who: str) -> dict[str, Any]:
        """Take ``event_ids`` out of merged event ``mid`` into a merged event of their own."""
        who = check_who(who)
        event_ids = sorted({e for e in event_ids if e})
        if not event_ids or len(event_ids) > MAX_SPLIT:
            raise ReviewError(f"name between 1 and {MAX_SPLIT} of its reports to split off")

        def work(conn: Connection) -> int:
            c = S.events.c
            members = set(conn.execute(select(c.id).where(effective_cluster_cond(mid))).scalars())
            if not members:
                raise ReviewError(f"no merged event {mid[:80]!r} with reports", 404)
            strangers = [e for e in event_ids if e not in members]
            if strangers:
                raise ReviewError(f"not reports of this merged event: {', '.join(strangers)[:200]}")
            if set(event_ids) == members:
                raise ReviewError("a split must leave at least one report in the merged event")
            pk = append(conn, who, "split", mid, {"from": mid, "into": split_id(event_ids), "events": event_ids})
            rebuild(conn)
            return pk

        return self.review_change(self.write(work))

    def undo_review(self, who: str, change: int | None = None) -> dict[str, Any]:
        """Take back one change (by number, else the latest still in force), logged as an undo."""
        who = check_who(who)

        def work(conn: Connection) -> int:
            rows = log_rows(conn)
            gone = undone(rows)
            live = [r for r in rows if r.action != "undo" and r.pk not in gone]
            if change is None:
                if not live:
                    raise ReviewError("nothing to undo", 409)
                target = live[-1]
            else:
                target = next((r for r in rows if r.pk == change), None)
                if target is None:
                    raise ReviewError(f"no review change number {change}", 404)
                if target.action == "undo":
                    raise ReviewError("an undo cannot be undone: make the change again")
                if target.pk in gone:
                    raise ReviewError(f"change {change} is already undone", 409)
            pk = append(conn, who, "undo", target.target, {"action": target.action}, undoes=target.pk)
            rebuild(conn)
            return pk

        return self.review_change(self.write(work))

    def reapply_reviews(self, conn: Connection) -> None:
        """Lay the review log over freshly written rows (called inside every ingest transaction)."""
        rebuild(conn)

    def review_change(self, pk: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.reviews).where(S.reviews.c.pk == pk)).first()
            later = conn.execute(select(S.reviews.c.pk).where(S.reviews.c.undoes == pk)).first()
        if r is None:
            raise ReviewError(f"no review change number {pk}", 404)
        return change_dict(r, undone_by=later[0] if later else None)

    def review_log(self, limit: int = 50, offset: int = 0, target: str | None = None
                   ) -> tuple[list[dict[str, Any]], int]:
        """The log, newest first, each change with the undo that took it back (if any)."""
        from sqlalchemy import func

        c = S.reviews.c
        conds = [or_(c.target == target, c.payload.contains(_dumps(target), autoescape=True))] if target else []
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(S.reviews).where(*conds)).scalar_one()
            rows = conn.execute(select(S.reviews).where(*conds).order_by(c.pk.desc())
                                .limit(limit).offset(offset)).all()
            by = dict(conn.execute(select(c.undoes, c.pk).where(c.undoes.in_([r.pk for r in rows]))).all()) \
                if rows else {}
        return [change_dict(r, by.get(r.pk)) for r in rows], total


def change_dict(r: Any, undone_by: int | None = None) -> dict[str, Any]:
    return {"id": r.pk, "at": r.at, "who": r.who, "action": r.action, "target": r.target,
            "payload": json.loads(r.payload or "{}"), "undoes": r.undoes, "undone_by": undone_by}
