"""Names an article introduced under a cue ("قرية X") are read again where it names them bare, each
tried only against the names its first word begins: several names sharing a first word, a name with a
proclitic, and a name that is not repeated."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import PipelineConfig, analyze


def _places(raw: str) -> list[tuple[str, str, int]]:
    art = analyze(Article(id="t", raw=raw, text=raw, published="2024-12-01"),
                  PipelineConfig(stages=("clean", "segment", "places")))
    return [(m.text, m.rule.split(":")[0], m.sentence) for m in art.mentions if m.kind == "place"]


def test_introduced_names_are_read_again_bare() -> None:
    raw = ("تقدمت القوات نحو قرية بيت زعتران وقرية بيت عوا وقرية خربة المشمش في الريف. "
           "وبعد ساعات دخلت القوات إلى خربة المشمش، ثم اشتبكت قرب بيت عوا وفي محيط وبيت زعتران.")
    again = [(text, rule) for text, rule, sent in _places(raw) if sent == 1]
    assert again == [("خربة المشمش", "article-name"), ("بيت عوا", "article-name"),
                     ("بيت زعتران", "article-name")]
