"""Merged events do not depend on arrival order; undated reports, allied sides and campaigns merge.

Place names are facts (gazetteer entries); every event here is built by hand for these tests.
"""
from __future__ import annotations

import importlib.util
import random
from datetime import date
from pathlib import Path

from tawatur.link import Linker
from tawatur.link.merge import allied, side_bloc
from tawatur.model import Article, Place

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
event, article = lf.event, lf.article

GHOUTA = Place(name="الغوطة الشرقية", name_en="Eastern Ghouta", lat=33.57, lon=36.40, kind="area",
               gazetteer_id="g-eghouta", admin1="ريف دمشق")
DOUMA = Place(name="دوما", name_en="Douma", lat=33.57, lon=36.40, kind="city", gazetteer_id="g-douma",
              admin1="ريف دمشق")


def _day(d: int) -> str:
    return f"2024-12-{d:02d}"


def corpus() -> list[Article]:
    """Reports of Homs a day or two apart (a chain longer than one merged event may span), of two
    sides, one undated report in an undated article, and reports of Daraa."""
    arts = []
    for i, (d, side) in enumerate([(4, "opposition"), (6, "opposition"), (8, "opposition"),
                                   (10, "opposition"), (12, "opposition"), (6, "government"),
                                   (7, "unknown"), (9, "opposition")]):
        arts.append(article(f"h{i}", f"outlet{i % 4}", [event(f"eh{i}", f"h{i}", "take_control", "homs",
                                                              side=side, day=_day(d))], published=_day(d)))
    arts.append(article("u", "outlet9", [event("eu", "u", "take_control", "homs", day="")], published=""))
    for i, d in enumerate([5, 6, 9]):
        arts.append(article(f"d{i}", f"outlet{i}", [event(f"ed{i}", f"d{i}", "attack", "daraa", day=_day(d))],
                            published=_day(d)))
    return arts


def partition(lk: Linker) -> set[tuple[str, frozenset[str]]]:
    """Each merged event as (id, its event ids)."""
    return {(m.id, frozenset(m.events)) for m in lk.analysis().merged_events}


def _in_batches(arts: list[Article], rng: random.Random, reseed: bool) -> Linker:
    """Link ``arts`` in random batches; with ``reseed``, each batch goes to a new Linker seeded with
    the analysis so far (as a store does)."""
    lk = Linker()
    i = 0
    while i < len(arts):
        n = rng.randint(1, 4)
        if reseed and i:
            lk = Linker(lk.analysis())
        lk.add(arts[i:i + n])
        i += n
    return lk


def test_shuffled_arrival_gives_the_same_merged_events():
    one = Linker()
    one.add(corpus())
    want = partition(one)
    assert len(want) < len(corpus())  # something merged
    assert any(len(evs) > 1 for _, evs in want if "eh2" in evs)
    rng = random.Random(7)
    for trial in range(12):
        arts = corpus()
        rng.shuffle(arts)
        assert partition(_in_batches(arts, rng, reseed=trial % 2 == 1)) == want, trial


def test_one_by_one_in_reverse_equals_one_batch():
    one = Linker()
    one.add(corpus())
    rev = Linker()
    for art in reversed(corpus()):
        rev.add([art])
    assert partition(rev) == partition(one)


def test_undated_report_joins_a_dated_merged_event_of_the_same_batch():
    dated = article("a", "o1", [event("e1", "a", "take_control", "daraa", day="2024-12-06")])
    undated = article("b", "o2", [event("e2", "b", "take_control", "daraa", day="")], published="")
    for order in ([dated, undated], [undated, dated]):
        lk = Linker()
        lk.add(order)
        an = lk.analysis()
        assert {e.id: e.cluster for e in an.events}["e1"] == {e.id: e.cluster for e in an.events}["e2"]


def test_dissolved_merged_events_are_reported_touched():
    lk = Linker()
    t1 = lk.add([article("b", "o2", [event("e2", "b", "enter", "homs")])])
    t2 = lk.add([article("a", "o1", [event("e1", "a", "enter", "homs")])])
    ids = {m.id for m in lk.analysis().merged_events}
    assert len(ids) == 1
    first = next(iter(t1["merged_events"]))  # named after e2; the merged event is now named after e1
    assert first not in ids and first in t2["merged_events"]  # so the store deletes it
    assert ids <= t2["merged_events"]


def test_allied_sides_merge_only_in_their_period():
    assert allied("turkey", "opposition", None) and not allied("turkey", "sdf", None)
    advance = [article("a", "o1", [event("e1", "a", "advance", "homs", side="turkey", day="2018-03-10")],
                       published="2018-03-10"),
               article("b", "o2", [event("e2", "b", "advance", "homs", side="opposition", day="2018-03-11")],
                       published="2018-03-11")]
    lk = Linker()
    lk.add(advance)
    assert len(lk.analysis().merged_events) == 1
    after = [article("c", "o1", [event("e3", "c", "attack", "homs", side="russia", day="2025-03-10")],
                     published="2025-03-10"),
             article("d", "o2", [event("e4", "d", "attack", "homs", side="government", day="2025-03-10")],
                     published="2025-03-10")]
    lk = Linker()
    lk.add(after)
    assert len(lk.analysis().merged_events) == 2  # the Russian alliance ended with the old regime


