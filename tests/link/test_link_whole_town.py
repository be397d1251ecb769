"""A report of the whole town ("كامل مدينة X", "بالكامل", "السيطرة التامة") is the town-level step, not
a coarser naming of a quarter's takeover told elsewhere: the weakest place match (a site inside a town
and the town) does not join them. Sentences and places written for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.levels import tells_whole
from tawatur.model import Article, Event, Place

from .linkfactory import PLACES, article, event

RASTAN = PLACES["rastan"]
QUARTER = Place(name="حي الملعب", lat=RASTAN.lat, lon=RASTAN.lon, kind="neighbourhood", admin1=RASTAN.admin1,
                gazetteer_id="fac:حي الملعب")
BACKREF = "trigger:take_control:سيطر*#2 place:backref:المدينه polarity:asserted side:actor"


def _town(eid: str, aid: str, text: str, rule: str = "") -> Event:
    ev = event(eid, aid, "take_control", "rastan", evidence=(text, 0, len(text)))
    ev.rule = rule
    return ev


def _clusters(arts: list[Article]) -> dict[str, str | None]:
    lk = Linker()
    lk.add(arts)
    return {e.id: e.cluster for e in lk.analysis().events}


def test_wholeness_is_read_from_the_clause() -> None:
    whole = ["أعلنت الفصائل أنها سيطرت على كامل مدينة الرستن مساء اليوم",
             "قال قائد ميداني إن مقاتليه سيطروا على الرستن بالكامل",
             "وأكد البيان سيطرة القوات التامة على الرستن",
             "بسطت الفصائل سيطرتها الكاملة على الرستن بعد معارك"]
    part = ["سيطرت الفصائل على الرستن بشكل شبه كامل",
            "سيطرت الفصائل على الرستن بعد ليلة كاملة من القصف",
            "سيطرت الفصائل على الرستن وكل القرى المحيطة بها",
            "سيطرت الفصائل على الرستن"]
    for text in whole:
        assert tells_whole(_town("e", "a", text)), text
    for text in part:
        assert not tells_whole(_town("e", "a", text)), text
    assert tells_whole(_town("e", "a", "ثم سيطروا على كامل المدينة", BACKREF))
    assert not tells_whole(_town("e", "a", "ثم سيطروا على المدينة", BACKREF))


def test_a_quarter_stays_apart_from_the_whole_town_in_either_order() -> None:
    quarter = event("q", "a", "take_control", QUARTER)
    whole = _town("w", "b", "قالت مصادر محلية إن الفصائل سيطرت على كامل مدينة الرستن")
    for arts in ([article("a", "o1", [quarter]), article("b", "o2", [whole])],
                 [article("b", "o2", [whole]), article("a", "o1", [quarter])]):
        cl = _clusters(arts)
        assert cl["q"] != cl["w"]


def test_a_quarter_joins_a_report_that_names_only_its_town() -> None:
    quarter = event("q", "a", "take_control", QUARTER)
    town = _town("t", "b", "قالت مصادر محلية إن الفصائل سيطرت على مدينة الرستن")
    cl = _clusters([article("a", "o1", [quarter]), article("b", "o2", [town])])
    assert cl["q"] == cl["t"]


def test_completeness_of_a_strike_says_nothing_of_the_town() -> None:
    text = "قصفت الطائرات مبنى في الرستن ودمرته بالكامل"
    strike = event("e", "a", "attack", "rastan", evidence=(text, 0, len(text)))
    assert not tells_whole(strike)
