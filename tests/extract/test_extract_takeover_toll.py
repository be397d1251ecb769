"""The dead of an armed side a clause after a takeover told in the same sentence fell in that battle, at its town
(task placeless41; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-05-02"):
    return analyze(Article(id="t", raw=text, published=published)).events


def tolls(evs) -> list:
    return [e for e in evs if e.type == "casualties"]


def test_fighters_killed_after_the_takeover_are_at_its_town():
    evs = events_of("استعادت الفصائل السيطرة على قرية الزلاقيات في ريف حماة، وقتلت العشرات من عناصر قوات النظام خلال ساعات")
    got = tolls(evs)
    assert [e.place.name for e in got] == ["الزلاقيات"]
    assert "place:known-battle" in got[0].rule


def test_eliminated_as_the_manner_of_the_takeover():
    evs = events_of("بسطت وحدات الجيش سيطرتها صباح اليوم على بلدة تلبيسة شمالي حمص، بعد القضاء على أعداد كبيرة من المسلحين")
    assert [e.place.name for e in tolls(evs)] == ["تلبيسة"]


def test_civilians_who_died_of_another_cause_are_not_the_battles_dead():
    evs = events_of("بسطت وحدات الجيش سيطرتها صباح اليوم على بلدة تلبيسة شمالي حمص، "
                    "فيما قال ناشطون إن ثلاثة مدنيين فارقوا الحياة جراء البرد")
    assert not tolls(evs)


def test_the_force_annexed_to_the_victims_noun_of_the_trigger_is_theirs():
    # the fighters counted a sentence after the takeover fell in it (known_battle's fighters)
    evs = events_of("أعلن الجيش اليوم استعادة مدينة الميادين بالكامل من تنظيم داعش. وقال ناطق عسكري إن الوحدات "
                    "قضت على أعداد كبيرة من إرهابيي داعش ودمرت آلياتهم", "2017-11-09")
    assert [e.place.name for e in tolls(evs)] == ["الميادين"]
