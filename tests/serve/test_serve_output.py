"""The web app speaks the reader's language: HTML 404 pages, English search terms, counts, control."""
from __future__ import annotations


def test_missing_page_is_an_html_page_and_the_api_stays_json(client):
    for url in ("/story/nope", "/no/such/page", "/event/nope?lang=en"):
        r = client.get(url, headers={"accept": "*/*"})
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("text/html"), url
        assert "<h1>" in r.text
    assert "الصفحة غير موجودة" in client.get("/story/nope").text
    assert "Page not found" in client.get("/story/nope?lang=en").text
    api = client.get("/api/v1/stories/nope", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")


def test_search_finds_english_place_names_and_actors(client):
    # the articles are Arabic only; their places and actors carry English names
    homs = client.get("/search?q=Homs&lang=en")
    assert homs.status_code == 200 and "a1" in homs.text and "a2" in homs.text and "a3" not in homs.text
    assert "2 articles" in homs.text
    factions = client.get("/search?q=opposition factions")
    assert "a3" in factions.text and "4 مقالات" in factions.text
    assert "a1" in client.get("/search?q=حمص").text  # the Arabic text is still searched


def test_place_page_shows_the_current_holder_in_the_readers_language(client):
    ar = client.get("/place/SY04")
    assert ar.status_code == 200
    assert "المسيطر حالياً" in ar.text and "المعارضة" in ar.text
    assert ">opposition<" not in ar.text
    en = client.get("/place/SY04?lang=en")
    assert "Current holder" in en.text and "7 Dec 2024" in en.text


def test_api_place_names_its_current_holder_with_evidence(client):
    place = client.get("/api/v1/places/SY04").json()
    cur = place["current"]
    assert cur["current"] and cur["holder"] == "opposition" and 0 < cur["confidence"] <= 1
    assert cur["evidence"] and all(e["text"] for e in cur["evidence"])
    assert sum(c["current"] for c in place["control"]) == 1
