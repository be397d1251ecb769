"""The REST API and pages over a real database (SQLite; PostgreSQL when TAWATUR_TEST_PG is set)."""
from __future__ import annotations

import csv
import io

TOKEN = "test-token-123"  # the same as in conftest.py

AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = "قصف على حمص <script>alert(1)</script> و <img src=x onerror=alert(1)> وردت أنباء"


def test_event_filters(client):
    r = client.get("/api/v1/events")
    assert r.status_code == 200 and r.json()["total"] == 4
    r = client.get("/api/v1/events", params={"type": "take_control", "place": "SY04", "date_from": "2024-12-07"})
    body = r.json()
    assert body["total"] == 2 and {e["outlet"] for e in body["items"]} == {"سانا", "الجزيرة"}
    assert {e["status"] for e in body["items"]} == {"corroborated"}
    r = client.get("/api/v1/events", params={"polarity": "denied"})
    assert [e["article"] for e in r.json()["items"]] == ["a4"]
    r = client.get("/api/v1/events", params={"bbox": "35.5,32.0,37.0,33.0"})
    assert [e["place"]["name"] for e in r.json()["items"]] == ["درعا"]
    r = client.get("/api/v1/events", params={"side": "government", "outlet": "عنب بلدي"})
    assert r.json()["total"] == 1


def test_bad_requests_are_clear_4xx(client):
    for params, status in [({"limit": 0}, 422), ({"limit": 100000}, 422), ({"type": "nonsense"}, 422),
                           ({"bbox": "1,2"}, 422), ({"date_to": "2024-13-45"}, 422), ({"date_from": "yesterday"}, 422),
                           ({"outlet": "a\x00b"}, 400)]:
        r = client.get("/api/v1/events", params=params)
        assert r.status_code == status, params
        assert "detail" in r.json() and "Traceback" not in r.text
    assert client.get("/api/v1/events/nope").status_code == 404
    assert client.get("/api/v1/stories/nope").json()["detail"] == "no story with this id"


def test_items_by_id_and_lists(client):
    ev = client.get("/api/v1/events/a3-e1").json()
    assert ev["type"] == "attack" and ev["outlet"] == "عنب بلدي"
    mid = client.get("/api/v1/events/a1-e1").json()["cluster"]
    merged = client.get(f"/api/v1/merged-events/{mid}").json()
    assert {r["article"] for r in merged["reports"]} == {"a1", "a2"}
    assert client.get("/api/v1/merged-events", params={"status": "corroborated"}).json()["total"] >= 1
    places = client.get("/api/v1/places").json()["items"]
    assert places[0]["id"] == "SY04" and places[0]["events"] == 2
    assert client.get("/api/v1/places/SY12").json()["name"] == "درعا"
    assert client.get("/api/v1/sources", params={"outlet": "سانا"}).json()["total"] >= 1
    assert {o["outlet"] for o in client.get("/api/v1/outlets").json()} == {"سانا", "الجزيرة", "عنب بلدي"}
    assert client.get("/api/v1/articles/a2").json()["outlet"] == "الجزيرة"
    assert client.get("/api/v1/search", params={"q": "حماه"}).json()["items"][0]["id"] == "a4"
    assert client.get("/api/v1/contradictions").status_code == 200


def test_pagination(client):
    a = client.get("/api/v1/events", params={"limit": 2, "offset": 0}).json()
    b = client.get("/api/v1/events", params={"limit": 2, "offset": 2}).json()
    assert len(a["items"]) == 2 and len(b["items"]) == 2
    assert not {e["id"] for e in a["items"]} & {e["id"] for e in b["items"]}


def test_repeated_one_value_parameter_is_refused(client):
    """"?offset=0&offset=1" names two pages: refused with the parameter named, never the last kept."""
    r = client.get("/api/v1/events?limit=1&offset=0&offset=1")
    assert r.status_code == 400 and "'offset'" in r.json()["detail"]
    assert client.get("/api/v1/events?place=حمص&place=درعا").status_code == 400
    # list parameters ("any of") may repeat, and one value of each is as before
    both = client.get("/api/v1/events?type=take_control&type=attack")
    assert both.status_code == 200
    one = client.get("/api/v1/events?type=attack").json()["total"]
    assert both.json()["total"] >= one


