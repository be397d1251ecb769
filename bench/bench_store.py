"""Store benchmark: event filters over a large store, and incremental ingest into it.

    .venv/bin/python bench/bench_store.py [--events 110000] [--articles 300] [--pg postgresql://…]

Every figure is printed with a ratio to a baseline measured in the same run:

* each API event filter (type, side, two sides, the status every event has, the unreviewed, outlet,
  place by name and by gazetteer id, a city's bbox, a governorate's bbox, a date range,
  type+outlet+dates), p50 and p95 over 200 queries of one page of
  50 with its total, against the p95 of fetching one event by id;
* incremental ingest (articles/s, batches of 50, date order) into the store holding ``--events``
  events, against the same ingest into an empty store (after a warm-up batch into a scratch store,
  so that the baseline does not pay the cold start).

The large store is bulk-filled (events, their merged events, story keys, each place's control timeline
as ingest would have stored it); the ingested articles are
already analysed (one event each), so the figures measure the store and the incremental linking, not
the readers. SQLite always, PostgreSQL with --pg or TAWATUR_TEST_PG (its database is emptied!).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from tawatur import model as M
from tawatur.link.control import CONTROL_TYPES
from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Sentence, Source
from tawatur.store import EventFilter, open_store
from tawatur.store import schema as S

PLACES = [("حمص", 34.73, 36.71), ("حماة", 35.13, 36.75), ("درعا", 32.62, 36.10), ("حلب", 36.20, 37.16),
          ("إدلب", 35.93, 36.63), ("دير الزور", 35.33, 40.14), ("الرقة", 35.95, 39.01), ("دمشق", 33.51, 36.29),
          ("الرستن", 34.93, 36.73), ("تلبيسة", 34.84, 36.73), ("سراقب", 35.86, 36.80), ("منبج", 36.53, 37.95),
          ("الباب", 36.37, 37.52), ("دوما", 33.57, 36.40), ("نوى", 32.89, 36.04), ("تدمر", 34.56, 38.28)]
TYPES = ["take_control", "attack", "withdraw", "advance", "displacement", "protest"]
SIDES = ["government", "opposition", "sdf", "isis", "russia", "turkey"]
OUTLETS = [f"outlet{i}" for i in range(12)]
DAY0 = date(2023, 1, 1)
DAYS = 730  # the filled store covers two years
SENTENCES = ("أفادت مصادر بأن اشتباكات عنيفة وقعت قرب {p} صباح اليوم",
             "قالت {o} إن قصفا استهدف أطراف {p} وأوقع إصابات",
             "تحدث ناشطون عن تعزيزات وصلت إلى محيط {p} خلال الليل",
             "نزحت عائلات من أحياء {p} بعد تجدد المعارك")


def make(i: int, rng: random.Random, day: date) -> Article:
    """One analysed article (one event) at a random place on ``day``."""
    name, lat, lon = rng.choice(PLACES)
    outlet = rng.choice(OUTLETS)
    sent = "، ".join(t.format(p=name, o=outlet) for t in rng.sample(SENTENCES, 3)) + f" ({i})."
    art = Article(id=f"bench-{i}", raw=sent, text=sent, outlet=outlet, published=day.isoformat(),
                  sentences=[Sentence(0, 0, len(sent), sent)])
    art.events = [Event(id=f"bench-{i}-e1", article=art.id, type=rng.choice(TYPES),
                        place=Place(name=name, lat=lat, lon=lon, gazetteer_id=f"P-{name}"),
                        actor=Actor(side=rng.choice(SIDES)), source=Source(), date=EventDate(day.isoformat()),
                        evidence=Evidence(sent, 0, len(sent)))]
    return art


def recent_articles(n: int, seed: int) -> list[Article]:
    """``n`` new articles over the last days after the filled period, in date order."""
    rng = random.Random(seed)
    return [make(i + seed * 1_000_000, rng, DAY0 + timedelta(days=DAYS + i * 7 // max(n, 1)))
            for i in range(n)]


def bench_ingest(url: str, arts: list[Article], batch: int = 50) -> float:
    with open_store(url) as st:
        t0 = time.perf_counter()
        for i in range(0, len(arts), batch):
            st.ingest_articles(arts[i:i + batch], run_pipeline=False)
        return len(arts) / (time.perf_counter() - t0)


def warm_up(tmp: Path) -> None:
    """Ingest a throwaway batch into a scratch store first, so that neither measured ingest pays the
    cold start (imports, lexicons, the first compiled statements): a cold empty store ran 370 art/s
    against 445 warm, which made the ratio swing from run to run."""
    bench_ingest(str(tmp / "warm.db"), recent_articles(50, 3))


def fill(url: str, n: int) -> None:
    """Bulk-fill ``n`` events (with one merged event each, and story keys) over DAYS days."""
    rng = random.Random(2)
    with open_store(url) as st, st.engine.begin() as conn:
        ev_rows, me_rows, key_rows = [], [], []
        control_history: dict[str, list] = {}
        for i in range(n):
            name, lat, lon = rng.choice(PLACES)
            day = (DAY0 + timedelta(days=i * DAYS // n)).isoformat()
            typ, side = rng.choice(TYPES), rng.choice(SIDES)
            mid = f"me-q{i}"
            e = {"id": f"q-{i}", "article_id": f"qa-{i // 2}", "type": typ,
                 "polarity": "asserted", "side": side, "place_id": f"P-{name}",
                 "place_name": name, "lat": lat + rng.uniform(-0.02, 0.02), "lon": lon + rng.uniform(-0.02, 0.02),
                 "date": day, "outlet": rng.choice(OUTLETS), "merged_event": mid, "status": "single-source"}
            place = {"name": name, "lat": e["lat"], "lon": e["lon"], "gazetteer_id": f"P-{name}"}
            e["data"] = json.dumps({"id": e["id"], "article": e["article_id"], "type": typ,
                                    "place": place, "actor": {"side": side}, "date": {"value": day},
                                    "cluster": mid}, ensure_ascii=False)
            ev_rows.append(e)
            me_rows.append({"id": mid, "type": typ, "status": "single-source", "polarity": "asserted",
                            "side": side, "place_id": f"P-{name}", "place_name": name, "lat": e["lat"],
                            "lon": e["lon"], "date": day, "story": None, "n_outlets": 1,
                            "data": json.dumps({"id": mid, "type": typ, "place": place, "events": [e["id"]],
                                                "articles": [e["article_id"]], "date": {"value": day},
                                                "side": side}, ensure_ascii=False)})
            if i % 2 == 0:
                d = date.fromisoformat(day).toordinal()
                key_rows += [{"key": f"a:{rng.getrandbits(32)}", "day": d, "article_id": e["article_id"],
                              "story_id": f"st-q{i // 10}"} for _ in range(12)]
                key_rows.append({"key": f"p:gid:P-{name}", "day": d, "article_id": e["article_id"],
                                 "story_id": f"st-q{i // 10}"})
            if typ in CONTROL_TYPES:
                control_history.setdefault(f"P-{name}", []).append(M.merged_from_dict(json.loads(me_rows[-1]["data"])))
            if len(ev_rows) == 5000:
                _flush(conn, ev_rows, me_rows, key_rows)
        _flush(conn, ev_rows, me_rows, key_rows)
        fill_control(conn, control_history)
        if getattr(S, "event_days", None) is not None:  # the per-day counts (migration 0009), as ingest keeps them
            from tawatur.store import rollup
            rollup.rebuild(conn)
        if getattr(S, "merged_outlets", None) is not None:  # each merged event's outlets (migration 0011)
            from tawatur.store import firsts
            firsts.rebuild(conn)
    if st.dialect == "postgresql":
        # settled as the store's own bulk write is (Store.settle: VACUUM (ANALYZE), as autovacuum would
        # after a bulk load): with statistics alone the visibility map stayed empty until autovacuum came
        # by, minutes later, in the middle of the filters; until then the planner counted a bbox by a
        # parallel scan of the table (110,000 events, a governorate's bbox: p50 44 ms, p95 70)
        if hasattr(st, "settle"):
            st.settle()
        else:  # a store from before Store.settle
            with st.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE")


def fill_control(conn: Any, history: dict[str, list]) -> None:
    """Each place's control timeline, as ingesting the same events one by one would have stored it
    (a store built by ingest holds its timelines; without them every first touch replays a place's
    whole history)."""
    from tawatur.link.control import control_timeline
    from tawatur.store.rows import _control_row

    for gid, merged in sorted(history.items()):
        rows = [_control_row(st, k) for k, st in enumerate(control_timeline("gid:" + gid, merged), 1)]
        if rows:
            conn.execute(insert(S.control), rows)


def _flush(conn: Any, ev_rows: list, me_rows: list, key_rows: list) -> None:
    keys = getattr(S, "story_keys", None)  # absent before migration 0005 (to bench the old store)
    for table, rows in ((S.events, ev_rows), (S.merged_events, me_rows), (keys, key_rows)):
        if rows and table is not None:
            conn.execute(insert(table), rows)
        rows.clear()


def filters(rng: random.Random) -> dict[str, Callable[[], EventFilter]]:
    def place() -> tuple[str, float, float]:
        return rng.choice(PLACES)

    def bbox(half: float) -> EventFilter:
        _, lat, lon = place()
        return EventFilter(bbox=(lon - half, lat - half, lon + half, lat + half))

    def day() -> str:
        return (DAY0 + timedelta(days=rng.randrange(DAYS - 30))).isoformat()

    return {
        "type": lambda: EventFilter(type=rng.choice(TYPES)),
        "side": lambda: EventFilter(side=rng.choice(SIDES)),
        "two sides": lambda: EventFilter(side=tuple(rng.sample(SIDES, 2))),
        "status": lambda: EventFilter(status="single-source"),
        "review (unreviewed)": lambda: EventFilter(review="unreviewed"),
        "outlet": lambda: EventFilter(outlet=rng.choice(OUTLETS)),
        "place (name)": lambda: EventFilter(place=place()[0]),
        "place (gazetteer id)": lambda: EventFilter(place="P-" + place()[0]),
        "bbox city (0.05°)": lambda: bbox(0.05),
        "bbox region (0.5°)": lambda: bbox(0.5),
        "date range (30 days)": lambda: (lambda d: EventFilter(
            date_from=d, date_to=(date.fromisoformat(d) + timedelta(days=30)).isoformat()))(day()),
        "type+outlet+dates": lambda: EventFilter(type=rng.choice(TYPES), outlet=rng.choice(OUTLETS),
                                                 date_from=day(), date_to="2024-12-31"),
    }


def quantiles(times: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(times, n=100)
    return q[49], q[94]


def bench_queries(url: str, n_events: int, runs: int = 200) -> None:
    rng = random.Random(3)
    with open_store(url) as st:
        base = []
        for _ in range(runs):
            t0 = time.perf_counter()
            st.event(f"q-{rng.randrange(n_events)}")
            base.append((time.perf_counter() - t0) * 1000)
        _, base95 = quantiles(base)
        print(f"  baseline: one event by id p95 {base95:.2f} ms")
        print(f"  {'filter (page of 50 + total)':<30} {'p50 ms':>8} {'p95 ms':>8} {'p95 / by id':>12}")
        for name, make_f in filters(rng).items():
            times = []
            for _ in range(runs):
                f = make_f()
                t0 = time.perf_counter()
                st.events(f, limit=50)
                times.append((time.perf_counter() - t0) * 1000)
            p50, p95 = quantiles(times)
            print(f"  {name:<30} {p50:>8.1f} {p95:>8.1f} {p95 / base95:>11.1f}x", flush=True)


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    from tawatur.store.engine import normalise_url
    eng = create_engine(normalise_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="articles ingested incrementally")
    ap.add_argument("--events", type=int, default=110_000, help="events in the large store")
    ap.add_argument("--pg", default=os.environ.get("TAWATUR_TEST_PG"),
                    help="PostgreSQL URL (its database is emptied!)")
    ap.add_argument("--no-ingest", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tawatur-bench-"))
    targets = [("sqlite", str(tmp / "empty.db"), str(tmp / "large.db"))]
    if not args.no_ingest:
        warm_up(tmp)
    if args.pg:
        targets.append(("postgresql", args.pg, args.pg))
    for name, empty_url, large_url in targets:
        print(f"{name}:", flush=True)
        if not args.no_ingest:
            if name == "postgresql":
                reset_pg(args.pg)
            empty = bench_ingest(empty_url, recent_articles(args.articles, 1))
        if name == "postgresql":
            reset_pg(args.pg)
        t0 = time.perf_counter()
        fill(large_url, args.events)
        print(f"  filled {args.events:,} events in {time.perf_counter() - t0:.0f} s", flush=True)
        bench_queries(large_url, args.events)
        if not args.no_ingest:
            large = bench_ingest(large_url, recent_articles(args.articles, 2))
            print(f"  ingest, batches of 50: empty store {empty:.1f} art/s (baseline); store of "
                  f"{args.events:,} events {large:.1f} art/s ({large / empty:.2f}x)", flush=True)


if __name__ == "__main__":
    main()
