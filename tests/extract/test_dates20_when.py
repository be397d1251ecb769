"""Dates of real outlets' pages (task dates20): a wire dateline's day ("عمان، 21 أيار/مايو (أ ف ب) -") is the
report's, not its story's: "أمس" after it dates the event; a weekday alone after "حتى" past the trigger is a
deadline to come ("أمهلت ... حتى الأحد"), not the last such day; before the trigger it is a count's day."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in analyze(Article(id="d", raw=text, published=published)).events]


def test_wire_dateline_day_is_not_the_event_day() -> None:
    assert days("بيروت، 6 حزيران/يونيو (أ ف ب) - قصفت قوات النظام مدينة الرستن أمس الخميس.", "2014-06-06") \
        == ["2014-06-05"]


def test_dateline_in_figures() -> None:
    assert days("حماة، 12/3/2019 (خاص) - قصفت قوات النظام بلدة اللطامنة أول أمس.", "2019-03-12") == ["2019-03-10"]


def test_a_day_told_in_the_story_still_dates_it() -> None:
    assert days("في 21 أيار - حسب ناشطين - قصفت قوات النظام بلدة الحراك.", "2013-05-28") == ["2013-05-21"]


def test_deadline_weekday_after_the_trigger_dates_nothing() -> None:
    assert days("أمهل الأمن العام المطلوبين في بلدة الصنمين حتى الجمعة لتسليم أنفسهم.", "2025-04-08") \
        == ["2025-04-08"]


def test_until_last_weekday_before_the_trigger_keeps_dating() -> None:
    assert days("واصلت قوات النظام حتى صباح السبت قصف مدينة داريا.", "2016-08-01") == ["2016-07-30"]


def test_days_later_count_from_the_day_the_story_named_before() -> None:
    got = days("في 12 آب الماضي، قصفت قوات النظام بلدة اللطامنة.\nوبعد يومين قصفت قوات النظام بلدة كفرزيتا.",
               "2019-09-20")
    assert got == ["2019-08-12", "2019-08-14"]


def test_the_same_strike_also_reaching_another_place_keeps_its_day() -> None:
    got = days("قصفت قوات النظام يوم الأحد بلدة اللطامنة.\nوقال ناشطون إن القصف طال كذلك بلدة كفرزيتا.",
               "2019-02-06")
    assert got == ["2019-02-03", "2019-02-03"]


def test_a_new_strike_without_also_is_the_articles_day() -> None:
    got = days("قصفت قوات النظام يوم الأحد بلدة اللطامنة.\nوقال ناشطون إن قوات النظام قصفت بلدة كفرزيتا.",
               "2019-02-06")
    assert got == ["2019-02-03", "2019-02-06"]


def test_a_strike_counted_days_before() -> None:
    got = days("قصفت طائرات حربية فجر اليوم مطار التيفور. وجاء القصف بعد يومين من هجوم على مدينة تدمر.", "2018-04-09")
    assert got[-1] == "2018-04-07"


def test_a_clock_time_does_not_cut_the_clause_from_its_day() -> None:
    assert days("قصفت طائرات حربية عند الساعة 22:15 بلدة كفرنبل أمس.", "2016-08-04") == ["2016-08-03"]
