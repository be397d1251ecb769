"""Records the store cannot keep as given cost only themselves on the API (long ids and outlets are
reported in 'failed'; NUL and unpaired surrogates become U+FFFD), dates at the calendar's ends are
stored and every view shows them, and odd requests never answer 500 or show a traceback."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "records_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)
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


def test_a_record_too_long_for_its_columns_costs_only_itself(client):
    body = [{"id": "ok1", "text": TEXT, "outlet": "وكالة"}, {"id": "k" * 300, "text": TEXT + " 2"},
            {"id": "big-outlet", "outlet": "و" * 300, "text": TEXT + " 3"},
            {"id": "ok2", "text": "وفي تقرير آخر، " + TEXT}]
    r = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["added"] == ["ok1", "ok2"]
    reasons = " | ".join(f["reason"] for f in out["failed"])
    assert len(out["failed"]) == 2 and "id is 300 characters long" in reasons and "outlet is 300" in reasons
    assert client.get("/api/v1/articles/ok2").status_code == 200
    assert client.get("/api/v1/articles/big-outlet").status_code == 404


def test_nul_and_unpaired_surrogates_in_every_field_are_replaced(client):
    body = json.dumps([{"id": "s1", "text": TEXT + " \\ud800 \\u0000 x", "outlet": "وكالة\\udfff",
                        "title": "عنوان\\u0000"}]).replace("\\\\", "\\").encode()
    r = post_raw(client, body)
    assert r.status_code == 201 and r.json()["added"] == ["s1"], r.text
    art = client.get("/api/v1/articles/s1").json()
    assert "\ufffd \ufffd x" in art["raw"] and art["outlet"] == "وكالة\ufffd" and art["title"] == "عنوان\ufffd"
    clean(client.get("/article/s1", headers={"accept": "text/html"}))
    clean(client.get("/outlet/وكالة\ufffd", headers={"accept": "text/html"}))


def test_extreme_dates_are_stored_and_every_view_shows_them(client, db):
    # The readers drop such a 'published' (not a plausible date); an article object handed to the store
    # (a script, another reader, an LLM's event date) may still carry one, and every view must show it.
    from tawatur.model import Article
    from tawatur.store import open_store

    with open_store(db) as st:
        res = st.ingest_articles([
            Article(id="far", published="9999-12-31", outlet="وكالة", raw=TEXT),
            Article(id="early", published="0001-01-01", outlet="وكالة 2", raw="وفي تقرير ثان، " + TEXT),
            factory.make_article("far2", "وكالة 3", "حمص", "9999-12-31"),
            factory.make_article("early2", "وكالة 4", "حماة", "0001-01-01")])
        assert sorted(res.added) == ["early", "early2", "far", "far2"] and not res.failed
    events = client.get("/api/v1/events", params={"limit": 500}).json()["items"]
    assert {"9999-12-31", "0001-01-01"} <= {e["date"]["value"] for e in events}
    assert client.get("/api/v1/articles/early").json()["published"] == "0001-01-01"
    assert {"far", "early", "far2", "early2"} <= {e["article"] for e in events}
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
    multipart = {**AUTH, "content-type": "multipart/form-data; boundary=b"}
    for body in (b"--b\r\nContent[x]: y\r\n\r\ndata\r\n--b--\r\n", b"--b\r\n\r\n--bX", b"--b--x"):
        r = client.post("/api/v1/articles", content=body, headers=multipart)
        clean(r)
        assert r.status_code == 400, r.text
    clean(post_raw(client, b'{"text": "\xff\xfe"}'))
    clean(post_raw(client, b'{"text": 1e999999}'))
    clean(post_raw(client, b'{"text": "' + "ن".encode() * 10 + b'", "id": "\\ud800"}'))


def test_a_record_without_text_html_or_title_breaks_the_schema_and_refuses_the_body(client):
    """The schema asks every record for text, html or title: a batch with one that has none of them is
    refused whole (422 naming the fields, nothing stored); an empty text fits the schema and costs only
    its record."""
    r = client.post("/api/v1/articles", json=[{"id": "s-ok", "text": TEXT}, {"id": "s-bad", "outlet": "وكالة"}],
                    headers=AUTH)
    assert r.status_code == 422, r.text
    assert "item 1 has none of the fields 'text', 'html' or 'title'" in r.json()["detail"]
    assert client.get("/api/v1/articles/s-ok").status_code == 404
    r = client.post("/api/v1/articles", json=[{"id": "s-ok2", "text": TEXT}, {"id": "s-empty", "text": ""}],
                    headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == ["s-ok2"] and [x["item"] for x in r.json()["rejected"]] == [1]


def test_a_record_with_only_a_title_is_read_as_a_flash(client):
    """A flash sent with its title alone is stored and read, its title as its text, as the CLI does."""
    flash = "عاجل: قوات النظام تنسحب من بلدة كفرنبل جنوبي إدلب"
    r = client.post("/api/v1/articles", json={"id": "flash-1", "title": flash, "outlet": "وكالة"}, headers=AUTH)
    assert r.status_code == 201 and r.json()["added"] == ["flash-1"], r.text
    art = client.get("/api/v1/articles/flash-1").json()
    assert art["raw"] == flash
    events = client.get("/api/v1/events", params={"limit": 500}).json()["items"]
    assert any(e["article"] == "flash-1" and e["type"] == "withdraw" for e in events), events
    r = client.post("/api/v1/articles", json={"id": "flash-2", "title": "  "}, headers=AUTH)
    assert r.status_code == 400 and "no non-empty 'text', 'html' or 'title'" in r.json()["detail"]