def test_exports(client):
    r = client.get("/api/v1/export/events.csv", params={"type": "take_control"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    # ACLED's names: a takeover is a battle over territory; tawatur's own type stays in the notes
    assert len(rows) == 3 and rows[0]["event_type"] == "Battles" and rows[0]["latitude"]
    assert "territory" in rows[0]["sub_event_type"]
    assert rows[0]["notes"].startswith("take_control at") and "status=" in rows[0]["tags"]
    g = client.get("/api/v1/export/events.geojson").json()
    assert g["type"] == "FeatureCollection" and len(g["features"]) == 4
    lon, lat = g["features"][0]["geometry"]["coordinates"]
    assert 35 < lon < 43 and 32 < lat < 38


def test_write_needs_token(client):
    body = {"id": "w1", "text": "نص تجريبي عن حمص"}
    assert client.post("/api/v1/articles", json=body).status_code == 401
    assert client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/v1/articles", content=b"plain", headers={**AUTH, "content-type": "text/plain"})
    assert r.status_code == 415


def test_post_json_then_repost_is_noop(client):
    body = {"id": "w1", "text": "أفادت مصادر محلية بوصول تعزيزات عسكرية إلى مدينة حمص.", "outlet": "تجريبي"}
    r = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == ["w1"]
    again = client.post("/api/v1/articles", json=body, headers=AUTH).json()
    assert again["added"] == [] and again["skipped"] == ["w1"]
    assert client.get("/api/v1/articles/w1").json()["raw"] == body["text"]


def test_post_upload_and_size_caps(client):
    files = {"file": ("news.txt", "خبر تجريبي مرفوع كملف نصي عن درعا.".encode(), "text/plain")}
    r = client.post("/api/v1/articles", files=files, data={"outlet": "ملف", "id": "up1"}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert client.get("/api/v1/articles/up1").json()["outlet"] == "ملف"
    big = {"file": ("big.txt", b"x" * 300_000, "text/plain")}
    r = client.post("/api/v1/articles", files=big, headers=AUTH)
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    r = client.post("/api/v1/articles", json={"text": "ا" * 150_000}, headers=AUTH)
    assert r.status_code == 413
    r = client.post("/api/v1/articles", content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["detail"]
    r = client.post("/api/v1/articles", json={"outlet": "no text, page or title"}, headers=AUTH)
    assert r.status_code == 422 and "'text', 'html' or 'title'" in r.json()["detail"]
    r = client.post("/api/v1/articles", json={"text": "نص", "url": False}, headers=AUTH)
    assert r.status_code == 400 and "url" in r.json()["detail"]


def test_post_same_text_for_two_outlets_is_two_articles(client):
    """A wire story carried by two outlets: two articles by JSON and by upload (ids left to the API),
    and posting either again is a no-op."""
    wire = "أفادت وكالة محلية بأن قصفا مدفعيا استهدف أطراف بلدة في ريف درعا الغربي مساء الخميس."
    for outlet in ("نشرة أولى", "نشرة ثانية"):
        first = client.post("/api/v1/articles", json={"text": wire, "outlet": outlet}, headers=AUTH).json()
        assert len(first["added"]) == 1, first
        again = client.post("/api/v1/articles", json={"text": wire, "outlet": outlet}, headers=AUTH).json()
        assert again["added"] == [] and again["skipped"] == first["added"]
    added = []
    for outlet in ("ملف أول", "ملف ثان"):
        files = {"file": ("wire.txt", ("نص ثان: " + wire).encode(), "text/plain")}
        r = client.post("/api/v1/articles", files=files, data={"outlet": outlet}, headers=AUTH)
        assert r.status_code == 201 and len(r.json()["added"]) == 1, r.text
        added += r.json()["added"]
    assert len(set(added)) == 2
    assert {client.get(f"/api/v1/articles/{a}").json()["outlet"] for a in added} == {"ملف أول", "ملف ثان"}


def test_hostile_text_is_escaped_everywhere(client):
    r = client.post("/api/v1/articles", json={"id": "x1", "text": HOSTILE, "outlet": "<b>outlet</b>",
                                              "title": "<script>alert(2)</script>"}, headers=AUTH)
    assert r.status_code == 201
    for url in ["/article/x1", "/search?q=حمص", "/outlet/%3Cb%3Eoutlet%3C%2Fb%3E", "/?lang=en"]:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>outlet" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/article/x1").text


def test_security_headers_on_every_response(client):
    for url in ["/", "/api/v1/events", "/nope", "/static/app.css", "/api/v1/openapi.json"]:
        r = client.get(url)
        assert "default-src 'none'" in r.headers["content-security-policy"], url
        assert r.headers["x-content-type-options"] == "nosniff"


def test_pages_and_language_toggle(client):
    home = client.get("/")
    assert 'dir="rtl"' in home.text and "آخر القصص" in home.text
    assert 'data-tawatur-map' in home.text and 'href="/place/SY04"' in home.text  # the map; its no-script list
    en = client.get("/?lang=en")
    assert 'dir="ltr"' in en.text and "Latest stories" in en.text
    mid = client.get("/api/v1/events/a1-e1").json()["cluster"]
    ev = client.get(f"/event/{mid}")
    assert ev.status_code == 200 and "<mark>" in ev.text and "سانا" in ev.text and "الجزيرة" in ev.text
    assert client.get("/place/SY04").status_code == 200
    assert client.get("/outlet/سانا").status_code == 200
    assert client.get("/story/none", headers={"accept": "text/html"}).status_code == 404


def test_static_never_leaves_its_folder(client):
    for url in ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2Fapp.py"]:
        assert client.get(url).status_code == 404


def test_read_token_when_configured(db):
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app
    app = create_app(Settings(db=db, token=TOKEN, read_token="reader"))
    with TestClient(app) as c:
        assert c.get("/api/v1/events").status_code == 401
        assert c.get("/api/v1/events", headers={"Authorization": "Bearer reader"}).status_code == 200
    app.state.store.close()


def test_writes_disabled_without_token(db):
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app
    app = create_app(Settings(db=db, token=None))
    with TestClient(app) as c:
        r = c.post("/api/v1/articles", json={"text": "نص"}, headers=AUTH)
        assert r.status_code == 403 and "--token" in r.json()["detail"]
    app.state.store.close()


def test_a_wrong_method_names_the_methods_of_that_url_only(client):
    # an event id may hold "/", so "/events/{id}" also matches ".../review": the review URL allows POST only
    r = client.options("/api/v1/events/some-id/review")
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    r = client.delete("/api/v1/events/some-id")
    assert r.status_code == 405 and r.headers["allow"] == "GET"
