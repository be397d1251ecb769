"""A market or a courthouse of a town named beside it keeps the town among its names, as a municipal building does
(wordset town_told_facility_kind, task probe32). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> list[tuple[str, list[str]]]:
    evs = analyze(Article(id="a", raw="أخبار\n\n" + text, published="2026-03-10")).events
    return [(e.place.name, list(e.place.aliases)) for e in evs if e.place is not None]


def test_a_courthouse_is_told_by_its_city():
    got = places("واعتصم العشرات من المحامين أمام قصر العدل في حمص ظهر اليوم.")
    assert any(name == "حمص" or "حمص" in aliases for name, aliases in got)


def test_a_market_is_told_by_its_town():
    got = places("رفعت السلطات حظر التجوال عن مدينة منبج بعد اشتباك مسلح قرب السوق القديم.")
    assert got and all(name == "منبج" or "منبج" in aliases for name, aliases in got)
