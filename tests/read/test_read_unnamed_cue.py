"""A settlement's cue with no name after it ("قرية قرب مدينة X"): the locator that follows names nothing.
Sentences written for this test."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str) -> set[str]:
    a = analyze(Article(id="cue", raw=text, published="2025-08-19"))
    return {a.raw[m.start:m.end] for m in a.mentions_of("place")}


def test_a_locator_after_a_cue_is_no_place_name():
    assert places_of("وقتل رجلان في قرية قرب مدينة الباب.") == {"الباب"}
    assert places_of("وسيطرت القوات على بلدة بالقرب من مدينة منبج.") == {"منبج"}
    # an unknown name after the cue is still a place
    assert places_of("وقتل رجلان في قرية كفر زيتا قرب مدينة الباب.") == {"كفر زيتا", "الباب"}
