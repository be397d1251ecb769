"""The app in Debian's chromium (playwright): the home page's map, table rows, the language toggle, and hostile
article text ingested through the API shown as text with no dialog fired. Saves a screenshot under
tests/artifacts/ (gitignored)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import pytest

_kit_spec = importlib.util.spec_from_file_location("serve_browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
ARGS, CHROMIUM, MARKS, live_app, wait_until = kit.ARGS, kit.CHROMIUM, kit.MARKS, kit.live_app, kit.wait_until

TOKEN = "browser-token"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
HOSTILE = "تقرير تجريبي <script>alert(1)</script> ثم <img src=x onerror=alert(1)> عن حمص"

pytestmark = MARKS


@pytest.fixture
def server(tmp_path):
    from tawatur.store import open_store

    spec = importlib.util.spec_from_file_location(
        "br_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
    f = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(f)
    db = str(tmp_path / "browser.db")
    with open_store(db) as st:
        st.ingest_articles([f.make_article("b1", "سانا", "حمص", "2024-12-07"),
                            f.make_article("b2", "الجزيرة", "حمص", "2024-12-07"),
                            f.make_article("b3", "عنب بلدي", "درعا", "2024-12-06", kind="attack")])
    with live_app(db, TOKEN) as base:
        yield base


def test_pages_in_a_real_browser(server):
    from playwright.sync_api import sync_playwright

    r = httpx.post(server + "/api/v1/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                   json={"id": "evil", "text": HOSTILE, "outlet": "<i>x</i>", "title": "<script>alert(3)</script>"})
    assert r.status_code == 201, r.text
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server + "/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        # the home page draws the one map component (Leaflet) with the events of Homs and Daraa
        wait_until(page, "window.Tawatur && Tawatur.mapView && "
                         "document.querySelector('#wb-map').getAttribute('data-loaded') !== null")
        lls = page.evaluate("Tawatur.mapView.cluster.getLayers().map(l => [l.getLatLng().lat, l.getLatLng().lng])")
        assert len(lls) >= 2 and all(32 < lat < 37.5 and 35.5 < lon < 42.5 for lat, lon in lls)
        assert page.locator("table.merged tbody tr").count() >= 2
        page.click("#lang-toggle")
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("dir") == "ltr"
        assert "Latest stories" in page.locator("h1").inner_text()
        page.goto(server + "/article/evil")
        body = page.locator(".article-text").inner_text()
        assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(1)>" in body
        assert page.locator(".article-text img, .article-text script").count() == 0
        assert "<script>alert(3)</script>" in page.locator("h1").inner_text()
        page.goto(server + "/search?q=حمص")
        assert page.locator("table.results tr").count() >= 1
        page.wait_for_timeout(300)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.goto(server + "/")
        page.screenshot(path=str(ARTIFACTS / "serve_home.png"), full_page=True)
        # the story page is the report's panels, and works with scripts turned off
        sid = next(s["id"] for s in httpx.get(server + "/api/v1/stories").json()["items"] if "b1" in s["articles"])
        nojs = browser.new_context(java_script_enabled=False).new_page()
        nojs.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        nojs.goto(server + f"/story/{sid}")
        assert nojs.locator("section.panel").count() == 7
        assert nojs.locator("#map ul.map-list li").count() >= 1  # without scripts the map lists its events
        assert nojs.locator("tr.event-row").count() >= 2
        nojs.click("#lang-toggle")
        nojs.wait_for_load_state()
        assert nojs.locator("html").get_attribute("dir") == "ltr"
        assert nojs.locator("#summary h2").inner_text() == "Summary"
        assert nojs.evaluate("getComputedStyle(document.querySelector('section.panel')).borderTopStyle") == "solid"
        browser.close()
    assert dialogs == []
