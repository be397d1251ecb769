"""The workbench's aggregates over a large store, the code as it is against the plain recomputation
it replaced, side by side in one run, each as a ratio to the event filters (a page of 50 with its
total) under the same filters.

    .venv/bin/python bench/bench_aggregates.py [--events 100000] [--runs 5] [--reject 0.001] [--pg postgresql://…] [--no-sqlite]

The store is filled as bench_explore fills it (bench_store.fill, then actors, tolls, articles,
sources). For each kind of workbench filter (none, a type, two sides, an outlet, a place, an actor, 30
days, a type and days, the polarity every event has, a rare polarity) each aggregate is computed
uncached (the answer cache is bypassed) two ways:

* now: ``explore.daily``, ``facets``, ``outlet_coverage``, ``control_intervals`` (the first page);
* plain: the same answer grouped from the events rows under the filter's conditions, as the
  workbench did before the per-day counts (``event_days`` and its sums), the kept first reports
  (``merged_outlets``) and the paged control answer: the per-day series and facets grouped from the
  events, the coverage from every matching report joined to its article, the place labels one query
  per place, and every control interval.

Both answers are checked equal (the control page against the beginning of the whole answer), so
the bench also compares the two at scale. Printed per aggregate and filter: the median of each,
and over every filter the p95 of each against the p95 of the event filters (the baseline).
SQLite always; PostgreSQL with --pg or TAWATUR_TEST_PG (its database is emptied!).
"""
from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_explore import filled_stores, store_arguments  # noqa: E402

from tawatur.store import EventFilter, explore, open_store  # noqa: E402
from tawatur.store import schema as S  # noqa: E402
from tawatur.store.queries import hidden_split, resolve_review, shown_conds  # noqa: E402

FILTERS = {
    "none": EventFilter(),
    "type": EventFilter(type=("attack",)),
    "two sides": EventFilter(side=("sdf", "isis")),
    "outlet": EventFilter(outlet="outlet3"),
    "place": EventFilter(place="P-حمص"),
    "actor": EventFilter(actor="actor-3"),
    "30 days": EventFilter(date_from="2023-06-01", date_to="2023-07-01"),
    "type + days": EventFilter(type=("attack",), date_from="2024-03-01", date_to="2024-12-31"),
    "polarity (all)": EventFilter(polarity=("asserted",)),
    "polarity (rare)": EventFilter(polarity=("denied",)),
}


def _plain_split(store: Any, conn: Any, f: EventFilter) -> tuple[Any, list, list]:
    rf = resolve_review(conn, store.resolve_place(conn, f))  # every choice kept, even one excluding nothing
    return rf, hidden_split(conn, rf), shown_conds(conn, rf)


def plain_daily(store: Any, f: EventFilter) -> dict[str, Any]:
    """Days by type and by side from one grouping of the events rows, split."""
    c = S.events.c
    with store.engine.connect() as conn:
        _, split, _ = _plain_split(store, conn, f)
        groups = explore._net(conn, lambda conds: select(c.date, c.type, c.side, func.count(),
                                                         func.coalesce(func.sum(c.fatalities), 0))
                              .where(*conds).group_by(c.date, c.type, c.side), split)
    return explore._days(_fold(groups, 1), _fold(groups, 2))


def _fold(groups: dict[tuple, list[int]], at: int) -> dict[tuple, list[int]]:
    """(day, type, side) groups summed into (day, key ``at``) groups, in day then key order."""
    out: dict[tuple, list[int]] = {}
    for key, (n, dead) in groups.items():
        acc = out.setdefault((key[0], key[at]), [0, 0])
        acc[0] += n
        acc[1] += dead
    return {k: out[k] for k in sorted(out, key=lambda k: (k[0] or "", k[1]))}


def _plain_grouped(conn: Any, col: Any, split: tuple, label: Any = None) -> list[dict[str, Any]]:
    n = func.count().label("n")
    base, hidden = split
    if hidden:
        net = explore._net(conn, lambda conds: select(col, func.count(), 0).where(col.is_not(None), *conds)
                           .group_by(col).order_by(col), split)
        rows = sorted(((k[0], v[0]) for k, v in net.items()), key=lambda r: -r[1])[:explore.FACET_LIMIT]
    else:
        rows = [(r[0], r.n) for r in conn.execute(select(col, n).where(col.is_not(None), *base).group_by(col)
                                                   .order_by(n.desc(), col).limit(explore.FACET_LIMIT))]
    names = {v: conn.execute(select(label).where(col == v, label.is_not(None)).limit(1)).scalar()
             for v, _ in rows} if label is not None else {}
    return [{"value": v, "n": k, "label": names.get(v) or v} for v, k in rows]


def plain_facets(store: Any, f: EventFilter) -> dict[str, Any]:
    """Every facet grouped from the events rows, the ends of the days read there too."""
    c = S.events.c
    with store.engine.connect() as conn:
        _, split, rows = _plain_split(store, conn, f)
        first, last = explore._edge(conn, func.min, split, rows), explore._edge(conn, func.max, split, rows)
        total = sum(sign * conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one()
                    for sign, conds in [(1, split[0]), *((-1, h) for h in split[1])])
        return {"types": _plain_grouped(conn, c.type, split), "polarity": _plain_grouped(conn, c.polarity, split),
                "sides": _plain_grouped(conn, c.side, split), "outlets": _plain_grouped(conn, c.outlet, split),
                "actors": _plain_grouped(conn, c.actor, split),
                "places": _plain_grouped(conn, c.place_id, split, c.place_name),
                "first": first, "last": last, "total": total}


