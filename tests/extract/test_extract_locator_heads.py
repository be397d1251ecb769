"""A place noun with the clitic ب after a place ("بحي"، "ببلدة") heads the name of where that place lies: the
facility is the event's place, the neighbourhood and the city only locate it (GUIDELINES: locators are not event
places). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published="2025-05-02")).events}


def test_a_known_neighbourhood_after_b_only_locates_the_facility():
    assert places("وأصابت قذيفة مشفى الرازي بحي الميدان في دمشق.") == {("attack", "مشفى الرازي")}


def test_an_unknown_neighbourhood_after_b_leaves_the_city_a_locator():
    got = places("وقتل ثلاثة أشخاص بتفجير استهدف كنيسة مار إلياس بحي الزهور في دمشق.")
    assert {p for _, p in got} == {"كنيسة مار إلياس"}


def test_a_place_after_a_generic_noun_is_still_the_event_place():
    # no named place before "بحي": the neighbourhood is where it happened
    assert ("attack", "الشعار") in places("وقصفت الطائرات مدرسة بحي الشعار في حلب.")
