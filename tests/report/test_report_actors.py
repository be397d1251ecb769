"""Actor names in every output: one canonical name per actor, Arabic in the Arabic view (own sentences)."""
from __future__ import annotations

import csv
import io
import json

from tawatur.link import Linker
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.report.csv_out import events_csv
from tawatur.report.html_out import render_html
from tawatur.report.json_out import analysis_dict

TEXTS = {
    "a1": ("سيطرت فصائل المعارضة على مدينة حماة بعد معارك عنيفة، وقالت إن الثوار دخلوا مدينة حمص.",
           "2024-12-05"),
    "a2": ("انتشرت قوات الأمن العام في مدينة جبلة بعد هجوم شنته فلول النظام على حاجز فيها.", "2025-03-07"),
}


def _analysis():
    linker = Linker()
    linker.add([analyze(Article(id=k, raw=t, published=d)) for k, (t, d) in TEXTS.items()])
    return linker.analysis()


def test_csv_json_and_report_use_canonical_names_never_a_bare_side() -> None:
    analysis = _analysis()
    sides = {"opposition", "government", "unknown", "sdf", "isis", "civilians", "opposition factions"}
    rows = list(csv.DictReader(io.StringIO(events_csv(analysis))))
    assert rows and all(r["actor1"] and r["actor1"] not in sides for r in rows)
    assert {"Opposition Rebels (Syria)", "Police Forces of Syria (2024-)"} <= {r["actor1"] for r in rows}
    data = json.loads(json.dumps(analysis_dict(analysis), ensure_ascii=False))
    names = {e["actor"]["name_en"] for e in data["events"]}
    assert "Opposition Rebels (Syria)" in names and not names & sides
    html_ar = render_html(analysis, "ar")
    assert "فصائل المعارضة السورية" in html_ar and "قوى الأمن السورية (2024-)" in html_ar
    html_en = render_html(analysis, "en")
    assert ">Police Forces of Syria (2024-)<" in html_en
