"""report.html in a real browser: markers, rows, language toggle, no script from article text runs."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tawatur.report import write_outputs

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
rf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rf)


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_report_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    analysis = rf.sample_analysis()
    (html,) = write_outputs(analysis, tmp_path, ["html"])
    dialogs: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(html.resolve().as_uri())
            page.wait_for_selector("#wb-map .leaflet-marker-icon")
            assert page.evaluate("Tawatur.mapView.cluster.getLayers().length") == len(analysis.merged_events)
            assert page.locator("tr.event-row").count() == len(analysis.events)
            assert page.evaluate("document.documentElement.dir") == "rtl"
            assert page.locator("#summary h2").inner_text() == "الملخص"
            # what an Arabic reader sees: Arabic quotes, Arabic values, no English summary
            assert page.locator("ol.summary-ar").first.is_visible()
            assert not page.locator("ol.summary-en").first.is_visible()
            table = page.locator("#events table").inner_text()
            assert "المعارضة" in table and "opposition" not in table.lower().split()
            page.click("#lang-toggle")
            assert page.evaluate("document.documentElement.dir") == "ltr"
            assert page.locator("#summary h2").inner_text() == "Summary"
            # the English reader gets English sentences that say what happened, and English values
            assert page.locator("ol.summary-en").first.is_visible()
            assert not page.locator("ol.summary-ar").first.is_visible()
            assert "took control of Daraa" in page.locator("ol.summary-en").first.inner_text()
            assert "المعارضة" not in page.locator("#events table").inner_text().split()
            assert page.evaluate("window.tawaturView.markers.length") == len(analysis.merged_events)
            assert "<script>alert(1)</script>" in page.locator("td.evidence").first.inner_text() or \
                "<script>alert(1)</script>" in page.locator("body").inner_text()
            assert page.locator("img").count() == 0
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
            page.click("#lang-toggle")
            assert page.evaluate("document.documentElement.dir") == "rtl"
        finally:
            browser.close()
    assert dialogs == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in requests)
