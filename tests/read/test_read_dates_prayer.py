""""صلاة الجمعة" names a prayer, no day; "صلاة الجمعة الماضية" names last Friday's (task probe8a)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str = "2026-08-25") -> list[str | None]:
    return [e.date.value if e.date else None for e in analyze(Article(id="d", raw=text, published=published)).events]


def test_last_fridays_prayer_dates_the_bombing() -> None:
    assert set(days("قتل ثمانية أشخاص في تفجير استهدف مسجداً في حي عكرمة خلال صلاة الجمعة الماضية.")) == {"2026-08-21"}


def test_the_friday_prayer_alone_is_no_date() -> None:
    assert days("خرجت مظاهرة بعد صلاة الجمعة في مدينة دوما.") == ["2026-08-25"]
