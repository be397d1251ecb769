"""Vocabulary of task left12: a kidnapped man freed where "حيث" points ("حيث جرى تحريره") is an `other` event at
that place (GUIDELINES: prisoners, hostages or the kidnapped freed), not a place taken."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def found(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="s", raw=text, published="2025-03-01")).events
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_freed_where_hayth_points() -> None:
    got = found("اختطف مسلحون مجهولون رجلاً في بلدة جاسم، ثم نقل إلى بلدة نوى حيث جرى تحريره.")
    assert ("other", "نوى") in got and not any(t == "take_control" for t, _ in got)


def test_freed_with_tamma() -> None:
    got = found("خطفت عصابة طبيباً من مدينة درعا واقتادته إلى قرية اليادودة حيث تم تحريره بعد يومين.")
    assert ("other", "اليادودة") in got
