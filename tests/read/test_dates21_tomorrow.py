"""Tomorrow after a part of the day and the day after tomorrow (task dates21): "بحلول مساء غد الثلاثاء" is the
article's next day, not the last Tuesday; "صباح غد" is tomorrow and "بعد غد" two days on, not the article's day."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in analyze(Article(id="d", raw=text, published=published)).events]


def test_evening_of_tomorrow_with_its_weekday() -> None:
    assert days("وقال مصدر عسكري إنه يتوقع أن يكسر الجيش الحصار عن مدينة دير الزور بحلول مساء غد الثلاثاء.",
                "2017-09-04") == ["2017-09-05"]


def test_morning_of_tomorrow() -> None:
    assert days("ومن المتوقع أن تدخل القوات التركية مدينة تل رفعت صباح غد.", "2018-03-20") == ["2018-03-21"]


def test_day_after_tomorrow_is_two_days_on() -> None:
    assert days("وقال مصدر إن مقاتلي المعارضة سيخرجون من بلدة مضايا بعد غد.", "2017-04-11") == ["2017-04-13"]
