""""في أيلول من العام نفسه": a month of "the same year" is in the year the text wrote out last (task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _dates(text: str, day: str = "2025-11-19") -> list[str]:
    a = analyze(Article(id="d", raw=text, published=day))
    return [m.attrs["value"] for m in a.mentions if m.kind == "date"]


def test_same_year_is_the_year_named_before() -> None:
    assert _dates("اندلعت المواجهات في آب 2023، ثم هدأت في أيلول من العام نفسه.") == ["2023-08-01", "2023-09-01"]
    assert _dates("نزحت العائلات في 2018. وعادت في العاشر من أيار من العام ذاته.")[-1] == "2018-05-10"


def test_without_a_year_before_it_keeps_the_article_reading() -> None:
    assert _dates("وعادت العائلات في أيار من العام نفسه.") == ["2025-05-01"]
