"""A street, square or roundabout named after a town lies inside its city (issue 12, task constructions3):
sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _names(text: str) -> list[str]:
    art = segment(Article(id="st", raw=text, language="ar"))
    read_places(art)
    return [m.attrs["name"] for m in art.mentions if m.kind == "place"]


def test_a_street_named_after_a_town_is_not_that_town() -> None:
    names = _names("انفجرت عبوة في شارع جنديرس وسط مدينة عفرين مساء أمس.")
    assert "جنديرس" not in names
    assert "عفرين" in names


def test_a_street_with_a_clitic_before_it() -> None:
    names = _names("وسقطت قذيفتان بشارع حلب في مدينة حماة.")
    assert "حلب" not in names and "حماة" in names


def test_the_town_itself_after_a_preposition_stays() -> None:
    """Without the street word the town is the place: the rule reads only the word right before it."""
    assert "جنديرس" in _names("انفجرت عبوة في بلدة جنديرس مساء أمس.")
    assert "جنديرس" in _names("وقطعت القوات الشارع الرئيسي في جنديرس.")
