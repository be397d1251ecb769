"""Task backref20: "المخيم" after a camp named by its town ("مخيم بلدة X") is X; "الجيب" after a place the text called
the last pocket in apposition ("بلدة X، آخر جيب للتنظيم في ريف Y") is X, not the countryside named after it as a
locator. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-02-20") -> list[tuple[str, str]]:
    evs = analyze(Article(id="b20p", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_pocket_is_the_place_called_so_not_its_countryside() -> None:
    got = events("قصفت طائرات التحالف محيط بلدة هجين، آخر جيب للتنظيم في ريف دير الزور الشرقي. وقال المرصد إن نحو "
                 "300 شخص خرجوا من الجيب خلال الليل.", "2018-12-14")
    assert ("displacement", "هجين") in got and ("displacement", "ريف دير الزور الشرقي") not in got


def test_the_pocket_is_found_past_a_locator_and_another_clause() -> None:
    got = events("سيطرت قوات سوريا الديمقراطية على بلدة السوسة، فيما تحصن عناصر التنظيم في بلدة الباغوز، آخر جيب لهم "
                 "قرب الحدود العراقية في ريف دير الزور الشرقي. وقصفت طائرات التحالف الجيب مساء اليوم.")
    assert ("attack", "الباغوز") in got and ("attack", "ريف دير الزور الشرقي") not in got


def test_the_camp_named_by_its_town_is_that_town() -> None:
    got = events("تحاصر قوات سوريا الديمقراطية مخيم بلدة الباغوز منذ أيام. وقال المرصد إن طائرات التحالف قصفت مواقع "
                 "التنظيم داخل المخيم ليلا.", "2019-03-08")
    assert ("attack", "الباغوز") in got


def test_a_camp_of_its_own_named_since_is_the_camp() -> None:
    got = events("تحاصر قوات سوريا الديمقراطية مخيم بلدة الباغوز منذ أيام. ونقل الخارجون منها إلى مخيم الهول في ريف "
                 "الحسكة. وقصفت طائرات مجهولة المخيم مساء اليوم.", "2019-03-08")
    assert ("attack", "الهول") in got and ("attack", "الباغوز") not in got
