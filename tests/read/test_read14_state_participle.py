"""A participle of a place's state after a cue ("مدينة محررة"، "قرية منكوبة") is no unknown place's name
(wordsets indefinite_descriptive, task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _places(text: str) -> list[str]:
    a = analyze(Article(id="p", raw=text, published="2012-11-22"))
    return [m.text for m in a.mentions if m.kind == "place"]


def test_state_participle_names_no_place() -> None:
    assert _places("لتصبح الميادين أول مدينة محررة على ضفاف الفرات.") == ["الميادين"]
    assert not any("منكوب" in p for p in _places("أعلن ناشطون بلدة القصير مدينة منكوبة."))
