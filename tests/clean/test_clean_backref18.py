"""Task backref18: a dateline on a line of its own above the first paragraph is body, not the title.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.boilerplate import clean_article
from tawatur.model import Article
from tawatur.pipeline import analyze


def test_a_dateline_line_is_no_title_and_opens_the_body() -> None:
    art = clean_article(Article(id="c18", raw="حلب، 3 آذار (رويترز) -\nقصفت قوات النظام أحياء في شرق المدينة صباح اليوم.",
                                published="2014-03-03"))
    assert not art.title
    assert art.text.startswith("حلب")


def test_a_bare_city_dateline_is_no_site_name() -> None:
    art = clean_article(Article(id="c18", raw="دير الزور -\nقالت مصادر محلية إن مسلحي التنظيم قصفوا أحياء المدينة.",
                                published="2014-09-10"))
    assert art.text.startswith("دير الزور")


def test_the_city_word_recalls_the_dateline_s_city() -> None:
    evs = analyze(Article(id="c18", raw="حمص، 5 أيار (أ ف ب) –\nاقتحمت قوات النظام حي الخالدية. وقصفت قوات النظام "
                                       "وسط المدينة بالمدفعية.", published="2012-05-05")).events
    assert ("attack", "حمص") in [(e.type, e.place.name) for e in evs]


def test_a_headline_above_the_dateline_stays_the_title() -> None:
    art = clean_article(Article(id="c18", raw="قوات النظام تقصف أحياء شرق حلب\nحلب، 3 آذار (رويترز) -\nقصفت قوات النظام "
                                "أحياء في شرق المدينة صباح اليوم.", published="2014-03-03"))
    assert art.title == "قوات النظام تقصف أحياء شرق حلب"
    assert art.text.startswith("حلب")
