"""One outlet names the district of a happening ("حي بابا عمرو"), another only its city ("مدينة حمص"): a
gazetteer district of the city (a neighbourhood entry of its province near its point) is a site inside
it, merged with the city's report when the sides vouch (both known and agreeing, or both unknown).
Arabic written for these tests; the articles run through the whole pipeline."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.places import place_match
from tawatur.model import Article
from tawatur.pipeline import analyze

DISTRICT = "اندلعت اشتباكات بين عناصر الأمن العام ومطلوبين تحصنوا في منازل بحي بابا عمرو صباح اليوم."
CITY = "دارت اشتباكات بين الأمن العام ومطلوبين في مدينة حمص اليوم."
OTHER_CITY = "دارت اشتباكات بين الأمن العام ومطلوبين في مدينة حماة اليوم."


def _read(aid: str, text: str) -> Article:
    return analyze(Article(id=aid, raw=text, outlet=f"outlet-{aid}.net", published="2025-03-11"))


def _attacks(*arts: Article) -> dict[str, str | None]:
    lk = Linker()
    lk.add(list(arts))
    return {e.article: e.cluster for e in lk.analysis().events if e.type == "attack"}


def test_a_district_and_its_city_are_a_site_and_its_town() -> None:
    [d] = [e.place for e in _read("d", DISTRICT).events if e.type == "attack"]
    [c] = [e.place for e in _read("c", CITY).events if e.type == "attack"]
    [h] = [e.place for e in _read("h", OTHER_CITY).events if e.type == "attack"]
    assert place_match(d, c)[1] == "in-town"
    assert place_match(d, h)[0] == 0.0


def test_the_district_report_and_the_city_report_merge_and_another_city_stays_apart() -> None:
    cl = _attacks(_read("d", DISTRICT), _read("c", CITY), _read("h", OTHER_CITY))
    assert cl["d"] == cl["c"] != cl["h"]
