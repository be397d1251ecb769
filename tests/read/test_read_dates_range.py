"""A `published` at the ends of the calendar is no anchor for relative dates (issue 10: it raised
OverflowError in the dates stage and lost the article's events)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

TEXT = "قصفت الطائرات الحربية مدينة سراقب أمس، وفي الأسبوع المقبل تبدأ مفاوضات جديدة يوم الاثنين."


def test_extreme_published_dates_do_not_break_the_article() -> None:
    for published in ("9999-12-31", "0001-01-01", "9999-12-31T23:59:59Z"):
        art = analyze(Article(id="x", raw=TEXT, published=published))
        assert not art.meta.get("failed")
        assert all(not m.attrs.get("value", "").startswith(("9999", "0001", "10000"))
                   for m in art.mentions if m.kind == "date")
