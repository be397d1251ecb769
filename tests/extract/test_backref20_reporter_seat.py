"""Task backref20: the place a reporter files from ("وأفاد مراسل X في دير الزور بأن ... من المدينة") is no antecedent of a
settlement word in his report when the story told another place of its kind; with none told, it still is. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-11-09") -> list[tuple[str, str]]:
    evs = analyze(Article(id="b20r", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_city_of_the_report_is_the_story_city_not_the_reporters_seat() -> None:
    got = events('دخلت وحدات الجيش مدينة البوكمال صباح اليوم. وأفاد مراسل "الوطن" في دير الزور بأن عناصر التنظيم فروا '
                 'من المدينة باتجاه بلدة الهري.')
    assert ("withdraw", "البوكمال") in got and ("withdraw", "دير الزور") not in got
    got = events("سيطرت فصائل المعارضة على مدينة مورك بعد معارك عنيفة. وقال مراسلنا في حماة إن قوات النظام قصفت أطراف "
                 "المدينة بالمدفعية الثقيلة مساء اليوم.", "2016-10-02")
    assert ("attack", "مورك") in got and ("attack", "حماة") not in got


def test_with_no_other_city_told_the_seat_is_the_city() -> None:
    got = events("وقال مراسلنا في مدينة حلب إن الطائرات الحربية قصفت الأحياء الشرقية من المدينة.", "2016-10-03")
    assert ("attack", "حلب") in got
