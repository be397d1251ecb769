"""Feasts, Ramadan and approximate counts back as days (task dates20): "في أول أيام عيد الفطر" is 1 Shawwal of
the last year that puts it on or before the article's date, "عشية عيد الأضحى" the day before 10 Dhu al-Hijja,
"رمضان الماضي" the month the last ended Ramadan began in; "قبل أكثر من سبع سنوات" is seven and a half years
back at the year's precision; "ظهر أمس الأول" is the day before yesterday."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in analyze(Article(id="d", raw=text, published=published)).events]


def test_first_day_of_eid_al_fitr_after_it() -> None:
    assert days("قصفت قوات النظام بلدة كفرنبل في أول أيام عيد الفطر.", "2024-04-25") == ["2024-04-10"]


def test_second_day_of_eid_al_adha() -> None:
    assert days("اندلعت اشتباكات في بلدة طفس في ثاني أيام عيد الأضحى.", "2025-06-20") == ["2025-06-07"]


def test_eve_of_eid_is_the_day_before() -> None:
    assert days("هاجم مسلحون حاجزاً في مدينة نوى عشية عيد الفطر.", "2025-04-05") == ["2025-03-29"]


def test_last_ramadan_is_a_month() -> None:
    got = analyze(Article(id="d", raw="قصفت قوات النظام مدينة سرمين في شهر رمضان الماضي.", published="2024-05-02"))
    assert [(e.date.value[:7], e.date.precision) for e in got.events] == [("2024-03", "month")]


def test_an_eid_to_come_dates_nothing() -> None:
    assert days("قصفت قوات النظام اليوم مدينة أريحا قبل عيد الفطر المقبل.", "2024-03-20") == ["2024-03-20"]


def test_more_than_n_years_back() -> None:
    assert [d[:4] for d in days("سيطرت قوات النظام على مدينة حلب قبل أكثر من ثماني سنوات.", "2025-03-12")] == ["2016"]
    assert [d[:4] for d in days("دخلت الفصائل مدينة حماة قبل أكثر من عام.", "2026-02-01")] == ["2024"]


def test_about_n_years_back() -> None:
    assert [d[:4] for d in days("سيطر تنظيم الدولة على مدينة تدمر قبل نحو عشر سنوات.", "2025-05-20")] == ["2015"]


def test_noon_the_day_before_yesterday() -> None:
    assert days("هاجم مسلحون ظهر أمس الأول حاجزاً في مدينة جبلة.", "2025-03-12") == ["2025-03-10"]


def test_era_mark_on_the_year() -> None:
    assert [d[:4] for d in days("دخل تنظيم الدولة مدينة الباب عام 2014م.", "2025-03-12")] == ["2014"]
    assert [d[:7] for d in days("سيطرت الفصائل على مدينة إدلب في آذار 2015م.", "2025-03-12")] == ["2015-03"]


def test_figures_with_spaced_slashes() -> None:
    assert days("قصفت قوات النظام مدينة كفرنبل في 4 / 2 / 2019.", "2019-02-10") == ["2019-02-04"]


def test_the_month_before_last() -> None:
    assert [d[:7] for d in days("هاجم مسلحون حاجزاً في مدينة نوى الشهر قبل الماضي.", "2025-03-12")] == ["2025-01"]


def test_last_days_of_a_month() -> None:
    assert [d[:7] for d in days("قصفت قوات النظام مدينة الأتارب في الأيام الأخيرة من شهر تموز.", "2023-09-01")] \
        == ["2023-07"]


def test_past_midnight_of_a_night_is_the_next_day() -> None:
    assert days("هاجم مسلحون حاجزاً في مدينة الصنمين بعد منتصف ليل الأحد.", "2025-03-12") == ["2025-03-10"]
    assert days("هاجم مسلحون حاجزاً في مدينة الصنمين ليل الأحد.", "2025-03-12") == ["2025-03-09"]


def test_the_same_month_and_year_as_named_before() -> None:
    got = days("سيطرت قوات النظام على مدينة القصير في حزيران 2013.\nوفي الشهر ذاته سيطرت قوات النظام على بلدة البويضة.",
               "2025-03-12")
    assert [d[:7] for d in got] == ["2013-06", "2013-06"]
    got = days("سيطرت قوات النظام على مدينة حلب عام 2016.\nوفي العام نفسه سيطرت قوات النظام على بلدة مضايا.",
               "2025-03-12")
    assert [d[:4] for d in got] == ["2016", "2016"]


def test_the_day_before_the_day_named() -> None:
    got = days("هاجم مسلحون يوم الأحد حاجزاً في مدينة نوى. وكان مسلحون قد هاجموا في اليوم السابق حاجزاً في بلدة طفس.",
               "2025-03-12")
    assert got == ["2025-03-09", "2025-03-08"]
