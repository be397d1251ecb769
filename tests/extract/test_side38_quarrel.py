"""A shooting or clash a quarrel grew into ("بعد خلاف عشائري تطور إلى إطلاق نار") is its quarrellers', whom the text
does not name as a force: unknown, not the side of the force in the main clause that came to part them (task side38,
rule side:quarrel). A strike in a time of tension and an attack that turned into battles keep their forces.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _attack_sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="q38", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events if e.type == "attack"]


def test_a_shooting_a_quarrel_grew_into_is_no_forces():
    text = "انتشرت دوريات للأمن العام في أحياء مدينة طفس بعد خلاف عشائري تطور إلى إطلاق نار."
    art = analyze(Article(id="q38", raw="أخبار\n\n" + text, published="2025-11-01"))
    sides = {e.type: e.actor.side for e in art.events}
    assert sides == {"deploy": "government", "attack": "unknown"}
    assert [e.rule.endswith("side:quarrel") for e in art.events if e.type == "attack"] == [True]


@pytest.mark.parametrize("text,day,side", [
    ("وفي ظل توتر يسود المنطقة قصفت قوات النظام بلدة كفرنبودة بالمدفعية.", "2016-05-01", "government"),
    ("وشنت قوات النظام هجوماً على بلدة كفرنبودة تحول إلى معارك عنيفة.", "2016-05-01", "government"),
    ("واشتبكت عناصر من الأمن العام مع مسلحين محليين في بلدة جاسم إثر خلاف على حاجز.", "2025-11-01", "government"),
])
def test_no_quarrel_grown_into_it_keeps_the_force(text, day, side):
    assert _attack_sides(text, day) == [side]
