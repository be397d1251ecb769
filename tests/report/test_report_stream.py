"""report.html is written as a stream: the embedded JSON in pieces, the events made one at a time.

The streamed page must be the very text of the one-shot rendering, with the same escaping of the
embedded data (article text is untrusted), and no placeholder may be left in it.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from tawatur.report.html_out import iter_script_json, render_html, script_json, write_html
from tawatur.report.view import build_view
from tawatur.report.workbench import report_rows

_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
rf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rf)

HOSTILE = "</script><script>alert(1)</script> & <!-- قصفت الطائرات بلدة صغيرة"


def _nested() -> dict:
    rows = [{"id": f"e{i}", "text": HOSTILE, "n": i * 1.5, "none": None, "ok": True, "tags": ("a", "ب")}
            for i in range(3)]
    return {"stats": {"events": 3, "types": {"attack": 2}}, "rows": rows, "empty": {}, "nothing": [],
            "by_number": {1: "واحد", 2: "<b>"}, "deep": {"a": {"b": {"c": [HOSTILE, {"d": [1, 2]}]}}}}


def test_streamed_json_is_the_one_shot_json_piece_by_piece():
    for depth in range(6):
        assert "".join(iter_script_json(_nested(), depth)) == script_json(_nested())


def test_rows_given_one_at_a_time_are_written_as_a_list():
    data = _nested()
    lazy = {**data, "rows": (r for r in data["rows"])}
    text = "".join(iter_script_json(lazy))
    assert text == script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["rows"][2]["text"] == HOSTILE


def test_written_report_is_the_rendered_report(tmp_path):
    analysis = rf.sample_analysis()
    page = render_html(analysis, "ar")
    path = write_html(analysis, tmp_path / "report.html", "ar")
    assert path.read_bytes() == page.encode("utf-8")
    assert "tawatur-block-" not in page
    block = re.search(r'<script type="application/json" id="view-data">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert [r["id"] for r in data["workbench"]["events"]] == [e.id for e in analysis.events]
    assert rf.XSS not in page


def test_article_text_naming_the_placeholder_stays_text(tmp_path):
    analysis = rf.sample_analysis()
    story = analysis.stories[0]
    story.title = "tawatur-block-data-" + "0" * 32
    page = render_html(analysis, "en")
    assert story.title in page
    block = re.search(r'<script type="application/json" id="view-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["stats"]["articles"] == len(analysis.articles)


def test_lazy_rows_are_the_listed_rows():
    analysis = rf.sample_analysis()
    assert list(build_view(analysis, "ar", lazy_events=True)["events"]) == build_view(analysis, "ar")["events"]
    lazy, eager = report_rows(analysis, lazy=True), report_rows(analysis)
    assert list(lazy["events"]) == eager["events"] and lazy["merged"] == eager["merged"]
