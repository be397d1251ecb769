"""The review endpoints of the REST API: the write token, clear 4xx for bad input, the review visible in
events, merged events and the exports, undo."""
from __future__ import annotations

import csv
import io

import pytest

from tawatur.serve import Settings, create_app

TOKEN = "test-token-123"  # the same as in conftest.py
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _post(client, path, body, headers=AUTH):
    return client.post(path, json=body, headers=headers)


def test_review_needs_the_write_token(client):
    body = {"action": "reject", "who": "x"}
    assert _post(client, "/api/v1/events/a1-e1/review", body, {}).status_code == 401
    assert _post(client, "/api/v1/events/a1-e1/review", body, {"Authorization": "Bearer wrong"}).status_code == 401
    # the token is checked before the body: a stranger learns nothing from a 422
    assert _post(client, "/api/v1/events/a1-e1/review", {"nonsense": 1}, {}).status_code == 401
    assert _post(client, "/api/v1/reviews/undo", {"who": "x"}, {}).status_code == 401
    assert client.get("/api/v1/reviews").json()["total"] == 0
    assert client.get("/api/v1/events/a1-e1").json()["reviewed"] is False


def test_review_disabled_without_a_token(db):
    from fastapi.testclient import TestClient
    app = create_app(Settings(db=db))
    with TestClient(app) as c:
        r = c.post("/api/v1/events/a1-e1/review", json={"action": "accept", "who": "x"})
        assert r.status_code == 403 and "disabled" in r.json()["detail"]
    app.state.store.close()


@pytest.mark.parametrize("body, status, words", [
    ({"action": "edit", "who": "x", "fields": {"type": "picnic"}}, 400, "type must be"),
    ({"action": "edit", "who": "x", "fields": {"date": "2024-02-30"}}, 400, "calendar date"),
    ({"action": "edit", "who": "x", "fields": {"place": "لا مكان هنا"}}, 400, "unknown place"),
    ({"action": "edit", "who": "x", "fields": {"owner": "me"}}, 400, "cannot edit"),
    ({"action": "edit", "who": "x"}, 400, "at least one"),
    ({"action": "bless", "who": "x"}, 422, "action"),
    ({"action": "accept"}, 422, "who"),
    ({"action": "accept", "who": "x", "extra": 1}, 422, "extra"),
    ({"action": "accept", "who": "   "}, 400, "name"),
])
def test_bad_review_input_is_a_clear_4xx(client, body, status, words):
    r = _post(client, "/api/v1/events/a1-e1/review", body)
    assert r.status_code == status, r.text
    assert words in r.text
    assert client.get("/api/v1/reviews").json()["total"] == 0


def test_unknown_targets_are_404_and_nothing_to_undo_is_409(client):
    assert _post(client, "/api/v1/events/nope/review", {"action": "accept", "who": "x"}).status_code == 404
    assert _post(client, "/api/v1/merged-events/nope/split", {"events": ["a1-e1"], "who": "x"}).status_code == 404
    assert _post(client, "/api/v1/reviews/undo", {"who": "x"}).status_code == 409
    assert _post(client, "/api/v1/reviews/undo", {"who": "x", "change": 99}).status_code == 404
    assert _post(client, "/api/v1/reviews/undo", {"who": "x", "change": 0}).status_code == 422
    assert client.post("/api/v1/reviews/undo", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
                       ).status_code == 422


def test_edit_shows_in_events_exports_and_undo(client):
    r = _post(client, "/api/v1/events/a1-e1/review",
              {"action": "edit", "who": "محلل", "fields": {"type": "attack", "toll": 2, "date": "2024-12-08"}})
    assert r.status_code == 201, r.text
    change = r.json()["change"]
    assert change["who"] == "محلل" and change["action"] == "edit"
    ev = r.json()["event"]
    assert ev["type"] == "attack" and ev["reviewed"] and ev["review"]["original"]["type"] == "take_control"
    items = client.get("/api/v1/events", params={"type": "attack", "date_from": "2024-12-08"}).json()["items"]
    assert [e["id"] for e in items] == ["a1-e1"]
    geo = client.get("/api/v1/export/events.geojson", params={"type": "attack"}).json()
    props = {f["properties"]["id"]: f["properties"] for f in geo["features"]}
    assert props["a1-e1"]["reviewed"] is True and props["a1-e1"]["review"] == "edited"
    assert props["a3-e1"]["reviewed"] is False
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/events.csv").text)))
    row = next(r for r in rows if r["event_id_cnty"] == "SYR-a1-e1")
    assert "reviewed=edited" in row["tags"] and row["event_date"] == "2024-12-08" and row["fatalities"] == "2"
    log = client.get("/api/v1/reviews", params={"target": "a1-e1"}).json()
    assert log["total"] == 1 and log["items"][0]["id"] == change["id"]
    undo = _post(client, "/api/v1/reviews/undo", {"who": "محلل"})
    assert undo.status_code == 201 and undo.json()["change"]["undoes"] == change["id"]
    assert client.get("/api/v1/events/a1-e1").json()["type"] == "take_control"


def test_reject_hides_from_lists_and_exports_unless_asked(client):
    assert _post(client, "/api/v1/events/a3-e1/review", {"action": "reject", "who": "x"}).status_code == 201
    ids = {e["id"] for e in client.get("/api/v1/events").json()["items"]}
    assert "a3-e1" not in ids and len(ids) == 3
    assert client.get("/api/v1/events", params={"review": "rejected"}).json()["total"] == 1
    assert client.get("/api/v1/events", params={"review": "all"}).json()["total"] == 4
    assert client.get("/api/v1/events", params={"review": "maybe"}).status_code == 422
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/events.csv").text)))
    assert "SYR-a3-e1" not in {r["event_id_cnty"] for r in rows}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/events.csv", params={"review": "all"}).text)))
    assert "reviewed=rejected" in next(r for r in rows if r["event_id_cnty"] == "SYR-a3-e1")["tags"]


def test_split_and_merge_through_the_api(client):
    homs = client.get("/api/v1/events/a1-e1").json()["cluster"]
    daraa = client.get("/api/v1/events/a3-e1").json()["cluster"]
    r = _post(client, f"/api/v1/merged-events/{homs}/split", {"events": ["a2-e1"], "who": "x"})
    assert r.status_code == 201, r.text
    new = r.json()["split_off"]
    assert new["events"] == ["a2-e1"] and r.json()["merged_event"]["events"] == ["a1-e1"]
    got = client.get(f"/api/v1/merged-events/{new['id']}").json()
    assert [e["id"] for e in got["reports"]] == ["a2-e1"] and got["reviewed"]
    r = _post(client, f"/api/v1/merged-events/{homs}/merge", {"others": [daraa, new["id"]], "who": "x"})
    assert r.status_code == 201, r.text
    assert sorted(r.json()["merged_event"]["events"]) == ["a1-e1", "a2-e1", "a3-e1"]
    assert client.get(f"/api/v1/merged-events/{daraa}").json()["review"]["state"] == "emptied"
    assert _post(client, f"/api/v1/merged-events/{homs}/split", {"events": [], "who": "x"}).status_code == 422
    assert _post(client, f"/api/v1/merged-events/{homs}/merge", {"others": [homs], "who": "x"}).status_code == 400
