"""Bad input to the API is a clear 4xx or a per-record failure, never a 500 or a traceback; records the
store cannot keep as given (extreme dates, NUL, unpaired surrogates, long fields) cost only themselves."""
from __future__ import annotations

import json

TOKEN = "test-token-123"  # the same as in conftest.py
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {**AUTH, "content-type": "application/json"}
TEXT = "قصفت القوات الحكومية مدينة حماة صباح اليوم بالمدفعية الثقيلة وأفاد ناشطون بسقوط قتلى."


def post_raw(client, body: bytes):
    """POST bytes as JSON (a client library would refuse to encode some of these)."""
    return client.post("/api/v1/articles", content=body, headers=JSON)


def clean(r) -> None:
    assert r.status_code < 500, r.text
    assert "Traceback" not in r.text and 'File "' not in r.text


def test_deeply_nested_json_is_a_400(client):
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"):
        r = post_raw(client, body)
        assert r.status_code == 400 and "nested too deeply" in r.json()["detail"]


def test_one_bad_record_costs_only_itself(client):
    body = [{"id": "ok1", "text": TEXT, "outlet": "وكالة"}, 7, {"id": "no-text"},
            {"id": "k" * 300, "text": TEXT + " 2"}, {"id": "big-outlet", "outlet": "و" * 300, "text": TEXT + " 3"},
            {"id": "bad-type", "text": TEXT, "title": ["list"]}, {"id": "ok2", "text": TEXT + " 4"}]
    r = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["added"] == ["ok1", "ok2"]
    failed = {f["input"]: f["reason"] for f in out["failed"]}
    assert set(failed) == {"item 1", "item 2", "item 3", "item 4", "item 5"}
    assert "not an object" in failed["item 1"] and "'text' or 'html'" in failed["item 2"]
    assert "id is 300 characters long" in failed["item 3"] and "outlet is 300" in failed["item 4"]
    assert "must be strings" in failed["item 5"]
    r = client.post("/api/v1/articles", json=[7, {"id": "x"}], headers=AUTH)  # nothing usable: 400
    assert r.status_code == 400 and "item 0" in r.json()["detail"] and "item 1" in r.json()["detail"]


def test_nul_and_unpaired_surrogates_are_replaced_not_refused(client):
    body = json.dumps([{"id": "s1", "text": TEXT + " \\ud800 \\u0000 x", "outlet": "وكالة\\udfff"},
                       {"id": "s2", "text": TEXT + " ثان"}]).replace("\\\\", "\\").encode()
    r = post_raw(client, body)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == ["s1", "s2"]
    art = client.get("/api/v1/articles/s1").json()
    assert "\ufffd \ufffd x" in art["raw"] and art["outlet"] == "وكالة\ufffd"
    clean(client.get("/article/s1", headers={"accept": "text/html"}))


def test_extreme_dates_are_stored_and_every_view_shows_them(client):
    recs = [{"id": "far", "published": "9999-12-31", "outlet": "وكالة", "text": TEXT},
            {"id": "early", "published": "0001-01-01", "outlet": "وكالة 2", "text": "وفي تقرير ثان، " + TEXT}]
    r = client.post("/api/v1/articles", json=recs, headers=AUTH)
    assert r.status_code == 201 and r.json()["added"] == ["early", "far"], r.text
    events = client.get("/api/v1/events", params={"limit": 500}).json()["items"]
    assert "9999-12-31" in {e["date"]["value"] for e in events}
    assert client.get("/api/v1/articles/early").json()["published"] == "0001-01-01"
    assert {"far", "early"} <= {e["article"] for e in events}
    urls = ["/", "/?lang=en", "/article/far", "/article/early", "/api/v1/stories", "/api/v1/merged-events",
            "/api/v1/control", "/api/v1/places", "/api/v1/export/events.csv", "/api/v1/export/events.geojson",
            "/api/v1/events?date_from=9999-12-30", "/api/v1/events?date_to=0001-01-02"]
    for e in events:
        urls += [f"/api/v1/events/{e['id']}", f"/api/v1/merged-events/{e['cluster']}", f"/event/{e['cluster']}"]
    for s in client.get("/api/v1/stories", params={"limit": 500}).json()["items"]:
        urls += [f"/story/{s['id']}", f"/api/v1/stories/{s['id']}"]
    for p in client.get("/api/v1/places").json()["items"]:
        urls.append(f"/place/{p['id']}")
    for url in urls:
        r = client.get(url, headers={"accept": "text/html"})
        assert r.status_code == 200, (url, r.text[:300])
        clean(r)
    assert client.get("/api/v1/events", params={"date_from": "9999-12-31"}).json()["total"] >= 1


def test_odd_requests_never_answer_500(client):
    for url in ["/api/v1/events/" + "x" * 5000, "/api/v1/search?q=" + "ح" * 500, "/search?q=%ff%fe",
                "/api/v1/events?outlet=%ED%A0%80", "/place/" + "%F0%9F%98%80" * 60, "/api/v1/articles/%ED%A0%80",
                "/api/v1/events?place=" + "ء" * 200, "/story/" + "%25" * 300]:
        clean(client.get(url))
    clean(post_raw(client, b'{"text": "\xff\xfe"}'))
    clean(post_raw(client, b'{"text": 1e999999}'))
    clean(post_raw(client, b'{"text": "' + "ن".encode() * 10 + b'", "id": "\\ud800"}'))
