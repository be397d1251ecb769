"""Unarmed people who topple a statue (task sides19): "شباناً يسقطون تمثال"، "المحتجون أسقطوا تمثالاً" is the
civilians' act, not the force the story follows (extract/sides.py _civilian_doers, wordset civilian_doer_noun);
after a verbal noun such a noun is who is acted on. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day))
    return [(e.type, e.actor.side) for e in art.events]


@pytest.mark.parametrize("text,day", [
    ("سيطرت الفصائل على مدينة جبلة. وأظهرت صور متداولة شباناً يسقطون تمثال حافظ الأسد في ساحة المدينة.", "2024-12-08"),
    ("وقال ناشطون إن المحتجين أسقطوا تمثالاً للرئيس في ساحة مدينة الرستن.", "2011-06-01"),
])
def test_unarmed_people_toppling_a_statue_are_civilians(text, day):
    assert ("other", "civilians") in _events(text, day)


def test_people_after_a_verbal_noun_are_not_the_doers():
    got = _events("وأعلنت قوات الأمن الداخلي اعتقال عشرات الشبان في مدينة جبلة.", "2025-03-12")
    assert ("other", "civilians") not in got, got
