"""A gazetteer name ending in a title ("جبل الشيخ") followed by a person's name ("جبل الشيخ منصور") is only
the start of a longer name the gazetteer lacks (issue 12): the longer name wins, unresolved, rather than
the shorter place 400 km away. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str) -> list[tuple[str, str]]:
    evs = analyze(Article(id="t", raw=text, published="2015-01-20")).events
    return [(e.place.name, e.place.name_en) for e in evs]


def test_a_title_followed_by_a_name_goes_on():
    assert places_of("وسيطر المقاتلون الأكراد على جبل الشيخ منصور المطل على البلدة.") == [("جبل الشيخ منصور", "")]


def test_the_gazetteer_name_stands_when_no_name_follows_the_title():
    assert places_of("وانتشرت قوات الفصل في جبل الشيخ أمس.") == [("جبل الشيخ", "Mount Hermon")]
    assert places_of("وقصفت المدفعية جبل الشيخ جنوب غرب دمشق.") == [("جبل الشيخ", "Mount Hermon")]
    assert places_of("وانتشرت قوات الفصل في جبل الشيخ وقرية عرنة.")[0] == ("جبل الشيخ", "Mount Hermon")
