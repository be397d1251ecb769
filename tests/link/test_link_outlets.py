"""An article of no known outlet is no independent chain by itself."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tawatur.link import Linker

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
article, event = lf.article, lf.event


def _merged(arts):
    lk = Linker()
    lk.add(arts)
    an = lk.analysis()
    assert len(an.merged_events) == 1
    return an.merged_events[0]


def test_two_plain_texts_are_one_unknown_outlet_and_single_source():
    a = article("a", "", [event("e1", "a", "take_control", "rastan")])
    b = article("b", "", [event("e2", "b", "take_control", "rastan")])
    a.outlet = b.outlet = None
    me = _merged([a, b])
    assert me.outlets == ["unknown"] and me.n_outlets == 1
    assert me.n_chains == 1 and me.status == "single-source"


def test_unknown_outlet_adds_no_second_chain_to_a_known_one():
    a = article("a", "outlet-one.sy", [event("e1", "a", "take_control", "rastan")])
    b = article("b", "", [event("e2", "b", "take_control", "rastan")])
    b.outlet = None
    me = _merged([a, b])
    assert me.n_outlets == 1 and me.n_chains == 1 and me.status == "single-source"


def test_named_origins_quoted_by_plain_texts_still_count():
    a = article("a", "", [event("e1", "a", "take_control", "rastan", source="SANA", chain=["SANA"])])
    b = article("b", "", [event("e2", "b", "take_control", "rastan", source="SOHR", chain=["SOHR"])])
    a.outlet = b.outlet = None
    me = _merged([a, b])
    assert me.n_chains == 2 and me.status == "corroborated"


def test_two_known_outlets_corroborate():
    a = article("a", "outlet-one.sy", [event("e1", "a", "take_control", "rastan")])
    b = article("b", "outlet-two.sy", [event("e2", "b", "take_control", "rastan")])
    me = _merged([a, b])
    assert me.n_outlets == 2 and me.n_chains == 2 and me.status == "corroborated"
