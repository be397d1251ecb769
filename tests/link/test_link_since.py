"""A happening told as going on since a day ("منذ الأربعاء") began that day: a report of an earlier day
is of another happening, one of a later day may be of it. Sentences and places written for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.merge import day_of, since_day
from tawatur.model import Article, Event, EventDate

from .linkfactory import article, event

SINCE = "وأدت المعارك إلى نزوح آلاف المدنيين من الرستن منذ الأربعاء الماضي"
ON_DAY = "فر مئات المدنيين من الرستن يوم الاثنين هربا من القصف"


def _told(eid: str, aid: str, text: str, day: str, said: str) -> Event:
    ev = event(eid, aid, "displacement", "rastan", side="civilians", day=day, evidence=(text, 0, len(text)))
    ev.date = EventDate(value=day, precision="day", text=said, basis="text")
    return ev


def _clusters(arts: list[Article]) -> dict[str, str | None]:
    lk = Linker()
    lk.add(arts)
    return {e.id: e.cluster for e in lk.analysis().events}


def test_the_day_after_since_is_when_the_happening_began() -> None:
    assert since_day(_told("e", "a", SINCE, "2024-03-13", "الأربعاء الماضي")) == day_of("2024-03-13")
    assert since_day(_told("e", "a", ON_DAY, "2024-03-11", "يوم الاثنين")) is None


def test_a_report_of_a_day_before_it_began_is_another_happening_in_either_order() -> None:
    since = _told("s", "a", SINCE, "2024-03-13", "الأربعاء الماضي")
    before = _told("b", "b", ON_DAY, "2024-03-11", "يوم الاثنين")
    for arts in ([article("a", "o1", [since], published="2024-03-16"), article("b", "o2", [before])],
                 [article("b", "o2", [before]), article("a", "o1", [since], published="2024-03-16")]):
        cl = _clusters(arts)
        assert cl["s"] != cl["b"]


def test_a_report_of_a_day_after_it_began_may_be_of_it() -> None:
    since = _told("s", "a", SINCE, "2024-03-13", "الأربعاء الماضي")
    later = _told("l", "b", ON_DAY.replace("الاثنين", "الخميس"), "2024-03-14", "يوم الخميس")
    cl = _clusters([article("a", "o1", [since], published="2024-03-16"), article("b", "o2", [later])])
    assert cl["s"] == cl["l"]
