"""Metadata of plain inputs: the published value read as a date, sidecars, --outlet/--published."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tawatur.ingest import iter_articles
from tawatur.ingest.html import page_identity
from tawatur.ingest.published import parse_published
from tawatur.ingest.readers import from_html, from_record

TEXT = "قالت مصادر محلية إن قوات المعارضة سيطرت على بلدة تلبيسة شمال حمص صباح اليوم.\n"


@pytest.mark.parametrize("value, iso", [
    ("2024-12-07", "2024-12-07"),
    ("2024-12-07T02:47:11Z", "2024-12-07T02:47+00:00"),
    ("2024-12-07 02:47", "2024-12-07T02:47"),
    ("Sat, 07 Dec 2024 02:47:00 +0300", "2024-12-07T02:47"),
    ("Sat, 07 Dec 2024 02:47", "2024-12-07T02:47"),  # RFC 2822 cut after the minutes
    ("Sat, 07 Dec 2024", "2024-12-07"),
    ("07/12/2024", "2024-12-07"),  # day first, as the Arabic press writes it
    ("07-12-2024 | 02:47", "2024-12-07T02:47"),
    ("٧ كانون الأول ٢٠٢٤", "2024-12-07"),
    ("السبت 7 ديسمبر 2024", "2024-12-07"),
])
def test_published_formats(value: str, iso: str) -> None:
    assert parse_published(value) == (iso, None)


@pytest.mark.parametrize("value", ["2024-13-45", "9999-12-31", "0001-01-01", "Sat, 07 Dec", "غدا صباحا",
                                   "31/02/2024", "not a date"])
def test_not_a_date_is_dropped_with_a_warning(value: str) -> None:
    iso, warning = parse_published(value)
    assert iso is None and warning and "dropped" in warning


@pytest.mark.parametrize(("value", "iso"), [
    ("1446-06-05", "2024-12-06"),  # year first in figures: a year no news was published in is Hijri
    ("٥ جمادى الآخرة ١٤٤٦ هـ", "2024-12-06"),
    ("5 جمادى الآخرة 1446", "2024-12-06"),
    ("1446/10/1 هـ", "2025-03-30"),  # Eid al-Fitr 1446 was Sunday 30 March 2025 (the tabular calendar says 31)
    ("الخامس من ذي الحجة 1445 للهجرة", "2024-06-11"),  # Arafat (the 9th) was 15 June 2024
])
def test_a_hijri_date_is_read_as_its_gregorian_day(value: str, iso: str) -> None:
    assert parse_published(value) == (iso, None)


@pytest.mark.parametrize("value", ["1300-01-01", "1446-13-01", "1446-06-31", "5 جمادى الآخرة"])
def test_a_hijri_date_outside_the_calendar_or_without_a_year_is_dropped(value: str) -> None:
    iso, warning = parse_published(value)
    assert iso is None and "dropped" in warning


def test_relative_word_needs_a_reference() -> None:
    assert parse_published("yesterday")[0] is None
    assert parse_published("أمس")[0] is None
    assert parse_published("أمس", date(2024, 12, 8)) == ("2024-12-07", None)
    assert parse_published("today", date(2024, 12, 8)) == ("2024-12-08", None)


def test_record_with_a_bad_date_keeps_the_article_without_it() -> None:
    art = from_record({"id": "r1", "text": TEXT, "published": "2024-13-45"}, "x", "x.jsonl")
    assert art.published is None
    assert any("not a date" in w for w in art.warnings)
    art = from_record({"id": "r2", "text": TEXT, "published": "yesterday", "fetched": "2024-12-08"},
                      "x", "x.jsonl")
    assert art.published == "2024-12-07"
    art = from_record({"id": "r3", "text": TEXT, "published": "٥ جمادى الآخرة ١٤٤٦ هـ"}, "x", "x.jsonl")
    assert (art.published, art.warnings) == ("2024-12-06", [])


def test_sidecar_gives_a_text_file_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "talbiseh.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "talbiseh.meta.json").write_text(json.dumps(
        {"outlet": "example-news.sy", "published": "07/12/2024", "url": "https://example-news.sy/a/1",
         "title": "تلبيسة"}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "other.txt").write_text(TEXT, encoding="utf-8")
    errors: list[tuple[str, str]] = []
    arts = {a.id: a for a in iter_articles([str(tmp_path)], on_error=lambda s, r: errors.append((s, r)))}
    assert sorted(arts) == ["other", "talbiseh"]  # the sidecar is not read as an article
    assert not errors
    a = arts["talbiseh"]
    assert (a.outlet, a.published, a.url, a.title) == ("example-news.sy", "2024-12-07",
                                                       "https://example-news.sy/a/1", "تلبيسة")
    assert a.meta["published_basis"] == "sidecar"
    assert arts["other"].outlet is None and arts["other"].published is None


def test_broken_sidecar_is_reported_and_the_text_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([str(tmp_path / "a.txt")], on_error=lambda s, r: errors.append((s, r))))
    assert len(arts) == 1 and arts[0].published is None
    assert errors and "sidecar" in errors[0][1]


def test_flags_apply_only_to_inputs_without_their_own(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    rec = {"id": "own", "text": TEXT, "outlet": "own-outlet.sy", "published": "2024-12-05"}
    (tmp_path / "recs.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    arts = {a.id: a for a in iter_articles([str(tmp_path)], outlet="flag-outlet.sy",
                                           published="2024-12-07")}
    assert (arts["plain"].outlet, arts["plain"].published) == ("flag-outlet.sy", "2024-12-07")
    assert arts["plain"].meta["published_basis"] == "flag"
    assert (arts["own"].outlet, arts["own"].published) == ("own-outlet.sy", "2024-12-05")


PAGE = f"""<html><head><title>t</title>
<link rel="canonical" href="https://www.example-news.sy/2024/12/07/talbiseh">
<meta property="og:site_name" content="أخبار المثال">
</head><body><article><p>{TEXT * 3}</p></article></body></html>"""


def test_outlet_of_a_fetched_page_is_its_canonical_site() -> None:
    assert page_identity(PAGE) == ("https://www.example-news.sy/2024/12/07/talbiseh", "أخبار المثال")
    from tawatur.ingest.readers import finish
    art = finish(from_html(PAGE, "p1", "http://127.0.0.1:8000/page.html"))
    assert art.outlet == "example-news.sy"
    bare = PAGE.replace('<link rel="canonical" href="https://www.example-news.sy/2024/12/07/talbiseh">', "")
    art = finish(from_html(bare, "p2", "http://127.0.0.1:8000/page.html"))
    assert art.outlet == "أخبار المثال"
    plain = bare.replace('<meta property="og:site_name" content="أخبار المثال">', "")
    art = finish(from_html(plain, "p3", "http://127.0.0.1:8000/page.html"))
    assert art.outlet == "127.0.0.1"


def test_analyze_flags(tmp_path: Path) -> None:
    from tawatur.cli import main

    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path / "plain.txt"), "--out", str(out), "--format", "json", "-q",
                 "--published", "2024-13-45"]) == 2
    assert main(["analyze", str(tmp_path / "plain.txt"), "--out", str(out), "--format", "json", "-q",
                 "--published", "07/12/2024", "--outlet", "flag-outlet.sy"]) == 0
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    art = data["articles"][0]
    assert (art["outlet"], art["published"]) == ("flag-outlet.sy", "2024-12-07")
    assert data["events"] and all(e["date"]["value"] == "2024-12-07" for e in data["events"])


def test_ingest_flags(tmp_path: Path) -> None:
    from tawatur.cli import main
    from tawatur.store import open_store

    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(tmp_path / "plain.txt"), "--db", db, "-q", "--published", "yesterday"]) == 2
    assert main(["ingest", str(tmp_path / "plain.txt"), "--db", db, "-q",
                 "--published", "Sat, 07 Dec 2024", "--outlet", "flag-outlet.sy"]) == 0
    with open_store(db) as st:
        art = st.article("plain")
    assert art is not None and (art.outlet, art.published) == ("flag-outlet.sy", "2024-12-07")
