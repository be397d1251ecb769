"""Task wrongplace42: a defection told by its noun with a joining noun written with و after it ("أعلنوا انشقاقهم
والتحاقهم بالفصائل في بلدة Y"): the place after the joining word is where the defectors joined, not where they
left; the defection keeps the place their unit stood at, named before it. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def defections(text: str, published: str = "2024-05-02") -> list[str]:
    evs = analyze(Article(id="wrongplace42", raw=text, published=published)).events
    return [e.place.name if e.place else "" for e in evs if e.type == "defection"]


def test_the_place_joined_is_not_the_place_left() -> None:
    got = defections("أعلن أربعة مجندين من كتيبة المدفعية في بلدة كفرشمس انشقاقهم وانضمامهم إلى الثوار في بلدة الحارة")
    assert got and all("كفرشمس" in p for p in got), got
    got = defections("أعلن ملازم من الحرس الجمهوري في مدينة قطنا انشقاقه والتحاقه بالكتائب في زاكية")
    assert got and all("قطنا" in p for p in got), got


def test_guards_the_defection_keeps_its_own_place() -> None:
    got = defections("أعلن ملازم انشقاقه عن الجيش في مدينة قطنا والتحاقه بالكتائب")
    assert got and all("قطنا" in p for p in got), got
    got = defections("انشق أربعة مجندين في بلدة كفرشمس وانضموا إلى الثوار في بلدة الحارة")
    assert got and all("كفرشمس" in p for p in got), got
