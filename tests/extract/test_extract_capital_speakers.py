"""A capital as the speaker (issue 12, task names2): "قالت أنقرة"، "أعلنت تل أبيب"، "نفت دمشق" name the
government that speaks, not the place of what it reports. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-03-01"):
    return analyze(Article(id="cap", raw=text, published=published)).events


def test_tel_aviv_speaking_is_israel_not_a_place():
    """"قالت تل أبيب" is Israel speaking, as "قالت أنقرة" is Turkey: no event at Tel Aviv, the strike
    it reports takes Israel's side."""
    evs = events_of("وقالت تل أبيب إن طائراتها قصفت مواقع قرب بلدة جباب.")
    assert evs and all(e.place and e.place.name != "تل أبيب" for e in evs)
    assert any(e.type == "attack" and e.actor.side == "israel" for e in evs)
    evs = events_of("وأكدت تل أبيب أن مقاتلاتها استهدفت مطار المزة العسكري.")
    assert any(e.type == "attack" and e.actor.side == "israel" for e in evs)


def test_damascus_right_after_a_reporting_verb_is_the_government():
    """"وقالت دمشق إن الجيش صد هجوما" reports a clash somewhere unnamed: no event at Damascus. Damascus
    after a preposition, or struck, stays a place."""
    assert not any(e.place and e.place.name == "دمشق"
                   for e in events_of("وقالت دمشق إن الجيش صد هجوما واسعا للمسلحين."))
    evs = events_of("وأعلنت دمشق أن الجيش استعاد قرية الزيارة بعد معارك.")
    assert [e.place.name for e in evs if e.type == "take_control"] == ["الزيارة"]
    assert any(e.place and e.place.name == "دمشق"
               for e in events_of("وقصفت الطائرات الإسرائيلية دمشق فجر الثلاثاء."))
