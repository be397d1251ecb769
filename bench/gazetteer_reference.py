"""Measure the gazetteer and the place reader against the shared evaluation material.

1. Gold event places: for every event of ``eval/gold_events.jsonl`` (seeds) and
   ``eval/dev/gold_events.jsonl``, is a place mention found inside the event's evidence span of its
   article and resolved within 10 km of the gold coordinates?
2. Reference coverage: the share of open-syria governorates, districts and sub-districts whose Arabic
   name the gazetteer resolves, and the distance from our coordinates to their centroids.

Run ``python bench/gazetteer_reference.py [--misses]`` from the repository; it needs ``../shared``.
The reference data is only read here to measure, never copied into the project.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import Gazetteer, distance_km
from tawatur.read.places import read_places

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TOLERANCE_KM = 10.0


def _articles() -> dict[str, str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (SHARED / "seeds").glob("*.txt")}
    dev = SHARED / "eval" / "dev" / "texts.jsonl"
    if dev.is_file():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    return texts


def _gold() -> list[dict]:
    out = []
    for rel in ("eval/gold_events.jsonl", "eval/dev/gold_events.jsonl"):
        path = SHARED / rel
        if path.is_file():
            out += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def gold_places(show_misses: bool) -> None:
    texts = _articles()
    read = {aid: read_places(segment(Article(id=aid, raw=t))) for aid, t in texts.items()}
    found = near = 0
    misses = []
    gold = _gold()
    for g in gold:
        art = read.get(g["article"])
        if art is None:
            continue
        a, b = g["evidence_start"], g["evidence_end"]
        ms = [m for m in art.mentions_of("place") if m.start < b and m.end > a]
        best = None
        for m in ms:
            if m.attrs.get("lat") is None:
                continue
            d = distance_km(g["lat"], g["lon"], m.attrs["lat"], m.attrs["lon"])
            if best is None or d < best[0]:
                best = (d, m)
        if ms:
            found += 1
        if best and best[0] <= TOLERANCE_KM:
            near += 1
        else:
            misses.append((g["place"], g["lat"], g["lon"],
                           [(m.text, m.attrs.get("name"), m.attrs.get("lat"), m.attrs.get("lon")) for m in ms]))
    n = len(gold)
    print(f"gold events: {n}; a place mention in the evidence: {found} ({found / n:.1%}); "
          f"resolved within {TOLERANCE_KM:.0f} km: {near} ({near / n:.1%})")
    if show_misses:
        for miss in misses:
            print("  MISS", miss)


def reference_coverage() -> None:
    gaz = Gazetteer.default()
    ref = SHARED / "reference" / "open-syria"
    for level in ("governorates", "districts", "subdistricts"):
        path = ref / f"{level}.json"
        if not path.is_file():
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        hit, dists = 0, []
        for r in rows:
            ar = r.get("name", {}).get("ar", "")
            names = [ar] + [a["value"] for a in r.get("aliases", []) if a.get("language") == "ar"]
            e = next((x for x in (gaz.resolve(n) for n in names if n) if x), None)
            if e is None:
                continue
            hit += 1
            c = r.get("centroid") or r.get("center") or {}
            lat = c.get("lat", c.get("latitude")) if isinstance(c, dict) else None
            lon = c.get("lon", c.get("lng", c.get("longitude"))) if isinstance(c, dict) else None
            if lat is not None and e.lat is not None:
                dists.append(distance_km(lat, lon, e.lat, e.lon))
        med = f"median distance {statistics.median(dists):.1f} km" if dists else "no centroids"
        print(f"{level}: {hit}/{len(rows)} resolved by Arabic name ({hit / max(len(rows), 1):.0%}); {med}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the gold places not matched")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"no shared material at {SHARED.name}/ next to the repository; nothing to measure")
        return 0
    gold_places(args.misses)
    reference_coverage()
    return 0


if __name__ == "__main__":
    sys.exit(main())
