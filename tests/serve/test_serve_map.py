"""The map's API: the base map, events in view as points or as server-side grid cells (never every row),
the workbench's filters, control by place on a day; on SQLite and PostgreSQL."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from sqlalchemy import insert

from tawatur.store import EventFilter, open_store
from tawatur.store import schema as S
from tawatur.store.geo import MAX_POINTS, cell_degrees, map_points

_spec = importlib.util.spec_from_file_location(
    "map_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

SYRIA = "35.5,32.0,42.5,37.5"


def test_basemap_is_served_with_labels(client):
    r = client.get("/api/v1/map/basemap")
    assert r.status_code == 200 and "max-age" in r.headers["cache-control"]
    d = r.json()
    assert {"countries", "rivers", "coastlines", "lakes", "cities", "governorates"} <= set(d["layers"])
    names = {f["properties"]["name"] for f in d["layers"]["countries"]["features"]}
    assert {"Syria", "Turkey", "Iraq", "Lebanon", "Jordan", "Israel", "Iran"} <= names
    assert d["labels"]["t:attack"]["ar"] and d["labels"]["map:legend"]["en"] == "Legend"


def test_points_in_view_with_filters(client):
    all_ = client.get("/api/v1/map/points", params={"bbox": SYRIA, "zoom": 7}).json()
    assert all_["mode"] == "points" and all_["total"] == len(all_["items"]) == 4
    item = all_["items"][0]
    assert {"id", "lat", "lon", "type", "polarity", "side", "place", "date", "outlets", "merged_event"} <= set(item)
    assert all(35.5 <= i["lon"] <= 42.5 and 32.0 <= i["lat"] <= 37.5 for i in all_["items"])
    denied = client.get("/api/v1/map/points", params={"bbox": SYRIA, "polarity": "denied"}).json()
    assert [i["polarity"] for i in denied["items"]] == ["denied"]
    two = client.get("/api/v1/map/points", params=[("bbox", SYRIA), ("type", "attack"),
                                                   ("type", "take_control")]).json()
    assert two["total"] == 4
    dated = client.get("/api/v1/map/points", params={"bbox": SYRIA, "from": "2024-12-07", "to": "2024-12-07"})
    assert {i["date"] for i in dated.json()["items"]} == {"2024-12-07"}
    # a box away from every event: nothing
    assert client.get("/api/v1/map/points", params={"bbox": "50,30,52,31"}).json()["total"] == 0


def test_points_refuse_bad_input(client):
    assert client.get("/api/v1/map/points", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/api/v1/map/points", params={"bbox": "1,1,1,1"}).status_code == 400
    assert client.get("/api/v1/map/points", params={"zoom": 40}).status_code == 422
    assert client.get("/api/v1/map/points", params={"type": "<b>"}).status_code == 422


def test_control_on_a_day(client):
    latest = client.get("/api/v1/map/control", params={"bbox": SYRIA}).json()
    places = {i["place"]: i for i in latest["items"]}
    assert places and all(i["lat"] and i["lon"] for i in latest["items"])
    before = client.get("/api/v1/map/control", params={"bbox": SYRIA, "to": "2024-12-01"}).json()
    assert before["items"] == []  # nothing was held by anyone known before the first report


@pytest.mark.parametrize("backend", factory.DB_PARAMS)
def test_many_events_become_grid_cells(backend, tmp_path):
    """Thousands of events in view: the server counts them into cells; no row list is returned."""
    url = factory.database(backend, tmp_path, "grid.db")
    rnd = random.Random(7)
    n = 6_000
    rows = [{"id": f"e{i}", "article_id": f"a{i % 50}", "type": rnd.choice(["attack", "advance"]),
             "polarity": "asserted", "side": "government", "place_id": f"p{i % 300}", "place_name": "x",
             "lat": 32.5 + rnd.random() * 4.5, "lon": 36.0 + rnd.random() * 5.5,
             "date": f"2024-12-{1 + i % 28:02d}", "outlet": "o", "merged_event": f"m{i}", "status": "single-source",
             "data": "{}"} for i in range(n)]
    with open_store(url) as st:
        with st.engine.begin() as conn:
            conn.execute(insert(S.events), rows)
        res = map_points(st, EventFilter(), (35.0, 32.0, 43.0, 38.0), 7)
        assert res["mode"] == "grid" and res["total"] == n and "items" not in res
        assert sum(c["n"] for c in res["cells"]) == n
        assert 1 < len(res["cells"]) < n / 10
        cell = cell_degrees(7)
        for c in res["cells"]:  # a cell's events lie within one cell's width
            assert c["max_lon"] - c["min_lon"] <= cell + 1e-9 and c["max_lat"] - c["min_lat"] <= cell + 1e-9
        finer = map_points(st, EventFilter(), (35.0, 32.0, 43.0, 38.0), 9)
        assert len(finer["cells"]) > len(res["cells"])
        attacks = map_points(st, EventFilter(type=("attack",)), (35.0, 32.0, 43.0, 38.0), 7)
        assert attacks["total"] == sum(1 for r in rows if r["type"] == "attack")
        small = map_points(st, EventFilter(), (36.0, 32.5, 36.3, 32.8), 12)
        assert small["mode"] == "points" and small["total"] <= MAX_POINTS
        assert len(small["items"]) == small["total"]
