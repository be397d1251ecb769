"""Task cont41: a speaker's continuing sentence ("وأضاف المصدر أن ...") that names a place of its own in any of its
clauses is not one that *only* continues the previous report (GUIDELINES: only such a sentence takes the previous
sentence's place). A trigger of it left without a place takes no earlier one; a continuing sentence naming no place
still continues. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2024-06-03") -> list[tuple[str, str]]:
    evs = analyze(Article(id="cont41", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_placeless_clause_of_a_sentence_naming_its_own_places_borrows_no_earlier_place() -> None:
    got = events("دخلت وحدات الجيش بلدة معرة مصرين فجر الاثنين. وأضاف المصدر أن الوحدات طوقت قريتي كفريا "
                 "والفوعة، وباشرت عملية تمشيط واسعة")
    assert ("enter", "معرة مصرين") in got and ("advance", "كفريا") in got
    assert ("other", "معرة مصرين") not in got


def test_a_continuing_sentence_naming_no_place_still_continues() -> None:
    got = events("دخلت وحدات الجيش بلدة معرة مصرين فجر الاثنين. وأضاف المصدر أن الوحدات باشرت عملية تمشيط واسعة")
    assert ("other", "معرة مصرين") in got


def test_a_toll_of_the_clash_before_keeps_its_place_beside_another_clause_place() -> None:
    got = events("هاجم مسلحون حاجزاً للأمن العام قرب بلدة الصنمين مساء أمس. وأضاف المصدر أن الاشتباكات أسفرت عن "
                 "مقتل عنصرين، مشيراً إلى أن تعزيزات عسكرية وصلت لاحقاً إلى بلدة غباغب")
    assert ("casualties", "الصنمين") in got and ("deploy", "غباغب") in got
