"""Two hand-checked gazetteer rows of places with a point are two places, however close: the
gazetteer rounds coordinates to ~1 km, and the towns of one plain often sit closer than the "same spot"
radius. A generated (GeoNames) row at the spot of a checked town is that town under another name, and
two checked rows of one area are one area named two ways. Rows of the packaged gazetteer; events and
Arabic written for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.places import distinct_rows, place_match
from tawatur.model import Article, Place
from tawatur.pipeline import analyze
from tawatur.read.gazetteer import Gazetteer

from .linkfactory import article, event


def _place(gid: str) -> Place:
    e = Gazetteer.default().get(gid)
    assert e is not None, gid
    return Place(name=e.name, name_en=e.name_en, lat=e.lat, lon=e.lon, kind=e.kind, admin1=e.admin1,
                 gazetteer_id=e.id, aliases=list(e.variants))


def test_two_checked_towns_a_kilometre_apart_are_two_places() -> None:
    yalda, beit_sahm = _place("t:yalda"), _place("t:beitsahm")
    assert distinct_rows(yalda, beit_sahm)
    assert place_match(yalda, beit_sahm) == (0.0, "")


def test_a_generated_row_at_a_checked_towns_spot_is_that_town() -> None:
    tabqa, thawra = _place("t:tabqa"), _place("gn:172374")
    assert not distinct_rows(tabqa, thawra)
    assert place_match(tabqa, thawra)[0] > 0


def test_two_checked_rows_of_one_region_stay_one_place() -> None:
    east, east_bilad = _place("r:east"), _place("r:eastbilad")
    assert not distinct_rows(east, east_bilad)
    assert place_match(east, east_bilad) == (2.0, "same-spot")


def test_takeovers_of_neighbouring_towns_a_day_apart_do_not_link() -> None:
    yalda, beit_sahm = _place("t:yalda"), _place("t:beitsahm")
    lk = Linker()
    lk.add([article("a", "o1", [event("e1", "a", "take_control", yalda, side="government", day="2018-05-01")]),
            article("b", "o2", [event("e2", "b", "take_control", beit_sahm, side="government",
                                      day="2018-05-02")])])
    cl = {e.id: e.cluster for e in lk.analysis().events}
    assert cl["e1"] != cl["e2"]


def test_two_reports_of_neighbouring_towns_stay_apart_end_to_end() -> None:
    one = "أعلنت وزارة الدفاع أن قوات الجيش سيطرت صباح الثلاثاء على بلدة يلدا جنوب دمشق."
    two = "قال مصدر عسكري إن قوات الجيش سيطرت يوم الأربعاء على بلدة بيت سحم بعد معارك قصيرة."
    arts = [analyze(Article(id=aid, outlet=f"outlet-{aid}", published=day, text=text, raw=text))
            for aid, day, text in (("y1", "2018-05-01", one), ("y2", "2018-05-02", two))]
    taken = {e.article: e for a in arts for e in a.events if e.type == "take_control"}
    assert taken["y1"].place.gazetteer_id == "t:yalda" and taken["y2"].place.gazetteer_id == "t:beitsahm"
    lk = Linker()
    lk.add(arts)
    cl = {e.id: e.cluster for e in lk.analysis().events}
    assert cl[taken["y1"].id] != cl[taken["y2"].id]
