"""A battle noun annexed to a day ("معارك اليوم"، "اشتباكات الأمس") is as definite as "المعارك": a toll set in it
falls in the fighting the article told (task placeless41; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2023-09-14"):
    return analyze(Article(id="d", raw=text, published=published)).events


def at(evs, etype: str, place: str) -> list:
    return [e for e in evs if e.type == etype and place in (e.place.name or "")]


def test_a_toll_in_the_days_battles_is_at_the_fight_told():
    evs = events_of("دارت معارك بين عناصر التنظيم ووحدات الجيش على أطراف مدينة السخنة منذ الفجر. "
                    "وقال مسعف لوكالة محلية إن سبعة جنود أصيبوا بجروح خلال معارك اليوم")
    tolls = at(evs, "casualties", "السخنة")
    assert tolls and "place:known-battle" in tolls[0].rule
    assert len(at(evs, "attack", "السخنة")) == 1  # the day's battles give no second clash


def test_yesterdays_clashes_after_a_takeover_told():
    evs = events_of("دخل مقاتلو الوحدات مدينة تل أبيض من محورين بعد معارك عنيفة. "
                    "وبحسب القيادة العامة، قتل في اشتباكات الأمس 40 مسلحاً على الأقل")
    assert at(evs, "casualties", "تل أبيض")


def test_no_fight_told_before_gives_no_place():
    evs = events_of("وقال مسعف لوكالة محلية إن سبعة جنود قتلوا خلال معارك اليوم")
    assert not [e for e in evs if e.type in ("casualties", "attack")]
