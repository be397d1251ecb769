"""Every label, value and summary in the reader's language; outlets isolated; one date format each."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tawatur.report import i18n
from tawatur.report.html_out import render_html
from tawatur.report.view import build_view

_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
rf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rf)

AR_DATE = re.compile(r"^(?:≈ )?(?:\d{1,2} )?(?:كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)[^\d]* \d{4}$")
EN_DATE = re.compile(r"^(?:≈ )?(?:\d{1,2} )?[A-Z][a-z]{2} \d{4}$")
ENGLISH_VALUES = ("opposition", "government", "unknown", "the article", "single-source", "corroborated",
                  "asserted", "denied", "take_control", "withdraw")


@pytest.mark.parametrize("n, ar", [(0, "لا مقالات"), (1, "مقال واحد"), (2, "مقالان"), (5, "5 مقالات"),
                                   (10, "10 مقالات"), (11, "11 مقالاً"), (99, "99 مقالاً"),
                                   (100, "100 مقال"), (103, "103 مقالات"), (111, "111 مقالاً")])
def test_arabic_counts_agree_with_the_number(n: int, ar: str) -> None:
    assert i18n.count(n, "articles")["ar"] == ar
    assert i18n.count(n, "articles")["en"] == (f"{n} article" if n == 1 else f"{n} articles")


def test_plural_rules_are_data() -> None:
    assert [i18n.plural_category(n, "ar") for n in (0, 1, 2, 3, 11, 100, 102)] == \
        ["zero", "one", "two", "few", "many", "other", "other"]
    assert i18n.plural_category(0, "en") == "other" and i18n.plural_category(1, "en") == "one"


def test_one_date_format_per_language() -> None:
    d = i18n.fmt_date("2024-12-07")
    assert (d["ar"], d["en"]) == ("7 كانون الأول 2024", "7 Dec 2024")
    inferred = i18n.fmt_date("2024-12-07", "week", "story")
    assert inferred["ar"].startswith("≈ ") and "story" in inferred["title_en"]
    assert i18n.fmt_date("")["ar"] == "تاريخ غير معروف"


def _has(cls: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


def _find(doc, tag: str, *classes: str, extra: str = "") -> list:
    cond = " and ".join([_has(c) for c in classes] + ([extra] if extra else []))
    return doc.xpath(f"//{tag}[{cond}]" if cond else f"//{tag}")


def _visible_text(page: str, tag: str, *classes: str, extra: str = "") -> list[str]:
    doc = lxml_html.fromstring(page)
    return [" ".join(el.text_content().split()) for el in _find(doc, tag, *classes, extra=extra)]


def test_arabic_view_shows_no_english_value() -> None:
    page = render_html(rf.sample_analysis(), "ar")
    doc = lxml_html.fromstring(page)
    for el in _find(doc, "span", "l") + _find(doc, "time", "l"):
        text = (el.text_content() or "").strip()
        assert text.lower() not in ENGLISH_VALUES, text
        if el.tag == "time" and el.get("datetime"):
            assert AR_DATE.match(text), text
    assert "المعارضة" in page and "القوات الحكومية" in page


def test_english_view_dates_and_summary_say_what_happened() -> None:
    page = render_html(rf.sample_analysis(), "en")
    for text in _visible_text(page, "time", "l", extra="@datetime != ''"):
        if text:
            assert EN_DATE.match(text), text
    summary = " ".join(t for el in _find(lxml_html.fromstring(page), "ol", "summary-en")
                       for t in [" ".join(el.text_content().split())])
    assert "took control of Daraa on 6 Dec 2024" in summary
    assert "according to" in summary and "independent chain" in summary
    # the same citation as the Arabic line: article id and evidence offsets
    v = build_view(rf.sample_analysis(), "en")
    item = v["summary"][0]["digest_en"][0]
    assert item["article"] and item["start"] is not None


def test_outlet_ids_are_isolated_left_to_right() -> None:
    page = render_html(rf.sample_analysis(), "ar")
    doc = lxml_html.fromstring(page)
    outlets = {el.text_content() for el in _find(doc, "bdi", "outlet", extra="@dir = 'ltr'")}
    assert {"Outlet One", "=Outlet Two", "Outlet Three"} <= outlets


def test_every_event_shows_its_confidence_and_weak_ones_are_marked() -> None:
    analysis = rf.sample_analysis()
    analysis.events[0].confidence = 0.3
    page = render_html(analysis, "ar")
    doc = lxml_html.fromstring(page)
    rows = _find(doc, "tr", "event-row")
    assert len(rows) == len(analysis.events)
    assert all(r.xpath(f".//span[{_has('conf')}]") for r in rows)
    weak = _find(doc, "tr", "event-row", "conf-weak")
    assert len(weak) == 1 and "ضعيفة (30%)" in weak[0].text_content()


def test_control_panel_has_one_current_holder_per_place() -> None:
    v = build_view(rf.sample_analysis(), "ar")
    keys = [p["key"] for p in v["control"]]
    assert len(keys) == len(set(keys)) and keys
    for p in v["control"]:
        assert p["current"]["current"] and p["current"]["holder_l"]["ar"]
        assert sum(h["current"] for h in p["history"]) == 1
