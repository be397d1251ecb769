"""A day or a month named without a year after the article named that month with its year is in that year
(task probe18: a trial's story, "في آب 2012 ... في الخامس والعشرين من آب"), not the one before the article."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dates(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s", raw=text, published=day))
    return [m.attrs["value"] for m in art.mentions if m.kind == "date"]


def test_day_month_takes_the_named_year() -> None:
    text = "يحاكم الضابط بتهمة اقتحام داريا في آب 2012.\nوتقول النيابة إن القوات اقتحمت المدينة في الخامس والعشرين من آب."
    assert "2012-08-25" in dates(text, "2026-05-19")


def test_other_month_keeps_the_article_year() -> None:
    text = "يحاكم الضابط بتهمة اقتحام داريا في آب 2012.\nوستعقد الجلسة المقبلة في الثاني من حزيران."
    assert "2012-06-02" not in dates(text, "2026-05-19")


def test_without_a_named_year_the_article_year() -> None:
    assert "2026-05-05" in dates("وقصفت طائرات حربية بلدة معرة النعمان في الخامس من أيار.", "2026-05-19")
