"""Task unnamed43: "أحد"/"إحدى" + a plural of sites + the town in construct ("في أحد أحياء مدينة X"، "أحد مستشفيات X")
that opens the object names one unnamed site of the town: the town is where it happened, not a place merely
described. After a place or its comma ("قرية X، إحدى قرى ريف Y") the phrase still describes X, and a person after
"أحد" ("أحد أبناء مدينة X") keeps X out. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> list[tuple[str, str]]:
    a = analyze(Article(id="unnamed43", raw=text, published="2024-06-11"))
    return [(e.type, e.place.name if e.place else "") for e in a.events]


def test_one_of_the_town_sites_is_placed_at_the_town() -> None:
    got = places("قتل رجل مسن برصاص مجهولين في أحد أحياء مدينة حماة")
    assert ("casualties", "حماة") in got, got
    got = places("سقطت قذيفتا هاون على أحد منازل دمشق القديمة")
    assert ("attack", "دمشق القديمة") in got, got


def test_guard_an_apposition_and_a_person_keep_the_town_out() -> None:
    got = places("دخلت القوات قرية الزلاقيات، إحدى قرى ريف حماة الشمالي")
    assert all("ريف حماة" not in p for _, p in got), got
    got = places("قتل أحد أبناء مدينة داريا خلال المعارك في ريف حلب الجنوبي")
    assert all(p != "داريا" for _, p in got), got
