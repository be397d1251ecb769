"""Screenshots of the offline report and of ``tawatur serve``'s pages, in Debian's chromium.

    .venv/bin/python tools/screenshots.py [--out screenshots] [--input examples] [--widths 1400,390]

Analyses ``--input`` (default: the fictional examples) into report.html, ingests the same input into
a fresh SQLite store, serves it on a free local port, and saves full-page PNGs of every page in
:data:`REPORT_VIEWS` and :data:`SERVE_PAGES`, at each width, in Arabic (the default) and English.
Another component adds its page by appending to SERVE_PAGES (a path, optionally with filters in the
query) or REPORT_VIEWS (a fragment of report.html). Needs chromium at /usr/bin/chromium and the
``test`` extra (playwright, uvicorn, httpx). Prints each file written; exits 1 on a console error.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# (name, path and query) of the web app; "lang=en" is added for the English shots. "{merged}", "{event}"
# and "{place}" stand for the most widely reported merged event, its first report and its place, which
# the store is asked for once it is served.
SERVE_PAGES = [("home", "/"), ("workbench", "/workbench"),
               ("workbench-attacks", "/workbench?type=attack&type=casualties"),
               ("event", "/event/{merged}"), ("place", "/place/{place}"),
               ("review", "/review"), ("review-merged", "/review/merged/{merged}"),
               ("review-event", "/review/event/{event}")]
# (name, fragment) of report.html; the English shot clicks the report's language toggle
REPORT_VIEWS = [("report", ""), ("report-government", "#side=government")]
SETTLE_MS = 1200
# (name, "report" or a serve path, CSS selector): shots of one element, the map panel alone
ELEMENT_SHOTS = [("map-report", "report", "#map"), ("map-serve", "/workbench", "#tw-map"),
                 ("map-home", "/", "#map"), ("map-event", "/event/{merged}", "#map")]


def _ids(base: str) -> dict[str, str]:
    """The ids the page paths name: the merged event with the most outlets, its first report, its place
    (URL-quoted; "none" where the store has no event, so the page's 404 is what is shot)."""
    from urllib.parse import quote

    import httpx

    items = httpx.get(base + "/api/v1/merged-events", params={"limit": 200}).json().get("items", [])
    if not items:
        return {"merged": "none", "event": "none", "place": "none"}
    m = max(items, key=lambda x: (x.get("n_outlets") or 0, x.get("n_chains") or 0))
    full = httpx.get(base + "/api/v1/merged-events/" + quote(m["id"], safe="")).json()
    reports = full.get("reports") or [{}]
    place = m.get("place") or {}
    key = place.get("gazetteer_id") or place.get("name") or "none"
    return {"merged": quote(m["id"], safe=""), "event": quote(reports[0].get("id", "none"), safe=""),
            "place": quote(key, safe="")}


def _shoot(browser, url: str, width: int, path: Path, errors: list[str], click: str | None = None,
           element: str | None = None) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.on("console", lambda m: errors.append(f"{url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{url}: {e}"))
    page.goto(url)
    if click:
        page.click(click)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(SETTLE_MS)
    if element:
        page.locator(element).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    page.close()
    print(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="screenshots", help="folder for the PNG files")
    ap.add_argument("--input", default=str(ROOT / "examples"), help="articles to analyse (file or folder)")
    ap.add_argument("--widths", default="1400,390", help="viewport widths in px, comma-separated")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from tawatur.cli import main as tawatur
    from tawatur.serve.background import serve_in_background

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    widths = [int(w) for w in args.widths.split(",") if w.strip()]
    work = Path(tempfile.mkdtemp(prefix="tawatur-shots-"))
    if tawatur(["analyze", args.input, "--out", str(work / "report")]) != 0:
        return 2
    db = str(work / "shots.db")
    if tawatur(["ingest", "--db", db, "--quiet", args.input]) != 0:
        return 2
    errors: list[str] = []
    report = (work / "report" / "report.html").as_uri()
    with serve_in_background(db) as base:
        ids = _ids(base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for w in widths:
                for name, frag in REPORT_VIEWS:
                    _shoot(browser, report + frag, w, out / f"{name}-ar-{w}.png", errors)
                    _shoot(browser, report + frag, w, out / f"{name}-en-{w}.png", errors, click="#lang-toggle")
                for name, path in SERVE_PAGES:
                    path = path.format(**ids)
                    sep = "&" if "?" in path else "?"
                    _shoot(browser, base + path, w, out / f"serve-{name}-ar-{w}.png", errors)
                    _shoot(browser, base + path + sep + "lang=en", w, out / f"serve-{name}-en-{w}.png", errors)
                for name, where, sel in ELEMENT_SHOTS:
                    url = report if where == "report" else base + where.format(**ids)
                    _shoot(browser, url, w, out / f"{name}-ar-{w}.png", errors, element=sel)
            browser.close()
    for e in errors:
        print("console error:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
