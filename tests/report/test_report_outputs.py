"""analysis.json validates against the schema; CSV, GeoJSON and HTML are correct and safe."""
from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import json
import re
from html import unescape
from pathlib import Path

import jsonschema_rs
import pytest

from tawatur.model import Analysis, analysis_from_dict
from tawatur.report import write_outputs
from tawatur.report.csv_out import COLUMNS, events_csv, safe_cell
from tawatur.report.html_out import render_html, script_json
from tawatur.report.view import build_view

_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
rf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rf)
SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "analysis.schema.json"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    paths = write_outputs(rf.sample_analysis(), out, ["json", "csv", "geojson", "html"])
    return {p.name: p for p in paths}


def _validator():
    return jsonschema_rs.validator_for(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_analysis_json_validates_and_round_trips(outputs):
    data = json.loads(outputs["analysis.json"].read_text(encoding="utf-8"))
    errors = [str(e) for e in _validator().iter_errors(data)]
    assert errors == []
    assert {e["cluster"] for e in data["events"]} == {m["id"] for m in data["merged_events"]}
    art = data["articles"][0]
    ev = next(e for e in data["events"] if e["article"] == art["id"])
    assert art["raw"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    back = analysis_from_dict(data)
    assert len(back.merged_events) == len(data["merged_events"])


def test_empty_analysis_validates(tmp_path):
    (path,) = write_outputs(Analysis(), tmp_path, ["json"])
    assert list(_validator().iter_errors(json.loads(path.read_text(encoding="utf-8")))) == []


def test_schema_rejects_a_broken_event(outputs):
    data = json.loads(outputs["analysis.json"].read_text(encoding="utf-8"))
    data["events"][0]["type"] = "picnic"
    assert not _validator().is_valid(data)


def test_csv_has_acled_columns_and_types(outputs):
    rows = list(csv.DictReader(io.StringIO(outputs["events.csv"].read_text(encoding="utf-8"))))
    assert tuple(rows[0].keys()) == COLUMNS
    by_id = {r["event_id_cnty"]: r for r in rows}
    agreed = by_id["SYR-a1-e0"]  # take_control "بعد اتفاق"
    assert agreed["sub_event_type"] == "Non-violent transfer of territory"
    forced = by_id["SYR-a2-e0"]
    assert (forced["event_type"], forced["sub_event_type"]) == ("Battles", "Non-state actor overtakes territory")
    assert forced["inter1"] == "2" and forced["country"] == "Syria" and forced["iso"] == "760"
    denied = by_id["SYR-a3-e0"]
    assert "not-acled-event" in denied["tags"] and "polarity=denied" in denied["tags"]
    # the two tolls of Homs (about 50 and 12) are one merged event: counted once, the lower figure
    assert by_id["SYR-a3-e1"]["fatalities"] == "12" and by_id["SYR-a1-e1"]["fatalities"] == "0"
    assert "toll_counted_on=a3-e1" in by_id["SYR-a1-e1"]["tags"]
    assert sum(int(r["fatalities"]) for r in rows) == 12


def test_csv_formula_injection_is_neutralised(outputs):
    text = outputs["events.csv"].read_text(encoding="utf-8")
    for row in csv.reader(io.StringIO(text)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("-5") == "'-5" and safe_cell("حمص") == "حمص"
    analysis = rf.sample_analysis()
    analysis.articles[1].outlet = "=cmd|' /C calc'!A0"
    analysis.events[0].source.name_en = "@SUM(1)"
    assert "\n=cmd" not in events_csv(analysis) and ",=cmd" not in events_csv(analysis)


def test_geojson_points(outputs):
    gj = json.loads(outputs["events.geojson"].read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 6
    f = gj["features"][0]
    assert f["geometry"]["type"] == "Point" and f["geometry"]["coordinates"] == [36.10, 32.62]
    assert f["properties"]["status"] == "corroborated"


def test_html_escapes_article_text_and_is_offline(outputs):
    html = outputs["report.html"].read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # three JSON data blocks (view, workbench config, base map) and our own one script, nothing else
    assert len(re.findall(r"<script[\s>]", html)) == 4
    assert len(re.findall(r'<script type="application/json"', html)) == 3
    # no markup points outside the file (Leaflet's code names its home page in a string it never uses
    # here: the map sets no attribution prefix; the browser test checks that no request leaves the file)
    markup = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", markup)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and "sha256-" in csp
    assert 'dir="rtl"' in html and 'id="lang-toggle"' in html
    # every inline script runs only because the CSP pins its exact SHA-256
    bodies = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(bodies) == 1
    for body in bodies:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_script_json_cannot_close_the_block():
    s = script_json({"t": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s)["t"].startswith("</script>")


def test_view_model_panels_are_plain_data():
    view = build_view(rf.sample_analysis(), lang="en")
    assert view["dir"] == "ltr"
    assert {"summary", "timeline", "map", "events", "matrix", "contradictions", "control"} <= set(view)
    json.dumps(view, ensure_ascii=False)  # plain data only
    row = next(r for r in view["events"] if r["id"] == "a1-e0")
    assert row["evidence"]["mark"] == "سيطرت على مدينة درعا"
    assert row["evidence"]["before"].startswith("قالت مصادر محلية")
    kinds = {c["kind"] for c in view["contradictions"]}
    assert kinds == {"claim-vs-denial", "quantity", "manner"}
    assert len(view["map"]["markers"]) == 3
    assert render_html(rf.sample_analysis(), lang="en").count('dir="ltr"') >= 1


def test_unknown_format_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        write_outputs(Analysis(), tmp_path, ["pdf"])
