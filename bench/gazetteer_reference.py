"""Measure the gazetteer and the place reader against the shared evaluation material.

1. Gold event places: for every event of ``eval/gold_events.jsonl`` (seeds) and
   ``eval/dev/gold_events.jsonl``, is a place mention found inside the event's evidence span of its
   article and resolved within 10 km of the gold coordinates?
2. Gold place names: for every gold event of the shared sets (seeds, dev, train) and of every
   ``bench/articles*`` set except the held-out ones (``HELD_OUT``), is its Arabic ``place`` a name the
   gazetteer knows, and (where the gold gives coordinates) is one of its entries, and the top-ranked one,
   within 10 km? Counted per set over events and over distinct place names; ``--misses`` lists the names
   not found (with how many events name them).
3. Curated extent: every hand-curated Syrian place (not an area) lies inside its ``admin1``
   governorate, judged by the reference's sub-district centroids: the nearest centroid of its own
   governorate is within ``EXTENT_KM``, and no other governorate's centroid is much nearer
   (``--extent`` lists the rows that fail).
4. Reference coverage: the share of open-syria governorates, districts and sub-districts whose Arabic
   name the gazetteer resolves, and the distance from our coordinates to their centroids. A district's
   central sub-district, named "مركز X" there, counts as resolved when its town X is.

Run ``python bench/gazetteer_reference.py [--misses] [--names-only]`` from the repository; it needs ``../shared``.
The reference data is only read here to measure, never copied into the project: a curated row that
fails the extent check is corrected from the source its row cites, or dropped, never moved to a
reference centroid; no name or coordinate of the reference is written anywhere.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import AREA_KINDS, Gazetteer, distance_km
from tawatur.read.places import read_places

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402  (held-out sets: measured by their own bench only, never looked into here)

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


SHARED_SETS = {"seeds": "eval/gold_events.jsonl", "dev": "eval/dev/gold_events.jsonl",
               "train": "eval/train/gold_events.jsonl"}


def _name_sets() -> dict[str, Path]:
    """Every gold file the name measure reads, by set name (held-out sets left out)."""
    sets = {k: SHARED / v for k, v in SHARED_SETS.items() if (SHARED / v).is_file()}
    bench = Path(__file__).resolve().parent
    for p in sorted(bench.glob("articles*/gold_events.jsonl")):
        if p.parent.name not in HELD_OUT:
            sets[p.parent.name] = p
    return sets


def _name_hit(gaz: Gazetteer, g: dict) -> tuple[bool, bool | None, bool | None]:
    """(found, some entry within 10 km, top entry within 10 km) for one gold event's Arabic place."""
    found, _cue = gaz.candidates(g.get("place") or "")
    if not found or g.get("lat") is None:
        return bool(found), None, None
    near = [distance_km(g["lat"], g["lon"], e.lat, e.lon) <= TOLERANCE_KM
            for e in found if e.lat is not None]
    top = gaz.resolve(g["place"])
    top_near = top is not None and top.lat is not None and \
        distance_km(g["lat"], g["lon"], top.lat, top.lon) <= TOLERANCE_KM
    return True, any(near), top_near


def gold_names(show_misses: bool) -> None:
    """Per set: gold events (and distinct names) whose Arabic place the gazetteer finds."""
    gaz = Gazetteer.default()
    total_miss: dict[str, int] = {}
    for name, path in _name_sets().items():
        gold = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        gold = [g for g in gold if g.get("place")]
        hits = [(g, *_name_hit(gaz, g)) for g in gold]
        found = sum(1 for _g, f, _n, _t in hits if f)
        coords = [h for h in hits if h[0].get("lat") is not None]
        names = {g["place"] for g in gold}
        missed = {g["place"] for g, f, _n, _t in hits if not f}
        line = (f"{name:20} events {len(gold):4} found {found / max(len(gold), 1):6.1%}  "
                f"names {len(names):4} found {1 - len(missed) / max(len(names), 1):6.1%}")
        if coords:
            near = sum(1 for h in coords if h[2])
            top = sum(1 for h in coords if h[3])
            line += f"  within 10 km: any {near / len(coords):6.1%} top {top / len(coords):6.1%}"
        print(line)
        for g, f, _n, _t in hits:
            if not f:
                total_miss[g["place"]] = total_miss.get(g["place"], 0) + 1
    print(f"distinct names not found: {len(total_miss)} ({sum(total_miss.values())} events)")
    if show_misses:
        for place, k in sorted(total_miss.items(), key=lambda x: (-x[1], x[0])):
            print(f"  NOT FOUND {k:3} {place}")


