"""Two strikes on one town on one day, one at dawn and one in the evening, are two happenings: a report
that dates a strike or its dead to a part of the day (``data/link/day_parts.tsv``) stays apart from the
reports of that day that name a part two or more steps away, and joins those of a neighbouring part or of
none. Arabic written for these tests; the articles run through the whole pipeline."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.merge import hours_apart, part_of_day
from tawatur.model import Article
from tawatur.pipeline import analyze

DAY = "2021-08-14"
DAWN = "قصفت طائرات حربية فجر اليوم مبنى البلدية في مدينة سراقب وقتلت 6 أشخاص."
DAWN_AGAIN = "أغارت مقاتلات على مدينة سراقب فجر اليوم، وأعلن الدفاع المدني مقتل 6 أشخاص."
MORNING = "ضربت غارة جوية مدينة سراقب صباح اليوم وأوقعت 6 قتلى بحسب مسعفين."
EVENING = "استهدفت طائرة مسيرة مساء اليوم دراجة نارية في مدينة سراقب، وقتل راكباها."
NO_HOUR = "قصفت طائرات حربية مدينة سراقب اليوم وقتلت 6 أشخاص."
SINCE = "تتواصل الاشتباكات في مدينة سراقب منذ فجر اليوم بين الفصائل وقوات النظام."


def _read(aid: str, outlet: str, text: str) -> Article:
    return analyze(Article(id=aid, raw=text, outlet=outlet, published=DAY))


def _clusters(*arts: Article) -> dict[tuple[str, str], str | None]:
    lk = Linker()
    lk.add(list(arts))
    return {(e.article, e.type): e.cluster for e in lk.analysis().events}


def test_the_part_of_the_day_is_read_off_the_date_words() -> None:
    dawn, evening = _read("a", "o1", DAWN), _read("b", "o2", EVENING)
    [hour] = {part_of_day(e) for e in dawn.events if e.type == "attack"}
    assert hour is not None and hours_apart(hour, {part_of_day(e) for e in evening.events})
    assert not hours_apart(hour, {part_of_day(e) for e in _read("c", "o3", MORNING).events})


def test_a_dawn_strike_and_an_evening_strike_on_one_town_stay_apart() -> None:
    cl = _clusters(_read("a", "o1", DAWN), _read("b", "o2", EVENING))
    assert cl[("a", "attack")] is not None and cl[("a", "attack")] != cl[("b", "attack")]
    assert cl[("a", "casualties")] != cl[("b", "casualties")]


def test_reports_of_one_part_of_the_day_or_of_the_next_or_of_none_merge() -> None:
    cl = _clusters(_read("a", "o1", DAWN), _read("b", "o2", DAWN_AGAIN), _read("c", "o3", MORNING),
                   _read("d", "o4", NO_HOUR))
    assert len({cl[(a, "attack")] for a in "abcd"}) == 1
    assert len({cl[(a, "casualties")] for a in "abcd"}) == 1


def test_what_goes_on_since_dawn_is_no_hour() -> None:
    since = _read("s", "o1", SINCE)
    assert [part_of_day(e) for e in since.events if e.type == "attack"] == [None]
