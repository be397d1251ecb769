"""A facility the place reader names itself ("المطار" after a town -> "مطار <town>", id ``fac:``) is the
same place as a gazetteer entry that carries that name, when kind and governorate agree: two outlets
telling one airbase's capture, one as "the airport" of the town it named, one by the base's full name,
tell one happening. Arabic written for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.places import place_match
from tawatur.model import Article, Place
from tawatur.pipeline import analyze

from .linkfactory import article, event

NAMED = Place(name="مطار كويرس", lat=36.30, lon=37.58, kind="airport", admin1="Aleppo",
              gazetteer_id="fac:مطار كويرس")  # the reader's "المطار" after "كويرس", at the town's spot
ENTRY = Place(name="مطار كويرس العسكري", name_en="Kuweires Airbase", lat=36.19, lon=37.58, kind="airport",
              admin1="Aleppo", gazetteer_id="g-kuweires", aliases=["مطار كويرس"])


def _clusters(*arts: Article) -> dict[str, str | None]:
    lk = Linker()
    lk.add(list(arts))
    return {e.id: e.cluster for e in lk.analysis().events}


def test_a_named_facility_and_the_entry_of_that_name_are_one_place() -> None:
    assert place_match(NAMED, ENTRY) == (2.5, "same-facility-name")
    cl = _clusters(article("a", "o1", [event("e1", "a", "take_control", NAMED, side="government")]),
                   article("b", "o2", [event("e2", "b", "take_control", ENTRY, side="government")]))
    assert cl["e1"] == cl["e2"]


def test_a_shared_name_of_another_kind_or_province_stays_apart() -> None:
    town = Place(name="كويرس", lat=36.30, lon=37.58, kind="village", admin1="Aleppo", gazetteer_id="g-kw")
    elsewhere = Place(name="مطار كويرس", lat=34.50, lon=36.90, kind="airport", admin1="Homs",
                      gazetteer_id="fac:مطار كويرس حمص", aliases=["مطار كويرس"])
    camp = Place(name="مطار كويرس", lat=36.30, lon=37.58, kind="camp", admin1="Aleppo",
                 gazetteer_id="fac:مطار كويرس")
    assert place_match(elsewhere, ENTRY)[0] == 0.0
    assert place_match(camp, ENTRY)[0] == 0.0
    assert place_match(town, ENTRY)[0] == 0.0  # two entries: their own ids decide
    cl = _clusters(article("a", "o1", [event("e1", "a", "take_control", elsewhere, side="government")]),
                   article("b", "o2", [event("e2", "b", "take_control", ENTRY, side="government")]))
    assert cl["e1"] != cl["e2"]


def test_the_airport_of_a_town_named_before_links_with_the_base_by_its_full_name() -> None:
    one = ("وصلت وحدات الجيش إلى أطراف مدينة الطبقة غرب الرقة صباح السبت. وأعلنت وزارة الدفاع مساء السبت "
           "أن الوحدات سيطرت على المطار بعد اشتباكات قصيرة.")
    two = "قالت مصادر محلية إن القوات الحكومية سيطرت على مطار الطبقة العسكري غرب مدينة الرقة يوم السبت."
    arts = [analyze(Article(id=aid, outlet=f"outlet-{aid}", published="2026-01-18", text=text, raw=text))
            for aid, text in (("x1", one), ("x2", two))]
    taken = {e.article: e for a in arts for e in a.events if e.type == "take_control"}
    assert taken["x1"].place.gazetteer_id.startswith("fac:") and not taken["x2"].place.gazetteer_id.startswith("fac:")
    lk = Linker()
    lk.add(arts)
    cl = {e.id: e.cluster for e in lk.analysis().events}
    assert cl[taken["x1"].id] == cl[taken["x2"].id]


def test_one_generic_facility_name_in_two_towns_is_two_places() -> None:
    # "مخفر الشرطة" of al-Sanamayn and of Daraa (50 km south): the reader's id is the folded name alone, the towns differ
    one = Place(name="مخفر الشرطة", lat=33.07, lon=36.18, kind="post", admin1="Daraa", gazetteer_id="fac:مخفر الشرطه")
    two = Place(name="مخفر الشرطة", lat=32.62, lon=36.10, kind="post", admin1="Daraa", gazetteer_id="fac:مخفر الشرطه")
    same = Place(name="مخفر الشرطة", lat=33.07, lon=36.18, kind="post", admin1="Daraa", gazetteer_id="fac:مخفر الشرطه")
    assert place_match(one, two)[0] == 0.0
    assert place_match(one, same) == (3.0, "same-gazetteer-id")
    cl = _clusters(article("a", "o1", [event("e1", "a", "attack", one, side="unknown")]),
                   article("b", "o2", [event("e2", "b", "attack", two, side="unknown")]))
    assert cl["e1"] != cl["e2"]
    # one college placed at Aleppo by one report and at a quarter of Aleppo by another: a few km, one place
    city = Place(name="كلية التسليح", lat=36.20, lon=37.16, kind="college", admin1="Aleppo", gazetteer_id="fac:كليه التسليح")
    quarter = Place(name="كلية التسليح", lat=36.16, lon=37.15, kind="college", admin1="Aleppo",
                    gazetteer_id="fac:كليه التسليح")
    assert place_match(city, quarter) == (3.0, "same-gazetteer-id")
