""""ريف X" with X a town that is no governorate capital is the town's countryside, not the town (issue 12,
GUIDELINES "areas"): an area at the town's coordinates with area precision. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def analysed(text: str):
    return analyze(Article(id="c", raw=text, published="2016-11-02"))


def test_the_countryside_of_a_town_is_an_area_not_the_town():
    evs = analysed("وقصفت المدفعية التركية ريف جرابلس صباح اليوم.").events
    assert [e.place.name for e in evs] == ["ريف جرابلس"]
    assert evs[0].place.name_en == "Jarabulus countryside"
    town = analysed("وقصفت المدفعية التركية مدينة جرابلس صباح اليوم.").events[0].place
    assert (evs[0].place.lat, evs[0].place.lon) == (town.lat, town.lon)


def test_direction_adjectives_name_its_side():
    evs = analysed("وقصفت المدفعية ريف جرابلس الجنوبي الغربي.").events
    assert [e.place.name for e in evs] == ["ريف جرابلس الجنوبي الغربي"]
    one = analysed("وشنت الطائرات غارات على ريف جرابلس الشرقي.").events
    assert [e.place.name for e in one] == ["ريف جرابلس الشرقي"]


def test_a_governorate_capital_keeps_its_gazetteer_countryside():
    evs = analysed("وقصفت المدفعية ريف حلب الجنوبي.").events
    assert [e.place.name_en for e in evs] == ["Southern Aleppo countryside"]


def test_a_village_in_a_town_countryside_is_the_event_place_and_a_bracketed_alias_stays_a_locator():
    evs = analysed("واستهدفت المدفعية التركية قريتي تل عرن وقره قوزاق بريف عين العرب (كوباني) مساء أمس.").events
    assert {e.place.name for e in evs} == {"تل عرن", "قره قوزاق"}


def test_a_foreign_country_in_an_actor_name_is_not_located_by_the_place_after_it():
    evs = analysed("وقتل 12 عنصرا من الفصائل الموالية لتركيا في ريف جرابلس أمس.").events
    assert [(e.type, e.place.name) for e in evs] == [("casualties", "ريف جرابلس")]
