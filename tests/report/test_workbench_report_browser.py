"""The workbench inside the offline report.html, in Debian's chromium (playwright), on the examples:
the same components as serve's page, filtering the report's own rows in the page. The filters live in
the URL's fragment; the table, charts and coverage agree with counts taken from analysis.json; the
language toggle redraws them; no console error (the inline script runs under its sha256 CSP)."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from tawatur.cli import main

_kit_spec = importlib.util.spec_from_file_location("browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
ARGS, CHROMIUM, wait_until = kit.ARGS, kit.CHROMIUM, kit.wait_until
pytestmark = kit.MARKS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"




def _fragment(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).fragment)


def _total_is(page, n: int) -> None:
    wait_until(page, f"document.querySelector('#tw-table') && document.querySelector('#tw-table')"
                f".getAttribute('data-total') === '{n}'")


def test_report_workbench_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    assert main(["analyze", str(EXAMPLES), "--out", str(tmp_path)]) == 0
    analysis = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    events = analysis["events"]
    outlets = {a["id"]: a["outlet"] for a in analysis["articles"]}
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((tmp_path / "report.html").as_uri())
        _total_is(page, len(events))
        daily = page.evaluate("Tawatur.data.daily().then(function (d) { return d; })")
        by_type: Counter = Counter()
        for d in daily["days"]:
            by_type.update(d["types"])
        dated = Counter(e["type"] for e in events if (e.get("date") or {}).get("value"))
        assert by_type == dated and daily["total"] == len(events)
        assert page.locator("#tw-charts svg[data-chart=types] rect.bar").count() > 0
        cov = page.locator("#tw-coverage table.tw-outlets tbody tr")
        assert cov.count() == len({outlets[e["article"]] for e in events})

        # a type -> the fragment, the table and the charts
        page.check("#tw-filters input[name=types][value=attack]")
        attacks = [e for e in events if e["type"] == "attack"]
        _total_is(page, len(attacks))
        assert _fragment(page)["type"] == ["attack"]
        wait_until(page, f"document.querySelector('#tw-charts').getAttribute('data-total') === '{len(attacks)}'")

        # the brush: drag over the middle of the period
        box = page.locator("#tw-brush").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)
        page.mouse.up()
        wait_until(page, "location.hash.indexOf('from=') >= 0")
        lo, hi = _fragment(page)["from"][0], _fragment(page)["to"][0]
        inside = [e for e in attacks if lo <= ((e.get("date") or {}).get("value") or "") <= hi]
        _total_is(page, len(inside))
        assert all(lo <= d <= hi for d in page.locator("#tw-table tbody td:first-child").all_inner_texts())

        # reload with the fragment: the same filters come back from the URL
        page.reload()
        _total_is(page, len(inside))
        assert page.is_checked("#tw-filters input[name=types][value=attack]")

        # the language toggle redraws the components in English
        page.click("#lang-toggle")
        wait_until(page, "document.querySelector('#tw-table h2').textContent === 'Events'")
        assert page.locator("#tw-filters legend").first.inner_text() == "Type"
        page.click("#tw-clear")
        _total_is(page, len(events))
        assert "type=" not in page.url
        wait_until(page, "document.querySelectorAll('#tw-coverage td.tw-missing').length > 0")
        assert page.locator("#tw-control rect.interval").count() >= 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "workbench_report_1400.png"), full_page=True)
        small = browser.new_page(viewport={"width": 390, "height": 800})
        small.on("pageerror", lambda e: errors.append(str(e)))
        small.goto((tmp_path / "report.html").as_uri() + "#side=government")
        _total_is(small, sum(1 for e in events if (e.get("actor") or {}).get("side") == "government"))
        assert small.evaluate("document.documentElement.scrollWidth") <= 391
        browser.close()
    assert errors == []
