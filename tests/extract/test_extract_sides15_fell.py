"""Shells that fell with no force named as firing them (task sides15). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str = "2014-03-11") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="f15", raw=text, published=published)).events
    return [(e.type, e.place.name, e.actor.side) for e in evs]


def test_shells_that_fell_with_no_firer_named_are_unknown() -> None:
    got = sides("وأفاد ناشطون بسقوط قذائف صاروخية على بلدة الأتارب في ريف حلب الغربي.")
    assert ("attack", "الأتارب", "unknown") in got


def test_barrel_bombs_that_fell_keep_the_side_they_name() -> None:
    got = sides("وسقط برميل متفجر على سوق شعبي في مدينة داريا.")
    assert [s for t, _, s in got if t == "attack"] == ["government"]


def test_a_fall_right_after_a_named_strike_is_that_strike_s_sequel() -> None:
    got = sides("وقصفت مدفعية النظام فجر أمس بلدة التمانعة. وفي مساء اليوم نفسه، سقطت قذائف على قرية الخوين.")
    assert ("attack", "الخوين", "government") in got
