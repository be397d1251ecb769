"""The report's map in a real browser (Debian chromium): base map layers, markers, clustering, legend,
zoom, a popup showing hostile text as text, control shading, filters, no console error or CSP refusal."""
from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import pytest

from tawatur.model import EventDate, MergedEvent, Place
from tawatur.report import write_outputs

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
_kit_spec = importlib.util.spec_from_file_location("browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
rf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rf)

TEHRAN = Place(name="طهران", name_en="Tehran", lat=35.69, lon=51.39, kind="city", gazetteer_id="g-tehran")
ALEPPO = Place(name="حلب", name_en="Aleppo", lat=36.20, lon=37.16, kind="city", gazetteer_id="g-aleppo")
HOSTILE_OUTLET = "<img src=x onerror=alert(1)>"
N_ALEPPO = 40


def map_analysis():
    """The report sample plus a merged event in Tehran (outside Syria) and a pile of them in Aleppo,
    one of which names a hostile outlet."""
    an = rf.sample_analysis()
    an.merged_events.append(MergedEvent(id="m-tehran", type="attack", place=TEHRAN, outlets=["Outlet One"],
                                        polarity="expected", side="iran", date=EventDate(value="2024-12-07")))
    for i in range(N_ALEPPO):
        pl = copy.copy(ALEPPO)
        pl.lat, pl.lon = ALEPPO.lat + (i % 7) * 0.004, ALEPPO.lon + (i // 7) * 0.004
        an.merged_events.append(MergedEvent(
            id=f"m-aleppo-{i}", type="attack" if i % 2 else "advance", place=pl,
            outlets=[HOSTILE_OUTLET] if i == 0 else ["Outlet Two"], polarity="denied" if i % 3 == 0 else "asserted",
            side="government", date=EventDate(value=f"2024-12-{1 + i % 9:02d}")))
    return an


def _launch(p):
    return p.chromium.launch(executable_path=str(CHROMIUM), args=[
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"])


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_report_map_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    analysis = map_analysis()
    n_markers = sum(1 for m in analysis.merged_events if m.place and m.place.lat is not None)
    (html,) = write_outputs(analysis, tmp_path, ["html"])
    console: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning")
                    else None)
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(html.resolve().as_uri())
            page.wait_for_selector("#wb-map .leaflet-marker-icon")
            # the base map: countries (Syria drawn apart), rivers, coast, city labels
            assert page.locator("#wb-map path.wb-country").count() >= 20
            assert page.locator("#wb-map path.wb-syria").count() == 1
            assert page.locator("#wb-map path.wb-river").count() >= 1
            assert page.locator("#wb-map path.wb-coast").count() >= 1
            assert "حلب" in page.locator("#wb-map .leaflet-tooltip-pane").inner_text()
            # every marker is on the map; the Aleppo pile is clustered at this zoom
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().length") == n_markers
            assert page.locator("#wb-map .marker-cluster").count() >= 1
            assert page.locator("#wb-map .wb-marker").count() < n_markers
            # a place outside Syria is drawn where it is (Web Mercator), east of Damascus
            ll = page.evaluate("""(() => { const m = Tawatur.mapView.cluster.getLayers()
                .find(l => l.tawaturId === 'm-tehran'); const p = m.getLatLng(); return [p.lat, p.lng]; })()""")
            assert ll == [35.69, 51.39]
            page.evaluate("Tawatur.mapView.map.setView([34, 44], 5, {animate: false})")
            box = page.locator("#wb-map .wb-pol-expected").bounding_box()
            assert box is not None
            expect = page.evaluate("Tawatur.mapView.map.latLngToContainerPoint([35.69, 51.39])")
            frame = page.locator("#wb-map").bounding_box()
            assert abs(box["x"] + box["width"] / 2 - frame["x"] - expect["x"]) < 3
            assert abs(box["y"] + box["height"] / 2 - frame["y"] - expect["y"]) < 3
            # zoom with the control
            z0 = page.evaluate("Tawatur.mapView.map.getZoom()")
            page.click("#wb-map .leaflet-control-zoom-in")
            kit.wait_until(page, f"Tawatur.mapView.map.getZoom() > {z0}")
            page.wait_for_timeout(600)  # let the zoom animation end before the next view is set
            # a popup: hostile text stays text
            page.evaluate("Tawatur.mapView.map.setView([36.21, 37.17], 13, {animate: false})")
            page.locator("#wb-map .wb-marker.wb-pol-denied").first.wait_for()
            page.evaluate("""(() => { const v = Tawatur.mapView;
                v.cluster.getLayers().find(l => l.tawaturId === 'm-aleppo-0').fire('click'); })()""")
            popup = page.locator("#wb-map .wb-popup")
            popup.wait_for()
            assert HOSTILE_OUTLET in popup.inner_text()
            assert page.locator("#wb-map .wb-popup img").count() == 0
            # the legend names the types on the map and the polarity shapes
            legend = page.locator("#wb-map .wb-legend").inner_text()
            assert "هجوم" in legend and "منفي" in legend
            # control shading at the latest date
            assert page.locator("#wb-map path.wb-control").count() >= 1
            # the shared filters narrow the markers (core.js)
            page.evaluate("Tawatur.setFilters({types: ['advance']})")
            n_adv = sum(1 for m in analysis.merged_events if m.type == "advance")
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().length") == n_adv
            page.evaluate("Tawatur.clearFilters()")
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().length") == n_markers
            # English: labels follow the language toggle
            page.click("#lang-toggle")
            kit.wait_until(page, "document.querySelector('#wb-map .wb-legend').innerText.includes('Legend')")
            assert "Aleppo" in page.locator("#wb-map .leaflet-tooltip-pane").inner_text()
            page.evaluate("Tawatur.mapView.map.fitBounds([[32, 35.5], [37.5, 42.5]], {animate: false})")
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#map").screenshot(path=str(ARTIFACTS / "map-report.png"))
            # narrow screen: the map still fills the width
            page.set_viewport_size({"width": 390, "height": 800})
            w = page.locator("#wb-map").bounding_box()["width"]
            assert 300 < w <= 390
        finally:
            browser.close()
    assert dialogs == []
    assert console == [], console
    assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests
