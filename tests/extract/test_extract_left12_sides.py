"""Sides of unnamed agents (task left12, GUIDELINES Sides): an unnamed air force is the one that flies there
in the period, not a ground side the story followed; unnamed attackers of security posts are the state's
adversary of the period, not the side of an earlier deployment."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def side_of(text: str, day: str, etype: str, place: str) -> str | None:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return next((e.actor.side for e in evs if e.type == etype and e.place and e.place.name == place), None)


def test_unnamed_air_force_after_an_opposition_takeover() -> None:
    text = "سيطرت فصائل المعارضة على بلدة سراقب.\nوشن سلاح الجو غارات على البلدة بعد ساعات."
    assert side_of(text, "2016-05-01", "attack", "سراقب") == "government"


def test_unnamed_air_force_after_a_named_one_keeps_it() -> None:
    text = "قصفت الطائرات الروسية مدينة إدلب.\nوشن سلاح الجو غارات على بلدة سراقب."
    assert side_of(text, "2016-05-01", "attack", "سراقب") == "russia"


def test_struck_security_posts_are_the_states_adversary() -> None:
    text = "انتشرت قوات النظام في مدينة الصنمين.\nوبعد ساعات شنت هجمات استهدفت مقرات أمنية في المدينة."
    assert side_of(text, "2016-05-01", "attack", "الصنمين") == "opposition"
    text = "انتشرت قوات وزارة الدفاع في مدينة الصنمين.\nوبعد ساعات شنت هجمات استهدفت مقرات أمنية في المدينة."
    assert side_of(text, "2025-03-01", "attack", "الصنمين") == "unknown"
