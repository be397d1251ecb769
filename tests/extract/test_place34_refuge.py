"""Task place34: a town that a flight only reached ("نزحت العائلات من البلدة نحو مدينة Y"، "لجأ آخرون إلى أقاربهم في
بلدة Z") is named in passing: "البلدة"/"المدينة" of a later sentence is the town the story is about, the place they
left. When the story names no other town an event took, or names the refuge again with an event of its own, the
word points at the refuge. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-04-10") -> list[tuple[str, str]]:
    evs = analyze(Article(id="p34", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_town_after_a_refuge_is_the_town_left() -> None:
    got = events("وتجددت الاشتباكات بين الفصائل وقوات النظام في بلدة كفرنبودة بريف حماة. ونزحت مئات العائلات من البلدة "
                 "نحو مدينة خان شيخون، فيما لجأ آخرون إلى أقاربهم في بلدة الهبيط. وفرضت الفصائل حظر تجول في البلدة "
                 "صباح اليوم.")
    assert ("other", "كفرنبودة") in got and ("other", "الهبيط") not in got
    assert ("displacement", "الهبيط") in got


def test_the_city_after_a_refuge_is_the_city_left() -> None:
    got = events("ودخلت قوات الأمن العام مدينة الباب صباح اليوم. وفرت عشرات العائلات منها باتجاه مدينة منبج. "
                 "وانتشرت الدوريات في شوارع المدينة مساءً.")
    assert ("deploy", "الباب") in got and ("deploy", "منبج") not in got


def test_a_refuge_the_story_stays_at_keeps_the_word() -> None:
    got = events("ونزحت مئات العائلات من ريف إدلب الجنوبي إلى بلدة سرمدا. وقصفت الطائرات الحربية البلدة مساء اليوم.")
    assert ("attack", "سرمدا") in got
    got = events("ودخلت قوات الأمن العام مدينة الباب صباح اليوم. وفرت عشرات العائلات منها باتجاه مدينة منبج. وقصفت "
                 "المدفعية مدينة منبج مساءً، واندلعت اشتباكات في المدينة ليلاً.")
    assert ("attack", "منبج") in got and ("attack", "الباب") not in got
