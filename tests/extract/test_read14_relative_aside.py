"""A relative clause set off by commas after the subject describes the force; the verb goes on to its object
after it (frames._relative_aside, task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def test_takeover_over_a_relative_aside() -> None:
    text = "سيطرت قوات سوريا الديمقراطية، التي تقودها وحدات حماية الشعب، على قرية كشتعار شمال حلب."
    a = analyze(Article(id="r", raw=text, published="2016-02-16"))
    assert [(e.type, e.place.name, e.actor.side) for e in a.events] == [("take_control", "كشتعار", "sdf")]
