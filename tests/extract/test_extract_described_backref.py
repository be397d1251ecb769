"""A back-reference noun a trigger takes ("المدينة") with a relative clause on it: the clause describes the
noun, so the places inside it are not the event's (issue 12). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def taken(text: str) -> set[str]:
    evs = analyze(Article(id="b", raw=text, published="2018-05-07")).events
    return {e.place.name for e in evs if e.type == "take_control"}


def test_a_handed_over_city_described_by_a_relative_clause_is_the_city():
    assert taken("وصلت الحافلات إلى مدينة الرستن. وسلمت الفصائل المدينة التي كانت أكبر معاقلها في "
                 "ريف حمص الشمالي.") == {"الرستن"}


def test_a_taken_city_described_by_a_relative_clause_is_the_city():
    assert taken("دخلت القوات مدينة الرستن صباحا. وسيطرت القوات على المدينة التي تقع في ريف حمص الشمالي "
                 "بعد ساعات.") == {"الرستن"}


def test_a_place_named_before_the_noun_still_counts():
    assert "تلبيسة" in taken("دخلت القوات مدينة الرستن. وسيطرت القوات على تلبيسة والمدينة التي تجاورها.")
