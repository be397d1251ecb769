"""Review in Debian's chromium (playwright) on the examples: sign in, accept, edit, reject, split, merge
and undo through the pages, each effect checked through the API; no dialog fires for a hostile
reviewer name. Saves screenshots under tests/artifacts/ (gitignored)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

_kit_spec = importlib.util.spec_from_file_location("serve_browserkit", Path(__file__).resolve().parents[1] / "browserkit.py")
kit = importlib.util.module_from_spec(_kit_spec)
_kit_spec.loader.exec_module(kit)
ARGS, CHROMIUM, MARKS, live_app, wait_until = kit.ARGS, kit.CHROMIUM, kit.MARKS, kit.live_app, kit.wait_until

TOKEN = "review-browser-token"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
WHO = "محللة <img src=x onerror=alert(1)>"

pytestmark = MARKS


@pytest.fixture
def server(tmp_path):

    db = str(tmp_path / "review.db")
    subprocess.run([sys.executable, "-m", "tawatur", "ingest", "-q", "--db", db, str(ROOT / "examples")],
                   check=True, timeout=300)
    with live_app(db, TOKEN) as base:
        yield base


def _api(base: str, path: str, **params):
    r = httpx.get(base + "/api/v1" + path, params=params, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def test_review_in_a_real_browser(server):
    from playwright.sync_api import sync_playwright

    merged = _api(server, "/merged-events", limit=200)["items"]
    multi = next(m for m in merged if len(m["events"]) >= 2)  # a merged event several reports carry
    single = [m for m in merged if len(m["events"]) == 1 and m["id"] != multi["id"]]
    edited, rejected, other = single[0]["events"][0], single[1]["events"][0], single[2]["id"]
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server + "/review?lang=en")
        page.fill("#sign-in input[name=token]", TOKEN)
        page.fill("#sign-in input[name=who]", WHO)
        page.click("#sign-in button")
        assert WHO in page.locator(".review-bar .who").inner_text()

        # accept, then edit one event
        before = _api(server, f"/events/{edited}")
        page.goto(f"{server}/review/event/{edited}?lang=en")
        page.click("#accept")
        assert page.locator("#review-state").inner_text() == "accepted"
        page.select_option("#edit-form select[name=type]", "attack")
        page.fill("#edit-form input[name=toll]", "5")
        page.fill("#edit-form input[name=date]", "2019-08-20")
        page.fill("#edit-form input[name=place]", "حمص")
        page.click("#save-edit")
        assert page.locator("#ev-toll").inner_text() == "5"
        assert page.locator("#ev-date").inner_text() == "2019-08-20"
        ev = _api(server, f"/events/{edited}")
        assert (ev["type"], ev["fatalities"], ev["place"]["name"], ev["review"]["state"]) == \
            ("attack", 5, "حمص", "accepted")
        assert ev["review"]["who"] == WHO

        # reject another: it leaves the default lists, stays visible on request
        page.goto(f"{server}/review/event/{rejected}")
        page.click("#reject")
        assert rejected not in {e["id"] for e in _api(server, "/events", limit=500)["items"]}
        assert rejected in {e["id"] for e in _api(server, "/events", review="rejected")["items"]}

        # split one report off the merged event, then merge it back with another merged event
        gone = multi["events"][-1]
        page.goto(f"{server}/review/merged/{multi['id']}?lang=en")
        page.check(f"input[name=event][value='{gone}']")
        page.click("#split")
        assert page.locator(f"tr[data-event='{gone}']").count() == 0
        new = _api(server, f"/events/{gone}")["cluster"]
        assert new != multi["id"] and _api(server, f"/merged-events/{new}")["events"] == [gone]
        page.fill("#merge-form input[name=others]", f"{new} {other}")
        page.click("#merge")
        assert page.locator(f"tr[data-event='{gone}']").count() == 1
        assert _api(server, f"/events/{gone}")["cluster"] == multi["id"]
        page.set_viewport_size({"width": 390, "height": 844})
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review_merged_390.png"), full_page=True)
        page.set_viewport_size({"width": 1400, "height": 900})

        # undo the last change (the merge), then the edit by its own button
        page.goto(server + "/review?lang=en")
        page.screenshot(path=str(ARTIFACTS / "review_log.png"), full_page=True)
        page.click("#undo-last")
        assert _api(server, f"/events/{gone}")["cluster"] == new
        edit_id = next(c["id"] for c in _api(server, "/reviews", target=edited)["items"] if c["action"] == "edit")
        page.click(f"tr[data-change='{edit_id}'] button.undo")
        ev = _api(server, f"/events/{edited}")
        assert (ev["type"], ev["fatalities"], ev["date"]) == (before["type"], before["fatalities"], before["date"])
        assert ev["review"]["state"] == "accepted" and "toll" not in ev["review"]["fields"]
        assert page.locator(f"tr[data-change='{edit_id}'] button.undo").count() == 0
        # the Arabic page, right to left
        page.goto(server + "/review")
        assert page.locator("html").get_attribute("dir") == "rtl"
        browser.close()
    assert dialogs == []