def plain_coverage(store: Any, f: EventFilter) -> list[dict[str, Any]]:
    """Every matching report read with its article's publication (joined to the articles, not the
    events row's copy) and counted, chains joined (the sources joined to the events as the database
    plans it, not read on the events rows)."""
    e, a = S.events.c, S.articles.c
    with store.engine.connect() as conn:
        _, _, conds = _plain_split(store, conn, f)
        reports = conn.execute(select(e.outlet, e.merged_event, e.date, e.fatalities, a.published)
                               .select_from(S.events.outerjoin(S.articles, a.id == e.article_id))
                               .where(e.outlet.is_not(None), *conds)).all()
        rows, merged, firsts = explore.count_reports([tuple(r) for r in reports])
        chains = explore._chain_lists(_plain_chains(conn, conds))
    return explore._coverage(rows, merged, firsts, chains)


def _plain_chains(conn: Any, conds: list[Any]) -> list[Any]:
    e, s = S.events.c, S.sources.c
    n = func.count().label("n")
    return conn.execute(select(s.outlet, s.chain, n).select_from(S.sources.join(S.events, e.id == s.event_id))
                        .where(s.outlet.is_not(None), s.kind != "outlet", *conds)
                        .group_by(s.outlet, s.chain).order_by(s.outlet, n.desc(), s.chain)).all()


def plain_control(store: Any, f: EventFilter) -> dict[str, Any]:
    """Every interval of the places (the answer before it was paged)."""
    return explore.control_intervals.__wrapped__(store, f, explore.CONTROL_PLACES, explore.CONTROL_MAX_LIMIT, 0)


def _page_of(whole: dict[str, Any], page: dict[str, Any]) -> bool:
    """Whether ``page`` (the first) is the beginning of ``whole``, interval for interval."""
    flat = [(p["place"], b) for p in whole["places"] for b in p["intervals"]]
    got = [(p["place"], b) for p in page["places"] for b in p["intervals"]]
    return got == flat[:len(got)] and page["total"] == len(flat)


AGGREGATES: dict[str, tuple[Callable, Callable, Callable[[Any, Any], bool]]] = {
    "daily": (explore.daily.__wrapped__, plain_daily, lambda a, b: a == b),
    "facets": (explore.facets.__wrapped__, plain_facets, lambda a, b: a == b),
    "coverage/outlets": (explore.outlet_coverage.__wrapped__, plain_coverage, lambda a, b: a == b),
    "control (first page)": (explore.control_intervals.__wrapped__, plain_control, lambda a, b: _page_of(b, a)),
}


def timed(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    explore._caches.clear()  # computed, not served from the answer cache (the control pages' whole too)
    t0 = time.perf_counter()
    out = fn(*args)
    return (time.perf_counter() - t0) * 1000, out


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=100)[94] if len(times) > 1 else times[0]


def bench(url: str, runs: int) -> None:
    with open_store(url) as st:
        base = [timed(st.events, f, 50)[0] for _ in range(runs) for f in FILTERS.values()]
        b95 = p95(base)
        print(f"  baseline: the event filters (page of 50 + total) under these filters, p95 {b95:.1f} ms")
        print(f"  {'aggregate':<22} {'filter':<16} {'now ms':>8} {'plain ms':>9} {'plain/now':>10}")
        for name, (now_fn, plain_fn, same) in AGGREGATES.items():
            now_all, plain_all = [], []
            for label, f in FILTERS.items():
                now_t, plain_t = [], []
                for _ in range(runs):  # alternate, so a burst of load hits both
                    t, now = timed(now_fn, st, f)
                    now_t.append(t)
                    t, plain = timed(plain_fn, st, f)
                    plain_t.append(t)
                assert same(now, plain), (name, label)
                now_all += now_t
                plain_all += plain_t
                a, b = statistics.median(now_t), statistics.median(plain_t)
                print(f"  {name:<22} {label:<16} {a:>8.1f} {b:>9.1f} {b / a:>9.1f}x", flush=True)
            n95, q95 = p95(now_all), p95(plain_all)
            print(f"  {name:<22} {'p95, all':<16} {n95:>8.1f} {q95:>9.1f} {q95 / n95:>9.1f}x   "
                  f"now {n95 / b95:.1f}x, plain {q95 / b95:.1f}x the event filters", flush=True)


def main() -> None:
    ap = store_arguments(__doc__, runs=5)
    ap.add_argument("--db", help="an existing SQLite store filled by this bench (skips the fill)")
    args = ap.parse_args()
    if args.db:
        print(f"sqlite ({args.db}):", flush=True)
        bench(args.db, args.runs)
        return
    for _, url in filled_stores(args, "agg.db"):
        bench(url, args.runs)

if __name__ == "__main__":
    main()
