"""Task extraby43: the passage a move or a corridor goes by ("عبر دوار X"، "عبر ممر Y"، "عبر معبر Z"), after the place
the event names, is the way and not a second place of the event; a crossing named with no place before it stays
the event's place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2025-04-20") -> set[str]:
    evs = analyze(Article(id="extraby43b", raw=text, published=published)).events
    return {e.place.name for e in evs if e.place}


def test_a_passage_after_the_place_is_the_way() -> None:
    got = places("ودخلت خمس شاحنات مساعدات غذائية إلى بلدة طفس عبر ممر اليادودة مساء أمس")
    assert "طفس" in got and not any("اليادودة" in p for p in got)
    got = places("وأعلنت المحافظة فتح ممر إنساني لخروج العائلات من حي جوبر عبر دوار البيطرة وطريق المتحلق")
    assert any("جوبر" in p for p in got) and not any("البيطرة" in p for p in got)


def test_a_crossing_with_no_place_before_it_stays() -> None:
    got = places("دخلت شاحنات المساعدات الأراضي السورية عبر معبر باب الهوى صباح اليوم")
    assert any("باب الهوى" in p for p in got)


def test_a_place_after_the_passage_is_still_the_events() -> None:
    got = places("وهربت عشرات العائلات من حي الحمدانية عبر معبر الراموسة إلى بلدة الزربة")
    assert any("الزربة" in p for p in got) and not any("الراموسة" in p for p in got)


def test_countries_before_the_crossing_leave_it_the_place() -> None:
    got = places("وعاد نحو خمسمئة لاجئ من الأردن إلى سوريا عبر معبر نصيب أمس")
    assert any("نصيب" in p for p in got)
