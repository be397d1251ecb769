"""Merged events: same happening across outlets, kept apart when place, side, time or article differ."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Place

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
event, article = lf.event, lf.article


def clusters(analysis):
    return {e.id: e.cluster for e in analysis.events}


def test_four_outlets_one_takeover():
    arts = [article(f"a{i}", f"outlet{i}", [lf.event(f"e{i}", f"a{i}", "take_control", "daraa")])
            for i in range(4)]
    an = _link(arts)
    assert len({e.cluster for e in an.events}) == 1
    me = an.merged_events[0]
    assert me.n_outlets == 4 and sorted(me.articles) == ["a0", "a1", "a2", "a3"]


def test_claim_and_denial_share_a_contested_merged_event():
    a = article("a", "Reuters", [event("e1", "a", "withdraw", "homs", side="government", source="residents")])
    b = article("b", "SANA", [event("e2", "b", "withdraw", "homs", side="government", polarity="denied",
                                    source="SANA", chain=["SANA"])])
    an = _link([a, b])
    assert an.events[0].cluster == an.events[1].cluster
    assert an.merged_events[0].status == "contested"
    assert [c.kind for c in an.contradictions] == ["claim-vs-denial"]


def test_nearby_towns_stay_apart():
    a = article("a", "o1", [event("e1", "a", "enter", "rastan")])
    b = article("b", "o2", [event("e2", "b", "enter", "talbiseh")])
    assert len({e.cluster for e in _link([a, b]).events}) == 2


def test_city_and_governorate_stay_apart_by_default_and_merge_with_containment():
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa")])
    b = article("b", "o2", [event("e2", "b", "take_control", "daraa_gov")])
    assert len({e.cluster for e in _link([a, b]).events}) == 2
    lk = Linker(containment=True)
    lk.add([article("a", "o1", [event("e1", "a", "take_control", "daraa")]),
            article("b", "o2", [event("e2", "b", "take_control", "daraa_gov")])])
    assert len({e.cluster for e in lk.analysis().events}) == 1


def test_sides_dates_and_types_split():
    base = article("a", "o1", [event("e1", "a", "attack", "homs", side="government")])
    other_side = article("b", "o2", [event("e2", "b", "attack", "homs", side="opposition")])
    far_day = article("c", "o3", [event("e3", "c", "attack", "homs", side="government", day="2024-12-12")],
                      published="2024-12-12")
    other_type = article("d", "o4", [event("e4", "d", "deploy", "homs", side="government")])
    unknown_side = article("f", "o5", [event("e5", "f", "attack", "homs", side="unknown", day="2024-12-07")],
                           published="2024-12-07")
    cl = clusters(_link([base, other_side, far_day, other_type, unknown_side]))
    assert len({cl["e1"], cl["e2"], cl["e3"], cl["e4"]}) == 4
    assert cl["e5"] == cl["e1"]


def test_same_article_events_stay_apart_unless_identical():
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa"),
                            event("e2", "a", "take_control", "daraa"),
                            event("e3", "a", "take_control", "daraa", polarity="expected")])
    cl = clusters(_link([a]))
    assert cl["e1"] == cl["e2"] != cl["e3"]


def test_unresolved_spelling_variant_merges_by_distance_and_name():
    variant = Place(name="مدينة حمص القديمة", lat=34.732, lon=36.715)  # not resolved in a gazetteer
    a = article("a", "o1", [event("e1", "a", "advance", "homs")])
    b = article("b", "o2", [event("e2", "b", "advance", variant)])
    assert len({e.cluster for e in _link([a, b]).events}) == 1


def test_incremental_add_returns_touched_ids_and_reseeds():
    lk = Linker()
    t1 = lk.add([article("a", "o1", [event("e1", "a", "take_control", "daraa")])])
    assert len(t1["merged_events"]) == 1 and len(t1["stories"]) == 1
    partial = lk.analysis()
    partial.articles = []  # a store that loaded only merged events and events
    lk2 = Linker(partial)
    t2 = lk2.add([article("b", "o2", [event("e2", "b", "take_control", "daraa")])])
    assert t2["merged_events"] == t1["merged_events"]
    me = lk2.analysis().merged_events[0]
    assert set(me.events) == {"e1", "e2"} and me.n_outlets == 2


def test_re_adding_an_article_replaces_it():
    lk = Linker()
    lk.add([article("a", "o1", [event("e1", "a", "take_control", "daraa")])])
    lk.add([article("a", "o1", [event("e9", "a", "attack", "homs")])])
    an = lk.analysis()
    assert [e.id for e in an.events] == ["e9"]
    assert [m.type for m in an.merged_events] == ["attack"]


def test_other_type_merges_like_with_like():
    a = article("a", "o1", [event("e1", "a", "other", "daraa", trigger="حظر تجوال")])
    b = article("b", "o2", [event("e2", "b", "other", "daraa", trigger="ممر آمن")])
    c = article("c", "o3", [event("e3", "c", "other", "daraa", trigger="حظر التجوال")])
    cl = clusters(_link([a, b, c]))
    assert cl["e1"] != cl["e2"]


def _link(arts):
    lk = Linker()
    lk.add(arts)
    return lk.analysis()


def test_incremental_add_finds_an_unresolved_place_ten_km_away_two_cells_over():
    """At 35.5°N a 0.1° cell of longitude is 9 km wide: two unresolved places 9.8 km apart east-west
    across a cell edge lie two cells apart, and an incremental add must still find the stored one."""
    from tawatur.link.places import GRID_DEG, grid_cell, km

    west = Place(name="الزيتون", lat=35.55, lon=36.699)
    east = Place(name="الزيتون الشرقية", lat=35.55, lon=36.8073)
    assert km(west, east) < 10.0
    assert grid_cell(east)[1] - grid_cell(west)[1] == 2 and GRID_DEG == 0.1
    for first, second in ((west, east), (east, west)):
        lk = Linker()
        lk.add([article("a", "o1", [event("e1", "a", "advance", first)])])
        lk.add([article("b", "o2", [event("e2", "b", "advance", second)])])
        assert len({e.cluster for e in lk.analysis().events}) == 1, (first.name, second.name)
        whole = Linker()
        whole.add([article("a", "o1", [event("e1", "a", "advance", first)]),
                   article("b", "o2", [event("e2", "b", "advance", second)])])
        assert len({e.cluster for e in whole.analysis().events}) == 1


def test_cell_reach_grows_with_latitude_and_radius():
    from tawatur.link.places import cell_reach

    assert cell_reach(Place(name="x", lat=0.0, lon=0.0)) == (1, 1)
    assert cell_reach(Place(name="x", lat=35.5, lon=36.7)) == (1, 2)
    assert cell_reach(Place(name="x", lat=35.5, lon=36.7), radius_km=25.0)[1] >= 3
