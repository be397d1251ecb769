"""The workbench's aggregates over the stored events, each under the same :class:`EventFilter` as the
event list: per-day counts (by type, by side, fatalities), the filter's choices (facets), coverage per
outlet, which outlets carried each merged event and which did not (blindspot), control intervals.

Every answer is an aggregate or one page: nothing here returns all rows, so a store of 100,000 events
answers with a few hundred numbers (tests/store/test_store_explore.py; bench/bench_explore.py).
"""
from __future__ import annotations

import json
import pickle
import threading
import weakref
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import wraps
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Column, exists, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.visitors import replacement_traverse

from . import rollup
from . import schema as S
from .engine import StoreError, data_version
from .firsts import _pairs
from .firsts import _reports as _first_reports
from .queries import (
    EventFilter,
    _check_page,
    _event_conds,
    count_events,
    hidden_split,
    resolve_review,
    shown_conds,
    states_excluding,
)
from .repository import Store
from .rows import _chunks

FACET_LIMIT = 300  # choices offered per facet (most reported first)
CHAINS_PER_OUTLET = 5
CONTROL_PLACES = 40
CONTROL_LIMIT = 2_000  # control intervals per page (~150 KB of JSON)
CONTROL_MAX_LIMIT = 20_000
CACHE_SIZE = 256
F = TypeVar("F", bound=Callable[..., Any])
_caches: weakref.WeakKeyDictionary[Store, OrderedDict[tuple, Any]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _version(store: Store) -> tuple[int, int]:
    """What the stored data looks like now: this process's committed writes, and the store's data
    version, which every committed write raises whichever process made it (one row read; counting the
    events on every request cost up to 25 ms at 100,000 events)."""
    with store.engine.connect() as conn:
        return store.generation, data_version(conn)


def cached(fn: F) -> F:
    """Keep the answer of an aggregate for the same store, filter and arguments until the data
    changes: every visitor of the workbench asks first for the unfiltered day counts and facets,
    which read every row of a large store.

    The answer is kept pickled and each hit unpickles a fresh copy (a caller may change what it gets):
    a deep copy in and out cost more than the query itself for the larger answers (0.19 s against
    0.03 s for the control intervals of 100,000 events)."""
    @wraps(fn)
    def run(store: Store, f: EventFilter | None = None, *args: Any) -> Any:
        key = (fn.__name__, repr(f), args, _version(store))
        with _lock:
            cache = _caches.setdefault(store, OrderedDict())
            kept = cache.get(key)
            if kept is not None:
                cache.move_to_end(key)
        if kept is not None:
            return pickle.loads(kept)
        value = fn(store, f, *args)
        kept = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with _lock:
            cache[key] = kept
            while len(cache) > CACHE_SIZE:
                cache.popitem(last=False)
        return value
    return run  # type: ignore[return-value]


def _resolved(store: Store, conn: Connection, f: EventFilter | None) -> EventFilter:
    return _excluding(conn, resolve_review(conn, store.resolve_place(conn, f or EventFilter())))


def _excluding(conn: Connection, f: EventFilter) -> EventFilter:
    """``f`` without its type, side or polarity choice when that choice excludes no stored event
    (each kind of event stored, rejected ones too, has a chosen value): the same events match, and
    the aggregates then take the paths of the filter without it (the polarity every event has, at
    100,000 events: outlet coverage 0.34 s -> 0.04 s, as unfiltered). Read on the cells' own rows
    of ``event_values`` (one per type, side and polarity stored: a few dozen)."""
    f = states_excluding(conn, f)
    chosen = {k: rollup.chosen(getattr(f, k)) for k in rollup.CELL if getattr(f, k)}
    if not chosen:
        return f
    v = S.event_values.c
    cells = conn.execute(select(v.type, v.side, v.polarity).where(v.facet == "", v.n > 0)).all()
    at = {k: rollup.CELL.index(k) for k in chosen}
    drop = {k: None for k, want in chosen.items() if all(cell[at[k]] in want for cell in cells)}
    return replace(f, **drop) if drop else f


def _conds(store: Store, conn: Connection, f: EventFilter | None) -> list[Any]:
    """Conditions tested on each row (joins, distinct counts, pages)."""
    return shown_conds(conn, _resolved(store, conn, f))


def _net(conn: Connection, query: Callable[[list[Any]], Any], split: tuple[list[Any], list[list[Any]]]
         ) -> dict[tuple, list[int]]:
    """A grouped count over every matching event minus the same over the rejected ones hidden
    (:func:`hidden_split`); ``query(conds)`` selects the group's keys, then the count and the toll.
    Groups left empty are dropped."""
    base, hidden = split
    out: dict[tuple, list[int]] = {}
    for sign, conds in [(1, base), *((-1, h) for h in hidden)]:
        for r in conn.execute(query(conds)):
            acc = out.setdefault(tuple(r[:-2]), [0, 0])
            acc[0] += sign * r[-2]
            acc[1] += sign * int(r[-1] or 0)
    return {k: v for k, v in out.items() if v[0] > 0}


@cached
def daily(store: Store, f: EventFilter | None = None) -> dict[str, Any]:
    """Events per day by type and by side, and fatalities per day, of the events matching ``f``.

    From the per-day counts, days by type and days by side are read as stored from the (day, type)
    and (day, side) tables when the filter sets no more than types or sides (and days), else grouped
    from the (day, type, side, polarity) counts (:func:`rollup.table_for`; grouping ~26,000 of them
    into ~8,800 cost hundreds of ms at 100,000 events), in day order, and laid out as they come when
    nothing is hidden (:func:`_series`); else from the events rows, by day, type and side
    (:func:`_day_groups`)."""
    with store.engine.connect() as conn:
        rf = _resolved(store, conn, f)
        split = hidden_split(conn, rf)
        if rollup.covers(rf) and not split[1]:
            return _series(*(rollup.rows(conn, rf, ("date", key)) for key in ("type", "side")))
        choice = rollup.one_choice(rf)
        if choice is not None and not split[1]:
            return _choice_series(rollup.day_value_rows(conn, rf, *choice))
        if rollup.covers(rf):
            by_type = rollup.grouped(conn, rf, ("date", "type"), split[1])
            by_side = rollup.grouped(conn, rf, ("date", "side"), split[1])
            return _days(by_type, by_side)
        return _day_groups(conn, split)


def _series(by_type: list[tuple], by_side: list[tuple]) -> dict[str, Any]:
    """The daily answer from (day, type, count, toll) and (day, side, count, toll) rows in day then
    value order, day "" when undated, each (day, value) once: each day built as its rows come (was a
    dictionary of the groups, converted, then laid out day by day: ~20 of the ~25 ms of the unfiltered
    series at 100,000 events, ~8,800 groups)."""
    out: list[dict[str, Any]] = []
    at: dict[str, dict[str, Any]] = {}
    undated = {"n": 0, "fatalities": 0}
    d: dict[str, Any] = {"date": None}
    for day, typ, n, dead in by_type:
        if n <= 0:
            continue
        if not day:
            undated["n"] += n
            undated["fatalities"] += dead
            continue
        if d["date"] != day:
            d = at[day] = {"date": day, "n": 0, "fatalities": 0, "types": {}, "sides": {}}
            out.append(d)
        d["n"] += n
        d["fatalities"] += dead
        d["types"][typ] = n
    for day, side, n, _ in by_side:
        if n > 0 and day:
            at[day]["sides"][side] = n
    return {"days": out, "undated": undated, "total": sum(d["n"] for d in out) + undated["n"]}


def _choice_series(rows: list[tuple]) -> dict[str, Any]:
    """The daily answer from (day, type, side, count, toll) rows in day, type, side order (one per
    polarity), day "" when undated: each day's types summed as they come, its sides summed then put
    in order (under an outlet at 100,000 events, ~8,000 rows read in order, no grouping)."""
    out: list[dict[str, Any]] = []
    undated = {"n": 0, "fatalities": 0}
    d: dict[str, Any] = {"date": None}
    for day, typ, side, n, dead in rows:
        if not day:
            undated["n"] += n
            undated["fatalities"] += dead
            continue
        if d["date"] != day:
            if out:
                out[-1]["sides"] = dict(sorted(out[-1]["sides"].items()))
            d = {"date": day, "n": 0, "fatalities": 0, "types": {}, "sides": {}}
            out.append(d)
        d["n"] += n
        d["fatalities"] += dead
        types, sides = d["types"], d["sides"]
        types[typ] = types.get(typ, 0) + n
        sides[side] = sides.get(side, 0) + n
    if out:
        out[-1]["sides"] = dict(sorted(out[-1]["sides"].items()))
    return {"days": out, "undated": undated, "total": sum(d["n"] for d in out) + undated["n"]}


def _day_groups(conn: Connection, split: tuple[list[Any], list[list[Any]]]) -> dict[str, Any]:
    """The daily answer from the matching events rows: one (day, type, side) grouping on the filter's
    covering index, each row taken as the driver's tuple and added into its day's types and sides
    (the rejected, ``split``'s hidden batches, subtracted), then each day's groups left with events
    laid out in value order. Was two dictionaries keyed (day, value), each sorted whole, then laid out
    day by day (under an outlet at 100,000 events, ~7,000 groups: most of the ~22 ms). Two groupings
    in SQL instead read the table under an outlet (the planner takes the (outlet, type, date) index,
    which lacks the toll)."""
    c = S.events.c
    base, hidden = split
    per: dict[str | None, tuple[dict[str, list[int]], dict[str, int]]] = {}
    for sign, conds in [(1, base), *((-1, h) for h in hidden)]:
        q = (select(c.date, c.type, c.side, func.count(), func.coalesce(func.sum(c.fatalities), 0))
             .where(*conds).group_by(c.date, c.type, c.side))
        for day, typ, side, n, dead in conn.execute(q).cursor.fetchall():
            groups = per.get(day)
            if groups is None:
                groups = per[day] = ({}, {})
            types, sides = groups
            acc = types.get(typ)
            if acc is None:
                types[typ] = [sign * n, sign * int(dead)]
            else:
                acc[0] += sign * n
                acc[1] += sign * int(dead)
            sides[side] = sides.get(side, 0) + sign * n
    out: list[dict[str, Any]] = []
    undated = {"n": 0, "fatalities": 0}
    for day in sorted(per, key=lambda k: k or ""):
        types, sides = per[day]
        kept = [(t, types[t]) for t in sorted(types) if types[t][0] > 0]
        if not kept:
            continue
        n, dead = sum(v[0] for _, v in kept), sum(v[1] for _, v in kept)
        if not day:
            undated["n"] += n
            undated["fatalities"] += dead
            continue
        out.append({"date": day, "n": n, "fatalities": dead, "types": {t: v[0] for t, v in kept},
                    "sides": {k: sides[k] for k in sorted(sides) if sides[k] > 0}})
    return {"days": out, "undated": undated, "total": sum(d["n"] for d in out) + undated["n"]}


def _days(by_type: dict[tuple, list[int]], by_side: dict[tuple, list[int]]) -> dict[str, Any]:
    """The daily answer from (day, type) and (day, side) groups: [count, toll] each, day None when
    undated; each day's count and toll are those of its types."""
    days: dict[str, dict[str, Any]] = {}
    undated = {"n": 0, "fatalities": 0}
    for (day, typ), (n, dead) in by_type.items():  # each (day, key) once: set, not added
        if not day:
            undated["n"] += n
            undated["fatalities"] += dead
            continue
        d = days.get(day)
        if d is None:
            d = days[day] = {"date": day, "n": 0, "fatalities": 0, "types": {}, "sides": {}}
        d["n"] += n
        d["fatalities"] += dead
        d["types"][typ] = n
    for (day, side), (n, _) in by_side.items():
        if day:
            days[day]["sides"][side] = n
    out = [days[k] for k in sorted(days)]
    return {"days": out, "undated": undated, "total": sum(d["n"] for d in out) + undated["n"]}


def _grouped(conn: Connection, col: Any, split: tuple[list[Any], list[list[Any]]], label: Any = None,
             rf: EventFilter | None = None) -> list[dict[str, Any]]:
    """Values of ``col`` with counts, most first; ``label``: a column naming each value, read for
    the values shown only (counting stays on the index); ``rf``: the filter, when the kept counts
    answer it and hold ``col`` (the per-day counts; the counts per choice, ``event_values``, when no
    day is set: :func:`rollup.grouped`)."""
    n = func.count().label("n")
    base, hidden = split
    if rf is not None:
        net = rollup.grouped(conn, rf, (col.name,), hidden)  # ordered by value: ties stay in that order
        rows = sorted(((k[0], v[0]) for k, v in net.items()), key=lambda r: -r[1])[:FACET_LIMIT]
    elif hidden:  # every value counted, the rejected subtracted, then the first FACET_LIMIT
        net = _net(conn, lambda conds: select(col, func.count(), 0).where(col.is_not(None), *conds)
                   .group_by(col).order_by(col), split)  # the database's order of values breaks ties
        rows = sorted(((k[0], v[0]) for k, v in net.items()), key=lambda r: -r[1])[:FACET_LIMIT]
    else:
        rows = [(r[0], r.n) for r in conn.execute(select(col, n).where(col.is_not(None), *base).group_by(col)
                                                   .order_by(n.desc(), col).limit(FACET_LIMIT))]
    names = _labels(conn, col, label, [value for value, _ in rows]) if label is not None else {}
    return [{"value": value, "n": k, "label": names.get(value) or value} for value, k in rows]


def _labels(conn: Connection, col: Any, label: Any, values: list[Any]) -> dict[Any, Any]:
    """Each value's label, as one event with the value names it: one statement, one scalar subquery
    per value (each the probe of ``col``'s index the query per value made, so the same row answers),
    written as text: one query per value cost ~0.3 ms each (300 places: ~0.1 s), and SQLAlchemy's
    compilation of 300 subqueries ~50 ms, more than running them."""
    if not values:
        return {}
    table, lab, key = col.table.name, label.name, col.name
    probe = f"(SELECT {lab} FROM {table} WHERE {key} = :v{{}} AND {lab} IS NOT NULL LIMIT 1)"
    sql = "SELECT " + ", ".join(probe.format(i) for i in range(len(values)))
    row = conn.execute(text(sql), {f"v{i}": v for i, v in enumerate(values)}).one()
    return dict(zip(values, row, strict=True))


def _edge(conn: Connection, fn: Any, split: tuple[list[Any], list[list[Any]]], row_conds: list[Any]
          ) -> str | None:
    """The first (``func.min``) or last (``func.max``) day of the matching events: read on the
    index over every event, kept when an event there is not rejected, else read row by row."""
    c = S.events.c
    base, hidden = split
    day = conn.execute(select(fn(c.date)).where(*base)).scalar()
    if day is None or not hidden:
        return day
    at = (base + [c.date == day], [h + [c.date == day] for h in hidden])
    if sum(v[0] for v in _net(conn, lambda conds: select(func.count(), 0).where(*conds), at).values()) > 0:
        return day
    return conn.execute(select(fn(c.date)).where(*row_conds)).scalar()


@cached
def facets(store: Store, f: EventFilter | None = None) -> dict[str, Any]:
    """The choices of each filter among the events matching ``f`` (most reported first), and the
    first and last dated day: what the filter form and the time brush offer."""
    c = S.events.c
    with store.engine.connect() as conn:
        rf = _resolved(store, conn, f)
        broad = _broad_polarity(conn, rf)
        split, rows = hidden_split(conn, rf, broad), shown_conds(conn, rf)
        days = rf if rollup.covers(rf) else None
        ends = rollup.edges(conn, rf, split[1]) if days is not None else None
        if ends is not None:  # first and last day with an event left, at the ends of the per-day counts
            first, last = ends
        elif days is not None:  # an end day holds only rejected events: every day grouped
            dated = [k[0] for k in rollup.grouped(conn, rf, ("date",), split[1]) if k[0]]
            first, last = (dated[0], dated[-1]) if dated else (None, None)
        else:
            first, last = _edge(conn, func.min, split, rows), _edge(conn, func.max, split, rows)
        # no day set: the counts per choice answer, unless a rare polarity's index holds a few events
        kept = days if days is not None and rollup.by_value(days, ("outlet",)) and (broad or not rf.polarity) else None
        return {"types": _grouped(conn, c.type, split, rf=days),
                "polarity": _grouped(conn, c.polarity, split, rf=days),
                "sides": _grouped(conn, c.side, split, rf=days), "outlets": _grouped(conn, c.outlet, split, rf=kept),
                "actors": _grouped(conn, c.actor, split, rf=kept),
                "places": _grouped(conn, c.place_id, split, c.place_name, rf=kept),
                "first": first, "last": last, "total": count_events(conn, rf)}


def _broad_polarity(conn: Connection, rf: EventFilter) -> bool:
    """Whether ``rf`` filters polarities that hold more than a third of the events (the per-day
    counts of those polarities, one range of their index, against every event by day and type, the
    smallest table of counts): the facets then walk each grouped column's own index testing the
    polarity on it (in order, no sort; ~20 ms at 100,000 events) rather than the polarity index's
    range, sorted (~45 ms when it holds them all). A rare polarity keeps its index (a few rows)."""
    if not rf.polarity:
        return False
    d, t = S.event_days.c, S.event_day_types.c
    want = [rf.polarity] if isinstance(rf.polarity, str) else sorted(set(rf.polarity))
    hit = conn.execute(select(func.sum(d.n)).where(d.polarity.in_(want))).scalar() or 0
    return hit * 3 > (conn.execute(select(func.sum(t.n))).scalar() or 0)


@cached
def outlet_coverage(store: Store, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Per outlet, among the events matching ``f``: how many events and merged events it reported,
    its first and last day, on how many merged events it published first, and the source chains it
    repeats most (who it cites, through whom). Unfiltered, or under type, side, polarity and outlet
    choices, read from kept counts (:func:`_coverage_kept`, :func:`_coverage_cells`); else from the
    matching reports."""
    with store.engine.connect() as conn:
        rf = _resolved(store, conn, f)
        conds = shown_conds(conn, rf)
        if not conds:  # every event shown: the kept per-outlet rows answer (store/firsts.py)
            return _coverage_kept(conn)
        kept = _coverage_cells(conn, rf, conds) if _by_cells(rf, conds) else None
        if kept is not None:
            return kept
        rows, merged, firsts, chains = _reports_and_chains(conn, conds)
    return _coverage(rows, merged, firsts, chains)


def _by_cells(rf: EventFilter, conds: list[Any]) -> bool:
    """Whether the per-cell counts answer the coverage under ``rf``: it sets only type, side,
    polarity and outlet, and hides no event (its conditions are those of the filter alone)."""
    return (rf.review in (None, "all") and not any(v for k, v in vars(rf).items() if k not in _CELL_FILTER)
            and len(conds) == len(_event_conds(replace(rf, review="all"))))


_CELL_FILTER = {"type", "side", "polarity", "outlet", "review"}
MIXED_LIMIT = 5_000  # merged events over several cells counted again from their rows, at most


def _coverage_cells(conn: Connection, rf: EventFilter, conds: list[Any]) -> list[dict[str, Any]] | None:
    """The coverage under a type, side, polarity or outlet filter (:func:`_by_cells`) on the kept
    counts: events and tolls per outlet from ``event_values``; first and last day per outlet at the
    ends of its index range (:func:`_cell_days`); merged events and first reports summed over the
    chosen cells of ``outlet_cells`` (under an outlet filter the outlet reports first on each merged
    event it has a dated report on: the matching reports are its own), those over several cells
    counted again (:func:`_mixed`); chains summed over the cells of ``outlet_chain_cells``. None when
    too many merged events lie over several cells (the caller reads the rows)."""
    v, t, ch = S.event_values.c, S.outlet_cells.c, S.outlet_chain_cells.c
    only = [v.value == rf.outlet] if rf.outlet else []
    counts = [(o, int(n), int(dead)) for o, n, dead in conn.execute(
        select(v.value, func.sum(v.n), func.sum(v.dead)).where(v.facet == "outlet", *only, *rollup.conds(rf, S.event_values))
        .group_by(v.value)) if n > 0]
    fixed = _mixed(conn, rf, conds)
    if fixed is None:
        return None
    merged, firsts = fixed
    first_col = t.dated if rf.outlet else t.firsts
    for o, m, k in conn.execute(select(t.outlet, func.sum(t.merged), func.sum(first_col))
                                .where(*([t.outlet == rf.outlet] if rf.outlet else []), *rollup.conds(rf, S.outlet_cells))
                                .group_by(t.outlet)):
        merged[o] = merged.get(o, 0) + int(m)
        firsts[o] = firsts.get(o, 0) + int(k)
    days = _cell_days(conn, rf, [o for o, _, _ in counts])
    rows = [_Outlet(o, n, *days[o], dead) for o, n, dead in counts]
    n = func.sum(ch.n).label("n")
    chains = conn.execute(select(ch.outlet, ch.chain, n)
                          .where(*([ch.outlet == rf.outlet] if rf.outlet else []), *rollup.conds(rf, S.outlet_chain_cells))
                          .group_by(ch.outlet, ch.chain).having(n > 0).order_by(ch.outlet, n.desc(), ch.chain)).all()
    return _coverage(rows, {o: m for o, m in merged.items() if m}, {o: k for o, k in firsts.items() if k},
                     _chain_lists(chains))


def _mixed(conn: Connection, rf: EventFilter, conds: list[Any]) -> tuple[dict[str, int], dict[str, int]] | None:
    """Per outlet, what the merged events whose reports lie in several cells change in the per-cell
    sums under ``rf``: their rows in the chosen cells taken out, and their matching reports counted
    as :func:`_reports` counts them (a merged event once per outlet, the first among the matching
    reports). None when more than :data:`MIXED_LIMIT` of them are stored."""
    x, t = S.merged_mixed.c, S.merged_outlet_cells.c
    mids = conn.execute(select(x.merged_event).limit(MIXED_LIMIT + 1)).scalars().all()
    if len(mids) > MIXED_LIMIT:
        return None
    merged: dict[str, int] = defaultdict(int)
    firsts: dict[str, int] = defaultdict(int)
    first_col = t.dated if rf.outlet else t.first
    for part in _chunks(mids):
        for o, k in conn.execute(select(t.outlet, first_col).where(
                t.merged_event.in_(part), *([t.outlet == rf.outlet] if rf.outlet else []),
                *rollup.conds(rf, S.merged_outlet_cells))):
            merged[o] -= 1
            firsts[o] -= int(bool(k))
        for r in _pairs(_first_reports(conn, [S.events.c.merged_event.in_(part), *conds])):
            merged[r["outlet"]] += 1
            firsts[r["outlet"]] += int(r["first"])
    return dict(merged), dict(firsts)


def _cell_days(conn: Connection, rf: EventFilter, outlets: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each outlet's first and last dated day among the events of the chosen cells: one statement,
    per outlet the first row each way of its range of the (outlet, date) index that is in a chosen
    cell (the index carries type, side and polarity)."""
    if not outlets:
        return {}
    e = S.events.c
    cell = rollup.conds(rf, S.events)
    probes = [select(e.date).where(e.outlet == o, e.date.is_not(None), *cell).order_by(way(e.date)).limit(1)
              .scalar_subquery() for o in outlets for way in (lambda c: c.asc(), lambda c: c.desc())]
    row = conn.execute(select(*probes)).one()
    return {o: (row[2 * i], row[2 * i + 1]) for i, o in enumerate(outlets)}


def _reports(conn: Connection, conds: list[Any]) -> tuple[list[Any], dict[str, int], dict[str, int]]:
    """The matching reports read once, each with its article's publication, and counted here: per
    outlet its events, days, toll and merged events, and the merged events it published first (its
    earliest article on one is the earliest of all; ties count for each). Was a grouping, then a
    window over the same rows joined to their articles: each matching row read twice (random reads
    when the filter's index does not hold the merged event). The publication is the events row's own
    (its article's, migration 0022), which the place, type, side and actor indexes carry: joined to
    the articles, PostgreSQL hashed every article and SQLite probed one per report (a place's 7,000
    reports at 110,000 events: ~20 ms of the ~25)."""
    e = S.events.c
    q = select(e.outlet, e.merged_event, e.date, e.fatalities, e.published).where(e.outlet.is_not(None), *conds)
    return count_reports(conn.execute(q).cursor.fetchall())


class _Chain(NamedTuple):
    outlet: str
    chain: str
    n: int


def _reports_and_chains(conn: Connection, conds: list[Any]) -> tuple[list[Any], dict[str, int], dict[str, int],
                                                                     dict[str, list[dict[str, Any]]]]:
    """:func:`_reports`, and the chains of :func:`_chains`, from one read of the matching rows: each
    report's cited chain counted here per outlet (most cited first, then by chain). The chains were a
    second read of the same rows grouped by the database: under days or a bbox (no index carries
    them) every matching table row was read twice."""
    e = S.events.c
    q = select(e.outlet, e.merged_event, e.date, e.fatalities, e.published, e.cited).where(e.outlet.is_not(None), *conds)
    reports = conn.execute(q).cursor.fetchall()
    cited = Counter((r[0], r[5]) for r in reports if r[5] is not None)
    ordered = sorted((_Chain(o, c, n) for (o, c), n in cited.items()), key=lambda r: (r.outlet, -r.n, r.chain))
    return (*count_reports(reports), _chain_lists(ordered))


def count_reports(reports: list[tuple]) -> tuple[list[Any], dict[str, int], dict[str, int]]:
    """(outlet, merged event, day, toll, publication[, ...]) rows counted as :func:`_reports` counts them."""
    per: dict[str, list[Any]] = {}
    carried: dict[str, set[str]] = defaultdict(set)
    best: dict[str, str] = {}
    earliest: dict[tuple[str, str], str] = {}
    for outlet, mid, day, dead, published, *_ in reports:
        acc = per.get(outlet)
        if acc is None:
            per[outlet] = acc = [0, None, None, 0]
        acc[0] += 1
        if day is not None:
            acc[1] = day if acc[1] is None or day < acc[1] else acc[1]
            acc[2] = day if acc[2] is None or day > acc[2] else acc[2]
        acc[3] += dead or 0
        if mid is not None:
            carried[outlet].add(mid)
            if published is not None:
                if mid not in best or published < best[mid]:
                    best[mid] = published
                key = (mid, outlet)
                if key not in earliest or published < earliest[key]:
                    earliest[key] = published
    firsts: dict[str, int] = defaultdict(int)
    for (mid, outlet), published in earliest.items():
        if published == best[mid]:
            firsts[outlet] += 1
    rows = [_Outlet(o, n, lo, hi, dead) for o, (n, lo, hi, dead) in per.items()]
    return rows, {o: len(m) for o, m in carried.items()}, dict(firsts)


@dataclass
class _Outlet:
    """One outlet's counts, as the grouping's row gave them."""

    outlet: str
    n: int
    first: str | None
    last: str | None
    dead: int


def _coverage(rows: list[Any], merged: dict[str, int], firsts: dict[str, int],
              chains: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    out = [{"outlet": r.outlet, "events": r.n, "merged": merged.get(r.outlet, 0), "first": r.first,
            "last": r.last, "fatalities": int(r.dead), "first_reports": firsts.get(r.outlet, 0),
            "chains": chains.get(r.outlet, [])} for r in rows]
    return sorted(out, key=lambda d: (-d["events"], d["outlet"]))


def _coverage_kept(conn: Connection) -> list[dict[str, Any]]:
    """The unfiltered coverage on kept rows and indexes: events and tolls per outlet from
    ``event_values``, each outlet's first and last day at the two ends of its range of the outlet
    index (:func:`_outlet_days`; was a grouping of every event on that index, ~35 ms at 100,000
    events), merged events and first reports from the per-outlet sums of ``outlet_firsts``, the chains
    from the counts of ``outlet_chains`` (both kept on write, like ``event_values``)."""
    v, t = S.event_values.c, S.outlet_firsts.c
    counts = [(o, int(n), int(dead)) for o, n, dead in conn.execute(
        select(v.value, func.sum(v.n), func.sum(v.dead)).where(v.facet == "outlet").group_by(v.value)) if n > 0]
    days = _outlet_days(conn, [o for o, _, _ in counts])
    rows = [_Outlet(o, n, *days[o], dead) for o, n, dead in counts]
    merged: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for outlet, m, first in conn.execute(select(t.outlet, t.merged, t.firsts)):
        merged[outlet] = m
        if first:
            firsts[outlet] = first
    return _coverage(rows, merged, firsts, _chains(conn, [], join=False))


def _outlet_days(conn: Connection, outlets: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each outlet's first and last dated day among every event: one statement, two scalar
    subqueries per outlet, each one seek of the (outlet, date) index (text, as :func:`_labels`)."""
    if not outlets:
        return {}
    probe = "(SELECT {fn}(date) FROM events WHERE outlet = :o{i})"
    sql = "SELECT " + ", ".join(probe.format(fn=fn, i=i) for i in range(len(outlets)) for fn in ("min", "max"))
    row = conn.execute(text(sql), {f"o{i}": o for i, o in enumerate(outlets)}).one()
    return {o: (row[2 * i], row[2 * i + 1]) for i, o in enumerate(outlets)}


def _chains(conn: Connection, conds: list[Any], join: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Per outlet the source chains it repeats most; ``join``: of the matching events, each read on
    its events row (``cited``: its source row's chain when counted, migration 0022), which the place,
    type, side and actor indexes carry; the sources were probed per matching event (a LATERAL
    subquery on PostgreSQL: a place's 7,000 reports at 110,000 events, ~30 ms under load); without:
    every source row, as counted in ``outlet_chains``."""
    if join:
        e = S.events.c
        n = func.count().label("n")
        rows = conn.execute(select(e.outlet, e.cited.label("chain"), n)
                            .where(e.cited.is_not(None), e.outlet.is_not(None), *conds)
                            .group_by(e.outlet, e.cited).order_by(e.outlet, n.desc(), e.cited)).all()
    else:
        t = S.outlet_chains.c
        rows = conn.execute(select(t.outlet, t.chain, t.n).where(t.n > 0).order_by(t.outlet, t.n.desc(), t.chain)).all()
    return _chain_lists(rows)


def _chain_lists(rows: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """(outlet, chain, n) rows, each outlet's most cited first -> per outlet its first chains."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        hops = [h for h in json.loads(r.chain or "[]") if h]
        if hops and len(out[r.outlet]) < CHAINS_PER_OUTLET:
            out[r.outlet].append({"chain": hops, "n": int(r.n)})
    return dict(out)


WALK_MIN = 3_000  # matching events from which a blindspot page walks the merged events by date


@cached
def blindspots(store: Store, f: EventFilter | None = None, limit: int = 50, offset: int = 0
               ) -> dict[str, Any]:
    """One page of the merged events with a report matching ``f`` (newest first), each with the
    outlets that carried it (reports per outlet) and those of the filter's outlets that did not.
    The page is chosen by :func:`_blindspot_ids`; the total counts the distinct merged events of the
    matching reports on the filter's index (was: every merged event probed for a matching report,
    ~60 ms unfiltered at 110,000 events on SQLite)."""
    limit, offset = _check_page(limit, offset)
    e, m = S.events.c, S.merged_events.c
    with store.engine.connect() as conn:
        rf = _resolved(store, conn, f)
        conds = shown_conds(conn, rf)
        universe = [v["value"] for v in _grouped(conn, e.outlet, hidden_split(conn, rf))]
        total = conn.execute(select(func.count(e.merged_event.distinct()))
                             .where(e.merged_event.is_not(None), *conds)).scalar_one()
        ids = _blindspot_ids(conn, rf, conds, limit, offset) if total > offset else []
        found = {r.id: r for r in conn.execute(
            select(m.id, m.type, m.status, m.date, m.place_name, m.place_id).where(m.id.in_(ids)))} if ids else {}
        rows = [found[i] for i in ids]
        carried: dict[str, dict[str, int]] = defaultdict(dict)
        if rows:
            for mid, outlet, n in conn.execute(
                    select(e.merged_event, e.outlet, func.count()).where(
                        e.merged_event.in_(ids), e.outlet.is_not(None))
                    .group_by(e.merged_event, e.outlet)).all():
                carried[mid][outlet] = n
    items = [{"id": r.id, "type": r.type, "status": r.status, "date": r.date, "place": r.place_name,
              "place_id": r.place_id, "carried": carried.get(r.id, {}),
              "missing": [o for o in universe if o not in carried.get(r.id, {})]} for r in rows]
    return {"outlets": list(universe), "items": items, "total": total, "limit": limit, "offset": offset}


def _blindspot_ids(conn: Connection, rf: EventFilter, conds: list[Any], limit: int, offset: int) -> list[str]:
    """The ids of one blindspot page, newest merged event first (ties by id). When the merged
    events are walked (:func:`_walks`) they are walked newest first, each probed for a matching
    report on its reports' index (:func:`_probe`), and the walk stops after the page: about
    (offset + limit) x (events / matching) probes (SQLite read the filter's whole range and sorted
    it: ~45 ms under a type, ~105 ms unfiltered at 110,000 events). Else, under days, the matching
    reports are read with their merged event and its day (``merged_date``, migration 0023; under days on the
    (date, merged_date, merged_event) index) and grouped by merged event, ordered by that day:
    ``merged_events`` is not read: PostgreSQL planned the ``IN`` of the matching reports' merged
    events it replaced as the walk whatever the window (96,590 merged events probed for 30 days of
    2023 at 110,000 events: 150 ms; grouped: 3 ms). Without days, that ``IN`` (a few reports, or a
    bbox: the reports the bbox index finds carry no merged day on it)."""
    m, e = S.merged_events.c, S.events.c
    if _walks(conn, rf):
        q = select(m.id).where(_probe(conn, conds)).order_by(m.date.desc(), m.id)
    elif rf.date_from or rf.date_to:
        q = (select(e.merged_event).where(e.merged_event.is_not(None), *conds)
             .group_by(e.merged_date, e.merged_event).order_by(e.merged_date.desc(), e.merged_event))
    else:  # few matching reports, or a bbox without days: their merged events looked up (as before)
        q = (select(m.id).where(m.id.in_(select(e.merged_event).where(e.merged_event.is_not(None), *conds)))
             .order_by(m.date.desc(), m.id))
    return list(conn.execute(q.limit(limit).offset(offset)).scalars())


def _walks(conn: Connection, rf: EventFilter) -> bool:
    """Whether the page walks the merged events newest first: many events match (``WALK_MIN`` or
    more, from the kept counts), no bbox, and no window of days, or one reaching the newest merged
    event's day (the walk starts inside it). A window further back would be reached only after
    every newer merged event was probed; the matching reports are read instead (type and days from
    a day to the store's end at 110,000 events on PostgreSQL: walk 0.3 ms, read 35 ms)."""
    if rf.bbox or count_events(conn, rf) < WALK_MIN:
        return False
    if not rf.date_to:
        return True
    newest = conn.execute(select(func.max(S.merged_events.c.date))).scalar()
    return newest is None or rf.date_to >= newest


def _probe(conn: Connection, conds: list[Any]) -> Any:
    """Whether the walked merged event has a report matching ``conds``: on SQLite the filter's
    columns are read as ``col || ''`` (no index), so the probe looks the merged event up on its
    reports' index; else SQLite, without statistics, probed the type's or outlet's whole index range
    for each merged event walked (4 s under a type at 110,000 events)."""
    e, m = S.events.c, S.merged_events.c
    if conn.dialect.name == "sqlite":
        conds = [replacement_traverse(c, {}, lambda x: x.concat("") if isinstance(x, Column) and x.table is S.events
                                      and x is not e.merged_event else None) for c in conds]
    return exists().where(e.merged_event == m.id, *conds)


@cached
def merged_page(store: Store, f: EventFilter | None, type: str | tuple[str, ...] | None, status: str | None,
                story: str | None, place: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """:meth:`Store.merged_events` (``f``: only those with a report matching it), kept like the other
    answers until the data changes: a page of merged events under an event filter reads every
    matching event."""
    return store.merged_events(type=type, status=status, story=story, place=place, limit=limit, offset=offset,
                               events=f)


@cached
def control_intervals(store: Store, f: EventFilter | None = None, places: int = CONTROL_PLACES,
                      limit: int = CONTROL_LIMIT, offset: int = 0) -> dict[str, Any]:
    """One page of the control timeline as intervals: per place, one bar per holder from the day it
    took hold to the next state's day (the last one open-ended); with a filter, only places of
    matching events. The ``places`` places' intervals are counted in order (place by place, each
    place's by day); a page holds the ``limit`` of them from ``offset`` under their places, in the
    same order, a place cut at a page's end continuing on the next (its name again); ``total``: all
    of them. The bars' ends are those of the whole timeline: the pages put end to end are the whole
    answer, and the first is its beginning (the whole answer was 1.27 MB at 100,000 events).

    Each place's interval count is its count of dated states, known from choosing the places, so
    only the places the page overlaps are read (the first page at 100,000 events: 2 of 16 places;
    reading all of them, then slicing, cost as much as the whole answer)."""
    if not 1 <= limit <= CONTROL_MAX_LIMIT or offset < 0:
        raise StoreError(f"limit must be between 1 and {CONTROL_MAX_LIMIT}, offset 0 or more")
    with store.engine.connect() as conn:
        spans, at = [], 0
        for key, n in _control_places(store, conn, f, places):
            lo, hi = max(offset - at, 0), min(offset + limit - at, n)
            if lo < hi:
                spans.append((key, lo, hi))
            at += n
        whole = _intervals(conn, [key for key, _, _ in spans])
    page = [{**place, "intervals": place["intervals"][lo:hi]}
            for place, (_, lo, hi) in zip(whole, spans, strict=True)]
    return {"places": page, "total": at, "limit": limit, "offset": offset}


def _intervals(conn: Connection, keys: list[str]) -> list[dict[str, Any]]:
    """Every interval of the places ``keys``, in that order."""
    c = S.control.c
    # on the covering index (migration 0011): 17,000 states at 100,000 events, fetched as the
    # driver's tuples (building a result Row for each cost more than the read)
    rows = conn.execute(select(c.place_key, c.key, c.holder, c.since, c.contested)
                        .where(c.place_key.in_(keys), c.since.is_not(None))).cursor.fetchall() if keys else []
    by: dict[str, list[tuple]] = defaultdict(list)
    for key, k, holder, since, contested in rows:
        by[key].append((since[:10], int(k.rsplit("#", 1)[1] or 0), holder, bool(contested), k))
    for states in by.values():
        states.sort(key=lambda r: r[:2])
    firsts = [states[0][4] for states in by.values()]
    names = {r.key: (r.place, r.place_en) for r in conn.execute(
        select(c.key, c.place, c.place_en).where(c.key.in_(firsts)))} if firsts else {}
    out = []
    for key in keys:
        states = by.get(key, [])
        ends = [r[0] for r in states[1:]] + [None]
        bars = [{"holder": r[2], "from": r[0], "contested": r[3], "to": to}
                for r, to in zip(states, ends, strict=True)]
        name, name_en = names[states[0][4]] if states else (key, None)
        out.append({"place": key, "name": name, "name_en": name_en, "intervals": bars})
    return out


def _control_places(store: Store, conn: Connection, f: EventFilter | None, places: int) -> list[tuple[str, int]]:
    """The ``places`` places with the most dated control states (ties by key), each with that count
    (its intervals); with a filter, only places where an event matching it lies: one probe of the
    events' place index per place with a timeline (was: every matching event's place read, then the
    states of those places grouped)."""
    c, e = S.control.c, S.events.c
    n = func.count().label("n")
    per = select(c.place_key.label("k"), n).where(c.since.is_not(None)).group_by(c.place_key).subquery()
    q = select(per.c.k, per.c.n)
    if f is not None and any(v for v in vars(f).values()):
        fc = _conds(store, conn, f)
        q = q.where(exists().where(e.place_id == per.c.k, *fc))
    return [(k, n) for k, n in conn.execute(q.order_by(per.c.n.desc(), per.c.k).limit(places))]
