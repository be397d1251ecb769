"""A toll follows its strike: the dead a report tells in the sentence of its strike ("قصفت ... ما أسفر
عن مقتل 5") are the toll of that strike, so two such tolls whose strikes the linker keeps apart (two
sides' strikes on one town the same day) are two tolls, though each toll alone names neither side nor
hour. Place names are facts (gazetteer entries); the events are built by hand for these tests."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Article

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
event, article = lf.event, lf.article


def _told(aid: str, side: str, dead: str, *, sentence: int = 0) -> Article:
    """An article telling a strike on Homs by ``side`` and, in the same sentence or not, its dead
    (the toll's own side unknown: "ما أسفر عن مقتل 5 مدنيين")."""
    strike = event(f"{aid}-s", aid, "attack", "homs", side=side)
    toll = event(f"{aid}-t", aid, "casualties", "homs", side="unknown", quantity=dead)
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

