"""The pages render the report's panel partials (one markup for report.html and the app), escape article
text, need no script, and the exports stream pages of the store through the report's writers."""
from __future__ import annotations

import csv
import io
import json
import re

TOKEN = "test-token-123"  # the same as in conftest.py
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = "قصف على حمص <script>alert(1)</script> و <img src=x onerror=alert(1)> وردت أنباء"


def _sections(html: str) -> list[str]:
    return re.findall(r'<section id="(\w+)" class="panel">', html)


def _story_id(client) -> str:
    stories = client.get("/api/v1/stories").json()["items"]
    return next(s["id"] for s in stories if "a1" in s["articles"])


def test_story_page_is_the_report_panels(client):
    sid = _story_id(client)
    page = client.get(f"/story/{sid}")
    assert page.status_code == 200
    assert _sections(page.text) == ["summary", "timeline", "map", "events", "matrix", "contradictions", "control"]
    assert 'class="event-row ' in page.text and "<mark>" in page.text and "سانا" in page.text
    assert 'href="/static/panels.css"' in page.text
    mid = client.get("/api/v1/events/a1-e1").json()["cluster"]
    assert f'href="/event/{mid}"' in page.text  # the timeline links each merged event to its page
    en = client.get(f"/story/{sid}?lang=en")
    assert 'dir="ltr"' in en.text and ">Summary</span>" in en.text and f'href="/event/{mid}?lang=en"' in en.text


def test_event_place_outlet_pages_use_the_panels(client):
    mid = client.get("/api/v1/events/a1-e1").json()["cluster"]
    ev = client.get(f"/event/{mid}")
    assert _sections(ev.text) == ["map", "events", "matrix", "contradictions"]
    assert ev.text.count('class="event-row ') == 2
    place = client.get("/place/SY04?lang=en")
    assert _sections(place.text) == ["map", "control", "timeline", "events"]
    assert ">Homs</span>" in place.text
    assert _sections(client.get("/outlet/سانا").text) == ["events"]


def test_pages_run_only_the_map_component_from_the_app_and_others_no_script(client):
    """Pages with a map load the one map component from /static/workbench/ (CSP: scripts and fetches
    from the app itself, nothing inline) and carry their markers in a JSON data block; hostile text is
    escaped everywhere, also inside that block; the other pages carry no script and allow none."""
    r = client.post("/api/v1/articles", json={"id": "x1", "text": HOSTILE, "outlet": "<b>outlet</b>",
                                              "title": "<script>alert(2)</script>", "published": "2024-12-07"},
                    headers=AUTH)
    assert r.status_code == 201
    with_map = ["/", f"/story/{_story_id(client)}", "/place/SY04"]
    with_map += [f"/story/{s['id']}" for s in client.get("/api/v1/stories").json()["items"]]
    without = ["/outlet/%3Cb%3Eoutlet%3C%2Fb%3E", "/article/x1", "/search?q=x"]
    for url in with_map + without:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<img src=x" not in page.text and "<b>outlet" not in page.text, url
        csp = page.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
        tags = re.findall(r"<script[^>]*>", page.text)
        if url in without:
            assert tags == [], url
            assert "script-src" not in csp and "connect-src" not in csp
            continue
        assert "script-src 'self';" in csp and "connect-src 'self';" in csp
        srcs = [t for t in tags if "src=" in t]
        assert [re.search(r'src="([^"]+)"', t).group(1) for t in srcs] == \
            ["/static/workbench/vendor/leaflet.js", "/static/workbench/vendor/leaflet.markercluster.js",
             "/static/workbench/map.js"], url
        assert all(t == '<script type="application/json" id="map-data">' for t in tags if t not in srcs), url
        assert 'data-tawatur-map' in page.text
        for block in re.findall(r'<script type="application/json" id="map-data">(.*?)</script>', page.text, re.S):
            assert "<" not in block and json.loads(block)["markers"] is not None
    assert client.get("/static/workbench/map.js").status_code == 200
    css = client.get("/static/panels.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ".panel{" in css.text


def test_exports_use_the_report_writers(client):
    g = client.get("/api/v1/export/events.geojson", params={"type": "take_control"}).json()
    props = g["features"][0]["properties"]
    assert {"status", "n_chains", "evidence", "place_en", "outlet"} <= set(props)  # the report's properties
    assert {f["properties"]["status"] for f in g["features"]} <= {"corroborated", "single-source", "contested"}
    empty = client.get("/api/v1/export/events.csv", params={"date_from": "2030-01-01"})
    assert empty.status_code == 200 and len(list(csv.reader(io.StringIO(empty.text)))) == 1
    assert json.loads(client.get("/api/v1/export/events.geojson", params={"date_from": "2030-01-01"}).text) == \
        {"type": "FeatureCollection", "features": []}


def test_export_pages_are_bounded(db):
    from tawatur.serve.export import pages
    from tawatur.store import EventFilter, open_store

    with open_store(db) as st:
        got = list(pages(st, EventFilter(), max_events=3))
        assert sum(len(an.events) for an in got) == 3
        assert all(a.raw == "" for an in got for a in an.articles)  # no bodies unless asked
