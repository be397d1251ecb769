"""Store benchmark: ingest throughput (articles/s) into SQLite (and PostgreSQL with --pg or
TAWATUR_TEST_PG), and p50/p95 latency of an event query with three filters over 100,000 events.

    .venv/bin/python bench/bench_store.py [--articles 500] [--events 100000] [--pg postgresql://…]

Articles are generated (already "analysed": one event each) so the figure measures the store and the
incremental linking, not the readers. The 100k-event store is filled with bulk inserts.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Sentence, Source
from tawatur.store import EventFilter, open_store
from tawatur.store import schema as S

PLACES = [("حمص", 34.73, 36.71), ("حماة", 35.13, 36.75), ("درعا", 32.62, 36.10), ("حلب", 36.20, 37.16),
          ("إدلب", 35.93, 36.63), ("دير الزور", 35.33, 40.14), ("الرقة", 35.95, 39.01), ("دمشق", 33.51, 36.29)]
TYPES = ["take_control", "attack", "withdraw", "advance", "displacement", "protest"]
SIDES = ["government", "opposition", "sdf", "isis", "russia", "turkey"]
OUTLETS = [f"outlet{i}" for i in range(12)]


def make(i: int, rng: random.Random) -> Article:
    name, lat, lon = rng.choice(PLACES)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sent = f"أفادت مصادر بأن اشتباكات وقعت قرب {name} في اليوم رقم {i}."
    art = Article(id=f"bench-{i}", raw=sent, text=sent, outlet=rng.choice(OUTLETS), published=day,
                  sentences=[Sentence(0, 0, len(sent), sent)])
    art.events = [Event(id=f"bench-{i}-e1", article=art.id, type=rng.choice(TYPES),
                        place=Place(name=name, lat=lat, lon=lon, gazetteer_id=f"P-{name}"),
                        actor=Actor(side=rng.choice(SIDES)), source=Source(), date=EventDate(day),
                        evidence=Evidence(sent, 0, len(sent)))]
    return art


def bench_ingest(url: str, n: int, batch: int = 50) -> float:
    rng = random.Random(1)
    arts = [make(i, rng) for i in range(n)]
    with open_store(url) as st:
        t0 = time.perf_counter()
        for i in range(0, n, batch):
            st.ingest_articles(arts[i:i + batch])
        dt = time.perf_counter() - t0
    return n / dt


def fill_events(url: str, n: int) -> None:
    rng = random.Random(2)
    with open_store(url) as st, st.engine.begin() as conn:
        rows = []
        for i in range(n):
            name, lat, lon = rng.choice(PLACES)
            e = {"id": f"q-{i}", "article_id": f"qa-{i // 5}", "type": rng.choice(TYPES),
                 "polarity": "asserted", "side": rng.choice(SIDES), "place_id": f"P-{name}",
                 "place_name": name, "lat": lat, "lon": lon,
                 "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "outlet": rng.choice(OUTLETS), "merged_event": None, "status": "single-source"}
            e["data"] = json.dumps({**e, "article": e["article_id"], "place": {"name": name}}, ensure_ascii=False)
            rows.append(e)
            if len(rows) == 5000:
                conn.execute(insert(S.events), rows)
                rows = []
        if rows:
            conn.execute(insert(S.events), rows)
    if st.dialect == "postgresql":  # fresh statistics, as autovacuum would gather after a bulk load
        with st.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE events")


def bench_query(url: str, runs: int = 200) -> tuple[float, float]:
    rng = random.Random(3)
    times = []
    with open_store(url) as st:
        for _ in range(runs):
            f = EventFilter(type=rng.choice(TYPES), outlet=rng.choice(OUTLETS),
                            date_from=f"2024-{rng.randint(1, 6):02d}-01", date_to="2024-12-31")
            t0 = time.perf_counter()
            st.events(f, limit=50)
            times.append((time.perf_counter() - t0) * 1000)
    q = statistics.quantiles(times, n=100)
    return q[49], q[94]


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    from tawatur.store.repository import normalise_url
    eng = create_engine(normalise_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--pg", default=os.environ.get("TAWATUR_TEST_PG"),
                    help="PostgreSQL URL (its database is emptied!)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tawatur-bench-"))
    targets = [("sqlite", str(tmp / "ingest.db"), str(tmp / "query.db"))]
    if args.pg:
        targets.append(("postgresql", args.pg, args.pg))
    for name, ingest_url, query_url in targets:
        if name == "postgresql":
            reset_pg(args.pg)
        rate = bench_ingest(ingest_url, args.articles)
        if name == "postgresql":
            reset_pg(args.pg)
        fill_events(query_url, args.events)
        p50, p95 = bench_query(query_url)
        print(f"{name}: ingest {rate:.1f} articles/s ({args.articles} articles, batches of 50); "
              f"event query type+outlet+date range over {args.events:,} events: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
