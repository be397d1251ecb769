"""Hostile bodies on POST /api/v1/articles (issue 10): a clear 4xx or a per-record rejection, never a
500, and nothing fetched on the way (a real server on 127.0.0.1 counts any request)."""
from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest

TOKEN = "test-token-123"  # the same as in conftest.py
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {**AUTH, "content-type": "application/json"}
GOOD = "أفاد ناشطون بأن قوات النظام دخلت بلدة تلبيسة شمالي حمص مساء الخميس بعد انسحاب الفصائل منها."


class Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).hits.append(self.path)
        body = "<html><head><meta name='date' content='2011-03-15'></head><body><p>ok</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def counter() -> Iterator[str]:
    Counter.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_json_nested_too_deep_is_a_400_not_a_500(client) -> None:
    r = client.post("/api/v1/articles", content=b"[" * 50_000 + b"]" * 50_000, headers=JSON)
    assert r.status_code == 400 and "nested too deeply" in r.json()["detail"]
    deep_field = b'{"text": "' + GOOD.encode() + b'", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    r = client.post("/api/v1/articles", content=deep_field, headers=JSON)
    assert r.status_code == 400 and "nested too deeply" in r.json()["detail"]


def test_an_unreadable_record_is_rejected_alone(client) -> None:
    body = [{"id": "ok1", "text": GOOD}, {"id": "bad1", "html": "<script>x</script>"},
            {"id": "ok2", "html": f"<p>{GOOD[:30]}\x0c{GOOD[30:]}</p>", "title": "عنوان\x01"}]
    r = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    got = r.json()
    assert sorted(got["added"]) == ["ok1", "ok2"]
    assert got["rejected"] == [{"item": 1, "reason": "HTML page has no readable text"}]
    r = client.post("/api/v1/articles", json=[body[1]], headers=AUTH)
    assert r.status_code == 400 and "item 0" in r.json()["detail"]


def test_nul_and_surrogates_are_stored(client) -> None:
    body = '{"id": "nul1", "text": "' + GOOD[:12] + '\\u0000\\ud83d' + GOOD[12:] + '"}'
    r = client.post("/api/v1/articles", content=body.encode(), headers=JSON)
    assert r.status_code == 201, r.text
    assert client.get("/api/v1/articles/nul1").json()["raw"] == GOOD[:12] + "\ufffd\ufffd" + GOOD[12:]


def test_an_html_field_or_upload_holding_a_url_is_never_fetched(client, counter: str) -> None:
    for i, html in enumerate((f"{counter}/a", f"{counter}/b?x=1", f"<p>{counter}/c</p>")):
        client.post("/api/v1/articles", json={"id": f"url{i}", "html": html}, headers=AUTH)
    files = {"file": ("page.html", f"{counter}/d".encode(), "text/html")}
    client.post("/api/v1/articles", files=files, headers=AUTH)
    assert Counter.hits == []
    for i in range(3):
        r = client.get(f"/api/v1/articles/url{i}")
        assert r.status_code == 404 or not r.json().get("published")


@pytest.mark.parametrize("art_id", ["../x", "a/b\\c", "=HYPERLINK(\"http://e.x\",\"c\")", "مصدر/خبر"])
def test_an_article_whose_id_holds_a_slash_is_reachable_by_its_id(client, art_id: str) -> None:
    """Ids come from records and file names: ``/`` in one must not make the article and its events
    unreachable through the API (the pages already took the rest of the path)."""
    from urllib.parse import quote

    r = client.post("/api/v1/articles", json={"id": art_id, "text": GOOD}, headers=AUTH)
    assert r.status_code == 201 and r.json()["added"] == [art_id], r.text
    got = client.get("/api/v1/articles/" + quote(art_id, safe=""))
    assert got.status_code == 200 and got.json()["id"] == art_id
    ev_id = next(e["id"] for e in client.get("/api/v1/events", params={"limit": 500}).json()["items"]
                 if e["article"] == art_id)
    assert client.get("/api/v1/events/" + quote(ev_id, safe="")).json()["id"] == ev_id
    r = client.post(f"/api/v1/events/{quote(ev_id, safe='')}/review", json={"action": "accept", "who": "t"},
                    headers=AUTH)
    assert r.status_code == 201 and r.json()["event"]["id"] == ev_id, r.text
    assert client.get("/article/" + quote(art_id, safe="")).status_code == 200


def test_a_json_body_with_a_byte_order_mark_is_read(client) -> None:
    """Windows tools write UTF-8 with a BOM; the CLI reads such JSON lines, so the API reads it too."""
    body = "\ufeff" + json.dumps({"id": "bom1", "text": GOOD}, ensure_ascii=False)
    r = client.post("/api/v1/articles", content=body.encode("utf-8"), headers=JSON)
    assert r.status_code == 201 and r.json()["added"] == ["bom1"], r.text
    r = client.post("/api/v1/articles", content=b"\xff\xfe{}", headers=JSON)
    assert r.status_code == 400 and "not valid UTF-8 JSON" in r.json()["detail"]
