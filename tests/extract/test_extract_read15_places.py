"""Task read15: where events of articles_heldout15 happen: a market named by what it sells is no facility's name
("سوق الخضار وسط مدينة X": the town is the place). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2015-08-16") -> list[tuple[str, str]]:
    evs = analyze(Article(id="r15p", raw=text, published=published)).events
    return [(e.type, e.place.name) for e in evs]


def test_a_market_named_by_its_goods_gives_the_town() -> None:
    got = places("وسقطت قذائف هاون على سوق الخضار في مدينة دوما، ما أدى إلى مقتل أربعة مدنيين.")
    assert ("attack", "دوما") in got and ("casualties", "دوما") in got
    assert not any("سوق" in p for _, p in got)


def test_a_livestock_market_is_no_place_either() -> None:
    got = places("واستهدف الطيران الحربي الروسي سوق الماشية في بلدة سراقب بثلاث غارات.", "2016-02-03")
    assert ("attack", "سراقب") in got
