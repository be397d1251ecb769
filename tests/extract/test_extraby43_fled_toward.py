"""Task extraby43: a clash told before "قبل أن" whose next happening heads toward a place ("اشتبكوا مع المهاجمين
قبل أن يتراجعوا باتجاه قرية X"): X is where the fleeing went, not where the clash was; a place of the clash's own
clause stays, and so does a withdrawal that names where it left. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-12") -> list[tuple[str, str]]:
    evs = analyze(Article(id="extraby43", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_clash_takes_no_place_its_foes_fled_toward() -> None:
    got = events("واشتبك عناصر الحاجز مع المهاجمين نحو نصف ساعة قبل أن يتراجعوا باتجاه قرية المسيفرة")
    assert not any(t == "attack" for t, _ in got)
    got = events("وتبادلت دورية للشرطة إطلاق النار مع ثلاثة مسلحين ليلة أمس قبل أن يهرب هؤلاء نحو مدينة جاسم")
    assert not any(t == "attack" and "جاسم" in p for t, p in got)


def test_a_clash_with_its_own_place_keeps_it() -> None:
    got = events("اشتبك عناصر الأمن مع مسلحين في بلدة طفس قبل أن يفر المسلحون باتجاه الحدود")
    assert ("attack", "طفس") in got


def test_a_withdrawal_naming_where_it_left_stays() -> None:
    got = events("قصفت المدفعية مواقع المسلحين في قرية الشيخ مسكين قبل أن ينسحبوا منها باتجاه بلدة إبطع")
    assert ("attack", "الشيخ مسكين") in got and ("withdraw", "الشيخ مسكين") in got
