"""Task read23b (heldout23, H2309-H2316): a place word inside a quoted armed group's name, and two forces offered as
alternatives ("الروسي أو السوري"). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _mentions(text: str, kind: str, published: str = "2016-05-01") -> list:
    art = analyze(Article(id="r23b", raw=text, published=published))
    return [m for m in art.mentions if m.kind == kind]


def test_a_place_inside_a_quoted_group_name_is_no_place() -> None:
    names = {m.attrs["name"] for m in _mentions("وقال قيادي في «اتحاد ثوار القلمون» إن المفاوضات مستمرة.", "place")}
    assert "القلمون" not in names
    names = {m.attrs["name"] for m in _mentions(
        'ونقلت الوكالة عن قيادي في "ألوية صقور جبل الزاوية" أن الطائرات قصفت بلدة كفرنبل.', "place")}
    assert "جبل الزاوية" not in names and "كفرنبل" in names


def test_the_same_area_outside_quotes_or_in_a_council_name_stays_a_place() -> None:
    names = {m.attrs["name"] for m in _mentions("وقصفت قوات النظام قرى جبل الزاوية بالمدفعية.", "place")}
    assert "جبل الزاوية" in names
    # a council speaks for its town: not an armed group's name
    names = {m.attrs["name"] for m in _mentions("وقال «المجلس المحلي لمدينة داريا» إن القصف مستمر.", "place")}
    assert "داريا" in names


def test_two_forces_offered_as_alternatives_have_no_side() -> None:
    actors = _mentions("وقصفت طائرات روسية أو تابعة للنظام بلدة كفرزيتا.", "actor")
    assert [a.attrs["side"] for a in actors] == ["unknown"]
    actors = _mentions("وقصف الطيران الحربي الروسي أو السوري بلدة كفرنبل.", "actor")
    assert [a.attrs["side"] for a in actors] == ["unknown"]


def test_two_forces_joined_by_and_keep_the_first_side() -> None:
    actors = _mentions("وقصف الطيران الحربي الروسي بلدة كفرنبل.", "actor")
    assert [a.attrs["side"] for a in actors] == ["russia"]


def test_a_quoted_saying_is_no_group_name() -> None:
    names = {m.attrs["name"] for m in _mentions(
        'وقال القيادي إن "قوات الحكومة هي من حاولت التسلل نحو بلدة المزرعة تحت غطاء ناري كثيف".', "place", "2025-08-01")}
    assert "المزرعة" in names
    names = {m.attrs["name"] for m in _mentions(
        'وقال إن "جيش النظام لم يتوقف عن قصف مدينة دوما منذ أسابيع طويلة".', "place")}
    assert "دوما" in names
