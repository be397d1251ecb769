"""Constructions met in a mixed 2020-2026 wire (issue 12, task probe4b): sentences written for these tests,
with invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-01"):
    return analyze(Article(id="pr4b", raw=text, published=published)).events


def test_time_drawing_near_is_no_advance():
    """"مع اقتراب شهر رمضان/موعد الانتخابات": the verbal noun's subject is a time, nobody moves; a force
    drawing near a place is still an advance."""
    assert not events_of("وتشهد أسواق حلب ازدحاما كبيرا مع اقتراب عيد الفطر.")
    assert not events_of("ويتصاعد التوتر في مدينة القامشلي مع اقتراب موعد الانتخابات المحلية.")
    evs = events_of("وأفاد ناشطون باقتراب الفصائل من بلدة خان شيخون.")
    assert ("advance", "خان شيخون") in {(e.type, e.place.name) for e in evs}


def test_a_place_falling_into_a_forces_hands_is_that_forces():
    """"سقطت X بيد Y"، "سقوطها في أيدي Y": the fall verb names the loser when its subject is a force
    ("سقط النظام في حماة" is blocked elsewhere), but the force after يد/أيدي is the one the place fell to."""
    evs = events_of("وسقطت مدينة سراقب بيد فصائل المعارضة بعد هجوم مباغت.", "2024-11-30")
    assert ("take_control", "opposition") in {(e.type, e.actor.side) for e in evs}
    evs = events_of("ونفت القيادة العامة للجيش سقوط بلدة مورك بيد فصائل المعارضة.", "2024-12-01")
    assert ("take_control", "denied", "opposition") in {(e.type, e.polarity, e.actor.side) for e in evs}
