"""Each place: one current holder with confidence and evidence, and its history as intervals."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tawatur.link import Linker
from tawatur.link.control import current_of

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)

# Arabic written for these tests
T1 = "انسحبت قوات الحكومة من مدينة حمص فجر اليوم."
T2 = "أعلنت فصائل المعارضة سيطرتها الكاملة على مدينة حمص."
T3 = "قال سكان إن مقاتلي المعارضة دخلوا أحياء في حمص."


def _ev(eid, aid, type_, side, text, day="2024-12-07", **kw):
    return lf.event(eid, aid, type_, "homs", side=side, day=day, evidence=(text, 0, len(text)), **kw)


def _control(arts):
    lk = Linker()
    lk.add(arts)
    return [s for s in lk.analysis().control if s.place_en == "Homs"]


def test_same_day_withdrawal_and_takeover_give_the_taker():
    arts = [lf.article("a", "o1", [_ev("e1", "a", "withdraw", "government", T1)], text=T1,
                       published="2024-12-07"),
            lf.article("b", "o2", [_ev("e2", "b", "take_control", "opposition", T2)], text=T2,
                       published="2024-12-07")]
    states = _control(arts)
    cur = current_of(states)
    assert cur.holder == "opposition" and cur.since == "2024-12-07" and cur.current
    assert cur.confidence >= 0.7
    assert {e["text"] for e in cur.evidence} == {T1, T2}
    assert sum(s.current for s in states) == 1


def test_undated_reports_never_override_a_dated_holder():
    arts = [lf.article("a", "o1", [_ev("e1", "a", "withdraw", "government", T1, day="")], text=T1,
                       published=""),
            lf.article("b", "o2", [_ev("e2", "b", "enter", "opposition", T3, day="2024-12-06")], text=T3),
            lf.article("c", "o3", [_ev("e3", "c", "take_control", "opposition", T2, day="2024-12-08")],
                       text=T2, published="2024-12-08")]
    states = _control(arts)
    assert [(s.holder, s.since, s.until) for s in states] == [
        ("unknown", None, None), ("opposition", "2024-12-06", None)]
    cur = current_of(states)
    assert cur.holder == "opposition" and cur.current and not states[0].current
    assert "opposition take_control" in cur.basis and not cur.contested  # the takeover settles it


def test_denied_takeover_changes_nothing():
    arts = [lf.article("a", "o1", [_ev("e1", "a", "take_control", "opposition", T2, polarity="denied")],
                       text=T2)]
    assert _control(arts) == []
