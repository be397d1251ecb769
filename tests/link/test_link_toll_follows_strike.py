"""A toll follows its strike: the dead a report tells in the sentence of its strike ("قصفت ... ما أسفر
عن مقتل 5") are the toll of that strike, so two such tolls whose strikes the linker keeps apart (two
sides' strikes on one town the same day) are two tolls, though each toll alone names neither side nor
hour; and two such tolls whose strikes it merged may be one toll told at a district and at its city,
though one names the side and the other does not. Place names are facts (gazetteer entries); the
events are built by hand for these tests."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Article, Place

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
event, article = lf.event, lf.article


BABA_AMR = Place(name="بابا عمرو", name_en="Baba Amr", lat=34.71, lon=36.69, kind="neighbourhood",
                 gazetteer_id="n:babaamr", admin1="حمص")


def _told(aid: str, side: str, dead: str, *, sentence: int = 0, place: str | Place = "homs",
          toll_side: str = "unknown") -> Article:
    """An article telling a strike on ``place`` by ``side`` and, in the same sentence or not, its dead
    (the toll's own side unknown by default: "ما أسفر عن مقتل 5 مدنيين")."""
    strike = event(f"{aid}-s", aid, "attack", place, side=side)
    toll = event(f"{aid}-t", aid, "casualties", place, side=toll_side, quantity=dead)
    strike.sentence, toll.sentence = 0, sentence
    return article(aid, f"outlet-{aid}", [strike, toll])


def corpus() -> list[Article]:
    return [_told("a", "opposition", "5"), _told("b", "government", "3"), _told("c", "opposition", "6")]


def _clusters(lk: Linker) -> dict[str, str | None]:
    return {e.id: e.cluster for e in lk.analysis().events}


def test_tolls_told_with_strikes_kept_apart_are_apart() -> None:
    lk = Linker()
    lk.add(corpus())
    cl = _clusters(lk)
    assert cl["a-s"] == cl["c-s"] != cl["b-s"]  # the two sides' strikes are two happenings
    assert cl["a-t"] == cl["c-t"] != cl["b-t"]  # and so are their tolls


def test_a_toll_told_apart_from_its_strike_is_no_tie() -> None:
    lk = Linker()
    lk.add([_told("a", "opposition", "5"), _told("b", "government", "3", sentence=1)])
    cl = _clusters(lk)
    assert cl["a-s"] != cl["b-s"] and cl["a-t"] == cl["b-t"]


def _partition(lk: Linker) -> set[frozenset[str]]:
    return {frozenset(m.events) for m in lk.analysis().merged_events}


def test_the_tolls_follow_their_strikes_whatever_the_arrival_order() -> None:
    one = Linker()
    one.add(corpus())
    want = _partition(one)
    rng = random.Random(3)
    for trial in range(8):
        arts = corpus()
        rng.shuffle(arts)
        lk = Linker()
        for art in arts:
            lk = Linker(lk.analysis()) if trial % 2 else lk
            lk.add([art])
        assert _partition(lk) == want, trial



def test_tolls_of_one_merged_clash_join_across_district_and_city() -> None:
    """The district's reports name no side for the dead, the city's report names it: the district /
    city match alone would keep the tolls apart (the sides do not vouch); their clashes merged do."""
    district = [_told("a", "government", "3", place=BABA_AMR), _told("b", "unknown", "4", place=BABA_AMR)]
    city = _told("c", "government", "5", toll_side="government")
    lk = Linker()
    lk.add([*district, city])
    cl = _clusters(lk)
    assert cl["a-s"] == cl["b-s"] == cl["c-s"]
    assert cl["a-t"] == cl["b-t"] == cl["c-t"]
    lk = Linker()
    lk.add([*district, _told("c", "government", "5", toll_side="government", sentence=1)])
    cl = _clusters(lk)
    assert cl["a-s"] == cl["c-s"] and cl["a-t"] == cl["b-t"] != cl["c-t"]  # no tie: the sides decide
