"""Sides of 2025-2026 news (issue 12, fold P; eval/GUIDELINES.md "Sides"): sentences written for these
tests. After 8 December 2024 the new authorities' forces are `government`; remnants and local groups are
`unknown`; a party the text names beats a default."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-10"):
    return analyze(Article(id="s", raw=text, published=published)).events


def sides(evs, etype: str, place: str) -> set[str]:
    return {e.actor.side for e in evs if e.type == etype and e.place.name == place}


def test_an_unnamed_curfew_after_the_fall_is_the_incumbents():
    """A curfew or a road closure is an act of whoever holds the place: with no agent named, in 2025 the
    government, even in a story about the remnants of the former army."""
    text = ("هاجم مسلحون من فلول النظام حاجزا قرب مدينة جبلة أمس. "
            "وبعد ساعات فُرض حظر التجول في مدينة جبلة حتى إشعار آخر.")
    assert sides(events_of(text), "other", "جبلة") == {"government"}
    closed = events_of("وقال مصدر محلي إنه تقرر إغلاق طريق حمص – طرطوس بسبب الاشتباكات مع مسلحين من فلول النظام.")
    assert {e.actor.side for e in closed if e.type == "other"} == {"government"}


def test_a_named_agent_of_a_curfew_keeps_its_side():
    evs = events_of("وفرضت قوات سوريا الديمقراطية حظر التجول في مدينة الطبقة مساء أمس.")
    assert sides(evs, "other", "الطبقة") == {"sdf"}
