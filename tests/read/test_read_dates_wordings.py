"""Date wordings of the Arabic press beyond a named month and weekday (issue 12): ordinal days, a day
of the article's month, days/weeks/years back, "الفائت", the day before yesterday's parts, a day and
month in figures, a season before a year, a month with a relative year. Sentences written for these
tests; the article date is Wednesday 12 March 2025."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.dates import read_dates

PUB = "2025-03-12"


def _dates(text: str, published: str | None = PUB) -> list[tuple[str, str, str]]:
    art = read_dates(segment(Article(id="t", raw=text, text=text, published=published)))
    return [(m.text, m.attrs["value"], m.attrs["precision"]) for m in art.mentions_of("date")]


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الوفد إلى المدينة في الأول من آذار.", "2025-03-01"),
    ("سيطرت الفصائل على التلة في العاشر من مارس/آذار.", "2025-03-10"),
    ("انسحبت القوات من المعبر في الخامس والعشرين من شباط.", "2025-02-25"),
    ("فتحت الطريق في الحادي والثلاثين من كانون الثاني.", "2025-01-31"),
    ("سقطت البلدة في الحادي عشر من كانون الأول / ديسمبر 2024.", "2024-12-11"),
    ("قصفت الطائرات السوق في العشرين من كانون الثاني/يناير الفائت.", "2025-01-20"),
])
def test_an_ordinal_word_names_the_day_of_a_month(text: str, value: str) -> None:
    assert (value, "day") in [(v, p) for _, v, p in _dates(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("عادت العائلات إلى الحي في الخامس من الشهر الجاري.", "2025-03-05"),
    ("بدأ الإضراب في العاشر من الشهر الحالي.", "2025-03-10"),
    ("أعلنت الهدنة في الرابع من الشهر الماضي.", "2025-02-04"),
    ("سقطت القذائف على الحي في 3 من الشهر الجاري.", "2025-03-03"),
    ("اغتيل القيادي في 8 الجاري.", "2025-03-08"),
    ("اغتيل القيادي في الثامن من الشهر.", "2025-03-08"),
])
def test_a_day_of_the_month_counted_from_the_article(text: str, value: str) -> None:
    assert (value, "day") in [(v, p) for _, v, p in _dates(text)]


def test_a_day_of_the_month_without_article_date_is_left_unresolved() -> None:
    assert [v for _, v, _ in _dates("اغتيل القيادي في 8 الجاري.", published=None)] == [""]


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("انسحبت القوات من القرية قبل ثلاثة أيام.", "2025-03-09", "day"),
    ("سيطر المسلحون على التلة قبل 5 أيام.", "2025-03-07", "day"),
    ("سيطر المسلحون على التلة قبل يومين.", "2025-03-10", "day"),
    ("تعرضت البلدة لقصف عنيف قبل أسبوعين.", "2025-02-26", "week"),
    ("تعرضت البلدة لقصف عنيف قبل شهرين.", "2025-01-01", "month"),
    ("هجر السكان القرية قبل عامين.", "2023-01-01", "year"),
    ("هجر السكان القرية قبل سبع سنوات.", "2018-01-01", "year"),
    ("تقدمت القوات نحو البلدة العام الفائت.", "2024-01-01", "year"),
])
def test_a_count_of_days_weeks_or_years_back(text: str, value: str, precision: str) -> None:
    assert (value, precision) in [(v, p) for _, v, p in _dates(text)]


@pytest.mark.parametrize("text", [
    "تعرضت البلدة لقصف عنيف صباح أمس الأول.",
    "تعرضت البلدة لقصف عنيف الليلة قبل الماضية.",
    "تعرضت البلدة لقصف عنيف ليلة أول أمس.",
])
def test_the_day_before_yesterday_and_its_parts(text: str) -> None:
    assert ("2025-03-10", "day") in [(v, p) for _, v, p in _dates(text)]


def test_a_weekday_said_gone_by_with_alfa_it_is_the_week_before() -> None:
    # a Wednesday article: "الأربعاء الفائت" is the Wednesday before, not the article's day
    assert ("2025-03-05", "day") in [(v, p) for _, v, p in _dates("وقعت المجزرة الأربعاء الفائت.")]


@pytest.mark.parametrize(("text", "value"), [
    ("قصفت المدفعية القرية يوم 5/3.", "2025-03-05"),
    ("قصفت المدفعية القرية يوم 5/3 الجاري.", "2025-03-05"),
    ("قصفت المدفعية القرية في 28/2.", "2025-02-28"),
    ("أغلق المعبر بتاريخ 20/12.", "2024-12-20"),
])
def test_a_day_and_month_in_figures_after_a_date_word(text: str, value: str) -> None:
    assert (value, "day") in [(v, p) for _, v, p in _dates(text)]


def test_figures_without_a_date_word_or_with_a_year_are_not_read_as_a_day_month() -> None:
    assert _dates("فاز الفريق بنتيجة 5/3 على ضيفه.") == []
    assert [v for _, v, _ in _dates("قصفت المدفعية القرية يوم 5/3/2019.")] == ["2019-03-05"]


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("تقدمت القوات نحو البلدة صيف 2019.", "2019-01-01", "year"),
    ("تقدمت القوات نحو البلدة في 2018.", "2018-01-01", "year"),
    ("تقدمت القوات نحو البلدة في شباط من العام الماضي.", "2024-02-01", "month"),
    ("قتل القائد في 5 آب من العام الماضي.", "2024-08-05", "day"),
    ("سيطرت الفصائل على المطار منتصف آذار الماضي.", "2024-03-01", "month"),
    ("سيطرت الفصائل على المطار منتصف شباط الماضي.", "2025-02-01", "month"),
    ("انطلقت الحملة العسكرية مطلع الشهر.", "2025-03-01", "month"),
])
def test_seasons_months_and_relative_years(text: str, value: str, precision: str) -> None:
    assert (value, precision) in [(v, p) for _, v, p in _dates(text)]


def test_an_ordinal_after_a_period_noun_counts_the_period_not_a_day() -> None:
    # "the first week of March" names no day
    assert all(p != "day" for _, _, p in _dates("اشتدت المعارك في الأسبوع الأول من آذار."))


def test_a_dateline_without_year_takes_the_year_its_weekday_fits_near_the_reference() -> None:
    from datetime import date

    from tawatur.read.dates import dateline_day

    art = segment(Article(id="t", raw="قالت الوكالة، الجمعة 6 من كانون الأول، إن القوات انسحبت.",
                          text="قالت الوكالة، الجمعة 6 من كانون الأول، إن القوات انسحبت."))
    assert dateline_day(art, date(2024, 12, 5)) == date(2024, 12, 6)
    assert dateline_day(art, date(2025, 12, 5)) is None  # 6 December 2025 is a Saturday


def test_a_bare_day_count_continues_the_count_told_before() -> None:
    text = ("أطلقت الفصائل هجومها في اليوم الأول من العملية التي بدأت يوم الأحد 2 من آذار. "
            "وفي اليوم الثالث سيطرت على التلة. وخلال اليومين الخامس والسادس تقدمت نحو البلدة.")
    got = {t: v for t, v, _ in _dates(text)}
    assert got["اليوم الثالث"] == "2025-03-04"
    assert got["اليومين الخامس والسادس"] == "2025-03-06"


def test_a_bare_day_count_with_no_count_before_is_not_today() -> None:
    got = _dates("وفي اليوم الثالث سيطرت القوات على التلة.")
    assert [(t, v) for t, v, _ in got] == [("اليوم الثالث", "")]


@pytest.mark.parametrize(("text", "value"), [
    ("دخلت القوات الحي في 11 رمضان 1446 هـ.", "2025-03-11"),
    ("دخلت القوات الحي الثلاثاء 11 رمضان 1446 هـ.", "2025-03-11"),
    ("دخلت القوات الحي في الخامس من ذي الحجة 1445 للهجرة.", "2024-06-11"),  # Umm al-Qura (tabular: the 12th)
    ("دخلت القوات الحي صباح 1 شوال 1446 هـ.", "2025-03-30"),  # Eid al-Fitr 1446 (tabular: the 31st)
    ("دخلت القوات الحي في الأول من رمضان.", "2025-03-01"),  # no year: the last such day up to the article's
])
def test_a_hijri_day_is_read_as_a_gregorian_one(text: str, value: str) -> None:
    assert [v for _, v, _ in _dates(text)] == [value]


def test_a_hijri_day_given_again_in_the_gregorian_calendar_is_read_once_from_it() -> None:
    assert _dates("دخلت القوات الحي في 12 رمضان الموافق 12 آذار.") == [("12 آذار", "2025-03-12", "day")]
    assert _dates("قال رمضان الأحمد إن القوات دخلت الحي.") == []


def test_a_later_count_of_the_same_operation_counts_from_the_start_found_before() -> None:
    # the start is read off the first count ("اليوم الرابع ... التي أطلقتها ... في 2 من آذار"), with no
    # start word before a day of its own sentence
    text = ("دخلت الفصائل البلدة في اليوم الرابع من العملية التي أطلقتها في 2 من آذار. "
            "وفي اليوم الأول من العملية سيطرت على تلة قريبة.")
    got = {t: v for t, v, _ in _dates(text)}
    assert got["اليوم الأول من العملية"] == "2025-03-02"


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("قصفت المدفعية البلدة أوائل الشهر الماضي.", "2025-02-01", "month"),
    ("قصفت المدفعية البلدة مطلع الشهر الجاري.", "2025-03-01", "month"),
    ("قصفت المدفعية البلدة يوم أمس الأول.", "2025-03-10", "day"),
    ("قصفت المدفعية البلدة ليلة أمس الأول.", "2025-03-10", "day"),
    ("قصفت المدفعية البلدة قبل 48 ساعة.", "2025-03-10", "day"),
    ("قصفت المدفعية البلدة قبل 24 ساعة.", "2025-03-11", "day"),
    ("قصفت المدفعية البلدة قبل ساعات.", "2025-03-12", "day"),
    ("قصفت المدفعية البلدة قبل نحو أسبوع.", "2025-03-05", "week"),
    ("قصفت المدفعية البلدة في الـ9 من آذار.", "2025-03-09", "day"),
])
def test_parts_of_a_month_hours_back_and_an_article_before_a_day(text: str, value: str, precision: str) -> None:
    assert [(v, p) for _, v, p in _dates(text)] == [(value, precision)]
