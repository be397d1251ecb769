"""Benchmark the incremental Linker: time per article for N generated articles (near-linear growth).

    python bench/bench_link.py [--sizes 1000,2000,4000] [--batch 200]

Articles are generated deterministically: a pool of places on a grid, a few events each, dates over a
year, outlets citing a handful of agencies, and short Arabic texts built from a word pool. Prints the
time per article per size and the ratio to the smallest size (1.0 = perfectly linear). When the
evaluation data sits next to the repo (../shared/eval), it also links the gold events and prints the
pairwise cross-article link P/R/F1 against the annotators' clusters. The last column (time per
article of the final batch, when the linker already holds N articles) shows the incremental cost.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Source

TYPES = ("take_control", "attack", "advance", "withdraw", "casualties", "deploy")
SIDES = ("government", "opposition", "sdf", "unknown")
AGENCIES = (["SANA"], ["Reuters"], ["AFP", "SOHR"], ["local sources"], [])
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def vocabulary(n: int, rng: random.Random) -> list[str]:
    """Synthetic Arabic-letter words; drawn Zipf-like so a few are common, as in real news."""
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randrange(3, 8))) for _ in range(n)]


def draw(vocab: list[str], rng: random.Random, k: int) -> list[str]:
    return [vocab[min(int(rng.paretovariate(1.1)) - 1, len(vocab) - 1)] for _ in range(k)]


def make_places(n: int, rng: random.Random) -> list[Place]:
    return [Place(name=f"بلدة{i}", name_en=f"Town {i}", lat=32.5 + rng.random() * 4.5,
                  lon=35.8 + rng.random() * 6.0, kind="town", gazetteer_id=f"g{i}") for i in range(n)]


def make_articles(n: int, seed: int = 1) -> list[Article]:
    rng = random.Random(seed)
    places = make_places(max(50, n // 4), rng)
    vocab = vocabulary(5000, rng)
    day0 = date(2016, 1, 1)
    arts = []
    for i in range(n):
        day = day0 + timedelta(days=rng.randrange(365))
        text = " ".join(draw(vocab, rng, 150))
        art = Article(id=f"a{i}", outlet=f"outlet{rng.randrange(12)}", published=day.isoformat(),
                      title=" ".join(draw(vocab, rng, 8)), text=text, raw=text)
        for j in range(rng.randrange(1, 5)):
            chain = rng.choice(AGENCIES)
            art.events.append(Event(
                id=f"a{i}-{j}", article=art.id, type=rng.choice(TYPES), place=rng.choice(places),
                actor=Actor(side=rng.choice(SIDES)),
                source=Source(name=chain[0] if chain else "the article",
                              name_en=chain[0] if chain else "the article", chain=list(chain)),
                date=EventDate(value=(day - timedelta(days=rng.randrange(2))).isoformat()),
                evidence=Evidence(text[:40], 0, 40)))
        arts.append(art)
    return arts


def run(sizes: list[int], batch: int) -> None:
    base = None
    print(f"{'articles':>9} {'events':>7} {'merged':>7} {'stories':>7} {'seconds':>8} {'ms/article':>11} {'ratio':>6} {'last batch ms/art':>18}")
    for n in sizes:
        arts = make_articles(n)
        linker = Linker()
        t0 = time.perf_counter()
        last = 0.0
        for k in range(0, n, batch):
            t1 = time.perf_counter()
            linker.add(arts[k:k + batch])
            last = (time.perf_counter() - t1) / len(arts[k:k + batch]) * 1000
        an = linker.analysis()
        dt = time.perf_counter() - t0
        per = dt / n * 1000
        base = base or per
        print(f"{n:>9} {len(an.events):>7} {len(an.merged_events):>7} {len(an.stories):>7} {dt:>8.2f} "
              f"{per:>11.2f} {per / base:>6.2f} {last:>18.2f}")


def gold_links() -> None:
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
    for path in (shared / "gold_events.jsonl", shared / "dev" / "gold_events.jsonl"):
        if not path.exists():
            continue
        arts: dict[str, Article] = {}
        gold: dict[str, str] = {}
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            g = json.loads(line)
            art = arts.setdefault(g["article"], Article(id=g["article"], outlet=g["article"],
                                                        published=g.get("date")))
            eid = f"{g['article']}-{i}"
            gold[eid] = g["cluster"]
            art.events.append(Event(
                id=eid, article=g["article"], type=g["type"], polarity=g.get("polarity", "asserted"),
                place=Place(name=g["place"], name_en=g.get("place_en", ""), lat=g.get("lat"),
                            lon=g.get("lon"), aliases=g.get("aliases", [])),
                actor=Actor(side=g.get("actor_side", "unknown")),
                source=Source(name=g.get("source", ""), name_en=g.get("source", ""), chain=[g.get("source", "")]),
                date=EventDate(value=g.get("date", "")), quantity=g.get("quantity")))
        linker = Linker()
        linker.add(list(arts.values()))
        evs = linker.analysis().events
        gl, sl = set(), set()
        for a, b in itertools.combinations(evs, 2):
            if a.article != b.article:
                if gold[a.id] == gold[b.id]:
                    gl.add((a.id, b.id))
                if a.cluster == b.cluster:
                    sl.add((a.id, b.id))
        tp = len(gl & sl)
        p, r = (tp / len(sl) if sl else 0.0), (tp / len(gl) if gl else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"gold events {path.parent.name}/{path.name}: links P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"({len(evs)} events)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,2000,4000")
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args()
    run([int(x) for x in args.sizes.split(",")], args.batch)
    gold_links()


if __name__ == "__main__":
    main()
