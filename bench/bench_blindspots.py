"""The blindspot page (/coverage/merged-events) alone over a large store, per kind of filter: p50 and
p95 of a cold answer (cache emptied) and their ratio to one event by id in the same run.

    .venv/bin/python bench/bench_blindspots.py [--events 110000] [--runs 30] [--db FILE] [--pg URL [--keep]] [--no-sqlite]

``--db``: a SQLite file kept between runs (filled once, as bench_explore fills it).
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_explore import by_id_p95, enrich, p95, random_filter, store_arguments  # noqa: E402
from bench_store import fill, reset_pg  # noqa: E402

from tawatur.store import explore  # noqa: E402


def kinds(rng: random.Random) -> dict[str, list]:
    """One filter of each kind bench_explore sends (its random choice, labelled by what it sets)."""
    f = random_filter(rng)
    name = "+".join(sorted({k for k, _ in f})) or "none"
    return {name: f}


def bench(url: str, n: int, runs: int) -> None:
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app

    app = create_app(Settings(db=url))
    rng = random.Random(9)
    with TestClient(app) as client:
        client.get("/api/v1/coverage/merged-events", params={"limit": 20})
        b95 = by_id_p95(client, rng, n, runs)
        times: dict[str, list[float]] = {}
        for _ in range(runs * 6):
            for name, params in kinds(rng).items():
                explore._caches.clear()
                t0 = time.perf_counter()
                r = client.get("/api/v1/coverage/merged-events", params=[*params, ("limit", "20")])
                times.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, r.text[:200]
        every = [t for ts in times.values() for t in ts]
        for name, ts in [*sorted(times.items()), ("all filters", every)]:
            print(f"  {name:<16} n={len(ts):>3} p50 {statistics.median(ts):7.1f}  p95 {p95(ts):7.1f} ms"
                  f"  ({p95(ts) / b95:5.1f}x by id)", flush=True)
    app.state.store.close()


def main() -> None:
    ap = store_arguments(__doc__, runs=30)
    ap.add_argument("--db", help="a SQLite file kept between runs")
    ap.add_argument("--keep", action="store_true", help="PostgreSQL: bench the database as it is (filled before)")
    args = ap.parse_args()
    targets = []
    if not args.no_sqlite:
        path = Path(args.db or Path(tempfile.gettempdir()) / "tawatur-blindspots.db")
        url = str(path)
        if not path.exists():
            fill(url, args.events)
            enrich(url)
        targets.append(url)
    if args.pg:
        if not args.keep:
            reset_pg(args.pg)
            fill(args.pg, args.events)
            enrich(args.pg)
        targets.append(args.pg)
    for url in targets:
        print(url.split("@")[-1], flush=True)
        bench(url, args.events, args.runs)


if __name__ == "__main__":
    main()
