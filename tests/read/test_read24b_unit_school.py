"""Task read24b: two place phrases of heldout24's half b. A numbered unit's headquarters ("مقر اللواء 82") is told by
the unit with its number, not read as a general's headquarters ("اللواء" the rank takes a name, never a number);
an unnamed school struck in a named town ("على مدرسة في مدينة X") is told by the town, as a school in a quarter
is. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2014-11-12") -> list[tuple[str, str]]:
    evs = analyze(Article(id="read24b", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_numbered_unit_headquarters_is_the_unit() -> None:
    got = events("سيطر مقاتلو المعارضة أمس على مقر اللواء 82 قرب مدينة نوى، بعد انسحاب القوات النظامية منه")
    assert ("take_control", "اللواء 82") in got and ("withdraw", "اللواء 82") in got
    assert not any(p == "مقر اللواء" for _, p in got)


def test_another_numbered_unit_headquarters() -> None:
    got = events("وانسحبت القوات النظامية من مقر الفوج 137 غربي حلب بعد حصار طويل")
    assert ("withdraw", "الفوج 137") in got


def test_an_unnamed_school_in_a_town_is_the_town() -> None:
    got = events("قتل أربعة أطفال جراء سقوط قذائف هاون على مدرسة في مدينة جرمانا قرب دمشق")
    assert ("attack", "جرمانا") in got and ("casualties", "جرمانا") in got
    assert not any("مدرسة" in p for _, p in got)


def test_an_unnamed_church_in_a_quarter_keeps_its_building() -> None:
    got = events("واستهدف القصف كنيسة في حي القصاع")
    assert any(t == "attack" and p.startswith("كنيسة") for t, p in got)


def test_on_the_authority_of_names_the_source() -> None:
    text = "واصلت المدفعية التركية، أمس، قصف قرية الشيخ عيسى بريف حلب الشمالي، استناداً إلى المرصد السوري لحقوق الإنسان."
    evs = analyze(Article(id="read24b", raw=text, published="2016-02-18")).events
    assert evs and all(e.source and e.source.name_en == "Syrian Observatory for Human Rights" for e in evs)