EXTENT_KM = 45.0   # sub-districts are 10-40 km across; a desert one's centroid sits farther
EXTENT_SLACK_KM = 12.0  # another governorate's centroid this much nearer marks the wrong admin1
# Damascus city and its countryside share a border through the suburbs: either counts as home
_SAME = {"Damascus": {"Damascus", "Rif Dimashq"}, "Rif Dimashq": {"Damascus", "Rif Dimashq"}}


def _centroids() -> list[tuple[float, float, str]]:
    """(lat, lon, governorate) of every reference sub-district with a centroid."""
    ref = SHARED / "reference" / "open-syria"
    govs = {g["id"]: g["name"]["en"] for g in json.loads((ref / "governorates.json").read_text(encoding="utf-8"))}
    rows = json.loads((ref / "subdistricts.json").read_text(encoding="utf-8"))
    return [(r["centroid"]["latitude"], r["centroid"]["longitude"], govs[r["governorateId"]])
            for r in rows if r.get("centroid") and r.get("governorateId") in govs]


def extent_failures(gaz: Gazetteer, cents: list[tuple[float, float, str]]) -> list[str]:
    """Curated Syrian rows that lie outside their governorate by the sanity distances above."""
    out = []
    for e in gaz.entries.values():
        if e.layer != "curated" or e.country != "SY" or e.kind in AREA_KINDS or e.lat is None or not e.admin1:
            continue
        home = _SAME.get(e.admin1, {e.admin1})
        dists = sorted((distance_km(e.lat, e.lon, la, lo), g) for la, lo, g in cents)
        own = next((d for d, g in dists if g in home), None)
        if own is None:
            continue
        if own > EXTENT_KM or own - dists[0][0] > EXTENT_SLACK_KM:
            out.append(f"{e.id} {e.name} ({e.admin1}) {e.lat},{e.lon}: own governorate {own:.0f} km, "
                       f"nearest {dists[0][1]} {dists[0][0]:.0f} km")
    return out


def curated_extent(show: bool) -> None:
    gaz = Gazetteer.default()
    fails = extent_failures(gaz, _centroids())
    n = sum(1 for e in gaz.entries.values() if e.layer == "curated" and e.country == "SY"
            and e.kind not in AREA_KINDS and e.lat is not None and e.admin1)
    print(f"curated places inside their governorate: {n - len(fails)}/{n}")
    if show:
        for f in fails:
            print("  OUTSIDE", f)


def _centre_town(name: str) -> str:
    """The town of a district's central sub-district: the reference names it "(ناحية) مركز X" (the centre
    of X), a name no news text uses; the town X is what the gazetteer must resolve. "" for other names."""
    words = name.split()
    if words[:1] == ["ناحية"]:
        words = words[1:]
    return " ".join(words[1:]) if len(words) > 1 and words[0] == "مركز" else ""


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
            names += [_centre_town(n) for n in names if _centre_town(n)]
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
    ap.add_argument("--extent", action="store_true", help="list curated rows outside their governorate")
    ap.add_argument("--names-only", action="store_true", help="only the gold place-name measure")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"no shared material at {SHARED.name}/ next to the repository; nothing to measure")
        return 0
    if not args.names_only:
        gold_places(args.misses)
    gold_names(args.misses)
    if not args.names_only:
        curated_extent(args.extent)
        reference_coverage()
    return 0


if __name__ == "__main__":
    sys.exit(main())
