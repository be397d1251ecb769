"""A reporting body's seat is no event place (task read12). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, day: str) -> set[str]:
    evs = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day)).events
    return {e.place.name for e in evs if e.place is not None}


def test_a_seat_after_its_noun_is_no_event_place():
    got = places("وبحسب حصيلة جمعتها منظمة حقوقية مقرها لندن، قتل 20 من عناصر الأمن منذ مطلع العام.", "2026-05-26")
    assert "لندن" not in got


def test_a_seat_after_fi_is_no_event_place_and_the_event_keeps_its_own():
    got = places("وذكرت منظمة رقابية مقرها في بريطانيا أن 12 مدنيا قتلوا في قصف على بلدة كفرنبل.", "2019-06-01")
    assert got == {"كفرنبل"}
