"""An anniversary piece ("في الذكرى الأولى لسقوط النظام" at the article's top) tells a story that many years before
its date (task dates16: probe18 P03, an interview of December 2025 about December 2024): a day or a month named
without a year is in that year, and a weekday named alone after such a day is the next one from it."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dates(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s", raw=text, published=day))
    return [m.attrs["value"] for m in art.mentions if m.kind == "date"]


def test_first_anniversary_puts_the_day_a_year_back() -> None:
    text = "في الذكرى الأولى لتحرير المدينة، يروي مقاتل ما جرى.\nوقال إن الفصائل دخلت البلدة في الثالث من كانون الأول."
    assert "2024-12-03" in dates(text, "2025-12-06")


def test_annual_second_anniversary_two_years_back() -> None:
    text = "في الذكرى السنوية الثانية لمجزرة القرية، تحدثت إلينا امرأة.\nقالت إن الطائرات قصفت القرية في السابع عشر من آذار."
    assert "2024-03-17" in dates(text, "2026-03-20")


def test_a_day_just_after_the_anniversary_day_stays_in_the_story_year() -> None:
    text = "بالذكرى الثالثة لحصار البلدة، التقينا أحد سكانها.\nوقال إن القوات اقتحمت البلدة في الثاني عشر من كانون الثاني."
    assert "2023-01-12" in dates(text, "2026-01-10")


def test_a_weekday_after_the_story_day_is_the_next_one() -> None:
    text = ("في الذكرى الأولى لتحرير المدينة، يروي مقاتل ما جرى.\n"
            "وقال إن الفصائل دخلت البلدة في الثالث من كانون الأول، ثم وصلت إلى القرية ظهر الخميس.")
    assert "2024-12-05" in dates(text, "2025-12-06")


def test_without_an_anniversary_the_article_year() -> None:
    assert "2025-12-03" in dates("وقال إن الفصائل دخلت البلدة في الثالث من كانون الأول.", "2025-12-06")
