"""A verb and its verbal noun telling one deployment ("إن الجيش اللبناني عزز انتشاره في X"): the force before
the verb is the noun's agent, not a force of the sentence before (extract/events.py _before_support); and
unnamed villages located by a preposition ("قرى قرب X") give no village called "قرب" (read/places.py).
Sentences written for these tests (task sides22)."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str) -> list[tuple[str, str, str]]:
    art = analyze(Article(id="s22", raw="أخبار\n\n" + text, published=day))
    return [(e.type, e.place.name if e.place else "", e.actor.side) for e in art.events]


@pytest.mark.parametrize("text,day,place,side", [
    ("وقصفت قوات النظام جرود بلدة فليطة. وقالت مصادر إن الجيش اللبناني عزز انتشاره في محيط بلدة عرسال.",
     "2014-03-20", "عرسال", "unknown"),
    ("وقصفت المسيرات التركية قرى قرب سد تشرين. وبحسب مصادر، فإن قسد عززت انتشارها في مدينة الطبقة.",
     "2025-12-05", "الطبقة", "sdf"),
    ("وقال مراسلنا إن القوات الروسية عززت انتشارها في مدينة عين العرب.", "2019-11-02", "عين العرب", "russia"),
])
def test_the_force_before_the_verb_deploys(text, day, place, side):
    got = [(t, p, s) for t, p, s in _events(text, day) if t == "deploy" and place in p]
    assert got and all(s == side for _, _, s in got), _events(text, day)


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام قرى قرب مدينة حماة.",
    "وهاجم مسلحون من العشائر قرى قرب مدينة السويداء.",
])
def test_a_preposition_after_villages_is_no_village(text):
    assert all(p != "قرب" for _, p, _ in _events(text, "2016-03-01"))
