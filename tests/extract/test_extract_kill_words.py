"""Killing vocabulary (issue 12): words for people killed that are not "قتل". GUIDELINES: casualties are
people killed or wounded. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-05-10"):
    return analyze(Article(id="k", raw=text, published=published)).events


def types_at(evs, place: str) -> set[str]:
    return {e.type for e in evs if e.place.name == place}


def test_eliminating_fighters_is_a_toll_eliminating_an_abstract_is_none():
    evs = events_of("وأعلن الجيش أنه سيطر على بلدة مهين بعد القضاء على عشرات المسلحين.")
    assert "casualties" in types_at(evs, "مهين")
    killed = events_of("وتمكنت الوحدات من القضاء على عدد من الإرهابيين في بلدة مهين.")
    assert [e.actor.side for e in killed if e.type == "casualties"] == ["government"]
    # an abstract or a policy is no one killed
    assert not events_of("وأكد المحافظ عزم الحكومة على القضاء على الفساد في بلدة مهين.")
    assert not events_of("وتحدث الوزير عن القضاء على الإرهاب في بلدة مهين.")


def test_died_told_as_met_his_end_is_a_toll():
    evs = events_of("وقضى نحبه ثلاثة مقاتلين في قصف على بلدة مهين.")
    assert "casualties" in types_at(evs, "مهين")
