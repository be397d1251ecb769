"""The workbench page of ``tawatur serve`` in Debian's chromium (playwright), on the examples plus a
hostile article: the filters, the time brush, the charts, the event table and coverage all follow
the URL's filters and agree with the API; no console error, no dialog, nothing fetched from another
origin, and the page itself ships no event. Screenshots go to tests/artifacts/ (gitignored)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

_kit_spec = importlib.util.spec_from_file_location("serve_browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
ARGS, CHROMIUM, MARKS, live_app, wait_until = kit.ARGS, kit.CHROMIUM, kit.MARKS, kit.live_app, kit.wait_until

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TOKEN = "wb-token"
HOSTILE_OUTLET = "<img src=x onerror=alert(7)>"

pytestmark = MARKS


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with kit.examples_app(tmp_path_factory.mktemp("wb"), TOKEN, HOSTILE_OUTLET, "wb-evil") as base:
        yield base


def _api_total(base: str, query: str) -> int:
    return httpx.get(f"{base}/api/v1/events?{query}").json()["total"]



def _settle(page) -> str:
    """Wait until the table shows the answer to the current filters (its total attribute is set)."""
    wait_until(page, "document.querySelector('#tw-table[data-total]') !== null")
    page.wait_for_load_state("networkidle")
    return page.get_attribute("#tw-table", "data-total")


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_workbench_drives_filters_time_charts_and_coverage(server):
    from playwright.sync_api import sync_playwright

    html = httpx.get(server + "/workbench").text
    assert "wb-evil" not in html and "tw-filters" in html  # the page itself ships no event
    errors: list[str] = []
    dialogs: list[str] = []
    foreign: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:")
                else foreign.append(r.url))
        page.goto(server + "/workbench?lang=en")
        total = int(_settle(page))
        assert total == _api_total(server, "") and total > 20
        assert page.get_attribute("#tw-charts", "data-total") == str(total)
        assert page.locator("#tw-charts svg[data-chart=types] rect.bar").count() > 0
        assert page.locator("#tw-charts svg[data-chart=sides] rect.bar").count() > 0
        assert page.locator("#tw-control rect.interval").count() >= 1
        # hostile outlet name: shown as text in the filter list and the coverage table, never as markup
        assert page.locator(f"#tw-coverage button[data-outlet='{HOSTILE_OUTLET}']").count() == 1
        assert page.locator("#tw-coverage img, #tw-filters img").count() == 0

        # type check box -> URL, API, table and charts agree
        page.check("#tw-filters input[name=types][value=attack]")
        assert _query(page)["type"] == ["attack"]
        n = _api_total(server, "type=attack")
        assert 0 < n < total
        wait_until(page, f"document.querySelector('#tw-table').getAttribute('data-total') === '{n}'")
        wait_until(page, f"document.querySelector('#tw-charts').getAttribute('data-total') === '{n}'")
        assert page.locator("#tw-table tbody tr").count() == min(n, 25)
        csv_href = page.get_attribute("#tw-export-csv", "href")
        assert "type=attack" in csv_href

        # the time brush: drag across its middle third -> from/to in the URL; every panel follows
        box = page.locator("#tw-brush").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.34, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=4)
        page.mouse.move(box["x"] + box["width"] * 0.66, y, steps=4)
        page.mouse.up()
        wait_until(page, "new URLSearchParams(location.search).has('from')")
        q = _query(page)
        lo, hi = q["from"][0], q["to"][0]
        assert lo <= hi and q["type"] == ["attack"]
        n2 = _api_total(server, f"type=attack&from={lo}&to={hi}")
        wait_until(page, f"document.querySelector('#tw-table').getAttribute('data-total') === '{n2}'")
        wait_until(page, f"document.querySelector('#tw-charts').getAttribute('data-total') === '{n2}'")
        daily = httpx.get(f"{server}/api/v1/stats/daily?type=attack&from={lo}&to={hi}").json()
        assert all(lo <= d["date"] <= hi for d in daily["days"]) and daily["total"] == n2 < n
        dates = page.locator("#tw-table tbody tr td:first-child").all_inner_texts()
        assert all(lo <= d <= hi for d in dates)

        # an outlet from the select -> coverage shows that outlet alone
        page.click("#tw-all-time")
        wait_until(page, "!new URLSearchParams(location.search).has('from')")
        outlet = httpx.get(server + "/api/v1/facets").json()["outlets"][0]["value"]
        page.select_option("#tw-filters select[name=outlet]", outlet)
        _settle(page)
        wait_until(page, "document.querySelectorAll('#tw-coverage table.tw-outlets tbody tr').length === 1")
        assert page.locator("#tw-coverage table.tw-outlets tbody tr").get_attribute("data-outlet") == outlet
        assert page.locator("#tw-coverage table.tw-blindspots tbody tr").count() >= 1

        # clear -> everything back; a blindspot cell says which outlet did not carry an event
        page.click("#tw-clear")
        wait_until(page, f"document.querySelector('#tw-table').getAttribute('data-total') === '{total}'")
        assert _query(page) == {"lang": ["en"]}
        wait_until(page, "document.querySelectorAll('#tw-coverage td.tw-missing').length > 0")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "workbench_serve_1400.png"), full_page=True)

        # Arabic, 390 px: right to left, nothing wider than the screen
        small = browser.new_page(viewport={"width": 390, "height": 800})
        small.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        small.on("pageerror", lambda e: errors.append(str(e)))
        small.goto(server + "/workbench?side=government")
        _settle(small)
        assert small.get_attribute("html", "dir") == "rtl"
        assert small.is_checked("#tw-filters input[name=sides][value=government]")
        assert small.evaluate("document.documentElement.scrollWidth") <= 391
        assert "الأحداث" in small.locator("#tw-table h2").inner_text()
        small.screenshot(path=str(ARTIFACTS / "workbench_serve_390.png"), full_page=True)
        browser.close()
    assert errors == [] and dialogs == [] and foreign == []
