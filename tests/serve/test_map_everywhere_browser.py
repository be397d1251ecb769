"""One map everywhere, in Debian's chromium: the offline report, the web app's home page (API-fed) and
an event page (markers from its own data block) all draw the same Leaflet component, with Syria's
governorate borders (Natural Earth admin-1) as thin lines under the markers, a legend entry for them
and the base map's attribution; no console error or CSP refusal; a 390-px wide view still fits."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import pytest

TESTS = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit = _load("everywhere_browserkit", TESTS / "browserkit.py")
ARGS, CHROMIUM, MARKS, live_app, wait_until = kit.ARGS, kit.CHROMIUM, kit.MARKS, kit.live_app, kit.wait_until
TOKEN = "map-everywhere-token"
ARTIFACTS = TESTS / "artifacts"
ALEPPO, HOMS = (36.20, 37.16), (34.73, 36.71)

pytestmark = MARKS

# Which governorate polygon holds a point (even-odd ray casting over its drawn rings), and the panes'
# stacking order (base map under the markers).
GOV_AT = """(ll) => { const rings = (a) => (a.length && a[0].lat !== undefined) ? [a] : [].concat(...a.map(rings));
    const inside = (ring) => { let c = false; for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i], b = ring[j];
        if ((a.lat > ll[0]) !== (b.lat > ll[0]) &&
            ll[1] < (b.lng - a.lng) * (ll[0] - a.lat) / (b.lat - a.lat) + a.lng) { c = !c; } } return c; };
    const hits = []; Tawatur.mapView.admin1Layer.eachLayer(l => {
        if (rings(l.getLatLngs()).filter(inside).length % 2) { hits.push(l.feature.properties.code); } });
    return hits; }"""
PANES = """(() => { const m = Tawatur.mapView.map;
    return [+getComputedStyle(m.getPane('wb-base')).zIndex, +getComputedStyle(m.getPane('markerPane')).zIndex]; })()"""


def _watch(page, console: list[str]) -> None:
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))


def _check_governorates(page, legend_word: str) -> None:
    """The admin-1 layer: 14 governorates and the UNDOF zone drawn as thin unfilled paths under the
    markers, in the right places, named in the legend."""
    wait_until(page, "document.querySelectorAll('#wb-map path.wb-admin1').length > 0")
    assert page.locator("#wb-map path.wb-admin1").count() == 15
    assert page.locator("#wb-map path.wb-admin1-zone").count() == 1
    box = page.locator("#wb-map path.wb-admin1").first.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    style = page.evaluate("(() => { const p = document.querySelector('#wb-map path.wb-admin1');"
                          " return [p.getAttribute('fill'), +p.getAttribute('stroke-width')]; })()")
    assert style[0] == "none" and style[1] < 1.5
    base, markers = page.evaluate(PANES)
    assert base < markers
    assert page.evaluate(f"({GOV_AT})([{ALEPPO[0]}, {ALEPPO[1]}])") == ["SY-HL"]
    assert page.evaluate(f"({GOV_AT})([{HOMS[0]}, {HOMS[1]}])") == ["SY-HI"]
    assert legend_word in page.locator("#wb-map .wb-legend-admin1").inner_text()
    assert "Natural Earth" in page.locator("#wb-map .leaflet-control-attribution").inner_text()


def test_report_map_draws_the_governorates(tmp_path):
    from playwright.sync_api import sync_playwright

    from tawatur.report import write_outputs

    rf = _load("everywhere_reportfactory", TESTS / "report" / "reportfactory.py")
    (html,) = write_outputs(rf.sample_analysis(), tmp_path, ["html"])
    console: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            _watch(page, console)
            page.goto(html.resolve().as_uri())
            _check_governorates(page, "حدود المحافظات")
        finally:
            browser.close()
    assert console == [], console


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tawatur.store import open_store

    f = _load("everywhere_store_factory", TESTS / "store" / "store_factory.py")
    db = str(tmp_path_factory.mktemp("everywhere") / "map.db")
    with open_store(db) as st:
        st.ingest_articles([f.make_article("e1", "سانا", "حمص", "2024-12-07"),
                            f.make_article("e2", "الجزيرة", "حمص", "2024-12-07"),
                            f.make_article("e3", "عنب بلدي", "درعا", "2024-12-06", kind="attack")])
    with live_app(db, TOKEN) as base:
        yield base


def test_app_pages_draw_the_same_map(server):
    from playwright.sync_api import sync_playwright

    merged = httpx.get(server + "/api/v1/merged-events").json()["items"]
    homs = next(m for m in merged if m["place"] and "حمص" in (m["place"].get("name") or ""))
    console: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            _watch(page, console)
            # home: the API-fed map, as on the workbench
            page.goto(server + "/?lang=en")
            _check_governorates(page, "Governorate borders")
            wait_until(page, "document.querySelector('#wb-map').getAttribute('data-loaded') !== null")
            assert page.evaluate("Tawatur.mapView.mode") == "serve"
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().length") >= 1
            assert page.locator("svg.map").count() == 0  # the old server-drawn sketch is gone
            # an event page: its own markers from the page's data block, opened on them
            page.goto(server + f"/event/{homs['id']}")
            _check_governorates(page, "حدود المحافظات")
            assert page.evaluate("Tawatur.mapView.mode") == "page"
            ids = page.evaluate("Tawatur.mapView.cluster.getLayers().map(l => l.tawaturId)")
            assert ids == [homs["id"]]
            centre = page.evaluate("[Tawatur.mapView.map.getCenter().lat, Tawatur.mapView.map.getCenter().lng]")
            assert abs(centre[0] - HOMS[0]) < 0.5 and abs(centre[1] - HOMS[1]) < 0.5
            page.evaluate("Tawatur.mapView.cluster.getLayers()[0].fire('click')")
            page.locator("#wb-map .wb-popup").wait_for()
            href = page.locator("#wb-map .wb-popup-link").get_attribute("href")
            assert href.startswith("/event/") and homs["id"] in href
            # 390 px: the map fills the narrow screen
            page.set_viewport_size({"width": 390, "height": 800})
            w = page.locator("#wb-map").bounding_box()["width"]
            assert 300 < w <= 390
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#map").screenshot(path=str(ARTIFACTS / "map-event-390.png"))
        finally:
            browser.close()
    assert console == [], console