def test_one_articles_allied_reports_are_one_report():
    art = article("a", "o1", [event("e1", "a", "advance", "homs", side="turkey", day="2018-03-10"),
                              event("e2", "a", "advance", "homs", side="opposition", day="2018-03-10")],
                  published="2018-03-10")
    lk = Linker()
    lk.add([art])
    assert len(lk.analysis().merged_events) == 1
    assert side_bloc("turkey", None) == side_bloc("opposition", None) != side_bloc("sdf", None)


def test_attack_campaign_on_a_region_spans_weeks_but_a_takeover_or_a_city_does_not():
    def pair(type_: str, place: Place) -> int:
        lk = Linker()
        lk.add([article("a", "o1", [event("e1", "a", type_, place, side="government", day="2018-02-18")],
                        published="2018-02-18"),
                article("b", "o2", [event("e2", "b", type_, place, side="government", day="2018-03-11")],
                        published="2018-03-11")])
        return len(lk.analysis().merged_events)
    assert pair("attack", GHOUTA) == 1
    assert pair("take_control", GHOUTA) == 2
    assert pair("attack", DOUMA) == 2


def test_a_month_or_year_date_merges_within_its_period_only():
    def linked(day: str, precision: str, other: str) -> int:
        a = event("e1", "a", "take_control", "homs", side="isis", day=day)
        a.date.precision, a.date.text = precision, "في أيار"
        lk = Linker()
        lk.add([article("a", "o1", [a], published="2017-03-02"),
                article("b", "o2", [event("e2", "b", "take_control", "homs", side="isis", day=other)],
                        published=other)])
        return len(lk.analysis().merged_events)
    assert linked("2015-05-01", "month", "2015-05-21") == 1
    assert linked("2015-05-01", "month", "2015-07-21") == 2
    assert linked("2015-01-01", "year", "2015-11-30") == 1
    assert linked("2015-01-01", "year", "2016-03-01") == 2


def test_coarse_dated_report_links_the_same_in_either_order():
    def run(order: list[Article]) -> set:
        lk = Linker()
        for art in order:
            lk.add([art])
        return partition(lk)
    year = event("e1", "a", "take_control", "homs", side="sdf", day="2016-01-01")
    year.date.precision = "year"
    arts = [article("a", "o1", [year], published="2018-11-01"),
            article("b", "o2", [event("e2", "b", "take_control", "homs", side="sdf", day="2016-08-12")],
                    published="2016-08-12")]
    assert run(arts) == run(arts[::-1])
    assert len(run(arts)) == 1


def test_after_the_regime_fell_the_factions_and_the_new_army_are_one_side():
    after, before = date(2025, 2, 18).toordinal(), date(2018, 11, 2).toordinal()
    assert allied("opposition", "government", after) and not allied("opposition", "government", before)
    assert not allied("russia", "government", before)  # an ally's own air raids are other happenings
    assert side_bloc("turkey", after) == side_bloc("government", after) != side_bloc("turkey", before)


def test_a_claim_and_its_denial_in_one_article_join_the_other_outlets_report():
    one = article("a", "o1", [event("e1", "a", "take_control", "homs", side="government"),
                              event("e2", "a", "take_control", "homs", side="government", polarity="denied")])
    other = article("b", "o2", [event("e3", "b", "take_control", "homs", side="government")])
    lk = Linker()
    lk.add([one, other])
    (me,) = lk.analysis().merged_events
    assert set(me.events) == {"e1", "e2", "e3"}


def test_a_takeover_of_a_region_is_a_step_a_day_apart_at_most():
    def merged(type_: str, second: str) -> int:
        lk = Linker()
        lk.add([article("a", "o1", [event("e1", "a", type_, GHOUTA, side="government", day="2018-03-15")],
                        published="2018-03-15"),
                article("b", "o2", [event("e2", "b", type_, GHOUTA, side="government", day=second)],
                        published=second)])
        return len(lk.analysis().merged_events)
    assert merged("take_control", "2018-03-16") == 1
    assert merged("take_control", "2018-03-17") == 2
    assert merged("withdraw", "2018-03-17") == 2


def test_a_capped_component_keeps_every_event_in_one_merged_event(monkeypatch):
    import tawatur.link.linker as linker_mod
    monkeypatch.setattr(linker_mod, "MAX_COMPONENT", 2)
    lk = Linker()
    for i, d in enumerate([1, 2, 3, 5]):  # the report of the 5th reaches only the one of the 3rd
        lk.add([article(f"a{i}", f"o{i}", [event(f"e{i}", f"a{i}", "enter", "daraa", day=_day(d))],
                        published=_day(d))])
    an = lk.analysis()
    members = [i for m in an.merged_events for i in m.events]
    assert sorted(members) == sorted(e.id for e in an.events)  # each event in exactly one
    assert all(e.cluster in {m.id for m in an.merged_events} for e in an.events)
