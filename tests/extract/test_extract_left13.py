"""Constructions readers left open (task left13): fronted frames and goals, time objects of دخل, capitals as
governments, backed forces, observatories that are not SOHR. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def told(text: str, day: str = "2016-05-01") -> set[tuple[str, str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity, e.actor.side) for e in evs if e.place is not None}


def test_a_fronted_frame_before_a_comma_leaves_the_main_clause_told():
    got = told("وفي إطار عملية نبع السلام، قصفت الطائرات التركية مواقع في مدينة رأس العين.", "2019-10-12")
    assert ("attack", "رأس العين", "asserted", "turkey") in got
    got = told("وفي إطار الهدنة، انسحبت فصائل المعارضة من قرية الزارة صباح اليوم.")
    assert ("withdraw", "الزارة", "asserted", "opposition") in got


def test_a_fronted_goal_ends_at_its_comma():
    got = told("بهدف قطع طرق الإمداد، قصفت قوات النظام بلدة كفرزيتا بالصواريخ.")
    assert ("attack", "كفرزيتا", "asserted", "government") in got
    got = told("بهدف السيطرة على المدينة، قصفت قوات النظام بلدة حلفايا بالمدفعية.")
    assert ("attack", "حلفايا", "asserted", "government") in got


def test_a_goal_after_its_verb_is_still_no_event():
    got = told("حشدت قوات النظام تعزيزات في مدينة صوران بهدف السيطرة على بلدة اللطامنة.")
    assert ("deploy", "صوران", "asserted", "government") in got
    assert not any(t == "take_control" for t, *_ in got)


def test_the_happening_named_as_a_frame_is_no_event_of_its_own():
    assert not told("ويأتي هذا التقدم في إطار معركة تحرير القنيطرة.")
