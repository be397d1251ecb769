"""A victim's title naming his seat, his name set apart by two commas before what befell him (task seats42): "نجا
رئيس بلدية X، اسمه، من محاولة اغتيال" places the attempt at X as it does with no name between; a speaker's seat
places nothing he tells, with or without his name apposed. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2023-05-16") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_a_title_seat_places_the_attempt_past_the_apposed_name():
    got = places("نجا رئيس بلدية داعل في ريف درعا الأوسط، محمد العلي، من محاولة اغتيال مساء أمس.")
    assert ("attack", "داعل") in got
    got = places("تعرض مختار قرية الكرك الشرقي، أبو فادي، لمحاولة اغتيال ليلة الجمعة أمام بيته.")
    assert ("attack", "الكرك الشرقي") in got


def test_the_rule_says_how_the_seat_was_reached():
    events = analyze(Article(id="p", raw="نجا رئيس مجلس بلدة سرمدا بريف إدلب، خالد الأحمد، من محاولة اغتيال اليوم.",
                             published="2023-05-16")).events
    assert any(e.type == "attack" and "title-apposition" in e.rule for e in events)


def test_a_speakers_seat_with_his_name_apposed_places_nothing_he_tells():
    got = places("وقال رئيس بلدية داعل، محمد العلي، إن مسلحين هاجموا دورية للأمن العام ليلاً.")
    assert not any(p == "داعل" for _, p in got)


def test_a_place_of_the_happening_outranks_the_title_seat():
    got = places("نجا رئيس بلدية داعل، محمد العلي، من محاولة اغتيال في مدينة درعا بعد انفجار عبوة بسيارته.")
    assert ("attack", "درعا") in got and ("attack", "داعل") not in got
