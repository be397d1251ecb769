"""A clash whose parties follow "بين" past the part of the place it names ("اشتباكات في الحي الغربي من مدينة X
بين Y وZ"، "على الأطراف الشرقية من بلدة X"): the first-named party is its side (GUIDELINES Sides); the words of
the place's part do not count toward the reach of بين (wordset between_uncounted). A clash told by a verb and
its object noun ("قوات حرس الحدود خاضت اشتباكات مع مهربين") is its subject's (extract/sides.py). Sentences written for these
tests (task sides22)."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s22", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events if e.type == "attack"]


@pytest.mark.parametrize("text,day,side", [
    ("ودارت اشتباكات في الحي الغربي من مدينة الصنمين بين عناصر الأمن العام ومسلحين.", "2025-03-01", "government"),
    ("وتجددت الاشتباكات منذ الفجر في الجهة الشمالية من مدينة طفس بين قوات الأمن العام ومجموعة مسلحة.",
     "2025-03-02", "government"),
    ("واندلعت اشتباكات عنيفة على الأطراف الشرقية من بلدة مورك بين الفصائل وقوات النظام.", "2016-03-01", "opposition"),
    ("وتجددت الاشتباكات في الجهة الجنوبية من مدينة جرمانا بين مسلحين دروز وقوات الأمن العام.", "2025-05-01", "unknown"),
])
def test_the_first_party_after_the_place_part(text, day, side):
    assert _sides(text, day) == [side]


@pytest.mark.parametrize("text,day,side", [
    ("وقالت الوزارة إن قوات حرس الحدود خاضت اشتباكات عنيفة مع مهربين قرب بلدة القصير.", "2025-03-01", "government"),
    ("وأفادت مصادر بأن عناصر الأمن العام خاضوا اشتباكات مع مسلحين في بلدة جاسم.", "2025-04-01", "government"),
    ("وقال ناشطون إن الفصائل تخوض معارك عنيفة مع قوات النظام في بلدة خان طومان.", "2016-05-01", "opposition"),
])
def test_the_subject_of_a_verb_whose_object_tells_the_clash(text, day, side):
    assert _sides(text, day) == [side]


@pytest.mark.parametrize("text,day,side", [
    ("وقالت وزارة الداخلية إن قواتها اشتبكت مع مسلحين في مدينة تدمر.", "2025-06-01", "government"),
    ("وقالت قسد إن قواتها اشتبكت مع مسلحين في مدينة الشدادي.", "2019-06-01", "sdf"),
])
def test_a_speakers_forces_as_the_subject_of_a_clash_verb(text, day, side):
    assert _sides(text, day) == [side]


def test_the_party_after_with_is_no_agent():
    text = "وقالت وزارة الداخلية إن قواتها اشتبكت مع قيادي في التنظيم خلال عملية دهم في مدينة القريتين."
    assert _sides(text, "2025-06-02") == ["government"]
