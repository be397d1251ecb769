"""A strike fired from a force's positions (task sides19): "لقصف مدفعي من مواقع فصائل الجيش الوطني"، "قصف مصدره
مواقع القوات التركية" is that force's strike, not its adversary's on a site it owns (extract/sides.py _fired_from,
wordsets fire_origin_lead, fire_origin_site). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _attacks(text: str, day: str) -> list[str]:
    art = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events if e.type == "attack"]


@pytest.mark.parametrize("text,day,side", [
    ("وتعرضت قرية عون الدادات لقصف مدفعي من مواقع فصائل الجيش الوطني قرب جرابلس.", "2019-11-05", "opposition"),
    ("وتعرضت بلدة تل رفعت لقصف صاروخي مصدره مواقع القوات التركية.", "2017-10-12", "turkey"),
    ("وتعرضت قرية الطيبة لقصف بقذائف الهاون من مواقع قوات سوريا الديمقراطية.", "2025-04-10", "sdf"),
])
def test_the_force_a_strike_was_fired_from_fired_it(text, day, side):
    assert side in _attacks(text, day)


def test_positions_struck_are_the_target_not_the_firer():
    assert "opposition" not in _attacks("وقصفت المدفعية مواقع الفصائل في جرابلس.", "2019-10-10")
