"""The workbench's API over a large store: p95 of each answer the page asks for, as a ratio to
fetching one event by id in the same run, and the size of each answer (none grows with the store).

    .venv/bin/python bench/bench_explore.py [--events 100000] [--runs 40] [--reject 0.001] [--pg postgresql://…] [--no-sqlite]

The store is bulk-filled by bench_store.fill (events over two years, one merged event each), then
given actors, tolls, articles and sources (chains), so every aggregate has work. Each request goes
through the real app (FastAPI TestClient: routing, validation, JSON), with a random filter of the
kind the workbench sends: none, a type, two sides, an outlet, a place, an actor, a 30-day window;
each is timed cold (the aggregate cache emptied) and again at once (served from the cache, which holds
while the store is unchanged).
SQLite always; PostgreSQL with --pg or TAWATUR_TEST_PG (its database is emptied!).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import DAY0, DAYS, OUTLETS, PLACES, SIDES, TYPES, fill, reset_pg  # noqa: E402

from tawatur.store import explore, open_store  # noqa: E402

try:  # the per-day counts (migration 0009); absent when benching an older tree for a baseline
    from tawatur.store import rollup
except ImportError:  # pragma: no cover
    rollup = None
from tawatur.store import schema as S  # noqa: E402

ACTORS = [f"actor-{i}" for i in range(30)]
CHAINS = ['["وكالة ألف", "مصدر ميداني"]', '["وكالة باء"]', '["مرصد محلي", "ناشطون"]']


def enrich(url: str) -> None:
    """Actors, tolls, one article per two events and one source row per event (bulk, seeded), quoting
    one of 400 names (the sources view then has ~4,800 outlet and name pairs to group)."""
    rng = random.Random(5)
    with open_store(url) as st, st.engine.begin() as conn:
        rows = conn.execute(select(S.events.c.id, S.events.c.article_id, S.events.c.outlet,
                                   S.events.c.date)).all()
        ups = [{"k": r.id, "a": rng.choice(ACTORS), "f": rng.choice((0, 0, 0, 1, 2, 5))} for r in rows]
        for i in range(0, len(ups), 5000):
            conn.execute(update(S.events).where(S.events.c.id == bindparam("k"))
                         .values(actor=bindparam("a"), fatalities=bindparam("f")), ups[i:i + 5000])
        arts, srcs, seen = [], [], set()
        for r in rows:
            if r.article_id not in seen:
                seen.add(r.article_id)
                arts.append({"id": r.article_id, "content_hash": f"h-{r.article_id}", "outlet": r.outlet,
                             "published": r.date, "raw": "", "text": "", "folded": "", "removed": "[]",
                             "meta": "{}", "data": "{}", "ingested_at": ""})
            srcs.append({"event_id": r.id, "article_id": r.article_id, "outlet": r.outlet, "name": f"مصدر {rng.randrange(400)}",
                         "kind": "agency", "chain": rng.choice(CHAINS)})
        for table, batch in ((S.articles, arts), (S.sources, srcs)):
            for i in range(0, len(batch), 5000):
                conn.execute(insert(table), batch[i:i + 5000])
        if rollup is not None:  # the tolls changed: count the days again, as ingest would have kept them
            rollup.rebuild(conn)
        if getattr(S, "merged_outlets", None) is not None:  # the articles came: who reported first (0011)
            from tawatur.store import firsts
            firsts.rebuild(conn)
        if getattr(S, "outlet_chains", None) is not None:  # the sources came: the chains' counts (0015)
            from tawatur.store import chains
            chains.rebuild(conn)
        if "cited" in S.events.c:  # the articles and sources came: each report's copy of them (0022)
            from tawatur.store.writes import fill_reports
            fill_reports(conn)
        if getattr(S, "source_names", None) is not None:  # the sources came: who is quoted (0020)
            from tawatur.store import quoted
            quoted.rebuild(conn)
    with open_store(url) as st:  # the bulk load settled, as a store filled at once is (Store.settle)
        if hasattr(st, "settle"):
            st.settle()


def reject(url: str, share: float) -> None:
    """Reject a share of the events as an analyst would (the review log, folded), so every read
    hides them: the default view then has a condition on every filter."""
    if share <= 0:
        return
    rng = random.Random(11)
    with open_store(url) as st:
        ids = st.engine.connect().execute(select(S.events.c.id)).scalars().all()
        picked = sorted(rng.sample(list(ids), int(len(ids) * share)))
        t0 = time.perf_counter()
        for eid in picked:
            st.review_event(eid, "reject", "bench")
        print(f"  rejected {len(picked):,} events ({len(picked) / (time.perf_counter() - t0):.1f}/s)",
              flush=True)


def random_filter(rng: random.Random) -> list[tuple[str, str]]:
    day = DAY0 + timedelta(days=rng.randrange(DAYS - 30))
    return rng.choice([
        [],
        [("type", rng.choice(TYPES))],
        [("side", s) for s in rng.sample(SIDES, 2)],
        [("outlet", rng.choice(OUTLETS))],
        [("place", rng.choice(PLACES)[0])],
        [("actor", rng.choice(ACTORS))],
        [("from", day.isoformat()), ("to", (day + timedelta(days=30)).isoformat())],
        [("type", rng.choice(TYPES)), ("from", day.isoformat()), ("to", date(2024, 12, 31).isoformat())],
    ])


ENDPOINTS = {
    "events (page of 25)": ("/api/v1/events", [("limit", "25")]),
    "stats/daily": ("/api/v1/stats/daily", []),
    "facets": ("/api/v1/facets", []),
    "coverage/outlets": ("/api/v1/coverage/outlets", []),
    "coverage/merged-events (20)": ("/api/v1/coverage/merged-events", [("limit", "20")]),
    "control/intervals": ("/api/v1/control/intervals", []),
    "merged-events (page of 25)": ("/api/v1/merged-events", [("limit", "25")]),
    "sources (page of 50)": ("/api/v1/sources", []),
    "workbench page (HTML)": ("/workbench", []),
}


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=100)[94]


def by_id_p95(client: Any, rng: random.Random, n: int, runs: int) -> float:
    """The baseline of a run: p95 ms of fetching one event by id (printed)."""
    base = []
    for _ in range(runs):
        t0 = time.perf_counter()
        assert client.get(f"/api/v1/events/q-{rng.randrange(n)}").status_code == 200
        base.append((time.perf_counter() - t0) * 1000)
    b95 = p95(base)
    print(f"  baseline: one event by id p95 {b95:.2f} ms")
    return b95


def bench(url: str, n: int, runs: int) -> None:
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app

    app = create_app(Settings(db=url))
    rng = random.Random(9)
    with TestClient(app) as client:
        for path, extra in ENDPOINTS.values():  # warm up: first connections, caches, query plans
            client.get(path, params=extra)
        b95 = by_id_p95(client, rng, n, runs)
        print(f"  {'answer (random workbench filter)':<32} {'p50 ms':>7} {'p95 ms':>8} {'p95/by id':>10} "
              f"{'again p95':>10} {'/by id':>7} {'max KB':>7}")
        for name, (path, extra) in ENDPOINTS.items():
            cold, warm, size = [], [], 0
            for _ in range(runs):
                params = random_filter(rng) + extra
                explore._caches.clear()  # cold: the aggregate is computed
                for times in (cold, warm):  # warm: the same request again (cached while nothing changed)
                    t0 = time.perf_counter()
                    r = client.get(path, params=params)
                    times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (path, params, r.text[:200])
                size = max(size, len(r.content))
            print(f"  {name:<32} {statistics.median(cold):>7.1f} {p95(cold):>8.1f} {p95(cold) / b95:>9.1f}x "
                  f"{p95(warm):>10.1f} {p95(warm) / b95:>6.1f}x {size / 1024:>7.1f}", flush=True)
    app.state.store.close()


def store_arguments(doc: str, runs: int) -> argparse.ArgumentParser:
    """The arguments of a bench over a filled store: its size, runs, share rejected and which databases."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=runs)
    ap.add_argument("--reject", type=float, default=0.0, help="share of events rejected by review")
    ap.add_argument("--pg", default=os.environ.get("TAWATUR_TEST_PG"), help="PostgreSQL URL (emptied!)")
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    return ap


def filled_stores(args: argparse.Namespace, filename: str) -> Iterator[tuple[str, str]]:
    """(name, url) of each store the arguments ask for, filled as this bench fills it: a fresh SQLite
    file unless --no-sqlite, and the emptied PostgreSQL database of --pg."""
    targets = [] if args.no_sqlite else [("sqlite", str(Path(tempfile.mkdtemp(prefix="tawatur-bench-")) / filename))]
    if args.pg:
        targets.append(("postgresql", args.pg))
    for name, url in targets:
        print(f"{name}:", flush=True)
        if name == "postgresql":
            reset_pg(url)
        t0 = time.perf_counter()
        fill(url, args.events)
        enrich(url)
        reject(url, args.reject)
        print(f"  filled {args.events:,} events in {time.perf_counter() - t0:.0f} s", flush=True)
        yield name, url


def main() -> None:
    args = store_arguments(__doc__, runs=40).parse_args()
    for _, url in filled_stores(args, "wb.db"):
        bench(url, args.events, args.runs)


if __name__ == "__main__":
    main()
