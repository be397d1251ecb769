"""A site the place reader named inside a town (a quarter, a church, a pumping station: id ``fac:``, at
the town's spot) and the town itself: one outlet names the site, another only the town, of one
happening. Unless an article tells both levels apart itself; and a site with its own gazetteer entry
(a brigade's base beside a town) is its own place. Places built for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.places import place_match, town_of
from tawatur.model import Article, Place

from .linkfactory import PLACES, article, event

HOMS = PLACES["homs"]
CHURCH = Place(name="كنيسة أم الزنار", lat=HOMS.lat, lon=HOMS.lon, kind="church", admin1=HOMS.admin1,
               gazetteer_id="fac:كنيسه ام الزنار")
QUARTER = Place(name="حي الوعر", lat=HOMS.lat, lon=HOMS.lon, kind="neighbourhood", admin1=HOMS.admin1,
                gazetteer_id="fac:حي الوعر", aliases=["الوعر"])
BASE = Place(name="الكلية الحربية", lat=HOMS.lat + 0.01, lon=HOMS.lon, kind="college", admin1=HOMS.admin1,
             gazetteer_id="g-college")


def _clusters(arts: list[Article]) -> dict[str, str | None]:
    lk = Linker()
    lk.add(arts)
    return {e.id: e.cluster for e in lk.analysis().events}


def test_a_site_named_in_one_report_and_its_town_in_another_link() -> None:
    assert town_of(CHURCH, HOMS) is HOMS and town_of(HOMS, CHURCH) is HOMS
    assert place_match(CHURCH, HOMS)[1] == "in-town"
    cl = _clusters([article("a", "o1", [event("e1", "a", "attack", CHURCH, side="unknown")]),
                    article("b", "o2", [event("e2", "b", "attack", "homs", side="unknown")])])
    assert cl["e1"] == cl["e2"]


def test_the_same_place_outranks_a_site_in_it() -> None:
    cl = _clusters([article("a", "o1", [event("e1", "a", "attack", "homs", side="unknown")]),
                    article("b", "o2", [event("e2", "b", "attack", CHURCH, side="unknown")]),
                    article("c", "o3", [event("e3", "c", "attack", "homs", side="unknown")])])
    assert cl["e1"] == cl["e3"]


def test_an_article_that_tells_both_levels_keeps_them_apart_whatever_the_order() -> None:
    for first, second in (("e2", "e3"), ("e3", "e2")):
        both = {"e2": event("e2", "b", "take_control", QUARTER, side="government"),
                "e3": event("e3", "b", "take_control", "homs", side="government")}
        cl = _clusters([article("a", "o1", [event("e1", "a", "take_control", "homs", side="government")]),
                        article("b", "o2", [both[first], both[second]])])
        assert cl["e1"] == cl["e3"] != cl["e2"]


def test_a_site_with_its_own_entry_or_another_town_stays_apart() -> None:
    assert town_of(BASE, HOMS) is None
    far = Place(name="حي الوعر", lat=HOMS.lat + 0.2, lon=HOMS.lon, kind="neighbourhood", admin1=HOMS.admin1,
                gazetteer_id="fac:حي الوعر")
    assert town_of(far, HOMS) is None and town_of(QUARTER, PLACES["rastan"]) is None
    cl = _clusters([article("a", "o1", [event("e1", "a", "take_control", BASE, side="government")]),
                    article("b", "o2", [event("e2", "b", "take_control", "homs", side="government")])])
    assert cl["e1"] != cl["e2"]


def test_two_sides_at_the_two_levels_hold_nothing_apart() -> None:
    # "the factions hold the town; the army has not taken its pumping station" (one article), and
    # "the army took the town" (another): the denied station and the army's town are one happening
    station = Place(name="محطة الضخ", lat=HOMS.lat, lon=HOMS.lon, kind="station", admin1=HOMS.admin1,
                    gazetteer_id="fac:محطه الضخ")
    cl = _clusters([article("a", "o1", [event("e1", "a", "take_control", "homs", side="opposition"),
                                        event("e2", "a", "take_control", station, side="government",
                                              polarity="denied")]),
                    article("b", "o2", [event("e3", "b", "take_control", "homs", side="government")])])
    assert cl["e2"] == cl["e3"] != cl["e1"]
