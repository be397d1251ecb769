"""Place readings behind the errors of bench/articles_heldout9 (task read9; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str, published: str = "2026-02-10") -> list[str]:
    art = analyze(Article(id="r9", raw=text, published=published))
    return [e.place.name for e in art.events if e.place is not None]


def test_direction_adjective_of_an_entrance_is_not_a_sister_village():
    assert set(places_of("وهاجم مسلحون مجهولون حاجزاً للشرطة على مدخل بلدة تل تمر الغربي فجر اليوم.")) == {"تل تمر"}


def test_sister_village_keeps_its_adjective():
    assert "البويضة الشرقية" in places_of("وسيطر مقاتلو حزب الله على قرية البويضة الشرقية.", "2013-06-01")


def test_a_cued_common_word_town_is_that_town_further_on():
    names = places_of("سيطرت فصائل المعارضة اليوم على مدينة الباب بالكامل. وقالت رئاسة الأركان التركية إن طائرات "
                      "حربية تركية دمرت عشرة أهداف للتنظيم في محيط الباب.", "2017-02-24")
    assert names.count("الباب") == 2


def test_desert_of_a_governorate_locates_the_town():
    names = places_of("قتل ثلاثة جنود اليوم في هجوم على نقطة عسكرية قرب بلدة الشولا في بادية دير الزور.", "2026-03-14")
    assert set(names) == {"الشولا"}
