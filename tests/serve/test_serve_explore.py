"""The workbench's filters and aggregates on the REST API (issue 15): the contract's filter names on
events, merged events and the exports; per-day stats, facets, coverage, blindspots, control intervals."""
from __future__ import annotations

import csv
import io
import json

HOMS = "حمص"


def _total(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()["total"]


def test_contract_filter_names_on_events(client):
    ev = "/api/v1/events"
    assert _total(client, ev, {}) == 4
    assert _total(client, ev, [("type", "attack"), ("type", "take_control")]) == 4
    assert _total(client, ev, {"type": "attack"}) == 1
    assert _total(client, ev, [("side", "government")]) == 2
    assert _total(client, ev, [("side", "government"), ("side", "opposition")]) == 4
    assert _total(client, ev, {"polarity": "denied"}) == 1
    assert _total(client, ev, {"from": "2024-12-06", "to": "2024-12-06"}) == 1
    assert _total(client, ev, {"from": "2024-12-06"}) == 3
    assert _total(client, ev, {"actor": "فصائل المعارضة"}) == 4
    assert _total(client, ev, {"actor": "nobody"}) == 0
    assert _total(client, ev, {"outlet": "سانا", "to": "2024-12-05"}) == 1
    assert _total(client, ev, {"place": HOMS, "side": "opposition"}) == 2
    # the older names still work and mean the same days
    assert _total(client, ev, {"date_from": "2024-12-06"}) == 3
    for bad in ({"from": "2024-02-31"}, {"to": "tomorrow"}, {"side": "nobody"}, {"type": ["attack", "x"]}):
        r = client.get(ev, params=bad)
        assert r.status_code == 422 and "Traceback" not in r.text, bad


def test_merged_events_and_exports_take_the_same_filters(client):
    assert _total(client, "/api/v1/merged-events", {}) == 3
    assert _total(client, "/api/v1/merged-events", {"outlet": "الجزيرة"}) == 1
    assert _total(client, "/api/v1/merged-events", {"side": "government", "from": "2024-12-06"}) == 1
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/events.csv",
                                                      params={"side": "government"}).text)))
    assert len(rows) == 2
    gj = client.get("/api/v1/export/events.geojson", params=[("type", "attack"), ("polarity", "asserted")]).json()
    assert len(gj["features"]) == 1
    assert client.get("/api/v1/export/events.csv", params={"from": "nope"}).status_code == 422


def test_daily_stats_aggregate_the_filtered_events(client):
    body = client.get("/api/v1/stats/daily").json()
    assert body["total"] == 4 and [d["date"] for d in body["days"]] == ["2024-12-05", "2024-12-06", "2024-12-07"]
    dec7 = body["days"][-1]
    assert dec7["n"] == 2 and dec7["types"] == {"take_control": 2} and dec7["sides"] == {"opposition": 2}
    assert body["days"][1]["types"] == {"attack": 1}
    body = client.get("/api/v1/stats/daily", params={"side": "government"}).json()
    assert body["total"] == 2 and {d["date"] for d in body["days"]} == {"2024-12-05", "2024-12-06"}
    assert all(d["fatalities"] == 0 for d in body["days"])


def test_facets_list_choices_with_counts(client):
    f = client.get("/api/v1/facets").json()
    assert f["first"] == "2024-12-05" and f["last"] == "2024-12-07" and f["total"] == 4
    assert {x["value"]: x["n"] for x in f["outlets"]} == {"سانا": 2, "الجزيرة": 1, "عنب بلدي": 1}
    assert {x["value"]: x["n"] for x in f["sides"]} == {"opposition": 2, "government": 2}
    assert [x["label"] for x in f["places"] if x["n"] == 2] == [HOMS]
    f = client.get("/api/v1/facets", params={"outlet": "سانا"}).json()
    assert f["total"] == 2 and {x["value"] for x in f["places"]} == {"SY04", "SY05"}


def test_coverage_per_outlet_and_blindspots(client):
    cov = {c["outlet"]: c for c in client.get("/api/v1/coverage/outlets").json()}
    assert cov["سانا"]["events"] == 2 and cov["سانا"]["merged"] == 2
    assert cov["سانا"]["first"] == "2024-12-05" and cov["سانا"]["last"] == "2024-12-07"
    # Homs: SANA and Al Jazeera published the same day, both count as first; Hama is SANA's alone
    assert cov["سانا"]["first_reports"] == 2 and cov["الجزيرة"]["first_reports"] == 1
    blind = client.get("/api/v1/coverage/merged-events").json()
    assert blind["total"] == 3 and set(blind["outlets"]) == {"سانا", "الجزيرة", "عنب بلدي"}
    homs = next(i for i in blind["items"] if i["place"] == HOMS)
    assert homs["carried"] == {"سانا": 1, "الجزيرة": 1} and homs["missing"] == ["عنب بلدي"]
    page = client.get("/api/v1/coverage/merged-events", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["total"] == 3
    one = client.get("/api/v1/coverage/merged-events", params={"outlet": "عنب بلدي"}).json()
    assert one["total"] == 1 and one["outlets"] == ["عنب بلدي"] and one["items"][0]["missing"] == []


def test_control_intervals(client):
    body = client.get("/api/v1/control/intervals").json()
    homs = next(p for p in body["places"] if p["place"] == "SY04")
    assert homs["intervals"] == [{"holder": "opposition", "from": "2024-12-07", "to": None, "contested": False}]
    # before 8 Dec 2024: after it the factions and the new government are one side (merged as allies)
    for aid, day, text in (("a8", "2024-11-30", "أعلنت فصائل المعارضة سيطرتها على مدينة حمص صباح اليوم."),
                           ("a9", "2024-12-02", "أعلن الجيش السوري سيطرته الكاملة على مدينة حمص صباح اليوم.")):
        r = client.post("/api/v1/articles", headers={"Authorization": "Bearer test-token-123"},
                        json={"id": aid, "outlet": "سانا", "published": day, "text": text})
        assert r.status_code == 201, r.text
    body = client.get("/api/v1/control/intervals").json()
    city = next(p for p in body["places"] if p["place"] == "t:homs")["intervals"]
    assert [(b["holder"], b["from"], b["to"]) for b in city] == [("opposition", "2024-11-30", "2024-12-02"),
                                                                ("government", "2024-12-02", None)]
    assert body["total"] == sum(len(p["intervals"]) for p in body["places"]) and body["offset"] == 0
    one = client.get("/api/v1/control/intervals", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == body["total"] and sum(len(p["intervals"]) for p in one["places"]) == 1
    flat = [(p["place"], b) for p in body["places"] for b in p["intervals"]]
    assert [(p["place"], b) for p in one["places"] for b in p["intervals"]] == flat[1:2]
    assert client.get("/api/v1/control/intervals", params={"limit": 0}).status_code == 422
    only = client.get("/api/v1/control/intervals", params={"place": HOMS}).json()["places"]
    assert {p["place"] for p in only} == {"SY04", "t:homs"}
    assert client.get("/api/v1/control/intervals", params={"place": "حماة"}).json()["places"] == []


def test_no_answer_ships_all_rows(client):
    """Aggregates and pages only: the events themselves appear in no aggregate answer."""
    for path in ("/api/v1/stats/daily", "/api/v1/facets", "/api/v1/coverage/outlets",
                 "/api/v1/coverage/merged-events", "/api/v1/control/intervals"):
        text = json.dumps(client.get(path).json(), ensure_ascii=False)
        assert "a1-e1" not in text and "أعلنت" not in text, path
    assert len(client.get("/api/v1/events", params={"limit": 2}).json()["items"]) == 2
