"""The hostile folder (tests/hostile.py) through the real entry points: ``tawatur analyze`` and every
file it writes, ``tawatur ingest`` and the web app and API over that store. Nothing may crash, no
article may be lost, each refusal is named, and no text of an article reaches a page, a script or a
spreadsheet as anything but text."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from tawatur.cli import main

_spec = importlib.util.spec_from_file_location("hostile", Path(__file__).resolve().parent / "hostile.py")
hostile_inputs = sys.modules.setdefault("hostile", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(hostile_inputs)  # registered first: its dataclass looks its module up
FORMULAS, RAW_MARKERS = hostile_inputs.FORMULAS, hostile_inputs.RAW_MARKERS

_CELL_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _no_raw_markup(html: str, where: str) -> None:
    for marker in RAW_MARKERS:
        assert marker not in html, (where, marker)
    # every <script> of the page is the page's own: none opened by an article's text
    assert all(tag == "<script" or tag.startswith(('<script src="/static/', '<script type="application/json" id="'))
               for tag in re.findall(r"<script[^>]*", html)), where


def _csv_safe(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows:
        for col, cell in row.items():
            assert not (cell or "").startswith(_CELL_FORMULA), (col, cell)
    return rows


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, hostile_inputs.write_hostile_folder(folder)


def test_analyze_loses_nothing_and_escapes_everything(hostile, tmp_path: Path, capsys) -> None:
    folder, exp = hostile
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    ids = {a["id"] for a in data["articles"]}
    assert exp.ids <= ids, sorted(exp.ids - ids)
    refused = {e["input"].rsplit("/", 1)[-1] for e in data["errors"]}
    assert refused == exp.refused
    assert all(not a.get("failed") for a in data["articles"])
    hijri = next(a for a in data["articles"] if a["id"] == "hijri")
    assert hijri["published"] == "2024-12-06" and not hijri["warnings"]  # 5 Jumada II 1446, Umm al-Qura
    events = {e["article"] for e in data["events"]}
    for art in ("nul", "u16-bom", "u16-le", "u16-be", "cp1256", "bidi", "zwj", "deep", "evil", "flash",
                "feed-1", "../up", "a/b\\c:d", "surrogate"):
        assert art in events, f"no event read from {art}"
    (out / "analysis.json").read_text(encoding="utf-8").encode("utf-8")  # no lone surrogate written
    _no_raw_markup((out / "report.html").read_text(encoding="utf-8"), "report.html")
    rows = _csv_safe((out / "events.csv").read_text(encoding="utf-8"))
    assert any(f in r["source"] for r in rows for f in FORMULAS)  # the outlets are there, as text
    geo = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and geo["features"]


def test_ingest_and_serve_lose_nothing_and_escape_everything(hostile, tmp_path: Path, capsys) -> None:
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app

    folder, exp = hostile
    db = str(tmp_path / "h.db")
    assert main(["ingest", str(folder), "--db", db, "-q"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    client = TestClient(create_app(Settings(db=db)))
    stored = client.get("/api/v1/articles", params={"limit": 200}).json()
    ids = {a["id"] for a in stored["items"]}
    assert exp.ids <= ids, sorted(exp.ids - ids)
    for art_id in sorted(exp.ids):
        got = client.get("/api/v1/articles/" + quote(art_id, safe=""))
        assert got.status_code == 200 and got.json()["id"] == art_id
        page = client.get("/article/" + quote(art_id, safe=""))
        assert page.status_code == 200, art_id
        _no_raw_markup(page.text, f"/article/{art_id}")
    outlets = [o["outlet"] if isinstance(o, dict) else o for o in client.get("/api/v1/outlets").json()]
    for path in ["/", "/workbench", "/search?q=" + quote("سيطرت"), "/review",
                 *("/outlet/" + quote(str(o), safe="") for o in outlets if o)]:
        r = client.get(path)
        assert r.status_code == 200, path
        _no_raw_markup(r.text, path)
    _csv_safe(client.get("/api/v1/export/events.csv").text)
    assert client.get("/api/v1/export/events.geojson").json()["features"]
