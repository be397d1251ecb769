"""The map on serve's /workbench page in Debian's chromium: base map drawn from /api/v1/map/basemap,
markers from /api/v1/map/points (the same count as the API gives for the view), legend, a popup that
shows a hostile outlet name as text, the shared filters, no console error or CSP refusal, nothing
fetched from another origin. A screenshot goes to tests/artifacts/map-serve.png."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import pytest

_kit_spec = importlib.util.spec_from_file_location("serve_browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
ARGS, CHROMIUM, MARKS, live_app, wait_until = kit.ARGS, kit.CHROMIUM, kit.MARKS, kit.live_app, kit.wait_until

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TOKEN = "map-token"
HOSTILE_OUTLET = "<img src=x onerror=alert(9)>"

pytestmark = MARKS


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with kit.examples_app(tmp_path_factory.mktemp("map"), TOKEN, HOSTILE_OUTLET, "map-evil") as base:
        yield base


def _view_total(page, base: str, **extra: str) -> int:
    b = page.evaluate("(() => { const b = Tawatur.mapView.map.getBounds(); return [b.getWest(), b.getSouth(),"
                      " b.getEast(), b.getNorth()].map(x => Math.max(-180, Math.min(180, x)).toFixed(4)); })()")
    params = {"bbox": ",".join(b), "zoom": "7", **extra}
    return httpx.get(base + "/api/v1/map/points", params=params).json()["total"]


def test_serve_map_in_chromium(server):
    from playwright.sync_api import sync_playwright

    console: list[str] = []
    dialogs: list[str] = []
    foreign: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning")
                    else None)
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((server, "data:")) else None)
            resp = page.goto(server + "/workbench")
            csp = resp.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp
            page.wait_for_selector("#wb-map .leaflet-marker-icon")
            wait_until(page, "document.querySelector('#wb-map').getAttribute('data-loaded')")
            assert page.locator("#wb-map path.wb-country").count() >= 20
            assert page.locator("#wb-map path.wb-syria").count() == 1
            assert page.locator("#wb-map .wb-legend").count() == 1
            # the markers are the API's points for the view
            n = page.evaluate("Tawatur.mapView.cluster.getLayers().length")
            assert n == _view_total(page, server) > 0
            # the hostile outlet's event: its popup shows the name as text
            find = ("(o) => Tawatur.mapView.cluster.getLayers().find(l => l.tawaturItem && "
                    "l.tawaturItem.outlets.indexOf(o) >= 0)")
            ll = page.evaluate(f"(o) => {{ const p = ({find})(o).getLatLng(); return [p.lat, p.lng]; }}",
                               HOSTILE_OUTLET)
            page.evaluate(f"Tawatur.mapView.map.setView([{ll[0]}, {ll[1]}], 13, {{animate: false}})")
            page.wait_for_timeout(800)
            page.evaluate(f"(o) => ({find})(o).fire('click')", HOSTILE_OUTLET)
            popup = page.locator("#wb-map .wb-popup")
            popup.wait_for()
            assert HOSTILE_OUTLET in popup.inner_text()
            assert page.locator("#wb-map .wb-popup img").count() == 0
            # the shared filters: the map asks the API again with them
            page.evaluate("Tawatur.mapView.map.setView([35, 38.5], 6, {animate: false})")
            page.wait_for_timeout(800)
            before = page.evaluate("document.querySelector('#wb-map').getAttribute('data-loaded')")
            page.evaluate("Tawatur.setFilters({types: ['attack']})")
            wait_until(page, f"document.querySelector('#wb-map').getAttribute('data-loaded') !== '{before}'")
            page.wait_for_timeout(300)
            n_attack = page.evaluate("Tawatur.mapView.cluster.getLayers().length")
            assert n_attack == _view_total(page, server, type="attack") < n
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().every(l => l.tawaturItem.type === 'attack')")
            page.evaluate("Tawatur.clearFilters()")
            page.wait_for_timeout(800)
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#tw-map").screenshot(path=str(ARTIFACTS / "map-serve.png"))
        finally:
            browser.close()
    assert dialogs == []
    assert console == [], console
    assert foreign == [], foreign
