"""A stated toll is counted once: in one article, across articles, in the CSV and every total."""
from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

from tawatur.link import Linker
from tawatur.report.csv_out import events_csv

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)

# one sentence, one toll, three places (written for this test)
TEXT = "وقال مصدر عسكري إن 150 مسلحا قتلوا في الرستن وتلبيسة وحمص خلال يومين."


def _casualties(eid: str, aid: str, place: str, quantity: str, **kw):
    ev = lf.event(eid, aid, "casualties", place, quantity=quantity, side="unknown",
                  evidence=(TEXT[:40], 0, 40), **kw)
    ev.sentence = 0
    return ev


def _analysis(arts):
    lk = Linker()
    lk.add(arts)
    return lk.analysis()


def test_one_sentence_toll_on_three_places_counts_once():
    art = lf.article("a", "outlet-one.sy", [_casualties("e1", "a", "rastan", "150"),
                                           _casualties("e2", "a", "talbiseh", "150"),
                                           _casualties("e3", "a", "homs", "150")], text=TEXT)
    an = _analysis([art])
    by = {e.id: e for e in an.events}
    assert [by[i].fatalities for i in ("e1", "e2", "e3")] == [150, 0, 0]
    assert by["e2"].toll_of == "e1" and by["e3"].toll_of == "e1"
    assert sum(m.fatalities for m in an.merged_events) == 150
    rows = list(csv.DictReader(io.StringIO(events_csv(an))))
    assert sum(int(r["fatalities"]) for r in rows) == 150


def test_two_outlets_reporting_one_toll_count_it_once_with_the_lower_figure():
    a = lf.article("a", "outlet-one.sy", [_casualties("e1", "a", "homs", "نحو 30")], text=TEXT)
    b = lf.article("b", "outlet-two.sy", [_casualties("e2", "b", "homs", "25")], text=TEXT)
    an = _analysis([a, b])
    (me,) = an.merged_events
    assert (me.fatalities, me.toll_event) == (25, "e2")
    rows = list(csv.DictReader(io.StringIO(events_csv(an))))
    assert sum(int(r["fatalities"]) for r in rows) == 25


def test_vague_numbers_and_denials_count_nothing():
    a = lf.article("a", "outlet-one.sy", [_casualties("e1", "a", "homs", "عشرات")], text=TEXT)
    b = lf.article("b", "outlet-two.sy", [_casualties("e2", "b", "rastan", "40", polarity="denied")],
                   text=TEXT)
    an = _analysis([a, b])
    assert sum(m.fatalities for m in an.merged_events) == 0
