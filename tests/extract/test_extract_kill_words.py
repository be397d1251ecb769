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


def test_an_execution_is_a_toll_inflicted_by_who_executes():
    evs = events_of("وأعدم تنظيم داعش سبعة مدنيين في قرية الشيوخ.", "2014-10-01")
    tolls = [e for e in evs if e.type == "casualties"]
    assert [(e.place.name, e.actor.side) for e in tolls] == [("الشيوخ", "isis")]
    assert not [e for e in evs if e.type == "attack"]
    field = events_of("ونفذت عناصر التنظيم إعداما ميدانيا بحق أربعة شبان في بلدة الشيوخ.", "2014-10-01")
    assert [e.actor.side for e in field if e.type == "casualties"] == ["isis"]


def test_a_death_sentence_kills_no_one_yet():
    assert not events_of("وأصدرت محكمة في مدينة حلب حكما بالإعدام على ثلاثة متهمين.", "2014-10-01")


def test_the_fighters_eliminated_are_not_who_eliminated_them():
    evs = events_of("وقال الجيش إنه تمكن من القضاء على عشرات الإرهابيين في بلدة مهين.", "2016-05-10")
    assert [e.actor.side for e in evs if e.type == "casualties"] == ["government"]
