"""Places of long real-style pages (task probe22, bench/articles_probe22). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2025-09-03") -> list[str]:
    return [e.place.name for e in analyze(Article(id="p22r", raw=text, published=published)).events]


def test_the_countryside_of_a_titled_town_locates() -> None:
    assert set(places("قصفت فصائل مسلحة قريتي أم الكيف والطويلة في ريف بلدة تل تمر.")) == {"الطويلة", "أم الكيف"}
    assert places("قصفت الطائرات الحربية قرية كفرسجنة في ريف بلدة خان شيخون.", "2019-06-10") == ["كفرسجنة"]


def test_the_quarters_of_a_named_common_noun_stay() -> None:
    # "أحياء العاصمة" names no quarter, but a quarter named after a common noun ("حي الجامع") still is one
    assert "حي العاصمة" not in places("تتواصل الاشتباكات في عدد من أحياء العاصمة.", "2012-07-19")
