"""Task tolls41: two tolls at one place that each name another force's dead are two casualties events (the shared
gold keeps one per side), though the side the text states for who inflicted them is the same (mostly none); one
toll retold, a toll and its total, and two sources' counts of one force's dead stay one (own sentences;
bench/sentences/tolls41.txt holds more)."""
from __future__ import annotations

from tawatur.extract.dedupe import DEAD_APART
from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _tolls(text: str, day: str, place: str) -> list[Event]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return [e for e in evs if e.type == "casualties" and e.place is not None and e.place.name == place]


def test_each_side_dead_told_in_its_own_sentence_are_two_tolls() -> None:
    evs = _tolls("احتدمت المعارك في بلدة كفرنبودة طوال ليلة أمس.\nوقال ناشطون إن خمسة من مقاتلي الفصائل قتلوا في"
                 " البلدة.\nفيما نقلت وسائل إعلام موالية مقتل ما لا يقل عن تسعة عناصر من قوات النظام في كفرنبودة.",
                 "2019-05-12", "كفرنبودة")
    assert sorted(e.quantity for e in evs) == ["5", "9"]
    assert sum(DEAD_APART in e.rule for e in evs) == 1


def test_jihadists_dead_and_the_army_dead_at_one_town_are_two_tolls() -> None:
    evs = _tolls("واصلت المقاتلات الروسية غاراتها على مدينة السخنة وأوقعت قتلى كثيرين في صفوف التنظيم.\nوأحصت"
                 " مصادر طبية مقتل ما لا يقل عن عشرين جندياً من قوات النظام في السخنة منذ بدء الهجوم.",
                 "2017-08-01", "السخنة")
    assert len(evs) == 2


def test_one_force_dead_told_by_two_sources_stays_one() -> None:
    evs = _tolls("قتل أربعة من عناصر قوات النظام في كمين نصب قرب قرية الصخر.\nوأكدت مصادر معارضة مقتل أربعة جنود من"
                 " قوات النظام في قرية الصخر.", "2019-05-12", "الصخر")
    assert len(evs) == 1


def test_a_toll_and_its_total_stay_one() -> None:
    evs = _tolls("قتل ثلاثة من مقاتلي الفصائل في قصف على قرية الهبيط.\nوبذلك يرتفع عدد قتلى الفصائل في القرية إلى"
                 " ثمانية خلال يومين.", "2019-05-12", "الهبيط")
    assert len(evs) == 1 and evs[0].quantity == "3"
