"""The review pages: sign-in with the write token, CSRF and same-origin checks on every form, hostile
article text and reviewer names escaped, the forms' effects visible through the API."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from fastapi.testclient import TestClient

from tawatur.serve import Settings, create_app
from tawatur.store import open_store

_spec = importlib.util.spec_from_file_location(
    "review_pages_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
_factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_factory)
TOKEN = "test-token-123"  # the same as in conftest.py
HOSTILE_NAME = "<img src=x onerror=alert(1)>محلل"
HOSTILE_TEXT = "قصف على حمص <script>alert(1)</script> و <img src=x onerror=alert(2)> وردت أنباء"


def _sign_in(client, who="محللة"):
    r = client.post("/review/login", data={"token": TOKEN, "who": who}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get("/review/event/a1-e1")
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', page.text).group(1)


def test_sign_in_needs_the_write_token_and_sets_a_strict_cookie(client):
    r = client.post("/review/login", data={"token": "wrong", "who": "x"})
    assert r.status_code == 401 and "review_login" not in r.headers.get("set-cookie", "")
    r = client.post("/review/login", data={"token": TOKEN, "who": "x"}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert r.headers["location"].startswith("/review")


def test_forms_need_a_session_and_the_csrf_token(client):
    # no session: refused, nothing logged
    r = client.post("/review/event/a1-e1", data={"action": "reject", "csrf": "0" * 64})
    assert r.status_code == 401
    csrf = _sign_in(client)
    assert client.post("/review/event/a1-e1", data={"action": "reject"}).status_code == 403
    assert client.post("/review/event/a1-e1", data={"action": "reject", "csrf": "f" * 64}).status_code == 403
    r = client.post("/review/event/a1-e1", data={"action": "reject", "csrf": csrf},
                    headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post("/review/event/a1-e1", json={"action": "reject", "csrf": csrf})
    assert r.status_code == 415
    assert client.get("/api/v1/reviews").json()["total"] == 0
    r = client.post("/review/event/a1-e1", data={"action": "reject", "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    log = client.get("/api/v1/reviews").json()["items"]
    assert [(c["action"], c["who"]) for c in log] == [("reject", "محللة")]


def test_a_forged_cookie_is_not_a_session(client):
    client.cookies.set("tawatur_review", "eyJ3aG8iOiAieCIsICJuIjogIjEifQ==.deadbeef")
    r = client.post("/review/event/a1-e1", data={"action": "accept", "csrf": "0" * 64})
    assert r.status_code == 401


def test_edit_split_merge_undo_through_the_forms(client):
    csrf = _sign_in(client)
    r = client.post("/review/event/a1-e1", data={"csrf": csrf, "action": "edit", "type": "attack", "toll": "3",
                                                  "place": "", "side": "", "date": ""})
    assert r.status_code == 200  # followed the redirect to the event's review page
    ev = client.get("/api/v1/events/a1-e1").json()
    assert ev["type"] == "attack" and ev["fatalities"] == 3 and ev["review"]["who"] == "محللة"
    bad = client.post("/review/event/a1-e1", data={"csrf": csrf, "action": "edit", "date": "2024-02-31"})
    assert bad.status_code == 400 and "calendar date" in bad.text
    homs = ev["cluster"]
    daraa = client.get("/api/v1/events/a3-e1").json()["cluster"]
    client.post(f"/review/merged/{homs}", data={"csrf": csrf, "action": "split", "event": "a2-e1"})
    new = client.get("/api/v1/events/a2-e1").json()["cluster"]
    assert new != homs
    page = client.get(f"/review/merged/{homs}")
    assert 'data-event="a1-e1"' in page.text and 'data-event="a2-e1"' not in page.text
    client.post(f"/review/merged/{homs}", data={"csrf": csrf, "action": "merge", "other": daraa, "others": new})
    assert client.get("/api/v1/events/a2-e1").json()["cluster"] == homs
    assert client.get("/api/v1/events/a3-e1").json()["cluster"] == homs
    client.post("/review/undo", data={"csrf": csrf})  # the merge
    assert client.get("/api/v1/events/a3-e1").json()["cluster"] == daraa
    first = client.get("/api/v1/reviews", params={"target": "a1-e1"}).json()["items"][-1]["id"]
    client.post("/review/undo", data={"csrf": csrf, "change": str(first)})
    assert client.get("/api/v1/events/a1-e1").json()["type"] == "take_control"
    assert client.post("/review/undo", data={"csrf": csrf, "change": "x1"}).status_code == 400


def test_hostile_text_and_names_are_escaped(db):
    with open_store(db) as st:
        art = _factory.make_article("h1", "<b>منفذ</b>", "حمص", "2024-12-07", extra=" " + HOSTILE_TEXT)
        art.events[0].evidence.text = HOSTILE_TEXT
        st.ingest_articles([art])
    app = create_app(Settings(db=db, token=TOKEN))
    with TestClient(app) as client:
        csrf = _sign_in(client, HOSTILE_NAME)
        client.post("/review/event/h1-e1", data={"csrf": csrf, "action": "accept"})
        mid = client.get("/api/v1/events/h1-e1").json()["cluster"]
        for path in ("/review/event/h1-e1", f"/review/merged/{mid}", "/review", "/review?lang=en"):
            html = client.get(path).text
            assert "<script>alert" not in html and "<img src=x" not in html and "<b>منفذ" not in html, path
            assert "&lt;img src=x onerror=alert(1)&gt;محلل" in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/review/event/h1-e1").text
        assert "script-src" not in client.get("/review").headers["content-security-policy"]
    app.state.store.close()


def test_review_pages_without_a_write_token(db):
    app = create_app(Settings(db=db))
    with TestClient(app) as client:
        assert "disabled" in client.get("/review?lang=en").text
        assert client.post("/review/login", data={"token": "", "who": "x"}).status_code == 401
    app.state.store.close()
