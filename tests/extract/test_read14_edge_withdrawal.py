"""A withdrawal from positions on a town's edge is a withdrawal from that town, not an advance to its
outskirts (triggers.tsv, task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list[tuple[str, str]]:
    a = analyze(Article(id="w", raw=text, published="2025-04-25"))
    return [(e.type, e.place.name) for e in a.events if e.place]


def test_withdrawal_from_edge_positions() -> None:
    assert _events("انسحبت القوات من نقطتين على أطراف بلدة ذيبان.") == [("withdraw", "ذيبان")]
    assert _events("انسحب الجيش من حاجز على مشارف مدينة مورك.") == [("withdraw", "مورك")]


def test_the_gap_does_not_cross_a_second_verb() -> None:
    got = _events("انسحب مقاتلو التنظيم من قرية الكوم وتمركزوا على أطراف بلدة السخنة.")
    assert ("withdraw", "الكوم") in got and ("deploy", "السخنة") in got
